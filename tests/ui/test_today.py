"""The Today screen: its three lists, one click to an account, ticking a task and undoing it."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem, QTableView
from pytestqt.qtbot import QtBot

from tests.conftest import TODAY
from tracker.queries.portfolio import DueItem, account_rows, today_data
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.models.roles import ID_ROLE, ROW_ROLE
from ui.models.today_models import AtRiskModel, DueItemModel
from ui.views.today import TodayView

pytestmark = pytest.mark.gui


@pytest.fixture
def today(main_window: MainWindow, qtbot: QtBot) -> TodayView:
    assert main_window.current_view_key() == "today"
    view = main_window.today_view
    qtbot.waitUntil(lambda: view.overdue_model.rowCount() > 0 and view.risk_model.rowCount() > 0)
    return view


def check_box_center(table: QTableView, row: int) -> Any:
    """Where the style draws the check box of the Done cell (what a user aims at)."""
    index = table.model().index(row, DueItemModel.DONE)
    option = QStyleOptionViewItem()
    option.initFrom(table.viewport())
    option.rect = table.visualRect(index)
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    rect = table.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, table)
    return rect.center()


def test_models_pass_the_qt_model_tester(ctx: AppContext, qtmodeltester: Any) -> None:
    data = today_data(ctx.db, TODAY)
    due = DueItemModel()
    due.set_rows(data.overdue + data.due_soon)
    qtmodeltester.check(due)
    risk = AtRiskModel()
    risk.set_rows(data.at_risk)
    qtmodeltester.check(risk)


def test_sections_show_what_is_overdue_due_and_at_risk(today: TodayView, ctx: AppContext) -> None:
    overdue_tasks = ctx.db.conn.execute(
        "SELECT count(*) FROM task t JOIN account a ON a.id = t.account_id WHERE a.status <> 'churned'"
        " AND t.status IN ('todo', 'in_progress', 'blocked') AND t.due_date < ?",
        (TODAY.isoformat(),)).fetchone()[0]
    overdue_milestones = ctx.db.conn.execute(
        "SELECT count(*) FROM milestone m JOIN account a ON a.id = m.account_id WHERE a.status <> "
        "'churned' AND m.achieved_date IS NULL AND m.target_date < ?", (TODAY.isoformat(),)).fetchone()[0]
    assert today.overdue_model.rowCount() == overdue_tasks + overdue_milestones > 0
    assert today.overdue.label.text() == f"Overdue ({overdue_tasks + overdue_milestones})"
    rows = [today.overdue_model.row_at(r) for r in range(today.overdue_model.rowCount())]
    assert all(r.days_late > 0 for r in rows)
    assert [r.due_date for r in rows] == sorted(r.due_date for r in rows)
    soon = [today.soon_model.row_at(r) for r in range(today.soon_model.rowCount())]
    assert soon and all(TODAY.isoformat() <= r.due_date <= "2026-06-22" for r in soon)
    at_risk = {r.id for r in account_rows(ctx.db, TODAY) if r.reasons}
    shown = {today.risk_model.row_at(r).id for r in range(today.risk_model.rowCount())}
    assert shown == at_risk and shown
    assert today.risk_model.index(0, AtRiskModel.REASON).data()


def test_one_click_on_the_account_opens_it(today: TodayView, ctx: AppContext, qtbot: QtBot) -> None:
    table = today.overdue.table
    index = table.model().index(0, DueItemModel.ACCOUNT)
    item = index.data(ROW_ROLE)
    assert isinstance(item, DueItem)
    with qtbot.waitSignal(ctx.navigator.account_requested) as blocker:
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())
    assert blocker.args == [item.account_id]
    risk_table = today.at_risk.table
    risk_index = risk_table.model().index(0, AtRiskModel.ACCOUNT)
    with qtbot.waitSignal(ctx.navigator.account_requested) as blocker:
        qtbot.mouseClick(risk_table.viewport(), Qt.MouseButton.LeftButton,
                         pos=risk_table.visualRect(risk_index).center())
    assert blocker.args == [risk_index.data(ID_ROLE)]


def test_clicking_another_column_does_not_navigate(today: TodayView, ctx: AppContext, qtbot: QtBot) -> None:
    table = today.overdue.table
    index = table.model().index(0, DueItemModel.ITEM)
    with qtbot.assertNotEmitted(ctx.navigator.account_requested, wait=50):
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())


def test_tick_a_task_done_then_undo(main_window: MainWindow, today: TodayView, ctx: AppContext,
                                    qtbot: QtBot) -> None:
    table = today.overdue.table
    row = next(r for r in range(table.model().rowCount())
               if table.model().index(r, 0).data(ROW_ROLE).kind == "task")
    item: DueItem = table.model().index(row, 0).data(ROW_ROLE)
    before = ctx.db.conn.execute("SELECT status, done_date FROM task WHERE id = ?", (item.id,)).fetchone()
    assert before[0] != "done"
    count = today.overdue_model.rowCount()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=check_box_center(table, row))
    assert ctx.db.conn.execute("SELECT status, done_date FROM task WHERE id = ?",
                               (item.id,)).fetchone() == ("done", TODAY.isoformat())
    qtbot.waitUntil(lambda: today.overdue_model.rowCount() == count - 1)
    assert today.overdue_model.index_of(item) is None
    assert main_window.undo_action.text() == f"&Undo Mark “{item.title}” done"
    main_window.activateWindow()
    qtbot.keyClick(main_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ctx.db.conn.execute("SELECT status, done_date FROM task WHERE id = ?",
                               (item.id,)).fetchone() == tuple(before)
    qtbot.waitUntil(lambda: today.overdue_model.rowCount() == count)
    assert today.overdue_model.index_of(item) is not None


def test_space_ticks_the_current_task(today: TodayView, ctx: AppContext, qtbot: QtBot) -> None:
    table = today.due_soon.table
    row = next(r for r in range(table.model().rowCount())
               if table.model().index(r, 0).data(ROW_ROLE).kind == "task")
    item: DueItem = table.model().index(row, 0).data(ROW_ROLE)
    table.setFocus()
    table.setCurrentIndex(table.model().index(row, DueItemModel.DONE))
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert ctx.db.conn.execute("SELECT status FROM task WHERE id = ?", (item.id,)).fetchone()[0] == "done"
