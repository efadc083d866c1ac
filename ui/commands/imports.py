"""An import as an undoable edit, so Ctrl+Z after an import undoes the import itself."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from tracker.changes import ChangeSet
from tracker.excel.cases_import import CaseImport
from tracker.excel.import_undo import ImportUndo
from tracker.excel.importer import ImportResult, undo_import
from ui.commands.base import TrackerCommand
from ui.context import AppContext


class ImportRows(TrackerCommand):
    """The import was written by a worker before this is pushed: the first redo only
    announces it. Undo swaps the touched rows back to their state before the import, and
    each later redo or undo swaps them again, in one transaction each."""

    def __init__(self, ctx: AppContext, result: ImportResult | CaseImport, name: str,
                 initiator: object = None) -> None:
        text = QCoreApplication.translate("ImportRows", "Import “{0}”").format(name)
        super().__init__(ctx, text, initiator)
        self._change = result.change
        self._state: ImportUndo = result.undo
        self._written = True

    def _redo(self) -> ChangeSet:
        if self._written:
            return self._change
        return self._swap()

    def _undo(self) -> ChangeSet:
        return self._swap()

    def _swap(self) -> ChangeSet:
        swapped = undo_import(self.ctx.db, self._state)
        self._state = swapped.value
        self._written = not self._written
        return swapped.change
