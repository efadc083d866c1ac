"""The survival chart moves its curve on the same axes when only the data changed (the
picture is checked against a rebuild in test_dashboard_chart_updates.py)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from tests.conftest import TODAY
from tests.ui.chart_helpers import count_updates
from tracker.database import Database
from tracker.kpi import dashboard_data
from tracker.kpi.filters import KpiFilter
from ui.charts.kpi_charts import SurvivalChart

pytestmark = pytest.mark.gui


def test_same_layout_moves_the_curve_and_keeps_the_ticks(qtbot: QtBot, demo_db: Database) -> None:
    chart = SurvivalChart()
    qtbot.addWidget(chart)
    chart.resize(440, 220)
    moves = count_updates(chart)
    segments = [int(r[0]) for r in demo_db.conn.execute("SELECT id FROM segment ORDER BY id")]
    chart.set_data(dashboard_data(demo_db, TODAY, KpiFilter(), with_previous=False).ttfv)
    ticks = chart.ax.xaxis.get_major_ticks()[0]
    for segment in segments:
        chart.set_data(dashboard_data(demo_db, TODAY, KpiFilter(segment_ids=(segment,)),
                                      with_previous=False).ttfv)
        assert chart.data is not None
        # The curve, the 50 % line and the median's line: the old ones were taken away.
        expected = 0 if chart.data.n == 0 else 3 if chart.data.median is not None else 2
        assert len(chart.ax.lines) == expected
    assert sum(moves) >= 2, moves
    if all(moves):
        assert chart.ax.xaxis.get_major_ticks()[0] is ticks  # the axes survived
    qtbot.waitUntil(lambda: not chart._draw_pending)
