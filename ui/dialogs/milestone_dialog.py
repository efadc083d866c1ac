"""Record when a milestone was achieved (defaults to today; may be back-dated)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QWidget

from tracker.domain import Milestone
from ui.dialogs.fields import date_edit, finish_form, from_qdate


class MilestoneDialog(QDialog):
    def __init__(self, milestone: Milestone, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record milestone"))
        self.achieved = date_edit(milestone.achieved_date or today, today)
        form = QFormLayout()
        form.addRow(self.tr("Milestone:"), QLabel(milestone.name))
        form.addRow(self.tr("Target:"), QLabel(milestone.target_date or self.tr("none")))
        form.addRow(self.tr("&Achieved on:"), self.achieved)
        self.buttons = finish_form(self, form, min_width=0)

    def achieved_date(self) -> date:
        return from_qdate(self.achieved.date())
