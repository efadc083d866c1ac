"""Editing the health weights from the health panel: total must be 100, undo restores."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from tracker.kpi.health import get_health_weights
from ui.context import AppContext
from ui.dialogs.health_weights_dialog import HealthWeightsDialog
from ui.views.health_panel import HealthPanel

pytestmark = pytest.mark.gui


def _type_value(qtbot: QtBot, dialog: HealthWeightsDialog, factor: str, value: int) -> None:
    spin = dialog.spins[factor]
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, str(value))


def test_weights_dialog_from_health_panel_saves_and_undoes(qtbot: QtBot, ctx: AppContext) -> None:
    panel = HealthPanel(ctx)
    qtbot.addWidget(panel)
    panel.show()
    account_id = ctx.db.conn.execute(
        "SELECT id FROM account WHERE status <> 'churned' ORDER BY id LIMIT 1").fetchone()[0]
    panel.set_account(account_id)
    score_before = panel.score
    assert score_before is not None
    before = get_health_weights(ctx.db)

    qtbot.mouseClick(panel.weights_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(isinstance(w, HealthWeightsDialog) and w.isVisible()
                                for w in QApplication.topLevelWidgets()))
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, HealthWeightsDialog))
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)

    # Only activation counts: 0 for the others, 100 for activation.
    for factor in ("progress", "on_time", "sentiment", "engagement", "first_value"):
        _type_value(qtbot, dialog, factor, 0)
        assert not ok.isEnabled()  # the total is off until the last field is set
    assert "must total 100" in dialog.total.text()
    _type_value(qtbot, dialog, "activation", 100)
    assert ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    weights = get_health_weights(ctx.db)
    assert weights["activation"] == 100 and sum(weights.values()) == 100
    qtbot.waitUntil(lambda: panel.score is not None and panel.score != score_before)
    activation = next(f for f in panel.score.factors if f.factor == "activation")  # type: ignore[union-attr]
    assert activation.effective_weight == 100 or activation.raw is None

    ctx.undo_stack.undo()
    assert get_health_weights(ctx.db) == before
    qtbot.waitUntil(lambda: panel.score is not None and panel.score.score == score_before.score)


def test_defaults_button_restores_the_shipped_weights(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = HealthWeightsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    _type_value(qtbot, dialog, "progress", 5)
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    qtbot.mouseClick(dialog.defaults, Qt.MouseButton.LeftButton)
    assert dialog.weights() == {"progress": 25, "on_time": 20, "activation": 15, "sentiment": 15,
                                "engagement": 15, "first_value": 10, "open_cases": 0,
                                "case_volume": 0, "trial": 0, "checkins": 0}
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
