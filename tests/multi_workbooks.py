"""A specialist's whole onboarding workbook (like the import template, filled in by hand) and
the same accounts as CSV exports, for the whole-workbook and CSV import tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook

Rows = list[list[Any]]

INSTRUCTIONS: Rows = [["How to fill this workbook"], ["One row per account; dates as dates."]]
ACCOUNTS: Rows = [
    ["Company", "CRM ID", "Industry", "Employees", "Plan", "Segment", "MRR", "Status", "Stage", "Signed",
     "Target go-live"],
    ["Harbour Freight Ltd", "HF-001", "Logistics", 420, "Growth", "Mid-market", 2400.0, "Onboarding",
     "Kickoff", date(2026, 5, 4), date(2026, 7, 31)],
    ["Lumen Clinics", "LC-002", "Healthcare", 85, "Starter", "Self-serve", 650.5, "Onboarding", "Embark",
     date(2026, 6, 1), date(2026, 8, 15)],
    ["Orchid Payments", "OP-003", "Fintech", 1300, "Enterprise", "Enterprise", 9800.0, "Live", "Adopt",
     date(2026, 1, 12), date(2026, 4, 1)],
]
CONTACTS: Rows = [
    ["Name", "E-mail", "Company", "Role", "Invited", "Activated"],
    ["Nadia Rahman", "nadia@harbourfreight.example", "Harbour Freight Ltd", "Admin", date(2026, 5, 6),
     date(2026, 5, 8)],
    ["Tom Becker", "tom@harbourfreight.example", "Harbour Freight Ltd", "End user", date(2026, 5, 6), None],
    ["Priya Nair", "priya@lumen.example", "Lumen Clinics", "Executive sponsor", date(2026, 6, 2), None],
    ["Wei Chen", "wei@orchid.example", "Orchid Payments", "Developer", date(2026, 1, 20),
     date(2026, 1, 22)],
]
TASKS: Rows = [
    ["Company", "Task", "Stage", "Due", "Status"],
    ["Harbour Freight Ltd", "Map their warehouse codes", "Kickoff", date(2026, 6, 20), "To do"],
    ["Lumen Clinics", "Send the welcome pack", "Embark", date(2026, 6, 5), "Done"],
]
FEEDBACK: Rows = [
    ["Company", "Survey", "Score", "Comment", "Date"],
    ["Orchid Payments", "CSAT", 5, "Smooth start", date(2026, 3, 2)],
]
NOTES: Rows = [["Meeting notes"], ["Call Nadia about SSO on Friday"]]


def onboarding_workbook(path: Path) -> Path:
    """Instructions, Accounts, Contacts, Tasks, Feedback and a Notes sheet that fits nothing."""
    wb = Workbook()
    first = wb.active
    first.title = "Instructions"
    for row in INSTRUCTIONS:
        first.append(row)
    for title, rows in (("Accounts", ACCOUNTS), ("Contacts", CONTACTS), ("Tasks", TASKS),
                        ("Feedback", FEEDBACK), ("Notes", NOTES)):
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path


# A European export (Excel "CSV" on a German or Dutch Windows): ';' between fields, decimal
# commas with "." for thousands, day-first dates, accented names.
EURO_CSV = (
    "Company;CRM ID;Industry;MRR;Signed;Status\r\n"
    "Müller Logistik GmbH;DE-100;Logistik;1.234,56;15.05.2026;Onboarding\r\n"
    "Société Générale Café;FR-200;Gastronomie;2.400,00;02.06.2026;Onboarding\r\n"
    "Ørsted Wind ÅS;DK-300;Energie;980,5;20.04.2026;Live\r\n"
)


def euro_csv(path: Path, *, bom: bool = False) -> Path:
    """:data:`EURO_CSV` in cp1252 (Excel's "CSV" on Western Windows) or UTF-8 with a BOM."""
    data = ("\ufeff" + EURO_CSV).encode("utf-8") if bom else EURO_CSV.encode("cp1252")
    path.write_bytes(data)
    return path
