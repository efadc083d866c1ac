"""The first-start offer: an empty database can be filled with the demo portfolio.

A first-time user should see a living portfolio (overdue tasks, at-risk accounts,
charts with history) rather than empty tables. The demo is built off the UI thread on
its own connection, then every view is told that everything changed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tracker.changes import ChangeSet
from tracker.database import Database
from tracker.queries.lookups import has_accounts
from tracker.storage.errors import StoreError

if TYPE_CHECKING:
    from tracker.demo import DemoSummary

from ui.context import AppContext
from ui.workers import JobControl, Worker, db_worker

SIZES = (("XS", 8), ("S", 50), ("M", 500))


def database_is_empty(ctx: AppContext) -> bool:
    return not has_accounts(ctx.db)


class FirstStartDialog(QDialog):
    """Attributes:
        load_button, empty_button: the two answers (tests click them).
        worker: the running demo build, if any.
        summary: what the demo created, once it finished.
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.worker: Worker | None = None
        self.summary: DemoSummary | None = None
        self.setWindowTitle(self.tr("Welcome to Onboarding Tracker"))
        title = QLabel(self.tr("Your database is empty."))
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        title.setFont(font)
        text = QLabel(self.tr(
            "Load a demo portfolio to explore the app with realistic accounts, tasks, milestones "
            "and feedback, or start empty and create or import your own accounts.\n\n"
            "The demo goes into this file: {0}").format(ctx.db_path))
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.size_combo = QComboBox()
        for key, count in SIZES:
            self.size_combo.addItem(self.tr("{0} accounts").format(count), key)
        self.size_combo.setCurrentIndex(1)
        size_row = QHBoxLayout()
        size_row.addWidget(QLabel(self.tr("Demo size:")))
        size_row.addWidget(self.size_combo)
        size_row.addStretch(1)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setVisible(False)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)
        self.buttons = QDialogButtonBox()
        self.load_button = QPushButton(self.tr("Load demo portfolio"))
        self.load_button.setDefault(True)
        self.empty_button = QPushButton(self.tr("Start empty"))
        self.buttons.addButton(self.load_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.empty_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.load_button.clicked.connect(self.load_demo)
        self.empty_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addLayout(size_row)
        layout.addWidget(self.progress)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

    def load_demo(self) -> Worker:
        size = str(self.size_combo.currentData())
        path, today = self.ctx.db_path, self.ctx.today()

        def build(db: Database, job: JobControl) -> DemoSummary:
            from tracker.demo import generate_demo  # NumPy, only when the demo is wanted

            return generate_demo(db, size, today=today)

        self.load_button.setEnabled(False)
        self.empty_button.setEnabled(False)
        self.size_combo.setEnabled(False)
        self.progress.setVisible(True)
        worker = db_worker(path, build, create=True)
        worker.signals.finished.connect(self._on_worker_finished)
        worker.signals.failed.connect(self._on_worker_failed)
        self.worker = worker
        worker.start()
        return worker

    def _on_worker_finished(self, summary: DemoSummary) -> None:
        self.summary = summary
        self.worker = None
        self.ctx.bus.announce(ChangeSet.everything(), self)
        self.accept()

    def _on_worker_failed(self, error: BaseException) -> None:
        self.worker = None
        self.progress.setVisible(False)
        self.empty_button.setEnabled(True)
        message = error.message if isinstance(error, StoreError) else str(error)
        self.error_label.setText(self.tr("The demo could not be loaded: {0}").format(message))
        self.error_label.setVisible(True)

    def reject(self) -> None:
        if self.worker is None:  # the demo build cannot be interrupted half-way
            super().reject()
