"""An import is an edit like any other: undo restores the database exactly, redo re-applies it."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from tracker.excel.import_undo import TABLES
from tracker.excel.importer import apply_import, undo_import
from tracker.excel.lookups import Lookups
from tracker.excel.mapping import detect_mapping
from tracker.excel.preview import ImportPreview, build_preview
from tracker.excel.reader import SheetData

TODAY = date(2026, 6, 15)
SNAPSHOT_TABLES = (*TABLES, "segment", "playbook")


def dump(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table an import can touch (the change log is history, not state)."""
    return {t: db.conn.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in SNAPSHOT_TABLES}


def previews(db: Database) -> list[ImportPreview]:
    """Accounts (one updated with a stage move, one new in a segment with a playbook),
    contacts (one updated, one new under the new account) and milestones (one achieved)."""
    old = db.conn.execute(
        "SELECT a.name, a.external_id, a.stage FROM account a WHERE a.stage <> 'Expand'"
        " AND a.external_id IS NOT NULL ORDER BY a.id LIMIT 1").fetchone()
    segment = db.conn.execute(
        "SELECT name FROM segment WHERE playbook_id IS NOT NULL ORDER BY id LIMIT 1").fetchone()[0]
    contact = db.conn.execute(
        "SELECT a.name, c.email FROM contact c JOIN account a ON a.id = c.account_id"
        " ORDER BY c.id LIMIT 1").fetchone()
    milestone = db.conn.execute(
        "SELECT m.id, m.name, a.id FROM milestone m JOIN account a ON a.id = m.account_id"
        " WHERE m.achieved_date IS NULL AND m.kind = 'first_value' ORDER BY m.id LIMIT 1").fetchone()
    sheets = {
        "Accounts": [["Company", "CRM ID", "Stage", "Plan", "Segment", "Signed"],
                     [old[0], old[1], "Expand", "Imported plan", None, None],
                     ["Undo Me Ltd", "UNDO-1", "Kickoff", "Starter", segment, date(2026, 6, 1)]],
        "Contacts": [["Company", "Name", "Email", "Role"],
                     [contact[0], "Renamed By Import", contact[1], "Admin"],
                     ["Undo Me Ltd", "New Person", "new@undo.example", "Admin"]],
        "Milestones": [["Milestone ID", "Account ID", "Name", "Achieved"],
                       [milestone[0], milestone[2], milestone[1], date(2026, 6, 10)]],
    }
    lookups = Lookups(db)
    built = []
    for name, rows in sheets.items():
        data = SheetData(Path("undo.xlsx"), tuple(sheets), name, rows, False, "test")
        mapping = detect_mapping(rows, name)
        assert mapping is not None, name
        built.append(build_preview(db, data, mapping, today=TODAY, lookups=lookups))
    return built


def test_undo_restores_every_row_and_redo_reapplies_with_the_same_ids(demo_db: Database) -> None:
    before = dump(demo_db)
    sheets = previews(demo_db)
    assert all(p.accepted for p in sheets), [p.rejects for p in sheets]
    result = apply_import(demo_db, sheets, today=TODAY)
    assert result.created == {"accounts": 1, "contacts": 1, "milestones": 0}
    assert result.updated == {"accounts": 1, "contacts": 1, "milestones": 1}
    after = dump(demo_db)
    assert len(after["journey"]) == len(before["journey"]) + 1, "the segment's playbook was applied"
    assert len(after["stage_history"]) == len(before["stage_history"]) + 2

    undone = undo_import(demo_db, result.undo)
    assert undone.change.all_accounts and undone.change.accounts and undone.change.tasks
    assert dump(demo_db) == before, "undo removes what the import created and restores what it updated"

    redone = undo_import(demo_db, undone.value)
    assert dump(demo_db) == after, "redo puts back the same rows with the same ids"

    undo_import(demo_db, redone.value)
    assert dump(demo_db) == before
    assert demo_db.conn.execute("PRAGMA foreign_key_check").fetchall() == []
