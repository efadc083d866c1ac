"""Issue 17's rough edges in the account view: task defaults and fields, milestones, tooltips,
and the checklist's reschedule keys (the same as on Today)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from tests.conftest import TODAY
from tests.ui.test_account_detail import ACCOUNT, ctx, select_task, view  # noqa: F401 - fixtures
from ui.context import AppContext
from ui.models.task_model import COL_TITLE
from ui.views.account_detail import AccountDetailView

pytestmark = pytest.mark.gui


def stage_of(ctx: AppContext) -> str:  # noqa: F811
    return str(ctx.db.conn.execute("SELECT stage FROM account WHERE id = ?", (ACCOUNT,)).fetchone()[0])


def test_add_task_defaults_to_the_accounts_stage(view: AccountDetailView, ctx: AppContext) -> None:  # noqa: F811
    view.checklist.tree.setCurrentIndex(view.checklist.proxy.index(-1, -1))
    view.checklist.tree.clearSelection()
    dialog = view.checklist.open_add_task()
    assert dialog is not None
    assert dialog.stage.currentData() == stage_of(ctx) != "Embark"
    dialog.reject()


def test_edit_task_has_a_status_field(view: AccountDetailView, ctx: AppContext, qtbot: QtBot) -> None:  # noqa: F811
    task_id = ctx.db.conn.execute("SELECT id FROM task WHERE account_id = ? AND status = 'todo'"
                                  " ORDER BY id LIMIT 1", (ACCOUNT,)).fetchone()[0]
    select_task(view, task_id)
    dialog = view.checklist.open_edit_task()
    assert dialog is not None and dialog.status.currentData() == "todo"
    dialog.status.setCurrentIndex(dialog.status.findData("blocked"))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert ctx.db.conn.execute("SELECT status FROM task WHERE id = ?", (task_id,)).fetchone()[0] == "blocked"


def test_clear_achieved_only_for_an_achieved_milestone(view: AccountDetailView) -> None:  # noqa: F811
    panel = view.milestones
    view.tabs.setCurrentWidget(panel)
    assert panel.select_where(lambda m: m.achieved_date is None)
    assert panel.record_button.isEnabled() and not panel.clear_button.isEnabled()
    assert panel.select_where(lambda m: m.achieved_date is not None)
    assert panel.clear_button.isEnabled()


def test_task_title_tooltip_is_the_full_title(view: AccountDetailView, ctx: AppContext) -> None:  # noqa: F811
    task_id, title = ctx.db.conn.execute("SELECT id, title FROM task WHERE account_id = ? AND notes = ''"
                                         " ORDER BY id LIMIT 1", (ACCOUNT,)).fetchone()
    index = view.checklist.model.index_of_task(task_id).siblingAtColumn(COL_TITLE)
    assert index.data(Qt.ItemDataRole.ToolTipRole) == title


def test_checklist_ctrl_d_reschedules_like_today(view: AccountDetailView, ctx: AppContext,  # noqa: F811
                                                 qtbot: QtBot) -> None:
    task_id, due = ctx.db.conn.execute(
        "SELECT id, due_date FROM task WHERE account_id = ? AND status = 'todo' AND due_date >= ?"
        " ORDER BY id LIMIT 1", (ACCOUNT, TODAY.isoformat())).fetchone()
    select_task(view, task_id)
    texts = [a.text().replace("&", "") for a in view.checklist.tree.actions()]
    assert {"Reschedule +1 day", "Reschedule +1 week", "Snooze to next Monday"} <= set(texts)
    qtbot.keyClick(view.checklist.tree, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    new = ctx.db.conn.execute("SELECT due_date FROM task WHERE id = ?", (task_id,)).fetchone()[0]
    from datetime import date
    assert new == (date.fromisoformat(due) + timedelta(days=1)).isoformat()
    ctx.undo_stack.undo()
    assert ctx.db.conn.execute("SELECT due_date FROM task WHERE id = ?", (task_id,)).fetchone()[0] == due
