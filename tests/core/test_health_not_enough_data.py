"""Issue 17: a brand-new account has no health score ("Not enough data yet"), on every surface.

The rule is :func:`tracker.kpi.health.enough_data`; here every surface that shows health
is asked about the same two accounts: a brand-new one (fresh playbook, nothing due yet)
and a worked one.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlite_utils import Database

from tests.core.test_kpi_builders import AS_OF, add_account, add_activity, add_contact, add_task
from tracker.cli import main
from tracker.excel.report_data import accounts_sheet
from tracker.kpi.filters import ALL_ACCOUNTS
from tracker.kpi.health import DEFAULT_WEIGHTS, health_scores, score_array, set_health_weights
from tracker.kpi.report import portfolio_kpis
from tracker.kpi.series import health_distribution
from tracker.labels import label
from tracker.queries.portfolio import account_rows, today_data
from tracker.rules import HEALTH_NOT_ENOUGH_DATA, REASON_NO_FIRST_VALUE
from tracker.services.accounts import create_account


def _new_account(db: Database) -> int:
    """What New account makes: signed today, the initial playbook's first step due tomorrow."""
    playbook = db.conn.execute("SELECT id FROM playbook WHERE kind = 'initial' ORDER BY id"
                               " LIMIT 1").fetchone()[0]
    written = create_account(db, {"name": "Fresh", "signed_date": AS_OF.isoformat()},
                             playbook_id=playbook, today=AS_OF)
    return int(written.value)


def _worked_account(db: Database) -> int:
    a = add_account(db, name="Worked", signed="2026-05-01")
    add_task(db, a, "2026-05-10", "done", "2026-05-09")  # done and due: evidence
    db.conn.commit()
    return a


@pytest.fixture
def pair(db: Database) -> tuple[int, int]:
    return _new_account(db), _worked_account(db)


def test_a_brand_new_account_has_no_score_and_says_why(db: Database, pair: tuple[int, int]) -> None:
    fresh, worked = pair
    scores = health_scores(db, AS_OF)
    assert scores[fresh].score is None and scores[fresh].band is None
    assert scores[fresh].reason == HEALTH_NOT_ENOUGH_DATA
    # Its checklist exists but nothing is due: progress is "on plan" by default, and that
    # default (like the first-value factor before day 91) is no evidence.
    f = {x.factor: x for x in scores[fresh].factors}
    assert f["progress"].sub_score == 100.0 and f["progress"].raw == 0.0
    assert f["first_value"].sub_score == 100.0
    # No score, so no factor carries weight or points in its explanation.
    assert all(x.effective_weight == 0 and x.contribution == 0 for x in scores[fresh].factors)
    assert scores[worked].score is not None and scores[worked].reason is None
    ids, arr = score_array(db, AS_OF)
    by_id = dict(zip(ids.tolist(), arr.tolist(), strict=True))
    assert by_id[fresh] != by_id[fresh]  # NaN
    assert by_id[worked] == pytest.approx(scores[worked].score)


@pytest.mark.parametrize("evidence", ["task_due", "contact", "touch"])
def test_any_evidence_gives_a_score(db: Database, evidence: str) -> None:
    a = add_account(db, signed="2026-06-01")  # 14 days: first value not due yet
    if evidence == "task_due":
        add_task(db, a, "2026-06-10")  # due and open: progress 0 (behind plan), on time 0
    elif evidence == "contact":
        add_contact(db, a, "2026-06-02")  # invited, not activated: activation 0
    else:
        add_activity(db, a, "2026-06-14")
    score = health_scores(db, AS_OF)[a]
    assert score.score is not None and score.reason is None


def test_a_factor_weighed_zero_is_no_evidence(db: Database) -> None:
    a = add_account(db, signed="2026-06-01")
    add_activity(db, a, "2026-06-14")  # engagement is its only evidence
    set_health_weights(db, {**DEFAULT_WEIGHTS, "engagement": 0, "progress": 40})
    assert health_scores(db, AS_OF)[a].score is None


def test_old_account_without_data_is_at_risk_by_the_90_day_rule_only(db: Database) -> None:
    a = add_account(db, name="Old", signed="2026-01-01")  # day 165, no first value
    db.conn.commit()
    assert health_scores(db, AS_OF)[a].score is None
    (row,) = account_rows(db, AS_OF)
    assert row.health is None and row.reasons == (REASON_NO_FIRST_VALUE,)


def test_every_surface_agrees(db: Database, db_path: Path, pair: tuple[int, int],
                              capsys: pytest.CaptureFixture[str]) -> None:
    fresh, worked = pair
    rows = {r.id: r for r in account_rows(db, AS_OF)}
    assert rows[fresh].health is None and not rows[fresh].at_risk  # never at risk for health
    assert rows[worked].health is not None
    assert all(r.id != fresh for r in today_data(db, AS_OF).at_risk)
    # KPI and dashboard: the average and the bins leave it out and count it apart.
    worked_score = health_scores(db, AS_OF)[worked].score
    kpis = {k.key: k for k in portfolio_kpis(db, AS_OF)}
    assert kpis["health"].value == pytest.approx(worked_score)
    assert kpis["health"].denominator == 1
    dist = health_distribution(db, AS_OF)
    assert (sum(dist.counts), dist.no_data) == (1, 1)
    assert dist.green + dist.yellow + dist.red == 1
    # The report: no number, the words instead.
    sheet = accounts_sheet(db, AS_OF, ALL_ACCOUNTS)
    h = [c.header for c in sheet.columns]
    by_id = {r[0]: r for r in sheet.rows}
    assert by_id[fresh][h.index("Health")] is None
    assert by_id[fresh][h.index("Health band")] == label("band", HEALTH_NOT_ENOUGH_DATA)
    assert by_id[fresh][h.index("Health band")] == "Not enough data yet"
    assert by_id[fresh][h.index("At risk")] == ""
    assert by_id[worked][h.index("Health")] is not None
    # The CLI's KPI JSON: the same average, over the one scored account.
    assert main(["kpis", "--db", str(db_path), "--as-of", AS_OF.isoformat(), "--json"]) == 0
    data = {k["key"]: k for k in json.loads(capsys.readouterr().out)["kpis"]}
    assert data["health"]["value"] == pytest.approx(worked_score)
    assert data["health"]["denominator"] == 1


def test_no_account_with_a_score_gives_no_average(db: Database) -> None:
    _new_account(db)
    health = {k.key: k for k in portfolio_kpis(db, AS_OF)}["health"]
    assert health.value is None
    dist = health_distribution(db, AS_OF)
    assert (sum(dist.counts), dist.no_data) == (0, 1)
