"""The bulk write of an import: a table's secondary indexes built anew after many new rows, and
the search index's merging held for its one fill. Afterwards the schema, the rows and the
index are exactly what row-by-row inserts would have left; a failure leaves them as before."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tracker.database import Database
from tracker.excel import bulk_index
from tracker.excel.bulk_index import indexes_rebuilt, merges_held
from tracker.excel.errors import ExcelError, ImportCancelled
from tracker.excel.importer import apply_import, undo_import
from tracker.excel.mapping import detect_mapping
from tracker.excel.preview import ImportPreview, PlannedRow, build_preview
from tracker.excel.reader import SheetData
from tracker.queries.search import search

TODAY = date(2026, 6, 15)


def schema(db: Database) -> list[tuple[str, str, str]]:
    return db.conn.execute("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL"
                           " ORDER BY type, name").fetchall()


def automerge(db: Database) -> object:
    found = db.conn.execute("SELECT v FROM search_index_config WHERE k = 'automerge'").fetchone()
    return None if found is None else found[0]


@pytest.fixture
def statements(db: Database) -> Iterator[list[str]]:
    seen: list[str] = []
    db.conn.set_trace_callback(seen.append)
    yield seen
    db.conn.set_trace_callback(None)


def contacts_preview(db: Database, people: int, account: str = "Bulk Bittern") -> ImportPreview:
    rows: list[list[Any]] = [["Company", "Name", "Email", "Role"],
                             *[[account, f"Bulk Person {i}", f"bp{i}@bittern.example", "Admin"]
                               for i in range(people)]]
    mapping = detect_mapping(rows, "Contacts")
    assert mapping is not None
    preview = build_preview(db, SheetData(Path("bulk.xlsx"), ("Contacts",), "Contacts", rows, False, "test"),
                            mapping, today=TODAY)
    assert not preview.rejects and len(preview.creates) == people
    return preview


def test_many_new_contacts_rebuild_the_indexes_to_the_same_schema(db: Database, statements: list[str],
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bulk_index, "REBUILD_MIN_ROWS", 10)
    with db.conn:
        db.conn.execute("INSERT INTO account (name) VALUES ('Bulk Bittern')")
    before = schema(db)
    result = apply_import(db, [contacts_preview(db, 40)], today=TODAY)
    assert result.created == {"contacts": 40}
    assert any(s.startswith('DROP INDEX "ux_contact_email"') for s in statements)
    assert schema(db) == before
    assert db.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # The rebuilt unique index still refuses a second contact with the same e-mail there.
    account = db.conn.execute("SELECT id FROM account WHERE name = 'Bulk Bittern'").fetchone()[0]
    with pytest.raises(sqlite3.IntegrityError), db.conn:
        db.conn.execute("INSERT INTO contact (account_id, name, email)"
                        " VALUES (?, 'Again', 'BP7@bittern.example')", (account,))
    plan = " ".join(str(r) for r in db.conn.execute(
        "EXPLAIN QUERY PLAN SELECT id FROM contact WHERE account_id = ? AND invited_date > '2026'",
        (account,)))
    assert "ix_contact_account_dates" in plan
    # Undo and redo go through the rebuilt indexes like any other.
    redo = undo_import(db, result.undo).value
    assert db.conn.execute("SELECT count(*) FROM contact").fetchone()[0] == 0
    undo_import(db, redo)
    assert db.conn.execute("SELECT count(*) FROM contact").fetchone()[0] == 40
    assert schema(db) == before


def test_few_new_rows_against_many_keep_the_indexes(db: Database, statements: list[str],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bulk_index, "REBUILD_MIN_ROWS", 10)
    with db.conn:
        account = db.conn.execute("INSERT INTO account (name) VALUES ('Bulk Bittern') RETURNING id"
                                  ).fetchone()[0]
        db.conn.executemany("INSERT INTO contact (account_id, name, email) VALUES (?, ?, ?)",
                            [(account, f"Old {i}", f"old{i}@bittern.example") for i in range(100)])
    apply_import(db, [contacts_preview(db, 20)], today=TODAY)  # 20 against 100: below half
    assert not any(s.startswith("DROP INDEX") for s in statements)
    assert db.conn.execute("SELECT count(*) FROM contact").fetchone()[0] == 120


def test_a_duplicate_refused_by_the_rebuilt_index_changes_nothing(db: Database) -> None:
    """A row the unique index refuses while it is being built again rolls back with the rest."""
    conn = db.conn
    with conn:
        account = conn.execute("INSERT INTO account (name) VALUES ('Bulk Bittern') RETURNING id"
                               ).fetchone()[0]
    before = schema(db)
    conn.execute("BEGIN IMMEDIATE")
    with pytest.raises(sqlite3.IntegrityError), indexes_rebuilt(conn, "contact", 2000):
        conn.executemany("INSERT INTO contact (account_id, name, email) VALUES (?, ?, ?)",
                         [(account, "Twin", "twin@bittern.example"),
                          (account, "Twin", "TWIN@bittern.example")])
    conn.rollback()
    assert schema(db) == before
    assert conn.execute("SELECT count(*) FROM contact").fetchone()[0] == 0


def test_an_index_a_foreign_key_leans_on_is_never_dropped(db: Database) -> None:
    conn = db.conn
    with conn:
        conn.execute("CREATE TABLE parent_x (id INTEGER PRIMARY KEY, code TEXT, note TEXT)")
        conn.execute("CREATE UNIQUE INDEX ux_parent_x_code ON parent_x(code)")
        conn.execute("CREATE INDEX ix_parent_x_note ON parent_x(note)")
        conn.execute("CREATE TABLE child_x (id INTEGER PRIMARY KEY, code TEXT REFERENCES parent_x(code))")
    assert [name for name, _sql in bulk_index._droppable_indexes(conn, "parent_x")] == ["ix_parent_x_note"]
    # The contact table's own indexes are both plain ones, referenced by no foreign key.
    assert sorted(name for name, _sql in bulk_index._droppable_indexes(conn, "contact")) == \
        ["ix_contact_account_dates", "ux_contact_email"]


def test_rebuilding_needs_the_imports_transaction(db: Database) -> None:
    with pytest.raises(RuntimeError), indexes_rebuilt(db.conn, "contact", 5000):
        pass


def test_the_fill_holds_merging_and_puts_the_setting_back(db: Database, statements: list[str]) -> None:
    assert automerge(db) is None  # FTS5's default
    with db.conn:
        db.conn.execute("INSERT INTO account (name) VALUES ('Bulk Bittern')")
    apply_import(db, [contacts_preview(db, 30)], today=TODAY)
    assert "INSERT INTO search_index (search_index, rank) VALUES ('automerge', 0)" in statements
    assert automerge(db) == 4
    db.conn.execute("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)")
    titles = {h.title for h in search(db, "bu", per_kind=50) if h.kind == "contact"}
    assert titles == {f"Bulk Person {i}" for i in range(30)}  # a two-letter prefix finds them
    # A setting of the user's own is put back as it was.
    with db.conn:
        db.conn.execute("INSERT INTO search_index (search_index, rank) VALUES ('automerge', 8)")
    db.conn.execute("BEGIN IMMEDIATE")
    with merges_held(db.conn):
        assert automerge(db) == 0
    db.conn.commit()
    assert automerge(db) == 8


def test_a_failed_fill_leaves_the_setting_as_it_was(db: Database) -> None:
    db.conn.execute("BEGIN IMMEDIATE")
    with pytest.raises(ZeroDivisionError), merges_held(db.conn):
        raise ZeroDivisionError
    assert automerge(db) == 4  # put back inside the transaction already
    db.conn.rollback()
    assert automerge(db) is None


def test_the_overlapped_check_names_the_row_before_sqlite_does(db: Database) -> None:
    """A changed preview whose value SQLite itself refuses (a role its CHECK does not allow) is
    reported by the write's own check, as when the check ran before the write; nothing is written
    and no checking thread outlives the import."""
    with db.conn:
        db.conn.execute("INSERT INTO account (name) VALUES ('Bulk Bittern')")
    preview = contacts_preview(db, 3)
    planned = preview.creates[1]
    preview.creates[1] = PlannedRow(planned.row, planned.label, {**planned.values, "role": "nobody"},
                                    planned.target_id, planned.account_id)
    with pytest.raises(ExcelError) as caught:
        apply_import(db, [preview], today=TODAY)
    assert caught.value.code == "invalid_row"
    assert caught.value.message.startswith("Row 3 of 'Contacts' cannot be written (role: ")
    assert db.conn.execute("SELECT count(*) FROM contact").fetchone()[0] == 0
    assert not db.conn.in_transaction
    assert not [t for t in threading.enumerate() if t.name == "import-write-check"]
    # The same preview, put right, goes in.
    preview.creates[1] = planned
    assert apply_import(db, [preview], today=TODAY).created == {"contacts": 3}
    assert not [t for t in threading.enumerate() if t.name == "import-write-check"]


def import_threads() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name.startswith(("import-rows", "import-write-check"))]


def test_a_cancel_between_chunks_writes_nothing_and_leaves_no_thread(db: Database) -> None:
    with db.conn:
        db.conn.execute("INSERT INTO account (name) VALUES ('Bulk Bittern')")
    preview = contacts_preview(db, 10_000)  # three INSERT chunks: the next one is built ahead
    steps: list[int] = []

    def cancel_after_the_first_chunk() -> bool:
        steps.append(1)
        return len(steps) > 1

    with pytest.raises(ImportCancelled):
        apply_import(db, [preview], today=TODAY, cancelled=cancel_after_the_first_chunk)
    assert db.conn.execute("SELECT count(*) FROM contact").fetchone()[0] == 0
    assert not db.conn.in_transaction
    assert import_threads() == []
    result = apply_import(db, [preview], today=TODAY)
    assert result.created == {"contacts": 10_000}
    assert db.conn.execute("SELECT min(name), count(DISTINCT email) FROM contact").fetchone() == \
        ("Bulk Person 0", 10_000)
    assert import_threads() == []


def test_task_positions_built_ahead_keep_the_sheets_order(db: Database) -> None:
    with db.conn:
        db.conn.executemany("INSERT INTO account (name) VALUES (?)", [("Bulk Bittern",), ("Bulk Bunting",)])
    rows: list[list[Any]] = [["Company", "Title", "Stage"],
                             *[["Bulk Bittern" if i % 3 else "Bulk Bunting", f"Step {i:05d}", "Adopt"]
                               for i in range(8_000)]]  # three chunks of tasks
    mapping = detect_mapping(rows, "Tasks")
    assert mapping is not None
    preview = build_preview(db, SheetData(Path("t.xlsx"), ("Tasks",), "Tasks", rows, False, "test"), mapping,
                            today=TODAY)
    assert len(preview.creates) == 8_000
    apply_import(db, [preview], today=TODAY, playbooks="none")
    for (account,) in db.conn.execute("SELECT id FROM account").fetchall():
        got = [r[0] for r in db.conn.execute("SELECT title FROM task WHERE account_id = ? ORDER BY position",
                                              (account,))]
        assert got == sorted(got) and len(got) in (2_667, 5_333)
        positions = [r[0] for r in db.conn.execute(
            "SELECT position FROM task WHERE account_id = ? ORDER BY id", (account,))]
        assert positions == list(range(1, len(positions) + 1))
