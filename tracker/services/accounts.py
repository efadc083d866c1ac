"""Accounts: create, edit, delete (with a snapshot for undo), stage and status moves."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from tracker.changes import ChangeSet, Written
from tracker.database import Database
from tracker.domain import (
    Account,
    AccountId,
    PlaybookId,
    ValidationError,
    parse_date,
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
from tracker.validation import check, check_row

EDITABLE = frozenset(
    {
        "external_id", "name", "industry", "company_size", "region", "plan", "mrr",
        "tech_proficiency", "owner", "segment_id", "status", "stage", "signed_date",
        "kickoff_date", "target_golive_date", "golive_date", "first_value_date", "churned_date",
        "products", "notes",
    }
)
CHANGED = ChangeSet(accounts=True, kpis=True)
# A new, deleted or restored account adds or removes rows of every kind under it.
WHOLE_ACCOUNT = ChangeSet(accounts=True, contacts=True, tasks=True, milestones=True, feedback=True,
                          activities=True, notes=True, kpis=True, cases=True, trials=True,
                          maturity=True)
# Child tables restored with an account on undo, parents before children: every table the
# account's delete cascades to (a test holds this list to the schema's foreign keys).
CHILD_TABLES = (
    "stage_history", "contact", "journey", "task", "milestone", "feedback", "activity",
    "feature_adoption", "mrr_change", "account_note", "support_case", "trial", "maturity_step",
    "checkin_cadence",
)


def _validate(values: dict[str, Any], creating: bool) -> None:
    """Every value through the one validation layer, before anything is written."""
    unknown = set(values) - EDITABLE
    if unknown:
        raise ValidationError(words("errors", QT_TRANSLATE_NOOP(
            "errors", "Unknown field(s): {0}"), ', '.join(sorted(unknown))), sorted(unknown)[0],
                              "unknown_field")
    values.update(check_row("account", values, creating=creating))


def get_account(db: Database, account_id: int) -> Account:
    return fetch_one(db, Account, "SELECT * FROM account WHERE id = ?", (account_id,))


def list_accounts(db: Database) -> list[Account]:
    return fetch_all(db, Account, "SELECT * FROM account ORDER BY name COLLATE NOCASE")


def find_account(db: Database, *, external_id: str | None = None, name: str | None = None
                 ) -> AccountId | None:
    """The id of the account an import row refers to: external id first, then exact name."""
    if external_id:
        row = db.conn.execute("SELECT id FROM account WHERE external_id = ?", (external_id,))
        found = row.fetchone()
        if found:
            return AccountId(found[0])
    if name:
        row = db.conn.execute(
            "SELECT id FROM account WHERE name = ? COLLATE NOCASE ORDER BY id LIMIT 2", (name,)
        )
        rows = row.fetchall()
        if len(rows) == 1:
            return AccountId(rows[0][0])
    return None


def create_account(
    db: Database,
    values: dict[str, Any],
    *,
    apply_segment_playbook: bool = True,
    today: date | None = None,
    playbook_id: PlaybookId | None = None,
) -> Written[AccountId]:
    """Create an account and start a journey: ``playbook_id`` if given, else the segment's
    playbook (if it has one and ``apply_segment_playbook``)."""
    values = dict(values)
    values.setdefault("stage", "Embark")
    values.setdefault("status", "onboarding")
    _validate(values, creating=True)
    today = today or date.today()
    with transaction(db):
        account_id = AccountId(insert_row(db, "account", values))
        entered = parse_date(values.get("signed_date"), "signed_date") or today
        db.conn.execute(
            "INSERT INTO stage_history (account_id, stage, entered_date) VALUES (?, ?, ?)",
            (account_id, values["stage"], entered.isoformat()),
        )
        if playbook_id is not None:
            from tracker.services.journeys import apply_playbook

            apply_playbook(db, account_id, playbook_id, entered)
        elif apply_segment_playbook and values.get("segment_id"):
            row = db.conn.execute(
                "SELECT playbook_id FROM segment WHERE id = ?", (values["segment_id"],)
            ).fetchone()
            if row and row[0]:
                from tracker.services.journeys import apply_playbook

                apply_playbook(db, account_id, PlaybookId(row[0]), entered)
    return Written(WHOLE_ACCOUNT.for_accounts(account_id), account_id)


def update_account(
    db: Database, account_id: int, changes: dict[str, Any]
) -> Written[dict[str, Any]]:
    """Edit fields; a stage change goes through :func:`move_stage` so history is kept.

    Returns the previous values of what changed (the stage included), for undo.
    """
    changes = dict(changes)
    _validate(changes, creating=False)
    with transaction(db):
        stage = changes.pop("stage", None)
        current = row_dict(db, "account", account_id)
        previous = update_row(db, "account", account_id, changes, EDITABLE, current=current)
        if stage is not None and stage != current["stage"]:
            move_stage(db, account_id, stage)
            previous["stage"] = current["stage"]
    return Written(CHANGED.for_accounts(account_id), previous)


# The stage, its history and the kickoff date as they were before a move; a snapshot from
# before schema 2's kickoff rule may lack the date (a 2-tuple): restore then leaves it alone.
StageSnapshot = tuple[Any, ...]
KICKOFF = "Kickoff"


def move_stage(
    db: Database, account_id: int, stage: str, on: date | None = None
) -> Written[StageSnapshot]:
    """Move to ``stage`` and record the date, so time in stage and drop-off can be computed.

    Entering Kickoff sets the kickoff date to the day of the move when it is still empty
    (the meeting happened when the account entered the stage, unless a date says otherwise).
    Returns the stage, stage history and kickoff date as they were, which
    :func:`restore_stage` puts back.
    """
    check("account", "stage", stage)
    when = (on or date.today()).isoformat()
    with transaction(db):
        current = get_account(db, account_id)
        history = snapshot_rows(db, "stage_history", "account_id = ? ORDER BY id", (account_id,))
        snapshot: StageSnapshot = (current.stage, history, current.kickoff_date)
        if current.stage == stage:
            return Written(ChangeSet(), snapshot)
        entered = db.conn.execute(
            "SELECT max(entered_date) FROM stage_history WHERE account_id = ? AND left_date IS NULL",
            (account_id,),
        ).fetchone()[0]
        # A stage is never left before it was entered (e.g. a contract signed for next month
        # moved today): time in stage would come out negative.
        if entered and when < entered:
            when = entered
        db.conn.execute("UPDATE account SET stage = ? WHERE id = ?", (stage, account_id))
        db.conn.execute(
            "UPDATE stage_history SET left_date = ? WHERE account_id = ? AND left_date IS NULL",
            (when, account_id),
        )
        db.conn.execute(
            "INSERT INTO stage_history (account_id, stage, entered_date) VALUES (?, ?, ?)",
            (account_id, stage, when),
        )
        log_change(db.conn, "move_stage", "account", account_id, "stage", current.stage, stage)
        if stage == KICKOFF and not current.kickoff_date:
            update_row(db, "account", account_id, {"kickoff_date": when}, EDITABLE)
    return Written(CHANGED.for_accounts(account_id), snapshot)


def restore_stage(db: Database, account_id: int, snapshot: StageSnapshot) -> ChangeSet:
    """Undo of :func:`move_stage`: put the stage, its history and the kickoff date back
    exactly, so an undone move leaves no zero-day stage in time-in-stage or drop-off figures."""
    stage, history = snapshot[0], snapshot[1]
    with transaction(db):
        before = get_account(db, account_id)
        db.conn.execute("DELETE FROM stage_history WHERE account_id = ?", (account_id,))
        restore_rows(db, "stage_history", history)
        db.conn.execute("UPDATE account SET stage = ? WHERE id = ?", (stage, account_id))
        log_change(db.conn, "undo_move_stage", "account", account_id, "stage", before.stage, stage)
        if len(snapshot) > 2 and before.kickoff_date != snapshot[2]:
            update_row(db, "account", account_id, {"kickoff_date": snapshot[2]}, EDITABLE)
    return CHANGED.for_accounts(account_id)


def set_status(
    db: Database, account_id: int, status: str, on: date | None = None
) -> Written[tuple[str, str | None]]:
    """Change lifecycle status; churning stamps the churn date, un-churning clears it.

    Returns the (status, churned date) it had, for undo.
    """
    check("account", "status", status)
    changes: dict[str, Any] = {"status": status, "churned_date": None}
    with transaction(db):
        current = get_account(db, account_id)
        if status == "churned":
            # Saying "churned" again keeps the day it really churned unless a day is given.
            kept = current.churned_date if current.status == "churned" else None
            changes["churned_date"] = on.isoformat() if on else kept or date.today().isoformat()
        update_row(db, "account", account_id, changes, EDITABLE)
    return Written(CHANGED.for_accounts(account_id), (current.status, current.churned_date))


@dataclass(frozen=True)
class AccountSnapshot:
    """Everything deleting an account removes, so undo can put it back exactly."""

    account: dict[str, Any]
    children: dict[str, list[dict[str, Any]]] = field(default_factory=dict)


def delete_account(db: Database, account_id: int) -> Written[AccountSnapshot]:
    with transaction(db):
        rows = snapshot_rows(db, "account", "id = ?", (account_id,))
        if not rows:
            raise ValidationError(words("errors", QT_TRANSLATE_NOOP(
                "errors", "The account no longer exists.")), None, "missing")
        children = {t: snapshot_rows(db, t, "account_id = ?", (account_id,)) for t in CHILD_TABLES}
        db.conn.execute("DELETE FROM account WHERE id = ?", (account_id,))
        log_change(db.conn, "delete", "account", account_id, "name", rows[0]["name"], None)
    return Written(WHOLE_ACCOUNT.for_accounts(account_id), AccountSnapshot(rows[0], children))


def restore_account(db: Database, snapshot: AccountSnapshot) -> ChangeSet:
    with transaction(db):
        restore_rows(db, "account", [snapshot.account])
        for table in CHILD_TABLES:
            restore_rows(db, table, snapshot.children.get(table, []))
        log_change(db.conn, "restore", "account", snapshot.account["id"])
    return WHOLE_ACCOUNT.for_accounts(snapshot.account["id"])
