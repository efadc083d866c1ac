"""Undoable changes to the user's settings that live in the database."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from tracker.changes import ChangeSet
from tracker.kpi.health_weights import set_health_weights
from tracker.money import MoneyFormat, get_money_format
from tracker.rules import RiskThresholds, risk_thresholds
from tracker.services.preferences import set_money_format, set_risk_thresholds
from ui.commands.base import TrackerCommand
from ui.context import AppContext
from ui.display import install_money


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


class SetNumberPreferences(TrackerCommand):
    """The preferences stored in the database (currency and money format, risk thresholds),
    changed together as one undo step; the window's money format follows the file's."""

    def __init__(self, ctx: AppContext, money_format: MoneyFormat, thresholds: RiskThresholds,
                 before: tuple[MoneyFormat, RiskThresholds], initiator: object = None) -> None:
        super().__init__(ctx, QCoreApplication.translate("SetNumberPreferences", "Change preferences"),
                         initiator)
        self.after = (money_format, thresholds)
        self.before = before

    def _apply(self, values: tuple[MoneyFormat, RiskThresholds]) -> ChangeSet:
        fmt, limits = values
        change = ChangeSet()
        if fmt != get_money_format(self.ctx.db):
            change |= set_money_format(self.ctx.db, fmt)
        if limits != risk_thresholds(self.ctx.db):
            change |= set_risk_thresholds(self.ctx.db, limits)
        install_money(self.ctx.db)
        return change

    def _redo(self) -> ChangeSet:
        return self._apply(self.after)

    def _undo(self) -> ChangeSet:
        return self._apply(self.before)
