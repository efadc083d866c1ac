"""Undoable edits of the maturity ladder and of a playbook's level, each one service call."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from tracker.changes import ChangeSet
from tracker.services import maturity, signals
from ui.commands.base import TrackerCommand
from ui.context import AppContext


class AddLevel(TrackerCommand):
    """Redo after an undo puts the same row back (same id), so later commands still apply."""

    def __init__(self, ctx: AppContext, name: str, use_cases: str, initiator: object = None) -> None:
        text = QCoreApplication.translate("maturity", "Add maturity level “{0}”")
        super().__init__(ctx, text.format(name), initiator)
        self.name, self.use_cases = name, use_cases
        self.level_id: int | None = None
        self._removed: maturity.RemovedLevel | None = None

    def _redo(self) -> ChangeSet:
        if self._removed is not None:
            return maturity.restore_level(self.ctx.db, self._removed)
        written = maturity.add_level(self.ctx.db, self.name, self.use_cases)
        self.level_id = written.value
        return written.change

    def _undo(self) -> ChangeSet:
        assert self.level_id is not None
        removed = maturity.remove_level(self.ctx.db, self.level_id)
        self._removed = removed.value
        return removed.change


class EditLevel(TrackerCommand):
    def __init__(self, ctx: AppContext, level_id: int, name: str, changes: dict[str, Any],
                 initiator: object = None) -> None:
        text = QCoreApplication.translate("maturity", "Edit maturity level “{0}”")
        super().__init__(ctx, text.format(name), initiator)
        self.level_id, self.changes = level_id, dict(changes)
        self._before: dict[str, Any] = {}

    def _redo(self) -> ChangeSet:
        written = maturity.edit_level(self.ctx.db, self.level_id, self.changes)
        self._before = written.value
        return written.change

    def _undo(self) -> ChangeSet:
        return maturity.edit_level(self.ctx.db, self.level_id, self._before).change


class MoveLevel(TrackerCommand):
    """``steps`` places higher on the ladder, i.e. down its list (negative: up the list,
    towards the first level); undo puts the whole previous order back."""

    def __init__(self, ctx: AppContext, level_id: int, name: str, steps: int,
                 initiator: object = None) -> None:
        text = (QCoreApplication.translate("maturity", "Move maturity level “{0}” up") if steps < 0
                else QCoreApplication.translate("maturity", "Move maturity level “{0}” down"))
        super().__init__(ctx, text.format(name), initiator)
        self.level_id, self.steps = level_id, steps
        self._before: list[int] = []

    def _redo(self) -> ChangeSet:
        written = maturity.move_level(self.ctx.db, self.level_id, self.steps)
        self._before = written.value
        return written.change

    def _undo(self) -> ChangeSet:
        return maturity.set_order(self.ctx.db, self._before).change


class RemoveLevel(TrackerCommand):
    def __init__(self, ctx: AppContext, level_id: int, name: str, initiator: object = None) -> None:
        text = QCoreApplication.translate("maturity", "Remove maturity level “{0}”")
        super().__init__(ctx, text.format(name), initiator)
        self.level_id = level_id
        self._removed: maturity.RemovedLevel | None = None

    def _redo(self) -> ChangeSet:
        written = maturity.remove_level(self.ctx.db, self.level_id)
        self._removed = written.value
        return written.change

    def _undo(self) -> ChangeSet:
        assert self._removed is not None
        return maturity.restore_level(self.ctx.db, self._removed)


class TiePlaybookLevel(TrackerCommand):
    """Tie a playbook to the level it brings an account to (None unties it).

    Stepping through the level list with the arrow keys ties at each step; consecutive ties
    of one playbook merge into one undo step that goes back to the level before the first.
    """

    MERGE_ID = 0x4D4C  # any constant unique among this app's commands

    def __init__(self, ctx: AppContext, playbook_id: int, playbook_name: str, level_id: int | None,
                 initiator: object = None) -> None:
        text = (QCoreApplication.translate("maturity", "Tie playbook “{0}” to a maturity level")
                if level_id is not None else
                QCoreApplication.translate("maturity", "Untie playbook “{0}” from its maturity level"))
        super().__init__(ctx, text.format(playbook_name), initiator)
        self.playbook_id, self.level_id = playbook_id, level_id
        self._before: int | None = None

    def _redo(self) -> ChangeSet:
        written = signals.tie_playbook(self.ctx.db, self.playbook_id, self.level_id)
        self._before = written.value
        return written.change

    def _undo(self) -> ChangeSet:
        return signals.tie_playbook(self.ctx.db, self.playbook_id, self._before).change

    def id(self) -> int:
        return self.MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, TiePlaybookLevel) or other.playbook_id != self.playbook_id:
            return False
        self.level_id = other.level_id
        self.setText(other.text())
        return True
