"""A dashboard chart painted from its kept layers (ui.charts.layers) shows what a chart
rebuilt from a cleared figure shows, and what Matplotlib's own one-pass Figure.draw shows,
pixel for pixel, in the light and the dark palette, through a run of segment changes (each
moves the data, and some the view limits of one axis)."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import RendererAgg
from matplotlib.figure import Figure
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.conftest import TODAY
from tracker.database import Database
from tracker.kpi import dashboard_data
from tracker.kpi.filters import KpiFilter
from tracker.kpi.report import DashboardData
from tracker.workspace import open_workspace
from ui.charts.base import ChartCanvas
from ui.charts.kpi_charts import (
    CohortHeatmap,
    FeedbackTrendChart,
    FunnelChart,
    HealthChart,
    OnTimeChart,
    SurvivalChart,
)
from ui.charts.layers import AxisLayers
from ui.theme import apply_palette

pytestmark = pytest.mark.gui

FEEDS: dict[type[ChartCanvas], Callable[[Any, DashboardData], None]] = {
    OnTimeChart: lambda chart, d: chart.set_data(d.golive_on_time),
    SurvivalChart: lambda chart, d: chart.set_data(d.ttfv),
    FunnelChart: lambda chart, d: chart.set_data(d.funnel),
    FeedbackTrendChart: lambda chart, d: chart.set_data(d.csat, d.nps),
    HealthChart: lambda chart, d: chart.set_data(d.health),
    CohortHeatmap: lambda chart, d: chart.set_data(d.cohorts),
}


@pytest.fixture(params=["light", "dark"])
def palette(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    apply_palette(qapp, dark=request.param == "dark")
    try:
        yield str(request.param)
    finally:
        apply_palette(qapp, dark=False)


@pytest.fixture(scope="module")
def series(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> list[DashboardData]:
    """Every segment in turn (as the combo is stepped), nothing, all again, then the same
    cohorts retained a little less (the heatmap moves its image, not its layout)."""
    copy = tmp_path_factory.mktemp("layers") / "demo.db"
    shutil.copy(demo_template, copy)
    db: Database = open_workspace(copy)
    try:
        segments = [int(r[0]) for r in db.conn.execute("SELECT id FROM segment ORDER BY id")]
        filters = [KpiFilter(), *(KpiFilter(segment_ids=(s,)) for s in segments),
                   KpiFilter(segment_ids=(10**6,)), KpiFilter(), KpiFilter()]
        found = [dashboard_data(db, TODAY, flt, with_previous=False) for flt in filters]
    finally:
        db.conn.close()
    cohorts = found[0].cohorts
    less = replace(cohorts, shares=tuple(tuple(max(0.0, v - 6.5 * (k % 3)) for v in row)
                                         for k, row in enumerate(cohorts.shares)))
    return [*found, replace(found[0], cohorts=less)]


def _layered(chart: ChartCanvas) -> np.ndarray:
    chart.draw()
    return np.asarray(chart.buffer_rgba()).copy()  # type: ignore[no-untyped-call]


def _rebuilt(chart: ChartCanvas, feed: Callable[[Any, DashboardData], None],
             data: DashboardData) -> np.ndarray:
    """The reference: the figure cleared, the chart drawn from nothing."""
    chart.figure.clear()
    chart.ax = chart.figure.add_subplot()
    chart.figure.subplots_adjust(**chart._fitted_margins(chart.width()))
    chart._shown_once = False
    chart._drawn_colors = None
    feed(chart, data)
    return _layered(chart)


def _one_pass(chart: ChartCanvas) -> np.ndarray:
    """Matplotlib's own order: the whole figure in one Figure.draw, on a plain renderer."""
    w, h = (int(v) for v in chart.get_width_height(physical=True))
    renderer = RendererAgg(w, h, chart.figure.dpi)
    chart.figure.draw(renderer)
    return np.asarray(renderer.buffer_rgba()).copy()


def _count_kept(chart: ChartCanvas) -> list[int]:
    """Wrap the chart's layers so each draw's kept-layer count is recorded."""
    layers = chart._layers
    assert isinstance(layers, AxisLayers)
    kept: list[int] = []
    real = layers.draw

    def counting(figure: Figure, ax: Axes, renderer: Any) -> int:
        kept.append(real(figure, ax, renderer))
        return kept[-1]

    layers.draw = counting  # type: ignore[method-assign]
    return kept


@pytest.mark.parametrize("kind", list(FEEDS), ids=lambda k: k.__name__)
def test_kept_layers_paint_what_a_cleared_figure_paints(qtbot: QtBot, palette: str,
                                                       series: list[DashboardData],
                                                       kind: type[ChartCanvas]) -> None:
    feed = FEEDS[kind]
    kept_chart, fresh = kind(), kind()
    for chart in (kept_chart, fresh):
        qtbot.addWidget(chart)
        chart.resize(440, 220)
    kept = _count_kept(kept_chart)
    for data in series:
        feed(kept_chart, data)
        picture = _layered(kept_chart)
        again = _layered(kept_chart)  # nothing changed: every layer kept
        assert kept[-1] == 3
        reference = _rebuilt(fresh, feed, data)
        assert np.array_equal(picture, reference), (kind.__name__, palette)
        assert np.array_equal(again, reference), (kind.__name__, palette)
        assert np.array_equal(picture, _one_pass(kept_chart)), (kind.__name__, palette)
    # Not every segment change rebuilt the chart or drew its axes again: the kept path ran.
    assert any(k > 0 for k in kept[::2]), kept
    qtbot.waitUntil(lambda: not kept_chart._draw_pending and not fresh._draw_pending)


def test_a_resize_or_new_colours_draw_everything_again(qtbot: QtBot, series: list[DashboardData],
                                                      qapp: QApplication) -> None:
    chart = OnTimeChart()
    qtbot.addWidget(chart)
    chart.resize(440, 220)
    chart.show()  # a hidden widget gets its resize event only when shown
    kept = _count_kept(chart)
    chart.set_data(series[0].golive_on_time)
    _layered(chart)
    chart.set_data(series[1].golive_on_time)
    _layered(chart)
    assert kept[-1] == 3  # same months, same axes: only the bars and the title drawn
    chart.resize(500, 220)
    _layered(chart)
    assert kept[-1] == 0
    drawn = len(kept)
    apply_palette(qapp, dark=True)
    try:
        qapp.processEvents()  # the palette change reaches the chart (it rebuilds)
        _layered(chart)
        assert 0 in kept[drawn:]
        assert np.array_equal(_layered(chart), _one_pass(chart))
    finally:
        apply_palette(qapp, dark=False)
    qtbot.waitUntil(lambda: not chart._draw_pending)


def test_a_moved_axis_is_drawn_again_and_the_other_kept(qtbot: QtBot,
                                                       series: list[DashboardData]) -> None:
    """The funnel's account axis rescales with the segment; its stage names stay."""
    chart = FunnelChart()
    qtbot.addWidget(chart)
    chart.resize(440, 220)
    kept = _count_kept(chart)
    chart.set_data(series[0].funnel)
    _layered(chart)
    before = chart.ax.get_xlim()
    chart.set_data(series[1].funnel)
    _layered(chart)
    assert chart.ax.get_xlim() != before
    assert kept[-1] == 2  # base and the stage names kept, the x axis drawn again
    assert np.array_equal(_layered(chart), _one_pass(chart))
    chart.set_data(series[0].funnel)  # back to the first: its whole axes picture was kept
    assert chart.ax.get_xlim() == before
    picture = _layered(chart)
    assert kept[-1] == 3
    assert np.array_equal(picture, _one_pass(chart))
    chart.set_data(series[1].funnel)  # and again (its middle layer is not kept: drawn again)
    assert np.array_equal(_layered(chart), _one_pass(chart))
    qtbot.waitUntil(lambda: not chart._draw_pending)


def test_health_update_finds_the_data_limits_relim_finds(qtbot: QtBot,
                                                         series: list[DashboardData]) -> None:
    chart = HealthChart()
    qtbot.addWidget(chart)
    for data in series:
        if not any(data.health.counts):
            continue  # drawn empty: no bars, nothing to find
        chart.set_data(data.health)
        found = chart.ax.dataLim.get_points().copy()
        chart.ax.relim()
        assert np.array_equal(found, chart.ax.dataLim.get_points()), data.health.counts
    qtbot.waitUntil(lambda: not chart._draw_pending)


def test_kept_pictures_stay_within_their_byte_cap(qtbot: QtBot, series: list[DashboardData],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """The pictures kept for segments shown again are capped by bytes, not only by count:
    their size grows with the chart and the screen's pixel ratio."""
    from ui.charts import layers as layers_module

    def most_kept(chart: FunnelChart) -> int:
        layers = chart._layers
        assert isinstance(layers, AxisLayers)
        most = 0
        for data in series:  # the segments' account axes differ: a new picture each
            chart.set_data(data.funnel)
            _layered(chart)
            most = max(most, len(layers._recent))
        qtbot.waitUntil(lambda: not chart._draw_pending)
        return most

    free = FunnelChart()
    qtbot.addWidget(free)
    free.resize(440, 220)
    assert most_kept(free) > 2  # by count alone, more than two are kept
    capped = FunnelChart()
    qtbot.addWidget(capped)
    capped.resize(440, 220)
    renderer = capped.get_renderer()
    monkeypatch.setattr(layers_module, "RECENT_BYTES", 2 * 4 * int(renderer.width) * int(renderer.height))
    assert most_kept(capped) == 2
