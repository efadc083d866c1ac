"""The customer's plan: states, owner sides, and nothing internal in the workbook."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import load_workbook

from tracker.cli import main
from tracker.database import Database
from tracker.excel.customer_plan import export_customer_plan
from tracker.queries import customer_plan as cp
from tracker.rules import owner_side
from tracker.services.accounts import create_account, move_stage
from tracker.services.records import MILESTONES, NOTES
from tracker.services.tasks import add_task

AS_OF = date(2026, 6, 15)


def test_owner_side() -> None:
    assert owner_side("Sponsor") == "customer" and owner_side(" customer ") == "customer"
    assert owner_side("CSM") == "us" and owner_side("") == "us" and owner_side("Trainer") == "us"


def _account(db: Database) -> int:
    aid = create_account(db, {"name": "Zoë Ḥafizah Sdn Bhd", "signed_date": "2026-05-01",
                              "target_golive_date": "2026-07-15", "mrr": 98765.0,
                              "notes": "SECRET internal remark"}).value
    NOTES.create(db, {"account_id": aid, "date": "2026-06-01", "body": "CONFIDENTIAL note"})
    add_task(db, aid, {"title": "Welcome call", "stage": "Embark", "due_date": "2026-05-03",
                       "status": "done", "done_date": "2026-05-04", "owner": "CSM"})
    add_task(db, aid, {"title": "Provide user list", "stage": "Kickoff", "due_date": "2026-06-10",
                       "owner": "Sponsor", "notes": "HIDDEN task note"})
    add_task(db, aid, {"title": "=HYPERLINK(\"x\")", "stage": "Adopt", "due_date": "2026-06-20",
                       "owner": "Trainer"})
    add_task(db, aid, {"title": "Later 1", "stage": "Adopt", "due_date": "2026-06-25"})
    add_task(db, aid, {"title": "Later 2", "stage": "Review", "due_date": "2026-07-01"})
    add_task(db, aid, {"title": "Later 3", "stage": "Review", "due_date": "2026-07-05"})
    add_task(db, aid, {"title": "Dropped", "stage": "Review", "due_date": "2026-06-01",
                       "status": "skipped"})
    MILESTONES.create(db, {"account_id": aid, "kind": "go_live", "name": "Go-live",
                           "target_date": "2026-07-15"})
    MILESTONES.create(db, {"account_id": aid, "kind": "training", "name": "Training",
                           "target_date": "2026-06-05", "achieved_date": "2026-06-04"})
    return aid


def test_plan_states_sides_and_bands(db: Database) -> None:
    plan = cp.customer_plan(db, _account(db), AS_OF)
    got = [(s.title, s.state, s.side) for s in plan.steps]
    assert got == [
        ("Welcome call", cp.DONE, "us"),
        ("Dropped", cp.SKIPPED, "us"),
        ("Training", cp.DONE, "us"),
        ("Provide user list", cp.LATE, "customer"),
        ("=HYPERLINK(\"x\")", cp.NEXT, "us"),
        ("Later 1", cp.NEXT, "us"),
        ("Later 2", cp.NEXT, "us"),
        ("Later 3", cp.PLANNED, "us"),
        ("Go-live", cp.PLANNED, "us"),
    ]
    assert [s.title for s in plan.next_steps] == [
        "Provide user list", "=HYPERLINK(\"x\")", "Later 1", "Later 2"]
    # Still in Embark since it was signed (1 May): that band runs to the as-of day; the
    # stages not reached yet span their steps' due days.
    assert [(b.stage, b.start, b.end, b.planned) for b in plan.bands] == [
        ("Embark", date(2026, 5, 1), date(2026, 6, 15), False),
        ("Kickoff", date(2026, 6, 10), date(2026, 6, 10), True),
        ("Adopt", date(2026, 6, 20), date(2026, 6, 25), True),
        ("Review", date(2026, 7, 1), date(2026, 7, 5), True)]
    assert plan.span == (date(2026, 5, 1), date(2026, 7, 15))


def test_stages_been_through_span_their_days_in_the_stage_history(db: Database) -> None:
    """The timeline shows when the account was in each stage, not when its steps were due:
    Embark 1-20 May, Kickoff 20 May-5 June, Adopt from 5 June to its last planned step
    (25 June, later than the as-of day), Review still as planned."""
    aid = _account(db)
    move_stage(db, aid, "Kickoff", on=date(2026, 5, 20))
    move_stage(db, aid, "Adopt", on=date(2026, 6, 5))
    plan = cp.customer_plan(db, aid, AS_OF)
    assert [(b.stage, b.start, b.end, b.planned) for b in plan.bands] == [
        ("Embark", date(2026, 5, 1), date(2026, 5, 20), False),
        ("Kickoff", date(2026, 5, 20), date(2026, 6, 5), False),
        ("Adopt", date(2026, 6, 5), date(2026, 6, 25), False),
        ("Review", date(2026, 7, 1), date(2026, 7, 5), True)]
    # Looked at as of 1 June, the Adopt move has not happened: Kickoff runs to that day.
    back = cp.customer_plan(db, aid, date(2026, 6, 1))
    assert [(b.stage, b.end, b.planned) for b in back.bands][:3] == [
        ("Embark", date(2026, 5, 20), False), ("Kickoff", date(2026, 6, 10), False),
        ("Adopt", date(2026, 6, 25), True)]


def test_workbook_holds_the_plan_and_nothing_internal(db: Database, tmp_path: Path) -> None:
    aid = _account(db)
    path = export_customer_plan(db, aid, tmp_path / "plan.xlsx", AS_OF)
    wb = load_workbook(path)
    assert wb.sheetnames == ["Plan", "Timeline"]
    cells = [c for ws in wb for row in ws.iter_rows() for c in row if c.value is not None]
    text = "\n".join(str(c.value) for c in cells)
    assert "Onboarding plan: Zoë Ḥafizah Sdn Bhd" in text
    for secret in ("SECRET", "CONFIDENTIAL", "HIDDEN", "98765", "98,765", "health", "MRR"):
        assert secret not in text
    formula = [c for c in cells if c.value == "=HYPERLINK(\"x\")"]
    assert formula and all(c.data_type == "s" for c in formula), "a typed formula stays text"
    plan = wb["Plan"]
    rows = [[c.value for c in r] for r in plan.iter_rows()]
    assert ["Provide user list", "Kickoff", "Your team", date(2026, 6, 10), None, "Behind plan"] in [
        [v.date() if hasattr(v, "date") else v for v in r[:6]] for r in rows]


def test_cli_plan(db_path: Path, tmp_path: Path) -> None:
    from tracker.workspace import open_workspace

    db = open_workspace(db_path)
    try:
        aid = _account(db)
    finally:
        db.conn.close()
    assert main(["plan", "--db", str(db_path), str(aid), str(tmp_path / "p.xlsx"),
                 "--as-of", "2026-06-15"]) == 0
    assert (tmp_path / "p.xlsx").is_file()
