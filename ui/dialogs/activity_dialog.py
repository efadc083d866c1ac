"""Log a touchpoint (call, e-mail, meeting, note, login seen) on an account's timeline, or correct one."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtWidgets import QDialog, QFormLayout, QPlainTextEdit, QWidget

from tracker.domain import ACTIVITY_KINDS, Activity, Contact
from ui.dialogs.fields import code_combo, contact_combo, date_edit, finish_form, from_qdate
from ui.models import labels


class ActivityDialog(QDialog):
    def __init__(self, contacts: Sequence[Contact], today: date, parent: QWidget | None = None,
                 original: Activity | None = None) -> None:
        super().__init__(parent)
        self.original = original
        self.setWindowTitle(self.tr("Edit activity") if original else self.tr("Log activity"))
        self.kind = code_combo(ACTIVITY_KINDS, labels.activity_kind, original.kind if original else "call")
        self.date = date_edit(original.date if original else today, today)
        self.contact = contact_combo(contacts, self.tr("(no particular contact)"),
                                     original.contact_id if original else None)
        self.summary = QPlainTextEdit(original.summary if original else "")
        self.summary.setPlaceholderText(self.tr("What happened, what was agreed"))
        self.summary.setTabChangesFocus(True)
        self.summary.setFixedHeight(90)
        form = QFormLayout()
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Date:"), self.date)
        form.addRow(self.tr("C&ontact:"), self.contact)
        form.addRow(self.tr("&Summary:"), self.summary)
        self.buttons = finish_form(self, form)

    def values(self) -> dict[str, Any]:
        return {
            "kind": self.kind.currentData(),
            "date": from_qdate(self.date.date()).isoformat(),
            "contact_id": self.contact.currentData(),
            "summary": self.summary.toPlainText().strip(),
        }

    def changes(self) -> dict[str, Any]:
        """Only what differs from the activity being edited (all fields when adding)."""
        values = self.values()
        if self.original is None:
            return values
        return {k: v for k, v in values.items() if getattr(self.original, k) != v}
