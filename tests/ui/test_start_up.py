"""Start-up paints first (issue 21 item 1): importing the app loads nothing the first frame
does not show, only Today is built, and the reads, the backup and the counts wait for the
window's first paint. No timing is asserted here; bench/ measures the start."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from pytestqt.qtbot import QtBot

from tests.conftest import TODAY
from tests.ui.conftest import FakePrompter
from tracker.changes import ChangeSet
from tracker.queries.portfolio import DueItem, due_items
from ui.app import Launcher
from ui.commands.tasks import SetTaskStatus
from ui.context import AppContext
from ui.installers import INSTALLERS
from ui.main_window import MainWindow
from ui.settings import AppSettings
from ui.views.account_detail import AccountDetailView
from ui.views.accounts import AccountsView
from ui.views.lazy import LazyView

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[2]
NOT_AT_START = (
    # what the issue names, and what the first frame does not show
    "numpy", "scipy", "matplotlib", "openpyxl", "sqlite_utils", "python_calamine",
    "importlib.metadata", "email", "tracker.storage.backups", "tracker.kpi.health",
    "ui.views.accounts", "ui.views.account_detail", "ui.views.playbooks", "ui.views.dashboard",
    "ui.views.analytics", "ui.views.goals", "ui.dialogs.account_dialog",
    "ui.dialogs.search_dialog", "ui.window_dialogs",
    # behind menus, dialogs and first uses: the services and undo commands that write, the
    # demo banner and welcome dialog, the task and playbook forms, the log's file handler
    "tracker.services.playbooks", "tracker.services.accounts", "tracker.services.bulk",
    "tracker.services.records", "tracker.services.journeys", "ui.commands.accounts",
    "ui.commands.bulk", "ui.commands.records", "ui.demo_banner", "ui.dialogs.first_start",
    "ui.dialogs.task_dialog", "ui.dialogs.apply_playbook_dialog", "ui.dialogs.fields",
    "logging.handlers", "tracker.domain_rows", "tracker.domain_signal_rows", "hashlib",
    # read after the first paint, or only for their constants (spelt out in ui.arguments)
    "tracker.excel._read_child", "tracker.temp_files", "tracker.queries.search", "pickle",
    # Today's row menus, built one turn after its first paint, and what they import
    "ui.views.task_menu", "ui.views.bulk_menu", "ui.commands.tasks", "tracker.services.tasks",
    "ui.dialogs.owner",
)


def test_importing_the_app_loads_nothing_the_first_paint_does_not_need() -> None:
    probe = ("import sys, ui.app\n"
             f"print(' '.join(m for m in {NOT_AT_START!r} if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True, cwd=ROOT, timeout=120)
    assert out.stdout.split() == []


def test_the_reader_child_s_copies_of_its_constants_are_the_app_s() -> None:
    from tracker.excel import _read_child, formats

    assert formats.CHILD_FLAG == _read_child.CHILD_FLAG
    assert formats.SUPPORTED == _read_child.SUPPORTED
    main = (ROOT / "ui" / "__main__.py").read_text(encoding="utf-8")
    assert f'sys.argv[1:2] == ["{_read_child.CHILD_FLAG}"]' in main


@pytest.fixture
def window(main_window: MainWindow) -> MainWindow:
    for install in INSTALLERS:
        install(main_window)
    return main_window


def test_only_today_is_built_and_the_rest_on_first_show(window: MainWindow, qtbot: QtBot) -> None:
    lazy = {key: w for key, w in window.views.items() if key != "today"}
    assert set(lazy) == {"accounts", "account", "playbooks", "dashboard", "analytics", "goals"}
    assert all(isinstance(w, LazyView) and w.view is None for w in lazy.values())
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    accounts = lazy["accounts"]
    assert isinstance(accounts, LazyView)
    qtbot.waitUntil(lambda: accounts.view is not None)
    assert isinstance(accounts.view, AccountsView) and window.accounts_view is accounts.view
    assert all(w.view is None for k, w in lazy.items() if k != "accounts")  # type: ignore[attr-defined]


def test_a_selection_in_a_view_built_late_is_the_window_s_current_account(
        window: MainWindow, ctx: AppContext, qtbot: QtBot) -> None:
    account = int(ctx.db.conn.execute("SELECT min(id) FROM account").fetchone()[0])
    window.show_view("accounts")
    view = window.accounts_view
    qtbot.waitUntil(lambda: not view.loader.busy and view.model.rowCount() > 0)
    assert not window.account_actions.edit.isEnabled()
    assert view.select_account(account)
    assert window.current_account_id() == account and window.selected_account_ids() == [account]
    assert window.account_actions.edit.isEnabled()  # the placeholder passed the signal on


def test_opening_an_account_builds_the_account_view(window: MainWindow, ctx: AppContext) -> None:
    account = int(ctx.db.conn.execute("SELECT max(id) FROM account").fetchone()[0])
    ctx.navigator.account_requested.emit(account)
    detail = window.view_of("account")
    assert isinstance(detail, AccountDetailView)
    assert window.current_view_key() == "account" and window.current_account_id() == account


def test_reads_backup_and_counts_wait_for_the_first_paint(ui_settings: AppSettings, ui_db_path: Path,
                                                          tmp_path: Path, qtbot: QtBot) -> None:
    launcher = Launcher(ui_settings, FakePrompter(), today=lambda: TODAY, view_installers=[],
                        demo_path=tmp_path / "data" / "Onboarding Tracker demo.db")
    window = launcher.open(ui_db_path)
    assert window is not None
    qtbot.addWidget(window)
    try:
        today = window.today_view
        # Shown, not yet painted: nothing has started and nothing was read.
        assert launcher.backup_worker is None
        assert not today.reader.busy and not today.loader.busy
        assert today.overdue_model.rowCount() == 0 and today.overdue.empty.text() == "Loading…"
        # No count is shown before it is known: the first frame says "…", never a false 0.
        assert today.overdue.label.text() == "Overdue (…)" and today.summary.text() == "Loading…"
        assert window.counts_label.text() == ""
        # Nor are Today's row menus built (their keys and context menus come with them).
        assert today.bulk is None and today.task_actions == {}
        assert all(not section.table.actions() for section in (today.overdue, today.at_risk))
        # The path is selectable (a text control of its own) only once the window painted.
        selectable = Qt.TextInteractionFlag.TextSelectableByMouse
        assert not window.path_label.textInteractionFlags() & selectable
        qtbot.waitUntil(lambda: launcher.backup_worker is not None, timeout=10000)
        assert window.path_label.textInteractionFlags() == selectable
        qtbot.waitUntil(lambda: today.bulk is not None, timeout=10000)
        assert set(today.task_actions) == {"overdue", "soon"}
        assert today.overdue.table.actions() and today.at_risk.table.actions()
        qtbot.waitUntil(lambda: today.overdue_model.rowCount() > 0, timeout=60000)
        qtbot.waitUntil(lambda: window.counts_label.text().endswith(" at risk"), timeout=60000)
        qtbot.waitUntil(lambda: today.summary.text() != "Loading…", timeout=60000)
        assert today.overdue.label.text() == f"Overdue ({today.overdue.proxy.rowCount()})"
    finally:
        for open_window in list(launcher.windows):
            open_window.close()
        QThreadPool.globalInstance().waitForDone(10000)


def test_a_tick_while_the_lists_are_read_again_stays_ticked(main_window: MainWindow, ctx: AppContext,
                                                            qtbot: QtBot) -> None:
    today = main_window.today_view
    qtbot.waitUntil(lambda: today.overdue_model.rowCount() > 0 and not today.reader.busy)
    item = next(i for i in today.overdue_model.rows() if isinstance(i, DueItem) and i.kind == "task")
    ctx.bus.announce(ChangeSet.everything(), None)  # a broad change: every list is read again
    today.refresh()  # the full read starts on the next turn, before the tick's own refresh
    ctx.undo_stack.push(SetTaskStatus(ctx, item.id, "done", title=item.title, current=item.status))
    qtbot.waitUntil(lambda: not today.reader.busy and not today._dirty)
    shown = {(i.kind, i.id) for i in today.overdue_model.rows() if isinstance(i, DueItem)}
    assert ("task", item.id) not in shown
    expected = {(i.kind, i.id) for i in due_items(ctx.db, TODAY) if i.days_late > 0}
    assert shown == expected


def test_today_s_menus_are_built_at_first_use_before_any_paint(ctx: AppContext) -> None:
    """A caller that needs the row actions before Today has painted builds them (once)."""
    from ui.views.today import TodayView

    today = TodayView(ctx)
    try:
        assert today.bulk is None and today.task_actions == {}
        today.ensure_menus()
        bulk, actions = today.bulk, dict(today.task_actions)
        assert bulk is not None and set(actions) == {"overdue", "soon"}
        today.ensure_menus()
        assert today.bulk is bulk and today.task_actions == actions
    finally:
        today.deleteLater()


def test_health_dots_are_drawn_only_when_a_model_shows_them(ctx: AppContext) -> None:
    """Today's models never show the health-band markers: building Today draws none."""
    from ui.views.today import TodayView

    today = TodayView(ctx)
    try:
        models = (today.overdue_model, today.soon_model, today.risk_model, today.checkin_model)
        assert all(model._dots is None for model in models)
        dots = today.risk_model.dots  # the account list's use: drawn when first asked for
        assert set(dots) == {"green", "yellow", "red"} and today.risk_model.dots is dots
        today.risk_model.palette_changed()  # redrawn in the new palette's colours
        assert today.risk_model._dots is None and today.risk_model.dots is not dots
    finally:
        today.deleteLater()


def test_a_light_start_is_fusion_by_name_and_dark_loads_the_outlined_style() -> None:
    # A fresh process: the app's own QApplication, as python -m ui makes it.
    probe = ("import sys\n"
             "from ui.app import create_application\n"
             "from ui.theme import apply_palette\n"
             "app = create_application()\n"
             "apply_palette(app, False)\n"
             "light = 'ui.dark_style' in sys.modules\n"
             "name = app.style().name()\n"
             "apply_palette(app, True)\n"
             "from ui.dark_style import OutlinedFusionStyle\n"
             "dark = isinstance(app.style(), OutlinedFusionStyle)\n"
             "apply_palette(app, False)\n"
             "kept = isinstance(app.style(), OutlinedFusionStyle)\n"
             "print(light, name, dark, kept)\n")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                         cwd=ROOT, timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.stdout.split() == ["False", "fusion", "True", "True"]
