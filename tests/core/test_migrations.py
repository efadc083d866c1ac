"""Schema versions: create from zero, back up then migrate an older file, refuse a newer one."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

import tracker.storage.db as store
from tracker.storage.db import APPLICATION_ID, BUSY_TIMEOUT_MS, Migration, open_database
from tracker.storage.errors import NewerSchemaError, StoreError
from tracker.workspace import open_workspace

V2_SQL = """
CREATE TABLE renewal (
    id         INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    due_date   TEXT NOT NULL
);
CREATE INDEX ix_renewal_account ON renewal(account_id);
ALTER TABLE account ADD COLUMN tier TEXT NOT NULL DEFAULT '';
"""


def _schema(path: Path) -> list[tuple[str, str, str | None]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name"
        ).fetchall()
    finally:
        conn.close()


def _pragma(path: Path, name: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(f"PRAGMA {name}").fetchone()[0])
    finally:
        conn.close()


def _make_v1(path: Path) -> None:
    db = open_workspace(path)
    db.conn.execute("INSERT INTO account (name) VALUES ('Acme')")
    db.conn.commit()
    db.conn.close()


def _use_v2(monkeypatch: pytest.MonkeyPatch, sql: str = V2_SQL) -> None:
    monkeypatch.setattr(store, "MIGRATIONS", [*store.MIGRATIONS, Migration(2, "renewals", sql)])
    monkeypatch.setattr(store, "SCHEMA_VERSION", 2)


def test_create_from_zero_sets_version_and_pragmas(tmp_path: Path) -> None:
    path = tmp_path / "new" / "tracker.db"
    db = open_database(path)
    conn = db.conn
    assert conn.execute("PRAGMA user_version").fetchone()[0] == store.SCHEMA_VERSION == 1
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == BUSY_TIMEOUT_MS
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"account", "contact", "task", "milestone", "playbook", "change_log"} <= tables
    conn.close()
    assert not (tmp_path / "new" / "backups").exists(), "a fresh file needs no backup"


def test_reopening_current_version_takes_no_backup(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    _make_v1(path)
    open_database(path).conn.close()
    assert not (tmp_path / "backups").exists()


def test_older_file_is_backed_up_then_migrated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "t.db"
    _make_v1(path)
    _use_v2(monkeypatch)
    db = open_database(path)
    assert db.conn.execute("PRAGMA user_version").fetchone()[0] == 2
    assert db.conn.execute("SELECT name, tier FROM account").fetchall() == [("Acme", "")]
    db.conn.execute("INSERT INTO renewal (account_id, due_date) VALUES (1, '2026-07-01')")
    db.conn.commit()
    db.conn.close()

    backups = list((tmp_path / "backups").glob("t-pre-v2-*.db"))
    assert len(backups) == 1
    assert _pragma(backups[0], "user_version") == 1
    conn = sqlite3.connect(backups[0])
    assert conn.execute("SELECT name FROM account").fetchall() == [("Acme",)]
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'renewal'").fetchone()[0] == 0
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_backup_dir_argument_is_honoured(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "t.db"
    _make_v1(path)
    _use_v2(monkeypatch)
    open_database(path, backup_dir=tmp_path / "elsewhere").conn.close()
    assert len(list((tmp_path / "elsewhere").glob("t-pre-v2-*.db"))) == 1


def test_migrated_schema_equals_fresh_create(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    old = tmp_path / "old.db"
    _make_v1(old)
    _use_v2(monkeypatch)
    open_database(old).conn.close()
    fresh = tmp_path / "fresh.db"
    open_database(fresh).conn.close()
    assert _schema(old) == _schema(fresh)
    assert any(name == "renewal" for _, name, _ in _schema(fresh))
    assert _pragma(old, "user_version") == _pragma(fresh, "user_version") == 2


def test_failing_migration_leaves_file_at_v1(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "t.db"
    _make_v1(path)
    before = _schema(path)
    _use_v2(monkeypatch, "CREATE TABLE half_done (x INTEGER);\nINSERT INTO no_such_table VALUES (1);")
    with pytest.raises(StoreError) as info:
        open_database(path)
    assert "schema 2 failed" in info.value.message
    assert "left as it was" in info.value.message
    assert _pragma(path, "user_version") == 1
    assert _schema(path) == before
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT name FROM account").fetchall() == [("Acme",)]
    conn.close()


def test_migrate_false_refuses_older_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "t.db"
    _make_v1(path)
    _use_v2(monkeypatch)
    with pytest.raises(StoreError, match="needs an upgrade"):
        open_database(path, migrate=False)
    assert _pragma(path, "user_version") == 1


def test_newer_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    _make_v1(path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    data = path.read_bytes()
    with pytest.raises(NewerSchemaError) as info:
        open_database(path)
    message = info.value.message
    assert "newer version" in message and "schema 99" in message and "update" in message
    assert info.value.code == "newer_schema"
    assert path.read_bytes() == data
    assert not (tmp_path / "backups").exists()


def test_gap_in_migration_numbering_is_a_bug(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / "0001_a.sql").write_text("SELECT 1;")
    (tmp_path / "0003_c.sql").write_text("SELECT 1;")

    class _Files:
        def joinpath(self, _name: str) -> Path:
            return tmp_path

    monkeypatch.setattr(store.resources, "files", lambda _pkg: _Files())
    with pytest.raises(RuntimeError, match="gap at 2"):
        store.load_migrations()


def test_shipped_migrations_are_numbered_from_one() -> None:
    versions = [m.version for m in store.load_migrations()]
    assert versions == list(range(1, len(versions) + 1))


def test_no_migration_without_a_backup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "t.db"
    _make_v1(path)
    _use_v2(monkeypatch)

    def full_disk(*_args: object) -> Path:
        raise StoreError("The disk is full; nothing was saved.")

    monkeypatch.setattr(store, "backup_database", full_disk)
    with pytest.raises(StoreError, match="disk is full"):
        open_database(path)
    assert _pragma(path, "user_version") == 1
    assert all(name != "renewal" for _, name, _ in _schema(path))
