"""Edits of many accounts or tasks at once, each batch one transaction and one ChangeSet.

A specialist selects 12 accounts and moves them to Kickoff: that is one decision, so it is
one write (all or nothing, never 7 of 12 moved when the disk fills) and one undo step. Each
function returns what its undo needs, the way the one-row services do, and reuses them
inside the batch's transaction (nested transactions join the outer one), so a bulk edit
keeps every rule of a single edit: stage history, churn dates, done dates, the change log.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from tracker.changes import ChangeSet, Written
from tracker.database import Database
from tracker.domain import AccountId, JourneyId, PlaybookId, TaskId, ValidationError
from tracker.i18n import QT_TRANSLATE_NOOP, words
from tracker.services import accounts, journeys, tasks
from tracker.services.accounts import AccountSnapshot, StageSnapshot
from tracker.services.base import normalise, row_dict, update_row
from tracker.storage.db import transaction

# Fields a bulk edit may set on accounts. Stage and status have their own functions
# (history, churn date), so they are not plain field writes.
ACCOUNT_FIELDS = frozenset({"owner", "segment_id"})
_SEGMENTS = ChangeSet(accounts=True, segments=True, kpis=True)


def _ids(ids: Iterable[int]) -> list[int]:
    """Distinct ids in the order given: a row selected twice is edited once."""
    return list(dict.fromkeys(int(i) for i in ids))


def _require(ids: Sequence[int]) -> None:
    if not ids:
        raise ValidationError(words("errors", QT_TRANSLATE_NOOP(
            "errors", "Nothing is selected.")), None, "empty")


# -- accounts ---------------------------------------------------------------------------
AccountValues = dict[int, dict[str, Any]]


def set_account_field(db: Database, account_ids: Iterable[int], field: str, value: Any
                      ) -> Written[AccountValues]:
    """Set ``owner`` or ``segment_id`` on every account; returns each one's previous value.

    Only the accounts whose value really changes are written (and named in the ChangeSet).
    """
    if field not in ACCOUNT_FIELDS:
        raise ValidationError(words("errors", QT_TRANSLATE_NOOP(
            "errors", "Unknown field '{0}'."), field), field)
    ids = _ids(account_ids)
    _require(ids)
    previous: AccountValues = {}
    with transaction(db):
        for account_id in ids:
            before = update_row(db, "account", account_id, {field: value}, ACCOUNT_FIELDS)
            if before:
                previous[account_id] = before
    base = _SEGMENTS if field == "segment_id" else accounts.CHANGED
    return Written(base.for_accounts(*previous), previous)


def restore_account_fields(db: Database, previous: Mapping[int, Mapping[str, Any]]) -> ChangeSet:
    """Undo of :func:`set_account_field` and :func:`set_accounts_status`: write back what
    each account had (status with its churn date, exactly as it was)."""
    with transaction(db):
        for account_id, values in previous.items():
            update_row(db, "account", account_id, dict(values), accounts.EDITABLE)
    segment = any("segment_id" in v for v in previous.values())
    return (_SEGMENTS if segment else accounts.CHANGED).for_accounts(*previous)


def set_accounts_status(db: Database, account_ids: Iterable[int], status: str,
                        on: date | None = None) -> Written[AccountValues]:
    """Lifecycle status for every account, with the churn-date rule of :func:`set_status`."""
    ids = _ids(account_ids)
    _require(ids)
    previous: AccountValues = {}
    with transaction(db):
        for account_id in ids:
            was_status, was_churned = accounts.set_status(db, account_id, status, on).value
            if was_status != status:
                previous[account_id] = {"status": was_status, "churned_date": was_churned}
    return Written(accounts.CHANGED.for_accounts(*previous), previous)


def move_accounts_stage(db: Database, account_ids: Iterable[int], stage: str,
                        on: date | None = None) -> Written[dict[int, StageSnapshot]]:
    """Move every account to ``stage``; those already there are left alone (no new history)."""
    ids = _ids(account_ids)
    _require(ids)
    snapshots: dict[int, StageSnapshot] = {}
    with transaction(db):
        for account_id in ids:
            moved = accounts.move_stage(db, account_id, stage, on)
            if moved.value[0] != stage:
                snapshots[account_id] = moved.value
    return Written(accounts.CHANGED.for_accounts(*snapshots), snapshots)


def restore_stages(db: Database, snapshots: Mapping[int, StageSnapshot]) -> ChangeSet:
    with transaction(db):
        for account_id, snapshot in snapshots.items():
            accounts.restore_stage(db, account_id, snapshot)
    return accounts.CHANGED.for_accounts(*snapshots)


def delete_accounts(db: Database, account_ids: Iterable[int]) -> Written[list[AccountSnapshot]]:
    """Delete every account with all under it; the snapshots let undo put back the same ids."""
    ids = _ids(account_ids)
    _require(ids)
    with transaction(db):
        snapshots = [accounts.delete_account(db, account_id).value for account_id in ids]
    return Written(accounts.WHOLE_ACCOUNT.for_accounts(*ids), snapshots)


def restore_accounts(db: Database, snapshots: Sequence[AccountSnapshot]) -> ChangeSet:
    with transaction(db):
        for snapshot in snapshots:
            accounts.restore_account(db, snapshot)
    return accounts.WHOLE_ACCOUNT.for_accounts(*(s.account["id"] for s in snapshots))


def apply_playbook_to_accounts(db: Database, account_ids: Iterable[int], playbook_id: PlaybookId,
                               start: date) -> Written[list[JourneyId]]:
    """Start the same playbook on every account from ``start``; returns the new journeys."""
    ids = _ids(account_ids)
    _require(ids)
    with transaction(db):
        created = [journeys.apply_playbook(db, AccountId(a), playbook_id, start).value for a in ids]
    return Written(journeys.CHANGED.for_accounts(*ids), created)


def remove_journeys(db: Database, journey_ids: Iterable[int]
                    ) -> Written[list[journeys.JourneySnapshot]]:
    with transaction(db):
        snaps = [journeys.remove_journey(db, j).value for j in journey_ids]
    return Written(journeys.CHANGED.for_accounts(*(_journey_account(s) for s in snaps)), snaps)


def restore_journeys(db: Database, snapshots: Sequence[journeys.JourneySnapshot]) -> ChangeSet:
    with transaction(db):
        for snap in snapshots:
            journeys.restore_journey(db, snap)
    return journeys.CHANGED.for_accounts(*(_journey_account(s) for s in snapshots))


def _journey_account(snap: journeys.JourneySnapshot) -> int:
    return int(str(snap["journey"][0]["account_id"]))


def add_task_to_accounts(db: Database, account_ids: Iterable[int], values: Mapping[str, Any]
                         ) -> Written[list[TaskId]]:
    """The same task on every account (a "send the new pricing sheet" round)."""
    ids = _ids(account_ids)
    _require(ids)
    with transaction(db):
        created = [tasks.add_task(db, account_id, dict(values)).value for account_id in ids]
    return Written(tasks.CHANGED.for_accounts(*ids), created)


# -- tasks ------------------------------------------------------------------------------
def delete_tasks(db: Database, task_ids: Iterable[int]) -> Written[list[dict[str, Any]]]:
    ids = _ids(task_ids)
    _require(ids)
    with transaction(db):
        rows = [tasks.delete_task(db, task_id).value for task_id in ids]
    return Written(tasks.CHANGED.for_accounts(*(r["account_id"] for r in rows)), rows)


def restore_tasks(db: Database, rows: Sequence[Mapping[str, Any]]) -> ChangeSet:
    with transaction(db):
        for row in rows:
            tasks.restore_task(db, dict(row))
    return tasks.CHANGED.for_accounts(*(int(r["account_id"]) for r in rows))


@dataclass(frozen=True)
class TaskBefore:
    """What one task of a batch had before: written back as it was by :func:`restore_task_values`."""

    task_id: int
    account_id: int
    values: dict[str, Any]


def set_tasks_status(db: Database, task_ids: Iterable[int], status: str,
                     today: date | None = None) -> Written[list[TaskBefore]]:
    """Tick, block or skip many tasks; each keeps the done-date rule of a single change."""
    ids = _ids(task_ids)
    _require(ids)
    before: list[TaskBefore] = []
    with transaction(db):
        for task_id in ids:
            state = tasks.set_task_status(db, task_id, status, today=today).value
            if state.status != status:
                before.append(TaskBefore(task_id, state.account_id,
                                         {"status": state.status, "done_date": state.done_date}))
    return Written(tasks.CHANGED.for_accounts(*(b.account_id for b in before)), before)


def reschedule_tasks(db: Database, task_ids: Iterable[int], *, days: int | None = None,
                     to: date | None = None, today: date | None = None) -> Written[list[TaskBefore]]:
    """Move due dates ``days`` later, or all to the day ``to``.

    A task without a due date, or one already overdue, moved "+1 week" is counted from
    today, not from its old date: pushing a task 40 days late by a week would leave it
    33 days late, which is not what anyone means by "do it next week".
    """
    if (days is None) == (to is None):
        raise ValueError("give days or to")
    ids = _ids(task_ids)
    _require(ids)
    today = today or date.today()
    before: list[TaskBefore] = []
    with transaction(db):
        for task_id in ids:
            current = row_dict(db, "task", task_id)
            if to is not None:
                new = to
            else:
                assert days is not None
                old = date.fromisoformat(current["due_date"]) if current["due_date"] else today
                new = max(old, today) + timedelta(days=days)
            previous = update_row(db, "task", task_id, {"due_date": new}, tasks.EDITABLE,
                                  current=current)
            if previous:
                before.append(TaskBefore(task_id, current["account_id"], previous))
    return Written(tasks.CHANGED.for_accounts(*(b.account_id for b in before)), before)


def snooze_date(today: date) -> date:
    """Snoozing puts a task out of this week's way: due next Monday (a week on, on a Monday)."""
    return today + timedelta(days=7 - today.weekday())


def restore_task_values(db: Database, before: Sequence[TaskBefore]) -> ChangeSet:
    """Undo of the task batches: every task gets back exactly the values it had."""
    with transaction(db):
        for item in before:
            clean = {k: normalise("task", k, v) for k, v in item.values.items()}
            update_row(db, "task", item.task_id, clean, tasks.EDITABLE)
    return tasks.CHANGED.for_accounts(*(b.account_id for b in before))
