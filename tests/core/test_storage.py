"""Opening bad files, a locked database, transactions and the integrity check."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import pytest
from sqlite_utils import Database

import tracker.storage.db as store
from tracker.services.accounts import create_account, get_account, update_account
from tracker.storage.db import check_database, open_database, transaction
from tracker.storage.errors import (
    CorruptDatabaseError,
    DatabaseLockedError,
    ReadOnlyDatabaseError,
    StoreError,
    translate_sqlite_error,
)

ROOT = Path(__file__).resolve().parents[2]


# --- files that are not (good) tracker databases ------------------------------------------


def test_garbage_bytes_are_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "garbage.db"
    data = bytes(range(256)) * 40
    path.write_bytes(data)
    with pytest.raises(CorruptDatabaseError) as info:
        open_database(path)
    assert "not a valid Onboarding Tracker database" in info.value.message
    assert path.read_bytes() == data


def test_text_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("name,email\nAda,ada@example.com\n" * 100)
    with pytest.raises(CorruptDatabaseError):
        open_database(path)


@pytest.mark.parametrize("keep", [100, 4096, 0.5])
def test_truncated_database_is_refused(db_path: Path, tmp_path: Path, keep: float) -> None:
    data = db_path.read_bytes()
    cut = int(len(data) * keep) if isinstance(keep, float) else keep
    path = tmp_path / "truncated.db"
    path.write_bytes(data[:cut])
    with pytest.raises(CorruptDatabaseError):
        open_database(path)
    assert path.read_bytes() == data[:cut]
    assert check_database(path) != []


def test_foreign_sqlite_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipe (id INTEGER PRIMARY KEY, title TEXT)")
    conn.execute("INSERT INTO recipe (title) VALUES ('Soup')")
    conn.commit()
    conn.close()
    data = path.read_bytes()
    with pytest.raises(CorruptDatabaseError, match="not an Onboarding Tracker database"):
        open_database(path)
    assert path.read_bytes() == data


def test_foreign_database_with_a_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipe (id INTEGER PRIMARY KEY)")
    conn.execute("PRAGMA user_version = 1")
    conn.close()
    with pytest.raises(CorruptDatabaseError, match="not an Onboarding Tracker database"):
        open_database(path)


def test_empty_file_becomes_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    path.touch()
    db = open_database(path)
    assert db.conn.execute("PRAGMA user_version").fetchone()[0] == store.SCHEMA_VERSION
    db.conn.close()


def test_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="is a folder"):
        open_database(tmp_path)


def test_missing_file_without_create(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="No database at"):
        open_database(tmp_path / "missing.db", create=False)
    assert not (tmp_path / "missing.db").exists()


_READ_ONLY_PROBE = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, {root!r})
    from tracker.storage.db import open_database
    from tracker.storage.errors import ReadOnlyDatabaseError
    from tracker.services.accounts import create_account
    try:
        db = open_database({path!r})
        create_account(db, {{"name": "Should not land"}})
    except ReadOnlyDatabaseError as exc:
        print("READ_ONLY", exc.message)
    else:
        print("WROTE")
    """
)


def _run_unprivileged(script: str) -> subprocess.CompletedProcess[str]:
    """Run ``script``; as root (which ignores file modes) as the user 'nobody'."""
    command = [sys.executable, "-c", script]
    if os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            pytest.skip("running as root and setpriv is missing: chmod cannot stop root")
        command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *command]
        # The environment may live in a folder only root can read (e.g. a private temp dir).
        # ... or the checkout itself (a clone inside a private temp folder).
        probe = f"import sys; sys.path.insert(0, {str(ROOT)!r}); import sqlite_utils, tracker.storage.db"
        check = subprocess.run([*command[:4], sys.executable, "-c", probe],
                               capture_output=True, text=True, timeout=60)
        if check.returncode != 0:
            pytest.skip("the user 'nobody' cannot run this Python environment")
    return subprocess.run(command, capture_output=True, text=True, timeout=60)


def test_read_only_file_gets_a_clear_error_and_is_unchanged(db_path: Path) -> None:
    """Root ignores file modes, so as root the probe runs as 'nobody' in a world-writable folder."""
    folder = Path(tempfile.mkdtemp(prefix="ro-"))
    try:
        folder.chmod(0o777)
        path = folder / "tracker.db"
        shutil.copy(db_path, path)
        path.chmod(0o444)
        data = path.read_bytes()
        out = _run_unprivileged(_READ_ONLY_PROBE.format(root=str(ROOT), path=str(path)))
        assert out.stderr == ""
        assert out.stdout.strip() == (f"READ_ONLY The database file is read-only ({path}); make it writable "
                                      "or copy it to a folder you can write to.")
        assert path.read_bytes() == data
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.mark.parametrize("exists", [True, False], ids=["existing-file", "new-file"])
def test_read_only_folder_is_named_in_the_error(exists: bool, db_path: Path) -> None:
    """A writable file in a read-only folder cannot be opened either: its -wal and -shm go beside it.

    SQLite says only "attempt to write a readonly database" or "unable to open database file".
    """
    folder = Path(tempfile.mkdtemp(prefix="ro-"))
    path = folder / "tracker.db"
    try:
        if exists:
            shutil.copy(db_path, path)
            path.chmod(0o666)
        folder.chmod(0o555)
        out = _run_unprivileged(_READ_ONLY_PROBE.format(root=str(ROOT), path=str(path)))
        assert out.stderr == ""
        if exists:
            expected = (f"READ_ONLY The folder {folder} is read-only, so the database tracker.db in it "
                        "cannot be opened for changes; move it to a folder you can write to.")
        else:
            expected = (f"READ_ONLY The folder {folder} is read-only, so tracker.db cannot be created "
                        "there; choose another folder.")
        assert out.stdout.strip() == expected
        assert sorted(p.name for p in folder.iterdir()) == (["tracker.db"] if exists else [])
    finally:
        folder.chmod(0o755)
        shutil.rmtree(folder, ignore_errors=True)


def test_read_only_error_during_a_write_names_the_file(db_path: Path) -> None:
    """A write refused after opening (here a read-only connection) still says which file."""
    conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        with pytest.raises(ReadOnlyDatabaseError) as info, transaction(Database(conn)) as tx:
            tx.execute("INSERT INTO account (name) VALUES ('Nope')")
    finally:
        conn.close()
    assert info.value.message == f"The database file is read-only ({db_path.resolve()})."


# --- locking and transactions ---------------------------------------------------------------


def test_write_while_another_connection_holds_the_lock(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store, "BUSY_TIMEOUT_MS", 100)  # read at connect time
    db = open_database(db_path)
    account = create_account(db, {"name": "Acme"}).value
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatabaseLockedError) as info:
            update_account(db, account, {"name": "Changed"})
        assert "busy" in info.value.message
        assert not db.conn.in_transaction
    finally:
        other.execute("ROLLBACK")
        other.close()
    update_account(db, account, {"name": "Changed"})
    assert get_account(db, account).name == "Changed"
    db.conn.close()


def test_transaction_rolls_back_everything_on_error(db: Database) -> None:
    with pytest.raises(RuntimeError), transaction(db) as conn:
        conn.execute("INSERT INTO account (name) VALUES ('One')")
        conn.execute("INSERT INTO account (name) VALUES ('Two')")
        raise RuntimeError("boom")
    assert db.conn.execute("SELECT count(*) FROM account").fetchone()[0] == 0
    assert not db.conn.in_transaction


def test_nested_transaction_joins_the_outer_one(db: Database) -> None:
    with pytest.raises(RuntimeError), transaction(db) as conn:
        with transaction(db) as inner:
            assert inner is conn
            inner.execute("INSERT INTO account (name) VALUES ('Inner')")
        assert conn.in_transaction, "the inner block must not commit"
        raise RuntimeError("outer fails after the inner block")
    assert db.conn.execute("SELECT count(*) FROM account").fetchone()[0] == 0


def test_constraint_errors_inside_a_transaction_stay_sqlite_errors(db: Database) -> None:
    """Services turn IntegrityError into ValidationError themselves; it must reach them."""
    with pytest.raises(sqlite3.IntegrityError), transaction(db) as conn:
        conn.execute("INSERT INTO account (name, mrr) VALUES ('Bad', -1)")


def test_foreign_keys_are_enforced(db: Database) -> None:
    with pytest.raises(sqlite3.IntegrityError), transaction(db) as conn:
        conn.execute("INSERT INTO contact (account_id, name) VALUES (999, 'Nobody')")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("database is locked", "locked"),
        ("attempt to write a readonly database", "read_only"),
        ("database or disk is full", "disk_full"),
        ("file is not a database", "corrupt"),
        ("database disk image is malformed", "corrupt"),
        ("unable to open database file", "store"),
        ("something else", "store"),
    ],
)
def test_sqlite_errors_become_one_sentence(text: str, code: str) -> None:
    error = translate_sqlite_error(sqlite3.OperationalError(text), "/x/t.db")
    assert error.code == code
    assert "/x/t.db" in error.message
    assert "\n" not in error.message


# --- integrity check ------------------------------------------------------------------------


def test_check_healthy_database(db_path: Path) -> None:
    assert check_database(db_path) == []


def test_check_open_database_in_wal_mode(db: Database, db_path: Path) -> None:
    create_account(db, {"name": "Uncheckpointed"})
    assert check_database(db_path) == []


def test_check_corrupt_and_missing_files(tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"\x00\x01junk" * 500)
    problems = check_database(garbage)
    assert len(problems) == 1 and "not a valid" in problems[0]
    assert check_database(tmp_path / "missing.db") == [f"No database at {tmp_path / 'missing.db'}."]


def test_check_reports_broken_pages(db_path: Path, tmp_path: Path) -> None:
    db = open_database(db_path)
    create_account(db, {"name": "Acme", "notes": "x" * 20000})
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
    data = bytearray(db_path.read_bytes())
    page = 4096
    for offset in range(2 * page, len(data), page):  # keep page 1 (header, schema) intact
        data[offset + 8: offset + 64] = b"\xff" * 56
    broken = tmp_path / "broken.db"
    broken.write_bytes(bytes(data))
    assert check_database(broken) != []


def test_check_reports_versions_and_references(db_path: Path, tmp_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    conn.execute("INSERT INTO contact (account_id, name) VALUES (77, 'Orphan')")  # FKs off here
    conn.commit()
    conn.close()
    problems = check_database(db_path)
    assert problems == ["Broken reference in contact row 1 to account."]

    newer = tmp_path / "newer.db"
    shutil.copy(db_path, newer)
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    assert any("newer" in p for p in check_database(newer))


def test_check_does_not_trip_over_special_characters_in_the_path(db_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "C# clients?50%"
    folder.mkdir()
    target = folder / "tracker #1.db"
    shutil.copy(db_path, target)
    assert check_database(target) == []
    assert sorted(p.name for p in folder.iterdir() if not p.name.endswith(("-wal", "-shm"))) == [
        "tracker #1.db"
    ]
    assert not (tmp_path / "C").exists()


def test_folder_that_cannot_be_created(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where a folder should be")
    with pytest.raises(StoreError, match="Cannot create the folder"):
        open_database(blocker / "sub" / "tracker.db")


def test_damaged_page_found_by_a_read_is_one_sentence(db_path: Path) -> None:
    """A file that opens but has a garbled table: reads raise CorruptDatabaseError, not sqlite3's."""
    from tracker.services.accounts import list_accounts
    from tracker.services.tasks import add_task, list_tasks

    db = open_database(db_path)
    aid = create_account(db, {"name": "Acme"}).value
    add_task(db, aid, {"title": "Kickoff"})
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
    conn = sqlite3.connect(db_path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'task'").fetchone()[0]
    conn.close()
    data = bytearray(db_path.read_bytes())
    data[(root - 1) * page_size: root * page_size] = b"\xa5" * page_size
    db_path.write_bytes(bytes(data))

    with pytest.raises(CorruptDatabaseError, match="is damaged; restore from a backup"):
        open_database(db_path)  # the probe at open finds the broken root page first
    db = open_database(db_path, verify=False)
    try:
        assert [a.name for a in list_accounts(db)] == ["Acme"]
        with pytest.raises(CorruptDatabaseError) as info:
            list_tasks(db, aid)
        assert "damaged" in info.value.message
    finally:
        db.conn.close()
