"""The search index of rows an import creates, filled in one statement instead of row by row.

The FTS5 table ``search_index`` (migration 0002) is fed by AFTER INSERT triggers. For a
100,000-row import they cost more than the rows themselves: FTS5 writes a segment at the end
of every statement, and each row is indexed on its own. Inside the import's one transaction
the insert trigger of the table is dropped, the rows go in, the index is filled with ONE
``INSERT INTO search_index ... SELECT`` over the new ids, and the trigger is created again
from the SQL it had. DDL is transactional in SQLite: a failure, cancel or kill before the
commit leaves the old trigger and the old index, and after it both are as the trigger would
have made them.

The fill is built from the trigger's own text (its ``VALUES (new.x ...)`` read as a SELECT
over ``new``), so there is one rule for what a row puts in the index. A trigger that does
not have that plain one-INSERT shape is left alone and fires per row as before.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass

# The body of a search insert trigger as migration 0002 writes it: one INSERT ... VALUES.
_BODY = re.compile(
    r"^CREATE\s+TRIGGER\s+(?P<name>\w+)\s+AFTER\s+INSERT\s+ON\s+(?P<table>\w+)\s+BEGIN\s+"
    r"(?P<insert>INSERT\s+INTO\s+search_index\s*\([\w\s,]+\))\s*"
    r"VALUES\s*\((?P<values>[^;]*)\)\s*;\s*END\s*$",
    re.IGNORECASE | re.DOTALL)


# Page cache for the import's transaction (KiB): SQLite's default 2 MB spills dirty pages of a
# 100,000-row import to the WAL over and over before the commit writes them again.
IMPORT_CACHE_KIB = 64 * 1024


@contextmanager
def roomy_cache(conn: sqlite3.Connection, kib: int = IMPORT_CACHE_KIB) -> Iterator[None]:
    """A larger page cache for one bulk write; the connection's own size afterwards."""
    before = int(conn.execute("PRAGMA cache_size").fetchone()[0])
    conn.execute(f"PRAGMA cache_size = {-abs(int(kib))}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {before}")


@dataclass(frozen=True)
class PausedTrigger:
    """A search insert trigger: its name, its SQL as stored, and the statement that indexes
    the rows above an id the way the trigger would have, one row at a time."""

    name: str
    sql: str
    fill: str


def search_insert_trigger(conn: sqlite3.Connection, table: str) -> PausedTrigger | None:
    """The table's search insert trigger when it is the only AFTER INSERT trigger writing the
    index and has the plain shape; None (keep firing per row) otherwise."""
    found = [(name, sql) for name, sql in conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?", (table,))
        if sql and "search_index" in sql and re.search(r"\bAFTER\s+INSERT\b", sql, re.IGNORECASE)]
    if len(found) != 1:
        return None
    name, sql = found[0]
    match = _BODY.match(sql.strip())
    if match is None or match["name"] != name or match["table"].lower() != table.lower():
        return None
    fill = f"{match['insert']} SELECT {match['values']} FROM {table} AS new WHERE new.id > ? ORDER BY new.id"
    return PausedTrigger(name, sql, fill)


@contextmanager
def index_in_one_statement(conn: sqlite3.Connection, table: str) -> Iterator[None]:
    """Inside an open transaction: rows inserted into ``table`` in the block (all with ids above
    the current largest) are indexed in one statement at its end.

    The trigger is back at the end whatever happens, so a caller whose outer transaction
    outlives a failed import still has it; with the usual rollback the DROP is undone anyway.
    """
    if not conn.in_transaction:
        raise RuntimeError("index_in_one_statement needs the import's transaction")
    trigger = search_insert_trigger(conn, table)
    if trigger is None:
        yield
        return
    base = conn.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0]
    conn.execute(f"DROP TRIGGER {trigger.name}")
    try:
        yield
    except BaseException:
        if conn.in_transaction:  # SQLite may have rolled back already (a full disk)
            with suppress(sqlite3.Error):  # then the caller's rollback puts the trigger back
                _restore(conn, trigger, base)
        raise
    _restore(conn, trigger, base)


def _restore(conn: sqlite3.Connection, trigger: PausedTrigger, base: int) -> None:
    conn.execute(trigger.fill, (base,))
    conn.execute(trigger.sql)
