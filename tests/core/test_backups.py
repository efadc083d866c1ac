"""Online backups, the rolling schedule (newest 7, one per 24 h) and restoring a backup."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlite_utils import Database

from tracker.services.accounts import create_account
from tracker.storage.backups import list_backups, restore_backup, rolling_backup
from tracker.storage.db import backup_database, check_database, open_database
from tracker.storage.errors import CorruptDatabaseError, StoreError

T0 = datetime(2026, 6, 15, 9, 0, tzinfo=UTC)


def _names(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM account ORDER BY name")]
    finally:
        conn.close()


def test_backup_of_a_live_database_includes_uncommitted_wal_pages(db: Database, tmp_path: Path) -> None:
    create_account(db, {"name": "Acme"})
    create_account(db, {"name": "Beta"})
    target = backup_database(db, tmp_path / "out" / "copy.db")
    assert target == tmp_path / "out" / "copy.db"
    assert check_database(target) == []
    assert _names(target) == ["Acme", "Beta"]
    assert not (tmp_path / "out" / "copy.db.part").exists()


def test_backup_from_a_path_and_over_a_stale_part_file(db: Database, db_path: Path, tmp_path: Path) -> None:
    create_account(db, {"name": "Acme"})
    target = tmp_path / "copy.db"
    (tmp_path / "copy.db.part").write_bytes(b"half-written garbage from a crash" * 100)
    backup_database(db_path, target)
    assert _names(target) == ["Acme"]


def test_backup_of_missing_or_corrupt_source(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="No database at"):
        backup_database(tmp_path / "missing.db", tmp_path / "copy.db")
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"not sqlite" * 500)
    with pytest.raises(CorruptDatabaseError):
        backup_database(garbage, tmp_path / "copy.db")
    assert not (tmp_path / "copy.db").exists()
    assert not (tmp_path / "copy.db.part").exists()


def test_backup_into_an_unwritable_place(db: Database, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("I am a file, not a folder")
    with pytest.raises(StoreError, match="Cannot write the backup"):
        backup_database(db, blocker / "sub" / "copy.db")


def test_rolling_backup_skips_within_24_hours(db: Database, db_path: Path) -> None:
    first = rolling_backup(db, db_path, now=T0)
    assert first is not None and first.name == "tracker-auto-20260615-090000.db"
    assert rolling_backup(db, db_path, now=T0 + timedelta(hours=23, minutes=59)) is None
    second = rolling_backup(db, db_path, now=T0 + timedelta(hours=24))
    assert second is not None and second.name == "tracker-auto-20260616-090000.db"
    assert list_backups(db_path) == [second, first]


def test_rolling_backup_accepts_a_naive_clock(db: Database, db_path: Path) -> None:
    assert rolling_backup(db, db_path, now=datetime(2026, 6, 15, 9, 0)) is not None
    assert rolling_backup(db, db_path, now=datetime(2026, 6, 15, 10, 0)) is None


def test_rolling_backup_keeps_the_newest_seven(db: Database, db_path: Path) -> None:
    taken = []
    for day in range(10):
        create_account(db, {"name": f"Account {day}"})
        made = rolling_backup(db, db_path, now=T0 + timedelta(days=day))
        assert made is not None
        taken.append(made)
    kept = list_backups(db_path)
    assert kept == list(reversed(taken[3:]))
    assert len(kept) == 7
    assert not taken[0].exists() and not taken[2].exists()
    assert len(_names(kept[0])) == 10 and len(_names(kept[-1])) == 4


def test_list_backups_ignores_other_files(db_path: Path) -> None:
    folder = db_path.parent / "backups"
    folder.mkdir()
    (folder / "tracker-pre-v2-20260101.db").write_text("migration backup")
    (folder / "other-auto-20260101-000000.db").write_text("another database's backup")
    (folder / "tracker-auto-20260101-000000.db").mkdir()
    assert list_backups(db_path) == []


def test_restore_puts_content_back_and_keeps_the_replaced_file(db_path: Path, tmp_path: Path) -> None:
    db = open_database(db_path)
    create_account(db, {"name": "Before"})
    backup = backup_database(db, tmp_path / "b.db")
    create_account(db, {"name": "After"})
    db.conn.close()

    aside = restore_backup(backup, db_path)
    assert _names(db_path) == ["Before"]
    assert aside == db_path.with_name("tracker.db.before-restore")
    assert _names(aside) == ["After", "Before"]
    reopened = open_database(db_path)
    assert reopened.conn.execute("SELECT count(*) FROM account").fetchone()[0] == 1
    reopened.conn.close()


def test_restore_keeps_committed_pages_still_in_the_wal(db_path: Path, tmp_path: Path) -> None:
    """A crashed app leaves committed rows in -wal; the set-aside copy must still have them."""
    db = open_database(db_path)
    backup = backup_database(db, tmp_path / "b.db")
    db.conn.execute("PRAGMA wal_autocheckpoint = 0")
    create_account(db, {"name": "Only in the WAL"})
    wal = Path(str(db_path) + "-wal")
    assert wal.stat().st_size > 0
    main_copy, wal_copy = db_path.read_bytes(), wal.read_bytes()
    db.conn.close()  # closing checkpoints; put both files back as a crash would have left them
    db_path.write_bytes(main_copy)
    wal.write_bytes(wal_copy)
    probe = tmp_path / "probe.db"
    probe.write_bytes(main_copy)
    assert _names(probe) == [], "without its WAL the main file lacks the row"

    aside = restore_backup(backup, db_path)
    assert _names(db_path) == []
    assert _names(aside) == ["Only in the WAL"]


def test_restore_refuses_a_corrupt_backup(db_path: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"\x00garbage" * 1000)
    data = db_path.read_bytes()
    with pytest.raises(StoreError, match="cannot be restored"):
        restore_backup(bad, db_path)
    assert db_path.read_bytes() == data
    assert not db_path.with_name("tracker.db.before-restore").exists()
