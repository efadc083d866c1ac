"""Shared plumbing for services: row mapping, validated updates and the change log."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, date, datetime
from typing import Any, TypeVar

from tracker.database import Database
from tracker.domain import NotFoundError, ValidationError, parse_date
from tracker.i18n import QT_TRANSLATE_NOOP, words
from tracker.storage.db import environment_errors
from tracker.validation import check, check_row, declared, field_label

T = TypeVar("T")

DATE_FIELDS = frozenset(
    {
        "signed_date", "kickoff_date", "target_golive_date", "golive_date", "first_value_date",
        "churned_date", "invited_date", "activated_date", "last_active_date", "due_date",
        "done_date", "target_date", "achieved_date", "start_date", "date", "adopted_date",
        "entered_date", "left_date",
    }
)


def now_stamp() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def fetch_one(db: Database, cls: Callable[..., T], sql: str, params: Iterable[Any]) -> T:
    with environment_errors():
        cursor = db.conn.execute(sql, tuple(params))
        row = cursor.fetchone()
    if row is None:
        raise NotFoundError(sql)
    names = [c[0] for c in cursor.description]
    return cls(**dict(zip(names, row, strict=True)))


def fetch_all(db: Database, cls: Callable[..., T], sql: str, params: Iterable[Any] = ()) -> list[T]:
    with environment_errors():
        cursor = db.conn.execute(sql, tuple(params))
        rows = cursor.fetchall()
    names = [c[0] for c in cursor.description]
    return [cls(**dict(zip(names, row, strict=True))) for row in rows]


def row_dict(db: Database, table: str, row_id: int) -> dict[str, Any]:
    with environment_errors():
        cursor = db.conn.execute(f"SELECT * FROM {table} WHERE id = ?", (row_id,))
        row = cursor.fetchone()
    if row is None:
        raise NotFoundError(words("errors", QT_TRANSLATE_NOOP(
            "errors", "{0} {1} no longer exists"), table, row_id))
    return dict(zip([c[0] for c in cursor.description], row, strict=True))


def normalise(table: str, field: str, value: Any) -> Any:
    """``value`` as stored: every declared table's fields go through the one validation layer."""
    if declared(table):
        return check(table, field, value)
    if field in DATE_FIELDS:
        parsed = parse_date(value, field)
        return parsed.isoformat() if parsed else None
    if isinstance(value, str):
        return value.strip()
    return value


def log_change(
    conn: sqlite3.Connection,
    action: str,
    entity: str,
    entity_id: int | None,
    field: str | None = None,
    old: Any = None,
    new: Any = None,
) -> None:
    conn.execute(
        "INSERT INTO change_log (at, action, entity, entity_id, field, old_value, new_value)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (now_stamp(), action, entity, entity_id, field, _text(old), _text(new)),
    )


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def update_row(
    db: Database,
    table: str,
    row_id: int,
    changes: Mapping[str, Any],
    allowed: frozenset[str],
    *,
    current: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """Write ``changes`` to one row and log each field that really changed.

    Returns the previous values of the changed fields, which is what an undo needs.
    A caller that has just read the row passes it as ``current`` to save a second read.
    Must run inside a transaction.
    """
    unknown = set(changes) - allowed
    if unknown:
        raise ValidationError(words("errors", QT_TRANSLATE_NOOP(
            "errors", "Unknown field(s): {0}"), ', '.join(sorted(unknown))), sorted(unknown)[0])
    if current is None:
        current = row_dict(db, table, row_id)
    clean = {k: normalise(table, k, v) for k, v in changes.items()}
    delta = {k: v for k, v in clean.items() if current.get(k) != v}
    if not delta:
        return {}
    assignments = ", ".join(f"{k} = ?" for k in delta)
    try:
        db.conn.execute(
            f"UPDATE {table} SET {assignments} WHERE id = ?", (*delta.values(), row_id)
        )
    except sqlite3.IntegrityError as exc:
        raise integrity_to_validation(exc, table) from exc
    for key, value in delta.items():
        log_change(db.conn, "update", table, row_id, key, current.get(key), value)
    return {k: current.get(k) for k in delta}


def insert_row(db: Database, table: str, values: Mapping[str, Any]) -> int:
    """Insert one checked row (a declared table's required fields must all be there)."""
    if declared(table):
        clean = check_row(table, values, creating=True)
    else:
        clean = {k: normalise(table, k, v) for k, v in values.items()}
    columns = ", ".join(clean)
    marks = ", ".join("?" for _ in clean)
    try:
        cursor = db.conn.execute(
            f"INSERT INTO {table} ({columns}) VALUES ({marks})", tuple(clean.values())
        )
    except sqlite3.IntegrityError as exc:
        raise integrity_to_validation(exc, table) from exc
    row_id = int(cursor.lastrowid or 0)
    log_change(db.conn, "create", table, row_id)
    return row_id


def integrity_to_validation(exc: sqlite3.IntegrityError, table: str) -> ValidationError:
    text = str(exc)
    if "UNIQUE" in text:
        field = text.rsplit(".", 1)[-1] if "." in text else None
        if table == "contact":
            return ValidationError(words("errors", QT_TRANSLATE_NOOP(
                "errors", "A contact with this e-mail already exists.")), "email", "duplicate")
        if field == "external_id":
            return ValidationError(words("errors", QT_TRANSLATE_NOOP(
                "errors", "Another account has this external id.")), field, "duplicate")
        return ValidationError(words("errors", QT_TRANSLATE_NOOP(
            "errors", "This {0} already exists ({1})."), table, field), field, "duplicate")
    if "CHECK" in text:
        return ValidationError(words("errors", QT_TRANSLATE_NOOP(
            "errors", "A value is outside what {0} allows."), table), None, "check")
    if "FOREIGN KEY" in text:
        return ValidationError(words("errors", QT_TRANSLATE_NOOP(
            "errors", "The row refers to something that does not exist.")), None, "reference")
    if "NOT NULL" in text:
        field = text.rsplit(".", 1)[-1]
        return ValidationError(words("errors", QT_TRANSLATE_NOOP(
            "errors", "{0} is required."), field_label(table, field)), field, "required")
    return ValidationError(text)


def snapshot_rows(db: Database, table: str, where: str, params: Iterable[Any]) -> list[dict[str, Any]]:
    cursor = db.conn.execute(f"SELECT * FROM {table} WHERE {where}", tuple(params))
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def restore_rows(db: Database, table: str, rows: Iterable[Mapping[str, Any]]) -> None:
    for row in rows:
        columns = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        db.conn.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", tuple(row.values()))
