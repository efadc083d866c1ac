"""Health score: factor sub-scores, weight redistribution for missing data, bands, weights."""

from __future__ import annotations

import pytest
from sqlite_utils import Database

from tests.core.test_kpi_builders import (
    AS_OF,
    add_account,
    add_activity,
    add_contact,
    add_feedback,
    add_task,
)
from tracker.domain import ValidationError
from tracker.kpi.health import (
    DEFAULT_WEIGHTS,
    get_health_weights,
    health_band,
    health_scores,
    set_health_weights,
)
from tracker.rules import HEALTH_NOT_ENOUGH_DATA
from tracker.services.tasks import set_task_status


def _account_without_contacts_or_feedback(db: Database) -> int:
    a = add_account(db, signed="2026-05-01")  # 45 days, no first value yet: not flagged
    add_task(db, a, "2026-05-10", "done", "2026-05-09")
    add_task(db, a, "2026-05-20")  # overdue
    add_task(db, a, "2026-06-20")
    add_task(db, a, "2026-06-30", "done", "2026-06-01")  # done early
    add_activity(db, a, "2026-05-26")  # 20 days ago
    add_activity(db, a, "2026-07-01")  # after as_of: ignored
    return a


def test_missing_factors_hand_their_weight_to_the_others(db: Database) -> None:
    a = _account_without_contacts_or_feedback(db)
    score = health_scores(db, AS_OF)[a]
    f = {x.factor: x for x in score.factors}
    assert (f["progress"].raw, f["progress"].sub_score) == (50.0, 100.0)  # 2 of 4 done, 2 of 4 due
    assert f["on_time"].sub_score == pytest.approx(50.0)  # 1 of 2 due tasks overdue
    assert f["activation"].sub_score is None and f["sentiment"].sub_score is None
    # The last touch is the task done on 1 June (14 days), not the call 20 days ago: ticking
    # a task counts as activity (issue 17), so this expectation moved from 20 to 14 days.
    assert f["engagement"].raw == 14.0
    engagement = (60 - 14) / (60 - 7) * 100
    assert f["engagement"].sub_score == pytest.approx(engagement)
    assert (f["first_value"].raw, f["first_value"].sub_score) == (45.0, 100.0)
    # 15 + 15 of weight missing: the remaining 70 are scaled up to 100.
    assert f["progress"].effective_weight == pytest.approx(25 * 100 / 70)
    assert f["activation"].effective_weight == 0.0
    expected = (100 * 25 + 50 * 20 + engagement * 15 + 100 * 10) / 70
    assert score.score == pytest.approx(expected)
    assert sum(x.contribution for x in score.factors) == pytest.approx(expected)
    assert score.band == "green"


def test_sentiment_uses_the_latest_response_and_activation_the_contacts(db: Database) -> None:
    a = add_account(db, signed="2026-01-01", fv="2026-02-01")
    add_feedback(db, a, "csat", 2, "2026-05-01")
    add_feedback(db, a, "nps", 8, "2026-05-10")
    add_feedback(db, a, "csat", 1, "2026-07-01")  # after as_of
    add_contact(db, a, "2026-01-05", "2026-01-06")
    add_contact(db, a, "2026-01-05")
    f = {x.factor: x for x in health_scores(db, AS_OF)[a].factors}
    assert f["sentiment"].sub_score == pytest.approx(80.0)
    assert f["activation"].sub_score == pytest.approx(50.0)
    assert f["first_value"].raw == 31.0
    assert health_scores(db, AS_OF.replace(month=5, day=5))[a].factors[3].sub_score == 25.0  # CSAT 2


def test_ninety_day_rule_zeroes_first_value(db: Database) -> None:
    a = add_account(db, signed="2026-01-01")
    add_activity(db, a, "2026-06-15")
    score = health_scores(db, AS_OF)[a]
    assert score.factors[5].sub_score == 0.0
    # Only engagement (100) and first value (0) have data: 15 and 10 of weight.
    assert score.score == pytest.approx(100 * 15 / 25)
    assert score.band == "yellow"


def test_account_with_no_data_at_all_has_no_score(db: Database) -> None:
    # Issue 17: this was "red, 0"; an account nobody knows anything about now has no score
    # and says why, instead of a number that pretends to know.
    a = add_account(db, signed=None)
    score = health_scores(db, AS_OF)[a]
    assert (score.score, score.band, score.reason) == (None, None, HEALTH_NOT_ENOUGH_DATA)
    assert all(x.sub_score is None and x.effective_weight == 0 for x in score.factors)


def test_only_the_requested_accounts_are_scored(db: Database) -> None:
    a, b = add_account(db), add_account(db)
    assert set(health_scores(db, AS_OF, [b])) == {b}
    assert set(health_scores(db, AS_OF)) == {a, b}
    assert health_scores(db, AS_OF, []) == {}


@pytest.mark.parametrize(("score", "band"), [(100, "green"), (70, "green"), (69.99, "yellow"),
                                             (40, "yellow"), (39.99, "red"), (0, "red")])
def test_bands(score: float, band: str) -> None:
    assert health_band(score) == band


def test_weights_round_trip_and_change_the_score(db: Database) -> None:
    assert get_health_weights(db) == DEFAULT_WEIGHTS
    a = _account_without_contacts_or_feedback(db)
    new = {"progress": 0, "on_time": 100, "activation": 0, "sentiment": 0, "engagement": 0,
           "first_value": 0, "checkins": 0}
    change = set_health_weights(db, new)
    assert change.kpis
    # Schema 3's signal factors, left out by this caller, keep their weight of 0.
    assert get_health_weights(db) == {**new, "open_cases": 0, "case_volume": 0, "trial": 0}
    assert health_scores(db, AS_OF)[a].score == pytest.approx(50.0)


@pytest.mark.parametrize("weights", [
    {**DEFAULT_WEIGHTS, "progress": 26},
    {**DEFAULT_WEIGHTS, "progress": -5, "on_time": 50},
    {**DEFAULT_WEIGHTS, "mood": 0},
    {k: v for k, v in DEFAULT_WEIGHTS.items() if k != "progress"},
    {**DEFAULT_WEIGHTS, "progress": float("nan")},
])
def test_bad_weights_are_refused_and_change_nothing(db: Database, weights: dict[str, float]) -> None:
    with pytest.raises(ValidationError):
        set_health_weights(db, weights)
    assert get_health_weights(db) == DEFAULT_WEIGHTS


def test_ticking_a_task_raises_health(db: Database) -> None:
    a = _account_without_contacts_or_feedback(db)
    overdue = int(db.conn.execute("SELECT id FROM task WHERE due_date = '2026-05-20'").fetchone()[0])
    before = health_scores(db, AS_OF, [a])[a].score
    set_task_status(db, overdue, "done", today=AS_OF)
    after = health_scores(db, AS_OF, [a])[a].score
    assert before is not None and after is not None and after > before
