"""The journey as a Gantt-style timeline: stages as bands, steps and milestones on a date axis.

Each task is a bar ending on its due day (starting where the stage's previous step ended),
milestones are diamonds, late work is drawn in the palette's "bad" colour with a cross,
and a dashed line marks today. The wheel scrolls the rows, Ctrl+wheel zooms the dates
around the pointer and Shift+wheel moves along them; only the view limits change, so a
wheel step costs one ``draw_idle``, not a rebuild.

:func:`draw_plan` draws on any Matplotlib axes, so the customer's PDF uses the same picture.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path

from matplotlib.axes import Axes
from matplotlib.collections import PolyCollection
from matplotlib.colors import to_rgba
from matplotlib.dates import AutoDateLocator, ConciseDateFormatter, date2num
from matplotlib.lines import Line2D
from matplotlib.ticker import FuncFormatter, Locator, NullLocator
from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QWheelEvent
from PySide6.QtWidgets import QWidget

from tracker.queries import customer_plan as cp
from ui.charts.base import ChartCanvas, ChartColors, PathAsker, ask_save_path
from ui.models import labels

# Stage band colours, blended onto the face colour (so they work on light and dark).
STAGE_COLORS = {"Embark": "#4c8bf5", "Handoff": "#34a853", "Kickoff": "#f29900", "Adopt": "#a142f4",
                "Review": "#e8457c", "Expand": "#12b5cb"}
ROWS_SHOWN = 20
STAGE_LINES = 3  # lines above the plot for stage names
TITLE_MAX = 30
STAGE_STEP = 0.035  # the second level of stage names, in shares of the plot's height


def tr(text: str) -> str:
    return QCoreApplication.translate("TimelineChart", text)


def _short(title: str) -> str:
    return title if len(title) <= TITLE_MAX else title[:TITLE_MAX - 1] + "…"


class VisibleRows(Locator):
    """A tick at every row in view, and only there: Matplotlib builds a tick object per
    location, so naming all 60 steps when 24 are on screen cost more than the bars."""

    def __init__(self, rows: int) -> None:
        self.rows = rows

    def __call__(self) -> list[float]:
        assert self.axis is not None
        low, high = sorted(self.axis.get_view_interval())
        return [float(i) for i in range(max(0, math.ceil(low)), min(self.rows - 1, math.floor(high)) + 1)]

    def tick_values(self, vmin: float, vmax: float) -> list[float]:
        low, high = sorted((vmin, vmax))
        return [float(i) for i in range(max(0, math.ceil(low)), min(self.rows - 1, math.floor(high)) + 1)]


_ANCHOR = date(2000, 1, 1)


def day_number(day: date) -> float:
    """Matplotlib's day number of ``day``, by date arithmetic: ``date2num`` goes through
    NumPy datetimes per call, and a plan asks for one per step and band."""
    return _ANCHOR_NUMBER + (day - _ANCHOR).days


_ANCHOR_NUMBER = float(date2num(_ANCHOR))


def bars(plan: cp.CustomerPlan) -> list[tuple[cp.PlanStep, float, float]]:
    """(step, start, width) in Matplotlib day numbers for every dated step, in plan order.

    A task starts where the previous step of its stage was due (the first at its stage's
    start minus a day), so a stage reads as a chain; a milestone has width 0.
    """
    out = []
    previous: dict[str, date] = {}
    for step in plan.steps:
        end = step.done if step.state == cp.DONE and step.done else step.due
        if end is None:
            continue
        if step.kind == "milestone":
            out.append((step, day_number(end), 0.0))
            continue
        start = previous.get(step.stage or "", end - timedelta(days=1))
        start = min(start, end - timedelta(days=1))
        previous[step.stage or ""] = end
        out.append((step, day_number(start), float((end - start).days)))
    return out


def draw_plan(ax: Axes, plan: cp.CustomerPlan | None, c: ChartColors, rows_shown: int = 0,
              style_ticks: bool = True, names: bool = True) -> None:
    """Draw ``plan`` on ``ax`` (all rows when ``rows_shown`` is 0).

    ``style_ticks=False`` leaves the tick styling of a previous call alone: setting it walks
    every tick object, a sixth of a redraw of the account view's timeline.
    ``names=False`` leaves out the step names (no y ticks), the stage names and the "Today"
    label: Agg laying out and rendering their glyphs was two thirds of a redraw, so the
    account view paints them with Qt instead (:class:`TimelineChart`).
    """
    if plan is None or not plan.steps:
        ax.text(0.5, 0.5, tr("No dated steps yet: apply a playbook to plan this account."),
                ha="center", va="center", color=c.muted, transform=ax.transAxes, fontsize=9)
        ax.set_xticks([])
        ax.set_yticks([])
        return
    drawn = bars(plan)
    n = len(drawn)
    # One collection for all the stage bands and one for all the task bars: a Rectangle
    # patch per bar (barh, axvspan) cost more to add and to draw than the rest of the chart.
    spans, span_colors = [], []
    for band in plan.bands:
        color = STAGE_COLORS.get(band.stage, c.accent)
        left, right = day_number(band.start) - 1, day_number(band.end) + 1
        spans.append([(left, 0.0), (left, 1.0), (right, 1.0), (right, 0.0)])
        # Where the account has been is drawn firmer than where its plan says it will go.
        span_colors.append(to_rgba(color, 0.07 if band.planned else 0.15))
    for left, right, level, name in stage_names(plan) if names else ():
        ax.text((left + right) / 2, 1.0 + STAGE_STEP * level, name, transform=ax.get_xaxis_transform(),
                ha="center", va="bottom", fontsize=7, color=c.text, clip_on=False)
    if spans:
        ax.add_collection(PolyCollection(spans, facecolors=span_colors, linewidths=0,
                                         transform=ax.get_xaxis_transform()),
                          autolim=False)
    tasks = [(i, s, x, w) for i, (s, x, w) in enumerate(drawn) if s.kind == "task"]
    colors = {cp.DONE: c.good, cp.LATE: c.bad, cp.SKIPPED: c.grid}
    if tasks:
        boxes = [[(x, i - 0.3), (x, i + 0.3), (x + w, i + 0.3), (x + w, i - 0.3)]
                 for i, _s, x, w in tasks]
        ax.add_collection(PolyCollection(
            boxes, facecolors=[colors.get(s.state, c.accent) for _, s, _, _ in tasks],
            edgecolors=c.face, linewidths=0.5), autolim=False)
    # Markers as lines without a line, one per colour: cheaper to build and draw than a
    # scatter's per-point collection.
    by_color: dict[str, list[tuple[float, int]]] = {}
    for i, (s, x, _w) in enumerate(drawn):
        if s.kind == "milestone":
            by_color.setdefault(colors.get(s.state, c.warn), []).append((x, i))
    # Added as artists, not with plot()/axvline(): the limits are set below, and updating
    # the data limits per line cost more than drawing the lines.
    for color, points in by_color.items():
        ax.add_artist(Line2D([x for x, _ in points], [i for _, i in points], linestyle="none",
                             marker="D", markersize=6.5, markerfacecolor=color,
                             markeredgecolor=c.text, markeredgewidth=0.6, zorder=3))
    late = [(i, x + w) for i, (s, x, w) in enumerate(drawn) if s.state == cp.LATE]
    if late:
        ax.add_artist(Line2D([x for _, x in late], [i for i, _ in late], linestyle="none",
                             marker="x", markersize=5.3, color=c.bad, zorder=4))
    today = day_number(plan.as_of)
    ax.add_artist(Line2D([today, today], [0.0, 1.0], transform=ax.get_xaxis_transform(),
                         color=c.bad, linestyle="--", linewidth=1.0, zorder=5))
    if names:
        ax.text(today, 0.0, " " + tr("Today"), transform=ax.get_xaxis_transform(), color=c.bad,
                fontsize=7, va="bottom", ha="left")
    if names:
        titles = [_short(s.title) for s, *_ in drawn]
        ax.yaxis.set_major_locator(VisibleRows(n))
        ax.yaxis.set_major_formatter(FuncFormatter(lambda y, _pos: titles[int(y)] if 0 <= y < n else ""))
    else:
        ax.yaxis.set_major_locator(NullLocator())
    if style_ticks:
        ax.tick_params(axis="y", labelsize=7, length=0)
    shown = rows_shown or n
    ax.set_ylim(min(n, shown) - 0.5, -0.5)
    # The date locator and formatter are kept when the axes survive a redraw: they hold no
    # data, and a new ConciseDateFormatter per redraw formats its labels from scratch.
    if not (isinstance(ax.xaxis.get_major_locator(), AutoDateLocator)
            and isinstance(ax.xaxis.get_major_formatter(), ConciseDateFormatter)):
        locator = AutoDateLocator(minticks=3, maxticks=7)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(ConciseDateFormatter(locator))
    span = plan.span or (plan.as_of, plan.as_of)
    first, last = min(span[0], plan.as_of), max(span[1], plan.as_of)
    ax.set_xlim(day_number(first) - 3, day_number(last) + 3)
    if style_ticks:  # the grid lines are tick objects too: restyled only with the ticks
        ax.grid(axis="x", color=c.grid, linewidth=0.5, alpha=0.6)
    ax.set_axisbelow(True)


def stage_names(plan: cp.CustomerPlan) -> list[tuple[float, float, int, str]]:
    """(left, right, level, name) of each stage band's name above the plot, in day numbers.

    Short stages sit side by side: every other name a level (``STAGE_STEP``) higher, so
    none overlap.
    """
    return [(day_number(b.start) - 1, day_number(b.end) + 1, k % 2, labels.stage(b.stage))
            for k, b in enumerate(plan.bands)]


def row_names(plan: cp.CustomerPlan | None) -> list[str]:
    """The shortened step titles, one per drawn row, as the y axis or the Qt overlay shows them."""
    return [_short(s.title) for s, *_ in bars(plan)] if plan else []


class TimelineChart(ChartCanvas):
    """The account view's timeline; ``set_plan`` with a :class:`CustomerPlan`."""

    chart_name = "timeline"
    margins = {"left": 0.27, "right": 0.98, "top": 0.93, "bottom": 0.07}  # noqa: RUF012
    plan: cp.CustomerPlan | None = None
    # The axes and colours the ticks were last styled for (the axes survive a redraw).
    _styled: tuple[Axes, ChartColors] | None = None
    # The names Qt paints over the canvas (steps, stages, "Today") and in what colours; an
    # export puts them back into the figure (``_names_in_figure``) so the saved file has them.
    _titles: Sequence[str] = ()
    _stages: Sequence[tuple[float, float, int, str]] = ()
    _today: float | None = None
    _text_color = "#000000"
    _today_color = "#ff0000"
    _names_in_figure = False

    def __init__(self, parent: QWidget | None = None, ask_path: PathAsker = ask_save_path) -> None:
        super().__init__(parent, ask_path)
        self.setMinimumHeight(260)
        self.setToolTip(tr("Wheel: scroll the steps · Ctrl+wheel: zoom the dates · "
                           "Shift+wheel: move along the dates"))

    def set_plan(self, plan: cp.CustomerPlan | None) -> None:
        self._set(plan=plan)

    def _draw(self, ax: Axes, c: ChartColors) -> None:
        in_figure = self._names_in_figure
        draw_plan(ax, self.plan, c, ROWS_SHOWN, style_ticks=self._styled != (ax, c), names=in_figure)
        painted = not in_figure and self.plan is not None and bool(self.plan.steps)
        self._titles = row_names(self.plan) if painted else ()
        self._stages = stage_names(self.plan) if painted and self.plan else ()
        self._today = day_number(self.plan.as_of) if painted and self.plan else None
        self._text_color, self._today_color = c.text, c.bad

    def export(self, path: Path) -> None:
        self._names_in_figure = True
        try:
            super().export(path)
        finally:
            self._names_in_figure = False
            self.redraw()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)  # type: ignore[no-untyped-call]
        if self._today is not None and hasattr(self, "renderer"):
            painter = QPainter(self)
            try:
                self._paint_names(painter)
            finally:
                painter.end()

    def _plot_box(self) -> QRectF:
        """The plot area in widget pixels (Matplotlib's bbox is in device pixels, bottom-up)."""
        ratio = self.device_pixel_ratio or 1.0
        fig_height = self.figure.bbox.height
        box = self.ax.bbox
        return QRectF(box.x0 / ratio, (fig_height - box.y1) / ratio, box.width / ratio, box.height / ratio)

    def painted_rows(self) -> list[tuple[int, float]]:
        """(row, y) of every step name in view, y in widget pixels at the row's centre.

        Positions come from the axes' own transform, so the names follow scrolling, zooming,
        resizing and the screen's pixel ratio.
        """
        if not self._titles:
            return []
        ratio = self.device_pixel_ratio or 1.0
        fig_height = self.figure.bbox.height
        plot = self._plot_box()
        low, high = sorted(self.ax.get_ylim())
        rows = range(max(0, math.ceil(low)), min(len(self._titles) - 1, math.floor(high)) + 1)
        if not rows:
            return []
        heights = self.ax.transData.transform([(0.0, float(i)) for i in rows])[:, 1]
        placed = [(i, (fig_height - float(h)) / ratio) for i, h in zip(rows, heights, strict=True)]
        return [(i, y) for i, y in placed if plot.top() - 1 <= y <= plot.bottom() + 1]

    def painted_labels(self) -> list[tuple[str, float, float, bool]]:
        """(text, x, y, is_today) of the stage names and the "Today" label in view, in widget
        pixels: x is the today line or the centre of the part of a stage's band in view (so a
        zoomed-in stage keeps its name), y the text's bottom edge."""
        if self._today is None:
            return []
        ratio = self.device_pixel_ratio or 1.0
        plot = self._plot_box()
        low, high = sorted(self.ax.get_xlim())
        xs = [(max(left, low) + min(right, high)) / 2 if left < high and right > low else math.inf
              for left, right, _l, _n in self._stages] + [self._today]
        pixels = self.ax.transData.transform([(x, 0.0) for x in xs])[:, 0] / ratio
        out = [(name, float(px), plot.top() - STAGE_STEP * level * plot.height(), False)
               for (_a, _b, level, name), px in zip(self._stages, pixels[:-1], strict=True)]
        out.append((" " + tr("Today"), float(pixels[-1]), plot.bottom(), True))
        return [label for label in out if plot.left() - 1 <= label[1] <= plot.right() + 1]

    def _paint_names(self, painter: QPainter) -> None:
        """The step names right-aligned in the left margin at each row's height, the stage
        names centred above their bands, "Today" beside its line.

        Qt caches its glyphs, so this costs well under a millisecond where Agg spent most of
        a redraw laying out and rendering the same text.
        """
        ratio = self.device_pixel_ratio or 1.0
        font = QFont(self.font())
        font.setPixelSize(max(6, round(7 * self.figure.dpi / 72 / ratio)))  # Matplotlib's 7 pt
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        line = metrics.height()
        painter.setPen(QColor(self._text_color))
        width = self._plot_box().left() - 6
        if width > 6:
            align = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for i, y in self.painted_rows():
                text = metrics.elidedText(self._titles[i], Qt.TextElideMode.ElideRight, width)
                painter.drawText(QRectF(2, y - line / 2, width, line), align, text)
        beside = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
        centred = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)
        top = self._plot_box().top()
        taken: list[list[tuple[float, float]]] = [[] for _ in range(STAGE_LINES)]
        for text, x, y, today in self.painted_labels():
            advance = metrics.horizontalAdvance(text) + 2
            if not today:
                # Short stages sit side by side: each name takes the lowest line above the
                # plot where it overlaps no other name; one that fits on none is left out
                # (its band is still drawn, and the checklist names the stage).
                span = (x - advance / 2, x + advance / 2)
                free = next((k for k, used in enumerate(taken)
                             if all(span[1] + 4 <= a or span[0] - 4 >= b for a, b in used)), None)
                if free is None:
                    continue
                taken[free].append(span)
                y = top - free * line
            if today:
                painter.setPen(QColor(self._today_color))
                if x + advance > self.width():  # no room right of the line: put it on the left
                    text = text.strip() + " "
                    painter.drawText(QRectF(x - advance, y - line, advance, line),
                                     int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom), text)
                else:
                    painter.drawText(QRectF(x, y - line, advance, line), beside, text)
            else:
                painter.drawText(QRectF(x - advance / 2, y - line, advance, line), centred, text)

    def redraw(self, colors: ChartColors | None = None) -> None:
        """Like the base class, but the axes survive: ``cla()`` throws away every tick object,
        and building them again cost more than drawing the 60 bars."""
        if getattr(self, "ax", None) is None:  # a palette event while the canvas is being built
            return
        c = colors or self.palette_colors()
        ax = self.ax
        for artist in [*ax.patches, *ax.collections, *ax.texts, *ax.lines]:
            artist.remove()
        ax.containers.clear()
        self.figure.set_facecolor(c.face)
        ax.set_facecolor(c.face)
        self._draw(ax, c)
        if self._styled != (ax, c):  # tick styles survive with the axes; a new palette restyles
            self._style(ax, c)
            self._styled = (ax, c)
        self.draw_idle()  # type: ignore[no-untyped-call]

    def rows(self) -> Sequence[str]:
        """Step titles in drawing order (tests check data, not pixels)."""
        return [s.title for s, *_ in bars(self.plan)] if self.plan else []

    # -- wheel ------------------------------------------------------------------------------
    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.plan is None or not self.plan.steps:
            event.ignore()
            return
        steps = event.angleDelta().y() / 120.0 or event.angleDelta().x() / 120.0
        mods = event.modifiers()
        if mods & Qt.KeyboardModifier.ControlModifier:
            x = event.position().x() * self.devicePixelRatioF()
            self.zoom_dates(0.8 ** steps, self._data_x(x))
        elif mods & Qt.KeyboardModifier.ShiftModifier:
            self.pan_dates(-steps)
        else:
            self.scroll_rows(-steps * 3)
        event.accept()

    def _data_x(self, pixel_x: float) -> float:
        left, right = self.ax.get_xlim()
        box = self.ax.bbox
        share = (pixel_x - box.x0) / box.width if box.width else 0.5
        return left + min(1.0, max(0.0, share)) * (right - left)

    def zoom_dates(self, factor: float, around: float | None = None) -> None:
        """Narrow (factor < 1) or widen the date range, keeping ``around`` in place."""
        left, right = self.ax.get_xlim()
        centre = (left + right) / 2 if around is None else around
        width = max(7.0, min(3650.0, (right - left) * factor))
        share = (centre - left) / (right - left) if right > left else 0.5
        self.ax.set_xlim(centre - width * share, centre + width * (1 - share))
        self.draw_idle()  # type: ignore[no-untyped-call]

    def pan_dates(self, steps: float) -> None:
        left, right = self.ax.get_xlim()
        shift = (right - left) * 0.1 * steps
        self.ax.set_xlim(left + shift, right + shift)
        self.draw_idle()  # type: ignore[no-untyped-call]

    def scroll_rows(self, rows: float) -> None:
        bottom, top = self.ax.get_ylim()  # inverted: bottom > top
        n = len(self.rows())
        shown = bottom - top
        new_top = max(-0.5, min(n - 0.5 - shown, top + rows)) if n > shown else -0.5
        self.ax.set_ylim(new_top + shown, new_top)
        self.draw_idle()  # type: ignore[no-untyped-call]
