"""Issue 17 items 3-5 driven like a user: Ctrl+K search, dated notes, Next stage."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tests.conftest import TODAY
from tracker.queries.search import search
from tracker.services.records import NOTES
from ui.context import AppContext
from ui.dialogs.note_dialog import NoteDialog
from ui.dialogs.search_dialog import SearchDialog
from ui.main_window import MainWindow
from ui.models.search_model import SearchResultModel
from ui.settings import AppSettings
from ui.views.account_detail import AccountDetailView
from ui.views.detail.header import next_stage

pytestmark = pytest.mark.gui

ACCOUNT = 19  # S demo: onboarding in Adopt with open Adopt tasks


@pytest.fixture
def window(main_window: MainWindow, ctx: AppContext) -> Iterator[MainWindow]:
    main_window.add_view("account", AccountDetailView(ctx), "Account", "Ctrl+3")
    yield main_window


def detail_of(window: MainWindow) -> AccountDetailView:
    view = window.views["account"]
    assert isinstance(view, AccountDetailView)
    return view


def ctrl_k(qtbot: QtBot, window: MainWindow) -> SearchDialog:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.search_dialog is not None and window.search_dialog.isVisible())
    dialog = window.search_dialog
    assert dialog is not None
    return dialog


def test_ctrl_k_finds_an_account_by_crm_id_and_enter_opens_it(
        qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    name, crm = ctx.db.conn.execute("SELECT name, external_id FROM account WHERE id = ?",
                                    (ACCOUNT,)).fetchone()
    assert crm, "the S demo gives every account a CRM id"
    dialog = ctrl_k(qtbot, window)
    qtbot.keyClicks(dialog.edit, crm)
    qtbot.waitUntil(lambda: dialog.model.first_hit_row() >= 0)
    assert dialog.model.data(dialog.model.index(0)) == "Accounts", "grouped under a heading"
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_view_key() == "account")
    assert detail_of(window).account_id == ACCOUNT
    assert detail_of(window).header.name.text() == name


def test_search_opens_a_task_in_its_checklist_with_arrow_keys(
        qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    dialog = ctrl_k(qtbot, window)
    qtbot.keyClicks(dialog.edit, "kickoff meeting")
    qtbot.waitUntil(lambda: dialog.model.first_hit_row() >= 0)
    first = dialog.model.hit(dialog.list.currentIndex().row())
    assert first is not None and first.kind == "task"
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Down)
    chosen = dialog.model.hit(dialog.list.currentIndex().row())
    assert chosen is not None and chosen.kind == "task" and chosen.id != first.id
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Enter)
    detail = detail_of(window)
    qtbot.waitUntil(lambda: detail.account_id == chosen.account_id)
    task = detail.checklist.current_task()
    assert task is not None and task.id == chosen.id


def test_notes_are_added_by_button_shown_in_timeline_found_and_undone(
        qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    window._on_navigator_account_requested(ACCOUNT)
    detail = detail_of(window)
    detail.tabs.setCurrentWidget(detail.notes)
    qtbot.mouseClick(detail.notes.add_button_widget, Qt.MouseButton.LeftButton)
    dialog = detail.notes.findChild(NoteDialog)
    assert dialog is not None
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled(), "an empty note cannot be saved"
    qtbot.keyClicks(dialog.body, "Sponsor on leave until July")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    rows = ctx.db.conn.execute("SELECT date, body FROM account_note WHERE account_id = ?",
                               (ACCOUNT,)).fetchall()
    assert rows == [(TODAY.isoformat(), "Sponsor on leave until July")]
    qtbot.waitUntil(lambda: detail.notes.model.rowCount() == 1)
    timeline = [detail.activities.model.data(detail.activities.model.index(r, 3))
                for r in range(detail.activities.model.rowCount())]
    assert "Sponsor on leave until July" in timeline
    assert [h.kind for h in search(ctx.db, "sponsor leave")] == ["note"]
    assert ctx.undo_stack.undoText().startswith("Add note of")
    ctx.undo_stack.undo()
    assert ctx.db.conn.execute("SELECT count(*) FROM account_note").fetchone()[0] == 0
    qtbot.waitUntil(lambda: detail.notes.model.rowCount() == 0)


def body_of(ctx: AppContext, note: int) -> str:
    return str(ctx.db.conn.execute("SELECT body FROM account_note WHERE id = ?", (note,)).fetchone()[0])


def test_editing_and_deleting_a_note(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    note = NOTES.create(ctx.db, {"account_id": ACCOUNT, "date": "2026-06-01", "body": "Old text"}).value
    window._on_navigator_account_requested(ACCOUNT)
    detail = detail_of(window)
    assert detail.show_record("note", note)
    dialog = detail.notes.open_edit()
    assert dialog is not None
    dialog.body.selectAll()
    qtbot.keyClicks(dialog.body, "New text")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert body_of(ctx, note) == "New text"
    qtbot.waitUntil(lambda: detail.notes.current_row() is not None)
    detail.notes.view.setFocus()
    qtbot.keyClick(detail.notes.view, Qt.Key.Key_Delete)
    assert ctx.db.conn.execute("SELECT count(*) FROM account_note").fetchone()[0] == 0
    ctx.undo_stack.undo()
    assert body_of(ctx, note) == "New text"


def _stage(ctx: AppContext, aid: int) -> str:
    return str(ctx.db.conn.execute("SELECT stage FROM account WHERE id = ?", (aid,)).fetchone()[0])


def test_next_stage_warns_about_open_tasks_and_cancel_keeps_the_stage(
        qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    aid, stage = ctx.db.conn.execute(
        "SELECT a.id, a.stage FROM account a JOIN task t ON t.account_id = a.id AND t.stage = a.stage"
        " WHERE t.status IN ('todo', 'in_progress', 'blocked') AND a.stage NOT IN ('Review', 'Expand')"
        " ORDER BY a.id LIMIT 1").fetchone()
    after = next_stage(stage)
    assert after is not None
    window._on_navigator_account_requested(aid)
    detail = detail_of(window)
    button = detail.header.next_button
    assert button.isVisible() and after in button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    box = detail.stage_box
    assert box is not None and box.isVisible()
    assert f"open tasks in {stage}" in box.text()
    left = ctx.db.conn.execute(
        "SELECT title FROM task WHERE account_id = ? AND stage = ?"
        " AND status IN ('todo', 'in_progress', 'blocked') ORDER BY position, id", (aid, stage)).fetchall()
    assert left and left[0][0] in box.informativeText()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert _stage(ctx, aid) == stage

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    box = detail.stage_box
    assert box is not None
    move = next(b for b in box.buttons() if after in b.text())
    qtbot.mouseClick(move, Qt.MouseButton.LeftButton)
    assert _stage(ctx, aid) == after
    qtbot.waitUntil(lambda: f"<b>{after} 0 d</b>" in detail.header.history.text())
    assert stage in detail.header.history.text()
    ctx.undo_stack.undo()
    assert _stage(ctx, aid) == stage


def test_next_stage_into_kickoff_sets_the_kickoff_date(qtbot: QtBot, window: MainWindow,
                                                       ctx: AppContext) -> None:
    aid = ctx.db.conn.execute("SELECT id FROM account WHERE stage = 'Handoff' ORDER BY id").fetchone()[0]
    ctx.db.conn.execute("UPDATE account SET kickoff_date = NULL WHERE id = ?", (aid,))
    ctx.db.conn.execute("UPDATE task SET status = 'done', done_date = '2026-06-01'"
                        " WHERE account_id = ? AND stage = 'Handoff'", (aid,))
    ctx.db.conn.commit()
    window._on_navigator_account_requested(aid)
    detail = detail_of(window)
    qtbot.mouseClick(detail.header.next_button, Qt.MouseButton.LeftButton)
    assert detail.stage_box is None, "nothing left open: no question"
    row = ctx.db.conn.execute("SELECT stage, kickoff_date FROM account WHERE id = ?", (aid,)).fetchone()
    assert row == ("Kickoff", TODAY.isoformat())
    qtbot.waitUntil(lambda: TODAY.isoformat() in detail.header.value_texts()[1])


def test_restart_reopens_the_last_account_not_an_empty_view(
        qtbot: QtBot, window: MainWindow, ctx: AppContext, ui_settings: AppSettings) -> None:
    window._on_navigator_account_requested(ACCOUNT)
    window.save_window_state()
    again = MainWindow(ctx, ui_settings)
    qtbot.addWidget(again)
    again.add_view("account", AccountDetailView(ctx), "Account", "Ctrl+3")
    again.restore_window_state()
    assert again.current_view_key() == "account"
    assert detail_of(again).current_account_id() == ACCOUNT
    ui_settings.qsettings.setValue("detail/last_account", 99999)  # deleted since
    third = MainWindow(ctx, ui_settings)
    qtbot.addWidget(third)
    third.add_view("account", AccountDetailView(ctx), "Account", "Ctrl+3")
    third.restore_window_state()
    assert third.current_view_key() == "today"
    again.close()
    third.close()


def test_search_model_passes_the_model_tester(qtbot: QtBot, ctx: AppContext,
                                              request: pytest.FixtureRequest) -> None:
    model = SearchResultModel()
    tester = ModelTester(request.config)
    tester.check(model, force_py=True)
    model.set_hits(search(ctx.db, "training"))
    assert model.rowCount() > 2
    model.set_hits([])
    assert model.rowCount() == 0
    QApplication.processEvents()
