"""Support cases from a helpdesk export (Zendesk, Freshdesk, Jira Service Management) or from
the report's own "Support cases" sheet, in one transaction.

Headers are matched through :data:`HEADERS` (compared like every import header: lowercase
letters and digits only). A row's account is found by CRM id, then by exact name (the
helpdesk's organization or company); a case with a case number already stored is updated,
never duplicated, so importing the same export twice changes nothing. Rows that cannot be
placed are reported with the reason, and nothing is written when ``dry_run`` is set.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from tracker.changes import ChangeSet
from tracker.database import Database
from tracker.domain import ValidationError
from tracker.excel.errors import SHEET_EMPTY, ExcelError, said
from tracker.excel.import_undo import BeforeImport, ImportUndo
from tracker.excel.mapping import header_key
from tracker.excel.reader import read_sheet
from tracker.excel.values import NOT_A_DATE
from tracker.i18n import QT_TRANSLATE_NOOP
from tracker.services.base import insert_row, update_row
from tracker.services.signals import SUPPORT_CASES
from tracker.storage.db import transaction

# field -> header names: ours first, then Zendesk, Freshdesk and Jira Service Management.
HEADERS: dict[str, tuple[str, ...]] = {
    "external_id": ("Case number", "Ticket ID", "Id", "Ticket Id", "Issue key", "Key"),
    "account_external_id": ("Account CRM ID", "Organization external ID", "Company External ID"),
    "account_name": ("Account", "Organization", "Organization name", "Company Name", "Company",
                     "Organizations", "Customer"),
    "subject": ("Subject", "Summary", "Title"),
    "topic": ("Topic", "Type", "Ticket type", "Category", "Request Type", "Group", "Tags"),
    "severity": ("Severity", "Priority"),
    "opened_date": ("Opened", "Created at", "Created time", "Created", "Created date"),
    "closed_date": ("Closed", "Solved at", "Resolved time", "Resolved", "Closed time",
                    "Closed at", "Resolution date"),
    "contact_email": ("Contact e-mail", "Requester email", "Requester", "Email", "Contact",
                      "Reporter email", "Reporter"),
}
# Priorities of the three helpdesks, onto our severities.
SEVERITY = {"low": "low", "lowest": "low", "normal": "normal", "medium": "normal",
            "high": "high", "highest": "urgent", "urgent": "urgent", "critical": "urgent",
            "blocker": "urgent", "1": "urgent", "2": "high", "3": "normal", "4": "low"}
EXCEL_EPOCH = date(1899, 12, 30)


def add_template_sheet(wb: Any, fill: Any) -> None:
    """The template's "Support cases" sheet: our own header of each field, a severity list."""
    from openpyxl.styles import Font
    from openpyxl.worksheet.datavalidation import DataValidation

    ws = wb.create_sheet("Support cases")
    for col, name in enumerate(HEADERS, start=1):
        cell = ws.cell(row=1, column=col, value=HEADERS[name][0])
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill
        ws.column_dimensions[cell.column_letter].width = max(12, len(HEADERS[name][0]) + 4)
    severity = list(HEADERS).index("severity") + 1
    check = DataValidation(type="list", formula1='"Low,Normal,High,Urgent"', allow_blank=True)
    letter = ws.cell(row=1, column=severity).column_letter
    check.add(f"{letter}2:{letter}2000")
    ws.add_data_validation(check)
    ws.freeze_panes = "A2"


@dataclass
class CaseImport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: list[tuple[int, str]] = field(default_factory=list)
    change: ChangeSet = field(default_factory=ChangeSet)
    undo: ImportUndo = field(default_factory=ImportUndo)  # swap_import(db, undo) reverses it
    sheet: str = ""
    rows: int = 0  # data rows read (blank ones left out)


def _date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return EXCEL_EPOCH + timedelta(days=int(value))
    text = str(value).strip()
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        pass
    for fmt in ("%d/%b/%y %I:%M %p", "%d/%b/%y", "%d %b %Y %H:%M", "%d %b %Y"):  # Jira, Freshdesk
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(said(NOT_A_DATE, text[:30]))


def _columns(header: list[Any]) -> dict[str, int]:
    keys = [header_key(h) for h in header]
    found: dict[str, int] = {}
    for name, names in HEADERS.items():
        for candidate in names:
            if header_key(candidate) in keys:
                found[name] = keys.index(header_key(candidate))
                break
    return found


def import_cases(db: Database, path: Path | str, sheet: str | None = None, *,
                 dry_run: bool = False) -> CaseImport:
    """Read the cases of ``sheet`` (the "Support cases" sheet if there is one, else the first)."""
    first = read_sheet(path, sheet)
    data = first
    if sheet is None and "Support cases" in first.sheet_names and first.sheet != "Support cases":
        data = read_sheet(path, "Support cases")
    if not data.rows:
        raise ExcelError(said(SHEET_EMPTY, data.sheet), "empty")
    cols = _columns(data.rows[0])
    if "opened_date" not in cols or not ({"account_name", "account_external_id"} & set(cols)):
        raise ExcelError(said(QT_TRANSLATE_NOOP(
            "excel", "Sheet '{0}' has no columns for the account and the day a case was opened (like "
            "Organization and Created at)."), data.sheet), "no_match")
    by_crm = {str(k): int(v) for v, k in db.conn.execute(
        "SELECT id, external_id FROM account WHERE external_id IS NOT NULL")}
    by_name: dict[str, int] = {}
    for account_id, name in db.conn.execute("SELECT id, name FROM account ORDER BY id DESC"):
        by_name[str(name).casefold()] = int(account_id)
    emails = {(int(a), str(e).casefold()): int(c) for c, a, e in db.conn.execute(
        "SELECT id, account_id, email FROM contact WHERE email <> ''")}
    # Case number -> (case id, the account it is stored under).
    stored = {str(k): (int(v), int(a)) for v, k, a in db.conn.execute(
        "SELECT id, external_id, account_id FROM support_case WHERE external_id IS NOT NULL")}
    result = CaseImport(sheet=data.sheet)
    touched: set[int] = set()
    with transaction(db) as conn:
        before = BeforeImport(conn)
        for number, row in enumerate(data.rows[1:], start=2):
            def cell(name: str, row: list[Any] = row) -> Any:
                at = cols.get(name)
                value = row[at] if at is not None and at < len(row) else None
                return None if value == "" else value
            if all(v in (None, "") for v in row):
                continue
            result.rows += 1
            crm, name = cell("account_external_id"), cell("account_name")
            account = by_crm.get(str(crm).strip()) if crm is not None else None
            if account is None and name is not None:
                account = by_name.get(str(name).strip().casefold())
            if account is None:
                result.rejected.append((number, said(QT_TRANSLATE_NOOP(
                    "excel", "No account named or with the CRM ID '{0}'."), name or crm)))
                continue
            try:
                opened, closed = _date(cell("opened_date")), _date(cell("closed_date"))
            except ValueError as exc:
                result.rejected.append((number, str(exc)))
                continue
            raw_severity = str(cell("severity") or "normal").strip().lower()
            email = str(cell("contact_email") or "").strip().casefold()
            values = {
                "subject": str(cell("subject") or "").strip(), "topic": str(cell("topic") or "").strip(),
                "severity": SEVERITY.get(raw_severity, "normal"), "opened_date": opened,
                "closed_date": closed, "contact_id": emails.get((account, email)),
            }
            external = cell("external_id")
            key = None if external is None else str(external).strip().removesuffix(".0")
            try:
                SUPPORT_CASES.validate(values, True)
                if key is not None and key in stored:
                    case_id, stored_under = stored[key]
                    before.keep("support_case", "id", [case_id])
                    # The helpdesk moved the ticket to another organization: the case moves
                    # with it, and both accounts' counts change (the change names both).
                    moved = {"account_id": account} if stored_under != account else {}
                    if update_row(db, "support_case", case_id, {**values, **moved},
                                  SUPPORT_CASES.editable | {"account_id"}):
                        result.updated += 1
                    else:
                        result.unchanged += 1
                    touched.add(stored_under)
                    stored[key] = (case_id, account)
                else:
                    case_id = insert_row(db, "support_case", {**values, "account_id": account,
                                                              "external_id": key})
                    before.created("support_case", [case_id])
                    if key is not None:
                        stored[key] = (case_id, account)
                    result.created += 1
            except ValidationError as exc:
                result.rejected.append((number, exc.message))
                continue
            touched.add(account)
        if dry_run:
            db.conn.rollback()
    if not dry_run and touched:
        result.change = SUPPORT_CASES.changes.for_accounts(*touched)
        result.undo = before.result()
    return result
