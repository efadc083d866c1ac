"""The window's file and help dialogs: pick a database, back up, restore, where is it, about.

Functions of the window rather than methods, so the window module stays about its layout;
their words stay in the "MainWindow" translation context, as before the split.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QMessageBox

from tracker.paths import log_file
from tracker.storage.backups import backup_folder
from tracker.storage.db import backup_database
from tracker.storage.errors import StoreError
from tracker.version import app_version
from ui.resources import app_icon
from ui.workers import Cancelled, Worker

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def file_dialog(window: MainWindow, title: str, save: bool, folder: Path, on_chosen: object) -> QFileDialog:
    dialog = QFileDialog(window, title, str(folder),
                         tr("Onboarding Tracker database (*.db *.sqlite);;All files (*)"))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave if save
                         else QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile if save else QFileDialog.FileMode.ExistingFile)
    dialog.setDefaultSuffix("db")
    dialog.fileSelected.connect(lambda name: on_chosen(Path(name)))  # type: ignore[operator]
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.dialog = dialog
    dialog.open()
    return dialog


def choose_new_database(window: MainWindow) -> QFileDialog:
    return file_dialog(window, tr("New database"), True, window.ctx.db_path.parent,
                       window.open_requested.emit)


def choose_database(window: MainWindow) -> QFileDialog:
    return file_dialog(window, tr("Open database"), False, window.ctx.db_path.parent,
                       window.open_requested.emit)


def fill_recent_menu(window: MainWindow) -> None:
    window.recent_menu.clear()
    files = [p for p in window.settings.recent_files() if p != window.ctx.db_path.resolve()]
    for path in files:
        action = window.recent_menu.addAction(str(path))
        action.triggered.connect(lambda _=False, p=path: window.open_requested.emit(p))
    if not files:
        window.recent_menu.addAction(tr("(none)")).setEnabled(False)
    else:
        window.recent_menu.addSeparator()
        window.recent_menu.addAction(tr("Clear list"), window.settings.clear_recent_files)


def choose_backup_target(window: MainWindow) -> QFileDialog:
    folder = backup_folder(window.ctx.db_path)
    folder.mkdir(parents=True, exist_ok=True)
    return file_dialog(window, tr("Back up database"), True, folder,
                       lambda target: back_up_to(window, target))


def back_up_to(window: MainWindow, target: Path) -> Worker:
    """Copy the database with SQLite's online backup, off the UI thread."""
    source = window.ctx.db_path
    window.progress.setRange(0, 0)
    window.progress.setVisible(True)
    window.statusBar().showMessage(tr("Backing up to {0}…").format(target))
    worker = Worker(lambda job: backup_database(source, target))
    worker.signals.finished.connect(lambda path: on_backup_done(window, str(path), None))
    worker.signals.failed.connect(lambda exc: on_backup_done(window, None, exc))
    window._worker = worker
    worker.start()
    return worker


def on_backup_done(window: MainWindow, path: str | None, error: object) -> None:
    window.progress.setVisible(False)
    window._worker = None
    if path is not None:
        window.statusBar().showMessage(tr("Backed up to {0}").format(path), 10000)
    elif not isinstance(error, Cancelled):
        text = error.message if isinstance(error, StoreError) else str(error)
        window.show_message(QMessageBox.Icon.Warning, tr("Backup failed"), text)


def choose_backup_to_restore(window: MainWindow) -> QFileDialog:
    return file_dialog(window, tr("Restore from backup"), False, backup_folder(window.ctx.db_path),
                       lambda backup: confirm_restore(window, backup))


def confirm_restore(window: MainWindow, backup: Path) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Warning, tr("Restore from backup"),
                      tr("Replace the current database with this backup?"),
                      QMessageBox.StandardButton.NoButton, window)
    aside = window.ctx.db_path.name + ".before-restore"
    box.setInformativeText(tr("{0}\n\nThe current file is kept beside it as:\n{1}").format(
        backup.name, aside))
    keep_lines_whole(box)
    restore = box.addButton(tr("Restore"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)

    def answer(button: QAbstractButton) -> None:
        if button is restore:
            window.restore_requested.emit(backup)
    box.buttonClicked.connect(answer)
    return window._open_dialog(box)



def show_database_location(window: MainWindow) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Information, tr("Where is my database?"),
                      tr("Your data is in this file:"), QMessageBox.StandardButton.Close, window)
    log = log_file()
    backups = backup_folder(window.ctx.db_path)
    box.setInformativeText(tr("{0}\n\nThe program's log: {1}\nBackups: {2}").format(
        window.ctx.db_path, log, backups))
    keep_lines_whole(box)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    folder = box.addButton(tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
    folder.clicked.connect(lambda: QDesktopServices.openUrl(
        QUrl.fromLocalFile(str(window.ctx.db_path.parent))))
    return window._open_dialog(box)


def show_about(window: MainWindow) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.NoIcon, tr("About Onboarding Tracker"),
                      tr("Onboarding Tracker {0}").format(app_version()),
                      QMessageBox.StandardButton.Close, window)
    box.setIconPixmap(app_icon().pixmap(QSize(96, 96)))
    box.setInformativeText(tr("The specialist's offline workspace for customer onboarding, "
                                   "on one local file."))
    box.setStyleSheet("QLabel#qt_msgbox_label { font-weight: bold; } "
                      "QLabel#qt_msgbox_informativelabel { min-width: 320px; }")
    return window._open_dialog(box)


def keep_lines_whole(box: QMessageBox) -> None:
    """Widen the informative text so no path or file name breaks when it fits: a name
    broken at "/" or "-" is hard to read and to copy."""
    longest = max(box.fontMetrics().horizontalAdvance(line) for line in box.informativeText().splitlines())
    width = min(longest + 24, 720)
    box.setStyleSheet(f"QLabel#qt_msgbox_informativelabel {{ min-width: {width}px; }}")
