"""The stored task summary (schema 6) and the task pass read from it.

Two promises: after any write the app makes, ``task_summary`` equals a fresh GROUP BY of the
tasks; and :func:`tracker.queries.task_pass.task_status_rows` returns exactly the plain pass's
rows, whichever way it reads them, on any day and on odd data.
"""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from tracker.database import Database
from tracker.domain import AccountId
from tracker.queries import task_pass
from tracker.queries.task_pass import plain_rows, summary_rows, summary_rows_of_days, task_status_rows

TODAY = date(2026, 6, 15)
RECOUNT = ("SELECT account_id, status, count(*), count(due_date), min(due_date) FROM task"
           " GROUP BY account_id, status ORDER BY account_id, status")
STORED = "SELECT account_id, status, n, n_dated, first_due FROM task_summary ORDER BY account_id, status"


def assert_kept(db: Database) -> None:
    stored = db.conn.execute(STORED).fetchall()
    assert stored == db.conn.execute(RECOUNT).fetchall()


def days_around(db: Database) -> list[str]:
    """Before the first due and done date, the middle, today, after the last, and the edges."""
    first, last = db.conn.execute(
        "SELECT min(min(due_date), min(done_date)), max(max(due_date), max(done_date)) FROM task"
        " WHERE due_date GLOB '[0-9]*' OR done_date GLOB '[0-9]*'").fetchone()
    lo, hi = date.fromisoformat(first), date.fromisoformat(last)
    mid = lo + (hi - lo) / 2
    return sorted({(lo - timedelta(days=1)).isoformat(), first, mid.isoformat(),
                   TODAY.isoformat(), last, (hi + timedelta(days=1)).isoformat()})


def assert_same_rows(db: Database, days: list[str]) -> None:
    for d in days:
        plain = plain_rows(db, d)
        assert summary_rows(db, d) == plain, d
        assert task_status_rows(db, d) == plain, d


# --- the read: one result, either way ----------------------------------------------------

def test_summary_rows_equal_the_plain_pass_on_the_demo_at_every_kind_of_day(demo_db: Database) -> None:
    assert_kept(demo_db)  # the demo generation itself
    days = days_around(demo_db)
    assert len(days) >= 5
    assert_same_rows(demo_db, days)


def test_a_scoped_read_is_the_plain_pass_of_those_accounts(demo_db: Database) -> None:
    ids = [r[0] for r in demo_db.conn.execute("SELECT id FROM account ORDER BY id LIMIT 3")]
    scope = "account_id IN (SELECT value FROM json_each(:ids))"
    params = {"ids": f"[{', '.join(map(str, ids))}]"}
    rows = task_status_rows(demo_db, TODAY.isoformat(), scope, params)
    assert rows == plain_rows(demo_db, TODAY.isoformat(), scope, params)
    assert {r[0] for r in rows} <= set(ids) and rows


def _statements(db: Database, d: str) -> str:
    seen: list[str] = []
    db.conn.set_trace_callback(seen.append)
    try:
        task_status_rows(db, d)
    finally:
        db.conn.set_trace_callback(None)
    return "\n".join(seen)


def _took_ranges(db: Database, d: str, share: int = task_pass.SUMMARY_SHARE) -> bool:
    """Whether the one statement that reads the tasks ran the day ranges (not the plain pass)."""
    rows = db.conn.execute(task_pass._EITHER_SQL.format(cap=f"coalesce(sum(n), 0) / {share}"),
                           {"d": d}).fetchall()
    assert rows
    return rows[0][2] is None


def test_today_reads_the_summary_and_a_distant_past_the_plain_pass(demo_db: Database) -> None:
    assert _took_ranges(demo_db, TODAY.isoformat())
    today = _statements(demo_db, TODAY.isoformat())
    assert today.count("FROM task_summary") == 2  # the cap, then the summary rows
    # Every task is due after 1999: the ranges would be the whole table, so the probe says no.
    assert not _took_ranges(demo_db, "1999-12-31")
    past = _statements(demo_db, "1999-12-31")
    assert past.count("FROM task_summary") == 1  # the cap only: the summary rows are not read


def test_the_probe_bound_follows_the_share(demo_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """With a share that leaves no room, even today is read by the plain pass."""
    assert not _took_ranges(demo_db, TODAY.isoformat(), share=10**9)
    monkeypatch.setattr(task_pass, "SUMMARY_SHARE", 10**9)
    assert _statements(demo_db, TODAY.isoformat()).count("FROM task_summary") == 1
    assert task_status_rows(demo_db, TODAY.isoformat()) == plain_rows(demo_db, TODAY.isoformat())


def _odd_tasks(db: Database) -> None:
    conn = db.conn
    with conn:
        a = conn.execute("INSERT INTO account (name) VALUES ('Odd One') RETURNING id").fetchone()[0]
        b = conn.execute("INSERT INTO account (name) VALUES ('Odd Two') RETURNING id").fetchone()[0]
        conn.executemany(
            "INSERT INTO task (account_id, title, due_date, status, done_date) VALUES (?, ?, ?, ?, ?)",
            [(a, "no date", None, "todo", None),
             (a, "no date, done", None, "done", "2026-06-01"),
             (a, "skipped late", "2026-05-01", "skipped", None),
             (a, "skipped later", "2026-07-01", "skipped", None),
             (a, "due today", TODAY.isoformat(), "todo", None),
             (a, "done late", "2026-06-01", "done", "2026-06-20"),
             (a, "done early", "2026-06-20", "done", "2026-06-10"),
             (a, "blocked", "2026-06-14", "blocked", None),
             (b, "words for a date", "next week", "todo", None),
             (b, "empty date", "", "in_progress", None),
             (b, "a number", 20260615, "todo", None),
             (b, "a blob", b"\x00\x01", "todo", None),
             (b, "done date in words", "2026-06-10", "done", "yesterday"),
             (b, "a blob done date", "2026-06-10", "done", b"\xff")])
    # A damaged file can hold a status the CHECK constraint would refuse today.
    conn.execute("PRAGMA ignore_check_constraints = ON")
    try:
        with conn:
            conn.execute("INSERT INTO task (account_id, title, due_date, status)"
                         " VALUES (?, 'odd', '2026-06-01', 'waiting')", (b,))
    finally:
        conn.execute("PRAGMA ignore_check_constraints = OFF")


def test_odd_data_gives_the_same_rows_either_way(db: Database) -> None:
    _odd_tasks(db)
    assert_kept(db)
    statuses = {r[0] for r in db.conn.execute("SELECT DISTINCT status FROM task")}
    assert "waiting" in statuses
    days = ["1999-01-01", "2026-05-01", "2026-06-01", TODAY.isoformat(), "2026-06-20", "2027-01-01",
            "next week", "z"]
    assert_same_rows(db, days)
    types = {r[0] for r in db.conn.execute("SELECT DISTINCT typeof(due_date) FROM task")}
    assert types == {"null", "text", "blob"}  # the number went in as text (TEXT affinity)


def assert_same_rows_of_days(db: Database, days: list[str]) -> None:
    """Several days read together from the summary: each day's own plain pass, in the order
    asked (a day asked twice answered twice)."""
    asked = [*reversed(days), days[0]]
    together = summary_rows_of_days(db, asked, always=True)
    assert together is not None
    for d, rows in zip(asked, together, strict=True):
        assert rows == plain_rows(db, d), d


def test_several_days_from_the_summary_are_each_days_plain_pass(demo_db: Database) -> None:
    assert_same_rows_of_days(demo_db, days_around(demo_db))
    month_ends = ["2026-03-31", "2026-04-30", "2026-05-16", "2026-05-31", TODAY.isoformat()]
    assert_same_rows_of_days(demo_db, month_ends)


def test_several_days_on_odd_data_are_each_days_plain_pass(db: Database) -> None:
    _odd_tasks(db)
    assert_same_rows_of_days(db, ["1999-01-01", "2026-05-01", "2026-06-01", TODAY.isoformat(),
                                  "2026-06-20", "2027-01-01", "next week", "z"])
    assert_same_rows_of_days(db, ["2026-06-14", TODAY.isoformat()])


def test_several_days_with_no_task_at_all(db: Database) -> None:
    assert summary_rows_of_days(db, ["2026-05-31", TODAY.isoformat()], always=True) == [[], []]
    assert summary_rows_of_days(db, ["2026-05-31", TODAY.isoformat()]) is None  # nothing to pay for
    assert summary_rows_of_days(db, []) == []


def test_several_days_take_the_ranges_only_while_they_are_short(demo_db: Database) -> None:
    """Recent days (the goals' month ends) are read from the summary; from a day before every
    task the ranges would be the whole table twice over, and the caller's plain pass reads."""
    recent = [(TODAY - timedelta(days=n)).isoformat() for n in (0, 15, 30, 45)]
    seen: list[str] = []
    demo_db.conn.set_trace_callback(seen.append)
    try:
        assert summary_rows_of_days(demo_db, recent) is not None
        assert summary_rows_of_days(demo_db, ["1999-12-31", TODAY.isoformat()]) is None
    finally:
        demo_db.conn.set_trace_callback(None)
    ranges = [s for s in seen if "GROUP BY account_id, status" in s]
    assert len(ranges) == 2, "two range reads for the recent days, none for the distant ones"


def test_odd_data_survives_every_kind_of_change(db: Database) -> None:
    _odd_tasks(db)
    conn = db.conn
    with conn:
        conn.execute("UPDATE task SET due_date = NULL WHERE title = 'a blob'")
        conn.execute("UPDATE task SET due_date = x'00' WHERE title = 'no date'")
        conn.execute("UPDATE task SET status = 'done' WHERE title = 'words for a date'")
        conn.execute("DELETE FROM task WHERE title = 'empty date'")
    assert_kept(db)
    assert_same_rows(db, ["2026-06-01", TODAY.isoformat(), "next week"])


# --- the writes: the summary stays a recount ---------------------------------------------

def _two_accounts(db: Database) -> tuple[int, int]:
    a, b = (r[0] for r in db.conn.execute("SELECT id FROM account ORDER BY id LIMIT 2"))
    return int(a), int(b)


def test_single_task_writes_keep_the_summary(demo_db: Database) -> None:
    from tracker.services.tasks import (
        add_task,
        delete_task,
        restore_task,
        set_task_done,
        set_task_status,
        update_task,
    )

    db = demo_db
    a, b = _two_accounts(db)
    new = add_task(db, a, {"title": "Fresh", "due_date": "2020-01-01"}).value
    assert_kept(db)
    undated = add_task(db, a, {"title": "Undated"}).value
    add_task(db, b, {"title": "Done already", "status": "done", "due_date": "2026-06-01"})
    assert_kept(db)
    set_task_done(db, new, True, today=TODAY)  # tick
    assert_kept(db)
    set_task_done(db, new, False, today=TODAY)  # untick
    assert_kept(db)
    set_task_status(db, new, "skipped")
    update_task(db, new, {"due_date": "2019-05-05"})  # the group's earliest due date moves
    assert_kept(db)
    update_task(db, new, {"due_date": None})
    update_task(db, undated, {"due_date": "2030-01-01", "status": "blocked"})
    update_task(db, undated, {"title": "Renamed", "notes": "no group change"})
    assert_kept(db)
    row = delete_task(db, new).value
    assert_kept(db)
    restore_task(db, row)
    assert_kept(db)
    # No service moves a task to another account; the schema allows it, and the summary follows.
    with db.conn:
        db.conn.execute("UPDATE task SET account_id = ? WHERE id = ?", (b, new))
    assert_kept(db)


def test_bulk_writes_keep_the_summary(demo_db: Database) -> None:
    from tracker.services import bulk

    db = demo_db
    a, b = _two_accounts(db)
    ids = [r[0] for r in db.conn.execute(
        "SELECT id FROM task WHERE account_id IN (?, ?) ORDER BY id", (a, b))]
    ticked = bulk.set_tasks_status(db, ids[:10], "done", today=TODAY).value
    assert_kept(db)
    bulk.restore_task_values(db, ticked)
    assert_kept(db)
    moved = bulk.reschedule_tasks(db, ids[:15], days=7, today=TODAY).value
    assert_kept(db)
    bulk.restore_task_values(db, moved)
    bulk.reschedule_tasks(db, ids[5:20], to=date(2026, 1, 1), today=TODAY)
    assert_kept(db)
    gone = bulk.delete_tasks(db, ids[:8]).value
    assert_kept(db)
    bulk.restore_tasks(db, gone)
    assert_kept(db)
    bulk.add_task_to_accounts(db, [a, b], {"title": "For both", "due_date": "2026-06-16"})
    assert_kept(db)
    # One statement over many rows of one group: each row's trigger sees the rows before it.
    with db.conn:
        db.conn.execute("UPDATE task SET due_date = date(due_date, '-400 days') WHERE account_id = ?", (a,))
        db.conn.execute("UPDATE task SET status = 'todo', done_date = NULL WHERE account_id = ?", (b,))
    assert_kept(db)


def test_playbooks_journeys_and_accounts_keep_the_summary(demo_db: Database) -> None:
    from tracker.services import bulk
    from tracker.services.accounts import delete_account, restore_account
    from tracker.services.journeys import apply_playbook, remove_journey, restore_journey

    db = demo_db
    a, b = _two_accounts(db)
    playbook = db.conn.execute("SELECT min(id) FROM playbook").fetchone()[0]
    journey = apply_playbook(db, AccountId(a), playbook, TODAY).value
    assert_kept(db)
    bulk.apply_playbook_to_accounts(db, [a, b], playbook, date(2025, 1, 1))
    assert_kept(db)
    snap = remove_journey(db, journey).value  # ON DELETE CASCADE from the journey
    assert_kept(db)
    restore_journey(db, snap)
    assert_kept(db)
    before = db.conn.execute("SELECT count(*) FROM task_summary WHERE account_id = ?", (a,)).fetchone()[0]
    account = delete_account(db, a).value  # ON DELETE CASCADE from the account
    assert before > 0
    assert db.conn.execute("SELECT count(*) FROM task_summary WHERE account_id = ?", (a,)).fetchone()[0] == 0
    assert_kept(db)
    restore_account(db, account)
    assert_kept(db)
    snapshots = bulk.delete_accounts(db, [a, b]).value
    assert_kept(db)
    bulk.restore_accounts(db, snapshots)
    assert_kept(db)


@pytest.mark.parametrize("folded", [False, True], ids=["per_row", "bulk_fold"])
def test_imports_and_their_undo_keep_the_summary(demo_db: Database, folded: bool,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Row by row through the trigger, or (a large import) folded in after the insert with
    the trigger dropped meanwhile (tracker.storage.task_summary): the same summary."""
    from tracker.excel.importer import apply_import, undo_import
    from tracker.excel.preview import preview_sheet
    from tracker.excel.reader import SheetData
    from tracker.storage import task_summary

    if folded:
        monkeypatch.setattr(task_summary, "DEFER_MIN_ROWS", 1)
    db = demo_db
    triggers = "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
    schema = db.conn.execute(triggers).fetchall()
    _a, b = _two_accounts(db)
    todo = db.conn.execute(
        "SELECT id, account_id FROM task WHERE status = 'todo' ORDER BY id LIMIT 2").fetchall()
    rows: list[list[Any]] = [["Task ID", "Account ID", "Task", "Status", "Due"]]
    rows += [[t, acc, f"Updated {t}", "Completed", date(2026, 6, 1)] for t, acc in todo]
    rows += [[None, b, f"Imported {i}", "To do", date(2026, 6, 10 + i)] for i in range(5)]
    sheet = SheetData(Path("tasks.xlsx"), ("Tasks",), "Tasks", rows, False, "test")
    preview = preview_sheet(db, sheet, today=TODAY)
    assert len(preview.creates) == 5 and len(preview.updates) == 2
    result = apply_import(db, [preview], today=TODAY)
    assert_kept(db)
    assert db.conn.execute(triggers).fetchall() == schema
    redo = undo_import(db, result.undo).value
    assert_kept(db)
    undo_import(db, redo)
    assert_kept(db)
    # New accounts with their playbook's tasks, and the undo that takes them away again.
    segment = db.conn.execute(
        "SELECT name FROM segment WHERE playbook_id IS NOT NULL ORDER BY id").fetchone()[0]
    accounts = [["Company", "Segment", "Stage", "Signed"],
                ["Imported Ibis", segment, "Embark", date(2026, 6, 1)],
                ["Imported Jay", segment, "Kickoff", date(2026, 5, 1)]]
    preview = preview_sheet(db, SheetData(Path("a.xlsx"), ("A",), "A", accounts, False, "test"), today=TODAY)
    tasks_before = db.conn.execute("SELECT count(*) FROM task").fetchone()[0]
    result = apply_import(db, [preview], today=TODAY)
    assert db.conn.execute("SELECT count(*) FROM task").fetchone()[0] > tasks_before
    assert_kept(db)
    undo_import(db, result.undo)
    assert_kept(db)


def test_a_failed_write_leaves_the_summary_as_the_tasks(demo_db: Database) -> None:
    """A statement the schema refuses rolls the trigger's work back with it."""
    a, _b = _two_accounts(demo_db)
    with pytest.raises(sqlite3.IntegrityError), demo_db.conn:
        demo_db.conn.execute("INSERT INTO task (account_id, title, status) VALUES (?, 'x', 'done')", (a,))
        demo_db.conn.execute("INSERT INTO task (account_id, title, status) VALUES (?, 'y', 'nope')", (a,))
    assert_kept(demo_db)


def test_the_bulk_fold_needs_the_transaction_and_puts_the_trigger_back_on_failure(
        demo_db: Database) -> None:
    from tracker.storage.task_summary import INSERT_TRIGGER, summary_folded_after

    conn = demo_db.conn
    with pytest.raises(RuntimeError), summary_folded_after(conn, 0, 5000):
        pass
    a, _b = _two_accounts(demo_db)
    base = conn.execute("SELECT max(id) FROM task").fetchone()[0]
    conn.execute("BEGIN IMMEDIATE")
    with pytest.raises(sqlite3.IntegrityError), summary_folded_after(conn, base, 5000):
        conn.execute("INSERT INTO task (account_id, title) VALUES (?, 'in')", (a,))
        conn.execute("INSERT INTO task (account_id, title, status) VALUES (?, 'bad', 'nope')", (a,))
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = ?",
                        (INSERT_TRIGGER,)).fetchone() == (1,)
    conn.rollback()
    assert_kept(demo_db)
    conn.execute("BEGIN IMMEDIATE")
    with summary_folded_after(conn, base, 5000):
        conn.executemany("INSERT INTO task (account_id, title, due_date) VALUES (?, ?, ?)",
                         [(a, f"bulk {i}", None if i % 3 else f"2026-0{1 + i % 9}-01") for i in range(30)])
    conn.commit()
    assert_kept(demo_db)
    assert conn.execute("SELECT count(*) FROM task WHERE title GLOB 'bulk *'").fetchone() == (30,)


# --- the KPIs' fold in SQL: the same counts as the NumPy fold of the pass ------------------

def _added(rows: list[Any]) -> dict[int, tuple[float, ...]]:
    """folded_rows' parts added per account."""
    out: dict[int, list[float]] = {}
    for account_id, *counts in rows:
        total = out.setdefault(account_id, [0.0] * 5)
        for k, v in enumerate(counts):
            total[k] += v
    return {k: tuple(v) for k, v in out.items()}


def _numpy_fold(rows: list[Any]) -> dict[int, tuple[float, ...]]:
    from tracker.kpi.health_factors import fold_task_counts

    return {int(r[0]): tuple(r[1:]) for r in fold_task_counts(rows).tolist()}


def assert_same_fold(db: Database, days: list[str]) -> None:
    from tracker.kpi.health_factors import task_counts

    for d in days:
        expected = _numpy_fold(plain_rows(db, d))
        for ranges in (None, True, False):
            assert _added(task_pass.folded_rows(db, d, ranges=ranges)) == expected, (d, ranges)
        counts = task_counts(db, d, "1", {"d": d})
        assert {int(r[0]): tuple(r[1:]) for r in counts.tolist()} == expected, d
        assert counts[:, 0].tolist() == sorted(expected)


def test_the_fold_in_sql_equals_the_numpy_fold_on_the_demo_either_way(demo_db: Database) -> None:
    assert_same_fold(demo_db, days_around(demo_db))
    ids = [r[0] for r in demo_db.conn.execute("SELECT id FROM account ORDER BY id LIMIT 3")]
    scope = "account_id IN (SELECT value FROM json_each(:ids))"
    params = {"ids": f"[{', '.join(map(str, ids))}]"}
    scoped = task_pass.folded_rows(demo_db, TODAY.isoformat(), scope, params)
    assert _added(scoped) == _numpy_fold(plain_rows(demo_db, TODAY.isoformat(), scope, params))
    assert {r[0] for r in scoped} == set(ids)


def test_the_fold_in_sql_on_odd_data_and_by_hand(db: Database) -> None:
    from tracker.kpi.health_factors import task_counts

    _odd_tasks(db)
    assert_same_fold(db, ["1999-01-01", "2026-05-01", "2026-06-01", TODAY.isoformat(), "2026-06-20",
                          "2027-01-01", "next week", "z"])
    odd_one = db.conn.execute("SELECT id FROM account WHERE name = 'Odd One'").fetchone()[0]
    d = TODAY.isoformat()
    for ranges in (True, False):
        # Not skipped: 6. Done by the day: "no date, done" and "done early" ("done late" was
        # still open). Planned by the day: due today, done late, blocked. Due before it: done
        # late, blocked. Overdue: done late (done after the day) and blocked.
        assert _added(task_pass.folded_rows(db, d, ranges=ranges))[odd_one] == (6, 2, 3, 2, 2)
    row = next(r for r in task_counts(db, d, "1", {"d": d}).tolist() if r[0] == odd_one)
    assert row[1:] == [6, 2, 3, 2, 2]
