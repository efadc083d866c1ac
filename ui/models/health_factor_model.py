"""An account's health explanation, one row per factor (what, raw value, sub-score, weight)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QPalette

from tracker.kpi.health import HealthFactor
from ui.models.roles import FACTOR_ROLE
from ui.theme import status_colors

Index = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    return QCoreApplication.translate("HealthFactorModel", text)


def raw_text(factor: HealthFactor) -> str:
    if factor.raw is None:
        return tr("no data")
    loc = QLocale()
    if factor.factor in ("progress", "on_time", "activation"):
        return tr("{0} %").format(loc.toString(factor.raw, "f", 0))
    if factor.factor == "sentiment":
        return tr("{0} / 100").format(loc.toString(factor.raw, "f", 0))
    if factor.factor == "first_value":
        if factor.sub_score == 0:
            return tr("{0} d, no first value").format(loc.toString(factor.raw, "f", 0))
        return tr("{0} d").format(loc.toString(factor.raw, "f", 0))
    return tr("{0} d").format(loc.toString(factor.raw, "f", 0))


class HealthFactorModel(QAbstractTableModel):
    FACTOR, RAW, SUB, WEIGHT, CONTRIBUTION = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[HealthFactor] = []
        self._headers = [tr("Factor"), tr("Value"), tr("Sub-score"), tr("Weight"), tr("Points")]

    def set_rows(self, rows: Sequence[HealthFactor]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[HealthFactor]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return [None, tr("The measured value behind the factor"), tr("0 to 100"),
                    tr("Your weight; in brackets the weight used after spreading the weight "
                       "of factors without data"),
                    tr("Sub-score x used weight / 100; the points add up to the score")][section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        f = self._rows[index.row()]
        col = index.column()
        loc = QLocale()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.FACTOR:
                return f.label
            if col == self.RAW:
                return raw_text(f)
            if col == self.SUB:
                return "–" if f.sub_score is None else loc.toString(f.sub_score, "f", 0)
            if col == self.WEIGHT:
                if abs(f.weight - f.effective_weight) < 0.05:
                    return loc.toString(f.weight, "f", 0)
                return tr("{0} ({1})").format(loc.toString(f.weight, "f", 0),
                                              loc.toString(f.effective_weight, "f", 1))
            return loc.toString(f.contribution, "f", 1)
        if role == Qt.ItemDataRole.TextAlignmentRole and col != self.FACTOR:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if f.sub_score is None:
                return QPalette().color(QPalette.ColorRole.PlaceholderText)
            if col == self.SUB:
                colors = status_colors()
                return colors.good if f.sub_score >= 70 else colors.warn if f.sub_score >= 40 else colors.bad
        if role == Qt.ItemDataRole.ToolTipRole and f.sub_score is None:
            return tr("No data: this factor's weight is spread over the others.")
        if role == FACTOR_ROLE:
            return f.factor
        return None
