"""The morning screen: what is overdue, what is due this week, which accounts are at risk.

Each row is one click from its account (the account column reads like a link), and a
task can be ticked done right here through an undoable command.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QItemSelection,
    QLocale,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tracker.changes import ChangeSet
from tracker.queries.checkins import due_checkins
from tracker.queries.portfolio import AccountRow, DueItem, account_rows, at_risk_rows, due_items, today_data
from ui.commands.tasks import SetTaskStatus
from ui.context import AppContext
from ui.models.account_filter_proxy import SourceSortingProxy
from ui.models.checkin_model import CheckinModel
from ui.models.roles import ID_ROLE, ROW_ROLE
from ui.models.sortable import SortableRowModel
from ui.models.today_models import AtRiskModel, DueItemModel
from ui.portfolio import concerns_accounts, shared_portfolio
from ui.settings import AppSettings
from ui.theme import check_indicator_style


def overdue_text(tasks: int, milestones: int) -> str:
    """"49 overdue (43 tasks, 6 milestones)": Today and the status bar count the same things."""
    locale = QLocale()
    return QCoreApplication.translate("TodayView", "{0} overdue ({1} tasks, {2} milestones)").format(
        locale.toString(tasks + milestones), locale.toString(tasks), locale.toString(milestones))


def overdue_counts(items: Iterable[DueItem]) -> tuple[int, int]:
    """Overdue (tasks, milestones) among ``items``."""
    kinds = Counter(item.kind for item in items if item.days_late > 0)
    return kinds["task"], kinds["milestone"]


class _Section(QWidget):
    """A titled table; the title carries the row count."""

    def __init__(self, title: str, model: SortableRowModel, sort_column: int = -1,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.model = model
        self.proxy = SourceSortingProxy(self)
        self.proxy.setSourceModel(model)
        self.label = QLabel()
        font = QFont(self.label.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.label.setFont(font)
        self.empty = QLabel()
        self.empty.setEnabled(False)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        # The query's order stands until the user clicks a header (-1 keeps it as read).
        self.table.horizontalHeader().setSortIndicator(sort_column, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.setMinimumHeight(self.table.verticalHeader().defaultSectionSize() * 2 + 8)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        model.modelReset.connect(self.update_title)
        model.rowsInserted.connect(self.update_title)
        model.rowsRemoved.connect(self.update_title)

    def update_title(self) -> None:
        count = self.model.rowCount()
        self.label.setText(self.title.format(QLocale().toString(count)))
        self.empty.setVisible(count == 0)


class TodayView(QWidget):
    """Signals:
        selection_changed(): the selected row, hence the current account, changed.

    Attributes:
        overdue, due_soon, at_risk: the three sections (tests click into their tables).
    """

    selection_changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.overdue_model = DueItemModel(self, on_tick=self._on_tick)
        self.soon_model = DueItemModel(self, on_tick=self._on_tick)
        self.risk_model = AtRiskModel(self)
        self.overdue = _Section(self.tr("Overdue ({0})"), self.overdue_model, DueItemModel.DUE)
        self.overdue.empty.setText(self.tr("Nothing overdue. Well done."))
        self.due_soon = _Section(self.tr("Due in the next 7 days ({0})"), self.soon_model,
                                 DueItemModel.DUE)
        self.due_soon.empty.setText(self.tr("Nothing due this week."))
        self.at_risk = _Section(self.tr("Accounts at risk ({0})"), self.risk_model)
        self.at_risk.empty.setText(self.tr("No account is at risk."))
        self.at_risk.table.setToolTip(self.tr(
            "At risk: health score red (below 40), tasks off track (over 60 % of the tasks due "
            "so far are overdue), or no first value more than 90 days after signing."))
        self.checkin_model = CheckinModel(self)
        self.checkins = _Section(self.tr("Check-ins due ({0})"), self.checkin_model, CheckinModel.DUE)
        self.checkins.empty.setText(self.tr("Every account has had its call or meeting."))
        self.checkins.table.setToolTip(self.tr(
            "A check-in is a call or a meeting; the next one is due one cadence after the last one "
            "(weekly, fortnightly, monthly or custom, set per account or per segment)."))
        self.heading = QLabel()
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.heading.setFont(font)
        self.summary = QLabel()
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        # Check-ins share the bottom pane with the at-risk accounts: both are "who needs a word
        # from us", and the window's three panes (and their remembered sizes) stay as they were.
        self.bottom = QSplitter(Qt.Orientation.Horizontal)
        self.bottom.setChildrenCollapsible(False)
        for section in self._sections():
            if section is self.at_risk or section is self.checkins:
                self.bottom.addWidget(section)
            else:
                self.splitter.addWidget(section)
            section.table.clicked.connect(self._on_table_clicked)
            section.table.activated.connect(self._on_table_activated)
            section.table.selectionModel().selectionChanged.connect(
                lambda selected, _old, s=section: self._on_selection_changed(s, selected))
        self.splitter.addWidget(self.bottom)
        self.splitter.setSizes([330, 220, 170])
        self._setup_columns()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.splitter, 1)
        self._dirty: set[int] = set()
        self.loader = shared_portfolio(ctx)
        self.loader.loaded.connect(self._on_loader_loaded)
        self._stale = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)
        ctx.bus.changed.connect(self._on_bus_changed)

    def _setup_columns(self) -> None:
        for section in (self.overdue, self.due_soon):
            section.table.setStyleSheet(check_indicator_style())
            header = section.table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            widths = {DueItemModel.DONE: 32, DueItemModel.ACCOUNT: 230, DueItemModel.STAGE: 90,
                      DueItemModel.DUE: 100, DueItemModel.WHEN: 110, DueItemModel.STATUS: 100}
            for column, width in widths.items():
                header.resizeSection(column, width)
            header.setSectionResizeMode(DueItemModel.DONE, QHeaderView.ResizeMode.Fixed)
            header.setSectionResizeMode(DueItemModel.ITEM, QHeaderView.ResizeMode.Stretch)
        header = self.at_risk.table.horizontalHeader()
        for column, width in {AtRiskModel.ACCOUNT: 230, AtRiskModel.OWNER: 130,
                              AtRiskModel.STAGE: 150, AtRiskModel.HEALTH: 70}.items():
            header.resizeSection(column, width)
        header.setSectionResizeMode(AtRiskModel.REASON, QHeaderView.ResizeMode.Stretch)

        header = self.checkins.table.horizontalHeader()
        for column, width in {CheckinModel.ACCOUNT: 230, CheckinModel.OWNER: 130,
                              CheckinModel.CADENCE: 110, CheckinModel.LAST: 150,
                              CheckinModel.DUE: 100}.items():
            header.resizeSection(column, width)
        header.setSectionResizeMode(CheckinModel.WHEN, QHeaderView.ResizeMode.Stretch)

    def _sections(self) -> tuple[_Section, ...]:
        return (self.overdue, self.due_soon, self.at_risk, self.checkins)

    # -- data -----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Everything after a broad change; only the named accounts after a tick or an edit."""
        today = self.ctx.today()
        dirty, self._dirty, stale, self._stale = self._dirty, set(), self._stale, False
        if stale:
            # The due lists are one quick query; the at-risk list needs every account's
            # health, which the loader reads off the UI thread.
            data = today_data(self.ctx.db, today, rows=[])
            self.overdue_model.set_rows(data.overdue)
            self.soon_model.set_rows(data.due_soon)
            self.loader.load()
        elif dirty:
            items = due_items(self.ctx.db, today, account_ids=sorted(dirty))
            for model, part in ((self.overdue_model, [i for i in items if i.days_late > 0]),
                                (self.soon_model, [i for i in items if i.days_late <= 0])):
                keep = {model.key(i) for i in part}
                model.replace_rows(part, removed=[k for k in model.keys_of_accounts(dirty)
                                                  if k not in keep])
            rows = account_rows(self.ctx.db, today, sorted(dirty))
            kept = {r.id for r in rows if r.at_risk}
            self.risk_model.replace_rows([r for r in rows if r.at_risk],
                                         removed=[i for i in dirty if i not in kept])
        if stale or dirty:  # one grouped read of the whole portfolio: a few ms at 5,000 accounts
            self.checkin_model.set_checkins(due_checkins(self.ctx.db, today), today)
        self._update_heading(today)

    def _on_loader_loaded(self, rows: list[AccountRow]) -> None:
        self.risk_model.set_rows(at_risk_rows(rows))
        self._update_heading(self.ctx.today())

    def _update_heading(self, today: date) -> None:
        locale = QLocale()
        self.heading.setText(self.tr("Today, {0}").format(
            locale.toString(QDate(today.year, today.month, today.day), QLocale.FormatType.LongFormat)))
        overdue = (self.overdue_model.row_at(i) for i in range(self.overdue_model.rowCount()))
        self.summary.setText(self.tr("{0} · Due in the next 7 days: {1} · Accounts at risk: {2}").format(
            overdue_text(*overdue_counts(overdue)), locale.toString(self.soon_model.rowCount()),
            locale.toString(self.risk_model.rowCount())))
        for section in self._sections():
            section.update_title()

    def _on_bus_changed(self, change: ChangeSet, initiator: object) -> None:
        if not concerns_accounts(change):
            return
        if change.all_accounts or change.segments:
            self._stale = True
        else:
            self._dirty |= change.account_ids
            if len(self._dirty) > 50:  # cheaper to read everything again
                self._stale = True
        if self.isVisible():
            self._timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale or self._dirty:
            self.refresh()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            for model in (self.overdue_model, self.soon_model, self.risk_model, self.checkin_model):
                model.palette_changed()
            for section in (self.overdue, self.due_soon):
                section.table.setStyleSheet(check_indicator_style())
        super().changeEvent(event)

    # -- interaction ----------------------------------------------------------------------
    def _on_tick(self, item: DueItem, checked: bool) -> None:
        status = "done" if checked else "todo"
        self.ctx.undo_stack.push(SetTaskStatus(self.ctx, item.id, status, initiator=self,
                                               title=item.title, current=item.status))

    def _account_of(self, index: QModelIndex) -> int | None:
        row = index.data(ROW_ROLE)
        if isinstance(row, DueItem):
            return row.account_id
        value = index.data(ID_ROLE)
        return int(value) if value is not None else None

    def _on_table_clicked(self, index: QModelIndex) -> None:
        """One click on the account name opens the account."""
        if index.isValid() and index.column() == (
            DueItemModel.ACCOUNT if isinstance(index.data(ROW_ROLE), DueItem) else AtRiskModel.ACCOUNT
        ):
            self._open(index)

    def _on_table_activated(self, index: QModelIndex) -> None:
        self._open(index)

    def _open(self, index: QModelIndex) -> None:
        account_id = self._account_of(index)
        if account_id is not None:
            self.ctx.navigator.account_requested.emit(account_id)

    def _on_selection_changed(self, section: _Section, selected: QItemSelection) -> None:
        """One selected row across the three tables, so "the current account" is never ambiguous."""
        if not selected.isEmpty():
            for other in self._sections():
                if other is not section:
                    other.table.clearSelection()
        self.selection_changed.emit()

    def current_account_id(self) -> int | None:
        for section in self._sections():
            rows = section.table.selectionModel().selectedRows()
            if rows:
                return self._account_of(rows[0])
        return None

    # -- state ----------------------------------------------------------------------------
    def save_state(self, settings: AppSettings) -> None:
        settings.save_splitter("today", self.splitter)
        for name, section in (("today_overdue", self.overdue), ("today_soon", self.due_soon),
                              ("today_risk", self.at_risk)):
            settings.save_header(name, section.table.horizontalHeader())

    def restore_state(self, settings: AppSettings) -> None:
        settings.restore_splitter("today", self.splitter)
        for name, section in (("today_overdue", self.overdue), ("today_soon", self.due_soon),
                              ("today_risk", self.at_risk)):
            settings.restore_header(name, section.table.horizontalHeader())
