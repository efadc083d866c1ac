"""The report workbook a specialist sends their manager.

Page one says how onboarding stands (headline, KPIs by group against the previous period);
the pages after it hold the manager's views (charts, at-risk list, per owner and segment,
stages, go-lives, overdue milestones); then come the data sheets, which import back.

Every number comes from the rule book and the app's own queries (see ``overview``); the
workbook is written by XlsxWriter in constant-memory mode (see ``book``) and moved over the
target only when complete, so an interrupted export leaves the previous file intact.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from xlsxwriter.exceptions import FileCreateError
from xlsxwriter.worksheet import Worksheet

from tracker.database import Database
from tracker.excel.errors import ExportCancelled
from tracker.excel.report import words as w
from tracker.excel.report.book import Book, header_footer, print_setup
from tracker.excel.report.overview import Overview, build_overview
from tracker.excel.report.sheets import write_data_sheet
from tracker.excel.report.summary import SummaryWriter
from tracker.excel.report_data import SHEET_BUILDERS, SheetSpec, accounts_sheet
from tracker.excel.report_signals import SIGNAL_SHEET_BUILDERS
from tracker.excel.writer import atomic_write
from tracker.i18n import QT_TRANSLATE_NOOP
from tracker.kpi.filters import ALL_ACCOUNTS, KpiFilter
from tracker.kpi.report import portfolio_kpis, previous_kpis
from tracker.kpi.retention import DEFAULT_PERIOD_DAYS
from tracker.kpi.series import health_distribution
from tracker.kpi.values import KpiValue
from tracker.labels import label
from tracker.storage.db import environment_errors
from tracker.temp_files import clean_leftovers, scratch_folder

__all__ = ["ExportCancelled", "ProgressFn", "ReportResult", "export_report"]

ProgressFn = Callable[[int, int, str], None]
SAVING = "Saving"
_FILTER_WORDS = {"segment": QT_TRANSLATE_NOOP("report", "segment"),
                 "owner": QT_TRANSLATE_NOOP("report", "owner"),
                 "stage": QT_TRANSLATE_NOOP("report", "stage"),
                 "status": QT_TRANSLATE_NOOP("report", "status"),
                 "signed": QT_TRANSLATE_NOOP("report", "signed {0} to {1}")}


@dataclass(frozen=True)
class ReportResult:
    path: Path
    rows: dict[str, int]


class _Steps:
    """A real percentage: every data row is a step, the first pages and the save a share."""

    def __init__(self, total: int, progress: ProgressFn | None, cancelled: Callable[[], bool] | None) -> None:
        self.total, self.done = max(total, 1), 0
        self._progress, self._cancelled = progress, cancelled

    def tick(self, count: int, text: str) -> None:
        if self._cancelled is not None and self._cancelled():
            raise ExportCancelled
        self.done += count
        if self._progress is not None:
            self._progress(min(self.done, self.total), self.total, text)


def scope_text(db: Database, flt: KpiFilter) -> str:
    """The filter in words, for the first page and every page's header."""
    parts = []
    if flt.segment_ids:
        marks = ",".join("?" * len(flt.segment_ids))
        names = [r[0] for r in db.conn.execute(f"SELECT name FROM segment WHERE id IN ({marks})"
                                               " ORDER BY name COLLATE NOCASE", flt.segment_ids)]
        parts.append(w.t(_FILTER_WORDS["segment"]) + " " + ", ".join(names))
    for key, values, kind in (("owner", flt.owners, None), ("stage", flt.stages, "stage"),
                              ("status", flt.statuses, "status")):
        if values:
            shown = [label(kind, v) if kind else v for v in values]
            parts.append(w.t(_FILTER_WORDS[key]) + " " + ", ".join(shown))
    if flt.signed_from or flt.signed_to:
        parts.append(w.t(_FILTER_WORDS["signed"], flt.signed_from or "...", flt.signed_to or "..."))
    return "; ".join(parts) or w.t(w.ALL_ACCOUNTS)


@environment_errors()
def export_report(
    db: Database,
    target: Path | str,
    *,
    as_of: date | None = None,
    flt: KpiFilter = ALL_ACCOUNTS,
    progress: ProgressFn | None = None,
    cancelled: Callable[[], bool] | None = None,
    period_days: int = DEFAULT_PERIOD_DAYS,
) -> ReportResult:
    """Write the report workbook to ``target`` (atomically); raises ExportCancelled or ExcelError."""
    as_of = as_of or date.today()

    def check() -> None:
        if cancelled is not None and cancelled():
            raise ExportCancelled

    view = build_overview(db, as_of, flt, period_days=period_days)
    specs: list[SheetSpec] = []
    for build in (*SHEET_BUILDERS, *SIGNAL_SHEET_BUILDERS):
        check()
        # The Accounts sheet reuses the app's account list the first pages already read.
        specs.append(accounts_sheet(db, as_of, flt, app_rows=view.rows) if build is accounts_sheet
                     else build(db, as_of, flt))
    check()
    kpis = portfolio_kpis(db, as_of, flt, period_days=period_days)
    check()
    before = previous_kpis(db, as_of, flt, period_days=period_days)
    health = health_distribution(db, as_of, flt)
    rows = sum(len(s.rows) for s in specs)
    first_pages = max(len(view.rows), 50)
    saving = max(rows // 8, 10)
    steps = _Steps(rows + first_pages + saving, progress, cancelled)
    steps.tick(0, w.SUMMARY)
    scope = scope_text(db, flt)

    def write(temp: Path) -> None:
        clean_leftovers()  # what a killed export left (its process is gone)
        with scratch_folder("export") as scratch:
            _write(temp, scratch)

    def _write(temp: Path, scratch: Path) -> None:
        book = Book(temp, w.t(w.REPORT), f"{scope}, {as_of.isoformat()}", tmpdir=scratch)

        def decorate(ws: Worksheet, legend: str = "") -> None:
            header_footer(ws, w.t(w.REPORT), scope, as_of.isoformat(), (w.t(w.PAGE), w.t(w.OF)), legend)

        try:
            summary = book.sheet(w.t(w.SUMMARY))
            print_setup(summary, 1)
            decorate(summary)
            _summary(book, summary, view, kpis, before, (health.green, health.yellow, health.red), scope)
            steps.tick(first_pages, w.SUMMARY)
            for spec in specs:
                write_data_sheet(book, spec, decorate, steps.tick)
            steps.tick(0, SAVING)
            try:
                book.close()
            except FileCreateError as exc:
                inner = exc.args[0] if exc.args else None
                raise (inner if isinstance(inner, OSError) else OSError(str(exc))) from exc
        except BaseException:
            discard(book)
            raise
        steps.tick(saving, SAVING)

    path = atomic_write(target, write)
    return ReportResult(path, {s.title: len(s.rows) for s in specs})


def _summary(book: Book, ws: Worksheet, view: Overview, kpis: list[KpiValue], before: dict[str, KpiValue],
             health: tuple[int, int, int], scope: str) -> None:
    page = SummaryWriter(book, ws)
    page.title(view.as_of, scope, view.headline.accounts)
    if not view.headline.accounts:
        page.empty()
        page.finish()
        return
    ttfv = next((k for k in kpis if k.key == "ttfv_median"), None)
    page.headline(view, ttfv)
    page.kpis(kpis, before, view.as_of, view.period_days)
    page.charts(view, health)
    page.at_risk(view)
    page.groups(view.owners, view.segments)
    page.due(view, 30)
    page.finish()


def discard(book: Book) -> None:
    """Close the temporary row files of a workbook that will not be saved."""
    for ws in book.wb.worksheets():
        handle = getattr(ws, "row_data_fh", None)
        with contextlib.suppress(Exception):
            if handle is not None:
                handle.close()
