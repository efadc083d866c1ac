"""Add or edit one checklist task by hand (outside any playbook)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from tracker.domain import STAGES, TASK_STATUSES, Task
from ui.dialogs.fields import OptionalDateEdit, code_combo, finish_form
from ui.models import labels


class TaskDialog(QDialog):
    def __init__(self, task: Task | None, today: date, stage: str = "Embark",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.original = task
        self.setWindowTitle(self.tr("Edit task") if task else self.tr("Add task"))
        self.title = QLineEdit(task.title if task else "")
        self.stage = code_combo(STAGES, labels.stage, task.stage if task else stage)
        self.due = OptionalDateEdit(lambda: today, task.due_date if task else today.isoformat(),
                                        self.tr("Untick for a task without a due date"))
        self.status = code_combo(TASK_STATUSES, labels.status, task.status if task else "todo")
        self.owner = QLineEdit(task.owner if task else "")
        self.notes = QPlainTextEdit(task.notes if task else "")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(80)
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Stage:"), self.stage)
        form.addRow(self.tr("Due:"), self.due)
        form.addRow(self.tr("St&atus:"), self.status)
        form.addRow(self.tr("&Owner:"), self.owner)
        form.addRow(self.tr("&Notes:"), self.notes)
        self.buttons = finish_form(self, form, required=self.title, min_width=460)

    def values(self) -> dict[str, Any]:
        return {
            "title": self.title.text().strip(),
            "stage": self.stage.currentData(),
            "due_date": self.due.iso(),
            "status": self.status.currentData(),
            "owner": self.owner.text().strip(),
            "notes": self.notes.toPlainText().strip(),
        }

    def changes(self) -> dict[str, Any]:
        values = self.values()
        if self.original is None:
            return values
        return {k: v for k, v in values.items() if getattr(self.original, k) != v}
