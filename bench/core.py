"""Results, targets and the timing loop every benchmark shares.

A benchmark measures its own code and a baseline in the same run (interleaved, so a
noisy neighbour on the 2-core machine slows both alike) and reports medians. A benchmark
that cannot measure (no built bundle, a child process that never painted) returns a
skipped result saying why: a number is only ever printed when it was measured.
"""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

PASS, MISS, INFO, SKIPPED = "PASS", "MISS", "INFO", "SKIPPED"


@dataclass(frozen=True)
class Target:
    """``max``: the median must stay at or under ``limit`` (in the result's unit);
    ``ratio``: median / baseline must stay at or under ``limit``."""

    kind: str
    limit: float

    def describe(self, unit: str) -> str:
        if self.kind == "ratio":
            return f"<= {self.limit:g}x"
        return f"< {self.limit:g} {unit}"


@dataclass
class Result:
    name: str
    unit: str = "ms"
    median: float | None = None
    baseline: float | None = None
    baseline_label: str = ""
    target: Target | None = None
    samples: list[float] = field(default_factory=list)
    baseline_samples: list[float] = field(default_factory=list)
    skipped: str | None = None
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.median is None or not self.baseline:
            return None
        return self.median / self.baseline

    @property
    def status(self) -> str:
        if self.skipped is not None or self.median is None:
            return SKIPPED
        if self.target is None:
            return INFO
        if self.target.kind == "ratio":
            ratio = self.ratio
            if ratio is None:
                return INFO
            return PASS if ratio <= self.target.limit else MISS
        return PASS if self.median <= self.target.limit else MISS

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["ratio"] = self.ratio
        data["status"] = self.status
        return data


def skipped(name: str, why: str, target: Target | None = None, unit: str = "ms") -> Result:
    return Result(name=name, unit=unit, target=target, skipped=why)


def time_once(func: Callable[[], object]) -> float:
    """Wall time of one call in milliseconds, with the collector run beforehand so a
    collection triggered by an earlier benchmark does not land in this one."""
    gc.collect()
    started = time.perf_counter()
    func()
    return (time.perf_counter() - started) * 1000.0


def measure_pair(
    func: Callable[[], object],
    baseline: Callable[[], object] | None,
    runs: int,
    *,
    warmup: int = 1,
    setup: Callable[[], object] | None = None,
) -> tuple[list[float], list[float]]:
    """Interleave the measured call and its baseline ``runs`` times each (after warm-up).

    ``setup`` runs untimed before every call of ``func`` (e.g. switch to another account).
    """
    for _ in range(warmup):
        if setup is not None:
            setup()
        func()
        if baseline is not None:
            baseline()
    own: list[float] = []
    base: list[float] = []
    for _ in range(max(1, runs)):
        if setup is not None:
            setup()
        own.append(time_once(func))
        if baseline is not None:
            base.append(time_once(baseline))
    return own, base


def median(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


def timed_result(
    name: str,
    func: Callable[[], object],
    baseline: Callable[[], object] | None,
    runs: int,
    *,
    baseline_label: str,
    target: Target | None,
    note: str = "",
    warmup: int = 1,
    setup: Callable[[], object] | None = None,
) -> Result:
    own, base = measure_pair(func, baseline, runs, warmup=warmup, setup=setup)
    return Result(
        name=name,
        median=median(own),
        baseline=median(base),
        baseline_label=baseline_label,
        target=target,
        samples=own,
        baseline_samples=base,
        note=note,
    )
