"""Native Excel charts that do not mislead, with their values cached in the file.

Viewers that draw a chart from the file without recalculating (Outlook's preview, phones,
Protected View) use the cached values, so every series carries them; categories are text.
Where accounts are now is bars of the current stage, not the cumulative funnel; the on-time
rate per month is a line with gaps where no account went live, over bars of the go-live
count on their own axis; satisfaction has a chart of its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from xlsxwriter.utility import xl_rowcol_to_cell
from xlsxwriter.worksheet import Worksheet

from tracker.excel.report import words as w
from tracker.excel.report.book import FONT, Book

FONT_PROPS = {"name": FONT, "size": 9}
TITLE_FONT = {"name": FONT, "size": 11, "bold": True}


@dataclass(frozen=True)
class ChartData:
    sheet: str
    stage_rows: tuple[int, int]
    stages: tuple[str, ...]
    stage_counts: tuple[int, ...]
    health_rows: tuple[int, int]
    bands: tuple[str, ...]
    health: tuple[int, int, int]
    month_rows: tuple[int, int]
    months: tuple[str, ...]
    golives: tuple[int, ...]
    on_time: tuple[float | None, ...]
    csat: tuple[float | None, ...]


def _ref(sheet: str, rows: tuple[int, int], col: int) -> str:
    quoted = "'" + sheet.replace("'", "''") + "'"
    first = xl_rowcol_to_cell(rows[0], col, row_abs=True, col_abs=True)
    last = xl_rowcol_to_cell(rows[1], col, row_abs=True, col_abs=True)
    return f"={quoted}!{first}:{last}"


def _series(d: ChartData, rows: tuple[int, int], col: int, name: str, categories: Sequence[str],
            values: Sequence[float | int | None], **extra: object) -> dict[str, object]:
    return {"name": name, "categories": _ref(d.sheet, rows, 0), "values": _ref(d.sheet, rows, col),
            "categories_data": list(categories), "values_data": list(values), **extra}


def _style(chart: object, title: str) -> None:
    chart.set_title({"name": title, "name_font": TITLE_FONT})  # type: ignore[attr-defined]
    chart.set_legend({"position": "bottom", "font": FONT_PROPS})  # type: ignore[attr-defined]


def add_charts(book: Book, ws: Worksheet, d: ChartData, month_charts_row: int) -> None:
    """Stage bars and health pie beside their tables; the month charts under the month table."""
    wb = book.wb
    stages = wb.add_chart({"type": "column"})
    stages.add_series(_series(d, d.stage_rows, 1, w.t(w.STAGE_HEADERS[1]), d.stages, d.stage_counts,
                              fill={"color": "#2E75B6"},
                              data_labels={"value": True, "font": FONT_PROPS}))
    _style(stages, w.t(w.CHART_STAGES))
    stages.set_legend({"none": True})
    stages.set_x_axis({"num_font": FONT_PROPS})
    stages.set_y_axis({"num_font": FONT_PROPS, "num_format": "#,##0", "major_gridlines": {"visible": True}})
    stages.set_size({"width": 520, "height": 290})
    ws.insert_chart(d.stage_rows[0] - 1, 3, stages, {"x_offset": 10})

    pie = wb.add_chart({"type": "pie"})
    pie.add_series(_series(d, d.health_rows, 1, w.t(w.HEALTH_HEADERS[1]), d.bands, d.health,
                           points=[{"fill": {"color": c}} for c in ("#63BE7B", "#FFD966", "#F8696B")],
                           data_labels={"value": True, "font": FONT_PROPS}))
    _style(pie, w.t(w.CHART_HEALTH))
    pie.set_size({"width": 330, "height": 290})
    ws.insert_chart(d.stage_rows[0] - 1, 6, pie, {"x_offset": 200})

    bars = wb.add_chart({"type": "column"})
    bars.add_series(_series(d, d.month_rows, 1, w.t(w.MONTH_HEADERS[1]), d.months, d.golives,
                            fill={"color": "#BDD7EE"}, data_labels={"value": True, "font": FONT_PROPS}))
    line = wb.add_chart({"type": "line"})
    line.add_series(_series(d, d.month_rows, 3, w.t(w.MONTH_HEADERS[3]), d.months, d.on_time,
                            y2_axis=True, marker={"type": "circle", "size": 6},
                            line={"color": "#C00000", "width": 2.25}))
    bars.combine(line)
    _style(bars, w.t(w.CHART_ON_TIME))
    bars.set_x_axis({"num_font": FONT_PROPS})
    bars.set_y_axis({"name": w.t(w.MONTH_HEADERS[1]), "num_format": "#,##0", "num_font": FONT_PROPS,
                     "name_font": FONT_PROPS})
    line.set_y2_axis({"name": w.t(w.MONTH_HEADERS[3]), "num_format": "0%", "min": 0, "max": 1,
                      "num_font": FONT_PROPS, "name_font": FONT_PROPS})
    bars.show_blanks_as("gap")
    bars.set_size({"width": 620, "height": 300})
    ws.insert_chart(month_charts_row, 0, bars)

    csat = wb.add_chart({"type": "line"})
    csat.add_series(_series(d, d.month_rows, 5, w.t(w.MONTH_HEADERS[5]), d.months, d.csat,
                            marker={"type": "circle", "size": 6}, line={"color": "#548235", "width": 2.25}))
    _style(csat, w.t(w.CHART_CSAT))
    csat.set_legend({"none": True})
    csat.set_x_axis({"num_font": FONT_PROPS})
    csat.set_y_axis({"num_format": "0%", "min": 0, "max": 1, "num_font": FONT_PROPS})
    csat.show_blanks_as("gap")
    csat.set_size({"width": 520, "height": 300})
    ws.insert_chart(month_charts_row, 6, csat, {"x_offset": 30})
