"""The account list as a Qt table model, plus the sortable row-model base it shares.

Rows are frozen ``AccountRow`` values read by one query; ``data()`` is a list lookup and
a branch on the column. Sorting happens here, on precomputed keys in one Python sort,
instead of in QSortFilterProxyModel, whose C++ comparisons would call back into Python
``data()`` about n·log n times (hundreds of milliseconds at 5,000 rows).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QGuiApplication, QIcon, QPainter, QPalette, QPixmap

from tracker.domain import STAGES
from tracker.queries.portfolio import (
    REASON_HEALTH_RED,
    REASON_NO_FIRST_VALUE,
    REASON_OFF_TRACK,
    AccountRow,
)
from ui.models.roles import ID_ROLE, ROW_ROLE, SORT_ROLE
from ui.theme import StatusColors, status_colors

Index = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    return QCoreApplication.translate("AccountTableModel", text)


def stage_label(stage: str) -> str:
    return QCoreApplication.translate("stage", stage)


def status_label(status: str) -> str:
    labels = {
        "onboarding": QCoreApplication.translate("status", "Onboarding"),
        "live": QCoreApplication.translate("status", "Live"),
        "paused": QCoreApplication.translate("status", "Paused"),
        "churned": QCoreApplication.translate("status", "Churned"),
        "todo": QCoreApplication.translate("status", "To do"),
        "in_progress": QCoreApplication.translate("status", "In progress"),
        "done": QCoreApplication.translate("status", "Done"),
        "blocked": QCoreApplication.translate("status", "Blocked"),
        "skipped": QCoreApplication.translate("status", "Skipped"),
        "open": QCoreApplication.translate("status", "Open"),
    }
    return labels.get(status, status)


def band_dots(colors: StatusColors, size: int = 10) -> dict[str, QIcon]:
    """Small round markers for health bands (a colour swatch would fill the whole cell)."""
    dots = {}
    for band, colour in (("green", colors.good), ("yellow", colors.warn), ("red", colors.bad)):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(0, 0, size, size)
        painter.end()
        dots[band] = QIcon(pixmap)
    return dots


def band_label(band: str) -> str:
    return {
        "green": QCoreApplication.translate("band", "Green"),
        "yellow": QCoreApplication.translate("band", "Yellow"),
        "red": QCoreApplication.translate("band", "Red"),
    }.get(band, band)


def reason_label(code: str, row: AccountRow | None = None) -> str:
    if code == REASON_HEALTH_RED:
        if row is not None and row.health is not None:
            return QCoreApplication.translate("reason", "Health {0:.0f} (Red)").format(row.health.score)
        return QCoreApplication.translate("reason", "Health red")
    if code == REASON_OFF_TRACK:
        return QCoreApplication.translate("reason", "Tasks off track (over 60 % overdue)")
    if code == REASON_NO_FIRST_VALUE:
        days = row.days_since_signed if row is not None else None
        if days is not None:
            return QCoreApplication.translate("reason", "No first value after {0} days").format(days)
        return QCoreApplication.translate("reason", "No first value after 90 days")
    return code


class SortableRowModel(QAbstractTableModel):
    """A table of immutable rows with an ``id``; subclasses describe the columns.

    Subclasses set ``columns`` (titles) and implement ``display(row, column)`` and
    ``sort_value(row, column)``. ``set_rows`` resets and keeps the current sort order;
    ``replace_rows`` updates a few rows in place (one account after a tick).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._where: dict[int, int] = {}
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._ncols = -1
        self.colors = status_colors()
        self.link_color = QGuiApplication.palette().color(QPalette.ColorRole.Link)
        self.dots = band_dots(self.colors)

    def palette_changed(self) -> None:
        """Re-pick state colours for the new background (views call this on PaletteChange)."""
        self.colors = status_colors()
        self.link_color = QGuiApplication.palette().color(QPalette.ColorRole.Link)
        self.dots = band_dots(self.colors)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, self.columnCount() - 1))

    # -- subclass hooks -------------------------------------------------------------------
    def headers(self) -> Sequence[str]:
        raise NotImplementedError

    def display(self, row: Any, column: int) -> str:
        raise NotImplementedError

    def sort_value(self, row: Any, column: int) -> Any:
        return self.display(row, column)

    def extra(self, row: Any, column: int, role: int) -> Any:
        """Roles other than display, sort and row (colours, fonts, tooltips)."""
        return None

    def header_tip(self, section: int) -> str | None:
        """How a column's number is computed (DESIGN.md: show the formula to the user)."""
        return None

    # -- rows -----------------------------------------------------------------------------
    @property
    def rows(self) -> list[Any]:
        return self._rows

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def row_of(self, key: int) -> int | None:
        return self._where.get(key)

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if self._sort_column >= 0:
            self._rows = self._sorted(self._rows, self._sort_column, self._sort_order)
        self._reindex()
        self.endResetModel()

    def replace_rows(self, rows: Sequence[Any], removed: Sequence[int] = ()) -> None:
        """Update rows that exist, add new ones, drop ``removed`` keys; no reset.

        New rows go where the current sort order puts them (a layout change, not a reset).
        """
        for key in removed:
            at = self._where.get(key)
            if at is not None:
                self.beginRemoveRows(QModelIndex(), at, at)
                del self._rows[at]
                self._reindex()
                self.endRemoveRows()
        last = self.columnCount() - 1
        added = False
        for row in rows:
            at = self._where.get(self.row_key(row))
            if at is None:
                end = len(self._rows)
                self.beginInsertRows(QModelIndex(), end, end)
                self._rows.append(row)
                self._where[self.row_key(row)] = end
                self.endInsertRows()
                added = True
            elif row != self._rows[at]:
                self._rows[at] = row
                self.dataChanged.emit(self.index(at, 0), self.index(at, last))
        if added and self._sort_column >= 0:
            self.sort(self._sort_column, self._sort_order)

    def row_key(self, row: Any) -> int:
        """What identifies a row across re-reads (its id unless a subclass says otherwise)."""
        return int(row.id)

    def _reindex(self) -> None:
        self._where = {self.row_key(r): i for i, r in enumerate(self._rows)}

    # -- Qt API ---------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        # Called thousands of times per paint: a cached number, not len(self.headers()).
        count = self._ncols
        if count < 0:
            count = self._ncols = len(self.headers())
        return 0 if parent.isValid() else count

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            headers = self.headers()
            if 0 <= section < len(headers):
                return headers[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return self.header_tip(section)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, index.column())
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return row.id
        if role == SORT_ROLE:
            return self.sort_value(row, index.column())
        return self.extra(row, index.column(), role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column, self._sort_order = column, order
        if column < 0 or not self._rows:
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_ids = [self.row_key(self._rows[i.row()]) for i in old]
        self._rows = self._sorted(self._rows, column, order)
        self._reindex()
        self.changePersistentIndexList(
            old, [self.index(self._where[rid], i.column()) for rid, i in zip(old_ids, old, strict=True)]
        )
        self.layoutChanged.emit()

    def _sorted(self, rows: list[Any], column: int, order: Qt.SortOrder) -> list[Any]:
        """Stable sort on the column's raw value; blanks go last in either direction."""
        key: Callable[[Any], Any] = lambda r: self.sort_value(r, column)  # noqa: E731
        keyed = [(key(r), r) for r in rows]
        present = [kr for kr in keyed if kr[0] is not None]
        blank = [kr[1] for kr in keyed if kr[0] is None]
        present.sort(key=lambda kr: kr[0], reverse=order == Qt.SortOrder.DescendingOrder)
        return [kr[1] for kr in present] + blank


class AccountTableModel(SortableRowModel):
    NAME, SEGMENT, OWNER, STAGE, STATUS, PROGRESS, HEALTH, NEXT_DUE, MRR = range(9)
    RIGHT = frozenset({PROGRESS, HEALTH, MRR})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = [tr("Name"), tr("Segment"), tr("Owner"), tr("Stage"), tr("Status"),
                         tr("Progress"), tr("Health"), tr("Next due"), tr("MRR")]
        self._bold = QFont()
        self._bold.setBold(True)

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
            return stage_label(row.stage)
        if column == self.STATUS:
            return status_label(row.status)
        if column == self.PROGRESS:
            return "" if row.progress is None else tr("{0} %").format(round(row.progress))
        if column == self.HEALTH:
            return "" if row.health is None else f"{row.health.score:.0f}"
        if column == self.NEXT_DUE:
            return row.next_due or ""
        if column == self.MRR:
            return f"${row.mrr:,.0f}"  # as the Excel report and the CLI write money
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
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in self.RIGHT:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            colors = self.colors
            if column == self.NEXT_DUE and row.late:
                return colors.bad
            if column == self.HEALTH and row.health is not None:
                return {"green": colors.good, "yellow": colors.warn}.get(row.health.band, colors.bad)
            if column == self.STATUS and row.status in ("churned", "paused"):
                return colors.muted
            return None
        if role == Qt.ItemDataRole.FontRole and column == self.NEXT_DUE and row.late:
            return self._bold
        if role == Qt.ItemDataRole.DecorationRole and column == self.HEALTH and row.health:
            return self.dots.get(row.health.band, self.dots["red"])
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return None

    def header_tip(self, section: int) -> str | None:
        return {
            self.PROGRESS: tr("Checklist progress: done tasks / (all tasks − skipped ones)"),
            self.HEALTH: tr("Health score 0 to 100, a weighted sum of factor scores; Green ≥ 70, "
                            "Yellow 40 to 69, Red < 40"),
            self.NEXT_DUE: tr("Earliest open task or milestone; bold red when it is already late"),
            self.MRR: tr("Monthly recurring revenue"),
        }.get(section)

    def _tooltip(self, row: AccountRow, column: int) -> str | None:
        if column == self.NAME and row.reasons:
            return tr("At risk: {0}").format("; ".join(reason_label(c, row) for c in row.reasons))
        if column == self.NEXT_DUE and row.late:
            return tr("Has overdue tasks or milestones")
        if column == self.HEALTH and row.health is not None:
            return tr("Health score {0:.0f} of 100 ({1})").format(row.health.score,
                                                                  band_label(row.health.band))
        if column == self.PROGRESS:
            return tr("Checklist progress: done / (all − skipped)")
        return None
