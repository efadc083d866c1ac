"""The comparison's metrics as a table: sizes, values, test, p-values, effects, verdict."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt

from tracker.analytics.experiments import ALPHA, MIN_EVENTS, MIN_PER_GROUP, Comparison, Effect, MetricResult
from ui.models import labels
from ui.models.record_table import Column, RecordTableModel


def tr(text: str) -> str:
    return QCoreApplication.translate("MetricModel", text)


def metric_name(code: str) -> str:
    return {"ttfv": tr("Time to first value"), "on_time": tr("On-time go-live"), "csat": tr("CSAT"),
            "nps": tr("NPS")}.get(code, code)


def test_name(text: str) -> str:
    return {"log-rank": tr("Log-rank"), "Fisher's exact": tr("Fisher's exact"),
            "Mann-Whitney U": tr("Mann-Whitney U")}.get(text, text)


def metric_value(code: str, value: float | None) -> str:
    loc = QLocale()
    if value is None:
        return tr("not reached") if code == "ttfv" else "–"
    if code == "ttfv":
        return tr("{0} days").format(loc.toString(round(value)))
    if code == "nps":
        return f"{'+' if value > 0 else ''}{loc.toString(round(value))}"
    return f"{loc.toString(round(value))} %"


def effect_text(e: Effect) -> str:
    names = {"rate ratio A/B": tr("first-value rate A/B"), "median days A - B": tr("median days A−B"),
             "odds ratio A/B": tr("odds ratio A/B"), "risk difference A - B": tr("difference A−B"),
             "rank-biserial r": tr("rank-biserial r"), "mean score A - B": tr("mean A−B")}
    loc = QLocale()

    def num(v: float) -> str:
        # Three significant digits, never an exponent: "162,800", not "1.63e+05".
        if abs(v) >= 100:
            return labels.count(v)
        return loc.toString(v, "f", 2 if abs(v) < 10 else 1)

    ci = "" if math.isnan(e.low) else f" [{num(e.low)}, {num(e.high)}]"
    return f"{names.get(e.name, e.name)} {num(e.value)}{ci}"


def p_text(p: float | None) -> str:
    if p is None:
        return "–"
    return "< 0.001" if p < 0.001 else QLocale().toString(p, "f", 3)


def _nan_last(p: float | None) -> float:
    return 2.0 if p is None else p


class MetricModel(RecordTableModel[MetricResult]):
    def columns(self) -> Sequence[Column[MetricResult]]:
        loc = QLocale()
        return [
            Column(tr("Metric"), lambda r: metric_name(r.metric)),
            Column(tr("Test"), lambda r: test_name(r.test)),
            Column(tr("Accounts A"), lambda r: loc.toString(r.n_a), sort=lambda r: r.n_a, align_right=True,
                   tone=lambda r: None if r.enough else "warn"),
            Column(tr("Accounts B"), lambda r: loc.toString(r.n_b), sort=lambda r: r.n_b, align_right=True,
                   tone=lambda r: None if r.enough else "warn"),
            Column(tr("A"), lambda r: metric_value(r.metric, r.value_a), align_right=True,
                   sort=lambda r: -1e9 if r.value_a is None else r.value_a,
                   tone=lambda r: "good" if r.favours == "a" else None),
            Column(tr("B"), lambda r: metric_value(r.metric, r.value_b), align_right=True,
                   sort=lambda r: -1e9 if r.value_b is None else r.value_b,
                   tone=lambda r: "good" if r.favours == "b" else None),
            Column(tr("p-value"), lambda r: p_text(r.p_value), sort=lambda r: _nan_last(r.p_value),
                   align_right=True),
            Column(tr("Adjusted p"), lambda r: p_text(r.p_adjusted), sort=lambda r: _nan_last(r.p_adjusted),
                   align_right=True,
                   tooltip=lambda r: tr("Adjusted for testing several metrics at once (Holm).")),
            Column(tr("Effect [95 % CI]"), lambda r: "; ".join(effect_text(e) for e in r.effects) or "–"),
        ]


    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            return header_tips().get(section)
        return super().headerData(section, orientation, role)


def header_tips() -> dict[int, str]:
    """What the statistical columns mean, for someone who never took a statistics course."""
    return {
        2: tr("Accounts of group A with data for this metric"),
        3: tr("Accounts of group B with data for this metric"),
        6: tr("Chance of a difference at least this large if the groups were really alike"),
        7: tr("The p-value corrected for testing four metrics at once (Holm); a difference counts"
              " below {0}").format(ALPHA),
        8: tr("How large the difference is, with the range it most likely lies in (95 % confidence)"),
    }


def metric_phrase(code: str) -> str:
    """The metric's name inside a sentence."""
    return {"ttfv": tr("time to first value"), "on_time": tr("on-time go-live")}.get(code, metric_name(code))


def p_phrase(p: float | None) -> str:
    if p is None:
        return tr("no test possible")
    if p < 0.001:
        return tr("adjusted p < 0.001")
    return tr("adjusted p = {0}").format(QLocale().toString(p, "f", 3))


def metric_verdict(r: MetricResult, a: str, b: str) -> str:
    """The core's per-metric verdict, composed from its codes so it can be translated."""
    name = metric_phrase(r.metric)
    values = tr("{0} vs {1}").format(metric_value(r.metric, r.value_a), metric_value(r.metric, r.value_b))
    if not r.enough:
        if r.metric == "ttfv":
            return tr("Too little data to compare {0}: {1} and {2} accounts ({3} and {4} reached first"
                      " value); at least {5} accounts and {6} first values per group are needed.").format(
                name, r.n_a, r.n_b, r.events_a, r.events_b, MIN_PER_GROUP, MIN_EVENTS)
        return tr("Too little data to compare {0}: {1} and {2}; at least {3} per group are needed.").format(
            name, r.n_a, r.n_b, MIN_PER_GROUP)
    p = r.p_adjusted if r.p_adjusted is not None else r.p_value
    if r.favours is None:
        return tr("No clear difference in {0} ({1}, {2}); this does not prove they are the"
                  " same.").format(name, values, p_phrase(p))
    winner = a if r.favours == "a" else b
    text = {"ttfv": tr("{0} reaches first value faster: {1} ({2})."),
            "on_time": tr("{0} goes live on time more often: {1} ({2})."),
            "csat": tr("{0} has happier customers (CSAT): {1} ({2})."),
            "nps": tr("{0} has more promoters (NPS): {1} ({2}).")}[r.metric]
    return text.format(winner, values, p_phrase(p))


def overall_verdict(c: Comparison) -> str:
    a, b = c.a.label, c.b.label
    note = (" " + tr("Note: {0} accounts are in both groups, so the tests' independence does not hold.")
            .format(c.overlap)) if c.overlap else ""
    if not any(m.enough for m in c.metrics):
        return tr("Not enough data to call a winner between {0} and {1}.").format(a, b) + note
    wins_a = ", ".join(metric_phrase(m.metric) for m in c.metrics if m.favours == "a")
    wins_b = ", ".join(metric_phrase(m.metric) for m in c.metrics if m.favours == "b")
    if wins_a and not wins_b:
        return tr("{0} does better on {1}, and no worse on anything tested.").format(a, wins_a) + note
    if wins_b and not wins_a:
        return tr("{0} does better on {1}, and no worse on anything tested.").format(b, wins_b) + note
    if wins_a and wins_b:
        return tr("No overall winner: {0} does better on {1}, {2} on {3}.").format(
            a, wins_a, b, wins_b) + note
    return tr("No clear winner: no metric differs beyond chance between {0} and {1}.").format(a, b) + note
