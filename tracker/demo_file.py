"""The demo as a file of its own: built beside its final name, then put in place at once.

The demo never goes into the user's database. Each "Explore the demo" builds a fresh one
(its dates are relative to today, so an old demo would be full of stale overdue work) in a
temporary file, and only a finished demo replaces the previous one: a failed or interrupted
build leaves the old demo, and nothing else, as it was.
"""

from __future__ import annotations

import contextlib
import os
from datetime import date
from pathlib import Path

from tracker.demo import DemoSummary, generate_demo
from tracker.storage.db import open_database
from tracker.storage.instance_lock import InstanceLock

_SIDECARS = ("-wal", "-shm", "-journal")


def _remove(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def build_demo_file(path: Path, size: str | int = "S", *, today: date | None = None) -> DemoSummary:
    """Write a fresh demo portfolio to ``path`` (replacing an earlier demo there).

    Raises :class:`tracker.storage.errors.InstanceLockedError` when another window or copy
    of the app has the demo open, so it is never replaced under somebody's feet.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = InstanceLock(path)
    lock.acquire()
    try:
        building = path.with_name(path.name + ".building")
        for suffix in ("", *_SIDECARS):
            _remove(Path(str(building) + suffix))
        db = open_database(building, create=True)
        try:
            summary = generate_demo(db, size, today=today)
        finally:
            db.conn.close()  # the last connection checkpoints and removes its WAL
        # A stale WAL of an earlier demo would be replayed into the new file: remove it first.
        for suffix in _SIDECARS:
            _remove(Path(str(path) + suffix))
        os.replace(building, path)
    finally:
        lock.release()
    return summary
