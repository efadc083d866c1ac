"""A Matplotlib canvas that follows the Qt palette and saves itself as PNG or SVG.

Each chart keeps its last data and redraws from it, so a palette change or an export
(always on a white background, whatever the screen shows) is one more ``_draw`` call.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from matplotlib.axes import Axes
from matplotlib.backend_bases import DrawEvent
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QContextMenuEvent, QPalette, QResizeEvent, QShowEvent, QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QFileDialog, QMenu, QSizePolicy, QWidget

from ui.charts.layers import AxisLayers
from ui.charts.text_cache import CachedTextRenderer
from ui.charts.tick_memo import prepare, tick_memo
from ui.theme import status_colors

TITLE_SIZE = 10.0
TITLE_SMALLEST = 7.0


def fit_title(ax: Axes) -> None:
    """The title at its size, or smaller when it would not fit the chart's width.

    A title is one line and Matplotlib clips what overhangs the figure: Malay's titles
    are longer than English ones ("Pelancaran tepat masa sebulan (3,082 pelancaran)" lost
    its end at 1366 x 768), and a count grows with the portfolio.
    """
    from matplotlib.font_manager import FontProperties
    from matplotlib.textpath import text_to_path

    title = ax.title
    text = title.get_text()
    if not text:
        return
    figure = ax.figure
    if not isinstance(figure, Figure):
        return
    # Centred over the axes, which sit right of the figure's middle (the y labels): the
    # room is twice the way to the nearer edge, in points as the measure below gives them.
    box = ax.get_position()
    centre = (box.x0 + box.x1) / 2
    room = 0.96 * 2 * min(centre, 1 - centre) * figure.get_figwidth() * 72
    props = FontProperties(family=title.get_fontfamily(), size=TITLE_SIZE)
    width = text_to_path.get_text_width_height_descent(text, props, ismath=False)[0]
    title.set_fontsize(TITLE_SIZE if width <= room else max(TITLE_SMALLEST, TITLE_SIZE * room / width))


@dataclass(frozen=True)
class ChartColors:
    """What a chart paints with: taken from the palette on screen, fixed light for export."""

    face: str
    text: str
    muted: str
    grid: str
    accent: str
    good: str
    warn: str
    bad: str


LIGHT_EXPORT = ChartColors(face="#ffffff", text="#1f2328", muted="#6e7781", grid="#d0d7de",
                           accent="#2f6fd0", good="#1a7f37", warn="#9a6700", bad="#cf222e")

# Asks where to save; returns a path or None when the user cancelled. Tests inject one.
PathAsker = Callable[[QWidget, str, str], str | None]


def ask_save_path(parent: QWidget, title: str, file_filter: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, "", file_filter)
    return path or None


class ChartCanvas(FigureCanvasQTAgg):
    """Base chart: subclasses implement ``_draw(ax, colors)`` from their stored data."""

    chart_name = "chart"
    # Which axis of ``ax`` changes less (drawn first, kept when only the other one moves);
    # None: the chart is painted by Matplotlib in one pass (see ui.charts.layers).
    layer_order: tuple[str, str] | None = None
    margins: dict[str, float] = {"left": 0.12, "right": 0.97, "top": 0.88, "bottom": 0.2}  # noqa: RUF012

    def __init__(self, parent: QWidget | None = None, ask_path: PathAsker = ask_save_path) -> None:
        # Fixed margins: a constrained layout costs more than the whole chart to draw.
        self.figure = Figure(figsize=(4, 2.6), dpi=100)
        self.figure.subplots_adjust(**self._fitted_margins(400))
        self._layers = AxisLayers(self.layer_order) if self.layer_order else None
        # The colours of the last full rebuild; None: nothing drawn yet. Set before the canvas
        # exists: building it changes the palette, and a redraw then would draw an empty chart
        # (and an axes of its own) for nothing; a chart draws first when it gets its data or
        # is shown (:meth:`showEvent`).
        self._drawn_colors: ChartColors | None = None
        super().__init__(self.figure)  # type: ignore[no-untyped-call]
        self.setParent(parent)
        self.ax: Axes = self.figure.add_subplot()
        # Nothing drawn on ``ax`` yet, so the first rebuild needs no clear. Not the same as
        # ``_drawn_colors is None``: forgetting the colours forces a rebuild of drawn axes.
        self._fresh_axes = True
        self.ask_path = ask_path
        self._shown_once = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(210)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)
        self.save_png_action = QAction(self.tr("Save chart as PNG…"), self)
        self.save_png_action.triggered.connect(lambda: self.save_as("png"))
        self.save_svg_action = QAction(self.tr("Save chart as SVG…"), self)
        self.save_svg_action.triggered.connect(lambda: self.save_as("svg"))

    # -- size and input --------------------------------------------------------------
    # Room for the tick labels and the rotated y-axis title, in pixels: a share of the width
    # alone clipped the title of a narrow chart (issue 17).
    LEFT_PIXELS = 64

    def _fitted_margins(self, width: int) -> dict[str, float]:
        margins = dict(self.margins)
        if width > 0:
            margins["left"] = min(0.4, max(margins["left"], self.LEFT_PIXELS / width))
        return margins

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.figure.subplots_adjust(**self._fitted_margins(event.size().width()))
        if self._layers is not None:
            self._layers.forget()
        super().resizeEvent(event)  # type: ignore[no-untyped-call]
        fit_title(self.ax)

    def wheelEvent(self, event: QWheelEvent) -> None:
        """No chart zooms or scrolls: the wheel scrolls the page the chart sits in (issue 17).

        Handed to the page's scroll bar directly: Matplotlib's canvas would keep it, and Qt
        propagates an ignored wheel event only when it came from the platform.
        """
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QAbstractScrollArea):
            parent = parent.parentWidget()
        if parent is None:
            event.ignore()
            return
        delta = event.angleDelta()
        horizontal = abs(delta.x()) > abs(delta.y())
        bar = parent.horizontalScrollBar() if horizontal else parent.verticalScrollBar()
        QApplication.sendEvent(bar, event)
        event.accept()

    # -- drawing -------------------------------------------------------------------
    def get_renderer(self) -> CachedTextRenderer:
        """FigureCanvasAgg's renderer (one per size and dpi) with text caches: the same
        picture, a fraction of the text work (see ui.charts.text_cache)."""
        w, h = self.get_width_height(physical=True)
        key = w, h, self.figure.dpi
        if getattr(self, "_lastKey", None) != key or not isinstance(
                getattr(self, "renderer", None), CachedTextRenderer):
            self.renderer = CachedTextRenderer(w, h, self.figure.dpi)  # type: ignore[no-untyped-call]
            self._lastKey = key
        renderer: CachedTextRenderer = self.renderer
        return renderer

    def draw(self) -> None:
        """Paint the figure, each axis working out its ticks once (ui.charts.tick_memo), in
        kept layers where the chart has them (ui.charts.layers)."""
        prepare(self.figure)
        layers = self._layers
        if layers is None or self._is_drawing or not layers.fits(self.figure, self.ax):
            with tick_memo():
                super().draw()  # type: ignore[no-untyped-call]
            return
        # What FigureCanvasQT.draw does around FigureCanvasAgg.draw, with the layers between.
        self._is_drawing = True
        try:
            with tick_memo():
                renderer = self.get_renderer()
                layers.draw(self.figure, self.ax, renderer)
            self.callbacks.process("draw_event", DrawEvent("draw_event", self, renderer))
        finally:
            self._is_drawing = False
        self.update()

    def _set(self, **values: object) -> bool:
        """Store new data; redraw only if it differs (most changes touch one or two charts)."""
        changed = not self._shown_once or any(getattr(self, k) != v for k, v in values.items())
        for key, value in values.items():
            setattr(self, key, value)
        if changed:
            self._shown_once = True
            self.redraw()
        return changed

    def palette_colors(self) -> ChartColors:
        # The Matplotlib canvas sets a white palette on itself: read the application's.
        pal = QApplication.palette()
        status = status_colors(pal.color(QPalette.ColorRole.Window).lightness() < 128)
        return ChartColors(
            face=pal.color(QPalette.ColorRole.Window).name(),
            text=pal.color(QPalette.ColorRole.WindowText).name(),
            muted=pal.color(QPalette.ColorRole.PlaceholderText).name(),
            grid=pal.color(QPalette.ColorRole.Mid).name(),
            accent=pal.color(QPalette.ColorRole.Highlight).name(),
            good=status.good.name(), warn=status.warn.name(), bad=status.bad.name(),
        )

    def redraw(self, colors: ChartColors | None = None) -> None:
        """Show the stored data; the paint happens later (draw_idle).

        When the chart can move its artists to the new data (same colours, same layout:
        :meth:`_update`), it does: rebuilding the axes re-creates every tick and label, which
        cost more than painting them (a segment change redraws all six dashboard charts).
        """
        c = colors or self.palette_colors()
        if c == self._drawn_colors and self._update(self.ax, c):
            self.draw_idle()  # type: ignore[no-untyped-call]
            return
        self._drawn_colors = c
        if self._layers is not None:
            self._layers.forget()
        if len(self.figure.axes) == 1 and not self._fresh_axes:
            self.ax.cla()  # cheaper than rebuilding the figure
        else:
            if len(self.figure.axes) != 1:
                self.figure.clear()
                self.ax = self.figure.add_subplot()
            # Margins for the present width: a chart hidden until now has had no resize.
            self.figure.subplots_adjust(**self._fitted_margins(self.width()))
        self._fresh_axes = False
        self.figure.set_facecolor(c.face)
        self.ax.set_facecolor(c.face)
        self._draw(self.ax, c)
        self._style(self.ax, c)
        self.draw_idle()  # type: ignore[no-untyped-call]

    def _style(self, ax: Axes, c: ChartColors) -> None:
        # A title at a given height: left to place itself, it measures every tick label of
        # both axes on each draw (to dodge labels on top, which no chart here has), a sixth
        # of a chart's draw. 1.0 is where it placed itself.
        ax.set_title(ax.get_title(), y=1.0)
        ax.title.set_color(c.text)
        fit_title(ax)
        ax.tick_params(colors=c.text, labelsize=8)
        ax.xaxis.label.set_color(c.text)
        ax.yaxis.label.set_color(c.text)
        ax.xaxis.label.set_fontsize(8)
        ax.yaxis.label.set_fontsize(8)
        for spine in ax.spines.values():
            spine.set_color(c.grid)
        ax.spines["top"].set_visible(False)
        ax.spines["right"].set_visible(False)
        legend = ax.get_legend()
        if legend is not None:
            legend.get_frame().set_facecolor(c.face)
            legend.get_frame().set_edgecolor(c.grid)
            for text in legend.get_texts():
                text.set_color(c.text)

    def _draw(self, ax: Axes, c: ChartColors) -> None:
        raise NotImplementedError

    def _update(self, ax: Axes, c: ChartColors) -> bool:
        """Move the artists of the last :meth:`_draw` to the stored data, if the chart knows
        how and nothing else would differ; False asks for a rebuild."""
        return False

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange) \
                and self._drawn_colors is not None:  # else drawn in the new colours when shown
            self.redraw()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        """A chart shown before any data came draws its empty state now."""
        if self._drawn_colors is None:
            self.redraw()
        super().showEvent(event)  # type: ignore[no-untyped-call]

    # -- export --------------------------------------------------------------------
    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = QMenu(self)
        menu.addAction(self.save_png_action)
        menu.addAction(self.save_svg_action)
        menu.popup(event.globalPos())

    def save_as(self, fmt: str) -> Path | None:
        file_filter = self.tr("PNG image (*.png)") if fmt == "png" else self.tr("SVG image (*.svg)")
        chosen = self.ask_path(self, self.tr("Save chart"), file_filter)
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(path.name + f".{fmt}")
        self.export(path)
        return path

    def export(self, path: Path) -> None:
        """Write the chart on a white background, then restore the on-screen colours.

        Written to a temporary file first so an interrupted save leaves the old file intact.
        """
        fmt = path.suffix.lstrip(".").lower() or "png"
        tmp = path.with_name(path.name + ".part")
        self.redraw(LIGHT_EXPORT)
        try:
            self.figure.savefig(tmp, format=fmt, facecolor="#ffffff", dpi=150)
            tmp.replace(path)
        finally:
            tmp.unlink(missing_ok=True)
            self.redraw()
