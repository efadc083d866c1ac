"""Undoable account edits: create, edit, delete (with a full snapshot), stage and status."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from tracker.changes import ChangeSet
from tracker.domain import AccountId
from tracker.services.accounts import (
    AccountSnapshot,
    create_account,
    delete_account,
    get_account,
    move_stage,
    restore_account,
    restore_stage,
    stage_snapshot,
    update_account,
)
from ui.commands.base import TrackerCommand
from ui.context import AppContext


def tr(text: str) -> str:
    return QCoreApplication.translate("AccountCommands", text)


class CreateAccount(TrackerCommand):
    """Create on first redo; undo deletes it, and a later redo restores the same id."""

    def __init__(self, ctx: AppContext, values: dict[str, Any], initiator: object = None,
                 apply_playbook: bool = True) -> None:
        super().__init__(ctx, tr("Create account “{0}”").format(values.get("name", "")), initiator)
        self.values = dict(values)
        self.apply_playbook = apply_playbook
        self.account_id: AccountId | None = None
        self._snapshot: AccountSnapshot | None = None

    def _redo(self) -> ChangeSet:
        if self._snapshot is not None:
            return restore_account(self.ctx.db, self._snapshot)
        self.account_id = create_account(self.ctx.db, self.values, today=self.ctx.today(),
                                         apply_segment_playbook=self.apply_playbook)
        return ChangeSet.everything() | ChangeSet(account_id=self.account_id)

    def _undo(self) -> ChangeSet:
        assert self.account_id is not None
        self._snapshot = delete_account(self.ctx.db, self.account_id)
        return ChangeSet.everything()


class EditAccount(TrackerCommand):
    """Change fields of one account; undo writes the previous values back."""

    def __init__(self, ctx: AppContext, account_id: int, changes: dict[str, Any],
                 initiator: object = None) -> None:
        current = get_account(ctx.db, account_id)
        super().__init__(ctx, tr("Edit account “{0}”").format(current.name), initiator)
        self.account_id = account_id
        self.changes = {k: v for k, v in changes.items() if getattr(current, k) != v}
        self.before = {k: getattr(current, k) for k in self.changes}

    def _redo(self) -> ChangeSet:
        return update_account(self.ctx.db, self.account_id, self.changes)

    def _undo(self) -> ChangeSet:
        return update_account(self.ctx.db, self.account_id, self.before)


class DeleteAccount(TrackerCommand):
    """Delete an account with everything under it; undo restores the snapshot, same ids."""

    def __init__(self, ctx: AppContext, account_id: int, initiator: object = None) -> None:
        name = get_account(ctx.db, account_id).name
        super().__init__(ctx, tr("Delete account “{0}”").format(name), initiator)
        self.account_id = account_id
        self._snapshot: AccountSnapshot | None = None

    def _redo(self) -> ChangeSet:
        self._snapshot = delete_account(self.ctx.db, self.account_id)
        return ChangeSet.everything()

    def _undo(self) -> ChangeSet:
        assert self._snapshot is not None
        return restore_account(self.ctx.db, self._snapshot)


class MoveStage(TrackerCommand):
    """Move to another stage; undo restores the stage and its history exactly."""

    def __init__(self, ctx: AppContext, account_id: int, stage: str, initiator: object = None) -> None:
        current = get_account(ctx.db, account_id)
        super().__init__(ctx, tr("Move “{0}” to {1}").format(
            current.name, QCoreApplication.translate("stage", stage)), initiator)
        self.account_id = account_id
        self.stage = stage
        self.before = current.stage
        self._snapshot: tuple[str, list[dict[str, Any]]] | None = None

    def _redo(self) -> ChangeSet:
        self._snapshot = stage_snapshot(self.ctx.db, self.account_id)
        return move_stage(self.ctx.db, self.account_id, self.stage, on=self.ctx.today())

    def _undo(self) -> ChangeSet:
        assert self._snapshot is not None
        return restore_stage(self.ctx.db, self.account_id, self._snapshot)
