"""Export to Excel: the report workbook (filters, as-of date, target file), the import template,
and the playbooks.

The report is written on a ``ui.workers.Worker`` with its own database connection, with
progress and cancel; the previous file is only replaced once the new one is complete.
Failures of the small, quick exports go to the change bus's ``failed`` signal, which the
main window shows, rather than opening a dialog of their own. Every successful export says
where the file went, in a small non-modal box that can open it or its folder, and the folder
is remembered (QSettings) as the next export's default.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QSettings, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tracker.database import Database
from tracker.excel.errors import ExcelError
from tracker.excel.playbook_io import PlaybookPlan, apply_playbooks, export_playbooks, preview_playbooks
from tracker.excel.report import ReportResult, export_report
from tracker.excel.template import export_template
from tracker.kpi.filters import KpiFilter
from tracker.queries.portfolio import owners, segments
from tracker.storage.errors import StoreError
from ui.context import AppContext
from ui.dialogs.import_parts import FilePicker, failure_text, pick_spreadsheet
from ui.display import calendar_date_edit
from ui.workers import JobControl, Worker, db_worker

SavePicker = Callable[[QWidget | None, str], Path | None]
Confirm = Callable[[QWidget | None, str], bool]


def pick_save_file(parent: QWidget | None, suggested: str) -> Path | None:
    title = QCoreApplication.translate("ExportDialog", "Save as")
    kinds = QCoreApplication.translate("ExportDialog", "Excel workbook (*.xlsx)")
    name, _ = QFileDialog.getSaveFileName(parent, title, suggested, kinds)
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".xlsx" else path.with_suffix(".xlsx")


FOLDER_KEY = "export/last_folder"
open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl  # tests put a recorder here
_SAVED_BOXES: set[QMessageBox] = set()


def last_folder(settings: QSettings) -> Path:
    """Where the previous export went, else the user's documents folder."""
    value = settings.value(FOLDER_KEY)
    if isinstance(value, str) and value and Path(value).is_dir():
        return Path(value)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def remember_folder(settings: QSettings, path: Path) -> None:
    settings.setValue(FOLDER_KEY, str(path.parent))


def show_saved(parent: QWidget | None, path: Path, text: str) -> QMessageBox:
    """A non-modal note that ``path`` was written, with buttons to open it or its folder."""
    translate = QCoreApplication.translate
    box = QMessageBox(QMessageBox.Icon.Information, translate("ExportDialog", "Export finished"), text,
                      QMessageBox.StandardButton.Close, parent)
    box.setObjectName("savedBox")
    open_button = box.addButton(translate("ExportDialog", "&Open"), QMessageBox.ButtonRole.ActionRole)
    folder_button = box.addButton(translate("ExportDialog", "Show &folder"),
                                  QMessageBox.ButtonRole.ActionRole)
    open_button.clicked.connect(lambda: open_url(QUrl.fromLocalFile(str(path))))
    folder_button.clicked.connect(lambda: open_url(QUrl.fromLocalFile(str(path.parent))))
    box.setWindowModality(Qt.WindowModality.NonModal)
    _SAVED_BOXES.add(box)  # a parentless box must outlive this function
    box.finished.connect(lambda _r: _SAVED_BOXES.discard(box))
    box.show()
    return box


def confirm(parent: QWidget | None, text: str) -> bool:
    from PySide6.QtWidgets import QMessageBox

    title = QCoreApplication.translate("PlaybookImport", "Import playbooks")
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


class ExportDialog(QDialog):
    """The report export: which accounts, as of which day, to which file."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 pick_file: SavePicker | None = None, settings: QSettings | None = None,
                 flt: KpiFilter | None = None, as_of: date | None = None) -> None:
        """``flt`` and ``as_of`` preset the choices (the dashboard's filter when opened there);
        a signed-date window, which this dialog does not edit, is kept as it came."""
        super().__init__(parent)
        self._signed = (flt.signed_from, flt.signed_to) if flt is not None else (None, None)
        self.setWindowTitle(self.tr("Export report to Excel"))
        self._settings = settings if settings is not None else QSettings()
        self.saved_box: QMessageBox | None = None
        self.ctx = ctx
        self._pick_file = pick_file or pick_save_file
        self._job: Worker | None = None
        self.report_result: ReportResult | None = None
        today = ctx.today()
        day = as_of or today
        self.as_of = calendar_date_edit(QDate(day.year, day.month, day.day))
        self.segment = QComboBox()
        self.segment.addItem(self.tr("All segments"), None)
        for sid, name in segments(ctx.db):
            self.segment.addItem(name, sid)
        self.owner = QComboBox()
        self.owner.addItem(self.tr("All owners"), None)
        for owner in owners(ctx.db):
            self.owner.addItem(owner, owner)
        if flt is not None:
            if len(flt.segment_ids) == 1:
                self.segment.setCurrentIndex(max(self.segment.findData(flt.segment_ids[0]), 0))
            if len(flt.owners) == 1:
                self.owner.setCurrentIndex(max(self.owner.findData(flt.owners[0]), 0))
        self.target = QLineEdit()
        self.target.setPlaceholderText(self.tr("Choose where to save the workbook"))
        self.target.setText(str(last_folder(self._settings) / f"onboarding-report-{today.isoformat()}.xlsx"))
        self.browse = QPushButton(self.tr("&Browse…"))
        self.browse.clicked.connect(self._on_browse_clicked)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target, 1)
        target_row.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(self.tr("&As of:"), self.as_of)
        form.addRow(self.tr("&Segment:"), self.segment)
        form.addRow(self.tr("&Owner:"), self.owner)
        if self._signed != (None, None):
            start, end = (d.isoformat() if d else "…" for d in self._signed)
            self.signed_label = QLabel(self.tr("{0} to {1} (from the dashboard)").format(start, end))
            form.addRow(self.tr("Signed:"), self.signed_label)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.target)
        form.addRow(file_label, target_row)
        self.status = QLabel(self.tr("The workbook holds a KPI summary with charts and sheets for accounts, "
                                     "tasks, milestones, contacts, feedback and cohort retention."))
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(self.tr("&Export"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button = self.buttons.addButton(self.tr("Cancel export"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button.setVisible(False)
        self.export_button.clicked.connect(self.start_export)
        self.cancel_button.clicked.connect(self.cancel_export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def kpi_filter(self) -> KpiFilter:
        segment, owner = self.segment.currentData(), self.owner.currentData()
        return KpiFilter(segment_ids=(int(segment),) if segment is not None else (),
                         owners=(str(owner),) if owner is not None else (),
                         signed_from=self._signed[0], signed_to=self._signed[1])

    def _on_browse_clicked(self) -> None:
        path = self._pick_file(self, self.target.text())
        if path is not None:
            self.target.setText(str(path))

    def busy(self) -> bool:
        return self._job is not None

    def start_export(self) -> None:
        text = self.target.text().strip()
        if not text:
            self.status.setText(self.tr("Choose a file to export to."))
            return
        target = Path(text)
        chosen = self.as_of.date()
        as_of = date(chosen.year(), chosen.month(), chosen.day())
        flt, db_path = self.kpi_filter(), self.ctx.db_path

        def export(db: Database, control: JobControl) -> ReportResult:
            return export_report(db, target, as_of=as_of, flt=flt,
                                 progress=lambda d, t, s: control.progress(d, t, s),
                                 cancelled=lambda: control.cancelled)

        worker = db_worker(db_path, export)
        self._job = worker
        worker.signals.progressed.connect(self._on_progress)
        worker.signals.finished.connect(lambda result: self._on_finished(worker, result))
        worker.signals.failed.connect(lambda error: self._on_failed(worker, error))
        self.status.setText(self.tr("Exporting…"))
        self.progress.setRange(0, 100)  # a real percentage from the first step on
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.export_button.setEnabled(False)
        self.cancel_button.setVisible(True)
        worker.start()

    def cancel_export(self) -> None:
        if self._job is not None:
            self._job.control.cancel()
            self.status.setText(self.tr("Cancelling…"))

    def _on_progress(self, done: int, total: int, text: str) -> None:
        self.progress.setValue(round(100 * done / max(total, 1)))
        if text:
            self.status.setText(self.tr("Writing {0}…").format(text))

    def _idle(self) -> None:
        self._job = None
        self.progress.setVisible(False)
        self.export_button.setEnabled(True)
        self.cancel_button.setVisible(False)

    def _on_finished(self, worker: Worker, result: ReportResult) -> None:
        if worker is not self._job:
            return
        self._idle()
        self.report_result = result
        text = self.tr("Saved {0} ({1} accounts, {2} tasks).").format(
            result.path, result.rows.get("Accounts", 0), result.rows.get("Checklist tasks", 0))
        self.status.setText(text)
        remember_folder(self._settings, result.path)
        self.saved_box = show_saved(self, result.path, text)

    def _on_failed(self, worker: Worker, error: object) -> None:
        if worker is not self._job:
            return
        self._idle()
        self.status.setText(failure_text(error, self.tr("The export was cancelled; no file was written.")))

    def reject(self) -> None:
        if self._job is not None:
            self._job.control.cancel()
        super().reject()


def run_export(ctx: AppContext, parent: QWidget | None, pick_file: SavePicker | None = None,
               settings: QSettings | None = None, flt: KpiFilter | None = None,
               as_of: date | None = None) -> ExportDialog:
    """File > Export report: show the (non-blocking) export dialog, preset to ``flt``/``as_of``."""
    dialog = ExportDialog(ctx, parent, pick_file, settings, flt=flt, as_of=as_of)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def _report_failure(ctx: AppContext, error: ExcelError | StoreError) -> None:
    ctx.bus.failed.emit(error.message)


def _save_small(ctx: AppContext, parent: QWidget | None, pick_file: SavePicker | None,
                settings: QSettings | None, name: str, write: Callable[[Path], Path],
                done: str) -> Path | None:
    """Ask for a file in the last export folder, write it, then say so (or report the failure)."""
    settings = settings if settings is not None else QSettings()
    path = (pick_file or pick_save_file)(parent, str(last_folder(settings) / name))
    if path is None:
        return None
    try:
        written = write(path)
    except (ExcelError, StoreError) as exc:
        _report_failure(ctx, exc)
        return None
    remember_folder(settings, written)
    show_saved(parent, written, done.format(written))
    return written


def save_template(ctx: AppContext, parent: QWidget | None, pick_file: SavePicker | None = None,
                  settings: QSettings | None = None) -> Path | None:
    """File > Save import template: a blank workbook with dropdowns and instructions."""
    done = QCoreApplication.translate("ExportDialog", "Saved the import template as {0}.")
    return _save_small(ctx, parent, pick_file, settings, "onboarding-import-template.xlsx",
                       lambda path: export_template(ctx.db, path), done)


def export_playbooks_to_file(ctx: AppContext, parent: QWidget | None, pick_file: SavePicker | None = None,
                             settings: QSettings | None = None) -> Path | None:
    """Playbooks > Export: every playbook and its steps to a workbook to share."""
    done = QCoreApplication.translate("ExportDialog", "Saved the playbooks as {0}.")
    return _save_small(ctx, parent, pick_file, settings, "playbooks.xlsx",
                       lambda path: export_playbooks(ctx.db, path), done)


def import_playbooks_from_file(ctx: AppContext, parent: QWidget | None, pick_file: FilePicker | None = None,
                               ask: Confirm | None = None) -> PlaybookPlan | None:
    """Playbooks > Import: read the workbook (child process), say what will change, then write."""
    path = (pick_file or pick_spreadsheet)(parent)
    if path is None:
        return None
    try:
        plan = preview_playbooks(ctx.db, path)
    except (ExcelError, StoreError) as exc:
        _report_failure(ctx, exc)
        return None
    text = plan.summary()
    if plan.problems:
        text += "\n" + "\n".join(plan.problems[:10])
    question = QCoreApplication.translate("PlaybookImport", "Import them?")
    if not (ask or confirm)(parent, f"{text}\n\n{question}"):
        return None
    try:
        ctx.bus.announce(apply_playbooks(ctx.db, plan), parent)
    except (ExcelError, StoreError) as exc:
        _report_failure(ctx, exc)
        return None
    return plan
