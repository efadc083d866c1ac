"""Rolling automatic backups exist, hold the state of their day, and restore works,
also when the restore is killed half-way or the live database is being written."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.conftest import TODAY
from tests.faults.conftest import campaign, count, fingerprint, integrity, spawn_python
from tracker.services.tasks import set_task_status
from tracker.storage.backups import KEEP, list_backups, restore_backup, rolling_backup
from tracker.storage.db import backup_database, check_database
from tracker.storage.errors import StoreError
from tracker.workspace import open_workspace

START = datetime(2026, 6, 1, 8, 30, tzinfo=UTC)


def _done_tasks(path: Path) -> int:
    return count(path, "task", "status = 'done'")


def _file_fingerprint(path: Path) -> str:
    db = open_workspace(path)
    try:
        return fingerprint(db)
    finally:
        db.conn.close()


def test_ten_days_of_use_keep_seven_daily_backups_that_restore(demo_db_path: Path) -> None:
    open_ids = [r[0] for r in sqlite3.connect(demo_db_path).execute(
        "SELECT id FROM task WHERE status = 'todo' ORDER BY id LIMIT 10")]
    taken: dict[Path, int] = {}
    for day in range(10):
        db = open_workspace(demo_db_path)
        try:
            now = START + timedelta(days=day)
            backup = rolling_backup(db, demo_db_path, now=now)
            assert backup is not None, f"day {day}: no backup taken"
            assert rolling_backup(db, demo_db_path, now=now + timedelta(hours=3)) is None
            taken[backup] = _done_tasks(backup)
            set_task_status(db, open_ids[day], "done", today=TODAY)
        finally:
            db.conn.close()
    kept = list_backups(demo_db_path)
    assert len(kept) == KEEP
    assert kept == sorted(taken, key=lambda p: p.name, reverse=True)[:KEEP]
    for backup in kept:
        assert check_database(backup) == []
    # Each backup holds its day: one more task done per day.
    done = [taken[b] for b in reversed(kept)]
    assert done == list(range(done[0], done[0] + KEEP))

    latest_state = _file_fingerprint(demo_db_path)
    chosen = kept[3]
    expected = _file_fingerprint(chosen)
    aside = restore_backup(chosen, demo_db_path)
    assert _file_fingerprint(demo_db_path) == expected
    assert _done_tasks(demo_db_path) == taken[chosen]
    # The replaced file is kept aside, whole: nothing the user had is lost by restoring.
    assert _file_fingerprint(aside) == latest_state


CRASHER = """
import sys
from datetime import date
from tracker.services.tasks import set_task_status
from tracker.workspace import open_workspace
db = open_workspace(sys.argv[1])
db.conn.execute("PRAGMA wal_autocheckpoint = 0")
set_task_status(db, int(sys.argv[2]), "done", today=date(2026, 6, 15))
print("COMMITTED", flush=True)
sys.stdin.readline()
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_restore_after_a_crash_keeps_commits_still_in_the_wal(demo_db_path: Path) -> None:
    """The app died with a commit only in the WAL; restoring a backup must not lose it."""
    db = open_workspace(demo_db_path)
    backup = rolling_backup(db, demo_db_path, now=START)
    task = db.conn.execute("SELECT id FROM task WHERE status = 'todo' LIMIT 1").fetchone()[0]
    db.conn.close()
    assert backup is not None
    crasher = spawn_python(CRASHER, str(demo_db_path), str(task))
    assert crasher.stdout is not None and crasher.stdout.readline().strip() == "COMMITTED"
    os.kill(crasher.pid, signal.SIGKILL)
    crasher.wait()
    assert Path(str(demo_db_path) + "-wal").stat().st_size > 0
    aside = restore_backup(backup, demo_db_path)
    assert count(aside, "task", "id = ? AND status = 'done'", (task,)) == 1
    assert count(demo_db_path, "task", "id = ? AND status = 'done'", (task,)) == 0
    assert integrity(aside) == "ok" and integrity(demo_db_path) == "ok"


def test_restore_keeps_commits_when_another_connection_closes_during_it(
        demo_db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A background read still open when the restore starts closes while the file is being
    set aside: SQLite checkpoints the log into the file and deletes it. The set-aside copy
    must still hold every commit (the log vanished between its check and its copy once)."""
    import shutil

    db = open_workspace(demo_db_path)
    backup = rolling_backup(db, demo_db_path, now=START)
    assert backup is not None
    db.conn.execute("PRAGMA wal_autocheckpoint = 0")
    task = db.conn.execute("SELECT id FROM task WHERE status = 'todo' LIMIT 1").fetchone()[0]
    set_task_status(db, task, "done", today=TODAY)
    assert Path(str(demo_db_path) + "-wal").stat().st_size > 0
    real_copy = shutil.copy2

    def copy_as_the_reader_closes(src: Path, dst: Path) -> object:
        if str(src).endswith("-wal"):
            db.conn.close()  # the last connection: checkpoint, then the log is deleted
        return real_copy(src, dst)

    monkeypatch.setattr(shutil, "copy2", copy_as_the_reader_closes)
    aside = restore_backup(backup, demo_db_path)
    assert count(aside, "task", "id = ? AND status = 'done'", (task,)) == 1
    assert integrity(aside) == "ok" and integrity(demo_db_path) == "ok"


def test_restore_refuses_a_damaged_backup_and_keeps_the_database(demo_db_path: Path, tmp_path: Path) -> None:
    bad = tmp_path / "backups" / "demo-auto-20260601-000000.db"
    bad.parent.mkdir()
    bad.write_bytes(b"SQLite format 3\x00" + random.Random(5).randbytes(20000))
    before = demo_db_path.read_bytes()
    with pytest.raises(StoreError) as caught:
        restore_backup(bad, demo_db_path)
    assert "\n" not in caught.value.message
    assert demo_db_path.read_bytes() == before


WRITER = """
import sys
from datetime import date
from tracker.services.accounts import create_account
from tracker.services.journeys import apply_playbook
from tracker.storage.db import transaction
from tracker.workspace import open_workspace
db = open_workspace(sys.argv[1])
playbook = db.conn.execute("SELECT id FROM playbook WHERE kind = 'initial' ORDER BY id LIMIT 1").fetchone()[0]
print("READY", flush=True)
for i in range(100000):
    with transaction(db):
        account = create_account(db, {"name": f"live-{i}"}).value
        apply_playbook(db, account, playbook, date(2026, 1, 5))
"""


def test_backup_of_a_database_being_written_is_consistent(demo_db_path: Path, tmp_path: Path) -> None:
    writer = spawn_python(WRITER, str(demo_db_path))
    try:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "READY"
        time.sleep(0.2)
        copies = [backup_database(demo_db_path, tmp_path / f"live-{i}.db") for i in range(3)]
    finally:
        writer.kill()
        writer.wait()
    for copy in copies:
        assert check_database(copy) == []
        conn = sqlite3.connect(copy)
        partial = conn.execute(
            "SELECT count(*) FROM account a WHERE a.name LIKE 'live-%' AND "
            "(SELECT count(*) FROM task t WHERE t.account_id = a.id) = 0").fetchone()[0]
        conn.close()
        assert partial == 0, "a backup caught half a transaction"


RESTORER = """
import sys
from pathlib import Path
from tracker.storage.backups import restore_backup
print("READY", flush=True)
restore_backup(Path(sys.argv[1]), Path(sys.argv[2]))
print("DONE", flush=True)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
@campaign(fast=3, slow=30)
def test_killed_restore_leaves_old_or_restored_database(trials: int, demo_db_path: Path,
                                                         tmp_path: Path) -> None:
    db = open_workspace(demo_db_path)
    backup = rolling_backup(db, demo_db_path, now=START)
    assert backup is not None
    set_task_status(db, db.conn.execute("SELECT id FROM task WHERE status = 'todo' LIMIT 1").fetchone()[0],
                    "done", today=TODAY)
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
    current = demo_db_path.read_bytes()
    old_state, backup_state = _file_fingerprint(demo_db_path), _file_fingerprint(backup)
    rng = random.Random(7)
    seen = {"old": 0, "restored": 0}
    for _ in range(trials):
        demo_db_path.write_bytes(current)
        for suffix in ("-wal", "-shm"):
            Path(str(demo_db_path) + suffix).unlink(missing_ok=True)
        proc = spawn_python(RESTORER, str(backup), str(demo_db_path))
        assert proc.stdout is not None and proc.stdout.readline().strip() == "READY"
        time.sleep(rng.uniform(0.0, 0.003))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        assert integrity(demo_db_path) == "ok"
        state = _file_fingerprint(demo_db_path)
        assert state in (old_state, backup_state)
        seen["old" if state == old_state else "restored"] += 1
    print(f"restore kills: {trials} trials, {seen}")


@pytest.fixture
def demo_db_path(demo_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "demo.db"
    target.write_bytes(demo_template.read_bytes())
    return target
