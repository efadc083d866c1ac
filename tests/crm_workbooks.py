"""Workbooks shaped like the exports specialists bring, with their quirks, built with openpyxl.

Headers follow the real exports (HubSpot companies and contacts, a Salesforce account report,
Pipedrive organisations, Zoho CRM accounts) and a specialist's own tracking sheet; values carry
US dates, decimal commas, "€2.400", First/Last names and CRM ids.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook

Rows = list[list[Any]]


def save(path: Path, rows: Rows, title: str = "Sheet1") -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = title
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


HUBSPOT_COMPANIES: Rows = [
    ["Record ID", "Company name", "Company owner", "Create Date", "Last Activity Date", "Deal Stage",
     "Close Date", "Industry", "Number of Employees", "Country/Region"],
    [9876543210, "Northwind Traders", "Maya Tan", "01/02/2026 10:15", "03/05/2026", "closedwon",
     "03/04/2026", "Retail", "1,250", "United States"],
    [9876543211, "Contoso Pharma", "Maya Tan", "01/05/2026 09:00", "02/06/2026", "closedwon",
     "11/02/2026", "Pharmaceuticals", "380", "United States"],
    [9876543212, "Fabrikam Inc", "Lee Wong", "02/01/2026 14:30", "", "contractsent",
     "04/10/2026", "Manufacturing", "95", "Canada"],
]

HUBSPOT_CONTACTS: Rows = [
    ["Record ID", "First Name", "Last Name", "Email", "Company Name", "Job Title", "Create Date",
     "Last Activity Date"],
    [501, "Ana", "Silva", "ana.silva@northwind.com", "Northwind Traders", "Admin", "03/02/2026",
     "04/01/2026"],
    [502, "Ben", "Okafor", "ben@contoso.com", "Contoso Pharma", "Developer", "03/03/2026", ""],
]

SALESFORCE_ACCOUNTS: Rows = [
    ["Account ID", "Account Name", "Account Owner", "Industry", "Employees", "Billing Country",
     "Annual Revenue", "Created Date"],
    ["0015g00000AbCdEAAZ", "Globex GmbH", "Jonas Berg", "Energy", "2.400", "Germany", "€1.200.000",
     "15.01.2026"],
    ["0015g00000AbCdFAAZ", "Initech SARL", "Jonas Berg", "Software", "120", "France", "€380.000",
     "28.02.2026"],
]

PIPEDRIVE_ORGS: Rows = [
    ["Organization - ID", "Organization - Name", "Organization - Owner", "Organization - Address",
     "Organization - People", "MRR", "Won time"],
    [41, "Umbrella Labs", "Sara Lim", "Kuala Lumpur", 3, "€2.400", "15 May 2026"],
    [42, "Stark Components", "Sara Lim", "Penang", 1, "1.234,56", "May 20, 2026"],
    [43, "Wayne Logistics", "Sara Lim", "Johor", 2, "980", "2026-05-28"],
]

ZOHO_ACCOUNTS: Rows = [
    ["Record Id", "Account Name", "Account Owner", "Industry", "Employees", "Billing Country",
     "Created Time", "Account Number"],
    ["zcrm_4876000000123001", "Hooli Sdn Bhd", "Aisyah Rahman", "Technology", 60, "Malaysia",
     "2026-03-02 09:12:00", "ACC-1001"],
    ["zcrm_4876000000123002", "Vandelay Imports", "Aisyah Rahman", "Import/Export", 12, "Malaysia",
     "2026-03-09 16:40:00", "ACC-1002"],
]

TRACKING_SHEET: Rows = [
    ["My onboarding tracker (updated weekly)"],
    [],
    ["Customer", "Plan", "MRR", "Signed", "Target go-live", "Go-live", "Stage", "Tech proficiency",
     "Notes"],
    ["Acme Foods", "Growth", "1.250,00", "05/01/2026", "20/03/2026", "25/03/2026", "Adopt", "high",
     "Slow IT team"],
    ["Borealis Bank", "Enterprise", "4.800,50", "12/01/2026", "30/04/2026", "", "Kickoff", 4, ""],
    ["Cyan Health", "Starter", "320", "02/02/2026", "15/04/2026", "14/04/2026", "Review", 3, ""],
]

PEOPLE_ONLY: Rows = [
    ["Name", "Email", "Phone", "Invited"],
    ["Ana Silva", "ana@acme.com", "+60 12 345 6789", "03/04/2026"],
    ["Ben Lee", "ben.lee@borealis.co.uk", "+44 20 7946 0000", "04/05/2026"],
    ["Chitra Nair", "chitra@gmail.com", "+91 98 7654 3210", "05/06/2026"],
]

PEOPLE_NO_EMAIL: Rows = [
    ["Name", "Phone"],
    ["Ana Silva", "+60 12 345 6789"],
    ["Ben Lee", "+44 20 7946 0000"],
    ["Chitra Nair", "+91 98 7654 3210"],
]

AMBIGUOUS_DATES: Rows = [
    ["Company", "Signed", "Target go-live", "MRR"],
    ["Delta Air Parts", "03/04/2026", "06/07/2026", "1200"],
    ["Echo Media", "11/02/2026", "12/05/2026", "850"],
    ["Foxtrot Freight", "01/12/2025", "03/10/2026", "2300"],
]

ASOF = datetime(2026, 6, 15)
