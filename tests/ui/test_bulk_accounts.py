"""Bulk edits in the account list: Ctrl-click and Ctrl+A, one command, one undo step."""

from __future__ import annotations

from typing import Any, cast

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog, QMenu, QMessageBox, QToolButton
from pytestqt.qtbot import QtBot

from tests.ui.test_accounts import accounts, click_cell  # noqa: F401 - the fixture is used
from ui.context import AppContext
from ui.dialogs.task_dialog import TaskDialog
from ui.main_window import MainWindow
from ui.views.accounts import AccountsView

# A popup menu offscreen cannot raise itself or grab the keyboard; Qt says so, harmlessly.
OFFSCREEN_POPUP = pytest.mark.qt_log_ignore("This plugin does not support raise",
                                            "This plugin does not support grabbing the keyboard")
pytestmark = [pytest.mark.gui, OFFSCREEN_POPUP]


def right_click(view: AccountsView, row: int) -> QMenu:
    """A real context-menu event on a row (what a right-click or the Menu key sends)."""
    table = view.table
    pos = table.visualRect(table.model().index(row, 0)).center()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, table.viewport().mapToGlobal(pos))
    QApplication.sendEvent(table.viewport(), event)
    assert view.context_menu is not None
    return view.context_menu


def action(menu: QMenu, *path: str) -> Any:
    """The action reached through submenus by their texts (without the & marks)."""
    top = menu
    for i, text in enumerate(path):
        found = next(a for a in menu.actions() if a.text().replace("&", "").endswith(text))
        if i == len(path) - 1:
            top.close()  # choosing an entry closes the popup; a test that triggers must too
            return found
        menu = cast(QMenu, found.menu())
    raise AssertionError(path)


def stages(ctx: AppContext, ids: list[int]) -> list[str]:
    return [ctx.db.conn.execute("SELECT stage FROM account WHERE id = ?", (i,)).fetchone()[0]
            for i in ids]


def select_rows(qtbot: QtBot, view: AccountsView, rows: list[int]) -> list[int]:
    click_cell(qtbot, view.table, rows[0])
    for row in rows[1:]:
        rect = view.table.visualRect(view.table.model().index(row, 0))
        qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.ControlModifier, rect.center())
    ids = view.selected_account_ids()
    assert len(ids) == len(rows)
    return ids


def test_ctrl_click_three_then_move_them_in_one_undo_step(main_window: MainWindow,
                                                          accounts: AccountsView,  # noqa: F811
                                                          ctx: AppContext, qtbot: QtBot) -> None:
    ids = select_rows(qtbot, accounts, [0, 2, 4])
    before = stages(ctx, ids)
    menu = right_click(accounts, 2)
    assert action(menu, "3 accounts selected") is not None
    action(menu, "Move to stage", "Adopt").trigger()
    assert stages(ctx, ids) == ["Adopt"] * 3
    assert main_window.undo_action.text().startswith("&Undo Move ")
    assert main_window.undo_action.text().endswith(" to Adopt")
    assert ctx.undo_stack.count() == 1
    # The toolbar button keeps its short word; the tooltip says the rest.
    button = main_window.main_toolbar.widgetForAction(main_window.undo_action)
    assert cast(QToolButton, button).text() == "Undo" and "accounts to Adopt" in button.toolTip()
    main_window.activateWindow()
    qtbot.keyClick(main_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stages(ctx, ids) == before


def test_undo_text_counts_the_accounts_moved(main_window: MainWindow, accounts: AccountsView,  # noqa: F811
                                             ctx: AppContext, qtbot: QtBot) -> None:
    ids = select_rows(qtbot, accounts, list(range(12)))
    action(right_click(accounts, 0), "Move to stage", "Kickoff").trigger()
    assert main_window.undo_action.text() == "&Undo Move 12 accounts to Kickoff"
    assert stages(ctx, ids) == ["Kickoff"] * 12


def test_owner_other_asks_and_sets_every_selected(accounts: AccountsView, ctx: AppContext,  # noqa: F811
                                                  qtbot: QtBot) -> None:
    ids = select_rows(qtbot, accounts, [1, 3])
    action(right_click(accounts, 1), "Set owner", "Other owner…").trigger()
    dialog = accounts.bulk.dialog
    assert isinstance(dialog, QInputDialog)
    dialog.setTextValue("Nadia Lim")
    dialog.accept()
    assert {ctx.db.conn.execute("SELECT owner FROM account WHERE id = ?", (i,)).fetchone()[0]
            for i in ids} == {"Nadia Lim"}
    ctx.undo_stack.undo()
    assert "Nadia Lim" not in {r[0] for r in ctx.db.conn.execute("SELECT owner FROM account")}


def test_add_a_task_to_each_selected(accounts: AccountsView, ctx: AppContext, qtbot: QtBot) -> None:  # noqa: F811
    ids = select_rows(qtbot, accounts, [0, 1])
    action(right_click(accounts, 0), "Add task…").trigger()
    dialog = accounts.bulk.dialog
    assert isinstance(dialog, TaskDialog)
    qtbot.keyClicks(dialog.title, "Send the new price list")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    count = "SELECT count(*) FROM task WHERE account_id = ? AND title = 'Send the new price list'"
    assert [ctx.db.conn.execute(count, (i,)).fetchone()[0] for i in ids] == [1, 1]
    ctx.undo_stack.undo()
    assert [ctx.db.conn.execute(count, (i,)).fetchone()[0] for i in ids] == [0, 0]


def test_ctrl_a_then_delete_key_deletes_all_after_asking(main_window: MainWindow,
                                                        accounts: AccountsView,  # noqa: F811
                                                        ctx: AppContext, qtbot: QtBot) -> None:
    click_cell(qtbot, accounts.table, 0)
    qtbot.keyClick(accounts.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(accounts.selected_account_ids()) == 50
    qtbot.keyClick(accounts.table, Qt.Key.Key_Delete)
    box = main_window.account_actions.dialog
    assert isinstance(box, QMessageBox) and "50 accounts" in box.text()
    qtbot.mouseClick(next(b for b in box.buttons() if b.text() == "Delete"), Qt.MouseButton.LeftButton)
    assert ctx.db.conn.execute("SELECT count(*) FROM account").fetchone()[0] == 0
    assert main_window.undo_action.text() == "&Undo Delete 50 accounts"
    qtbot.waitUntil(lambda: accounts.model.rowCount() == 0)
    ctx.undo_stack.undo()
    assert ctx.db.conn.execute("SELECT count(*) FROM account").fetchone()[0] == 50
    qtbot.waitUntil(lambda: accounts.model.rowCount() == 50)


def test_filter_box_down_goes_to_the_list_and_enter_opens(main_window: MainWindow,
                                                          accounts: AccountsView,  # noqa: F811
                                                          ctx: AppContext, qtbot: QtBot) -> None:
    opened: list[int] = []
    ctx.navigator.account_requested.connect(opened.append)
    accounts.filter_edit.setFocus()
    qtbot.keyClicks(accounts.filter_edit, "cobalt")
    qtbot.keyClick(accounts.filter_edit, Qt.Key.Key_Return)
    assert len(opened) == 1
    main_window.show_view("accounts")
    accounts.filter_edit.setFocus()
    qtbot.keyClick(accounts.filter_edit, Qt.Key.Key_Down)
    assert accounts.table.hasFocus() or QApplication.focusWidget() is accounts.table
    assert accounts.selected_account_ids() == opened


def test_count_says_one_account_not_one_accounts(accounts: AccountsView, qtbot: QtBot) -> None:  # noqa: F811
    qtbot.keyClicks(accounts.filter_edit, "cobalt systems")
    assert accounts.count_label.text() == "1 of 50 accounts"
    accounts.filter_edit.clear()
    assert accounts.count_label.text() == "50 accounts"
