"""A table model over a list of frozen rows, with each cell worked out once per refresh.

The detail view's small tables (milestones, contacts, feedback, activities) and the
playbook lists share it: a subclass only declares its columns. ``data()`` is a list
lookup, so sorting through a QSortFilterProxyModel never calls back into Python logic.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from ui.models.roles import ROW_ROLE, SORT_ROLE
from ui.theme import status_colors

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex


def tone(kind: str) -> QBrush:
    """A foreground brush for 'good', 'warn', 'bad' or 'muted' that reads on the current palette."""
    colours = status_colors()
    return QBrush(getattr(colours, kind))


def horizontal_header(headers: Sequence[str], section: int, orientation: Qt.Orientation, role: int) -> Any:
    """Column titles for every table and tree model: no vertical header, display role only."""
    if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(headers)):
        return headers[section]
    return None


@dataclass(frozen=True)
class Column(Generic[R]):
    """How one column shows a row: text, sort key and optional tone/tooltip/alignment."""

    header: str
    text: Callable[[R], str]
    sort: Callable[[R], Any] | None = None
    tone: Callable[[R], str | None] | None = None
    tooltip: Callable[[R], str] | None = None
    align_right: bool = False


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """Rows are frozen dataclasses; cells are precomputed in :meth:`set_rows`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []
        self._cells: list[list[str]] = []
        self._keys: list[list[Any]] = []
        self._tones: list[list[str | None]] = []
        self._tips: list[list[str | None]] = []
        cols = self.columns()
        self._headers = [c.header for c in cols]
        self._right = [c.align_right for c in cols]

    # Subclasses return their columns; built per refresh so translated headers stay current.
    def columns(self) -> Sequence[Column[R]]:
        raise NotImplementedError

    def set_rows(self, rows: Sequence[R]) -> None:
        cols = self.columns()
        self.beginResetModel()
        self._rows = list(rows)
        self._headers = [c.header for c in cols]
        self._cells = [[c.text(r) for c in cols] for r in self._rows]
        self._keys = [[(c.sort or c.text)(r) for c in cols] for r in self._rows]
        self._tones = [[c.tone(r) if c.tone else None for c in cols] for r in self._rows]
        self._tips = [[c.tooltip(r) if c.tooltip else None for c in cols] for r in self._rows]
        self._right = [c.align_right for c in cols]
        self.endResetModel()

    def rows(self) -> list[R]:
        return list(self._rows)

    def row_at(self, row: int) -> R:
        return self._rows[row]

    def row_of(self, predicate: Callable[[R], bool]) -> int:
        for i, r in enumerate(self._rows):
            if predicate(r):
                return i
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return horizontal_header(self._headers, section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return self._data(index, role)

    def _data(self, index: Index, role: int) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[row][col]
        if role == SORT_ROLE:
            return self._keys[row][col]
        if role == ROW_ROLE:
            return self._rows[row]
        if role == Qt.ItemDataRole.ForegroundRole:
            name = self._tones[row][col]
            return tone(name) if name else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tips[row][col]
        if role == Qt.ItemDataRole.TextAlignmentRole and self._right[col]:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


def none_last(value: str | None) -> str:
    """Sort key (a plain string, which QVariant compares) putting missing dates last."""
    return value or "9999-12-31~"
