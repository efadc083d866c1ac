"""A chart's title stays whole: smaller when it would overhang the chart, never clipped."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from tracker.kpi.series import MonthlySeries
from ui.charts.base import TITLE_SIZE
from ui.charts.kpi_charts import OnTimeChart

pytestmark = pytest.mark.gui

MONTHS = tuple(f"2026-{m:02d}" for m in range(1, 7))


def _chart(qtbot: QtBot, width: int, counts: tuple[int, ...]) -> OnTimeChart:
    chart = OnTimeChart()
    qtbot.addWidget(chart)
    chart.resize(width, 220)
    chart.show()
    qtbot.waitExposed(chart)
    chart.set_data(MonthlySeries(MONTHS, (50.0,) * len(MONTHS), counts))
    chart.draw()
    return chart


def _inside(chart: OnTimeChart) -> bool:
    extent = chart.ax.title.get_window_extent(chart.get_renderer())
    return bool(extent.x0 >= 0 and extent.x1 <= chart.figure.bbox.width)


def test_a_title_that_fits_keeps_its_size(qtbot: QtBot) -> None:
    chart = _chart(qtbot, 900, (1,) * len(MONTHS))
    assert chart.ax.title.get_fontsize() == TITLE_SIZE and _inside(chart)
    qtbot.waitUntil(lambda: not chart._draw_pending)


def test_a_long_title_shrinks_to_fit_and_follows_a_resize(qtbot: QtBot) -> None:
    chart = _chart(qtbot, 300, (600,) * len(MONTHS))  # "… (3,600 go-lives)" in 300 px
    assert f"({QLocale().toString(3600)} " in chart.ax.title.get_text()
    assert float(chart.ax.title.get_fontsize()) < TITLE_SIZE and _inside(chart)
    chart.resize(900, 220)
    qtbot.waitUntil(lambda: chart.ax.title.get_fontsize() == TITLE_SIZE)
    qtbot.waitUntil(lambda: not chart._draw_pending)
