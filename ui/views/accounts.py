"""The account list: filter-as-you-type, quick filters, and its background loader.

The table re-reads only the accounts a change names (one row after a tick) and waits
until it is visible before re-reading, so edits elsewhere stay fast at 5,000 accounts.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QEvent, QLocale, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tracker.changes import ChangeSet
from tracker.domain import STAGES
from tracker.queries.portfolio import AccountRow, account_rows
from ui.context import AppContext
from ui.dialogs.account_actions import AccountActions
from ui.models import labels
from ui.models.account_filter_proxy import AccountFilterProxy
from ui.models.account_table_model import AccountTableModel
from ui.models.roles import ID_ROLE
from ui.plurals import ntr
from ui.portfolio import concerns_accounts, shared_portfolio
from ui.settings import AppSettings
from ui.theme import toggle_style
from ui.views.account_cells import AccountCellDelegate
from ui.views.bulk_menu import AccountBulkActions

ALL = None  # marker: every account must be re-read


class AccountsView(QWidget):
    """Signals:
        selection_changed(): the current account changed (menus update their state).
    """

    selection_changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.account_actions: AccountActions | None = None
        self.context_menu: QMenu | None = None  # the last one shown (tests pick from it)
        self.model = AccountTableModel(self)
        self.proxy = AccountFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._dirty: set[int] | None = ALL
        self._loaded = False
        self._shown_rows: list[AccountRow] | None = None  # the list the model was last reset to
        self._pending_select: int | None = None
        self.loader = shared_portfolio(ctx)
        self.loader.loaded.connect(self._on_loader_loaded)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)
        self._build()
        ctx.bus.changed.connect(self._on_bus_changed)

    def _build(self) -> None:
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter by name, segment, owner, stage or status"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.filter_edit)
        escape.setContext(Qt.ShortcutContext.WidgetShortcut)
        escape.activated.connect(self.filter_edit.clear)
        # Down goes into the list, Enter opens the first match: the filter is no dead end.
        for key, slot in ((Qt.Key.Key_Down, self._on_filter_down),
                          (Qt.Key.Key_Return, self._on_filter_enter),
                          (Qt.Key.Key_Enter, self._on_filter_enter)):
            shortcut = QShortcut(QKeySequence(key), self.filter_edit)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        self.stage_combo = QComboBox()
        self.stage_combo.addItem(self.tr("All stages"), None)
        for stage in STAGES:
            self.stage_combo.addItem(labels.stage(stage), stage)
        self.stage_combo.currentIndexChanged.connect(self._on_stage_combo_changed)
        self.risk_button = self._toggle(self.tr("At risk"),
                                        self.tr("Health red, tasks off track, or no first value "
                                                "after 90 days"), self.proxy.set_at_risk)
        self.late_button = self._toggle(self.tr("Late"),
                                        self.tr("Has overdue tasks or milestones"), self.proxy.set_late)
        self.count_label = QLabel()
        # Wide enough for "4,999 of 5,000 accounts": a count that changes width would shift
        # the toggles beside it on every keystroke.
        self.count_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("0" * 14) + 70)
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.count_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bar = QHBoxLayout()
        bar.addWidget(self.filter_edit, 3)
        bar.addWidget(self.stage_combo)
        bar.addWidget(self.risk_button)
        bar.addWidget(self.late_button)
        bar.addStretch(1)
        bar.addWidget(self.count_label)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.cell_delegate = AccountCellDelegate(self.proxy.painted, self.table)
        self.table.setItemDelegate(self.cell_delegate)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Shift/Ctrl-click and Ctrl+A select many accounts for one bulk edit.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.bulk = AccountBulkActions(self.ctx, self, self.selected_account_ids)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._on_table_context_menu)
        self.table.activated.connect(self._on_table_activated)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed.emit())
        # The proxy changes its rows by layout changes (one per filter or source change).
        self.proxy.layoutChanged.connect(self._on_proxy_layout_changed)
        self.proxy.modelReset.connect(self._update_count)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSortIndicator(AccountTableModel.NAME, Qt.SortOrder.AscendingOrder)
        widths = {AccountTableModel.NAME: 260, AccountTableModel.SEGMENT: 110,
                  AccountTableModel.OWNER: 130, AccountTableModel.STAGE: 90,
                  AccountTableModel.STATUS: 95, AccountTableModel.PROGRESS: 80,
                  AccountTableModel.HEALTH: self._health_width(), AccountTableModel.NEXT_DUE: 100,
                  AccountTableModel.MRR: 90}
        for column, width in widths.items():
            header.resizeSection(column, width)
        header.setSectionResizeMode(AccountTableModel.NAME, QHeaderView.ResizeMode.Stretch)

        self.empty_label = QLabel(self.tr("No accounts yet. Create one with Edit ▸ New account "
                                          "(Ctrl+N) or import a list."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setVisible(False)
        self.no_match_label = QLabel()
        self.no_match_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_match_label.setTextFormat(Qt.TextFormat.RichText)
        self.no_match_label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                                    | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.no_match_label.linkActivated.connect(lambda _link: self.clear_filters())
        self.no_match_label.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(self.no_match_label, 1)

    def _toggle(self, text: str, tip: str, apply: Callable[[bool], None]) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setCheckable(True)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setStyleSheet(toggle_style())

        def toggled(on: bool) -> None:
            apply(on)
            self._update_count()
        button.toggled.connect(toggled)
        return button

    def set_actions(self, actions: AccountActions) -> None:
        self.account_actions = actions
        self.addAction(actions.edit)
        self.addAction(actions.delete)

    # -- data -----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read the accounts a change named (or all of them)."""
        dirty, self._dirty = self._dirty, set()
        today = self.ctx.today()
        if dirty is ALL:
            self.count_label.setText(self.tr("Loading accounts…"))
            self.loader.load()
            return
        if dirty:
            rows = account_rows(self.ctx.db, today, sorted(dirty))
            present = {r.id for r in rows}
            self.model.replace_rows(rows, removed=[i for i in dirty if i not in present])
        self._update_count()

    def _on_loader_loaded(self, rows: list[AccountRow]) -> None:
        """Rows current as of now, whichever view asked for them: nothing is left to re-read.

        The loader hands the same list again when another view asks for rows it keeps
        (Today, after its due lists): resetting the model then would drop the user's
        selection and scroll for nothing. A new read keeps the current account selected.
        """
        self._dirty = set()
        current = None
        if rows is not self._shown_rows or not self._loaded:
            current = self.current_account_id()
            self._shown_rows = rows
            self.model.set_rows(rows)
        self._loaded = True
        self._update_count()
        pending, self._pending_select = self._pending_select, None
        if pending is not None:  # asked for by name (search, a link): shown even if filtered out
            if not self.select_account(pending):
                self.clear_filters()
                self.select_account(pending)
        elif current is not None:
            self.select_account(current)  # the user's filters stay, even when they now hide it

    def _on_bus_changed(self, change: ChangeSet, initiator: object) -> None:
        if not concerns_accounts(change):
            return
        if change.every_account_row:
            self._dirty = ALL
        elif self._dirty is not ALL:
            self._dirty |= change.account_ids
        if self.isVisible():
            self._refresh_timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        if self._dirty is ALL or self._dirty:
            self.refresh()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange, QEvent.Type.PaletteChange,
                            QEvent.Type.LayoutDirectionChange):
            self.cell_delegate.style_changed()
        if event.type() == QEvent.Type.PaletteChange:
            self.model.palette_changed()
            for button in (self.risk_button, self.late_button):
                button.setStyleSheet(toggle_style())
        super().changeEvent(event)

    def _health_width(self) -> int:
        """Room for "Not enough data yet" (in the language shown), the score's stand-in."""
        return max(80, self.table.fontMetrics().horizontalAdvance(labels.no_health()) + 16)

    def _update_count(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        self.count_label.setText(
            ntr("AccountsView", "%Ln account(s)", total) if shown == total
            else ntr("AccountsView", "{0} of %Ln account(s)", total).format(QLocale().toString(shown)))
        empty = total == 0 and self._loaded
        no_match = total > 0 and shown == 0
        if no_match:
            text = self.filter_edit.text().strip()
            what = (self.tr("No account matches “{0}”.").format(html.escape(text)) if text
                    else self.tr("No account matches these filters."))
            self.no_match_label.setText(f'{what} <a href="clear">{self.tr("Clear filters")}</a>')
        self.table.setVisible(not empty and not no_match)
        self.empty_label.setVisible(empty)
        self.no_match_label.setVisible(no_match)

    # -- selection and navigation ---------------------------------------------------------
    def current_account_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return int(index.data(ID_ROLE))

    def selected_account_ids(self) -> list[int]:
        """The selected accounts in the order shown (what a bulk edit applies to)."""
        rows = sorted(self.table.selectionModel().selectedRows(), key=lambda i: i.row())
        return [int(i.data(ID_ROLE)) for i in rows]

    def select_account(self, account_id: int) -> bool:
        """Select and show the account's row; while the list is loading, do it on arrival."""
        if self.loader.busy or not self._loaded:
            self._pending_select = account_id
            return True
        source_row = self.model.row_of(account_id)
        if source_row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if not index.isValid():
            return False
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def clear_filters(self) -> None:
        """Show every account again (the widgets drive the proxy, so reset them)."""
        self.filter_edit.clear()
        self.stage_combo.setCurrentIndex(0)
        self.risk_button.setChecked(False)
        self.late_button.setChecked(False)

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def _on_stage_combo_changed(self, _index: int) -> None:
        self.proxy.set_stage(self.stage_combo.currentData())
        self._update_count()

    def _on_filter_down(self) -> None:
        if self.proxy.rowCount() == 0:
            return
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        current = self.table.currentIndex()
        if not current.isValid() or not self.table.selectionModel().isRowSelected(current.row()):
            self.table.selectRow(0)

    def _on_filter_enter(self) -> None:
        """Open the selected match, or the first one when none is selected."""
        if self.proxy.rowCount() == 0:
            return
        current = self.table.currentIndex()
        if not current.isValid() or not self.table.selectionModel().isRowSelected(current.row()):
            current = self.proxy.index(0, 0)
            self.table.selectRow(0)
        self._on_table_activated(current)

    def _on_proxy_layout_changed(self, *_args: object) -> None:
        # Lay the table out now rather than on the view's zero timer: after the paint the
        # keystroke already queued, that timer would paint all visible rows a second time.
        self.table.doItemsLayout()
        self._update_count()

    def _on_filter_edit_text_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_count()

    def _on_table_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.ctx.navigator.account_requested.emit(int(index.data(ID_ROLE)))

    def _on_table_context_menu(self, pos: QPoint) -> None:
        """``pos`` is in viewport coordinates (QAbstractScrollArea maps it there)."""
        if self.account_actions is None:
            return
        menu = QMenu(self)
        index = self.table.indexAt(pos)
        selected = self.selected_account_ids()
        if index.isValid() and len(selected) > 1 and self.table.selectionModel().isRowSelected(
                index.row()):
            # A right-click inside a multi-selection acts on all of it.
            title = menu.addAction(ntr("AccountsView", "%n account(s) selected", len(selected)))
            title.setEnabled(False)
            menu.addSeparator()
            self.bulk.fill(menu, selected)
            self.context_menu = menu
            menu.popup(self.table.viewport().mapToGlobal(pos))
            return
        if index.isValid():
            self.table.selectRow(index.row())
            open_action = menu.addAction(self.tr("&Open"))
            open_action.triggered.connect(lambda: self._on_table_activated(index))
            menu.addSeparator()
        self.account_actions.update_enabled()
        menu.addAction(self.account_actions.new)
        menu.addAction(self.account_actions.edit)
        menu.addMenu(self.account_actions.move_menu)
        menu.addSeparator()
        menu.addAction(self.account_actions.delete)
        self.context_menu = menu
        menu.popup(self.table.viewport().mapToGlobal(pos))

    # -- state ----------------------------------------------------------------------------
    def save_state(self, settings: AppSettings) -> None:
        settings.save_header("accounts", self.table.horizontalHeader())

    def restore_state(self, settings: AppSettings) -> None:
        header = self.table.horizontalHeader()
        if settings.restore_header("accounts", header):
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
