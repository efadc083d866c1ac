"""Playbooks on import: none, from today, or from the signed date with passed stages done.

Expectations are counted by hand from the built-in "Initial onboarding" playbook (36 steps:
30 tasks and 6 milestones; tasks per stage Embark 4, Handoff 4, Kickoff 4, Adopt 10,
Review 6, Expand 2; milestone offsets 20, 30, 42, 45 (first value), 58, 60 (go-live)).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import Database

from tests.crm_workbooks import save
from tracker.cli import main as cli_main
from tracker.excel.import_playbooks import PlaybookForecast, forecast_import
from tracker.excel.importer import apply_import, undo_import
from tracker.excel.preview import ImportPreview, preview_workbook

TODAY = date(2026, 6, 15)
SHEET: list[list[Any]] = [
    ["Company", "Segment", "Status", "Stage", "Signed", "First value", "Actual go-live"],
    # Live, a year in, at Review: Embark to Adopt passed (22 tasks done), 8 tasks open and late.
    ["Live Co", "Mid-market", "Live", "Review", date(2025, 6, 1), date(2025, 7, 20), date(2025, 8, 5)],
    # Signed five days ago at Embark: offsets 1 to 3 are past (4 tasks late), all 30 open.
    ["New Co", "Mid-market", "Onboarding", "Embark", date(2026, 6, 10), None, None],
    # No stage: steps due before today (offsets up to 44: 19 tasks) are skipped, 11 open.
    ["No Stage Co", "Mid-market", "Onboarding", None, date(2026, 5, 1), None, None],
    # No segment, so no playbook.
    ["Loose Co", None, "Onboarding", "Kickoff", date(2026, 1, 1), None, None],
]


@pytest.fixture
def book(db: Database, tmp_path: Path) -> Path:
    db.conn.execute("INSERT INTO segment (name, playbook_id) VALUES ('Mid-market', 1)")
    db.conn.commit()
    return save(tmp_path / "accounts.xlsx", SHEET, "Accounts")


def _previews(db: Database, path: Path) -> list[ImportPreview]:
    previews, _ = preview_workbook(db, path, today=TODAY)
    assert [p.kind for p in previews] == ["accounts"]
    assert len(previews[0].creates) == 4, previews[0].rejects
    return previews


def test_forecast_of_each_choice(db: Database, book: Path) -> None:
    previews = _previews(db, book)
    assert forecast_import(db, previews, "signed", TODAY) == PlaybookForecast(
        "signed", accounts=4, journeys=3, open=8 + 30 + 11, overdue=8 + 4, done=22, skipped=19,
        milestones=2 + 6 + 3)
    assert forecast_import(db, previews, "today", TODAY) == PlaybookForecast(
        "today", accounts=4, journeys=3, open=90, overdue=0, milestones=18)
    assert forecast_import(db, previews, "none", TODAY) == PlaybookForecast("none", accounts=4)


def _tasks(db: Database, name: str) -> dict[str, int]:
    return dict(db.conn.execute(
        "SELECT t.status, count(*) FROM task t JOIN account a ON a.id = t.account_id WHERE a.name = ?"
        " GROUP BY t.status", (name,)).fetchall())


def test_signed_marks_passed_stages_done_and_the_import_undoes_in_one_step(db: Database, book: Path) -> None:
    journeys_before = db.conn.execute("SELECT count(*) FROM journey").fetchone()[0]
    result = apply_import(db, _previews(db, book), today=TODAY, playbooks="signed")
    assert _tasks(db, "Live Co") == {"done": 22, "todo": 8}
    assert _tasks(db, "New Co") == {"todo": 30}
    assert _tasks(db, "No Stage Co") == {"skipped": 19, "todo": 11}
    assert _tasks(db, "Loose Co") == {}
    # done, but when is not known: no invented done date
    assert db.conn.execute("SELECT count(*) FROM task WHERE status = 'done' AND done_date IS NOT NULL"
                           ).fetchone()[0] == 0
    live = db.conn.execute(
        "SELECT m.kind, m.achieved_date FROM milestone m JOIN account a ON a.id = m.account_id"
        " WHERE a.name = 'Live Co' ORDER BY m.target_date").fetchall()
    assert live == [("first_value", "2025-07-20"), ("go_live", "2025-08-05")]
    overdue = db.conn.execute("SELECT count(*) FROM task WHERE status IN ('todo', 'in_progress', 'blocked')"
                              " AND due_date < ?", (TODAY.isoformat(),)).fetchone()[0]
    assert overdue == 12, "the forecast's overdue count is what lands"
    undo_import(db, result.undo)
    assert db.conn.execute("SELECT count(*) FROM journey").fetchone()[0] == journeys_before
    assert db.conn.execute("SELECT count(*) FROM account WHERE name LIKE '%Co'").fetchone()[0] == 0


def test_none_and_today(db: Database, book: Path) -> None:
    apply_import(db, _previews(db, book), today=TODAY, playbooks="none")
    assert db.conn.execute("SELECT count(*) FROM task").fetchone()[0] == 0
    assert db.conn.execute("SELECT count(*) FROM journey").fetchone()[0] == 0


def test_today_dates_every_step_from_today(db: Database, book: Path) -> None:
    apply_import(db, _previews(db, book), today=TODAY, playbooks="today")
    assert _tasks(db, "Live Co") == {"todo": 30}
    first = db.conn.execute("SELECT min(due_date) FROM task").fetchone()[0]
    assert first == "2026-06-16"  # offset 1 from today
    starts = {r[0] for r in db.conn.execute("SELECT start_date FROM journey")}
    assert starts == {"2026-06-15"}


def test_cli_takes_the_choice_and_prints_the_forecast(db: Database, book: Path, db_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    db.conn.close()
    code = cli_main(["import", str(book), "--db", str(db_path), "--today", TODAY.isoformat(),
                     "--playbooks", "signed", "--dry-run"])
    out = capsys.readouterr().out
    assert code == 0
    assert ("Playbooks from the signed date: 3 journeys, 49 open tasks (12 overdue), 22 done, "
            "19 skipped") in out
    code = cli_main(["import", str(book), "--db", str(db_path), "--today", TODAY.isoformat(),
                     "--playbooks", "none"])
    assert code == 0
    assert "Playbooks: none applied to new accounts." in capsys.readouterr().out
