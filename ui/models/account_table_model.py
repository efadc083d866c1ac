"""The account list as a Qt table model, and the words its columns use.

Rows are frozen ``AccountRow`` values read by one query; sorting is the
:class:`~ui.models.sortable.SortableRowModel`'s. A painted cell is asked for seven roles
(font, alignment, colour, check state, decoration, text, background), about 1,800 calls
per repaint of the list, so a row's answers to those roles (translated labels, dates,
money, colours, the health dot) are made once per row read, as one tuple per role, and a
painted cell is a dictionary lookup and a tuple index. :meth:`AccountTableModel.extra`
stays the one place that decides them; tooltips, asked on hover only, are made per call.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from tracker.domain import STAGES
from tracker.queries.portfolio import (
    AccountRow,
)
from ui.display import format_date, format_money
from ui.models import labels
from ui.models.roles import ID_ROLE, ROW_ROLE, SORT_ROLE
from ui.models.sortable import SortableRowModel

Index = QModelIndex | QPersistentModelIndex

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
# Roles the delegate asks of every cell that this model never answers.
_NEVER = (int(Qt.ItemDataRole.BackgroundRole), int(Qt.ItemDataRole.CheckStateRole))
# The other roles the delegate asks of every cell, answered by extra() and kept per row.
_PAINTED = (_FONT, _ALIGNMENT, _FOREGROUND, _DECORATION)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def tr(text: str) -> str:
    return QCoreApplication.translate("AccountTableModel", text)


class AccountTableModel(SortableRowModel):
    NAME, SEGMENT, OWNER, STAGE, STATUS, PROGRESS, HEALTH, NEXT_DUE, MRR = range(9)
    RIGHT = frozenset({PROGRESS, HEALTH, MRR})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = [tr("Name"), tr("Segment"), tr("Owner"), tr("Stage"), tr("Status"),
                         tr("Progress"), tr("Health"), tr("Next due"), tr("MRR")]
        self._bold = QFont()
        self._bold.setBold(True)
        # row id -> (the row the answers were made from, painted role -> value per column)
        self._painted: dict[int, tuple[AccountRow, dict[int, tuple[Any, ...]]]] = {}

    def set_rows(self, rows: Sequence[AccountRow]) -> None:
        self._painted = {}
        super().set_rows(rows)

    def palette_changed(self) -> None:
        self._painted = {}  # the colours and dots are the palette's
        super().palette_changed()

    def painted(self, row: AccountRow) -> dict[int, tuple[Any, ...]]:
        """The row's answer per painted role, one value per column, made once per row read
        (a re-read row is a new object) from :meth:`display` and :meth:`extra`."""
        entry = self._painted.get(row.id)
        if entry is None or entry[0] is not row:
            columns = range(len(self._headers))
            roles: dict[int, tuple[Any, ...]] = {
                _DISPLAY: tuple(self.display(row, c) for c in columns)}
            for role in _PAINTED:
                roles[role] = tuple(self.extra(row, c, role) for c in columns)
            nothing = (None,) * len(columns)
            for role in _NEVER:
                roles[role] = nothing
            entry = self._painted[row.id] = (row, roles)
        return entry[1]

    def painted_at(self, at: int) -> dict[int, tuple[Any, ...]]:
        """:meth:`painted` for the row at ``at`` (the list's cell delegate reads it)."""
        return self.painted(self._rows[at])

    def texts(self, row: AccountRow) -> tuple[str, ...]:
        """The row's display text per column (made once per row read)."""
        return self.painted(row)[_DISPLAY]

    def cell(self, row: AccountRow, index: int, column: int, role: int) -> Any:
        values = self.painted(row).get(role)
        if values is not None:
            return values[column]
        if role == ID_ROLE:
            return row.id
        if role == SORT_ROLE:
            return self.sort_value(row, column)
        return self.extra(row, column, role)

    def cell_at(self, at: int, column: int, role: int) -> Any:
        """``data()`` for row ``at`` without a QModelIndex (the filter proxy's painted cells),
        :meth:`cell` inlined: it runs seven times per painted cell."""
        row = self._rows[at]
        entry = self._painted.get(row.id)
        values = (entry[1] if entry is not None and entry[0] is row else self.painted(row)).get(role)
        if values is not None:
            return values[column]
        if role == ROW_ROLE:
            return row
        return self.cell(row, at, column, role)

    def headers(self) -> Sequence[str]:
        return self._headers

    def display(self, row: AccountRow, column: int) -> str:
        if column == self.NAME:
            return row.name
        if column == self.SEGMENT:
            return row.segment
        if column == self.OWNER:
            return row.owner
        if column == self.STAGE:
            return labels.stage(row.stage)
        if column == self.STATUS:
            return labels.status(row.status)
        if column == self.PROGRESS:
            return "" if row.progress is None else tr("{0} %").format(round(row.progress))
        if column == self.HEALTH:
            return labels.no_health() if row.health is None else f"{row.health.score:.0f}"
        if column == self.NEXT_DUE:
            return format_date(row.next_due)
        if column == self.MRR:
            return format_money(row.mrr)  # as the Excel report and the CLI write money
        return ""

    def sort_value(self, row: AccountRow, column: int) -> Any:
        if column == self.NAME:
            return row.name.lower()
        if column == self.STAGE:
            return STAGES.index(row.stage) if row.stage in STAGES else len(STAGES)
        if column == self.PROGRESS:
            return row.progress
        if column == self.HEALTH:
            return None if row.health is None else row.health.score
        if column == self.NEXT_DUE:
            return row.next_due
        if column == self.MRR:
            return row.mrr
        return self.display(row, column).lower() or None

    def extra(self, row: AccountRow, column: int, role: int) -> Any:
        if role == _ALIGNMENT:
            return _RIGHT if column in self.RIGHT else None
        if role == _FOREGROUND:
            colors = self.colors
            if column == self.NEXT_DUE and row.late:
                return colors.bad
            if column == self.HEALTH and row.health is not None:
                return {"green": colors.good, "yellow": colors.warn}.get(row.health.band, colors.bad)
            if column == self.HEALTH:
                return colors.muted
            if column == self.STATUS and row.status in ("churned", "paused"):
                return colors.muted
            return None
        if role == _FONT:
            return self._bold if column == self.NEXT_DUE and row.late else None
        if role == _DECORATION:
            if column == self.HEALTH and row.health:
                return self.dots.get(row.health.band, self.dots["red"])
            return None
        if role == _TOOLTIP:
            return self._tooltip(row, column)
        return None

    def header_tip(self, section: int) -> str | None:
        return {
            self.PROGRESS: tr("Checklist progress: done tasks / (all tasks − skipped ones)"),
            self.HEALTH: tr("Health score 0 to 100, a weighted sum of factor scores; its band "
                            "(green, yellow, red) follows the limits in Preferences"),
            self.NEXT_DUE: tr("Earliest open task or milestone; bold red when it is already late"),
            self.MRR: tr("Monthly recurring revenue"),
        }.get(section)

    def _tooltip(self, row: AccountRow, column: int) -> str | None:
        if column == self.NAME and row.reasons:
            return tr("At risk: {0}").format("; ".join(labels.reason(c, row) for c in row.reasons))
        if column == self.NEXT_DUE and row.late:
            return tr("Has overdue tasks or milestones")
        if column == self.HEALTH and row.health is not None:
            return tr("Health score {0:.0f} of 100 ({1})").format(row.health.score,
                                                                  labels.band(row.health.band))
        if column == self.HEALTH:
            return labels.no_health_tip()
        if column == self.PROGRESS:
            return tr("Checklist progress: done / (all − skipped)")
        return None
