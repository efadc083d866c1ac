"""Undoable account edits: create, edit, delete (with a full snapshot), stage and status."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from tracker.changes import ChangeSet
from tracker.domain import AccountId, PlaybookId
from tracker.services.accounts import (
    AccountSnapshot,
    StageSnapshot,
    create_account,
    delete_account,
    get_account,
    move_stage,
    restore_account,
    restore_stage,
    update_account,
)
from ui.commands.base import TrackerCommand
from ui.context import AppContext
from ui.models import labels


def tr(text: str) -> str:
    return QCoreApplication.translate("AccountCommands", text)


class CreateAccount(TrackerCommand):
    """Create on first redo; undo deletes it, and a later redo restores the same id."""

    def __init__(self, ctx: AppContext, values: dict[str, Any], initiator: object = None,
                 apply_playbook: bool = True, playbook_id: int | None = None) -> None:
        super().__init__(ctx, tr("Create account “{0}”").format(values.get("name", "")), initiator)
        self.values = dict(values)
        self.apply_playbook = apply_playbook
        self.playbook_id = playbook_id
        self.account_id: AccountId | None = None
        self._snapshot: AccountSnapshot | None = None

    def _redo(self) -> ChangeSet:
        if self._snapshot is not None:
            return restore_account(self.ctx.db, self._snapshot)
        created = create_account(self.ctx.db, self.values, today=self.ctx.today(),
                                 apply_segment_playbook=self.apply_playbook,
                                 playbook_id=None if self.playbook_id is None
                                 else PlaybookId(self.playbook_id))
        self.account_id = created.value
        return created.change

    def _undo(self) -> ChangeSet:
        assert self.account_id is not None
        deleted = delete_account(self.ctx.db, self.account_id)
        self._snapshot = deleted.value
        return deleted.change


class EditAccount(TrackerCommand):
    """Change fields of one account; undo writes back the values the service reported."""

    def __init__(self, ctx: AppContext, account_id: int, changes: dict[str, Any],
                 initiator: object = None, name: str | None = None, text: str | None = None) -> None:
        if text is None:
            name = name if name is not None else get_account(ctx.db, account_id).name
            text = tr("Edit account “{0}”").format(name)
        super().__init__(ctx, text, initiator)
        self.account_id = account_id
        self.changes = dict(changes)
        self._before: dict[str, Any] = {}

    def _redo(self) -> ChangeSet:
        written = update_account(self.ctx.db, self.account_id, self.changes)
        self._before = written.value
        return written.change

    def _undo(self) -> ChangeSet:
        return update_account(self.ctx.db, self.account_id, self._before).change


class DeleteAccount(TrackerCommand):
    """Delete an account with everything under it; undo restores the snapshot, same ids."""

    def __init__(self, ctx: AppContext, account_id: int, initiator: object = None,
                 name: str | None = None) -> None:
        name = name if name is not None else get_account(ctx.db, account_id).name
        super().__init__(ctx, tr("Delete account “{0}”").format(name), initiator)
        self.account_id = account_id
        self._snapshot: AccountSnapshot | None = None

    def _redo(self) -> ChangeSet:
        deleted = delete_account(self.ctx.db, self.account_id)
        self._snapshot = deleted.value
        return deleted.change

    def _undo(self) -> ChangeSet:
        assert self._snapshot is not None
        return restore_account(self.ctx.db, self._snapshot)


class MoveStage(TrackerCommand):
    """Move to another stage; undo restores the stage and its history exactly."""

    def __init__(self, ctx: AppContext, account_id: int, stage: str, initiator: object = None,
                 name: str | None = None) -> None:
        name = name if name is not None else get_account(ctx.db, account_id).name
        super().__init__(ctx, tr("Move “{0}” to {1}").format(
            name, labels.stage(stage)), initiator)
        self.account_id = account_id
        self.stage = stage
        self._snapshot: StageSnapshot | None = None

    def _redo(self) -> ChangeSet:
        moved = move_stage(self.ctx.db, self.account_id, self.stage, on=self.ctx.today())
        self._snapshot = moved.value
        return moved.change

    def _undo(self) -> ChangeSet:
        assert self._snapshot is not None
        return restore_stage(self.ctx.db, self.account_id, self._snapshot)
