"""Undoable task edits shared by the Today view and the account detail checklist."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from tracker.changes import ChangeSet
from tracker.services.tasks import TaskState, get_task, set_task_status
from ui.commands.base import TrackerCommand
from ui.context import AppContext


class SetTaskStatus(TrackerCommand):
    """Set a task's status (done, blocked, skipped, ...); undo restores status and done date.

    A view that shows the task passes its ``title`` and ``current`` status, so building the
    command reads nothing; redo does the one read of the task and keeps what it was for undo.
    """

    def __init__(self, ctx: AppContext, task_id: int, status: str, initiator: object = None,
                 title: str | None = None, current: str | None = None) -> None:
        if title is None or current is None:
            task = get_task(ctx.db, task_id)
            title = task.title if title is None else title
            current = task.status if current is None else current
        if status == "done":
            text = QCoreApplication.translate("SetTaskStatus", "Mark “{0}” done").format(title)
        elif current == "done":
            text = QCoreApplication.translate("SetTaskStatus", "Reopen “{0}”").format(title)
        else:
            text = QCoreApplication.translate("SetTaskStatus", "Set status of “{0}”").format(title)
        super().__init__(ctx, text, initiator)
        self.task_id = task_id
        self.status = status
        self._before: TaskState | None = None

    def _redo(self) -> ChangeSet:
        written = set_task_status(self.ctx.db, self.task_id, self.status, today=self.ctx.today())
        self._before = written.value
        return written.change

    def _undo(self) -> ChangeSet:
        assert self._before is not None
        return set_task_status(self.ctx.db, self.task_id, self._before.status,
                               done_date=self._before.done_date, today=self.ctx.today()).change
