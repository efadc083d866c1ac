"""Characters Python calls digits but ``int()`` refuses ('²', '³', '①'): every "is this a
number?" test in the core uses ``str.isdecimal()``, so such a cell is text, never a crash.

Found by the Hypothesis importer test in ``test_edge_values.py``: a contacts sheet with a
cell '²' ended the preview in ``ValueError: invalid literal for int()`` (``serial_text``).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlite_utils import Database

from tracker.excel.importer import apply_import
from tracker.excel.preview import preview_sheet
from tracker.excel.reader import read_sheet
from tracker.excel.values import serial_text
from tracker.services.accounts import create_account

TODAY = date(2026, 6, 15)


@pytest.mark.parametrize("text", ["²", "³", "①", "12²", "²²²²²"])
def test_superscripts_and_circled_digits_are_no_date_serials(text: str) -> None:
    assert not serial_text(text)


def test_a_superscript_cell_in_a_contacts_sheet_is_read_not_a_crash(db: Database, tmp_path: Path) -> None:
    create_account(db, {"name": "Acme"})
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Contacts"
    ws.append(["Account", "Name", "Email", "Invited"])
    ws.append(["Acme", "Ana Silva", "ana@acme.example", "2026-06-01"])
    ws.append(["Acme", "Ben Ong", "ben@acme.example", "²"])
    path = tmp_path / "people.xlsx"
    wb.save(path)
    preview = preview_sheet(db, read_sheet(path), today=TODAY)
    # A clear sentence for the unreadable optional date (the value is dropped, the row kept),
    # not a traceback.
    assert preview.rejects == []
    assert [(r.row, [p.message for p in r.problems]) for r in preview.dropped] == [
        (3, ["'²' is not a date"])]
    apply_import(db, [preview], today=TODAY)
    rows = db.conn.execute("SELECT name, invited_date FROM contact ORDER BY id").fetchall()
    assert rows == [("Ana Silva", "2026-06-01"), ("Ben Ong", None)]
