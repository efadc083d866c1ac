"""Export the demo portfolio, edit it the way a user does in Excel, import it back: exactly those changes."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from sqlite_utils import Database

from tests.conftest import TODAY
from tracker.excel.importer import apply_import
from tracker.excel.preview import preview_workbook
from tracker.excel.report import export_report

TABLES = ("account", "contact", "task", "milestone", "feedback", "stage_history", "journey")


def snapshot(db: Database) -> dict[str, dict[int, dict[str, Any]]]:
    out = {}
    for table in TABLES:
        cursor = db.conn.execute(f"SELECT * FROM {table}")
        names = [c[0] for c in cursor.description]
        out[table] = {row[0]: dict(zip(names, row, strict=True)) for row in cursor.fetchall()}
    return out


def diff(
    before: dict[str, dict[int, dict[str, Any]]], after: dict[str, dict[int, dict[str, Any]]]
) -> dict[str, Any]:
    """Per table: {id: {field: (old, new)}} for changed rows, plus the ids of added and removed rows."""
    result: dict[str, Any] = {}
    for table in TABLES:
        old, new = before[table], after[table]
        changed = {}
        for rid in old.keys() & new.keys():
            fields = {k: (old[rid][k], new[rid][k]) for k in old[rid] if old[rid][k] != new[rid][k]}
            if fields:
                changed[rid] = fields
        added = sorted(new.keys() - old.keys())
        removed = sorted(old.keys() - new.keys())
        if changed or added or removed:
            result[table] = {"changed": changed, "added": [new[i] for i in added], "removed": removed}
    return result


def find_row(ws: Any, column: str, value: Any) -> int:
    headers = [c.value for c in ws[1]]
    col = headers.index(column) + 1
    for row in range(2, ws.max_row + 1):
        if ws.cell(row=row, column=col).value == value:
            return row
    raise AssertionError(f"{value} not in {column}")


def set_cell(ws: Any, row: int, column: str, value: Any) -> None:
    headers = [c.value for c in ws[1]]
    ws.cell(row=row, column=headers.index(column) + 1, value=value)


def append(ws: Any, values: dict[str, Any]) -> None:
    headers = [c.value for c in ws[1]]
    ws.append([values.get(h) for h in headers])


def test_export_edit_import_shows_exactly_the_edits(demo_db: Database, tmp_path: Path) -> None:
    db = demo_db
    report = tmp_path / "report.xlsx"
    export_report(db, report, as_of=TODAY)
    before = snapshot(db)

    # The unedited export imports as "nothing changed".
    previews, _ = preview_workbook(db, report, today=TODAY)
    assert all(not p.creates and not p.updates and not p.rejects for p in previews)
    assert {p.kind for p in previews} == {"accounts", "contacts", "tasks", "milestones", "feedback"}

    acc_mrr, acc_stage, acc_owner = 3, 4, 5
    stage_now = before["account"][acc_stage]["stage"]
    next_stage = "Review" if stage_now != "Review" else "Adopt"
    todo = next(t for t in before["task"].values() if t["status"] == "todo")
    due_task = next(t for t in before["task"].values() if t["status"] == "in_progress")
    contact = next(iter(before["contact"].values()))
    new_role = "sponsor" if contact["role"] != "sponsor" else "analyst"
    milestone = next(
        m for m in before["milestone"].values() if m["kind"] == "first_value" and m["achieved_date"] is None
    )
    feedback = next(f for f in before["feedback"].values() if f["kind"] == "nps" and f["score"] != 3)

    wb = load_workbook(report)
    ws = wb["Accounts"]
    set_cell(ws, find_row(ws, "Account ID", acc_mrr), "MRR", 4321)
    set_cell(ws, find_row(ws, "Account ID", acc_stage), "Stage", next_stage)
    set_cell(ws, find_row(ws, "Account ID", acc_owner), "Owner", "New Owner")
    append(
        ws,
        {
            "CRM ID": "CRM-NEW-1",
            "Account": "Zeta Test Co",
            "MRR": 999,
            "Stage": "Kickoff",
            "Signed": datetime(2026, 6, 1),
            "Notes": "=cmd|' /C calc'!A0",
        },
    )
    notes = ws.cell(row=ws.max_row, column=[c.value for c in ws[1]].index("Notes") + 1)
    notes.data_type = "s"  # typed as text ('=...), as Excel stores it
    ws = wb["Checklist tasks"]
    row = find_row(ws, "Task ID", todo["id"])
    set_cell(ws, row, "Status", "Done")
    set_cell(ws, row, "Done", datetime(2026, 6, 10))
    set_cell(ws, find_row(ws, "Task ID", due_task["id"]), "Due", "20/07/2026")
    ws = wb["Contacts"]
    set_cell(ws, find_row(ws, "Contact ID", contact["id"]), "Role", new_role.capitalize())
    append(
        ws,
        {
            "Account CRM ID": "CRM-NEW-1",
            "Account": "Zeta Test Co",
            "Contact": "Zed Zee",
            "E-mail": "zed@zeta.test",
            "Role": "Admin",
        },
    )
    ws = wb["Milestones"]
    set_cell(ws, find_row(ws, "Milestone ID", milestone["id"]), "Achieved", datetime(2026, 6, 12))
    ws = wb["Feedback"]
    set_cell(ws, find_row(ws, "Feedback ID", feedback["id"]), "Score", 3)
    wb.save(report)

    previews, skipped = preview_workbook(db, report, today=TODAY)
    own = "was skipped: it is imported on its own."  # the report's goal and signal sheets
    assert sorted(skipped) == [
        "Sheet 'Cohort retention' was skipped: its columns match nothing to import.",
        f"Sheet 'Goals' {own}", f"Sheet 'Maturity' {own}",
        "Sheet 'Summary' was skipped: its columns match nothing to import.",
        f"Sheet 'Support cases' {own}", f"Sheet 'Trials' {own}",
    ]
    assert all(not p.rejects for p in previews), [p.rejects for p in previews]
    apply_import(db, previews, today=TODAY)
    after = snapshot(db)
    changes = diff(before, after)

    new_account = max(after["account"])
    assert changes["account"]["changed"] == {
        acc_mrr: {"mrr": (before["account"][acc_mrr]["mrr"], 4321.0)},
        acc_stage: {"stage": (stage_now, next_stage)},
        acc_owner: {"owner": (before["account"][acc_owner]["owner"], "New Owner")},
        milestone["account_id"]: {
            "first_value_date": (before["account"][milestone["account_id"]]["first_value_date"], "2026-06-12")
        },
    }
    (added,) = changes["account"]["added"]
    assert {
        k: added[k] for k in ("external_id", "name", "mrr", "stage", "signed_date", "status", "notes")
    } == {
        "external_id": "CRM-NEW-1",
        "name": "Zeta Test Co",
        "mrr": 999.0,
        "stage": "Kickoff",
        "signed_date": "2026-06-01",
        "status": "onboarding",
        "notes": "=cmd|' /C calc'!A0",
    }
    assert changes["task"] == {
        "changed": {
            todo["id"]: {"status": ("todo", "done"), "done_date": (None, "2026-06-10")},
            due_task["id"]: {"due_date": (due_task["due_date"], "2026-07-20")},
        },
        "added": [],
        "removed": [],
    }
    assert changes["contact"]["changed"] == {contact["id"]: {"role": (contact["role"], new_role)}}
    (new_contact,) = changes["contact"]["added"]
    assert (new_contact["account_id"], new_contact["email"], new_contact["role"]) == (
        new_account,
        "zed@zeta.test",
        "admin",
    )
    assert changes["milestone"] == {
        "changed": {milestone["id"]: {"achieved_date": (None, "2026-06-12")}},
        "added": [],
        "removed": [],
    }
    assert changes["feedback"] == {
        "changed": {feedback["id"]: {"score": (feedback["score"], 3)}},
        "added": [],
        "removed": [],
    }
    history = changes["stage_history"]
    assert [(h["account_id"], h["stage"], h["entered_date"]) for h in history["added"]] == [
        (new_account, "Kickoff", "2026-06-01"),
        (acc_stage, next_stage, TODAY.isoformat()),
    ]
    assert set(changes) == {"account", "task", "contact", "milestone", "feedback", "stage_history"}

    # Importing the same edited file again duplicates nothing and changes nothing.
    again, _ = preview_workbook(db, report, today=TODAY)
    assert [
        (p.kind, p.creates, p.updates, p.rejects) for p in again if p.creates or p.updates or p.rejects
    ] == []
    assert snapshot(db) == after


def test_exported_text_is_never_a_live_formula(demo_db: Database, tmp_path: Path) -> None:
    demo_db.conn.execute(
        "UPDATE account SET notes = '=HYPERLINK(\"http://evil\")', owner = '+1 555',"
        " industry = '@SUM(1)', region = '-2+3' WHERE id = 1"
    )
    demo_db.conn.commit()
    report = tmp_path / "r.xlsx"
    export_report(demo_db, report, as_of=date(2026, 6, 15))
    ws = load_workbook(report)["Accounts"]
    row = find_row(ws, "Account ID", 1)
    headers = [c.value for c in ws[1]]
    for column, text in (
        ("Notes", '=HYPERLINK("http://evil")'),
        ("Owner", "+1 555"),
        ("Industry", "@SUM(1)"),
        ("Region", "-2+3"),
    ):
        cell = ws.cell(row=row, column=headers.index(column) + 1)
        assert (cell.value, cell.data_type, cell.quotePrefix) == (text, "s", True)
