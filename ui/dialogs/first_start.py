"""The welcome dialog of an empty database: start empty, import from Excel, or explore the demo.

A first-time user should be able to see a living portfolio (overdue tasks, at-risk accounts,
charts with history) rather than empty tables, but the demo must never mix with their own
data: it is built off the UI thread into a file of its own (:mod:`tracker.demo_file`), and
the launcher opens that file in place of the user's, with a banner and a way back.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QCommandLinkButton,
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from tracker.storage.errors import StoreError

if TYPE_CHECKING:
    from tracker.demo import DemoSummary

from ui.context import AppContext
from ui.workers import JobControl, Worker

SIZES = (("XS", 8), ("S", 50), ("M", 500))


def _arrow_icon(colour: QColor) -> QIcon:
    """A right arrow in the palette's text colour."""
    pixmap = QPixmap(20, 20)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(colour, 2.2)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.drawLine(QPointF(4, 10), QPointF(16, 10))
    painter.drawPolyline([QPointF(11, 5), QPointF(16, 10), QPointF(11, 15)])
    painter.end()
    return QIcon(pixmap)


class FirstStartDialog(QDialog):
    """Signals:
        import_requested(): the user chose "Import from Excel…" (the dialog has closed).
        demo_ready(object): the demo file at this Path is built; open it.

    Attributes:
        empty_button, import_button, demo_button: the three answers (tests click them).
        worker: the running demo build, if any; ``summary`` what it created.
    """

    import_requested = Signal()
    demo_ready = Signal(object)

    def __init__(self, ctx: AppContext, demo_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.demo_path = demo_path
        self.worker: Worker | None = None
        self.summary: DemoSummary | None = None
        self.setWindowTitle(self.tr("Welcome to Onboarding Tracker"))
        title = QLabel(self.tr("Welcome! Your database is empty."))
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        title.setFont(font)
        where = QLabel(self.tr("Your data will be kept in this file:\n{0}").format(ctx.db_path))
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.empty_button = QCommandLinkButton(
            self.tr("Start empty"), self.tr("Create your accounts one by one, or import them later."))
        self.import_button = QCommandLinkButton(
            self.tr("Import from Excel…"),
            self.tr("Bring in accounts and contacts from a workbook or a CRM export. "
                    "You see a preview first; nothing is written until you confirm."))
        self.demo_button = QCommandLinkButton(
            self.tr("Explore the demo"),
            self.tr("Look around a realistic portfolio in a separate file, \"{0}\". "
                    "Your own database stays as it is, and \"Leave the demo\" brings you back."
                    ).format(demo_path.name))
        self.size_combo = QComboBox()
        for key, count in SIZES:
            self.size_combo.addItem(self.tr("{0} accounts").format(count), key)
        self.size_combo.setCurrentIndex(1)
        size_row = QHBoxLayout()
        size_row.addSpacing(32)
        size_row.addWidget(QLabel(self.tr("Demo size:")))
        size_row.addWidget(self.size_combo)
        size_row.addStretch(1)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setFormat(self.tr("Building the demo…"))
        self.progress.setVisible(False)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)
        arrow = _arrow_icon(self.palette().color(QPalette.ColorRole.ButtonText))
        for button in (self.empty_button, self.import_button, self.demo_button):
            button.setIcon(arrow)  # the style's own arrow is black, unreadable on the dark palette
        self.empty_button.clicked.connect(self.reject)
        self.import_button.clicked.connect(self.choose_import)
        self.demo_button.clicked.connect(self.load_demo)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(where)
        layout.addSpacing(8)
        for button in (self.empty_button, self.import_button, self.demo_button):
            layout.addWidget(button)
        layout.addLayout(size_row)
        layout.addWidget(self.progress)
        layout.addWidget(self.error_label)
        self.setMinimumWidth(520)

    def _busy(self, busy: bool) -> None:
        for widget in (self.empty_button, self.import_button, self.demo_button, self.size_combo):
            widget.setEnabled(not busy)
        self.progress.setVisible(busy)

    def choose_import(self) -> None:
        self.accept()
        self.import_requested.emit()

    def load_demo(self) -> Worker:
        size = str(self.size_combo.currentData())
        path, today = self.demo_path, self.ctx.today()

        def build(job: JobControl) -> DemoSummary:
            from tracker.demo_file import build_demo_file  # NumPy, only when the demo is wanted

            return build_demo_file(path, size, today=today)

        self._busy(True)
        self.error_label.setVisible(False)
        worker = Worker(build)
        worker.signals.finished.connect(self._on_worker_finished)
        worker.signals.failed.connect(self._on_worker_failed)
        self.worker = worker
        worker.start()
        return worker

    def _on_worker_finished(self, summary: DemoSummary) -> None:
        self.summary = summary
        self.worker = None
        self.accept()
        self.demo_ready.emit(self.demo_path)

    def _on_worker_failed(self, error: BaseException) -> None:
        self.worker = None
        self._busy(False)
        message = error.message if isinstance(error, StoreError) else str(error)
        self.error_label.setText(self.tr("The demo could not be built: {0}").format(message))
        self.error_label.setVisible(True)

    def reject(self) -> None:
        if self.worker is None:  # the demo build cannot be interrupted half-way
            super().reject()
