"""Errors the storage layer raises for problems in the user's environment.

Each carries a stable ``code`` so the UI can show its own translated sentence, and an
English ``message`` for the command line and logs.
"""

from __future__ import annotations

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


def translate_sqlite_error(exc: sqlite3.Error, path: Path | str | None) -> StoreError:
    """Map SQLite's exceptions to one clear sentence about the file."""
    text = str(exc).lower()
    where = f" ({path})" if path else ""
    if "locked" in text or "busy" in text:
        return DatabaseLockedError(
            f"The database is busy: another program is writing to it{where}. Try again.", path
        )
    if "readonly" in text or "read-only" in text or "attempt to write" in text:
        return ReadOnlyDatabaseError(f"The database file is read-only{where}.", path)
    if "disk is full" in text or ("full" in text and "database" in text):
        return DiskFullError(f"The disk is full; nothing was saved{where}.", path)
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return CorruptDatabaseError(
            f"The file is not a valid Onboarding Tracker database or is damaged{where}.", path
        )
    if "unable to open" in text:
        return StoreError(f"The database file cannot be opened{where}.", path)
    return StoreError(f"Database error{where}: {exc}", path)
