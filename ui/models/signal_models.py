"""Table models of goals and support cases (rows are frozen core values; cells precomputed)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject

from tracker.domain_signals import SupportCase
from tracker.kpi.goals import GoalProgress
from tracker.kpi.words import kpi_label
from ui.models.record_table import Column, RecordTableModel, none_last


def tr(text: str) -> str:
    return QCoreApplication.translate("signals", text)


def goal_status(code: str) -> str:
    return {
        "on_track": tr("On track"), "behind": tr("Behind"), "achieved": tr("Achieved"),
        "missed": tr("Missed"), "met": tr("Met"), "no_data": tr("No data"),
    }.get(code, code)


def goal_scope(kind: str, value: str, segments: dict[int, str]) -> str:
    if kind == "segment":
        return tr("Segment {0}").format(segments.get(int(value), value) if value.isdecimal() else value)
    if kind == "owner":
        return tr("Owner {0}").format(value)
    if kind == "cohort":
        return tr("Cohort {0}").format(value)
    return tr("Portfolio")


def severity(code: str) -> str:
    return {"low": tr("Low"), "normal": tr("Normal"), "high": tr("High"),
            "urgent": tr("Urgent")}.get(code, code)


def trial_kind(code: str) -> str:
    return {"trial": tr("Trial"), "freemium": tr("Freemium")}.get(code, code)


def number(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}"


_TONES = {"on_track": "good", "achieved": "good", "met": "good", "behind": "warn", "missed": "bad",
          "no_data": "muted"}


class GoalTableModel(RecordTableModel[GoalProgress]):
    """One row per goal: KPI, scope, baseline → target, now, forecast, status."""

    def __init__(self, parent: QObject | None = None) -> None:
        self.segments: dict[int, str] = {}
        super().__init__(parent)

    def columns(self) -> Sequence[Column[GoalProgress]]:
        return [
            Column(tr("Goal"), lambda p: p.goal.name, tooltip=lambda p: p.goal.notes or p.goal.name),
            Column(tr("KPI"), lambda p: kpi_label(p.goal.kpi)),
            Column(tr("Scope"), lambda p: goal_scope(p.goal.scope_kind, p.goal.scope_value,
                                                     self.segments)),
            Column(tr("Baseline"), lambda p: number(p.goal.baseline),
                   lambda p: p.goal.baseline if p.goal.baseline is not None else -1e18,
                   align_right=True),
            Column(tr("Target"), lambda p: ("≥ " if p.goal.direction == "up" else "≤ ")
                   + f"{p.goal.target:g}", lambda p: p.goal.target, align_right=True),
            Column(tr("Now"), lambda p: number(p.current),
                   lambda p: p.current if p.current is not None else -1e18, align_right=True),
            Column(tr("Progress"), self._progress, lambda p: p.progress if p.progress is not None
                   else -1e18, align_right=True),
            Column(tr("Forecast"), lambda p: number(p.forecast) if p.forecast is not None
                   else tr("not enough history"), lambda p: p.forecast if p.forecast is not None
                   else -1e18, tooltip=lambda _p: tr(
                       "A least-squares straight line through the KPI's values at the start and at "
                       "each month end since, read at the deadline (three values at least)."),
                   align_right=True),
            Column(tr("Deadline"), lambda p: p.goal.deadline),
            Column(tr("Status"), lambda p: goal_status(p.status), tone=lambda p: _TONES.get(p.status)),
        ]

    def _progress(self, p: GoalProgress) -> str:
        if p.progress is None:
            return "–"
        return f"{100 * p.progress:.0f} %"


class CaseTableModel(RecordTableModel[SupportCase]):
    def __init__(self, parent: QObject | None = None) -> None:
        self._names: dict[int, str] = {}
        super().__init__(parent)

    def set_contact_names(self, names: dict[int, str]) -> None:
        self._names = dict(names)

    def columns(self) -> Sequence[Column[SupportCase]]:
        return [
            Column(tr("Opened"), lambda c: c.opened_date),
            Column(tr("Closed"), lambda c: c.closed_date or tr("open"), lambda c: none_last(c.closed_date),
                   tone=lambda c: None if c.closed_date else "warn"),
            Column(tr("Severity"), lambda c: severity(c.severity),
                   lambda c: ("low", "normal", "high", "urgent").index(c.severity)
                   if c.severity in ("low", "normal", "high", "urgent") else 0,
                   tone=lambda c: "bad" if c.severity in ("high", "urgent") else None),
            Column(tr("Topic"), lambda c: c.topic),
            Column(tr("Subject"), lambda c: c.subject, tooltip=lambda c: c.subject),
            Column(tr("Contact"), lambda c: self._names.get(c.contact_id or 0, "")),
            Column(tr("Case no."), lambda c: c.external_id or ""),
        ]


class MaturityStepModel(RecordTableModel[tuple[str, str, str]]):
    """Maturity history rows: (date reached, level name, who)."""

    def columns(self) -> Sequence[Column[tuple[str, str, str]]]:
        return [
            Column(tr("Reached"), lambda r: r[0]),
            Column(tr("Level"), lambda r: r[1]),
            Column(tr("Who"), lambda r: r[2]),
        ]
