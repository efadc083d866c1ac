"""Import from Excel or CSV: the whole workbook read once, every sheet that fits previewed
together, its mapping checked sheet by sheet, then one import of every ticked sheet.

Reading (a child process), previewing and applying each run on a ``ui.workers.Worker`` with
its own database connection, progress and cancel, so a 100,000-row sheet never freezes the
window. Nothing is written before the user presses Import, and the import of all ticked
sheets is one transaction, undone in one step: cancelling it, or any failure, leaves the
database as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget

from tracker.database import Database
from tracker.excel.columns import LocaleHints
from tracker.excel.importer import ImportResult, apply_import, settle
from tracker.excel.mapping import KINDS, detect_mapping
from tracker.excel.preview import ImportPreview
from ui.commands.imports import ImportRows
from ui.context import AppContext
from ui.dialogs.import_jobs import WorkbookPreview, preview_requests, read_choices, request
from ui.dialogs.import_layout import ImportLayout
from ui.dialogs.import_parts import FilePicker, failure_text, pick_spreadsheet
from ui.dialogs.import_words import locale_hints
from ui.models.import_sheets_model import SheetChoice
from ui.workers import JobControl, Worker, db_worker

__all__ = ["FilePicker", "ImportDialog", "failure_text", "pick_spreadsheet", "run_import"]


class ImportDialog(ImportLayout):
    """Signals:
    imported(object): the ImportResult after a successful import.
    """

    imported = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 pick_file: FilePicker | None = None, hints: LocaleHints | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._pick_file = pick_file or pick_spreadsheet
        self._path: Path | None = None
        self._sheet_note = ""
        self._choices: list[SheetChoice] = []
        self._current = -1
        self.import_result: ImportResult | None = None
        self._job: Worker | None = None
        self._preview_timer = QTimer(self, singleShot=True, interval=250)
        self._preview_timer.timeout.connect(self._start_preview)
        self._hints = hints or LocaleHints(*locale_hints())  # the user's locale, where a file does not tell
        self.choose_button.clicked.connect(self._on_choose_clicked)
        self.sheet_combo.activated.connect(self._on_sheet_activated)
        self.kind_combo.activated.connect(self._on_kind_activated)
        self.sheets_model.inclusion_changed.connect(self._on_inclusion_changed)
        self.sheets_view.clicked.connect(self._on_sheet_clicked)
        self.mapping_model.mapping_changed.connect(self._on_mapping_edited)
        self.facts.date_order_chosen.connect(self._on_date_order_chosen)
        self.cancel_button.clicked.connect(self.cancel_job)
        self.import_button.clicked.connect(self._on_import_clicked)
        self.buttons.rejected.connect(self.reject)

    def _chosen(self) -> SheetChoice | None:
        return self._choices[self._current] if 0 <= self._current < len(self._choices) else None

    def included_previews(self) -> list[ImportPreview]:
        """The previews the Import button writes: every ticked sheet's, accounts first."""
        found = [c.preview for c in self._choices if c.include and c.mapping is not None and c.preview]
        return sorted(found, key=lambda p: KINDS.index(p.kind))

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
        worker.start()

    def busy(self) -> bool:
        return self._job is not None

    def cancel_job(self) -> None:
        if self._job is not None:
            self._job.control.cancel()
            self._job = None
            self._idle()

    def _ready(self) -> bool:
        """Something to write, and no ticked sheet whose kind is still a question."""
        ticked = [c for c in self._choices if c.include and c.mapping is not None]
        previews = self.included_previews()
        return (bool(previews) and len(previews) == len(ticked) and any(p.accepted for p in previews)
                and all(p.mapping.sure for p in previews))

    def _idle(self) -> None:
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self.import_button.setEnabled(self._ready() and self._job is None)

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
        """Read every sheet of ``path`` off the GUI thread (one child, one parse), then preview.

        Without ``sheet`` it shows the first sheet whose columns map to something to import:
        the app's own template opens on "Instructions" and its report on "Summary", and
        landing there told the user their file matched nothing.
        """
        self._path = Path(path)
        self.file_label.setText(str(self._path))
        self.preview = None
        self._choices, self._current = [], -1
        self._sheet_note = ""
        self.sheets_model.set_sheets([])
        self._show_preview()

        def read(db: Database, control: JobControl) -> list[SheetChoice]:
            return read_choices(db, Path(path), lambda: control.cancelled)

        self._run(db_worker(self.ctx.db_path, read), lambda c: self._on_read(c, sheet),
                  self.tr("Reading {0}…").format(self._path.name),
                  self.tr("Reading the file was cancelled."))

    def _on_read(self, choices: list[SheetChoice], sheet: str | None) -> None:
        self._choices = choices
        self.sheets_model.set_sheets(choices)
        names = [c.name for c in choices]
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        self.sheet_combo.addItems(names)
        self.sheet_combo.blockSignals(False)
        self.sheet_combo.setEnabled(len(names) > 1)
        for widget in (self.sheets_label, self.sheets_view):  # one sheet: the list would only repeat it
            widget.setVisible(len(names) > 1)
        fitting = next((i for i, c in enumerate(choices) if c.mapping is not None), None)
        at = names.index(sheet) if sheet in names else (fitting if fitting is not None else 0)
        if sheet is None and fitting is not None and fitting > 0:
            self._sheet_note = self.tr("Sheet '{0}' matches nothing to import; showing '{1}', the first "
                                       "sheet that does.").format(names[0], names[fitting]) + " "
        self._select(at)
        if any(c.include for c in choices):
            self._start_preview()

    def _select(self, at: int) -> None:
        """Show sheet ``at``: its mapping, its preview, its kind."""
        if not 0 <= at < len(self._choices):
            return
        self._current = at
        choice = self._choices[at]
        self.sheet_combo.setCurrentIndex(at)
        self.sheets_view.selectRow(at)
        self.preview = choice.preview
        data, mapping = choice.data, choice.mapping
        if mapping is None:
            self.mapping_model.set_mapping(None)
            self.kind_combo.setEnabled(bool(data.rows))
            self._show_preview()
            self.status.setText(self.tr("The columns of sheet '{0}' match nothing to import; choose what the "
                                        "rows are to map them by hand.").format(data.sheet)
                                if data.rows else self.tr("Sheet '{0}' is empty.").format(data.sheet))
            return
        self.kind_combo.setCurrentIndex(KINDS.index(mapping.kind))
        self.kind_combo.setEnabled(True)
        self.mapping_model.set_mapping(mapping, data.rows)
        self._show_preview()

    def _on_sheet_activated(self, index: int) -> None:
        self._sheet_note = ""
        self._select(index)
        self._describe()

    def _on_sheet_clicked(self, index: QModelIndex) -> None:
        if index.row() != self._current:
            self._on_sheet_activated(index.row())

    def _on_inclusion_changed(self) -> None:
        self._preview_timer.start()

    def _on_kind_activated(self, _index: int) -> None:
        choice = self._chosen()
        if choice is None:
            return
        mapping = detect_mapping(choice.data.rows, choice.name, self.kind())
        if mapping is not None:
            for other in self._choices:  # one sheet per kind: the one the user just chose wins
                if other is not choice and other.mapping is not None and other.mapping.kind == mapping.kind:
                    other.include = False
            choice.mapping, choice.include, choice.edited, choice.preview = mapping, True, True, None
            self.sheets_model.refresh()
            self._select(self._current)
            self._start_preview()

    def _on_mapping_edited(self) -> None:
        choice = self._chosen()
        if choice is not None:
            choice.edited = True
        self._preview_timer.start()

    def _on_date_order_chosen(self, order: str) -> None:
        choice = self._chosen()
        if choice is not None and choice.mapping is not None and choice.mapping.date_order != order:
            choice.mapping.date_order = order
            choice.edited = True
            self._start_preview()

    # -- preview and import ---------------------------------------------------------------------
    def _start_preview(self) -> None:
        wanted = request(self._choices)
        if not wanted:
            for choice in self._choices:
                choice.preview = None
            self.sheets_model.refresh()
            self._select(self._current)
            self._idle()
            return
        today, hints = self.ctx.today(), self._hints

        def build(db: Database, control: JobControl) -> WorkbookPreview:
            return preview_requests(db, wanted, today=today, hints=hints, cancelled=lambda: control.cancelled,
                                    progress=lambda d, t: control.progress(d, t))

        self._run(db_worker(self.ctx.db_path, build), self._on_previewed, self.tr("Checking the rows…"),
                  self.tr("The preview was cancelled."))

    def _on_previewed(self, built: WorkbookPreview) -> None:
        for choice in self._choices:
            choice.preview = built.previews.get(choice.name) if choice.include else None
            if choice.preview is not None:
                choice.edited = False
        self.sheets_model.refresh()
        self.playbooks.show_forecasts(built.forecasts)
        shown = self._chosen()
        if shown is not None and shown.preview is None:  # the shown sheet was unticked: show a ticked one
            ticked = next((i for i, c in enumerate(self._choices) if c.preview is not None), self._current)
            self._select(ticked)
        else:
            self._select(self._current)
        self._describe()
        preview = self.preview
        if preview is not None and preview.rejects and not preview.accepted:
            self.tabs.setCurrentIndex(2)
        elif preview is not None and preview.updates and not preview.creates:
            self.tabs.setCurrentIndex(1)

    def _describe(self) -> None:
        """The status line: the shown sheet's counts, and the whole import's when it has several sheets."""
        preview = self.preview
        if preview is None:
            return
        self.facts.show_preview(preview)
        ask = "" if preview.mapping.sure else " " + self.tr("Choose what the rows are to import them.")
        text = self._sheet_note + self.tr(
            "{0} to create, {1} to update, {2} unchanged, {3} rejected, {4} kept without a value.").format(
            len(preview.creates), len(preview.updates), preview.unchanged, len(preview.rejects),
            len(preview.dropped)) + ask
        previews = self.included_previews()
        if len(previews) > 1:
            text += " " + self.tr("Import writes {0} sheets in one step: {1} to create, {2} to update."
                                  ).format(len(previews), sum(len(p.creates) for p in previews),
                                           sum(len(p.updates) for p in previews))
        self.status.setText(text)

    def _on_import_clicked(self) -> None:
        previews = [p for p in self.included_previews() if p.accepted]
        if not previews:
            return
        today, playbooks = self.ctx.today(), self.playbooks.choice()

        def write(db: Database, control: JobControl) -> ImportResult:
            return apply_import(db, previews, today=today, playbooks=playbooks,
                                cancelled=lambda: control.cancelled,
                                progress=lambda d, t: control.progress(d, t))

        self._run(db_worker(self.ctx.db_path, write), self._on_imported, self.tr("Importing…"),
                  self.tr("The import was cancelled; nothing was changed."))

    def _on_imported(self, result: ImportResult) -> None:
        # The checkpoint the import's commit left (tracker.excel.importer.settle), on a worker
        # while the views read the new rows: nobody waits for it.
        db_worker(self.ctx.db_path, lambda db, _control: settle(db), migrate=False).start()
        self.import_result = result
        self.status.setText(result.summary())
        name = self._path.name if self._path is not None else ""
        self.ctx.undo_stack.push(ImportRows(self.ctx, result, name, self))
        self.imported.emit(result)
        self.preview = None
        for choice in self._choices:
            choice.preview = None
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
