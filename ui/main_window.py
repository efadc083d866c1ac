"""The main window: navigation between views, menus, toolbar, status bar, window state.

Views are plugged in with :meth:`MainWindow.add_view`, so views built elsewhere (account
detail, playbooks, dashboard, analytics) join the side bar, the View menu and Ctrl+1..6
without this module knowing them. Opening another file is the launcher's job: the window
only asks for it (``open_requested``), because a window belongs to one database.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, QUrl, Signal, SignalInstance
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from tracker.changes import ChangeSet
from tracker.paths import log_file
from tracker.queries.portfolio import AccountRow, counts_of
from tracker.storage.backups import backup_folder
from tracker.storage.db import backup_database
from tracker.storage.errors import StoreError
from tracker.version import app_version
from ui.context import AppContext
from ui.dialogs.account_dialog import AccountActions
from ui.portfolio import concerns_accounts, shared_portfolio
from ui.resources import app_icon
from ui.settings import AppSettings
from ui.theme import apply_palette
from ui.views.accounts import AccountsView
from ui.views.today import TodayView, overdue_text
from ui.workers import Cancelled, Worker


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

    def __init__(self, ctx: AppContext, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.settings = settings
        self.views: dict[str, QWidget] = {}
        self.view_actions: dict[str, QAction] = {}
        self.dialog: QWidget | None = None
        self._worker: Worker | None = None
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
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()
        self.today_view = TodayView(ctx)
        self.accounts_view = AccountsView(ctx)
        self.accounts_view.set_actions(self.account_actions)
        self.add_view("today", self.today_view, self.tr("Today"), "Ctrl+1")
        self.add_view("accounts", self.accounts_view, self.tr("Accounts"), "Ctrl+2")
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
        # First reads while the window is built, not in a paint: damage the open's probe missed
        # raises here, where the launcher turns it into a restore offer.
        self.today_view.refresh()
        self.update_counts()
        self.account_actions.update_enabled()

    # -- views ----------------------------------------------------------------------------
    def add_view(self, key: str, widget: QWidget, title: str, shortcut: str | None = None) -> QAction:
        """Register a view: side bar entry, View menu entry, shortcut (Ctrl+n by default)."""
        if key in self.views:
            raise ValueError(f"view {key!r} is already registered")
        self.views[key] = widget
        self.stack.addWidget(widget)
        action = QAction(_with_mnemonic(title, self.view_menu), self)
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

    def _on_navigator_account_requested(self, account_id: int) -> None:
        detail = self.views.get("account")
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

    # -- menus and toolbar ----------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = self.file_menu = bar.addMenu(self.tr("&File"))
        self.new_db_action = file_menu.addAction(self.tr("&New database…"), self.choose_new_database)
        self.new_db_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.open_db_action = file_menu.addAction(self.tr("&Open database…"), self.choose_database)
        self.open_db_action.setShortcut(QKeySequence.StandardKey.Open)
        self.recent_menu = file_menu.addMenu(self.tr("&Recent files"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        self.import_action = file_menu.addAction(self.tr("&Import…"))
        self.export_action = file_menu.addAction(self.tr("&Export report…"))
        self.template_action = file_menu.addAction(self.tr("Save import &template…"))
        # Not Ctrl+I: the checklist uses it for "Mark in progress".
        self.import_action.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        for action in (self.import_action, self.export_action, self.template_action):
            action.setEnabled(False)
        file_menu.addSeparator()
        self.backup_action = file_menu.addAction(self.tr("&Back up now…"), self.choose_backup_target)
        self.restore_action = file_menu.addAction(self.tr("Re&store from backup…"),
                                                  self.choose_backup_to_restore)
        file_menu.addSeparator()
        self.quit_action = file_menu.addAction(self.tr("&Quit"), self.close)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        edit_menu = self.edit_menu = bar.addMenu(self.tr("&Edit"))
        stack = self.ctx.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.redo_action = stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        acts = self.account_actions
        edit_menu.addAction(acts.new)
        edit_menu.addAction(acts.edit)
        edit_menu.addMenu(acts.move_menu)
        edit_menu.addAction(acts.delete)
        edit_menu.aboutToShow.connect(acts.update_enabled)

        self.view_menu = bar.addMenu(self.tr("&View"))
        self._view_menu_end = self.view_menu.addSeparator()
        self.filter_action = self.view_menu.addAction(self.tr("&Filter accounts"), self.focus_filter)
        self.filter_action.setShortcut(QKeySequence.StandardKey.Find)
        appearance = self.view_menu.addMenu(self.tr("&Appearance"))
        self.palette_group = QActionGroup(self)
        current = self.settings.palette()
        for value, label in (("system", self.tr("Follow the &system")), ("light", self.tr("&Light")),
                             ("dark", self.tr("&Dark"))):
            action = appearance.addAction(label)
            action.setCheckable(True)
            action.setChecked(value == current)
            action.setData(value)
            action.triggered.connect(lambda _=False, v=value: self.set_palette(v))
            self.palette_group.addAction(action)

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.tr("&Where is my database?"), self.show_database_location)
        help_menu.addSeparator()
        about = help_menu.addAction(self.tr("&About Onboarding Tracker"), self.show_about)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addAction(self.tr("About &Qt"), QApplication.aboutQt)

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Main toolbar"))
        bar.setObjectName("main_toolbar")
        bar.setMovable(False)
        bar.setIconSize(QSize(18, 18))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        acts = self.account_actions
        for action in (acts.new, acts.edit, acts.delete):
            bar.addAction(action)
        bar.addSeparator()
        bar.addAction(self.undo_action)
        bar.addAction(self.redo_action)
        bar.addSeparator()
        bar.addAction(self.filter_action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.main_toolbar = bar

    def connect_file_action(self, name: str, slot: object) -> QAction:
        """Wire "import", "export" or "template" in the File menu to the Excel dialogs."""
        action = {"import": self.import_action, "export": self.export_action,
                  "template": self.template_action}[name]
        action.triggered.connect(slot)
        action.setEnabled(True)
        return action

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.path_label = QLabel()
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.path_label.setText(str(self.ctx.db_path))
        self.path_label.setToolTip(self.tr("The database file this window works on"))
        self.counts_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(160)
        self.progress.setVisible(False)
        status.addWidget(self.path_label, 1)
        status.addPermanentWidget(self.progress)
        status.addPermanentWidget(self.counts_label)

    def update_counts(self) -> None:
        """Ask the shared reader for current rows; the label follows when they come."""
        self.portfolio.patch()

    def _show_counts(self, rows: list[AccountRow]) -> None:
        counts = counts_of(rows)
        overdue = overdue_text(counts.overdue_tasks, counts.overdue_milestones)
        self.counts_label.setText(self.tr("{0} accounts · {1} open tasks · {2} · {3} at risk").format(
            counts.accounts, counts.open_tasks, overdue, counts.at_risk))

    def _on_bus_changed(self, change: ChangeSet, initiator: object) -> None:
        if concerns_accounts(change):
            self._counts_timer.start()
        if change.accounts or change.tasks or change.milestones:
            self.account_actions.update_enabled()

    def _on_bus_failed(self, message: str) -> None:
        self.statusBar().showMessage(message, 15000)
        self.show_message(QMessageBox.Icon.Warning, self.tr("Not saved"), message)

    def show_message(self, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        return self._open_dialog(box)

    def _open_dialog(self, dialog: QMessageBox) -> QMessageBox:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    def focus_filter(self) -> None:
        self.show_view("accounts")
        self.accounts_view.focus_filter()

    def set_palette(self, value: str) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_palette(app, None if value == "system" else value == "dark")
        self.settings.set_palette(value)

    # -- files ----------------------------------------------------------------------------
    def _file_dialog(self, title: str, save: bool, folder: Path, on_chosen: object) -> QFileDialog:
        dialog = QFileDialog(self, title, str(folder),
                             self.tr("Onboarding Tracker database (*.db *.sqlite);;All files (*)"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave if save
                             else QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile if save else QFileDialog.FileMode.ExistingFile)
        dialog.setDefaultSuffix("db")
        dialog.fileSelected.connect(lambda name: on_chosen(Path(name)))  # type: ignore[operator]
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def choose_new_database(self) -> QFileDialog:
        return self._file_dialog(self.tr("New database"), True, self.ctx.db_path.parent,
                                 self.open_requested.emit)

    def choose_database(self) -> QFileDialog:
        return self._file_dialog(self.tr("Open database"), False, self.ctx.db_path.parent,
                                 self.open_requested.emit)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = [p for p in self.settings.recent_files() if p != self.ctx.db_path.resolve()]
        for path in files:
            action = self.recent_menu.addAction(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_requested.emit(p))
        if not files:
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(self.tr("Clear list"), self.settings.clear_recent_files)

    def choose_backup_target(self) -> QFileDialog:
        folder = backup_folder(self.ctx.db_path)
        folder.mkdir(parents=True, exist_ok=True)
        return self._file_dialog(self.tr("Back up database"), True, folder, self.back_up_to)

    def back_up_to(self, target: Path) -> Worker:
        """Copy the database with SQLite's online backup, off the UI thread."""
        source = self.ctx.db_path
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.statusBar().showMessage(self.tr("Backing up to {0}…").format(target))
        worker = Worker(lambda job: backup_database(source, target))
        worker.signals.finished.connect(lambda path: self._on_backup_done(str(path), None))
        worker.signals.failed.connect(lambda exc: self._on_backup_done(None, exc))
        self._worker = worker
        worker.start()
        return worker

    def _on_backup_done(self, path: str | None, error: object) -> None:
        self.progress.setVisible(False)
        self._worker = None
        if path is not None:
            self.statusBar().showMessage(self.tr("Backed up to {0}").format(path), 10000)
        elif not isinstance(error, Cancelled):
            text = error.message if isinstance(error, StoreError) else str(error)
            self.show_message(QMessageBox.Icon.Warning, self.tr("Backup failed"), text)

    def choose_backup_to_restore(self) -> QFileDialog:
        return self._file_dialog(self.tr("Restore from backup"), False,
                                 backup_folder(self.ctx.db_path), self.confirm_restore)

    def confirm_restore(self, backup: Path) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Restore from backup"),
                          self.tr("Replace the current database with this backup?"),
                          QMessageBox.StandardButton.NoButton, self)
        aside = self.ctx.db_path.name + ".before-restore"
        box.setInformativeText(self.tr("{0}\n\nThe current file is kept beside it as:\n{1}").format(
            backup.name, aside))
        _keep_lines_whole(box)
        restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def answer(button: QAbstractButton) -> None:
            if button is restore:
                self.restore_requested.emit(backup)
        box.buttonClicked.connect(answer)
        return self._open_dialog(box)

    # -- help -----------------------------------------------------------------------------
    def show_database_location(self) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Where is my database?"),
                          self.tr("Your data is in this file:"), QMessageBox.StandardButton.Close, self)
        log = log_file()
        backups = backup_folder(self.ctx.db_path)
        box.setInformativeText(self.tr("{0}\n\nThe program's log: {1}\nBackups: {2}").format(
            self.ctx.db_path, log, backups))
        _keep_lines_whole(box)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        folder = box.addButton(self.tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        folder.clicked.connect(lambda: QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(self.ctx.db_path.parent))))
        return self._open_dialog(box)

    def show_about(self) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.NoIcon, self.tr("About Onboarding Tracker"),
                          self.tr("Onboarding Tracker {0}").format(app_version()),
                          QMessageBox.StandardButton.Close, self)
        box.setIconPixmap(app_icon().pixmap(QSize(96, 96)))
        box.setInformativeText(self.tr("The specialist's offline workspace for customer onboarding, "
                                       "on one local file."))
        box.setStyleSheet("QLabel#qt_msgbox_label { font-weight: bold; } "
                          "QLabel#qt_msgbox_informativelabel { min-width: 320px; }")
        return self._open_dialog(box)

    # -- state ----------------------------------------------------------------------------
    def restore_window_state(self) -> None:
        geometry = self.settings.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 720)
        state = self.settings.window_state()
        if state is not None:
            self.restoreState(state)
        last = self.settings.last_view()
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

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_window_state()
        super().closeEvent(event)
        self.closed.emit()


def _keep_lines_whole(box: QMessageBox) -> None:
    """Widen the informative text so no path or file name breaks when it fits: a name
    broken at "/" or "-" is hard to read and to copy."""
    longest = max(box.fontMetrics().horizontalAdvance(line) for line in box.informativeText().splitlines())
    width = min(longest + 24, 720)
    box.setStyleSheet(f"QLabel#qt_msgbox_informativelabel {{ min-width: {width}px; }}")


def _with_mnemonic(title: str, menu: QMenu) -> str:
    """The title with an Alt-letter no other entry of ``menu`` uses yet (first free letter)."""
    if "&" in title:
        return title
    used = {text[text.index("&") + 1].lower() for text in (a.text() for a in menu.actions())
            if "&" in text[:-1]}
    at = next((i for i, ch in enumerate(title) if ch.isalnum() and ch.lower() not in used), None)
    return title if at is None else f"{title[:at]}&{title[at:]}"
