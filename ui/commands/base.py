"""Base class for undoable edits."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from tracker.changes import ChangeSet
from tracker.domain import NotFoundError, ValidationError
from tracker.storage.errors import StoreError
from ui.context import AppContext


def quoted(title: str, limit: int = 48) -> str:
    """A row's title as it appears in an undo entry, shortened so the Edit menu stays narrow.

    Here, not beside the record commands, so the Today view's task menu names its undo
    entries without loading those commands (and their services) before the first paint.
    """
    title = " ".join(title.split())
    return f"“{title}”" if len(title) <= limit else f"“{title[:limit - 1]}…”"


class TrackerCommand(QUndoCommand):
    """Subclasses implement ``_redo`` and ``_undo`` returning the ChangeSet of the write.

    A failed write (the row vanished, the disk is full, the file is locked) marks the
    command obsolete so the stack drops it; the bus's ``failed`` signal tells the window.
    """

    def __init__(self, ctx: AppContext, text: str, initiator: object = None) -> None:
        super().__init__(text)
        self.ctx = ctx
        self.initiator = initiator
        self.error: str | None = None
        self._done_once = False

    def _redo(self) -> ChangeSet:
        raise NotImplementedError

    def _undo(self) -> ChangeSet:
        raise NotImplementedError

    def redo(self) -> None:
        self._run(self._redo)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, step: object) -> None:
        assert callable(step)
        try:
            change = step()
        except (ValidationError, StoreError) as exc:
            self._fail(exc.message)
            return
        except NotFoundError:
            self._fail(QCoreApplication.translate("TrackerCommand", "The item no longer exists."))
            return
        # Only the first redo is the initiator's own doing (it may skip its refresh); undo and
        # redo come from the Edit menu, and every view, the initiator too, must show them.
        initiator, self._done_once = (None if self._done_once else self.initiator), True
        self.ctx.bus.announce(change, initiator)

    def _fail(self, message: str) -> None:
        self.error = message
        self.setObsolete(True)
        self.ctx.bus.announce(ChangeSet.everything(), None)
        self.ctx.bus.failed.emit(message)
