"""The data sheets: one Excel table each, typed cells, frozen header, print titles, row colours.

This is the hot path of a large export (150,000 task rows at L), so each column is written
with the one XlsxWriter call its type needs and one shared format, and dates go in as
Excel day numbers (what ``write_datetime`` would compute, without its per-cell parsing).
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable
from typing import Any

from xlsxwriter.utility import xl_range
from xlsxwriter.worksheet import Worksheet

from tracker.excel.report import words as w
from tracker.excel.report.book import EXCEL_EPOCH, Book, print_setup, write_value
from tracker.excel.report_data import SheetSpec
from tracker.excel.safe_text import RISKY_START, clean_text

PAGE_CHARS = 190  # column-width characters one landscape page takes at a still readable ~65% scale
LATE_FILL = "#FCE4D6"
RISK_FILL = "#F8CBAD"
CHUNK = 5000
Tick = Callable[[int, str], None]

TEXT, NUMBER, DATE = 0, 1, 2


def table_name(title: str) -> str:
    return re.sub(r"\W", "", title.title()) or "Data"


def title_columns(spec: SheetSpec) -> int:
    """How many leading columns name the row (ids and the account): repeated on every page and
    kept in view when scrolling right."""
    names = [i for i, c in enumerate(spec.columns[:4], start=1) if c.header == "Account"]
    return names[0] if names else 1


def pages_wide(spec: SheetSpec) -> int:
    """Pages across for a sheet: one if it fits at a readable scale, else as many as keep it readable.

    Shrinking the 27-column Accounts sheet onto one page made its text unreadably small; instead
    it spreads over a few pages printed left to right, each repeating the id and name columns.
    """
    total = sum(c.width for c in spec.columns)
    if total <= PAGE_CHARS:
        return 1
    titles = sum(c.width for c in spec.columns[:title_columns(spec)])
    return int(-(-(total - titles) // (PAGE_CHARS - titles)))


def _add_table(ws: Worksheet, spec: SheetSpec, book: Book) -> None:
    """The Excel table over header and rows, declared before the first row is written.

    XlsxWriter refuses tables in constant-memory mode only because ``add_table`` writes the
    header cells itself, which would be lost once later rows are flushed. Declared before any
    row, the header lands in the row still in memory, so the mode is lifted for that call and
    the header cells are written again as the mode's own in-line strings.

    The table is declared over the header and the first row, then widened to every row:
    ``add_table`` checks each cell of its range against earlier tables and merged ranges
    with a dictionary entry per cell (about 0.9 s of the export at L, 3 million cells), and
    a new sheet has neither. The range is kept in three entries of XlsxWriter's table
    record; the export's tests read every table's range back from the saved file.
    """
    last_row = max(len(spec.rows), 1)
    last_col = len(spec.columns) - 1
    ws.constant_memory = False
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            ws.add_table(0, 0, 1, last_col, {
                "name": table_name(spec.title), "style": "Table Style Light 9", "autofilter": True,
                "columns": [{"header": c.header, "header_format": book.header()} for c in spec.columns]})
    finally:
        ws.constant_memory = True
    table = ws.tables[-1]
    whole = xl_range(0, 0, last_row, last_col)
    table["range"] = table["a_range"] = table["autofilter"] = whole
    header = book.header()
    for index, column in enumerate(spec.columns):  # again, as the in-line strings this mode writes
        ws.write_string(0, index, column.header, header)


def write_data_sheet(book: Book, spec: SheetSpec, decorate: Callable[[Worksheet, str], None],
                     tick: Tick | None = None) -> None:
    ws = book.sheet(w.sheet_title(spec.title))
    wide = pages_wide(spec)
    print_setup(ws, wide)
    decorate(ws, w.t(w.LEGENDS[spec.title]) if spec.title in w.LEGENDS else "")
    ws.repeat_rows(0)
    names = title_columns(spec)
    if wide > 1:
        ws.repeat_columns(0, names - 1)
    ws.freeze_panes(1, names if wide > 1 and names > 1 else 0)  # the name stays in view
    ws.set_row(0, 31)
    for index, column in enumerate(spec.columns):
        ws.set_column(index, index, column.width)
    _add_table(ws, spec, book)
    risky = book.fmt(quote_prefix=True)
    plan: list[tuple[int, int, Any]] = []
    for index, column in enumerate(spec.columns):
        if column.fmt == "text":
            plan.append((index, TEXT, None))
        elif column.fmt == "date":
            plan.append((index, DATE, book.number("date")))
        else:
            plan.append((index, NUMBER, book.number(column.fmt if column.fmt != "int" else "int")))
    # The cell-level writers under XlsxWriter's public ones: the public ones only add parsing
    # of "A1" arguments, which cost a tenth of the export at L (1.5 million calls).
    write_string, write_number = ws._write_string, ws._write_number
    for r, row in enumerate(spec.rows, start=1):
        for index, kind, fmt in plan:
            value = row[index]
            if value is None or value == "":
                continue
            if kind == TEXT and isinstance(value, str):
                if not value.isprintable():  # only then can it hold characters XML refuses
                    value = clean_text(value)
                write_string(r, index, value, risky if value.startswith(RISKY_START) else None)
            elif kind == DATE and hasattr(value, "toordinal"):
                write_number(r, index, value.toordinal() - EXCEL_EPOCH, fmt)
            elif kind == NUMBER and isinstance(value, int | float) and not isinstance(value, bool):
                write_number(r, index, value, fmt)
            else:
                write_value(ws, r, index, value, fmt)
        if tick is not None and r % CHUNK == 0:
            tick(CHUNK, spec.title)
    if tick is not None:
        tick(len(spec.rows) % CHUNK, spec.title)
    _row_rules(ws, spec, book)


def _row_rules(ws: Worksheet, spec: SheetSpec, book: Book) -> None:
    last_row = max(len(spec.rows), 1)
    last_col = len(spec.columns) - 1
    if spec.risk:
        ws.conditional_format(1, 0, last_row, last_col, {
            "type": "formula", "criteria": "=" + spec.risk, "stop_if_true": True,
            "format": book.fmt(bg_color=RISK_FILL)})
    if spec.late:
        ws.conditional_format(1, 0, last_row, last_col, {
            "type": "formula", "criteria": "=" + spec.late, "format": book.fmt(bg_color=LATE_FILL)})
    if spec.title == "Cohort retention" and last_col > 1:
        ws.conditional_format(1, 2, last_row, last_col, {
            "type": "3_color_scale", "min_type": "num", "min_value": 0.5, "min_color": "#F8696B",
            "mid_type": "num", "mid_value": 0.8, "mid_color": "#FFEB84", "max_type": "num",
            "max_value": 1, "max_color": "#63BE7B"})

