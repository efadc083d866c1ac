"""The single-KPI path goals use agrees with portfolio_kpis, KPI by KPI, and caches."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlite_utils import Database

from tests.conftest import TODAY
from tracker.kpi.filters import ALL_ACCOUNTS, KpiFilter
from tracker.kpi.goal_values import GROUP_OF, GoalValues
from tracker.kpi.goals import evaluate, evaluate_all
from tracker.kpi.report import portfolio_kpis
from tracker.queries.signals import list_goals


def _same(a: float | None, b: float | None) -> bool:
    return (a is None and b is None) or (a is not None and b is not None and a == pytest.approx(b))


def test_every_kpi_has_its_own_group(demo_db: Database) -> None:
    keys = [k.key for k in portfolio_kpis(demo_db, TODAY)]
    assert set(GROUP_OF) == set(keys)


@pytest.mark.parametrize("days_back", [0, 45, 200])
def test_each_kpi_alone_equals_the_portfolio_value(demo_db: Database, days_back: int) -> None:
    day = TODAY - timedelta(days=days_back)
    owner = demo_db.conn.execute("SELECT owner FROM account WHERE owner IS NOT NULL LIMIT 1").fetchone()[0]
    segment = demo_db.conn.execute("SELECT id FROM segment LIMIT 1").fetchone()[0]
    scopes = [ALL_ACCOUNTS, KpiFilter(owners=(owner,)), KpiFilter(segment_ids=(segment,)),
              KpiFilter(signed_from=date(TODAY.year - 1, 1, 1), signed_to=date(TODAY.year - 1, 1, 31))]
    for flt in scopes:
        values = GoalValues()
        for kpi in portfolio_kpis(demo_db, day, flt):
            alone = values.value(demo_db, kpi.key, day, flt)
            assert _same(alone, kpi.value), (kpi.key, flt, day, alone, kpi.value)


def test_a_group_is_computed_once_per_day_and_kept_for_its_data_version(demo_db: Database) -> None:
    values = GoalValues(version=1)
    values.value(demo_db, "task_overdue", TODAY, ALL_ACCOUNTS)
    values.value(demo_db, "checklist_progress", TODAY, ALL_ACCOUNTS)  # same group, same day
    assert values.computed == 1
    assert values.for_version(1) is values
    assert values.for_version(2) is not values and values.for_version(2).computed == 0


def test_goals_evaluated_twice_read_the_cache(demo_db: Database) -> None:
    goals = list_goals(demo_db)
    assert goals, "the demo has goals"
    values = GoalValues(version=0)
    steps: list[tuple[int, int]] = []
    first = evaluate_all(demo_db, goals, TODAY, values, step=lambda d, t: steps.append((d, t)))
    assert steps[-1] == (len(goals), len(goals))
    computed = values.computed
    again = evaluate_all(demo_db, goals, TODAY, values)
    assert values.computed == computed
    assert [(p.status, p.current, p.forecast) for p in again] == [
        (p.status, p.current, p.forecast) for p in first]


def test_task_counts_of_several_days_in_one_pass_are_each_days_own(demo_db: Database) -> None:
    from tracker.kpi.goal_values import task_counts_of_days
    from tracker.kpi.rates import all_task_counts

    days = [TODAY - timedelta(days=d) for d in (0, 31, 90, 400)]
    together = task_counts_of_days(demo_db, days)
    for day, counts in zip(days, together, strict=True):
        assert counts.tobytes() == all_task_counts(demo_db, day).tobytes(), day


def test_recent_days_task_counts_come_from_the_summary_and_are_each_days_own(demo_db: Database) -> None:
    """The goals' recent month ends and the period before: the summary's day ranges, read
    once for all the days, give each day's own counts."""
    from tests.statements import traced
    from tracker.kpi.goal_values import task_counts_of_days
    from tracker.kpi.rates import all_task_counts

    days = [TODAY - timedelta(days=d) for d in (0, 15, 30, 61)]
    together: list[object] = []
    seen = traced(demo_db, lambda: together.extend(task_counts_of_days(demo_db, days)))
    assert any("FROM task_summary" in s for s in seen)
    for day, counts in zip(days, together, strict=True):
        assert counts.tobytes() == all_task_counts(demo_db, day).tobytes(), day  # type: ignore[attr-defined]


def test_contact_counts_of_several_days_in_one_pass_are_each_days_own(demo_db: Database) -> None:
    from tracker.kpi.goal_values import contact_counts_of_days
    from tracker.kpi.rates import all_contact_counts

    days = [TODAY - timedelta(days=d) for d in (0, 31, 90, 400)]
    together = contact_counts_of_days(demo_db, days)
    for day, counts in zip(days, together, strict=True):
        assert counts.tobytes() == all_contact_counts(demo_db, day).tobytes(), day


@pytest.mark.parametrize("kpis", [("task_overdue", "checklist_progress"), ("activation",)])
def test_the_days_goals_ask_for_are_read_ahead_and_change_nothing(demo_db: Database,
                                                                  kpis: tuple[str, ...]) -> None:
    from tracker.kpi.goals import asked_days

    goals = [g for g in list_goals(demo_db) if g.kpi in kpis]
    assert goals, f"the demo has {kpis} goals"
    ahead, alone = GoalValues(version=0), GoalValues(version=0)
    asked: list[date] = [d for g in goals for d in asked_days(g, TODAY)]
    assert len(set(asked)) > 1
    with_read = evaluate_all(demo_db, goals, TODAY, ahead)
    kept = ahead._sources.contacts if kpis == ("activation",) else ahead._sources.tasks  # type: ignore[union-attr]
    assert set(asked) <= set(kept)
    without = [evaluate(demo_db, g, TODAY, alone) for g in goals]  # one day at a time
    assert [(p.status, p.current, p.forecast, p.history) for p in with_read] == [
        (p.status, p.current, p.forecast, p.history) for p in without]


def test_several_days_counts_hold_the_collector(demo_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """The days' passes build tens of thousands of acyclic tuples: collected for nothing."""
    import gc

    import tracker.kpi.goal_values as goal_values
    from tracker.kpi.health_factors import fold_task_counts as real

    seen: list[bool] = []

    def fold(rows: object) -> object:
        seen.append(gc.isenabled())
        return real(rows)  # type: ignore[arg-type]

    monkeypatch.setattr(goal_values, "fold_task_counts", fold)
    days = [TODAY - timedelta(days=d) for d in (0, 30)]
    goal_values.task_counts_of_days(demo_db, days)
    goal_values.contact_counts_of_days(demo_db, days)
    assert seen and not any(seen) and gc.isenabled()
