"""Application entry point: arguments, the palette, and opening databases into windows.

A window belongs to one database. The :class:`Launcher` takes the instance lock, opens
(creating or migrating) the file, takes the rolling backup, builds the window and plugs
in the views; opening another file builds a new window and closes the old one only once
the new file opened, so a refused file never leaves the user with nothing.

The app starts on the database used last. The demo is a file of its own: a window on it
carries a banner and "Leave the demo", which goes back to the user's own database. What the
command line and the operating system hand the app (arguments, a workbook to import, macOS's
file-open events) is read in :mod:`ui.arguments`.
"""

from __future__ import annotations

import contextlib
import importlib
import sys
import threading
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QGuiApplication, QUndoStack
from PySide6.QtWidgets import QApplication, QWidget

from tracker import i18n
from tracker.excel.formats import CHILD_FLAG
from tracker.paths import default_db_path, demo_db_path, is_demo_path, log_dir, log_file
from tracker.queries.lookups import has_accounts
from tracker.storage.db import open_database, verify_intact
from tracker.storage.errors import CorruptDatabaseError, InstanceLockedError, StoreError, damaged_message
from tracker.storage.instance_lock import InstanceLock
from tracker.workspace import open_workspace
from ui.arguments import FileOpenForwarder as FileOpenForwarder
from ui.arguments import is_spreadsheet as is_spreadsheet
from ui.arguments import offer_import as offer_import
from ui.arguments import parse_args as parse_args
from ui.arguments import workbook_to_import as workbook_to_import
from ui.context import AppContext
from ui.display import install_look, install_money
from ui.drop_import import install_drop_import
from ui.errors import install_excepthook, setup_logging
from ui.events import ChangeBus, Navigator
from ui.installers import INSTALLERS
from ui.main_window import MainWindow
from ui.resources import app_icon
from ui.settings import AppSettings
from ui.theme import STYLE_PROPERTY, apply_palette
from ui.translations import install_interface_locale, install_translator
from ui.workers import JobControl, Worker

# The welcome dialog loads only for an empty database; PySide6 builds a class (and its
# enums) on its first use, so the message boxes and file dialogs wait for a question too.
if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    from ui.dialogs.first_start import FirstStartDialog

ORGANIZATION = "OnboardingTracker"
APPLICATION = "Onboarding Tracker"
# The name of packaging/linux/onboarding-tracker.desktop, so Wayland and the task bar tie the
# window to the installed launcher and its icon.
DESKTOP_FILE = "onboarding-tracker"

ViewInstaller = Callable[[MainWindow], None]
# The import dialog's own type; not imported from there, which would load openpyxl at start.
FilePicker = Callable[[QWidget | None], Path | None]
# Views built outside the shell (account detail, playbooks, dashboard, analytics) and the
# Excel menu entries are plugged in here: each function receives a new window.
VIEW_INSTALLERS: list[ViewInstaller] = list(INSTALLERS)


def tr(text: str) -> str:
    return QCoreApplication.translate("app", text)


class Prompter:
    """Questions asked when no window can host a non-modal dialog; tests inject answers."""

    def error(self, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, tr("Onboarding Tracker"), text)

    def restore_offer(self, text: str, backup: Path) -> bool:
        """The database is damaged: True to replace it with ``backup``."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Critical, tr("Database damaged"), text)
        box.setInformativeText(tr("Restore the newest good backup, {0}? The damaged file is kept "
                                  "beside it.").format(backup.name))
        restore = box.addButton(tr("Restore backup"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is restore

    def in_use(self, text: str) -> Path | None:
        """The database is open elsewhere: return another file to open, or None."""
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, tr("Database in use"), text)
        other = box.addButton(tr("Open another file…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not other:
            return None
        name, _ = QFileDialog.getOpenFileName(None, tr("Open database"), "",
                                              tr("Onboarding Tracker database (*.db);;All files (*)"))
        return Path(name) if name else None


class Launcher(QObject):
    """Opens databases into windows and closes them cleanly (lock, connection).

    Attributes:
        windows: the open windows; ``first_start`` the demo offer of the last window.
    """

    def __init__(self, settings: AppSettings, prompter: Prompter | None = None,
                 today: Callable[[], date] = date.today,
                 view_installers: Sequence[ViewInstaller] | None = None,
                 offer_demo: bool = True, demo_path: Path | None = None,
                 pick_workbook: FilePicker | None = None) -> None:
        super().__init__()
        self.settings = settings
        self.prompter = prompter or Prompter()
        self.today = today
        self.view_installers = list(VIEW_INSTALLERS if view_installers is None else view_installers)
        self.offer_demo = offer_demo
        self.demo_path = (demo_path or demo_db_path()).expanduser().absolute()
        self.pick_workbook = pick_workbook  # None: the usual file dialog (tests inject one)
        self.windows: list[MainWindow] = []
        self.first_start: FirstStartDialog | None = None
        self.backup_worker: Worker | None = None
        self._locks: dict[int, InstanceLock] = {}

    def is_demo(self, path: Path) -> bool:
        return Path(path).expanduser().absolute() == self.demo_path or is_demo_path(path)

    def start_path(self) -> Path:
        """The database used last, if it is still there; else the default one."""
        last = self.settings.last_database()
        return last if last is not None and last.is_file() else default_db_path()

    def open(self, path: Path, *, demo_size: str | None = None,
             replacing: MainWindow | None = None, welcome: bool = True) -> MainWindow | None:
        """Open ``path`` in a new window; on any refusal tell the user and return None.

        ``welcome``: offer the welcome dialog if the database is empty (not when the user
        comes back from the demo: they have seen it).
        """
        path = Path(path).expanduser().absolute()
        demo = demo_size is not None or self.is_demo(path)
        lock = InstanceLock(path)
        try:
            lock.acquire()
        except InstanceLockedError as exc:
            other = self.prompter.in_use(exc.message)
            return self.open(other, replacing=replacing) if other is not None else None
        except OSError as exc:
            self.prompter.error(tr("The folder of {0} cannot be written: {1}.").format(path, exc.strerror))
            return None
        try:
            db = open_workspace(path)
        except CorruptDatabaseError as exc:
            lock.release()
            return self._damaged(path, exc, replacing)
        except StoreError as exc:
            lock.release()
            self.prompter.error(exc.message)
            return None
        try:
            if demo_size is not None:
                from tracker.demo import generate_demo  # NumPy, only when the demo is wanted

                generate_demo(db, demo_size, today=self.today())
            # Building the window reads the portfolio: damage the open's probe did not reach
            # shows here, and must end in the same offer, not a traceback.
            install_money(db)
            window = self._window(AppContext(db, path, ChangeBus(), QUndoStack(), Navigator(), self.today))
        except (StoreError, ValueError) as exc:
            db.conn.close()
            lock.release()
            if isinstance(exc, CorruptDatabaseError):
                return self._damaged(path, exc, replacing)
            self.prompter.error(exc.message if isinstance(exc, StoreError) else str(exc))
            return None
        self._locks[id(window)] = lock
        self.settings.add_recent_file(path)
        self.settings.set_last_database(path)
        if demo:
            from ui.demo_banner import install_demo_banner  # a demo window only

            install_demo_banner(window, lambda: self.leave_demo(window))
        else:
            self.settings.set_user_database(path)
        if replacing is not None:
            replacing.close()
        window.show()
        # Neither the settings file nor the backup is needed for the first frame.
        window.after_first_paint(self.settings.sync)
        if not self.is_demo(path):  # the demo is rebuilt, never restored: no backups of it
            window.after_first_paint(lambda: window in self.windows and self._start_backup(window, path))
        if welcome and self.offer_demo and not demo and not has_accounts(window.ctx.db):
            self.first_start = self._welcome(window)
        return window

    def _welcome(self, window: MainWindow) -> FirstStartDialog:
        from ui.dialogs.first_start import FirstStartDialog

        dialog = FirstStartDialog(window.ctx, self.demo_path, window)
        dialog.import_requested.connect(lambda: self.import_into(window))
        dialog.demo_ready.connect(lambda p: self.open(p, replacing=window))
        dialog.open()
        return dialog

    def import_into(self, window: MainWindow) -> QDialog | None:
        """File > Import's dialog, for the welcome dialog's "Import from Excel…"."""
        from ui.dialogs import import_dialog

        return import_dialog.run_import(window.ctx, window, pick_file=self.pick_workbook)

    def leave_demo(self, window: MainWindow) -> MainWindow | None:
        """Back from the demo to the user's own database (the default one if none yet)."""
        target = self.settings.user_database()
        if target is None or self.is_demo(target):
            target = default_db_path()
        return self.open(target, replacing=window, welcome=False)

    def _damaged(self, path: Path, exc: StoreError, replacing: MainWindow | None) -> MainWindow | None:
        """Tell the user the file is damaged and offer the newest good backup; nothing is
        written into the damaged file."""
        from tracker.storage.backups import newest_good_backup, restore_backup

        text = damaged_message(path)  # a read that found it may not have known the file
        backup = newest_good_backup(path)
        if backup is None:
            self.prompter.error(text)
            return None
        if not self.prompter.restore_offer(text, backup):
            return None
        if replacing is not None:
            replacing.close()
        settle_background_reads()
        try:
            restore_backup(backup, path)
        except StoreError as failure:
            self.prompter.error(failure.message)
            return None
        return self.open(path)

    def _start_backup(self, window: MainWindow, path: Path) -> Worker:
        """The full page check and the rolling backup, on their own connection off the UI
        thread (about 0.6 s for the L portfolio: the window should not wait for it)."""
        from tracker.storage.backups import newest_good_backup, rolling_backup

        def job(control: JobControl) -> Path | None:
            db = open_database(path, migrate=False)
            try:
                verify_intact(db.conn, path, thorough=True)
                return rolling_backup(db, path)
            finally:
                db.conn.close()

        worker = Worker(job)

        def failed(exc: BaseException) -> None:
            if window not in self.windows:
                return
            if isinstance(exc, CorruptDatabaseError):
                backup = newest_good_backup(path)
                if backup is None:
                    self.prompter.error(damaged_message(path))
                elif self.prompter.restore_offer(damaged_message(path), backup):
                    self.restore(window, backup)
                return
            text = exc.message if isinstance(exc, StoreError) else str(exc)
            window.statusBar().showMessage(tr("The automatic backup failed: {0}").format(text), 15000)
        worker.signals.failed.connect(failed)
        self.backup_worker = worker
        worker.start()
        return worker

    def _window(self, ctx: AppContext) -> MainWindow:
        window = MainWindow(ctx, self.settings)
        for obj in (ctx.bus, ctx.undo_stack, ctx.navigator):
            obj.setParent(window)
        for install in self.view_installers:
            install(window)
        install_drop_import(window)
        window.restore_window_state()
        window.open_requested.connect(lambda p: self.open(p, replacing=window))
        window.restore_requested.connect(lambda b: self.restore(window, b))
        window.closed.connect(lambda: self._on_window_closed(window))
        self.windows.append(window)
        return window

    def _on_window_closed(self, window: MainWindow) -> None:
        if window not in self.windows:
            return
        self.windows.remove(window)
        window.ctx.undo_stack.clear()
        window.ctx.db.conn.close()
        lock = self._locks.pop(id(window), None)
        if lock is not None:
            lock.release()

    def restore(self, window: MainWindow, backup: Path) -> MainWindow | None:
        """Close the window (and its connection), put the backup in place, reopen."""
        from tracker.storage.backups import restore_backup

        path = window.ctx.db_path
        window.close()
        settle_background_reads()
        try:
            restore_backup(backup, path)
        except StoreError as exc:
            self.prompter.error(exc.message)
        return self.open(path)



RESTORE_WAIT_MS = 30_000


def settle_background_reads() -> None:
    """Let the background jobs finish before a restore replaces the file under them.

    Each holds a connection of its own (the start's page check and backup, the lists'
    reads); the last one to close checkpoints the write-ahead log and deletes it, which
    could happen while the restore was setting the replaced file aside. A restore is rare
    and asked for: a wait with a busy cursor is the right trade.
    """
    from PySide6.QtCore import Qt, QThreadPool

    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        QThreadPool.globalInstance().waitForDone(RESTORE_WAIT_MS)
    finally:
        QGuiApplication.restoreOverrideCursor()


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments[:1] == [CHILD_FLAG]:  # a frozen bundle starting its own safe-reader child
        from tracker.excel._read_child import main as read_child

        return read_child(arguments)
    args = parse_args(arguments)
    workbook = workbook_to_import(args)
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QGuiApplication.setDesktopFileName(DESKTOP_FILE)
    app = create_application()
    app.setWindowIcon(app_icon())
    settings = AppSettings()
    # The core's words (KPI names, formulas, details) go through Qt's translator too.
    translator = install_translator(app, settings.language())
    install_interface_locale(settings.language(), translated=translator is not None)
    i18n.install(QCoreApplication.translate)
    install_look(settings.date_style(), settings.week_start())
    install_excepthook(log_file())  # the log file itself is opened after the first paint
    choice = settings.palette()
    apply_palette(app, None if choice == "system" else choice == "dark")
    # Come to import a workbook: its preview, not the first-start offer, is what to show.
    launcher = Launcher(settings, offer_demo=workbook is None)
    if sys.platform == "darwin":  # only macOS sends QFileOpenEvent; elsewhere a filter on
        # every event of the app would cost the start for nothing
        forwarder = FileOpenForwarder(launcher)
        app.installEventFilter(forwarder)
    if args.demo is not None and args.demo.exists():
        launcher.prompter.error(tr("{0} already exists; choose a new file for the demo.").format(args.demo))
        return 1
    path = args.demo or args.db or launcher.start_path()
    window = launcher.open(path, demo_size=args.demo_size if args.demo is not None else None)
    if window is None:
        return 1
    window.after_first_paint(lambda: setup_logging(log_dir()))
    # Quitting from outside a window (session end, app.quit()) still saves state and unlocks.
    app.aboutToQuit.connect(lambda: [w.close() for w in list(launcher.windows)])
    if workbook is not None:
        QTimer.singleShot(0, lambda: offer_import(window, workbook.expanduser().absolute()))
    if args.self_test is not None:  # packaging/smoke.py checking a built bundle
        from ui.self_test import run_self_test

        folder = args.self_test.expanduser().absolute()
        QTimer.singleShot(0, lambda: run_self_test(window, folder))
    QTimer.singleShot(PREWARM_DELAY_MS, set_application_version)  # nothing before needs it
    QTimer.singleShot(PREWARM_DELAY_MS, prewarm_heavy_imports)
    QTimer.singleShot(PREWARM_DELAY_MS, clean_leftovers)  # what a killed export or read left
    code = int(app.exec())
    if translator is not None:
        app.removeTranslator(translator)
    return code


PREWARM_DELAY_MS = 800


def create_application() -> QApplication:
    """The process's QApplication: the one that exists (tests, a host), or a new one on Fusion.

    A new one is made on Fusion from its first moment (Qt's ``-style`` argument) rather than
    handed it later with ``setStyle("Fusion")``: that call returns the style to Python, and
    PySide6 builds the Python class of QStyle and its sixteen enums for it (about 45 M
    instructions at start). :func:`ui.theme.install_style` reads the mark and keeps it.
    """
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication([*sys.argv[:1], "-style", "Fusion"])
    app.setProperty(STYLE_PROPERTY, "fusion")
    return app


def clean_leftovers() -> None:
    """Remove what a killed export or read left in the app's temporary folder (imported here:
    nothing before the first paint needs it)."""
    from tracker.temp_files import clean_leftovers as clean

    clean()


def set_application_version() -> None:
    from tracker.version import app_version

    QCoreApplication.setApplicationVersion(app_version())


def prewarm_heavy_imports() -> threading.Thread:
    """Import SciPy's statistics and Matplotlib in the background once the window is up.

    Start-up does not need them, but the first health score, dashboard or analytics run
    would otherwise pay about a second for the import in the user's face. The dashboard's
    own core modules (KPIs, goal values, trends; about 17 ms, Qt-free so safe off the GUI
    thread) come after them: the first dashboard's jobs import them otherwise.
    """

    def run() -> None:
        with contextlib.suppress(Exception):
            for name in ("scipy.stats", "matplotlib.figure", "tracker.kpi.report",
                         "tracker.kpi.goal_values", "tracker.kpi.trends"):
                importlib.import_module(name)

    thread = threading.Thread(target=run, name="prewarm-imports", daemon=True)
    thread.start()
    return thread
