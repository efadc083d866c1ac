"""Write a dated note on an account, or correct one."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QPlainTextEdit, QWidget

from tracker.domain import Note
from ui.dialogs.fields import date_edit, finish_form, from_qdate


class NoteDialog(QDialog):
    def __init__(self, today: date, parent: QWidget | None = None, original: Note | None = None) -> None:
        super().__init__(parent)
        self.original = original
        self.setWindowTitle(self.tr("Edit note") if original else self.tr("Add note"))
        self.date = date_edit(original.date if original else today, today)
        self.body = QPlainTextEdit(original.body if original else "")
        self.body.setPlaceholderText(self.tr("Context, risks, agreements…"))
        self.body.setTabChangesFocus(True)
        self.body.setMinimumSize(420, 140)
        form = QFormLayout()
        form.addRow(self.tr("&Date:"), self.date)
        form.addRow(self.tr("&Note:"), self.body)
        self.buttons = finish_form(self, form)
        self.body.textChanged.connect(self._update_ok)
        self._update_ok()
        self.body.setFocus()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setEnabled(bool(self.body.toPlainText().strip()))

    def values(self) -> dict[str, Any]:
        return {"date": from_qdate(self.date.date()).isoformat(),
                "body": self.body.toPlainText().strip()}

    def changes(self) -> dict[str, Any]:
        """Only what differs from the note being edited (all fields when adding)."""
        values = self.values()
        if self.original is None:
            return values
        return {k: v for k, v in values.items() if getattr(self.original, k) != v}
