"""The preferences that live in the database: they change numbers, so every surface of this
file (window, CLI, report) must see the same ones, and changing them is undoable."""

from __future__ import annotations

from dataclasses import asdict

from tracker.changes import ChangeSet
from tracker.database import Database
from tracker.domain import ValidationError
from tracker.i18n import QT_TRANSLATE_NOOP, words
from tracker.money import (
    CURRENCY_KEY,
    DECIMALS_KEY,
    SYMBOL_AFTER_KEY,
    MoneyFormat,
    get_money_format,
)
from tracker.rules import THRESHOLD_KEYS, RiskThresholds, risk_thresholds
from tracker.services.base import log_change
from tracker.storage.db import environment_errors, transaction

_THRESHOLD_MESSAGES = {
    "bad_number": "Every threshold must be a number.",
    "bands_order": "The yellow limit must be below the green limit, both from 0 to 100.",
    "engagement_order": "Full engagement must end before engagement reaches zero.",
}


def _put(db: Database, values: dict[str, str], before: dict[str, str]) -> None:
    with transaction(db):
        for key, value in values.items():
            db.conn.execute("INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT(key)"
                            " DO UPDATE SET value = excluded.value", (key, value))
            if before.get(key) != value:
                log_change(db.conn, "update", "setting", None, key, before.get(key), value)


@environment_errors()
def set_risk_thresholds(db: Database, limits: RiskThresholds) -> ChangeSet:
    """Store the health band limits and engagement days; every score and band changes."""
    problem = limits.problem()
    if problem:
        raise ValidationError(_THRESHOLD_MESSAGES[problem], "thresholds", problem)
    old = asdict(risk_thresholds(db))
    new = asdict(limits)
    _put(db, {THRESHOLD_KEYS[k]: repr(float(v)) for k, v in new.items()},
         {THRESHOLD_KEYS[k]: repr(float(v)) for k, v in old.items()})
    return ChangeSet(accounts=True, kpis=True, all_accounts=True)


@environment_errors()
def set_money_format(db: Database, fmt: MoneyFormat) -> ChangeSet:
    """Store the currency and how amounts are written; no number changes, every amount's text does."""
    problem = fmt.problem()
    if problem == "unknown_currency":
        raise ValidationError(words("errors", QT_TRANSLATE_NOOP(
            "errors", "Unknown currency '{0}'."), fmt.currency), "currency", problem)
    if problem:
        raise ValidationError(words("errors", QT_TRANSLATE_NOOP(
            "errors", "Decimals must be 0, 1 or 2.")), "decimals", problem)

    def text(f: MoneyFormat) -> dict[str, str]:
        return {CURRENCY_KEY: f.currency, SYMBOL_AFTER_KEY: "1" if f.symbol_after else "0",
                DECIMALS_KEY: str(f.decimals)}

    _put(db, text(fmt), text(get_money_format(db)))
    return ChangeSet(accounts=True, kpis=True, all_accounts=True)
