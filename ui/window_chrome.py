"""The main window's chrome: its menus, toolbar and status bar, and the menus' mnemonics.

Built once, by :class:`ui.main_window.MainWindow` while it is constructed: functions of the
window rather than methods, so the window module stays about views, navigation and state.
The actions they create are the window's attributes (declared on the class), where the
installers and the tests have always found them. Their words stay in the "MainWindow"
translation context, as before the split. This module is on the start-up path, so it
imports nothing the first paint did not already load.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QProgressBar, QToolBar, QToolButton

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def build_menus(window: MainWindow) -> None:
    bar = window.menuBar()
    file_menu = window.file_menu = bar.addMenu(tr("&File"))
    window.new_db_action = file_menu.addAction(tr("&New database…"), window.choose_new_database)
    window.new_db_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
    window.open_db_action = file_menu.addAction(tr("&Open database…"), window.choose_database)
    window.open_db_action.setShortcut(QKeySequence.StandardKey.Open)
    window.recent_menu = file_menu.addMenu(tr("&Recent files"))
    window.recent_menu.aboutToShow.connect(window._fill_recent_menu)
    file_menu.addSeparator()
    window.import_action = file_menu.addAction(tr("&Import…"))
    window.export_action = file_menu.addAction(tr("&Export report…"))
    window.template_action = file_menu.addAction(tr("Save import &template…"))
    # Not Ctrl+I: the checklist uses it for "Mark in progress".
    window.import_action.setShortcut(QKeySequence("Ctrl+Shift+I"))
    window.export_action.setShortcut(QKeySequence("Ctrl+E"))
    for action in (window.import_action, window.export_action, window.template_action):
        action.setEnabled(False)
    file_menu.addSeparator()
    window.backup_action = file_menu.addAction(tr("&Back up now…"), window.choose_backup_target)
    window.restore_action = file_menu.addAction(tr("Re&store from backup…"),
                                                window.choose_backup_to_restore)
    file_menu.addSeparator()
    window.quit_action = file_menu.addAction(tr("&Quit"), window.close)
    window.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
    window.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

    edit_menu = window.edit_menu = bar.addMenu(tr("&Edit"))
    stack = window.ctx.undo_stack
    window.undo_action = stack.createUndoAction(window, tr("&Undo"))
    window.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
    window.redo_action = stack.createRedoAction(window, tr("&Redo"))
    window.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    edit_menu.addAction(window.undo_action)
    edit_menu.addAction(window.redo_action)
    edit_menu.addSeparator()
    acts = window.account_actions
    edit_menu.addAction(acts.new)
    edit_menu.addAction(acts.edit)
    edit_menu.addMenu(acts.move_menu)
    edit_menu.addAction(acts.delete)
    edit_menu.aboutToShow.connect(acts.update_enabled)

    window.view_menu = bar.addMenu(tr("&View"))
    window._view_menu_end = window.view_menu.addSeparator()
    window.filter_action = window.view_menu.addAction(tr("&Filter accounts"), window.focus_filter)
    window.filter_action.setShortcut(QKeySequence.StandardKey.Find)
    window.search_action = window.view_menu.addAction(tr("&Search everywhere…"), window.open_search)
    window.search_action.setShortcut(QKeySequence("Ctrl+K"))
    window.search_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    appearance = window.view_menu.addMenu(tr("&Appearance"))
    window.palette_group = QActionGroup(window)
    current = window.settings.palette()
    for value, label in (("system", tr("Follow the &system")), ("light", tr("&Light")),
                         ("dark", tr("&Dark"))):
        action = appearance.addAction(label)
        action.setCheckable(True)
        action.setChecked(value == current)
        action.setData(value)
        action.triggered.connect(lambda _=False, v=value: window.set_palette(v))
        window.palette_group.addAction(action)

    help_menu = bar.addMenu(tr("&Help"))
    help_menu.addAction(tr("&Where is my database?"), window.show_database_location)
    help_menu.addSeparator()
    about = help_menu.addAction(tr("&About Onboarding Tracker"), window.show_about)
    about.setMenuRole(QAction.MenuRole.AboutRole)
    help_menu.addAction(tr("About &Qt"), QApplication.aboutQt)


def build_toolbar(window: MainWindow) -> None:
    bar = QToolBar(tr("Main toolbar"))
    bar.setObjectName("main_toolbar")
    bar.setMovable(False)
    bar.setIconSize(QSize(18, 18))
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    acts = window.account_actions
    for action in (acts.new, acts.edit, acts.delete):
        bar.addAction(action)
    bar.addSeparator()
    # The menu's Undo says what it undoes ("Undo Move 12 accounts to Kickoff"); on the
    # toolbar that text would grow the button and push the others, so the button keeps
    # its short word and says the rest in its tooltip. Qt updates the button from the
    # action before ``changed`` is emitted, so this runs after it, every time.
    for action, short in ((window.undo_action, tr("Undo")), (window.redo_action, tr("Redo"))):
        bar.addAction(action)
        button = bar.widgetForAction(action)
        if isinstance(button, QToolButton):
            def keep_short(b: QToolButton = button, a: QAction = action, t: str = short) -> None:
                try:
                    b.setText(t)
                    b.setToolTip(a.text().replace("&", ""))
                except RuntimeError:  # the window is being torn down: nothing to show
                    pass
            action.changed.connect(keep_short)
            keep_short()
    bar.addSeparator()
    bar.addAction(window.filter_action)
    bar.addAction(window.search_action)
    window.search_action.setToolTip(
        tr("Search accounts, contacts, tasks, notes and feedback (Ctrl+K)"))
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    window.main_toolbar = bar


def build_status_bar(window: MainWindow) -> None:
    status = window.statusBar()
    window.path_label = QLabel()
    window.path_label.setText(str(window.ctx.db_path))
    # Selectable text gives the label a text control of its own (10 to 90 ms at start,
    # the most of any one widget): the path becomes selectable once the window painted.
    window.after_first_paint(lambda: window.path_label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse))
    window.path_label.setToolTip(tr("The database file this window works on"))
    window.counts_label = QLabel()
    window.progress = QProgressBar()
    window.progress.setMaximumWidth(160)
    window.progress.setVisible(False)
    status.addWidget(window.path_label, 1)
    status.addPermanentWidget(window.progress)
    status.addPermanentWidget(window.counts_label)


def with_mnemonic(title: str, menu: QMenu) -> str:
    """The title with an Alt-letter no other entry of ``menu`` uses yet (first free letter)."""
    if "&" in title:
        return title
    used = {text[text.index("&") + 1].lower() for text in (a.text() for a in menu.actions())
            if "&" in text[:-1]}
    at = next((i for i, ch in enumerate(title) if ch.isalnum() and ch.lower() not in used), None)
    return title if at is None else f"{title[:at]}&{title[at:]}"
