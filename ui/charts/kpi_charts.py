"""The dashboard's six charts. Each takes plain series from ``tracker.kpi`` and keeps them
(``series()`` returns what is plotted, so tests check data, not pixels)."""

from __future__ import annotations

import numpy as np
from matplotlib import colormaps
from matplotlib.axes import Axes
from matplotlib.ticker import MaxNLocator
from PySide6.QtCore import QCoreApplication, QDate, QLocale

from tracker.kpi.cohorts import CohortMatrix
from tracker.kpi.series import HealthDistribution, MonthlySeries
from tracker.kpi.stages import StageFunnel
from tracker.kpi.survival import SurvivalResult
from tracker.kpi.values import round_half_away
from ui.charts.base import ChartCanvas, ChartColors, fit_title
from ui.models import labels


def tr(text: str) -> str:
    return QCoreApplication.translate("KpiCharts", text)


def month_label(month: str) -> str:
    """"2026-01" as "Jan 26" in the user's language ("26/01" read like a day and month)."""
    year, mon = (int(part) for part in month.split("-")[:2])
    return QLocale().toString(QDate(year, mon, 1), "MMM yy")


def _month_ticks(ax: Axes, months: tuple[str, ...]) -> None:
    """Every other month, unrotated: text is what Matplotlib spends most of a redraw on."""
    x = np.arange(len(months))
    step = 2 if len(months) > 7 else 1
    first = (len(months) - 1) % step  # keep the latest month labelled
    ax.set_xticks(x[first::step], [month_label(m) for m in months][first::step])
    ax.set_xlim(-0.6, len(months) - 0.4)


def _empty(ax: Axes, c: ChartColors, text: str | None = None) -> None:
    ax.text(0.5, 0.5, text or tr("No data for this selection"), ha="center", va="center",
            color=c.muted, transform=ax.transAxes, fontsize=9)
    ax.set_xticks([])
    ax.set_yticks([])


def _whole_ticks() -> MaxNLocator:
    """Ticks for a count axis: whole numbers in the steps Matplotlib's default locator uses
    (MaxNLocator's own default also allows 1.5, 3, 4, 6 and 8: "0, 6, 12 ... 48" accounts)."""
    return MaxNLocator(nbins="auto", steps=[1, 2, 5, 10], integer=True)


class OnTimeChart(ChartCanvas):
    chart_name = "on_time"
    layer_order = ("y", "x")

    data: MonthlySeries | None = None
    _layout: object = None  # _layout_key() of the last rebuild (None: drawn empty)

    def set_data(self, data: MonthlySeries) -> None:
        self._set(data=data)

    def series(self) -> list[float | None]:
        return list(self.data.values) if self.data else []

    def _draw(self, ax: Axes, c: ChartColors) -> None:
        if self.data is None or all(v is None for v in self.data.values):
            self._layout = None
            ax.set_title(tr("On-time go-live rate per month"))
            _empty(ax, c)
            return
        ax.set_title(self._title_text())
        x = np.arange(len(self.data.months))
        self._bars = ax.bar(x, self._heights(), color=c.accent, width=0.65)
        ax.set_ylim(0, 105)
        ax.set_yticks([0, 50, 100])
        ax.set_ylabel(tr("% on time"))
        _month_ticks(ax, self.data.months)
        self._layout = self._layout_key()

    def _title_text(self) -> str:
        assert self.data is not None
        return tr("On-time go-live rate per month ({0} go-lives)").format(
            QLocale().toString(int(sum(self.data.counts))))

    def _heights(self) -> list[float]:
        return [0.0 if v is None else v for v in self.data.values] if self.data else []

    def _layout_key(self) -> object:
        """What the axes show besides the bars: a change of it needs a rebuild."""
        if self.data is None or all(v is None for v in self.data.values):
            return None
        return (tuple(month_label(m) for m in self.data.months), tr("% on time"))

    def _update(self, ax: Axes, c: ChartColors) -> bool:
        key = self._layout_key()
        if key is None or key != self._layout:
            return False
        for bar, height in zip(self._bars, self._heights(), strict=True):
            bar.set_height(height)
        # The text only: set_title() would also put back the default size and colour.
        ax.title.set_text(self._title_text())
        fit_title(ax)
        return True


class SurvivalChart(ChartCanvas):
    chart_name = "ttfv_survival"
    layer_order = ("y", "x")

    data: SurvivalResult | None = None
    _layout: object = None
    _artists: tuple[object, ...] = ()  # what _plot() added, in the order it added them

    def set_data(self, data: SurvivalResult) -> None:
        self._set(data=data)

    def series(self) -> tuple[tuple[float, ...], tuple[float, ...], float | None]:
        if self.data is None:
            return (), (), None
        return self.data.times, self.data.survival, self.data.median

    def _draw(self, ax: Axes, c: ChartColors) -> None:
        self._layout, self._artists = None, ()  # the axes were cleared: nothing to move
        ax.set_title(tr("Time to first value (Kaplan-Meier)"))
        if self.data is None or self.data.n == 0:
            _empty(ax, c)
            return
        ax.set_ylim(0, 105)
        ax.set_xlabel(tr("days since signed"))
        ax.set_ylabel(tr("% without first value"))
        self._plot(ax, c)
        self._layout = self._layout_key()

    def _plot(self, ax: Axes, c: ChartColors) -> None:
        """The curve and its marks; the x range is the curve's own, from 0."""
        assert self.data is not None
        d = self.data
        added: list[object] = [*ax.step(d.times, np.array(d.survival) * 100, where="post",
                                        color=c.accent, linewidth=1.8)]
        ax.set_xlim(left=0)
        added.append(ax.axhline(50, color=c.grid, linewidth=0.8, linestyle=":"))
        if d.median is not None:
            added.append(ax.axvline(d.median, color=c.warn, linewidth=1.2, linestyle="--"))
            added.append(ax.annotate(tr("median {0:.0f} d").format(d.median), (d.median, 52),
                                     textcoords="offset points", xytext=(4, 4), color=c.text,
                                     fontsize=8))
        else:
            added.append(ax.text(0.98, 0.9, tr("median not reached yet ({0} open)").format(d.open),
                                 ha="right", transform=ax.transAxes, color=c.text, fontsize=8))
        self._artists = tuple(added)

    def _layout_key(self) -> object:
        """What the axes show besides the curve and its marks: a change needs a rebuild."""
        if self.data is None or self.data.n == 0:
            return None
        return (self.data.median is None, tr("days since signed"), tr("% without first value"),
                tr("Time to first value (Kaplan-Meier)"))

    def _update(self, ax: Axes, c: ChartColors) -> bool:
        """The curve and marks again on the same axes: its ticks and labels stay (creating
        them again was half of this chart's cost), the x range is found as a rebuild finds
        it (from the curve alone, with autoscaling on again)."""
        key = self._layout_key()
        if key is None or key != self._layout:
            return False
        for artist in self._artists:
            artist.remove()  # type: ignore[attr-defined]
        ax.relim()  # no data left: the limits start from nothing, as after cla()
        ax.set_autoscalex_on(True)
        self._plot(ax, c)
        return True


class FunnelChart(ChartCanvas):
    chart_name = "stage_funnel"
    layer_order = ("y", "x")
    margins = {"left": 0.15, "right": 0.97, "top": 0.88, "bottom": 0.2}  # noqa: RUF012

    data: StageFunnel | None = None
    _layout: object = None

    def set_data(self, data: StageFunnel) -> None:
        self._set(data=data)

    def series(self) -> list[int]:
        return list(self.data.entered) if self.data else []

    def _draw(self, ax: Axes, c: ChartColors) -> None:
        ax.set_title(tr("Stage funnel and drop-off"))
        if self.data is None or not any(self.data.entered):
            self._layout = None
            _empty(ax, c)
            return
        d = self.data
        y = np.arange(len(d.stages))[::-1]
        names = [labels.stage(s) for s in d.stages]
        self._bars = (ax.barh(y, d.entered, color=c.accent, height=0.6),
                      ax.barh(y, d.dropped, color=c.bad, height=0.6))
        ax.set_yticks(y, names)
        self._texts = [ax.text(0, yy, "", va="center", fontsize=8) for yy in y]
        self._place_labels(ax, c)
        ax.set_xlabel(tr("accounts that entered"))
        ax.xaxis.set_major_locator(_whole_ticks())
        self._layout = self._layout_key()

    def _place_labels(self, ax: Axes, c: ChartColors) -> None:
        assert self.data is not None
        d = self.data
        top = max(d.entered)
        ax.set_xlim(0, top * 1.02)
        for k, label in enumerate(self._texts):
            rate = d.rate(k)
            text = f"{d.entered[k]}"
            if rate is not None and k < len(d.stages) - 1:
                text += tr(" ({0} % lost)").format(QLocale().toString(round_half_away(rate, 1), "f", 1))
            label.set_text(text)
            # Long bars carry their label inside, short ones after: nothing runs off the edge.
            inside = d.entered[k] > top * 0.5
            label.set_x(d.entered[k] - top * 0.02 if inside else d.entered[k] + top * 0.02)
            label.set_horizontalalignment("right" if inside else "left")
            label.set_color("white" if inside else c.text)

    def _layout_key(self) -> object:
        """What the axes show besides the bars and their labels: a change needs a rebuild."""
        if self.data is None or not any(self.data.entered):
            return None
        return (tuple(labels.stage(s) for s in self.data.stages), tr("accounts that entered"),
                QLocale().name())

    def _update(self, ax: Axes, c: ChartColors) -> bool:
        key = self._layout_key()
        if key is None or key != self._layout or self.data is None:
            return False
        for bars, widths in zip(self._bars, (self.data.entered, self.data.dropped), strict=True):
            for bar, width in zip(bars, widths, strict=True):
                bar.set_width(width)
        self._place_labels(ax, c)
        return True


class FeedbackTrendChart(ChartCanvas):
    chart_name = "nps_csat"
    layer_order = ("y", "x")

    csat: MonthlySeries | None = None
    nps: MonthlySeries | None = None
    _layout: object = None

    def set_data(self, csat: MonthlySeries, nps: MonthlySeries) -> None:
        self._set(csat=csat, nps=nps)

    def series(self) -> tuple[list[float | None], list[float | None]]:
        return (list(self.csat.values) if self.csat else [], list(self.nps.values) if self.nps else [])

    def _draw(self, ax: Axes, c: ChartColors) -> None:
        ax.set_title(tr("CSAT and NPS per month"))
        if self.csat is None or self.nps is None or (
                all(v is None for v in self.csat.values) and all(v is None for v in self.nps.values)):
            self._layout = None
            _empty(ax, c)
            return
        x = np.arange(len(self.csat.months))
        self._lines = []
        for s, colour, label in ((self.csat, c.good, tr("CSAT %")), (self.nps, c.accent, tr("NPS"))):
            y = np.array([np.nan if v is None else v for v in s.values])
            self._lines += ax.plot(x, y, marker="o", markersize=4, linewidth=1.6, color=colour,
                                   label=label)
        ax.axhline(0, color=c.grid, linewidth=0.8)
        ax.set_ylim(-108, 108)  # room for the markers of a 100 or -100 month
        ax.set_yticks([-100, -50, 0, 50, 100])
        _month_ticks(ax, self.csat.months)
        ax.legend(fontsize=8, loc="lower left", ncols=2)
        self._layout = self._layout_key()

    def _layout_key(self) -> object:
        """What the axes show besides the two lines: a change of it needs a rebuild."""
        if self.csat is None or self.nps is None or (
                all(v is None for v in self.csat.values) and all(v is None for v in self.nps.values)):
            return None
        return (tuple(month_label(m) for m in self.csat.months), self.nps.months == self.csat.months,
                tr("CSAT %"), tr("NPS"), tr("CSAT and NPS per month"))

    def _update(self, ax: Axes, c: ChartColors) -> bool:
        key = self._layout_key()
        if key is None or key != self._layout or self.csat is None or self.nps is None:
            return False
        for line, s in zip(self._lines, (self.csat, self.nps), strict=True):
            line.set_ydata(np.array([np.nan if v is None else v for v in s.values]))
        return True


class HealthChart(ChartCanvas):
    chart_name = "health_distribution"
    layer_order = ("x", "y")
    margins = {"left": 0.17, "right": 0.97, "top": 0.88, "bottom": 0.2}  # noqa: RUF012  (4-digit counts)

    data: HealthDistribution | None = None
    _layout: object = None

    def set_data(self, data: HealthDistribution) -> None:
        self._set(data=data)

    def series(self) -> list[int]:
        return list(self.data.counts) if self.data else []

    def _draw(self, ax: Axes, c: ChartColors) -> None:
        ax.set_title(tr("Health distribution"))
        if self.data is None or not any(self.data.counts):
            self._layout = None
            _empty(ax, c)
            return
        d = self.data
        left = np.array(d.edges[:-1])
        colours = [c.bad if e < 40 else c.warn if e < 70 else c.good for e in left]
        self._bars = ax.bar(left + 5, d.counts, width=9, color=colours)
        ax.set_xlim(0, 100)
        ax.set_xlabel(tr("health score"))
        ax.set_ylabel(tr("accounts"))
        ax.yaxis.set_major_locator(_whole_ticks())  # counts: no "2.5 accounts" tick
        self._texts = [ax.text(0.02, 0.92, self._bands_text(), transform=ax.transAxes, color=c.text,
                               fontsize=8)]
        if d.no_data:  # accounts without a score are in no bin: say how many
            self._texts.append(ax.text(0.02, 0.82, self._no_data_text(), transform=ax.transAxes,
                                       color=c.muted, fontsize=8))
        self._layout = self._layout_key()

    def _bands_text(self) -> str:
        d = self.data
        return tr("{0} Green · {1} Yellow · {2} Red").format(d.green, d.yellow, d.red) if d else ""

    def _no_data_text(self) -> str:
        return tr("{0} not enough data yet").format(self.data.no_data) if self.data else ""

    def _layout_key(self) -> object:
        """What the axes show besides the bars and their counts: a change needs a rebuild."""
        if self.data is None or not any(self.data.counts):
            return None
        return (self.data.edges, bool(self.data.no_data), tr("health score"), tr("accounts"))

    def _update(self, ax: Axes, c: ChartColors) -> bool:
        key = self._layout_key()
        if key is None or key != self._layout or self.data is None:
            return False
        for bar, count in zip(self._bars, self.data.counts, strict=True):
            bar.set_height(count)
        self._texts[0].set_text(self._bands_text())
        if self.data.no_data:
            self._texts[1].set_text(self._no_data_text())
        # The counts decide the height, as when the bars were first drawn. What relim() would
        # find, without walking every bar's path (most of this update's cost): the bars
        # stand on 0 and keep their edges (the layout key holds them), so only the top moves.
        ax.dataLim.intervaly = (0.0, float(max(self.data.counts)))
        ax.autoscale_view()
        return True


class CohortHeatmap(ChartCanvas):
    chart_name = "cohort_retention"
    layer_order = ("y", "x")
    margins = {"left": 0.16, "right": 0.9, "top": 0.88, "bottom": 0.2}  # noqa: RUF012  (colour bar labels)

    data: CohortMatrix | None = None
    _layout: object = None

    def set_data(self, data: CohortMatrix) -> None:
        self._set(data=data)

    def series(self) -> np.ndarray:
        if self.data is None or not self.data.cohorts:
            return np.empty((0, 0))
        out = np.full((len(self.data.cohorts), self.data.months), np.nan)
        for i, row in enumerate(self.data.shares):
            out[i, :len(row)] = row
        return out

    def _draw(self, ax: Axes, c: ChartColors) -> None:
        ax.set_title(tr("Cohort retention (% still here)"))
        matrix = self.series()
        if matrix.size == 0 or self.data is None:
            self._layout = None
            _empty(ax, c)
            return
        # Show the most recent cohorts that fit; older ones are summarised by the KPIs.
        matrix = matrix[-12:]
        cohorts = self.data.cohorts[-12:]
        # Red - Yellow - Green like the health bands; the colour bar is the legend.
        cmap = colormaps["RdYlGn"].with_extremes(bad=c.face)
        image = self._image = ax.imshow(np.ma.masked_invalid(matrix), aspect="auto", cmap=cmap,
                                        vmin=50, vmax=100)
        bar = ax.figure.colorbar(image, ax=ax, fraction=0.06, pad=0.03, ticks=[50, 75, 100])
        bar.ax.set_yticklabels(["≤ 50", "75", "100"])
        bar.ax.tick_params(colors=c.text, labelsize=7)
        bar.outline.set_edgecolor(c.grid)
        ax.set_yticks(np.arange(len(cohorts)), [month_label(m) for m in cohorts], fontsize=7)
        ax.set_xticks(np.arange(0, matrix.shape[1], 2))
        ax.set_xlabel(tr("months since signing"))
        self._layout = self._layout_key()

    def _layout_key(self) -> object:
        """The matrix's shape and row names: the same ones keep the image and colour bar."""
        matrix = self.series()
        if matrix.size == 0 or self.data is None:
            return None
        return (matrix[-12:].shape, tuple(month_label(m) for m in self.data.cohorts[-12:]),
                tr("months since signing"))

    def _update(self, ax: Axes, c: ChartColors) -> bool:
        key = self._layout_key()
        if key is None or key != self._layout:
            return False
        self._image.set_data(np.ma.masked_invalid(self.series()[-12:]))
        return True
