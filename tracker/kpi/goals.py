"""Goals measured: each KPI against its SMART goal, with progress, status and a forecast.

A goal's value on a day is its KPI on that day for the goal's scope, computed by the same
functions :func:`tracker.kpi.report.portfolio_kpis` calls, one KPI at a time
(:mod:`tracker.kpi.goal_values`), so a goal and the dashboard never disagree.

Status of an open goal, as of a day:

- ``achieved``: the value has reached the target (at or above it for a goal "up", at or
  below for "down");
- ``missed``: the deadline has passed without that;
- otherwise ``on_track`` when the forecast at the deadline reaches the target, ``behind``
  when it does not. Without a forecast (not enough history) the goal is on track when its
  progress from baseline to target is at least the share of its time that has passed;
- ``no_data`` when the KPI has no value for the scope.

A closed goal keeps the outcome written when it was closed (``met`` or ``missed``).

The forecast is an ordinary least-squares straight line through the KPI's values at the
goal's start and at each month end since (and on the day of evaluation), read at the
deadline; fewer than three values give no forecast ("not enough history").
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING

from tracker.database import Database
from tracker.domain_signals import Goal
from tracker.kpi.filters import ALL_ACCOUNTS, KpiFilter
from tracker.kpi.words import kpi_label
from tracker.storage.db import environment_errors

if TYPE_CHECKING:  # the engine (NumPy) loads when a goal is evaluated, not at start
    from tracker.kpi.goal_values import GoalValues

MIN_FORECAST_POINTS = 3
# KPIs where less is better: a new goal on one defaults to "down", and the dashboard's
# trend arrows colour a fall on them green (the one list; ui.charts.kpi_tile reads it).
LOWER_IS_BETTER = frozenset({"task_overdue", "ninety_day", "churn", "ttfv_median", "ttfv_p75",
                             "ttfv_p90", "ttgl_median", "ttgl_p75", "ttgl_p90", "ttc_median",
                             "open_cases", "cases_per_account", "maturity_time", "dropoff_embark",
                             "dropoff_handoff", "dropoff_kickoff", "dropoff_adopt", "dropoff_review"})


def default_direction(kpi: str) -> str:
    return "down" if kpi in LOWER_IS_BETTER else "up"


def scope_matches(goal: Goal, flt: KpiFilter) -> bool:
    """Whether the goal's scope is exactly what ``flt`` shows (the dashboard's tiles)."""
    return scope_filter(goal.scope_kind, goal.scope_value) == flt


def is_kpi_key(key: str) -> bool:
    """Whether ``key`` names a KPI a goal can follow (one with a name in tracker.kpi.words)."""
    return kpi_label(key) != key


def scope_filter(scope_kind: str, scope_value: str) -> KpiFilter:
    """The KPI filter of a goal's scope; a cohort is a signed month ``YYYY-MM``."""
    if scope_kind == "segment":
        return KpiFilter(segment_ids=(int(scope_value),))
    if scope_kind == "owner":
        return KpiFilter(owners=(scope_value,))
    if scope_kind == "cohort":
        year, month = (int(p) for p in scope_value.split("-"))
        last = calendar.monthrange(year, month)[1]
        return KpiFilter(signed_from=date(year, month, 1), signed_to=date(year, month, last))
    return ALL_ACCOUNTS


def reached(value: float | None, target: float, direction: str) -> bool:
    if value is None:
        return False
    return value >= target if direction == "up" else value <= target


def linear_forecast(points: Sequence[tuple[float, float]], at: float) -> float | None:
    """Least-squares line through ``(x, y)`` points, read at ``x = at``; None below 3 points
    or when every x is the same."""
    if len(points) < MIN_FORECAST_POINTS:
        return None
    n = len(points)
    mx = sum(x for x, _ in points) / n
    my = sum(y for _, y in points) / n
    sxx = sum((x - mx) ** 2 for x, _ in points)
    if sxx == 0:
        return None
    slope = sum((x - mx) * (y - my) for x, y in points) / sxx
    return my + slope * (at - mx)


def month_ends(start: date, end: date) -> list[date]:
    """Last days of the months strictly after ``start`` and strictly before ``end``."""
    out: list[date] = []
    day = date(start.year, start.month, calendar.monthrange(start.year, start.month)[1])
    while day < end:
        if day > start:
            out.append(day)
        following = day + timedelta(days=1)
        day = date(following.year, following.month,
                   calendar.monthrange(following.year, following.month)[1])
    return out


@dataclass(frozen=True)
class GoalProgress:
    """A goal as of a day. ``progress`` is the share of the way from baseline to target
    (may fall below 0 or pass 1); ``history`` the (day, value) points the forecast used."""

    goal: Goal
    as_of: date
    current: float | None
    progress: float | None
    status: str
    forecast: float | None
    history: tuple[tuple[str, float], ...] = field(default=())

    @property
    def enough_history(self) -> bool:
        return self.forecast is not None


def kpi_value(db: Database, key: str, day: date, scope_kind: str, scope_value: str,
              cache: GoalValues | None = None) -> float | None:
    """The KPI ``key`` for a scope on ``day`` (the baseline of a new goal)."""
    from tracker.kpi.goal_values import GoalValues

    return (cache or GoalValues()).value(db, key, day, scope_filter(scope_kind, scope_value))


def _day_of(goal: Goal, as_of: date) -> date:
    """The day a goal is evaluated on: ``as_of``, or its closing day if that came first."""
    closed = date.fromisoformat(goal.closed_date) if goal.closed_date else None
    return min(as_of, closed) if closed else as_of


def asked_days(goal: Goal, as_of: date) -> list[date]:
    """Every day :func:`evaluate` asks the goal's KPI for (its current day, its start when
    it has no baseline, the month ends between), so they can be read together."""
    start, deadline = date.fromisoformat(goal.start_date), date.fromisoformat(goal.deadline)
    day = _day_of(goal, as_of)
    days = [day] if day >= start else []
    if day > start:
        if goal.baseline is None:
            days.append(start)
        days += month_ends(start, min(day, deadline))
    return days


@environment_errors()
def evaluate(db: Database, goal: Goal, as_of: date, cache: GoalValues | None = None) -> GoalProgress:
    from tracker.kpi.goal_values import GoalValues

    cache = cache or GoalValues()
    flt = scope_filter(goal.scope_kind, goal.scope_value)
    start, deadline = date.fromisoformat(goal.start_date), date.fromisoformat(goal.deadline)
    day = _day_of(goal, as_of)
    current = cache.value(db, goal.kpi, day, flt) if day >= start else goal.baseline
    history: list[tuple[str, float]] = []
    if day > start:
        base = goal.baseline if goal.baseline is not None else cache.value(db, goal.kpi, start, flt)
        if base is not None:
            history.append((start.isoformat(), base))
        for end in month_ends(start, min(day, deadline)):
            v = cache.value(db, goal.kpi, end, flt)
            if v is not None:
                history.append((end.isoformat(), v))
        if current is not None:
            history.append((day.isoformat(), current))
    points = [(float((date.fromisoformat(d) - start).days), v) for d, v in history]
    forecast = linear_forecast(points, float((deadline - start).days))
    progress = None
    if current is not None and goal.baseline is not None and goal.target != goal.baseline:
        progress = (current - goal.baseline) / (goal.target - goal.baseline)
    if goal.outcome:
        status = goal.outcome
    elif current is None:
        status = "no_data"
    elif reached(current, goal.target, goal.direction):
        status = "achieved"
    elif day > deadline:
        status = "missed"
    elif forecast is not None:
        status = "on_track" if reached(forecast, goal.target, goal.direction) else "behind"
    elif progress is None:
        status = "no_data"
    else:
        elapsed = max(0, (day - start).days) / max(1, (deadline - start).days)
        status = "on_track" if progress >= elapsed else "behind"
    return GoalProgress(goal, day, current, progress, status, forecast, tuple(history))


@environment_errors()
def evaluate_all(db: Database, goals: Sequence[Goal], as_of: date,
                 cache: GoalValues | None = None,
                 step: Callable[[int, int], None] | None = None) -> list[GoalProgress]:
    """Every goal as of a day; ``cache`` carries values over between calls on unchanged data,
    ``step(done, total)`` is called after each goal (a worker's progress and cancel point)."""
    from tracker.kpi.goal_values import GoalValues

    cache = cache or GoalValues()
    cache.read_ahead(db, ((g.kpi, day, scope_filter(g.scope_kind, g.scope_value))
                          for g in goals for day in asked_days(g, as_of)))
    out: list[GoalProgress] = []
    for g in goals:
        out.append(evaluate(db, g, as_of, cache))
        if step is not None:
            step(len(out), len(goals))
    return out


@environment_errors()
def read_history(db: Database, goals: Sequence[Goal], as_of: date, cache: GoalValues,
                 skip: date | None = None) -> None:
    """Compute into ``cache`` every value :func:`evaluate_all` will ask for, but those of
    ``skip`` (a day whose values a caller seeds: the dashboard's own numbers). A worker with
    time to spare does this ahead, and the evaluation afterwards reads the cache."""
    wanted = [(g.kpi, day, scope_filter(g.scope_kind, g.scope_value))
              for g in goals for day in asked_days(g, as_of) if day != skip]
    cache.read_ahead(db, wanted)
    for key, day, flt in wanted:
        cache.value(db, key, day, flt)
