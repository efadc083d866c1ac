"""An advisory lock file so a second copy of the app on the same database is told so.

SQLite itself would let two processes interleave writes; two windows editing the same
portfolio would then undo each other's work silently.

The same file can be reached by several names (a symlink, a hard link, another spelling of
the path), so the lock is keyed on the file, not on the name given: one lock file beside
the resolved path (it names the holder's process, and other users see it too), and one in
the user's lock folder named after the file's device and inode (the file index on Windows),
which is what two names of a hard-linked file share.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO

from tracker.i18n import QT_TRANSLATE_NOOP
from tracker.paths import data_dir
from tracker.storage.errors import InstanceLockedError, said

ANOTHER_PROCESS = QT_TRANSLATE_NOOP("storage", "another process")


def file_identity(db_path: Path) -> str:
    """A name for the file itself: device and inode where the system has them (Windows
    reports the volume serial and file index), else a hash of the resolved path."""
    resolved = Path(os.path.realpath(db_path))
    try:
        info = os.stat(resolved)
    except OSError:
        info = None
    if info is not None and info.st_ino:
        return f"{info.st_dev:x}-{info.st_ino:x}"
    import hashlib  # only here: loading OpenSSL's hashes costs the app's start about 6 ms

    key = os.path.normcase(str(resolved)).encode("utf-8", "surrogatepass")
    return "path-" + hashlib.sha256(key).hexdigest()[:32]


def locks_folder() -> Path:
    """The user's folder for identity locks (``ONBOARDING_TRACKER_LOCKS`` overrides it, so a
    test run keeps out of the real one)."""
    override = os.environ.get("ONBOARDING_TRACKER_LOCKS")
    return Path(override) if override else data_dir() / "locks"


class InstanceLock:
    """Held for as long as an application window has the database open."""

    def __init__(self, db_path: Path, *, locks_dir: Path | None = None) -> None:
        resolved = Path(os.path.realpath(db_path))
        self.path = resolved.with_name(resolved.name + ".lock")
        self._db_path = resolved
        self._locks_dir = locks_dir
        self._handles: list[IO[str]] = []

    def identity_path(self) -> Path:
        folder = self._locks_dir if self._locks_dir is not None else locks_folder()
        return folder / f"{file_identity(self._db_path)}.lock"

    def acquire(self) -> None:
        if self._handles:
            return  # already ours: a second lock on a new handle would refuse ourselves
        try:
            self._handles.append(_take(self.path))
            self._handles.append(_take(self.identity_path()))
        except BaseException:
            self.release()
            raise

    def release(self) -> None:
        while self._handles:
            handle = self._handles.pop()
            try:
                _unlock(handle)
            except OSError:
                pass
            finally:
                handle.close()

    @property
    def held(self) -> bool:
        return bool(self._handles)

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def _take(lock_path: Path) -> IO[str]:
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    handle = open(lock_path, "a+", encoding="utf-8")  # noqa: SIM115 - held open on purpose
    try:
        _lock(handle)
    except OSError:
        try:
            handle.seek(0)
            holder = handle.read().strip() or said(ANOTHER_PROCESS)
        except OSError:  # Windows locks are mandatory: the holder's pid cannot be read
            holder = said(ANOTHER_PROCESS)
        handle.close()
        raise InstanceLockedError(
            said(QT_TRANSLATE_NOOP(
                "storage", "The database is already open in another Onboarding Tracker window "
                "(process {0}). Close it there first, or open another file."), holder),
            lock_path,
        ) from None
    handle.seek(0)
    handle.truncate()
    handle.write(str(os.getpid()))
    handle.flush()
    return handle


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
