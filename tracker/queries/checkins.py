"""Check-ins: each account's cadence, its last check-in and when the next one falls due.

The verdicts (next day, due or overdue) come from :mod:`tracker.rules`, so Today, the
account view, the calendar and health agree. One read covers the whole portfolio: three
grouped queries, then a loop over the accounts in Python (5,000 accounts in a few ms).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from tracker.database import Database
from tracker.kpi.filters import ids_sql
from tracker.rules import (
    CHECKIN_DUE,
    CHECKIN_KINDS,
    CHECKIN_OVERDUE,
    CHECKIN_STATUSES_WITHOUT,
    DEFAULT_CADENCE,
    checkin_state,
    is_churned,
    next_checkin,
)
from tracker.storage.db import environment_errors

SOURCE_ACCOUNT = "account"
SOURCE_SEGMENT = "segment"
SOURCE_DEFAULT = "default"


@dataclass(frozen=True)
class Cadence:
    """A cadence code, its day count for ``custom``, and where it came from (the account's
    own, its segment's, or the default)."""

    cadence: str
    days: int | None
    source: str


@dataclass(frozen=True)
class Checkin:
    """One account's check-in as of a day; ``last`` is the latest call or meeting (None: no
    check-in yet, the count starts at kickoff, else signing)."""

    account_id: int
    account: str
    owner: str
    cadence: Cadence
    last: str | None
    due: date | None
    state: str | None
    since: str | None = None  # the day the cadence counts from (last check-in, kickoff, signing)

    def days_overdue(self, as_of: date) -> int:
        """Whole days past the due day (0 unless overdue)."""
        if self.due is None or self.state != CHECKIN_OVERDUE:
            return 0
        return (as_of - self.due).days


def _kinds() -> str:
    return ", ".join(f"'{k}'" for k in CHECKIN_KINDS)


@environment_errors()
def cadences(db: Database, account_ids: Sequence[int] | None = None) -> dict[int, Cadence]:
    """Every account's effective cadence: its own, else its segment's, else the default."""
    return {account_id: cadence for account_id, cadence in _cadence_rows(db, account_ids)}


def _cadence_rows(db: Database, account_ids: Sequence[int] | None) -> list[tuple[int, Cadence]]:
    # Thousands of accounts share a handful of cadences: one frozen value each, not one per row.
    shared: dict[tuple[str, int | None, str], Cadence] = {}
    cond, params = ids_sql(account_ids, "a.id")
    out = []
    for account_id, own, own_days, seg, seg_days in db.conn.execute(
            f"SELECT a.id, c.cadence, c.days, s.cadence, s.days FROM account a"
            f" LEFT JOIN checkin_cadence c ON c.account_id = a.id"
            f" LEFT JOIN segment_checkin_cadence s ON s.segment_id = a.segment_id"
            f" WHERE {cond}", params):
        key = ((own, own_days, SOURCE_ACCOUNT) if own else (seg, seg_days, SOURCE_SEGMENT) if seg
               else (DEFAULT_CADENCE, None, SOURCE_DEFAULT))
        cadence = shared.get(key)
        if cadence is None:
            cadence = shared[key] = Cadence(*key)
        out.append((account_id, cadence))
    return out


@environment_errors()
def segment_cadence(db: Database, segment_id: int) -> Cadence | None:
    """The segment's own default cadence, None when it has none (the rule book's applies)."""
    row = db.conn.execute("SELECT cadence, days FROM segment_checkin_cadence WHERE segment_id = ?",
                          (segment_id,)).fetchone()
    return Cadence(row[0], row[1], SOURCE_SEGMENT) if row else None


@environment_errors()
def inherited_cadence(db: Database, account_id: int) -> Cadence:
    """The cadence the account follows without one of its own: its segment's, else the default."""
    row = db.conn.execute("SELECT segment_id FROM account WHERE id = ?", (account_id,)).fetchone()
    found = segment_cadence(db, row[0]) if row and row[0] is not None else None
    return found or Cadence(DEFAULT_CADENCE, None, SOURCE_DEFAULT)


# (account id, name, owner, cadence, last check-in, day counted from, due day)
DueRow = tuple[int, str, str, Cadence, str | None, str | None, date | None]


@environment_errors()
def due_rows(db: Database, as_of: date, account_ids: Sequence[int] | None = None) -> list[DueRow]:
    """The raw check-in of every account that has one, unsorted: what health needs, without
    building a row object per account (health reads all 5,000 on every refresh)."""
    d = as_of.isoformat()
    cond, params = ids_sql(account_ids, "id")
    accounts = db.conn.execute(
        f"SELECT id, name, owner, status, churned_date, kickoff_date, signed_date FROM account"
        f" WHERE {cond}", params).fetchall()
    cond, params = ids_sql(account_ids, "account_id")
    last: dict[int, str] = {}
    # One query per kind walks the (kind, account_id, date) index in order: no temporary sort.
    for kind in CHECKIN_KINDS:
        for account_id, day in db.conn.execute(
                f"SELECT account_id, max(date) FROM activity WHERE kind = ? AND date <= ?"
                f" AND {cond} GROUP BY account_id", (kind, d, *params)):
            if day > last.get(account_id, ""):
                last[account_id] = day
    every = dict(_cadence_rows(db, account_ids))
    out: list[DueRow] = []
    for account_id, name, owner, status, churned_date, kickoff, signed in accounts:
        if status in CHECKIN_STATUSES_WITHOUT or is_churned(status, churned_date, as_of):
            continue
        cadence = every[account_id]
        latest = last.get(account_id)
        start = latest or (kickoff if kickoff and kickoff[:10] <= d else None) or signed
        out.append((account_id, name, owner, cadence, latest, start,
                    next_checkin(start, cadence.cadence, cadence.days)))
    return out


def checkins(db: Database, as_of: date, account_ids: Sequence[int] | None = None) -> list[Checkin]:
    """The check-in of every account that has one (not paused, not churned), by due day."""
    return _by_due(due_rows(db, as_of, account_ids), as_of, None)


def due_checkins(db: Database, as_of: date) -> list[Checkin]:
    """The check-ins Today lists: overdue and due within the coming week."""
    return _by_due(due_rows(db, as_of), as_of, (CHECKIN_OVERDUE, CHECKIN_DUE))


def _by_due(rows: list[DueRow], as_of: date, states: tuple[str, ...] | None) -> list[Checkin]:
    """Rows in ``states`` (all when None) as Checkins, by due day then name. Judged before
    they are built: Today lists about half the portfolio, and building and sorting the other
    half cost it a third of its check-in read."""
    out = []
    for a, name, owner, cadence, latest, start, due in rows:
        state = checkin_state(due, as_of)
        if states is None or state in states:
            out.append(Checkin(a, name, owner, cadence, latest, due, state, start))
    out.sort(key=lambda c: (c.due or date.max, c.account.casefold()))
    return out


def checkin_of(db: Database, account_id: int, as_of: date) -> Checkin | None:
    found = checkins(db, as_of, [account_id])
    return found[0] if found else None
