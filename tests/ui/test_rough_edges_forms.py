"""Issue 17's rough edges in the forms: the name message, focus, and a playbook on an empty file."""

from __future__ import annotations

from pathlib import Path
from typing import cast

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from tests.conftest import TODAY
from tests.ui.test_accounts import accounts, select_account  # noqa: F401 - the fixture is used
from tracker.workspace import open_workspace
from ui.context import AppContext
from ui.dialogs.account_actions import AccountActions
from ui.dialogs.account_dialog import AccountDialog
from ui.events import ChangeBus, Navigator
from ui.main_window import MainWindow
from ui.views.accounts import AccountsView

pytestmark = pytest.mark.gui


def test_needs_a_name_goes_when_a_name_is_typed(main_window: MainWindow, qtbot: QtBot) -> None:
    dialog = main_window.account_actions.create()
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.error_text() == "An account needs a name."
    qtbot.keyClicks(dialog.fields["name"], "Zeta")
    assert dialog.error_text() == ""
    dialog.reject()


def test_edit_account_opens_with_the_name_focused(main_window: MainWindow,
                                                  accounts: AccountsView,  # noqa: F811
                                                  qtbot: QtBot) -> None:
    select_account(qtbot, accounts, "Cobalt Systems LLC")
    dialog = main_window.account_actions.edit_current()
    assert isinstance(dialog, AccountDialog)
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.fields["name"])
    dialog.reject()


def test_a_playbook_can_start_the_first_account_of_an_empty_database(tmp_path: Path, qtbot: QtBot,
                                                                     qapp: QApplication) -> None:
    db = open_workspace(tmp_path / "empty.db")
    try:
        ctx = AppContext(db, tmp_path / "empty.db", ChangeBus(), QUndoStack(), Navigator(), lambda: TODAY)
        host = QWidget()
        qtbot.addWidget(host)
        actions = AccountActions(ctx, host, lambda: None)
        dialog = actions.create()
        assert cast(QComboBox, dialog.fields["segment_id"]).count() == 1  # "(none)": no segment exists yet
        assert dialog.playbook_row.isVisibleTo(dialog) and dialog.apply_playbook.isEnabled()
        assert dialog.playbook_combo.currentText() == "Initial onboarding"
        qtbot.mouseClick(dialog.apply_playbook, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(dialog.fields["name"], "First Customer Ltd")
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        assert db.conn.execute("SELECT count(*) FROM task").fetchone()[0] > 0
        assert db.conn.execute("SELECT name FROM journey").fetchone()[0] == "Initial onboarding"
        ctx.undo_stack.clear()
        host.close()
    finally:
        db.conn.close()
