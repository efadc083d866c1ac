"""A table of rows that sorts itself, and updates a few rows in place.

Sorting happens here, on precomputed keys in one Python sort, instead of in
QSortFilterProxyModel, whose C++ comparisons would call back into Python ``data()``
about n·log n times (hundreds of milliseconds at 5,000 rows). The account list and
Today's lists share it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QGuiApplication, QPalette

from ui.models.base import RowTableModel
from ui.models.roles import ID_ROLE, SORT_ROLE
from ui.theme import band_dots, status_colors

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon


class SortableRowModel(RowTableModel[Any]):
    """A table of immutable rows with an ``id``; subclasses describe the columns.

    Subclasses set ``columns`` (titles) and implement ``display(row, column)`` and
    ``sort_value(row, column)``. ``set_rows`` resets and keeps the current sort order;
    ``replace_rows`` updates a few rows in place (one account after a tick).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._where: dict[int, int] = {}
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self.colors = status_colors()
        self.link_color = QGuiApplication.palette().color(QPalette.ColorRole.Link)
        self._dots: dict[str, QIcon] | None = None

    @property
    def dots(self) -> dict[str, QIcon]:
        """The health-band markers, drawn on first use: only the account list shows them, and
        Today's four models would otherwise paint twelve pixmaps before the first frame."""
        if self._dots is None:
            self._dots = band_dots(self.colors)
        return self._dots

    def palette_changed(self) -> None:
        """Re-pick state colours for the new background (views call this on PaletteChange)."""
        self.colors = status_colors()
        self.link_color = QGuiApplication.palette().color(QPalette.ColorRole.Link)
        self._dots = None  # drawn again, in the new colours, when next asked for
        self.emit_all_changed()

    # -- subclass hooks -------------------------------------------------------------------
    def display(self, row: Any, column: int) -> str:
        raise NotImplementedError

    def sort_value(self, row: Any, column: int) -> Any:
        return self.display(row, column)

    def extra(self, row: Any, column: int, role: int) -> Any:
        """Roles other than display, sort and row (colours, fonts, tooltips)."""
        return None

    # -- rows -----------------------------------------------------------------------------
    def row_of(self, key: int) -> int | None:
        return self._where.get(key)

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if self._sort_column >= 0:
            self._rows = self._sorted(self._rows, self._sort_column, self._sort_order)
        self._reindex()
        self.endResetModel()

    def replace_rows(self, rows: Sequence[Any], removed: Sequence[int] = ()) -> None:
        """Update rows that exist, add new ones, drop ``removed`` keys; no reset.

        New rows go where the current sort order puts them (a layout change, not a reset).
        """
        for key in removed:
            at = self._where.get(key)
            if at is not None:
                self.beginRemoveRows(QModelIndex(), at, at)
                del self._rows[at]
                self._reindex()
                self.endRemoveRows()
        last = self.columnCount() - 1
        added = False
        for row in rows:
            at = self._where.get(self.row_key(row))
            if at is None:
                end = len(self._rows)
                self.beginInsertRows(QModelIndex(), end, end)
                self._rows.append(row)
                self._where[self.row_key(row)] = end
                self.endInsertRows()
                added = True
            elif row != self._rows[at]:
                self._rows[at] = row
                self.dataChanged.emit(self.index(at, 0), self.index(at, last))
        if added and self._sort_column >= 0:
            self.sort(self._sort_column, self._sort_order)

    def row_key(self, row: Any) -> int:
        """What identifies a row across re-reads (its id unless a subclass says otherwise)."""
        return int(row.id)

    def _reindex(self) -> None:
        self._where = {self.row_key(r): i for i, r in enumerate(self._rows)}

    # -- cells ----------------------------------------------------------------------------
    def cell(self, row: Any, index: int, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == ID_ROLE:
            return row.id
        if role == SORT_ROLE:
            return self.sort_value(row, column)
        return self.extra(row, column, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column, self._sort_order = column, order
        if column < 0 or not self._rows:
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_ids = [self.row_key(self._rows[i.row()]) for i in old]
        self._rows = self._sorted(self._rows, column, order)
        self._reindex()
        self.changePersistentIndexList(
            old, [self.index(self._where[rid], i.column()) for rid, i in zip(old_ids, old, strict=True)]
        )
        self.layoutChanged.emit()

    def _sorted(self, rows: list[Any], column: int, order: Qt.SortOrder) -> list[Any]:
        """Stable sort on the column's raw value; blanks go last in either direction."""
        key: Callable[[Any], Any] = lambda r: self.sort_value(r, column)  # noqa: E731
        keyed = [(key(r), r) for r in rows]
        present = [kr for kr in keyed if kr[0] is not None]
        blank = [kr[1] for kr in keyed if kr[0] is None]
        present.sort(key=lambda kr: kr[0], reverse=order == Qt.SortOrder.DescendingOrder)
        return [kr[1] for kr in present] + blank
