"""Calendar export: the exact .ics text, stable UIDs, scope by account."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from tracker.calendar_ics import calendar_items, export_calendar, to_ics
from tracker.cli import main
from tracker.database import Database
from tracker.services.accounts import create_account
from tracker.services.records import ACTIVITIES, MILESTONES
from tracker.services.tasks import add_task

AS_OF = date(2026, 6, 15)
STAMP = datetime(2026, 6, 15, 8, 30, tzinfo=UTC)


def _portfolio(db: Database) -> tuple[int, int, int, int]:
    aid = create_account(db, {"name": "Zoë Ḥafizah Sdn Bhd", "signed_date": "2026-05-01"}).value
    ACTIVITIES.create(db, {"account_id": aid, "kind": "call", "date": "2026-06-10"})
    ms = MILESTONES.create(db, {"account_id": aid, "kind": "go_live", "name": "Go-live",
                                "target_date": "2026-07-01"}).value
    MILESTONES.create(db, {"account_id": aid, "kind": "training", "name": "Reached",
                           "target_date": "2026-06-01", "achieved_date": "2026-06-01"})
    task = add_task(db, aid, {"title": "Kickoff; agenda, goals", "stage": "Kickoff",
                              "due_date": "2026-06-20"}).value
    add_task(db, aid, {"title": "Finished", "due_date": "2026-06-01", "status": "done",
                       "done_date": "2026-06-01"})
    add_task(db, aid, {"title": "No date"})
    other = create_account(db, {"name": "Other", "signed_date": "2026-06-01"}).value
    return aid, ms, task, other


def test_ics_content_exactly(db: Database) -> None:
    aid, ms, task, _other = _portfolio(db)
    text = to_ics(calendar_items(db, AS_OF, [aid]), STAMP).decode("utf-8")
    expected = (
        "BEGIN:VCALENDAR\r\n"
        "VERSION:2.0\r\n"
        "PRODID:-//Onboarding Tracker//Calendar export//EN\r\n"
        "CALSCALE:GREGORIAN\r\n"
        "BEGIN:VEVENT\r\n"
        "SUMMARY:Kickoff\\; agenda\\, goals (Zoë Ḥafizah Sdn Bhd)\r\n"
        "DTSTART;VALUE=DATE:20260620\r\n"
        "DTEND;VALUE=DATE:20260621\r\n"
        "DTSTAMP:20260615T083000Z\r\n"
        f"UID:task-{task}@onboarding-tracker\r\n"
        "CATEGORIES:task\r\n"
        "DESCRIPTION:Task of Zoë Ḥafizah Sdn Bhd\\, stage Kickoff.\r\n"
        "TRANSP:TRANSPARENT\r\n"
        "END:VEVENT\r\n"
        "BEGIN:VEVENT\r\n"
        "SUMMARY:Check-in: Zoë Ḥafizah Sdn Bhd\r\n"
        "DTSTART;VALUE=DATE:20260624\r\n"
        "DTEND;VALUE=DATE:20260625\r\n"
        "DTSTAMP:20260615T083000Z\r\n"
        f"UID:checkin-{aid}@onboarding-tracker\r\n"
        "CATEGORIES:checkin\r\n"
        "DESCRIPTION:A call or meeting with Zoë Ḥafizah Sdn Bhd is due.\r\n"
        "TRANSP:TRANSPARENT\r\n"
        "END:VEVENT\r\n"
        "BEGIN:VEVENT\r\n"
        "SUMMARY:Milestone: Go-live (Zoë Ḥafizah Sdn Bhd)\r\n"
        "DTSTART;VALUE=DATE:20260701\r\n"
        "DTEND;VALUE=DATE:20260702\r\n"
        "DTSTAMP:20260615T083000Z\r\n"
        f"UID:milestone-{ms}@onboarding-tracker\r\n"
        "CATEGORIES:milestone\r\n"
        "DESCRIPTION:Target date of a milestone of Zoë Ḥafizah Sdn Bhd.\r\n"
        "TRANSP:TRANSPARENT\r\n"
        "END:VEVENT\r\n"
        "END:VCALENDAR\r\n"
    )
    assert text == expected


def test_reexport_keeps_uids_and_the_portfolio_holds_every_account(db: Database, tmp_path: Path) -> None:
    aid, _ms, _task, other = _portfolio(db)
    first = {i.uid for i in calendar_items(db, AS_OF)}
    assert f"checkin-{other}@onboarding-tracker" in first and f"checkin-{aid}@onboarding-tracker" in first
    ACTIVITIES.create(db, {"account_id": aid, "kind": "meeting", "date": "2026-06-14"})
    again = {i.uid: i for i in calendar_items(db, AS_OF)}
    assert set(again) == first, "a newer check-in moves the event, it adds none"
    assert again[f"checkin-{aid}@onboarding-tracker"].day == date(2026, 6, 28)
    path = tmp_path / "plan.ics"
    assert export_calendar(db, str(path), AS_OF, stamp=STAMP) == len(first)
    assert path.read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")


def test_cli_calendar_for_one_account(db_path: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from tracker.workspace import open_workspace

    db = open_workspace(db_path)
    try:
        _portfolio(db)
    finally:
        db.conn.close()
    target = tmp_path / "zoe.ics"
    code = main(["calendar", "--db", str(db_path), str(target), "--account", "Zoë Ḥafizah Sdn Bhd",
                 "--as-of", "2026-06-15"])
    assert code == 0
    assert "3 events" in capsys.readouterr().out
    assert target.read_text("utf-8").count("BEGIN:VEVENT") == 3
    assert main(["calendar", "--db", str(db_path), str(target), "--account", "Nobody"]) == 1
