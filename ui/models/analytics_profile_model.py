"""Cluster profiles as a table the user edits before accepting: a name and a playbook per row.

The edits are pending choices, not database writes; accepting them is one undoable
command. Cells are formatted once per ``set_suggestion``; ``data()`` is a list lookup.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from tracker.analytics.profiles import ClusterProfile
from ui.models import labels
from ui.models.base import RIGHT, RowTableModel
from ui.models.roles import SORT_ROLE

Index = QModelIndex | QPersistentModelIndex
NAME, ACCOUNTS, SIZE, MRR, TECH, PRODUCTS, INDUSTRY, PLAYBOOK = range(8)


def tr(text: str) -> str:
    return QCoreApplication.translate("ClusterProfileModel", text)


class ClusterProfileModel(RowTableModel[ClusterProfile]):
    """Attributes:
        names, playbook_ids: the user's pending choices, one per cluster.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cells: list[list[str]] = []
        self._keys: list[list[Any]] = []
        self.names: list[str] = []
        self.playbook_ids: list[int | None] = []
        self._playbooks: dict[int, str] = {}
        self._headers = [tr("Segment name"), tr("Accounts"), tr("Employees"), tr("MRR"), tr("Tech"),
                         tr("Products"), tr("Top industry"), tr("Playbook")]
        self._header_tips = ["", tr("Accounts in the cluster and their share of all clustered accounts"),
                             tr("Median company size (employees)"), tr("Median monthly recurring revenue"),
                             tr("Mean technical proficiency, 1 to 5"), tr("Mean number of products bought"),
                             tr("The most common industry and its share of the cluster"),
                             tr("Playbook new accounts of this segment get by default")]

    def set_playbooks(self, playbooks: Sequence[tuple[int, str]]) -> None:
        self._playbooks = dict(playbooks)
        self.emit_column_changed(PLAYBOOK)

    def playbooks(self) -> list[tuple[int, str]]:
        return sorted(self._playbooks.items(), key=lambda p: p[1].lower())

    def set_profiles(self, profiles: Sequence[ClusterProfile]) -> None:
        loc = QLocale()
        self.beginResetModel()
        self._rows = list(profiles)
        self.names = [p.suggested_name for p in self._rows]
        self.playbook_ids = [None] * len(self._rows)
        self._cells, self._keys = [], []
        for p in self._rows:
            industry = tr("{0} ({1} %)").format(p.top_industry,
                                                loc.toString(round(100 * p.top_industry_share)))
            accounts = tr("{0} ({1} %)").format(loc.toString(p.accounts), loc.toString(round(100 * p.share)))
            self._cells.append(["", accounts,
                                labels.count(p.median_size), labels.money(p.median_mrr),
                                loc.toString(p.mean_tech, "f", 1), loc.toString(p.mean_products, "f", 1),
                                industry, ""])
            self._keys.append(["", p.accounts, p.median_size, p.median_mrr, p.mean_tech,
                               p.mean_products, p.top_industry.lower(), ""])
        self.endResetModel()

    def profiles(self) -> list[ClusterProfile]:
        return list(self._rows)

    def headers(self) -> Sequence[str]:
        return self._headers

    def header_tip(self, section: int) -> str | None:
        return self._header_tips[section] if 0 <= section < len(self._header_tips) else None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return super().headerData(section, orientation, role)

    def _playbook_name(self, row: int) -> str:
        pb = self.playbook_ids[row]
        return self._playbooks.get(pb, "") if pb is not None else tr("(none)")

    def cell(self, p: ClusterProfile, row: int, col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if col == NAME:
                return self.names[row]
            if col == PLAYBOOK:
                return self._playbook_name(row)
            return self._cells[row][col]
        if role == Qt.ItemDataRole.EditRole:
            if col == NAME:
                return self.names[row]
            if col == PLAYBOOK:
                return self.playbook_ids[row]
            return None
        if role == SORT_ROLE:
            if col == NAME:
                return self.names[row].lower()
            if col == PLAYBOOK:
                return self._playbook_name(row).lower()
            return self._keys[row][col]
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == NAME:
                return tr("Double-click to rename; a blank name skips this cluster.")
            loc = QLocale()
            return tr("{0}: median {1} employees and MRR {2}, tech {3} of 5, {4} products").format(
                self.names[row] or tr("Cluster {0}").format(row + 1), labels.count(p.median_size),
                labels.money(p.median_mrr), loc.toString(p.mean_tech, "f", 1),
                loc.toString(p.mean_products, "f", 1))
        if role == Qt.ItemDataRole.TextAlignmentRole and ACCOUNTS <= col <= PRODUCTS:
            return RIGHT
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row, col = index.row(), index.column()
        if col == NAME:
            self.names[row] = str(value or "").strip()
        elif col == PLAYBOOK:
            self.playbook_ids[row] = int(value) if value not in (None, "") else None
        else:
            return False
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() in (NAME, PLAYBOOK):
            base |= Qt.ItemFlag.ItemIsEditable
        return base
