"""The floor under the 100,000-row import: the same rows written by bare SQLite, no code of ours.

Issue 15 and 21 ask for the import within 2x a bare python-calamine read of the file. The import
must read the file (at least one calamine read) and then write the rows, their two indexes and
their search-index entries in one transaction. This case measures that write alone, done the
cheapest way we know (the search trigger and both contact indexes dropped, the rows inserted
with one ``executemany``, the indexes rebuilt, the search index filled by one statement, one
commit), against the same-run calamine read. If it alone costs 1x the read or more, no importer
on this schema can meet 2x: the figure says by how much the target is out of reach.
"""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from typing import Any

from bench.cache import BenchContext
from bench.cases_excel import calamine_read, contacts_sheet
from bench.core import Result, timed_result

SEARCH_FILL = ("INSERT INTO search_index (rowid, name, detail, kind) "
               "SELECT id * 8 + 2, name, email, 'k2' FROM contact WHERE id > ?")


def _iso(value: Any) -> str | None:
    if isinstance(value, (date, datetime)):
        return value.isoformat()[:10]
    return None


def _account(value: object) -> int:
    """The sheet's account id: calamine gives Excel's numbers as floats."""
    if isinstance(value, (int, float)):
        return int(value)
    raise ValueError(f"not an account id: {value!r}")


def _contact_rows(ctx: BenchContext, rows: int) -> list[tuple[Any, ...]]:
    from python_calamine import CalamineWorkbook

    cells = CalamineWorkbook.from_path(str(contacts_sheet(ctx, rows))).get_sheet_by_index(0).to_python()
    return [(_account(r[0]), str(r[1]), str(r[2]), str(r[3]), _iso(r[4]), _iso(r[5]), _iso(r[6]))
            for r in cells[1:]]


def _bare_write(conn: sqlite3.Connection, rows: list[tuple[Any, ...]]) -> None:
    """The import's writes with every per-row cost we know how to avoid avoided."""
    schema = dict(conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE tbl_name = 'contact' AND sql IS NOT NULL "
        "AND (type = 'index' OR (type = 'trigger' AND name = 'search_contact_ai'))").fetchall())
    base = int(conn.execute("SELECT coalesce(max(id), 0) FROM contact").fetchone()[0])
    conn.execute("BEGIN")
    for name in schema:
        kind = "TRIGGER" if name == "search_contact_ai" else "INDEX"
        conn.execute(f'DROP {kind} "{name}"')
    conn.executemany("INSERT INTO contact (account_id, name, email, role, invited_date, activated_date, "
                     "last_active_date) VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    for name, sql in schema.items():
        if name != "search_contact_ai":
            conn.execute(sql)
    conn.execute(SEARCH_FILL, (base,))
    conn.execute(schema["search_contact_ai"])
    conn.execute("COMMIT")


def bench_import_floor(ctx: BenchContext) -> Result:
    rows = 2_000 if ctx.quick else 100_000
    name = f"bare SQLite writes of the import's {rows:,} rows (its floor)"
    data = _contact_rows(ctx, rows)
    conns: list[sqlite3.Connection] = []

    def fresh_db() -> None:
        for conn in conns:
            conn.close()
        conn = sqlite3.connect(ctx.fresh_copy("floor.db"), isolation_level=None)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA wal_autocheckpoint = 0")  # as the import holds it: outside the timed write
        conn.execute("INSERT INTO search_index (search_index, rank) VALUES ('automerge', 0)")
        conns[:] = [conn]

    try:
        read = calamine_read(contacts_sheet(ctx, rows))
        result = timed_result(name, lambda: _bare_write(conns[0], data), read, min(ctx.runs, 3),
                              setup=fresh_db, warmup=0,
                              baseline_label="python-calamine read of the same file", target=None)
    finally:
        for conn in conns:
            conn.close()
    result.note = ("no reading, no checks: insert + 2 index rebuilds + one-statement search fill + commit. "
                   "The import also reads the file (>= 1x): it costs at least 1x + this ratio")
    return result
