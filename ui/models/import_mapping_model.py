"""The import dialog's column mapping: one row per column of the user's sheet, field editable.

The model edits a ``tracker.excel.mapping.ColumnMapping`` in place and announces the change
with ``mapping_changed`` so the dialog can preview again; samples are worked out once in
:meth:`set_mapping`, so ``data()`` is a list lookup.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from tracker.excel.mapping import FIELDS, ColumnMapping
from tracker.excel.values import to_text
from ui.models.roles import FIELD_ROLE

Index = QModelIndex | QPersistentModelIndex
COL_HEADER, COL_SAMPLE, COL_FIELD = range(3)


def field_label(kind: str, key: str | None) -> str:
    if key is None:
        return QCoreApplication.translate("ImportMapping", "(not imported)")
    label = next(s.label for s in FIELDS[kind] if s.key == key)
    return QCoreApplication.translate("ImportFields", label)


def field_choices(kind: str) -> list[tuple[str, str | None]]:
    """(label, key) pairs for the field editor, 'not imported' first."""
    return [(field_label(kind, None), None)] + [(field_label(kind, s.key), s.key) for s in FIELDS[kind]]


class MappingModel(QAbstractTableModel):
    """Signals:
    mapping_changed(): the user pointed a column at another field.
    """

    mapping_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._mapping: ColumnMapping | None = None
        self._samples: list[str] = []
        self._labels: list[str] = []

    def set_mapping(self, mapping: ColumnMapping | None, rows: Sequence[Sequence[Any]] = ()) -> None:
        self.beginResetModel()
        self._mapping = mapping
        self._samples = []
        if mapping is not None:
            body = rows[mapping.header_row + 1: mapping.header_row + 40]
            for col in range(len(mapping.headers)):
                values = [to_text(r[col]) for r in body if col < len(r) and to_text(r[col])]
                self._samples.append(", ".join(values[:3]))
        self._relabel()
        self.endResetModel()

    def _relabel(self) -> None:
        mapping = self._mapping
        self._labels = [field_label(mapping.kind, key) for key in mapping.fields] if mapping else []

    def mapping(self) -> ColumnMapping | None:
        return self._mapping

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self._mapping is None else len(self._mapping.headers)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Column in the file"), self.tr("Sample values"), self.tr("Imports into"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._mapping is None:
            return None
        row, col = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == COL_HEADER:
                return self._mapping.headers[row] or self.tr("(column {0}, no header)").format(row + 1)
            if col == COL_SAMPLE:
                return self._samples[row]
            return self._labels[row]
        if role == FIELD_ROLE and col == COL_FIELD:
            return self._mapping.fields[row]
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_FIELD:
            return self.tr("Double-click to choose the field this column feeds.")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self._mapping is None or index.column() != COL_FIELD:
            return False
        if role not in (Qt.ItemDataRole.EditRole, FIELD_ROLE):
            return False
        key = value if value in {s.key for s in FIELDS[self._mapping.kind]} else None
        self._mapping.set_field(index.row(), key)
        self._relabel()  # setting one column may free another
        self.dataChanged.emit(self.index(0, COL_FIELD), self.index(self.rowCount() - 1, COL_FIELD))
        self.mapping_changed.emit()
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if index.column() == COL_FIELD:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags
