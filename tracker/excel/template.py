"""A blank import workbook: the expected columns, dropdowns for coded fields, and instructions.

Headers are the importer's own field labels, so a filled template maps without corrections;
dropdowns read their values from a hidden "Lists" sheet (an inline list is limited to 255
characters, which a user's segment names can exceed).
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from tracker.database import Database
from tracker.domain import ACCOUNT_STATUSES, CONTACT_ROLES, MILESTONE_KINDS, STAGES, TASK_STATUSES
from tracker.excel.cases_import import add_template_sheet as add_case_sheet
from tracker.excel.mapping import FIELDS, KIND_LABELS, KINDS
from tracker.excel.print_layout import name_fonts, print_layout
from tracker.excel.safe_text import clean_text, is_risky
from tracker.excel.values import choice_label
from tracker.excel.writer import save_workbook

TEMPLATE_ROWS = 2000
# Internal ids, and First/Last name (the template has one Contact column; CRM exports split it).
SKIP = {"account_id", "contact_id", "task_id", "milestone_id", "feedback_id", "first_name", "last_name"}
LISTS = {
    "stage": list(STAGES),
    "account_status": [choice_label(s) for s in ACCOUNT_STATUSES],
    "task_status": [choice_label(s) for s in TASK_STATUSES],
    "role": [choice_label(s) for s in CONTACT_ROLES],
    "milestone_kind": [choice_label(s) for s in MILESTONE_KINDS],
    "feedback_kind": ["CSAT", "NPS"],
}
INSTRUCTIONS = (
    "How to use this template",
    "",
    "1. Fill in the sheets you need; leave the others empty. Keep the header row as it is.",
    "2. Accounts: one row per customer. 'Account' (the name) is required; 'CRM ID' lets a later "
    "import update the same account instead of creating a new one.",
    "3. Contacts, Checklist tasks, Milestones and Feedback name their account in the 'Account' "
    "column (or 'Account CRM ID'). The account may be new in the Accounts sheet of this file.",
    "4. Dates: real Excel dates or text like 2026-06-15. Stage, status, role and survey columns "
    "offer a dropdown.",
    "5. Feedback: Survey is CSAT (score 1-5) or NPS (score 0-10).",
    "6. In Onboarding Tracker choose File > Import from Excel, pick this file and check the preview: "
    "nothing is written until you press Import, and rejected rows show the reason per column.",
    "7. Importing the same file again updates the rows it created; it does not duplicate them.",
    "8. Support cases are imported on their own (onboarding-tracker-cli cases import FILE), from "
    "this sheet or straight from a Zendesk, Freshdesk or Jira Service Management export.",
)
HEADER_FILL = PatternFill("solid", fgColor="1F4E79")


def build_template(segments: list[str]) -> Workbook:
    wb = Workbook()
    info = wb.active
    info.title = "Instructions"
    info.column_dimensions["A"].width = 80  # fits a portrait page at full size
    for line in INSTRUCTIONS:
        info.append([line])
    info["A1"].font = Font(bold=True, size=14)
    for row in info.iter_rows(min_row=3):
        row[0].alignment = Alignment(wrap_text=True, vertical="top")
        # Sized to the text (about 80 characters a line at width 84), so nothing is cut off.
        lines = -(-len(row[0].value or "") // 80) or 1
        info.row_dimensions[row[0].row].height = 15 * lines + 3
    print_layout(info, "Onboarding Tracker import template", portrait=True, title_rows=None)
    name_fonts(info)
    lists = wb.create_sheet("Lists")
    ranges: dict[str, str] = {}
    for col, (name, values) in enumerate({**LISTS, "segment": segments}.items(), start=1):
        letter = get_column_letter(col)
        lists.cell(row=1, column=col, value=name)
        for row, value in enumerate(values, start=2):
            _put_text(lists.cell(row=row, column=col), value)
        ranges[name] = f"Lists!${letter}$2:${letter}${max(len(values), 1) + 1}"
    lists.sheet_state = "hidden"
    for kind in KINDS:
        ws = wb.create_sheet(KIND_LABELS[kind])
        specs = [s for s in FIELDS[kind] if s.key not in SKIP]
        for col, spec in enumerate(specs, start=1):
            letter = get_column_letter(col)
            cell = ws.cell(row=1, column=col, value=spec.label)
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = HEADER_FILL
            ws.column_dimensions[letter].width = max(12, len(spec.label) + 4)
            area = f"{letter}2:{letter}{TEMPLATE_ROWS}"
            if spec.type in ranges:
                check = DataValidation(type="list", formula1=f"={ranges[spec.type]}", allow_blank=True,
                                       showErrorMessage=True, errorTitle=spec.label,
                                       error=f"Choose a {spec.label.lower()} from the list.")
                check.add(area)
                ws.add_data_validation(check)
            elif spec.type == "date":
                for row in range(2, 201):
                    ws.cell(row=row, column=col).number_format = "yyyy-mm-dd"
        ws.freeze_panes = "A2"
        print_layout(ws, "Onboarding Tracker import template")
        name_fonts(ws)
    add_case_sheet(wb, HEADER_FILL)  # schema 3: support cases, read by tracker.excel.cases_import
    wb.move_sheet("Lists", offset=len(KINDS) + 1)
    return wb


def _put_text(cell: Cell, text: str) -> None:
    """Store ``text`` as a string cell, never a formula: segment names are typed by users.

    openpyxl turns any value starting with "=" into a formula, and Excel re-evaluates text
    starting with "+", "-" or "@" when the cell is edited; the quote prefix keeps it text.
    A dropdown reading the range still offers exactly the text the user typed.
    """
    cell.value = clean_text(text)
    if is_risky(cell.value):
        cell.data_type = "s"
        cell.quotePrefix = True


def export_template(db: Database | None, target: Path | str) -> Path:
    """Write the template; with a database its segment names feed the Segment dropdown."""
    segments = [r[0] for r in db.conn.execute("SELECT name FROM segment ORDER BY name")] if db else []
    return save_workbook(build_template(segments), target)
