"""How the cheap, data-bound benchmarks grow from S (50 accounts) to L and XL (50,000).

Cost per account should stay flat or fall as the portfolio grows; a rise means some
step is worse than linear (a per-row query, a quadratic join).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from bench.cache import AS_OF, demo_path
from bench.cases_core import kpi_baseline, open_db, pick_open_task
from bench.core import measure_pair, median
from tracker.database import Database
from tracker.demo import size_to_count


def _cases(db: Database) -> dict[str, Callable[[], object]]:
    """The benchmarks that can run at XL in seconds, by name; absent modules are left out."""
    cases: dict[str, Callable[[], object]] = {"direct SQL KPI counts": kpi_baseline(db, AS_OF)}
    try:
        report = importlib.import_module("tracker.kpi.report")
        flt = importlib.import_module("tracker.kpi.filters").KpiFilter()
        cases["portfolio KPIs"] = lambda: report.portfolio_kpis(db, AS_OF, flt)
    except (ImportError, AttributeError):
        pass
    try:
        health = importlib.import_module("tracker.kpi.health")
        cases["health scores, all accounts"] = lambda: health.health_scores(db, AS_OF)
    except ImportError:
        pass
    portfolio = _portfolio_rows(db)
    if portfolio is not None:
        cases["account list rows"] = portfolio
    try:
        health = importlib.import_module("tracker.kpi.health")
        from tracker.services.tasks import set_task_status

        task_id, account_id = pick_open_task(db)
        state = {"done": False}

        def tick() -> object:
            state["done"] = not state["done"]
            set_task_status(db, task_id, "done" if state["done"] else "todo", today=AS_OF)
            return health.health_scores(db, AS_OF, [account_id])

        cases["tick a task + its health"] = tick
    except ImportError:
        pass
    return cases


def _portfolio_rows(db: Database) -> Callable[[], object] | None:
    try:
        portfolio = importlib.import_module("tracker.queries.portfolio")
    except ImportError:
        return None
    for name in ("account_rows", "list_account_rows", "load_account_rows"):
        fn: Any = getattr(portfolio, name, None)
        if callable(fn):
            return lambda: fn(db, AS_OF)
    return None


def run_scaling(sizes: list[str], cache_dir: Any, runs: int) -> list[dict[str, Any]]:
    """Median of each case at each size, on a throw-away copy (ticks write)."""
    import shutil
    import tempfile
    from pathlib import Path

    rows: list[dict[str, Any]] = []
    for size in sizes:
        print(f"  [scaling] preparing {size} ...", flush=True)
        source = demo_path(size, cache_dir)
        scratch = Path(tempfile.mkdtemp(prefix="onbt-scaling-"))
        try:
            copy = scratch / "scaling.db"
            shutil.copy(source, copy)
            db = open_db(copy)
            try:
                for name, func in _cases(db).items():
                    own, _ = measure_pair(func, None, runs)
                    rows.append({"name": name, "size": size, "accounts": size_to_count(size),
                                 "median": median(own), "samples": own})
            finally:
                db.conn.close()
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
    return rows
