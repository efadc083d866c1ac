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

import json
import re
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from typing import Any

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


@contextmanager
def checkpoint_held(conn: sqlite3.Connection) -> Iterator[None]:
    """No automatic WAL checkpoint at the commit of one bulk write; see :func:`checkpoint_wal`.

    A 100,000-row import leaves some 50 MB in the WAL, and the checkpoint SQLite runs at that
    commit (copying every page into the database and syncing it: 0.35 to 0.45 s here) kept the
    user waiting for work that changes nothing they see: the rows are durable once the commit
    has synced the WAL. The caller runs :func:`checkpoint_wal` when nobody waits (the app on a
    worker right after the import; a closing last connection checkpoints by itself).
    """
    before = int(conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0])
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA wal_autocheckpoint = {before}")


def checkpoint_wal(conn: sqlite3.Connection) -> None:
    """Copy what the WAL holds into the database file without waiting for or blocking anyone
    (a PASSIVE checkpoint: readers and a writer carry on; pages still in use stay for later)."""
    conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()


_DELETE_BODY = re.compile(
    r"^CREATE\s+TRIGGER\s+(?P<name>\w+)\s+AFTER\s+DELETE\s+ON\s+(?P<table>\w+)\s+BEGIN\s+"
    r"DELETE\s+FROM\s+search_index\s+WHERE\s+rowid\s*=\s*(?P<rowid>[^;]*?)\s*;\s*END\s*$",
    re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True)
class PausedTrigger:
    """A search insert trigger: its name, its SQL as stored, and the statement that indexes
    the rows above an id the way the trigger would have, one row at a time."""

    name: str
    sql: str
    fill: str


def _search_trigger(conn: sqlite3.Connection, table: str, event: str, body: re.Pattern[str]
                    ) -> tuple[str, str, re.Match[str]] | None:
    """The one AFTER ``event`` trigger on ``table`` that writes the search index, when its SQL
    has the plain shape ``body`` describes: (name, sql, match); None for none, several, or
    another shape (the caller then keeps the trigger firing per row)."""
    found = [(name, sql) for name, sql in conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?", (table,))
        if sql and "search_index" in sql and re.search(rf"\bAFTER\s+{event}\b", sql, re.IGNORECASE)]
    if len(found) != 1:
        return None
    name, sql = found[0]
    match = body.match(sql.strip())
    if match is None or match["name"] != name or match["table"].lower() != table.lower():
        return None
    return name, sql, match


def search_insert_trigger(conn: sqlite3.Connection, table: str) -> PausedTrigger | None:
    """The table's search insert trigger when it is the only AFTER INSERT trigger writing the
    index and has the plain shape; None (keep firing per row) otherwise."""
    found = _search_trigger(conn, table, "INSERT", _BODY)
    if found is None:
        return None
    name, sql, match = found
    fill = f"{match['insert']} SELECT {match['values']} FROM {table} AS new WHERE new.id > ? ORDER BY new.id"
    return PausedTrigger(name, sql, fill)


def search_delete_trigger(conn: sqlite3.Connection, table: str) -> PausedTrigger | None:
    """The table's search delete trigger in the plain shape migration 0002 writes
    (``DELETE FROM search_index WHERE rowid = <old.id ...>``); its ``fill`` takes the index
    entries of the rows whose ids are in a JSON array, to be run while the rows are there."""
    found = _search_trigger(conn, table, "DELETE", _DELETE_BODY)
    if found is None:
        return None
    name, sql, match = found
    fill = (f"DELETE FROM search_index WHERE rowid IN (SELECT {match['rowid']} FROM {table} AS old"
            f" WHERE old.id IN (SELECT value FROM json_each(?)))")
    return PausedTrigger(name, sql, fill)


def insert_fill_for_ids(trigger: PausedTrigger) -> str:
    """The insert trigger's fill for the rows whose ids are in a JSON array (not above an id)."""
    return trigger.fill.replace("WHERE new.id > ?", "WHERE new.id IN (SELECT value FROM json_each(?))")


@contextmanager
def index_in_one_statement(conn: sqlite3.Connection, table: str,
                           before_fill: Callable[[], object] | None = None) -> Iterator[None]:
    """Inside an open transaction: rows inserted into ``table`` in the block (all with ids above
    the current largest) are indexed in one statement at its end (``before_fill`` is called
    just before that statement, e.g. to start work that runs beside it).

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
    if before_fill is not None:
        before_fill()
    _restore(conn, trigger, base)


def _restore(conn: sqlite3.Connection, trigger: PausedTrigger, base: int) -> None:
    with merges_held(conn):
        conn.execute(trigger.fill, (base,))
    conn.execute(trigger.sql)


# FTS5's own default for 'automerge' (a level with this many segments is merged as rows go in).
FTS_AUTOMERGE_DEFAULT = 4


@contextmanager
def merges_held(conn: sqlite3.Connection, fts: str = "search_index") -> Iterator[None]:
    """Inside an open transaction: the search index's incremental merging held for one bulk fill.

    With 'automerge' on, FTS5 merged the segments of a 100,000-row fill into each other while it
    wrote them: 1.0 to 1.2 s of CPU against 0.75 to 0.9 s held (4 alternated pairs on a copy of L).
    'crisismerge' still merges a level that reaches 16 segments, so the index stays bounded, and
    short-prefix searches afterwards measured alike. The setting is the index's own (stored in
    its config table, in this transaction), so it is put back before the block ends.
    """
    found = conn.execute(f"SELECT v FROM {fts}_config WHERE k = 'automerge'").fetchone()
    before = int(found[0]) if found is not None else FTS_AUTOMERGE_DEFAULT
    conn.execute(f"INSERT INTO {fts} ({fts}, rank) VALUES ('automerge', 0)")
    put_back = f"INSERT INTO {fts} ({fts}, rank) VALUES ('automerge', {before})"
    try:
        yield
    except BaseException:
        _put_back_quietly(conn, [put_back])  # the caller's rollback puts it back anyway
        raise
    conn.execute(put_back)


# From this share of the rows already in a table, an insert drops the table's secondary indexes
# and builds them again at the end of the block: 100,000 new contacts of an L portfolio (41,803
# there) went into both contact indexes at random places, 0.4 to 0.5 s of the insert's 1.2 s of
# CPU, where building them anew from a sort took 0.25 s. Below it, a rebuild costs more.
REBUILD_SHARE = 0.5
REBUILD_MIN_ROWS = 1000  # fewer go in faster than the table is even counted


@contextmanager
def indexes_rebuilt(conn: sqlite3.Connection, table: str, incoming: int) -> Iterator[None]:
    """Inside an open transaction: when ``incoming`` new rows are many against the table's own,
    its plain secondary indexes are dropped for the block and created again from their stored
    SQL at its end (a duplicate a UNIQUE index refuses raises there, as the insert would have).
    DDL is transactional: a failure, cancel or kill before the commit leaves the old indexes."""
    if not conn.in_transaction:
        raise RuntimeError("indexes_rebuilt needs the import's transaction")
    if incoming < REBUILD_MIN_ROWS or incoming < REBUILD_SHARE * int(
            conn.execute(f"SELECT count(*) FROM {_quoted(table)}").fetchone()[0]):
        yield
        return
    dropped = _droppable_indexes(conn, table)
    for name, _sql in dropped:
        conn.execute(f"DROP INDEX {_quoted(name)}")
    try:
        yield
    except BaseException:
        _put_back_quietly(conn, [sql for _name, sql in dropped])
        raise
    for _name, sql in dropped:
        conn.execute(sql)


def _droppable_indexes(conn: sqlite3.Connection, table: str) -> list[tuple[str, str]]:
    """The table's own CREATE INDEX indexes (not a constraint's automatic one) that no foreign
    key of another table leans on as its parent key."""
    parent_keys: set[tuple[str, ...]] = set()
    for (child,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
        keys: dict[int, list[str]] = {}
        for fk in conn.execute(f"PRAGMA foreign_key_list({_quoted(child)})"):
            if str(fk[2]).lower() == table.lower() and fk[4] is not None:
                keys.setdefault(int(fk[0]), []).append(str(fk[4]).lower())
        parent_keys.update(tuple(sorted(k)) for k in keys.values())
    found = []
    for name, sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ?"
                                  " AND sql IS NOT NULL", (table,)).fetchall():
        columns = tuple(sorted(str(r[2]).lower() for r in conn.execute(f"PRAGMA index_info({_quoted(name)})")
                               if r[2] is not None))
        if columns not in parent_keys:
            found.append((str(name), str(sql)))
    return found


# From this many rows a delete builds a temporary index on each child table's unindexed
# reference to the table (dropped again in the same transaction): without one, every deleted
# contact scans activity, feedback, support cases and maturity steps for its ON DELETE action
# (undo of a 100,000-contact import ran for over ten minutes; with them, seconds).
MANY_ROWS = 500


def delete_rows(conn: sqlite3.Connection, table: str, ids: Sequence[int]) -> None:
    """Delete the rows of ``table`` with ``ids`` inside an open transaction, in one statement;
    their search entries go in one statement too (the delete trigger paused, then back)."""
    if not ids:
        return
    if not conn.in_transaction:
        raise RuntimeError("delete_rows needs an open transaction")
    payload = json.dumps([int(i) for i in ids])
    trigger = search_delete_trigger(conn, table)
    undo = [f"DROP INDEX {name}" for name in (_child_indexes(conn, table) if len(ids) >= MANY_ROWS else [])]
    try:
        if trigger is not None:
            conn.execute(trigger.fill, (payload,))  # while the rows are there to be read
            conn.execute(f"DROP TRIGGER {trigger.name}")
            undo.insert(0, trigger.sql)
        conn.execute(f"DELETE FROM {table} WHERE id IN (SELECT value FROM json_each(?))", (payload,))
    except BaseException:
        _put_back_quietly(conn, undo)
        raise
    for sql in undo:
        conn.execute(sql)


def insert_rows(conn: sqlite3.Connection, table: str, columns: Sequence[str],
                rows: Sequence[Sequence[Any]]) -> None:
    """INSERT rows that carry their own ids (``id`` among ``columns``), the search entries of
    all of them in one statement afterwards (the insert trigger paused, then back)."""
    if not rows:
        return
    if not conn.in_transaction:
        raise RuntimeError("insert_rows needs an open transaction")
    trigger = search_insert_trigger(conn, table)
    if trigger is not None:
        conn.execute(f"DROP TRIGGER {trigger.name}")
    try:
        conn.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES"
                         f" ({', '.join('?' for _ in columns)})", rows)
        if trigger is not None:
            at = list(columns).index("id")
            conn.execute(insert_fill_for_ids(trigger), (json.dumps([int(r[at]) for r in rows]),))
    except BaseException:
        _put_back_quietly(conn, [trigger.sql] if trigger is not None else [])
        raise
    if trigger is not None:
        conn.execute(trigger.sql)


def _put_back_quietly(conn: sqlite3.Connection, statements: Sequence[str]) -> None:
    """With an error on its way up: put triggers back, drop temporary indexes, as far as the
    connection still lets us; the caller's rollback undoes the DDL anyway."""
    if not conn.in_transaction:
        return
    for sql in statements:
        with suppress(sqlite3.Error):
            conn.execute(sql)


def _child_indexes(conn: sqlite3.Connection, parent: str) -> list[str]:
    """Create an index on every child column referencing ``parent`` that no index leads with;
    returns their names, for the caller to drop."""
    made: list[str] = []
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"
                                         " AND sql LIKE '%REFERENCES%'")]
    for child in tables:
        columns = {fk[3] for fk in conn.execute(f"PRAGMA foreign_key_list({_quoted(child)})")
                   if fk[2].lower() == parent.lower()}
        if not columns:
            continue
        leading = set()
        for index in conn.execute(f"PRAGMA index_list({_quoted(child)})").fetchall():
            first = conn.execute(f"PRAGMA index_info({_quoted(index[1])})").fetchone()
            if first is not None:
                leading.add(first[2])
        for column in sorted(columns - leading):
            name = f"tmp_bulk_delete_{child}_{column}"
            conn.execute(f"CREATE INDEX {name} ON {_quoted(child)}({_quoted(column)})")
            made.append(name)
    return made


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'
