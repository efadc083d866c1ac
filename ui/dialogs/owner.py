"""The one way a menu's actions keep their non-modal dialog: remembered while open, so tests
and the window can find it, forgotten and deleted when it closes."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog


class DialogOwner(QObject):
    """Attributes: ``dialog``, the non-modal dialog currently open (or None)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dialog: QDialog | None = None

    def _open(self, dialog: QDialog) -> None:
        dialog.finished.connect(self._on_dialog_finished)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def _on_dialog_finished(self, _result: int) -> None:
        self.dialog = None
