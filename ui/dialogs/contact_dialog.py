"""Add or edit a contact: who they are and when they were invited and activated."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit, QWidget

from tracker.domain import CONTACT_ROLES, Contact
from ui.dialogs.fields import OptionalDateEdit, code_combo, finish_form
from ui.models import labels


class ContactDialog(QDialog):
    def __init__(self, contact: Contact | None, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.original = contact
        self.setWindowTitle(self.tr("Edit contact") if contact else self.tr("Add contact"))
        self.name = QLineEdit(contact.name if contact else "")
        self.email = QLineEdit(contact.email if contact else "")
        self.email.setPlaceholderText(self.tr("name@example.com"))
        self.role = code_combo(CONTACT_ROLES, labels.contact_role, contact.role if contact else "end_user")
        self.invited = OptionalDateEdit(lambda: today, contact.invited_date if contact else None,
                                        self.tr("Tick once the contact has been invited"))
        self.activated = OptionalDateEdit(lambda: today, contact.activated_date if contact else None,
                                        self.tr("Tick once the contact has activated their account"))
        self.last_active = OptionalDateEdit(lambda: today, contact.last_active_date if contact else None,
                                        self.tr("Tick when a last activity date is known"))
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&E-mail:"), self.email)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("Invited:"), self.invited)
        form.addRow(self.tr("Activated:"), self.activated)
        form.addRow(self.tr("Last active:"), self.last_active)
        self.buttons = finish_form(self, form, required=self.name)

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text().strip(),
            "email": self.email.text().strip(),
            "role": self.role.currentData(),
            "invited_date": self.invited.iso(),
            "activated_date": self.activated.iso(),
            "last_active_date": self.last_active.iso(),
        }

    def changes(self) -> dict[str, Any]:
        """Only what differs from the contact being edited (all fields when adding)."""
        values = self.values()
        if self.original is None:
            return values
        return {k: v for k, v in values.items() if getattr(self.original, k) != v}
