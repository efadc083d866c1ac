"""Desktop integration: icon, names, About, 'Open with' a workbook, the log that rotates."""

from __future__ import annotations

import configparser
import logging
import subprocess
import sys
from importlib import resources
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tracker.excel._read_child import SUPPORTED
from tracker.paths import log_dir, log_file
from tracker.version import app_version
from ui.app import DESKTOP_FILE, offer_import, parse_args, workbook_to_import
from ui.errors import LOG_BACKUPS, LOG_MAX_BYTES, setup_logging
from ui.main_window import MainWindow
from ui.resources import PNG_SIZES, app_icon

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.gui


def test_icon_files_are_package_data_at_every_size() -> None:
    icons = resources.files("ui.resources").joinpath("icons")
    for size in PNG_SIZES:
        assert icons.joinpath(f"onboarding-tracker-{size}.png").is_file()
    assert icons.joinpath("onboarding-tracker.svg").is_file()
    assert (PNG_SIZES[0], PNG_SIZES[-1]) == (16, 512)


def test_app_icon_has_a_drawn_image_for_each_size(qapp: object) -> None:
    icon = app_icon()
    assert not icon.isNull()
    assert [s.width() for s in icon.availableSizes()] == list(PNG_SIZES)
    small = icon.pixmap(QSize(16, 16)).toImage()
    assert small.width() == 16 and small.pixelColor(8, 8).alpha() == 255  # drawn, not blank


def test_about_shows_the_icon_and_the_package_version(main_window: MainWindow, qtbot: QtBot) -> None:
    box = main_window.show_about()
    qtbot.waitUntil(box.isVisible)
    assert box.text() == f"Onboarding Tracker {app_version()}"
    assert not box.iconPixmap().isNull() and box.iconPixmap().width() >= 64
    box.close()


def test_version_option_prints_the_package_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        parse_args(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out == f"onboarding-tracker {app_version()}\n"


def test_every_entry_point_shows_the_same_version() -> None:
    outputs = [subprocess.run([sys.executable, "-m", module, "--version"], capture_output=True, text=True,
                              timeout=60, cwd=ROOT, check=True).stdout.split()[-1]
               for module in ("ui", "tracker")]
    assert outputs == [app_version(), app_version()]


def test_a_workbook_given_on_the_command_line_is_imported_and_a_database_opened(tmp_path: Path) -> None:
    args = parse_args([str(tmp_path / "accounts.XLSX")])
    assert workbook_to_import(args) == tmp_path / "accounts.XLSX" and args.db is None
    args = parse_args([str(tmp_path / "other.db")])
    assert workbook_to_import(args) is None and args.db == tmp_path / "other.db"
    args = parse_args(["--db", str(tmp_path / "mine.db"), str(tmp_path / "other.db")])
    assert workbook_to_import(args) is None and args.db == tmp_path / "mine.db"


def test_open_with_a_workbook_offers_its_import(main_window: MainWindow, qtbot: QtBot,
                                                tmp_path: Path) -> None:
    from ui.dialogs.import_dialog import ImportDialog

    book = Workbook()
    book.active.append(["Account", "MRR"])
    book.active.append(["Fresh Co", 900])
    path = tmp_path / "fresh.xlsx"
    book.save(path)
    dialog = offer_import(main_window, path)
    assert isinstance(dialog, ImportDialog)
    qtbot.waitUntil(dialog.isVisible)
    qtbot.waitUntil(lambda: not dialog.busy())
    assert dialog.isVisible()  # nothing imported until the user confirms
    dialog.reject()


def test_desktop_file_opens_workbooks_with_the_app() -> None:
    path = ROOT / "packaging" / "linux" / f"{DESKTOP_FILE}.desktop"
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(path, encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application" and desktop["Icon"] == DESKTOP_FILE
    assert desktop["Exec"].split() == ["onboarding-tracker", "%f"]
    mime = desktop["MimeType"].rstrip(";").split(";")
    assert "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" in mime
    assert ".xlsx" in SUPPORTED


def test_log_rotates_in_the_log_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ONBOARDING_TRACKER_HOME", str(tmp_path))
    assert log_file() == log_dir() / "tracker.log" == tmp_path / "logs" / "tracker.log"
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        path = setup_logging(log_dir())
        assert setup_logging(log_dir()) == path  # a second call adds no second handler
        added = [h for h in root.handlers if h not in before]
        assert len(added) == 1 and isinstance(added[0], RotatingFileHandler)
        line = "x" * 1000
        for _ in range(LOG_MAX_BYTES // 1000 + 50):
            logging.getLogger("onboarding_tracker").warning(line)
        assert (path.parent / "tracker.log.1").is_file()
        assert path.stat().st_size < LOG_MAX_BYTES
        assert not (path.parent / f"tracker.log.{LOG_BACKUPS + 1}").exists()
    finally:
        for handler in root.handlers[:]:
            if handler not in before:
                root.removeHandler(handler)
                handler.close()


def test_where_is_my_database_names_the_rotating_log(main_window: MainWindow, qtbot: QtBot) -> None:
    box = main_window.show_database_location()
    qtbot.waitUntil(box.isVisible)
    assert str(log_file()) in box.informativeText()
    assert isinstance(box, QMessageBox)
    box.close()
