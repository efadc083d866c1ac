"""What the import does for speed alone: the plain new rows of a child sheet planned without the
whole resolve (tracker.excel.quick_creates), and the commit's WAL checkpoint left for later.
Neither may change a verdict, a sentence or a row."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tracker.database import Database
from tracker.excel import preview as preview_module
from tracker.excel.importer import apply_import, settle
from tracker.excel.mapping import detect_mapping
from tracker.excel.preview import ImportPreview, build_preview
from tracker.excel.reader import SheetData
from tracker.services.accounts import create_account

TODAY = date(2026, 6, 15)


def _preview(db: Database, rows: list[list[Any]], sheet: str) -> ImportPreview:
    mapping = detect_mapping(rows, sheet)
    assert mapping is not None
    return build_preview(db, SheetData(Path("q.xlsx"), (sheet,), sheet, rows, False, "test"), mapping,
                         today=TODAY)


def _facts(preview: ImportPreview) -> list[Any]:
    return [[(p.row, p.label, sorted(p.values.items()), p.target_id, p.account_id, sorted(p.changes.items()))
             for p in preview.creates],
            [(p.row, p.label, sorted(p.values.items()), p.target_id, sorted(p.changes.items()))
             for p in preview.updates],
            preview.unchanged, [(r.row, r.label, r.reason()) for r in preview.rejects],
            [(r.row, r.label, r.reason()) for r in preview.dropped], [repr(n) for n in preview.notices]]


@pytest.fixture
def accounts(db: Database) -> dict[str, int]:
    def make(name: str, ext: str | None = None) -> int:
        return int(create_account(db, {"name": name, "external_id": ext}, apply_segment_playbook=False).value)

    made = {name: make(name, ext)
            for name, ext in (("Quick Quail", "Q-1"), ("Twin Tern", None), ("Slow Swan", "S-9"))}
    make("Twin Tern")  # two accounts of that name: naming it is a question
    return made


def contacts_rows(accounts: dict[str, int]) -> list[list[Any]]:
    quail, swan = accounts["Quick Quail"], accounts["Slow Swan"]
    return [["Account ID", "Company", "CRM ID", "Name", "Email", "Role"],
            [quail, None, None, "Ana", "ana@quail.example", "Admin"],
            [None, "Quick Quail", None, "Ben", "ben@quail.example", "analyst"],
            [None, None, "S-9", "Cy", "cy@swan.example", "end_user"],
            [None, "Twin Tern", None, "Di", "di@tern.example", "admin"],     # two accounts of that name
            [None, "Nobody Inc", None, "Ed", "ed@nobody.example", "admin"],  # no such account
            [swan, None, None, "", "nameless@swan.example", "admin"],        # the name is missing
            [quail, None, None, "Ana again", "ANA@quail.example", "admin"],  # a duplicate of row 2
            [None, None, None, "Fay", "fay@swan.example", "admin"],          # by e-mail domain
            [None] * 6,
            [swan, None, None, "Gus", "gus@swan.example", "wizard"],         # a bad role: dropped
            [999_999, None, None, "Hal", "hal@swan.example", "admin"],       # no account with that id
            [swan, None, None, "Ivy", None, "admin"],
            [swan, None, None, "Ivy", None, "admin"]]                        # the same name again


def test_the_quick_path_plans_exactly_what_the_full_resolve_plans(db: Database, accounts: dict[str, int],
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    rows = contacts_rows(accounts)
    quick = _facts(_preview(db, rows, "Contacts"))
    monkeypatch.setattr(preview_module, "quick_creates", lambda *_args: None)
    full = _facts(_preview(db, rows, "Contacts"))
    assert quick == full
    assert [row for row, *_ in quick[0]] == [2, 3, 4, 11, 13]
    assert quick[0][0][1] == "Quick Quail · Ana"
    assert [row for row, *_ in quick[3]] == [5, 6, 7, 8, 9, 12, 14]


def test_the_quick_path_leaves_a_match_to_the_full_resolve(db: Database, accounts: dict[str, int],
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    quail = accounts["Quick Quail"]
    first = _preview(db, [["Account ID", "Name", "Email"], [quail, "Ana", "ana@quail.example"]], "Contacts")
    apply_import(db, [first], today=TODAY)
    rows: list[list[Any]] = [["Account ID", "Name", "Email"], [quail, "Ana Maria", "Ana@Quail.example"],
                             [quail, "Bo", "bo@quail.example"]]
    quick = _facts(_preview(db, rows, "Contacts"))
    monkeypatch.setattr(preview_module, "quick_creates", lambda *_args: None)
    assert quick == _facts(_preview(db, rows, "Contacts"))
    assert [p[0] for p in quick[1]] == [2] and [p[0] for p in quick[0]] == [3]


def test_tasks_with_a_status_and_milestones_plan_alike(db: Database, accounts: dict[str, int],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    quail = accounts["Quick Quail"]
    tasks: list[list[Any]] = [["Account ID", "Task", "Stage", "Due date", "Status"],
                              [quail, "Kick off", "Kickoff", "2026-07-01", "done"],
                              [quail, "Train", "Adopt", "2026-07-09", None],
                              [quail, "Train", "Adopt", "2026-07-10", None],
                              [quail, "", "Adopt", "2026-07-10", None]]
    milestones: list[list[Any]] = [["Account ID", "Milestone", "Target date"],
                                   [quail, "Go-live", "2026-08-01"], [quail, "Go-live", "2026-08-02"]]
    quick = [_facts(_preview(db, tasks, "Tasks")), _facts(_preview(db, milestones, "Milestones"))]
    monkeypatch.setattr(preview_module, "quick_creates", lambda *_args: None)
    assert quick == [_facts(_preview(db, tasks, "Tasks")), _facts(_preview(db, milestones, "Milestones"))]
    assert quick[0][0][0][2] == sorted({**dict(quick[0][0][0][2]), "done_date": TODAY.isoformat()}.items())


def _many(accounts: dict[str, int]) -> list[list[Any]]:
    """Enough new contacts that the WAL passes SQLite's automatic checkpoint (1,000 pages)."""
    return [["Account ID", "Name", "Email"],
            *[[accounts["Quick Quail"], f"P {i}", f"p{i}@quail.example"] for i in range(12_000)]]


def test_the_import_commits_without_waiting_for_the_checkpoint(db: Database, db_path: Path,
                                                               accounts: dict[str, int]) -> None:
    before = db.conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
    preview = _preview(db, _many(accounts), "Contacts")
    settle(db)
    size = db_path.stat().st_size
    apply_import(db, [preview], today=TODAY)
    assert db.conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == before
    assert db_path.stat().st_size == size  # the new pages are in the WAL only, durable there
    other = sqlite3.connect(db_path)  # and every connection reads them
    try:
        found = other.execute("SELECT count(*) FROM contact WHERE email LIKE '%@quail.example'").fetchone()
        assert found[0] == 12_000
    finally:
        other.close()
    settle(db)
    assert db_path.stat().st_size > size
    frames, copied = db.conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()[1:]
    assert frames == copied


def test_the_childs_columns_preview_as_the_rows_do(db: Database, tmp_path: Path,
                                                   accounts: dict[str, int]) -> None:
    from dataclasses import replace

    from openpyxl import Workbook

    from tracker.excel.reader import read_sheet

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Contacts export"])  # a title row above the header
    for row in contacts_rows(accounts):
        sheet.append(row)
    sheet.append([None, None, None, "Short row"])
    book.save(tmp_path / "people.xlsx")
    read = read_sheet(tmp_path / "people.xlsx")
    assert read.columns is not None
    assert [list(c) for c in zip(*read.rows, strict=True)] == [list(c) for c in read.columns]
    mapping = detect_mapping(read.rows, read.sheet)
    assert mapping is not None and mapping.header_row == 1
    by_columns = _facts(build_preview(db, read, mapping, today=TODAY))
    assert by_columns == _facts(build_preview(db, replace(read, columns=None), mapping, today=TODAY))
    assert len(by_columns[0]) == 5 and by_columns[3][-1][0] == 16  # the short row names no account


def test_the_later_checkpoint_and_the_apps_commits_do_not_collide(db: Database, db_path: Path,
                                                                 accounts: dict[str, int]) -> None:
    """The dialog runs ``settle`` on a worker's own connection while the app goes on writing on
    its main one, whose commits may try their own automatic checkpoint at the same moment.
    Both carry on: SQLite lets one checkpoint run and the other give up without an error."""
    import threading

    from tracker.storage.db import open_database

    apply_import(db, [_preview(db, _many(accounts), "Contacts")], today=TODAY)
    failures: list[BaseException] = []
    go = threading.Barrier(2)

    def settle_on_its_own_connection() -> None:
        other = open_database(db_path, migrate=False)
        try:
            go.wait()
            for _ in range(20):
                settle(other)
        except BaseException as exc:  # the test reports whatever it was
            failures.append(exc)
        finally:
            other.conn.close()

    worker = threading.Thread(target=settle_on_its_own_connection)
    worker.start()
    go.wait()
    names = [f"Race {i}" for i in range(40)]
    for name in names:  # each commit may attempt the automatic checkpoint itself
        create_account(db, {"name": name}, apply_segment_playbook=False)
    worker.join(timeout=60)
    assert not worker.is_alive() and failures == []
    settle(db)
    assert db.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    imported = db.conn.execute("SELECT count(*) FROM contact WHERE email LIKE '%@quail.example'").fetchone()
    assert imported[0] == 12_000
    stored = {r[0] for r in db.conn.execute("SELECT name FROM account WHERE name LIKE 'Race %'")}
    assert stored == set(names)
    frames, copied = db.conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()[1:]
    assert frames == copied  # nothing was left behind for good
