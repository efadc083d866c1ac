"""The rule book: every business rule a verdict depends on, written once.

Today, Accounts, the account header, health, the KPIs, the charts, analytics, the report
and the CLI all decide "at risk", "late", "on time", the 90-day rule and CLTV here. Two
copies of a rule drift apart (the 90-day rule once said ``>=`` in one place and ``>`` in
another), so where a hot path needs SQL, the one SQL expression of a rule sits next to its
Python twin and ``tests/core/test_rules.py`` checks that both give the same answer.

The SQL fragments take the as-of day as the named parameter ``:as_of`` (ISO text) and a
table alias, so they drop into any query over ``account``, ``task`` or ``milestone``.
Verdicts come out as codes; ``ui/`` and the CLI turn codes into words.

Two groups of rules live in modules of their own and are re-exported here, so every rule is
still read as ``tracker.rules.<name>``: CLTV in :mod:`tracker.rules_cltv`, and the contact
rules (last touch, check-ins, who owns a plan step) in :mod:`tracker.rules_contact`. Each
rule sits whole in one module; none is defined twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from tracker.domain import OPEN_TASK_STATUSES
from tracker.rules_cltv import CLTV_ANNUAL_DISCOUNT as CLTV_ANNUAL_DISCOUNT
from tracker.rules_cltv import CLTV_HORIZON_MONTHS as CLTV_HORIZON_MONTHS
from tracker.rules_cltv import Cltv as Cltv
from tracker.rules_cltv import portfolio_cltv as portfolio_cltv
from tracker.rules_contact import CADENCE_DAYS as CADENCE_DAYS
from tracker.rules_contact import CADENCES as CADENCES
from tracker.rules_contact import CHECKIN_DUE as CHECKIN_DUE
from tracker.rules_contact import CHECKIN_DUE_WITHIN_DAYS as CHECKIN_DUE_WITHIN_DAYS
from tracker.rules_contact import CHECKIN_KINDS as CHECKIN_KINDS
from tracker.rules_contact import CHECKIN_LATER as CHECKIN_LATER
from tracker.rules_contact import CHECKIN_OVERDUE as CHECKIN_OVERDUE
from tracker.rules_contact import CHECKIN_STATUSES_WITHOUT as CHECKIN_STATUSES_WITHOUT
from tracker.rules_contact import CUSTOMER_OWNER_ROLES as CUSTOMER_OWNER_ROLES
from tracker.rules_contact import DEFAULT_CADENCE as DEFAULT_CADENCE
from tracker.rules_contact import checkin_state as checkin_state
from tracker.rules_contact import last_touch as last_touch
from tracker.rules_contact import last_touch_sql as last_touch_sql
from tracker.rules_contact import next_checkin as next_checkin
from tracker.rules_contact import owner_side as owner_side

if TYPE_CHECKING:  # the NumPy twins import it when called: Today's first paint needs none of it
    import numpy as np

    from tracker.database import Database

# --- churned ---------------------------------------------------------------------------


def is_churned(status: str, churned_date: str | None, as_of: date) -> bool:
    """Churned as of ``as_of``: a churn date on or before it, or the churned status without a
    date (churned at an unknown time). A churn dated later has not happened yet on ``as_of``,
    so a report "as of last quarter" still counts that account as a customer."""
    if churned_date:
        return churned_date[:10] <= as_of.isoformat()
    return status == "churned"


def churned_sql(alias: str = "") -> str:
    """SQL twin of :func:`is_churned` (1 or 0) for ``account`` rows under ``alias``."""
    a = f"{alias}." if alias else ""
    return (f"(CASE WHEN {a}churned_date IS NOT NULL THEN substr({a}churned_date, 1, 10) <= :as_of"
            f" ELSE {a}status = 'churned' END)")


def churned_mask(today: float, churn_day: np.ndarray, churned_status: np.ndarray) -> np.ndarray:
    """NumPy twin of :func:`is_churned` over day numbers (NaN = no churn date)."""
    import numpy as np

    with np.errstate(invalid="ignore"):
        dated = churn_day <= today
    return np.asarray(np.where(np.isnan(churn_day), churned_status == 1, dated), dtype=bool)


# --- the 90-day rule -------------------------------------------------------------------

# DESIGN.md: "an account past 90 days from signed without first value is flagged". Day 90
# itself is not past 90 days: the flag starts on day 91 (days since signed > 90). The KPI
# and health always counted it that way, and its test (value after as_of still flagged)
# fixed what "without first value" means: not reached by as_of.
NINETY_DAYS = 90


def past_ninety_days(days_since_signed: float | None) -> bool:
    return days_since_signed is not None and days_since_signed > NINETY_DAYS


def ninety_day_flag(signed: str | None, first_value: str | None, as_of: date,
                    churned: bool) -> bool:
    """Past 90 days from signed, no first value reached by ``as_of``, and not churned (a
    churned account needs nothing from the specialist any more)."""
    if churned or not signed:
        return False
    if first_value and first_value[:10] <= as_of.isoformat():
        return False
    return past_ninety_days((as_of - date.fromisoformat(signed[:10])).days)


def ninety_day_mask(today: float, signed: np.ndarray, first_value: np.ndarray,
                    active: np.ndarray) -> np.ndarray:
    """NumPy twin of :func:`ninety_day_flag` over day numbers (NaN = none).

    ``first_value`` must already be blanked after ``as_of`` (as ``AccountFrame`` does).
    """
    import numpy as np

    with np.errstate(invalid="ignore"):
        old = (today - signed) > NINETY_DAYS
    return np.asarray(active & old & np.isnan(first_value), dtype=bool)


def ninety_day_sql(alias: str = "") -> str:
    """SQL twin of :func:`ninety_day_flag` (1 or 0) for ``account`` rows under ``alias``."""
    a = f"{alias}." if alias else ""
    return (f"(coalesce({a}signed_date IS NOT NULL"
            f" AND julianday(:as_of) - julianday(substr({a}signed_date, 1, 10)) > {NINETY_DAYS}"
            f" AND NOT coalesce(substr({a}first_value_date, 1, 10) <= :as_of, 0)"
            f" AND NOT {churned_sql(alias)}, 0))")


# --- task on-time performance band --------------------------------------------------------

ON_TRACK = "on_track"
AT_RISK = "at_risk"
OFF_TRACK = "off_track"
TASK_AT_RISK_FROM = 20.0  # percent of due tasks overdue
TASK_OFF_TRACK_ABOVE = 60.0


def task_band_of_percent(overdue_pct: float | None) -> str | None:
    """On track < 20 %, At risk 20 to 60 %, Off track > 60 % of due tasks overdue."""
    if overdue_pct is None:
        return None
    if overdue_pct < TASK_AT_RISK_FROM:
        return ON_TRACK
    if overdue_pct <= TASK_OFF_TRACK_ABOVE:
        return AT_RISK
    return OFF_TRACK


def task_band(overdue: float, due_to_date: float) -> str | None:
    """The band of overdue / due-to-date counts; None when nothing was due yet."""
    if due_to_date <= 0:
        return None
    return task_band_of_percent(100.0 * overdue / due_to_date)


# --- risk thresholds (the user's, stored in the database) ------------------------------

HEALTH_GREEN_FROM = 70.0
HEALTH_YELLOW_FROM = 40.0
ENGAGEMENT_FULL_DAYS = 7.0
ENGAGEMENT_ZERO_DAYS = 60.0
# Keys of the ``setting`` table: the limits change numbers (bands, scores, at-risk lists), so
# they belong to the database the numbers come from, and the CLI and the report see them too.
THRESHOLD_KEYS: dict[str, str] = {"green_from": "health_green_from",
                                  "yellow_from": "health_yellow_from",
                                  "engagement_full_days": "engagement_full_days",
                                  "engagement_zero_days": "engagement_zero_days"}


@dataclass(frozen=True)
class RiskThresholds:
    """Health band limits (green >= ``green_from``, yellow >= ``yellow_from``, else red) and
    the engagement factor's days without activity (full score up to ``engagement_full_days``,
    zero from ``engagement_zero_days``)."""

    green_from: float = HEALTH_GREEN_FROM
    yellow_from: float = HEALTH_YELLOW_FROM
    engagement_full_days: float = ENGAGEMENT_FULL_DAYS
    engagement_zero_days: float = ENGAGEMENT_ZERO_DAYS

    def problem(self) -> str | None:
        """Why these limits cannot be used (a code), or None."""
        values = (self.green_from, self.yellow_from, self.engagement_full_days,
                  self.engagement_zero_days)
        if any(isinstance(v, bool) or not isinstance(v, int | float) or v != v for v in values):
            return "bad_number"
        if not 0 <= self.yellow_from < self.green_from <= 100:
            return "bands_order"
        if not 0 <= self.engagement_full_days < self.engagement_zero_days:
            return "engagement_order"
        return None


DEFAULT_THRESHOLDS = RiskThresholds()


def risk_thresholds(db: Database) -> RiskThresholds:
    """The limits stored in ``db``; a missing, unreadable or inconsistent set gives the defaults
    (a hand-edited file must not turn every account red)."""
    rows = dict(db.conn.execute(
        "SELECT key, value FROM setting WHERE key IN (?, ?, ?, ?)",
        tuple(THRESHOLD_KEYS.values())).fetchall())
    values: dict[str, float] = {}
    for name, key in THRESHOLD_KEYS.items():
        try:
            values[name] = float(rows[key])
        except (KeyError, TypeError, ValueError):
            values[name] = float(getattr(DEFAULT_THRESHOLDS, name))
    limits = RiskThresholds(**values)
    return DEFAULT_THRESHOLDS if limits.problem() else limits


# An account whose health rests on no evidence (see :mod:`tracker.kpi.health`) has no score
# and no band, only this reason; every surface words it "Not enough data yet", and such an
# account is never at risk because of its health.
HEALTH_NOT_ENOUGH_DATA = "not_enough_data"


def health_band(score: float, limits: RiskThresholds = DEFAULT_THRESHOLDS) -> str:
    """Green, yellow or red for a 0-100 health score under ``limits``."""
    if score >= limits.green_from:
        return "green"
    if score >= limits.yellow_from:
        return "yellow"
    return "red"


# --- at risk ---------------------------------------------------------------------------

# Why an account is at risk; the UI and the report word each code.
REASON_HEALTH_RED = "health_red"
REASON_OFF_TRACK = "off_track"
REASON_NO_FIRST_VALUE = "no_first_value_90"
REASONS: tuple[str, ...] = (REASON_HEALTH_RED, REASON_OFF_TRACK, REASON_NO_FIRST_VALUE)


def at_risk_reasons(*, churned: bool, health_band: str | None, task_band: str | None,
                    ninety_day: bool) -> tuple[str, ...]:
    """Every reason the account is at risk, in :data:`REASONS` order; none for churned ones."""
    if churned:
        return ()
    reasons: list[str] = []
    if health_band == "red":
        reasons.append(REASON_HEALTH_RED)
    if task_band == OFF_TRACK:
        reasons.append(REASON_OFF_TRACK)
    if ninety_day:
        reasons.append(REASON_NO_FIRST_VALUE)
    return tuple(reasons)


# --- late ------------------------------------------------------------------------------

_OPEN_SQL = "(" + ", ".join(f"'{s}'" for s in OPEN_TASK_STATUSES) + ")"


def is_late(due_date: str | None, is_open: bool, as_of: date, churned: bool) -> bool:
    """An open task or unachieved milestone due before ``as_of``. Never for a churned account:
    its open work is abandoned, not overdue."""
    return bool(is_open and not churned and due_date and due_date[:10] < as_of.isoformat())


def days_late(due_date: str | None, is_open: bool, as_of: date, churned: bool = False) -> int:
    """Whole days past due for late work (see :func:`is_late`), else 0."""
    if not is_late(due_date, is_open, as_of, churned) or due_date is None:
        return 0
    return (as_of - date.fromisoformat(due_date[:10])).days


def task_open_sql(alias: str = "") -> str:
    a = f"{alias}." if alias else ""
    return f"({a}status IN {_OPEN_SQL})"


def overdue_task_sql(task: str = "") -> str:
    """An open task due before ``:as_of``, before the churned check (for per-account sums
    whose account is judged afterwards with :func:`is_churned`)."""
    t = f"{task}." if task else ""
    return f"({task_open_sql(task)} AND coalesce({t}due_date < :as_of, 0))"


def overdue_task_count(status: str, due_before: int) -> int:
    """:func:`overdue_task_sql` summed over one status's tasks of an account, from how many
    of them are due before ``:as_of`` (a NULL due date is not): all of them when the status
    is open, else none. For reads grouped by (account, status)."""
    return due_before if status in OPEN_TASK_STATUSES else 0


def overdue_milestone_sql(milestone: str = "") -> str:
    """An unachieved milestone whose target is before ``:as_of``, before the churned check."""
    m = f"{milestone}." if milestone else ""
    return f"({m}achieved_date IS NULL AND coalesce({m}target_date < :as_of, 0))"


def late_task_sql(task: str, account: str) -> str:
    """SQL twin of :func:`is_late` for a task row joined with its account row."""
    return f"({overdue_task_sql(task)} AND NOT {churned_sql(account)})"


def late_milestone_sql(milestone: str, account: str) -> str:
    """SQL twin of :func:`is_late` for a milestone row joined with its account row."""
    return f"({overdue_milestone_sql(milestone)} AND NOT {churned_sql(account)})"


# --- on time ---------------------------------------------------------------------------


def golive_on_time(golive: str | None, target: str | None, as_of: date) -> bool | None:
    """Went live on or before the target; None when it cannot be judged (not live by
    ``as_of``, or no target)."""
    if not golive or not target or golive[:10] > as_of.isoformat():
        return None
    return golive[:10] <= target[:10]


def golive_on_time_sql(alias: str = "") -> str:
    """SQL twin of :func:`golive_on_time`: 1, 0, or NULL (not judged)."""
    a = f"{alias}." if alias else ""
    return (f"(CASE WHEN {a}golive_date IS NULL OR {a}target_golive_date IS NULL"
            f" OR substr({a}golive_date, 1, 10) > :as_of THEN NULL"
            f" ELSE substr({a}golive_date, 1, 10) <= substr({a}target_golive_date, 1, 10) END)")


def golive_on_time_mask(golive: np.ndarray, target: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """NumPy twin over day numbers (go-lives after as_of already blanked): (judged, on time)."""
    import numpy as np

    judged = ~np.isnan(golive) & ~np.isnan(target)
    with np.errstate(invalid="ignore"):
        on_time = judged & (golive <= target)
    return judged, on_time


def golive_days_late(golive: str | None, target: str | None, as_of: date) -> int:
    """Days the target go-live has passed while the account is not live yet, else 0."""
    if golive and golive[:10] <= as_of.isoformat():
        return 0
    if not target or target[:10] >= as_of.isoformat():
        return 0
    return (as_of - date.fromisoformat(target[:10])).days


MILESTONE_ON_TIME = "on_time"  # achieved on or before its target
MILESTONE_LATE = "late"  # achieved after its target
MILESTONE_OVERDUE = "overdue"  # not achieved and the target has passed
MILESTONE_PENDING = "pending"  # not achieved, target still ahead
MILESTONE_NO_TARGET = "no_target"  # no target: neither on time nor late


def milestone_verdict(target: str | None, achieved: str | None, as_of: date) -> str:
    """One of the ``MILESTONE_*`` codes; an achievement dated after ``as_of`` has not
    happened yet."""
    if not target:
        return MILESTONE_NO_TARGET
    if achieved and achieved[:10] <= as_of.isoformat():
        return MILESTONE_ON_TIME if achieved[:10] <= target[:10] else MILESTONE_LATE
    return MILESTONE_OVERDUE if target[:10] < as_of.isoformat() else MILESTONE_PENDING


def milestone_verdict_sql(alias: str = "") -> str:
    """SQL twin of :func:`milestone_verdict`: the same codes as text."""
    a = f"{alias}." if alias else ""
    achieved = f"substr({a}achieved_date, 1, 10)"
    target = f"substr({a}target_date, 1, 10)"
    return (f"(CASE WHEN {a}target_date IS NULL THEN '{MILESTONE_NO_TARGET}'"
            f" WHEN {a}achieved_date IS NOT NULL AND {achieved} <= :as_of THEN"
            f" CASE WHEN {achieved} <= {target} THEN '{MILESTONE_ON_TIME}'"
            f" ELSE '{MILESTONE_LATE}' END"
            f" WHEN {target} < :as_of THEN '{MILESTONE_OVERDUE}' ELSE '{MILESTONE_PENDING}' END)")


def milestone_days_late(target: str | None, achieved: str | None, as_of: date, churned: bool) -> int:
    """How late a milestone is or was: achieved after its target, the days between; overdue
    (see :func:`is_late`), the days past the target so far; else 0."""
    verdict = milestone_verdict(target, achieved, as_of)
    if verdict == MILESTONE_LATE and target and achieved:
        return (date.fromisoformat(achieved[:10]) - date.fromisoformat(target[:10])).days
    if verdict == MILESTONE_OVERDUE and not churned and target:
        return (as_of - date.fromisoformat(target[:10])).days
    return 0


def milestone_days_late_sql(milestone: str, account: str) -> str:
    """SQL twin of :func:`milestone_days_late`, NULL instead of 0."""
    m = f"{milestone}."
    target = f"julianday(substr({m}target_date, 1, 10))"
    return (f"(CASE WHEN {milestone_verdict_sql(milestone)} = '{MILESTONE_LATE}'"
            f" THEN CAST(julianday(substr({m}achieved_date, 1, 10)) - {target}"
            f" AS INTEGER) WHEN {late_milestone_sql(milestone, account)}"
            f" THEN CAST(julianday(:as_of) - julianday(substr({m}target_date, 1, 10)) AS INTEGER) END)")
