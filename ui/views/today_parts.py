"""Pieces of the Today screen: a titled section, the proxy that shows one owner's work, the
sections' column widths, and the overdue count the status bar shares."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from tracker.queries.checkins import Checkin
from tracker.queries.portfolio import AccountRow, DueItem
from ui.models import labels
from ui.models.account_filter_proxy import SourceSortingProxy
from ui.models.checkin_model import CheckinModel
from ui.models.roles import ROW_ROLE
from ui.models.sortable import SortableRowModel
from ui.models.today_models import AtRiskModel, DueItemModel
from ui.theme import check_indicator_style

Index = QModelIndex | QPersistentModelIndex


def overdue_text(tasks: int, milestones: int) -> str:
    """"49 overdue (43 tasks, 6 milestones)": Today and the status bar count the same things."""
    locale = QLocale()
    return QCoreApplication.translate("TodayView", "{0} overdue ({1} tasks, {2} milestones)").format(
        locale.toString(tasks + milestones), locale.toString(tasks), locale.toString(milestones))


def overdue_counts(items: Iterable[DueItem]) -> tuple[int, int]:
    """Overdue (tasks, milestones) among ``items``."""
    kinds = Counter(item.kind for item in items if item.days_late > 0)
    return kinds["task"], kinds["milestone"]


def owner_of(row: object) -> str:
    """Whose work a Today row is: the account's owner, for tasks, milestones and accounts."""
    if isinstance(row, DueItem):
        return row.account_owner
    if isinstance(row, AccountRow | Checkin):
        return row.owner
    return ""


class OwnerProxy(SourceSortingProxy):
    """Rows of one owner's accounts (``None``: everyone's); one string compare per row."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.owner: str | None = None

    def set_owner(self, owner: str | None) -> None:
        self.beginFilterChange()
        self.owner = owner or None
        self.endFilterChange(SourceSortingProxy.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self.owner is None:
            return True
        model = self.sourceModel()
        assert isinstance(model, SortableRowModel)
        return owner_of(model.row_at(source_row)) == self.owner


class Section(QWidget):
    """A titled table; the title carries the count of the rows shown."""

    def __init__(self, title: str, model: SortableRowModel, sort_column: int = -1,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.model = model
        self.proxy = OwnerProxy(self)
        self.proxy.setSourceModel(model)
        self.label = QLabel()
        font = QFont(self.label.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.label.setFont(font)
        self.empty = QLabel()
        self.empty.setEnabled(False)
        self._empty_text: str | None = None  # the sentence a "Loading…" text stands in for
        self.table = QTableView()
        self.table.setModel(self.proxy)
        # The query's order stands until the user clicks a header (-1 keeps it as read).
        self.table.horizontalHeader().setSortIndicator(sort_column, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Shift/Ctrl-click and Ctrl+A: tick, reschedule or bulk-edit many rows at once.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.setMinimumHeight(self.table.verticalHeader().defaultSectionSize() * 2 + 8)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        for signal in (self.proxy.modelReset, self.proxy.rowsInserted, self.proxy.rowsRemoved,
                       self.proxy.layoutChanged):
            signal.connect(self.update_title)

    def shown_rows(self) -> list[object]:
        """The rows shown, in the order shown."""
        return [self.proxy.index(r, 0).data(ROW_ROLE)
                for r in range(self.proxy.rowCount())]

    def rows_shown(self) -> list[object]:
        """The rows shown, in the model's order: for counting, without a call per cell."""
        owner = self.proxy.owner
        rows = self.model.rows()
        return list(rows) if owner is None else [r for r in rows if owner_of(r) == owner]

    def set_loading(self, text: str | None) -> None:
        """Show ``text`` ("Loading…") in place of the empty-list sentence until rows arrive;
        ``None`` puts the sentence back."""
        if text is not None:
            if self._empty_text is None:
                self._empty_text = self.empty.text()
            self.empty.setText(text)
        elif self._empty_text is not None:
            self.empty.setText(self._empty_text)
            self._empty_text = None
        self.update_title()

    @property
    def loading(self) -> bool:
        """Waiting for its first rows (rows already shown stay while a re-read runs)."""
        return self._empty_text is not None and self.model.rowCount() == 0

    def update_title(self) -> None:
        """The title with the count shown; "…" for a count not known yet (never a false 0)."""
        count = self.proxy.rowCount()
        self.label.setText(self.title.format("…" if self.loading else QLocale().toString(count)))
        self.empty.setVisible(count == 0)


def _fit(table: QTableView, column: int, width: int) -> None:
    """``width``, or more where the column's own title needs it: "Daftar masuk terakhir" is
    wider than the 100 px "Last check-in" takes, and a header clips both ends of a centred
    title it cannot fit."""
    header = table.horizontalHeader()
    model = table.model()
    title = str(model.headerData(column, Qt.Orientation.Horizontal) or "") if model is not None else ""
    header.resizeSection(column, max(width, header.fontMetrics().horizontalAdvance(title) + 24))


def setup_columns(overdue: Section, due_soon: Section, at_risk: Section, checkins: Section) -> None:
    """Today's column widths: the panes above wide, the at-risk list and the check-ins
    narrower (they share the bottom pane)."""
    for section in (overdue, due_soon):
        section.table.setStyleSheet(check_indicator_style())
        header = section.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        widths = {DueItemModel.DONE: 32, DueItemModel.ACCOUNT: 230, DueItemModel.STAGE: 90,
                  DueItemModel.DUE: 100, DueItemModel.WHEN: 110, DueItemModel.STATUS: 100}
        for column, width in widths.items():
            header.resizeSection(column, width)
        header.setSectionResizeMode(DueItemModel.DONE, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(DueItemModel.ITEM, QHeaderView.ResizeMode.Stretch)
    header = at_risk.table.horizontalHeader()
    # The at-risk list shares its pane with the check-ins: narrower columns than the
    # panes above, so the health score and the reasons stay in view at 1366 px.
    for column, width in {AtRiskModel.ACCOUNT: 170, AtRiskModel.OWNER: 110,
                          AtRiskModel.STAGE: 130,
                          # room for "Not enough data yet", the score's stand-in
                          AtRiskModel.HEALTH: max(70, at_risk.table.fontMetrics()
                                                  .horizontalAdvance(labels.no_health()) + 16),
                          }.items():
        header.resizeSection(column, width)
    header.setSectionResizeMode(AtRiskModel.REASON, QHeaderView.ResizeMode.Stretch)

    header = checkins.table.horizontalHeader()
    for column, width in {CheckinModel.ACCOUNT: 150, CheckinModel.OWNER: 100,
                          CheckinModel.CADENCE: 90, CheckinModel.LAST: 100,
                          CheckinModel.DUE: 90}.items():
        _fit(checkins.table, column, width)
    header.setSectionResizeMode(CheckinModel.WHEN, QHeaderView.ResizeMode.Stretch)
