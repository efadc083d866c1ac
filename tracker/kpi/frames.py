"""What the portfolio KPIs read for one "as of" day, read once and shared by all of them.

Every KPI of :func:`tracker.kpi.report.portfolio_kpis` starts from a few per-account
reads (the account rows, task and contact counts, health scores, feedback, stages, trials,
cases, maturity steps, feature adoption, MRR changes, lifetimes). :class:`DayFrames` holds
them for one day and one *scope* of reads:

- a one-off call reads them for its own filter (what it needs, nothing more);
- a :class:`KpiFrames` cache reads them for the whole portfolio, and a filter then keeps
  its accounts' rows in NumPy. The dashboard keeps one per data version (a number it bumps
  whenever the data behind the KPIs changed, like the goal-value cache): a segment or owner
  change, the period before, or a refresh on unchanged data then runs one small query (the
  filter's account ids) instead of every read again.

Keeping a wider read's rows by the frame's account ids gives the rows the narrower read
would have given: every read is grouped or ordered by account, and its scope condition is
the same "accounts in the filter at ``as_of``" the frame holds (tests compare the two).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, TypeVar

import numpy as np

from tracker.database import Database
from tracker.kpi.filters import ALL_ACCOUNTS, KpiFilter, scope_sql
from tracker.kpi.values import AccountFrame, load_accounts

if TYPE_CHECKING:
    from tracker.analytics.lifetimes import Lifetimes
    from tracker.rules import RiskThresholds

T = TypeVar("T")

# Days a cache keeps (the dashboard asks for two: the day shown and one period earlier);
# stepping the "as of" date through a month must not keep a month of frames.
DAYS_KEPT = 6
# The reads another pass may hand in (:meth:`DayFrames.provide`).
PROVIDED = frozenset({"accounts", "tasks", "contacts"})


class DayFrames:
    """The KPIs' reads for ``as_of`` over the accounts of ``scope``, each read on first use.

    Safe to share between worker threads: each read is made once, under a lock, on the
    connection of the thread that first needs it (callers pass their own ``db``).
    """

    def __init__(self, as_of: date, scope: KpiFilter = ALL_ACCOUNTS) -> None:
        self.as_of = as_of
        self.scope = scope
        self._memo: dict[object, object] = {}
        self._lock = threading.RLock()

    def _get(self, key: object, make: Callable[[], T]) -> T:
        with self._lock:
            if key not in self._memo:
                self._memo[key] = make()
            return self._memo[key]  # type: ignore[return-value]

    def provide(self, name: str, value: object) -> None:
        """Take one of this day's reads made elsewhere, for a read not made yet: ``"accounts"``
        (:func:`load_accounts` of the scope), ``"tasks"`` or ``"contacts"`` (every account's
        counts). The trends job reads several days' counts in one pass and the accounts of
        every day at once; what it hands in is what the read here would have returned."""
        if name not in PROVIDED:
            raise KeyError(name)
        if name == "accounts" and self.scope != ALL_ACCOUNTS:
            raise ValueError("accounts are provided for the whole portfolio only")
        with self._lock:
            self._memo.setdefault(name, value)

    def has(self, name: str) -> bool:
        """Whether the read ``name`` (as for :meth:`provide`) is made already."""
        with self._lock:
            return name in self._memo

    def is_wider(self, flt: KpiFilter) -> bool:
        """True when the rows were read for more accounts than ``flt`` keeps."""
        return flt != self.scope

    def accounts(self, db: Database) -> AccountFrame:
        return self._get("accounts", lambda: load_accounts(db, self.as_of, self.scope))

    def frame(self, db: Database, flt: KpiFilter) -> AccountFrame:
        """``load_accounts(db, as_of, flt)``, cut from the scope's rows when they are wider."""
        every = self.accounts(db)
        if not self.is_wider(flt):
            return every

        def ids() -> np.ndarray:
            where, params = scope_sql(flt, self.as_of)
            return np.array([r[0] for r in db.conn.execute(
                f"SELECT id FROM account WHERE {where}", params)], dtype=np.int64)

        return self._get(("frame", flt), lambda: every.take(np.isin(every.ids, ids())))

    # Reads that do not depend on the filter at all (health scores every account).
    def task_rows(self, db: Database) -> np.ndarray:
        from tracker.kpi.rates import all_task_counts

        return self._get("tasks", lambda: all_task_counts(db, self.as_of))

    def contact_rows(self, db: Database) -> np.ndarray:
        from tracker.kpi.rates import all_contact_counts

        return self._get("contacts", lambda: all_contact_counts(db, self.as_of))

    def limits(self, db: Database) -> RiskThresholds:
        from tracker.rules import risk_thresholds

        return self._get("limits", lambda: risk_thresholds(db))

    def scores(self, db: Database) -> tuple[np.ndarray, np.ndarray]:
        """Every account's health score (ids, scores), as :func:`score_array` gives them."""
        from tracker.kpi.health import score_array

        return self._get("scores", lambda: score_array(
            db, self.as_of, None, self.task_rows(db), self.contact_rows(db), self.limits(db)))

    def margin(self, db: Database) -> float:
        from tracker.kpi.retention import get_gross_margin

        return self._get("margin", lambda: get_gross_margin(db))

    def mrr_changes(self, db: Database, day: date) -> np.ndarray:
        from tracker.kpi.retention import mrr_changes

        return self._get(("mrr", day), lambda: mrr_changes(db, day))

    # Reads of the scope's accounts.
    def feedback(self, db: Database) -> np.ndarray:
        from tracker.kpi.rates import feedback_rows

        return self._get("feedback", lambda: feedback_rows(db, self.as_of, self.scope))

    def stages(self, db: Database) -> np.ndarray:
        from tracker.kpi.stages import stage_rows

        return self._get("stages", lambda: stage_rows(db, self.as_of, self.scope))

    def adoption(self, db: Database) -> tuple[int, np.ndarray]:
        from tracker.kpi.rates import adoption_rows

        return self._get("adoption", lambda: adoption_rows(db, self.as_of, self.scope))

    def trials(self, db: Database) -> np.ndarray:
        from tracker.kpi.signals import trial_rows

        return self._get("trials", lambda: trial_rows(db, self.as_of, self.scope))

    def cases(self, db: Database, period_days: int) -> np.ndarray:
        from tracker.kpi.signals import case_rows

        return self._get(("cases", period_days),
                         lambda: case_rows(db, self.as_of, self.scope, period_days))

    def steps(self, db: Database) -> np.ndarray:
        from tracker.kpi.signals import step_rows

        return self._get("steps", lambda: step_rows(db, self.as_of, self.scope))

    def lifetimes(self, db: Database) -> Lifetimes | None:
        """Every account's lifetimes, for the whole-portfolio scope only (None otherwise:
        a filtered one-off call lets the CLTV read its own accounts)."""
        if self.scope != ALL_ACCOUNTS:
            return None
        from tracker.analytics.lifetimes import load_lifetimes

        return self._get("lifetimes", lambda: load_lifetimes(db, self.as_of))

    def result(self, key: object, make: Callable[[], T]) -> T:
        """Anything else computed from this day's data (a chart's series for a filter)."""
        return self._get(("result", key), make)


class KpiFrames:
    """Whole-portfolio :class:`DayFrames` per day, for one data version.

    ``version`` is whatever the owner uses to know the data changed; :meth:`for_version`
    hands back this cache while the version holds and a fresh one after.
    """

    def __init__(self, version: object = None) -> None:
        self.version = version
        self._days: dict[date, DayFrames] = {}
        self._lock = threading.Lock()

    def for_version(self, version: object) -> KpiFrames:
        return self if version == self.version else KpiFrames(version)

    def day(self, as_of: date) -> DayFrames:
        with self._lock:
            found = self._days.pop(as_of, None) or DayFrames(as_of)
            self._days[as_of] = found  # the most recently used last
            while len(self._days) > DAYS_KEPT:
                del self._days[next(iter(self._days))]
            return found
