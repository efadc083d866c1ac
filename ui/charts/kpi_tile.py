"""A KPI tile: the value, its trend against the previous period, and a tooltip that says
how the number is made (formula and counts), because managers ask."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from tracker.kpi.goals import LOWER_IS_BETTER, GoalProgress
from tracker.kpi.values import UNIT_DECIMALS, KpiValue, display_value, round_half_away
from tracker.money import money
from ui.models import labels
from ui.theme import status_colors

# KPIs where a smaller number is the better one (the trend arrow's colour flips).
__all__ = ["LOWER_IS_BETTER", "KpiTile", "format_kpi"]


def tr(text: str) -> str:
    return QCoreApplication.translate("KpiTile", text)


def format_kpi(kpi: KpiValue | None) -> str:
    """The value as a person reads it; words where there is no number."""
    value = None if kpi is None else display_value(kpi)
    if kpi is None or value is None:
        return tr("not reached") if kpi is not None and kpi.not_reached else "–"
    locale = QLocale()
    decimals = UNIT_DECIMALS.get(kpi.unit, 1)
    if kpi.unit == "%":
        return tr("{0} %").format(locale.toString(value, "f", decimals))
    if kpi.unit == "days":
        return tr("{0} d").format(locale.toString(value, "f", decimals))
    if kpi.unit == "$":
        return money(value)
    return locale.toString(value, "f", decimals)


def fit_lines(text: str, metrics: QFontMetrics, width: int, most: int = 2) -> list[str]:
    """``text`` broken at spaces into at most ``most`` lines of ``width`` pixels; what still
    does not fit ends the last line with an ellipsis."""
    if width <= 0 or metrics.horizontalAdvance(text) <= width:
        return [text]
    lines: list[str] = []
    words = text.split(" ")
    while words and len(lines) < most - 1:
        line = words.pop(0)
        while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width:
            line = f"{line} {words.pop(0)}"
        lines.append(line)
    if words:
        lines.append(metrics.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width))
    return lines


class KpiTile(QFrame):
    """Attributes: ``value_label``, ``trend_label`` (read by tests), ``kpi`` (last shown)."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.kpi: KpiValue | None = None
        self.previous: KpiValue | None = None
        self.setObjectName(f"tile_{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.title_label = QLabel()
        small = QFont(self.font())
        small.setPointSizeF(max(small.pointSizeF() * 0.9, 7.0))
        self.title_label.setFont(small)
        # Room for a name on two lines in every tile, so a long one (Malay names run about
        # 30 % longer than English) breaks instead of losing its end, and every tile keeps
        # the same height; a one-line name sits on the lower line, next to its value.
        # The break is made here (see _fit_title), not by QLabel's word wrap, whose
        # height-for-width lets the tile grid squeeze a tile that also shows its goal.
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
        self.title_label.setFixedHeight(2 * QFontMetrics(small).lineSpacing())
        self.value_label = QLabel("–")
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.6)
        big.setBold(True)
        self.value_label.setFont(big)
        self.trend_label = QLabel()
        self.trend_label.setFont(small)
        self.goal_label = QLabel()
        self.goal_label.setFont(small)
        self.goal_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(1)
        for label in (self.title_label, self.value_label, self.trend_label, self.goal_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            # Long words must not widen the tile grid past the window: they are cut instead.
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            layout.addWidget(label)

    def set_kpi(self, kpi: KpiValue, previous: KpiValue | None, period_days: int) -> None:
        self.kpi, self.previous = kpi, previous
        self._fit_title()
        self.value_label.setText(format_kpi(kpi))
        colors = status_colors()
        band_colour = {"green": colors.good, "on_track": colors.good, "yellow": colors.warn,
                       "at_risk": colors.warn, "red": colors.bad, "off_track": colors.bad}.get(
                           kpi.band or "")
        _restyle(self.value_label, f"color: {band_colour.name()};" if band_colour else "")
        trend = ""
        trend_colour = colors.muted
        now, before = display_value(kpi), None if previous is None else display_value(previous)
        if now is not None and previous is not None and previous.has_data and before is not None:
            # Differences of the shown numbers, so "31.3 vs 31.2" never reads "= vs ...".
            decimals = UNIT_DECIMALS.get(kpi.unit, 1)
            delta = round_half_away(now - before, decimals)
            if delta == 0:
                trend = tr("= vs {0} days before").format(period_days)
            else:
                arrow = "▲" if delta > 0 else "▼"
                unit = tr(" pts") if kpi.unit == "%" else (tr(" d") if kpi.unit == "days" else "")
                shown = QLocale().toString(abs(delta), "f", decimals)
                trend = tr("{0} {1}{2} vs {3} days before").format(arrow, shown, unit, period_days)
                better = (delta < 0) if kpi.key in LOWER_IS_BETTER else (delta > 0)
                trend_colour = colors.good if better else colors.bad
        elif now is not None and previous is not None:
            # No data one period earlier (e.g. nothing recorded yet): nothing to compare with.
            trend = "–"
        elif now is not None:
            trend = tr("no earlier value")
        self.trend_label.setText(trend)
        _restyle(self.trend_label, f"color: {trend_colour.name()};")
        self.setToolTip(self._tooltip(period_days))
        self.setAccessibleName(f"{kpi.label}: {self.value_label.text()}")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_title()

    def _fit_title(self) -> None:
        """The KPI's name on one line, else broken at a space onto two; only a name too long
        for two lines is elided, and then the label's tooltip gives it whole."""
        title = self.kpi.label if self.kpi is not None else ""
        lines = fit_lines(title, QFontMetrics(self.title_label.font()), self.title_label.width())
        self.title_label.setText("\n".join(lines))
        self.title_label.setToolTip(title if "".join(lines).replace(" ", "") != title.replace(" ", "")
                                    else "")

    def set_goal(self, progress: GoalProgress | None) -> None:
        """The KPI against its goal: target, progress from the baseline, status, forecast."""
        if progress is None:
            self.goal_label.hide()
            self.goal_label.setToolTip("")
            return
        from ui.models.signal_models import goal_status

        g = progress.goal
        share = "–" if progress.progress is None else f"{100 * progress.progress:.0f} %"
        self.goal_label.setText(tr("Goal {0}: {1}").format(
            ("≥ " if g.direction == "up" else "≤ ") + f"{g.target:g}", goal_status(progress.status)))
        colors = status_colors()
        colour = {"on_track": colors.good, "achieved": colors.good, "behind": colors.warn,
                  "missed": colors.bad}.get(progress.status, colors.muted)
        _restyle(self.goal_label, f"color: {colour.name()};")
        baseline = "–" if g.baseline is None else f"{g.baseline:.1f}"
        forecast = (tr("not enough history") if progress.forecast is None
                    else f"{progress.forecast:.1f}")
        self.goal_label.setToolTip(tr(
            "{0}<br>Deadline {1}; baseline {2} on {3}; progress {4}; forecast at the deadline: {5}"
        ).format(g.name, g.deadline, baseline, g.start_date, share, forecast))
        self.goal_label.show()

    def _tooltip(self, period_days: int) -> str:
        kpi = self.kpi
        if kpi is None:
            return ""
        lines = [f"<b>{kpi.label}</b>", tr("Formula: {0}").format(kpi.formula), kpi.detail]
        if kpi.numerator is not None and kpi.denominator is not None and kpi.unit in ("%", "score"):
            loc = QLocale()
            lines.append(tr("Counts: {0} / {1}").format(loc.toString(float(kpi.numerator), "g", 8),
                                                        loc.toString(float(kpi.denominator), "g", 8)))
        if kpi.band:
            lines.append(tr("Band: {0}").format(labels.band(kpi.band)))
        if self.previous is not None and self.previous.has_data:
            lines.append(tr("{0} days before: {1}").format(period_days, format_kpi(self.previous)))
        return "<br>".join(line for line in lines if line)


def _restyle(label: QLabel, sheet: str) -> None:
    """Set a label's style sheet only when it changes: Qt re-polishes a widget on every
    setStyleSheet, even to the same sheet, and a refresh sets 36 of them (twice)."""
    if label.styleSheet() != sheet:
        label.setStyleSheet(sheet)
