"""Small input widgets the record dialogs share."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from tracker.domain import Contact

DATE_FORMAT = "yyyy-MM-dd"


def to_qdate(value: date | str | None, fallback: date) -> QDate:
    day = date.fromisoformat(value) if isinstance(value, str) else (value or fallback)
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_edit(value: date | str | None, fallback: date) -> QDateEdit:
    edit = QDateEdit(to_qdate(value, fallback))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    return edit


class OptionalDateEdit(QWidget):
    """A date that may be absent (not invited yet, not activated yet): a tick box enables it.

    Signals:
        changed(): the tick or the date changed.
    """

    changed = Signal()

    def __init__(self, tooltip: str, value: str | None, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox()
        self.check.setToolTip(tooltip)
        self.edit = date_edit(value, today)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.check.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.toggled.connect(self.changed)
        self.edit.dateChanged.connect(self.changed)

    def value(self) -> str | None:
        return from_qdate(self.edit.date()).isoformat() if self.check.isChecked() else None


def contact_combo(contacts: Sequence[Contact], none_label: str, selected: int | None = None) -> QComboBox:
    """Contacts by name; the first entry means "no particular contact" (data None)."""
    combo = QComboBox()
    combo.addItem(none_label, None)
    for contact in contacts:
        combo.addItem(contact.name, int(contact.id))
        if selected is not None and contact.id == selected:
            combo.setCurrentIndex(combo.count() - 1)
    return combo


def code_combo(codes: Sequence[str], label: object, selected: str | None = None) -> QComboBox:
    """A combo showing translated labels for stable codes (data = the code)."""
    combo = QComboBox()
    for code in codes:
        combo.addItem(label(code) if callable(label) else code, code)
    if selected is not None:
        found = combo.findData(selected)
        if found >= 0:
            combo.setCurrentIndex(found)
    return combo


def finish_form(dialog: QDialog, form: QFormLayout, *, required: QLineEdit | None = None,
                min_width: int = 420) -> QDialogButtonBox:
    """Put OK/Cancel under ``form``; with ``required``, OK waits until that field has text,
    so the user is never refused after pressing it."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(buttons)
    if required is not None:
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)

        def update() -> None:
            ok.setEnabled(bool(required.text().strip()))

        required.textChanged.connect(update)
        update()
    if min_width:
        dialog.setMinimumWidth(min_width)
    return buttons
