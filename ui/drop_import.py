"""Drag a workbook onto the window to import it (a database file to open it).

The window accepts the drop only for files it can use, so the cursor says "no" for anything
else; a workbook goes to the same import preview as File > Import, where nothing is written
until the user confirms.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject
from PySide6.QtGui import QDropEvent

from tracker.excel.formats import SUPPORTED
from ui.main_window import MainWindow

DATABASE_SUFFIXES = frozenset({".db", ".sqlite"})


def dropped_file(mime: QMimeData) -> Path | None:
    """The one local workbook or database file in a drag, or None."""
    if not mime.hasUrls():
        return None
    files = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    if len(files) != 1:
        return None
    suffix = files[0].suffix.lower()
    return files[0] if suffix in SUPPORTED or suffix in DATABASE_SUFFIXES else None


class DropImport(QObject):
    """Event filter on a main window: drag enter, move and drop of a file."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: QObject | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop) \
                and isinstance(event, QDropEvent):  # enter and move events are drop events too
            path = dropped_file(event.mimeData())
            if path is None:
                return False
            event.acceptProposedAction()
            if kind == QEvent.Type.Drop:
                self.take(path)
            return True
        return super().eventFilter(watched, event)

    def take(self, path: Path) -> None:
        if path.suffix.lower() in DATABASE_SUFFIXES:
            self.window.open_requested.emit(path)
            return
        from ui.dialogs import import_dialog

        self.dialog = import_dialog.run_import(self.window.ctx, self.window,
                                               pick_file=lambda _parent: path)


def install_drop_import(window: MainWindow) -> DropImport:
    window.setAcceptDrops(True)
    drop = DropImport(window)
    window.installEventFilter(drop)
    return drop
