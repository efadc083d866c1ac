"""A workbook of 1,000 small sheets previewed, against a bare python-calamine read of all of them.

Issue 15: previewing a workbook cost one reader child and one full parse of the file per
sheet, so a small workbook of a thousand sheets took over a minute to be answered where
python-calamine reads them all in well under a second. Now one child reads every sheet once.
The workbook is one Accounts sheet (5 accounts) and 999 sheets of weekly notes that fit
nothing: the preview must list all, preview the one that fits and skip the rest.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.cache import BenchContext
from bench.cases_core import open_db
from bench.core import Result, Target, timed_result

MANY_SHEETS_TARGET = Target("ratio", 2.0)
SHEETS = 1_000
BOOK_VERSION = 1


def many_sheets_book(ctx: BenchContext, sheets: int = SHEETS) -> Path:
    """The cached workbook: an Accounts sheet, then ``sheets - 1`` small note sheets."""
    target = ctx.cache_dir / f"many-sheets-{sheets}-v{BOOK_VERSION}.xlsx"
    if target.is_file():
        return target
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    accounts = wb.create_sheet("Accounts")
    accounts.append(["Company", "CRM ID", "Plan", "MRR"])
    for i in range(5):
        accounts.append([f"Many Sheets Co {i}", f"MS-{i}", "Starter", 100.0 * (i + 1)])
    for week in range(1, sheets):
        ws = wb.create_sheet(f"Week {week}")
        ws.append(["Day", "What happened"])
        ws.append(["Mon", f"Call with the sponsor, week {week}"])
        ws.append(["Thu", "Sent the recap"])
    ctx.cache_dir.mkdir(parents=True, exist_ok=True)
    part = target.with_name(target.name + ".part.xlsx")
    wb.save(part)
    part.replace(target)
    return target


def calamine_read_all(path: Path) -> Callable[[], object]:
    from python_calamine import CalamineWorkbook

    def run() -> object:
        book = CalamineWorkbook.from_path(str(path))
        return [book.get_sheet_by_name(name).to_python() for name in book.sheet_names]

    return run


def bench_many_sheets(ctx: BenchContext) -> Result:
    sheets = 100 if ctx.quick else SHEETS
    name = f"preview of a workbook of {sheets:,} small sheets"
    from tracker.excel.preview import preview_workbook

    path = many_sheets_book(ctx, sheets)
    state: dict[str, Any] = {}
    db = open_db(ctx.shared_copy())

    def run() -> object:
        previews, passed = preview_workbook(db, path, today=ctx.as_of)
        state["outcome"] = ([(p.kind, len(p.creates)) for p in previews], len(passed))
        return previews

    try:
        result = timed_result(name, run, calamine_read_all(path), ctx.runs, warmup=1,
                              baseline_label="python-calamine read of all its sheets (in this process)",
                              target=MANY_SHEETS_TARGET)
    finally:
        db.conn.close()
    previewed, passed = state.get("outcome", ([], 0))
    result.note = (f"one reader child for the whole file + detection of every sheet + preview; "
                   f"previewed {previewed}, skipped {passed} sheets")
    return result
