"""Ticking a task reads it once, views the user cannot see run no queries on a change, and
the status bar counts from the shared account list instead of querying for itself.

Statements are counted with ``sqlite3.Connection.set_trace_callback`` on the window's
connection and attributed to the ui module on the call stack that ran them.
"""

from __future__ import annotations

import re
import traceback
from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.conftest import TODAY
from tests.ui.test_today import check_box_center
from tracker.changes import ChangeSet
from tracker.queries.portfolio import portfolio_counts
from tracker.services.playbooks import create_playbook
from ui.context import AppContext
from ui.installers import INSTALLERS
from ui.main_window import MainWindow
from ui.models.roles import ROW_ROLE
from ui.views.playbooks import PlaybooksView

pytestmark = pytest.mark.gui
MODULE = re.compile(r"[/\\](ui[/\\][\w/\\]+)\.py$")


class Statements:
    """Every statement the GUI thread's connection runs, with the ui module behind it."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, str]] = []

    def __call__(self, sql: str) -> None:
        who = "?"
        for frame in reversed(traceback.extract_stack()[:-1]):
            found = MODULE.search(frame.filename)
            if found:
                who = found.group(1).replace("\\", "/")
                break
        self.seen.append((who, " ".join(sql.split())))

    def selects(self) -> list[str]:
        return [s for _, s in self.seen if s.upper().startswith(("SELECT", "WITH"))]

    def by_hidden_views(self, shown: str) -> Counter[str]:
        return Counter(w for w, _ in self.seen if w.startswith("ui/views/") and not w.startswith(shown))


@pytest.fixture
def window(main_window: MainWindow, ctx: AppContext, qtbot: QtBot) -> Iterator[MainWindow]:
    """Every view built and shown once (as after a morning's use), then back on Today."""
    for install in INSTALLERS:
        install(main_window)
    for key in list(main_window.views):
        main_window.show_view(key)
        QThreadPool.globalInstance().waitForDone(10_000)
        QApplication.processEvents()
    account = ctx.db.conn.execute("SELECT id FROM account ORDER BY id DESC LIMIT 1").fetchone()[0]
    main_window.view_of("account").show_account(account)  # type: ignore[union-attr]
    main_window.show_view("today")
    today = main_window.today_view
    qtbot.waitUntil(lambda: today.overdue_model.rowCount() > 0 and not today.loader.busy)
    qtbot.waitUntil(lambda: main_window.counts_label.text().endswith(" at risk"))
    yield main_window


def status_text(window: MainWindow, ctx: AppContext) -> str:
    """What the status bar must say: the core's counts, worded as the window words them."""
    c = portfolio_counts(ctx.db, TODAY)
    return (f"{c.accounts} accounts · {c.open_tasks} open tasks · "
            f"{c.overdue_tasks + c.overdue_milestones} overdue ({c.overdue_tasks} tasks, "
            f"{c.overdue_milestones} milestones) · {c.at_risk} at risk")


def test_the_status_bar_sums_the_shared_rows_after_a_tick(
        window: MainWindow, ctx: AppContext, qtbot: QtBot) -> None:
    today = window.today_view
    assert window.counts_label.text() == status_text(window, ctx)
    assert window.counts_label.text().endswith(f" · {today.risk_model.rowCount()} at risk")
    before = portfolio_counts(ctx.db, TODAY)
    table = today.overdue.table
    row = next(r for r in range(table.model().rowCount())
               if table.model().index(r, 0).data(ROW_ROLE).kind == "task")
    shown = today.overdue_model.rowCount()
    statements = Statements()
    ctx.db.conn.set_trace_callback(statements)
    try:
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=check_box_center(table, row))
        qtbot.waitUntil(lambda: today.overdue_model.rowCount() == shown - 1)
        qtbot.waitUntil(lambda: f"{before.open_tasks - 1} open tasks" in window.counts_label.text())
        QApplication.processEvents()
    finally:
        ctx.db.conn.set_trace_callback(None)
    assert window.counts_label.text() == status_text(window, ctx)
    assert f"{before.overdue_tasks - 1} tasks" in window.counts_label.text()
    # Today's at-risk list and the status bar still agree (one rule, one list of rows).
    assert window.counts_label.text().endswith(f" · {today.risk_model.rowCount()} at risk")
    # The window ran no count queries of its own, and the shared reader re-read one account only.
    assert [s for w, s in statements.seen if w == "ui/main_window"] == []
    shared = [s for w, s in statements.seen if w == "ui/portfolio"]
    assert shared and all("json_each" in s for s in shared if " FROM task" in s or " FROM account" in s), [
        s[:160] for s in shared if "json_each" not in s]




def test_a_tick_reads_its_task_once_and_hidden_views_stay_quiet(
        window: MainWindow, ctx: AppContext, qtbot: QtBot) -> None:
    today = window.today_view
    table = today.overdue.table
    row = next(r for r in range(table.model().rowCount())
               if table.model().index(r, 0).data(ROW_ROLE).kind == "task")
    item = table.model().index(row, 0).data(ROW_ROLE)
    shown = today.overdue_model.rowCount()
    statements = Statements()
    ctx.db.conn.set_trace_callback(statements)
    try:
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=check_box_center(table, row))
        qtbot.waitUntil(lambda: today.overdue_model.rowCount() == shown - 1)
        QApplication.processEvents()
    finally:
        ctx.db.conn.set_trace_callback(None)
    assert ctx.db.conn.execute("SELECT status FROM task WHERE id = ?", (item.id,)).fetchone()[0] == "done"
    # The whole tick: building the command, the write, and every view's refresh after it.
    task_reads = [s for s in statements.selects() if re.search(r"FROM task WHERE id = (\?|\d+)$", s)]
    assert len(task_reads) == 1, statements.seen
    assert statements.by_hidden_views("ui/views/today") == Counter()


@pytest.mark.parametrize("change", [ChangeSet.everything(), ChangeSet(playbooks=True),
                                    ChangeSet(accounts=True, segments=True, kpis=True)])
def test_hidden_views_run_no_queries_on_a_change(window: MainWindow, ctx: AppContext,
                                                 change: ChangeSet) -> None:
    statements = Statements()
    ctx.db.conn.set_trace_callback(statements)
    try:
        ctx.bus.announce(change, None)
        QApplication.processEvents()
    finally:
        ctx.db.conn.set_trace_callback(None)
    assert statements.by_hidden_views("ui/views/today") == Counter()


def test_a_stale_view_reads_when_shown(window: MainWindow, ctx: AppContext) -> None:
    view = window.view_of("playbooks")  # built when the fixture showed it
    assert isinstance(view, PlaybooksView)
    written = create_playbook(ctx.db, {"name": "Made while the view was hidden"})
    ctx.bus.announce(written.change, None)
    assert all(p.name != "Made while the view was hidden" for p in view.list_model.rows())
    window.show_view("playbooks")
    assert any(p.id == written.value for p in view.list_model.rows())
