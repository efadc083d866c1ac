"""The account commands of the window (new, edit, delete, move stage) and their enabled state.

Kept apart from the dialog itself: these decide *which* accounts an action applies to
(the current one, or a selection) and push the undoable commands.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from tracker.domain import STAGES, NotFoundError
from ui.context import AppContext
from ui.models import labels

# The window builds these actions before its first paint; the services and undo commands
# behind them load on first use (the dialog and its form fields too).
if TYPE_CHECKING:
    from PySide6.QtWidgets import QAbstractButton, QMessageBox

    from tracker.domain import Account
    from ui.dialogs.account_dialog import AccountDialog


class AccountActions(QObject):
    """New/edit/delete/move actions on "the current account", shared by menus and views.

    ``target`` answers which account the user means (the selected row, the open account).
    Dialogs are opened with ``open()``, never ``exec()``, so tests can drive them.

    Attributes:
        dialog: the account form or delete question currently open, if any.
    """

    def __init__(self, ctx: AppContext, parent: QWidget, target: Callable[[], int | None]) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.target = target
        self._parent = parent
        self.dialog: AccountDialog | QMessageBox | None = None
        # The accounts selected where the user is (set by the window): Delete and Move act on
        # all of them when there are several, as one undo step.
        self.selection: Callable[[], list[int]] = lambda: []
        self.new = QAction(self.tr("&New account…"), self)
        self.new.setShortcut(QKeySequence.StandardKey.New)
        self.new.setStatusTip(self.tr("Create an account"))
        self.new.triggered.connect(self.create)
        self.edit = QAction(self.tr("&Edit account…"), self)
        self.edit.setShortcut(QKeySequence(Qt.Key.Key_F2))
        # Only where the account list has the focus: the checklist uses F2 and Delete too,
        # and two window-wide matches would leave both keys dead ("ambiguous shortcut").
        self.edit.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.edit.triggered.connect(self.edit_current)
        self.delete = QAction(self.tr("&Delete account…"), self)
        self.delete.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete.triggered.connect(self.delete_current)
        self.move_menu = QMenu(self.tr("&Move to stage"), parent)
        for number, stage in enumerate(STAGES, 1):
            action = self.move_menu.addAction(f"&{number} {labels.stage(stage)}")
            action.setData(stage)
            action.triggered.connect(lambda _=False, s=stage: self.move_current(s))
        self.move_menu.aboutToShow.connect(self._mark_stage)

    def update_enabled(self) -> None:
        on = self.target() is not None
        for action in (self.edit, self.delete):
            action.setEnabled(on)
        self.move_menu.setEnabled(on)

    def _current(self) -> Account | None:
        """The target account, or None if there is none or it was deleted meanwhile."""
        account_id = self.target()
        if account_id is None:
            return None
        from tracker.services.accounts import get_account

        try:
            return get_account(self.ctx.db, account_id)
        except NotFoundError:
            return None

    def _mark_stage(self) -> None:
        account = self._current()
        current = account.stage if account is not None else None
        for action in self.move_menu.actions():
            action.setCheckable(True)
            action.setChecked(action.data() == current)

    def create(self) -> AccountDialog:
        from ui.commands.accounts import CreateAccount
        from ui.dialogs.account_dialog import AccountDialog

        dialog = AccountDialog(self.ctx, None, self._parent)
        dialog.accepted.connect(lambda: self.ctx.undo_stack.push(
            CreateAccount(self.ctx, dialog.values(), apply_playbook=False,
                          playbook_id=dialog.chosen_playbook())))
        self._open(dialog)
        return dialog

    def edit_current(self) -> AccountDialog | None:
        account = self._current()
        if account is None:
            return None
        from ui.commands.accounts import EditAccount
        from ui.dialogs.account_dialog import AccountDialog

        dialog = AccountDialog(self.ctx, account, self._parent)

        def push() -> None:
            changes = dialog.changes()
            if changes:
                self.ctx.undo_stack.push(EditAccount(self.ctx, account.id, changes,
                                                     name=account.name))
        dialog.accepted.connect(push)
        self._open(dialog)
        return dialog

    def _many(self) -> list[int]:
        ids = self.selection()
        return ids if len(ids) > 1 else []

    def delete_current(self) -> QMessageBox | None:
        many = self._many()
        if many:
            from ui.views.bulk_menu import AccountBulkActions  # the views import this module

            box = AccountBulkActions(self.ctx, self._parent, self.selection).ask_delete(many)
            self.dialog = box
            box.finished.connect(self._on_dialog_finished)
            return box
        account = self._current()
        if account is None:
            return None
        from PySide6.QtWidgets import QMessageBox

        account_id, name = account.id, account.name
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Delete account"),
                          self.tr("Delete “{0}” with its tasks, contacts and history?").format(name),
                          QMessageBox.StandardButton.NoButton, self._parent)
        box.setInformativeText(self.tr("You can undo this with Edit ▸ Undo (Ctrl+Z)."))
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def answer(button: QAbstractButton) -> None:
            from ui.commands.accounts import DeleteAccount

            if button is delete:
                self.ctx.undo_stack.push(DeleteAccount(self.ctx, account_id, name=name))
        box.buttonClicked.connect(answer)
        self._open(box)
        return box

    def move_current(self, stage: str) -> None:
        from ui.commands.accounts import MoveStage
        from ui.commands.bulk import MoveAccounts

        many = self._many()
        if many:
            self.ctx.undo_stack.push(MoveAccounts(self.ctx, many, stage))
            return
        account = self._current()
        if account is not None and account.stage != stage:
            self.ctx.undo_stack.push(MoveStage(self.ctx, account.id, stage, name=account.name))

    def _open(self, dialog: AccountDialog | QMessageBox) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_dialog_finished)
        self.dialog = dialog
        dialog.open()

    def _on_dialog_finished(self, _result: int) -> None:
        self.dialog = None
