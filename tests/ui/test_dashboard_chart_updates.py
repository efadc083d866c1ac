"""A dashboard chart given new data moves its artists instead of rebuilding its axes; the
picture must be the one a rebuild paints, pixel for pixel."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

import numpy as np
import pytest
from pytestqt.qtbot import QtBot

from tests.conftest import TODAY
from tests.ui.chart_helpers import count_updates
from tracker.database import Database
from tracker.kpi import dashboard_data
from tracker.kpi.filters import KpiFilter
from tracker.kpi.report import DashboardData
from ui.charts.base import ChartCanvas
from ui.charts.kpi_charts import (
    CohortHeatmap,
    FeedbackTrendChart,
    FunnelChart,
    HealthChart,
    OnTimeChart,
    SurvivalChart,
)

pytestmark = pytest.mark.gui

FEEDS: dict[type[ChartCanvas], Callable[[Any, DashboardData], None]] = {
    OnTimeChart: lambda chart, d: chart.set_data(d.golive_on_time),
    SurvivalChart: lambda chart, d: chart.set_data(d.ttfv),
    FunnelChart: lambda chart, d: chart.set_data(d.funnel),
    FeedbackTrendChart: lambda chart, d: chart.set_data(d.csat, d.nps),
    HealthChart: lambda chart, d: chart.set_data(d.health),
    CohortHeatmap: lambda chart, d: chart.set_data(d.cohorts),
}


def _pixels(chart: ChartCanvas) -> np.ndarray:
    chart.draw()
    return np.asarray(chart.buffer_rgba()).copy()  # type: ignore[no-untyped-call]


def _data(db: Database) -> list[DashboardData]:
    segments = [int(r[0]) for r in db.conn.execute("SELECT id FROM segment ORDER BY id")]
    filters = [KpiFilter(), *(KpiFilter(segment_ids=(s,)) for s in segments),
               KpiFilter(segment_ids=(10**6,)), KpiFilter()]  # nothing, then back
    found = [dashboard_data(db, TODAY, flt, with_previous=False) for flt in filters]
    # The same cohorts retained a little less: a heatmap of the same rows (the demo's
    # segments each start in other months, which rebuilds it).
    cohorts = found[0].cohorts
    less = replace(cohorts, shares=tuple(tuple(max(0.0, v - 7.5 * (k % 3)) for v in row)
                                         for k, row in enumerate(cohorts.shares)))
    return [*found, replace(found[0], cohorts=less), found[0]]


@pytest.mark.parametrize("kind", list(FEEDS), ids=lambda k: k.__name__)
def test_an_updated_chart_paints_what_a_rebuilt_one_paints(qtbot: QtBot, demo_db: Database,
                                                          kind: type[ChartCanvas]) -> None:
    feed = FEEDS[kind]
    moved, fresh = kind(), kind()
    for chart in (moved, fresh):
        qtbot.addWidget(chart)
        chart.resize(440, 220)
    moves = count_updates(moved)
    for data in _data(demo_db):
        feed(moved, data)
        fresh._shown_once = False  # a rebuild each time: the reference picture
        fresh._drawn_colors = None
        feed(fresh, data)
        assert np.array_equal(_pixels(moved), _pixels(fresh))
    if kind is not SurvivalChart:  # the one chart that always rebuilds (it is cheap to)
        assert sum(moves) >= 2, moves
    _settle(qtbot, moved, fresh)


def _settle(qtbot: QtBot, *charts: ChartCanvas) -> None:
    """Let the draws set_data() queued run while the widgets live (else they report a
    deleted object after the test)."""
    qtbot.waitUntil(lambda: not any(getattr(c, "_draw_pending", False) for c in charts))


def test_same_layout_moves_artists_and_a_new_one_rebuilds(qtbot: QtBot, demo_db: Database) -> None:
    chart = OnTimeChart()
    qtbot.addWidget(chart)
    everyone, *segments = _data(demo_db)
    chart.set_data(everyone.golive_on_time)
    ticks = chart.ax.xaxis.get_major_ticks()[0]
    chart.set_data(segments[0].golive_on_time)
    assert chart.ax.xaxis.get_major_ticks()[0] is ticks  # the axes survived
    assert [b.get_height() for b in chart.ax.patches  # type: ignore[attr-defined]
            ] == pytest.approx(
        [0.0 if v is None else v for v in segments[0].golive_on_time.values])
    chart.redraw(chart.palette_colors().__class__(**{**vars(chart.palette_colors()), "accent": "#000000"}))
    assert chart.ax.xaxis.get_major_ticks()[0] is not ticks  # new colours: rebuilt
    _settle(qtbot, chart)


def test_a_change_on_the_bus_retires_the_kept_frames(qtbot: QtBot, demo_db: Database) -> None:
    """Any change to KPI data (here feedback, announced without ``kpis``) starts a new data
    version: the next filter change computes from the new rows, not the kept frames."""
    from pathlib import Path

    from PySide6.QtGui import QUndoStack

    from tracker.changes import ChangeSet
    from ui.context import AppContext
    from ui.events import ChangeBus, Navigator
    from ui.views.dashboard import DashboardView

    path = Path(demo_db.conn.execute("PRAGMA database_list").fetchone()[2])
    ctx = AppContext(db=demo_db, db_path=path, bus=ChangeBus(), undo_stack=QUndoStack(),
                     navigator=Navigator(), today=lambda: TODAY)
    view = DashboardView(ctx)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.refreshed, timeout=60_000):
        view.show()
    qtbot.waitUntil(lambda: not view.busy, timeout=60_000)
    owner_index = 1
    with qtbot.waitSignal(view.refreshed, timeout=60_000):
        view.owner_combo.setCurrentIndex(owner_index)
    qtbot.waitUntil(lambda: not view.busy, timeout=60_000)
    owner = str(view.owner_combo.currentData())
    account = int(demo_db.conn.execute("SELECT min(id) FROM account WHERE owner = ?",
                                       (owner,)).fetchone()[0])
    before = view.data.kpi("csat") if view.data else None
    with demo_db.conn:
        for _ in range(5):
            demo_db.conn.execute("INSERT INTO feedback (account_id, kind, score, comment, date)"
                                 " VALUES (?, 'csat', 1, '', ?)", (account, TODAY.isoformat()))
    ctx.bus.changed.emit(ChangeSet(feedback=True), None)
    with qtbot.waitSignal(view.refreshed, timeout=60_000):
        view.owner_combo.setCurrentIndex(0)
    with qtbot.waitSignal(view.refreshed, timeout=60_000):
        view.owner_combo.setCurrentIndex(owner_index)
    qtbot.waitUntil(lambda: not view.busy, timeout=60_000)
    expected = dashboard_data(demo_db, TODAY, KpiFilter(owners=(owner,)), with_previous=False)
    assert view.data is not None and view.data.kpis == expected.kpis
    assert view.data.kpi("csat") != before
    _settle(qtbot, *view.charts)
    view.close()
