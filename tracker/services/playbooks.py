"""Playbooks (checklist templates): edit, duplicate, reorder, seed the built-in ones."""

from __future__ import annotations

from typing import Any

from tracker.builtin_playbooks import BUILTIN
from tracker.changes import ChangeSet, Written
from tracker.database import Database
from tracker.domain import (
    Playbook,
    PlaybookId,
    PlaybookStep,
    StepId,
    ValidationError,
)
from tracker.i18n import QT_TRANSLATE_NOOP, words
from tracker.services.base import (
    fetch_all,
    fetch_one,
    insert_row,
    log_change,
    restore_rows,
    snapshot_rows,
    update_row,
)
from tracker.storage.db import transaction
from tracker.validation import check_row

PLAYBOOK_FIELDS = frozenset({"name", "kind", "description"})
STEP_FIELDS = frozenset({"title", "stage", "offset_days", "owner_role", "is_milestone",
                         "milestone_kind", "position"})
CHANGED = ChangeSet(playbooks=True)
# Deleting a playbook unties the segments that started with it.
UNTIED = ChangeSet(playbooks=True, segments=True)


def list_playbooks(db: Database) -> list[Playbook]:
    return fetch_all(db, Playbook, "SELECT * FROM playbook ORDER BY name")


def get_playbook(db: Database, playbook_id: int) -> Playbook:
    return fetch_one(db, Playbook, "SELECT * FROM playbook WHERE id = ?", (playbook_id,))


def list_steps(db: Database, playbook_id: int) -> list[PlaybookStep]:
    return fetch_all(
        db, PlaybookStep,
        "SELECT * FROM playbook_step WHERE playbook_id = ? ORDER BY position, id", (playbook_id,),
    )


def _check_playbook(values: dict[str, Any], creating: bool) -> None:
    values.update(check_row("playbook", values, creating=creating))


def _check_step(values: dict[str, Any], creating: bool) -> None:
    values.update(check_row("playbook_step", values, creating=False))
    if values.get("is_milestone") and not values.get("milestone_kind") and creating:
        values["milestone_kind"] = "custom"


def create_playbook(db: Database, values: dict[str, Any]) -> Written[PlaybookId]:
    values = {"kind": "initial", **values}
    _check_playbook(values, True)
    with transaction(db):
        return Written(CHANGED, PlaybookId(insert_row(db, "playbook", values)))


def update_playbook(
    db: Database, playbook_id: int, changes: dict[str, Any]
) -> Written[dict[str, Any]]:
    """Returns the previous values of what changed (for undo)."""
    _check_playbook(changes, False)
    with transaction(db):
        return Written(CHANGED, update_row(db, "playbook", playbook_id, changes, PLAYBOOK_FIELDS))


def duplicate_playbook(
    db: Database, playbook_id: int, name: str | None = None
) -> Written[PlaybookId]:
    """Copy a playbook and its steps under a free name ("X (copy)", "X (copy 2)" ...)."""
    with transaction(db):
        source = get_playbook(db, playbook_id)
        base = name or f"{source.name} (copy)"
        candidate, n = base, 2
        while db.conn.execute("SELECT 1 FROM playbook WHERE name = ?", (candidate,)).fetchone():
            candidate = f"{base[:-1]} {n})" if name is None else f"{base} {n}"
            n += 1
        new_id = PlaybookId(insert_row(db, "playbook", {
            "name": candidate, "kind": source.kind, "description": source.description,
        }))
        db.conn.execute(
            "INSERT INTO playbook_step (playbook_id, position, title, stage, offset_days,"
            " owner_role, is_milestone, milestone_kind)"
            " SELECT ?, position, title, stage, offset_days, owner_role, is_milestone,"
            " milestone_kind FROM playbook_step WHERE playbook_id = ?",
            (new_id, playbook_id),
        )
    return Written(CHANGED, new_id)


PlaybookSnapshot = dict[str, list[dict[str, Any]]]


def delete_playbook(db: Database, playbook_id: int) -> Written[PlaybookSnapshot]:
    """Delete a playbook (journeys already created keep their tasks)."""
    with transaction(db):
        snap = {
            "playbook": snapshot_rows(db, "playbook", "id = ?", (playbook_id,)),
            "playbook_step": snapshot_rows(db, "playbook_step", "playbook_id = ?", (playbook_id,)),
            "segment_links": snapshot_rows(db, "segment", "playbook_id = ?", (playbook_id,)),
            "journey_links": snapshot_rows(db, "journey", "playbook_id = ?", (playbook_id,)),
        }
        if not snap["playbook"]:
            raise ValidationError(words("errors", QT_TRANSLATE_NOOP(
                "errors", "The playbook no longer exists.")), None, "missing")
        db.conn.execute("DELETE FROM playbook WHERE id = ?", (playbook_id,))
        log_change(db.conn, "delete", "playbook", playbook_id, "name",
                   snap["playbook"][0]["name"], None)
    return Written(UNTIED, snap)


def restore_playbook(db: Database, snap: PlaybookSnapshot) -> ChangeSet:
    with transaction(db):
        restore_rows(db, "playbook", snap["playbook"])
        restore_rows(db, "playbook_step", snap["playbook_step"])
        pid = snap["playbook"][0]["id"]
        for table, key in (("segment_links", "segment"), ("journey_links", "journey")):
            for row in snap[table]:
                db.conn.execute(f"UPDATE {key} SET playbook_id = ? WHERE id = ?", (pid, row["id"]))
    return UNTIED


def add_step(db: Database, playbook_id: int, values: dict[str, Any]) -> Written[StepId]:
    values = {"stage": "Embark", "offset_days": 0, **values}
    _check_step(values, True)
    with transaction(db):
        if "position" not in values:
            values["position"] = db.conn.execute(
                "SELECT coalesce(max(position), 0) + 1 FROM playbook_step WHERE playbook_id = ?",
                (playbook_id,),
            ).fetchone()[0]
        values["playbook_id"] = playbook_id
        return Written(CHANGED, StepId(insert_row(db, "playbook_step", values)))


def update_step(db: Database, step_id: int, changes: dict[str, Any]) -> Written[dict[str, Any]]:
    """Returns the previous values of what changed (for undo)."""
    changes = dict(changes)
    _check_step(changes, False)
    with transaction(db):
        return Written(CHANGED, update_row(db, "playbook_step", step_id, changes, STEP_FIELDS))


def swap_steps(db: Database, step_id: int, other_id: int) -> ChangeSet:
    """Swap the positions of two steps in one transaction; swapping again undoes it."""
    with transaction(db):
        rows = dict(db.conn.execute("SELECT id, position FROM playbook_step WHERE id IN (?, ?)",
                                    (step_id, other_id)).fetchall())
        if len(rows) != 2:
            raise ValidationError(words("errors", QT_TRANSLATE_NOOP(
                "errors", "The step no longer exists.")), None, "missing")
        a, b = rows[step_id], rows[other_id]
        if a == b:  # equal positions cannot be swapped; make them distinct first
            b = a + 1
        update_row(db, "playbook_step", step_id, {"position": b}, STEP_FIELDS)
        update_row(db, "playbook_step", other_id, {"position": a}, STEP_FIELDS)
    return CHANGED


def delete_step(db: Database, step_id: int) -> Written[dict[str, Any]]:
    with transaction(db):
        rows = snapshot_rows(db, "playbook_step", "id = ?", (step_id,))
        if not rows:
            raise ValidationError(words("errors", QT_TRANSLATE_NOOP(
                "errors", "The step no longer exists.")), None, "missing")
        db.conn.execute("DELETE FROM playbook_step WHERE id = ?", (step_id,))
        log_change(db.conn, "delete", "playbook_step", step_id)
    return Written(CHANGED, rows[0])


def restore_step(db: Database, row: dict[str, Any]) -> ChangeSet:
    with transaction(db):
        restore_rows(db, "playbook_step", [row])
    return CHANGED


def seed_builtin_playbooks(db: Database) -> bool:
    """Add the built-in playbooks once per database; later deletions are respected."""
    with transaction(db):
        seeded = db.conn.execute(
            "SELECT value FROM setting WHERE key = 'builtin_playbooks_seeded'"
        ).fetchone()
        if seeded:
            return False
        for name, kind, description, steps in BUILTIN:
            if db.conn.execute("SELECT 1 FROM playbook WHERE name = ?", (name,)).fetchone():
                continue
            cursor = db.conn.execute(
                "INSERT INTO playbook (name, kind, description, builtin) VALUES (?, ?, ?, 1)",
                (name, kind, description),
            )
            pid = cursor.lastrowid
            db.conn.executemany(
                "INSERT INTO playbook_step (playbook_id, position, title, stage, offset_days,"
                " owner_role, is_milestone, milestone_kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [(pid, i, t, s, o, r, int(m is not None), m)
                 for i, (t, s, o, r, m) in enumerate(steps, start=1)],
            )
        db.conn.execute(
            "INSERT INTO setting (key, value) VALUES ('builtin_playbooks_seeded', '1')"
        )
    return True

