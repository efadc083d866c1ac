"""What a message to a customer is filled with: the templates, and one account's values."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from tracker.database import Database
from tracker.domain import OPEN_TASK_STATUSES
from tracker.i18n import QT_TRANSLATE_NOOP, words
from tracker.messages import OPEN_ITEMS_MAX, Draft, MessageTemplate, fill
from tracker.services.base import fetch_all
from tracker.storage.db import environment_errors

DateText = Callable[[date], str]


@dataclass(frozen=True)
class Recipient:
    contact_id: int | None
    name: str
    email: str


@environment_errors()
def list_templates(db: Database, language: str | None = None) -> list[MessageTemplate]:
    """Templates in purpose order (welcome first); one language's only when given."""
    order = ("CASE purpose WHEN 'welcome' THEN 0 WHEN 'kickoff' THEN 1 WHEN 'checkin' THEN 2"
             " WHEN 'milestone' THEN 3 WHEN 'at_risk' THEN 4 ELSE 5 END, name COLLATE NOCASE")
    if language is None:
        return fetch_all(db, MessageTemplate,
                         f"SELECT * FROM message_template ORDER BY language, {order}")
    return fetch_all(db, MessageTemplate,
                     f"SELECT * FROM message_template WHERE language = ? ORDER BY {order}", (language,))


def template_for(db: Database, purpose: str, language: str) -> MessageTemplate | None:
    """The first template of ``purpose`` in ``language``, else in English, else none."""
    for lang in (language, language.split("_")[0], "en"):
        found = [t for t in list_templates(db, lang) if t.purpose == purpose]
        if found:
            return found[0]
    return None


@environment_errors()
def recipients(db: Database, account_id: int) -> list[Recipient]:
    """The account's contacts with an e-mail address, the sponsor first (who a plan is for)."""
    rows = db.conn.execute(
        "SELECT id, name, email FROM contact WHERE account_id = ? AND email <> ''"
        " ORDER BY role <> 'sponsor', role <> 'admin', name COLLATE NOCASE", (account_id,)).fetchall()
    return [Recipient(r[0], r[1], r[2]) for r in rows]


@environment_errors()
def message_values(db: Database, account_id: int, as_of: date, contact: Recipient | None = None,
                   date_text: DateText = date.isoformat) -> dict[str, str]:
    """Each placeholder's text for one account as of ``as_of``; dates through ``date_text``
    (the window passes the user's locale; ISO otherwise)."""
    name, owner = db.conn.execute("SELECT name, owner FROM account WHERE id = ?",
                                  (account_id,)).fetchone()
    d = as_of.isoformat()
    upcoming = db.conn.execute(
        "SELECT name, target_date FROM milestone WHERE account_id = ?"
        " AND (achieved_date IS NULL OR achieved_date > ?)"
        " ORDER BY target_date IS NULL, target_date, id LIMIT 1", (account_id, d)).fetchone()
    reached = db.conn.execute(
        "SELECT name FROM milestone WHERE account_id = ? AND achieved_date <= ?"
        " ORDER BY achieved_date DESC, id DESC LIMIT 1", (account_id, d)).fetchone()
    marks = ", ".join("?" for _ in OPEN_TASK_STATUSES)
    items = db.conn.execute(
        f"SELECT title, due_date FROM task WHERE account_id = ? AND status IN ({marks})"
        f" ORDER BY due_date IS NULL, due_date, position LIMIT ?",
        (account_id, *OPEN_TASK_STATUSES, OPEN_ITEMS_MAX)).fetchall()
    lines = [words("messages", QT_TRANSLATE_NOOP("messages", "- {0} (by {1})"), title,
                   date_text(date.fromisoformat(due[:10])))
             if due else f"- {title}" for title, due in items]
    if contact is None:
        found = recipients(db, account_id)
        contact = found[0] if found else None
    return {
        "account": name,
        "contact": contact.name if contact else "",
        "next_milestone": upcoming[0] if upcoming else "",
        "next_milestone_date": date_text(date.fromisoformat(upcoming[1][:10]))
        if upcoming and upcoming[1] else "",
        "open_items": "\n".join(lines),
        "specialist": owner,
        "last_milestone": reached[0] if reached else "",
    }


def draft_for(db: Database, template: MessageTemplate, account_id: int, as_of: date,
              contact: Recipient | None = None, date_text: DateText = date.isoformat) -> Draft:
    """The template filled in for one account, addressed to ``contact`` (else the first
    contact with an address)."""
    if contact is None:
        found = recipients(db, account_id)
        contact = found[0] if found else None
    values = message_values(db, account_id, as_of, contact, date_text)
    return fill(template, values, [contact.email] if contact else [])
