"""The at-risk thresholds are the database's: bands, engagement and at-risk lists follow them."""

from __future__ import annotations

import pytest
from sqlite_utils import Database

from tests.core.test_kpi_builders import AS_OF, add_account, add_activity, add_task
from tracker.domain import ValidationError
from tracker.kpi.health import health_scores
from tracker.kpi.rates import average_health
from tracker.queries.portfolio import account_rows, at_risk_rows
from tracker.rules import DEFAULT_THRESHOLDS, RiskThresholds, health_band, risk_thresholds
from tracker.services.preferences import set_risk_thresholds


def _account(db: Database) -> int:
    """Progress 100, on time 50, engagement 14 days since the last touch (the task done on
    1 June counts, tracker.rules.last_touch_sql), first value 100 (no contacts, no survey):
    70 of the weight is known (see test_kpi_health)."""
    a = add_account(db, signed="2026-05-01")
    add_task(db, a, "2026-05-10", "done", "2026-05-09")
    add_task(db, a, "2026-05-20")
    add_task(db, a, "2026-06-20")
    add_task(db, a, "2026-06-30", "done", "2026-06-01")
    add_activity(db, a, "2026-05-26")
    return a


def test_defaults_are_unchanged(db: Database) -> None:
    assert risk_thresholds(db) == DEFAULT_THRESHOLDS == RiskThresholds(70, 40, 7, 60)
    assert [health_band(s) for s in (70, 69.9, 40, 39.9)] == ["green", "yellow", "yellow", "red"]


def test_band_limits_move_the_band(db: Database) -> None:
    a = _account(db)
    before = health_scores(db, AS_OF)[a]
    assert before.score == pytest.approx((2500 + 1000 + 46 / 53 * 100 * 15 + 1000) / 70)  # 82.9
    assert before.band == "green"
    set_risk_thresholds(db, RiskThresholds(90, 85, 7, 60))
    after = health_scores(db, AS_OF)[a]
    assert after.score == pytest.approx(before.score)
    assert after.band == "red"
    assert average_health(db, AS_OF).band == "red"
    (row,) = at_risk_rows(account_rows(db, AS_OF))
    assert (row.id, row.reasons) == (a, ("health_red",))


def test_engagement_days_change_the_score(db: Database) -> None:
    a = _account(db)
    set_risk_thresholds(db, RiskThresholds(70, 40, 7, 30))
    engagement = (30 - 14) / (30 - 7) * 100
    score = health_scores(db, AS_OF)[a]
    f = {x.factor: x for x in score.factors}
    assert f["engagement"].sub_score == pytest.approx(engagement)
    assert score.score == pytest.approx((2500 + 1000 + engagement * 15 + 1000) / 70)  # 79.2


@pytest.mark.parametrize("limits", [RiskThresholds(40, 40, 7, 60), RiskThresholds(70, 40, 60, 60),
                                    RiskThresholds(101, 40, 7, 60), RiskThresholds(70, -1, 7, 60)])
def test_inconsistent_limits_are_refused(db: Database, limits: RiskThresholds) -> None:
    with pytest.raises(ValidationError):
        set_risk_thresholds(db, limits)
    assert risk_thresholds(db) == DEFAULT_THRESHOLDS


def test_a_broken_stored_set_gives_the_defaults(db: Database) -> None:
    with db.conn:
        db.conn.execute("INSERT INTO setting (key, value) VALUES ('health_green_from', '10')")
    assert risk_thresholds(db) == DEFAULT_THRESHOLDS  # green below yellow: not usable
