"""The SQL statements a call runs on a connection, for tests that count queries."""

from __future__ import annotations

from collections.abc import Callable

from tracker.database import Database


def traced(db: Database, call: Callable[[], object]) -> list[str]:
    """Every statement ``call`` runs on ``db``'s connection, in order."""
    seen: list[str] = []
    db.conn.set_trace_callback(seen.append)
    try:
        call()
    finally:
        db.conn.set_trace_callback(None)
    return seen
