"""Last-resort error reporting: an exception that escapes a slot is logged and shown.

Qt calls Python slots from its event loop; an exception there would otherwise only reach
stderr, which a desktop user never sees. Problems with the file (StoreError) get their own
clear sentence; anything else is our bug: say so, and point at the log.
"""

from __future__ import annotations

import contextlib
import logging
import sys
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from tracker.paths import LOG_NAME
from tracker.storage.errors import StoreError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

log = logging.getLogger("onboarding_tracker")


def tr(text: str) -> str:
    return QCoreApplication.translate("errors", text)


LOG_MAX_BYTES = 1 << 20
LOG_BACKUPS = 4  # tracker.log.1 ... .4: at most 5 MB of log, however long the laptop runs


def setup_logging(folder: Path) -> Path:
    """Log to ``folder/tracker.log``, rotating at 1 MB; a second call adds no second handler.

    The app calls it after its first paint (``logging.handlers`` brings sockets and pickle,
    which the first frame does not need); the excepthook calls it too before it logs.
    """
    from logging.handlers import RotatingFileHandler

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_NAME
    root = logging.getLogger()
    for existing in root.handlers:
        if isinstance(existing, RotatingFileHandler) and Path(existing.baseFilename) == path.absolute():
            return path
    handler = RotatingFileHandler(path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def message_for(exc: BaseException, log_path: Path | None) -> str:
    if isinstance(exc, StoreError):
        return exc.message
    where = tr(" Details are in {0}.").format(log_path) if log_path else ""
    return tr("Something went wrong in Onboarding Tracker ({0}). Everything saved before "
              "is safe in the database.").format(type(exc).__name__) + where


def install_excepthook(log_path: Path | None) -> None:
    """Log and show what escapes a slot; the log at ``log_path`` is set up by the first
    exception if :func:`setup_logging` has not run yet (one that came before the first paint)."""
    # A parentless box is owned by Python: hold it until the user closes it.
    shown: list[QMessageBox] = []

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if log_path is not None:
            # A log that cannot be written must not hide the error itself.
            with contextlib.suppress(OSError):
                setup_logging(log_path.parent)
        log.error("Unhandled exception", exc_info=(kind, exc, tb))
        sys.__excepthook__(kind, exc, tb)
        if QApplication.instance() is None or isinstance(exc, KeyboardInterrupt):
            return
        from PySide6.QtWidgets import QMessageBox  # built on first use, not at start

        box = QMessageBox(QMessageBox.Icon.Critical, tr("Onboarding Tracker"), message_for(exc, log_path),
                          QMessageBox.StandardButton.Ok, QApplication.activeWindow())
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        shown.append(box)
        box.finished.connect(lambda _result: shown.remove(box))
        box.open()

    sys.excepthook = hook
