"""Undoable changes to the user's settings that live in the database."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from tracker.changes import ChangeSet
from tracker.kpi.health import set_health_weights
from ui.commands.base import TrackerCommand
from ui.context import AppContext


class SetHealthWeights(TrackerCommand):
    """New health weights; every score and KPI tile re-reads them through the bus."""

    def __init__(self, ctx: AppContext, weights: dict[str, float], before: dict[str, float],
                 initiator: object = None) -> None:
        super().__init__(ctx, QCoreApplication.translate("SetHealthWeights", "Change health weights"),
                         initiator)
        self.weights = dict(weights)
        self.before = dict(before)

    def _redo(self) -> ChangeSet:
        return set_health_weights(self.ctx.db, self.weights)

    def _undo(self) -> ChangeSet:
        return set_health_weights(self.ctx.db, self.before)
