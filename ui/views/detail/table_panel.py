"""A table of one account's records with a row of buttons above it.

The milestone, contact, feedback and activity tabs differ only in their model,
their buttons and what a double-click does. Their row actions live on the table with a
WidgetWithChildrenShortcut context, so F2, Enter and Delete act on the focused table's row
and never on the window-wide account actions.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.models.record_table import RecordTableModel
from ui.models.roles import ROW_ROLE, SORT_ROLE


class TablePanel(QWidget):
    def __init__(self, ctx: AppContext, model: RecordTableModel[Any], stretch_column: int,
                 sort_column: int = 0, descending: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.account_id: int | None = None
        self.model = model
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicatorShown(True)
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        self.view.sortByColumn(sort_column, order)
        self.summary = QLabel()
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.bar = QHBoxLayout()
        self.bar.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(self.bar)
        layout.addWidget(self.view, 1)
        self.bar.addWidget(self.summary, 1)
        self._row_buttons: list[QPushButton] = []
        self._row_actions: list[QAction] = []
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        model.modelReset.connect(self._update_buttons)

    def add_button(self, text: str, slot: Callable[[], object], needs_row: bool = False) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(lambda _=False: slot())
        self.bar.addWidget(button)
        if needs_row:
            self._row_buttons.append(button)
            button.setEnabled(False)
        return button

    def on_double_click(self, slot: Callable[[], object]) -> None:
        self.view.doubleClicked.connect(lambda _index: slot())

    def add_row_action(self, text: str, keys: Sequence[QKeySequence | QKeySequence.StandardKey | str],
                       slot: Callable[[], object]) -> QAction:
        """A keyboard and context-menu twin of a row button, enabled only with a row selected."""
        action = QAction(text, self.view)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _=False: slot())
        action.setEnabled(self.current_row() is not None)
        self.view.addAction(action)
        self._row_actions.append(action)
        return action

    def add_edit_delete_actions(self, edit_text: str, edit: Callable[[], object],
                                delete_text: str, delete: Callable[[], object]) -> None:
        """F2 or Enter edits the selected row, Delete removes it, as the buttons do."""
        self.edit_action = self.add_row_action(edit_text, ["F2", "Return", "Enter"], edit)
        self.delete_action = self.add_row_action(delete_text, [QKeySequence.StandardKey.Delete], delete)

    def _update_buttons(self) -> None:
        has_row = self.current_row() is not None
        for button in self._row_buttons:
            button.setEnabled(has_row)
        for action in self._row_actions:
            action.setEnabled(has_row)

    def current_row(self) -> Any:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.proxy.data(rows[0], ROW_ROLE)

    def select_where(self, predicate: Callable[[Any], bool]) -> bool:
        row = self.model.row_of(predicate)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.view.selectRow(index.row())
        self.view.scrollTo(index)
        return True

    def keep_selection(self, rows: Sequence[Any], key: Callable[[Any], object]) -> None:
        """Reload rows and reselect the same record (by key) when it is still there."""
        current = self.current_row()
        self.model.set_rows(rows)
        if current is not None:
            wanted = key(current)
            self.select_where(lambda r: key(r) == wanted)

    def first_index(self) -> QModelIndex:
        return self.proxy.index(0, 0)
