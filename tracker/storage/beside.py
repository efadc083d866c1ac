"""A read that runs beside another one, on a second connection to the same file.

SQLite lets go of Python's GIL while it steps through a query, so two aggregates over
different tables, each on its own connection and thread, use two cores: the account
list's own passes and health's (issue 21 item 2: the first show of Today and Accounts
waits for both). A read-only connection cannot write by mistake, and in WAL mode it
neither waits for nor blocks the writer.

Each SELECT already runs in its own implicit transaction here (Python's ``sqlite3`` begins
one only before a write), so the second connection sees the file as the first one's next
statement would; a write committed in between reaches the window through its change bus
as before, which re-reads the accounts it named.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Generic, TypeVar

from tracker.database import Database, Store

T = TypeVar("T")

# Accounts from which a portfolio read uses a second connection: below, opening it and
# starting a thread cost more than the overlap saves (a tick re-reads one account).
BESIDE_FROM = 500


class Beside(Generic[T]):
    """``func`` running on its own thread and connection; :meth:`result` waits for it.

    Inside a transaction on ``db`` (writes not committed yet, which only ``db`` sees), on an
    in-memory or temporary database (no file a second connection could open), or on a file
    that a read-only connection cannot open, ``func`` runs on ``db`` itself, in
    :meth:`result`, on the caller's thread: the same answer, one core.
    """

    def __init__(self, db: Database, func: Callable[[Database], T]) -> None:
        self._db = db
        self._func = func
        self._value: T | None = None
        self._error: BaseException | None = None
        self._inline = True
        self._thread: threading.Thread | None = None
        # Inside a transaction the caller may hold writes no other connection can see yet.
        path = None if db.conn.in_transaction else _file_of(db)
        if path is not None:
            self._thread = threading.Thread(target=self._run, args=(path,), daemon=True,
                                            name="onbt-read-beside")
            self._thread.start()

    def _run(self, path: str) -> None:
        from tracker.storage.db import _connect

        try:
            conn = _connect(Path(path), read_only=True)
        except (sqlite3.Error, OSError):
            return  # result() reads on the caller's connection
        self._inline = False
        try:
            self._value = self._func(Store(conn))
        except BaseException as exc:  # handed to the caller's thread, raised there
            self._error = exc
        finally:
            conn.close()

    def result(self) -> T:
        """The value of ``func`` (raising what it raised), once it is there."""
        if self._thread is not None:
            self._thread.join()
        if self._inline:
            return self._func(self._db)
        if self._error is not None:
            raise self._error
        return self._value  # type: ignore[return-value]


def _file_of(db: Database) -> str | None:
    """The main database file of ``db``'s connection; None in memory or temporary."""
    try:
        for _seq, name, file in db.conn.execute("PRAGMA database_list"):
            if name == "main":
                return str(file) or None
    except sqlite3.Error:
        return None
    return None
