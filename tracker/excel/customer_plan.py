"""The customer's copy of the onboarding plan as a workbook: what the customer may read.

Two sheets: "Plan" (key dates, what is next, the milestones, every step with its owner
side and status) and "Timeline" (one row a step, one column a week, the planned week
filled in its stage's colour, milestones as diamonds, this week outlined). It is built
from :class:`tracker.queries.customer_plan.CustomerPlan`, which carries no internal field,
so health, notes and MRR cannot end up here.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from tracker.database import Database
from tracker.excel.safe_text import clean_text, is_risky
from tracker.excel.writer import save_workbook
from tracker.i18n import QT_TRANSLATE_NOOP, translate, words
from tracker.queries import customer_plan as cp

C = "customer_plan"
STATE_WORDS = {
    cp.DONE: QT_TRANSLATE_NOOP("customer_plan", "Done"),
    cp.SKIPPED: QT_TRANSLATE_NOOP("customer_plan", "Not needed"),
    cp.LATE: QT_TRANSLATE_NOOP("customer_plan", "Behind plan"),
    cp.NEXT: QT_TRANSLATE_NOOP("customer_plan", "Next"),
    cp.PLANNED: QT_TRANSLATE_NOOP("customer_plan", "Planned"),
}
SIDE_WORDS = {
    "customer": QT_TRANSLATE_NOOP("customer_plan", "Your team"),
    "us": QT_TRANSLATE_NOOP("customer_plan", "Our team"),
}
# Stage colours, light enough to print and to read black text on.
STAGE_FILL = {"Embark": "DCE9F8", "Handoff": "E3F1DF", "Kickoff": "FCEBD5", "Adopt": "EADFF5",
              "Review": "F8DDE3", "Expand": "DDF1F0"}
STATE_FONT = {cp.LATE: "B42318", cp.DONE: "1A7F37", cp.NEXT: "1F4E9A"}
DATE_FORMAT = "d mmm yyyy"
HEAD = Font(bold=True, color="FFFFFF")
HEAD_FILL = PatternFill("solid", fgColor="2F5597")
THIN = Side(style="thin", color="9AA4B2")
TODAY_SIDE = Side(style="medium", color="B42318")
TIMELINE_WEEKS_MAX = 104


def state_text(state: str) -> str:
    return translate(C, STATE_WORDS.get(state, state))


def side_text(side: str) -> str:
    return translate(C, SIDE_WORDS.get(side, side))


def _put(ws: Worksheet, row: int, col: int, value: Any, **style: Any) -> None:
    """A cell; user text that starts like a formula is stored as text (never evaluated)."""
    cell = ws.cell(row=row, column=col)
    if isinstance(value, str):
        value = clean_text(value)
        cell.value = value
        if is_risky(value):
            cell.data_type = "s"
            cell.quotePrefix = True
    else:
        cell.value = value
        if isinstance(value, date):
            cell.number_format = DATE_FORMAT
    for key, item in style.items():
        setattr(cell, key, item)


def _header(ws: Worksheet, row: int, labels: list[str]) -> None:
    for col, label in enumerate(labels, start=1):
        _put(ws, row, col, label, font=HEAD, fill=HEAD_FILL)


def _plan_sheet(ws: Worksheet, plan: cp.CustomerPlan) -> None:
    ws.title = translate(C, QT_TRANSLATE_NOOP("customer_plan", "Plan"))
    _put(ws, 1, 1, words(C, QT_TRANSLATE_NOOP("customer_plan", "Onboarding plan: {0}"), plan.account),
         font=Font(bold=True, size=16))
    _put(ws, 2, 1, words(C, QT_TRANSLATE_NOOP("customer_plan", "As of {0}"), plan.as_of.isoformat()),
         font=Font(italic=True, color="555555"))
    row = 4
    key_dates = [
        (QT_TRANSLATE_NOOP("customer_plan", "Contract signed"), plan.signed),
        (QT_TRANSLATE_NOOP("customer_plan", "Kickoff"), plan.kickoff),
        (QT_TRANSLATE_NOOP("customer_plan", "Planned go-live"), plan.target_golive),
        (QT_TRANSLATE_NOOP("customer_plan", "Live since"), plan.golive),
        (QT_TRANSLATE_NOOP("customer_plan", "First value reached"), plan.first_value),
    ]
    for label, day in key_dates:
        if day is None:
            continue
        _put(ws, row, 1, translate(C, label), font=Font(bold=True))
        _put(ws, row, 2, day)
        row += 1
    row += 1
    _put(ws, row, 1, translate(C, QT_TRANSLATE_NOOP("customer_plan", "What is next")),
         font=Font(bold=True, size=12))
    row += 1
    upcoming = plan.next_steps
    if not upcoming:
        done = QT_TRANSLATE_NOOP("customer_plan", "Nothing open: every step is done.")
        _put(ws, row, 1, translate(C, done))
        row += 1
    for step in upcoming:
        _put(ws, row, 1, step.title)
        _put(ws, row, 2, step.due)
        _put(ws, row, 3, side_text(step.side))
        _put(ws, row, 4, state_text(step.state), font=Font(color=STATE_FONT.get(step.state, "000000")))
        row += 1
    row += 1
    _put(ws, row, 1, translate(C, QT_TRANSLATE_NOOP("customer_plan", "Milestones")),
         font=Font(bold=True, size=12))
    row += 1
    _header(ws, row, [translate(C, t) for t in (
        QT_TRANSLATE_NOOP("customer_plan", "Milestone"), QT_TRANSLATE_NOOP("customer_plan", "Target date"),
        QT_TRANSLATE_NOOP("customer_plan", "Reached on"), QT_TRANSLATE_NOOP("customer_plan", "Status"))])
    row += 1
    for step in plan.milestones:
        _put(ws, row, 1, step.title)
        _put(ws, row, 2, step.due)
        _put(ws, row, 3, step.done)
        _put(ws, row, 4, state_text(step.state), font=Font(color=STATE_FONT.get(step.state, "000000")))
        row += 1
    row += 1
    _put(ws, row, 1, translate(C, QT_TRANSLATE_NOOP("customer_plan", "Every step")),
         font=Font(bold=True, size=12))
    row += 1
    _header(ws, row, [translate(C, t) for t in (
        QT_TRANSLATE_NOOP("customer_plan", "Step"), QT_TRANSLATE_NOOP("customer_plan", "Stage"),
        QT_TRANSLATE_NOOP("customer_plan", "Who"), QT_TRANSLATE_NOOP("customer_plan", "Due"),
        QT_TRANSLATE_NOOP("customer_plan", "Done on"), QT_TRANSLATE_NOOP("customer_plan", "Status"))])
    first = row
    row += 1
    for step in plan.steps:
        if step.kind != "task":
            continue
        _put(ws, row, 1, step.title)
        _put(ws, row, 2, translate("labels", step.stage or ""),
             fill=PatternFill("solid", fgColor=STAGE_FILL.get(step.stage or "", "FFFFFF")))
        _put(ws, row, 3, side_text(step.side))
        _put(ws, row, 4, step.due)
        _put(ws, row, 5, step.done)
        _put(ws, row, 6, state_text(step.state), font=Font(color=STATE_FONT.get(step.state, "000000")))
        row += 1
    ws.freeze_panes = None
    ws.auto_filter.ref = f"A{first}:F{max(first, row - 1)}"
    for col, width in zip("ABCDEF", (46, 16, 16, 14, 14, 14), strict=True):
        ws.column_dimensions[col].width = width
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "1:2"


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _timeline_sheet(ws: Worksheet, plan: cp.CustomerPlan) -> None:
    ws.title = translate(C, QT_TRANSLATE_NOOP("customer_plan", "Timeline"))
    span = plan.span
    _put(ws, 1, 1, words(C, QT_TRANSLATE_NOOP("customer_plan", "Timeline: {0}"), plan.account),
         font=Font(bold=True, size=14))
    if span is None:
        _put(ws, 3, 1, translate(C, QT_TRANSLATE_NOOP("customer_plan", "No dated steps yet.")))
        return
    # Today widens the grid only when it is near the plan: a plan finished a year ago is
    # not drawn with fifty empty weeks after it.
    near = span[0] - timedelta(weeks=8) <= plan.as_of <= span[1] + timedelta(weeks=8)
    first, last = (min(span[0], plan.as_of), max(span[1], plan.as_of)) if near else span
    start = _monday(first)
    weeks = min(TIMELINE_WEEKS_MAX, (last - start).days // 7 + 1)
    this_week = (plan.as_of - start).days // 7
    _put(ws, 3, 1, translate(C, QT_TRANSLATE_NOOP("customer_plan", "Step")), font=HEAD, fill=HEAD_FILL)
    _put(ws, 3, 2, translate(C, QT_TRANSLATE_NOOP("customer_plan", "Who")), font=HEAD, fill=HEAD_FILL)
    for w in range(weeks):
        col = 3 + w
        _put(ws, 3, col, start + timedelta(weeks=w), font=HEAD, fill=HEAD_FILL,
             alignment=Alignment(text_rotation=90))
        ws.cell(row=3, column=col).number_format = "d mmm"
        ws.column_dimensions[get_column_letter(col)].width = 3.2
    ws.row_dimensions[3].height = 48
    row = 4
    for step in plan.steps:
        _put(ws, row, 1, step.title, font=Font(bold=step.kind == "milestone"))
        _put(ws, row, 2, side_text(step.side) if step.kind == "task" else "")
        day = step.done or step.due
        if day is not None:
            w = (day - start).days // 7
            if 0 <= w < weeks:
                fill = STAGE_FILL.get(step.stage or "", "FFE699")
                mark = "◆" if step.kind == "milestone" else ("✓" if step.state == cp.DONE
                                                             else "!" if step.state == cp.LATE else "")
                _put(ws, row, 3 + w, mark, fill=PatternFill("solid", fgColor=fill),
                     alignment=Alignment(horizontal="center"),
                     font=Font(bold=True, color=STATE_FONT.get(step.state, "000000")))
        if 0 <= this_week < weeks:
            cell = ws.cell(row=row, column=3 + this_week)
            cell.border = Border(left=TODAY_SIDE, right=TODAY_SIDE, top=THIN, bottom=THIN)
        row += 1
    row += 1
    _put(ws, row, 1, translate(C, QT_TRANSLATE_NOOP(
        "customer_plan", "◆ milestone   ✓ done   ! behind plan   red outline: this week")),
        font=Font(italic=True, color="555555"))
    ws.column_dimensions["A"].width = 44
    ws.column_dimensions["B"].width = 12
    ws.freeze_panes = "C4"
    ws.print_title_rows = "3:3"  # the week row on every printed page
    ws.print_title_cols = "A:B"
    ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0


def build_workbook(plan: cp.CustomerPlan) -> Workbook:
    wb = Workbook()
    _plan_sheet(wb.active, plan)
    _timeline_sheet(wb.create_sheet(), plan)
    wb.properties.title = words(C, QT_TRANSLATE_NOOP("customer_plan", "Onboarding plan: {0}"), plan.account)
    return wb


def export_customer_plan(db: Database, account_id: int, target: Path | str, as_of: date) -> Path:
    """Write the plan workbook for one account (atomically: a failed save keeps the old file)."""
    return save_workbook(build_workbook(cp.customer_plan(db, account_id, as_of)), target)
