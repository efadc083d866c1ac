"""Every portfolio KPI as a table (the dashboard's "All KPIs" list, same rows as the CLI)."""

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
)

from tracker.kpi.values import KpiValue
from ui.charts.kpi_tile import band_text, format_kpi
from ui.models.roles import KEY_ROLE

Index = QModelIndex | QPersistentModelIndex


class KpiTableModel(QAbstractTableModel):
    KPI, VALUE, PREVIOUS, BAND, DETAIL = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[KpiValue] = []
        self._previous: dict[str, KpiValue] = {}
        self._headers = [QCoreApplication.translate("KpiTableModel", "KPI"),
                         QCoreApplication.translate("KpiTableModel", "Value"),
                         QCoreApplication.translate("KpiTableModel", "Previous period"),
                         QCoreApplication.translate("KpiTableModel", "Band"),
                         QCoreApplication.translate("KpiTableModel", "Counts")]

    def set_rows(self, rows: Sequence[KpiValue], previous: dict[str, KpiValue]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._previous = dict(previous)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        kpi = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.KPI:
                return kpi.label
            if col == self.VALUE:
                return format_kpi(kpi)
            if col == self.PREVIOUS:
                return format_kpi(self._previous.get(kpi.key))
            if col == self.BAND:
                return band_text(kpi.band)
            return kpi.detail
        if role == Qt.ItemDataRole.ToolTipRole:
            return kpi.formula
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.VALUE, self.PREVIOUS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == KEY_ROLE:
            return kpi.key
        return None
