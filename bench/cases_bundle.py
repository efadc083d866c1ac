"""The built bundle's start against ``python -m ui``: does freezing cost start-up time?

Both start on the same copy of the portfolio with ``--self-test`` on an empty folder, which
records the wall-clock moment the window is up with the event loop running; the time from
spawning the process to that moment is the start. Skipped until ``packaging/build.sh`` has
built ``dist/onboarding-tracker``. Target: the bundle starts within 1.25 x ``python -m ui``
(it should not be slower at all: it reads its modules from one archive).
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from bench.cache import BenchContext
from bench.cases_process import CHILD_TIMEOUT_S, ROOT, _child_env
from bench.core import Result, Target, median, skipped

BUNDLE_TARGET = Target("ratio", 1.25)
EXE = ".exe" if sys.platform == "win32" else ""
BUNDLE = ROOT / "dist" / "onboarding-tracker" / f"onboarding-tracker{EXE}"


def start_seconds(command: list[str], db: Path, folder: Path, scratch: Path) -> float:
    """Spawn ``command --db DB --self-test FOLDER``; seconds from spawn to the window being up."""
    record = folder / "self-test.json"
    record.unlink(missing_ok=True)
    spawned = time.time()
    done = subprocess.run([*command, "--db", str(db), "--self-test", str(folder)], capture_output=True,
                          text=True, timeout=CHILD_TIMEOUT_S, env=_child_env(scratch), cwd=ROOT)
    if done.returncode != 0 or not record.is_file():
        tail = " | ".join(done.stderr.strip().splitlines()[-3:])
        raise RuntimeError(f"{command[0]} exited {done.returncode}: {tail}")
    return float(json.loads(record.read_text(encoding="utf-8"))["window_up_at"]) - spawned


def bench_bundle_start(ctx: BenchContext) -> Result:
    name = "bundle start vs python -m ui"
    if not BUNDLE.is_file():
        return skipped(name, "no bundle: build it with packaging/build.sh", BUNDLE_TARGET)
    db = ctx.fresh_copy("bundle-start.db")
    folder = ctx.scratch / "bundle-self-test"
    folder.mkdir(exist_ok=True)
    source = [sys.executable, "-m", "ui"]
    try:
        start_seconds([str(BUNDLE)], db, folder, ctx.scratch)  # warm-up: OS caches, the day's backup
        start_seconds(source, db, folder, ctx.scratch)
        own: list[float] = []
        base: list[float] = []
        for _ in range(max(1, ctx.runs)):
            own.append(start_seconds([str(BUNDLE)], db, folder, ctx.scratch) * 1000.0)
            base.append(start_seconds(source, db, folder, ctx.scratch) * 1000.0)
    except (RuntimeError, subprocess.TimeoutExpired) as exc:
        return skipped(name, str(exc), BUNDLE_TARGET)
    return Result(name=name, median=median(own), baseline=median(base), baseline_label="python -m ui start",
                  target=BUNDLE_TARGET, samples=own, baseline_samples=base,
                  note=f"{ctx.size} portfolio, spawn to window up, offscreen")
