"""Issue 17's rough edges that had no test of their own, checked on the window as a user sees it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QToolButton
from pytestqt.qtbot import QtBot

from ui.commands.tasks import SetTaskStatus
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.models.analytics_projection_model import _money
from ui.theme import apply_palette

pytestmark = pytest.mark.gui


def test_undo_button_keeps_its_width_when_its_text_grows(main_window: MainWindow, ctx: AppContext,
                                                        qtbot: QtBot) -> None:
    button = main_window.main_toolbar.widgetForAction(main_window.undo_action)
    assert isinstance(button, QToolButton)
    width, text = button.width(), button.text()
    task = ctx.db.conn.execute("SELECT id FROM task WHERE status = 'todo' LIMIT 1").fetchone()[0]
    ctx.undo_stack.push(SetTaskStatus(ctx, task, "done"))
    assert main_window.undo_action.text().startswith("&Undo ") and len(main_window.undo_action.text()) > 6
    qtbot.waitUntil(lambda: bool(button.toolTip()))
    assert button.text() == text and button.width() == width
    assert button.toolTip() == main_window.undo_action.text().replace("&", "")


@pytest.mark.parametrize("dark", [False, True])
def test_quick_filters_do_not_reflow_the_columns(main_window: MainWindow, qtbot: QtBot, dark: bool) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_palette(app, dark)
    try:
        main_window.show_view("accounts")
        view = main_window.accounts_view
        qtbot.waitUntil(lambda: view.model.rowCount() == 50)
        header = view.table.horizontalHeader()
        before = [header.sectionSize(i) for i in range(header.count())]
        for button in (view.risk_button, view.late_button):
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            assert button.isChecked()
            assert [header.sectionSize(i) for i in range(header.count())] == before
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    finally:
        apply_palette(app, False)


def test_analytics_money_has_currency_and_separators() -> None:
    assert _money(794870.0) == "$794,870"
    assert "e+" not in _money(162800.0) and _money(162800.0) == "$162,800"
