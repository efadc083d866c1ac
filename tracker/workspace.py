"""Opening a database the way the app and the CLI both do: migrate, then seed defaults."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tracker.database import Database
from tracker.storage.db import environment_errors, open_database


def _needs_seeding(db: Database) -> bool:
    """A plain read first: seeding takes the write lock, and once a database is seeded (which
    is every time but the first) an open must not wait for, or block, another writer."""
    with environment_errors():
        try:
            row = db.conn.execute(
                "SELECT 1 FROM setting WHERE key = 'builtin_playbooks_seeded'").fetchone()
        except sqlite3.OperationalError:  # no setting table: not ours; open_database refused it
            return False
    return row is None


def open_workspace(path: Path | str, *, create: bool = True, read_only: bool = False) -> Database:
    """Open ``path`` for the app or a command.

    ``read_only`` (export, a dry run, a report) never seeds, so it takes no write lock on a
    database that is already up to date.
    """
    db = open_database(path, create=create)
    try:
        if not read_only and _needs_seeding(db):
            # Only a new database is seeded: every later open (the app's start among them)
            # skips the services and their validation rules (about 40 ms of imports).
            from tracker.services.playbooks import seed_builtin_playbooks

            seed_builtin_playbooks(db)
    except BaseException:
        db.conn.close()
        raise
    return db
