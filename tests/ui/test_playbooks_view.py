"""The playbook editor driven by clicks and keys; every edit checked in the database and undone."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QComboBox, QSpinBox, QStyle, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from tests.conftest import TODAY
from tracker.database import Database
from ui.context import AppContext
from ui.events import ChangeBus, Navigator
from ui.models.playbook_models import COL_KIND, COL_MILESTONE, COL_OFFSET, COL_STAGE
from ui.views.playbooks import PlaybooksView

pytestmark = pytest.mark.gui

INITIAL = 1  # "Initial onboarding" in the seeded database


@pytest.fixture
def ctx(demo_db: Database, qtbot: QtBot, tmp_path: Path) -> Iterator[AppContext]:
    """Needs qtbot after demo_db so widgets are closed before the database."""
    stack = QUndoStack()
    yield AppContext(demo_db, tmp_path / "demo.db", ChangeBus(), stack, Navigator(), lambda: TODAY)
    stack.clear()


@pytest.fixture
def view(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> Iterator[PlaybooksView]:
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    widget = PlaybooksView(ctx, settings=settings)
    qtbot.addWidget(widget)
    widget.resize(1200, 680)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    widget.select_playbook(INITIAL)
    yield widget
    widget.close()


def step_id(db: Database, title: str, playbook: int = INITIAL) -> int:
    return int(db.conn.execute("SELECT id FROM playbook_step WHERE playbook_id = ? AND title = ?",
                               (playbook, title)).fetchone()[0])


def step_field(db: Database, sid: int, field: str) -> Any:
    return db.conn.execute(f"SELECT {field} FROM playbook_step WHERE id = ?", (sid,)).fetchone()[0]


def cell_centre(view: PlaybooksView, row: int, col: int) -> object:
    index = view.step_model.index(row, col)
    view.step_view.scrollTo(index)
    return view.step_view.visualRect(index).center()


def test_edit_offset_in_table_then_undo(qtbot: QtBot, view: PlaybooksView, ctx: AppContext) -> None:
    """Double-click the due offset, type 21, Enter: the step moves; Ctrl+Z (the stack) puts 14 back."""
    sid = step_id(ctx.db, "Run the kickoff meeting")
    assert step_field(ctx.db, sid, "offset_days") == 14
    row = view.step_model.row_of(sid)
    pos = cell_centre(view, row, COL_OFFSET)
    qtbot.mouseClick(view.step_view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(view.step_view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QSpinBox)
    editor.selectAll()
    qtbot.keyClicks(editor, "21")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: step_field(ctx.db, sid, "offset_days") == 21)  # Qt commits queued
    assert ctx.undo_stack.undoText() == "Set due offset of “Run the kickoff meeting” to 21 days"
    assert view.step_model.index(row, COL_OFFSET).data() == "21"
    ctx.undo_stack.undo()
    assert step_field(ctx.db, sid, "offset_days") == 14
    assert view.step_model.index(row, COL_OFFSET).data() == "14"


def test_change_stage_with_combo_editor(qtbot: QtBot, view: PlaybooksView, ctx: AppContext) -> None:
    sid = step_id(ctx.db, "Run the kickoff meeting")
    row = view.step_model.row_of(sid)
    view.step_view.setCurrentIndex(view.step_model.index(row, COL_STAGE))
    view.step_view.setFocus()
    qtbot.keyClick(view.step_view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QComboBox) and editor.currentData() == "Kickoff"
    qtbot.keyClick(editor, Qt.Key.Key_Down)  # Kickoff -> Adopt
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: step_field(ctx.db, sid, "stage") == "Adopt")
    ctx.undo_stack.undo()
    assert step_field(ctx.db, sid, "stage") == "Kickoff"


def test_toggle_milestone_flag(qtbot: QtBot, view: PlaybooksView, ctx: AppContext) -> None:
    sid = step_id(ctx.db, "Run the kickoff meeting")
    row = view.step_model.row_of(sid)
    index = view.step_model.index(row, COL_MILESTONE)
    view.step_view.scrollTo(index)
    option = QStyleOptionViewItem()
    option.rect = view.step_view.visualRect(index)
    delegate = view.step_view.itemDelegateForIndex(index)
    delegate.initStyleOption(option, index)  # type: ignore[attr-defined]
    box = view.step_view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option,
                                                view.step_view)
    qtbot.mouseClick(view.step_view.viewport(), Qt.MouseButton.LeftButton, pos=box.center())
    flags = "SELECT is_milestone, milestone_kind FROM playbook_step WHERE id = ?"
    assert ctx.db.conn.execute(flags, (sid,)).fetchone() == (1, "custom")
    assert view.step_model.index(row, COL_KIND).data() == "Custom"
    ctx.undo_stack.undo()
    assert ctx.db.conn.execute(flags, (sid,)).fetchone() == (0, None)


def test_duplicate_playbook_and_undo(qtbot: QtBot, view: PlaybooksView, ctx: AppContext) -> None:
    """Duplicate copies every step under a free name and selects the copy; undo removes it."""
    qtbot.mouseClick(view.duplicate_button, Qt.MouseButton.LeftButton)
    copy = ctx.db.conn.execute("SELECT id FROM playbook WHERE name = 'Initial onboarding (copy)'").fetchone()
    assert copy is not None
    steps = "SELECT count(*) FROM playbook_step WHERE playbook_id = ?"
    assert ctx.db.conn.execute(steps, (copy[0],)).fetchone()[0] == \
        ctx.db.conn.execute(steps, (INITIAL,)).fetchone()[0] == 36
    assert view.playbook_id == copy[0]
    assert view.name_edit.text() == "Initial onboarding (copy)"
    assert view.list_model.rowCount() == 5
    ctx.undo_stack.undo()
    assert ctx.db.conn.execute("SELECT 1 FROM playbook WHERE id = ?", copy).fetchone() is None
    assert view.list_model.rowCount() == 4
    ctx.undo_stack.redo()
    assert ctx.db.conn.execute(steps, (copy[0],)).fetchone()[0] == 36


def test_new_rename_delete_playbook(qtbot: QtBot, view: PlaybooksView, ctx: AppContext) -> None:
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    pid = view.playbook_id
    name = "SELECT name FROM playbook WHERE id = ?"
    assert ctx.db.conn.execute(name, (pid,)).fetchone()[0] == "New playbook"
    view.name_edit.selectAll()
    qtbot.keyClicks(view.name_edit, "Enterprise rollout")
    qtbot.keyClick(view.name_edit, Qt.Key.Key_Return)
    assert ctx.db.conn.execute("SELECT name FROM playbook WHERE id = ?", (pid,)).fetchone()[0] == \
        "Enterprise rollout"
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert ctx.db.conn.execute("SELECT 1 FROM playbook WHERE id = ?", (pid,)).fetchone() is None
    ctx.undo_stack.undo()
    assert ctx.db.conn.execute("SELECT name FROM playbook WHERE id = ?", (pid,)).fetchone()[0] == \
        "Enterprise rollout"


def test_add_remove_and_move_steps(qtbot: QtBot, view: PlaybooksView, ctx: AppContext) -> None:
    first, second = view.step_model.step_at(0), view.step_model.step_at(1)
    view.step_view.selectRow(1)
    qtbot.mouseClick(view.up_button, Qt.MouseButton.LeftButton)
    assert [view.step_model.step_at(i).id for i in (0, 1)] == [second.id, first.id]
    assert step_field(ctx.db, second.id, "position") < step_field(ctx.db, first.id, "position")
    assert view.step_model.step_at(view.steps.current_row()).id == second.id
    ctx.undo_stack.undo()
    assert [view.step_model.step_at(i).id for i in (0, 1)] == [first.id, second.id]
    count = "SELECT count(*) FROM playbook_step WHERE playbook_id = ?"
    qtbot.mouseClick(view.add_step_button, Qt.MouseButton.LeftButton)
    assert ctx.db.conn.execute(count, (INITIAL,)).fetchone()[0] == 37
    new_id = ctx.db.conn.execute("SELECT max(id) FROM playbook_step").fetchone()[0]
    view.step_view.closePersistentEditor(view.step_view.currentIndex())
    view.step_view.selectRow(view.step_model.row_of(new_id))
    qtbot.mouseClick(view.remove_step_button, Qt.MouseButton.LeftButton)
    assert ctx.db.conn.execute(count, (INITIAL,)).fetchone()[0] == 36
    ctx.undo_stack.undo()
    assert step_field(ctx.db, new_id, "title") == "New step"


def test_tie_playbook_to_segment(qtbot: QtBot, view: PlaybooksView, ctx: AppContext) -> None:
    """Choosing a segment and pressing Tie makes it start new accounts with this playbook."""
    view.select_playbook(2)  # the delta playbook
    segment = ctx.db.conn.execute("SELECT id FROM segment WHERE name = 'Enterprise'").fetchone()[0]
    view.segment_combo.setCurrentIndex(view.segment_combo.findData(segment))
    assert view.tie_button.isEnabled() and not view.untie_button.isEnabled()
    assert view.tie_button.text().replace("&", "") == "Use for segment"
    assert view.untie_button.text().replace("&", "") == "Stop using for segment"
    qtbot.mouseClick(view.tie_button, Qt.MouseButton.LeftButton)
    tied = "SELECT playbook_id FROM segment WHERE id = ?"
    assert ctx.db.conn.execute(tied, (segment,)).fetchone()[0] == 2
    assert "Enterprise" in view.tied_label.text()
    assert view.untie_button.isEnabled()
    ctx.undo_stack.undo()
    assert ctx.db.conn.execute(tied, (segment,)).fetchone()[0] == INITIAL


def test_playbook_list_does_not_repeat_the_name_as_kind(view: PlaybooksView) -> None:
    """Built-in playbooks are named for their kind: the list shows name, steps and use only."""
    shown = [view.list_proxy.headerData(c, Qt.Orientation.Horizontal)
             for c in range(view.list_proxy.columnCount()) if not view.list_view.isColumnHidden(c)]
    assert shown == ["Playbook", "Steps", "Used"]
    assert view.kind_combo.currentText() == "Initial onboarding"  # the kind is still in the form


def test_models_pass_qtmodeltester(qtmodeltester: object, view: PlaybooksView) -> None:
    for model in (view.list_model, view.list_proxy, view.step_model):
        qtmodeltester.check(model, force_py=True)  # type: ignore[attr-defined]


def test_refused_rename_puts_the_name_back(qtbot: QtBot, view: PlaybooksView, ctx: AppContext) -> None:
    """Renaming to a name another playbook has is refused; the field shows the stored name again."""
    view.name_edit.setFocus()
    view.name_edit.selectAll()
    qtbot.keyClicks(view.name_edit, "New division")
    with qtbot.waitSignal(ctx.bus.failed):
        qtbot.keyClick(view.name_edit, Qt.Key.Key_Return)
    assert ctx.db.conn.execute("SELECT name FROM playbook WHERE id = ?", (INITIAL,)).fetchone()[0] == \
        "Initial onboarding"
    assert view.name_edit.text() == "Initial onboarding"
    assert ctx.undo_stack.count() == 0
