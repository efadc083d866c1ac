"""The ``goals``, ``cases`` and ``trials`` commands, and goals in ``kpis --json``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlite_utils import Database

from tests.core.test_kpi_builders import add_account, add_contact
from tracker.cli import main


def _file(db: Database) -> None:
    a = add_account(db, name="Acme", owner="Ann")
    for activated in ("2026-01-20", "2026-02-20", "2026-03-20", None):
        add_contact(db, a, "2026-01-05", activated)
    db.conn.commit()


def test_goals_add_list_close(db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _file(db)
    assert main(["goals", "add", "--db", str(db_path), "--name", "All active", "--kpi", "activation",
                 "--target", "100", "--start", "2026-01-31", "--deadline", "2026-06-30"]) == 0
    assert "baseline 25 on 2026-01-31" in capsys.readouterr().out
    assert main(["goals", "list", "--db", str(db_path), "--as-of", "2026-03-31", "--json"]) == 0
    [goal] = json.loads(capsys.readouterr().out)
    assert (goal["status"], goal["current"], goal["enough_history"]) == ("on_track", 75.0, True)
    assert main(["goals", "close", "--db", str(db_path), "1", "--on", "2026-03-31"]) == 0
    assert "Missed" in capsys.readouterr().out
    assert main(["kpis", "--db", str(db_path), "--as-of", "2026-06-15", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [g["outcome"] for g in data["goals"]] == ["missed"]
    assert next(lv["name"] for lv in data["maturity"]["levels"]) == "Getting started"
    assert data["maturity"]["no_level"] == 1
    assert {"trial_conversion", "open_cases", "maturity_advanced"} <= {k["key"] for k in data["kpis"]}


def test_goal_with_an_unknown_kpi_is_one_line(db: Database, db_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    _file(db)
    code = main(["goals", "add", "--db", str(db_path), "--name", "x", "--kpi", "mood",
                 "--target", "1", "--deadline", "2099-01-01"])
    assert code != 0
    assert "'mood' is not a KPI" in capsys.readouterr().err


def test_cases_and_trials(db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _file(db)
    assert main(["cases", "add", "--db", str(db_path), "--account", "Acme", "--opened", "2026-06-01",
                 "--severity", "high", "--topic", "SSO", "--number", "ZD-1"]) == 0
    assert main(["cases", "list", "--db", str(db_path), "--json"]) == 0
    out = capsys.readouterr().out
    [case] = json.loads(out[out.index("["):])
    assert (case["severity"], case["external_id"], case["closed_date"]) == ("high", "ZD-1", None)
    assert main(["trials", "add", "--db", str(db_path), "--account", "1", "--start", "2026-05-01",
                 "--end", "2026-05-31"]) == 0
    assert main(["trials", "convert", "--db", str(db_path), "--account", "Acme", "--on",
                 "2026-05-20"]) == 0
    capsys.readouterr()
    assert main(["trials", "list", "--db", str(db_path), "--json"]) == 0
    [trial] = json.loads(capsys.readouterr().out)
    assert trial["converted_date"] == "2026-05-20"
    assert main(["cases", "add", "--db", str(db_path), "--account", "Nobody", "--opened",
                 "2026-06-01"]) != 0
