"""The maturity ladder editor, the playbook's level in the Playbooks view, and the Expand
loop from the account view, driven like a user (issue 19)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialogButtonBox, QPushButton
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from tests.conftest import TODAY
from tracker.queries import signals as reads
from ui.context import AppContext
from ui.dialogs.ladder_dialog import LadderDialog
from ui.events import ChangeBus, Navigator
from ui.views.account_detail import AccountDetailView
from ui.views.playbooks import PlaybooksView

pytestmark = pytest.mark.gui


@pytest.fixture
def ctx(demo_db: Database, qtbot: QtBot, tmp_path: Path) -> Iterator[AppContext]:
    stack = QUndoStack()
    yield AppContext(demo_db, tmp_path / "demo.db", ChangeBus(), stack, Navigator(), lambda: TODAY)
    stack.clear()


@pytest.fixture
def dialog(qtbot: QtBot, ctx: AppContext) -> Iterator[LadderDialog]:
    opened = LadderDialog(ctx)
    qtbot.addWidget(opened)
    opened.resize(1000, 500)
    opened.show()
    yield opened
    opened.close()


def click(qtbot: QtBot, button: QPushButton) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def names(ctx: AppContext) -> list[str]:
    return [lv.name for lv in reads.ladder(ctx.db)]


def test_add_edit_reorder_remove_and_undo_everything(qtbot: QtBot, ctx: AppContext,
                                                    dialog: LadderDialog,
                                                    request: pytest.FixtureRequest) -> None:
    ModelTester(request.config).check(dialog.model, force_py=True)
    start = names(ctx)
    assert dialog.model.rowCount() == len(start) == 5
    click(qtbot, dialog.add_button)
    editor = dialog.editor
    assert editor is not None
    ok = editor.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # a level needs a name
    qtbot.keyClicks(editor.name, "Evangelist")
    editor.use_cases.setFocus()
    qtbot.keyClicks(editor.use_cases, "Speaks at our conference")
    click(qtbot, ok)
    assert names(ctx) == [*start, "Evangelist"]
    assert dialog.current() is not None and dialog.current().level.name == "Evangelist"  # type: ignore[union-attr]
    assert dialog.model.rowCount() == 6 and not dialog.down_button.isEnabled()  # the last row

    click(qtbot, dialog.edit_button)
    editor = dialog.editor
    assert editor is not None and editor.name.text() == "Evangelist"
    editor.name.selectAll()
    qtbot.keyClicks(editor.name, "Advocate")
    click(qtbot, editor.buttons.button(QDialogButtonBox.StandardButton.Ok))
    assert names(ctx)[-1] == "Advocate"
    assert reads.ladder(ctx.db)[-1].use_cases == "Speaks at our conference"

    click(qtbot, dialog.up_button)  # up the list: a lower level
    click(qtbot, dialog.up_button)
    assert names(ctx) == [*start[:3], "Advocate", *start[3:]]
    assert dialog.current().rank == 4  # type: ignore[union-attr]  # the selection follows the level
    click(qtbot, dialog.remove_button)
    assert names(ctx) == start

    for _ in range(5):  # remove, two moves, the edit, the add
        ctx.undo_stack.undo()
    assert names(ctx) == start and dialog.model.rowCount() == 5
    for _ in range(4):
        ctx.undo_stack.redo()
    assert names(ctx) == [*start[:3], "Advocate", *start[3:]]
    assert [lv.position for lv in reads.ladder(ctx.db)] == [1, 2, 3, 4, 5, 6]


def test_a_level_accounts_stand_at_cannot_be_removed(qtbot: QtBot, ctx: AppContext,
                                                    dialog: LadderDialog) -> None:
    standing = set(reads.current_levels(ctx.db).values())
    assert standing, "the demo has accounts on the ladder"
    level = next(iter(standing))
    assert dialog.select_level(level)
    row = dialog.current()
    assert row is not None and row.accounts > 0
    assert not dialog.remove_button.isEnabled()


def test_tie_a_playbook_to_a_level_then_start_it_from_the_account(
        qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    tied = set(reads.playbook_levels(ctx.db).values())
    account, level = next((a, n) for a in range(1, 51)
                          if (n := reads.next_level(ctx.db, a)) is not None and n.id not in tied)
    detail = AccountDetailView(ctx, settings=QSettings(str(tmp_path / "d.ini"),
                                                      QSettings.Format.IniFormat))
    playbooks = PlaybooksView(ctx, settings=QSettings(str(tmp_path / "p.ini"),
                                                      QSettings.Format.IniFormat))
    for widget in (detail, playbooks):
        qtbot.addWidget(widget)
        widget.resize(1366, 700)
        widget.show()
    detail.show_account(account)
    panel = detail.trial_maturity
    detail.tabs.setCurrentWidget(panel)
    assert not panel.next_button.isEnabled()  # nothing tied to its next level yet

    untied = next(p for p in playbooks.list_model.rows() if int(p.id) not in reads.playbook_levels(ctx.db))
    playbooks.select_playbook(untied.id)
    combo = playbooks.level_combo
    assert combo.itemData(0) is None  # "(no level)"
    combo.setFocus()
    for _ in range(combo.findData(level.id)):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert reads.playbook_levels(ctx.db)[int(untied.id)] == level.id
    assert combo.currentData() == level.id

    qtbot.waitUntil(panel.next_button.isEnabled)
    journeys = len(detail.detail.journeys)  # type: ignore[union-attr]
    click(qtbot, panel.next_button)
    qtbot.waitUntil(lambda: len(detail.detail.journeys) == journeys + 1)  # type: ignore[union-attr]
    assert detail.detail.journeys[-1].playbook_id == untied.id  # type: ignore[union-attr]
    ctx.undo_stack.undo()  # the journey
    ctx.undo_stack.undo()  # the tie
    assert int(untied.id) not in reads.playbook_levels(ctx.db)
    assert combo.currentData() is None
    for widget in (detail, playbooks):
        widget.close()


def test_edit_menu_and_playbooks_view_open_the_ladder(qtbot: QtBot, main_window: object,
                                                      tmp_path: Path) -> None:
    from PySide6.QtGui import QAction

    from ui.installers import install_settings

    window = main_window
    install_settings(window)  # type: ignore[arg-type]
    action = window.findChild(QAction, "maturity_ladder_action")  # type: ignore[attr-defined]
    assert action is not None and action in window.edit_menu.actions()  # type: ignore[attr-defined]
    action.trigger()
    opened = window.findChild(LadderDialog)  # type: ignore[attr-defined]
    assert opened is not None and opened.isVisible() and opened.model.rowCount() == 5
    opened.close()
