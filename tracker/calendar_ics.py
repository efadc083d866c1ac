"""Calendar export: milestones, due tasks and check-ins as an iCalendar (.ics) file.

Events are all-day (a due date has no hour) and each has a UID derived from its row
(``task-17@onboarding-tracker``), so importing a newer export into the same calendar moves
or renames the event instead of adding a second one; a check-in's UID is per account, so
the next check-in replaces the one before. ``DTSTAMP`` is the moment of the export, as
RFC 5545 asks; calendars compare it to keep the newest copy.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from icalendar import Calendar, Event

from tracker.database import Database
from tracker.domain import OPEN_TASK_STATUSES
from tracker.i18n import QT_TRANSLATE_NOOP, words
from tracker.kpi.filters import ids_sql
from tracker.queries.checkins import checkins
from tracker.storage.db import environment_errors

DOMAIN = "onboarding-tracker"
PRODID = "-//Onboarding Tracker//Calendar export//EN"


@dataclass(frozen=True)
class CalendarItem:
    """One event: its stable UID, the day, the title and a line of description."""

    uid: str
    day: date
    summary: str
    description: str
    category: str


def uid(kind: str, row_id: int) -> str:
    return f"{kind}-{row_id}@{DOMAIN}"


@environment_errors()
def calendar_items(db: Database, as_of: date, account_ids: Sequence[int] | None = None
                   ) -> list[CalendarItem]:
    """Every milestone with a target not reached yet, every open task with a due date, and
    each account's next check-in; for these accounts (all when None), churned ones left out."""
    cond, params = ids_sql(account_ids, "a.id")
    live = f"{cond} AND a.status <> 'churned'"
    items: list[CalendarItem] = []
    for row_id, name, target, account in db.conn.execute(
            f"SELECT m.id, m.name, m.target_date, a.name FROM milestone m"
            f" JOIN account a ON a.id = m.account_id WHERE {live} AND m.target_date IS NOT NULL"
            f" AND m.achieved_date IS NULL ORDER BY m.target_date, m.id", params):
        items.append(CalendarItem(
            uid("milestone", row_id), date.fromisoformat(target[:10]),
            words("calendar", QT_TRANSLATE_NOOP("calendar", "Milestone: {0} ({1})"), name, account),
            words("calendar", QT_TRANSLATE_NOOP("calendar", "Target date of a milestone of {0}."),
                  account), "milestone"))
    marks = ", ".join("?" for _ in OPEN_TASK_STATUSES)
    for row_id, title, due, stage, account in db.conn.execute(
            f"SELECT t.id, t.title, t.due_date, t.stage, a.name FROM task t"
            f" JOIN account a ON a.id = t.account_id WHERE {live} AND t.due_date IS NOT NULL"
            f" AND t.status IN ({marks}) ORDER BY t.due_date, t.id", (*params, *OPEN_TASK_STATUSES)):
        items.append(CalendarItem(
            uid("task", row_id), date.fromisoformat(due[:10]),
            words("calendar", QT_TRANSLATE_NOOP("calendar", "{0} ({1})"), title, account),
            words("calendar", QT_TRANSLATE_NOOP("calendar", "Task of {0}, stage {1}."), account, stage),
            "task"))
    for checkin in checkins(db, as_of, account_ids):
        if checkin.due is None:
            continue
        items.append(CalendarItem(
            uid("checkin", checkin.account_id), checkin.due,
            words("calendar", QT_TRANSLATE_NOOP("calendar", "Check-in: {0}"), checkin.account),
            words("calendar", QT_TRANSLATE_NOOP("calendar", "A call or meeting with {0} is due."),
                  checkin.account), "checkin"))
    items.sort(key=lambda i: (i.day, i.uid))
    return items


def to_ics(items: Sequence[CalendarItem], stamp: datetime | None = None) -> bytes:
    """The items as one VCALENDAR (UTF-8, CRLF line ends, lines folded at 75 octets)."""
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    moment = (stamp or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    for item in items:
        event = Event()
        event.add("uid", item.uid)
        event.add("dtstamp", moment)
        event.add("dtstart", item.day)
        event.add("dtend", item.day + timedelta(days=1))
        event.add("summary", item.summary)
        event.add("description", item.description)
        event.add("categories", [item.category])
        event.add("transp", "TRANSPARENT")  # a due date does not make the user busy
        cal.add_component(event)
    return bytes(cal.to_ical())


def export_calendar(db: Database, path: str, as_of: date, account_ids: Sequence[int] | None = None,
                    stamp: datetime | None = None) -> int:
    """Write the .ics file (through a temporary file, so a failed write keeps the old one);
    returns how many events it holds."""
    from pathlib import Path

    items = calendar_items(db, as_of, account_ids)
    target = Path(path)
    tmp = target.with_name(target.name + ".part")
    try:
        tmp.write_bytes(to_ics(items, stamp))
        tmp.replace(target)
    finally:
        tmp.unlink(missing_ok=True)
    return len(items)
