"""Analytics charts: cluster profiles, silhouette by k, Ward dendrogram, time-to-value curves
and actual vs projected survival. Each keeps the plain data it was given; ``series()``
returns what is plotted so tests check data, not pixels."""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from typing import Literal

import numpy as np
from matplotlib.axes import Axes
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QResizeEvent

from tracker.analytics.experiments import Curve
from tracker.analytics.profiles import ClusterProfile
from tracker.analytics.retention import Projection
from tracker.analytics.segmentation import Dendrogram, KScore
from ui.charts.base import ChartCanvas, ChartColors


def tr(text: str) -> str:
    return QCoreApplication.translate("AnalyticsCharts", text)


EXTRA = ("#8250df", "#1b9aaa", "#bf3989", "#6e7781")


def _cycle(c: ChartColors) -> list[str]:
    return [c.accent, c.warn, c.good, c.bad, *EXTRA]


def _empty(ax: Axes, c: ChartColors, text: str) -> None:
    ax.text(0.5, 0.5, text, ha="center", va="center", color=c.muted, transform=ax.transAxes,
            fontsize=9)
    ax.set_xticks([])
    ax.set_yticks([])


LegendPlace = Literal["upper right", "lower right", "lower left", "best"]


def _legend(ax: Axes, loc: LegendPlace) -> None:
    ax.legend(fontsize=8, frameon=True, loc=loc)


class _FittedChart(ChartCanvas):
    """Margins fitted to the labels (tight layout) on each redraw and resize.

    Analytics charts redraw only when an analysis finishes, and their labels (feature
    names, dendrogram leaves) vary in length, so fixed fractions would clip or waste space.
    Their placeholder is drawn when they are first shown (ChartCanvas.showEvent): an empty
    0-1 frame until the first run looks broken.
    """

    def redraw(self, colors: ChartColors | None = None) -> None:
        super().redraw(colors)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        width, height = self.figure.get_size_inches() * self.figure.dpi
        if width < 50 or height < 50:
            return
        with warnings.catch_warnings():  # a too-small widget: keep the previous margins
            warnings.simplefilter("ignore", UserWarning)
            self.figure.tight_layout(pad=0.6)
        self.draw_idle()  # type: ignore[no-untyped-call]


class ClusterProfileChart(_FittedChart):
    """How far each cluster sits from the portfolio on each numeric feature (standard units)."""

    chart_name = "cluster_profiles"

    profiles: Sequence[ClusterProfile] = ()
    names: Sequence[str] = ()

    def set_data(self, profiles: Sequence[ClusterProfile], names: Sequence[str]) -> None:
        self.profiles, self.names = list(profiles), list(names)
        self.redraw()

    def series(self) -> list[tuple[str, tuple[float, ...]]]:
        return [(n, p.z_means) for n, p in zip(self.names, self.profiles, strict=True)]

    def _draw(self, ax: Axes, c: ChartColors) -> None:
        ax.set_title(tr("What sets each group apart"))
        if not self.profiles:
            _empty(ax, c, tr("Run a clustering to see the cluster profiles"))
            return
        features = [tr("Company size"), tr("Tech proficiency"), tr("MRR"), tr("Products")]
        k = len(self.profiles)
        height = 0.8 / k
        y = np.arange(len(features))
        colours = _cycle(c)
        for i, (name, p) in enumerate(zip(self.names, self.profiles, strict=True)):
            ax.barh(y - 0.4 + height * (i + 0.5), p.z_means, height=height * 0.92,
                    color=colours[i % len(colours)], label=name or tr("Cluster {0}").format(i + 1))
        ax.axvline(0, color=c.grid, linewidth=1)
        ax.set_yticks(y, features)
        ax.invert_yaxis()
        ax.set_xlabel(tr("difference from the portfolio average (standard deviations)"))
        # Beside the plot, never over a bar (tight layout makes room for it).
        ax.legend(fontsize=8, frameon=True, loc="upper left", bbox_to_anchor=(1.01, 1.0))


class SilhouetteChart(_FittedChart):
    chart_name = "silhouette"

    scores: Sequence[KScore] = ()
    chosen: int | None = None

    def set_data(self, scores: Sequence[KScore], chosen: int | None) -> None:
        self.scores, self.chosen = list(scores), chosen
        self.redraw()

    def series(self) -> list[tuple[int, float]]:
        return [(s.k, s.silhouette) for s in self.scores]

    def _draw(self, ax: Axes, c: ChartColors) -> None:
        ax.set_title(tr("How clearly the accounts split, by number of groups (higher is better)"))
        if not self.scores:
            _empty(ax, c, tr("Press “Suggest segments” to compare numbers of clusters")
                   if self.chosen is None else tr("Choose “Auto” clusters to compare k"))
            return
        ks = [s.k for s in self.scores]
        ax.plot(ks, [s.silhouette for s in self.scores], marker="o", color=c.accent, linewidth=1.6)
        for s in self.scores:
            if s.k == self.chosen:
                ax.plot([s.k], [s.silhouette], marker="o", markersize=11, markerfacecolor="none",
                        markeredgecolor=c.good, markeredgewidth=2)
        ax.set_xticks(ks)
        ax.set_xlabel(tr("k"))
        ax.grid(axis="y", color=c.grid, linewidth=0.5)


class DendrogramChart(_FittedChart):
    chart_name = "dendrogram"

    tree: Dendrogram | None = None

    def set_data(self, tree: Dendrogram | None) -> None:
        self.tree = tree
        self.redraw()

    def series(self) -> tuple[int, float] | None:
        return (len(self.tree.icoord), self.tree.cut_height) if self.tree else None

    def _draw(self, ax: Axes, c: ChartColors) -> None:
        ax.set_title(tr("Ward dendrogram (top merges; dashed line = the cut)"))
        if self.tree is None:
            _empty(ax, c, tr("Choose Ward to see the dendrogram"))
            return
        for xs, ys in zip(self.tree.icoord, self.tree.dcoord, strict=True):
            ax.plot(xs, ys, color=c.accent, linewidth=1.1)
        if self.tree.cut_height > 0:
            ax.axhline(self.tree.cut_height, color=c.bad, linestyle="--", linewidth=1)
        leaves = len(self.tree.leaf_labels)
        ax.set_xticks(5 + 10 * np.arange(leaves), self.tree.leaf_labels, rotation=90, fontsize=6)
        ax.set_ylabel(tr("merge distance"))


class TtfvCurvesChart(_FittedChart):
    """Kaplan-Meier: share of each group still waiting for first value, by day since signing."""

    chart_name = "ttfv_curves"

    curves: Sequence[tuple[str, Curve]] = ()

    def set_data(self, curves: Sequence[tuple[str, Curve]]) -> None:
        self.curves = list(curves)
        self.redraw()

    def series(self) -> list[tuple[str, int]]:
        return [(label, len(curve.days)) for label, curve in self.curves]

    def _draw(self, ax: Axes, c: ChartColors) -> None:
        ax.set_title(tr("Still waiting for first value (Kaplan-Meier)"))
        if not any(curve.days for _, curve in self.curves):
            _empty(ax, c, tr("Compare two groups to see their curves"))
            return
        for (label, curve), colour in zip(self.curves, (c.accent, c.warn), strict=False):
            if curve.days:
                ax.step(curve.days, 100 * np.asarray(curve.still_waiting), where="post", color=colour,
                        linewidth=1.6, label=label)
        ax.axhline(50, color=c.grid, linewidth=0.8, linestyle=":")
        ax.set_ylim(0, 102)
        ax.set_xlabel(tr("days since signed"))
        ax.set_ylabel("%")
        _legend(ax, "upper right")


class RetentionChart(_FittedChart):
    """Observed survival (pooled cohorts) against the sBG projection for one group."""

    chart_name = "retention"
    min_at_risk = 5  # the observed curve stops where fewer accounts remain in view

    projection: Projection | None = None

    def set_data(self, projection: Projection | None) -> None:
        self.projection = projection
        self.redraw()

    def series(self) -> tuple[list[float], list[float]]:
        p = self.projection
        if p is None:
            return [], []
        shown = p.actual[: self._observed(p)]
        return [float(v) for v in shown], [float(v) for v in p.projected]

    def _observed(self, p: Projection) -> int:
        ok = np.flatnonzero(p.at_risk >= self.min_at_risk)
        return int(ok[-1]) + 1 if len(ok) else 1

    def _draw(self, ax: Axes, c: ChartColors) -> None:
        p = self.projection
        label = (p.label if p and p.key != "all" else tr("All accounts")) if p else ""
        ax.set_title(tr("Survival: actual vs projected — {0}").format(label) if p else
                     tr("Survival: actual vs projected"))
        if p is None or p.accounts == 0:
            _empty(ax, c, tr("Project retention to see the curves"))
            return
        n = self._observed(p)
        ax.step(np.arange(n), 100 * p.actual[:n], where="post", color=c.text, linewidth=1.6,
                label=tr("actual"))
        if len(p.projected):
            ax.plot(np.arange(len(p.projected)), 100 * p.projected, color=c.accent, linewidth=1.6,
                    linestyle="--", label=tr("projected (sBG)"))
            ax.axvline(n - 1, color=c.grid, linewidth=0.8, linestyle=":")
        ax.set_ylim(0, 102)
        ax.set_xlabel(tr("months since signed"))
        ax.set_ylabel("%")
        _legend(ax, "lower left")
