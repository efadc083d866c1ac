"""Undoable edits made from the account detail view.

Each command stores ids and before/after values (never Qt objects) and calls one
tracker service per step. A row created by a command is deleted on undo and put back
with the same id on redo, so later commands on the stack that refer to it still work.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication

from tracker.changes import ChangeSet
from tracker.domain import AccountId, PlaybookId
from tracker.services import journeys, tasks
from tracker.services.records import RecordKind, record_milestone, restore_milestone_dates
from ui.commands.base import TrackerCommand, quoted
from ui.context import AppContext

R = TypeVar("R")


def _tr(text: str) -> str:
    return QCoreApplication.translate("records", text)


class AddRecord(TrackerCommand, Generic[R]):
    """Create a contact, milestone, feedback or activity row for an account."""

    def __init__(self, ctx: AppContext, kind: RecordKind[R], account_id: int, values: dict[str, Any],
                 text: str, initiator: object = None) -> None:
        super().__init__(ctx, text, initiator)
        self.kind = kind
        self.values = {**values, "account_id": account_id}
        self.row_id: int | None = None
        self._snapshot: dict[str, Any] | None = None

    def _redo(self) -> ChangeSet:
        if self._snapshot is not None:
            return self.kind.restore(self.ctx.db, self._snapshot)
        created = self.kind.create(self.ctx.db, self.values)
        self.row_id = created.value
        return created.change

    def _undo(self) -> ChangeSet:
        assert self.row_id is not None
        deleted = self.kind.delete(self.ctx.db, self.row_id)
        self._snapshot = deleted.value
        return deleted.change


class EditRecord(TrackerCommand, Generic[R]):
    """Change fields of one record; undo writes back the values the service reported."""

    def __init__(self, ctx: AppContext, kind: RecordKind[R], row_id: int, changes: dict[str, Any],
                 text: str, initiator: object = None) -> None:
        super().__init__(ctx, text, initiator)
        self.kind = kind
        self.row_id = row_id
        self.changes = dict(changes)
        self._before: dict[str, Any] = {}

    def _redo(self) -> ChangeSet:
        written = self.kind.update(self.ctx.db, self.row_id, self.changes)
        self._before = written.value
        return written.change

    def _undo(self) -> ChangeSet:
        return self.kind.update(self.ctx.db, self.row_id, self._before).change


class DeleteRecord(TrackerCommand, Generic[R]):
    def __init__(self, ctx: AppContext, kind: RecordKind[R], row_id: int, text: str,
                 initiator: object = None) -> None:
        super().__init__(ctx, text, initiator)
        self.kind = kind
        self.row_id = row_id
        self._snapshot: dict[str, Any] | None = None

    def _redo(self) -> ChangeSet:
        deleted = self.kind.delete(self.ctx.db, self.row_id)
        self._snapshot = deleted.value
        return deleted.change

    def _undo(self) -> ChangeSet:
        assert self._snapshot is not None
        return self.kind.restore(self.ctx.db, self._snapshot)


class RecordMilestone(TrackerCommand):
    """Set (or clear, with ``achieved=None``) a milestone's achieved date.

    First value and go-live milestones also move the account's key date; undo puts
    both back through :func:`restore_milestone_dates`.
    """

    def __init__(self, ctx: AppContext, milestone_id: int, name: str, achieved: date | None,
                 initiator: object = None) -> None:
        text = (_tr("Record milestone {0} achieved").format(quoted(name)) if achieved
                else _tr("Clear milestone {0}").format(quoted(name)))
        super().__init__(ctx, text, initiator)
        self.milestone_id = milestone_id
        self.achieved = achieved
        self._before: tuple[str | None, str | None] | None = None

    def _redo(self) -> ChangeSet:
        written = record_milestone(self.ctx.db, self.milestone_id, self.achieved)
        self._before = written.value
        return written.change

    def _undo(self) -> ChangeSet:
        assert self._before is not None
        achieved, account_date = self._before
        return restore_milestone_dates(self.ctx.db, self.milestone_id, achieved, account_date)


class ApplyPlaybook(TrackerCommand):
    """Start a journey from a playbook; undo removes the journey with its tasks and milestones."""

    def __init__(self, ctx: AppContext, account_id: int, playbook_id: int, playbook_name: str,
                 start: date, initiator: object = None) -> None:
        super().__init__(ctx, _tr("Apply playbook {0}").format(quoted(playbook_name)), initiator)
        self.account_id = account_id
        self.playbook_id = playbook_id
        self.start = start
        self.journey_id: int | None = None
        self._snapshot: journeys.JourneySnapshot | None = None

    def _redo(self) -> ChangeSet:
        if self._snapshot is not None:
            return journeys.restore_journey(self.ctx.db, self._snapshot)
        applied = journeys.apply_playbook(
            self.ctx.db, AccountId(self.account_id), PlaybookId(self.playbook_id), self.start)
        self.journey_id = applied.value
        return applied.change

    def _undo(self) -> ChangeSet:
        assert self.journey_id is not None
        removed = journeys.remove_journey(self.ctx.db, self.journey_id)
        self._snapshot = removed.value
        return removed.change


class RemoveJourney(TrackerCommand):
    def __init__(self, ctx: AppContext, journey_id: int, name: str,
                 initiator: object = None) -> None:
        super().__init__(ctx, _tr("Remove journey {0}").format(quoted(name)), initiator)
        self.journey_id = journey_id
        self._snapshot: journeys.JourneySnapshot | None = None

    def _redo(self) -> ChangeSet:
        removed = journeys.remove_journey(self.ctx.db, self.journey_id)
        self._snapshot = removed.value
        return removed.change

    def _undo(self) -> ChangeSet:
        assert self._snapshot is not None
        return journeys.restore_journey(self.ctx.db, self._snapshot)


class AddTask(TrackerCommand):
    def __init__(self, ctx: AppContext, account_id: int, values: dict[str, Any],
                 initiator: object = None) -> None:
        super().__init__(ctx, _tr("Add task {0}").format(quoted(str(values.get("title", "")))), initiator)
        self.account_id = account_id
        self.values = dict(values)
        self.task_id: int | None = None
        self._snapshot: dict[str, Any] | None = None

    def _redo(self) -> ChangeSet:
        if self._snapshot is not None:
            return tasks.restore_task(self.ctx.db, self._snapshot)
        added = tasks.add_task(self.ctx.db, self.account_id, self.values)
        self.task_id = added.value
        return added.change

    def _undo(self) -> ChangeSet:
        assert self.task_id is not None
        deleted = tasks.delete_task(self.ctx.db, self.task_id)
        self._snapshot = deleted.value
        return deleted.change


class EditTask(TrackerCommand):
    """Undo writes back what the service reported changed (a status change includes the
    done date it moved)."""

    def __init__(self, ctx: AppContext, task_id: int, title: str, changes: dict[str, Any],
                 initiator: object = None) -> None:
        super().__init__(ctx, _tr("Edit task {0}").format(quoted(title)), initiator)
        self.task_id = task_id
        self.changes = dict(changes)
        self._before: dict[str, Any] = {}

    def _redo(self) -> ChangeSet:
        written = tasks.update_task(self.ctx.db, self.task_id, self.changes)
        self._before = written.value
        return written.change

    def _undo(self) -> ChangeSet:
        return tasks.update_task(self.ctx.db, self.task_id, self._before).change


class DeleteTask(TrackerCommand):
    def __init__(self, ctx: AppContext, task_id: int, title: str, initiator: object = None) -> None:
        super().__init__(ctx, _tr("Delete task {0}").format(quoted(title)), initiator)
        self.task_id = task_id
        self._snapshot: dict[str, Any] | None = None

    def _redo(self) -> ChangeSet:
        deleted = tasks.delete_task(self.ctx.db, self.task_id)
        self._snapshot = deleted.value
        return deleted.change

    def _undo(self) -> ChangeSet:
        assert self._snapshot is not None
        return tasks.restore_task(self.ctx.db, self._snapshot)
