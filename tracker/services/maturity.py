"""The maturity ladder, edited: add, rename, re-describe, reorder and remove levels.

Each write returns what undo needs: a new level's id, the previous values, the previous
order, or the removed level with the playbooks that were tied to it (removing a level
unties them through ``ON DELETE CASCADE``; undo ties them again). A level an account or a
contact has reached cannot be removed (:func:`tracker.services.signals.delete_level`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from tracker.changes import ChangeSet, Written
from tracker.database import Database
from tracker.domain import ValidationError
from tracker.i18n import QT_TRANSLATE_NOOP, words
from tracker.queries.signals import ladder
from tracker.services.base import log_change
from tracker.services.signals import MATURITY_LEVELS, delete_level
from tracker.storage.db import transaction

LADDER_CHANGED = MATURITY_LEVELS.changes | ChangeSet(playbooks=True)
_TAKEN = QT_TRANSLATE_NOOP("errors", "A maturity level called {0} exists already.")


@dataclass(frozen=True)
class RemovedLevel:
    """A removed level's row and the playbooks that were tied to it, to put both back."""

    row: dict[str, Any]
    playbook_ids: tuple[int, ...]
    order: tuple[int, ...]  # the ladder's level ids before the removal, lowest first


def _check_name(db: Database, name: str, level_id: int | None) -> str:
    name = name.strip()
    clash = db.conn.execute("SELECT id FROM maturity_level WHERE lower(name) = lower(?) AND id IS NOT ?",
                            (name, level_id)).fetchone()
    if clash:
        raise ValidationError(words("errors", _TAKEN, f"“{name}”"), "name", "duplicate")
    return name


def add_level(db: Database, name: str, use_cases: str = "") -> Written[int]:
    """A new level at the top of the ladder; returns its id."""
    name = _check_name(db, name, None)
    top = db.conn.execute("SELECT coalesce(max(position), 0) FROM maturity_level").fetchone()[0]
    written = MATURITY_LEVELS.create(db, {"position": int(top) + 1, "name": name,
                                          "use_cases": use_cases.strip()})
    return Written(written.change | LADDER_CHANGED, written.value)


def edit_level(db: Database, level_id: int, values: dict[str, Any]) -> Written[dict[str, Any]]:
    """Rename a level or change its use cases; returns the previous values of what changed."""
    values = {k: v for k, v in values.items() if k in ("name", "use_cases")}
    if "name" in values:
        values["name"] = _check_name(db, str(values["name"]), level_id)
    if "use_cases" in values:
        values["use_cases"] = str(values["use_cases"]).strip()
    written = MATURITY_LEVELS.update(db, level_id, values)
    return Written(written.change | LADDER_CHANGED, written.value)


def set_order(db: Database, level_ids: Sequence[int]) -> Written[list[int]]:
    """Put the levels in this order (lowest first); returns the order before, for undo.

    ``level_ids`` must name every level once. Positions are unique, so they are moved out
    of the way (negative) first, then written 1, 2, 3 ...
    """
    with transaction(db):
        before = [lv.id for lv in ladder(db)]
        if sorted(before) != sorted(int(i) for i in level_ids):
            raise ValidationError(words("errors", QT_TRANSLATE_NOOP(
                "errors", "The ladder changed meanwhile; the new order was not saved.")),
                None, "stale")
        db.conn.executemany("UPDATE maturity_level SET position = ? WHERE id = ?",
                            [(-(n + 1), i) for n, i in enumerate(level_ids)])
        db.conn.executemany("UPDATE maturity_level SET position = ? WHERE id = ?",
                            [(n + 1, i) for n, i in enumerate(level_ids)])
        log_change(db.conn, "update", "maturity_level", None, "position", before, list(level_ids))
    return Written(LADDER_CHANGED | ChangeSet(all_accounts=True), before)


def move_level(db: Database, level_id: int, steps: int) -> Written[list[int]]:
    """Move a level ``steps`` places higher on the ladder (negative: lower), within its ends."""
    order = [lv.id for lv in ladder(db)]
    at = order.index(level_id)
    to = max(0, min(len(order) - 1, at + steps))
    order.insert(to, order.pop(at))
    return set_order(db, order)


def remove_level(db: Database, level_id: int) -> Written[RemovedLevel]:
    """Remove a level nobody has reached; returns it with its tied playbooks, for undo.

    The levels above move down a place, so positions stay 1, 2, 3 ... ("level 3 of 4").
    """
    with transaction(db):
        order = tuple(lv.id for lv in ladder(db))
        tied = tuple(int(r[0]) for r in db.conn.execute(
            "SELECT playbook_id FROM playbook_level WHERE level_id = ? ORDER BY playbook_id",
            (level_id,)))
        written = delete_level(db, level_id)
        set_order(db, [i for i in order if i != level_id])
    return Written(written.change | LADDER_CHANGED, RemovedLevel(written.value, tied, order))


def restore_level(db: Database, removed: RemovedLevel) -> ChangeSet:
    """Undo :func:`remove_level`: the level back in its place, its playbooks tied again."""
    with transaction(db):
        parked = {**removed.row, "position": -1_000_000}  # out of the way until the order is set
        change = MATURITY_LEVELS.restore(db, parked)
        set_order(db, removed.order)
        db.conn.executemany(
            "INSERT INTO playbook_level (playbook_id, level_id) VALUES (?, ?)"
            " ON CONFLICT(playbook_id) DO UPDATE SET level_id = excluded.level_id",
            [(p, removed.row["id"]) for p in removed.playbook_ids])
    return change | LADDER_CHANGED
