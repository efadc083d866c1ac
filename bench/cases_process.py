"""Benchmarks that need a fresh process each time: start-up to a painted window, peak RSS.

Both the app and its baseline (a bare PySide6 window) run as ``bench.probe_start``
children with their own config and data folders, so the user's QSettings and default
database are never touched.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from bench.cache import BenchContext
from bench.core import Result, Target, median, skipped

START_TARGET = Target("ratio", 1.5)
RSS_TARGET = Target("max", 400.0)
CHILD_TIMEOUT_S = 120.0
ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class ProbeRun:
    painted_ms: float
    hwm_mb: float | None
    visited: tuple[str, ...] = ()  # the views the probe showed (``--visit-views``)


class ProbeError(RuntimeError):
    pass


def _child_env(scratch: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = env.get("QT_QPA_PLATFORM", "offscreen")
    env["XDG_CONFIG_HOME"] = str(scratch / "config")
    env["XDG_DATA_HOME"] = str(scratch / "data")
    env["XDG_CACHE_HOME"] = str(scratch / "cache")
    env["MPLCONFIGDIR"] = str(scratch / "mpl")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    # Start as an installed app starts: from compiled bytecode. A PYTHONDONTWRITEBYTECODE
    # inherited from the shell made every app start compile its ~150 modules from source
    # (the bare window's PySide6 is compiled in site-packages); the warm-up run fills this
    # cache for both.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(scratch / "pycache")
    return env


def run_probe(mode: str, scratch: Path, db: Path | None = None, *, settle_ms: int = 0,
              visit_views: bool = False) -> ProbeRun:
    """Spawn one probe child; time from spawn to its PAINTED line."""
    cmd = [sys.executable, "-m", "bench.probe_start", mode, "--settle-ms", str(settle_ms)]
    if db is not None:
        cmd += ["--db", str(db)]
    if visit_views:
        cmd.append("--visit-views")
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=_child_env(scratch), cwd=ROOT)
    assert proc.stdout is not None
    painted: float | None = None
    hwm: float | None = None
    visited: tuple[str, ...] = ()
    try:
        for line in proc.stdout:
            if line.startswith("PAINTED") and painted is None:
                painted = (time.perf_counter() - started) * 1000.0
            elif line.startswith("RSS"):
                kb = int(line.split()[1]) or int(line.split()[2])  # VmHWM, else ru_maxrss
                hwm = kb / 1024.0 if kb else None
            elif line.startswith("VISITED"):
                visited = tuple(line.split()[1].split(","))
        _, err = proc.communicate(timeout=CHILD_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        proc.kill()
        _, err = proc.communicate()
        raise ProbeError(f"{mode} start did not finish within {CHILD_TIMEOUT_S:.0f} s") from None
    if painted is None:
        tail = " | ".join(err.strip().splitlines()[-3:])
        raise ProbeError(f"{mode} start never painted a main window (exit {proc.returncode}): {tail}")
    return ProbeRun(painted, hwm, visited)


def bench_app_start(ctx: BenchContext) -> Result:
    name = "app start to painted main window"
    db = ctx.fresh_copy("app-start.db")
    try:
        # Warm-up: the first start takes the day's rolling backup, compiles the bytecode and
        # fills OS caches.
        run_probe("app", ctx.scratch, db)
        run_probe("bare", ctx.scratch)
        own: list[float] = []
        base: list[float] = []
        for _ in range(max(1, ctx.runs)):
            own.append(run_probe("app", ctx.scratch, db).painted_ms)
            base.append(run_probe("bare", ctx.scratch).painted_ms)
    except ProbeError as exc:
        return skipped(name, str(exc), START_TARGET)
    return Result(name=name, median=median(own), baseline=median(base),
                  baseline_label="bare PySide6 window start", target=START_TARGET,
                  samples=own, baseline_samples=base,
                  note=f"{ctx.size} portfolio, fresh interpreter each run, offscreen")


def bench_peak_rss(ctx: BenchContext) -> Result:
    name = "peak RSS with the portfolio open"
    db = ctx.fresh_copy("app-rss.db")
    settle = 300 if ctx.quick else 1500
    try:
        app = run_probe("app", ctx.scratch, db, settle_ms=settle, visit_views=True)
        bare = run_probe("bare", ctx.scratch, settle_ms=settle)
    except ProbeError as exc:
        return skipped(name, str(exc), RSS_TARGET, unit="MB")
    if app.hwm_mb is None or bare.hwm_mb is None:
        return skipped(name, "the probe did not report its memory", RSS_TARGET, unit="MB")
    return Result(name=name, unit="MB", median=app.hwm_mb, baseline=bare.hwm_mb,
                  baseline_label="bare PySide6 window", target=RSS_TARGET,
                  samples=[app.hwm_mb], baseline_samples=[bare.hwm_mb],
                  note=f"VmHWM after paint, views shown once ({', '.join(app.visited) or 'none'}) "
                       f"and a settle of {settle} ms")
