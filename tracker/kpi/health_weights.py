"""The user's health weights: which factors there are, their defaults, and the one checked
way to change them.

Kept apart from the scoring in :mod:`tracker.kpi.health` (which re-exports every name here)
because it is settings, not arithmetic: a weight is read and written through the database,
checked the way the services check a write (one :class:`~tracker.domain.ValidationError`
with a code, messages in the ``errors`` context) and logged in the change log, and none of
it needs NumPy. The rule for a weight-0 or missing factor lives with the scoring.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from tracker.changes import ChangeSet
from tracker.database import Database
from tracker.domain import ValidationError
from tracker.i18n import QT_TRANSLATE_NOOP, words
from tracker.services.base import log_change
from tracker.storage.db import environment_errors, transaction

FACTORS: tuple[str, ...] = ("progress", "on_time", "activation", "sentiment", "engagement",
                            "first_value", "open_cases", "case_volume", "trial", "checkins")
# The signal factors of schema 3 (tracker.kpi.health_signals) and the check-in factor of
# schema 4 start at 0: a file whose saved weights total 100 over the first six keeps that
# total and every score it had.
SIGNAL_FACTORS: tuple[str, ...] = ("open_cases", "case_volume", "trial")
LATER_FACTORS: tuple[str, ...] = (*SIGNAL_FACTORS, "checkins")
DEFAULT_WEIGHTS: dict[str, float] = {"progress": 25, "on_time": 20, "activation": 15,
                                     "sentiment": 15, "engagement": 15, "first_value": 10,
                                     "open_cases": 0, "case_volume": 0, "trial": 0,
                                     "checkins": 0}


@environment_errors()
def get_health_weights(db: Database) -> dict[str, float]:
    """The user's weights in factor order; a factor missing from the table gets its default."""
    stored = dict(db.conn.execute("SELECT factor, weight FROM health_weight").fetchall())
    return {f: float(stored.get(f, DEFAULT_WEIGHTS[f])) for f in FACTORS}


@environment_errors()
def set_health_weights(db: Database, weights: Mapping[str, float]) -> ChangeSet:
    """Replace the weights; every factor must be given, none negative, and they must total 100."""
    unknown = sorted(set(weights) - set(FACTORS))
    if unknown:
        raise ValidationError(words("errors", QT_TRANSLATE_NOOP(
            "errors", "Unknown health factor '{0}'."), unknown[0]), "weights", "unknown_factor")
    # Callers written before schema 3 name only the first six factors: the signal and
    # check-in factors they leave out keep their current weight (0 unless the user set one).
    before = get_health_weights(db)
    weights = {**{f: before[f] for f in LATER_FACTORS if f not in weights}, **weights}
    missing = [f for f in FACTORS if f not in weights]
    if missing:
        raise ValidationError(words("errors", QT_TRANSLATE_NOOP(
            "errors", "A weight for '{0}' is missing."), missing[0]), "weights", "required")
    clean: dict[str, float] = {}
    for factor in FACTORS:
        value = weights[factor]
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
            raise ValidationError(words("errors", QT_TRANSLATE_NOOP(
                "errors", "The weight of '{0}' must be a number."), factor), "weights",
                                  "bad_number")
        if value < 0:
            raise ValidationError(words("errors", QT_TRANSLATE_NOOP(
                "errors", "The weight of '{0}' cannot be negative."), factor), "weights",
                                  "negative")
        clean[factor] = float(value)
    total = sum(clean.values())
    if abs(total - 100.0) > 1e-6:
        raise ValidationError(words("errors", QT_TRANSLATE_NOOP(
            "errors", "Health weights must total 100 (they total {0:g})."), total), "weights",
                              "bad_total")
    with transaction(db):
        for factor, value in clean.items():
            db.conn.execute(
                "INSERT INTO health_weight (factor, weight) VALUES (?, ?)"
                " ON CONFLICT(factor) DO UPDATE SET weight = excluded.weight", (factor, value))
            if before[factor] != value:
                log_change(db.conn, "update", "health_weight", None, factor, before[factor], value)
    return ChangeSet(accounts=True, kpis=True, all_accounts=True)
