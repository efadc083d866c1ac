"""The banner over a demo window: "You are exploring the demo", and the way back.

A demo that looks like real data is a trap (someone types their real customers into it);
the banner stays above every view for as long as the demo file is open.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.main_window import MainWindow
from ui.theme import is_dark


class DemoBanner(QFrame):
    """Attributes: ``leave_button`` (tests click it), ``text_label``."""

    def __init__(self, on_leave: Callable[[], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demo_banner")
        self.text_label = QLabel(self.tr(
            "<b>You are exploring the demo.</b> These accounts are made up; "
            "your own database is not touched."))
        self.text_label.setTextFormat(Qt.TextFormat.RichText)
        self.text_label.setWordWrap(True)
        self.leave_button = QPushButton(self.tr("Leave the demo"))
        self.leave_button.setObjectName("leave_demo")
        self.leave_button.clicked.connect(on_leave)
        self._dark: bool | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 8, 6)
        layout.addWidget(self.text_label, 1)
        layout.addWidget(self.leave_button)
        self._restyle()

    def _restyle(self) -> None:
        """Amber on either palette; follows a switch between light and dark (setting the
        style sheet sends a palette change of its own: only a new palette restyles)."""
        dark = is_dark()
        if dark == self._dark:
            return
        self._dark = dark
        back, line, text = ("#3d2f00", "#9e6a03", "#f2dd9b") if dark else ("#fff4c2", "#d4a72c", "#3b2a00")
        self.setStyleSheet(f"QFrame#demo_banner {{ background: {back}; border-bottom: 1px solid {line}; }}"
                           f" QFrame#demo_banner QLabel {{ color: {text}; }}")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._restyle()
        super().changeEvent(event)


def install_demo_banner(window: MainWindow, on_leave: Callable[[], object]) -> DemoBanner:
    """Put the banner above the window's views and "Leave the demo" into the File menu."""
    banner = DemoBanner(on_leave)
    views = window.takeCentralWidget()
    assert views is not None  # the window's view stack
    container = QWidget()
    layout = QVBoxLayout(container)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(banner)
    layout.addWidget(views, 1)
    window.setCentralWidget(container)
    action = QAction(banner.tr("&Leave the demo"), window)
    action.setObjectName("leave_demo_action")
    action.triggered.connect(on_leave)
    window.file_menu.insertAction(window.file_menu.actions()[0], action)
    window.file_menu.insertSeparator(window.file_menu.actions()[1])
    window.setWindowTitle(banner.tr("Demo — Onboarding Tracker"))
    return banner
