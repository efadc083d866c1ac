"""The tiles' goal lines: the same progress the Goals view computes, from a cache of goal
values kept while the data stay the same and seeded with the numbers the dashboard computed;
the previous period comes from its own worker and shows with the numbers it belongs to."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.conftest import TODAY
from tracker.changes import ChangeSet
from tracker.database import Database
from tracker.kpi.goal_values import GoalValues
from tracker.kpi.report import dashboard_data, previous_kpis
from tracker.kpi.trends import trend_values
from tracker.services.tasks import set_task_status
from ui import workers
from ui.context import AppContext
from ui.events import ChangeBus, Navigator
from ui.views import dashboard
from ui.views.dashboard import DashboardView, tile_goals
from ui.workers import JobControl, Worker

pytestmark = pytest.mark.gui
FIRST_MS = 60_000  # the first refresh of a process imports SciPy on the worker


@pytest.fixture
def ctx(demo_db: Database, qapp: QApplication) -> Iterator[AppContext]:
    path = Path(demo_db.conn.execute("PRAGMA database_list").fetchone()[2])
    yield AppContext(db=demo_db, db_path=path, bus=ChangeBus(), undo_stack=QUndoStack(),
                     navigator=Navigator(), today=lambda: TODAY)


@pytest.fixture
def view(ctx: AppContext, qtbot: QtBot) -> Iterator[DashboardView]:
    widget = DashboardView(ctx)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    with qtbot.waitSignal(widget.refreshed, timeout=FIRST_MS):
        widget.show()
    qtbot.waitUntil(lambda: not widget.busy, timeout=FIRST_MS)
    yield widget
    widget.close()


def _goal_lines(view: DashboardView) -> dict[str, str]:
    return {k: t.goal_label.text() for k, t in view.tiles.items() if not t.goal_label.isHidden()}


def _expected(ctx: AppContext, view: DashboardView) -> dict[str, str]:
    """Goal lines drawn from a fresh evaluation (no cache), on a scratch dashboard's tiles."""
    fresh = tile_goals(ctx.db, TODAY, view.current_filter(), frozenset(view.tiles))
    scratch = DashboardView(ctx)
    try:
        for key, tile in scratch.tiles.items():
            tile.set_goal(fresh.get(key))
        return _goal_lines(scratch)
    finally:
        scratch.deleteLater()


def test_tile_goals_match_a_fresh_evaluation(view: DashboardView, ctx: AppContext) -> None:
    lines = _goal_lines(view)
    assert {"ttfv_median", "activation", "task_overdue"} <= set(lines)
    assert lines == _expected(ctx, view)


def test_the_dashboards_numbers_seed_the_goal_values(view: DashboardView, ctx: AppContext) -> None:
    """Each portfolio goal's value today is the dashboard's own tile: not computed again."""
    fresh = GoalValues()
    tile_goals(ctx.db, TODAY, view.current_filter(), frozenset(view.tiles), fresh)
    goal_kpis = {"ttfv_median", "activation", "task_overdue"}
    assert view._goal_values.computed == fresh.computed - len(goal_kpis)


def test_unchanged_data_reuse_the_goal_values_and_a_change_drops_them(
        view: DashboardView, ctx: AppContext, qtbot: QtBot) -> None:
    cache, computed = view._goal_values, view._goal_values.computed
    with qtbot.waitSignal(view.refreshed):
        view.refresh()
    qtbot.waitUntil(lambda: not view.busy)
    assert view._goal_values is cache and cache.computed == computed, "nothing recomputed"

    task_id = ctx.db.conn.execute(
        "SELECT t.id FROM task t JOIN account a ON a.id = t.account_id WHERE t.status = 'todo'"
        " AND t.due_date < ? AND a.status <> 'churned' ORDER BY t.id LIMIT 1",
        (TODAY.isoformat(),)).fetchone()[0]
    with qtbot.waitSignal(view.refreshed):
        ctx.bus.announce(set_task_status(ctx.db, task_id, "done", today=TODAY).change)
    qtbot.waitUntil(lambda: not view.busy)
    assert view._goal_values is not cache
    assert _goal_lines(view) == _expected(ctx, view)


def test_goal_only_changes_keep_the_values(view: DashboardView, ctx: AppContext,
                                           qtbot: QtBot) -> None:
    cache = view._goal_values
    ctx.bus.announce(ChangeSet(goals=True))
    qtbot.waitUntil(lambda: not view.busy)
    assert view._goal_values is cache


def test_trends_from_their_own_worker_belong_to_the_numbers(view: DashboardView,
                                                            ctx: AppContext, qtbot: QtBot) -> None:
    view.period_combo.setCurrentIndex(view.period_combo.findData(30))
    qtbot.waitUntil(lambda: not view.busy and not view.trends_pending, timeout=FIRST_MS)
    assert view.data is not None and view.data.period_days == 30
    assert view.previous == previous_kpis(ctx.db, TODAY, view.current_filter(), period_days=30)
    tile = view.tiles["health"]
    assert tile.kpi == view.data.kpi("health") and tile.previous == view.previous["health"]



def _logged(events: list[str], name: str, func: Any, pause: threading.Event | None = None,
            paused: threading.Event | None = None) -> Any:
    def call(*args: Any, **kwargs: Any) -> Any:
        events.append(f"{name} start")
        try:
            return func(*args, **kwargs)
        finally:
            events.append(f"{name} end")
            if pause is not None and paused is not None and not paused.is_set():
                paused.set()  # the first call only: held until the test says go
                pause.wait(30)
    return call


def _hold_the_executor() -> threading.Event:
    """Every thread of the global pool busy until the returned event is set."""
    pool = QThreadPool.globalInstance()
    go, started = threading.Event(), threading.Semaphore(0)

    def hold(_control: JobControl) -> None:
        started.release()
        go.wait(30)

    for _ in range(pool.maxThreadCount()):
        Worker(hold).start()
    for _ in range(pool.maxThreadCount()):
        assert started.acquire(timeout=30)
    return go


def test_a_refresh_computes_the_numbers_then_the_trends_and_a_queued_one_is_taken_back(
        view: DashboardView, ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """The numbers, then the trends, one after the other (side by side they fought over the
    GIL); an outdated refresh's job not started yet is taken back, the newest numbers shown."""
    events: list[str] = []
    monkeypatch.setattr(dashboard, "dashboard_data", _logged(events, "data", dashboard_data))
    monkeypatch.setattr(dashboard, "trend_values", _logged(events, "trends", trend_values))
    go = _hold_the_executor()
    ctx.bus.announce(ChangeSet(kpis=True))  # a new data version: everything computed again
    view.refresh()
    outdated = list(view._workers.values())
    assert len(outdated) == 1
    view.refresh()
    assert outdated[0] not in workers._RUNNING, "taken back, never to run"
    assert len(view._workers) == 1
    go.set()
    qtbot.waitUntil(lambda: not view.busy and not view.trends_pending, timeout=FIRST_MS)
    assert events == ["data start", "data end", "trends start", "trends end"]
    assert view.data is not None and view.data.kpis == dashboard_data(ctx.db, TODAY).kpis
    assert view.previous == previous_kpis(ctx.db, TODAY, view.current_filter())


def test_a_refresh_under_way_stops_after_its_numbers_when_outdated(
        view: DashboardView, ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    events: list[str] = []
    pause, paused = threading.Event(), threading.Event()
    monkeypatch.setattr(dashboard, "dashboard_data",
                        _logged(events, "data", dashboard_data, pause, paused))
    monkeypatch.setattr(dashboard, "trend_values", _logged(events, "trends", trend_values))
    ctx.bus.announce(ChangeSet(kpis=True))
    view.refresh()
    assert paused.wait(30)  # the first job has its numbers and waits
    view.period_combo.setCurrentIndex(view.period_combo.findData(30))  # refreshes, as a click does
    pause.set()
    qtbot.waitUntil(lambda: not view.busy and not view.trends_pending, timeout=FIRST_MS)
    assert events == ["data start", "data end", "data start", "data end", "trends start", "trends end"]
    assert view.data is not None and view.data.period_days == 30
    assert view.previous == previous_kpis(ctx.db, TODAY, view.current_filter(), period_days=30)


def test_the_trends_shown_stand_for_a_refresh_of_the_same_data_day_filter_and_period(
        view: DashboardView, ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    events: list[str] = []
    monkeypatch.setattr(dashboard, "trend_values", _logged(events, "trends", trend_values))
    shown = dict(view.previous)
    assert shown
    with qtbot.waitSignals([view.refreshed, view.trends_updated]):
        view.refresh()  # nothing changed: no trends part, the kept trends stand
    qtbot.waitUntil(lambda: not view.busy)
    assert events == [] and not view.trends_pending and view.previous == shown
    assert view.tiles["health"].previous == shown["health"]
    ctx.bus.announce(ChangeSet(kpis=True))  # a new data version: computed again
    view.refresh()
    qtbot.waitUntil(lambda: not view.busy and not view.trends_pending, timeout=FIRST_MS)
    assert events == ["trends start", "trends end"]
    view.period_combo.setCurrentIndex(view.period_combo.findData(30))  # another period too
    qtbot.waitUntil(lambda: not view.busy and not view.trends_pending, timeout=FIRST_MS)
    assert len(events) == 4
    assert view.previous == previous_kpis(ctx.db, TODAY, view.current_filter(), period_days=30)
