"""The "selected accounts" menu: one bulk edit for every account selected in a list.

Accounts and Today both hand it the ids their selection names; each choice pushes one
command from ``ui.commands.bulk``, so the whole batch is one undo step. Dialogs are opened
with ``open()``, never ``exec()``, and kept in ``dialog`` so tests can drive them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QMenu, QWidget

from tracker.domain import ACCOUNT_STATUSES, STAGES
from tracker.queries.portfolio import owners, segments
from ui.context import AppContext
from ui.dialogs.owner import DialogOwner
from ui.models import labels
from ui.plurals import ntr

# Today builds this before the window's first paint; the commands, services and dialogs
# behind the menu load when it is first opened.
if TYPE_CHECKING:
    from PySide6.QtWidgets import QAbstractButton, QInputDialog, QMessageBox

    from ui.dialogs.apply_playbook_dialog import ApplyPlaybookDialog
    from ui.dialogs.task_dialog import TaskDialog


class AccountBulkActions(DialogOwner):
    """Builds the menu for ``targets()`` (the selected account ids) and runs its choices.

    Attributes:
        dialog: the dialog or question a choice opened, while it is open.
    """

    def __init__(self, ctx: AppContext, parent: QWidget, targets: Callable[[], list[int]]) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.targets = targets
        self._parent = parent

    def _push(self, command: QUndoCommand) -> None:
        self.ctx.undo_stack.push(command)

    def _item(self, menu: QMenu, text: str, make: Callable[[], QUndoCommand]) -> None:
        """A menu entry that builds its command only when chosen."""
        menu.addAction(text).triggered.connect(lambda: self._push(make()))

    def fill(self, menu: QMenu, ids: Sequence[int]) -> None:
        """Add the bulk choices for ``ids`` to ``menu`` (a context menu, or a submenu)."""
        from ui.commands.bulk import MoveAccounts, SetAccountsField, SetAccountsStatus

        ids = list(ids)
        ctx, who = self.ctx, self._parent
        owner = menu.addMenu(self.tr("Set &owner"))
        for name in owners(ctx.db):
            self._item(owner, name, partial(SetAccountsField, ctx, ids, "owner", name, name, who))
        owner.addSeparator()
        owner.addAction(self.tr("&Other owner…")).triggered.connect(lambda: self.ask_owner(ids))
        segment = menu.addMenu(self.tr("Set se&gment"))
        none = self.tr("(none)")
        self._item(segment, none, partial(SetAccountsField, ctx, ids, "segment_id", None, none, who))
        for seg_id, name in segments(ctx.db):
            self._item(segment, name,
                       partial(SetAccountsField, ctx, ids, "segment_id", seg_id, name, who))
        status = menu.addMenu(self.tr("Set s&tatus"))
        for code in ACCOUNT_STATUSES:
            self._item(status, labels.status(code), partial(SetAccountsStatus, ctx, ids, code, who))
        stage = menu.addMenu(self.tr("&Move to stage"))
        for number, code in enumerate(STAGES, 1):
            self._item(stage, f"&{number} {labels.stage(code)}",
                       partial(MoveAccounts, ctx, ids, code, who))
        menu.addSeparator()
        menu.addAction(self.tr("Apply &playbook…")).triggered.connect(
            lambda: self.open_apply_playbook(ids))
        menu.addAction(self.tr("Add &task…")).triggered.connect(lambda: self.open_add_task(ids))
        menu.addSeparator()
        menu.addAction(ntr("AccountBulkActions", "&Delete %n account(s)…", len(ids))).triggered.connect(
            lambda: self.ask_delete(ids))

    # -- the choices that ask first ------------------------------------------------------
    def ask_owner(self, ids: Sequence[int]) -> QInputDialog:
        from PySide6.QtWidgets import QInputDialog

        dialog = QInputDialog(self._parent)
        dialog.setWindowTitle(self.tr("Set owner"))
        dialog.setLabelText(ntr("AccountBulkActions", "Owner of the %n selected account(s):",
                                len(ids)))
        def push() -> None:
            from ui.commands.bulk import SetAccountsField

            name = dialog.textValue().strip()
            if name:
                self._push(SetAccountsField(self.ctx, list(ids), "owner", name, name, self._parent))
        dialog.accepted.connect(push)
        self._open(dialog)
        return dialog

    def open_apply_playbook(self, ids: Sequence[int]) -> ApplyPlaybookDialog:
        from tracker.services.playbooks import list_playbooks, list_steps
        from ui.commands.bulk import ApplyPlaybookToAccounts
        from ui.dialogs.apply_playbook_dialog import ApplyPlaybookDialog

        playbooks = list_playbooks(self.ctx.db)
        steps = {int(pb.id): list_steps(self.ctx.db, pb.id) for pb in playbooks}
        dialog = ApplyPlaybookDialog(playbooks, steps, self.ctx.today(), "delta", self._parent)
        dialog.setWindowTitle(ntr("AccountBulkActions", "Apply playbook to %n account(s)", len(ids)))

        def push() -> None:
            pid = dialog.playbook_id()
            if pid is not None:
                self._push(ApplyPlaybookToAccounts(self.ctx, list(ids), pid, dialog.playbook_name(),
                                                   dialog.start_date(), self._parent))
        dialog.accepted.connect(push)
        self._open(dialog)
        return dialog

    def open_add_task(self, ids: Sequence[int]) -> TaskDialog:
        from ui.commands.bulk import AddTaskToAccounts
        from ui.dialogs.task_dialog import TaskDialog

        dialog = TaskDialog(None, self.ctx.today(), "Embark", self._parent)
        dialog.setWindowTitle(ntr("AccountBulkActions", "Add a task to %n account(s)", len(ids)))
        dialog.accepted.connect(lambda: self._push(
            AddTaskToAccounts(self.ctx, list(ids), dialog.values(), self._parent)))
        self._open(dialog)
        return dialog

    def ask_delete(self, ids: Sequence[int]) -> QMessageBox:
        from PySide6.QtWidgets import QMessageBox

        n = len(ids)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Delete accounts"),
                          ntr("AccountBulkActions", "Delete %n account(s) with their tasks, "
                              "contacts and history?", n),
                          QMessageBox.StandardButton.NoButton, self._parent)
        box.setInformativeText(self.tr("You can undo this with Edit ▸ Undo (Ctrl+Z)."))
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        def answer(button: QAbstractButton) -> None:
            from ui.commands.bulk import DeleteAccounts

            if button is delete:
                self._push(DeleteAccounts(self.ctx, list(ids), self._parent))
        box.buttonClicked.connect(answer)
        self._open(box)
        return box

