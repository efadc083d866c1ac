"""Undoable maturity step that is more than one record: the Expand loop's next-level journey."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from tracker.changes import ChangeSet
from tracker.services import journeys, signals
from ui.commands.base import TrackerCommand
from ui.context import AppContext


class StartNextLevel(TrackerCommand):
    """Apply the playbook tied to the account's next maturity level; undo removes the journey."""

    def __init__(self, ctx: AppContext, account_id: int, start: date, initiator: object = None) -> None:
        super().__init__(ctx, QCoreApplication.translate("signals", "Start next maturity level"), initiator)
        self.account_id = account_id
        self.start = start
        self.journey_id: int | None = None
        self._snapshot: journeys.JourneySnapshot | None = None

    def _redo(self) -> ChangeSet:
        if self._snapshot is not None:
            return journeys.restore_journey(self.ctx.db, self._snapshot)
        started = signals.start_next_level(self.ctx.db, self.account_id, self.start)
        if started is None:
            self.setObsolete(True)
            return ChangeSet()
        self.journey_id = started.value
        return started.change

    def _undo(self) -> ChangeSet:
        if self.journey_id is None:
            return ChangeSet()
        removed = journeys.remove_journey(self.ctx.db, self.journey_id)
        self._snapshot = removed.value
        return removed.change | ChangeSet(maturity=True)
