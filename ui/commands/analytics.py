"""Undoable analytics edits: accept suggested segments, create a segment from a rule.

Both remember each touched account's previous segment, so undo puts every account back
and removes the new segments in one transaction.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from tracker.analytics.segment_rules import SegmentsWritten, create_rule_segment
from tracker.analytics.segmentation import ClusterSuggestion, accept_suggestion, revert_segments
from tracker.changes import ChangeSet
from ui.commands.base import TrackerCommand
from ui.context import AppContext


class AcceptSuggestion(TrackerCommand):
    def __init__(self, ctx: AppContext, suggestion: ClusterSuggestion, names: Sequence[str],
                 playbook_ids: Sequence[int | None], initiator: object = None) -> None:
        text = QCoreApplication.translate("AcceptSuggestion", "Create {0} suggested segments").format(
            sum(1 for n in names if n.strip()))
        super().__init__(ctx, text, initiator)
        self.suggestion = suggestion
        self.names = list(names)
        self.playbook_ids = list(playbook_ids)
        self.written: SegmentsWritten | None = None

    @property
    def created(self) -> tuple[int, ...]:
        return self.written.created if self.written is not None else ()

    def _redo(self) -> ChangeSet:
        accepted = accept_suggestion(self.ctx.db, self.suggestion, self.names, self.playbook_ids)
        self.written = accepted.value
        return accepted.change

    def _undo(self) -> ChangeSet:
        assert self.written is not None
        return revert_segments(self.ctx.db, self.written.created, self.written.previous)


class CreateRuleSegment(TrackerCommand):
    def __init__(self, ctx: AppContext, name: str, rule: str, playbook_id: int | None = None,
                 initiator: object = None) -> None:
        text = QCoreApplication.translate("CreateRuleSegment", "Create segment '{0}'").format(name)
        super().__init__(ctx, text, initiator)
        self.name, self.rule, self.playbook_id = name, rule, playbook_id
        self.written: SegmentsWritten | None = None

    @property
    def segment_id(self) -> int | None:
        return self.written.created[0] if self.written is not None else None

    @property
    def count(self) -> int:
        return self.written.count if self.written is not None else 0

    def _redo(self) -> ChangeSet:
        created = create_rule_segment(self.ctx.db, self.name, self.rule, self.playbook_id)
        self.written = created.value
        return created.change

    def _undo(self) -> ChangeSet:
        assert self.written is not None
        return revert_segments(self.ctx.db, self.written.created, self.written.previous)
