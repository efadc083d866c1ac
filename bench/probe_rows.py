"""Measure, on a scratch copy, what a stored per-(account, status) task summary would save
the account list's task pass (issue 21 items 2 and 4), before anyone writes migration 0006.

Run as ``python -m bench.probe_rows PORTFOLIO.db [--as-of YYYY-MM-DD] [--runs N]``. The file
is copied to a temporary folder first: the probe adds a table, triggers and two indexes to
the copy, never to the file given.

It prints the CPU time of today's task pass (:data:`tracker.queries.portfolio._TASKS_SQL`)
against the three reads that could replace it, checks that the counts derived from those
reads equal the pass's own, and times a tick (UPDATE + COMMIT) with and without the
triggers that keep the summary. Only what does not depend on the day is stored (counts and
the earliest due date per status); the day's counts come from the tasks due on or after it
and those done after it, which are few when the day is today.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from bench.cache import AS_OF

_PASS = """SELECT account_id, status, count(*), count(*) FILTER (WHERE due_date < :d),
 count(*) FILTER (WHERE due_date <= :d), count(*) FILTER (WHERE done_date > :d),
 count(*) FILTER (WHERE due_date < :d AND done_date > :d), min(due_date)
FROM task GROUP BY account_id, status"""
_SUMMARY = "SELECT account_id, status, n, n_dated, first_due FROM task_summary"
_FUTURE = """SELECT account_id, status, count(*), count(*) FILTER (WHERE due_date = :d)
FROM task INDEXED BY ix_task_due_account WHERE due_date >= :d GROUP BY account_id, status"""
_DONE_AFTER = """SELECT account_id, status, count(*), count(*) FILTER (WHERE due_date < :d)
FROM task INDEXED BY ix_task_done_after WHERE done_date > :d GROUP BY account_id, status"""

# The candidate schema: the summary and the two indexes its day-dependent reads need.
DDL = """
CREATE TABLE task_summary(account_id INTEGER NOT NULL, status TEXT NOT NULL,
  n INTEGER NOT NULL, n_dated INTEGER NOT NULL, first_due TEXT,
  PRIMARY KEY (account_id, status)) WITHOUT ROWID;
INSERT INTO task_summary
  SELECT account_id, status, count(*), count(due_date), min(due_date) FROM task GROUP BY account_id, status;
CREATE INDEX ix_task_due_account ON task(due_date, account_id, status);
CREATE INDEX ix_task_done_after ON task(done_date, account_id, status, due_date);
"""
_REMOVE = """
UPDATE task_summary SET n = n - 1, n_dated = n_dated - (OLD.due_date IS NOT NULL),
  first_due = (SELECT min(due_date) FROM task WHERE account_id = OLD.account_id AND status = OLD.status)
WHERE account_id = OLD.account_id AND status = OLD.status;
DELETE FROM task_summary WHERE account_id = OLD.account_id AND status = OLD.status AND n = 0;
"""
_ADD = """
INSERT INTO task_summary VALUES (NEW.account_id, NEW.status, 1, NEW.due_date IS NOT NULL, NEW.due_date)
ON CONFLICT (account_id, status) DO UPDATE SET n = n + 1, n_dated = n_dated + (NEW.due_date IS NOT NULL),
  first_due = (SELECT min(due_date) FROM task WHERE account_id = NEW.account_id AND status = NEW.status);
"""
TRIGGERS = f"""
CREATE TRIGGER task_summary_insert AFTER INSERT ON task BEGIN {_ADD} END;
CREATE TRIGGER task_summary_delete AFTER DELETE ON task BEGIN {_REMOVE} END;
CREATE TRIGGER task_summary_update AFTER UPDATE OF account_id, status, due_date ON task
BEGIN {_REMOVE} {_ADD} END;
"""


def _best_ms(conn: sqlite3.Connection, sql: str, params: dict[str, Any], runs: int
             ) -> tuple[float, list[Any]]:
    best, rows = float("inf"), []
    for _ in range(runs):
        start = time.process_time()
        rows = conn.execute(sql, params).fetchall()
        best = min(best, time.process_time() - start)
    return best * 1000.0, rows


def derived_counts(summary: Sequence[Sequence[Any]], future: Sequence[Sequence[Any]],
                   done_after: Sequence[Sequence[Any]]) -> dict[tuple[Any, Any], tuple[Any, ...]]:
    """The pass's five counts per (account, status) from the three replacement reads."""
    fut = {(r[0], r[1]): (r[2], r[3]) for r in future}
    aft = {(r[0], r[1]): (r[2], r[3]) for r in done_after}
    out = {}
    for account_id, status, n, n_dated, first_due in summary:
        on_or_after, on_day = fut.get((account_id, status), (0, 0))
        after, after_late = aft.get((account_id, status), (0, 0))
        before = n_dated - on_or_after
        out[(account_id, status)] = (n, before, before + on_day, after, after_late, first_due)
    return out


def _tick_ms(conn: sqlite3.Connection, ids: Sequence[int], day: str) -> float:
    start = time.process_time()
    for task_id in ids:
        for sql, params in (("UPDATE task SET status = 'done', done_date = ? WHERE id = ?", (day, task_id)),
                            ("UPDATE task SET status = 'todo', done_date = NULL WHERE id = ?", (task_id,))):
            conn.execute("BEGIN")
            conn.execute(sql, params)
            conn.execute("COMMIT")
    return (time.process_time() - start) * 1000.0 / (2 * len(ids))


def probe(copy: Path, day: str, runs: int, say: Callable[[str], None] = print) -> bool:
    conn = sqlite3.connect(copy, isolation_level=None)
    try:
        params = {"d": day}
        ids = [int(r[0]) for r in conn.execute("SELECT id FROM task WHERE status = 'todo' LIMIT 200")]
        bare = _tick_ms(conn, ids, day)
        conn.executescript(DDL)
        pass_ms, full = _best_ms(conn, _PASS, params, runs)
        summary_ms, summary = _best_ms(conn, _SUMMARY, params, runs)
        future_ms, future = _best_ms(conn, _FUTURE, params, runs)
        after_ms, after = _best_ms(conn, _DONE_AFTER, params, runs)
        same = derived_counts(summary, future, after) == {(r[0], r[1]): tuple(r[2:]) for r in full}
        say(f"task pass today:           {pass_ms:7.1f} ms CPU ({len(full)} rows)")
        say(f"summary read:              {summary_ms:7.1f} ms CPU")
        say(f"tasks due on/after {day}: {future_ms:7.1f} ms CPU ({len(future)} rows)")
        say(f"tasks done after the day:  {after_ms:7.1f} ms CPU ({len(after)} rows)")
        total = summary_ms + future_ms + after_ms
        say(f"replacement total:         {total:7.1f} ms CPU; counts equal: {same}")
        conn.executescript(TRIGGERS)
        kept = _tick_ms(conn, ids, day)
        recount = {(r[0], r[1]): tuple(r[2:]) for r in conn.execute(
            "SELECT account_id, status, count(*), count(due_date), min(due_date) FROM task"
            " GROUP BY account_id, status")}
        stored = {(r[0], r[1]): tuple(r[2:]) for r in conn.execute(_SUMMARY)}
        say(f"tick UPDATE+COMMIT: bare {bare:.3f} ms, with triggers and indexes {kept:.3f} ms CPU;"
            f" summary equals a recount after {2 * len(ids)} ticks: {stored == recount}")
        return same and stored == recount
    finally:
        conn.close()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("db", type=Path)
    parser.add_argument("--as-of", default=AS_OF.isoformat())
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    scratch = Path(tempfile.mkdtemp(prefix="onbt-probe-rows-"))
    try:
        copy = scratch / "probe.db"
        shutil.copy(args.db, copy)
        return 0 if probe(copy, args.as_of, args.runs) else 1
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
