"""Search results as a flat list: a heading row per kind, then that kind's hits.

Headings are rows that cannot be selected, so arrow keys step over them and a view needs
no item widgets; each hit keeps its frozen :class:`SearchHit` under ``ROW_ROLE``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from tracker.queries.search import ACCOUNT, CONTACT, FEEDBACK, NOTE, TASK, SearchHit
from ui.models.roles import ROW_ROLE

Index = QModelIndex | QPersistentModelIndex


def kind_heading(kind: str) -> str:
    words = {
        ACCOUNT: QCoreApplication.translate("SearchModel", "Accounts"),
        CONTACT: QCoreApplication.translate("SearchModel", "Contacts"),
        TASK: QCoreApplication.translate("SearchModel", "Tasks"),
        NOTE: QCoreApplication.translate("SearchModel", "Notes"),
        FEEDBACK: QCoreApplication.translate("SearchModel", "Feedback comments"),
    }
    return words.get(kind, kind)


class SearchResultModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[SearchHit | str] = []  # a str is a kind heading
        self._texts: list[str] = []
        self._tips: list[str] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_hits(self, hits: Sequence[SearchHit]) -> None:
        self.beginResetModel()
        rows: list[SearchHit | str] = []
        for hit in hits:
            if not rows or (isinstance(rows[-1], SearchHit) and rows[-1].kind != hit.kind):
                rows.append(hit.kind)
            rows.append(hit)
        self._rows = rows
        self._texts = [self._text(r) for r in rows]
        self._tips = [r.detail if isinstance(r, SearchHit) else "" for r in rows]
        self.endResetModel()

    def _text(self, row: SearchHit | str) -> str:
        if isinstance(row, str):
            return kind_heading(row)
        detail = " ".join(row.detail.split())
        if row.kind == ACCOUNT:
            return f"{row.title}   {detail}".rstrip()
        place = f"{row.title} — {row.account_name}"
        return f"{place}   {detail}" if detail else place

    def hit(self, row: int) -> SearchHit | None:
        value = self._rows[row] if 0 <= row < len(self._rows) else None
        return value if isinstance(value, SearchHit) else None

    def first_hit_row(self) -> int:
        return next((i for i, r in enumerate(self._rows) if isinstance(r, SearchHit)), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if isinstance(self._rows[index.row()], str):
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = index.row()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[row]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tips[row] or None
        if role == Qt.ItemDataRole.FontRole and isinstance(self._rows[row], str):
            return self._bold
        if role == ROW_ROLE:
            return self._rows[row]
        return None
