"""The open store as every reader and writer receives it.

The whole code base uses one thing of an open database: its ``sqlite3`` connection. The
type is a protocol so sqlite-utils' ``Database`` (which tests and scripts may still pass)
fits it, while :func:`tracker.storage.db.open_database` returns the plain :class:`Store`:
importing sqlite-utils costs the start-up about 200 ms here, most of it the NumPy import
it does at import time, before the first window could paint.
"""

from __future__ import annotations

import sqlite3
from typing import Protocol

__all__ = ["Database", "Store"]


class Database(Protocol):
    """Anything holding an open connection to an Onboarding Tracker database."""

    conn: sqlite3.Connection


class Store:
    """The connection :func:`tracker.storage.db.open_database` opened, set up and checked."""

    __slots__ = ("conn",)

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def __repr__(self) -> str:
        return f"<Store {self.conn!r}>"
