"""Print setup for the small openpyxl workbooks (the import template, the playbook files).

Each sheet prints landscape, one page wide, with its header row repeated, a named font and
a header and footer saying what the file is and "Page x of y" (the report does the same
through XlsxWriter, in ``tracker.excel.report.book``).
"""

from __future__ import annotations

from typing import Any

from openpyxl.styles import Font

FONT = "Calibri"
PAGE_UNITS = 190


def print_layout(ws: Any, title: str, *, portrait: bool = False, title_rows: str | None = "1:1") -> None:
    ws.page_setup.orientation = "portrait" if portrait else "landscape"
    # As many pages across as keep the text readable (about 190 width units a landscape page).
    total = sum((d.width or 13) for d in ws.column_dimensions.values()) if not portrait else 0
    ws.page_setup.fitToWidth = max(1, -(-int(total) // PAGE_UNITS))
    if ws.page_setup.fitToWidth > 1:
        ws.page_setup.pageOrder = "overThenDown"
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    if title_rows:
        ws.print_title_rows = title_rows
    for part, text in ((ws.oddHeader.left, title), (ws.oddFooter.left, "&A"),
                       (ws.oddFooter.right, "Page &P of &N")):
        part.text, part.font, part.size = text, f"{FONT},Regular", 9
    ws.page_margins.left = ws.page_margins.right = 0.5


def name_fonts(ws: Any) -> None:
    """Give every written cell's font a name: LibreOffice draws unnamed fonts in a serif fallback."""
    for row in ws.iter_rows():
        for cell in row:
            if cell.value is not None and cell.font.name != FONT:
                font = cell.font
                cell.font = Font(name=FONT, bold=font.bold, italic=font.italic, size=font.size or 11,
                                 color=font.color)
