"""The import dialog's list of a workbook's sheets: which are imported, as what, with what counts.

Every sheet of the file is a row, so a sheet passed over is seen and not silently dropped; a
sheet whose columns fit a kind can be ticked in or out (the import writes every ticked sheet
in one transaction). Counts come from the last preview of the whole workbook.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal

from tracker.excel.mapping import KIND_LABELS, ColumnMapping
from tracker.excel.preview import ImportPreview
from tracker.excel.reader import SheetData
from ui.models.base import Index, RowTableModel
from ui.models.record_table import tone


@dataclass
class SheetChoice:
    """One sheet of the file: its rows, its mapping (None: fits nothing), whether it is imported."""

    data: SheetData
    mapping: ColumnMapping | None
    include: bool
    preview: ImportPreview | None = None
    edited: bool = False  # the user corrected its mapping: remember it for this header set

    @property
    def name(self) -> str:
        return self.data.sheet


def _t(text: str) -> str:
    return QCoreApplication.translate("SheetsModel", text)


COL_SHEET, COL_KIND, COL_COUNTS = 0, 1, 2


class SheetsModel(RowTableModel[SheetChoice]):
    """Signals: inclusion_changed(): a sheet was ticked in or out."""

    inclusion_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def headers(self) -> Sequence[str]:
        return [_t("Sheet"), _t("Rows are"), _t("Preview")]

    def set_sheets(self, sheets: Sequence[SheetChoice]) -> None:
        self.beginResetModel()
        self._rows = list(sheets)
        self._ncols = -1
        self.endResetModel()

    def refresh(self) -> None:
        """The previews changed: redraw every count."""
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, COL_COUNTS))

    def cell(self, row: SheetChoice, index: int, column: int, role: int, /) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole and column == COL_SHEET and row.mapping is not None:
            return Qt.CheckState.Checked if row.include else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and (row.mapping is None or not row.include):
            return tone("muted")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == COL_SHEET:
            return row.name
        if column == COL_KIND:
            if row.mapping is None:
                return _t("nothing to import")
            label = QCoreApplication.translate("ImportDialog", KIND_LABELS[row.mapping.kind])
            return label if row.mapping.sure else _t("{0}?").format(label)
        return self._counts(row)

    @staticmethod
    def _counts(row: SheetChoice) -> str:
        if row.mapping is None:
            return _t("skipped: its columns match nothing to import")
        if not row.include:
            return _t("not imported")
        p = row.preview
        if p is None:
            return "…"
        text = _t("{0} to create, {1} to update, {2} unchanged, {3} rejected").format(
            len(p.creates), len(p.updates), p.unchanged, len(p.rejects))
        if not p.mapping.sure:
            text += " · " + _t("choose what the rows are")
        return text

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == COL_SHEET and self._rows[index.row()].mapping is not None:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole or index.column() != COL_SHEET:
            return False
        row = self._rows[index.row()]
        if row.mapping is None:
            return False
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2)
        if checked == row.include:
            return True
        row.include = checked
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), COL_COUNTS))
        self.inclusion_changed.emit()
        return True
