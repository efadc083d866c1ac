"""The report workbook a specialist sends their manager: KPI summary with native charts, then data.

Everything is written in openpyxl's write-only mode (the big sheets stream to disk instead
of building 2 million cell objects). Write-only sheets still take tables, frozen panes,
column widths, conditional formats and charts, as long as they are set before the first row
(panes, widths) or are attached by the time the sheet is closed (tables, formats, charts).
Formatted columns reuse one styled cell per column, so formatting costs little per cell.
"""

from __future__ import annotations

import contextlib
import math
import re
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.chart import BarChart, LineChart, PieChart, Reference
from openpyxl.chart.series import DataPoint
from openpyxl.formatting.formatting import ConditionalFormattingList
from openpyxl.formatting.rule import ColorScaleRule, FormulaRule
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

from tracker.database import Database
from tracker.excel.errors import ExportCancelled
from tracker.excel.report_data import SHEET_BUILDERS, SheetSpec
from tracker.excel.safe_text import safe_value
from tracker.excel.writer import save_workbook
from tracker.kpi.filters import ALL_ACCOUNTS, KpiFilter
from tracker.kpi.report import portfolio_kpis, previous_kpis
from tracker.kpi.retention import DEFAULT_PERIOD_DAYS
from tracker.kpi.series import health_distribution, monthly_feedback, monthly_golive_on_time
from tracker.kpi.stages import stage_funnel
from tracker.kpi.values import KpiValue
from tracker.storage.db import environment_errors

FORMATS = {"money": '"$"#,##0', "percent": "0%", "number": "0.0", "date": "yyyy-mm-dd", "int": "0",
           "whole": "0"}
PAGE_CHARS = 190  # column-width characters one landscape page takes at a still readable ~65% scale
HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
HEADER_FONT = Font(bold=True, color="FFFFFF")
LATE_FILL = PatternFill("solid", fgColor="FCE4D6", bgColor="FCE4D6")
RISK_FILL = PatternFill("solid", fgColor="F8CBAD", bgColor="F8CBAD")
BAND_FILLS = {"on_track": "C6EFCE", "green": "C6EFCE", "at_risk": "FFEB9C", "yellow": "FFEB9C",
              "off_track": "FFC7CE", "red": "FFC7CE"}
ProgressFn = Callable[[int, int, str], None]


@dataclass(frozen=True)
class ReportResult:
    path: Path
    rows: dict[str, int]


class _Steps:
    def __init__(self, total: int, progress: ProgressFn | None, cancelled: Callable[[], bool] | None) -> None:
        self.total, self.done = max(total, 1), 0
        self._progress, self._cancelled = progress, cancelled

    def tick(self, count: int, text: str) -> None:
        if self._cancelled is not None and self._cancelled():
            raise ExportCancelled
        self.done += count
        if self._progress is not None:
            self._progress(min(self.done, self.total), self.total, text)


def _header_cell(ws: Any, text: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, text)
    cell.font = HEADER_FONT
    cell.fill = HEADER_FILL
    cell.alignment = Alignment(wrap_text=True, vertical="top")
    return cell


def _table_name(title: str) -> str:
    return re.sub(r"\W", "", title.title()) or "Data"


def write_data_sheet(wb: Workbook, spec: SheetSpec, steps: _Steps | None = None, chunk: int = 5000) -> None:
    """One data sheet: header, typed rows, an Excel table with filters, frozen header, rules."""
    ws = wb.create_sheet(spec.title)
    width = len(spec.columns)
    _print_setup(ws, _pages_wide(spec))
    ws.print_title_rows = "1:1"
    if _pages_wide(spec) > 1:
        ws.print_title_cols = f"A:{get_column_letter(_title_columns(spec))}"
    last_col = get_column_letter(width)
    for index, column in enumerate(spec.columns, start=1):
        ws.column_dimensions[get_column_letter(index)].width = column.width
    ws.freeze_panes = "A2"
    ws.row_dimensions[1].height = 30
    ws.append([_header_cell(ws, c.header) for c in spec.columns])
    templates: list[WriteOnlyCell | None] = []
    for column in spec.columns:
        fmt = FORMATS.get(column.fmt)
        if fmt is None or column.fmt == "int":
            templates.append(None)
            continue
        cell = WriteOnlyCell(ws)
        cell.number_format = fmt
        templates.append(cell)
    text_cols = [i for i, c in enumerate(spec.columns) if c.fmt == "text"]
    styled = [(i, t) for i, t in enumerate(templates) if t is not None]
    for start, row in enumerate(spec.rows):
        values: list[Any] = list(row)
        for i in text_cols:
            value = values[i]
            if value:
                values[i] = safe_value(ws, value)
        for i, template in styled:
            if values[i] is not None:
                template.value = values[i]
                values[i] = template
        ws.append(values)
        if steps is not None and (start + 1) % chunk == 0:
            steps.tick(chunk, spec.title)
    if steps is not None:
        steps.tick(len(spec.rows) % chunk, spec.title)
    last_row = max(len(spec.rows) + 1, 2)
    ref = f"A1:{last_col}{last_row}"
    table = Table(displayName=_table_name(spec.title), ref=ref)
    table.tableColumns = [TableColumn(id=i, name=c.header) for i, c in enumerate(spec.columns, start=1)]
    table.tableStyleInfo = TableStyleInfo(name="TableStyleLight9", showRowStripes=True)
    table.autoFilter = AutoFilter(ref=ref)
    with warnings.catch_warnings():  # the columns are set above, as write-only mode requires
        warnings.filterwarnings("ignore", "In write-only mode you must add table columns manually")
        ws.add_table(table)
    rules = ConditionalFormattingList()
    body = f"A2:{last_col}{last_row}"
    if spec.risk:
        rules.add(body, FormulaRule(formula=[spec.risk], fill=RISK_FILL, stopIfTrue=True))
    if spec.late:
        rules.add(body, FormulaRule(formula=[spec.late], fill=LATE_FILL))
    if spec.title == "Cohort retention" and width > 2:
        rules.add(f"C2:{last_col}{last_row}", ColorScaleRule(start_type="num", start_value=0.5,
                  start_color="F8696B", mid_type="num", mid_value=0.8, mid_color="FFEB84",
                  end_type="num", end_value=1, end_color="63BE7B"))
    ws.conditional_formatting = rules


def _filter_text(db: Database, flt: KpiFilter) -> str:
    parts = []
    if flt.segment_ids:
        marks = ",".join("?" * len(flt.segment_ids))
        names = [r[0] for r in db.conn.execute(f"SELECT name FROM segment WHERE id IN ({marks})",
                                               flt.segment_ids)]
        parts.append("segment " + ", ".join(names))
    for label, values in (("owner", flt.owners), ("stage", flt.stages), ("status", flt.statuses)):
        if values:
            parts.append(f"{label} " + ", ".join(values))
    if flt.signed_from or flt.signed_to:
        parts.append(f"signed {flt.signed_from or '...'} to {flt.signed_to or '...'}")
    return "; ".join(parts) or "all accounts"


def _kpi_value(ws: Any, kpi: KpiValue, banded: bool = True) -> Any:
    cell = WriteOnlyCell(ws)
    cell.alignment = TOP
    if kpi.value is None or not math.isfinite(kpi.value):  # Excel has no Inf: no empty cell either
        cell.value = "n/a"
        return cell
    if kpi.unit == "%":
        cell.value, cell.number_format = kpi.value / 100, "0.0%"
    elif kpi.unit == "$":
        cell.value, cell.number_format = kpi.value, '"$"#,##0'
    elif kpi.unit == "days":
        cell.value, cell.number_format = kpi.value, '0 "days"'
    else:
        cell.value, cell.number_format = kpi.value, "0.0"
    if banded and kpi.band in BAND_FILLS:
        cell.fill = PatternFill("solid", fgColor=BAND_FILLS[kpi.band])
    return cell


def _percent(ws: Any, value: float | None) -> Any:
    if value is None:
        return None
    cell = WriteOnlyCell(ws, value / 100)
    cell.number_format = "0%"
    return cell


TOP = Alignment(vertical="top")
WRAP_TOP = Alignment(wrap_text=True, vertical="top", indent=1)


def _wrapped(ws: Any, text: str) -> Any:
    cell = safe_value(ws, text)
    cell = cell if isinstance(cell, Cell) else WriteOnlyCell(ws, cell)
    cell.alignment = WRAP_TOP
    return cell


def _top(ws: Any, text: str) -> Any:
    cell = WriteOnlyCell(ws, text)
    cell.alignment = TOP
    return cell


def _title_columns(spec: SheetSpec) -> int:
    """How many leading columns name the row (ids and the account): repeated on every page."""
    names = [i for i, c in enumerate(spec.columns[:4], start=1) if c.header == "Account"]
    return names[0] if names else 1


def _pages_wide(spec: SheetSpec) -> int:
    """Pages across for a sheet: one if it fits at a readable scale, else as many as keep it readable.

    Shrinking the 27-column Accounts sheet onto one page made its text unreadably small; instead
    it spreads over a few pages printed left to right, each repeating the id and name columns.
    """
    total = sum(c.width for c in spec.columns)
    if total <= PAGE_CHARS:
        return 1
    titles = sum(c.width for c in spec.columns[:_title_columns(spec)])
    return int(-(-(total - titles) // (PAGE_CHARS - titles)))


def _print_setup(ws: Any, pages_wide: int = 1) -> None:
    """Landscape and as few pages wide as stay readable: what a manager printing the report expects."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = pages_wide
    if pages_wide > 1:
        ws.page_setup.pageOrder = "overThenDown"
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def _count(ws: Any, value: float | None, other: float | None) -> Any:
    """A numerator or denominator, only where both are whole numbers (accounts, tasks, dollars).

    Health (a sum of scores) and CLTV (revenue over a churn rate) are not counts; their parts
    would read as nonsense, so those cells stay empty and the Detail column explains them.
    """
    if value is None or other is None or not (float(value).is_integer() and float(other).is_integer()):
        return None
    cell = WriteOnlyCell(ws, value)
    cell.number_format = "#,##0"
    cell.alignment = TOP
    return cell


KPI_HEADERS = ("KPI", "Value", "Previous period", "Status", "Numerator", "Denominator",
               "How it is computed", "Detail")
KPI_WIDTHS = (30, 12, 12, 10, 12, 12, 50, 46)
NO_BAND = "\u2013"  # an en dash: this KPI has no target band


@environment_errors()
def write_summary(wb: Workbook, db: Database, as_of: date, flt: KpiFilter, accounts: int) -> None:
    """KPI panel (page 1) with how each number is computed, then the chart data with native charts
    beside it on a page of its own, so no chart is cut by a page break."""
    ws = wb.create_sheet("Summary")
    _print_setup(ws)
    for index, width in enumerate(KPI_WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    title = WriteOnlyCell(ws, "Onboarding report")
    title.font = Font(bold=True, size=16)
    ws.append([title])
    ws.append(["As of", WriteOnlyCell(ws, as_of)])
    ws.append(["Accounts", safe_value(ws, _filter_text(db, flt)), None, None, None, None,
               f"{accounts} in scope"])
    ws.append([])
    ws.row_dimensions[5].height = 30
    ws.append([_header_cell(ws, h) for h in KPI_HEADERS])
    kpis = portfolio_kpis(db, as_of, flt)
    before = previous_kpis(db, as_of, flt)
    for row, kpi in enumerate(kpis, start=6):
        band = (kpi.band or "").replace("_", " ") or NO_BAND
        previous = before.get(kpi.key)
        ws.row_dimensions[row].height = 30
        ws.append([_top(ws, kpi.label), _kpi_value(ws, kpi),
                   _kpi_value(ws, previous, banded=False) if previous is not None else None,
                   _top(ws, band), _count(ws, kpi.numerator, kpi.denominator),
                   _count(ws, kpi.denominator, kpi.numerator), _wrapped(ws, kpi.formula),
                   _wrapped(ws, kpi.detail)])
    note = WriteOnlyCell(ws, f"Previous period: the same KPIs as of "
                             f"{(as_of - timedelta(days=DEFAULT_PERIOD_DAYS)).isoformat()}.")
    note.font = Font(italic=True, color="595959")
    ws.append([note])
    ws.row_breaks.append(Break(id=6 + len(kpis)))  # the charts start on a page of their own
    first = 7 + len(kpis) + 1
    funnel = stage_funnel(db, as_of, flt)
    golive = monthly_golive_on_time(db, as_of, flt, 12)
    csat, _nps = monthly_feedback(db, as_of, flt, 12)
    health = health_distribution(db, as_of, flt)
    ws.append([])
    ws.append([_header_cell(ws, h) for h in ("Stage", "Entered", "Dropped")])
    for stage, entered, dropped in zip(funnel.stages, funnel.entered, funnel.dropped, strict=True):
        ws.append([stage, entered, dropped])
    funnel_top = first  # the header row: charts take series titles from it
    funnel_end = funnel_top + len(funnel.stages)
    ws.append([])
    ws.row_dimensions[funnel_end + 2].height = 30
    ws.append([_header_cell(ws, h) for h in ("Month", "On-time go-live %", "CSAT %")])
    for month, on_time, sat in zip(golive.months, golive.values, csat.values, strict=True):
        ws.append([month, _percent(ws, on_time), _percent(ws, sat)])
    month_top = funnel_end + 2
    month_end = month_top + len(golive.months)
    ws.append([])
    ws.append([_header_cell(ws, h) for h in ("Health band", "Accounts")])
    for band, count in (("Green", health.green), ("Yellow", health.yellow), ("Red", health.red)):
        ws.append([band, count])
    health_top = month_end + 2
    _charts(ws, funnel_top, funnel_end, month_top, month_end, health_top)


def _charts(ws: Any, funnel_top: int, funnel_end: int, month_top: int, month_end: int,
            health_top: int) -> None:
    bar = BarChart()
    bar.title, bar.y_axis.title = "Accounts per stage", "Accounts"
    bar.add_data(Reference(ws, min_col=2, max_col=3, min_row=funnel_top, max_row=funnel_end),
                 titles_from_data=True)
    bar.set_categories(Reference(ws, min_col=1, min_row=funnel_top + 1, max_row=funnel_end))
    bar.height, bar.width = 7.5, 13
    ws.add_chart(bar, f"D{funnel_top}")
    line = LineChart()
    line.title, line.y_axis.title = "On-time go-live and CSAT by month", "%"
    line.y_axis.number_format = "0%"
    line.y_axis.scaling.min, line.y_axis.scaling.max = 0, 1
    line.add_data(Reference(ws, min_col=2, max_col=3, min_row=month_top, max_row=month_end),
                  titles_from_data=True)
    line.set_categories(Reference(ws, min_col=1, min_row=month_top + 1, max_row=month_end))
    for series in line.series:
        series.smooth = False
    line.height, line.width = 7.5, 13
    ws.add_chart(line, f"D{funnel_top + 16}")
    pie = PieChart()
    pie.title = "Account health"
    pie.add_data(Reference(ws, min_col=2, min_row=health_top, max_row=health_top + 3), titles_from_data=True)
    pie.set_categories(Reference(ws, min_col=1, min_row=health_top + 1, max_row=health_top + 3))
    for index, colour in enumerate(("63BE7B", "FFD966", "F8696B")):
        point = DataPoint(idx=index)
        point.graphicalProperties.solidFill = colour
        pie.series[0].dPt.append(point)
    pie.height, pie.width = 7.5, 8.5
    ws.add_chart(pie, f"H{funnel_top}")


@environment_errors()
def export_report(
    db: Database,
    target: Path | str,
    *,
    as_of: date | None = None,
    flt: KpiFilter = ALL_ACCOUNTS,
    progress: ProgressFn | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ReportResult:
    """Write the report workbook to ``target`` (atomically); raises ExportCancelled or ExcelError."""
    as_of = as_of or date.today()
    specs: list[SheetSpec] = []
    for build in SHEET_BUILDERS:
        if cancelled is not None and cancelled():
            raise ExportCancelled
        specs.append(build(db, as_of, flt))
    steps = _Steps(sum(len(s.rows) for s in specs) + 1, progress, cancelled)
    wb = Workbook(write_only=True)
    try:
        write_summary(wb, db, as_of, flt, len(specs[0].rows))
        steps.tick(1, "Summary")
        for spec in specs:
            write_data_sheet(wb, spec, steps)
        steps.tick(0, "Saving")
        path = save_workbook(wb, target)
    except BaseException:
        discard(wb)
        raise
    return ReportResult(path, {s.title: len(s.rows) for s in specs})


def discard(wb: Workbook) -> None:
    """Close a write-only workbook that will not be saved and delete its temporary sheet files."""
    for ws in wb.worksheets:
        writer = getattr(ws, "_writer", None)
        with contextlib.suppress(Exception):
            if not ws.closed:
                ws.close()
        if writer is not None:
            with contextlib.suppress(Exception):
                writer.cleanup()
