"""Opening the store: pragmas, schema versions, migrations and online backups.

A fresh file is built by running every migration from step 1, so the upgrade path an
existing user's file takes is the same path every new database takes (and is tested).
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from tracker.database import Database, Store
from tracker.i18n import QT_TRANSLATE_NOOP
from tracker.storage.errors import (
    CorruptDatabaseError,
    DatabaseLockedError,
    NewerSchemaError,
    StoreError,
    damaged_message,
    said,
    translate_sqlite_error,
)
from tracker.storage.migrate import apply_migrations, load_migrations
from tracker.storage.sqlite_support import require_supported_sqlite

BUSY_TIMEOUT_MS = 5000
APPLICATION_ID = 0x4F4E4254  # "ONBT": marks files written by this application
BACKUP_TIME_LIMIT_S = 30.0  # a backup waiting longer than this for another program gives up


MIGRATIONS = load_migrations()
SCHEMA_VERSION = MIGRATIONS[-1].version
NO_DATABASE = QT_TRANSLATE_NOOP("storage", "No database at {0}.")
NOT_OURS = QT_TRANSLATE_NOOP("storage", "{0} is not an Onboarding Tracker database.")
CANNOT_BACK_UP = QT_TRANSLATE_NOOP("storage", "Cannot write the backup to {0}: {1}.")


def _connect(path: Path | str, *, read_only: bool = False) -> sqlite3.Connection:
    target = str(path)
    if read_only:
        # as_uri() percent-encodes, so a '#', '?' or '%' in a folder name cannot cut the path short.
        uri = Path(target).resolve().as_uri() + "?mode=ro"
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000,
                               check_same_thread=False)
    else:
        conn = sqlite3.connect(target, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def open_database(
    path: Path | str,
    *,
    create: bool = True,
    migrate: bool = True,
    backup_dir: Path | None = None,
    verify: bool = True,
) -> Database:
    """Open (and if needed create or migrate) the database at ``path``.

    Raises a :class:`StoreError` subclass with a clear sentence for every problem a user
    can meet: a newer file, a damaged file, a locked or read-only file. ``verify`` runs the
    cheap damage probe (see :func:`verify_intact`); only tests of what reads do on a damaged
    file turn it off.
    """
    require_supported_sqlite()
    path = Path(path)
    if str(path) != ":memory:":
        if not path.exists():
            if not create:
                raise StoreError(said(NO_DATABASE, path), path)
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(said(QT_TRANSLATE_NOOP(
                    "storage", "Cannot create the folder for {0}: {1}."), path,
                                      exc.strerror), path) from exc
        elif path.is_dir():
            raise StoreError(said(QT_TRANSLATE_NOOP(
                "storage", "{0} is a folder, not a database file."), path), path)
    try:
        conn = _connect(path)
    except sqlite3.DatabaseError as exc:
        raise translate_sqlite_error(exc, path) from exc
    try:
        version = schema_version(conn)
        # Touch the schema: a garbage file fails here rather than later.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise translate_sqlite_error(exc, path) from exc
    try:
        if version > SCHEMA_VERSION:
            raise NewerSchemaError(
                said(QT_TRANSLATE_NOOP(
                    "storage", "{0} was written by a newer version of Onboarding Tracker (schema "
                    "{1}, this version reads up to {2}). Please update the application."),
                     path, version, SCHEMA_VERSION),
                path,
            )
        if version > 0 and not _has_our_tables(conn):
            raise CorruptDatabaseError(said(NOT_OURS, path), path)
        if version == 0 and _has_foreign_tables(conn):
            raise CorruptDatabaseError(said(NOT_OURS, path), path)
        if verify and version > 0:
            verify_intact(conn, path)
        if version < SCHEMA_VERSION:
            if not migrate:
                raise StoreError(said(QT_TRANSLATE_NOOP(
                    "storage", "{0} needs an upgrade (schema {1})."), path, version), path)
            if version > 0 and str(path) != ":memory:":
                backup_database(conn, _backup_target(path, backup_dir, f"pre-v{SCHEMA_VERSION}"))
            _migrate(conn, version, path)
        # Only a change of journal mode needs the write lock; asking again every open would
        # make a read-only command wait for another writer on a rollback-journal file.
        if str(path) != ":memory:" and conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            conn.execute("PRAGMA journal_mode = WAL")
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise translate_sqlite_error(exc, path) from exc
    except StoreError:
        conn.close()
        raise
    # What sqlite-utils' Database(conn) set on every connection we handed out before.
    conn.execute("PRAGMA recursive_triggers = ON")
    return Store(conn)


def _has_our_tables(conn: sqlite3.Connection) -> bool:
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    return {"account", "task", "playbook"} <= names


def _has_foreign_tables(conn: sqlite3.Connection) -> bool:
    return bool(conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0)


def verify_intact(conn: sqlite3.Connection, path: Path | str | None, *, thorough: bool = False) -> None:
    """Raise :class:`CorruptDatabaseError` (one sentence, "restore from a backup") if the file's
    pages are broken.

    The default probe reads the root and the first and last leaf of every table's b-tree:
    about 1 ms on the L portfolio (40 MB), so every open can afford it, and it finds a
    garbled root page, which would otherwise fail only later, half-way through a screen.
    ``thorough`` adds ``PRAGMA quick_check``, which reads every page (about 0.6 s at L):
    for the background check after the window is up, before a backup, and before an import
    writes into the file.
    """
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND rootpage > 0")]
        for name in tables:
            quoted = '"' + name.replace('"', '""') + '"'
            for order in ("", " DESC"):
                try:
                    conn.execute(f"SELECT rowid FROM {quoted} NOT INDEXED ORDER BY rowid{order} LIMIT 1"
                                 ).fetchall()
                except sqlite3.OperationalError as exc:
                    # A WITHOUT ROWID table (FTS5's shadow tables since schema 2): not probed,
                    # but the others still are, and the full check below still runs.
                    if "no such column" not in str(exc).lower():
                        raise
                    break
        if thorough:
            first = conn.execute("PRAGMA quick_check(1)").fetchone()
            if first is None or first[0] != "ok":
                raise CorruptDatabaseError(damaged_message(path), path)
    except sqlite3.DatabaseError as exc:
        raise translate_sqlite_error(exc, path) from exc  # "damaged" for a malformed page


def _migrate(conn: sqlite3.Connection, current: int, path: Path) -> None:
    """Apply the pending steps (see :mod:`tracker.storage.migrate`)."""
    pending = [m for m in MIGRATIONS if m.version > current]
    apply_migrations(conn, pending, path, APPLICATION_ID)


def _backup_target(path: Path, backup_dir: Path | None, label: str) -> Path:
    folder = backup_dir if backup_dir is not None else path.parent / "backups"
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    return folder / f"{path.stem}-{label}-{stamp}.db"


def backup_database(
    source: sqlite3.Connection | Database | Path | str,
    dest: Path | str,
    *,
    time_limit: float | None = None,
    verify: bool = True,
) -> Path:
    """Copy a live database with SQLite's online backup API (safe while it is in use).

    The copy is one backup step (pages=-1): SQLite holds a read lock for it, so a writer in
    WAL mode cannot force endless restarts. While another program holds the write lock of
    a rollback-journal file every step is busy; Python would retry for ever, so the progress
    callback gives up after ``time_limit`` seconds (:data:`BACKUP_TIME_LIMIT_S`). ``verify``
    first checks every page, so a damaged file never becomes the newest backup.
    Either way no ``.part`` file is left behind.
    """
    dest = Path(dest)
    limit = BACKUP_TIME_LIMIT_S if time_limit is None else time_limit
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(said(CANNOT_BACK_UP, dest, exc.strerror), dest) from exc
    tmp = dest.with_name(dest.name + ".part")
    tmp.unlink(missing_ok=True)  # a stale part file from a crash would be opened, not replaced
    own = False
    if isinstance(source, sqlite3.Connection):
        src_conn = source
    elif not isinstance(source, (str, Path)):
        src_conn = source.conn
    else:
        src_path = Path(source)
        if not src_path.is_file():
            raise StoreError(said(NO_DATABASE, src_path), src_path)
        src_conn = _connect(src_path)
        own = True
    where = database_file(src_conn)
    deadline = time.monotonic() + limit

    def give_up_when_late(status: int, _remaining: int, _total: int) -> None:
        if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) and time.monotonic() > deadline:
            raise _BackupTimedOut

    try:
        if verify:
            verify_intact(src_conn, where, thorough=True)
        target = sqlite3.connect(str(tmp))
        try:
            src_conn.backup(target, pages=-1, progress=give_up_when_late, sleep=0.1)
        finally:
            target.close()
        tmp.replace(dest)
    except _BackupTimedOut:
        tmp.unlink(missing_ok=True)
        raise DatabaseLockedError(
            said(QT_TRANSLATE_NOOP(
                "storage", "The backup gave up after {0:.0f} s: another program is writing to the "
                "database{1} and does not let go. Close it and try again."),
                 limit, f" ({where})" if where else ""), dest
        ) from None
    except StoreError:
        tmp.unlink(missing_ok=True)
        raise
    except sqlite3.Error as exc:
        tmp.unlink(missing_ok=True)
        raise translate_sqlite_error(exc, where or dest) from exc
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise StoreError(said(CANNOT_BACK_UP, dest, exc.strerror), dest) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        if own:
            src_conn.close()
    return dest


class _BackupTimedOut(Exception):
    """Raised from the backup's progress callback to stop waiting for the lock."""


def check_database(path: Path | str) -> list[str]:
    """Integrity and schema problems of the file at ``path``; an empty list means healthy."""
    path = Path(path)
    if not path.is_file():
        return [said(NO_DATABASE, path)]
    problems: list[str] = []
    try:
        conn = _connect(path, read_only=True)
    except sqlite3.Error as exc:
        return [translate_sqlite_error(exc, path).message]
    try:
        version = schema_version(conn)
        if version > SCHEMA_VERSION:
            problems.append(said(QT_TRANSLATE_NOOP(
                "storage", "Schema {0} is newer than this version ({1})."), version, SCHEMA_VERSION))
        elif version < SCHEMA_VERSION:
            problems.append(said(QT_TRANSLATE_NOOP(
                "storage", "Schema {0} is older than {1}; opening upgrades it."), version, SCHEMA_VERSION))
        for (row,) in conn.execute("PRAGMA integrity_check"):
            if row != "ok":
                problems.append(said(QT_TRANSLATE_NOOP("storage", "Integrity: {0}"), row))
        for row in conn.execute("PRAGMA foreign_key_check"):
            problems.append(said(QT_TRANSLATE_NOOP(
                "storage", "Broken reference in {0} row {1} to {2}."), row[0], row[1], row[2]))
        if version and not _has_our_tables(conn):
            problems.append(said(QT_TRANSLATE_NOOP("storage", "Tables of Onboarding Tracker are missing.")))
    except sqlite3.Error as exc:
        problems.append(translate_sqlite_error(exc, path).message)
    finally:
        conn.close()
    return problems


def database_file(conn: sqlite3.Connection) -> str | None:
    """The main database's file, so a failed write can say where (None in memory or if unknown)."""
    try:
        row = conn.execute("PRAGMA database_list").fetchone()
    except sqlite3.Error:
        return None
    return str(row[2]) if row and row[2] else None


@contextmanager
def environment_errors() -> Iterator[None]:
    """Turn SQLite errors that come from the file (damaged, locked, read-only, disk full) into
    :class:`StoreError`, so reads tell the user one sentence too; anything else (a bug, a
    constraint) passes through unchanged."""
    try:
        yield
    except sqlite3.Error as exc:
        translated = translate_sqlite_error(exc, None)
        if isinstance(exc, sqlite3.IntegrityError) or type(translated) is StoreError:
            raise
        raise translated from exc


@contextmanager
def transaction(db: Database) -> Iterator[sqlite3.Connection]:
    """One write transaction; nested uses join the outer one.

    BEGIN IMMEDIATE takes the write lock up front, so a second writer waits (busy
    timeout) or fails before any row is touched instead of half-way through.
    """
    conn = db.conn
    if conn.in_transaction:
        yield conn
        return
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.Error as exc:
        raise translate_sqlite_error(exc, database_file(conn)) from exc
    try:
        yield conn
    except sqlite3.Error as exc:
        conn.rollback()
        translated = translate_sqlite_error(exc, database_file(conn))
        if isinstance(exc, sqlite3.IntegrityError) or type(translated) is StoreError:
            raise  # not an environment problem (a bug or a constraint the caller handles)
        raise translated from exc
    except BaseException:
        conn.rollback()
        raise
    try:
        conn.commit()
    except sqlite3.Error as exc:
        conn.rollback()
        raise translate_sqlite_error(exc, database_file(conn)) from exc
