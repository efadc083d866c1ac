"""Today as "my work": one owner's rows (remembered), grouping, and keys and a menu on every row."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any, cast

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMenu, QTableView
from pytestqt.qtbot import QtBot

from tests.conftest import TODAY
from tests.ui.test_bulk_accounts import OFFSCREEN_POPUP
from tests.ui.test_today import today  # noqa: F401 - the fixture is used
from tracker.queries.portfolio import DueItem, today_data
from ui.context import AppContext
from ui.dialogs.task_dialog import TaskDialog
from ui.main_window import MainWindow
from ui.models.roles import ROW_ROLE
from ui.models.today_models import DueItemModel
from ui.settings import AppSettings
from ui.views.task_menu import RescheduleDialog
from ui.views.today import TodayView
from ui.views.today_parts import OwnerProxy

pytestmark = [pytest.mark.gui, OFFSCREEN_POPUP]


def task_rows(table: QTableView) -> list[int]:
    model = table.model()
    return [r for r in range(model.rowCount()) if model.index(r, 0).data(ROW_ROLE).kind == "task"]


def item_at(table: QTableView, row: int) -> DueItem:
    item = table.model().index(row, 0).data(ROW_ROLE)
    assert isinstance(item, DueItem)
    return item


def focus_row(qtbot: QtBot, table: QTableView, row: int) -> DueItem:
    table.setFocus()
    rect = table.visualRect(table.model().index(row, DueItemModel.ITEM))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    return item_at(table, row)


def due(ctx: AppContext, task_id: int) -> str:
    return str(ctx.db.conn.execute("SELECT due_date FROM task WHERE id = ?", (task_id,)).fetchone()[0])


def test_owner_proxy_passes_the_model_tester(ctx: AppContext, qtmodeltester: Any) -> None:
    model = DueItemModel()
    model.set_rows(today_data(ctx.db, TODAY, rows=[]).overdue)
    proxy = OwnerProxy()
    proxy.setSourceModel(model)
    proxy.set_owner(model.row_at(0).account_owner)
    qtmodeltester.check(proxy, force_py=True)
    model.sort(DueItemModel.ACCOUNT)
    qtmodeltester.check(model, force_py=True)


def test_ctrl_a_and_space_tick_every_selected_task_in_one_step(main_window: MainWindow,
                                                               today: TodayView,  # noqa: F811
                                                               ctx: AppContext, qtbot: QtBot) -> None:
    table = today.overdue.table
    focus_row(qtbot, table, task_rows(table)[0])
    qtbot.keyClick(table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    tasks = [item_at(table, r) for r in task_rows(table)]
    assert len(tasks) >= 2
    qtbot.keyClick(table, Qt.Key.Key_Space)
    status = "SELECT status FROM task WHERE id = ?"
    assert {ctx.db.conn.execute(status, (t.id,)).fetchone()[0] for t in tasks} == {"done"}
    assert main_window.undo_action.text() == f"&Undo Mark {len(tasks)} tasks done"
    qtbot.waitUntil(lambda: not task_rows(today.overdue.table))
    ctx.undo_stack.undo()
    assert [ctx.db.conn.execute(status, (t.id,)).fetchone()[0] for t in tasks] == [t.status for t in tasks]


def test_ctrl_d_pushes_an_overdue_task_to_tomorrow(today: TodayView, ctx: AppContext,  # noqa: F811
                                                   qtbot: QtBot) -> None:
    table = today.overdue.table
    item = focus_row(qtbot, table, task_rows(table)[0])
    qtbot.keyClick(table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert due(ctx, item.id) == (TODAY + timedelta(days=1)).isoformat()
    qtbot.waitUntil(lambda: today.soon_model.index_of(item) is not None)
    assert today.overdue_model.index_of(item) is None
    ctx.undo_stack.undo()
    assert due(ctx, item.id) == item.due_date


def test_week_pick_a_date_and_snooze(today: TodayView, ctx: AppContext, qtbot: QtBot) -> None:  # noqa: F811
    table = today.due_soon.table
    item = focus_row(qtbot, table, task_rows(table)[0])
    qtbot.keyClick(table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert due(ctx, item.id) == (date.fromisoformat(item.due_date) + timedelta(days=7)).isoformat()
    ctx.undo_stack.undo()
    focus_row(qtbot, table, today.due_soon.proxy.mapFromSource(
        today.soon_model.index(today.soon_model.index_of(item) or 0, 0)).row())
    qtbot.keyClick(table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    dialog = today.task_actions["soon"].dialog
    assert isinstance(dialog, RescheduleDialog)
    dialog.date.setDate(QDate(2026, 7, 3))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert due(ctx, item.id) == "2026-07-03"
    ctx.undo_stack.undo()
    today.task_actions["soon"].snooze_action.trigger()
    assert due(ctx, item.id) == "2026-06-22"  # TODAY is a Monday: the next one
    assert "Snooze 1 task to 2026-06-22" in ctx.undo_stack.undoText()


def test_f2_edits_the_task_and_enter_opens_its_account(today: TodayView, ctx: AppContext,  # noqa: F811
                                                       qtbot: QtBot) -> None:
    table = today.overdue.table
    item = focus_row(qtbot, table, task_rows(table)[0])
    qtbot.keyClick(table, Qt.Key.Key_F2)
    dialog = today.task_actions["overdue"].dialog
    assert isinstance(dialog, TaskDialog) and dialog.title.text() == item.title
    dialog.title.setText("Call the sponsor")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert ctx.db.conn.execute("SELECT title FROM task WHERE id = ?", (item.id,)).fetchone()[0] == (
        "Call the sponsor")
    opened: list[int] = []
    ctx.navigator.account_requested.connect(opened.append)
    focus_row(qtbot, table, task_rows(table)[0])
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened and opened[0] == item_at(table, task_rows(table)[0]).account_id


def test_every_row_has_the_menu(today: TodayView) -> None:  # noqa: F811
    texts = [a.text().replace("&", "") for a in today.overdue.table.actions()]
    for wanted in ("Mark done", "Mark blocked", "Reschedule +1 day", "Reschedule +1 week",
                   "Reschedule to a date…", "Snooze to next Monday", "Edit task…", "Open account",
                   "Selected accounts"):
        assert wanted in texts
    assert today.overdue.table.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    assert "Open account" in [a.text().replace("&", "") for a in today.at_risk.table.actions()]


def test_selected_accounts_menu_moves_the_accounts_of_the_rows(today: TodayView, ctx: AppContext,  # noqa: F811
                                                               qtbot: QtBot) -> None:
    table = today.overdue.table
    focus_row(qtbot, table, 0)
    qtbot.keyClick(table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    ids = today.selected_account_ids()
    assert len(ids) == len({item_at(table, r).account_id for r in range(table.model().rowCount())}) >= 2
    menu = cast(QMenu, next(a for a in table.actions()
                            if a.text().replace("&", "") == "Selected accounts").menu())
    menu.aboutToShow.emit()
    stage = cast(QMenu, next(a for a in menu.actions()
                             if a.text().replace("&", "") == "Move to stage").menu())
    next(a for a in stage.actions() if a.text().endswith("Review")).trigger()
    assert {ctx.db.conn.execute("SELECT stage FROM account WHERE id = ?", (i,)).fetchone()[0]
            for i in ids} == {"Review"}
    assert ctx.undo_stack.undoText() == f"Move {len(ids)} accounts to Review"


def test_owner_filter_shows_one_owner_and_is_remembered(today: TodayView, ctx: AppContext,  # noqa: F811
                                                        ui_settings: AppSettings, qtbot: QtBot) -> None:
    combo = today.owner_combo
    assert combo.count() > 2 and combo.currentData() is None
    everyone = today.overdue.proxy.rowCount() + today.due_soon.proxy.rowCount()
    at = next(i for i in range(1, combo.count())
              if any(r.account_owner == combo.itemData(i) for r in today.overdue_model._rows))
    owner = combo.itemData(at)
    combo.setFocus()
    combo.setCurrentIndex(at)
    shown = [today.overdue.proxy.index(r, 0).data(ROW_ROLE) for r in range(today.overdue.proxy.rowCount())]
    assert shown and {r.account_owner for r in shown} == {owner}
    assert today.overdue.proxy.rowCount() + today.due_soon.proxy.rowCount() < everyone
    assert today.overdue.label.text().startswith(f"Overdue ({len(shown)})")
    assert ui_settings.today_owner() == owner
    again = TodayView(ctx)
    qtbot.addWidget(again)
    again.restore_state(ui_settings)
    again.show()
    # the owners come with the account list, the items with Today's own read: wait for both
    qtbot.waitUntil(lambda: again.owner_combo.currentData() == owner and not again.overdue.loading)
    assert again.overdue.proxy.rowCount() == len(shown)
    again.close()


def test_group_by_account_keeps_each_accounts_work_together(today: TodayView,  # noqa: F811
                                                            ui_settings: AppSettings,
                                                            qtbot: QtBot) -> None:
    qtbot.mouseClick(today.group_check, Qt.MouseButton.LeftButton)
    assert today.group_check.isChecked() and ui_settings.today_grouped()
    table = today.due_soon.table
    accounts = [item_at(table, r).account_id for r in range(table.model().rowCount())]
    runs = [a for i, a in enumerate(accounts) if i == 0 or accounts[i - 1] != a]
    assert len(runs) == len(set(accounts))  # every account appears as one run of rows
    qtbot.mouseClick(today.group_check, Qt.MouseButton.LeftButton)
    dues = [item_at(table, r).due_date for r in range(table.model().rowCount())]
    assert dues == sorted(dues)
