"""Benchmark of goal evaluation: every goal's value, progress and forecast at L.

A goal's forecast needs its KPI at the start and every month end since. The timed call is
:func:`tracker.kpi.goals.evaluate_all` with an empty cache (what the Goals view does after
the data changed); the baseline is one :func:`tracker.kpi.report.portfolio_kpis` call, the
work the earlier version did for *each* of those days. The note says how many KPI groups
the goals needed and what a second, cached evaluation costs.
"""

from __future__ import annotations

import time

from bench.cache import BenchContext
from bench.core import Result, timed_result
from tracker.kpi.filters import KpiFilter
from tracker.kpi.goal_values import GoalValues
from tracker.kpi.goals import evaluate_all
from tracker.kpi.report import portfolio_kpis
from tracker.queries.signals import list_goals
from tracker.storage.db import open_database


def bench_goal_evaluation(ctx: BenchContext) -> Result:
    name = "goal evaluation"
    db = open_database(ctx.shared_copy())
    try:
        goals = list_goals(db)
        probe = GoalValues()
        evaluate_all(db, goals, ctx.as_of, probe)
        t0 = time.perf_counter()
        evaluate_all(db, goals, ctx.as_of, probe)
        cached_ms = (time.perf_counter() - t0) * 1000
        return timed_result(
            name, lambda: evaluate_all(db, goals, ctx.as_of, GoalValues()),
            lambda: portfolio_kpis(db, ctx.as_of, KpiFilter()), ctx.runs,
            baseline_label="one portfolio_kpis (all KPIs, one day)", target=None,
            note=(f"{ctx.size}, {len(goals)} goals, {probe.computed} KPI groups computed; "
                  f"cached re-evaluation {cached_ms:.1f} ms"))
    finally:
        db.conn.close()
