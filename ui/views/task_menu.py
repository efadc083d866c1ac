"""One set of task actions (status, reschedule, snooze, edit) for every list of tasks.

Today and the account's checklist both attach these to their view, so the same keys do the
same thing in both places, in the context menu and from the keyboard. The actions act on
every selected task at once: one task gives the familiar one-row command ("Mark “Kickoff
call” done"), several give one bulk command ("Mark 4 tasks done"), one undo step either way.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from ui.commands.tasks import SetTaskStatus
from ui.context import AppContext
from ui.dialogs.owner import DialogOwner
from ui.plurals import ntr
from ui.views.detail.task_status import status_text

# Today builds these actions before the window's first paint; the bulk commands, the task
# form and its fields load on first use.
if TYPE_CHECKING:
    from ui.dialogs.task_dialog import TaskDialog


@dataclass(frozen=True)
class TaskRef:
    """A selected task as the list shows it: enough to name the command without a read."""

    id: int
    title: str
    status: str


# The checklist's keys since its first version; Today uses the same ones.
STATUS_KEYS = (("done", "Ctrl+Return"), ("in_progress", "Ctrl+I"), ("blocked", "Ctrl+B"),
               ("skipped", "Ctrl+Shift+K"), ("todo", "Ctrl+U"))


class RescheduleDialog(QDialog):
    """Pick the new due date of the selected tasks."""

    def __init__(self, count: int, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtWidgets import QDialogButtonBox, QFormLayout

        from ui.dialogs.fields import date_edit

        self.setWindowTitle(self.tr("Reschedule"))
        self.date = date_edit(today, today)
        form = QFormLayout()
        form.addRow(QLabel(ntr("RescheduleDialog", "New due date of %n task(s):", count)))
        form.addRow(self.tr("&Due:"), self.date)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def value(self) -> date:
        from ui.dialogs.fields import from_qdate

        return from_qdate(self.date.date())


class TaskActions(DialogOwner):
    """Actions on ``targets()`` (the selected tasks), added to ``widget``.

    ``statuses`` and ``edit`` are off where the view has its own (the checklist).

    Attributes:
        dialog: the reschedule or edit dialog while it is open (tests drive it).
        status_actions: the status actions by status code.
    """

    def __init__(self, ctx: AppContext, widget: QWidget, targets: Callable[[], list[TaskRef]],
                 *, statuses: bool = True, edit: bool = True, initiator: object = None) -> None:
        super().__init__(widget)
        self.ctx = ctx
        self.widget = widget
        self.targets = targets
        self.initiator = initiator
        self.status_actions: dict[str, QAction] = {}
        if statuses:
            names = {"done": self.tr("Mark &done"), "in_progress": self.tr("Mark &in progress"),
                     "blocked": self.tr("Mark &blocked"), "skipped": self.tr("&Skip"),
                     "todo": self.tr("&Reopen (to do)")}
            for status, key in STATUS_KEYS:
                keys = [key, "Space"] if status == "done" else [key]
                self.status_actions[status] = self._action(
                    names[status], keys, lambda _=False, s=status: self.set_status(s))
            self._separator()
        self.day_action = self._action(self.tr("Reschedule +1 &day"), ["Ctrl+D"],
                                       lambda: self.push_back(1))
        self.week_action = self._action(self.tr("Reschedule +1 &week"), ["Ctrl+Shift+D"],
                                        lambda: self.push_back(7))
        self.pick_action = self._action(self.tr("Reschedule to a d&ate…"), ["Ctrl+R"],
                                        self.open_reschedule)
        self.snooze_action = self._action(self.tr("Snoo&ze to next Monday"), ["Ctrl+L"], self.snooze)
        self.snooze_action.setToolTip(self.tr("Out of this week's way: due next Monday"))
        self.edit_action: QAction | None = None
        if edit:
            self._separator()
            self.edit_action = self._action(self.tr("&Edit task…"), ["F2"], self.open_edit)

    def _action(self, text: str, keys: Sequence[str], slot: Callable[..., object]) -> QAction:
        action = QAction(text, self.widget)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.widget.addAction(action)
        return action

    def _separator(self) -> None:
        separator = QAction(self.widget)
        separator.setSeparator(True)
        self.widget.addAction(separator)

    def update_enabled(self) -> None:
        tasks = self.targets()
        for status, action in self.status_actions.items():
            action.setEnabled(any(t.status != status for t in tasks))
        for action in (self.day_action, self.week_action, self.pick_action, self.snooze_action):
            action.setEnabled(bool(tasks))
        if self.edit_action is not None:
            self.edit_action.setEnabled(len(tasks) == 1)

    # -- the edits ------------------------------------------------------------------------
    def _push(self, command: QUndoCommand) -> None:
        self.ctx.undo_stack.push(command)

    def set_status(self, status: str) -> None:
        tasks = [t for t in self.targets() if t.status != status]
        if len(tasks) == 1:
            task = tasks[0]
            command = SetTaskStatus(self.ctx, task.id, status, self.initiator, title=task.title,
                                    current=task.status)
            text = status_text(task.title, status)
            if text is not None:
                command.setText(text)
            self._push(command)
        elif tasks:
            from ui.commands.bulk import SetTasksStatus

            self._push(SetTasksStatus(self.ctx, [t.id for t in tasks], status, self.initiator))

    def push_back(self, days: int) -> None:
        ids = [t.id for t in self.targets()]
        if ids:
            from ui.commands.bulk import RescheduleTasks

            self._push(RescheduleTasks(self.ctx, ids, days=days, initiator=self.initiator))

    def snooze(self) -> None:
        ids = [t.id for t in self.targets()]
        if ids:
            from tracker.services.bulk import snooze_date
            from ui.commands.bulk import RescheduleTasks

            self._push(RescheduleTasks(self.ctx, ids, to=snooze_date(self.ctx.today()), snooze=True,
                                       initiator=self.initiator))

    def open_reschedule(self) -> RescheduleDialog | None:
        ids = [t.id for t in self.targets()]
        if not ids:
            return None
        from ui.commands.bulk import RescheduleTasks

        dialog = RescheduleDialog(len(ids), self.ctx.today(), self.widget)
        dialog.accepted.connect(lambda: self._push(
            RescheduleTasks(self.ctx, ids, to=dialog.value(), initiator=self.initiator)))
        self._open(dialog)
        return dialog

    def open_edit(self) -> TaskDialog | None:
        tasks = self.targets()
        if len(tasks) != 1:
            return None
        from tracker.services.tasks import get_task
        from ui.commands.records import EditTask
        from ui.dialogs.task_dialog import TaskDialog

        task = get_task(self.ctx.db, tasks[0].id)
        dialog = TaskDialog(task, self.ctx.today(), task.stage, self.widget)

        def push() -> None:
            changes = dialog.changes()
            if changes:
                self._push(EditTask(self.ctx, task.id, task.title, changes, self.initiator))
        dialog.accepted.connect(push)
        self._open(dialog)
        return dialog

