"""Undoable edits of check-in cadences and message templates (thin glue over tracker services).

Recording a sent e-mail is an ordinary activity (:class:`ui.commands.records.AddRecord`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from tracker.changes import ChangeSet
from tracker.services import checkins, templates
from tracker.services.checkins import Setting
from ui.commands.base import TrackerCommand, quoted
from ui.context import AppContext


def _tr(text: str) -> str:
    return QCoreApplication.translate("outreach", text)


class SetCadence(TrackerCommand):
    """Set an account's own check-in cadence (None: follow its segment again)."""

    def __init__(self, ctx: AppContext, account_id: int, setting: Setting, name: str,
                 initiator: object = None) -> None:
        super().__init__(ctx, _tr("Set the check-in cadence of {0}").format(quoted(name)), initiator)
        self.account_id = account_id
        self.setting = setting
        self._before: Setting = None

    def _redo(self) -> ChangeSet:
        written = checkins.set_account_cadence(self.ctx.db, self.account_id, self.setting)
        self._before = written.value
        return written.change

    def _undo(self) -> ChangeSet:
        return checkins.set_account_cadence(self.ctx.db, self.account_id, self._before).change


class AddTemplate(TrackerCommand):
    def __init__(self, ctx: AppContext, values: dict[str, Any], initiator: object = None) -> None:
        super().__init__(ctx, _tr("Add template {0}").format(quoted(str(values.get("name", "")))),
                         initiator)
        self.values = dict(values)
        self.row_id: int | None = None
        self._snapshot: dict[str, Any] | None = None

    def _redo(self) -> ChangeSet:
        if self._snapshot is not None:
            return templates.restore_template(self.ctx.db, self._snapshot)
        created = templates.create_template(self.ctx.db, self.values)
        self.row_id = created.value
        return created.change

    def _undo(self) -> ChangeSet:
        assert self.row_id is not None
        deleted = templates.delete_template(self.ctx.db, self.row_id)
        self._snapshot = deleted.value
        return deleted.change


class EditTemplate(TrackerCommand):
    def __init__(self, ctx: AppContext, template_id: int, changes: dict[str, Any], name: str,
                 initiator: object = None) -> None:
        super().__init__(ctx, _tr("Edit template {0}").format(quoted(name)), initiator)
        self.template_id = template_id
        self.changes = dict(changes)
        self._before: dict[str, Any] = {}

    def _redo(self) -> ChangeSet:
        written = templates.update_template(self.ctx.db, self.template_id, self.changes)
        self._before = written.value
        return written.change

    def _undo(self) -> ChangeSet:
        return templates.update_template(self.ctx.db, self.template_id, self._before).change


class DeleteTemplate(TrackerCommand):
    def __init__(self, ctx: AppContext, template_id: int, name: str, initiator: object = None) -> None:
        super().__init__(ctx, _tr("Delete template {0}").format(quoted(name)), initiator)
        self.template_id = template_id
        self._snapshot: dict[str, Any] | None = None

    def _redo(self) -> ChangeSet:
        deleted = templates.delete_template(self.ctx.db, self.template_id)
        self._snapshot = deleted.value
        return deleted.change

    def _undo(self) -> ChangeSet:
        assert self._snapshot is not None
        return templates.restore_template(self.ctx.db, self._snapshot)
