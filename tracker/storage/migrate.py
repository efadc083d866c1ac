"""Schema migrations: finding the numbered steps and applying them without losing a row.

A step is a file in ``tracker/storage/migrations``: ``NNNN_name.sql`` (a script) or
``NNNN_name.py`` (a module with ``migrate(conn)``, for data moves SQL cannot express).

Each step follows SQLite's procedure for schema changes
(https://sqlite.org/lang_altertable.html, "Making Other Kinds Of Table Schema Changes"):
foreign keys are switched off *before* the transaction, because ``PRAGMA foreign_keys``
is a no-op inside one, and a table rebuild (create new, copy, drop old, rename) run with
them on deletes every child row through ``ON DELETE CASCADE``. ``PRAGMA foreign_key_check``
then runs before COMMIT, so a step that leaves a dangling reference is rolled back instead
of committed; the version bump commits in the same transaction as the step.
"""

from __future__ import annotations

import importlib
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from tracker.i18n import QT_TRANSLATE_NOOP
from tracker.storage.errors import StoreError, said

Step = Callable[[sqlite3.Connection], None]
MIGRATIONS_PACKAGE = "tracker.storage.migrations"


@dataclass(frozen=True)
class Migration:
    """One numbered step; ``sql`` runs first, then ``step`` (either may be empty)."""

    version: int
    name: str
    sql: str = ""
    step: Step | None = None


def load_migrations() -> list[Migration]:
    """Migrations shipped in the migrations package, in the order they must run."""
    found: dict[int, Migration] = {}
    folder = resources.files("tracker.storage").joinpath("migrations")
    for entry in folder.iterdir():
        match = re.fullmatch(r"(\d{4})_(\w+)\.(sql|py)", entry.name)
        if not match:
            continue
        version, name, kind = int(match.group(1)), match.group(2), match.group(3)
        if version in found:
            raise RuntimeError(f"two migrations are numbered {version}")
        if kind == "sql":
            found[version] = Migration(version, name, sql=entry.read_text("utf-8"))
        else:
            module = importlib.import_module(f"{MIGRATIONS_PACKAGE}.{entry.name[:-3]}")
            found[version] = Migration(version, name, step=module.migrate)
    ordered = [found[v] for v in sorted(found)]
    for expected, migration in enumerate(ordered, start=1):
        if migration.version != expected:
            raise RuntimeError(f"migration numbering has a gap at {expected}")
    return ordered


def apply_migrations(conn: sqlite3.Connection, pending: list[Migration], path: Path | str,
                     application_id: int) -> None:
    """Apply each pending step in its own transaction together with its version bump.

    Foreign keys are on again afterwards, whether the steps succeeded or not.
    """
    if not pending:
        return
    if conn.in_transaction:
        raise RuntimeError("migrations must start outside a transaction")
    isolation = conn.isolation_level
    conn.isolation_level = None  # we say BEGIN and COMMIT ourselves; sqlite3 must not
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        if conn.execute("PRAGMA foreign_keys").fetchone()[0]:
            raise RuntimeError("foreign keys could not be switched off for the migration")
        for migration in pending:
            _apply_one(conn, migration, path, application_id)
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.isolation_level = isolation


def _apply_one(conn: sqlite3.Connection, migration: Migration, path: Path | str,
               application_id: int) -> None:
    failed = said(QT_TRANSLATE_NOOP("storage", "Upgrading {0} to schema {1} failed"), path, migration.version)
    try:
        # executescript would COMMIT an open transaction first, so BEGIN goes inside the
        # script; the transaction stays open after it returns.
        conn.executescript("BEGIN IMMEDIATE;\n" + migration.sql)
        if migration.step is not None:
            migration.step(conn)
        if not conn.in_transaction:
            raise RuntimeError(f"migration {migration.version} ended its own transaction")
        dangling = _dangling_references(conn)
        if dangling:
            conn.execute("ROLLBACK")
            raise StoreError(said(QT_TRANSLATE_NOOP(
                "storage", "{0}: it would leave {1}. The file was left as it was."),
                                  failed, dangling), path)
        conn.execute(f"PRAGMA application_id = {int(application_id)}")
        conn.execute(f"PRAGMA user_version = {int(migration.version)}")
        conn.execute("COMMIT")
    except BaseException as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        if isinstance(exc, StoreError) or not isinstance(exc, Exception):
            raise
        raise StoreError(said(QT_TRANSLATE_NOOP(
            "storage", "{0}: {1}. The file was left as it was."), failed, exc),
                         path) from exc


def _dangling_references(conn: sqlite3.Connection) -> str:
    """Broken references after a step, in words ("3 rows of task pointing at missing rows of
    account"); empty when there are none."""
    counts: dict[tuple[str, str], int] = {}
    for table, _rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check"):
        counts[(table, parent)] = counts.get((table, parent), 0) + 1
    parts = [f"{n} row{'s' if n != 1 else ''} of {table} pointing at missing rows of {parent}"
             for (table, parent), n in sorted(counts.items(), key=lambda item: (-item[1], item[0]))]
    if len(parts) > 3:
        parts = [*parts[:3], f"more in {len(parts) - 3} other tables"]
    return "; ".join(parts)
