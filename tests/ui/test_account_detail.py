"""The account detail view driven like a user: clicks, keys, dialogs; the database is checked after."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QPoint, QSettings, Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QStyle, QStyleOptionViewItem, QWidget
from pytestqt.qtbot import QtBot

from tests.conftest import TODAY
from tracker.changes import ChangeSet
from tracker.database import Database
from tracker.domain import STAGES, Task
from tracker.queries.account_detail import load_account_detail
from tracker.services import tasks as task_service
from ui.context import AppContext
from ui.dialogs.activity_dialog import ActivityDialog
from ui.dialogs.apply_playbook_dialog import ApplyPlaybookDialog
from ui.dialogs.contact_dialog import ContactDialog
from ui.dialogs.feedback_dialog import FeedbackDialog
from ui.dialogs.milestone_dialog import MilestoneDialog
from ui.dialogs.task_dialog import TaskDialog
from ui.events import ChangeBus, Navigator
from ui.models.task_model import COL_TITLE
from ui.views.account_detail import SPLITTER_KEY, AccountDetailView
from ui.views.detail.table_panel import TablePanel

pytestmark = pytest.mark.gui

ACCOUNT = 19  # in the S demo as of TODAY: onboarding, ten late tasks in Adopt, milestones overdue


@pytest.fixture
def ctx(demo_db: Database, qtbot: QtBot, tmp_path: Path) -> Iterator[AppContext]:
    """Needs qtbot after demo_db so widgets (and the health panel's timer) go before the database."""
    stack = QUndoStack()
    context = AppContext(demo_db, tmp_path / "demo.db", ChangeBus(), stack, Navigator(), lambda: TODAY)
    yield context
    stack.clear()


@pytest.fixture
def view(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> Iterator[AccountDetailView]:
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    widget = AccountDetailView(ctx, settings=settings)
    qtbot.addWidget(widget)
    undo = ctx.undo_stack.createUndoAction(widget)
    undo.setShortcut("Ctrl+Z")
    redo = ctx.undo_stack.createRedoAction(widget)
    redo.setShortcut("Ctrl+Shift+Z")
    widget.addActions([undo, redo])
    widget.resize(1200, 680)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    widget.show_account(ACCOUNT)
    yield widget
    stop_timers(widget)
    widget.close()


def stop_timers(widget: QWidget) -> None:
    """Pending refreshes (the health panel debounces on a timer) must not outlive the database."""
    for timer in widget.findChildren(QTimer):
        timer.stop()


def task_row(db: Database, task_id: int) -> tuple[str, str | None]:
    status, done = db.conn.execute("SELECT status, done_date FROM task WHERE id = ?", (task_id,)).fetchone()
    return str(status), done


def open_tasks(db: Database, status: str = "todo") -> list[Task]:
    return [t for t in task_service.list_tasks(db, ACCOUNT) if t.status == status]


def checkbox_centre(view: AccountDetailView, index: QModelIndex) -> QPoint:
    tree = view.checklist.tree
    option = QStyleOptionViewItem()
    option.rect = tree.visualRect(index)
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    tree.itemDelegate().initStyleOption(option, index)  # type: ignore[attr-defined]
    rect = tree.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, tree)
    return rect.center()


def select_task(view: AccountDetailView, task_id: int) -> QModelIndex:
    assert view.checklist.select_task(task_id)
    view.checklist.tree.setFocus()
    return view.checklist.tree.currentIndex()


def ok_button(buttons: QDialogButtonBox) -> object:
    return buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_header_shows_key_dates_and_lateness(view: AccountDetailView) -> None:
    """The header carries the key dates, a late target go-live and checklist progress."""
    texts = view.header.value_texts()
    assert texts[0] == "2026-04-11"
    assert "2026-06-10" in texts[2] and "5 d late" in texts[2]
    assert texts[5].startswith("12/30 done")
    assert view.header.name.text() == "Blue Works SA"


def test_late_task_shows_days_late(view: AccountDetailView, ctx: AppContext) -> None:
    """An open task past its due date reads 'N d late' in red with a warning icon."""
    late = next(t for t in task_service.list_tasks(ctx.db, ACCOUNT) if t.title == "Configure single sign-on")
    index = view.checklist.model.index_of_task(late.id, 2)
    assert index.data() == "2026-05-03 · 43 d late"
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None
    assert index.data(Qt.ItemDataRole.ForegroundRole).color().name() in ("#cf222e", "#ff7b72")


def test_tick_checkbox_then_ctrl_z(qtbot: QtBot, view: AccountDetailView, ctx: AppContext) -> None:
    """Clicking a task's checkbox marks it done today; Ctrl+Z puts the database back."""
    task = open_tasks(ctx.db)[0]
    index = select_task(view, task.id)
    title_index = index.siblingAtColumn(COL_TITLE)
    qtbot.mouseClick(view.checklist.tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=checkbox_centre(view, title_index))
    assert task_row(ctx.db, task.id) == ("done", TODAY.isoformat())
    assert ctx.undo_stack.undoText() == f"Mark “{task.title}” done"
    source = view.checklist.model.index_of_task(task.id)
    assert source.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert view.header.value_texts()[5].startswith("13/30 done")
    qtbot.keyClick(view.checklist.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert task_row(ctx.db, task.id) == ("todo", None)
    assert view.checklist.model.index_of_task(task.id).data(Qt.ItemDataRole.CheckStateRole) == \
        Qt.CheckState.Unchecked
    assert view.checklist.current_task() is not None  # selection survived the refreshes


def test_space_toggles_done(qtbot: QtBot, view: AccountDetailView, ctx: AppContext) -> None:
    task = open_tasks(ctx.db)[1]
    select_task(view, task.id)
    qtbot.keyClick(view.checklist.tree, Qt.Key.Key_Space)
    assert task_row(ctx.db, task.id)[0] == "done"


def test_block_and_skip_with_shortcuts(qtbot: QtBot, view: AccountDetailView, ctx: AppContext) -> None:
    """Ctrl+B blocks, Ctrl+Shift+K skips (Ctrl+K is search), Ctrl+U reopens; each is one undo step."""
    first, second = open_tasks(ctx.db)[:2]
    select_task(view, first.id)
    qtbot.keyClick(view.checklist.tree, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert task_row(ctx.db, first.id)[0] == "blocked"
    select_task(view, second.id)
    qtbot.keyClick(view.checklist.tree, Qt.Key.Key_K,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert task_row(ctx.db, second.id)[0] == "skipped"
    assert ctx.undo_stack.undoText() == f"Skip “{second.title}”"
    qtbot.keyClick(view.checklist.tree, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    assert task_row(ctx.db, second.id)[0] == "todo"
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    assert task_row(ctx.db, first.id)[0] == "todo"


def test_context_menu_offers_status_actions(view: AccountDetailView, ctx: AppContext) -> None:
    """The tree's context menu holds the status actions; triggering one writes."""
    assert view.checklist.tree.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    texts = [a.text().replace("&", "") for a in view.checklist.tree.actions() if not a.isSeparator()]
    assert texts[:5] == ["Mark done", "Mark in progress", "Mark blocked", "Skip", "Reopen (to do)"]
    task = open_tasks(ctx.db)[0]
    select_task(view, task.id)
    assert not view.checklist.reopen_action.isEnabled()  # already to do
    view.checklist.blocked_action.trigger()
    assert task_row(ctx.db, task.id)[0] == "blocked"


def test_hide_done_keeps_open_tasks(qtbot: QtBot, view: AccountDetailView, ctx: AppContext) -> None:
    qtbot.mouseClick(view.checklist.hide_closed, Qt.MouseButton.LeftButton)
    proxy = view.checklist.proxy
    shown = sum(proxy.rowCount(proxy.index(r, 0)) for r in range(proxy.rowCount()))
    expected = sum(1 for t in task_service.list_tasks(ctx.db, ACCOUNT) if t.status not in ("done", "skipped"))
    assert shown == expected == 18
    assert proxy.rowCount() == 3  # Adopt, Review, Expand


def test_record_milestone_and_undo(qtbot: QtBot, view: AccountDetailView, ctx: AppContext) -> None:
    """Recording 'First value reached' also sets the account's first-value date; undo clears both."""
    view.tabs.setCurrentWidget(view.milestones)
    assert view.milestones.select_where(lambda m: m.kind == "first_value")
    qtbot.mouseClick(view.milestones.record_button, Qt.MouseButton.LeftButton)
    dialog = view.findChild(MilestoneDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.achieved.setDate(dialog.achieved.date().addDays(-2))
    qtbot.mouseClick(ok_button(dialog.buttons), Qt.MouseButton.LeftButton)
    achieved = ctx.db.conn.execute(
        "SELECT achieved_date FROM milestone WHERE account_id = ? AND kind = 'first_value'", (ACCOUNT,)
    ).fetchone()[0]
    assert achieved == "2026-06-13"
    assert ctx.db.conn.execute("SELECT first_value_date FROM account WHERE id = ?",
                               (ACCOUNT,)).fetchone()[0] == "2026-06-13"
    row = view.milestones.model.row_of(lambda m: m.kind == "first_value")
    assert view.milestones.model.index(row, 3).data() == "✗ 18 d late"  # target 2026-05-26
    ctx.undo_stack.undo()
    assert ctx.db.conn.execute("SELECT first_value_date FROM account WHERE id = ?",
                               (ACCOUNT,)).fetchone()[0] is None
    assert view.header.value_texts()[4] == "–"


def test_add_feedback_through_dialog(qtbot: QtBot, view: AccountDetailView, ctx: AppContext) -> None:
    """Typing into the feedback dialog and pressing OK stores an NPS response."""
    count = "SELECT count(*) FROM feedback WHERE account_id = ?"
    before = ctx.db.conn.execute(count, (ACCOUNT,)).fetchone()[0]
    view.tabs.setCurrentWidget(view.feedback)
    button = next(b for b in view.feedback.findChildren(type(view.milestones.record_button))
                  if b.text() == "Add feedback…")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = view.findChild(FeedbackDialog)
    assert dialog is not None
    dialog.kind.setFocus()
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Down)  # CSAT -> NPS
    assert dialog.kind.currentData() == "nps"
    dialog.score.selectAll()
    qtbot.keyClicks(dialog.score, "3")
    qtbot.keyClicks(dialog.comment, "Integration keeps failing")
    qtbot.mouseClick(ok_button(dialog.buttons), Qt.MouseButton.LeftButton)
    rows = ctx.db.conn.execute(
        "SELECT kind, score, comment, date FROM feedback WHERE account_id = ? ORDER BY id DESC", (ACCOUNT,)
    ).fetchall()
    assert len(rows) == before + 1
    assert rows[0] == ("nps", 3, "Integration keeps failing", TODAY.isoformat())
    assert view.feedback.model.rowCount() == before + 1
    assert "NPS" in view.feedback.summary.text()
    ctx.undo_stack.undo()
    assert ctx.db.conn.execute("SELECT count(*) FROM feedback WHERE account_id = ?",
                               (ACCOUNT,)).fetchone()[0] == before


def test_log_activity(qtbot: QtBot, view: AccountDetailView, ctx: AppContext) -> None:
    view.tabs.setCurrentWidget(view.activities)
    dialog = view.activities.open_add()
    assert isinstance(dialog, ActivityDialog)
    qtbot.keyClicks(dialog.summary, "Call about SSO; agreed a fix date")
    qtbot.mouseClick(ok_button(dialog.buttons), Qt.MouseButton.LeftButton)
    row = ctx.db.conn.execute(
        "SELECT kind, date, summary FROM activity WHERE account_id = ? ORDER BY id DESC LIMIT 1", (ACCOUNT,)
    ).fetchone()
    assert row == ("call", TODAY.isoformat(), "Call about SSO; agreed a fix date")
    assert view.activities.model.index(0, 3).data() == "Call about SSO; agreed a fix date"
    assert ctx.undo_stack.undoText() == "Log call on 2026-06-15"


def test_apply_playbook_then_undo_and_redo(qtbot: QtBot, view: AccountDetailView, ctx: AppContext) -> None:
    """Applying the delta playbook adds its tasks under the right stages; undo removes them all."""
    count = "SELECT count(*) FROM task WHERE account_id = ?"
    before = ctx.db.conn.execute(count, (ACCOUNT,)).fetchone()[0]
    qtbot.mouseClick(view.checklist.apply_button, Qt.MouseButton.LeftButton)
    dialog = view.findChild(ApplyPlaybookDialog)
    assert dialog is not None
    pid = dialog.playbook_id()
    kind = ctx.db.conn.execute("SELECT kind FROM playbook WHERE id = ?", (pid,)).fetchone()[0]
    assert kind == "delta"  # an account that already has a journey is offered a delta first
    # Issue 17: steps in stages behind the account's are not added (this count once took
    # every step of the playbook).
    stage = ctx.db.conn.execute("SELECT stage FROM account WHERE id = ?", (ACCOUNT,)).fetchone()[0]
    ahead = json.dumps(list(STAGES[STAGES.index(stage):]))
    steps = ctx.db.conn.execute(
        "SELECT count(*) FROM playbook_step WHERE playbook_id = ? AND NOT is_milestone"
        " AND stage IN (SELECT value FROM json_each(?))", (pid, ahead)).fetchone()[0]
    dialog.start.setDate(dialog.start.date().addDays(7))
    qtbot.mouseClick(ok_button(dialog.buttons), Qt.MouseButton.LeftButton)
    after = ctx.db.conn.execute(count, (ACCOUNT,)).fetchone()[0]
    assert after == before + steps
    journey = ctx.db.conn.execute("SELECT id, start_date FROM journey WHERE account_id = ? ORDER BY id DESC",
                                  (ACCOUNT,)).fetchone()
    assert journey[1] == "2026-06-22"
    shown = sum(view.checklist.model.rowCount(view.checklist.model.index(r, 0))
                for r in range(view.checklist.model.rowCount()))
    assert shown == after
    ctx.undo_stack.undo()
    assert ctx.db.conn.execute(count, (ACCOUNT,)).fetchone()[0] == before
    ctx.undo_stack.redo()
    assert ctx.db.conn.execute(count, (ACCOUNT,)).fetchone()[0] == after
    assert ctx.db.conn.execute("SELECT id FROM journey WHERE id = ?", (journey[0],)).fetchone() is not None


def test_add_edit_delete_contact(qtbot: QtBot, view: AccountDetailView, ctx: AppContext) -> None:
    view.tabs.setCurrentWidget(view.contacts)
    dialog = view.contacts.open_add()
    assert dialog is not None
    assert not ok_button(dialog.buttons).isEnabled()  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.name, "Maya Chen")
    qtbot.keyClicks(dialog.email, "maya@blueworks.example")
    qtbot.mouseClick(dialog.invited.check, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(ok_button(dialog.buttons), Qt.MouseButton.LeftButton)
    row = ctx.db.conn.execute("SELECT id, invited_date, activated_date FROM contact WHERE name = 'Maya Chen'"
                              ).fetchone()
    assert row[1:] == (TODAY.isoformat(), None)
    assert view.contacts.select_where(lambda c: c.id == row[0])
    edit = view.contacts.open_edit()
    assert edit is not None
    qtbot.mouseClick(edit.activated.check, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(ok_button(edit.buttons), Qt.MouseButton.LeftButton)
    assert ctx.db.conn.execute("SELECT activated_date FROM contact WHERE id = ?", (row[0],)).fetchone()[0] \
        == TODAY.isoformat()
    assert view.contacts.current_row().id == row[0]
    view.contacts.delete_current()
    assert ctx.db.conn.execute("SELECT 1 FROM contact WHERE id = ?", (row[0],)).fetchone() is None
    ctx.undo_stack.undo()
    assert ctx.db.conn.execute("SELECT activated_date FROM contact WHERE id = ?", (row[0],)).fetchone()[0] \
        == TODAY.isoformat()


def test_add_task_with_dialog(qtbot: QtBot, view: AccountDetailView, ctx: AppContext) -> None:
    qtbot.mouseClick(view.checklist.add_button, Qt.MouseButton.LeftButton)
    dialog = view.findChild(TaskDialog)
    assert dialog is not None
    qtbot.keyClicks(dialog.title, "Send the SSO runbook")
    qtbot.mouseClick(ok_button(dialog.buttons), Qt.MouseButton.LeftButton)
    row = ctx.db.conn.execute("SELECT id, status, due_date FROM task WHERE title = 'Send the SSO runbook'"
                              ).fetchone()
    assert row[1:] == ("todo", TODAY.isoformat())
    assert view.checklist.model.index_of_task(row[0]).isValid()
    ctx.undo_stack.undo()
    assert ctx.db.conn.execute("SELECT 1 FROM task WHERE id = ?", (row[0],)).fetchone() is None


def test_change_elsewhere_refreshes_only_its_account(view: AccountDetailView, ctx: AppContext) -> None:
    """A write announced on the bus for this account shows up; one for another account is ignored."""
    task = open_tasks(ctx.db)[0]
    change = task_service.set_task_status(ctx.db, task.id, "done", today=TODAY).change
    ctx.bus.announce(ChangeSet(tasks=True, account_ids=frozenset({ACCOUNT + 1})), None)
    assert view.checklist.model.index_of_task(task.id).data(Qt.ItemDataRole.CheckStateRole) == \
        Qt.CheckState.Unchecked
    ctx.bus.announce(change, None)
    assert view.checklist.model.index_of_task(task.id).data(Qt.ItemDataRole.CheckStateRole) == \
        Qt.CheckState.Checked


def test_deleted_account_shows_message(view: AccountDetailView, ctx: AppContext) -> None:
    from tracker.services.accounts import delete_account, restore_account

    snap = delete_account(ctx.db, ACCOUNT).value
    ctx.bus.announce(ChangeSet(accounts=True, account_ids=frozenset({ACCOUNT})), None)
    assert view.stack.currentWidget() is view.empty
    restore_account(ctx.db, snap)
    view.show_account(ACCOUNT)
    assert view.stack.currentIndex() == 1


def test_splitter_sizes_are_remembered(view: AccountDetailView, ctx: AppContext, tmp_path: Path,
                                       qtbot: QtBot) -> None:
    view.splitter.setSizes([500, 700])
    view.splitter.splitterMoved.emit(500, 1)
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    assert settings.value(SPLITTER_KEY) is not None
    other = AccountDetailView(ctx, settings=settings)
    qtbot.addWidget(other)
    other.resize(1200, 680)
    other.show()
    other.show_account(ACCOUNT)
    qtbot.waitUntil(lambda: other.splitter.sizes()[0] > 0)
    assert other.splitter.sizes() == view.splitter.sizes()
    assert other.splitter.sizes()[0] < other.splitter.sizes()[1]
    stop_timers(other)
    other.close()


def test_models_pass_qtmodeltester(qtmodeltester: object, view: AccountDetailView) -> None:
    for model in (view.checklist.model, view.checklist.proxy, view.milestones.model, view.contacts.model,
                  view.feedback.model, view.activities.model):
        qtmodeltester.check(model, force_py=True)  # type: ignore[attr-defined]



def test_remove_journey_from_menu_and_undo(view: AccountDetailView, ctx: AppContext) -> None:
    """The Journeys menu removes a whole journey (tasks and milestones); undo brings it back."""
    count = "SELECT count(*) FROM task WHERE account_id = ?"
    before = ctx.db.conn.execute(count, (ACCOUNT,)).fetchone()[0]
    actions = view.checklist.journeys_menu.actions()
    assert len(actions) == 1 and actions[0].text().startswith("Remove ")
    actions[0].trigger()
    assert ctx.db.conn.execute(count, (ACCOUNT,)).fetchone()[0] == 0
    assert view.checklist.model.rowCount() == 0
    assert view.milestones.model.rowCount() == 0
    ctx.undo_stack.undo()
    assert ctx.db.conn.execute(count, (ACCOUNT,)).fetchone()[0] == before
    assert view.milestones.model.rowCount() == 6


def test_ticked_task_leaves_the_open_list(qtbot: QtBot, view: AccountDetailView, ctx: AppContext) -> None:
    """With done tasks hidden, ticking one removes it from the list at once."""
    qtbot.mouseClick(view.checklist.hide_closed, Qt.MouseButton.LeftButton)
    task = open_tasks(ctx.db)[0]
    select_task(view, task.id)
    qtbot.keyClick(view.checklist.tree, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert task_row(ctx.db, task.id)[0] == "done"
    assert not view.checklist.proxy.mapFromSource(view.checklist.model.index_of_task(task.id)).isValid()


def test_state_hooks_for_the_main_window(view: AccountDetailView, tmp_path: Path) -> None:
    from ui.settings import AppSettings

    settings = AppSettings.at(tmp_path / "window.ini")
    view.splitter.setSizes([400, 800])
    view.save_state(settings)
    assert settings.qsettings.value(SPLITTER_KEY) is not None
    assert view.current_account_id() == ACCOUNT


def test_refused_edit_reports_one_sentence(qtbot: QtBot, view: AccountDetailView, ctx: AppContext) -> None:
    """A duplicate e-mail is refused by the core; the bus carries the sentence and nothing is stacked."""
    existing = ctx.db.conn.execute("SELECT email FROM contact WHERE account_id = ? AND email <> '' LIMIT 1",
                                   (ACCOUNT,)).fetchone()[0]
    count = ctx.db.conn.execute("SELECT count(*) FROM contact WHERE account_id = ?", (ACCOUNT,)).fetchone()[0]
    dialog = view.contacts.open_add()
    assert dialog is not None
    qtbot.keyClicks(dialog.name, "Copy Cat")
    qtbot.keyClicks(dialog.email, existing.upper())
    with qtbot.waitSignal(ctx.bus.failed) as failed:
        qtbot.mouseClick(ok_button(dialog.buttons), Qt.MouseButton.LeftButton)
    assert failed.args == ["A contact with this e-mail already exists."]
    assert ctx.undo_stack.count() == 0
    assert ctx.db.conn.execute("SELECT count(*) FROM contact WHERE account_id = ?",
                               (ACCOUNT,)).fetchone()[0] == count


def focus_first_row(qtbot: QtBot, panel: TablePanel) -> Any:
    """Select the panel's top row and give its table the keyboard, as a click would."""
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=panel.view.visualRect(panel.first_index()).center())
    qtbot.waitUntil(panel.view.hasFocus)
    return panel.current_row()


def test_record_tables_edit_with_f2_and_enter(qtbot: QtBot, view: AccountDetailView, ctx: AppContext) -> None:
    """F2 and Enter on a record table open that row's edit dialog (not an account-wide action)."""
    view.tabs.setCurrentWidget(view.contacts)
    contact = focus_first_row(qtbot, view.contacts)
    qtbot.keyClick(view.contacts.view, Qt.Key.Key_F2)
    dialog = view.findChild(ContactDialog)
    assert dialog is not None and dialog.isVisible() and dialog.name.text() == contact.name
    dialog.reject()
    view.tabs.setCurrentWidget(view.milestones)
    focus_first_row(qtbot, view.milestones)
    qtbot.keyClick(view.milestones.view, Qt.Key.Key_Return)
    milestone_dialog = view.findChild(MilestoneDialog)
    assert milestone_dialog is not None and milestone_dialog.isVisible()
    milestone_dialog.reject()


def test_delete_key_removes_the_row_undoably(qtbot: QtBot, view: AccountDetailView, ctx: AppContext) -> None:
    """Delete on the activity table deletes the selected activity like the button; Ctrl+Z brings it back."""
    view.tabs.setCurrentWidget(view.activities)
    row = focus_first_row(qtbot, view.activities)
    exists = "SELECT count(*) FROM activity WHERE id = ?"
    qtbot.keyClick(view.activities.view, Qt.Key.Key_Delete)
    assert ctx.db.conn.execute(exists, (row.id,)).fetchone()[0] == 0
    assert ctx.undo_stack.undoText().startswith("Delete activity of ")
    ctx.undo_stack.undo()
    assert ctx.db.conn.execute(exists, (row.id,)).fetchone()[0] == 1


def test_row_actions_follow_the_selection(view: AccountDetailView) -> None:
    """With no row selected, the table's F2/Delete actions are off, like the buttons."""
    panel = view.feedback
    panel.view.clearSelection()
    assert not panel.edit_action.isEnabled() and not panel.delete_action.isEnabled()
    panel.view.selectRow(0)
    assert panel.edit_action.isEnabled() and panel.delete_action.isEnabled()


def test_edit_feedback_prefilled_and_undoable(qtbot: QtBot, view: AccountDetailView, ctx: AppContext) -> None:
    """The feedback Edit button opens the response filled in; a new score is stored and undone."""
    view.tabs.setCurrentWidget(view.feedback)
    row = focus_first_row(qtbot, view.feedback)
    button = next(b for b in view.feedback.findChildren(QPushButton) if b.text() == "Edit…")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = view.findChild(FeedbackDialog)
    assert dialog is not None
    assert (dialog.kind.currentData(), dialog.score.value(), dialog.comment.text()) == \
        (row.kind, row.score, row.comment)
    assert dialog.date.date().toString("yyyy-MM-dd") == row.date
    new_score = 1 if row.score != 1 else 2
    dialog.score.selectAll()
    qtbot.keyClicks(dialog.score, str(new_score))
    qtbot.mouseClick(ok_button(dialog.buttons), Qt.MouseButton.LeftButton)
    score = "SELECT score FROM feedback WHERE id = ?"
    assert ctx.db.conn.execute(score, (row.id,)).fetchone()[0] == new_score
    assert ctx.undo_stack.undoText().startswith("Edit ")
    ctx.undo_stack.undo()
    assert ctx.db.conn.execute(score, (row.id,)).fetchone()[0] == row.score


def test_edit_activity_prefilled_and_undoable(qtbot: QtBot, view: AccountDetailView, ctx: AppContext) -> None:
    """Double-clicking an activity opens it filled in; a corrected summary is stored and undone."""
    view.tabs.setCurrentWidget(view.activities)
    row = focus_first_row(qtbot, view.activities)
    qtbot.mouseDClick(view.activities.view.viewport(), Qt.MouseButton.LeftButton,
                      pos=view.activities.view.visualRect(view.activities.first_index()).center())
    dialog = view.findChild(ActivityDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.summary.toPlainText() == row.summary
    assert dialog.kind.currentData() == row.kind
    dialog.summary.selectAll()
    qtbot.keyClicks(dialog.summary, "Corrected: sponsor joined")
    qtbot.mouseClick(ok_button(dialog.buttons), Qt.MouseButton.LeftButton)
    summary = "SELECT summary, date FROM activity WHERE id = ?"
    assert ctx.db.conn.execute(summary, (row.id,)).fetchone() == \
        ("Corrected: sponsor joined", row.date)
    ctx.undo_stack.undo()
    assert ctx.db.conn.execute(summary, (row.id,)).fetchone()[0] == row.summary


def test_record_tab_buttons_read_consistently(view: AccountDetailView) -> None:
    """Every tab names its buttons the same way: 'Add <thing>…', 'Edit…', 'Delete'."""
    def texts(panel: QWidget) -> list[str]:
        return [b.text() for b in panel.findChildren(QPushButton)]
    assert texts(view.milestones) == ["Mark achieved…", "Clear achieved"]
    assert texts(view.contacts) == ["Add contact…", "Edit…", "Delete"]
    assert texts(view.feedback) == ["Add feedback…", "Edit…", "Delete"]
    assert texts(view.activities) == ["Log activity…", "Edit…", "Delete"]


def test_checklist_rows_as_tall_as_table_rows(view: AccountDetailView) -> None:
    """Checklist rows get the record tables' height (font height + 8), not the bare text height."""
    tree = view.checklist.tree
    task_index = view.checklist.proxy.index(0, 0, view.checklist.proxy.index(0, 0))
    table_row = view.milestones.view.verticalHeader().defaultSectionSize()
    assert tree.visualRect(task_index).height() >= table_row
    assert tree.visualRect(view.checklist.proxy.index(0, 0)).height() >= table_row


@pytest.mark.parametrize(("days", "flagged"), [(90, False), (91, True)])
def test_header_shows_the_rule_books_ninety_day_verdict(view: AccountDetailView, ctx: AppContext,
                                                        days: int, flagged: bool) -> None:
    """Day 90 since signed without first value is not flagged, day 91 is (tracker.rules)."""
    signed = (TODAY - timedelta(days=days)).isoformat()
    ctx.db.conn.execute("UPDATE account SET signed_date = ?, first_value_date = NULL,"
                        " status = 'onboarding', churned_date = NULL WHERE id = ?", (signed, ACCOUNT))
    detail = load_account_detail(ctx.db, ACCOUNT, TODAY)
    assert detail.verdicts.ninety_day is flagged
    view.header.set_detail(detail, TODAY)
    text = view.header.value_texts()[4]
    assert (text != "–") is flagged
    if flagged:
        assert "none after 91 d" in text
