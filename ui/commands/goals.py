"""Undoable goal edits: set, edit, close, reopen, delete (each one step on the stack)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from tracker.changes import ChangeSet
from tracker.services import goals
from ui.commands.base import TrackerCommand, quoted
from ui.context import AppContext


def _tr(text: str) -> str:
    return QCoreApplication.translate("goals", text)


class AddGoal(TrackerCommand):
    """Set a goal (its baseline recorded now); undo deletes it, redo puts the same row back."""

    def __init__(self, ctx: AppContext, values: dict[str, Any], initiator: object = None) -> None:
        super().__init__(ctx, _tr("Set goal {0}").format(quoted(str(values.get("name", "")))), initiator)
        self.values = dict(values)
        self.goal_id: int | None = None
        self._snapshot: dict[str, Any] | None = None

    def _redo(self) -> ChangeSet:
        if self._snapshot is not None:
            return goals.GOALS.restore(self.ctx.db, self._snapshot)
        created = goals.create_goal(self.ctx.db, self.values)
        self.goal_id = created.value
        return created.change

    def _undo(self) -> ChangeSet:
        assert self.goal_id is not None
        deleted = goals.GOALS.delete(self.ctx.db, self.goal_id)
        self._snapshot = deleted.value
        return deleted.change


class _GoalUpdate(TrackerCommand):
    """A write that reports the previous values; undo writes them back."""

    def __init__(self, ctx: AppContext, goal_id: int, text: str, initiator: object = None) -> None:
        super().__init__(ctx, text, initiator)
        self.goal_id = goal_id
        self._before: dict[str, Any] = {}

    def _write(self) -> Any:
        raise NotImplementedError

    def _redo(self) -> ChangeSet:
        written = self._write()
        self._before = written.value
        return written.change  # type: ignore[no-any-return]

    def _undo(self) -> ChangeSet:
        return goals.GOALS.update(self.ctx.db, self.goal_id, self._before).change


class EditGoal(_GoalUpdate):
    def __init__(self, ctx: AppContext, goal_id: int, name: str, changes: dict[str, Any],
                 initiator: object = None) -> None:
        super().__init__(ctx, goal_id, _tr("Edit goal {0}").format(quoted(name)), initiator)
        self.changes = dict(changes)

    def _write(self) -> Any:
        return goals.update_goal(self.ctx.db, self.goal_id, self.changes)


class CloseGoal(_GoalUpdate):
    def __init__(self, ctx: AppContext, goal_id: int, name: str, closed: date,
                 initiator: object = None) -> None:
        super().__init__(ctx, goal_id, _tr("Close goal {0}").format(quoted(name)), initiator)
        self.closed = closed

    def _write(self) -> Any:
        return goals.close_goal(self.ctx.db, self.goal_id, self.closed)


class ReopenGoal(_GoalUpdate):
    def __init__(self, ctx: AppContext, goal_id: int, name: str, initiator: object = None) -> None:
        super().__init__(ctx, goal_id, _tr("Reopen goal {0}").format(quoted(name)), initiator)

    def _write(self) -> Any:
        return goals.reopen_goal(self.ctx.db, self.goal_id)


class DeleteGoal(TrackerCommand):
    def __init__(self, ctx: AppContext, goal_id: int, name: str, initiator: object = None) -> None:
        super().__init__(ctx, _tr("Delete goal {0}").format(quoted(name)), initiator)
        self.goal_id = goal_id
        self._snapshot: dict[str, Any] | None = None

    def _redo(self) -> ChangeSet:
        deleted = goals.GOALS.delete(self.ctx.db, self.goal_id)
        self._snapshot = deleted.value
        return deleted.change

    def _undo(self) -> ChangeSet:
        assert self._snapshot is not None
        return goals.GOALS.restore(self.ctx.db, self._snapshot)
