"""Support cases, trials and customer maturity: records, the ladder and the next-level journey.

They share :class:`tracker.services.records.RecordKind` (create, update, delete, restore,
each returning a ChangeSet); only the rules across fields live here.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from tracker.changes import ChangeSet, Written
from tracker.database import Database
from tracker.domain import AccountId, JourneyId, PlaybookId, ValidationError
from tracker.domain_signals import MaturityLevel, MaturityStep, SupportCase, Trial
from tracker.i18n import QT_TRANSLATE_N_NOOP, QT_TRANSLATE_NOOP, counted_words, words
from tracker.queries.signals import (
    current_levels,
    ladder,
    list_cases,
    list_trials,
    maturity_history,
    next_level,
    playbook_levels,
    trial_of,
)
from tracker.services.base import log_change
from tracker.services.journeys import apply_playbook
from tracker.services.records import RecordKind
from tracker.storage.db import transaction

__all__ = ["MATURITY_LEVELS", "MATURITY_STEPS", "SUPPORT_CASES", "TRIALS", "convert_trial",
           "current_levels", "delete_level", "ladder", "list_cases", "list_trials",
           "maturity_history", "next_level", "playbook_levels", "record_level", "start_next_level",
           "tie_playbook", "trial_of"]
from tracker.validation import check, field_label

_NOT_BEFORE = QT_TRANSLATE_NOOP("errors", "The {0} cannot be before the {1}.")


def _order(values: dict[str, Any], later: str, earlier: str, table: str) -> None:
    first, second = values.get(earlier), values.get(later)
    if first is None or second is None:
        return
    if check(table, later, second) < check(table, earlier, first):
        raise ValidationError(words("errors", _NOT_BEFORE, field_label(table, later),
                                    field_label(table, earlier)), later,
                              "out_of_order")


def _case(values: dict[str, Any], creating: bool) -> None:
    """A case closes on or after the day it opened."""
    _order(values, "closed_date", "opened_date", "support_case")


def _trial(values: dict[str, Any], creating: bool) -> None:
    """A trial ends, and converts, on or after the day it started."""
    _order(values, "end_date", "start_date", "trial")
    _order(values, "converted_date", "start_date", "trial")


def _fields_only(values: dict[str, Any], creating: bool) -> None:
    """Each value is checked by the validation layer on write."""


SUPPORT_CASES: RecordKind[SupportCase] = RecordKind(
    "support_case", SupportCase,
    frozenset({"contact_id", "external_id", "subject", "topic", "severity", "opened_date",
               "closed_date"}),
    _case, ChangeSet(cases=True, accounts=True, kpis=True), "opened_date DESC, id DESC",
    together=frozenset({"opened_date", "closed_date"}),
)
TRIALS: RecordKind[Trial] = RecordKind(
    "trial", Trial, frozenset({"kind", "start_date", "end_date", "converted_date"}),
    _trial, ChangeSet(trials=True, accounts=True, kpis=True), "start_date",
    together=frozenset({"start_date", "end_date", "converted_date"}),
)
MATURITY_LEVELS: RecordKind[MaturityLevel] = RecordKind(
    "maturity_level", MaturityLevel, frozenset({"position", "name", "use_cases"}),
    _fields_only, ChangeSet(maturity=True, accounts=True, kpis=True, all_accounts=True), "position",
)
MATURITY_STEPS: RecordKind[MaturityStep] = RecordKind(
    "maturity_step", MaturityStep, frozenset({"contact_id", "level_id", "reached_date"}),
    _fields_only, ChangeSet(maturity=True, accounts=True, kpis=True), "reached_date, id",
)


def convert_trial(db: Database, trial_id: int, converted: date | None) -> Written[dict[str, Any]]:
    """Record (or, with None, take back) the day a trial became paid; returns what undo needs."""
    return TRIALS.update(db, trial_id, {"converted_date": converted})


def record_level(db: Database, account_id: int, level_id: int, reached: date,
                 contact_id: int | None = None) -> Written[int]:
    """The account (or a contact) reached ``level_id`` on ``reached``; returns the step's id."""
    values: dict[str, Any] = {"account_id": account_id, "level_id": level_id,
                              "reached_date": reached, "contact_id": contact_id}
    return MATURITY_STEPS.create(db, values)


def delete_level(db: Database, level_id: int) -> Written[dict[str, Any]]:
    """Remove a level nobody has reached (the ladder is the user's); a used one is refused."""
    used = db.conn.execute("SELECT count(*) FROM maturity_step WHERE level_id = ?",
                           (level_id,)).fetchone()[0]
    if used:
        raise ValidationError(counted_words("errors", QT_TRANSLATE_N_NOOP(
            "errors", "This level has been reached by %n account(s) or contact(s); it cannot be removed."),
            int(used)), "level_id", "in_use")
    return MATURITY_LEVELS.delete(db, level_id)


def tie_playbook(db: Database, playbook_id: int, level_id: int | None) -> Written[int | None]:
    """Tie a playbook to a level (None unties it); returns the previous level, for undo."""
    with transaction(db):
        row = db.conn.execute("SELECT level_id FROM playbook_level WHERE playbook_id = ?",
                              (playbook_id,)).fetchone()
        previous = int(row[0]) if row else None
        if level_id is None:
            db.conn.execute("DELETE FROM playbook_level WHERE playbook_id = ?", (playbook_id,))
        else:
            db.conn.execute("INSERT INTO playbook_level (playbook_id, level_id) VALUES (?, ?)"
                            " ON CONFLICT(playbook_id) DO UPDATE SET level_id = excluded.level_id",
                            (playbook_id, level_id))
        log_change(db.conn, "update", "playbook_level", playbook_id, "level_id", previous, level_id)
    return Written(ChangeSet(playbooks=True, maturity=True), previous)


def start_next_level(db: Database, account_id: int, start: date) -> Written[JourneyId] | None:
    """The Expand loop: apply the playbook tied to the account's next level from ``start``.

    None when the account is at the top of the ladder or no playbook is tied to the next
    level; the caller says so. The level itself is recorded when the account reaches it,
    not when the work starts.
    """
    target = next_level(db, account_id)
    if target is None:
        return None
    row = db.conn.execute("SELECT playbook_id FROM playbook_level WHERE level_id = ? ORDER BY"
                          " playbook_id LIMIT 1", (target.id,)).fetchone()
    if row is None:
        return None
    written = apply_playbook(db, AccountId(account_id), PlaybookId(int(row[0])), start)
    return Written(written.change | ChangeSet(maturity=True), written.value)
