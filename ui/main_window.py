"""The main window: navigation between views, menus, toolbar, status bar, window state.

Views are plugged in with :meth:`MainWindow.add_view`, so views built elsewhere (account
detail, playbooks, dashboard, analytics) join the side bar, the View menu and Ctrl+1..6
without this module knowing them. Opening another file is the launcher's job: the window
only asks for it (``open_requested``), because a window belongs to one database. The
menus, toolbar and status bar are built by :mod:`ui.window_chrome`, the file and help
dialogs live in :mod:`ui.window_dialogs`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QProgressBar,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from tracker.changes import ChangeSet
from tracker.queries.portfolio import AccountRow, counts_of
from ui import window_chrome
from ui.context import AppContext
from ui.dialogs.account_actions import AccountActions
from ui.plurals import ntr
from ui.portfolio import concerns_accounts, shared_portfolio
from ui.settings import AppSettings
from ui.theme import apply_palette
from ui.views.lazy import LazyView
from ui.views.today import TodayView, overdue_text
from ui.workers import Worker

# Start-up work waits for the first paint, or this long for a window that never paints.
UNPAINTED_FALLBACK_MS = 3000

if TYPE_CHECKING:  # loaded on first use: the first paint needs none of them
    from PySide6.QtGui import QCloseEvent
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from tracker.queries.search import SearchHit
    from ui.dialogs.search_dialog import SearchDialog
    from ui.views.accounts import AccountsView


class MainWindow(QMainWindow):
    """Signals:
        open_requested(object): the user chose a database Path to open (or create).
        restore_requested(object): replace this database with the backup at this Path.
        closed(): the window closed; its owner releases the database.

    Attributes:
        views: registered view widgets by key; ``view_actions`` their side-bar actions.
        import_action, export_action, template_action: File menu places for the Excel
            dialogs, disabled until :meth:`connect_file_action` wires them.
        dialog: the non-modal message or file dialog currently open, if any.
    """

    open_requested = Signal(object)
    restore_requested = Signal(object)
    closed = Signal()

    # Made by ui.window_chrome while the window is built.
    file_menu: QMenu
    new_db_action: QAction
    open_db_action: QAction
    recent_menu: QMenu
    import_action: QAction
    export_action: QAction
    template_action: QAction
    backup_action: QAction
    restore_action: QAction
    quit_action: QAction
    edit_menu: QMenu
    undo_action: QAction
    redo_action: QAction
    view_menu: QMenu
    _view_menu_end: QAction
    filter_action: QAction
    search_action: QAction
    palette_group: QActionGroup
    main_toolbar: QToolBar
    path_label: QLabel
    counts_label: QLabel
    progress: QProgressBar

    def __init__(self, ctx: AppContext, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.settings = settings
        self.views: dict[str, QWidget] = {}
        self.view_actions: dict[str, QAction] = {}
        self.dialog: QWidget | None = None
        self.search_dialog: SearchDialog | None = None
        self._worker: Worker | None = None
        self._painted = False
        self._after_paint: list[Callable[[], object]] = []
        self.setObjectName("MainWindow")
        self.setWindowTitle(self.tr("{0} — Onboarding Tracker").format(ctx.db_path.name))
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.nav = QToolBar(self.tr("Views"))
        self.nav.setObjectName("nav")
        self.nav.setMovable(False)
        self.nav.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(Qt.ToolBarArea.LeftToolBarArea, self.nav)
        self.nav_group = QActionGroup(self)
        self.nav_group.setExclusive(True)
        self.account_actions = AccountActions(ctx, self, self.current_account_id)
        self.account_actions.selection = self.selected_account_ids
        window_chrome.build_menus(self)
        window_chrome.build_toolbar(self)
        window_chrome.build_status_bar(self)
        self.today_view = TodayView(ctx)
        # Built on its first show (or first use): the start paints Today only.
        self._accounts = LazyView(self._build_accounts_view)
        self.add_view("today", self.today_view, self.tr("Today"), "Ctrl+1")
        self.add_view("accounts", self._accounts, self.tr("Accounts"), "Ctrl+2")
        self.stack.currentChanged.connect(lambda _i: self.account_actions.update_enabled())
        ctx.bus.changed.connect(self._on_bus_changed)
        ctx.bus.failed.connect(self._on_bus_failed)
        ctx.navigator.account_requested.connect(self._on_navigator_account_requested)
        ctx.navigator.view_requested.connect(self.show_view)
        self._counts_timer = QTimer(self)
        self._counts_timer.setSingleShot(True)
        self._counts_timer.setInterval(0)
        self._counts_timer.timeout.connect(self.update_counts)
        # The status bar sums the account list Today and Accounts share: no count queries.
        self.portfolio = shared_portfolio(ctx)
        self.portfolio.loaded.connect(self._show_counts)
        self.portfolio.patched.connect(self._show_counts)
        # Today asks for its lists now; its readers start once the window has painted.
        self.today_view.refresh()
        self.after_first_paint(self._counts_timer.start)  # the counts need the shared read
        self.account_actions.update_enabled()

    # -- views ----------------------------------------------------------------------------
    def _build_accounts_view(self) -> AccountsView:
        from ui.views.accounts import AccountsView

        view = AccountsView(self.ctx)
        view.set_actions(self.account_actions)
        return view

    @property
    def accounts_view(self) -> AccountsView:
        """The account list, built now if it has not been shown yet."""
        return cast("AccountsView", self._accounts.ensure())

    def view_of(self, key: str) -> QWidget | None:
        """The real view registered as ``key``, built now if it waits behind a placeholder."""
        widget = self.views.get(key)
        return widget.ensure() if isinstance(widget, LazyView) else widget

    def add_view(self, key: str, widget: QWidget, title: str, shortcut: str | None = None) -> QAction:
        """Register a view: side bar entry, View menu entry, shortcut (Ctrl+n by default)."""
        if key in self.views:
            raise ValueError(f"view {key!r} is already registered")
        self.views[key] = widget
        self.stack.addWidget(widget)
        action = QAction(window_chrome.with_mnemonic(title, self.view_menu), self)
        action.setIconText(title)
        action.setCheckable(True)
        action.setData(key)
        action.setShortcut(QKeySequence(shortcut or f"Ctrl+{min(len(self.views), 9)}"))
        action.setToolTip(f"{title} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
        action.triggered.connect(lambda _=False, k=key: self.show_view(k))
        self.nav_group.addAction(action)
        self.nav.addAction(action)
        button = self.nav.widgetForAction(action)
        if button is not None:
            button.setMinimumWidth(110)
            button.setMinimumHeight(30)
        self.view_menu.insertAction(self._view_menu_end, action)
        self.view_actions[key] = action
        # Views say when "the current account" changes (a selected row, an opened account).
        for name in ("selection_changed", "account_shown"):
            signal = getattr(widget, name, None)
            if isinstance(signal, SignalInstance):
                signal.connect(lambda *_: self.account_actions.update_enabled())
        restore = getattr(widget, "restore_state", None)
        if callable(restore):
            restore(self.settings)
        if len(self.views) == 1:
            self.show_view(key)
        return action

    def show_view(self, key: str) -> None:
        widget = self.views.get(key)
        if widget is None:
            return
        self.stack.setCurrentWidget(widget)
        self.view_actions[key].setChecked(True)

    def current_view_key(self) -> str | None:
        current = self.stack.currentWidget()
        return next((k for k, w in self.views.items() if w is current), None)

    def current_account_id(self) -> int | None:
        """The account the user means: the selected row or the open account of this view."""
        current = self.stack.currentWidget()
        getter = getattr(current, "current_account_id", None)
        if callable(getter):
            value = getter()
            return int(value) if value is not None else None
        return None

    def selected_account_ids(self) -> list[int]:
        """Every account selected in the current view (Accounts or Today), for bulk edits."""
        getter = getattr(self.stack.currentWidget(), "selected_account_ids", None)
        return [int(i) for i in getter()] if callable(getter) else []

    def _on_navigator_account_requested(self, account_id: int) -> None:
        detail = self.view_of("account")
        show = getattr(detail, "show_account", None)
        if detail is not None and callable(show):
            self.show_view("account")
            show(account_id)
            self.account_actions.update_enabled()
        else:
            self.show_view("accounts")
            if not self.accounts_view.select_account(account_id):
                self.accounts_view.clear_filters()
                self.accounts_view.select_account(account_id)

    # -- menus, toolbar and status bar (built by ui/window_chrome.py) ----------------------
    def connect_file_action(self, name: str, slot: object) -> QAction:
        """Wire "import", "export" or "template" in the File menu to the Excel dialogs."""
        action = {"import": self.import_action, "export": self.export_action,
                  "template": self.template_action}[name]
        action.triggered.connect(slot)
        action.setEnabled(True)
        return action

    def update_counts(self) -> None:
        """Ask the shared reader for current rows; the label follows when they come."""
        self.portfolio.patch()

    def _show_counts(self, rows: list[AccountRow]) -> None:
        counts = counts_of(rows)
        overdue = overdue_text(counts.overdue_tasks, counts.overdue_milestones)
        # Counted words through ntr: a one-account database says "1 account", not "1 accounts".
        self.counts_label.setText(self.tr("{0} · {1} · {2} · {3} at risk").format(
            ntr("MainWindow", "%n account(s)", counts.accounts),
            ntr("MainWindow", "%n open task(s)", counts.open_tasks), overdue, counts.at_risk))

    def _on_bus_changed(self, change: ChangeSet, initiator: object) -> None:
        if concerns_accounts(change):
            self._counts_timer.start()
        if change.accounts or change.tasks or change.milestones:
            self.account_actions.update_enabled()

    def _on_bus_failed(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        self.statusBar().showMessage(message, 15000)
        self.show_message(QMessageBox.Icon.Warning, self.tr("Not saved"), message)

    def show_message(self, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        return self._open_dialog(box)

    def _open_dialog(self, dialog: QMessageBox) -> QMessageBox:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_search(self) -> SearchDialog:
        """The Ctrl+K popup; Enter on a result opens its place (see :meth:`open_hit`)."""
        from ui.dialogs.search_dialog import SearchDialog

        dialog = SearchDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.hit_chosen.connect(self.open_hit)
        dialog.finished.connect(lambda _r: setattr(self, "search_dialog", None))
        self.search_dialog = dialog
        dialog.open()
        dialog.edit.setFocus()
        return dialog

    def open_hit(self, hit: SearchHit) -> None:
        """Show the account of ``hit`` and, inside it, the task, contact, note or comment."""
        self._on_navigator_account_requested(hit.account_id)
        detail = self.view_of("account")
        show_record = getattr(detail, "show_record", None)
        if (detail is not None and self.current_view_key() == "account"
                and callable(show_record)):
            show_record(hit.kind, hit.id)

    def focus_filter(self) -> None:
        self.show_view("accounts")
        self.accounts_view.focus_filter()

    def set_palette(self, value: str) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_palette(app, None if value == "system" else value == "dark")
        self.settings.set_palette(value)

    # -- files and help (ui/window_dialogs.py, imported on first use) ------------------------
    def choose_new_database(self) -> QFileDialog:
        from ui import window_dialogs
        return window_dialogs.choose_new_database(self)

    def choose_database(self) -> QFileDialog:
        from ui import window_dialogs
        return window_dialogs.choose_database(self)

    def _fill_recent_menu(self) -> None:
        from ui import window_dialogs
        window_dialogs.fill_recent_menu(self)

    def choose_backup_target(self) -> QFileDialog:
        from ui import window_dialogs
        return window_dialogs.choose_backup_target(self)

    def back_up_to(self, target: Path) -> Worker:
        from ui import window_dialogs
        return window_dialogs.back_up_to(self, target)

    def choose_backup_to_restore(self) -> QFileDialog:
        from ui import window_dialogs
        return window_dialogs.choose_backup_to_restore(self)

    def confirm_restore(self, backup: Path) -> QMessageBox:
        from ui import window_dialogs
        return window_dialogs.confirm_restore(self, backup)

    def show_database_location(self) -> QMessageBox:
        from ui import window_dialogs
        return window_dialogs.show_database_location(self)

    def show_about(self) -> QMessageBox:
        from ui import window_dialogs
        return window_dialogs.show_about(self)

    # -- state ----------------------------------------------------------------------------
    def restore_window_state(self) -> None:
        geometry = self.settings.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 720)
        state = self.settings.window_state()
        if state is not None:
            self.restoreState(state)
        last = self.settings.last_view()
        if last == "account":
            # An account view with no account is a dead end: reopen the last account, or Today.
            detail = self.view_of("account")
            getter = getattr(detail, "last_account_id", None)
            account_id = getter() if callable(getter) else None
            from tracker.queries.search import account_exists

            if account_id is not None and account_exists(self.ctx.db, account_id):
                self._on_navigator_account_requested(account_id)
                return
            last = "today"
        self.show_view(last if last in self.views else "today")

    def save_window_state(self) -> None:
        self.settings.set_geometry(self.saveGeometry())
        self.settings.set_window_state(self.saveState())
        key = self.current_view_key()
        if key:
            self.settings.set_last_view(key)
        for widget in self.views.values():
            save = getattr(widget, "save_state", None)
            if callable(save):
                save(self.settings)
        self.settings.sync()

    def after_first_paint(self, job: Callable[[], object]) -> None:
        """Run ``job`` one event-loop turn after the window first painted (next turn if it has).

        Start-up work the first frame does not show (the status bar's counts, the rolling
        backup) waits for it, so it neither delays the frame nor competes with it for the CPU.
        A window that is never painted (started minimised) runs it after a while anyway.
        """
        if self._painted:
            QTimer.singleShot(0, self, job)
            return
        if not self._after_paint:
            QTimer.singleShot(UNPAINTED_FALLBACK_MS, self, self._run_after_paint)
        self._after_paint.append(job)

    def _run_after_paint(self) -> None:
        self._painted = True
        jobs, self._after_paint = self._after_paint, []
        for job in jobs:
            job()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self, self._run_after_paint)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_window_state()
        super().closeEvent(event)
        self.closed.emit()
