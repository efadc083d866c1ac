"""First start: the welcome dialog's three answers, the demo in its own file with its banner
and way back, reopening the database used last, and dropping a workbook on the window."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QThreadPool, QUrl
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.conftest import TODAY
from tests.crm_workbooks import save
from tests.ui.conftest import FakePrompter
from tracker.paths import DEMO_DB_NAME
from ui.app import Launcher
from ui.demo_banner import DemoBanner
from ui.dialogs.first_start import FirstStartDialog
from ui.dialogs.import_dialog import ImportDialog
from ui.main_window import MainWindow
from ui.settings import AppSettings

pytestmark = pytest.mark.gui

ROWS: list[list[Any]] = [["Company", "Industry", "MRR"], ["Acme Sdn Bhd", "Retail", 1200],
                         ["Borneo Tech", "Software", 800]]


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The data folder: the default database and the demo live here, not in the user's."""
    folder = tmp_path / "home"
    monkeypatch.setenv("ONBOARDING_TRACKER_HOME", str(folder))
    return folder


@pytest.fixture
def workbook(tmp_path: Path) -> Path:
    return save(tmp_path / "accounts.xlsx", ROWS)


@pytest.fixture
def launcher(ui_settings: AppSettings, prompter: FakePrompter, home: Path,
             workbook: Path) -> Iterator[Launcher]:
    launcher = Launcher(ui_settings, prompter, today=lambda: TODAY, view_installers=[],
                        pick_workbook=lambda _parent: workbook)
    yield launcher
    for window in list(launcher.windows):
        window.close()
    QThreadPool.globalInstance().waitForDone(10000)


def welcome(launcher: Launcher, path: Path, qtbot: QtBot) -> tuple[MainWindow, FirstStartDialog]:
    window = launcher.open(path)
    assert window is not None
    qtbot.addWidget(window)
    dialog = launcher.first_start
    assert isinstance(dialog, FirstStartDialog)
    qtbot.waitUntil(dialog.isVisible)
    return window, dialog


def accounts(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute("SELECT count(*) FROM account").fetchone()[0])


def import_dialog_of(window: MainWindow, qtbot: QtBot) -> ImportDialog:
    qtbot.waitUntil(lambda: window.findChild(ImportDialog) is not None)
    dialog = window.findChild(ImportDialog)
    assert isinstance(dialog, ImportDialog)
    qtbot.waitUntil(lambda: dialog.preview is not None and not dialog.busy(), timeout=20_000)
    return dialog


def test_welcome_offers_three_choices(launcher: Launcher, home: Path, qtbot: QtBot) -> None:
    _window, dialog = welcome(launcher, home / "tracker.db", qtbot)
    assert [b.text() for b in (dialog.empty_button, dialog.import_button, dialog.demo_button)] == [
        "Start empty", "Import from Excel…", "Explore the demo"]
    assert DEMO_DB_NAME in dialog.demo_button.description()


def test_start_empty_closes_and_writes_nothing(launcher: Launcher, home: Path, qtbot: QtBot) -> None:
    window, dialog = welcome(launcher, home / "tracker.db", qtbot)
    qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and launcher.windows == [window]
    assert accounts(home / "tracker.db") == 0


def test_import_from_excel_opens_the_preview(launcher: Launcher, home: Path, qtbot: QtBot) -> None:
    window, dialog = welcome(launcher, home / "tracker.db", qtbot)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    preview = import_dialog_of(window, qtbot)
    assert preview.tabs.tabText(0) == "To create (2)"
    assert accounts(home / "tracker.db") == 0  # nothing written before the user confirms
    preview.close()


def test_explore_the_demo_and_leave_it(launcher: Launcher, home: Path, ui_settings: AppSettings,
                                       qtbot: QtBot) -> None:
    mine = home / "tracker.db"
    window, dialog = welcome(launcher, mine, qtbot)
    dialog.size_combo.setCurrentIndex(0)  # 8 accounts
    qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: launcher.windows[-1] is not window, timeout=20000)
    demo = launcher.windows[-1]
    qtbot.addWidget(demo)
    assert demo.ctx.db_path == home / "Onboarding Tracker demo.db"
    assert accounts(demo.ctx.db_path) == 8 and accounts(mine) == 0
    banner = demo.findChild(DemoBanner)
    assert banner is not None and banner.isVisible()
    assert "You are exploring the demo" in banner.text_label.text()
    assert demo.findChild(QAction, "leave_demo_action") in demo.file_menu.actions()
    assert ui_settings.user_database() == mine and ui_settings.last_database() == demo.ctx.db_path
    qtbot.mouseClick(banner.leave_button, Qt.MouseButton.LeftButton)
    assert len(launcher.windows) == 1
    back = launcher.windows[0]
    qtbot.addWidget(back)
    assert back.ctx.db_path == mine and back.findChild(DemoBanner) is None
    assert launcher.first_start is dialog  # no second welcome on the way back
    assert ui_settings.last_database() == mine


def test_the_app_reopens_the_database_used_last(launcher: Launcher, home: Path, tmp_path: Path,
                                                ui_settings: AppSettings, ui_db_path: Path,
                                                qtbot: QtBot) -> None:
    assert launcher.start_path() == home / "tracker.db"  # nothing used yet: the default
    window = launcher.open(ui_db_path)
    assert window is not None
    qtbot.addWidget(window)
    window.close()
    again = Launcher(AppSettings.at(tmp_path / "settings" / "ui.ini"), FakePrompter())
    assert again.start_path() == ui_db_path
    ui_db_path.rename(ui_db_path.with_name("moved.db"))
    assert again.start_path() == home / "tracker.db"  # gone: back to the default


def drop(window: MainWindow, path: Path) -> tuple[bool, bool]:
    """Drag ``path`` over the window and drop it: (enter accepted, drop accepted)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(QPoint(20, 20), actions, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    dropped = QDropEvent(QPointF(20, 20), actions, mime, Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, dropped)
    return enter.isAccepted(), dropped.isAccepted()


def test_drop_a_workbook_to_import_it(launcher: Launcher, ui_db_path: Path, workbook: Path,
                                      tmp_path: Path, qtbot: QtBot) -> None:
    window = launcher.open(ui_db_path)
    assert window is not None
    qtbot.addWidget(window)
    assert window.acceptDrops()
    text = tmp_path / "notes.txt"
    text.write_text("not a workbook")
    assert drop(window, text) == (False, False)
    assert window.findChild(ImportDialog) is None
    assert drop(window, workbook) == (True, True)
    preview = import_dialog_of(window, qtbot)
    assert preview.tabs.tabText(0) == "To create (2)"
    preview.close()
