"""Formula injection: text a user typed never comes back from Excel as a live formula.

Every text column of the portfolio is filled with payloads (written with SQL, so tab- and
CR-prefixed strings reach the database exactly as an import or an old file could hold
them), the report, the template and the playbooks are exported, and every cell of every
sheet is read back with openpyxl: zero formulas, and each payload is plain text Excel
will not evaluate on edit (quote prefix).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import Database

from tests.conftest import TODAY

pytest.importorskip("tracker.excel.report")

from openpyxl import load_workbook

from tracker.excel.playbook_io import export_playbooks
from tracker.excel.report import export_report
from tracker.excel.safe_text import RISKY_START
from tracker.excel.template import export_template

PAYLOADS = [
    "=cmd|' /C calc'!A0",
    "+1+1",
    "-2",
    "@SUM(A1)",
    "\t=1+1",
    "\r=1+1",
    "=HYPERLINK(\"http://evil.example\",\"open me\")",
    "-1+2",
    "+A1",
    "=1+1",
]
TEXT_COLUMNS = {
    "account": ["name", "industry", "region", "plan", "owner", "products", "notes"],
    "contact": ["name", "email"],
    "task": ["title", "owner", "notes"],
    "milestone": ["name"],
    "feedback": ["comment"],
    "activity": ["summary"],
    "segment": ["name", "description"],
    "playbook": ["name", "description"],
    "playbook_step": ["title", "owner_role"],
}


def poison(db: Database) -> int:
    """Write a payload into every text column of every row (cycling); returns cells touched."""
    touched = 0
    conn = db.conn
    with conn:
        for table, columns in TEXT_COLUMNS.items():
            ids = [r[0] for r in conn.execute(f"SELECT id FROM {table} ORDER BY id")]
            for n, row_id in enumerate(ids):
                for k, column in enumerate(columns):
                    payload = PAYLOADS[(n + k) % len(PAYLOADS)]
                    # Unique columns (names, e-mails) get the id appended after the payload.
                    value = f"{payload} #{row_id}" if column in ("name", "email") else payload
                    conn.execute(f"UPDATE {table} SET {column} = ? WHERE id = ?", (value, row_id))
                    touched += 1
        ext = [r[0] for r in conn.execute("SELECT id FROM account ORDER BY id")]
        for n, row_id in enumerate(ext):
            conn.execute("UPDATE account SET external_id = ? WHERE id = ?",
                         (f"{PAYLOADS[n % len(PAYLOADS)]}{row_id}", row_id))
            touched += 1
    return touched


def scan(path: Path) -> dict[str, Any]:
    """Formulas, risky strings and how many of those lack a quote prefix, across every sheet."""
    wb = load_workbook(path)  # normal mode: formulas are kept as formulas, not evaluated
    found: dict[str, Any] = {"formulas": [], "risky": 0, "unquoted": [], "cells": 0}
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is None:
                    continue
                found["cells"] += 1
                if cell.data_type == "f":
                    found["formulas"].append(f"{ws.title}!{cell.coordinate}={cell.value!r}")
                elif isinstance(cell.value, str) and cell.value.startswith(RISKY_START):
                    found["risky"] += 1
                    if not cell.quotePrefix:
                        found["unquoted"].append(f"{ws.title}!{cell.coordinate}={cell.value!r}")
    return found


@pytest.fixture
def poisoned(demo_db: Database) -> tuple[Database, int]:
    return demo_db, poison(demo_db)


def test_report_export_holds_no_formula(poisoned: tuple[Database, int], tmp_path: Path) -> None:
    db, touched = poisoned
    target = tmp_path / "report.xlsx"
    export_report(db, target, as_of=TODAY)
    found = scan(target)
    print(f"report: {touched} poisoned db cells, {found['cells']} exported cells, "
          f"{found['risky']} risky strings, {len(found['formulas'])} formulas")
    assert found["formulas"] == []
    assert found["risky"] > 100, "the payloads did not reach the workbook"
    assert found["unquoted"] == []


def test_report_keeps_the_payload_text(poisoned: tuple[Database, int], tmp_path: Path) -> None:
    """The guard writes the text as text; it does not mangle or drop what the user typed."""
    db, _ = poisoned
    target = tmp_path / "report.xlsx"
    export_report(db, target, as_of=TODAY)
    wb = load_workbook(target, read_only=True)
    values = {c for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for c in row
              if isinstance(c, str)}
    wb.close()
    for payload in ("=cmd|' /C calc'!A0", "+1+1", "-2", "@SUM(A1)"):
        assert payload in values, payload


def test_playbook_export_holds_no_formula(poisoned: tuple[Database, int], tmp_path: Path) -> None:
    db, _ = poisoned
    found = scan(export_playbooks(db, tmp_path / "playbooks.xlsx"))
    print(f"playbooks: {found['cells']} cells, {found['risky']} risky, {len(found['formulas'])} formulas")
    assert found["formulas"] == []
    assert found["unquoted"] == []
    assert found["risky"] > 0


def test_template_holds_no_formula(poisoned: tuple[Database, int], tmp_path: Path) -> None:
    db, _ = poisoned
    found = scan(export_template(db, tmp_path / "template.xlsx"))
    print(f"template: {found['cells']} cells, {found['risky']} risky, {len(found['formulas'])} formulas")
    assert found["formulas"] == []
    assert found["unquoted"] == []


def test_import_then_export_round_trip_holds_no_formula(demo_db: Database, tmp_path: Path) -> None:
    """Payloads arriving through an import (typed into a CRM export) are exported as text too."""
    from openpyxl import Workbook

    from tests.faults.conftest import import_file

    sheet = tmp_path / "crm.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Accounts"
    ws.append(["CRM ID", "Account", "Industry", "Notes"])
    for i, payload in enumerate(PAYLOADS, start=2):
        ws.cell(i, 1, f"X-{i}")
        ws.cell(i, 2, f"{payload} {i}")
        for column in (3, 4):
            cell = ws.cell(i, column, payload)
            cell.data_type = "s"  # a text cell holding the payload, as a CRM export would
    wb.save(sheet)
    assert import_file(demo_db, sheet, TODAY) == "imported"
    target = tmp_path / "report.xlsx"
    export_report(demo_db, target, as_of=TODAY)
    found = scan(target)
    assert found["formulas"] == []
    assert found["unquoted"] == []
