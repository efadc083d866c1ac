"""Benchmarks of the core (no Qt): portfolio KPIs, ticking a task, reading one account.

Baselines are the least work that could produce the same answer: one direct SQL
aggregate for the KPIs, a bare UPDATE + COMMIT for a tick, one SELECT of an account's tasks.
"""

from __future__ import annotations

import contextlib
import importlib
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from bench.cache import BenchContext
from bench.core import Result, Target, missing_attr, skipped, timed_result
from tracker.database import Database

KPI_TARGET = Target("max", 150.0)
TICK_TARGET = Target("max", 20.0)

# Raw counts behind the portfolio KPIs, straight from SQL: the floor any KPI engine sits on.
KPI_BASELINE_SQL = """
SELECT
  (SELECT count(*) FROM contact WHERE invited_date <= :d),
  (SELECT count(*) FROM contact WHERE activated_date <= :d),
  (SELECT count(*) FROM account WHERE golive_date <= :d),
  (SELECT count(*) FROM account WHERE golive_date <= :d AND golive_date <= target_golive_date),
  (SELECT count(*) FROM task WHERE status IN ('todo', 'in_progress', 'blocked') AND due_date < :d),
  (SELECT count(*) FROM task WHERE due_date <= :d),
  (SELECT sum(status = 'done') * 1.0 / nullif(sum(status <> 'skipped'), 0) FROM task),
  (SELECT sum(score >= 4) * 1.0 / count(*) FROM feedback WHERE kind = 'csat' AND date <= :d),
  (SELECT (sum(score >= 9) - sum(score <= 6)) * 100.0 / count(*) FROM feedback
     WHERE kind = 'nps' AND date <= :d),
  (SELECT count(*) FROM account WHERE churned_date <= :d),
  (SELECT sum(mrr) FROM account)
"""
TTFV_BASELINE_SQL = "SELECT signed_date, first_value_date, churned_date FROM account"


def open_db(path: Path) -> Database:
    from tracker.storage.db import open_database

    return open_database(path)


def kpi_call(db: Database, as_of: date) -> Callable[[], object]:
    report = importlib.import_module("tracker.kpi.report")
    filters = importlib.import_module("tracker.kpi.filters")
    flt = filters.KpiFilter()
    return lambda: report.portfolio_kpis(db, as_of, flt)


def kpi_baseline(db: Database, as_of: date) -> Callable[[], object]:
    def run() -> object:
        counts = db.conn.execute(KPI_BASELINE_SQL, {"d": as_of.isoformat()}).fetchone()
        dates = db.conn.execute(TTFV_BASELINE_SQL).fetchall()
        return counts, dates

    return run


def bench_portfolio_kpis(ctx: BenchContext) -> Result:
    name = "portfolio KPIs"
    reason = missing_attr("tracker.kpi.report", "portfolio_kpis") or missing_attr(
        "tracker.kpi.filters", "KpiFilter")
    if reason:
        return skipped(name, reason, KPI_TARGET)
    db = open_db(ctx.shared_copy())
    try:
        return timed_result(name, kpi_call(db, ctx.as_of), kpi_baseline(db, ctx.as_of), ctx.runs,
                            baseline_label="direct SQL aggregate of the raw counts",
                            target=KPI_TARGET, note=f"{ctx.size}, no filter")
    finally:
        db.conn.close()


def account_refresh(db: Database, as_of: date) -> Callable[[int], object] | None:
    """What the window re-reads for one account after a tick: its account-list row (which
    carries its health score) when that query exists, else its health score alone."""
    try:
        health = importlib.import_module("tracker.kpi.health")
    except ImportError:
        return None
    try:
        portfolio = importlib.import_module("tracker.queries.portfolio")
    except ImportError:
        portfolio = None
    row_fn = _single_account_row(portfolio) if portfolio is not None else None
    if row_fn is not None:
        return lambda acc: row_fn(db, acc, as_of)
    return lambda acc: health.health_scores(db, as_of, [acc])


def _single_account_row(portfolio: Any) -> Callable[[Database, int, date], object] | None:
    """The account-list query restricted to one account, under whichever name it has."""
    for fn_name in ("account_row", "account_rows", "list_account_rows"):
        fn = getattr(portfolio, fn_name, None)
        if fn is None:
            continue
        if fn_name == "account_row":
            return lambda db, acc, as_of: fn(db, acc, as_of)
        try:
            import inspect

            if "account_ids" in inspect.signature(fn).parameters:
                return lambda db, acc, as_of: fn(db, as_of, account_ids=[acc])
        except (TypeError, ValueError):
            continue
    return None


def pick_open_task(db: Database) -> tuple[int, int]:
    """An open task of an onboarding account (the usual tick), else any task at all."""
    row = db.conn.execute(
        "SELECT t.id, t.account_id FROM task t JOIN account a ON a.id = t.account_id"
        " ORDER BY t.status = 'todo' AND a.status = 'onboarding' DESC, t.status = 'todo' DESC, t.id"
        " LIMIT 1"
    ).fetchone()
    if row is None:
        raise LookupError("the portfolio has no tasks to tick")
    return int(row[0]), int(row[1])


def bench_tick_task(ctx: BenchContext) -> Result:
    name = "tick a task (write + health + account refresh)"
    reason = missing_attr("tracker.kpi.health", "health_scores")
    if reason:
        return skipped(name, reason, TICK_TARGET)
    from tracker.services.tasks import set_task_status

    db = open_db(ctx.fresh_copy("tick.db"))
    try:
        task_id, account_id = pick_open_task(db)
        refresh = account_refresh(db, ctx.as_of)
        assert refresh is not None
        state = {"done": False}

        def tick() -> object:
            state["done"] = not state["done"]
            set_task_status(db, task_id, "done" if state["done"] else "todo", today=ctx.as_of)
            return refresh(account_id)

        def bare() -> None:
            with db.conn:
                db.conn.execute("UPDATE task SET status = ?, done_date = ? WHERE id = ?",
                                ("done" if state["done"] else "todo", ctx.as_of.isoformat(), task_id))

        note = ("set_task_status + account_rows for that account (incl. its health)"
                if _portfolio_row_available() else "set_task_status + health_scores for that account")
        return timed_result(name, tick, bare, max(ctx.runs, 5), baseline_label="bare UPDATE + COMMIT",
                            target=TICK_TARGET, note=note)
    finally:
        db.conn.close()


def _portfolio_row_available() -> bool:
    try:
        portfolio = importlib.import_module("tracker.queries.portfolio")
    except ImportError:
        return False
    return _single_account_row(portfolio) is not None


def account_with_tasks(path: Path, wanted: int) -> int:
    """An account of the copy at ``path`` with at least ``wanted`` tasks (playbooks applied)."""
    from tracker.services.journeys import apply_playbook

    db = open_db(path)
    try:
        account_id = int(db.conn.execute(
            "SELECT account_id FROM task GROUP BY account_id ORDER BY count(*) DESC, account_id LIMIT 1"
        ).fetchone()[0])
        playbooks = [int(r[0]) for r in db.conn.execute("SELECT id FROM playbook ORDER BY id")]
        i = 0
        while _task_count(db, account_id) < wanted and playbooks:
            apply_playbook(db, account_id, playbooks[i % len(playbooks)], date(2026, 1, 5))  # type: ignore[arg-type]
            i += 1
        return account_id
    finally:
        db.conn.close()


def _task_count(db: Database, account_id: int) -> int:
    return int(db.conn.execute("SELECT count(*) FROM task WHERE account_id = ?",
                               (account_id,)).fetchone()[0])


def bench_open_account_core(ctx: BenchContext) -> Result:
    name = "open an account with 60 tasks (core read)"
    reason = missing_attr("tracker.queries.account_detail", "load_account_detail")
    if reason:
        return skipped(name, reason)
    from tracker.queries.account_detail import load_account_detail

    path = ctx.fresh_copy("open-account.db")
    account_id = account_with_tasks(path, 60)
    db = open_db(path)
    try:
        health: Any = None
        with contextlib.suppress(ImportError):
            health = importlib.import_module("tracker.kpi.health")
        tasks = _task_count(db, account_id)

        def load() -> object:
            detail = load_account_detail(db, account_id)
            if health is not None:
                return detail, health.health_scores(db, ctx.as_of, [account_id])
            return detail

        def bare() -> object:
            return db.conn.execute("SELECT * FROM task WHERE account_id = ?", (account_id,)).fetchall()

        note = f"{tasks} tasks; load_account_detail" + (" + health" if health is not None else "")
        return timed_result(name, load, bare, max(ctx.runs, 5), baseline_label="SELECT of its tasks",
                            target=None, note=note + "; DESIGN.md sets no limit")
    finally:
        db.conn.close()
