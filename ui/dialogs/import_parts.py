"""Pieces of the import dialog that other dialogs share: the file picker, the worker holder,
one sentence per failure, the field editor and the preview tables."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from tracker.excel.errors import ExcelError
from tracker.storage.errors import StoreError
from ui.models.import_mapping_model import field_choices
from ui.models.roles import FIELD_ROLE, SORT_ROLE
from ui.workers import Cancelled

FilePicker = Callable[[QWidget | None], Path | None]
EXCEL_FILTER = "Spreadsheets and CSV (*.xlsx *.xlsm *.xlsb *.xls *.ods *.csv *.tsv)"

def pick_spreadsheet(parent: QWidget | None) -> Path | None:
    title = QCoreApplication.translate("ImportDialog", "Import from Excel")
    kinds = QCoreApplication.translate("ImportDialog", EXCEL_FILTER)
    name, _ = QFileDialog.getOpenFileName(parent, title, "", kinds)
    return Path(name) if name else None


def failure_text(error: object, cancelled: str) -> str:
    """One sentence for any failure a job reports; ``cancelled`` is the one for a user's cancel."""
    if isinstance(error, ExcelError | StoreError):
        return error.message
    if isinstance(error, Cancelled):
        return cancelled
    return QCoreApplication.translate("ImportDialog", "Something went wrong: {0}.").format(error)


class FieldDelegate(QStyledItemDelegate):
    """A drop-down of the fields of the current kind for the 'Imports into' column."""

    def __init__(self, kind: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kind = kind

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        editor = QComboBox(parent)
        for label, key in field_choices(self._kind()):
            editor.addItem(label, key)
        editor.activated.connect(lambda _i: self.commitData.emit(editor))
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(FIELD_ROLE))))

    def setModelData(self, editor: QWidget, model: Any, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), FIELD_ROLE)


def preview_table(model: Any) -> QTableView:
    """A sortable, read-only table of preview rows."""
    proxy = QSortFilterProxyModel(model)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view = QTableView()
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    view.setColumnWidth(1, 240)
    view.setWordWrap(False)
    return view
