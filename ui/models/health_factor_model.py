"""An account's health explanation, one row per factor (what, raw value, sub-score, weight)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QPalette

from ui.models.base import RIGHT, RowTableModel
from ui.models.roles import FACTOR_ROLE
from ui.plurals import ntr
from ui.theme import status_colors

if TYPE_CHECKING:  # the health engine needs NumPy: the window paints before it loads
    from tracker.kpi.health import HealthFactor

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
    if factor.factor in ("open_cases", "case_volume"):
        return ntr("HealthFactorModel", "%Ln case(s)", round(factor.raw))
    if factor.factor == "trial":
        return tr("{0} d since trial start").format(loc.toString(factor.raw, "f", 0))
    if factor.factor == "first_value":
        if factor.sub_score == 0:
            return tr("{0} d, no first value").format(loc.toString(factor.raw, "f", 0))
        return tr("{0} d").format(loc.toString(factor.raw, "f", 0))
    if factor.factor == "checkins":
        if factor.raw == 0:
            return tr("on cadence")
        return tr("{0} d overdue").format(loc.toString(factor.raw, "f", 0))
    return tr("{0} d").format(loc.toString(factor.raw, "f", 0))


class HealthFactorModel(RowTableModel["HealthFactor"]):
    FACTOR, RAW, SUB, WEIGHT, CONTRIBUTION = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = [tr("Factor"), tr("Value"), tr("Sub-score"), tr("Weight"), tr("Points")]
        self._tips = [None, tr("The measured value behind the factor"), tr("0 to 100"),
                      tr("Your weight; in brackets the weight used after spreading the weight "
                         "of factors without data"),
                      tr("Sub-score x used weight / 100; the points add up to the score")]

    def headers(self) -> Sequence[str]:
        return self._headers

    def header_tip(self, section: int) -> str | None:
        return self._tips[section] if 0 <= section < len(self._tips) else None

    def cell(self, f: HealthFactor, index: int, col: int, role: int) -> Any:
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
            return RIGHT
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
