"""A second copy of the app on the same database is told so, in this process or another."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tracker.storage.errors import InstanceLockedError
from tracker.storage.instance_lock import InstanceLock

ROOT = Path(__file__).resolve().parents[2]

HOLDER = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, {root!r})
    from pathlib import Path
    from tracker.storage.instance_lock import InstanceLock
    lock = InstanceLock(Path({path!r}))
    lock.acquire()
    print("held", flush=True)
    sys.stdin.readline()
    lock.release()
    """
)


def test_second_acquire_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    db_path = tmp_path / "tracker.db"
    first = InstanceLock(db_path)
    first.acquire()
    try:
        assert first.held
        assert first.path == tmp_path / "tracker.db.lock"
        second = InstanceLock(db_path)
        with pytest.raises(InstanceLockedError) as info:
            second.acquire()
        assert not second.held
        message = info.value.message
        assert "already open in another Onboarding Tracker window" in message
        assert f"process {os.getpid()}" in message
        assert info.value.code == "in_use"
    finally:
        first.release()
    assert not first.held


def test_release_allows_reacquire(tmp_path: Path) -> None:
    db_path = tmp_path / "tracker.db"
    with InstanceLock(db_path) as lock:
        assert lock.held
    assert not lock.held
    again = InstanceLock(db_path)
    again.acquire()
    assert again.held
    again.release()
    again.release()  # releasing twice is harmless


def test_acquiring_twice_on_the_same_object_keeps_the_lock(tmp_path: Path) -> None:
    lock = InstanceLock(tmp_path / "tracker.db")
    lock.acquire()
    lock.acquire()
    assert lock.held
    with pytest.raises(InstanceLockedError):
        InstanceLock(tmp_path / "tracker.db").acquire()
    lock.release()
    InstanceLock(tmp_path / "tracker.db").acquire()


def test_different_databases_do_not_block_each_other(tmp_path: Path) -> None:
    with InstanceLock(tmp_path / "a.db"), InstanceLock(tmp_path / "b.db") as other:
        assert other.held


def test_lock_held_by_a_child_process(tmp_path: Path) -> None:
    db_path = tmp_path / "tracker.db"
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER.format(root=str(ROOT), path=str(db_path))],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert child.stdout is not None and child.stdin is not None
        assert child.stdout.readline().strip() == "held"
        with pytest.raises(InstanceLockedError) as info:
            InstanceLock(db_path).acquire()
        assert f"process {child.pid}" in info.value.message
        child.stdin.write("\n")
        child.stdin.flush()
        assert child.wait(timeout=30) == 0
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    with InstanceLock(db_path) as lock:
        assert lock.held


def test_lock_of_a_killed_process_is_free(tmp_path: Path) -> None:
    """The operating system drops the lock when the holder dies, so a crash never locks us out."""
    db_path = tmp_path / "tracker.db"
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER.format(root=str(ROOT), path=str(db_path))],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "held"
    child.kill()
    child.wait()
    with InstanceLock(db_path) as lock:
        assert lock.held


def test_a_file_without_an_inode_is_named_by_the_hash_of_its_path(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The hash is the fallback (hashlib is imported only there, not at the app's start)."""
    import hashlib

    from tracker.storage import instance_lock

    db = tmp_path / "a.db"
    db.touch()
    assert not instance_lock.file_identity(db).startswith("path-")  # this system has inodes

    def no_stat(_path: object) -> os.stat_result:
        raise OSError("no inode here")

    key = os.path.normcase(os.path.realpath(db)).encode("utf-8", "surrogatepass")
    monkeypatch.setattr(os, "stat", no_stat)
    assert instance_lock.file_identity(db) == "path-" + hashlib.sha256(key).hexdigest()[:32]
