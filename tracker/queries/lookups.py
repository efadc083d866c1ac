"""Small reads that dialogs and views need to set themselves up (ui/ runs no SQL)."""

from __future__ import annotations

from tracker.database import Database
from tracker.storage.db import environment_errors


@environment_errors()
def largest_segments(db: Database, limit: int = 2) -> list[str]:
    """Segment names by how many accounts they hold, largest first (ties by name)."""
    return [str(r[0]) for r in db.conn.execute(
        "SELECT segment.name FROM segment LEFT JOIN account ON account.segment_id = segment.id"
        " GROUP BY segment.id ORDER BY count(account.id) DESC, segment.name LIMIT ?", (limit,))]


@environment_errors()
def has_accounts(db: Database) -> bool:
    """Whether the database holds any account (first start offers the demo when not)."""
    return db.conn.execute("SELECT 1 FROM account LIMIT 1").fetchone() is not None
