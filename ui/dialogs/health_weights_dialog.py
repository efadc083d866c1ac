"""Editing the health score's weights: six numbers that must total 100.

OK stays disabled until they do, and the running total says how far off they are, so the
user never meets a refusal after pressing OK.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tracker.kpi.health_weights import DEFAULT_WEIGHTS, FACTORS, get_health_weights
from ui.commands.settings import SetHealthWeights
from ui.context import AppContext


class HealthWeightsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Health score weights"))
        labels = {
            "progress": self.tr("Checklist progress against plan"),
            "on_time": self.tr("Task on-time performance"),
            "activation": self.tr("Activation rate"),
            "sentiment": self.tr("Latest CSAT/NPS"),
            "engagement": self.tr("Days since last activity"),
            "first_value": self.tr("90-day first-value rule"),
            "open_cases": self.tr("Open support cases against the segment's norm"),
            "case_volume": self.tr("Support case volume against the segment's norm"),
            "trial": self.tr("Trial conversion"),
            "checkins": self.tr("Check-in cadence kept"),
        }
        self.before = get_health_weights(ctx.db)
        intro = QLabel(self.tr("How much each factor counts in an account's health score (0 to 100). "
                               "The weights must total 100; a factor without data hands its weight "
                               "to the others."))
        intro.setWordWrap(True)
        form = QFormLayout()
        self.spins: dict[str, QSpinBox] = {}
        for factor in FACTORS:
            spin = QSpinBox()
            spin.setRange(0, 100)
            spin.setSuffix(" %")
            spin.setValue(round(self.before[factor]))
            spin.setAccessibleName(labels[factor])
            spin.valueChanged.connect(self._update_total)
            form.addRow(labels[factor], spin)
            self.spins[factor] = spin
        self.total = QLabel()
        self.total.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.defaults = QPushButton(self.tr("&Defaults"))
        self.buttons.addButton(self.defaults, QDialogButtonBox.ButtonRole.ResetRole)
        self.defaults.clicked.connect(self._on_defaults_clicked)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.total)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)
        self._update_total()

    def weights(self) -> dict[str, float]:
        return {f: float(spin.value()) for f, spin in self.spins.items()}

    def _update_total(self) -> None:
        total = sum(spin.value() for spin in self.spins.values())
        ok = total == 100
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        if ok:
            self.total.setText(self.tr("Total: 100 %"))
        else:
            self.total.setText(self.tr("Total: {0} % — the weights must total 100 %").format(total))

    def _on_defaults_clicked(self) -> None:
        for factor, spin in self.spins.items():
            spin.setValue(round(DEFAULT_WEIGHTS[factor]))

    def accept(self) -> None:
        weights = self.weights()
        if weights != self.before:
            self.ctx.undo_stack.push(SetHealthWeights(self.ctx, weights, self.before, self))
        super().accept()


def edit_health_weights(ctx: AppContext, parent: QWidget | None) -> HealthWeightsDialog:
    dialog = HealthWeightsDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
