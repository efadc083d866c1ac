"""Check-ins due and overdue, for Today's check-in list (rows from tracker.queries.checkins)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QFont

from tracker.queries.checkins import Checkin
from tracker.rules import CHECKIN_OVERDUE
from ui.models.roles import ID_ROLE
from ui.models.sortable import SortableRowModel


def tr(text: str) -> str:
    return QCoreApplication.translate("CheckinModel", text)


def cadence_text(cadence: str, days: int | None) -> str:
    words = {"weekly": tr("Weekly"), "fortnightly": tr("Fortnightly"), "monthly": tr("Monthly"),
             "none": tr("No check-ins")}
    if cadence == "custom":
        return tr("Every {0} days").format(days or 0)
    return words.get(cadence, cadence)


class CheckinModel(SortableRowModel):
    """One row an account: when its check-in is due and since when it has been quiet."""

    ACCOUNT, OWNER, CADENCE, LAST, DUE, WHEN = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.as_of = date.today()
        self._headers = [tr("Account"), tr("Owner"), tr("Cadence"), tr("Last check-in"),
                         tr("Due"), tr("When")]
        self._link_font = QFont()
        self._link_font.setUnderline(True)

    def set_checkins(self, rows: Sequence[Checkin], as_of: date) -> None:
        self.as_of = as_of
        self.set_rows(rows)

    def headers(self) -> Sequence[str]:
        return self._headers

    def row_key(self, row: Checkin) -> int:
        return row.account_id

    def cell(self, row: Checkin, index: int, column: int, role: int) -> Any:
        if role == ID_ROLE:  # Today opens the account a row's id names
            return row.account_id
        return super().cell(row, index, column, role)

    def display(self, row: Checkin, column: int) -> str:
        if column == self.ACCOUNT:
            return row.account
        if column == self.OWNER:
            return row.owner
        if column == self.CADENCE:
            return cadence_text(row.cadence.cadence, row.cadence.days)
        if column == self.LAST:
            return row.last or tr("none yet")
        if column == self.DUE:
            return row.due.isoformat() if row.due else ""
        if column == self.WHEN:
            late = row.days_overdue(self.as_of)
            if row.state == CHECKIN_OVERDUE:
                return tr("1 day overdue") if late == 1 else tr("{0} days overdue").format(late)
            ahead = (row.due - self.as_of).days if row.due else 0
            return tr("Today") if ahead == 0 else tr("In {0} days").format(ahead)
        return ""

    def sort_value(self, row: Checkin, column: int) -> Any:
        if column in (self.DUE, self.WHEN):
            return row.due.isoformat() if row.due else None
        return self.display(row, column).lower() or None

    def extra(self, row: Checkin, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.WHEN and row.state == CHECKIN_OVERDUE:
                return self.colors.bad
            if column == self.ACCOUNT:
                return self.link_color
        if role == Qt.ItemDataRole.FontRole and column == self.ACCOUNT:
            return self._link_font
        if role == Qt.ItemDataRole.ToolTipRole and column == self.ACCOUNT:
            return tr("Open {0}").format(row.account)
        return None
