"""File > Import support cases…: a helpdesk export (Zendesk, Freshdesk, Jira Service
Management) or the report's "Support cases" sheet, previewed, then written as one undo step.

Both the preview and the write run :func:`tracker.excel.cases_import.import_cases` on a
worker (the file is read in the safe reader's child process): the preview as a dry run,
which counts new, updated and unchanged cases and lists the rows it cannot place, and the
import itself, which is pushed onto the undo stack already written.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tracker.database import Database
from tracker.excel.cases_import import CaseImport, import_cases
from ui.commands.imports import ImportRows
from ui.context import AppContext
from ui.dialogs.import_parts import FilePicker, failure_text, pick_spreadsheet
from ui.models.record_table import Column, RecordTableModel
from ui.workers import JobControl, Worker, db_worker

Rejected = tuple[int, str]


class RejectedCasesModel(RecordTableModel[Rejected]):
    """The rows of the export that cannot be placed, with the reason (the sheet's row number)."""

    def columns(self) -> Sequence[Column[Rejected]]:
        return [
            Column(self.tr("Row"), lambda r: str(r[0]), lambda r: r[0], align_right=True),
            Column(self.tr("Reason"), lambda r: r[1], tone=lambda r: "bad", tooltip=lambda r: r[1]),
        ]


class CasesImportDialog(QDialog):
    """Attributes for tests: ``preview`` (the dry run's counts, once read), ``imported`` (the
    import written), ``busy``."""

    def __init__(self, ctx: AppContext, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path = path
        self.preview: CaseImport | None = None
        self.imported: CaseImport | None = None
        self._worker: Worker | None = None
        self._writing = False
        self.setWindowTitle(self.tr("Import support cases"))
        self.setMinimumSize(560, 380)
        self.file_label = QLabel(self.tr("File: {0}").format(path.name))
        self.file_label.setToolTip(str(path))
        self.status = QLabel(self.tr("Reading the file…"))
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.model = RejectedCasesModel(self)
        self.rejected_table = QTableView()
        self.rejected_table.setModel(self.model)
        self.rejected_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rejected_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rejected_table.verticalHeader().hide()
        self.rejected_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.rejected_label = QLabel(self.tr("Rows that will be left out:"))
        self.note = QLabel(self.tr(
            "A case is matched to its account by the account's CRM ID, else by its exact name. "
            "A case number already stored updates that case, so importing the same export "
            "again changes nothing."))
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button: QPushButton = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.rejected_label)
        layout.addWidget(self.rejected_table, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self._show_rejected(False)

    @property
    def busy(self) -> bool:
        return self._worker is not None

    # --- preview -----------------------------------------------------------------------------
    def load(self) -> None:
        path = self.path

        def read(db: Database, _control: JobControl) -> CaseImport:
            return import_cases(db, path, dry_run=True)

        self._run(db_worker(self.ctx.db_path, read, migrate=False), self._on_preview)

    def _on_preview(self, preview: CaseImport) -> None:
        self.preview = preview
        self.status.setText(self.tr(
            "Sheet “{0}”: {1} rows read. {2} new cases, {3} updated, {4} unchanged, "
            "{5} rows left out.").format(preview.sheet, preview.rows, preview.created,
                                         preview.updated, preview.unchanged, len(preview.rejected)))
        self.model.set_rows(preview.rejected)
        self._show_rejected(bool(preview.rejected))
        self.import_button.setEnabled(bool(preview.created or preview.updated))

    def _show_rejected(self, shown: bool) -> None:
        self.rejected_label.setVisible(shown)
        self.rejected_table.setVisible(shown)

    # --- import ------------------------------------------------------------------------------
    def start_import(self) -> None:
        if self.busy or self.preview is None:
            return
        path = self.path
        self.import_button.setEnabled(False)
        # A write is not cancelled half-way (it is one transaction, and it is short).
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(False)
        self._writing = True
        self.status.setText(self.tr("Importing…"))

        def write(db: Database, _control: JobControl) -> CaseImport:
            return import_cases(db, path)

        self._run(db_worker(self.ctx.db_path, write, migrate=False), self._on_imported)

    def _on_imported(self, result: CaseImport) -> None:
        self.imported = result
        self.ctx.undo_stack.push(ImportRows(self.ctx, result, self.path.name, self))
        self.accept()

    # --- worker plumbing ---------------------------------------------------------------------
    def _run(self, worker: Worker, done: object) -> None:
        assert callable(done)
        self._worker = worker
        self.progress.setVisible(True)

        def finished(result: object) -> None:
            if self._worker is not worker:
                return
            self._worker = None
            self.progress.setVisible(False)
            done(result)

        def failed(error: object) -> None:
            if self._worker is not worker:
                return
            self._worker = None
            self.progress.setVisible(False)
            self.status.setText(failure_text(error, self.tr("Cancelled.")))
            self.import_button.setEnabled(False)
            self._writing = False
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(True)

        worker.signals.finished.connect(finished)
        worker.signals.failed.connect(failed)
        worker.start()

    def reject(self) -> None:
        if self._writing and self._worker is not None:
            return  # the import is being written: its undo step must not be lost
        if self._worker is not None:
            self._worker.control.cancel()
            self._worker = None  # its answer is ignored: nothing is written by a preview
        super().reject()


def run_cases_import(ctx: AppContext, parent: QWidget | None,
                     pick_file: FilePicker | None = None) -> CasesImportDialog | None:
    """Ask for the export, then show the (non-blocking) preview dialog."""
    path = (pick_file or pick_spreadsheet)(parent)
    if path is None:
        return None
    dialog = CasesImportDialog(ctx, path, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.load()
    dialog.open()
    return dialog
