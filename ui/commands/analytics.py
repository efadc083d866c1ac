"""Undoable analytics edits: accept suggested segments, create a segment from a rule.

Both remember each touched account's previous segment, so undo puts every account back
and removes the new segments in one transaction.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from tracker.analytics.segment_rules import create_rule_segment, matching_accounts, parse_rule
from tracker.analytics.segmentation import (
    ClusterSuggestion,
    accept_suggestion,
    previous_segments,
    revert_segments,
)
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
        self.created: list[int] = []
        self.previous: dict[int, int | None] = {}

    def _redo(self) -> ChangeSet:
        members = [m for c, n in enumerate(self.names) if n.strip()
                   for m in self.suggestion.members(c)]
        self.previous = previous_segments(self.ctx.db, members)
        self.created, change = accept_suggestion(self.ctx.db, self.suggestion, self.names,
                                                 self.playbook_ids)
        return change

    def _undo(self) -> ChangeSet:
        return revert_segments(self.ctx.db, self.created, self.previous)


class CreateRuleSegment(TrackerCommand):
    def __init__(self, ctx: AppContext, name: str, rule: str, playbook_id: int | None = None,
                 initiator: object = None) -> None:
        text = QCoreApplication.translate("CreateRuleSegment", "Create segment '{0}'").format(name)
        super().__init__(ctx, text, initiator)
        self.name, self.rule, self.playbook_id = name, rule, playbook_id
        self.segment_id: int | None = None
        self.count = 0
        self.previous: dict[int, int | None] = {}

    def _redo(self) -> ChangeSet:
        parse_rule(self.rule)
        self.previous = previous_segments(self.ctx.db, matching_accounts(self.ctx.db, self.rule))
        self.segment_id, self.count, change = create_rule_segment(self.ctx.db, self.name, self.rule,
                                                                  self.playbook_id)
        return change

    def _undo(self) -> ChangeSet:
        created = [self.segment_id] if self.segment_id is not None else []
        return revert_segments(self.ctx.db, created, self.previous)
