"""How the cheap, data-bound benchmarks grow from S (50 accounts) to L and XL (50,000).

Cost per account should stay flat or fall as the portfolio grows; a rise means some
step is worse than linear (a per-row query, a quadratic join).
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.cache import AS_OF, demo_path
from bench.cases_core import kpi_baseline, kpi_call, open_db, pick_open_task
from bench.core import measure_pair, median
from tracker.database import Database
from tracker.demo import size_to_count
from tracker.kpi.health import health_scores
from tracker.queries.portfolio import account_rows
from tracker.services.tasks import set_task_status


def _cases(db: Database) -> dict[str, Callable[[], object]]:
    """The benchmarks that can run at XL in seconds, by name."""
    task_id, account_id = pick_open_task(db)
    state = {"done": False}

    def tick() -> object:
        state["done"] = not state["done"]
        set_task_status(db, task_id, "done" if state["done"] else "todo", today=AS_OF)
        return health_scores(db, AS_OF, [account_id])

    return {
        "direct SQL KPI counts": kpi_baseline(db, AS_OF),
        "portfolio KPIs": kpi_call(db, AS_OF),
        "health scores, all accounts": lambda: health_scores(db, AS_OF),
        "account list rows": lambda: account_rows(db, AS_OF),
        "tick a task + its health": tick,
    }


def run_scaling(sizes: list[str], cache_dir: Path, runs: int) -> list[dict[str, Any]]:
    """Median of each case at each size, on a throw-away copy (ticks write)."""
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
