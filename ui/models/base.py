"""The one base of every table model: a list of immutable rows and read-only cells.

A subclass names its columns (:meth:`RowTableModel.headers`) and answers one cell at a
time (:meth:`RowTableModel.cell`); everything Qt asks beyond that (counts, header text and
tips, flags, the row and sort roles) is answered here once, so the models agree on it.
``data()`` stays a list lookup plus a branch: no model queries the database.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from ui.models.roles import ROW_ROLE

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def horizontal_header(headers: Sequence[str], section: int, orientation: Qt.Orientation, role: int) -> Any:
    """Column titles for every table and tree model: no vertical header, display role only."""
    if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(headers)):
        return headers[section]
    return None


class RowTableModel(QAbstractTableModel, Generic[R]):
    """Rows are frozen values; subclasses describe the columns.

    Hooks: :meth:`headers` (titles, called when the column set may have changed),
    :meth:`header_tip` (how a column is computed), :meth:`cell` (any role of one cell).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []
        self._ncols = -1

    # -- subclass hooks -------------------------------------------------------------------
    def headers(self) -> Sequence[str]:
        raise NotImplementedError

    def header_tip(self, section: int) -> str | None:
        """How a column's number is computed (DESIGN.md: show the formula to the user)."""
        return None

    def cell(self, row: R, index: int, column: int, role: int, /) -> Any:
        """The value of one cell for ``role`` (``index`` is the row's position)."""
        return None

    # -- rows -----------------------------------------------------------------------------
    def rows(self) -> Sequence[R]:
        """The rows in display order (the model's own list: do not change it)."""
        return self._rows

    def row_at(self, row: int) -> R:
        return self._rows[row]

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._ncols = -1
        self.endResetModel()

    def emit_column_changed(self, column: int) -> None:
        """Every cell of ``column`` changed (a colour or a choice shown in it)."""
        if self._rows:
            self.dataChanged.emit(self.index(0, column), self.index(len(self._rows) - 1, column))

    def emit_all_changed(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, self.columnCount() - 1))

    # -- Qt API ---------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        # Called thousands of times per paint: a cached number, not len(self.headers()).
        count = self._ncols
        if count < 0:
            count = self._ncols = len(self.headers())
        return 0 if parent.isValid() else count

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return self.header_tip(section) or None
        return horizontal_header(self.headers(), section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        at = index.row()
        if not 0 <= at < len(self._rows):
            return None
        row = self._rows[at]
        if role == ROW_ROLE:
            return row
        return self.cell(row, at, index.column(), role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
