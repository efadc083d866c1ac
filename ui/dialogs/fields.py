"""Small input widgets the record dialogs share."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
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
from ui.display import calendar_date_edit


def to_qdate(value: date | str | None, fallback: date) -> QDate:
    day = date.fromisoformat(value) if isinstance(value, str) else (value or fallback)
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_edit(value: date | str | None, fallback: date) -> QDateEdit:
    return calendar_date_edit(to_qdate(value, fallback))


class OptionalDateEdit(QWidget):
    """A date picker that can also hold "no date" (not invited yet, go-live unknown...).

    The tick box says whether there is a date; the calendar pops up from the date edit.
    Unticking remembers the date, so ticking again brings it back.

    Signals:
        changed(): the tick or the date changed.
    """

    NO_DATE = QDate(1900, 1, 1)  # the edit's minimum, shown as "no date"
    changed = Signal()

    def __init__(self, default: Callable[[], date], value: date | str | None = None, tooltip: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._default = default
        self._last: QDate | None = None
        self.check = QCheckBox()
        self.check.setToolTip(tooltip or self.tr("Untick to leave the date empty"))
        self.edit = calendar_date_edit()
        self.edit.setMinimumDate(self.NO_DATE)
        self.edit.setSpecialValueText(self.tr("no date"))
        self.edit.setDate(self.NO_DATE)
        self.edit.setEnabled(False)
        self.check.toggled.connect(self._on_toggled)
        self.check.toggled.connect(self.changed)
        self.edit.dateChanged.connect(self.changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.setFocusProxy(self.check)
        self.set_value(value)

    def _on_toggled(self, on: bool) -> None:
        self.edit.setEnabled(on)
        if on:
            if self.edit.date() == self.NO_DATE:
                self.edit.setDate(self._last or to_qdate(self._default(), self._default()))
            self.edit.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self._last = self.edit.date()  # ticking again brings it back
            self.edit.setDate(self.NO_DATE)

    def value(self) -> date | None:
        if not self.check.isChecked() or self.edit.date() == self.NO_DATE:
            return None
        return from_qdate(self.edit.date())

    def iso(self) -> str | None:
        """The date as the store keeps it (ISO text), or None."""
        picked = self.value()
        return picked.isoformat() if picked is not None else None

    def set_value(self, value: date | str | None) -> None:
        self._last = None
        self.check.setChecked(False)
        if value:
            self.edit.setDate(to_qdate(value, self._default()))
            self.check.setChecked(True)


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
