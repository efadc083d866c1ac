"""Baselines for the Excel benchmarks: what our import and export are compared against.

The design brief holds the import to 2 x a bare python-calamine read of the same file and
the report export to 1.3 x a bare openpyxl write-only dump of the same cells. These helpers
build the inputs and the bare baselines so ``bench/`` scripts and ad-hoc measurements agree.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from sqlite_utils import Database

from tracker.excel.importer import ImportResult, apply_import
from tracker.excel.preview import preview_workbook
from tracker.excel.report import write_summary
from tracker.excel.report_data import SHEET_BUILDERS, SheetSpec
from tracker.kpi.filters import ALL_ACCOUNTS, KpiFilter

BENCH_HEADERS = ("CRM ID", "Account", "Industry", "Employees", "Region", "Plan", "MRR", "Owner", "Status",
                 "Stage", "Signed", "Target go-live")


def best_of(func: Callable[[], Any], repeat: int = 3) -> float:
    """The fastest of ``repeat`` runs, in seconds (the least disturbed by other processes)."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        func()
        times.append(time.perf_counter() - started)
    return min(times)


def write_import_sheet(path: Path | str, rows: int = 100_000) -> Path:
    """A CRM-style accounts sheet of ``rows`` new accounts (12 columns, real dates and numbers)."""
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Accounts")
    ws.append(list(BENCH_HEADERS))
    stages = ("Embark", "Handoff", "Kickoff", "Adopt", "Review", "Expand")
    start = date(2024, 1, 1)
    for i in range(rows):
        signed = start + timedelta(days=i % 700)
        ws.append([f"B-{i:07d}", f"Bench Account {i}", "Software", 10 + i % 900, "Europe", "Growth",
                   100 + (i % 50) * 10, "Ben Carter", "Onboarding", stages[i % 6], signed,
                   signed + timedelta(days=60)])
    wb.save(str(path))
    return Path(path)


def bare_calamine_read(path: Path | str) -> int:
    """The baseline read: python-calamine, first sheet, to Python lists, in this process."""
    import python_calamine

    book = python_calamine.CalamineWorkbook.from_path(str(path))
    return len(book.get_sheet_by_index(0).to_python())


def import_file(db: Database, path: Path | str, today: date | None = None) -> ImportResult:
    """The measured import: safe child-process read, preview, and apply in one transaction."""
    previews, _ = preview_workbook(db, path, today=today)
    return apply_import(db, previews, today=today, apply_playbooks=False)


def report_specs(db: Database, as_of: date, flt: KpiFilter = ALL_ACCOUNTS) -> list[SheetSpec]:
    return [build(db, as_of, flt) for build in SHEET_BUILDERS]


def bare_dump(specs: list[SheetSpec], path: Path | str, db: Database | None = None,
              as_of: date | None = None) -> Path:
    """The baseline export: the same cells, raw, in write-only mode (no styles, tables or rules).

    With ``db`` the Summary sheet is written too (it is small), so the comparison is cell for cell.
    """
    wb = Workbook(write_only=True)
    if db is not None and as_of is not None:
        write_summary(wb, db, as_of, ALL_ACCOUNTS, len(specs[0].rows))
    for spec in specs:
        ws = wb.create_sheet(spec.title)
        ws.append([c.header for c in spec.columns])
        for row in spec.rows:
            ws.append(row)
    wb.save(str(path))
    return Path(path)
