"""An account's health score, band and the factor-by-factor explanation.

Embedded in the account detail view. It re-reads the score when the bus reports a change
that can move it (a task, contact, feedback or activity of this account, or new weights).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tracker.changes import ChangeSet
from tracker.rules import risk_thresholds
from ui.context import AppContext
from ui.models import labels
from ui.models.health_factor_model import HealthFactorModel
from ui.theme import status_colors

if TYPE_CHECKING:
    from tracker.kpi.health import HealthScore

COALESCE_MS = 60


class HealthPanel(QWidget):
    """Attributes: ``score`` (the last HealthScore shown, or None), ``model``."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.account_id: int | None = None
        self.score: HealthScore | None = None
        self.title = QLabel(self.tr("Health"))
        bold = QFont(self.font())
        bold.setBold(True)
        self.title.setFont(bold)
        self.score_label = QLabel("–")
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.5)
        big.setBold(True)
        self.score_label.setFont(big)
        self.score_label.setObjectName("health_score")
        self.band_label = QLabel()
        self.band_label.setObjectName("health_band")
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.score_label)
        head.addWidget(self.band_label)
        self.weights_button = QToolButton()
        self.weights_button.setText(self.tr("Weights…"))
        self.weights_button.setToolTip(self.tr("Change how much each factor counts"))
        self.weights_button.clicked.connect(self._on_weights_button_clicked)
        head.addWidget(self.weights_button)
        self.model = HealthFactorModel(self)
        self.table = QTableView()
        self.table.setObjectName("health_factors")
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionMode(QTableView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(self.table.verticalHeader().defaultSectionSize() * 7 + 6)
        self.hint = QLabel(self.tr("Weights total 100; a factor without data hands its weight to the "
                                   "others (used weight in brackets)."))
        self.hint.setWordWrap(True)
        small = QFont(self.font())
        small.setPointSizeF(max(small.pointSizeF() * 0.85, 7.0))
        self.hint.setFont(small)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        self._stale = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(COALESCE_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        ctx.bus.changed.connect(self._on_bus_changed)

    def set_account(self, account_id: int | None) -> None:
        self.account_id = account_id
        self.refresh()

    def refresh(self) -> None:
        self._timer.stop()
        self._stale = False
        if self.account_id is None:
            self._show(None)
            return
        from tracker.kpi.health import health_scores  # NumPy: not before the first paint

        self._show(health_scores(self.ctx.db, self.ctx.today(), [self.account_id]).get(self.account_id))

    def _show(self, score: HealthScore | None) -> None:
        self.score = score
        if score is None:
            self.score_label.setText("–")
            self.band_label.setText("")
            self.model.set_rows([])
            return
        colors = status_colors()
        if score.score is None or score.band is None:
            # Not enough data (tracker.kpi.health): no number to colour, the reason instead.
            self.score_label.setText("–")
            self.score_label.setStyleSheet(f"color: {colors.muted.name()};")
            self.band_label.setText(labels.no_health())
            self.band_label.setStyleSheet(f"color: {colors.muted.name()};")
            self.setToolTip(labels.no_health_tip())
            self.model.set_rows([f for f in score.factors if f.weight > 0])
            return
        colour = {"green": colors.good, "yellow": colors.warn, "red": colors.bad}[score.band]
        from tracker.kpi.values import round_half_away

        shown = QLocale().toString(round_half_away(score.score, 0), "f", 0)
        self.score_label.setText(shown)
        self.score_label.setStyleSheet(f"color: {colour.name()};")
        band = {"green": self.tr("Green"), "yellow": self.tr("Yellow"), "red": self.tr("Red")}[score.band]
        self.band_label.setText(band)
        self.band_label.setStyleSheet(f"color: {colour.name()};")
        limits = risk_thresholds(self.ctx.db)
        self.setToolTip(self.tr("Health {0} of 100 ({1}): Green from {2}, Yellow from {3}, Red "
                                "below {3}").format(shown, band, f"{limits.green_from:g}",
                                                    f"{limits.yellow_from:g}"))
        # A factor the user weighs 0 (the signal factors of schema 3, until given a weight)
        # adds nothing to the score: listing it would only lengthen the explanation.
        self.model.set_rows([f for f in score.factors if f.weight > 0])

    def _on_weights_button_clicked(self) -> None:
        from ui.dialogs.health_weights_dialog import edit_health_weights

        edit_health_weights(self.ctx, self)

    def _on_timer_timeout(self) -> None:
        if self.isVisible():
            self.refresh()
        else:  # hidden, or being torn down with its window: recompute when shown again
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _on_bus_changed(self, change: ChangeSet, initiator: object) -> None:
        if self.account_id is None or not (change.kpis or change.accounts or change.tasks
                                           or change.contacts or change.feedback or change.activities):
            return
        if change.touches(self.account_id):
            self._timer.start()
