"""Qt models of the Today screen: due/overdue work items and at-risk accounts.

Ticking a task's box does not write: the model hands the request to ``on_tick`` (the
view pushes an undoable command), and the list changes when the bus says it did.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from tracker.queries.portfolio import AccountRow, DueItem
from ui.display import format_date
from ui.models import labels
from ui.models.sortable import SortableRowModel

Index = QModelIndex | QPersistentModelIndex
TickHandler = Callable[[DueItem, bool], None]


def tr(text: str) -> str:
    return QCoreApplication.translate("TodayModels", text)


class DueItemModel(SortableRowModel):
    """Tasks and milestones with a due date; rows keyed by (kind, id)."""

    DONE, ACCOUNT, ITEM, STAGE, DUE, WHEN, STATUS = range(7)

    def __init__(self, parent: QObject | None = None, on_tick: TickHandler | None = None) -> None:
        super().__init__(parent)
        self.on_tick = on_tick
        self._headers = ["", tr("Account"), tr("Task or milestone"), tr("Stage"), tr("Due"),
                         tr("When"), tr("Status")]
        self._link_font = QFont()
        self._link_font.setUnderline(True)
        self._italic = QFont()
        self._italic.setItalic(True)

    def headers(self) -> Sequence[str]:
        return self._headers

    def row_key(self, row: DueItem) -> int:
        return self.key(row)

    @staticmethod
    def key(item: DueItem) -> int:
        """Tasks and milestones have separate id spaces; this key keeps them apart."""
        return item.id * 2 + (1 if item.kind == "milestone" else 0)

    def keys_of_accounts(self, account_ids: set[int]) -> list[int]:
        return [self.key(r) for r in self._rows if r.account_id in account_ids]

    def index_of(self, item: DueItem) -> int | None:
        return self._where.get(self.key(item))

    def display(self, row: DueItem, column: int) -> str:
        if column == self.ACCOUNT:
            return row.account_name
        if column == self.ITEM:
            return row.title if row.kind == "task" else tr("Milestone: {0}").format(row.title)
        if column == self.STAGE:
            return labels.stage(row.stage) if row.stage else ""
        if column == self.DUE:
            return format_date(row.due_date)
        if column == self.WHEN:
            return when_label(row.days_late)
        if column == self.STATUS:
            return labels.status(row.status)
        return ""

    def sort_value(self, row: DueItem, column: int) -> Any:
        if column == self.DONE:
            return row.kind
        if column in (self.DUE, self.WHEN):
            return row.due_date
        if column == self.ACCOUNT:  # grouped by account, each account's work by due date
            return (row.account_name.lower(), row.account_id, row.due_date)
        return self.display(row, column).lower() or None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == self.DONE and self._rows[index.row()].kind == "task":
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def extra(self, row: DueItem, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole and column == self.DONE and row.kind == "task":
            return Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.WHEN:
                return self.colors.bad if row.days_late > 0 else None
            if column == self.ACCOUNT:
                return self.link_color
        if role == Qt.ItemDataRole.FontRole:
            if column == self.ACCOUNT:
                return self._link_font
            if column == self.ITEM and row.kind == "milestone":
                return self._italic
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.ACCOUNT:
                return tr("Open {0}").format(row.account_name)
            if column == self.DONE and row.kind == "task":
                return tr("Mark this task done")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (not index.isValid() or role != Qt.ItemDataRole.CheckStateRole
                or index.column() != self.DONE):
            return False
        row: DueItem = self._rows[index.row()]
        if row.kind != "task" or self.on_tick is None:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        self.on_tick(row, checked)
        return True


def when_label(days_late: int) -> str:
    if days_late > 1:
        return tr("{0} days late").format(days_late)
    if days_late == 1:
        return tr("1 day late")
    if days_late == 0:
        return tr("Today")
    if days_late == -1:
        return tr("Tomorrow")
    return tr("In {0} days").format(-days_late)


class AtRiskModel(SortableRowModel):
    """Accounts on the at-risk list with the reasons, worded for the user."""

    ACCOUNT, OWNER, STAGE, HEALTH, REASON = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = [tr("Account"), tr("Owner"), tr("Stage"), tr("Health"), tr("Why")]
        self._link_font = QFont()
        self._link_font.setUnderline(True)

    def headers(self) -> Sequence[str]:
        return self._headers

    def display(self, row: AccountRow, column: int) -> str:
        if column == self.ACCOUNT:
            return row.name
        if column == self.OWNER:
            return row.owner
        if column == self.STAGE:
            return f"{labels.stage(row.stage)} · {labels.status(row.status)}"
        if column == self.HEALTH:
            return labels.no_health() if row.health is None else f"{row.health.score:.0f}"
        if column == self.REASON:
            return "; ".join(labels.reason(code, row) for code in row.reasons)
        return ""

    def sort_value(self, row: AccountRow, column: int) -> Any:
        if column == self.HEALTH:
            return None if row.health is None else row.health.score
        if column == self.REASON:
            return (-len(row.reasons), self.display(row, column))
        return self.display(row, column).lower() or None

    def extra(self, row: AccountRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.ACCOUNT:
                return self.link_color
            if column == self.HEALTH and row.health is not None:
                colors = self.colors
                return {"green": colors.good, "yellow": colors.warn}.get(row.health.band, colors.bad)
            if column == self.HEALTH:
                return self.colors.muted
        if role == Qt.ItemDataRole.FontRole and column == self.ACCOUNT:
            return self._link_font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.HEALTH:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.ACCOUNT:
                return tr("Open {0}").format(row.name)
            if column == self.HEALTH and row.health is not None:
                return tr("Health score {0:.0f} of 100 ({1})").format(row.health.score,
                                                                      labels.band(row.health.band))
            if column == self.HEALTH:
                return labels.no_health_tip()
        return None
