"""An import fills the search index in one statement (its insert triggers paused inside the
transaction): afterwards, after undo and after redo the index holds exactly what the
triggers would have written, and the triggers are back with their SQL unchanged."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tracker.database import Database
from tracker.excel.bulk_index import index_in_one_statement, search_insert_trigger
from tracker.excel.errors import ExcelError, ImportCancelled
from tracker.excel.importer import apply_import, undo_import
from tracker.excel.lookups import Lookups
from tracker.excel.mapping import detect_mapping
from tracker.excel.preview import ImportPreview, build_preview
from tracker.excel.reader import SheetData
from tracker.queries.search import search

TODAY = date(2026, 6, 15)
# What migration 0002 puts in the index for each kind, read from the live tables.
EXPECTED = (
    "SELECT id * 8 + 1, name, coalesce(external_id, ''), 'k1' FROM account"
    " UNION ALL SELECT id * 8 + 2, name, email, 'k2' FROM contact"
    " UNION ALL SELECT id * 8 + 3, title, notes, 'k3' FROM task"
    " UNION ALL SELECT id * 8 + 4, '', body, 'k4' FROM account_note"
    " UNION ALL SELECT id * 8 + 5, '', comment, 'k5' FROM feedback ORDER BY 1")


def triggers(db: Database) -> dict[str, str]:
    return dict(db.conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"))


def assert_index_matches_tables(db: Database) -> None:
    """Every row's index entry, no stale one, and FTS5's own index agrees with its content."""
    held = db.conn.execute("SELECT rowid, name, detail, kind FROM search_index ORDER BY rowid").fetchall()
    assert held == db.conn.execute(EXPECTED).fetchall()
    db.conn.execute("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)")


def found(db: Database, text: str) -> set[tuple[str, str]]:
    return {(h.kind, h.title) for h in search(db, text, per_kind=50)}


def previews(db: Database, people: int = 30) -> list[ImportPreview]:
    """A new account, ``people`` new contacts under it, two tasks and a CSAT for it."""
    sheets: dict[str, list[list[Any]]] = {
        "Accounts": [["Company", "CRM ID", "Stage", "Plan"], ["Zyxwv Holdings", "ZYX-1", "Kickoff", "Pro"]],
        "Contacts": [["Company", "Name", "Email", "Role"],
                     *[["Zyxwv Holdings", f"Qwerty Person {i}", f"qp{i}@zyxwv.example", "Admin"]
                       for i in range(people)]],
        "Tasks": [["Company", "Title", "Stage", "Notes"],
                  ["Zyxwv Holdings", "Plover kickoff call", "Kickoff", "bring the plover deck"],
                  ["Zyxwv Holdings", "Plover training", "Adopt", ""]],
        "Feedback": [["Company", "Survey", "Score", "Date", "Comment"],
                     ["Zyxwv Holdings", "CSAT", 5, date(2026, 6, 1), "Splendid plover onboarding"]],
    }
    lookups = Lookups(db)
    built = []
    for name, rows in sheets.items():
        data = SheetData(Path("search.xlsx"), tuple(sheets), name, rows, False, "test")
        mapping = detect_mapping(rows, name)
        assert mapping is not None, name
        built.append(build_preview(db, data, mapping, today=TODAY, lookups=lookups))
    assert not any(p.rejects for p in built)
    return built


def test_import_undo_and_redo_keep_the_index_exact_and_the_triggers_identical(demo_db: Database) -> None:
    before = triggers(demo_db)
    assert "search_contact_ai" in before and "search_account_ai" in before
    assert_index_matches_tables(demo_db)
    result = apply_import(demo_db, previews(demo_db), today=TODAY)
    assert triggers(demo_db) == before
    assert_index_matches_tables(demo_db)
    assert found(demo_db, "qwerty") == {("contact", f"Qwerty Person {i}") for i in range(30)}
    assert found(demo_db, "qwerty person 7") == {("contact", "Qwerty Person 7")}
    assert found(demo_db, "zyxwv") >= {("account", "Zyxwv Holdings")}
    assert found(demo_db, "plover") == {("task", "Plover kickoff call"), ("task", "Plover training"),
                                        ("feedback", "CSAT 5 · 2026-06-01")}
    redo = undo_import(demo_db, result.undo).value
    assert triggers(demo_db) == before
    assert_index_matches_tables(demo_db)
    assert found(demo_db, "qwerty") == set() and found(demo_db, "zyxwv") == set()
    assert found(demo_db, "plover") == set()
    undo_import(demo_db, redo)
    assert_index_matches_tables(demo_db)
    assert len(found(demo_db, "qwerty")) == 30


def test_the_triggers_still_index_rows_written_after_an_import(demo_db: Database) -> None:
    apply_import(demo_db, previews(demo_db, people=3), today=TODAY)
    account = demo_db.conn.execute("SELECT id FROM account WHERE external_id = 'ZYX-1'").fetchone()[0]
    with demo_db.conn:
        demo_db.conn.execute("INSERT INTO contact (account_id, name, email) VALUES (?, 'Later Lapwing', '')",
                             (account,))
    assert found(demo_db, "lapwing") == {("contact", "Later Lapwing")}
    assert_index_matches_tables(demo_db)


def test_a_cancelled_import_leaves_the_triggers_and_the_index_as_they_were(demo_db: Database) -> None:
    before = triggers(demo_db)
    rows_before = demo_db.conn.execute("SELECT count(*) FROM search_index").fetchone()[0]
    calls = []

    def cancel_once_rows_are_in() -> bool:
        calls.append(1)
        return len(calls) > 2  # after the account and the first contact chunk

    with pytest.raises(ImportCancelled):
        apply_import(demo_db, previews(demo_db), today=TODAY, cancelled=cancel_once_rows_are_in)
    assert not demo_db.conn.in_transaction
    assert triggers(demo_db) == before
    assert demo_db.conn.execute("SELECT count(*) FROM search_index").fetchone()[0] == rows_before
    assert found(demo_db, "qwerty") == set()
    assert_index_matches_tables(demo_db)


def test_a_trigger_of_another_shape_keeps_firing_per_row(db: Database) -> None:
    """A search trigger that is not one plain INSERT ... VALUES is not paused: nothing is guessed."""
    conn = db.conn
    with conn:
        conn.execute("DROP TRIGGER search_contact_ai")
        conn.execute("CREATE TRIGGER search_contact_ai AFTER INSERT ON contact WHEN new.email <> '' BEGIN"
                     " INSERT INTO search_index (rowid, name, detail, kind)"
                     " VALUES (new.id * 8 + 2, new.name, new.email, 'k2'); END")
    assert search_insert_trigger(conn, "contact") is None
    assert search_insert_trigger(conn, "account") is not None
    assert search_insert_trigger(conn, "milestone") is None  # not indexed at all


def test_pausing_needs_the_imports_transaction(db: Database) -> None:
    with pytest.raises(RuntimeError), index_in_one_statement(db.conn, "contact"):
        pass


def test_an_error_inside_an_outer_transaction_still_puts_the_trigger_back(db: Database) -> None:
    """Nested in a caller's transaction that goes on after the failure, the trigger is there."""
    before = triggers(db)
    conn = db.conn
    account = conn.execute("INSERT INTO account (name) VALUES ('Outer Ostrich') RETURNING id").fetchone()[0]
    with pytest.raises(sqlite3.IntegrityError), index_in_one_statement(conn, "contact"):
        conn.execute("INSERT INTO contact (account_id, name) VALUES (?, 'Inner Ibis')", (account,))
        conn.execute("INSERT INTO contact (account_id, name, role) VALUES (?, 'Bad', 'nobody')",
                     (account,))
    conn.commit()
    assert triggers(db) == before
    assert found(db, "ibis") == {("contact", "Inner Ibis")}
    assert_index_matches_tables(db)


def test_an_import_refused_by_the_database_changes_nothing(demo_db: Database) -> None:
    """A row the write refuses mid-way (a stale preview) rolls the paused trigger back too."""
    before = triggers(demo_db)
    built = previews(demo_db, people=2)
    apply_import(demo_db, built[:1], today=TODAY)  # the account goes in: the preview is stale now
    with pytest.raises(ExcelError):
        apply_import(demo_db, built, today=TODAY)
    assert triggers(demo_db) == before
    assert_index_matches_tables(demo_db)


def schema(db: Database) -> list[tuple[str, str, str]]:
    return db.conn.execute(
        "SELECT type, name, coalesce(sql, '') FROM sqlite_master ORDER BY type, name").fetchall()


def test_a_large_undo_uses_temporary_indexes_and_leaves_the_schema_as_it_was(
        demo_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """From MANY_ROWS deleted rows undo indexes the children's references for its ON DELETE
    actions, inside its transaction: the actions still happen, and no index is left behind."""
    import tracker.excel.bulk_index as bulk_index

    monkeypatch.setattr(bulk_index, "MANY_ROWS", 2)
    before = schema(demo_db)
    result = apply_import(demo_db, previews(demo_db, people=5), today=TODAY)
    contact = demo_db.conn.execute("SELECT id FROM contact WHERE name = 'Qwerty Person 3'").fetchone()
    with demo_db.conn:  # the user logs a call with an imported contact, on an older account
        older = demo_db.conn.execute("SELECT min(id) FROM account").fetchone()[0]
        activity = demo_db.conn.execute(
            "INSERT INTO activity (account_id, contact_id, kind, date) VALUES (?, ?, 'call', '2026-06-14')"
            " RETURNING id", (older, contact[0])).fetchone()[0]
    redo = undo_import(demo_db, result.undo).value
    assert schema(demo_db) == before
    kept = demo_db.conn.execute("SELECT contact_id FROM activity WHERE id = ?", (activity,)).fetchone()
    assert kept == (None,)  # ON DELETE SET NULL, as without the temporary index
    assert demo_db.conn.execute("SELECT count(*) FROM contact WHERE name LIKE 'Qwerty%'").fetchone() == (0,)
    assert_index_matches_tables(demo_db)
    undo_import(demo_db, redo)
    assert schema(demo_db) == before
    assert_index_matches_tables(demo_db)
    assert len(found(demo_db, "qwerty")) == 5


def test_a_failed_delete_puts_the_trigger_back_and_drops_the_temporary_indexes(
        db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """Inside a caller's transaction that goes on after the failure: the schema is as it was."""
    import tracker.excel.bulk_index as bulk_index

    monkeypatch.setattr(bulk_index, "MANY_ROWS", 1)
    before = schema(db)
    conn = db.conn
    conn.execute("INSERT INTO account (name) VALUES ('Keeper Kestrel')")
    with pytest.raises(sqlite3.Error):
        bulk_index.delete_rows(conn, "no_such_table", [1])
    assert schema(db) == before
    account = conn.execute("SELECT id FROM account WHERE name = 'Keeper Kestrel'").fetchone()[0]
    bulk_index.delete_rows(conn, "account", [account])
    conn.commit()
    assert schema(db) == before and found(db, "kestrel") == set()
    assert_index_matches_tables(db)


def test_redo_refuses_when_a_record_added_after_the_undo_took_an_imported_id(demo_db: Database) -> None:
    """SQLite gives the next contact the highest free id, which the undone import's contact had:
    redoing then would write the imported row over the user's. Redo refuses and changes nothing."""
    from tracker.domain import ValidationError
    from tracker.services.records import CONTACTS

    result = apply_import(demo_db, previews(demo_db, people=3), today=TODAY)
    imported = {r[0] for r in demo_db.conn.execute("SELECT id FROM contact WHERE name LIKE 'Qwerty%'")}
    redo = undo_import(demo_db, result.undo).value
    older = demo_db.conn.execute("SELECT min(id) FROM account").fetchone()[0]
    mine = CONTACTS.create(demo_db, {"account_id": older, "name": "Added After Undo",
                                     "email": "after@undo.example"}).value
    assert mine in imported, "the new contact took a freed id (the case this guards)"
    before = demo_db.conn.execute("SELECT * FROM contact ORDER BY id").fetchall()
    with pytest.raises(ValidationError) as refused:
        undo_import(demo_db, redo)
    assert refused.value.code == "ids_taken"
    assert demo_db.conn.execute("SELECT * FROM contact ORDER BY id").fetchall() == before
    assert_index_matches_tables(demo_db)


def test_redo_after_undo_with_nothing_added_still_works(demo_db: Database) -> None:
    result = apply_import(demo_db, previews(demo_db, people=3), today=TODAY)
    redo = undo_import(demo_db, result.undo).value
    again = undo_import(demo_db, redo).value
    assert len(found(demo_db, "qwerty")) == 3
    undo_import(demo_db, again)
    assert not found(demo_db, "qwerty")
