"""The import dialog's playbook choice for new accounts, with what each choice will create.

The core computes the forecast of every choice with the preview
(:func:`tracker.excel.import_playbooks.forecast_import`), so switching here shows its numbers
at once, with no job and no database read on the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from tracker.excel.import_playbooks import DEFAULT_CHOICE, NONE, SIGNED, TODAY, PlaybookForecast


class PlaybookChoice(QWidget):
    """Signals: chosen(str): the user picked another choice (a code of PLAYBOOK_CHOICES)."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox()
        self.combo.addItem(self.tr("From the signed date; steps of stages already passed done"), SIGNED)
        self.combo.addItem(self.tr("From today"), TODAY)
        self.combo.addItem(self.tr("None"), NONE)
        self.combo.setCurrentIndex(max(0, self.combo.findData(DEFAULT_CHOICE)))
        self.combo.setToolTip(self.tr(
            "New accounts in a segment with a playbook get its steps as tasks and milestones.\n"
            "From the signed date: steps of stages the account has passed are done; where the file "
            "gives no stage, steps already due are skipped.\nFrom today: every step is dated from today."))
        self.combo.activated.connect(lambda _i: self._on_activated())
        self.forecast_label = QLabel()
        self.forecast_label.setWordWrap(True)
        self._forecasts: dict[str, PlaybookForecast] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        layout.addWidget(self.forecast_label, 1)
        self.show_forecasts({})

    def choice(self) -> str:
        return str(self.combo.currentData())

    def show_forecasts(self, forecasts: dict[str, PlaybookForecast]) -> None:
        self._forecasts = dict(forecasts)
        self._show()

    def _on_activated(self) -> None:
        self._show()
        self.chosen.emit(self.choice())

    def _show(self) -> None:
        found = self._forecasts.get(self.choice())
        if found is None:
            self.forecast_label.setText("")
        elif not found.accounts:
            self.forecast_label.setText(self.tr("The import creates no new account."))
        elif found.choice == NONE:
            self.forecast_label.setText(self.tr("No playbook tasks are created."))
        elif not found.journeys:
            self.forecast_label.setText(self.tr("No new account is in a segment with a playbook."))
        else:
            text = self.tr("Creates {0} open tasks, {1} of them overdue, for {2} new accounts.").format(
                found.open, found.overdue, found.journeys)
            if found.done or found.skipped:
                text += " " + self.tr("{0} marked done, {1} skipped.").format(found.done, found.skipped)
            self.forecast_label.setText(text)
