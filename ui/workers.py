"""Run a plain tracker function off the GUI thread, with progress and cancel.

The function receives a ``JobControl``: it calls ``progress(done, total, text)`` and
checks ``cancelled``. Signals are emitted from the worker thread and delivered queued
to the GUI thread. A worker that needs the database gets its own connection from
:func:`db_worker`: an SQLite connection belongs to the thread that opened it.
"""

from __future__ import annotations

import contextlib
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from tracker.database import Database
from tracker.storage.db import open_database

T = TypeVar("T")


class Cancelled(Exception):
    """Raised inside a job when the user cancelled it."""


class JobControl:
    def __init__(self, signals: WorkerSignals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def progress(self, done: int, total: int, text: str = "") -> None:
        self._signals.progressed.emit(done, total, text)

    def deliver(self, part: object) -> None:
        """Hand the GUI thread a first part of the result while the job goes on (``partial``)."""
        with contextlib.suppress(RuntimeError):  # nobody left to tell: the job still ends
            self._signals.partial.emit(part)

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled


class WorkerSignals(QObject):
    """Signals:
    progressed(int, int, str): done, total, a short description.
    partial(object): a first part of the result (``JobControl.deliver``), before finished.
    finished(object): the function's result.
    failed(object): the exception (Cancelled when the user cancelled).
    """

    progressed = Signal(int, int, str)
    partial = Signal(object)
    finished = Signal(object)
    failed = Signal(object)


class Worker(QRunnable):
    def __init__(self, func: Callable[[JobControl], Any]) -> None:
        super().__init__()
        self.signals = WorkerSignals()
        self.control = JobControl(self.signals)
        self._func = func
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            result = self._func(self.control)
        except Cancelled as exc:
            self._emit(self.signals.failed, exc)
        except Exception as exc:  # reported to the GUI, never lost in the thread
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self._emit(self.signals.failed, exc)
        else:
            self._emit(self.signals.finished, result)

    @staticmethod
    def _emit(signal: Any, value: object) -> None:
        # The window that wanted the result may have closed meanwhile: nobody to tell.
        with contextlib.suppress(RuntimeError):
            signal.emit(value)

    def start(self, pool: QThreadPool | None = None) -> None:
        """Run on ``pool`` (the global one by default), held here until it has reported.

        Whoever started it may be closed and garbage-collected while it runs (a dashboard
        closed mid-refresh, a cancelled dialog); had its last reference gone with them,
        Python would free the runnable and its signals object under the running thread, a
        crash seen in the suite as a segfault while collecting. The hold ends on the GUI
        thread when the result (or failure) is delivered.
        """
        _RUNNING.add(self)
        self.signals.finished.connect(self._release)
        self.signals.failed.connect(self._release)
        (pool or QThreadPool.globalInstance()).start(self)

    def withdraw(self, pool: QThreadPool | None = None) -> bool:
        """Take the job back off ``pool``'s queue if it has not started: True when it will
        never run nor report (its hold is let go here), False when it runs or has run."""
        taken = bool((pool or QThreadPool.globalInstance()).tryTake(self))
        if taken:
            _RUNNING.discard(self)
        return taken

    def _release(self, _outcome: object) -> None:
        _RUNNING.discard(self)


_RUNNING: set[Worker] = set()  # started workers that have not reported yet (see Worker.start)


def db_worker(path: Path, func: Callable[[Database, JobControl], T], *, create: bool = False,
              migrate: bool = True) -> Worker:
    """A worker that runs ``func`` on its own connection to ``path`` and always closes it.

    The one place background work opens the database, so every job gets the same
    connection settings (foreign keys, WAL, busy timeout) and none leaks a connection.
    """

    def run(control: JobControl) -> T:
        db = open_database(path, create=create, migrate=migrate)
        try:
            return func(db, control)
        finally:
            db.conn.close()

    return Worker(run)
