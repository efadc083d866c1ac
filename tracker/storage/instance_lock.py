"""An advisory lock file so a second copy of the app on the same database is told so.

SQLite itself would let two processes interleave writes; two windows editing the same
portfolio would then undo each other's work silently.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO

from tracker.storage.errors import InstanceLockedError


class InstanceLock:
    """Held for as long as an application window has the database open."""

    def __init__(self, db_path: Path) -> None:
        self.path = db_path.with_name(db_path.name + ".lock")
        self._handle: IO[str] | None = None

    def acquire(self) -> None:
        if self._handle is not None:
            return  # already ours: a second lock on a new handle would refuse ourselves
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held open on purpose
        try:
            _lock(handle)
        except OSError:
            try:
                handle.seek(0)
                holder = handle.read().strip() or "another process"
            except OSError:  # Windows locks are mandatory: the holder's pid cannot be read
                holder = "another process"
            handle.close()
            raise InstanceLockedError(
                f"The database is already open in another Onboarding Tracker window "
                f"(process {holder}). Close it there first, or open another file.",
                self.path,
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        if self._handle is not None:
            try:
                _unlock(self._handle)
            finally:
                self._handle.close()
                self._handle = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
