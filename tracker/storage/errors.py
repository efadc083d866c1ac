"""Errors the storage layer raises for problems in the user's environment.

Each carries a stable ``code`` so the UI can show its own translated sentence, and an
English ``message`` for the command line and logs.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from tracker.i18n import QT_TRANSLATE_NOOP, words


def said(template: str, *args: object) -> str:
    """A storage sentence in the installed language (``template`` marked in "storage")."""
    return words("storage", template, *args)


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
        return said(QT_TRANSLATE_NOOP(
            "storage", "The database is on a read-only drive ({0}); copy it to a folder you can write "
            "to."), path)
    if path.exists() and not os.access(path, os.W_OK):
        return said(QT_TRANSLATE_NOOP(
            "storage", "The database file is read-only ({0}); make it writable or copy it "
            "to a folder you can write to."), path)
    for suffix in ("-wal", "-shm"):
        journal = path.with_name(path.name + suffix)
        if journal.exists() and not os.access(journal, os.W_OK):
            return said(QT_TRANSLATE_NOOP(
                "storage", "The database's journal file {0} is read-only; make it writable or "
                "delete it."), journal)
    if folder.is_dir() and not os.access(folder, os.W_OK | os.X_OK):
        if path.exists():
            return said(QT_TRANSLATE_NOOP(
                "storage", "The folder {0} is read-only, so the database {1} in it cannot "
                "be opened for changes; move it to a folder you can write to."),
                        folder, path.name)
        return said(QT_TRANSLATE_NOOP(
            "storage", "The folder {0} is read-only, so {1} cannot be created there; "
            "choose another folder."), folder, path.name)
    return None


def damaged_message(path: Path | str | None) -> str:
    """The one sentence every surface shows for a file whose pages are broken."""
    if path:
        return said(QT_TRANSLATE_NOOP(
            "storage", "{0} is damaged; restore from a backup: File > Restore from backup."), path)
    return said(QT_TRANSLATE_NOOP(
        "storage", "The database is damaged; restore from a backup: File > Restore from backup."))


def translate_sqlite_error(exc: sqlite3.Error, path: Path | str | None) -> StoreError:
    """Map SQLite's exceptions to one clear sentence about the file."""
    text = str(exc).lower()
    where = f" ({path})" if path else ""
    if "locked" in text or "busy" in text:
        return DatabaseLockedError(
            said(QT_TRANSLATE_NOOP(
                "storage", "The database is busy: another program is writing to it{0}. Try again."),
            where), path
        )
    read_only = "readonly" in text or "read-only" in text or "attempt to write" in text
    if read_only or "unable to open" in text:
        place = read_only_place(path)
        if place is not None:
            return ReadOnlyDatabaseError(place, path)
    if read_only:
        return ReadOnlyDatabaseError(said(QT_TRANSLATE_NOOP(
            "storage", "The database file is read-only{0}."), where), path)
    if "disk is full" in text or ("full" in text and "database" in text):
        return DiskFullError(said(QT_TRANSLATE_NOOP(
            "storage", "The disk is full; nothing was saved{0}."), where), path)
    if "not a database" in text:
        return CorruptDatabaseError(
            said(QT_TRANSLATE_NOOP(
                "storage", "The file is not a valid Onboarding Tracker database or is damaged{0}."), where),
            path
        )
    if "malformed" in text or "corrupt" in text:
        return CorruptDatabaseError(damaged_message(path), path)
    if "unable to open" in text:
        return StoreError(said(QT_TRANSLATE_NOOP(
            "storage", "The database file cannot be opened{0}."), where), path)
    return StoreError(said(QT_TRANSLATE_NOOP("storage", "Database error{0}: {1}"), where, exc), path)
