"""The benchmark command runs end to end at a tiny size, so it cannot rot unnoticed.

No timing is asserted: the smoke run checks that every benchmark runs (or says precisely
why it cannot), that the JSON holds what the table printed, and that --compare works.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bench.cache import BenchContext
from bench.cases_bundle import BUNDLE, bench_bundle_start
from bench.cases_process import bench_peak_rss
from bench.core import INFO, MISS, PASS, SKIPPED, Result, Target
from bench.report import compare, scaling_table, table
from bench.run import BENCHMARKS, QUICK_SKIPS

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def bench_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("bench-smoke")


@pytest.fixture(scope="module")
def smoke(bench_folder: Path) -> tuple[dict[str, object], str]:
    folder = bench_folder
    out = folder / "xs.json"
    done = subprocess.run(
        [sys.executable, "-m", "bench.run", "--size", "XS", "--runs", "1", "--quick",
         "--json", str(out), "--cache-dir", str(folder / "cache")],
        capture_output=True, text=True, timeout=240, cwd=ROOT,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    return json.loads(out.read_text(encoding="utf-8")), done.stdout


def test_every_benchmark_runs_at_xs(smoke: tuple[dict[str, object], str]) -> None:
    document, stdout = smoke
    results = document["results"]
    assert isinstance(results, list)
    assert len(results) == len(BENCHMARKS) - len(QUICK_SKIPS)
    for result in results:
        assert result["status"] in (PASS, MISS, INFO, SKIPPED)
        assert not str(result["skipped"] or "").startswith("benchmark failed"), result
        if result["status"] != SKIPPED:
            assert result["median"] is not None and result["median"] > 0
            assert result["samples"], result["name"]
        assert str(result["name"]) in stdout


def test_nothing_is_skipped_once_its_code_exists(smoke: tuple[dict[str, object], str]) -> None:
    """Every module the benchmarks need is written now: a skip means a renamed entry point."""
    document, _ = smoke
    skipped = [r for r in document["results"] if r["status"] == SKIPPED]  # type: ignore[attr-defined]
    assert skipped == []


def test_start_probe_paints_and_shows_every_view(bench_folder: Path,
                                                 smoke: tuple[dict[str, object], str]) -> None:
    """The process benchmarks --quick leaves out: the probe child starts the real app, shows
    every view the window registered, and reports its memory (one bare and one app start)."""
    ctx = BenchContext(size="XS", runs=1, cache_dir=bench_folder / "cache", quick=True)
    try:
        result = bench_peak_rss(ctx)
    finally:
        ctx.cleanup()
    assert result.status != SKIPPED, result.skipped
    assert result.median is not None and result.baseline is not None and result.median > result.baseline
    for key in ("today", "accounts", "account", "playbooks", "dashboard", "analytics"):
        assert key in result.note


def test_bundle_start_says_why_it_cannot_run() -> None:
    if BUNDLE.is_file():
        pytest.skip("a bundle is built: the L run measures it")
    ctx = BenchContext(size="XS", runs=1, cache_dir=Path("unused"))
    try:
        assert bench_bundle_start(ctx).skipped == "no bundle: build it with packaging/build.sh"
    finally:
        ctx.cleanup()


def test_json_records_the_settings(smoke: tuple[dict[str, object], str]) -> None:
    document, _ = smoke
    settings = document["settings"]
    assert isinstance(settings, dict)
    assert settings["size"] == "XS" and settings["runs"] == 1 and settings["quick"] is True


def test_status_follows_the_target() -> None:
    assert Result("a", median=10.0, target=Target("max", 20.0)).status == PASS
    assert Result("a", median=30.0, target=Target("max", 20.0)).status == MISS
    assert Result("a", median=30.0, baseline=10.0, target=Target("ratio", 2.0)).status == MISS
    assert Result("a", median=15.0, baseline=10.0, target=Target("ratio", 2.0)).status == PASS
    assert Result("a", median=15.0).status == INFO
    assert Result("a", skipped="tracker.x is not there yet").status == SKIPPED


def test_compare_shows_the_change(capsys: pytest.CaptureFixture[str]) -> None:
    previous = {"created": "yesterday", "results": [
        {"name": "kpis", "median": 100.0, "ratio": 4.0, "status": PASS},
        {"name": "gone", "median": 5.0, "ratio": None, "status": INFO},
    ]}
    now = [Result("kpis", median=150.0, baseline=25.0, target=Target("max", 120.0)),
           Result("new one", median=1.0)]
    lines = compare(previous, now)
    assert "+50 %" in lines[1] and "4.00x -> 6.00x" in lines[1] and "[PASS -> MISS]" in lines[1]
    assert "no earlier figure" in lines[2]
    table(now)
    scaling_table([{"name": "kpis", "size": "S", "accounts": 50, "median": 2.0},
                   {"name": "kpis", "size": "L", "accounts": 5000, "median": 100.0}])
    printed = capsys.readouterr().out
    assert "kpis" in printed and "MISS" in printed and "x0.50 (linear or better)" in printed
