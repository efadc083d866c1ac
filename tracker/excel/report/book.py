"""The XlsxWriter workbook every report sheet is written through: one font, one set of formats.

The report is written with XlsxWriter in constant-memory mode: each row goes to disk as soon
as the next one starts, so the 2.8 million cells of a large portfolio never sit in memory,
and it writes about twice as fast as openpyxl's write-only mode. Rows must therefore be
written top to bottom, and everything a sheet needs besides cells (widths, panes, print
setup, tables, conditional formats, charts) is declared before or beside its rows.

Formats are made once per workbook and named here, so every sheet uses the same font
(Calibri, named on every format: LibreOffice otherwise falls back to a serif face) and the
same money format (:func:`money_format`, the one place the currency's number format lives).
"""

from __future__ import annotations

import math
from datetime import date, datetime
from pathlib import Path
from typing import Any

import xlsxwriter
from xlsxwriter.format import Format
from xlsxwriter.worksheet import Worksheet

from tracker.excel.safe_text import clean_text, is_risky

FONT = "Calibri"
HEADER_BLUE = "#1F4E79"
EXCEL_EPOCH = date(1899, 12, 30).toordinal()


def money_format() -> str:
    """Excel's number format for amounts, from the user's currency preference
    (:func:`tracker.money.money_number_format`, the one place it is made)."""
    from tracker.money import money_number_format

    return money_number_format()


NUMBER_FORMATS = {"percent": "0%", "percent1": "0.0%", "number": "#,##0.0",
                  "date": "yyyy-mm-dd", "int": "#,##0", "whole": "0", "id": "0", "days": '#,##0 "days"',
                  "score": "0.0", "signed": "+0.0;-0.0;0.0"}


def excel_day(value: date) -> float:
    """A date as Excel's serial day number (written as a number with a date format: fast)."""
    if isinstance(value, datetime):
        seconds = value.hour * 3600 + value.minute * 60 + value.second
        return value.toordinal() - EXCEL_EPOCH + seconds / 86400
    return float(value.toordinal() - EXCEL_EPOCH)


class Book:
    """A report workbook being written; ``fmt`` hands out cached formats by name."""

    def __init__(self, path: Path, title: str, subject: str, tmpdir: Path | None = None) -> None:
        # ``tmpdir``: XlsxWriter's per-sheet temporaries go there, not into the system's temp folder.
        self.wb = xlsxwriter.Workbook(str(path), {
            "constant_memory": True, "strings_to_formulas": False, "strings_to_urls": False,
            "strings_to_numbers": False, "nan_inf_to_errors": True,
            **({"tmpdir": str(tmpdir)} if tmpdir is not None else {})})
        self.wb.set_properties({"title": title, "subject": subject, "author": "Onboarding Tracker",
                                "comments": "Written by Onboarding Tracker"})
        self.wb.formats[0].set_font_name(FONT)
        self._formats: dict[tuple[tuple[str, Any], ...], Format] = {}

    def fmt(self, **props: Any) -> Format:
        """The workbook's format with these XlsxWriter properties (and the report font)."""
        key = tuple(sorted(props.items()))
        found = self._formats.get(key)
        if found is None:
            found = self._formats[key] = self.wb.add_format({"font_name": FONT, **props})
        return found

    def number(self, kind: str, **props: Any) -> Format:
        number = money_format() if kind == "money" else NUMBER_FORMATS[kind]
        return self.fmt(num_format=number, **props)

    def header(self) -> Format:
        return self.fmt(bold=True, font_color="#FFFFFF", bg_color=HEADER_BLUE, text_wrap=True,
                        valign="top", border=1, border_color="#FFFFFF")

    def sheet(self, name: str) -> Worksheet:
        return self.wb.add_worksheet(name)

    def close(self) -> None:
        self.wb.close()


def write_text(ws: Worksheet, row: int, col: int, text: str, fmt: Format | None,
               risky_fmt: Format) -> None:
    """Text a user typed: never a live formula (risky text gets the quote prefix, as Excel does)."""
    if not text:
        return
    text = clean_text(text)
    if is_risky(text):
        ws.write_string(row, col, text, risky_fmt)
    else:
        ws.write_string(row, col, text, fmt)


def write_value(ws: Worksheet, row: int, col: int, value: Any, fmt: Format | None = None) -> None:
    """A plain value of the report's own making (numbers, dates, our words)."""
    if value is None or value == "":
        if fmt is not None:
            ws.write_blank(row, col, None, fmt)
        return
    if isinstance(value, bool):
        ws.write_boolean(row, col, value, fmt)
    elif isinstance(value, int | float):
        if isinstance(value, float) and not math.isfinite(value):
            ws.write_string(row, col, "n/a", fmt)
        else:
            ws.write_number(row, col, value, fmt)
    elif isinstance(value, date):
        ws.write_number(row, col, excel_day(value), fmt)
    else:
        ws.write_string(row, col, clean_text(str(value)), fmt)


def header_footer(ws: Worksheet, report: str, scope: str, as_of: str, page_words: tuple[str, str],
                  legend: str = "") -> None:
    """Report name, scope and as-of date on top; sheet name, the sheet's colour legend and
    "Page x of y" below (Excel allows 255 characters per header: long texts are shortened)."""

    def esc(text: str) -> str:
        return text.replace("&", "&&")

    def fit(head: str, middle: str, tail: str) -> str:
        room = 255 - len(head) - len(tail)
        return head + (middle if len(middle) <= room else middle[:max(room - 3, 0)] + "...") + tail

    page, of = page_words
    ws.set_header(fit(f'&L&"{FONT},Bold"{esc(report)}&C&"{FONT},Regular"',
                      esc(scope), f'&R&"{FONT},Regular"{esc(as_of)}'), {"margin": 0.3})
    ws.set_footer(fit(f'&L&"{FONT},Regular"&8&A&C&"{FONT},Italic"&8', esc(legend),
                      f'&R&"{FONT},Regular"&8{esc(page)} &P {esc(of)} &N'), {"margin": 0.3})
    ws.set_margins(left=0.5, right=0.5, top=0.75, bottom=0.75)


def print_setup(ws: Worksheet, pages_wide: int = 1, portrait: bool = False) -> None:
    """Landscape (unless asked), as few pages wide as stay readable, as many down as needed."""
    if portrait:
        ws.set_portrait()
    else:
        ws.set_landscape()
    ws.fit_to_pages(pages_wide, 0)
    if pages_wide > 1:
        ws.print_across()
