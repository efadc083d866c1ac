"""Setting an account's (or a segment's) check-in cadence.

The cadence lives in its own small tables (see migration 3); "no row" means "inherit":
an account without one follows its segment, a segment without one the rule book's default.
Each write returns the previous setting, which is what undo puts back.
"""

from __future__ import annotations

from tracker.changes import ChangeSet, Written
from tracker.database import Database
from tracker.services.base import log_change
from tracker.storage.db import transaction
from tracker.validation import check_row, refuse

# (cadence, days), or None for "no setting of its own".
Setting = tuple[str, int | None] | None


def _write(db: Database, table: str, key: str, key_id: int, setting: Setting) -> Setting:
    row = db.conn.execute(f"SELECT cadence, days FROM {table} WHERE {key} = ?", (key_id,)).fetchone()
    before: Setting = (row[0], row[1]) if row else None
    if setting is None:
        db.conn.execute(f"DELETE FROM {table} WHERE {key} = ?", (key_id,))
    else:
        cadence, days = setting
        clean = check_row(table, {key: key_id, "cadence": cadence,
                                  "days": days if cadence == "custom" else None}, creating=True)
        if clean["cadence"] == "custom" and clean.get("days") is None:
            raise refuse(table, "days", "required")  # "custom" means "every N days"
        db.conn.execute(
            f"INSERT INTO {table} ({key}, cadence, days) VALUES (?, ?, ?)"
            f" ON CONFLICT({key}) DO UPDATE SET cadence = excluded.cadence, days = excluded.days",
            (key_id, clean["cadence"], clean.get("days")))
        setting = (clean["cadence"], clean.get("days"))
    if before != setting:
        log_change(db.conn, "update", table, key_id, "cadence", _text(before), _text(setting))
    return before


def _text(setting: Setting) -> str | None:
    if setting is None:
        return None
    return setting[0] if setting[1] is None else f"{setting[0]}:{setting[1]}"


def set_account_cadence(db: Database, account_id: int, setting: Setting) -> Written[Setting]:
    """Give the account its own cadence (``("custom", 10)``, ``("weekly", None)``...), or with
    None let it follow its segment again. Returns the previous setting."""
    with transaction(db):
        before = _write(db, "checkin_cadence", "account_id", account_id, setting)
    return Written(ChangeSet(accounts=True, activities=True, kpis=True).for_accounts(account_id),
                   before)


def set_segment_cadence(db: Database, segment_id: int, setting: Setting) -> Written[Setting]:
    """The default cadence of a segment's accounts (those without one of their own)."""
    with transaction(db):
        before = _write(db, "segment_checkin_cadence", "segment_id", segment_id, setting)
    return Written(ChangeSet(accounts=True, segments=True, kpis=True, all_accounts=True), before)
