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

After a change that names its accounts (a task ticked, an account edited: see
:func:`patchable`), the next data version's days start from the previous version's reads
with those accounts' rows read again by the same query restricted to them
(:meth:`KpiFrames.for_version`). Each read below says why that gives a fresh read's rows;
``tests/core/test_kpi_frames_patch.py`` holds the KPIs equal to a fresh ``portfolio_kpis``
after every kind of write.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import fields
from datetime import date
from typing import TYPE_CHECKING, TypeVar

import numpy as np

from tracker.changes import ChangeSet
from tracker.database import Database
from tracker.kpi.filters import ALL_ACCOUNTS, KpiFilter, ids_sql, scope_sql
from tracker.kpi.values import (
    ACCOUNT_FRAME_WIDTH,
    AccountFrame,
    account_frame,
    account_frame_sql,
    load_accounts,
)

if TYPE_CHECKING:
    from tracker.analytics.lifetimes import Lifetimes
    from tracker.rules import RiskThresholds

T = TypeVar("T")

# Days a cache keeps (the dashboard asks for two: the day shown and one period earlier);
# stepping the "as of" date through a month must not keep a month of frames.
DAYS_KEPT = 6
# The reads another pass may hand in (:meth:`DayFrames.provide`).
PROVIDED = frozenset({"accounts", "tasks", "contacts"})
# A change naming more accounts than this is read again in full: the scoped reads probe an
# id list per row, and a bulk edit of thousands is an import-sized change.
PATCH_ACCOUNTS_MAX = 200
# The kinds of change that touch only the rows of the accounts they name. Anything else
# (playbooks, segments' definitions and assignments, templates) and every change that names
# no account or all of them (settings, thresholds, weights, an import, an undone import)
# keeps the full re-read. ``goals`` is no KPI data; ``maturity`` with accounts named is a
# step reached (the ladder's own edits say ``all_accounts``).
PER_ACCOUNT_FLAGS = frozenset({"accounts", "contacts", "tasks", "milestones", "feedback",
                               "activities", "notes", "kpis", "cases", "trials", "maturity",
                               "goals"})
_NOT_FLAGS = frozenset({"account_ids", "all_accounts"})


def patchable(change: ChangeSet) -> frozenset[int] | None:
    """The accounts whose rows ``change`` may have changed when it changed nothing else, so
    kept frames patched for them equal a fresh read; None when it may have moved anything
    portfolio-wide (or names too many accounts): then everything is read again."""
    if change.all_accounts or not change.account_ids or len(change.account_ids) > PATCH_ACCOUNTS_MAX:
        return None
    for f in fields(change):
        if f.name not in _NOT_FLAGS and f.name not in PER_ACCOUNT_FLAGS and getattr(change, f.name):
            return None
    return change.account_ids


def merge_rows(old: np.ndarray, fresh: np.ndarray, ids: np.ndarray) -> np.ndarray:
    """``old`` per-account rows (first column the account id) with the rows of ``ids``
    replaced by ``fresh`` (their rows read again): rows in account order, each account's
    rows in their read order, as a read of every account gives them (a stable sort; every
    consumer sums or spreads them per account, so the few reads not ordered by account
    give the same KPIs)."""
    kept = old[~np.isin(old[:, 0], ids)] if len(old) else old
    if not len(fresh):
        return kept
    both = np.concatenate([kept.reshape(-1, fresh.shape[1]), fresh])
    return both[np.argsort(both[:, 0], kind="stable")]


def _merge_columns(old_ids: np.ndarray, new_ids: np.ndarray, ids: np.ndarray
                   ) -> tuple[np.ndarray, Callable[[np.ndarray, np.ndarray], np.ndarray]]:
    """For column-wise records keyed by account id (one row each): the merged ids, and the
    function that merges any column the same way (kept rows, then the fresh ones, by id)."""
    keep = ~np.isin(old_ids, ids)
    merged = np.concatenate([old_ids[keep], new_ids])
    order = np.argsort(merged, kind="stable")

    def column(old: np.ndarray, new: np.ndarray) -> np.ndarray:
        return np.concatenate([old[keep], new])[order]

    return merged[order], column


def merge_frame(old: AccountFrame, fresh: AccountFrame, ids: np.ndarray) -> AccountFrame:
    """``old`` with the accounts ``ids`` as ``fresh`` read them (absent there: gone from scope)."""
    merged, c = _merge_columns(old.ids, fresh.ids, ids)
    return AccountFrame(old.as_of, old.today, merged, c(old.signed, fresh.signed),
                        c(old.target, fresh.target), c(old.golive, fresh.golive),
                        c(old.first_value, fresh.first_value), c(old.churn_day, fresh.churn_day),
                        c(old.churned, fresh.churned), c(old.mrr, fresh.mrr), c(old.stage, fresh.stage))


def _accounts_and_lifetimes(db: Database, as_of: date, scope: KpiFilter
                            ) -> tuple[AccountFrame, Lifetimes]:
    """``load_accounts(db, as_of, scope)`` and the lifetimes of those accounts
    (``load_lifetimes`` of their ids) from one pass over the account table: the lifetimes
    are the frame's accounts that have a signed date (both keep "signed on or before
    ``as_of``"), with the same usable MRR. Read apart, the two passes and health's own
    account read cost about twice this one at L."""
    from tracker.analytics.lifetimes import lifetimes_from_days

    where, params = scope_sql(scope, as_of)
    rows = db.conn.execute(f"SELECT {account_frame_sql()}, coalesce(segment_id, -1)"
                           f" FROM account WHERE {where} ORDER BY id", params).fetchall()
    # Columns by zip: a third cheaper than a matrix of row tuples.
    cols: list[Sequence[object]] = list(zip(*rows, strict=True)) or [()] * (ACCOUNT_FRAME_WIDTH + 1)
    m = np.array(cols[:ACCOUNT_FRAME_WIDTH], dtype=float).reshape(ACCOUNT_FRAME_WIDTH, len(rows)).T
    frame = account_frame(as_of, m)
    # The frame's churn day is already blank after the day, as a lifetime wants it.
    return frame, lifetimes_from_days(frame.ids, frame.signed, frame.churn_day,
                                      cols[ACCOUNT_FRAME_WIDTH], frame.mrr, as_of)


def _id_list(ids: np.ndarray) -> list[int]:
    return [int(i) for i in ids]


# Kept reads that are not rows of accounts: derived cuts and chart series (made again from
# the patched reads), never carried to the next version.
def _carried(key: object) -> bool:
    return not (isinstance(key, tuple) and key[0] in ("frame", "result"))


_MISSING = object()


class DayFrames:
    """The KPIs' reads for ``as_of`` over the accounts of ``scope``, each read on first use.

    Safe to share between worker threads: each read is made once, under a lock, on the
    connection of the thread that first needs it (callers pass their own ``db``).

    ``before``: a previous data version's reads with the accounts each must be patched for
    (:meth:`patched`); a read found there is patched on first use instead of made again.
    """

    def __init__(self, as_of: date, scope: KpiFilter = ALL_ACCOUNTS,
                 before: dict[object, tuple[object, frozenset[int]]] | None = None) -> None:
        self.as_of = as_of
        self.scope = scope
        self._memo: dict[object, object] = {}
        self._before = before or {}
        self._lock = threading.RLock()
        self.patches = 0  # reads patched rather than made (tests and bench notes)

    def _get(self, key: object, make: Callable[[], T],
             patch: Callable[[T, np.ndarray], T] | None = None) -> T:
        with self._lock:
            if key not in self._memo:
                old, ids = self._before.pop(key, (_MISSING, frozenset()))
                if patch is not None and old is not _MISSING:
                    self._memo[key] = patch(old, np.array(sorted(ids), dtype=np.int64))  # type: ignore[arg-type]
                    self.patches += 1
                else:
                    self._memo[key] = make()
            return self._memo[key]  # type: ignore[return-value]

    def patched(self, changed: frozenset[int]) -> DayFrames | None:
        """The same day for the next data version, its reads to be patched for ``changed``
        (with any patch this one still owes); None when a worker is reading here now (the
        GUI thread calls this and never waits: the next version reads afresh then)."""
        if not self._lock.acquire(blocking=False):
            return None
        try:
            before = {k: (v, changed) for k, v in self._memo.items() if _carried(k)}
            for key, (value, owed) in self._before.items():
                if len(owed | changed) <= PATCH_ACCOUNTS_MAX:
                    before.setdefault(key, (value, owed | changed))
            return DayFrames(self.as_of, self.scope, before)
        finally:
            self._lock.release()

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
        """Whether the read ``name`` (as for :meth:`provide`) is made already, or kept from
        the previous version to be patched."""
        with self._lock:
            return name in self._memo or name in self._before

    def is_wider(self, flt: KpiFilter) -> bool:
        """True when the rows were read for more accounts than ``flt`` keeps."""
        return flt != self.scope

    def accounts(self, db: Database) -> AccountFrame:
        # One row per account of the scope at as_of (ORDER BY id); the scoped read has the
        # same condition and the named ids, so an account that left the scope (deleted,
        # signed later) is absent from it and dropped, one that entered it is added.
        def make() -> AccountFrame:
            # The scope's lifetimes are rows of the same table, the same accounts (those with
            # a signed date): read with the frame in one pass unless they are here already or
            # to be patched (called under the lock, by _get).
            if "lifetimes" not in self._memo and "lifetimes" not in self._before:
                frame, lifetimes = _accounts_and_lifetimes(db, self.as_of, self.scope)
                self._memo["lifetimes"] = lifetimes
                return frame
            return load_accounts(db, self.as_of, self.scope)

        return self._get("accounts", make, lambda old, ids: merge_frame(old, load_accounts(
            db, self.as_of, self.scope, _id_list(ids)), ids))

    def frame(self, db: Database, flt: KpiFilter) -> AccountFrame:
        """``load_accounts(db, as_of, flt)``, cut from the scope's rows when they are wider.
        The cut is never carried to the next version: its ids query runs again, so an
        account that moved in or out of ``flt`` (owner, segment, stage) is where it is now."""
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
        # Rows per account, grouped by account (the task pass restricted by ids_sql takes
        # the plain pass, which tests hold equal to the summary's rows).
        from tracker.kpi.health import task_counts
        from tracker.kpi.rates import all_task_counts

        def patch(old: np.ndarray, ids: np.ndarray) -> np.ndarray:
            cond, params = ids_sql(_id_list(ids))
            d = self.as_of.isoformat()
            return merge_rows(old, task_counts(db, d, cond.replace("?", ":ids"),
                                               {"d": d, "ids": params[0]}), ids)

        return self._get("tasks", lambda: all_task_counts(db, self.as_of), patch)

    def contact_rows(self, db: Database) -> np.ndarray:
        from tracker.kpi.health import contact_counts
        from tracker.kpi.rates import all_contact_counts

        def patch(old: np.ndarray, ids: np.ndarray) -> np.ndarray:
            cond, params = ids_sql(_id_list(ids))
            d = self.as_of.isoformat()
            return merge_rows(old, contact_counts(db, d, cond.replace("?", ":ids"),
                                                  {"d": d, "ids": params[0]}), ids)

        return self._get("contacts", lambda: all_contact_counts(db, self.as_of), patch)

    def limits(self, db: Database) -> RiskThresholds:
        # A setting: a change that names accounts never moves it (its service says
        # all_accounts), so the previous version's value stands.
        from tracker.rules import risk_thresholds

        return self._get("limits", lambda: risk_thresholds(db), lambda old, ids: old)

    def scores(self, db: Database) -> tuple[np.ndarray, np.ndarray]:
        """The health score (ids, scores) of every account of the scope (:meth:`accounts`),
        as :func:`score_array` gives them; every consumer keeps a frame's accounts.

        A score is the account's own factors weighed by the user's weights, except the
        warning signals' factors, which compare an account with its segment's mean: while
        any of them weighs, every score is computed again (from the patched counts)."""
        from tracker.kpi.health import SIGNAL_FACTORS, frame_accounts, get_health_weights, score_array

        def fresh() -> tuple[np.ndarray, np.ndarray]:
            # The accounts' own columns come from the frame's read (one pass of the table).
            return score_array(db, self.as_of, None, self.task_rows(db), self.contact_rows(db),
                               self.limits(db), frame_accounts(self.accounts(db)))

        def patch(old: tuple[np.ndarray, np.ndarray], ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
            if any(get_health_weights(db).get(f, 0) for f in SIGNAL_FACTORS):
                return fresh()
            frame = self.accounts(db)  # patched first: the named accounts as they are now
            new_ids, new_scores = score_array(db, self.as_of, _id_list(ids), self.task_rows(db),
                                              self.contact_rows(db), self.limits(db),
                                              frame_accounts(frame.take(np.isin(frame.ids, ids))))
            merged, column = _merge_columns(old[0], new_ids, ids)
            return merged, column(old[1], new_scores)

        return self._get("scores", fresh, patch)

    def margin(self, db: Database) -> float:
        from tracker.kpi.retention import get_gross_margin

        return self._get("margin", lambda: get_gross_margin(db), lambda old, ids: old)  # a setting

    def mrr_changes(self, db: Database, day: date) -> np.ndarray:
        # Read again in full: about a millisecond at L, no patch worth its code.
        from tracker.kpi.retention import mrr_changes

        return self._get(("mrr", day), lambda: mrr_changes(db, day))

    # Reads of the scope's accounts: each grouped or ordered by account under the same scope
    # condition, so the scoped read gives exactly the named accounts' rows.
    def feedback(self, db: Database) -> np.ndarray:
        from tracker.kpi.rates import feedback_rows

        return self._get("feedback", lambda: feedback_rows(db, self.as_of, self.scope),
                         lambda old, ids: merge_rows(old, feedback_rows(
                             db, self.as_of, self.scope, _id_list(ids)), ids))

    def stages(self, db: Database) -> np.ndarray:
        from tracker.kpi.stages import stage_rows

        return self._get("stages", lambda: stage_rows(db, self.as_of, self.scope),
                         lambda old, ids: merge_rows(old, stage_rows(
                             db, self.as_of, self.scope, _id_list(ids)), ids))

    def adoption(self, db: Database) -> tuple[int, np.ndarray]:
        # The tracked features are no account's rows: counted again, and a different count
        # (or no tracked feature) reads every account again.
        from tracker.kpi.rates import adoption_rows

        def patch(old: tuple[int, np.ndarray], ids: np.ndarray) -> tuple[int, np.ndarray]:
            tracked, fresh = adoption_rows(db, self.as_of, self.scope, _id_list(ids))
            if tracked != old[0] or not tracked:
                return adoption_rows(db, self.as_of, self.scope)
            return tracked, merge_rows(old[1], fresh, ids)

        return self._get("adoption", lambda: adoption_rows(db, self.as_of, self.scope), patch)

    def trials(self, db: Database) -> np.ndarray:
        # Read again in full (a few ms at L).
        from tracker.kpi.signals import trial_rows

        return self._get("trials", lambda: trial_rows(db, self.as_of, self.scope))

    def cases(self, db: Database, period_days: int) -> np.ndarray:
        from tracker.kpi.signals import case_rows

        return self._get(("cases", period_days),
                         lambda: case_rows(db, self.as_of, self.scope, period_days),
                         lambda old, ids: merge_rows(old, case_rows(
                             db, self.as_of, self.scope, period_days, _id_list(ids)), ids))

    def steps(self, db: Database) -> np.ndarray:
        # Ordered by account, then day: the stable merge keeps each account's steps in order.
        from tracker.kpi.signals import step_rows

        return self._get("steps", lambda: step_rows(db, self.as_of, self.scope),
                         lambda old, ids: merge_rows(old, step_rows(
                             db, self.as_of, self.scope, _id_list(ids)), ids))

    def lifetimes(self, db: Database) -> Lifetimes:
        """The lifetimes of the scope's accounts (those with a signed date), read with the
        frame (:meth:`accounts`) when it is read. One row per account (ORDER BY id); the CLTV
        fits are made from them on every call, never kept."""
        from tracker.analytics.lifetimes import Lifetimes, load_lifetimes

        self.accounts(db)  # first: its read brings the lifetimes along

        def within(lifetimes: Lifetimes) -> Lifetimes:
            # load_lifetimes knows no filter: keep the scope's accounts (the frame's, patched).
            if self.scope == ALL_ACCOUNTS:
                return lifetimes
            return lifetimes.subset(np.isin(lifetimes.account_ids, self.accounts(db).ids))

        def patch(old: Lifetimes, ids: np.ndarray) -> Lifetimes:
            new = within(load_lifetimes(db, self.as_of, _id_list(ids)))
            merged, column = _merge_columns(old.account_ids, new.account_ids, ids)
            return Lifetimes(merged, column(old.cohort, new.cohort),
                             column(old.segment_ids, new.segment_ids), column(old.periods, new.periods),
                             column(old.churned, new.churned), column(old.mrr, new.mrr))

        return self._get("lifetimes", lambda: within(load_lifetimes(db, self.as_of)), patch)

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

    def for_version(self, version: object, changed: frozenset[int] | None = None) -> KpiFrames:
        """This cache while ``version`` holds; else a new one, whose days start from these
        days' reads patched for the accounts ``changed`` names (None: read afresh). A day
        a worker is reading just now is left to be read afresh (:meth:`DayFrames.patched`)."""
        if version == self.version:
            return self
        fresh = KpiFrames(version)
        if changed is not None and len(changed) <= PATCH_ACCOUNTS_MAX:  # many small changes add up
            with self._lock:
                for day, frames in self._days.items():
                    patched = frames.patched(changed)
                    if patched is not None:
                        fresh._days[day] = patched
        return fresh

    def day(self, as_of: date) -> DayFrames:
        with self._lock:
            found = self._days.pop(as_of, None) or DayFrames(as_of)
            self._days[as_of] = found  # the most recently used last
            while len(self._days) > DAYS_KEPT:
                del self._days[next(iter(self._days))]
            return found
