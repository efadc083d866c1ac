"""Import from Excel: pick a file and a sheet, check the column mapping, preview, then import.

Reading (a child process), previewing and applying each run on a ``ui.workers.Worker`` with
its own database connection, progress and cancel, so a 100,000-row sheet never freezes the
window. Nothing is written before the user presses Import, and the import is one
transaction: cancelling it, or any failure, leaves the database as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tracker.database import Database
from tracker.excel.columns import LocaleHints
from tracker.excel.errors import ExcelError
from tracker.excel.importer import ImportResult, apply_import
from tracker.excel.mapping import KIND_LABELS, KINDS, ColumnMapping, detect_mapping
from tracker.excel.preview import ImportPreview, build_preview
from tracker.excel.reader import SheetData, read_sheet
from tracker.services.import_mappings import remember_mapping, saved_mapping
from tracker.storage.errors import StoreError
from ui.commands.imports import ImportRows
from ui.context import AppContext
from ui.dialogs.import_questions import PreviewFacts
from ui.dialogs.import_words import locale_hints
from ui.models.import_mapping_model import COL_FIELD, MappingModel, field_choices
from ui.models.import_preview_models import (
    CreateRowsModel,
    DroppedValuesModel,
    RejectRowsModel,
    UpdateRowsModel,
)
from ui.models.roles import FIELD_ROLE, SORT_ROLE
from ui.workers import Cancelled, JobControl, Worker, db_worker

FilePicker = Callable[[QWidget | None], Path | None]
EXCEL_FILTER = "Spreadsheets (*.xlsx *.xlsm *.xlsb *.xls *.ods)"


_RUNNING: set[Worker] = set()


def start_worker(worker: Worker) -> None:
    """Start ``worker`` and hold it until it reports back.

    A dialog forgets a cancelled job at once, and may itself be closed and deleted while the
    job still runs; the QRunnable must outlive both, or Python frees it under the thread.
    """
    _RUNNING.add(worker)
    worker.signals.finished.connect(lambda _r: _RUNNING.discard(worker))
    worker.signals.failed.connect(lambda _e: _RUNNING.discard(worker))
    worker.start()


def pick_spreadsheet(parent: QWidget | None) -> Path | None:
    title = QCoreApplication.translate("ImportDialog", "Import from Excel")
    kinds = QCoreApplication.translate("ImportDialog", EXCEL_FILTER)
    name, _ = QFileDialog.getOpenFileName(parent, title, "", kinds)
    return Path(name) if name else None


def failure_text(error: object, cancelled: str) -> str:
    """One sentence for any failure a job reports; ``cancelled`` is the one for a user's cancel."""
    if isinstance(error, ExcelError | StoreError):
        return error.message
    if isinstance(error, Cancelled):
        return cancelled
    return QCoreApplication.translate("ImportDialog", "Something went wrong: {0}.").format(error)


def first_mapped_sheet(path: Path, sheet: str | None, cancelled: Callable[[], bool]
                       ) -> tuple[SheetData, ColumnMapping | None, str]:
    """``sheet`` with its detected mapping or, without ``sheet``, the first sheet whose columns map.

    Also returns the name of the first sheet when it was passed over ("" otherwise); when no
    sheet maps, the first sheet comes back with no mapping, as a sheet the user maps by hand.
    """
    data = read_sheet(path, sheet, cancelled=cancelled)
    mapping = detect_mapping(data.rows, data.sheet)
    if mapping is not None or sheet is not None:
        return data, mapping, ""
    for name in data.sheet_names[1:]:
        other = read_sheet(path, name, cancelled=cancelled)
        found = detect_mapping(other.rows, other.sheet)
        if found is not None:
            return other, found, data.sheet
    return data, None, ""


class FieldDelegate(QStyledItemDelegate):
    """A drop-down of the fields of the current kind for the 'Imports into' column."""

    def __init__(self, kind: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kind = kind

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        editor = QComboBox(parent)
        for label, key in field_choices(self._kind()):
            editor.addItem(label, key)
        editor.activated.connect(lambda _i: self.commitData.emit(editor))
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(FIELD_ROLE))))

    def setModelData(self, editor: QWidget, model: Any, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), FIELD_ROLE)


def _table(model: Any) -> QTableView:
    proxy = QSortFilterProxyModel(model)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view = QTableView()
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    view.setColumnWidth(1, 240)
    view.setWordWrap(False)
    return view


class ImportDialog(QDialog):
    """Signals:
    imported(object): the ImportResult after a successful import.
    """

    imported = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 pick_file: FilePicker | None = None, hints: LocaleHints | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import from Excel"))
        self.ctx = ctx
        self._pick_file = pick_file or pick_spreadsheet
        self._path: Path | None = None
        self._sheet_note = ""
        self._sheet: SheetData | None = None
        self.preview: ImportPreview | None = None
        self.import_result: ImportResult | None = None
        self._job: Worker | None = None
        self._preview_timer = QTimer(self, singleShot=True, interval=250)
        self._preview_timer.timeout.connect(self._start_preview)
        self._edited = False  # the user corrected the mapping: remember it for this header set
        self._hints = hints or LocaleHints(*locale_hints())  # the user's locale, where a file does not tell
        self._build()
        self.resize(1000, 760)

    # -- layout -------------------------------------------------------------------------------
    def _build(self) -> None:
        self.file_label = QLabel(self.tr("No file chosen."))
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_button = QPushButton(self.tr("&Choose file…"))
        self.choose_button.clicked.connect(self._on_choose_clicked)
        self.sheet_combo = QComboBox()
        self.sheet_combo.setEnabled(False)
        self.sheet_combo.activated.connect(self._on_sheet_activated)
        self.kind_combo = QComboBox()
        for kind in KINDS:
            self.kind_combo.addItem(self.tr(KIND_LABELS[kind]), kind)
        self.kind_combo.setEnabled(False)
        self.kind_combo.activated.connect(self._on_kind_activated)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.choose_button)
        form = QFormLayout()
        form.addRow(self.tr("File:"), file_row)
        form.addRow(self.tr("&Sheet:"), self.sheet_combo)
        form.addRow(self.tr("&Rows are:"), self.kind_combo)

        self.mapping_model = MappingModel(self)
        self.mapping_model.mapping_changed.connect(self._on_mapping_edited)
        self.facts = PreviewFacts()
        self.facts.date_order_chosen.connect(self._on_date_order_chosen)
        self.mapping_view = QTableView()
        self.mapping_view.setModel(self.mapping_model)
        self.mapping_view.setItemDelegateForColumn(COL_FIELD, FieldDelegate(self._kind, self.mapping_view))
        self.mapping_view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                          | QAbstractItemView.EditTrigger.SelectedClicked
                                          | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.mapping_view.verticalHeader().hide()
        self.mapping_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.mapping_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.mapping_view.setColumnWidth(0, 220)
        self.mapping_view.setColumnWidth(2, 220)

        self.create_model, self.update_model, self.reject_model = (
            CreateRowsModel(self), UpdateRowsModel(self), RejectRowsModel(self))
        self.dropped_model = DroppedValuesModel(self)
        self.tabs = QTabWidget()
        self.create_view = _table(self.create_model)
        self.update_view = _table(self.update_model)
        self.reject_view = _table(self.reject_model)
        self.tabs.addTab(self.create_view, "")
        self.tabs.addTab(self.update_view, "")
        self.tabs.addTab(self.reject_view, "")
        self.dropped_view = _table(self.dropped_model)
        self.tabs.addTab(self.dropped_view, "")
        self._retitle_tabs()

        self.status = QLabel(self.tr("Choose a spreadsheet to import. Nothing is written until you press "
                                     "Import."))
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel_job)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.status, 1)
        progress_row.addWidget(self.progress)
        progress_row.addWidget(self.cancel_button)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = self.buttons.addButton(self.tr("&Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.import_button.clicked.disconnect()
        self.import_button.clicked.connect(self._on_import_clicked)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.facts)
        layout.addWidget(QLabel(self.tr("Columns (double-click a field to correct it):")))
        layout.addWidget(self.mapping_view, 2)
        layout.addWidget(QLabel(self.tr("Preview:")))
        layout.addWidget(self.tabs, 3)
        layout.addLayout(progress_row)
        layout.addWidget(self.buttons)

    def _retitle_tabs(self) -> None:
        p = self.preview
        self.tabs.setTabText(0, self.tr("To create ({0})").format(len(p.creates) if p else 0))
        self.tabs.setTabText(1, self.tr("To update ({0})").format(len(p.updates) if p else 0))
        self.tabs.setTabText(2, self.tr("Rejected ({0})").format(len(p.rejects) if p else 0))
        self.tabs.setTabText(3, self.tr("Kept without a value ({0})").format(len(p.dropped) if p else 0))

    def _kind(self) -> str:
        return str(self.kind_combo.currentData())

    # -- jobs ---------------------------------------------------------------------------------
    def _run(self, worker: Worker, done: Callable[[Any], None], text: str, fallback: str) -> None:
        self.cancel_job()
        self._job = worker
        worker.signals.progressed.connect(lambda d, t, _s: self._on_progress(worker, d, t))
        worker.signals.finished.connect(lambda result: self._on_finished(worker, result, done))
        worker.signals.failed.connect(lambda error: self._on_failed(worker, error, fallback))
        self.status.setText(text)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self.import_button.setEnabled(False)
        start_worker(worker)

    def busy(self) -> bool:
        return self._job is not None

    def cancel_job(self) -> None:
        if self._job is not None:
            self._job.control.cancel()
            self._job = None
            self._idle()

    def _idle(self) -> None:
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        ready = bool(self.preview and self.preview.accepted and self.preview.mapping.sure)
        self.import_button.setEnabled(ready and self._job is None)

    def _on_progress(self, worker: Worker, done: int, total: int) -> None:
        if worker is self._job and total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _on_finished(self, worker: Worker, result: Any, done: Callable[[Any], None]) -> None:
        if worker is not self._job:
            return
        self._job = None
        done(result)
        self._idle()

    def _on_failed(self, worker: Worker, error: object, fallback: str) -> None:
        if worker is not self._job:
            return
        self._job = None
        self.status.setText(failure_text(error, fallback))
        self._idle()

    # -- reading ------------------------------------------------------------------------------
    def _on_choose_clicked(self) -> None:
        path = self._pick_file(self)
        if path is not None:
            self.load_file(path)

    def load_file(self, path: Path, sheet: str | None = None) -> None:
        """Read ``path`` off the GUI thread, then preview.

        Without ``sheet`` it opens the first sheet whose columns map to something to import:
        the app's own template opens on "Instructions" and its report on "Summary", and
        landing there told the user their file matched nothing.
        """
        self._path = Path(path)
        self.file_label.setText(str(self._path))
        self.preview = None
        self._sheet_note = ""
        self._edited = False
        self._show_preview()
        db_path = self.ctx.db_path

        def read(db: Database, control: JobControl) -> tuple[SheetData, ColumnMapping | None, str]:
            data, mapping, skipped = first_mapped_sheet(path, sheet, lambda: control.cancelled)
            if mapping is not None:
                mapping = saved_mapping(db, mapping) or mapping
            return data, mapping, skipped

        self._run(db_worker(db_path, read), self._on_sheet_read,
                  self.tr("Reading {0}…").format(self._path.name),
                  self.tr("Reading the file was cancelled."))

    def _on_sheet_read(self, answer: tuple[SheetData, ColumnMapping | None, str]) -> None:
        data, mapping, skipped = answer
        self._sheet = data
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        self.sheet_combo.addItems(list(data.sheet_names))
        self.sheet_combo.setCurrentText(data.sheet)
        self.sheet_combo.blockSignals(False)
        self.sheet_combo.setEnabled(len(data.sheet_names) > 1)
        if mapping is None:
            self.mapping_model.set_mapping(None)
            self.kind_combo.setEnabled(bool(data.rows))
            self.status.setText(self.tr("The columns of sheet '{0}' match nothing to import; choose what the "
                                        "rows are to map them by hand.").format(data.sheet)
                                if data.rows else self.tr("Sheet '{0}' is empty.").format(data.sheet))
            return
        if skipped:
            self._sheet_note = self.tr("Sheet '{0}' matches nothing to import; showing '{1}', the first "
                                       "sheet that does.").format(skipped, data.sheet) + " "
        self._use_mapping(mapping)

    def _use_mapping(self, mapping: ColumnMapping) -> None:
        assert self._sheet is not None
        self.kind_combo.setCurrentIndex(KINDS.index(mapping.kind))
        self.kind_combo.setEnabled(True)
        self.mapping_model.set_mapping(mapping, self._sheet.rows)
        self._start_preview()

    def _on_sheet_activated(self, _index: int) -> None:
        self._sheet_note = ""
        if self._path is not None:
            self.load_file(self._path, self.sheet_combo.currentText())

    def _on_kind_activated(self, _index: int) -> None:
        if self._sheet is None:
            return
        mapping = detect_mapping(self._sheet.rows, self._sheet.sheet, self._kind())
        if mapping is not None:
            self._edited = True
            self._use_mapping(mapping)

    def _on_mapping_edited(self) -> None:
        self._edited = True
        self._preview_timer.start()

    def _on_date_order_chosen(self, order: str) -> None:
        mapping = self.mapping_model.mapping()
        if mapping is not None and mapping.date_order != order:
            mapping.date_order = order
            self._edited = True
            self._start_preview()

    # -- preview and import ---------------------------------------------------------------------
    def _start_preview(self) -> None:
        mapping, data = self.mapping_model.mapping(), self._sheet
        if mapping is None or data is None:
            return
        snapshot = mapping.copy()
        path, today, hints, edited = self.ctx.db_path, self.ctx.today(), self._hints, self._edited

        def build(db: Database, control: JobControl) -> ImportPreview:
            if edited:
                remember_mapping(db, snapshot)
            return build_preview(db, data, snapshot, today=today, cancelled=lambda: control.cancelled,
                                 progress=lambda d, t: control.progress(d, t), hints=hints)

        self._run(db_worker(path, build), self._on_preview_built, self.tr("Checking the rows…"),
                  self.tr("The preview was cancelled."))

    def _on_preview_built(self, preview: ImportPreview) -> None:
        self.preview = preview
        self._show_preview()
        self.facts.show_preview(preview)
        ask = "" if preview.mapping.sure else " " + self.tr("Choose what the rows are to import them.")
        self.status.setText(self._sheet_note + self.tr(
            "{0} to create, {1} to update, {2} unchanged, {3} rejected, {4} kept without a value.").format(
            len(preview.creates), len(preview.updates), preview.unchanged, len(preview.rejects),
            len(preview.dropped)) + ask)
        if preview.rejects and not preview.accepted:
            self.tabs.setCurrentIndex(2)
        elif preview.updates and not preview.creates:
            self.tabs.setCurrentIndex(1)

    def _show_preview(self) -> None:
        p = self.preview
        if p is not None:
            self.create_model.kind = self.update_model.kind = p.kind
        self.create_model.set_rows(p.creates if p else [])
        self.update_model.set_rows(p.updates if p else [])
        self.reject_model.set_rows(p.rejects if p else [])
        self.dropped_model.set_rows(p.dropped if p else [])
        if p is None:
            self.facts.clear()
        self._retitle_tabs()

    def _on_import_clicked(self) -> None:
        preview = self.preview
        if preview is None or not preview.accepted:
            return
        path, today = self.ctx.db_path, self.ctx.today()

        def write(db: Database, control: JobControl) -> ImportResult:
            return apply_import(db, [preview], today=today, cancelled=lambda: control.cancelled,
                                progress=lambda d, t: control.progress(d, t))

        self._run(db_worker(path, write), self._on_imported, self.tr("Importing…"),
                  self.tr("The import was cancelled; nothing was changed."))

    def _on_imported(self, result: ImportResult) -> None:
        self.import_result = result
        self.status.setText(result.summary())
        name = self._path.name if self._path is not None else ""
        self.ctx.undo_stack.push(ImportRows(self.ctx, result, name, self))
        self.imported.emit(result)
        self.preview = None
        self.accept()

    def reject(self) -> None:
        self.cancel_job()
        super().reject()


def run_import(ctx: AppContext, parent: QWidget | None,
               pick_file: FilePicker | None = None) -> ImportDialog | None:
    """File > Import from Excel: ask for a file, then show the (non-blocking) import dialog."""
    picker = pick_file or pick_spreadsheet
    path = picker(parent)
    if path is None:
        return None
    dialog = ImportDialog(ctx, parent, pick_file=picker)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.load_file(path)
    dialog.open()
    return dialog
