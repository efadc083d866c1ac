"""Excel benchmarks: a 100,000-row import and the full report export, each against the bare
library doing the same file (python-calamine reading it; openpyxl write-only dumping the
same cells).

The import sheet is 100,000 new contacts for the portfolio's accounts (20 per account at
L), written once into the cache. Each import run goes into a fresh copy of the portfolio.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from openpyxl import Workbook
from python_calamine import CalamineWorkbook

from bench.cache import BenchContext
from bench.cases_core import open_db
from bench.core import Result, Target, measure_pair, median, time_once, timed_result
from tracker.database import Database
from tracker.excel.importer import apply_import
from tracker.excel.preview import preview_sheet
from tracker.excel.reader import read_sheet
from tracker.excel.report import export_report

IMPORT_TARGET = Target("ratio", 2.0)
EXPORT_TARGET = Target("ratio", 1.2)  # DESIGN.md: 1.2 x a bare XlsxWriter constant-memory dump
SHEET_VERSION = 1
HEADERS = ["Account ID", "Contact", "E-mail", "Role", "Invited", "Activated", "Last active"]
ROLES = ["end_user", "admin", "analyst", "developer", "sponsor"]


def contacts_sheet(ctx: BenchContext, rows: int) -> Path:
    """The cached .xlsx of ``rows`` new contacts spread over the portfolio's accounts."""
    target = ctx.cache_dir / f"contacts-{ctx.size}-{rows}-v{SHEET_VERSION}-{ctx.db_path.stem[-12:]}.xlsx"
    if target.is_file():
        return target
    for stale in ctx.cache_dir.glob(f"contacts-{ctx.size}-{rows}-*.xlsx"):
        stale.unlink(missing_ok=True)
    db = open_db(ctx.shared_copy())
    try:
        accounts = [int(r[0]) for r in db.conn.execute("SELECT id FROM account ORDER BY id")]
    finally:
        db.conn.close()
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Contacts")
    ws.append(HEADERS)
    start = date(2025, 1, 1)
    for i in range(rows):
        invited = start + timedelta(days=i % 400)
        activated = invited + timedelta(days=3) if i % 3 else None
        ws.append([accounts[i % len(accounts)], f"Imported Person {i}", f"person{i}@import.example",
                   ROLES[i % len(ROLES)], invited, activated, activated])
    part = target.with_name(target.name + ".part.xlsx")
    wb.save(part)
    part.replace(target)
    return target


def calamine_read(path: Path) -> Callable[[], object]:
    def run() -> object:
        return CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()

    return run


def bench_import(ctx: BenchContext) -> Result:
    rows = 2_000 if ctx.quick else 100_000
    name = "import of a 100,000-row sheet" if not ctx.quick else f"import of a {rows:,}-row sheet"
    sheet_path = contacts_sheet(ctx, rows)
    dbs: list[Database] = []  # the copy the next run imports into
    outcome = [0, 0, 0]  # created, updated, rejected by the last run

    def fresh_db() -> None:
        for db in dbs:
            db.conn.close()
        dbs[:] = [open_db(ctx.fresh_copy("import.db"))]

    def run() -> object:
        db = dbs[0]
        sheet = read_sheet(sheet_path)
        preview = preview_sheet(db, sheet, today=ctx.as_of)
        result = apply_import(db, [preview], today=ctx.as_of)
        outcome[:] = [len(preview.creates), len(preview.updates), len(preview.rejects)]
        return result

    try:
        result = timed_result(name, run, calamine_read(sheet_path), min(ctx.runs, 3), setup=fresh_db,
                              warmup=0, baseline_label="python-calamine read of the same file",
                              target=IMPORT_TARGET)
    finally:
        for db in dbs:
            db.conn.close()
    created, updated, rejected = outcome
    result.note = (f"{rows:,} new contacts: read in a child process + preview + apply in one "
                   f"transaction; {created:,} created, {updated:,} updated, {rejected:,} rejected")
    if created + updated != rows:
        result.note += "  (NOT every row was imported: the figure does not cover the whole sheet)"
    return result


def call_export(db: Database, target: Path, as_of: date) -> object:
    return export_report(db, target, as_of=as_of)


def dump_same_cells(source: Path) -> Callable[[Path], object]:
    """A bare openpyxl write-only dump of every cell of ``source`` (read once, untimed)."""
    book = CalamineWorkbook.from_path(str(source))
    sheets = [(name, book.get_sheet_by_name(name).to_python()) for name in book.sheet_names]

    def dump(target: Path) -> object:
        wb = Workbook(write_only=True)
        for name, rows in sheets:
            ws = wb.create_sheet(name)
            for row in rows:
                ws.append(row)
        wb.save(target)
        return target

    return dump


def xlsxwriter_dump_same_cells(source: Path) -> Callable[[Path], object]:
    """A bare XlsxWriter constant-memory dump of every cell of ``source`` (read once, untimed):
    the floor the report export is held to."""
    import xlsxwriter
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_path(str(source))
    sheets = [(name, book.get_sheet_by_name(name).to_python()) for name in book.sheet_names]

    def dump(target: Path) -> object:
        wb = xlsxwriter.Workbook(str(target), {"constant_memory": True, "strings_to_formulas": False,
                                               "strings_to_urls": False})
        for name, rows in sheets:
            ws = wb.add_worksheet(name)
            for r, row in enumerate(rows):
                ws.write_row(r, 0, row)
        wb.close()
        return target

    return dump


def bench_export(ctx: BenchContext) -> Result:
    name = "full report export"
    db = open_db(ctx.shared_copy())
    try:
        target = ctx.scratch / "report.xlsx"
        # At L one export takes tens of seconds: the first run is measured too (no warm-up),
        # and at most two pairs are taken.
        own = [time_once(lambda: call_export(db, target, ctx.as_of))]
        dump = xlsxwriter_dump_same_cells(target)
        base = [time_once(lambda: dump(ctx.scratch / "dump.xlsx"))]
        more_own, more_base = measure_pair(lambda: call_export(db, target, ctx.as_of),
                                           lambda: dump(ctx.scratch / "dump.xlsx"),
                                           min(ctx.runs, 2) - 1, warmup=0) if ctx.runs > 1 else ([], [])
        own += more_own
        base += more_base
        # The openpyxl write-only baseline stays as a second line of reference.
        openpyxl_dump = dump_same_cells(target)
        second = time_once(lambda: openpyxl_dump(ctx.scratch / "dump-openpyxl.xlsx"))
        cells = _cell_count(target)
        return Result(name=name, median=median(own), baseline=median(base),
                      baseline_label="XlsxWriter constant-memory dump of the same cells",
                      target=EXPORT_TARGET,
                      samples=own, baseline_samples=base,
                      note=f"{ctx.size}: {cells:,} cells, {len(own)} runs; openpyxl write-only "
                           f"dump of the same cells {second / 1000:.1f} s (export / openpyxl "
                           f"{(median(own) or 0.0) / second:.2f}x)")
    finally:
        db.conn.close()


def _cell_count(path: Path) -> int:
    book = CalamineWorkbook.from_path(str(path))
    total = 0
    for sheet in book.sheet_names:
        total += sum(len(r) for r in book.get_sheet_by_name(sheet).to_python())
    return total
