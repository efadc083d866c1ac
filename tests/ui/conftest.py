"""UI fixtures: a context and a main window on a copy of the S demo portfolio.

Settings go to an INI file in the test's temporary folder, so the user's real QSettings
are never read or written. The clock is fixed at ``tests.conftest.TODAY``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QThreadPool, QTranslator
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.conftest import TODAY
from tracker import i18n
from tracker.workspace import open_workspace
from ui.app import Prompter
from ui.context import AppContext
from ui.events import ChangeBus, Navigator
from ui.settings import AppSettings


class FakePrompter(Prompter):
    """Answers the launcher's blocking questions and records what the user was told."""

    def __init__(self, other_file: Path | None = None) -> None:
        self.errors: list[str] = []
        self.in_use_messages: list[str] = []
        self.other_file = other_file
        self.restore_offers: list[tuple[str, Path]] = []
        self.restore_answer = True

    def error(self, text: str) -> None:
        self.errors.append(text)

    def in_use(self, text: str) -> Path | None:
        self.in_use_messages.append(text)
        return self.other_file

    def restore_offer(self, text: str, backup: Path) -> bool:
        self.restore_offers.append((text, backup))
        return self.restore_answer


@pytest.fixture
def ui_settings(tmp_path: Path) -> AppSettings:
    return AppSettings.at(tmp_path / "settings" / "ui.ini")


@pytest.fixture
def ui_db_path(demo_template: Path, tmp_path: Path) -> Path:
    """A private copy of the S demo database (50 accounts as of TODAY)."""
    target = tmp_path / "ui" / "demo.db"
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(demo_template, target)
    return target


@pytest.fixture
def ctx(ui_db_path: Path, qapp: object) -> Iterator[AppContext]:
    db = open_workspace(ui_db_path)
    context = AppContext(db, ui_db_path, ChangeBus(), QUndoStack(), Navigator(), lambda: TODAY)
    yield context
    # Background reads (the account list, backups) open the file too: let them finish first.
    QThreadPool.globalInstance().waitForDone(10000)
    context.undo_stack.clear()
    db.conn.close()


@pytest.fixture
def main_window(ctx: AppContext, ui_settings: AppSettings, qtbot: QtBot) -> Iterator[object]:
    """A shown MainWindow on the demo copy; closed (and its state saved) at the end."""
    from ui.main_window import MainWindow

    window = MainWindow(ctx, ui_settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()


@pytest.fixture
def prompter() -> FakePrompter:
    return FakePrompter()


@pytest.fixture(scope="session")
def malay_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped Malay catalog compiled as the build compiles it (the .qm is not committed)."""
    lrelease = shutil.which("pyside6-lrelease") or str(Path(sys.executable).with_name("pyside6-lrelease"))
    if not Path(lrelease).exists():
        pytest.skip("pyside6-lrelease is not installed")
    source = i18n.catalog_path("ms")
    assert source is not None
    target = tmp_path_factory.mktemp("qm") / "tracker_ms.qm"
    subprocess.run([lrelease, str(source), "-qm", str(target)], check=True, capture_output=True)
    return target


@pytest.fixture
def malay(qapp: QApplication, malay_qm: Path) -> Iterator[None]:
    """Malay installed the way ``ui.app`` does at start; English again afterwards."""
    translator = QTranslator(qapp)
    assert translator.load(str(malay_qm))
    qapp.installTranslator(translator)
    i18n.install(QCoreApplication.translate)
    yield
    qapp.removeTranslator(translator)
    i18n.install(None)
