"""The task pass shared by the account list, health and the KPIs: per (account, status), the
counts of :data:`tracker.kpi.task_columns.TASK_STATUS_COLUMNS` and the earliest due date.

Two ways to the same rows. The plain pass groups every task of the scope (150,000 at L).
The stored summary (schema 6, ``task_summary``, kept by triggers) holds what does not depend
on the day; the day's counts come from the tasks due on or after it and those done after
it, two index ranges that are short when the day is today or later. For a day in the past
(the dashboard's month-end trends) those ranges are most of the table and the plain pass is
cheaper, so a bounded count decides first. A scoped read (a few accounts) stays with the
plain pass: it seeks those accounts' tasks alone, where the ranges would cross the portfolio.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from tracker.database import Database
from tracker.kpi.task_columns import TASK_STATUS_COLUMNS

if TYPE_CHECKING:
    import numpy as np

# account_id, status, the five TASK_STATUS_COLUMNS, min(due_date); ``:d`` is the day.
PLAIN_PASS_SQL = f"""
SELECT account_id, status, {TASK_STATUS_COLUMNS}, min(due_date)
FROM task WHERE {{scope}} GROUP BY account_id, status
"""
_SUMMARY_SQL = "SELECT account_id, status, n, n_dated, first_due FROM task_summary"
# The summary path is taken while the two day ranges hold fewer than 1/SUMMARY_SHARE of all
# tasks: they cost about as much per row as the plain pass (0.5 to 0.75 us), the summary
# rows a few ms more. Measured at L (152,210 tasks; CPU, best of 9, a loaded machine):
# today, 10,389 rows in the ranges, 23 ms against the plain pass's 68 ms; 31 March, 53,900
# rows, 60 against 72 ms; a day whose ranges hold more than half the tasks pays the bounded
# count, 7 to 8 ms over the plain pass.
SUMMARY_SHARE = 2
# One statement reads the tasks either way: a bounded count of the two ranges (in their
# indexes alone, together at most the cap) decides, and ``LIMIT 0`` skips the members it
# rules out without running them (``LIMIT -1`` is no limit). No ``MATERIALIZED`` hint
# (SQLite 3.35): the store supports 3.30 (tracker.storage.sqlite_support), and from 3.35 on
# a CTE used more than once is materialised without it. Range rows have NULL in the third column,
# which the plain pass's count never is; each range is tagged 0 (due on or after the day:
# count, due on the day) or 1 (done after the day: count, due before the day).
_PROBE_SQL = """
WITH cap(n) AS (SELECT {cap} FROM task_summary),
due(k) AS (SELECT count(*) FROM (SELECT 1 FROM task INDEXED BY ix_task_due_account
                                               WHERE due_date >= :d LIMIT (SELECT n FROM cap))),
probe(ranges) AS (SELECT (SELECT k FROM due) + (
    SELECT count(*) FROM (SELECT 1 FROM task INDEXED BY ix_task_done_after WHERE done_date > :d
                          LIMIT max((SELECT n FROM cap) - (SELECT k FROM due), 0)))
    < (SELECT n FROM cap))
"""
_EITHER_SQL = _PROBE_SQL + f"""
SELECT * FROM (
    SELECT account_id, status, NULL, 0, count(*), count(*) FILTER (WHERE due_date = :d), NULL, NULL
    FROM task INDEXED BY ix_task_due_account WHERE due_date >= :d GROUP BY account_id, status
    LIMIT (SELECT -ranges FROM probe))
UNION ALL
SELECT * FROM (
    SELECT account_id, status, NULL, 1, count(*), count(*) FILTER (WHERE due_date < :d), NULL, NULL
    FROM task INDEXED BY ix_task_done_after WHERE done_date > :d GROUP BY account_id, status
    LIMIT (SELECT -ranges FROM probe))
UNION ALL
SELECT * FROM ({PLAIN_PASS_SQL.format(scope="1")} LIMIT (SELECT ranges - 1 FROM probe))
"""

# --- the same rows folded per account, for the KPIs and health -------------------------------
#
# tracker.kpi.health_factors.fold_task_counts in SQL: per account, countable (not skipped), done
# by the day (a task done after it was still open then), planned by the day, due before it,
# overdue at it; the columns of a pass row named as below. Folding in SQL fetches one row per
# account instead of one per (account, status) and builds no Python row for the summary's
# join: 17 -> 12 ms CPU at L for today, 35-43 -> 31-33 ms for a day in the past (the plain
# pass). tests/core/test_task_summary.py holds it equal to fold_task_counts of both passes.
TASK_FOLD_COLUMNS = ("total(n) FILTER (WHERE status <> 'skipped'),"
                     " total(n - done_after) FILTER (WHERE status = 'done'),"
                     " total(due_by) FILTER (WHERE status <> 'skipped'),"
                     " total(due_before) FILTER (WHERE status <> 'skipped'),"
                     " total(CASE WHEN status = 'done' THEN late_done ELSE due_before END)"
                     " FILTER (WHERE status <> 'skipped')")
_PASS_COLUMNS = "account_id, status, n, due_before, due_by, done_after, late_done"
_FOLDED_SQL = "SELECT account_id, " + TASK_FOLD_COLUMNS + " FROM {rows} GROUP BY account_id"
_PLAIN_CTE = (f"plain({_PASS_COLUMNS}) AS (SELECT account_id, status, {TASK_STATUS_COLUMNS}"
              " FROM task WHERE {scope} GROUP BY account_id, status)")
# The fold is a sum of each (account, status) row's columns, so the summary's rows and the two
# day ranges can each be folded alone and the parts added per account (the caller adds
# them): the joined row's "due before" is the summary's dated count less the tasks due on or
# after the day, "due by" that plus those due on the day. A day the probe rules the ranges out
# folds the plain pass instead (one row per account). ``LIMIT 0`` skips what the probe rules
# out, as in _EITHER_SQL.
_FOLDED_EITHER_SQL = _PROBE_SQL + f""",
parts({_PASS_COLUMNS}) AS (
    SELECT account_id, status, n, n_dated, n_dated, 0, 0 FROM task_summary),
due_parts({_PASS_COLUMNS}) AS (
    SELECT account_id, status, 0, -count(*), count(*) FILTER (WHERE due_date = :d) - count(*), 0, 0
    FROM task INDEXED BY ix_task_due_account WHERE due_date >= :d GROUP BY account_id, status),
done_parts({_PASS_COLUMNS}) AS (
    SELECT account_id, status, 0, 0, 0, count(*), count(*) FILTER (WHERE due_date < :d)
    FROM task INDEXED BY ix_task_done_after WHERE done_date > :d GROUP BY account_id, status),
{_PLAIN_CTE.format(scope="1")}
SELECT * FROM ({_FOLDED_SQL.format(rows="parts")} LIMIT (SELECT -ranges FROM probe))
UNION ALL SELECT * FROM ({_FOLDED_SQL.format(rows="due_parts")} LIMIT (SELECT -ranges FROM probe))
UNION ALL SELECT * FROM ({_FOLDED_SQL.format(rows="done_parts")} LIMIT (SELECT -ranges FROM probe))
UNION ALL SELECT * FROM ({_FOLDED_SQL.format(rows="plain")} LIMIT (SELECT ranges - 1 FROM probe))
"""

TaskRow = tuple[Any, ...]


def task_status_rows(db: Database, d: str, scope: str = "1",
                     params: Mapping[str, object] | None = None) -> list[TaskRow]:
    """Rows of :data:`PLAIN_PASS_SQL` for day ``d`` (ISO text), in (account, status) order.

    ``scope`` is a condition on the task's columns with its ``params`` (``:d`` is set here);
    "1", the whole portfolio, is the only scope the summary serves. The tasks are read by
    one statement either way (the KPIs' statement-count tests hold them to one read).
    """
    if scope != "1":
        return plain_rows(db, d, scope, params)
    conn = db.conn
    rows = conn.execute(_EITHER_SQL.format(cap=f"coalesce(sum(n), 0) / {int(SUMMARY_SHARE)}"),
                        {"d": d}).fetchall()
    if rows and rows[0][2] is not None:
        return rows
    return _from_ranges(conn.execute(_SUMMARY_SQL).fetchall(), rows)


def plain_rows(db: Database, d: str, scope: str = "1",
               params: Mapping[str, object] | None = None) -> list[TaskRow]:
    """The plain pass alone (the tests hold :func:`summary_rows` to it)."""
    return db.conn.execute(PLAIN_PASS_SQL.format(scope=scope), {**(params or {}), "d": d}).fetchall()


def folded_rows(db: Database, d: str, scope: str = "1", params: Mapping[str, object] | None = None,
                ranges: bool | None = None) -> list[TaskRow]:
    """Per account the five counts of :data:`TASK_FOLD_COLUMNS` (account id first) for day
    ``d``, read as :func:`task_status_rows` reads the pass (the summary and the day's ranges
    when the probe says so); an account may come in several parts, to be added up.
    ``ranges``: True or False takes that way whatever the probe would say (tests)."""
    if scope != "1":
        return db.conn.execute(f"WITH {_PLAIN_CTE.format(scope=scope)} " + _FOLDED_SQL.format(rows="plain"),
                               {**(params or {}), "d": d}).fetchall()
    cap = {None: f"coalesce(sum(n), 0) / {int(SUMMARY_SHARE)}", True: "coalesce(sum(n), 0) * 2 + 1",
           False: "0"}[ranges]
    return db.conn.execute(_FOLDED_EITHER_SQL.format(cap=cap), {"d": d}).fetchall()


def summary_rows(db: Database, d: str) -> list[TaskRow]:
    """The whole portfolio's rows from the stored summary and the day's ranges, always."""
    conn = db.conn
    # A cap above what the two ranges can hold: the ranges, whatever the day.
    ranges = conn.execute(_EITHER_SQL.format(cap="coalesce(sum(n), 0) * 2 + 1"), {"d": d}).fetchall()
    return _from_ranges(conn.execute(_SUMMARY_SQL).fetchall(), ranges)


def _from_ranges(summary: list[Any], ranges: list[Any]) -> list[TaskRow]:
    """The plain pass's rows from the summary and the two day-dependent ranges.

    For a task with a due date exactly one of "before the day" and "on or after it" holds,
    in SQLite's order of values as in the pass's own comparisons (an odd value in a damaged
    file included), so "due before" is the dated count less those on or after.
    """
    future: dict[tuple[Any, Any], tuple[Any, Any]] = {}
    after: dict[tuple[Any, Any], tuple[Any, Any]] = {}
    for account_id, status, _null, tag, count, other, _n1, _n2 in ranges:
        (after if tag else future)[(account_id, status)] = (count, other)
    no_rows = (0, 0)
    out: list[TaskRow] = []
    append = out.append
    for account_id, status, n, n_dated, first_due in summary:
        key = (account_id, status)
        on_or_after, on_day = future.get(key, no_rows)
        done_later, late_then_done = after.get(key, no_rows)
        before = n_dated - on_or_after
        append((account_id, status, n, before, before + on_day, done_later, late_then_done,
                first_due))
    return out


# Several days at once (the dashboard's trends: a goal's month ends and the period before).
# The plain pass with each day's columns side by side (tracker.kpi.goal_values) scans every
# task once; the day ranges of the earliest day hold every later day's ranges too (a task due
# on or after a later day is due on or after the earliest; done after it, done after the
# earliest), so the two ranges are read once with each day's counts side by side, and each
# day's rows are made from the summary as :func:`summary_rows` makes one day's. Measured at L
# (CPU, best of 6; four days, the latest 31 May): earliest day 31 March, ranges holding 35 % of
# the tasks, 61 against the plain pass's 101 ms; 15 February (51 %) 72 against 100; 31
# December (68 %) 92 against 100; 15 November (84 %) 102 against 103; 1 January 2025 (188 %)
# 174 against 90. The ranges are taken while they hold less than DAYS_SHARE of the tasks.
DAYS_SHARE = (3, 4)
# The same probe as one day's, with its own cap: the ranges' rows against DAYS_SHARE of the tasks.
_DAYS_PROBE_SQL = _PROBE_SQL + "SELECT ranges FROM probe"


def summary_rows_of_days(db: Database, days: Sequence[str], *, always: bool = False
                         ) -> list[list[TaskRow]] | None:
    """:func:`summary_rows` of each day in ``days`` (ISO text), the two day ranges read once
    for all of them; None when those ranges are too long to pay (see ``DAYS_SHARE``: the
    caller's plain pass is cheaper then), unless ``always``."""
    if not days:
        return []
    import numpy as np  # the account list imports this module on the start path: no NumPy there

    order = sorted(set(days))  # text order is SQLite's order of text values
    first = order[0]
    conn = db.conn
    if not always and not conn.execute(
            _DAYS_PROBE_SQL.format(cap=f"coalesce(sum(n), 0) * {DAYS_SHARE[0]} / {DAYS_SHARE[1]}"),
            {"d": first}).fetchone()[0]:
        return None
    params = {f"d{i}": d for i, d in enumerate(order)}
    due = ", ".join(f"count(*) FILTER (WHERE due_date >= :d{i}), count(*) FILTER (WHERE due_date = :d{i})"
                    for i in range(len(order)))
    done = ", ".join(f"count(*) FILTER (WHERE done_date > :d{i}),"
                     f" count(*) FILTER (WHERE done_date > :d{i} AND due_date < :d{i})"
                     for i in range(len(order)))
    summary = conn.execute(_SUMMARY_SQL).fetchall()
    if not summary:  # no task at all
        return [[] for _ in days]
    at = {(r[0], r[1]): i for i, r in enumerate(summary)}
    width = 2 * len(order)

    def spread(sql: str) -> np.ndarray:
        # Each range's counts on the summary's rows (zero where the range has none of them).
        out = np.zeros((len(summary), width), dtype=np.int64)
        rows = conn.execute(sql, params).fetchall()
        if rows:
            where = np.array([at.get((r[0], r[1]), -1) for r in rows], dtype=np.int64)
            counts = np.array([r[2:] for r in rows], dtype=np.int64).reshape(len(rows), width)
            hit = where >= 0
            out[where[hit]] = counts[hit]
        return out

    future = spread(f"SELECT account_id, status, {due} FROM task INDEXED BY ix_task_due_account"
                    " WHERE due_date >= :d0 GROUP BY account_id, status")
    after = spread(f"SELECT account_id, status, {done} FROM task INDEXED BY ix_task_done_after"
                   " WHERE done_date > :d0 GROUP BY account_id, status")
    accounts, statuses, n, n_dated, first_due = (list(c) for c in zip(*summary, strict=True))
    dated = np.array(n_dated, dtype=np.int64)
    by_day: dict[str, list[TaskRow]] = {}
    for i, d in enumerate(order):
        before = dated - future[:, 2 * i]  # as in _from_ranges: dated, less on or after the day
        by_day[d] = list(zip(accounts, statuses, n, before.tolist(),
                             (before + future[:, 2 * i + 1]).tolist(), after[:, 2 * i].tolist(),
                             after[:, 2 * i + 1].tolist(), first_due, strict=True))
    return [by_day[d] for d in days]
