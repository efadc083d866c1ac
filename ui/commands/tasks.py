"""Undoable task edits shared by the Today view and the account detail checklist."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from tracker.changes import ChangeSet
from tracker.services.tasks import get_task, set_task_status
from ui.commands.base import TrackerCommand
from ui.context import AppContext


class SetTaskStatus(TrackerCommand):
    """Set a task's status (done, blocked, skipped, ...); undo restores status and done date.

    The previous values are read when the command is built, so build it right before
    pushing it on the stack.
    """

    def __init__(self, ctx: AppContext, task_id: int, status: str, initiator: object = None,
                 title: str | None = None) -> None:
        task = get_task(ctx.db, task_id)
        name = title if title is not None else task.title
        if status == "done":
            text = QCoreApplication.translate("SetTaskStatus", "Mark “{0}” done").format(name)
        elif task.status == "done":
            text = QCoreApplication.translate("SetTaskStatus", "Reopen “{0}”").format(name)
        else:
            text = QCoreApplication.translate("SetTaskStatus", "Set status of “{0}”").format(name)
        super().__init__(ctx, text, initiator)
        self.task_id = task_id
        self.status = status
        self.before_status = task.status
        self.before_done_date = task.done_date

    def _redo(self) -> ChangeSet:
        return set_task_status(self.ctx.db, self.task_id, self.status, today=self.ctx.today())

    def _undo(self) -> ChangeSet:
        return set_task_status(self.ctx.db, self.task_id, self.before_status,
                               done_date=self.before_done_date, today=self.ctx.today())
