"""Goal values computed ahead (what the dashboard's trends job does) are the values the
evaluation would compute itself, and leave only the seeded day for the numbers."""

from __future__ import annotations

import pytest
from sqlite_utils import Database

from tests.conftest import TODAY
from tracker.kpi.filters import ALL_ACCOUNTS
from tracker.kpi.goal_values import GoalValues, NotCached
from tracker.kpi.goals import asked_days, evaluate_all, read_history, scope_matches
from tracker.kpi.report import portfolio_kpis
from tracker.queries.signals import list_goals


def test_history_read_ahead_then_seeded_numbers_answer_every_goal(demo_db: Database) -> None:
    goals = [g for g in list_goals(demo_db, open_only=True) if scope_matches(g, ALL_ACCOUNTS)]
    assert goals and any(len(asked_days(g, TODAY)) > 1 for g in goals)
    expected = evaluate_all(demo_db, goals, TODAY, GoalValues())

    values = GoalValues(1)
    read_history(demo_db, goals, TODAY, values, skip=TODAY)
    with pytest.raises(NotCached):  # today's values are not there yet: the numbers bring them
        evaluate_all(demo_db, goals, TODAY, values.cached_only())
    values.seed(portfolio_kpis(demo_db, TODAY, ALL_ACCOUNTS), TODAY, ALL_ACCOUNTS, 90)
    assert evaluate_all(demo_db, goals, TODAY, values.cached_only()) == expected


def test_without_a_seeded_day_every_value_is_read_ahead(demo_db: Database) -> None:
    goals = list_goals(demo_db, open_only=True)
    values = GoalValues(1)
    read_history(demo_db, goals, TODAY, values)
    assert evaluate_all(demo_db, goals, TODAY, values.cached_only()) == evaluate_all(
        demo_db, goals, TODAY, GoalValues())
