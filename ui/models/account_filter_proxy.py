"""Filter-as-you-type and quick filters over the account list.

A ``QSortFilterProxyModel`` asks Python ``filterAcceptsRow`` once per source row on every
keystroke, removes the rows that drop out one contiguous range at a time (the view
re-lays itself out after each range), and answers every painted cell through the source
model's ``index()``, which calls back into Python twice more. At 5,000 accounts that was
most of a keystroke. :class:`AccountFilterProxy` keeps the visible source rows in a list
instead: a filter change is one comprehension over the precomputed lowercase search keys
and one layout change, and a painted cell is one Python call that reads the source's row
list directly (DESIGN.md pitfalls: under 30 ms per keystroke at the L portfolio). Typing
one more letter only narrows the query, so it re-tests only the rows the shorter query
matched: the keys and that match are kept until the source's rows change.
Sorting is handed to the source model, which sorts on precomputed keys.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, cast, overload

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from tracker.queries.portfolio import AccountRow
from ui.models.sortable import SortableRowModel

Index = QModelIndex | QPersistentModelIndex

_VERTICAL = QAbstractItemModel.LayoutChangeHint.VerticalSortHint
# The overload that carries the hint (the bare signal takes no arguments in PySide).
_WITH_HINT = ("QList<QPersistentModelIndex>", QAbstractItemModel.LayoutChangeHint)
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class SourceSortingProxy(QSortFilterProxyModel):
    """A proxy whose sort() reorders the source model (Python keys) instead of comparing."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if isinstance(source, SortableRowModel):
            source.sort(column, order)
        else:  # pragma: no cover - every model of ours sorts itself
            super().sort(column, order)


class AccountFilterProxy(QAbstractProxyModel):
    """The accounts that pass the text and quick filters, in the source model's order.

    Signals: the model signals only. Every change of the visible set (a filter, a source
    sort, rows added or removed at the source) is one ``layoutChanged`` with the vertical
    hint: persistent indexes (selection, current row) follow their rows or become invalid,
    and the column widths are left alone.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._stage: str | None = None
        self._at_risk = False
        self._late = False
        self._visible: list[int] = []  # proxy row -> source row
        self._where: list[int] = []  # source row -> proxy row, -1 when filtered out
        self._saved: list[tuple[QModelIndex, QPersistentModelIndex]] = []
        self._layout_depth = 0
        self._columns = 0
        self._cell: Callable[[int, int, int], Any] | None = None
        self._painted_at: Callable[[int], dict[int, tuple[Any, ...]]] | None = None
        self._keys: list[str] | None = None  # search key per source row, while rows stand
        self._matched: tuple[str, list[int]] = ("", [])  # a text, the source rows it matches

    # -- source ---------------------------------------------------------------------------
    def setSourceModel(self, model: QAbstractItemModel) -> None:
        old = self.sourceModel()
        self.beginResetModel()
        if old is not None:
            for signal, slot in self._links(old):
                signal.disconnect(slot)
        super().setSourceModel(model)
        for signal, slot in self._links(model):
            signal.connect(slot)
        cell = getattr(model, "cell_at", None)
        self._cell = cell if callable(cell) else None
        painted = getattr(model, "painted_at", None)
        self._painted_at = painted if callable(painted) else None
        self._columns = model.columnCount() if model is not None else 0
        self._rebuild()
        self.endResetModel()

    def _links(self, model: QAbstractItemModel) -> list[tuple[Any, Callable[..., None]]]:
        return [
            (model.modelAboutToBeReset, self.beginResetModel),
            (model.modelReset, self._on_source_reset),
            (model.layoutAboutToBeChanged, self._on_source_about_to_change),
            (model.layoutChanged, self._on_source_changed),
            (model.rowsAboutToBeInserted, self._on_source_about_to_change),
            (model.rowsInserted, self._on_source_changed),
            (model.rowsAboutToBeRemoved, self._on_source_about_to_change),
            (model.rowsRemoved, self._on_source_changed),
            (model.dataChanged, self._on_source_data_changed),
            (model.headerDataChanged, self._on_source_header_changed),
        ]

    def _on_source_header_changed(self, orientation: Qt.Orientation, first: int, last: int) -> None:
        self.headerDataChanged.emit(orientation, first, last)

    def _forget_keys(self) -> None:
        """The source's rows changed (or may have): the kept keys and match no longer hold."""
        self._keys = None
        self._matched = ("", [])

    def _on_source_reset(self) -> None:
        self._forget_keys()
        source = self.sourceModel()
        self._columns = source.columnCount() if source is not None else 0
        self._rebuild()
        self.endResetModel()

    def _on_source_about_to_change(self, *_args: object) -> None:
        self._forget_keys()
        self._begin_layout()

    def _on_source_changed(self, *_args: object) -> None:
        self._forget_keys()
        self._end_layout()

    def _on_source_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex,
                                roles: Sequence[int] = ()) -> None:
        """A changed row may now pass the filter or fail it (a tick ends "late")."""
        self._forget_keys()  # its search key may have changed too
        first, last = top_left.row(), bottom_right.row()
        rows = self._source_rows()
        keep = self._predicate()
        if any((self._where[r] >= 0) != keep(rows[r]) for r in range(first, last + 1)):
            self._refilter()
            return
        shown = [self._where[r] for r in range(first, last + 1) if self._where[r] >= 0]
        if shown:
            self.dataChanged.emit(self.index(min(shown), top_left.column()),
                                  self.index(max(shown), bottom_right.column()), roles)

    def _source_rows(self) -> Sequence[AccountRow]:
        source = self.sourceModel()
        return source.rows() if isinstance(source, SortableRowModel) else []

    # -- filter state ---------------------------------------------------------------------
    @property
    def text(self) -> str:
        return self._text

    def set_text(self, text: str) -> None:
        text = " ".join(text.lower().split())
        if text != self._text:
            self._text = text
            self._refilter()

    def set_stage(self, stage: str | None) -> None:
        if stage != self._stage:
            self._stage = stage
            self._refilter()

    def set_at_risk(self, on: bool) -> None:
        if on != self._at_risk:
            self._at_risk = on
            self._refilter()

    def set_late(self, on: bool) -> None:
        if on != self._late:
            self._late = on
            self._refilter()

    def clear_filters(self) -> None:
        self._text, self._stage, self._at_risk, self._late = "", None, False, False
        self._refilter()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if isinstance(source, SortableRowModel):
            source.sort(column, order)  # its layoutChanged re-maps us

    # -- the mapping ----------------------------------------------------------------------
    def _predicate(self) -> Callable[[AccountRow], bool]:
        words = self._text.split()
        stage, risk, late = self._stage, self._at_risk, self._late
        return lambda r: (all(w in r.search_key for w in words)
                          and (stage is None or r.stage == stage)
                          and (not risk or bool(r.reasons))
                          and (not late or r.late))

    def _text_rows(self) -> list[int]:
        """Source rows whose search key holds every word of the text.

        A text that extends the last one (one more letter, or a space and a word) can only
        match fewer rows: each of its words contains the last text's word at the same place.
        So only the rows the last text matched are tested again."""
        rows = self._source_rows()
        text = self._text
        if not text:
            return list(range(len(rows)))
        keys = self._keys
        if keys is None or len(keys) != len(rows):
            keys = self._keys = [r.search_key for r in rows]
            self._matched = ("", [])
        last, matched = self._matched
        words = text.split()
        if last and text.startswith(last):
            keep = matched
        else:
            first = words.pop(0)
            keep = [i for i, key in enumerate(keys) if first in key]
        for word in words:
            keep = [i for i in keep if word in keys[i]]
        self._matched = (text, keep)
        return keep

    def _visible_rows(self) -> list[int]:
        """Source rows that pass, narrowed one condition at a time (a comprehension each,
        no call per row: two words over 5,000 accounts stay a millisecond)."""
        rows = self._source_rows()
        keep = self._text_rows()
        if self._stage is not None:
            stage = self._stage
            keep = [i for i in keep if rows[i].stage == stage]
        if self._at_risk:
            keep = [i for i in keep if rows[i].reasons]
        if self._late:
            keep = [i for i in keep if rows[i].late]
        return keep

    def _rebuild(self) -> None:
        self._visible = self._visible_rows()
        where = [-1] * len(self._source_rows())
        for proxy_row, source_row in enumerate(self._visible):
            where[source_row] = proxy_row
        self._where = where

    def _refilter(self) -> None:
        if self._layout_depth:  # inside a source change: its end re-filters
            return
        visible = self._visible_rows()
        if visible == self._visible:
            return
        self._begin_layout()
        self._end_layout(visible)

    def _begin_layout(self) -> None:
        self._layout_depth += 1
        if self._layout_depth > 1:
            return
        cast(Any, self.layoutAboutToBeChanged)[_WITH_HINT].emit([], _VERTICAL)
        # Each persistent index is pinned to its source cell, which the source keeps current.
        self._saved = [(p, QPersistentModelIndex(self.mapToSource(p)))
                       for p in self.persistentIndexList()]

    def _end_layout(self, visible: list[int] | None = None) -> None:
        self._layout_depth = max(0, self._layout_depth - 1)
        if self._layout_depth:
            return
        if visible is None:
            self._rebuild()
        else:
            self._visible = visible
            where = [-1] * len(self._source_rows())
            for proxy_row, source_row in enumerate(visible):
                where[source_row] = proxy_row
            self._where = where
        saved, self._saved = self._saved, []
        source = self.sourceModel()
        if saved and source is not None:
            self.changePersistentIndexList(
                [p for p, _ in saved],
                [self.mapFromSource(source.index(s.row(), s.column())) if s.isValid()
                 else QModelIndex() for _, s in saved])
        cast(Any, self.layoutChanged)[_WITH_HINT].emit([], _VERTICAL)

    # -- Qt API ---------------------------------------------------------------------------
    def mapToSource(self, proxy_index: Index) -> QModelIndex:
        source = self.sourceModel()
        if source is None or not proxy_index.isValid():
            return QModelIndex()
        row = proxy_index.row()
        if not 0 <= row < len(self._visible):
            return QModelIndex()
        return source.index(self._visible[row], proxy_index.column())

    def mapFromSource(self, source_index: Index) -> QModelIndex:
        if not source_index.isValid():
            return QModelIndex()
        row = source_index.row()
        if not 0 <= row < len(self._where) or self._where[row] < 0:
            return QModelIndex()
        return self.index(self._where[row], source_index.column())

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if parent.isValid() or not (0 <= row < len(self._visible) and 0 <= column < self._columns):
            return QModelIndex()
        return self.createIndex(row, column)

    @overload
    def parent(self) -> QObject | None: ...
    @overload
    def parent(self, child: Index) -> QModelIndex: ...

    def parent(self, child: Index | None = None) -> QObject | QModelIndex | None:
        if child is None:
            return QObject.parent(self)
        return QModelIndex()

    def sibling(self, row: int, column: int, index: Index) -> QModelIndex:
        return self.index(row, column)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        # The source's columns are fixed (a table of one row type); read at each reset.
        return 0 if parent.isValid() else self._columns

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and bool(self._visible) and self._columns > 0

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = index.row()
        if not 0 <= row < len(self._visible):
            return None
        cell = self._cell
        if cell is not None:  # the painted cell: straight to the source's row list
            return cell(self._visible[row], index.column(), role)
        return self.sourceModel().data(self.mapToSource(index), role)

    def painted(self, row: int) -> dict[int, tuple[Any, ...]] | None:
        """Row ``row``'s value per painted role, one per column, when the source keeps them
        (the list's cell delegate paints from these without a ``data()`` call per role)."""
        painted = self._painted_at
        if painted is None or not 0 <= row < len(self._visible):
            return None
        return painted(self._visible[row])

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _FLAGS if self._cell is not None else self.sourceModel().flags(self.mapToSource(index))

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The base maps the section through row 0, which is gone when nothing matches.
        source = self.sourceModel()
        if source is None or orientation != Qt.Orientation.Horizontal:
            return None
        return source.headerData(section, orientation, role)
