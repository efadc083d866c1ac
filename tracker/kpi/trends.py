"""The dashboard's trends: the KPIs one period back and the month-end values of the tiles'
goals, computed together so that the days share their reads.

After a data change nothing is kept, and the trends job read every table once for the
previous period's day and again for the goals' month ends: the task aggregate alone was
one scan per day. Here the previous day joins the goals' days in their one pass over the
tasks and the contacts (each day's aggregate columns side by side), and its account rows
are cut from the goals' read of every account with every date, when the goals read it.
The values are what each day's own reads give (the same SQL columns, folded by the same
functions); ``tests/core/test_kpi_trends.py`` holds them equal to ``portfolio_kpis``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from tracker.collector import collection_held
from tracker.database import Database
from tracker.domain_signals import Goal
from tracker.kpi.filters import ALL_ACCOUNTS, KpiFilter
from tracker.kpi.frames import KpiFrames
from tracker.kpi.goal_values import GoalValues
from tracker.kpi.goals import asked_days, scope_filter
from tracker.kpi.report import previous_kpis
from tracker.kpi.retention import DEFAULT_PERIOD_DAYS
from tracker.kpi.values import KpiValue
from tracker.storage.db import environment_errors


def goal_days(goals: Sequence[Goal], as_of: date, skip: date | None = None
              ) -> list[tuple[str, date, KpiFilter]]:
    """(KPI, day, scope) of every value the goals' evaluation asks for, but those of ``skip``."""
    return [(g.kpi, day, scope_filter(g.scope_kind, g.scope_value))
            for g in goals for day in asked_days(g, as_of) if day != skip]


@environment_errors()
@collection_held()
def trend_values(db: Database, as_of: date, flt: KpiFilter, goals: Sequence[Goal],
                 cache: GoalValues, frames: KpiFrames, *, period_days: int = DEFAULT_PERIOD_DAYS,
                 skip: date | None = None) -> dict[str, KpiValue]:
    """:func:`previous_kpis` (returned), with every value the goals will ask for computed
    into ``cache`` (as :func:`tracker.kpi.goals.read_history` does) first.

    The goals' values come first: the dashboard shows the tiles' goals as soon as its
    numbers are there, and finds them in the cache then instead of starting a job of
    their own. ``skip``: a day whose values the caller seeds (the dashboard's own numbers).

    The collector is held throughout (:mod:`tracker.collector`): at L a full pass landed in
    most runs of this call after a data change, about 75 ms of walking every object of the
    app for nothing collected (the passes' rows are acyclic tuples).
    """
    earlier = as_of - timedelta(days=period_days)
    wanted = goal_days(goals, as_of, skip)
    day = frames.day(earlier)
    cache.read_ahead(db, wanted, also=[] if day.has("tasks") else [earlier])
    tasks, contacts = cache.counts_of(earlier)
    if tasks is not None:
        day.provide("tasks", tasks)
    if contacts is not None:
        day.provide("contacts", contacts)
    if not day.has("accounts") and any(f == ALL_ACCOUNTS for _, _, f in wanted):
        day.provide("accounts", cache.rows(db, ALL_ACCOUNTS).frame(earlier))
    for key, when, scope in wanted:
        cache.value(db, key, when, scope)
    return previous_kpis(db, as_of, flt, period_days=period_days, frames=frames)
