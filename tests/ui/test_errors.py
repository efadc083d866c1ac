"""An exception escaping a slot is logged and shown as one sentence, never lost."""

import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from tracker.storage.errors import CorruptDatabaseError
from ui.errors import install_excepthook, message_for, setup_logging

pytestmark = pytest.mark.gui


def test_store_errors_keep_their_own_sentence() -> None:
    exc = CorruptDatabaseError("The file is not a valid Onboarding Tracker database or is damaged.")
    assert message_for(exc, Path("/x/tracker.log")) == exc.message


def test_other_errors_say_work_is_safe_and_where_the_log_is() -> None:
    text = message_for(ZeroDivisionError("boom"), Path("/x/tracker.log"))
    assert "ZeroDivisionError" in text and "/x/tracker.log" in text and "safe" in text


def test_hook_logs_and_shows_a_box(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    root = logging.getLogger()
    handlers = list(root.handlers)
    log_path = setup_logging(tmp_path)
    try:
        install_excepthook(log_path)
        try:
            raise CorruptDatabaseError("The database is damaged.")
        except CorruptDatabaseError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
        def boxes_shown() -> list[QMessageBox]:
            return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]

        qtbot.waitUntil(lambda: bool(boxes_shown()))
        boxes = boxes_shown()
        assert [b.text() for b in boxes] == ["The database is damaged."]
        for box in boxes:
            box.close()
        assert "CorruptDatabaseError" in log_path.read_text()
    finally:
        for handler in root.handlers[:]:
            if handler not in handlers:
                root.removeHandler(handler)
                handler.close()


def test_an_error_before_the_log_is_set_up_still_reaches_the_log(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The app opens its log after the first paint: an error before that sets it up itself."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    root = logging.getLogger()
    handlers = list(root.handlers)
    log_path = tmp_path / "logs" / "tracker.log"
    try:
        install_excepthook(log_path)
        assert not log_path.exists()
        try:
            raise ZeroDivisionError("early")
        except ZeroDivisionError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
        qtbot.waitUntil(lambda: any(isinstance(w, QMessageBox) and w.isVisible()
                                    for w in QApplication.topLevelWidgets()))
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox):
                widget.close()
        assert "ZeroDivisionError: early" in log_path.read_text()
        assert setup_logging(log_path.parent) == log_path  # the later call adds no second handler
        assert len([h for h in root.handlers if h not in handlers]) == 1
    finally:
        for handler in root.handlers[:]:
            if handler not in handlers:
                root.removeHandler(handler)
                handler.close()
