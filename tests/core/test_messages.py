"""Message templates: placeholders, mailto: encoding (RFC 6068), stored templates, "sent"."""

from __future__ import annotations

from datetime import date

import pytest
from sqlite_utils import Database

from tracker.domain import ValidationError
from tracker.messages import (
    PLACEHOLDERS,
    Draft,
    MessageTemplate,
    fill,
    mailto_url,
    render,
    unknown_placeholders,
)
from tracker.queries.messages import draft_for, list_templates, message_values, recipients, template_for
from tracker.services.accounts import create_account
from tracker.services.records import ACTIVITIES, CONTACTS, MILESTONES
from tracker.services.tasks import add_task
from tracker.services.templates import create_template, delete_template, record_sent, restore_template

AS_OF = date(2026, 6, 15)


def test_mailto_encodes_non_ascii_and_reserved_characters_exactly() -> None:
    url = mailto_url(["nurul@example.my", "zoë@example.com"], "Welcome, Zoë & Co",
                     "Dear Nurul Ḥafizah,\n\nA+B = 100%?\r\n#1")
    assert url == ("mailto:nurul@example.my,zo%C3%AB@example.com"
                   "?subject=Welcome%2C%20Zo%C3%AB%20%26%20Co"
                   "&body=Dear%20Nurul%20%E1%B8%A4afizah%2C%0D%0A%0D%0AA%2BB%20%3D%20100%25%3F%0D%0A%231")


def test_mailto_without_recipient_or_body() -> None:
    assert mailto_url([], "Hi", "") == "mailto:?subject=Hi"
    assert mailto_url([" a@b.c "], "", "") == "mailto:a@b.c"


def test_render_fills_known_placeholders_and_leaves_the_rest() -> None:
    values = {"account": "Zoë Ltd", "contact": "Nurul Ḥafizah"}
    assert render("Hi {contact} of {account}: {unknown} {", values) == \
        "Hi Nurul Ḥafizah of Zoë Ltd: {unknown} {"
    assert unknown_placeholders("{account} {acount} {open_items}") == ["acount"]


def test_subject_stays_one_line() -> None:
    template = MessageTemplate(1, "custom", "en", "x", "Open: {open_items}", "{open_items}")
    draft = fill(template, {"open_items": "- a\n- b"}, ["x@y.z", ""])
    assert draft == Draft(("x@y.z",), "Open: - a - b", "- a\n- b")


def test_shipped_templates_in_both_languages_use_only_known_placeholders(db: Database) -> None:
    every = list_templates(db)
    assert {(t.purpose, t.language) for t in every} == {
        (p, lang) for p in ("welcome", "kickoff", "checkin", "milestone", "at_risk") for lang in ("en", "ms")}
    for template in every:
        assert not unknown_placeholders(template.subject + template.body), template.name
    assert template_for(db, "checkin", "ms_MY") is not None
    assert template_for(db, "checkin", "ms_MY").language == "ms"  # type: ignore[union-attr]
    assert template_for(db, "welcome", "de").language == "en"  # type: ignore[union-attr]


@pytest.fixture
def account(db: Database) -> int:
    aid = create_account(db, {"name": "Zoë Ltd", "owner": "Aiman", "signed_date": "2026-05-01"}).value
    CONTACTS.create(db, {"account_id": aid, "name": "Bob", "email": "bob@zoe.example", "role": "end_user"})
    CONTACTS.create(db, {"account_id": aid, "name": "Nurul Ḥafizah", "email": "nurul@zoe.example",
                         "role": "sponsor"})
    MILESTONES.create(db, {"account_id": aid, "kind": "go_live", "name": "Go-live",
                           "target_date": "2026-07-01"})
    MILESTONES.create(db, {"account_id": aid, "kind": "training", "name": "Training delivered",
                           "target_date": "2026-06-01", "achieved_date": "2026-06-02"})
    add_task(db, aid, {"title": "Connect SSO", "due_date": "2026-06-20"})
    add_task(db, aid, {"title": "Import users"})
    add_task(db, aid, {"title": "Done already", "status": "done", "done_date": "2026-06-01"})
    return aid


def test_values_and_draft_for_an_account(db: Database, account: int) -> None:
    assert [r.name for r in recipients(db, account)] == ["Nurul Ḥafizah", "Bob"]  # sponsor first
    values = message_values(db, account, AS_OF)
    assert values == {
        "account": "Zoë Ltd", "contact": "Nurul Ḥafizah", "next_milestone": "Go-live",
        "next_milestone_date": "2026-07-01", "open_items": "- Connect SSO (by 2026-06-20)\n- Import users",
        "specialist": "Aiman", "last_milestone": "Training delivered",
    }
    assert set(values) == set(PLACEHOLDERS)
    template = MessageTemplate(0, "checkin", "en", "t", "Check-in: {account}",
                               "Dear {contact},\n{open_items}")
    draft = draft_for(db, template, account, AS_OF)
    assert draft.mailto() == (
        "mailto:nurul@zoe.example?subject=Check-in%3A%20Zo%C3%AB%20Ltd"
        "&body=Dear%20Nurul%20%E1%B8%A4afizah%2C%0D%0A-%20Connect%20SSO%20%28by%202026-06-20%29"
        "%0D%0A-%20Import%20users")


def test_record_sent_logs_an_email_activity(db: Database, account: int) -> None:
    written = record_sent(db, account, Draft(("nurul@zoe.example",), "Check-in: Zoë Ltd", "..."), AS_OF,
                          contact_id=recipients(db, account)[0].contact_id)
    assert written.change.activities and written.change.touches(account)
    (activity,) = ACTIVITIES.for_account(db, account)
    assert (activity.kind, activity.date, activity.summary) == ("email", "2026-06-15", "Check-in: Zoë Ltd")


def test_template_create_validate_delete_restore(db: Database) -> None:
    new = create_template(db, {"purpose": "custom", "language": "en", "name": "Renewal",
                               "subject": "Renewal for {account}", "body": "Hi"})
    assert new.change.templates
    with pytest.raises(ValidationError):
        create_template(db, {"purpose": "party", "name": "x"})
    with pytest.raises(ValidationError):
        create_template(db, {"purpose": "custom", "language": "en", "name": "Renewal"})  # duplicate
    row = delete_template(db, new.value).value
    assert "Renewal" not in [t.name for t in list_templates(db, "en")]
    restore_template(db, row)
    assert "Renewal" in [t.name for t in list_templates(db, "en")]
