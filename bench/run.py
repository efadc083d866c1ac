"""The one benchmark command.

    python -m bench.run [--size L] [--runs N] [--json out.json] [--compare previous.json]
                        [--quick] [--scaling] [--only KEY ...] [--cache-dir DIR]

Builds (once, cached) the demo portfolio, runs every benchmark against its baseline in
the same run, prints name / median / baseline / ratio / target / PASS-MISS, and writes
JSON (bench/results/latest.json unless --json says otherwise). Exit status is 0 even
when a target is missed: these are measurements, not tests.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from bench import (
    cases_bundle,
    cases_core,
    cases_excel,
    cases_goals,
    cases_import_floor,
    cases_process,
    cases_speed,
    cases_timeline,
    cases_ui,
    cases_workbook,
)
from bench.cache import DEFAULT_CACHE, BenchContext, demo_path
from bench.core import Result, skipped
from bench.report import compare, scaling_table, table, to_document, write_json
from bench.scaling import run_scaling

Bench = Callable[[BenchContext], Result]

# Key -> benchmark, in the order they print. Keys serve --only.
BENCHMARKS: dict[str, Bench] = {
    "start": cases_process.bench_app_start,
    "rss": cases_process.bench_peak_rss,
    "bundle": cases_bundle.bench_bundle_start,
    "kpis": cases_core.bench_portfolio_kpis,
    "dashboard": cases_ui.bench_dashboard_refresh,
    "filter": cases_ui.bench_filter_keystroke,
    "tick": cases_core.bench_tick_task,
    "account": cases_core.bench_open_account_core,
    "account_ui": cases_ui.bench_open_account_view,
    "timeline": cases_timeline.bench_timeline,
    "goals": cases_goals.bench_goal_evaluation,
    "import": cases_excel.bench_import,
    "import_floor": cases_import_floor.bench_import_floor,
    "sheets": cases_workbook.bench_many_sheets,
    "export": cases_excel.bench_export,
    **cases_speed.BENCHMARKS,  # issue 21: filter repaint, first show of Today and Accounts
}
# Spawning fresh interpreters is the slow part of a smoke run; --quick leaves it out.
QUICK_SKIPS = frozenset({"start", "rss", "bundle"})
DEFAULT_JSON = Path(__file__).resolve().parent / "results" / "latest.json"


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", default="L", help="demo portfolio size: XS, S, M, L, XL (default L)")
    parser.add_argument("--runs", type=int, default=5, help="measured runs per benchmark (default 5)")
    parser.add_argument("--json", type=Path, default=DEFAULT_JSON, help="where to write the results")
    parser.add_argument("--compare", type=Path, default=None, help="a previous results JSON")
    parser.add_argument("--quick", action="store_true",
                        help="smoke run: no process start-up benchmarks, a small import sheet")
    parser.add_argument("--scaling", action="store_true",
                        help="also show cost per account from S to L to XL (builds XL once, ~30 s)")
    parser.add_argument("--scaling-sizes", default="S,L,XL", help="sizes for --scaling")
    parser.add_argument("--only", nargs="+", choices=sorted(BENCHMARKS), default=None,
                        help="run only these benchmarks")
    parser.add_argument("--cache-dir", type=Path, default=DEFAULT_CACHE)
    return parser.parse_args(argv)


def run(args: argparse.Namespace) -> dict[str, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    ctx = BenchContext(size=args.size.upper(), runs=args.runs, cache_dir=args.cache_dir,
                       quick=args.quick)
    started = time.perf_counter()
    demo_path(ctx.size, ctx.cache_dir, ctx.seed, ctx.as_of)
    print(f"Portfolio {ctx.size} ready in {time.perf_counter() - started:.1f} s "
          f"(cache {ctx.cache_dir}); {ctx.runs} runs per benchmark.", flush=True)
    keys = args.only or list(BENCHMARKS)
    results: list[Result] = []
    try:
        for key in keys:
            if args.quick and key in QUICK_SKIPS and not args.only:
                continue
            t0 = time.perf_counter()
            try:
                result = BENCHMARKS[key](ctx)
            except Exception as exc:  # a broken benchmark must not hide the others
                result = skipped(key, f"benchmark failed: {type(exc).__name__}: {exc}")
            results.append(result)
            print(f"  [{key}] {result.status} in {time.perf_counter() - t0:.1f} s", flush=True)
        scaling: list[dict[str, Any]] = []
        if args.scaling:
            sizes = [s.strip().upper() for s in args.scaling_sizes.split(",") if s.strip()]
            scaling = run_scaling(sizes, ctx.cache_dir, ctx.runs)
    finally:
        ctx.cleanup()
    print()
    table(results)
    if scaling:
        print()
        scaling_table(scaling)
    settings = {"size": ctx.size, "runs": ctx.runs, "quick": args.quick, "as_of": ctx.as_of.isoformat(),
                "seed": ctx.seed, "benchmarks": keys}
    document = to_document(results, settings, scaling)
    if args.compare is not None:
        print()
        compare(json.loads(args.compare.read_text(encoding="utf-8")), results)
    write_json(args.json, document)
    print(f"\nResults written to {args.json}")
    return document


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.compare is not None and not args.compare.is_file():
        print(f"error: no results file at {args.compare}", file=sys.stderr)
        return 2
    run(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
