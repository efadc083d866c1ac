"""Log a touchpoint (call, e-mail, meeting, note, login seen) on an account's timeline."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QPlainTextEdit, QVBoxLayout, QWidget

from tracker.domain import ACTIVITY_KINDS, Contact
from ui.dialogs.fields import code_combo, contact_combo, date_edit, from_qdate
from ui.models import labels


class ActivityDialog(QDialog):
    def __init__(self, contacts: Sequence[Contact], today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Log activity"))
        self.kind = code_combo(ACTIVITY_KINDS, labels.activity_kind, "call")
        self.date = date_edit(today, today)
        self.contact = contact_combo(contacts, self.tr("(no particular contact)"))
        self.summary = QPlainTextEdit()
        self.summary.setPlaceholderText(self.tr("What happened, what was agreed"))
        self.summary.setTabChangesFocus(True)
        self.summary.setFixedHeight(90)
        form = QFormLayout()
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Date:"), self.date)
        form.addRow(self.tr("C&ontact:"), self.contact)
        form.addRow(self.tr("&Summary:"), self.summary)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def values(self) -> dict[str, Any]:
        return {
            "kind": self.kind.currentData(),
            "date": from_qdate(self.date.date()).isoformat(),
            "contact_id": self.contact.currentData(),
            "summary": self.summary.toPlainText().strip(),
        }
