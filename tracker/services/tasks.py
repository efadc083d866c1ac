"""Checklist tasks: status changes (done, blocked, skipped), edits, additions, deletions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from tracker import domain
from tracker.changes import ChangeSet, Written
from tracker.database import Database
from tracker.domain import TaskId, ValidationError
from tracker.i18n import QT_TRANSLATE_NOOP, words
from tracker.services.base import (
    fetch_all,
    fetch_one,
    insert_row,
    log_change,
    restore_rows,
    row_dict,
    snapshot_rows,
    update_row,
)
from tracker.storage.db import transaction
from tracker.validation import check, check_row

if TYPE_CHECKING:  # the row class loads on first read: the app's first paint imports this
    from tracker.domain import Task

EDITABLE = frozenset({"title", "stage", "due_date", "status", "done_date", "owner", "notes",
                      "position"})
CHANGED = ChangeSet(tasks=True, accounts=True, kpis=True)


@dataclass(frozen=True)
class TaskState:
    """A task's status and done date before a status change: all its undo puts back."""

    account_id: int
    title: str
    status: str
    done_date: str | None


def get_task(db: Database, task_id: int) -> Task:
    return fetch_one(db, domain.Task, "SELECT * FROM task WHERE id = ?", (task_id,))


def list_tasks(db: Database, account_id: int) -> list[Task]:
    return fetch_all(
        db, domain.Task, "SELECT * FROM task WHERE account_id = ? ORDER BY position, id", (account_id,)
    )


def set_task_status(
    db: Database,
    task_id: int,
    status: str,
    *,
    done_date: date | str | None = None,
    today: date | None = None,
) -> Written[TaskState]:
    """Set a task's status; ``done`` stamps a done date (today unless given), others clear it.

    The task is read once, and what it was comes back so an undo needs no read of its own
    (ticking a task is the hottest write in the app).
    """
    check("task", "status", status)
    with transaction(db):
        before = row_dict(db, "task", task_id)
        stamp: date | str | None = None
        if status == "done":
            # Marking an already-done task done again keeps the day it was really done.
            kept = before["done_date"] if before["status"] == "done" else None
            stamp = done_date or kept or (today or date.today())
        update_row(db, "task", task_id, {"status": status, "done_date": stamp}, EDITABLE,
                   current=before)
    state = TaskState(before["account_id"], before["title"], before["status"], before["done_date"])
    return Written(CHANGED.for_accounts(state.account_id), state)


def set_task_done(
    db: Database, task_id: int, done: bool, today: date | None = None
) -> Written[TaskState]:
    return set_task_status(db, task_id, "done" if done else "todo", today=today)


def update_task(
    db: Database, task_id: int, changes: dict[str, Any]
) -> Written[dict[str, Any]]:
    """Edit fields; a status change keeps the done date in step, as :func:`set_task_status` does.

    Returns the previous values of what changed, which written back undo the edit.
    """
    changes = dict(changes)
    if "status" in changes:
        check("task", "status", changes["status"])
    with transaction(db):
        current = row_dict(db, "task", task_id)
        account_id = current["account_id"]
        if "status" in changes and "done_date" not in changes:
            if changes["status"] != "done":
                changes["done_date"] = None
            elif not current["done_date"]:
                changes["done_date"] = date.today()
        previous = update_row(db, "task", task_id, changes, EDITABLE, current=current)
    return Written(CHANGED.for_accounts(account_id), previous)


def add_task(db: Database, account_id: int, values: dict[str, Any]) -> Written[TaskId]:
    values = {"stage": "Embark", **values, "account_id": account_id}
    values.update(check_row("task", values, creating=True))
    if values.get("status") == "done" and not values.get("done_date"):
        values["done_date"] = date.today()
    with transaction(db):
        if "position" not in values:
            values["position"] = db.conn.execute(
                "SELECT coalesce(max(position), 0) + 1 FROM task WHERE account_id = ?",
                (account_id,),
            ).fetchone()[0]
        task_id = TaskId(insert_row(db, "task", values))
    return Written(CHANGED.for_accounts(account_id), task_id)


def delete_task(db: Database, task_id: int) -> Written[dict[str, Any]]:
    """Delete a task; the returned row lets undo restore it with the same id."""
    with transaction(db):
        rows = snapshot_rows(db, "task", "id = ?", (task_id,))
        if not rows:
            raise ValidationError(words("errors", QT_TRANSLATE_NOOP(
                "errors", "The task no longer exists.")), None, "missing")
        db.conn.execute("DELETE FROM task WHERE id = ?", (task_id,))
        log_change(db.conn, "delete", "task", task_id, "title", rows[0]["title"], None)
    return Written(CHANGED.for_accounts(rows[0]["account_id"]), rows[0])


def restore_task(db: Database, row: dict[str, Any]) -> ChangeSet:
    with transaction(db):
        restore_rows(db, "task", [row])
    return CHANGED.for_accounts(row["account_id"])
