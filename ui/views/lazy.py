"""A placeholder that builds its real view the first time it is shown.

The dashboard and analytics views import Matplotlib and SciPy and compute on creation;
building them only when the user first opens them keeps start-up close to a bare window.
The first show paints a plain "Loading…" and builds the view one event-loop turn later, so
the window never shows a half-built view over the previous one.

The window asks its current view for "the current account" and listens for it changing;
the placeholder answers for its view (nobody selected anything in a view never built) and
passes the view's signals on once it exists, so the window need not know which views wait.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.settings import AppSettings


class LazyView(QWidget):
    """Signals (passed on from the real view, when it has them):
        selection_changed(): the selected row, hence the current account, changed.
        account_shown(int): the view shows another account.

    Attributes:
        view: the real view once built, else None.
    """

    selection_changed = Signal()
    account_shown = Signal(int)

    def __init__(self, factory: Callable[[], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._factory = factory
        self._settings: AppSettings | None = None
        self.view: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.placeholder: QLabel | None = QLabel(self.tr("Loading…"))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setEnabled(False)
        self._layout.addWidget(self.placeholder)
        self._scheduled = False

    def ensure(self) -> QWidget:
        """The real view, built now if it was not yet."""
        if self.view is None:
            self.view = self._factory()
            if self.placeholder is not None:
                self._layout.removeWidget(self.placeholder)
                self.placeholder.deleteLater()
                self.placeholder = None
            self._layout.addWidget(self.view)
            for name in ("selection_changed", "account_shown"):
                theirs = getattr(self.view, name, None)
                if isinstance(theirs, SignalInstance):
                    theirs.connect(getattr(self, name))
            restore = getattr(self.view, "restore_state", None)
            if restore is not None and self._settings is not None:
                restore(self._settings)
        return self.view

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.view is None and not self._scheduled:
            self._scheduled = True
            QTimer.singleShot(0, self, self._build)  # after "Loading…" has painted

    def _build(self) -> None:
        self._scheduled = False
        if self.isVisible():
            self.ensure()

    def current_account_id(self) -> int | None:
        getter = getattr(self.view, "current_account_id", None)
        value = getter() if callable(getter) else None
        return int(value) if value is not None else None

    def selected_account_ids(self) -> list[int]:
        getter = getattr(self.view, "selected_account_ids", None)
        return [int(i) for i in getter()] if callable(getter) else []

    def restore_state(self, settings: AppSettings) -> None:
        self._settings = settings
        if self.view is not None:
            restore = getattr(self.view, "restore_state", None)
            if restore is not None:
                restore(settings)

    def save_state(self, settings: AppSettings) -> None:
        save = getattr(self.view, "save_state", None)
        if save is not None:
            save(settings)
