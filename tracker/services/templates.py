"""Message templates: created, edited and deleted by the user, each write undoable."""

from __future__ import annotations

from datetime import date
from typing import Any

from tracker.changes import ChangeSet, Written
from tracker.database import Database
from tracker.messages import Draft, MessageTemplate
from tracker.services.records import ACTIVITIES, RecordKind, _fields_only

TEMPLATES: RecordKind[MessageTemplate] = RecordKind(
    "message_template", MessageTemplate,
    frozenset({"purpose", "language", "name", "subject", "body"}),
    _fields_only, ChangeSet(templates=True), "language, name",
)


def create_template(db: Database, values: dict[str, Any]) -> Written[int]:
    return TEMPLATES.create(db, values)


def update_template(db: Database, template_id: int, values: dict[str, Any]) -> Written[dict[str, Any]]:
    return TEMPLATES.update(db, template_id, values)


def delete_template(db: Database, template_id: int) -> Written[dict[str, Any]]:
    return TEMPLATES.delete(db, template_id)


def restore_template(db: Database, row: dict[str, Any]) -> ChangeSet:
    return TEMPLATES.restore(db, row)


def record_sent(db: Database, account_id: int, draft: Draft, on: date,
                contact_id: int | None = None) -> Written[int]:
    """The user says the draft went out: an e-mail activity (a touchpoint) with its subject."""
    values: dict[str, Any] = {"account_id": account_id, "kind": "email", "date": on,
                              "summary": draft.subject}
    if contact_id is not None:
        values["contact_id"] = contact_id
    return ACTIVITIES.create(db, values)
