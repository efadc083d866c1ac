"""The dashboard's trends path (tracker.kpi.trends: the previous period's day sharing the
goals' passes over tasks and contacts, and their read of every account) gives exactly the
values the old path gave: ``previous_kpis`` on its own reads, and each goal's KPI at each
month end computed day by day (``read_history``) and by ``portfolio_kpis``."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlite_utils import Database

from tests.conftest import TODAY
from tests.core.test_kpi_builders import (
    add_account,
    add_contact,
    add_feature,
    add_feedback,
    add_mrr_change,
    add_stages,
    add_task,
    adopt,
)
from tracker.domain_signal_rows import Goal
from tracker.kpi.filters import ALL_ACCOUNTS, KpiFilter
from tracker.kpi.frames import KpiFrames
from tracker.kpi.goal_values import GoalValues, NotCached
from tracker.kpi.goals import evaluate_all, read_history, scope_filter
from tracker.kpi.report import portfolio_kpis, previous_kpis
from tracker.kpi.trends import goal_days, trend_values
from tracker.kpi.values import KpiValue


def _flat(kpis: dict[str, KpiValue]) -> list[tuple[object, ...]]:
    return sorted((k.key, k.value, k.numerator, k.denominator, k.detail, k.band, k.not_reached,
                   k.formula_args) for k in kpis.values())


def _goals(db: Database, scopes: list[tuple[str, str]], start: date) -> list[Goal]:
    """A goal on every KPI for every scope, without a baseline (its start day is asked too)."""
    keys = [k.key for k in portfolio_kpis(db, TODAY)]
    return [Goal(id=i, name=f"g{i}", kpi=key, direction="up", target=1.0, scope_kind=kind,
                 scope_value=value, start_date=start.isoformat(), baseline=None,
                 deadline=(TODAY + timedelta(days=90)).isoformat(), closed_date=None,
                 outcome=None, final_value=None, notes="")
            for i, (key, (kind, value)) in enumerate(
                (key, scope) for scope in scopes for key in keys)]


def _same(a: float | None, b: float | None) -> bool:
    return (a is None and b is None) or a == b


def _check(db: Database, goals: list[Goal], flt: KpiFilter, period: int,
           skip: date | None) -> None:
    frames, values = KpiFrames(version=1), GoalValues(version=1)
    previous = trend_values(db, TODAY, flt, goals, values, frames, period_days=period, skip=skip)
    assert _flat(previous) == _flat(previous_kpis(db, TODAY, flt, period_days=period))

    old = GoalValues(version=1)
    read_history(db, goals, TODAY, old, skip=skip)
    wanted = goal_days(goals, TODAY, skip)
    assert len({day for _, day, _ in wanted}) > 3  # every month end of half a year and more
    own: dict[tuple[date, KpiFilter], dict[str, float | None]] = {}
    for key, day, scope in wanted:
        new = values.cached_only().value(db, key, day, scope)  # computed already: no miss
        assert _same(new, old.cached_only().value(db, key, day, scope)), (key, day, scope)
        if (day, scope) not in own:
            own[(day, scope)] = {k.key: k.value for k in portfolio_kpis(db, day, scope)}
        assert new == pytest.approx(own[(day, scope)][key], nan_ok=True), (key, day, scope)
    # The goals then evaluate from the cache alone (today's values seeded as the view does).
    if skip is not None:
        values.seed(portfolio_kpis(db, skip, flt), skip, flt, period)
        old.seed(portfolio_kpis(db, skip, flt), skip, flt, period)
    assert evaluate_all(db, goals, TODAY, values.cached_only()) == evaluate_all(
        db, goals, TODAY, old.cached_only())


@pytest.mark.parametrize("period", [90, 30])
def test_the_demo_portfolios_trends_are_the_old_paths(demo_db: Database, period: int) -> None:
    segment = int(demo_db.conn.execute("SELECT min(id) FROM segment").fetchone()[0])
    goals = _goals(demo_db, [("portfolio", ""), ("segment", str(segment))], date(2025, 11, 20))
    for flt in (ALL_ACCOUNTS, scope_filter("segment", str(segment))):
        _check(demo_db, [g for g in goals if scope_filter(g.scope_kind, g.scope_value) == flt],
               flt, period, TODAY if period == 90 else None)


def _odd_portfolio(db: Database) -> None:
    """A few accounts with what real files hold: no signed date, a signing after the day,
    churned without a date, NULL and late due dates, skipped and blocked tasks, tasks done
    after the day, contacts activated without an invitation, feedback on the day itself."""
    a = add_account(db, signed="2025-10-01", target="2026-02-01", golive="2026-01-20",
                    fv="2025-12-01", mrr=100.0, owner="Ann", stage="Adopt")
    b = add_account(db, signed=None, mrr=50.0, owner="Bob")
    c = add_account(db, signed="2026-02-10", status="churned", churned=None, mrr=10.0)
    d = add_account(db, signed="2026-07-01", mrr=70.0)  # signed after the day
    e = add_account(db, signed="2025-12-31", target="2026-03-31", golive="2026-04-30",
                    churned="2026-05-31", status="churned", mrr=0.0, stage="Review")
    for acc in (a, b, c, d, e):
        add_task(db, acc, "2026-01-31", "done", "2026-02-28")
        add_task(db, acc, None, "todo")
        add_task(db, acc, "2026-03-31", "skipped")
        add_task(db, acc, "2026-04-30", "blocked")
        add_task(db, acc, "2026-05-31", "in_progress")
        add_task(db, acc, "2026-06-15", "done", "2026-06-15")
        add_task(db, acc, "2026-02-28", "done", None)
        add_contact(db, acc, "2026-01-31", "2026-03-31")
        add_contact(db, acc, None, "2026-02-28")
        add_contact(db, acc, "2026-05-31")
        add_contact(db, acc, None)
    add_feedback(db, a, "csat", 5, "2026-01-31")
    add_feedback(db, a, "nps", 9, "2026-03-31")
    add_feedback(db, b, "nps", 3, "2026-06-15")
    add_feedback(db, e, "csat", 2, "2026-04-30")
    add_stages(db, a, ("Embark", "2025-10-01"), ("Handoff", "2025-11-30"), ("Adopt", "2026-02-28"))
    add_stages(db, e, ("Embark", "2025-12-31"), ("Review", "2026-03-31"))
    add_mrr_change(db, a, "2026-03-31", 80.0, 100.0)
    add_mrr_change(db, e, "2026-05-31", 40.0, 0.0)
    feature = add_feature(db, "Reports")
    adopt(db, a, feature, "2026-02-28")


@pytest.mark.parametrize("period", [90, 30])
def test_a_small_odd_portfolios_trends_are_the_old_paths(db: Database, period: int) -> None:
    _odd_portfolio(db)
    goals = _goals(db, [("portfolio", ""), ("owner", "Ann")], date(2025, 10, 15))
    _check(db, [g for g in goals if g.scope_kind == "portfolio"], ALL_ACCOUNTS, period, None)
    _check(db, [g for g in goals if g.scope_kind == "owner"], KpiFilter(owners=("Ann",)), period,
           TODAY if period == 90 else None)


def test_the_previous_day_joins_the_goals_passes(demo_db: Database) -> None:
    """With goals on task KPIs and on activation, the previous day's counts come from their
    passes: its frames hold them before its KPIs are computed."""
    goals = [g for g in _goals(demo_db, [("portfolio", "")], date(2026, 1, 10))
             if g.kpi in ("task_overdue", "activation")]
    frames, values = KpiFrames(version=1), GoalValues(version=1)
    trend_values(demo_db, TODAY, ALL_ACCOUNTS, goals, values, frames, skip=TODAY)
    earlier = frames.day(TODAY - timedelta(days=90))
    tasks, contacts = values.counts_of(TODAY - timedelta(days=90))
    assert tasks is not None and contacts is not None
    assert earlier.task_rows(demo_db) is tasks and earlier.contact_rows(demo_db) is contacts


def test_a_cached_only_read_never_waits_for_a_worker(demo_db: Database) -> None:
    """While a worker holds the cache (the trends job's passes), the GUI thread's cached-only
    read is a miss at once (the view then hands the goals to a worker), not a wait."""
    values = GoalValues(version=1)
    values.value(demo_db, "activation", TODAY, ALL_ACCOUNTS)
    assert values.cached_only().value(demo_db, "activation", TODAY, ALL_ACCOUNTS) is not None
    with values._lock, pytest.raises(NotCached):  # the lock held, as by a worker computing
        values.cached_only().value(demo_db, "activation", TODAY, ALL_ACCOUNTS)
    assert values.cached_only().value(demo_db, "activation", TODAY, ALL_ACCOUNTS) is not None


def test_the_dashboards_two_parts_hold_the_collector(demo_db: Database,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """The numbers and the trends run with the cyclic collector off (their rows are acyclic
    tuples; a full pass walked the whole app for nothing) and leave it as they found it."""
    import gc

    import tracker.kpi.report as report
    import tracker.kpi.trends as trends
    from tracker.kpi.report import dashboard_data

    seen: list[bool] = []
    real_compute, real_previous = report._compute, previous_kpis

    def compute(*args: object, **kwargs: object) -> object:
        seen.append(gc.isenabled())
        return real_compute(*args, **kwargs)  # type: ignore[arg-type]

    def previous(*args: object, **kwargs: object) -> object:
        seen.append(gc.isenabled())
        return real_previous(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(report, "_compute", compute)
    monkeypatch.setattr(trends, "previous_kpis", previous)
    assert gc.isenabled()
    frames, values = KpiFrames(version=1), GoalValues(version=1)
    dashboard_data(demo_db, TODAY, with_previous=False, frames=frames)
    assert gc.isenabled()
    trend_values(demo_db, TODAY, ALL_ACCOUNTS, [], values, frames)
    assert gc.isenabled()
    assert seen and not any(seen)
