"""Support cases from helpdesk exports and from the report, imported once and only once."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlite_utils import Database

from tests.conftest import TODAY
from tests.core.test_kpi_builders import add_account
from tracker.excel.cases_import import import_cases
from tracker.excel.errors import ExcelError
from tracker.excel.report import export_report
from tracker.queries.signals import list_cases


def _book(path: Path, header: list[str], *rows: list[object]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(header)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


@pytest.mark.parametrize(("header", "row"), [
    (["Ticket ID", "Subject", "Priority", "Created at", "Solved at", "Organization", "Tags"],
     [101, "SSO broken", "Urgent", "2026-05-01 10:12", "2026-05-03 08:00", "Acme", "sso"]),  # Zendesk
    (["Ticket ID", "Subject", "Priority", "Created time", "Resolved time", "Company Name", "Type"],
     [101, "SSO broken", "Urgent", "2026-05-01 10:12:00", "2026-05-03 08:00:00", "Acme", "sso"]),
    (["Issue key", "Summary", "Priority", "Created", "Resolved", "Organizations", "Request Type"],
     ["SUP-101", "SSO broken", "Highest", "01/May/26 10:12 AM", "03/May/26 8:00 AM", "Acme", "sso"]),
])
def test_helpdesk_exports(db: Database, tmp_path: Path, header: list[str], row: list[object]) -> None:
    acme = add_account(db, name="Acme")
    db.conn.commit()
    path = _book(tmp_path / "export.xlsx", header, row, [102, "?", "Low", "2026-05-02", None, "Nobody", ""])
    result = import_cases(db, path)
    assert (result.created, len(result.rejected)) == (1, 1)
    assert result.rejected[0] == (3, "No account named or with the CRM ID 'Nobody'.")
    [case] = list_cases(db, acme)
    assert (case.subject, case.severity, case.topic, case.opened_date, case.closed_date) == (
        "SSO broken", "urgent", "sso", "2026-05-01", "2026-05-03")
    again = import_cases(db, path)
    assert (again.created, again.unchanged) == (0, 1)
    assert len(list_cases(db, acme)) == 1


def test_dry_run_writes_nothing(db: Database, tmp_path: Path) -> None:
    add_account(db, name="Acme")
    db.conn.commit()
    path = _book(tmp_path / "e.xlsx", ["Ticket ID", "Created at", "Organization"], [1, "2026-05-01", "Acme"])
    assert import_cases(db, path, dry_run=True).created == 1
    assert list_cases(db) == []


def test_a_sheet_without_account_or_opened_is_refused(db: Database, tmp_path: Path) -> None:
    path = _book(tmp_path / "e.xlsx", ["Name", "Score"], ["x", 1])
    with pytest.raises(ExcelError):
        import_cases(db, path)


def test_report_round_trip(demo_db: Database, tmp_path: Path) -> None:
    report = tmp_path / "report.xlsx"
    export_report(demo_db, report, as_of=TODAY)
    cases = len(list_cases(demo_db))
    assert load_workbook(report)["Support cases"].max_row == cases + 1
    unchanged = import_cases(demo_db, report)
    assert (unchanged.created, unchanged.updated, unchanged.rejected) == (0, 0, [])
    assert unchanged.unchanged == cases
    assert len(list_cases(demo_db)) == cases


def test_template_sheet_imports(db: Database, tmp_path: Path) -> None:
    from tracker.excel.template import export_template

    add_account(db, name="Acme")
    db.conn.commit()
    path = tmp_path / "template.xlsx"
    export_template(db, path)
    wb = load_workbook(path)
    ws = wb["Support cases"]
    ws.append(["ZD-9", None, "Acme", "Cannot export", "Reports", "High", "2026-06-01", None, None])
    wb.save(path)
    result = import_cases(db, path)
    assert (result.created, result.rejected) == (1, [])
    assert list_cases(db)[0].severity == "high"


def test_an_import_undoes_and_redoes_as_one_swap(db: Database, tmp_path: Path) -> None:
    from tracker.excel.importer import undo_import

    acme = add_account(db, name="Acme")
    db.conn.commit()
    first = _book(tmp_path / "a.xlsx", ["Ticket ID", "Subject", "Created at", "Organization"],
                  [1, "Old subject", "2026-05-01", "Acme"])
    import_cases(db, first)
    second = _book(tmp_path / "b.xlsx", ["Ticket ID", "Subject", "Created at", "Organization"],
                   [1, "New subject", "2026-05-01", "Acme"], [2, "Another", "2026-05-04", "Acme"])
    result = import_cases(db, second)
    assert (result.created, result.updated, result.rows, result.change.cases) == (1, 1, 2, True)
    assert sorted(c.subject for c in list_cases(db, acme)) == ["Another", "New subject"]
    undone = undo_import(db, result.undo)
    assert undone.change.cases
    assert [c.subject for c in list_cases(db, acme)] == ["Old subject"]
    undo_import(db, undone.value)
    assert sorted(c.subject for c in list_cases(db, acme)) == ["Another", "New subject"]


def test_a_case_the_helpdesk_moved_to_another_organization_moves_and_names_both(
        db: Database, tmp_path: Path) -> None:
    from tracker.excel.importer import undo_import

    acme, globex = add_account(db, name="Acme"), add_account(db, name="Globex")
    db.conn.commit()
    header = ["Ticket ID", "Subject", "Created at", "Solved at", "Organization"]
    import_cases(db, _book(tmp_path / "a.xlsx", header, [7, "Down", "2026-05-01", None, "Acme"]))
    result = import_cases(db, _book(tmp_path / "b.xlsx", header,
                                    [7, "Down", "2026-05-01", "2026-05-02", "Globex"]))
    assert (result.created, result.updated) == (0, 1)
    assert list_cases(db, acme) == []
    [case] = list_cases(db, globex)
    assert case.closed_date == "2026-05-02"
    # Kept KPI frames patch only the accounts a change names: Acme's open case went too.
    assert result.change.account_ids == frozenset({acme, globex})
    undo_import(db, result.undo)
    assert [c.closed_date for c in list_cases(db, acme)] == [None]
    assert list_cases(db, globex) == []
