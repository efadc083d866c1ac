"""Benchmarks of the core (no Qt): portfolio KPIs, ticking a task, reading one account.

Baselines are the least work that could produce the same answer: one direct SQL
aggregate for the KPIs, a bare UPDATE + COMMIT for a tick, one SELECT of an account's tasks.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from bench.cache import BenchContext
from bench.core import Result, Target, timed_result
from tracker.database import Database
from tracker.domain import AccountId, PlaybookId
from tracker.kpi.filters import KpiFilter
from tracker.kpi.health import health_scores
from tracker.kpi.report import portfolio_kpis
from tracker.queries.account_detail import load_account_detail
from tracker.queries.portfolio import account_rows
from tracker.services.journeys import apply_playbook
from tracker.services.tasks import set_task_status
from tracker.storage.db import open_database

KPI_TARGET = Target("max", 100.0)  # DESIGN.md: "Portfolio KPIs: under 100 ms"
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
    return open_database(path)


def kpi_call(db: Database, as_of: date) -> Callable[[], object]:
    flt = KpiFilter()
    return lambda: portfolio_kpis(db, as_of, flt)


def kpi_baseline(db: Database, as_of: date) -> Callable[[], object]:
    def run() -> object:
        counts = db.conn.execute(KPI_BASELINE_SQL, {"d": as_of.isoformat()}).fetchone()
        dates = db.conn.execute(TTFV_BASELINE_SQL).fetchall()
        return counts, dates

    return run


def bench_portfolio_kpis(ctx: BenchContext) -> Result:
    name = "portfolio KPIs"
    db = open_db(ctx.shared_copy())
    try:
        return timed_result(name, kpi_call(db, ctx.as_of), kpi_baseline(db, ctx.as_of), ctx.runs,
                            baseline_label="direct SQL aggregate of the raw counts",
                            target=KPI_TARGET, note=f"{ctx.size}, no filter")
    finally:
        db.conn.close()


def account_refresh(db: Database, as_of: date) -> Callable[[int], object]:
    """What the window re-reads for one account after a tick: its account-list row, which
    carries its health score."""
    return lambda account_id: account_rows(db, as_of, account_ids=[account_id])


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
    db = open_db(ctx.fresh_copy("tick.db"))
    try:
        task_id, account_id = pick_open_task(db)
        refresh = account_refresh(db, ctx.as_of)
        state = {"done": False}

        def tick() -> object:
            state["done"] = not state["done"]
            set_task_status(db, task_id, "done" if state["done"] else "todo", today=ctx.as_of)
            return refresh(account_id)

        def bare() -> None:
            with db.conn:
                db.conn.execute("UPDATE task SET status = ?, done_date = ? WHERE id = ?",
                                ("done" if state["done"] else "todo", ctx.as_of.isoformat(), task_id))

        return timed_result(name, tick, bare, max(ctx.runs, 5), baseline_label="bare UPDATE + COMMIT",
                            target=TICK_TARGET,
                            note="set_task_status + account_rows for that account (incl. its health)")
    finally:
        db.conn.close()


def account_with_tasks(path: Path, wanted: int) -> int:
    """An account of the copy at ``path`` with at least ``wanted`` tasks (playbooks applied)."""
    db = open_db(path)
    try:
        account_id = int(db.conn.execute(
            "SELECT account_id FROM task GROUP BY account_id ORDER BY count(*) DESC, account_id LIMIT 1"
        ).fetchone()[0])
        playbooks = [int(r[0]) for r in db.conn.execute("SELECT id FROM playbook ORDER BY id")]
        i = 0
        while _task_count(db, account_id) < wanted and playbooks:
            apply_playbook(db, AccountId(account_id), PlaybookId(playbooks[i % len(playbooks)]),
                           date(2026, 1, 5))
            i += 1
        return account_id
    finally:
        db.conn.close()


def _task_count(db: Database, account_id: int) -> int:
    return int(db.conn.execute("SELECT count(*) FROM task WHERE account_id = ?",
                               (account_id,)).fetchone()[0])


def bench_open_account_core(ctx: BenchContext) -> Result:
    name = "open an account with 60 tasks (core read)"
    path = ctx.fresh_copy("open-account.db")
    account_id = account_with_tasks(path, 60)
    db = open_db(path)
    try:
        tasks = _task_count(db, account_id)

        def load() -> object:
            return load_account_detail(db, account_id), health_scores(db, ctx.as_of, [account_id])

        def bare() -> object:
            return db.conn.execute("SELECT * FROM task WHERE account_id = ?", (account_id,)).fetchall()

        return timed_result(name, load, bare, max(ctx.runs, 5), baseline_label="SELECT of its tasks",
                            target=None,
                            note=f"{tasks} tasks; load_account_detail + health; DESIGN.md sets no limit")
    finally:
        db.conn.close()
