"""Contacts, milestones, feedback, activities and segments: the simpler records.

They share one create/update/delete/restore path; each entity only states its table,
its editable fields and its own validation.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any, Generic, TypeVar

from tracker.changes import ChangeSet, Written
from tracker.database import Database
from tracker.domain import (
    FEEDBACK_KINDS,
    Activity,
    Contact,
    Feedback,
    Milestone,
    Note,
    Segment,
    ValidationError,
)
from tracker.i18n import QT_TRANSLATE_NOOP, words
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
from tracker.validation import check

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
            raise ValidationError(words("errors", QT_TRANSLATE_NOOP(
                "errors", "Unknown field(s): {0}"), ', '.join(sorted(unknown))))
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
                raise ValidationError(words("errors", QT_TRANSLATE_NOOP(
                    "errors", "The {0} no longer exists."), self.table), None, "missing")
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


def _fields_only(values: dict[str, Any], creating: bool) -> None:
    """No rule across fields: each value is checked by the validation layer on write."""


def _feedback(values: dict[str, Any], creating: bool) -> None:
    """The score's range depends on the kind: CSAT 1 to 5, NPS 0 to 10."""
    kind, score = values.get("kind"), values.get("score")
    if score is None and not creating:
        return
    score = check("feedback", "score", score)
    if kind in FEEDBACK_KINDS:
        low, high = (1, 5) if kind == "csat" else (0, 10)
        if not low <= score <= high:
            raise ValidationError(words("errors", QT_TRANSLATE_NOOP("errors", "A {0} score is {1} to {2}."),
                                        str(kind).upper(), low, high), "score", "out_of_range")


CONTACTS: RecordKind[Contact] = RecordKind(
    "contact", Contact,
    frozenset({"name", "email", "role", "invited_date", "activated_date", "last_active_date"}),
    _fields_only, ChangeSet(contacts=True, accounts=True, kpis=True), "name COLLATE NOCASE",
    referrers=(("feedback", "contact_id"), ("activity", "contact_id")),
)
MILESTONES: RecordKind[Milestone] = RecordKind(
    "milestone", Milestone,
    frozenset({"kind", "name", "target_date", "achieved_date", "journey_id"}),
    _fields_only, ChangeSet(milestones=True, accounts=True, kpis=True), "target_date, id",
)
FEEDBACK: RecordKind[Feedback] = RecordKind(
    "feedback", Feedback, frozenset({"contact_id", "kind", "score", "comment", "date"}),
    _feedback, ChangeSet(feedback=True, accounts=True, kpis=True), "date DESC, id DESC",
    together=frozenset({"kind", "score"}),
)
ACTIVITIES: RecordKind[Activity] = RecordKind(
    "activity", Activity, frozenset({"contact_id", "kind", "date", "summary"}),
    _fields_only, ChangeSet(activities=True, accounts=True, kpis=True), "date DESC, id DESC",
)
# A note is a touchpoint (it moves "days since last activity"), hence accounts and kpis.
NOTES: RecordKind[Note] = RecordKind(
    "account_note", Note, frozenset({"date", "body"}),
    _fields_only, ChangeSet(notes=True, accounts=True, kpis=True), "date DESC, id DESC",
)
SEGMENTS: RecordKind[Segment] = RecordKind(
    "segment", Segment, frozenset({"name", "rule", "description", "playbook_id"}),
    _fields_only, ChangeSet(segments=True, accounts=True, kpis=True), "name",
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
