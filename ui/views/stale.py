"""Hidden views do no queries on a change: they remember they are stale and read when shown.

A window keeps every view it has built; if each re-read the database on every change, one
tick on Today would run the queries of six screens the user cannot see.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class RefreshWhenShown(QObject):
    """Runs ``refresh`` at once while ``widget`` is on screen, otherwise when it is next shown."""

    def __init__(self, widget: QWidget, refresh: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._refresh = refresh
        self.stale = False
        widget.installEventFilter(self)

    def request(self) -> None:
        if self._widget.isVisible():
            self.stale = False
            self._refresh()
        else:
            self.stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Before the widget's own showEvent, so what that reads is already up to date. While
        # Python tears this object down, Qt may still deliver events to it, with its
        # attributes already gone (seen once in CI): those are not ours to act on.
        widget = getattr(self, "_widget", None)
        if widget is None or watched is not widget:
            return False
        if event.type() == QEvent.Type.Show and getattr(self, "stale", False):
            self.stale = False
            self._refresh()
        return False
