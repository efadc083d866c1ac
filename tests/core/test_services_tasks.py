"""Checklist tasks: status changes with done dates, edits, additions, deletion and undo."""

from __future__ import annotations

from datetime import date

import pytest
from sqlite_utils import Database

from tracker.changes import ChangeSet
from tracker.domain import NotFoundError, ValidationError
from tracker.services.accounts import create_account
from tracker.services.tasks import (
    add_task,
    delete_task,
    get_task,
    list_tasks,
    restore_task,
    set_task_done,
    set_task_status,
    update_task,
)

TODAY = date(2026, 6, 15)


@pytest.fixture
def account(db: Database) -> int:
    return create_account(db, {"name": "Acme"}).value


def test_add_task_appends_positions(db: Database, account: int) -> None:
    first = add_task(db, account, {"title": "Kickoff call", "due_date": "2026-06-20"}).value
    second = add_task(db, account, {"title": "Send plan", "stage": "Handoff"}).value
    tasks = list_tasks(db, account)
    assert [(t.id, t.position, t.title, t.stage, t.status) for t in tasks] == [
        (first, 1, "Kickoff call", "Embark", "todo"),
        (second, 2, "Send plan", "Handoff", "todo"),
    ]
    assert tasks[0].due_date == "2026-06-20"


@pytest.mark.parametrize(
    ("values", "field"),
    [({"title": ""}, "title"), ({"title": "  "}, "title"), ({}, "title"),
     ({"title": "T", "stage": "Later"}, "stage"), ({"title": "T", "status": "finished"}, "status"),
     ({"title": "T", "due_date": "tomorrow"}, "due_date")],
)
def test_add_task_refuses_bad_values(db: Database, account: int, values: dict[str, str],
                                     field: str) -> None:
    with pytest.raises(ValidationError) as info:
        add_task(db, account, values)
    assert info.value.field == field
    assert list_tasks(db, account) == []


def test_add_task_to_a_missing_account(db: Database) -> None:
    with pytest.raises(ValidationError) as info:
        add_task(db, 999, {"title": "Orphan"})
    assert info.value.code == "reference"


def test_add_done_task_gets_a_done_date(db: Database, account: int) -> None:
    tid = add_task(db, account, {"title": "Already done", "status": "done"}).value
    assert get_task(db, tid).done_date == date.today().isoformat()


def test_done_stamps_and_undo_clears(db: Database, account: int) -> None:
    tid = add_task(db, account, {"title": "Kickoff"}).value
    change = set_task_done(db, tid, True, today=TODAY).change
    assert change == ChangeSet(tasks=True, accounts=True, kpis=True, account_ids=frozenset({account}))
    task = get_task(db, tid)
    assert (task.status, task.done_date) == ("done", "2026-06-15")
    set_task_done(db, tid, False, today=TODAY)
    task = get_task(db, tid)
    assert (task.status, task.done_date) == ("todo", None)
    log = db.conn.execute(
        "SELECT field, old_value, new_value FROM change_log WHERE entity = 'task' AND action = 'update'"
        " ORDER BY id").fetchall()
    assert log == [("status", "todo", "done"), ("done_date", None, "2026-06-15"),
                   ("status", "done", "todo"), ("done_date", "2026-06-15", None)]


@pytest.mark.parametrize("status", ["blocked", "skipped", "in_progress", "todo"])
def test_other_statuses_clear_the_done_date(db: Database, account: int, status: str) -> None:
    tid = add_task(db, account, {"title": "T"}).value
    set_task_status(db, tid, "done", today=TODAY)
    set_task_status(db, tid, status, today=TODAY)
    task = get_task(db, tid)
    assert (task.status, task.done_date) == (status, None)


def test_explicit_done_date_wins(db: Database, account: int) -> None:
    tid = add_task(db, account, {"title": "T"}).value
    set_task_status(db, tid, "done", done_date="2026-05-01", today=TODAY)
    assert get_task(db, tid).done_date == "2026-05-01"
    set_task_status(db, tid, "done", done_date=date(2026, 5, 3), today=TODAY)
    assert get_task(db, tid).done_date == "2026-05-03"


def test_marking_done_again_keeps_the_real_done_date(db: Database, account: int) -> None:
    tid = add_task(db, account, {"title": "T"}).value
    set_task_status(db, tid, "done", today=date(2026, 6, 1))
    set_task_status(db, tid, "done", today=TODAY)
    assert get_task(db, tid).done_date == "2026-06-01"


def test_unknown_status_and_missing_task(db: Database, account: int) -> None:
    tid = add_task(db, account, {"title": "T"}).value
    with pytest.raises(ValidationError) as info:
        set_task_status(db, tid, "finished")
    assert info.value.code == "unknown_status"
    with pytest.raises(NotFoundError):
        set_task_status(db, 4242, "done")


def test_update_task_fields_and_done_date_follow_status(db: Database, account: int) -> None:
    tid = add_task(db, account, {"title": "T"}).value
    update_task(db, tid, {"title": "Renamed", "stage": "Adopt", "notes": "n", "owner": "CSM",
                          "due_date": date(2026, 7, 1)})
    task = get_task(db, tid)
    assert (task.title, task.stage, task.notes, task.owner, task.due_date) == (
        "Renamed", "Adopt", "n", "CSM", "2026-07-01")
    update_task(db, tid, {"status": "done", "done_date": "2026-06-10"})
    assert get_task(db, tid).done_date == "2026-06-10"
    update_task(db, tid, {"status": "blocked"})
    assert (get_task(db, tid).status, get_task(db, tid).done_date) == ("blocked", None)
    update_task(db, tid, {"status": "done"})
    assert get_task(db, tid).done_date == date.today().isoformat()


@pytest.mark.parametrize("changes", [{"title": " "}, {"stage": "Nope"}, {"status": "finished"},
                                     {"account_id": 3}, {"due_date": "31.12.2026"}])
def test_update_task_refuses_bad_values(db: Database, account: int, changes: dict[str, object]) -> None:
    tid = add_task(db, account, {"title": "T"}).value
    with pytest.raises(ValidationError):
        update_task(db, tid, changes)
    task = get_task(db, tid)
    assert (task.title, task.stage, task.status, task.due_date) == ("T", "Embark", "todo", None)


def test_delete_and_restore_with_the_same_id(db: Database, account: int) -> None:
    tid = add_task(db, account, {"title": "T", "due_date": "2026-06-20"}).value
    set_task_done(db, tid, True, today=TODAY)
    before = get_task(db, tid)
    row = delete_task(db, tid).value
    assert list_tasks(db, account) == []
    restore_task(db, row)
    assert get_task(db, tid) == before
    with pytest.raises(ValidationError, match="no longer exists"):
        delete_task(db, 999)
