"""One KPI on many days, for goals: only the goal's KPI, from account rows loaded once.

A goal's forecast needs its KPI at the goal's start and at every month end since. Asking
:func:`tracker.kpi.report.portfolio_kpis` for each of those days computed all 32 KPIs
(health scores, CLTV fits, survival curves) to keep one, about 2 s a day at the L
portfolio. Here each KPI key names the one group of KPI functions that yields it (the
same functions ``portfolio_kpis`` calls, so the numbers cannot differ; a test compares
them), and the account rows of a scope are read once and cut to each day in memory.

Values are cached by (KPI, day, scope) inside a :class:`GoalValues`; the owner keeps one
per *data version* (a number it bumps whenever the data behind the KPIs changed), so
re-evaluating after a goal edit, or showing the view again, reads the cache. After a change
that names its accounts (:func:`tracker.kpi.frames.patchable`) the next version keeps the
account rows and the days' counts with those accounts' rows read again (one scoped pass
over every kept day), and computes each value again from them.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TypeVar

import numpy as np

from tracker.collector import collection_held
from tracker.database import Database
from tracker.kpi.filters import KpiFilter, day_number, float_rows, ids_sql, scope_sql
from tracker.kpi.frames import PATCH_ACCOUNTS_MAX, merge_rows
from tracker.kpi.health_factors import fold_task_counts
from tracker.kpi.rates import (
    _active_task_totals,
    activation_rate,
    all_task_counts,
    average_health,
    checklist_progress,
    csat,
    feature_adoption,
    golive_on_time,
    ninety_day_flag,
    nps,
    task_performance,
)
from tracker.kpi.report import portfolio_kpis
from tracker.kpi.retention import DEFAULT_PERIOD_DAYS, cltv_kpis, logo_retention, revenue_retention
from tracker.kpi.signals import case_kpis, maturity_kpis, trial_kpis
from tracker.kpi.stages import dropoff_kpis, stage_funnel
from tracker.kpi.survival import _event_survival, survival_kpis
from tracker.kpi.task_columns import CONTACT_COUNT_COLUMNS, TASK_STATUS_COLUMNS
from tracker.kpi.values import STAGE_INDEX_SQL, AccountFrame, KpiValue
from tracker.queries.task_pass import summary_rows_of_days
from tracker.rules import churned_mask
from tracker.storage.db import environment_errors
from tracker.validation import usable_mrr_sql

_FAR_FUTURE = date(9999, 12, 31)


@dataclass(frozen=True)
class _Rows:
    """A scope's accounts with every date, before any "as of" cut (see ``load_accounts``)."""

    signed_text: np.ndarray  # the stored text ("" when none), compared as SQL compares it
    has_signed: np.ndarray
    m: np.ndarray

    def frame(self, as_of: date) -> AccountFrame:
        """What ``load_accounts(db, as_of, flt)`` returns, without reading the database."""
        keep = ~self.has_signed | (self.signed_text <= as_of.isoformat())
        m = self.m[keep]
        today = day_number(as_of)

        def upto(col: np.ndarray) -> np.ndarray:
            return np.where(col <= today, col, np.nan)

        return AccountFrame(as_of, today, m[:, 0].astype(np.int64), m[:, 1], m[:, 2], upto(m[:, 3]),
                            upto(m[:, 4]), upto(m[:, 5]), churned_mask(today, m[:, 5], m[:, 6]),
                            m[:, 7], m[:, 8])

    def patched(self, fresh: _Rows, ids: np.ndarray) -> _Rows:
        """These rows with the accounts ``ids`` as ``fresh`` (their scoped read) has them: one
        row per account of the scope, by id; one that left the scope is absent there."""
        keep = ~np.isin(self.m[:, 0], ids)
        m = np.concatenate([self.m[keep], fresh.m])
        order = np.argsort(m[:, 0], kind="stable")
        return _Rows(np.concatenate([self.signed_text[keep], fresh.signed_text])[order],
                     np.concatenate([self.has_signed[keep], fresh.has_signed])[order], m[order])


def _load_rows(db: Database, flt: KpiFilter, account_ids: Sequence[int] | None = None) -> _Rows:
    where, params = scope_sql(flt, _FAR_FUTURE)
    ids, ids_params = ids_sql(account_ids, "id")
    where, params = f"{where} AND {ids}", [*params, *ids_params]
    rows = db.conn.execute(
        "SELECT coalesce(signed_date, ''), signed_date IS NOT NULL, id, julianday(signed_date),"
        " julianday(target_golive_date), julianday(golive_date), julianday(first_value_date),"
        " julianday(churned_date), status = 'churned', " + usable_mrr_sql() + ", "
        + STAGE_INDEX_SQL + f" FROM account WHERE {where} ORDER BY id", params).fetchall()
    texts = np.array([r[0] for r in rows], dtype=str)
    has = np.array([bool(r[1]) for r in rows], dtype=bool)
    m = np.array([r[2:] for r in rows], dtype=float).reshape(len(rows), 9)
    return _Rows(texts, has, m)


# What a cache carried across data versions keeps: about the days and filters one screen of
# goals asks for (month ends of a forecast, today, the period before), not every one seen.
CARRIED_DAYS = 24
CARRIED_FILTERS = 8

K = TypeVar("K")
V = TypeVar("V")


def _newest(kept: dict[K, V], limit: int) -> dict[K, V]:
    """The last ``limit`` entries added to ``kept`` (dicts keep insertion order)."""
    items = list(kept.items())
    return dict(items[-limit:]) if len(items) > limit else dict(items)


@dataclass
class _Sources:
    """What the groups read once per day and share: every account's task counts.

    The task counts of a day are the SQL aggregate ``portfolio_kpis`` reads for it. Reading
    every task row once and counting each day in NumPy instead took about a second at the L
    portfolio (fetching 150,000 rows into Python), three to four times the few days a
    goal's forecast asks for. The days a set of goals will ask for are read in one pass
    (:meth:`read_task_days`): one scan of the task index with each day's counts beside
    the others' cost about 60 % of a scan per day.
    """

    db: Database
    tasks: dict[date, np.ndarray] = field(default_factory=dict)
    contacts: dict[date, np.ndarray] = field(default_factory=dict)  # only days read ahead

    def task_counts(self, day: date) -> np.ndarray:
        if day not in self.tasks:
            self.tasks[day] = all_task_counts(self.db, day)
        return self.tasks[day]

    def read_task_days(self, days: Iterable[date]) -> None:
        wanted = sorted(set(days) - set(self.tasks))
        if len(wanted) > 1:
            self.tasks.update(zip(wanted, task_counts_of_days(self.db, wanted), strict=True))

    def read_contact_days(self, days: Iterable[date]) -> None:
        wanted = sorted(set(days) - set(self.contacts))
        if len(wanted) > 1:
            self.contacts.update(zip(wanted, contact_counts_of_days(self.db, wanted), strict=True))

    def copy(self) -> _Sources:
        """The counts carried to the next data version: the days read last, at most
        :data:`CARRIED_DAYS` of each (a user stepping the as-of day back week by week would
        otherwise keep, and re-count on every small change, every day they ever looked at)."""
        return _Sources(self.db, _newest(self.tasks, CARRIED_DAYS),
                        _newest(self.contacts, CARRIED_DAYS))

    def patch(self, ids: np.ndarray) -> None:
        """Every kept day's counts with the accounts ``ids`` counted again: rows per account,
        so replacing theirs gives what a read of every account gives (one pass for all days)."""
        account_ids = [int(i) for i in ids]
        for kept, read in ((self.tasks, task_counts_of_days), (self.contacts, contact_counts_of_days)):
            days = sorted(kept)
            if days:
                for day, fresh in zip(days, read(self.db, days, account_ids), strict=True):
                    kept[day] = merge_rows(kept[day], fresh, ids)


def _days_columns(columns: str, days: Sequence[date]) -> tuple[str, dict[str, str]]:
    """``columns`` (aggregates of ``:d``) once per day, with the parameters to bind."""
    return (", ".join(columns.replace(":d", f":d{i}") for i in range(len(days))),
            {f"d{i}": day.isoformat() for i, day in enumerate(days)})


@environment_errors()
@collection_held()
def contact_counts_of_days(db: Database, days: Sequence[date],
                           account_ids: Sequence[int] | None = None) -> list[np.ndarray]:
    """:func:`all_contact_counts` of each day, from one pass over the contacts
    (``account_ids``: only those accounts' rows)."""
    columns, params = _days_columns(CONTACT_COUNT_COLUMNS, days)
    width = CONTACT_COUNT_COLUMNS.count("count(*)")
    cond, ids = ids_sql(account_ids)
    m = float_rows(db, f"SELECT account_id, {columns} FROM contact WHERE {cond.replace('?', ':ids')}"
                   " GROUP BY account_id", {**params, **({"ids": ids[0]} if ids else {})},
                   1 + width * len(days))
    return [np.ascontiguousarray(np.column_stack([m[:, 0], m[:, 1 + i * width:1 + (i + 1) * width]]))
            for i in range(len(days))]


@environment_errors()
@collection_held()
def task_counts_of_days(db: Database, days: Sequence[date],
                        account_ids: Sequence[int] | None = None) -> list[np.ndarray]:
    """:func:`all_task_counts` of each day, from one pass over the tasks: the same
    aggregate columns once per day, folded by the same function (``account_ids``: only
    those accounts' rows).

    For every account, the stored summary and the earliest day's two day ranges give the
    same rows when those ranges are short enough to pay (the goals' recent month ends: at
    L about 60 % of the pass; :func:`tracker.queries.task_pass.summary_rows_of_days`).
    The collector is held (:mod:`tracker.collector`): tens of thousands of acyclic row
    tuples, and in the app's process a full pass walks every object it has."""
    if account_ids is None and len(days) > 1:
        from_summary = summary_rows_of_days(db, [d.isoformat() for d in days])
        if from_summary is not None:
            return [fold_task_counts(rows) for rows in from_summary]
    columns, params = _days_columns(TASK_STATUS_COLUMNS, days)
    cond, ids = ids_sql(account_ids)
    rows = db.conn.execute(f"SELECT account_id, status, {columns} FROM task"
                           f" WHERE {cond.replace('?', ':ids')} GROUP BY account_id, status",
                           {**params, **({"ids": ids[0]} if ids else {})}).fetchall()
    width = TASK_STATUS_COLUMNS.count("count(*)")
    if not rows:
        return [fold_task_counts([]) for _ in days]
    # Columns once, each day's rows zipped from its own (in C): a sixth of the Python work
    # of slicing every row per day.
    cols = list(zip(*rows, strict=True))
    return [fold_task_counts(list(zip(cols[0], cols[1], *cols[2 + i * width:2 + (i + 1) * width],
                                      strict=True)))
            for i in range(len(days))]


Group = Callable[[Database, date, KpiFilter, AccountFrame, int, _Sources], list[KpiValue]]


def _tasks(db: Database, day: date, flt: KpiFilter, f: AccountFrame, _p: int, src: _Sources
           ) -> list[KpiValue]:
    totals = _active_task_totals(db, day, flt, f, src.task_counts(day))
    return [task_performance(db, day, flt, f, totals), checklist_progress(db, day, flt, f, totals)]


# Each KPI's group: the functions portfolio_kpis calls for it, with the same arguments.
_GROUPS: tuple[tuple[frozenset[str], Group], ...] = (
    (frozenset({"activation"}), lambda db, d, flt, f, p, src: [
        activation_rate(db, d, flt, f, src.contacts[d]) if d in src.contacts
        else activation_rate(db, d, flt)]),
    (frozenset({"golive_on_time"}), lambda db, d, flt, f, p, src: [golive_on_time(db, d, flt, f)]),
    (frozenset({"ttfv_median", "ttfv_p75", "ttfv_p90"}),
     lambda db, d, flt, f, p, src: survival_kpis(_event_survival(f, f.first_value), "ttfv")),
    (frozenset({"ttgl_median", "ttgl_p75", "ttgl_p90"}),
     lambda db, d, flt, f, p, src: survival_kpis(_event_survival(f, f.golive), "ttgl")),
    (frozenset({"task_overdue", "checklist_progress"}), _tasks),
    (frozenset({"dropoff_embark", "dropoff_handoff", "dropoff_kickoff", "dropoff_adopt",
                "dropoff_review"}),
     lambda db, d, flt, f, p, src: dropoff_kpis(stage_funnel(db, d, flt, f))),
    (frozenset({"csat"}), lambda db, d, flt, f, p, src: [csat(db, d, flt)]),
    (frozenset({"nps"}), lambda db, d, flt, f, p, src: [nps(db, d, flt)]),
    (frozenset({"retention", "churn"}),
     lambda db, d, flt, f, p, src: list(logo_retention(db, d, flt, p, f))),
    (frozenset({"grr", "nrr"}), lambda db, d, flt, f, p, src: list(revenue_retention(db, d, flt, p, f))),
    (frozenset({"feature_adoption"}), lambda db, d, flt, f, p, src: [feature_adoption(db, d, flt, f)]),
    (frozenset({"ninety_day"}), lambda db, d, flt, f, p, src: [ninety_day_flag(db, d, flt, f)]),
    (frozenset({"health"}), lambda db, d, flt, f, p, src: [average_health(db, d, flt, f)]),
    (frozenset({"cltv", "cltv_projected"}), lambda db, d, flt, f, p, src: list(cltv_kpis(db, d, flt, f))),
    (frozenset({"trial_conversion", "ttc_median"}), lambda db, d, flt, f, p, src: trial_kpis(db, d, flt, p)),
    (frozenset({"open_cases", "cases_per_account"}),
     lambda db, d, flt, f, p, src: case_kpis(db, d, flt, p, f)),
    (frozenset({"maturity_advanced", "maturity_time"}),
     lambda db, d, flt, f, p, src: maturity_kpis(db, d, flt, p, f)),
)
GROUP_OF: dict[str, Group] = {key: group for keys, group in _GROUPS for key in keys}


@environment_errors()
def single_kpi(db: Database, key: str, day: date, flt: KpiFilter, frame: AccountFrame, *,
               period_days: int = DEFAULT_PERIOD_DAYS, sources: _Sources | None = None
               ) -> list[KpiValue]:
    """The KPI values of ``key``'s group on ``day`` (all of them when the key has no group)."""
    group = GROUP_OF.get(key)
    if group is None:  # a KPI added to portfolio_kpis but not here: right, only slower
        return portfolio_kpis(db, day, flt, period_days=period_days)
    return group(db, day, flt, frame, period_days, sources or _Sources(db))


class NotCached(LookupError):
    """A cached-only read (:meth:`GoalValues.cached_only`) met a value not computed yet."""


class GoalValues:
    """KPI values by (key, day, filter) for one data version; safe to share with a worker.

    ``version`` is whatever the owner uses to know the data changed (the app bumps a
    number on every change announced to the KPIs); :meth:`for_version` hands back this
    cache while the version holds and a fresh one after.
    """

    def __init__(self, version: object = None) -> None:
        self.version = version
        self._values: dict[tuple[str, date, KpiFilter], float | None] = {}
        self._rows: dict[KpiFilter, _Rows] = {}
        self._sources: _Sources | None = None
        self._lock = threading.Lock()
        self.computed = 0  # group computations done (the cache's misses), for tests and bench
        self._strict = False
        # Accounts whose rows in ``_rows`` and ``_sources`` are still to be read again (a list
        # shared with the cached-only views, emptied in place once patched).
        self._owed: list[frozenset[int]] = []

    def for_version(self, version: object, changed: frozenset[int] | None = None) -> GoalValues:
        """This cache while ``version`` holds; else a new one, which keeps these account rows
        and days' counts to be patched for the accounts ``changed`` names on first use (None:
        everything read afresh). The values themselves are all computed again. A worker
        holding this cache just now means a fresh one: the GUI thread never waits here."""
        if version == self.version:
            return self
        fresh = GoalValues(version)
        if changed is None or not self._lock.acquire(blocking=False):
            return fresh
        try:
            owed = changed.union(*self._owed)
            if len(owed) <= PATCH_ACCOUNTS_MAX:
                fresh._rows = _newest(self._rows, CARRIED_FILTERS)
                fresh._sources = self._sources.copy() if self._sources is not None else None
                fresh._owed.append(owed)
        finally:
            self._lock.release()
        return fresh

    def _settle(self, db: Database) -> None:
        """Read the owed accounts' rows again into the kept ones (under the lock)."""
        if not self._owed:
            return
        ids = np.array(sorted(self._owed[0]), dtype=np.int64)
        account_ids = [int(i) for i in ids]
        for flt, rows in list(self._rows.items()):
            self._rows[flt] = rows.patched(_load_rows(db, flt, account_ids), ids)
        if self._sources is not None:
            self._sources.db = db
            self._sources.patch(ids)
        self._owed.clear()

    def cached_only(self) -> GoalValues:
        """The same values, read without computing: a miss raises :class:`NotCached`. The
        view evaluates through this on the GUI thread (microseconds when nothing changed but
        the goals) and starts a worker only on a miss."""
        view = GoalValues(self.version)
        view._values, view._rows, view._lock, view._strict = self._values, self._rows, self._lock, True
        view._owed = self._owed
        return view

    def seed(self, kpis: Iterable[KpiValue], day: date, flt: KpiFilter, period_days: int) -> None:
        """Take values ``portfolio_kpis(db, day, flt, period_days=...)`` already computed (the
        dashboard's own numbers), so a tile's goal does not compute its current value twice.
        They come from the functions the groups call, so the cache holds what it would have
        computed; goals use the default period, so other periods' numbers are not taken."""
        if period_days != DEFAULT_PERIOD_DAYS:
            return
        with self._lock:
            for kpi in kpis:
                self._values.setdefault((kpi.key, day, flt), kpi.value)

    def read_ahead(self, db: Database, wanted: Iterable[tuple[str, date, KpiFilter]],
                   also: Iterable[date] = ()) -> None:
        """Read together what the values ``wanted`` (key, day, filter) will read one by one:
        the task counts of every day a task KPI is wanted on and not known yet, and
        the contact counts of every day activation is wanted on (each account's, summed over
        the scope's accounts as ``portfolio_kpis`` sums them). Only faster: :meth:`value`
        computes the same from them (nothing at all in cached-only mode).

        ``also``: days a caller wants every account's counts of as well (the dashboard's
        previous period, for its health scores): they join a pass made anyway, a column set
        beside the others instead of a scan of their own; :meth:`counts_of` hands them out."""
        if self._strict:
            return
        activation = GROUP_OF["activation"]
        extra = set(also)
        with self._lock:
            missing = [(GROUP_OF.get(key), day) for key, day, flt in wanted
                       if (key, day, flt) not in self._values]
            task_days = {day for group, day in missing if group is _tasks}
            contact_days = {day for group, day in missing if group is activation}
            task_days |= extra if task_days else set()
            contact_days |= extra if contact_days else set()
            self._settle(db)
            if len(task_days) > 1 or len(contact_days) > 1:
                if self._sources is None:
                    self._sources = _Sources(db)
                self._sources.db = db
                self._sources.read_task_days(task_days)
                self._sources.read_contact_days(contact_days)

    def counts_of(self, day: date) -> tuple[np.ndarray | None, np.ndarray | None]:
        """Every account's task and contact counts of ``day`` (:func:`all_task_counts`,
        :func:`all_contact_counts` rows), where a read ahead has them; None where not."""
        with self._lock:
            src = self._sources
            if src is None or self._owed:
                return None, None
            return src.tasks.get(day), src.contacts.get(day)

    def rows(self, db: Database, flt: KpiFilter) -> _Rows:
        """The scope's account rows with every date, read once (each day is cut in memory)."""
        with self._lock:
            if self._strict and self._owed:
                raise NotCached(flt)
            self._settle(db)
            rows = self._rows.get(flt)
            if rows is None:
                if self._strict:
                    raise NotCached(flt)
                rows = self._rows[flt] = _load_rows(db, flt)
            return rows

    def value(self, db: Database, key: str, day: date, flt: KpiFilter) -> float | None:
        if self._strict:
            # A worker holds the lock while it reads or computes (the trends job's passes
            # take a few hundred ms at L): the GUI thread asking cached-only must not wait
            # for it, so this counts as a miss and the view hands the goals to a worker.
            if not self._lock.acquire(blocking=False):
                raise NotCached(key)
            try:
                if (key, day, flt) in self._values:
                    return self._values[(key, day, flt)]
            finally:
                self._lock.release()
            raise NotCached(key)
        with self._lock:
            if (key, day, flt) in self._values:
                return self._values[(key, day, flt)]
            self._settle(db)
            rows = self._rows.get(flt)
            if rows is None:
                rows = self._rows[flt] = _load_rows(db, flt)
            if self._sources is None:
                self._sources = _Sources(db)
            self._sources.db = db  # a worker's own connection: the rows read stay good
            self.computed += 1
            for kpi in single_kpi(db, key, day, flt, rows.frame(day), sources=self._sources):
                self._values[(kpi.key, day, flt)] = kpi.value
            return self._values.setdefault((key, day, flt), None)
