"""The morning screen: what is overdue, what is due this week, which accounts are at risk.

Each row is one click from its account (the account column reads like a link), and a
task can be ticked done right here through an undoable command.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QDate,
    QEvent,
    QItemSelection,
    QLocale,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from tracker.changes import ChangeSet
from tracker.queries.checkins import Checkin
from tracker.queries.portfolio import AccountRow, DueItem, account_rows, at_risk_rows, due_items
from ui.context import AppContext
from ui.models.checkin_model import CheckinModel
from ui.models.roles import ID_ROLE, ROW_ROLE
from ui.models.today_models import AtRiskModel, DueItemModel
from ui.portfolio import concerns_accounts, shared_portfolio
from ui.settings import AppSettings
from ui.theme import check_indicator_style
from ui.views.today_parts import Section, overdue_counts, overdue_text, setup_columns
from ui.views.today_reader import TodayLists, TodayReader

__all__ = ["TodayView", "overdue_text"]

if TYPE_CHECKING:  # the row menus are built after the first paint (see ensure_menus)
    from ui.views.bulk_menu import AccountBulkActions
    from ui.views.task_menu import TaskActions, TaskRef


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
        self.overdue = Section(self.tr("Overdue ({0})"), self.overdue_model, DueItemModel.DUE)
        self.overdue.empty.setText(self.tr("Nothing overdue. Well done."))
        self.due_soon = Section(self.tr("Due in the next 7 days ({0})"), self.soon_model,
                                 DueItemModel.DUE)
        self.due_soon.empty.setText(self.tr("Nothing due this week."))
        self.at_risk = Section(self.tr("Accounts at risk ({0})"), self.risk_model)
        self.at_risk.empty.setText(self.tr("No account is at risk."))
        self.at_risk.table.setToolTip(self.tr(
            "At risk: health score red (below 40), tasks off track (over 60 % of the tasks due "
            "so far are overdue), or no first value more than 90 days after signing."))
        self.checkin_model = CheckinModel(self)
        self.checkins = Section(self.tr("Check-ins due ({0})"), self.checkin_model, CheckinModel.DUE)
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
        self.owner_combo = QComboBox()
        self.owner_combo.setToolTip(self.tr("Show the work of one owner's accounts"))
        self.owner_combo.addItem(self.tr("Everyone's work"), None)
        self.owner_combo.currentIndexChanged.connect(self._on_owner_combo_changed)
        self.group_check = QCheckBox(self.tr("&Group by account"))
        self.group_check.setToolTip(self.tr("Keep each account's tasks and milestones together"))
        self.group_check.toggled.connect(self._on_group_check_toggled)
        self._settings: AppSettings | None = None
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(QLabel(self.tr("Sho&w:")))
        bar.itemAt(bar.count() - 1).widget().setBuddy(self.owner_combo)  # type: ignore[union-attr]
        bar.addWidget(self.owner_combo)
        bar.addWidget(self.group_check)
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
        # The reasons an account is at risk need the room more than the check-in dates do.
        self.bottom.setStretchFactor(0, 3)
        self.bottom.setStretchFactor(1, 2)
        self.bottom.setSizes([600, 400])
        self.splitter.setSizes([330, 220, 170])
        setup_columns(self.overdue, self.due_soon, self.at_risk, self.checkins)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        self.bulk: AccountBulkActions | None = None
        self.task_actions: dict[str, TaskActions] = {}
        self._dirty: set[int] = set()
        self.loader = shared_portfolio(ctx)
        self.loader.loaded.connect(self._on_loader_loaded)
        self.reader = TodayReader(ctx, self)
        self.reader.read.connect(self._on_reader_read)
        self.reader.failed.connect(self._on_reader_failed)
        self._painted = False
        self._waiting: list[Callable[[], None]] = []
        self._stale = True
        self._load_after_lists = False  # the at-risk list's read waits for the due lists
        self._risk_source: list[AccountRow] | None = None  # the rows the at-risk list shows
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)
        ctx.bus.changed.connect(self._on_bus_changed)
        # The first frame shows no menu: the row actions (and the commands and dialogs they
        # import) come one turn after the first paint, or at first use (ensure_menus).
        self._after_paint(self.ensure_menus)

    def _sections(self) -> tuple[Section, ...]:
        return (self.overdue, self.due_soon, self.at_risk, self.checkins)

    # -- data -----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Everything after a broad change; only the named accounts after a tick or an edit.

        The whole lists are read off the GUI thread, and at start only once the window has
        painted: the sections say "Loading…" until then (rows already shown stay until the
        new ones come). A few accounts' items are one indexed query, read here.
        """
        today = self.ctx.today()
        if self.reader.reading_all and not self._stale:
            return  # patched when that read answers: it may predate the write
        dirty, self._dirty, stale, self._stale = self._dirty, set(), self._stale, False
        if stale:
            for section in (self.overdue, self.due_soon, self.at_risk, self.checkins):
                section.set_loading(self.tr("Loading…"))
            self._after_paint(lambda: self.reader.request(items=True))
            # The at-risk list needs every account's health, the costliest read: the shared
            # loader reads it on its own thread, after the due lists (the top of the page)
            # when it has to read. Both at once took longer for each: Python's sqlite3 hands
            # the GIL over at every row, and the two threads' ping-pong cost more CPU than
            # the overlap saved (L: the due lists 450-600 -> 250-400 ms, the at-risk list
            # 900-1,020 -> 670-830 ms, every list 930-1,040 -> 690-850 ms).
            if self.loader.kept:
                self._after_paint(self.loader.load)
            else:
                self._load_after_lists = True
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
            self.reader.request(items=False)  # every account's last call: off the GUI thread
        self._update_heading(today)

    def _after_paint(self, start: Callable[[], None]) -> None:
        """Run ``start`` one turn after this view's first paint (now, if it has painted)."""
        if self._painted:
            QTimer.singleShot(0, self, start)
        else:
            self._waiting.append(start)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            waiting, self._waiting = self._waiting, []
            for start in waiting:
                QTimer.singleShot(0, self, start)

    def _load_portfolio_now(self) -> None:
        """Start the at-risk list's read that waited for the due lists (read or failed)."""
        if self._load_after_lists:
            self._load_after_lists = False
            self.loader.load()

    def _on_reader_read(self, lists: TodayLists) -> None:
        self._load_portfolio_now()
        if lists.items is not None:
            self.overdue_model.set_rows([i for i in lists.items if i.days_late > 0])
            self.soon_model.set_rows([i for i in lists.items if i.days_late <= 0])
            self.overdue.set_loading(None)
            self.due_soon.set_loading(None)
        self.checkin_model.set_checkins(lists.checkins, lists.as_of)
        self.checkins.set_loading(None)
        self._update_heading(self.ctx.today())
        if self._dirty and self.isVisible():  # written while the lists were being read
            self._timer.start()

    def _on_reader_failed(self, message: str) -> None:
        self._load_portfolio_now()
        for section in (self.overdue, self.due_soon, self.checkins):
            section.set_loading(None)
        self.ctx.bus.failed.emit(message)

    def _on_loader_loaded(self, rows: list[AccountRow]) -> None:
        self.at_risk.set_loading(None)
        if rows is self._risk_source:
            return  # the kept rows again, for another view: a reset would drop the selection
        self._risk_source = rows
        self._fill_owners(sorted({r.owner for r in rows if r.owner}, key=str.lower))
        self.risk_model.set_rows(at_risk_rows(rows))
        self._update_heading(self.ctx.today())

    def _update_heading(self, today: date) -> None:
        locale = QLocale()
        self.heading.setText(self.tr("Today, {0}").format(
            locale.toString(QDate(today.year, today.month, today.day), QLocale.FormatType.LongFormat)))
        overdue = (r for r in self.overdue.rows_shown() if isinstance(r, DueItem))
        if any(s.loading for s in (self.overdue, self.due_soon, self.at_risk)):
            self.summary.setText(self.tr("Loading…"))  # no counts before they are known
        else:
            self.summary.setText(self.tr("{0} · Due in the next 7 days: {1} · Accounts at risk: {2}")
                                 .format(overdue_text(*overdue_counts(overdue)),
                                         locale.toString(self.due_soon.proxy.rowCount()),
                                         locale.toString(self.at_risk.proxy.rowCount())))
        for section in self._sections():
            section.update_title()

    def _on_bus_changed(self, change: ChangeSet, initiator: object) -> None:
        if not concerns_accounts(change):
            return
        if change.every_account_row:
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
        from ui.commands.tasks import SetTaskStatus

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
            self.open_index(index)

    def _on_table_activated(self, index: QModelIndex) -> None:
        self.open_index(index)

    def open_index(self, index: QModelIndex) -> None:
        account_id = self._account_of(index)
        if account_id is not None:
            self.ctx.navigator.account_requested.emit(account_id)

    def _on_selection_changed(self, section: Section, selected: QItemSelection) -> None:
        """A selection lives in one table at a time, so "the current account" is never ambiguous."""
        if not selected.isEmpty():
            for other in self._sections():
                if other is not section:
                    other.table.clearSelection()
        for actions in self.task_actions.values():
            actions.update_enabled()
        self.selection_changed.emit()

    def _selected_rows(self, section: Section) -> list[object]:
        rows = sorted(section.table.selectionModel().selectedRows(), key=lambda i: i.row())
        return [i.data(ROW_ROLE) for i in rows]

    def selected_tasks(self, section: Section) -> list[TaskRef]:
        from ui.views.task_menu import TaskRef

        return [TaskRef(r.id, r.title, r.status) for r in self._selected_rows(section)
                if isinstance(r, DueItem) and r.kind == "task"]

    def selected_account_ids(self) -> list[int]:
        """The accounts of the selected rows (each once), for the bulk account menu."""
        for section in self._sections():
            rows = self._selected_rows(section)
            if rows:
                ids = (r.id if isinstance(r, AccountRow) else r.account_id for r in rows
                       if isinstance(r, DueItem | AccountRow | Checkin))
                return list(dict.fromkeys(ids))
        return []

    # -- menus ----------------------------------------------------------------------------
    def ensure_menus(self) -> None:
        """Build the row menus now if they are not built yet."""
        if self.bulk is None:
            from ui.views.today_menus import build_row_menus

            self.bulk, self.task_actions = build_row_menus(self)

    # -- my work --------------------------------------------------------------------------
    def _fill_owners(self, names: list[str]) -> None:
        wanted = self.owner_combo.currentData() or (self._settings.today_owner()
                                                    if self._settings else None)
        known = [self.owner_combo.itemData(i) for i in range(1, self.owner_combo.count())]
        if known != names:
            self.owner_combo.blockSignals(True)
            while self.owner_combo.count() > 1:
                self.owner_combo.removeItem(1)
            for name in names:
                self.owner_combo.addItem(name, name)
            self.owner_combo.blockSignals(False)
        at = self.owner_combo.findData(wanted) if wanted else 0
        self.owner_combo.setCurrentIndex(max(at, 0))
        self._on_owner_combo_changed()

    def set_owner(self, owner: str | None) -> None:
        """Show ``owner``'s work only (None: everyone's)."""
        at = self.owner_combo.findData(owner) if owner else 0
        if at < 0:
            self.owner_combo.addItem(str(owner), owner)
            at = self.owner_combo.count() - 1
        self.owner_combo.setCurrentIndex(at)

    def _on_owner_combo_changed(self, _index: int = 0) -> None:
        owner = self.owner_combo.currentData()
        for section in self._sections():
            if section.proxy.owner != owner:
                section.proxy.set_owner(owner)
        if self._settings is not None and (self.owner_combo.count() > 1 or owner is None):
            self._settings.set_today_owner(owner)
        self._update_heading(self.ctx.today())

    def _on_group_check_toggled(self, on: bool) -> None:
        """Grouped: by account, each account's items by due date; else by due date."""
        column = DueItemModel.ACCOUNT if on else DueItemModel.DUE
        for section in (self.overdue, self.due_soon):
            section.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
        if self._settings is not None:
            self._settings.set_today_grouped(on)

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
                              ("today_risk", self.at_risk), ("today_checkins", self.checkins)):
            settings.save_header(name, section.table.horizontalHeader())

    def restore_state(self, settings: AppSettings) -> None:
        self._settings = settings
        owner = settings.today_owner()
        if owner:
            self.set_owner(owner)
        self.group_check.setChecked(settings.today_grouped())
        settings.restore_splitter("today", self.splitter)
        for name, section in (("today_overdue", self.overdue), ("today_soon", self.due_soon),
                              ("today_risk", self.at_risk), ("today_checkins", self.checkins)):
            settings.restore_header(name, section.table.horizontalHeader())
