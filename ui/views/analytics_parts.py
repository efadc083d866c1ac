"""Pieces the analytics tabs share: a job bar that runs an analysis off the GUI thread, and
a picker for one side of a comparison.

Clustering or fitting the L portfolio takes longer than a frame, so every analysis runs on
``ui.workers.Worker`` with its own SQLite connection (a connection is not shared across
threads), reporting progress and honouring Cancel.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QObject, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QWidget,
)

from tracker.database import Database
from tracker.domain import ValidationError
from tracker.storage.errors import StoreError
from ui.models.roles import SORT_ROLE
from ui.workers import Cancelled, JobControl, Worker, db_worker

Progress = Callable[[int, int, str], None]
Job = Callable[[Database, Progress], Any]


def sorted_table(model: QAbstractItemModel, owner: QObject) -> tuple[QSortFilterProxyModel, QTableView]:
    """A result table sorted on the models' raw values (SORT_ROLE), rows selected whole,
    unsorted until the user clicks a header: the look every analytics tab shares."""
    proxy = QSortFilterProxyModel(owner)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    table = QTableView()
    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    table.setAlternatingRowColors(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    return proxy, table


def tr(text: str) -> str:
    return QCoreApplication.translate("AnalyticsView", text)


class JobBar(QWidget):
    """Progress and Cancel for one analysis at a time.

    Signals:
        finished(object): the job's result, delivered on the GUI thread.
        failed(str): one sentence for the user (empty when the user cancelled).
    """

    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.worker: Worker | None = None
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.text = QLabel()
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        layout.addWidget(self.progress)
        layout.addWidget(self.cancel_button)
        self._set_running(False)

    @property
    def running(self) -> bool:
        return self.worker is not None

    def _set_running(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)
        self.text.setVisible(running)
        if running:
            self.progress.setRange(0, 0)
            self.text.setText(tr("Working…"))

    def start(self, job: Job) -> None:
        if self.worker is not None:
            return
        path = self.db_path

        def run(db: Database, control: JobControl) -> Any:
            def progress(done: int, total: int, text: str) -> None:
                control.check()
                control.progress(done, total, text)

            return job(db, progress)

        worker = db_worker(path, run)
        worker.signals.progressed.connect(self._on_worker_progressed)
        worker.signals.finished.connect(self._on_worker_finished)
        worker.signals.failed.connect(self._on_worker_failed)
        self.worker = worker
        self._set_running(True)
        worker.start()

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.control.cancel()
            self.text.setText(tr("Cancelling…"))

    def _on_worker_progressed(self, done: int, total: int, text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _on_worker_finished(self, result: object) -> None:
        self.worker = None
        self._set_running(False)
        self.finished.emit(result)

    def _on_worker_failed(self, exc: object) -> None:
        self.worker = None
        self._set_running(False)
        if isinstance(exc, Cancelled):
            self.failed.emit("")
        elif isinstance(exc, ValidationError | StoreError):
            self.failed.emit(exc.message)
        else:
            self.failed.emit(tr("The analysis failed: {0}").format(exc))


GROUP_KINDS = ("segment", "playbook", "period", "rule", "all")


class GroupPicker(QWidget):
    """One side of a comparison; :meth:`spec` gives the text ``resolve_group`` reads."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = QComboBox()
        for code, label in zip(GROUP_KINDS, (tr("Segment"), tr("Playbook"), tr("Signed in period"),
                                             tr("Rule"), tr("All accounts")), strict=True):
            self.kind.addItem(label, code)
        self.choice = QComboBox()
        self.choice.setMinimumContentsLength(14)
        self.choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.text = QLineEdit()
        self.text.setMinimumWidth(180)
        self.names: dict[str, list[str]] = {"segment": [], "playbook": []}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kind)
        layout.addWidget(self.choice, 1)
        layout.addWidget(self.text, 1)
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self._on_kind_changed()

    def set_names(self, segments: list[str], playbooks: list[str]) -> None:
        self.names = {"segment": segments, "playbook": playbooks}
        self._fill()

    def select(self, kind: str, value: str = "") -> None:
        self.kind.setCurrentIndex(GROUP_KINDS.index(kind))
        if kind in self.names:
            self.choice.setCurrentIndex(max(self.choice.findText(value), 0))
        elif kind != "all":
            self.text.setText(value)

    def _fill(self) -> None:
        code = self.kind.currentData()
        current = self.choice.currentText()
        self.choice.blockSignals(True)
        self.choice.clear()
        self.choice.addItems(self.names.get(code, []))
        index = self.choice.findText(current)
        if index >= 0:
            self.choice.setCurrentIndex(index)
        self.choice.blockSignals(False)

    def _on_kind_changed(self) -> None:
        code = self.kind.currentData()
        self.choice.setVisible(code in ("segment", "playbook"))
        self.text.setVisible(code in ("period", "rule"))
        self.text.setPlaceholderText(tr("2025-01-01..2025-06-30") if code == "period"
                                     else tr("industry = Healthcare and company size > 500"))
        self._fill()

    def spec(self) -> str:
        code = self.kind.currentData()
        if code == "all":
            return "all"
        value = self.choice.currentText() if code in ("segment", "playbook") else self.text.text()
        return f"{code}:{value.strip()}"
