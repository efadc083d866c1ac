"""Undoable edits of playbooks and their steps, and tying a playbook to a segment.

A playbook or step created by a command is deleted on undo and restored with the same
id on redo, so commands further up the stack that name it keep working.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from tracker.changes import ChangeSet, Written
from tracker.domain import PlaybookId
from tracker.services import playbooks as svc
from tracker.services.records import SEGMENTS
from ui.commands.base import TrackerCommand, quoted
from ui.context import AppContext


def _tr(text: str) -> str:
    return QCoreApplication.translate("playbook_commands", text)


class CreatePlaybook(TrackerCommand):
    def __init__(self, ctx: AppContext, values: dict[str, Any], initiator: object = None) -> None:
        super().__init__(ctx, _tr("New playbook {0}").format(quoted(str(values.get("name", "")))), initiator)
        self.values = dict(values)
        self.playbook_id: int | None = None
        self._snapshot: svc.PlaybookSnapshot | None = None

    def _create(self) -> Written[PlaybookId]:
        return svc.create_playbook(self.ctx.db, self.values)

    def _redo(self) -> ChangeSet:
        if self._snapshot is not None:
            return svc.restore_playbook(self.ctx.db, self._snapshot)
        created = self._create()
        self.playbook_id = created.value
        return created.change

    def _undo(self) -> ChangeSet:
        assert self.playbook_id is not None
        deleted = svc.delete_playbook(self.ctx.db, self.playbook_id)
        self._snapshot = deleted.value
        return deleted.change


class DuplicatePlaybook(CreatePlaybook):
    def __init__(self, ctx: AppContext, source_id: int, source_name: str, initiator: object = None) -> None:
        super().__init__(ctx, {}, initiator)
        self.setText(_tr("Duplicate playbook {0}").format(quoted(source_name)))
        self.source_id = source_id

    def _create(self) -> Written[PlaybookId]:
        return svc.duplicate_playbook(self.ctx.db, self.source_id)


class DeletePlaybook(TrackerCommand):
    """Journeys already applied keep their tasks; undo relinks them and the segments."""

    def __init__(self, ctx: AppContext, playbook_id: int, name: str, initiator: object = None) -> None:
        super().__init__(ctx, _tr("Delete playbook {0}").format(quoted(name)), initiator)
        self.playbook_id = playbook_id
        self._snapshot: svc.PlaybookSnapshot | None = None

    def _redo(self) -> ChangeSet:
        deleted = svc.delete_playbook(self.ctx.db, self.playbook_id)
        self._snapshot = deleted.value
        return deleted.change

    def _undo(self) -> ChangeSet:
        assert self._snapshot is not None
        return svc.restore_playbook(self.ctx.db, self._snapshot)


class EditPlaybook(TrackerCommand):
    def __init__(self, ctx: AppContext, playbook_id: int, name: str, changes: dict[str, Any],
                 initiator: object = None) -> None:
        super().__init__(ctx, _tr("Edit playbook {0}").format(quoted(name)), initiator)
        self.playbook_id = playbook_id
        self.changes = dict(changes)
        self._before: dict[str, Any] = {}

    def _redo(self) -> ChangeSet:
        written = svc.update_playbook(self.ctx.db, self.playbook_id, self.changes)
        self._before = written.value
        return written.change

    def _undo(self) -> ChangeSet:
        return svc.update_playbook(self.ctx.db, self.playbook_id, self._before).change


class AddStep(TrackerCommand):
    def __init__(self, ctx: AppContext, playbook_id: int, values: dict[str, Any],
                 initiator: object = None) -> None:
        super().__init__(ctx, _tr("Add step {0}").format(quoted(str(values.get("title", "")))), initiator)
        self.playbook_id = playbook_id
        self.values = dict(values)
        self.step_id: int | None = None
        self._snapshot: dict[str, Any] | None = None

    def _redo(self) -> ChangeSet:
        if self._snapshot is not None:
            return svc.restore_step(self.ctx.db, self._snapshot)
        added = svc.add_step(self.ctx.db, self.playbook_id, self.values)
        self.step_id = added.value
        return added.change

    def _undo(self) -> ChangeSet:
        assert self.step_id is not None
        deleted = svc.delete_step(self.ctx.db, self.step_id)
        self._snapshot = deleted.value
        return deleted.change


def field_name(field: str) -> str:
    """Built per call (not at import) so an installed translator applies."""
    return {
        "title": _tr("title"), "stage": _tr("stage"), "offset_days": _tr("due offset"),
        "owner_role": _tr("owner role"), "is_milestone": _tr("milestone flag"),
        "milestone_kind": _tr("milestone kind"),
    }.get(field, field)


class EditStep(TrackerCommand):
    def __init__(self, ctx: AppContext, step_id: int, title: str, changes: dict[str, Any],
                 initiator: object = None) -> None:
        if "offset_days" in changes and len(changes) == 1:
            text = _tr("Set due offset of {0} to {1} days").format(quoted(title), changes["offset_days"])
        elif len(changes) == 1 or set(changes) == {"is_milestone", "milestone_kind"}:
            field = next(iter(changes))
            text = _tr("Change {0} of step {1}").format(field_name(field), quoted(title))
        else:
            text = _tr("Edit step {0}").format(quoted(title))
        super().__init__(ctx, text, initiator)
        self.step_id = step_id
        self.changes = dict(changes)
        self._before: dict[str, Any] = {}

    def _redo(self) -> ChangeSet:
        written = svc.update_step(self.ctx.db, self.step_id, self.changes)
        self._before = written.value
        return written.change

    def _undo(self) -> ChangeSet:
        return svc.update_step(self.ctx.db, self.step_id, self._before).change


class DeleteStep(TrackerCommand):
    def __init__(self, ctx: AppContext, step_id: int, title: str, initiator: object = None) -> None:
        super().__init__(ctx, _tr("Remove step {0}").format(quoted(title)), initiator)
        self.step_id = step_id
        self._snapshot: dict[str, Any] | None = None

    def _redo(self) -> ChangeSet:
        deleted = svc.delete_step(self.ctx.db, self.step_id)
        self._snapshot = deleted.value
        return deleted.change

    def _undo(self) -> ChangeSet:
        assert self._snapshot is not None
        return svc.restore_step(self.ctx.db, self._snapshot)


class MoveStep(TrackerCommand):
    """Swap the positions of two neighbouring steps; swapping again is the undo."""

    def __init__(self, ctx: AppContext, step_id: int, other_id: int, title: str, up: bool,
                 initiator: object = None) -> None:
        text = _tr("Move step {0} up") if up else _tr("Move step {0} down")
        super().__init__(ctx, text.format(quoted(title)), initiator)
        self.step_id = step_id
        self.other_id = other_id

    def _redo(self) -> ChangeSet:
        return svc.swap_steps(self.ctx.db, self.step_id, self.other_id)

    def _undo(self) -> ChangeSet:
        return svc.swap_steps(self.ctx.db, self.step_id, self.other_id)


class TieSegment(TrackerCommand):
    """Make a playbook the one new accounts of a segment start with (None unties it)."""

    def __init__(self, ctx: AppContext, segment_id: int, segment_name: str, playbook_id: int | None,
                 playbook_name: str, initiator: object = None) -> None:
        if playbook_id is not None:
            text = _tr("Use {0} for segment {1}").format(quoted(playbook_name), quoted(segment_name))
        else:
            text = _tr("Stop using a playbook for segment {0}").format(quoted(segment_name))
        super().__init__(ctx, text, initiator)
        self.segment_id = segment_id
        self.playbook_id = playbook_id
        self._before: dict[str, Any] = {}

    def _redo(self) -> ChangeSet:
        written = SEGMENTS.update(self.ctx.db, self.segment_id, {"playbook_id": self.playbook_id})
        self._before = written.value
        return written.change | svc.CHANGED

    def _undo(self) -> ChangeSet:
        return SEGMENTS.update(self.ctx.db, self.segment_id, self._before).change | svc.CHANGED
