"""A brief acknowledgement when an account reaches first value or goes live.

The banner appears above the account's plan, says what was reached, offers the "milestone
reached" message, and hides itself after a few seconds (or when closed). It is a banner,
not a dialog: the specialist is in the middle of work and must not have to click it away.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from tracker.domain import Account

SHOWN_MS = 12_000
FIRST_VALUE = "first_value"
GO_LIVE = "go_live"


def reached(before: Account | None, after: Account, as_of: str) -> str | None:
    """What ``after`` reached that ``before`` (the same account, read earlier) had not:
    go-live wins over first value when both came at once."""
    if before is None or before.id != after.id:
        return None

    def has(day: str | None) -> bool:
        return bool(day) and str(day)[:10] <= as_of

    if has(after.golive_date) and not has(before.golive_date):
        return GO_LIVE
    if has(after.first_value_date) and not has(before.first_value_date):
        return FIRST_VALUE
    return None


class CelebrationBanner(QFrame):
    """Signals:
        write_requested(): the user wants to send the "milestone reached" message.
    """

    write_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("celebration")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#celebration { background: #e6f4ea; border: 1px solid #1a7f37;"
                           " border-radius: 6px; } #celebration QLabel { color: #0d3d1c; }")
        self.label = QLabel()
        font = QFont(self.label.font())
        font.setBold(True)
        self.label.setFont(font)
        self.write_button = QPushButton(self.tr("Write the “milestone reached” message…"))
        self.write_button.clicked.connect(self._write)
        self.close_button = QToolButton()
        self.close_button.setText("×")
        self.close_button.setToolTip(self.tr("Close"))
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.write_button)
        layout.addWidget(self.close_button)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SHOWN_MS)
        self.timer.timeout.connect(self.hide)
        self.hide()

    def celebrate(self, account: str, what: str) -> None:
        if what == GO_LIVE:
            self.label.setText(self.tr("🎉 {0} is live. Well done!").format(account))
        else:
            self.label.setText(self.tr("🎉 {0} reached first value. Well done!").format(account))
        self.show()
        self.timer.start()

    def _write(self) -> None:
        self.hide()
        self.write_requested.emit()
