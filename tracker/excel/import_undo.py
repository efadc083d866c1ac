"""Undo and redo of an import: the rows it touched, swapped between before and after.

An import creates rows, updates rows, and has knock-on writes (stage history, journeys of
a segment's playbook, account key dates from achieved milestones). Rather than reverse
each of these, the importer names the *scope* it writes to (table, column, ids) and keeps
the rows of that scope as they were before. Undo puts those rows back and keeps the rows
it replaced, so redo is the same swap the other way; both run in one transaction.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from tracker.changes import ChangeSet, Written
from tracker.database import Database
from tracker.domain import ValidationError
from tracker.excel.bulk_index import delete_rows, insert_rows
from tracker.i18n import QT_TRANSLATE_NOOP, words
from tracker.services.base import log_change
from tracker.storage.db import transaction

# Parents before children: rows are put back in this order and removed in the reverse.
# Every table an import (or its knock-on writes) can reach; all are keyed by ``id``.
TABLES = ("account", "stage_history", "contact", "journey", "task", "milestone", "feedback",
          "activity", "mrr_change", "support_case")
CHANGED = ChangeSet(accounts=True, contacts=True, tasks=True, milestones=True, feedback=True,
                    cases=True, kpis=True, all_accounts=True)

Scope = tuple[str, str, frozenset[int]]  # table, column, values of that column


@dataclass(frozen=True)
class ImportUndo:
    """The rows an import's scope held at one moment; swapping them in reverses the import."""

    scopes: tuple[Scope, ...] = ()
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    # Ids the previous swap removed (an undone import's new rows). SQLite hands the highest
    # free ids to the next rows written, so a record added after an undo can take one; the
    # redo must then refuse, or it would write the imported row over the user's record.
    vacated: dict[str, frozenset[int]] = field(default_factory=dict)


class BeforeImport:
    """Collects the scope of an import and its rows before they are written.

    ``keep`` must be called before the rows it names are written; a row kept twice keeps
    its first (oldest) state.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self._scopes: list[Scope] = []
        self._rows: dict[str, dict[int, dict[str, Any]]] = {}
        self._new: dict[str, set[int]] = {}

    def keep(self, table: str, column: str, values: Iterable[int]) -> None:
        """Rows that exist and are about to change: their state now is what undo restores."""
        wanted = frozenset(int(v) for v in values)
        if not wanted:
            return
        self._scopes.append((table, column, wanted))
        kept = self._rows.setdefault(table, {})
        new = self._new.get(table, set())
        for row in _select(self._conn, table, column, wanted):
            if row["id"] not in new:
                kept.setdefault(row["id"], row)

    def created(self, table: str, ids: Iterable[int]) -> None:
        """Rows the import created: undo removes them (and, for accounts, all under them)."""
        new = frozenset(map(int, ids))  # 100,000 new ids: a generator here cost more than the set
        if not new:
            return
        self._new.setdefault(table, set()).update(new)
        self._scopes.append((table, "id", new))
        if table == "account":
            self._scopes += [(child, "account_id", new) for child in TABLES[1:]]

    def result(self) -> ImportUndo:
        return ImportUndo(tuple(self._scopes),
                          {t: list(rows.values()) for t, rows in self._rows.items()})


def swap_import(db: Database, state: ImportUndo) -> Written[ImportUndo]:
    """Put the scope's rows back as ``state`` holds them; returns the rows it replaced.

    Called with an import's ``undo`` it undoes the import, and called with what that
    returned it redoes it, with the same ids, so later undo entries naming them still work.
    """
    with transaction(db) as conn:
        _refuse_taken_ids(conn, state.vacated)
        current: dict[str, dict[int, dict[str, Any]]] = {}
        for table, column, values in state.scopes:
            for row in _select(conn, table, column, values):
                current.setdefault(table, {}).setdefault(row["id"], row)
        wanted = {t: {r["id"] for r in rows} for t, rows in state.rows.items()}
        vacated: dict[str, frozenset[int]] = {}
        for table in reversed(TABLES):
            gone = [i for i in current.get(table, {}) if i not in wanted.get(table, set())]
            delete_rows(conn, table, gone)
            if gone:
                vacated[table] = frozenset(gone)
        for table in TABLES:
            _upsert(conn, table, state.rows.get(table, []))
        log_change(conn, "undo_import", "import", None)
    replaced = ImportUndo(state.scopes, {t: list(rows.values()) for t, rows in current.items()}, vacated)
    return Written(CHANGED, replaced)


def _refuse_taken_ids(conn: sqlite3.Connection, vacated: dict[str, frozenset[int]]) -> None:
    for table, ids in vacated.items():
        taken = conn.execute(f"SELECT count(*) FROM {table} WHERE id IN (SELECT value FROM json_each(?))",
                             (json.dumps(sorted(ids)),)).fetchone()[0]
        if taken:
            raise ValidationError(words("errors", QT_TRANSLATE_NOOP(
                "errors", "The import cannot be redone: records added since it was undone now hold its "
                "place. Nothing was changed; import the file again instead.")), "import", "ids_taken")


def _select(conn: sqlite3.Connection, table: str, column: str,
            values: frozenset[int]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    ordered = sorted(values)
    for start in range(0, len(ordered), 500):
        chunk = ordered[start:start + 500]
        cursor = conn.execute(
            f"SELECT * FROM {table} WHERE {column} IN ({', '.join('?' for _ in chunk)})", chunk)
        names = [c[0] for c in cursor.description]
        rows += [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]
    return rows


def _upsert(conn: sqlite3.Connection, table: str, rows: list[dict[str, Any]]) -> None:
    """An UPDATE for a row that is there, an INSERT for one that is not: never a delete,
    which would cascade to the children of an account the import only updated. The rows that
    are not there (all of them when an import is redone) go in with their search entries in
    one statement (:func:`tracker.excel.bulk_index.insert_rows`)."""
    if not rows:
        return
    columns = list(rows[0])
    ids = json.dumps([r["id"] for r in rows])
    there = {r[0] for r in conn.execute(
        f"SELECT id FROM {table} WHERE id IN (SELECT value FROM json_each(?))", (ids,))}
    insert_rows(conn, table, columns, [tuple(r[c] for c in columns) for r in rows if r["id"] not in there])
    sets = ", ".join(f"{c} = excluded.{c}" for c in columns if c != "id")
    conn.executemany(
        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"
        f" ON CONFLICT(id) DO UPDATE SET {sets}",
        [tuple(r[c] for c in columns) for r in rows if r["id"] in there])
