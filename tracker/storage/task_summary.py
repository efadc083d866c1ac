"""Keeping ``task_summary`` (schema 6) through a bulk insert without its per-row trigger.

The insert trigger costs each new task an upsert (16 to 30 us a row on disk at L, where the
row itself costs about 20 us), which a 100,000-task import would feel. Inside the import's
one transaction the trigger is dropped, the rows go in, the summary gains their counts in
one grouped statement, and the trigger is created again from the SQL it had. DDL is
transactional: a failure, cancel or kill before the commit leaves the trigger and the
summary as they were. Only inserts of rows numbered above ``base`` may run inside (the
importer's, which checks it hands out exactly those ids); updates and deletes keep their
triggers, which stay exact for the rows the summary already counts.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

# Below this many rows the per-row trigger costs less than the DDL (a schema change makes
# every cached statement prepare again).
DEFER_MIN_ROWS = 1000
INSERT_TRIGGER = "task_summary_insert"

# The new rows' counts added in one pass; the earliest due date as the trigger keeps it.
_FOLD_SQL = """
INSERT INTO task_summary (account_id, status, n, n_dated, first_due)
SELECT account_id, status, count(*), count(due_date), min(due_date) FROM task WHERE id > :base
GROUP BY account_id, status
ON CONFLICT (account_id, status) DO UPDATE SET
    n = n + excluded.n,
    n_dated = n_dated + excluded.n_dated,
    first_due = CASE WHEN excluded.first_due IS NULL THEN first_due
                     WHEN first_due IS NULL THEN excluded.first_due
                     ELSE min(first_due, excluded.first_due) END
"""


@contextmanager
def summary_folded_after(conn: sqlite3.Connection, base: int, rows: int) -> Iterator[None]:
    """Insert ``rows`` new tasks (ids above ``base``) inside; the summary counts them after.

    Needs the caller's open transaction; fewer than :data:`DEFER_MIN_ROWS` rows, or a file
    without the trigger, run with the trigger as usual.
    """
    found = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                         (INSERT_TRIGGER,)).fetchone()
    if rows < DEFER_MIN_ROWS or found is None:
        yield
        return
    if not conn.in_transaction:
        raise RuntimeError("the summary's bulk fold needs the insert's transaction")
    conn.execute(f"DROP TRIGGER {INSERT_TRIGGER}")
    try:
        yield
        conn.execute(_FOLD_SQL, {"base": int(base)})
    finally:
        conn.execute(found[0])
