"""The contact rules: when the customer was last touched, when a check-in is due, and
whether a plan step is ours or the customer's.

They are rules like the others of :mod:`tracker.rules` (one place each, every surface reads
them from there, and ``tracker.rules`` re-exports every name), kept apart because they
judge how we stay in touch with an account rather than whether it is late or at risk: the
engagement factor of health, the check-in list and the customer plan read them. None of
them depends on another rule.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tracker.database import Database

# --- last touch (engagement) -------------------------------------------------------------

# What counts as a touchpoint for "days since last activity": a logged activity, and also
# the work itself (a task ticked done, feedback received, a milestone achieved, a dated
# note). Only logged activities counted once, so an account worked on every day still
# showed "30 days since last activity".
def last_touch_sql(scope: str = "1") -> str:
    """SQL of (account_id, latest touch day) per account, touches on or before ``:d``;
    ``scope`` filters ``account_id`` (e.g. ``account_id IN (...)``). An account never
    touched has a NULL day (or no row at all: callers treat both as "never")."""
    # Per account, each source's latest day is one seek at the end of its (account, date)
    # index. Grouping every source by account and then the union again read every touch
    # row: at the L portfolio that took twice as long (and grouping the raw union, half a
    # second). The latest of the five is the scalar max() of the five seeks, each source
    # without a touch standing in as -Inf (below every number and text, so SQLite's order
    # of values is kept) and -Inf turned back into NULL: the max() aggregate over their
    # UNION ALL, which gave the same day, cost an eighth more. Each seek is "ORDER BY the
    # date DESC LIMIT 1" rather than max(date): the same value (the range holds no NULL,
    # and both order by the column's collation), measured a quarter cheaper at L (every
    # account: 21 -> 16 ms CPU, SQLite 3.40).
    never = "-9e999"  # -Inf

    def latest(column: str, table: str, also: str = "") -> str:
        return (f"coalesce((SELECT {column} FROM {table} WHERE {also}account_id = a.account_id"
                f" AND {column} <= :d ORDER BY {column} DESC LIMIT 1), {never})")

    return f"""
        SELECT account_id, nullif(max(
            {latest("date", "activity")},
            {latest("done_date", "task", "status = 'done' AND ")},
            {latest("date", "feedback")},
            {latest("achieved_date", "milestone")},
            {latest("date", "account_note")}
        ), {never}) AS day
        FROM (SELECT id AS account_id FROM account) AS a WHERE {scope}"""


def last_touch(db: Database, account_id: int, as_of: date) -> str | None:
    """The latest touch day of one account on or before ``as_of`` (None: never touched)."""
    row = db.conn.execute(last_touch_sql("account_id = :id"),
                          {"d": as_of.isoformat(), "id": account_id}).fetchone()
    return str(row[1]) if row and row[1] else None


# --- check-ins -------------------------------------------------------------------------

# A check-in is a call or a meeting; the next one is due one cadence after the last one (or
# after kickoff, else signing, when there was none yet). "Due" means due within the coming
# week, as Today's "due this week"; "overdue" means its day has passed. Paused and churned
# accounts have no check-ins: nobody is waiting for a call from us there.
CHECKIN_KINDS: tuple[str, ...] = ("call", "meeting")
CADENCES: tuple[str, ...] = ("weekly", "fortnightly", "monthly", "custom", "none")
CADENCE_DAYS = {"weekly": 7, "fortnightly": 14}
DEFAULT_CADENCE = "fortnightly"
CHECKIN_DUE_WITHIN_DAYS = 7
CHECKIN_OVERDUE = "overdue"
CHECKIN_DUE = "due"
CHECKIN_LATER = "later"
CHECKIN_STATUSES_WITHOUT = ("paused", "churned")


def next_checkin(last: str | None, cadence: str, days: int | None) -> date | None:
    """The day the next check-in falls due after ``last`` (ISO day); None without a cadence
    or a day to count from. Monthly is the same day of the next month (the 31st becomes the
    month's last day), so it does not creep as a 30-day count would."""
    if not last or cadence == "none":
        return None
    start = date.fromisoformat(last[:10])
    if cadence == "monthly":
        year, month = (start.year + 1, 1) if start.month == 12 else (start.year, start.month + 1)
        for day in (start.day, 30, 29, 28):
            try:
                return date(year, month, day)
            except ValueError:
                continue
    step = CADENCE_DAYS.get(cadence, days or 0)
    if step <= 0:
        return None
    return date.fromordinal(start.toordinal() + step)


def checkin_state(due: date | None, as_of: date) -> str | None:
    """``overdue`` (its day is before ``as_of``), ``due`` (within the coming week), ``later``,
    or None when no check-in is planned."""
    if due is None:
        return None
    if due < as_of:
        return CHECKIN_OVERDUE
    if (due - as_of).days <= CHECKIN_DUE_WITHIN_DAYS:
        return CHECKIN_DUE
    return CHECKIN_LATER


# --- who owns a plan step ----------------------------------------------------------------

# A playbook step's owner role names a person on our side (CSM, Trainer, Support) or on the
# customer's (their sponsor, admin, ...). The plan the customer reads says which.
CUSTOMER_OWNER_ROLES = frozenset({"customer", "client", "sponsor", "admin", "end user", "end_user",
                                  "analyst", "developer", "executive sponsor"})


def owner_side(owner: str) -> str:
    """``customer`` when the step's owner role is someone at the customer, else ``us``."""
    return "customer" if owner.strip().casefold() in CUSTOMER_OWNER_ROLES else "us"
