"""Milestones of one account: target against achieved, with an on-time mark."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QObject

from tracker.domain import Milestone
from tracker.queries.account_detail import (
    MILESTONE_LATE,
    MILESTONE_NO_TARGET,
    MILESTONE_ON_TIME,
    MILESTONE_OVERDUE,
    MILESTONE_PENDING,
    milestone_delta_days,
    milestone_state,
)
from ui.models import labels
from ui.models.record_table import Column, RecordTableModel, none_last

COL_NAME, COL_TARGET, COL_ACHIEVED, COL_STATE = range(4)
STATE_ORDER = {MILESTONE_OVERDUE: 0, MILESTONE_LATE: 1, MILESTONE_PENDING: 2, MILESTONE_NO_TARGET: 3,
               MILESTONE_ON_TIME: 4}


class MilestoneTableModel(RecordTableModel[Milestone]):
    def __init__(self, today: Callable[[], date], parent: QObject | None = None) -> None:
        self._today = today
        self._now = today()
        super().__init__(parent)

    def set_rows(self, rows: Sequence[Milestone]) -> None:
        self._now = self._today()  # on-time marks are relative to the clock at refresh time
        super().set_rows(rows)

    def columns(self) -> Sequence[Column[Milestone]]:
        return [
            Column(self.tr("Milestone"), lambda m: m.name, lambda m: m.name.lower(),
                   tooltip=lambda m: labels.milestone_kind(m.kind)),
            Column(self.tr("Target"), lambda m: m.target_date or "", lambda m: none_last(m.target_date)),
            Column(self.tr("Achieved"), lambda m: m.achieved_date or "",
                   lambda m: none_last(m.achieved_date)),
            Column(self.tr("On time?"), self._state_text,
                   lambda m: STATE_ORDER[milestone_state(m, self._now)], self._state_tone,
                   lambda m: self.tr("On time means achieved on or before the target date.")),
        ]

    def _state_text(self, m: Milestone) -> str:
        state = milestone_state(m, self._now)
        delta = milestone_delta_days(m, self._now) or 0
        if state == MILESTONE_ON_TIME:
            return self.tr("✓ On time")
        if state == MILESTONE_LATE:
            return self.tr("✗ {0} late").format(labels.days(delta))
        if state == MILESTONE_OVERDUE:
            return self.tr("⚠ Overdue {0}").format(labels.days(delta))
        if state == MILESTONE_NO_TARGET:
            return self.tr("No target")
        return self.tr("Due in {0}").format(labels.days(-delta))

    def _state_tone(self, m: Milestone) -> str | None:
        state = milestone_state(m, self._now)
        return {MILESTONE_ON_TIME: "good", MILESTONE_LATE: "warn", MILESTONE_OVERDUE: "bad"}.get(state)
