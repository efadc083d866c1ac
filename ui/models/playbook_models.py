"""Playbooks (checklist templates) and the steps of the one being edited.

The step model is editable in place, but like the task model it never writes: an edit
becomes ``edit_requested`` and the view pushes an undoable command.

Signals (StepTableModel):
    edit_requested(object, dict): a PlaybookStep and the fields the user changed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from tracker.domain import STAGES, Playbook, PlaybookStep
from tracker.queries.account_detail import PlaybookUsage
from ui.models import labels
from ui.models.base import RIGHT, RowTableModel
from ui.models.record_table import Column, RecordTableModel
from ui.models.roles import SORT_ROLE

Index = QModelIndex | QPersistentModelIndex
EDIT = Qt.ItemDataRole.EditRole
DISPLAY = Qt.ItemDataRole.DisplayRole
CHECK = Qt.ItemDataRole.CheckStateRole


class PlaybookListModel(RecordTableModel[Playbook]):
    def __init__(self, parent: QObject | None = None) -> None:
        self._usage: dict[int, PlaybookUsage] = {}
        self._segments: dict[int, list[str]] = {}
        super().__init__(parent)

    def set_usage(self, usage: Mapping[int, PlaybookUsage], segments: Mapping[int, list[str]]) -> None:
        """Takes effect at the next set_rows."""
        self._usage, self._segments = dict(usage), dict(segments)

    def _steps(self, p: Playbook) -> int:
        u = self._usage.get(int(p.id))
        return u.steps if u else 0

    def _journeys(self, p: Playbook) -> int:
        u = self._usage.get(int(p.id))
        return u.journeys if u else 0

    def _tooltip(self, p: Playbook) -> str:
        segments = self._segments.get(int(p.id), [])
        tied = self.tr("Segments: {0}").format(", ".join(segments)) if segments else ""
        return "\n".join(part for part in (p.description, tied) if part) or p.name

    def columns(self) -> Sequence[Column[Playbook]]:
        return [
            Column(self.tr("Playbook"), lambda p: p.name, lambda p: p.name.lower(),
                   tooltip=self._tooltip),
            Column(self.tr("Kind"), lambda p: labels.playbook_kind(p.kind)),
            Column(self.tr("Steps"), lambda p: str(self._steps(p)), self._steps, align_right=True),
            Column(self.tr("Used"), lambda p: str(self._journeys(p)), self._journeys, align_right=True,
                   tooltip=lambda p: self.tr("Applied to accounts {0} times").format(self._journeys(p))),
        ]


COL_POS, COL_TITLE, COL_STAGE, COL_OFFSET, COL_ROLE, COL_MILESTONE, COL_KIND = range(7)


class StepTableModel(RowTableModel[PlaybookStep]):
    edit_requested = Signal(object, dict)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = [self.tr("#"), self.tr("Step"), self.tr("Stage"), self.tr("Due (days)"),
                         self.tr("Owner role"), self.tr("Milestone"), self.tr("Milestone kind")]

    def set_steps(self, steps: Sequence[PlaybookStep]) -> None:
        """Same steps in the same order: update in place so the selection and scroll stay."""
        steps = list(steps)
        if steps and [s.id for s in steps] == [s.id for s in self._rows]:
            self._rows = steps
            self.emit_all_changed()
            return
        self.set_rows(steps)

    def steps(self) -> list[PlaybookStep]:
        return list(self._rows)

    def step_at(self, row: int) -> PlaybookStep:
        return self._rows[row]

    def row_of(self, step_id: int) -> int:
        return next((i for i, s in enumerate(self._rows) if s.id == step_id), -1)

    def headers(self) -> Sequence[str]:
        return self._headers

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base
        col = index.column()
        if col in (COL_TITLE, COL_STAGE, COL_OFFSET, COL_ROLE):
            return base | Qt.ItemFlag.ItemIsEditable
        if col == COL_MILESTONE:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if col == COL_KIND and self._rows[index.row()].is_milestone:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def cell(self, step: PlaybookStep, row: int, col: int, role: int) -> Any:
        if role == DISPLAY:
            return {
                COL_POS: str(row + 1), COL_TITLE: step.title, COL_STAGE: labels.stage(step.stage),
                COL_OFFSET: str(step.offset_days), COL_ROLE: step.owner_role,
                COL_KIND: labels.milestone_kind(step.milestone_kind) if step.is_milestone else "",
            }.get(col)
        if role == EDIT:
            return {
                COL_TITLE: step.title, COL_STAGE: step.stage, COL_OFFSET: step.offset_days,
                COL_ROLE: step.owner_role, COL_KIND: step.milestone_kind or "custom",
            }.get(col)
        if role == CHECK and col == COL_MILESTONE:
            return Qt.CheckState.Checked if step.is_milestone else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_POS, COL_OFFSET):
            return RIGHT
        if role == SORT_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_OFFSET:
            return self.tr("Due this many days after the journey's start date.")
        return None

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:
        if not index.isValid():
            return False
        step, col = self._rows[index.row()], index.column()
        changes: dict[str, Any] = {}
        if role == CHECK and col == COL_MILESTONE:
            on = (value if isinstance(value, bool) else Qt.CheckState(value) == Qt.CheckState.Checked)
            changes = ({"is_milestone": True, "milestone_kind": step.milestone_kind or "custom"} if on
                       else {"is_milestone": False, "milestone_kind": None})
        elif role == EDIT and col == COL_TITLE:
            text = str(value).strip()
            if not text:
                return False
            changes = {"title": text}
        elif role == EDIT and col == COL_STAGE and value in STAGES:
            changes = {"stage": value}
        elif role == EDIT and col == COL_OFFSET:
            try:
                changes = {"offset_days": int(value)}
            except (TypeError, ValueError):
                return False
        elif role == EDIT and col == COL_ROLE:
            changes = {"owner_role": str(value).strip()}
        elif role == EDIT and col == COL_KIND and step.is_milestone:
            changes = {"milestone_kind": str(value)}
        else:
            return False
        current = {"title": step.title, "stage": step.stage, "offset_days": step.offset_days,
                   "owner_role": step.owner_role, "is_milestone": step.is_milestone,
                   "milestone_kind": step.milestone_kind}
        changes = {k: v for k, v in changes.items() if current[k] != v}
        if changes:
            self.edit_requested.emit(step, changes)
        return True
