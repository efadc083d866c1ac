"""portfolio_kpis, dashboard_data and the ``kpis`` command show the same numbers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlite_utils import Database

from tests.conftest import TODAY
from tests.core.test_kpi_builders import AS_OF, add_account, add_contact, one
from tracker.cli import main
from tracker.kpi import dashboard_data, portfolio_kpis
from tracker.kpi.filters import KpiFilter
from tracker.kpi.rates import activation_rate

KEYS = ["activation", "golive_on_time", "ttfv_median", "ttfv_p75", "ttfv_p90", "ttgl_median",
        "ttgl_p75", "ttgl_p90", "task_overdue", "checklist_progress", "dropoff_embark",
        "dropoff_handoff", "dropoff_kickoff", "dropoff_adopt", "dropoff_review", "csat", "nps",
        "retention", "churn", "grr", "nrr", "feature_adoption", "ninety_day", "health", "cltv",
        "cltv_projected", "trial_conversion", "ttc_median", "open_cases", "cases_per_account",
        "maturity_advanced", "maturity_time"]


def test_empty_database_gives_every_kpi_without_a_value(db: Database) -> None:
    kpis = portfolio_kpis(db, AS_OF)
    assert [k.key for k in kpis] == KEYS
    assert all(k.value is None for k in kpis)
    data = dashboard_data(db, AS_OF)
    assert data.health.counts == (0,) * 10
    assert data.cohorts.cohorts == ()


def test_portfolio_kpis_agree_with_the_single_kpi_functions(demo_db: Database) -> None:
    flt = KpiFilter(owners=("Ben Carter",))
    kpis = portfolio_kpis(demo_db, TODAY, flt)
    assert one(kpis, "activation") == activation_rate(demo_db, TODAY, flt)
    assert all(k.value is not None for k in kpis if k.key not in ("ttfv_p90", "ttgl_p90", "cltv"))


def test_dashboard_trend_is_the_previous_period(demo_db: Database) -> None:
    data = dashboard_data(demo_db, TODAY, period_days=30)
    earlier = portfolio_kpis(demo_db, TODAY.replace(month=5, day=16), period_days=30)
    assert data.previous == {k.key: k for k in earlier}
    assert data.kpi("health") == one(portfolio_kpis(demo_db, TODAY, period_days=30), "health")
    assert len(data.golive_on_time.months) == 12 and data.golive_on_time.months[-1] == "2026-06"
    assert sum(data.health.counts) == data.health.green + data.health.yellow + data.health.red


def _file_with_one_account(db: Database, db_path: Path) -> None:
    a = add_account(db, owner="Ann")
    add_contact(db, a, "2026-01-05", "2026-01-06")
    add_contact(db, a, "2026-01-05")
    db.conn.commit()


def test_cli_table(db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _file_with_one_account(db, db_path)
    assert main(["kpis", "--db", str(db_path), "--as-of", "2026-06-15"]) == 0
    out = capsys.readouterr().out
    assert "KPIs as of 2026-06-15" in out
    line = next(x for x in out.splitlines() if x.startswith("Activation rate"))
    assert "50.0 %" in line and "1 of 2 invited contacts activated" in line
    assert "no data" in next(x for x in out.splitlines() if x.startswith("CSAT"))


def test_cli_json_matches_portfolio_kpis(db: Database, db_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    _file_with_one_account(db, db_path)
    assert main(["kpis", "--db", str(db_path), "--as-of", "2026-06-15", "--json",
                 "--owner", "Ann"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [k["key"] for k in data["kpis"]] == KEYS
    assert data["kpis"][0]["value"] == pytest.approx(50.0)
    assert data["kpis"][0]["value"] == portfolio_kpis(db, AS_OF)[0].value
    assert main(["kpis", "--db", str(db_path), "--as-of", "2026-06-15", "--json",
                 "--owner", "Nobody"]) == 0
    assert json.loads(capsys.readouterr().out)["kpis"][0]["value"] is None


def test_cli_refuses_unknown_segment_and_missing_file(db_path: Path, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["kpis", "--db", str(db_path), "--segment", "Nope"]) == 1
    assert "No segment named 'Nope'" in capsys.readouterr().err
    assert main(["kpis", "--db", str(tmp_path / "missing.db")]) == 1
    assert "No database" in capsys.readouterr().err
