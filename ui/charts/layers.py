"""Paint a chart in layers and keep the layers whose picture did not change.

Two thirds of drawing a dashboard chart is its two axes: every tick mark is a Line2D
through the whole marker path and every tick label a Text laid out and placed, although a
segment change moves only the bars, lines or image (the y axis of the on-time rate is 0,
50, 100 whatever the segment). So a chart is painted bottom up in the same order every
time, on both paths:

1. the base: the figure and axes backgrounds and every other axes of the figure (a colour
   bar), drawn by ``Figure.draw`` with the main axes' axis and content set aside;
2. the main axes' two ``Axis`` objects, the one that changes less first;
3. everything else of the main axes (its data, spines, texts, title, legend) in z-order.

After each of 1 and 2 the buffer is copied. The next draw restores the deepest copy whose
inputs are the same (the same renderer, no rebuild since, the same axes positions, the
same view limits of the axis layers drawn so far) and paints only what lies above it (a few
pictures of both axes are kept by their view limits too, for a segment shown again); the
full path paints the same layers in the same order, so the two give the same pixels
(tests/ui/test_chart_layers.py compares them).

The one departure from Matplotlib's own order: its axes interleave the axis objects with
the content by z-order (bars below the ticks, lines above). Ticks point out of the axes
and the spines, drawn above the content here as there, cover the one row where a tick
meets a bar, so the picture is Matplotlib's (tests/ui/test_chart_text_cache.py compares the
charts against a plain ``Figure.draw``). Export (``savefig``) draws as Matplotlib does.
"""

from __future__ import annotations

from operator import attrgetter
from typing import Any

from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.axis import Axis
from matplotlib.figure import Figure

# Whole pictures of a chart's axes kept for views shown a few draws back: someone stepping
# through the segments (the demo has "All" and four) gets both axes from the copy. Each is
# the chart's whole buffer, which grows with its size and the screen's pixel ratio (a
# 620 x 300 chart: 0.75 MB, 3 MB at ratio 2), so the count is capped by bytes as well: six
# charts keep at most some 36 MB of pictures, whatever the screen (the newest one is the
# last draw's own copy and costs nothing more).
RECENT = 6
RECENT_BYTES = 6 * 2**20


def _foreground(ax: Axes) -> list[Artist]:
    """What the axes draws above its axis objects, in the order ``Axes.draw`` draws it."""
    skip = {id(ax.patch), id(ax.xaxis), id(ax.yaxis)}
    return sorted((a for a in ax.get_children() if id(a) not in skip), key=attrgetter("zorder"))


class AxisLayers:
    """The kept layers of one chart's main axes (see the module docstring).

    ``order`` names the axis drawn first: the one that changes less, so a change of the
    other keeps it (the funnel's stage names stay while its account counts rescale).
    """

    def __init__(self, order: tuple[str, str] = ("y", "x")) -> None:
        self.order = order
        self._generation = 0
        self._renderer: object = None
        self._keys: list[object] = []
        self._regions: list[Any] = []
        # Whole pictures of base and both axes by their keys, oldest first (see RECENT).
        self._recent: dict[tuple[object, ...], Any] = {}

    def forget(self) -> None:
        """The chart was rebuilt (new artists, colours, ticks): nothing kept applies."""
        self._generation += 1
        self._renderer = None
        self._keys, self._regions = [], []
        self._recent.clear()

    @staticmethod
    def fits(figure: Figure, ax: Axes) -> bool:
        """Whether the plain layering applies: ``Axes.draw`` does nothing more for ``ax``."""
        return (ax in figure.axes and ax.axison and ax.get_frame_on() and ax.get_visible()
                and ax.get_rasterization_zorder() is None and not ax.child_axes
                and not any(a.get_animated() for a in ax.get_children()))

    def _axes(self, ax: Axes) -> tuple[Axis, Axis]:
        return (ax.yaxis, ax.xaxis) if self.order == ("y", "x") else (ax.xaxis, ax.yaxis)

    def _base_key(self, figure: Figure) -> object:
        return (self._generation, tuple(figure.bbox.bounds),
                tuple(tuple(a.bbox.bounds) for a in figure.axes))

    def _reuse(self, figure: Figure, ax: Axes, renderer: object) -> int:
        """How many layers (0 to 3) this draw can start from: the last draw's, or a whole
        picture of the axes kept from a few draws back (a segment shown again)."""
        if renderer is not self._renderer or not self._keys:
            return 0
        keys = [self._base_key(figure), *(tuple(axis.get_view_interval()) for axis in self._axes(ax))]
        kept = 0
        for old, new in zip(self._keys, keys, strict=False):
            if old != new:
                break
            kept += 1
        whole = tuple(keys)
        if 1 <= kept < 3 and whole in self._recent:
            self._recent[whole] = self._recent.pop(whole)  # the most recently used now
            self._keys, self._regions = keys, [self._regions[0], None, self._recent[whole]]
            return 3
        while kept > 1 and self._regions[kept - 1] is None:  # a recent picture's middle layer
            kept -= 1
        return kept

    def draw(self, figure: Figure, ax: Axes, renderer: Any) -> int:
        """Paint ``figure`` into ``renderer``, reusing what is kept; returns the layers kept."""
        kept = self._reuse(figure, ax, renderer)
        foreground = _foreground(ax)
        if kept == 0:
            self._draw_base(figure, ax, renderer, foreground)
        else:
            renderer.restore_region(self._regions[kept - 1])
            del self._keys[kept:], self._regions[kept:]
        for axis in self._axes(ax)[max(kept, 1) - 1:]:
            axis.draw(renderer)
            self._keep(figure, renderer, tuple(axis.get_view_interval()))
        if kept < 3:
            self._recent[tuple(self._keys)] = self._regions[-1]
            picture = 4 * int(renderer.width) * int(renderer.height)
            while len(self._recent) > 1 and (len(self._recent) > RECENT
                                             or len(self._recent) * picture > RECENT_BYTES):
                del self._recent[next(iter(self._recent))]
        for artist in foreground:
            artist.draw(renderer)
        ax.stale = False
        figure.stale = False
        return kept

    def _draw_base(self, figure: Figure, ax: Axes, renderer: Any, foreground: list[Artist]) -> None:
        self._renderer = renderer
        self._keys, self._regions = [], []
        self._recent.clear()  # another renderer, rebuild or axes position: none applies
        renderer.clear()
        aside = [ax.xaxis, ax.yaxis, *foreground]
        for artist in aside:
            artist.set_animated(True)  # Axes.draw leaves animated artists out
        try:
            with figure.canvas.callbacks.blocked(signal="draw_event"):  # sent once, at the end
                figure.draw(renderer)
        finally:
            for artist in aside:
                artist.set_animated(False)
        self._keep(figure, renderer, self._base_key(figure))

    def _keep(self, figure: Figure, renderer: Any, key: object) -> None:
        self._keys.append(key)
        self._regions.append(renderer.copy_from_bbox(figure.bbox))
