"""Choose how often to check in with one account (or let it follow its segment)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QWidget

from tracker.queries.checkins import SOURCE_ACCOUNT, Cadence
from tracker.services.checkins import Setting
from ui.models.checkin_model import cadence_text

INHERIT = "inherit"


class CadenceDialog(QDialog):
    """The choice is ``setting()``: (cadence, days) or None for "as the segment says"."""

    def __init__(self, account: str, current: Cadence, inherited: Cadence,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check-in cadence of {0}").format(account))
        self.choice = QComboBox()
        self.choice.addItem(self.tr("As the segment says ({0})").format(
            cadence_text(inherited.cadence, inherited.days)), INHERIT)
        for code, label in (("weekly", self.tr("Weekly")), ("fortnightly", self.tr("Fortnightly")),
                            ("monthly", self.tr("Monthly")), ("custom", self.tr("Every … days")),
                            ("none", self.tr("No regular check-ins"))):
            self.choice.addItem(label, code)
        self.days = QSpinBox()
        self.days.setRange(1, 365)
        self.days.setSuffix(self.tr(" days"))
        self.days.setValue(current.days or 21)
        own = current.cadence if current.source == SOURCE_ACCOUNT else INHERIT
        self.choice.setCurrentIndex(max(0, self.choice.findData(own)))
        self.choice.currentIndexChanged.connect(self._update)
        note = QLabel(self.tr("A check-in is a call or a meeting. The next one is due one cadence after "
                              "the last one; Today lists those due this week and overdue."))
        note.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(note)
        form.addRow(self.tr("&Cadence:"), self.choice)
        form.addRow(self.tr("&Every:"), self.days)
        ok_cancel = QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        buttons = QDialogButtonBox(ok_cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.buttons = buttons
        self._update()

    def _update(self) -> None:
        self.days.setEnabled(self.choice.currentData() == "custom")

    def setting(self) -> Setting:
        code = str(self.choice.currentData())
        if code == INHERIT:
            return None
        return (code, self.days.value() if code == "custom" else None)
