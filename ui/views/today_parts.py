"""Pieces of the Today screen: a titled section, and the proxy that shows one owner's work."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableView, QVBoxLayout, QWidget

from tracker.queries.checkins import Checkin
from tracker.queries.portfolio import AccountRow, DueItem
from ui.models.account_filter_proxy import SourceSortingProxy
from ui.models.roles import ROW_ROLE
from ui.models.sortable import SortableRowModel

Index = QModelIndex | QPersistentModelIndex


def owner_of(row: object) -> str:
    """Whose work a Today row is: the account's owner, for tasks, milestones and accounts."""
    if isinstance(row, DueItem):
        return row.account_owner
    if isinstance(row, AccountRow | Checkin):
        return row.owner
    return ""


class OwnerProxy(SourceSortingProxy):
    """Rows of one owner's accounts (``None``: everyone's); one string compare per row."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.owner: str | None = None

    def set_owner(self, owner: str | None) -> None:
        self.beginFilterChange()
        self.owner = owner or None
        self.endFilterChange(SourceSortingProxy.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self.owner is None:
            return True
        model = self.sourceModel()
        assert isinstance(model, SortableRowModel)
        return owner_of(model.row_at(source_row)) == self.owner


class Section(QWidget):
    """A titled table; the title carries the count of the rows shown."""

    def __init__(self, title: str, model: SortableRowModel, sort_column: int = -1,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.model = model
        self.proxy = OwnerProxy(self)
        self.proxy.setSourceModel(model)
        self.label = QLabel()
        font = QFont(self.label.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.label.setFont(font)
        self.empty = QLabel()
        self.empty.setEnabled(False)
        self._empty_text: str | None = None  # the sentence a "Loading…" text stands in for
        self.table = QTableView()
        self.table.setModel(self.proxy)
        # The query's order stands until the user clicks a header (-1 keeps it as read).
        self.table.horizontalHeader().setSortIndicator(sort_column, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Shift/Ctrl-click and Ctrl+A: tick, reschedule or bulk-edit many rows at once.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.setMinimumHeight(self.table.verticalHeader().defaultSectionSize() * 2 + 8)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        for signal in (self.proxy.modelReset, self.proxy.rowsInserted, self.proxy.rowsRemoved,
                       self.proxy.layoutChanged):
            signal.connect(self.update_title)

    def shown_rows(self) -> list[object]:
        """The rows shown, in the order shown."""
        return [self.proxy.index(r, 0).data(ROW_ROLE)
                for r in range(self.proxy.rowCount())]

    def rows_shown(self) -> list[object]:
        """The rows shown, in the model's order: for counting, without a call per cell."""
        owner = self.proxy.owner
        rows = self.model.rows()
        return list(rows) if owner is None else [r for r in rows if owner_of(r) == owner]

    def set_loading(self, text: str | None) -> None:
        """Show ``text`` ("Loading…") in place of the empty-list sentence until rows arrive;
        ``None`` puts the sentence back."""
        if text is not None:
            if self._empty_text is None:
                self._empty_text = self.empty.text()
            self.empty.setText(text)
        elif self._empty_text is not None:
            self.empty.setText(self._empty_text)
            self._empty_text = None

    def update_title(self) -> None:
        count = self.proxy.rowCount()
        self.label.setText(self.title.format(QLocale().toString(count)))
        self.empty.setVisible(count == 0)
