"""The account list and the Today screen, each read with a few SQL aggregates.

The rows are frozen dataclasses with their search key and flags precomputed, so the
account table can filter 5,000 rows per keystroke without touching the database, and
the rules (what is late, what is at risk and why) live here where the CLI and the
tests share them with the UI.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from tracker.collector import collection_held
from tracker.database import Database
from tracker.domain import OPEN_TASK_STATUSES
from tracker.kpi.task_columns import CONTACT_COUNT_COLUMNS
from tracker.queries.task_pass import task_status_rows
from tracker.rules import (
    AT_RISK,
    HEALTH_NOT_ENOUGH_DATA,
    OFF_TRACK,
    ON_TRACK,
    REASON_HEALTH_RED,
    REASON_NO_FIRST_VALUE,
    REASON_OFF_TRACK,
    at_risk_reasons,
    churned_sql,
    is_churned,
    ninety_day_flag,
    overdue_milestone_sql,
    overdue_task_count,
    task_band,
)
from tracker.storage.db import environment_errors
from tracker.validation import usable_mrr_sql

# The rule book's codes, re-exported for the views that show them.
__all__ = ["AT_RISK", "HEALTH_NOT_ENOUGH_DATA", "OFF_TRACK", "ON_TRACK", "REASON_HEALTH_RED",
           "REASON_NO_FIRST_VALUE", "REASON_OFF_TRACK"]

DUE_SOON_DAYS = 7

_OPEN = "(" + ", ".join(f"'{s}'" for s in OPEN_TASK_STATUSES) + ")"


@dataclass(frozen=True, slots=True)
class Health:
    score: float
    band: str  # "green" | "yellow" | "red"


@dataclass(frozen=True, slots=True)
class AccountRow:
    """One line of the account list.

    ``progress`` is done / (all - skipped) in percent (None without tasks); ``next_due``
    is the earliest open task or milestone date, past ones included (then ``late``);
    ``health`` is None when the account has not enough data for a score (words:
    :data:`tracker.rules.HEALTH_NOT_ENOUGH_DATA`).
    """

    id: int
    name: str
    segment: str
    owner: str
    stage: str
    status: str
    progress: float | None
    health: Health | None
    next_due: str | None
    late: bool
    mrr: float | None  # None: the stored MRR is not a usable number (an older file's Inf)
    on_time: str | None
    reasons: tuple[str, ...]
    days_since_signed: int | None
    search_key: str
    # What the status bar sums; all 0 for a churned account (its open work is nobody's).
    open_tasks: int = 0
    late_tasks: int = 0
    late_milestones: int = 0

    @property
    def at_risk(self) -> bool:
        return bool(self.reasons)


@dataclass(frozen=True, slots=True)
class DueItem:
    """An open task or an unachieved milestone with a due date, for the Today lists."""

    kind: str  # "task" | "milestone"
    id: int
    account_id: int
    account_name: str
    title: str
    stage: str
    due_date: str
    days_late: int  # negative: due in that many days
    status: str
    owner: str  # the task's owner (a role, as the playbook names it)
    account_owner: str = ""  # the specialist who owns the account: whose work this is


@dataclass(frozen=True, slots=True)
class TodayData:
    overdue: tuple[DueItem, ...]
    due_soon: tuple[DueItem, ...]
    at_risk: tuple[AccountRow, ...]


@dataclass(frozen=True, slots=True)
class PortfolioCounts:
    accounts: int
    open_tasks: int
    overdue_tasks: int
    overdue_milestones: int
    at_risk: int = 0


def on_time_band(overdue: int, due_to_date: int) -> str | None:
    """The DESIGN.md band of overdue / due-to-date (the rule book's); None when nothing was due."""
    return task_band(overdue, due_to_date)


HealthProvider = Callable[[Database, date, Sequence[int] | None], Mapping[int, Health]]


def kpi_health(db: Database, as_of: date, account_ids: Sequence[int] | None,
               task_status_rows: Sequence[Sequence[Any]] | None = None,
               contact_rows: Sequence[Sequence[Any]] | None = None) -> dict[int, Health]:
    """Health from the KPI package (imported on first use: it pulls in SciPy, which start-up
    does not need before the first paint). ``task_status_rows`` and ``contact_rows``: the
    account list's task and contact rows (:func:`task_status_rows`, :data:`_CONTACTS_SQL`), so
    health does not read those tables a second time."""
    import numpy as np

    from tracker.kpi.health import fold_task_counts, score_bands

    task_rows = None if task_status_rows is None else fold_task_counts(task_status_rows)
    contacts = None if contact_rows is None else np.array(
        [(r[0], r[2], r[3]) for r in contact_rows], dtype=float).reshape(len(contact_rows), 3)
    # An account without enough data has no score (tracker.kpi.health): no entry, health None.
    # Equal scores share one frozen Health (many accounts score alike).
    shared: dict[tuple[float, str], Health] = {}
    out: dict[int, Health] = {}
    for k, (score, band) in score_bands(db, as_of, account_ids, task_rows, contacts).items():
        if band is not None:
            h = shared.get((score, band))
            if h is None:
                h = shared[(score, band)] = Health(score, band)
            out[k] = h
    return out


# The account list's four reads, each one grouped pass in account order, merged in Python.
# One statement joining them through CTEs made SQLite materialise each aggregate and build
# an automatic index on it: fine at 5,000 accounts, but at 50,000 those temporary b-trees
# outgrow the page cache and the join cost 35x its L cost (issue 21 item 4).
# The task pass is health's too (tracker.queries.task_pass): one row per (account, status)
# with health's columns (tracker.kpi.task_columns, ``:d`` = ``:as_of``) and the earliest due
# date; per status, the open and overdue counts need no column of their own
# (:func:`_fold_tasks`). The
# contact pass is health's as well: the names for the search key and its two counts, one
# scan of the contact table instead of two. ``FILTER`` in the milestone pass, not CASE and
# sum(): a third fewer instructions (callgrind, L).
_MILESTONES_SQL = f"""
SELECT account_id, min(target_date) FILTER (WHERE achieved_date IS NULL),
       count(*) FILTER (WHERE {overdue_milestone_sql()})
FROM milestone WHERE {{scope}} GROUP BY account_id
"""
_CONTACTS_SQL = f"""
SELECT account_id, group_concat(name, ' '), {CONTACT_COUNT_COLUMNS}
FROM contact WHERE {{scope}} GROUP BY account_id
"""
_ACCOUNTS_SQL = f"""
SELECT a.id, a.name, coalesce(s.name, ''), a.owner, a.stage, a.status, {usable_mrr_sql('a.mrr')},
       a.signed_date, a.first_value_date, a.churned_date, coalesce(a.external_id, '')
FROM account a LEFT JOIN segment s ON s.id = a.segment_id
WHERE {{scope}}
"""
# The list's order, from the name index alone (sorting the rows above by name would look
# each one up through that index instead).
_ORDER_SQL = "SELECT id FROM account WHERE {scope} ORDER BY name COLLATE NOCASE, id"
_NO_TASKS = (0, 0, None, 0, 0, 0)
_NO_MILESTONES = (None, 0)


@environment_errors()
def account_rows(
    db: Database,
    as_of: date,
    account_ids: Sequence[int] | None = None,
    *,
    health: HealthProvider = kpi_health,
) -> list[AccountRow]:
    """The account list (or just ``account_ids``), sorted by name."""
    params: dict[str, Any] = {"as_of": as_of.isoformat()}
    if account_ids is None:
        scope = account_scope = order_scope = "1"
    else:
        params["ids"] = json.dumps([int(i) for i in account_ids])
        inside = "IN (SELECT value FROM json_each(:ids))"
        scope, account_scope, order_scope = f"account_id {inside}", f"a.id {inside}", f"id {inside}"
    params["d"] = params["as_of"]
    conn = db.conn
    with_health = health is kpi_health
    with collection_held():  # tens of thousands of acyclic tuples and rows (tracker.collector)
        task_rows = task_status_rows(db, params["d"], scope, params)
        tasks = _fold_tasks(task_rows)
        contact_rows = conn.execute(_CONTACTS_SQL.format(scope=scope), params).fetchall()
        contacts = {r[0]: r[1] for r in contact_rows}
        accounts = {r[0]: r for r in conn.execute(_ACCOUNTS_SQL.format(scope=account_scope), params)}
        order = [r[0] for r in conn.execute(_ORDER_SQL.format(scope=order_scope), params)]
        milestones = {r[0]: r[1:] for r in conn.execute(_MILESTONES_SQL.format(scope=scope), params)}
        # The KPI package's health reuses the rows just read; another provider reads its own.
        # (Health's own reads on a second connection, on a thread of their own, overlapped the
        # passes above, but Python's sqlite3 hands the GIL over at every row fetched and the
        # threads' ping-pong cost more than the overlap saved: L about even on a loaded
        # machine, XL a fifth slower in wall and in CPU time.)
        scores = (kpi_health(db, as_of, account_ids, task_rows, contact_rows)
                  if with_health else health(db, as_of, account_ids))
        return _build_rows(order, accounts, contacts, tasks, milestones, scores, as_of)


def _build_rows(order: Sequence[int], accounts: Mapping[int, Sequence[Any]],
                contacts: Mapping[int, str | None], tasks: Mapping[int, tuple[Any, ...]],
                milestones: Mapping[int, Sequence[Any]], scores: Mapping[int, Health],
                as_of: date) -> list[AccountRow]:
    """The rows in list order from the grouped reads. Fields go in by position (keywords
    cost a frozen dataclass twice as much: at 50,000 rows, a tenth of the list)."""
    ordinal = as_of.toordinal()
    rows: list[AccountRow] = []
    append = rows.append
    no_score = None
    for acc_id in order:
        account = accounts.get(acc_id)
        if account is None:
            continue
        (_id, name, segment, owner, stage, status, mrr, signed, first_value, churned_date,
         external_id) = account
        done, countable, next_task, overdue, due_to_date, open_tasks = tasks.get(acc_id, _NO_TASKS)
        next_target, ms_overdue = milestones.get(acc_id, _NO_MILESTONES)
        band = task_band(overdue, due_to_date)
        score = scores.get(acc_id, no_score)
        churned = is_churned(status, churned_date, as_of)
        reasons = at_risk_reasons(
            churned=churned, health_band=score.band if score is not None else None,
            task_band=band, ninety_day=ninety_day_flag(signed, first_value, as_of, churned))
        if next_task is None:
            next_due = next_target
        else:
            next_due = next_task if next_target is None else min(next_task, next_target)
        append(AccountRow(
            acc_id, name, segment, owner, stage, status,
            100.0 * done / countable if countable else None,
            score, next_due,
            not churned and (overdue + ms_overdue) > 0,
            None if mrr is None else float(mrr),
            band, reasons,
            _days_since(signed, ordinal),
            search_key(name, segment, owner, stage, status, external_id, contacts.get(acc_id) or ""),
            0 if churned else int(open_tasks),
            0 if churned else int(overdue),
            0 if churned else int(ms_overdue),
        ))
    return rows


def _fold_tasks(rows: Sequence[Sequence[Any]]) -> dict[int, tuple[Any, ...]]:
    """Per account from :func:`task_status_rows`' (account, status) rows: done, countable (not
    skipped), earliest open due date, overdue, due to date (not skipped, due by ``as_of``),
    open tasks."""
    out: dict[int, list[Any]] = {}
    for account_id, status, count, due_before, due_by, _after, _late, first_due in rows:
        t = out.get(account_id)
        if t is None:
            t = out[account_id] = [0, 0, None, 0, 0, 0]
        if status == "done":
            t[0] += count
        if status != "skipped":
            t[1] += count
            t[4] += due_by
        t[3] += overdue_task_count(status, due_before)
        if status in OPEN_TASK_STATUSES:
            t[5] += count
            if first_due is not None and (t[2] is None or _sql_order(first_due) < _sql_order(t[2])):
                t[2] = first_due
    return {k: tuple(v) for k, v in out.items()}


def _sql_order(value: Any) -> tuple[int, Any]:
    """SQLite's order of values (numbers, then text, then blobs), which ``min()`` across the
    statuses followed: a damaged file's odd date must not stop the list with a TypeError."""
    if isinstance(value, int | float):
        return (0, value)
    return (1, value) if isinstance(value, str) else (2, bytes(value))


def search_key(name: str, segment: str, owner: str, stage: str, status: str,
               external_id: str = "", contact_names: str = "") -> str:
    """What the account filter matches, lowercased once: the columns it shows, plus the CRM
    id and the contacts' names, so "CRM-1042" or a person's name finds the account."""
    key = f"{name} {segment} {owner} {stage} {status}"
    if external_id:
        key = f"{key} {external_id}"
    if contact_names:
        key = f"{key} {contact_names}"
    return key.lower()


def _days_since(iso_date: str | None, ordinal: int) -> int | None:
    if not iso_date:
        return None
    try:
        return ordinal - date.fromisoformat(iso_date).toordinal()
    except ValueError:
        return None


_DUE_SQL = f"""
SELECT 'task', t.id, t.account_id, a.name, t.title, t.stage, t.due_date, t.status, t.owner, a.owner
FROM task t JOIN account a ON a.id = t.account_id
WHERE t.status IN {_OPEN} AND t.due_date IS NOT NULL AND t.due_date <= :until
  AND NOT {churned_sql('a')}{{task_scope}}
UNION ALL
SELECT 'milestone', m.id, m.account_id, a.name, m.name, '', m.target_date, 'open', '', a.owner
FROM milestone m JOIN account a ON a.id = m.account_id
WHERE m.achieved_date IS NULL AND m.target_date IS NOT NULL AND m.target_date <= :until
  AND NOT {churned_sql('a')}{{milestone_scope}}
ORDER BY 7, 4, 5
"""


@environment_errors()
def due_items(db: Database, as_of: date, days: int = DUE_SOON_DAYS,
              account_ids: Sequence[int] | None = None) -> list[DueItem]:
    """Open tasks and milestones due up to ``days`` ahead, overdue ones included.

    ``account_ids`` limits the read to a few accounts (a tick re-reads one account's items).
    """
    until = (as_of + timedelta(days=days)).isoformat()
    params: dict[str, Any] = {"until": until, "as_of": as_of.isoformat()}
    scopes = {"task_scope": "", "milestone_scope": ""}
    if account_ids is not None:
        params["ids"] = json.dumps([int(i) for i in account_ids])
        scopes = {"task_scope": " AND t.account_id IN (SELECT value FROM json_each(:ids))",
                  "milestone_scope": " AND m.account_id IN (SELECT value FROM json_each(:ids))"}
    ordinal = as_of.toordinal()
    items = []
    for kind, item_id, acc_id, acc_name, title, stage, due, status, owner, acc_owner in (
        db.conn.execute(_DUE_SQL.format(**scopes), params)
    ):
        late = _days_since(due, ordinal)
        items.append(DueItem(kind, item_id, acc_id, acc_name, title, stage, due,
                             late if late is not None else 0, status, owner, acc_owner or ""))
    return items


@environment_errors()
def today_data(
    db: Database,
    as_of: date,
    *,
    rows: Sequence[AccountRow] | None = None,
    health: HealthProvider = kpi_health,
) -> TodayData:
    """What the Today screen shows; pass ``rows`` to reuse an account list already read."""
    items = due_items(db, as_of)
    overdue = tuple(i for i in items if i.days_late > 0)
    soon = tuple(i for i in items if i.days_late <= 0)
    if rows is None:
        rows = account_rows(db, as_of, health=health)
    return TodayData(overdue, soon, at_risk_rows(rows))


def at_risk_rows(rows: Sequence[AccountRow]) -> tuple[AccountRow, ...]:
    """At-risk accounts, most reasons first, then lowest health."""
    return tuple(sorted((r for r in rows if r.at_risk),
                        key=lambda r: (-len(r.reasons), r.health.score if r.health else 101.0,
                                       r.name.lower())))


def counts_of(rows: Sequence[AccountRow]) -> PortfolioCounts:
    """The status bar's figures from an account list already read (the window's shared one),
    so a change costs no count queries of its own; at risk is Today's list, counted."""
    return PortfolioCounts(
        accounts=len(rows),
        open_tasks=sum(r.open_tasks for r in rows),
        overdue_tasks=sum(r.late_tasks for r in rows),
        overdue_milestones=sum(r.late_milestones for r in rows),
        at_risk=len(at_risk_rows(rows)),
    )


@environment_errors()
def portfolio_counts(db: Database, as_of: date, *, health: HealthProvider = kpi_health) -> PortfolioCounts:
    """Counts for the status bar (the CLI and tests); the window uses :func:`counts_of`."""
    return counts_of(account_rows(db, as_of, health=health))


@environment_errors()
def owners(db: Database) -> list[str]:
    """Owners already in use, for the account form's suggestions."""
    return [r[0] for r in db.conn.execute(
        "SELECT DISTINCT owner FROM account WHERE owner <> '' ORDER BY owner COLLATE NOCASE")]


@environment_errors()
def segments(db: Database) -> list[tuple[int, str]]:
    return [(int(r[0]), r[1]) for r in db.conn.execute(
        "SELECT id, name FROM segment ORDER BY name COLLATE NOCASE")]
