"""Charts drawn with each axis's ticks worked out once paint what a plain draw paints."""

from __future__ import annotations

import numpy as np
import pytest
from matplotlib.axis import Axis
from matplotlib.backends.backend_agg import FigureCanvasAgg, RendererAgg
from matplotlib.figure import Figure

from ui.charts import tick_memo

pytestmark = pytest.mark.gui


def _figure() -> Figure:
    """Both axes titled, an offset text (values around a million) and a second axes."""
    figure = Figure(figsize=(4, 2.6), dpi=100)
    FigureCanvasAgg(figure)
    ax = figure.add_subplot(121)
    ax.plot([1_000_000.0, 1_000_001.5, 1_000_003.0], [3, 1, 2])
    ax.set_xlabel("months since signing")
    ax.set_ylabel("accounts")
    ax.set_title("Title", y=1.0)
    other = figure.add_subplot(122)
    other.bar(["Embark", "Kickoff"], [5, 7])
    other.set_xlabel("")
    return figure


def _pixels(figure: Figure, memo: bool) -> np.ndarray:
    w, h = (int(v) for v in figure.canvas.get_width_height(physical=True))
    renderer = RendererAgg(w, h, figure.dpi)
    if memo:
        tick_memo.prepare(figure)
        with tick_memo.tick_memo():
            figure.draw(renderer)
    else:
        figure.draw(renderer)
    return np.asarray(renderer.buffer_rgba()).copy()


def test_supported() -> None:
    assert tick_memo.SUPPORTED  # else nothing is memoised and the tests below prove little


def test_the_memo_paints_what_a_plain_draw_paints() -> None:
    figure = _figure()
    plain = _pixels(figure, memo=False)
    assert figure.axes[0].xaxis.offsetText.get_text()  # the offset text is really there
    assert np.array_equal(_pixels(figure, memo=True), plain)
    assert np.array_equal(_pixels(figure, memo=False), plain)  # and the axes still work alone


def test_ticks_are_worked_out_once_per_axis_and_draw(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[Axis] = []
    real = Axis._update_ticks  # type: ignore[attr-defined]

    def counting(self: Axis) -> object:
        calls.append(self)
        return real(self)

    monkeypatch.setattr(Axis, "_update_ticks", counting)
    figure = _figure()
    _pixels(figure, memo=False)
    plain = len(calls)
    calls.clear()
    _pixels(figure, memo=True)
    assert len(calls) == 4 < plain  # two axes of two Axes, once each
    calls.clear()
    _pixels(figure, memo=True)
    assert len(calls) == 4  # a new draw works them out again
