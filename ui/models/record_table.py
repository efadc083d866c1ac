"""A table model over a list of frozen rows, with each cell worked out once per refresh.

The detail view's small tables (milestones, contacts, feedback, activities) and the
playbook lists share it: a subclass only declares its columns. ``data()`` is a list
lookup, so sorting through a QSortFilterProxyModel never calls back into Python logic.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush

from ui.models.base import RIGHT, RowTableModel
from ui.models.roles import SORT_ROLE
from ui.theme import status_colors

R = TypeVar("R")


def tone(kind: str) -> QBrush:
    """A foreground brush for 'good', 'warn', 'bad' or 'muted' that reads on the current palette."""
    colours = status_colors()
    return QBrush(getattr(colours, kind))


@dataclass(frozen=True)
class Column(Generic[R]):
    """How one column shows a row: text, sort key and optional tone/tooltip/alignment."""

    header: str
    text: Callable[[R], str]
    sort: Callable[[R], Any] | None = None
    tone: Callable[[R], str | None] | None = None
    tooltip: Callable[[R], str] | None = None
    align_right: bool = False


class RecordTableModel(RowTableModel[R]):
    """Rows are frozen dataclasses; cells are precomputed in :meth:`set_rows`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
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

    def headers(self) -> Sequence[str]:
        return self._headers

    def set_rows(self, rows: Sequence[R]) -> None:
        cols = self.columns()
        self.beginResetModel()
        self._rows = list(rows)
        self._ncols = -1
        self._headers = [c.header for c in cols]
        self._cells = [[c.text(r) for c in cols] for r in self._rows]
        self._keys = [[(c.sort or c.text)(r) for c in cols] for r in self._rows]
        self._tones = [[c.tone(r) if c.tone else None for c in cols] for r in self._rows]
        self._tips = [[c.tooltip(r) if c.tooltip else None for c in cols] for r in self._rows]
        self._right = [c.align_right for c in cols]
        self.endResetModel()

    def row_of(self, predicate: Callable[[R], bool]) -> int:
        for i, r in enumerate(self._rows):
            if predicate(r):
                return i
        return -1

    def cell(self, row: R, index: int, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[index][column]
        if role == SORT_ROLE:
            return self._keys[index][column]
        if role == Qt.ItemDataRole.ForegroundRole:
            name = self._tones[index][column]
            return tone(name) if name else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tips[index][column]
        if role == Qt.ItemDataRole.TextAlignmentRole and self._right[column]:
            return RIGHT
        return None


def none_last(value: str | None) -> str:
    """Sort key (a plain string, which QVariant compares) putting missing dates last."""
    return value or "9999-12-31~"
