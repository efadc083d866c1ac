"""Undoable bulk edits: one command, one service call, one undo step for the whole selection.

The undo entry names the count ("Move 12 accounts to Kickoff"), so the Edit menu says what
Ctrl+Z will take back. Each command keeps ids and what the service reported, never Qt objects.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from tracker.changes import ChangeSet
from tracker.domain import PlaybookId
from tracker.services import bulk
from tracker.services.accounts import AccountSnapshot, StageSnapshot
from tracker.services.journeys import JourneySnapshot
from ui.commands.base import TrackerCommand
from ui.context import AppContext
from ui.models import labels
from ui.plurals import ntr


class SetAccountsField(TrackerCommand):
    """Owner or segment for every selected account; ``what`` words the new value."""

    def __init__(self, ctx: AppContext, account_ids: Sequence[int], field: str, value: Any,
                 what: str, initiator: object = None) -> None:
        ids = list(account_ids)
        text = (ntr("BulkCommands", "Set owner of %n account(s) to {0}", len(ids)) if field == "owner"
                else ntr("BulkCommands", "Put %n account(s) in segment {0}", len(ids))).format(what)
        super().__init__(ctx, text, initiator)
        self.account_ids, self.field, self.value = ids, field, value
        self._before: bulk.AccountValues = {}

    def _redo(self) -> ChangeSet:
        written = bulk.set_account_field(self.ctx.db, self.account_ids, self.field, self.value)
        self._before = written.value
        return written.change

    def _undo(self) -> ChangeSet:
        return bulk.restore_account_fields(self.ctx.db, self._before)


class SetAccountsStatus(TrackerCommand):
    def __init__(self, ctx: AppContext, account_ids: Sequence[int], status: str,
                 initiator: object = None) -> None:
        ids = list(account_ids)
        text = ntr("BulkCommands", "Set %n account(s) to {0}", len(ids)).format(labels.status(status))
        super().__init__(ctx, text, initiator)
        self.account_ids, self.status = ids, status
        self._before: bulk.AccountValues = {}

    def _redo(self) -> ChangeSet:
        written = bulk.set_accounts_status(self.ctx.db, self.account_ids, self.status,
                                           on=self.ctx.today())
        self._before = written.value
        return written.change

    def _undo(self) -> ChangeSet:
        return bulk.restore_account_fields(self.ctx.db, self._before)


class MoveAccounts(TrackerCommand):
    """Move every selected account to a stage; undo restores each stage history exactly."""

    def __init__(self, ctx: AppContext, account_ids: Sequence[int], stage: str,
                 initiator: object = None) -> None:
        ids = list(account_ids)
        text = ntr("BulkCommands", "Move %n account(s) to {0}", len(ids)).format(labels.stage(stage))
        super().__init__(ctx, text, initiator)
        self.account_ids, self.stage = ids, stage
        self._snapshots: dict[int, StageSnapshot] = {}

    def _redo(self) -> ChangeSet:
        moved = bulk.move_accounts_stage(self.ctx.db, self.account_ids, self.stage,
                                         on=self.ctx.today())
        self._snapshots = moved.value
        return moved.change

    def _undo(self) -> ChangeSet:
        return bulk.restore_stages(self.ctx.db, self._snapshots)


class DeleteAccounts(TrackerCommand):
    def __init__(self, ctx: AppContext, account_ids: Sequence[int], initiator: object = None) -> None:
        ids = list(account_ids)
        super().__init__(ctx, ntr("BulkCommands", "Delete %n account(s)", len(ids)), initiator)
        self.account_ids = ids
        self._snapshots: list[AccountSnapshot] = []

    def _redo(self) -> ChangeSet:
        deleted = bulk.delete_accounts(self.ctx.db, self.account_ids)
        self._snapshots = deleted.value
        return deleted.change

    def _undo(self) -> ChangeSet:
        return bulk.restore_accounts(self.ctx.db, self._snapshots)


class ApplyPlaybookToAccounts(TrackerCommand):
    """Undo removes the new journeys; redo after undo restores them with the same ids."""

    def __init__(self, ctx: AppContext, account_ids: Sequence[int], playbook_id: int,
                 playbook_name: str, start: date, initiator: object = None) -> None:
        ids = list(account_ids)
        super().__init__(ctx, ntr("BulkCommands", "Apply playbook “{0}” to %n account(s)", len(ids)).format(
            playbook_name), initiator)
        self.account_ids, self.playbook_id, self.start = ids, playbook_id, start
        self._journeys: list[int] = []
        self._removed: list[JourneySnapshot] | None = None

    def _redo(self) -> ChangeSet:
        if self._removed is not None:
            return bulk.restore_journeys(self.ctx.db, self._removed)
        applied = bulk.apply_playbook_to_accounts(self.ctx.db, self.account_ids,
                                                  PlaybookId(self.playbook_id), self.start)
        self._journeys = list(applied.value)
        return applied.change

    def _undo(self) -> ChangeSet:
        removed = bulk.remove_journeys(self.ctx.db, self._journeys)
        self._removed = removed.value
        return removed.change


class AddTaskToAccounts(TrackerCommand):
    def __init__(self, ctx: AppContext, account_ids: Sequence[int], values: dict[str, Any],
                 initiator: object = None) -> None:
        ids = list(account_ids)
        super().__init__(ctx, ntr("BulkCommands", "Add task “{0}” to %n account(s)", len(ids)).format(
            values.get("title", "")), initiator)
        self.account_ids, self.values = ids, dict(values)
        self._tasks: list[int] = []
        self._removed: list[dict[str, Any]] | None = None

    def _redo(self) -> ChangeSet:
        if self._removed is not None:
            return bulk.restore_tasks(self.ctx.db, self._removed)
        added = bulk.add_task_to_accounts(self.ctx.db, self.account_ids, self.values)
        self._tasks = list(added.value)
        return added.change

    def _undo(self) -> ChangeSet:
        removed = bulk.delete_tasks(self.ctx.db, self._tasks)
        self._removed = removed.value
        return removed.change


class SetTasksStatus(TrackerCommand):
    """Tick (or block, skip, reopen) several tasks at once, from Today or a checklist."""

    def __init__(self, ctx: AppContext, task_ids: Sequence[int], status: str,
                 initiator: object = None) -> None:
        ids = list(task_ids)
        text = (ntr("BulkCommands", "Mark %n task(s) done", len(ids)) if status == "done"
                else ntr("BulkCommands", "Set %n task(s) to {0}", len(ids)).format(labels.status(status)))
        super().__init__(ctx, text, initiator)
        self.task_ids, self.status = ids, status
        self._before: list[bulk.TaskBefore] = []

    def _redo(self) -> ChangeSet:
        written = bulk.set_tasks_status(self.ctx.db, self.task_ids, self.status,
                                        today=self.ctx.today())
        self._before = written.value
        return written.change

    def _undo(self) -> ChangeSet:
        return bulk.restore_task_values(self.ctx.db, self._before)


class RescheduleTasks(TrackerCommand):
    """Move due dates by ``days`` or to the day ``to``; ``text`` is the menu's wording."""

    def __init__(self, ctx: AppContext, task_ids: Sequence[int], *, days: int | None = None,
                 to: date | None = None, snooze: bool = False, initiator: object = None) -> None:
        ids = list(task_ids)
        if snooze:
            text = ntr("BulkCommands", "Snooze %n task(s) to {0}", len(ids)).format(
                to.isoformat() if to else "")
        elif to is not None:
            text = ntr("BulkCommands", "Reschedule %n task(s) to {0}", len(ids)).format(to.isoformat())
        else:
            by = ntr("BulkCommands", "%n day(s)", days or 0)
            text = ntr("BulkCommands", "Push %n task(s) back by {0}", len(ids)).format(by)
        super().__init__(ctx, text, initiator)
        self.task_ids, self.days, self.to = ids, days, to
        self._before: list[bulk.TaskBefore] = []

    def _redo(self) -> ChangeSet:
        written = bulk.reschedule_tasks(self.ctx.db, self.task_ids, days=self.days, to=self.to,
                                        today=self.ctx.today())
        self._before = written.value
        return written.change

    def _undo(self) -> ChangeSet:
        return bulk.restore_task_values(self.ctx.db, self._before)
