"""Goals, trials, support cases and maturity: the core, against hand-computed numbers."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from sqlite_utils import Database

from tests.core.test_kpi_builders import AS_OF, add_account, add_contact, one
from tracker.domain import ValidationError
from tracker.kpi.goals import evaluate, linear_forecast, month_ends
from tracker.kpi.health import get_health_weights, health_scores, set_health_weights
from tracker.kpi.report import portfolio_kpis
from tracker.kpi.signals import maturity_distribution
from tracker.services import goals as goal_service
from tracker.services import signals
from tracker.storage.db import open_database

DATA = Path(__file__).resolve().parents[1] / "data"


# --- goals ------------------------------------------------------------------------------

def test_linear_forecast_by_hand() -> None:
    # x = 0, 1, 2; y = 0, 1, 3: slope 1.5, intercept 4/3 - 1.5 = -1/6; at 4: 5.8333...
    assert linear_forecast([(0, 0), (1, 1), (2, 3)], 4) == pytest.approx(-1 / 6 + 6)
    assert linear_forecast([(0, 0), (1, 1)], 4) is None
    assert linear_forecast([(1, 0), (1, 1), (1, 2)], 4) is None


def test_month_ends_strictly_between() -> None:
    assert month_ends(date(2026, 1, 31), date(2026, 3, 31)) == [date(2026, 2, 28)]
    assert month_ends(date(2026, 1, 15), date(2026, 4, 1)) == [
        date(2026, 1, 31), date(2026, 2, 28), date(2026, 3, 31)]


def _activation_portfolio(db: Database) -> None:
    """Four contacts invited 5 Jan; activated 20 Jan, 20 Feb, 20 Mar: 25 %, 50 %, 75 %."""
    a = add_account(db, signed="2026-01-01")
    for activated in ("2026-01-20", "2026-02-20", "2026-03-20", None):
        add_contact(db, a, "2026-01-05", activated)
    db.conn.commit()


def test_goal_records_its_baseline_and_forecasts_by_a_line(db: Database) -> None:
    _activation_portfolio(db)
    written = goal_service.create_goal(db, {
        "name": "Everyone active", "kpi": "activation", "target": 100,
        "start_date": "2026-01-31", "deadline": "2026-06-30"})
    assert written.change.goals
    goal = goal_service.get_goal(db, written.value)
    assert goal.baseline == pytest.approx(25.0)
    assert goal.direction == "up"
    progress = evaluate(db, goal, date(2026, 3, 31))
    # Points (days since start, %): (0, 25), (28, 50) on 28 Feb, (59, 75) on 31 Mar.
    # Means 29 and 50; Sxy = 29*25 + 30*25 = 1475; Sxx = 841 + 1 + 900 = 1742;
    # the deadline is 150 days after the start.
    assert [v for _d, v in progress.history] == pytest.approx([25.0, 50.0, 75.0])
    assert progress.forecast == pytest.approx(50 + 1475 / 1742 * (150 - 29))
    assert progress.current == pytest.approx(75.0)
    assert progress.progress == pytest.approx(50 / 75)
    assert progress.status == "on_track"


def test_goal_without_history_judges_by_elapsed_time(db: Database) -> None:
    _activation_portfolio(db)
    gid = goal_service.create_goal(db, {
        "name": "g", "kpi": "activation", "target": 100, "start_date": "2026-01-31",
        "deadline": "2026-06-30"}).value
    early = evaluate(db, goal_service.get_goal(db, gid), date(2026, 2, 10))
    assert early.forecast is None and not early.enough_history
    assert early.status == "behind"  # no progress after 10 of 150 days


def test_close_goal_met_or_missed_and_undo(db: Database) -> None:
    _activation_portfolio(db)
    gid = goal_service.create_goal(db, {
        "name": "g", "kpi": "activation", "target": 100, "start_date": "2026-01-31",
        "deadline": "2026-04-30"}).value
    written = goal_service.close_goal(db, gid, date(2026, 3, 31))
    goal = goal_service.get_goal(db, gid)
    assert (goal.outcome, goal.final_value, goal.closed_date) == ("missed", 75.0, "2026-03-31")
    assert evaluate(db, goal, AS_OF).status == "missed"
    goal_service.GOALS.update(db, gid, written.value)
    assert goal_service.get_goal(db, gid).closed_date is None
    easy = goal_service.create_goal(db, {
        "name": "easy", "kpi": "activation", "target": 70, "start_date": "2026-01-31",
        "deadline": "2026-04-30"}).value
    goal_service.close_goal(db, easy, date(2026, 3, 31))
    assert goal_service.get_goal(db, easy).outcome == "met"
    assert [g.id for g in goal_service.list_goals(db, open_only=True)] == [gid]


def test_lower_is_better_goal_defaults_down_and_scopes(db: Database) -> None:
    add_account(db, owner="Ann")
    db.conn.commit()
    gid = goal_service.create_goal(db, {
        "name": "Fewer overdue", "kpi": "task_overdue", "target": 10, "scope_kind": "owner",
        "scope_value": "Ann", "start_date": "2026-05-01", "deadline": "2026-07-01"}).value
    assert goal_service.get_goal(db, gid).direction == "down"


@pytest.mark.parametrize("bad", [
    {"kpi": "happiness"},
    {"deadline": "2026-01-01"},
    {"scope_kind": "owner", "scope_value": ""},
    {"scope_kind": "cohort", "scope_value": "2026-13"},
])
def test_goal_refusals(db: Database, bad: dict[str, object]) -> None:
    values = {"name": "g", "kpi": "activation", "target": 50, "start_date": "2026-02-01",
              "deadline": "2026-05-01", **bad}
    with pytest.raises(ValidationError):
        goal_service.create_goal(db, values)


# --- trials -----------------------------------------------------------------------------

def test_trial_conversion_and_time_to_convert(db: Database) -> None:
    # Period: the 90 days to 15 June, from 17 March.
    for start, end, converted in (
        ("2026-03-01", "2026-03-31", "2026-03-25"),  # decided 25 Mar (in), converted after 24 d
        ("2026-04-01", "2026-04-30", None),          # decided 30 Apr (in), lost at 29 d
        ("2026-05-20", "2026-06-30", None),          # still running: open at 26 d
        ("2026-01-01", "2026-01-31", "2026-02-10"),  # decided 31 Jan (out), converted after 40 d
    ):
        a = add_account(db)
        signals.TRIALS.create(db, {"account_id": a, "start_date": start, "end_date": end,
                                   "converted_date": converted})
    kpis = portfolio_kpis(db, AS_OF, period_days=90)
    conversion = one(kpis, "trial_conversion")
    assert (conversion.value, conversion.numerator, conversion.denominator) == (50.0, 1, 2)
    # Kaplan-Meier: event at 24 d with 4 at risk (S = 0.75), censored at 26 and 29 d,
    # event at 40 d with 1 at risk (S = 0): the median is 40 days.
    assert one(kpis, "ttc_median").value == 40.0


def test_trial_dates_in_order(db: Database) -> None:
    a = add_account(db)
    with pytest.raises(ValidationError):
        signals.TRIALS.create(db, {"account_id": a, "start_date": "2026-03-01",
                                   "converted_date": "2026-02-01"})
    trial = signals.TRIALS.create(db, {"account_id": a, "start_date": "2026-03-01",
                                       "end_date": "2026-03-31"}).value
    signals.convert_trial(db, trial, date(2026, 3, 20))
    assert signals.trial_of(db, a).converted_date == "2026-03-20"  # type: ignore[union-attr]


# --- support cases ----------------------------------------------------------------------

def test_case_kpis_and_health_against_the_segment_norm(db: Database) -> None:
    x, y = add_account(db, name="X"), add_account(db, name="Y")
    lonely = add_account(db, name="Z", segment_id=None)
    db.conn.execute("INSERT INTO segment (name) VALUES ('Quiet')")
    seg = int(db.conn.execute("SELECT id FROM segment WHERE name = 'Quiet'").fetchone()[0])
    db.conn.execute("UPDATE account SET segment_id = ? WHERE id = ?", (seg, lonely))
    db.conn.commit()
    for opened, closed in (("2026-06-01", None), ("2026-06-10", None), ("2026-01-10", "2026-01-20")):
        signals.SUPPORT_CASES.create(db, {"account_id": x, "opened_date": opened,
                                          "closed_date": closed, "severity": "high"})
    kpis = portfolio_kpis(db, AS_OF, period_days=90)
    assert one(kpis, "open_cases").value == 2
    assert one(kpis, "cases_per_account").value == pytest.approx(2 / 3)
    # At weight 0 (the default) the signal factors are not computed: they change no score,
    # and their segment norm would cost a read of every account on each tick.
    fx0 = {f.factor: f for f in health_scores(db, AS_OF)[x].factors}
    assert fx0["open_cases"].sub_score is None and fx0["open_cases"].effective_weight == 0
    weights = {**get_health_weights(db), "progress": 0, "on_time": 0, "activation": 0,
               "sentiment": 0, "engagement": 0, "first_value": 0, "open_cases": 50,
               "case_volume": 50}
    set_health_weights(db, weights)
    scores = health_scores(db, AS_OF)
    # Group without a segment: X and Y. Open: 2 and 0, norm 1; opened in 90 days: 2 and 0, norm 1.
    # X: 1 - (2 - 1) / 1 = 0; Y at or below the norm: 100. Z's group has no case: no data.
    fx = {f.factor: f for f in scores[x].factors}
    fy = {f.factor: f for f in scores[y].factors}
    fz = {f.factor: f for f in scores[lonely].factors}
    assert (fx["open_cases"].sub_score, fx["case_volume"].sub_score) == (0.0, 0.0)
    assert (fy["open_cases"].sub_score, fy["case_volume"].sub_score) == (100.0, 100.0)
    assert fz["open_cases"].sub_score is None
    assert health_scores(db, AS_OF)[y].score == pytest.approx(100.0)
    assert health_scores(db, AS_OF)[x].score == pytest.approx(0.0)


def test_case_closed_before_opened_is_refused(db: Database) -> None:
    a = add_account(db)
    with pytest.raises(ValidationError) as err:
        signals.SUPPORT_CASES.create(db, {"account_id": a, "opened_date": "2026-03-01",
                                          "closed_date": "2026-02-01"})
    assert err.value.field == "closed_date"


# --- maturity ---------------------------------------------------------------------------

def test_maturity_kpis_distribution_and_next_level(db: Database) -> None:
    levels = signals.ladder(db)
    assert [lv.name for lv in levels] == ["Getting started", "Basic use", "Established",
                                          "Advanced", "Champion"]
    p, q = add_account(db, name="P"), add_account(db, name="Q")
    db.conn.commit()
    for account, steps in ((p, ((0, "2026-01-10"), (1, "2026-03-01"), (2, "2026-05-01"))),
                           (q, ((0, "2026-02-01"), (1, "2026-02-21")))):
        for level, reached in steps:
            signals.record_level(db, account, levels[level].id, date.fromisoformat(reached))
    kpis = portfolio_kpis(db, AS_OF, period_days=90)
    # Moves up: P 50 d and 61 d, Q 20 d: median 50. In the 90 days from 17 March only P's.
    assert one(kpis, "maturity_advanced").value == 50.0
    assert one(kpis, "maturity_time").value == 50.0
    dist = maturity_distribution(db, AS_OF)
    assert [n for _p, _name, n in dist.levels] == [0, 1, 1, 0, 0] and dist.unrated == 0
    assert signals.next_level(db, p) == levels[3]
    assert signals.start_next_level(db, p, AS_OF) is None  # no playbook tied to Advanced
    db.conn.execute("INSERT INTO playbook (name) VALUES ('Advanced use')")
    pb = int(db.conn.execute("SELECT id FROM playbook WHERE name = 'Advanced use'").fetchone()[0])
    db.conn.execute("INSERT INTO playbook_step (playbook_id, position, title, stage, offset_days)"
                    " VALUES (?, 1, 'Automation workshop', 'Expand', 7)", (pb,))
    db.conn.commit()
    signals.tie_playbook(db, pb, levels[3].id)
    started = signals.start_next_level(db, p, AS_OF)
    assert started is not None and started.change.tasks
    assert db.conn.execute("SELECT title, due_date FROM task WHERE account_id = ?", (p,)
                           ).fetchall() == [("Automation workshop", "2026-06-22")]
    with pytest.raises(ValidationError):
        signals.delete_level(db, levels[0].id)


# --- migration --------------------------------------------------------------------------

@pytest.mark.parametrize("version", [1, 2])
def test_old_files_gain_the_new_tables_and_keep_their_weights(version: int, tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    shutil.copy(DATA / f"schema_v{version}.db", path)
    db = open_database(path)
    try:
        weights = get_health_weights(db)
        assert sum(weights.values()) == pytest.approx(100.0)
        assert (weights["open_cases"], weights["case_volume"], weights["trial"]) == (0, 0, 0)
        assert len(signals.ladder(db)) == 5
        assert goal_service.list_goals(db) == []
    finally:
        db.conn.close()
