"""The undoable status change for a checklist task, named for the Edit menu.

The command itself is the shell's ``SetTaskStatus`` (shared with the Today view); this
only gives blocked/skipped/in-progress changes a name that says what happened.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ui.commands.base import quoted
from ui.commands.tasks import SetTaskStatus
from ui.context import AppContext

if TYPE_CHECKING:  # the Today view's task menu imports this before the first paint
    from tracker.domain import Task


def status_text(title: str, status: str) -> str | None:
    """A specific undo name, or None where SetTaskStatus's own name already says it."""
    t = QCoreApplication.translate
    text = {
        "in_progress": t("task_status", "Mark {0} in progress"),
        "blocked": t("task_status", "Mark {0} blocked"),
        "skipped": t("task_status", "Skip {0}"),
    }.get(status)
    return text.format(quoted(title)) if text else None


def status_command(ctx: AppContext, task: Task, status: str, initiator: object = None) -> QUndoCommand:
    command = SetTaskStatus(ctx, task.id, status, initiator, title=task.title, current=task.status)
    text = status_text(task.title, status)
    if text is not None:
        command.setText(text)
    return command
