"""Errors the storage layer raises for problems in the user's environment.

Each carries a stable ``code`` so the UI can show its own translated sentence, and an
English ``message`` for the command line and logs.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path


class StoreError(Exception):
    """A problem with the database file that the user must be told about."""

    code = "store"

    def __init__(self, message: str, path: Path | str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = Path(path) if path is not None else None


class NewerSchemaError(StoreError):
    code = "newer_schema"


class CorruptDatabaseError(StoreError):
    code = "corrupt"


class DatabaseLockedError(StoreError):
    code = "locked"


class ReadOnlyDatabaseError(StoreError):
    code = "read_only"


class DiskFullError(StoreError):
    code = "disk_full"


class InstanceLockedError(StoreError):
    code = "in_use"


def _on_read_only_drive(folder: Path) -> bool:
    if not hasattr(os, "statvfs"):
        return False
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except OSError:
        return False


def read_only_place(path: Path | str | None) -> str | None:
    """Why the file system will not let SQLite write the database at ``path``; None if it would.

    SQLite says only "attempt to write a readonly database" or "unable to open database file",
    whether the file, its folder (a WAL database needs its -wal and -shm files beside it, so a
    writable file in a read-only folder cannot be opened) or the whole drive is read-only.
    """
    if path is None or str(path) in ("", ":memory:"):
        return None
    path = Path(path)
    folder = path.parent
    if _on_read_only_drive(folder):
        return f"The database is on a read-only drive ({path}); copy it to a folder you can write to."
    if path.exists() and not os.access(path, os.W_OK):
        return (f"The database file is read-only ({path}); make it writable or copy it to a folder "
                "you can write to.")
    for suffix in ("-wal", "-shm"):
        journal = path.with_name(path.name + suffix)
        if journal.exists() and not os.access(journal, os.W_OK):
            return f"The database's journal file {journal} is read-only; make it writable or delete it."
    if folder.is_dir() and not os.access(folder, os.W_OK | os.X_OK):
        if path.exists():
            return (f"The folder {folder} is read-only, so the database {path.name} in it cannot be "
                    "opened for changes; move it to a folder you can write to.")
        return (f"The folder {folder} is read-only, so {path.name} cannot be created there; "
                "choose another folder.")
    return None


def damaged_message(path: Path | str | None) -> str:
    """The one sentence every surface shows for a file whose pages are broken."""
    what = str(path) if path else "The database"
    return f"{what} is damaged; restore from a backup: File > Restore from backup."


def translate_sqlite_error(exc: sqlite3.Error, path: Path | str | None) -> StoreError:
    """Map SQLite's exceptions to one clear sentence about the file."""
    text = str(exc).lower()
    where = f" ({path})" if path else ""
    if "locked" in text or "busy" in text:
        return DatabaseLockedError(
            f"The database is busy: another program is writing to it{where}. Try again.", path
        )
    read_only = "readonly" in text or "read-only" in text or "attempt to write" in text
    if read_only or "unable to open" in text:
        place = read_only_place(path)
        if place is not None:
            return ReadOnlyDatabaseError(place, path)
    if read_only:
        return ReadOnlyDatabaseError(f"The database file is read-only{where}.", path)
    if "disk is full" in text or ("full" in text and "database" in text):
        return DiskFullError(f"The disk is full; nothing was saved{where}.", path)
    if "not a database" in text:
        return CorruptDatabaseError(
            f"The file is not a valid Onboarding Tracker database or is damaged{where}.", path
        )
    if "malformed" in text or "corrupt" in text:
        return CorruptDatabaseError(damaged_message(path), path)
    if "unable to open" in text:
        return StoreError(f"The database file cannot be opened{where}.", path)
    return StoreError(f"Database error{where}: {exc}", path)
