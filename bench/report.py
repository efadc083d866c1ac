"""Printing results as a table, saving them as JSON, and comparing with a previous run."""

from __future__ import annotations

import json
import platform
import sys
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

from bench.core import Result


def fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    if unit == "ms" and value >= 10000:
        return f"{value / 1000:.1f} s"
    if value >= 100:
        return f"{value:.0f} {unit}"
    return f"{value:.1f} {unit}" if value >= 10 else f"{value:.2f} {unit}"


def table(results: Iterable[Result], out: TextIO | None = None) -> None:
    out = out or sys.stdout
    header = f"{'benchmark':<48} {'median':>10} {'baseline':>10} {'ratio':>7} {'target':>10}  status"
    print(header, file=out)
    print("-" * len(header), file=out)
    for r in results:
        ratio = f"{r.ratio:.2f}x" if r.ratio is not None else "-"
        target = r.target.describe(r.unit) if r.target else "none"
        print(f"{r.name:<48} {fmt(r.median, r.unit):>10} {fmt(r.baseline, r.unit):>10} "
              f"{ratio:>7} {target:>10}  {r.status}", file=out)
        details = []
        if r.skipped:
            details.append(f"SKIPPED: {r.skipped}")
        if r.baseline_label and r.skipped is None:
            details.append(f"baseline: {r.baseline_label}")
        if r.note:
            details.append(r.note)
        for line in details:
            print(f"    {line}", file=out)


def to_document(results: list[Result], settings: dict[str, Any],
                scaling: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "python": sys.version.split()[0],
        "machine": platform.platform(),
        "settings": settings,
        "results": [r.to_json() for r in results],
        "scaling": scaling or [],
    }


def write_json(path: Path, document: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(json.dumps(document, indent=2), encoding="utf-8")
    tmp.replace(path)


def compare(previous: dict[str, Any], results: list[Result], out: TextIO | None = None) -> list[str]:
    """Print each benchmark's change against ``previous``; returns the lines printed."""
    out = out or sys.stdout
    before = {r["name"]: r for r in previous.get("results", [])}
    lines = [f"Compared with the run of {previous.get('created', '?')}:"]
    for r in results:
        old = before.get(r.name)
        if old is None or old.get("median") is None or r.median is None:
            lines.append(f"  {r.name:<48} no earlier figure" if old is None or r.median is not None
                         else f"  {r.name:<48} skipped now")
            continue
        change = (r.median - old["median"]) / old["median"] * 100.0 if old["median"] else 0.0
        old_ratio, new_ratio = old.get("ratio"), r.ratio
        ratio_txt = ""
        if old_ratio is not None and new_ratio is not None:
            ratio_txt = f"  ratio {old_ratio:.2f}x -> {new_ratio:.2f}x"
        lines.append(f"  {r.name:<48} {fmt(old['median'], r.unit):>10} -> {fmt(r.median, r.unit):>10} "
                     f"({change:+.0f} %){ratio_txt}  [{old.get('status', '?')} -> {r.status}]")
    for line in lines:
        print(line, file=out)
    return lines


def scaling_table(rows: list[dict[str, Any]], out: TextIO | None = None) -> None:
    """Cost per account from S to L to XL: flat or falling means it grows no faster than data."""
    out = out or sys.stdout
    if not rows:
        return
    sizes = sorted({r["size"] for r in rows}, key=lambda s: next(
        x["accounts"] for x in rows if x["size"] == s))
    names = list(dict.fromkeys(r["name"] for r in rows))
    head = (f"{'benchmark':<34}" + "".join(f"{s + ' ms':>11}{'us/acct':>9}" for s in sizes)
            + "  per-account cost, last step")
    print(head, file=out)
    print("-" * len(head), file=out)
    for name in names:
        cells = ""
        per: list[float] = []
        for size in sizes:
            row = next((r for r in rows if r["name"] == name and r["size"] == size), None)
            if row is None or row.get("median") is None:
                cells += f"{'-':>11}{'-':>9}"
                continue
            per_acct = row["median"] * 1000.0 / row["accounts"]
            per.append(per_acct)
            cells += f"{row['median']:>11.1f}{per_acct:>9.1f}"
        verdict = "-"
        totals = [r["median"] for size in sizes for r in rows
                  if r["name"] == name and r["size"] == size and r.get("median") is not None]
        if len(per) >= 2 and per[-2] > 0:
            # The two largest sizes: at S fixed costs dominate the per-account figure.
            factor = per[-1] / per[-2]
            growth = "(linear or better)" if factor <= 1.25 else "(faster than the data)"
            # Issue 21: at XL (10x the accounts of L) within 10x the L cost.
            verdict = f"x{factor:.2f} {growth}; {totals[-1] / totals[-2]:.1f}x the total"
        print(f"{name:<34}{cells}  {verdict}", file=out)
