"""Rolling automatic backups beside the database, and restoring one of them."""

from __future__ import annotations

import glob
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tracker.database import Database
from tracker.i18n import QT_TRANSLATE_NOOP
from tracker.storage.db import backup_database, check_database
from tracker.storage.errors import StoreError, said

KEEP = 7
STAMP = "%Y%m%d-%H%M%S"
INTERVAL = timedelta(hours=24)


def backup_folder(db_path: Path) -> Path:
    return db_path.parent / "backups"


def list_backups(db_path: Path) -> list[Path]:
    """Automatic backups of ``db_path``, newest first."""
    folder = backup_folder(db_path)
    if not folder.is_dir():
        return []
    found = [p for p in folder.glob(f"{glob.escape(db_path.stem)}-auto-*.db") if p.is_file()]
    return sorted(found, key=lambda p: p.name, reverse=True)


def newest_good_backup(db_path: Path) -> Path | None:
    """The newest automatic backup that passes the integrity check (None if there is none):
    the one to offer when the database itself is damaged."""
    for backup in list_backups(db_path):
        if not check_database(backup):
            return backup
    return None


def _taken_at(backup: Path) -> datetime:
    """When a backup was taken: the stamp in its name (written with the same clock as ``now``)."""
    try:
        return datetime.strptime(backup.stem.rsplit("-auto-", 1)[1], STAMP).replace(tzinfo=UTC)
    except (IndexError, ValueError):
        return datetime.fromtimestamp(backup.stat().st_mtime, UTC)


def rolling_backup(
    db: Database,
    db_path: Path,
    *,
    now: datetime | None = None,
    keep: int = KEEP,
    interval: timedelta = INTERVAL,
) -> Path | None:
    """Take a backup if the newest one is older than ``interval``; keep the newest ``keep``.

    Returns the new backup, or None when a recent one already exists.
    """
    now = now or datetime.now(UTC)
    now = now.replace(tzinfo=UTC) if now.tzinfo is None else now.astimezone(UTC)
    existing = list_backups(db_path)
    if existing and now - _taken_at(existing[0]) < interval:
        return None
    stamp = now.strftime(STAMP)
    target = backup_folder(db_path) / f"{db_path.stem}-auto-{stamp}.db"
    backup_database(db, target)
    for old in list_backups(db_path)[keep:]:
        old.unlink(missing_ok=True)
    return target


def restore_backup(backup: Path, db_path: Path) -> Path:
    """Replace ``db_path`` with ``backup`` after checking it; the replaced file is kept aside.

    The caller must have closed its connections to ``db_path``.
    """
    problems = check_database(backup)
    if problems:
        raise StoreError(said(QT_TRANSLATE_NOOP(
            "storage", "The backup {0} cannot be restored: {1}"), backup.name,
                              problems[0]), backup)
    aside = db_path.with_name(db_path.name + ".before-restore")
    if db_path.exists():
        shutil.copy2(db_path, aside)
        # Committed pages may still sit in the write-ahead log: keep it beside the copy,
        # under the name SQLite looks for, so opening the set-aside file sees them.
        wal = Path(str(db_path) + "-wal")
        aside_wal = Path(str(aside) + "-wal")
        try:
            if wal.is_file() and wal.stat().st_size:
                shutil.copy2(wal, aside_wal)
            else:
                aside_wal.unlink(missing_ok=True)
        except FileNotFoundError:
            # A connection still open elsewhere closed meanwhile: SQLite checkpointed the log
            # into the file, then deleted it. The file now holds every committed page.
            shutil.copy2(db_path, aside)
            aside_wal.unlink(missing_ok=True)
    for suffix in ("-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    tmp = db_path.with_name(db_path.name + ".restoring")
    shutil.copy2(backup, tmp)
    tmp.replace(db_path)
    return aside
