"""Applying a playbook to an account: the journey and its dated tasks and milestones."""

from __future__ import annotations

from datetime import date, timedelta

from tracker.changes import ChangeSet, Written
from tracker.database import Database
from tracker.domain import STAGES, AccountId, Journey, JourneyId, PlaybookId, ValidationError
from tracker.i18n import QT_TRANSLATE_NOOP, words
from tracker.services.base import fetch_all, log_change, restore_rows, snapshot_rows
from tracker.storage.db import transaction

CHANGED = ChangeSet(tasks=True, milestones=True, accounts=True, kpis=True)


def due_date(start: date, offset_days: int) -> date:
    """A step's concrete due date: calendar days after the journey's start."""
    return start + timedelta(days=offset_days)


def apply_playbook(
    db: Database,
    account_id: AccountId,
    playbook_id: PlaybookId,
    start: date,
    name: str | None = None,
) -> Written[JourneyId]:
    """Create a journey: one task per step, one milestone per milestone step.

    What the account has already is not added twice: a milestone step is left out when the
    account has a milestone of the same kind (other than "custom") or the same name
    ("Training delivered" twice, or a second first-value milestone that would move the
    account's first-value date), and a task step is left out when its stage is behind the
    account's current stage, because finished stages get no new open work. Expand is the
    loop that restarts work, so an account in Expand gets every step.
    """
    with transaction(db):
        pb = db.conn.execute("SELECT name FROM playbook WHERE id = ?", (playbook_id,)).fetchone()
        if pb is None:
            raise ValidationError(words("errors", QT_TRANSLATE_NOOP(
                "errors", "The playbook no longer exists.")), "playbook", "missing")
        account = db.conn.execute("SELECT stage FROM account WHERE id = ?", (account_id,)).fetchone()
        if account is None:
            raise ValidationError(words("errors", QT_TRANSLATE_NOOP(
                "errors", "The account no longer exists.")), "account", "missing")
        current = STAGES.index(account[0]) if account[0] in STAGES else 0
        finished = set() if account[0] == "Expand" else set(STAGES[:current])
        have_kinds, have_names = set(), set()
        for kind, ms_name in db.conn.execute(
                "SELECT kind, name FROM milestone WHERE account_id = ?", (account_id,)):
            if kind != "custom":
                have_kinds.add(kind)
            have_names.add(str(ms_name).casefold())
        cursor = db.conn.execute(
            "INSERT INTO journey (account_id, playbook_id, name, start_date) VALUES (?, ?, ?, ?)",
            (account_id, playbook_id, name or pb[0], start.isoformat()),
        )
        journey_id = JourneyId(int(cursor.lastrowid or 0))
        steps = db.conn.execute(
            "SELECT position, title, stage, offset_days, owner_role, is_milestone, milestone_kind"
            " FROM playbook_step WHERE playbook_id = ? ORDER BY position",
            (playbook_id,),
        ).fetchall()
        base = db.conn.execute(
            "SELECT coalesce(max(position), 0) FROM task WHERE account_id = ?", (account_id,)
        ).fetchone()[0]
        tasks = []
        milestones = []
        for position, title, stage, offset, role, is_ms, ms_kind in steps:
            due = due_date(start, offset).isoformat()
            if is_ms:
                kind = ms_kind or "custom"
                if kind in have_kinds or title.casefold() in have_names:
                    continue
                if kind != "custom":
                    have_kinds.add(kind)
                have_names.add(title.casefold())
                milestones.append((account_id, journey_id, kind, title, due))
            elif stage in finished:
                continue
            else:
                tasks.append((account_id, journey_id, base + position, title, stage, due, role))
        db.conn.executemany(
            "INSERT INTO task (account_id, journey_id, position, title, stage, due_date, owner)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            tasks,
        )
        db.conn.executemany(
            "INSERT INTO milestone (account_id, journey_id, kind, name, target_date)"
            " VALUES (?, ?, ?, ?, ?)",
            milestones,
        )
        log_change(db.conn, "apply_playbook", "journey", journey_id, "playbook", None, pb[0])
    return Written(CHANGED.for_accounts(account_id), journey_id)


def list_journeys(db: Database, account_id: int) -> list[Journey]:
    return fetch_all(
        db, Journey, "SELECT * FROM journey WHERE account_id = ? ORDER BY start_date, id",
        (account_id,),
    )


JourneySnapshot = dict[str, list[dict[str, object]]]


def remove_journey(db: Database, journey_id: int) -> Written[JourneySnapshot]:
    """Delete a journey with its tasks and milestones; the snapshot lets undo restore it."""
    with transaction(db):
        snap: JourneySnapshot = {
            "journey": snapshot_rows(db, "journey", "id = ?", (journey_id,)),
            "task": snapshot_rows(db, "task", "journey_id = ?", (journey_id,)),
            "milestone": snapshot_rows(db, "milestone", "journey_id = ?", (journey_id,)),
        }
        if not snap["journey"]:
            raise ValidationError(words("errors", QT_TRANSLATE_NOOP(
                "errors", "The journey no longer exists.")), None, "missing")
        db.conn.execute("DELETE FROM journey WHERE id = ?", (journey_id,))
        log_change(db.conn, "delete", "journey", journey_id)
    return Written(CHANGED.for_accounts(_account_of(snap)), snap)


def restore_journey(db: Database, snap: JourneySnapshot) -> ChangeSet:
    with transaction(db):
        for table in ("journey", "task", "milestone"):
            restore_rows(db, table, snap.get(table, []))
    return CHANGED.for_accounts(_account_of(snap))


def _account_of(snap: JourneySnapshot) -> int:
    account_id = snap["journey"][0]["account_id"]
    assert isinstance(account_id, int)
    return account_id
