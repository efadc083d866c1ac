"""Contacts, milestones, feedback, activities and segments: the simpler records.

They share one create/update/delete/restore path; each entity only states its table,
its editable fields and its own validation.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any, Generic, TypeVar

from sqlite_utils import Database

from tracker.changes import ChangeSet, Written
from tracker.domain import (
    ACTIVITY_KINDS,
    CONTACT_ROLES,
    FEEDBACK_KINDS,
    MILESTONE_KINDS,
    Activity,
    Contact,
    Feedback,
    Milestone,
    Note,
    Segment,
    ValidationError,
)
from tracker.services.base import (
    fetch_all,
    fetch_one,
    insert_row,
    log_change,
    restore_rows,
    row_dict,
    snapshot_rows,
    update_row,
)
from tracker.storage.db import transaction

R = TypeVar("R")
# Key of a deleted row's snapshot that lists the rows which referred to it (not a column).
LINKS_KEY = "_links"


@dataclass(frozen=True)
class RecordKind(Generic[R]):
    table: str
    row: Callable[..., R]
    editable: frozenset[str]
    validate: Callable[[dict[str, Any], bool], None]
    changes: ChangeSet
    order: str = "id"
    # Fields validated together: an update of one is checked against the stored others.
    together: frozenset[str] = frozenset()
    # Columns elsewhere that point here with ON DELETE SET NULL: undoing a delete re-links them.
    referrers: tuple[tuple[str, str], ...] = ()

    def get(self, db: Database, row_id: int) -> R:
        return fetch_one(db, self.row, f"SELECT * FROM {self.table} WHERE id = ?", (row_id,))

    def for_account(self, db: Database, account_id: int) -> list[R]:
        return fetch_all(
            db, self.row,
            f"SELECT * FROM {self.table} WHERE account_id = ? ORDER BY {self.order}",
            (account_id,),
        )

    def create(self, db: Database, values: dict[str, Any]) -> Written[int]:
        """Returns the new row's id."""
        values = dict(values)
        self.validate(values, True)
        unknown = set(values) - self.editable - {"account_id"}
        if unknown:
            raise ValidationError(f"Unknown field(s): {', '.join(sorted(unknown))}")
        with transaction(db):
            row_id = insert_row(db, self.table, values)
        return Written(self.change_set(values.get("account_id")), row_id)

    def update(self, db: Database, row_id: int, values: dict[str, Any]) -> Written[dict[str, Any]]:
        """Returns the previous values of what changed (for undo)."""
        values = dict(values)
        with transaction(db):
            current = row_dict(db, self.table, row_id)
            if self.together & set(values):
                checked = {**{k: current[k] for k in self.together}, **values}
                self.validate(checked, False)
                values.update({k: checked[k] for k in values})
            else:
                self.validate(values, False)
            previous = update_row(db, self.table, row_id, values, self.editable, current=current)
        return Written(self.change_set(current.get("account_id")), previous)

    def delete(self, db: Database, row_id: int) -> Written[dict[str, Any]]:
        """Returns the deleted row (for undo)."""
        with transaction(db):
            rows = snapshot_rows(db, self.table, "id = ?", (row_id,))
            if not rows:
                raise ValidationError(f"The {self.table} no longer exists.", None, "missing")
            row = rows[0]
            links: dict[str, list[int]] = {}
            if self.referrers:
                links = {
                    f"{table}.{column}": [r[0] for r in db.conn.execute(
                        f"SELECT id FROM {table} WHERE {column} = ?", (row_id,))]
                    for table, column in self.referrers
                }
                row[LINKS_KEY] = links
            db.conn.execute(f"DELETE FROM {self.table} WHERE id = ?", (row_id,))
            log_change(db.conn, "delete", self.table, row_id)
        return Written(self._deleted_change(row, links), row)

    def restore(self, db: Database, row: dict[str, Any]) -> ChangeSet:
        row = dict(row)
        links: dict[str, list[int]] = row.pop(LINKS_KEY, {})
        with transaction(db):
            restore_rows(db, self.table, [row])
            for key, ids in links.items():
                table, column = key.split(".")
                db.conn.executemany(f"UPDATE {table} SET {column} = ? WHERE id = ?",
                                    [(row["id"], i) for i in ids])
            log_change(db.conn, "restore", self.table, row["id"])
        return self._deleted_change(row, links)

    def change_set(self, account_id: int | None = None) -> ChangeSet:
        """What a write of one row changed: its account, or (a segment) every account."""
        if account_id is None:
            return self.changes | ChangeSet(all_accounts=self.table == "segment")
        return self.changes.for_accounts(account_id)

    def _deleted_change(self, row: dict[str, Any], links: dict[str, list[int]]) -> ChangeSet:
        # A segment's accounts lose (or regain) it; their ids are the re-linked rows.
        if self.table == "segment":
            return self.changes.for_accounts(*links.get("account.segment_id", []))
        return self.change_set(row.get("account_id"))


def _require(values: dict[str, Any], creating: bool, field: str, label: str) -> None:
    if (creating or field in values) and not str(values.get(field) or "").strip():
        raise ValidationError(f"{label} is required.", field, "required")


def _one_of(values: dict[str, Any], field: str, allowed: tuple[str, ...]) -> None:
    if field in values and values[field] not in allowed:
        raise ValidationError(f"'{values[field]}' is not a valid {field}.", field, "unknown_value")


def _contact(values: dict[str, Any], creating: bool) -> None:
    _require(values, creating, "name", "A contact's name")
    _one_of(values, "role", CONTACT_ROLES)
    email = values.get("email")
    if email and "@" not in str(email):
        raise ValidationError(f"'{email}' is not an e-mail address.", "email", "bad_email")


def _milestone(values: dict[str, Any], creating: bool) -> None:
    _require(values, creating, "name", "A milestone's name")
    _one_of(values, "kind", MILESTONE_KINDS)


def _feedback(values: dict[str, Any], creating: bool) -> None:
    _one_of(values, "kind", FEEDBACK_KINDS)
    if creating:
        _require(values, creating, "kind", "The feedback kind")
        _require(values, creating, "date", "The feedback date")
    kind, score = values.get("kind"), values.get("score")
    if score is not None or creating:
        if not isinstance(score, int) or isinstance(score, bool):
            raise ValidationError("The score must be a whole number.", "score", "bad_number")
        low, high = (1, 5) if kind == "csat" else (0, 10)
        if not low <= score <= high:
            raise ValidationError(f"A {str(kind).upper()} score is {low} to {high}.", "score",
                                  "out_of_range")


def _activity(values: dict[str, Any], creating: bool) -> None:
    _one_of(values, "kind", ACTIVITY_KINDS)
    if creating:
        _require(values, creating, "kind", "The activity kind")
        _require(values, creating, "date", "The activity date")


def _note(values: dict[str, Any], creating: bool) -> None:
    _require(values, creating, "body", "A note's text")
    if creating:
        _require(values, creating, "date", "The note's date")


def _segment(values: dict[str, Any], creating: bool) -> None:
    _require(values, creating, "name", "A segment's name")


CONTACTS: RecordKind[Contact] = RecordKind(
    "contact", Contact,
    frozenset({"name", "email", "role", "invited_date", "activated_date", "last_active_date"}),
    _contact, ChangeSet(contacts=True, accounts=True, kpis=True), "name COLLATE NOCASE",
    referrers=(("feedback", "contact_id"), ("activity", "contact_id")),
)
MILESTONES: RecordKind[Milestone] = RecordKind(
    "milestone", Milestone,
    frozenset({"kind", "name", "target_date", "achieved_date", "journey_id"}),
    _milestone, ChangeSet(milestones=True, accounts=True, kpis=True), "target_date, id",
)
FEEDBACK: RecordKind[Feedback] = RecordKind(
    "feedback", Feedback, frozenset({"contact_id", "kind", "score", "comment", "date"}),
    _feedback, ChangeSet(feedback=True, accounts=True, kpis=True), "date DESC, id DESC",
    together=frozenset({"kind", "score"}),
)
ACTIVITIES: RecordKind[Activity] = RecordKind(
    "activity", Activity, frozenset({"contact_id", "kind", "date", "summary"}),
    _activity, ChangeSet(activities=True, accounts=True, kpis=True), "date DESC, id DESC",
)
# A note is a touchpoint (it moves "days since last activity"), hence accounts and kpis.
NOTES: RecordKind[Note] = RecordKind(
    "account_note", Note, frozenset({"date", "body"}),
    _note, ChangeSet(notes=True, accounts=True, kpis=True), "date DESC, id DESC",
)
SEGMENTS: RecordKind[Segment] = RecordKind(
    "segment", Segment, frozenset({"name", "rule", "description", "playbook_id"}),
    _segment, ChangeSet(segments=True, accounts=True, kpis=True), "name",
    referrers=(("account", "segment_id"),),
)

# Milestone kinds whose achievement is also one of the account's key dates.
MILESTONE_ACCOUNT_DATE = {"first_value": "first_value_date", "go_live": "golive_date"}


def record_milestone(
    db: Database, milestone_id: int, achieved: date | None
) -> Written[tuple[str | None, str | None]]:
    """Mark a milestone achieved (or not), keeping the account's key date in step.

    Returns the previous (milestone achieved date, account key date) for undo.
    """
    with transaction(db):
        row = row_dict(db, "milestone", milestone_id)
        previous = update_row(db, "milestone", milestone_id, {"achieved_date": achieved},
                              MILESTONES.editable, current=row)
        field = MILESTONE_ACCOUNT_DATE.get(row["kind"])
        old_account_date = None
        if field:
            old_account_date = row_dict(db, "account", row["account_id"])[field]
            update_row(db, "account", row["account_id"], {field: achieved}, frozenset({field}))
    undo = (previous.get("achieved_date", row["achieved_date"]), old_account_date)
    return Written(MILESTONES.change_set(row["account_id"]), undo)


def restore_milestone_dates(
    db: Database, milestone_id: int, achieved: str | None, account_date: str | None
) -> ChangeSet:
    """Undo of :func:`record_milestone`: puts both dates back as they were."""
    with transaction(db):
        row = row_dict(db, "milestone", milestone_id)
        update_row(db, "milestone", milestone_id, {"achieved_date": achieved}, MILESTONES.editable,
                   current=row)
        field = MILESTONE_ACCOUNT_DATE.get(row["kind"])
        if field:
            update_row(db, "account", row["account_id"], {field: account_date},
                       frozenset({field}))
    return MILESTONES.change_set(row["account_id"])


def assign_segment(
    db: Database, account_ids: list[int], segment_id: int | None
) -> Written[dict[int, int | None]]:
    """Put many accounts into a segment in one transaction.

    Returns each account's previous segment, so undo can put every one back.
    """
    previous: dict[int, int | None] = {}
    with transaction(db):
        for account_id in account_ids:
            before = update_row(db, "account", account_id, {"segment_id": segment_id},
                                frozenset({"segment_id"}))
            previous[account_id] = before.get("segment_id", segment_id)
    return Written(ChangeSet(accounts=True, segments=True, kpis=True).for_accounts(*account_ids),
                   previous)


def list_segments(db: Database) -> list[Segment]:
    return fetch_all(db, Segment, "SELECT * FROM segment ORDER BY name")
