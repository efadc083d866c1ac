"""The charts' text-caching renderer paints what Matplotlib's own RendererAgg paints, pixel
for pixel: on the first draw (everything computed), on the next ones (everything from the
caches) and for text at angles and sub-pixel positions."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg, RendererAgg
from matplotlib.figure import Figure
from pytestqt.qtbot import QtBot

from tests.conftest import TODAY
from tracker.database import Database
from tracker.kpi import dashboard_data
from tracker.kpi.filters import KpiFilter
from ui.charts import text_cache
from ui.charts.base import ChartCanvas
from ui.charts.kpi_charts import (
    CohortHeatmap,
    FeedbackTrendChart,
    FunnelChart,
    HealthChart,
    OnTimeChart,
    SurvivalChart,
)
from ui.charts.text_cache import CachedTextRenderer

pytestmark = pytest.mark.gui


def _plain_pixels(figure: Figure) -> np.ndarray:
    """The figure drawn by a plain RendererAgg of the same size (the reference)."""
    w, h = (int(v) for v in figure.canvas.get_width_height(physical=True))
    renderer = RendererAgg(w, h, figure.dpi)
    figure.draw(renderer)
    return np.asarray(renderer.buffer_rgba()).copy()


def _cached_pixels(chart: ChartCanvas) -> np.ndarray:
    chart.draw()
    assert isinstance(chart.renderer, CachedTextRenderer)
    return np.asarray(chart.buffer_rgba()).copy()  # type: ignore[no-untyped-call]


def test_the_caches_are_in_use() -> None:
    assert text_cache.SUPPORTED  # else the renderer is plain Agg and the test below proves little


def test_dashboard_charts_paint_as_plain_agg(qtbot: QtBot, demo_db: Database) -> None:
    segments = [int(r[0]) for r in demo_db.conn.execute("SELECT id FROM segment ORDER BY id")]
    filters = [KpiFilter(), *(KpiFilter(segment_ids=(s,)) for s in segments[:2]), KpiFilter()]
    charts: list[tuple[ChartCanvas, Any]] = [
        (OnTimeChart(), lambda c, d: c.set_data(d.golive_on_time)),
        (SurvivalChart(), lambda c, d: c.set_data(d.ttfv)),
        (FunnelChart(), lambda c, d: c.set_data(d.funnel)),
        (FeedbackTrendChart(), lambda c, d: c.set_data(d.csat, d.nps)),
        (HealthChart(), lambda c, d: c.set_data(d.health)),
        (CohortHeatmap(), lambda c, d: c.set_data(d.cohorts)),
    ]
    for chart, _feed in charts:
        qtbot.addWidget(chart)
        chart.resize(437, 210)
    for flt in filters:
        data = dashboard_data(demo_db, TODAY, flt, with_previous=False)
        for chart, feed in charts:
            feed(chart, data)
            first = _cached_pixels(chart)
            again = _cached_pixels(chart)  # every string and glyph from the caches now
            reference = _plain_pixels(chart.figure)
            assert np.array_equal(first, reference), type(chart).__name__
            assert np.array_equal(again, reference), type(chart).__name__
    qtbot.waitUntil(lambda: not any(getattr(c, "_draw_pending", False) for c, _ in charts))


def test_rotated_and_offset_text_paints_as_plain_agg() -> None:
    """Angles and positions between pixels: the glyph cache is keyed by the sub-pixel offset."""
    figure = Figure(figsize=(3, 2), dpi=100)
    FigureCanvasAgg(figure)
    for k in range(12):
        figure.text(0.05 + k * 0.071, 0.1 + k * 0.0613, f"Ab {k} · ≤ 50 Jan 26", fontsize=6 + k % 5,
                    rotation=(0, 90, 33.5, -12)[k % 4], color="#204080")
    w, h = (int(v) for v in figure.canvas.get_width_height(physical=True))
    reference = _plain_pixels(figure)
    cached = CachedTextRenderer(w, h, figure.dpi)  # type: ignore[no-untyped-call]
    for _ in range(2):
        cached.clear()  # type: ignore[no-untyped-call]
        figure.draw(cached)
        assert np.array_equal(np.asarray(cached.buffer_rgba()), reference)  # type: ignore[no-untyped-call]


def test_a_text_path_that_changed_shape_costs_the_cache_not_the_chart(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A later Matplotlib that kept the private names but not their signatures draws plainly."""

    def changed(*_args: object, **_kwargs: object) -> None:
        raise TypeError("_layout() got an unexpected keyword argument 'flags'")

    monkeypatch.setattr(text_cache.CachedTextRenderer, "_draw_cached_text", changed)
    monkeypatch.setattr(text_cache, "_height_metrics", changed)
    monkeypatch.setattr(text_cache._local, "broken", False, raising=False)
    figure = Figure(figsize=(2, 1), dpi=100)
    figure.text(0.1, 0.5, "Jan 26")
    renderer = text_cache.CachedTextRenderer(200, 100, 100)  # type: ignore[no-untyped-call]
    figure.draw(renderer)
    pixels = np.asarray(renderer.buffer_rgba())  # type: ignore[no-untyped-call]
    assert (pixels[..., :3] < 128).any()  # the label was drawn, by the plain renderer
    assert text_cache._local.broken is True
