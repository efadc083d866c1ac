"""Every portfolio KPI as a table (the dashboard's "All KPIs" list, same rows as the CLI)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt

from tracker.kpi.values import KpiValue
from ui.charts.kpi_tile import format_kpi
from ui.models import labels
from ui.models.base import RIGHT, RowTableModel
from ui.models.roles import KEY_ROLE


class KpiTableModel(RowTableModel[KpiValue]):
    KPI, VALUE, PREVIOUS, BAND, DETAIL = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._previous: dict[str, KpiValue] = {}
        self._headers = [QCoreApplication.translate("KpiTableModel", "KPI"),
                         QCoreApplication.translate("KpiTableModel", "Value"),
                         QCoreApplication.translate("KpiTableModel", "Previous period"),
                         QCoreApplication.translate("KpiTableModel", "Band"),
                         QCoreApplication.translate("KpiTableModel", "Counts")]

    def headers(self) -> Sequence[str]:
        return self._headers

    def set_kpis(self, rows: Sequence[KpiValue], previous: dict[str, KpiValue]) -> None:
        self._previous = dict(previous)
        self.set_rows(rows)

    def cell(self, kpi: KpiValue, index: int, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.KPI:
                return kpi.label
            if column == self.VALUE:
                return format_kpi(kpi)
            if column == self.PREVIOUS:
                return format_kpi(self._previous.get(kpi.key))
            if column == self.BAND:
                return labels.band(kpi.band)
            return kpi.detail
        if role == Qt.ItemDataRole.ToolTipRole:
            return kpi.formula
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.VALUE, self.PREVIOUS):
            return RIGHT
        if role == KEY_ROLE:
            return kpi.key
        return None
