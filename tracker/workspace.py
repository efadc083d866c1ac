"""Opening a database the way the app and the CLI both do: migrate, then seed defaults."""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from tracker.services.playbooks import seed_builtin_playbooks
from tracker.storage.db import open_database


def open_workspace(path: Path | str, *, create: bool = True) -> Database:
    db = open_database(path, create=create)
    seed_builtin_playbooks(db)
    return db
