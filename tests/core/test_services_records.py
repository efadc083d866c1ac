"""Contacts, milestones, feedback, activities and segments."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlite_utils import Database

from tracker.changes import ChangeSet
from tracker.domain import ValidationError
from tracker.services.accounts import create_account, get_account
from tracker.services.records import (
    ACTIVITIES,
    CONTACTS,
    FEEDBACK,
    MILESTONES,
    SEGMENTS,
    list_segments,
    record_milestone,
    restore_milestone_dates,
)


@pytest.fixture
def account(db: Database) -> int:
    return create_account(db, {"name": "Acme", "signed_date": "2026-01-05"}).value


# --- contacts ---------------------------------------------------------------------------


def test_contact_create_update_list(db: Database, account: int) -> None:
    cid = CONTACTS.create(db, {"account_id": account, "name": "Ada", "email": " ada@acme.com ",
                               "role": "admin", "invited_date": "2026-01-10"}).value
    CONTACTS.create(db, {"account_id": account, "name": "Ben"})
    assert [c.name for c in CONTACTS.for_account(db, account)] == ["Ada", "Ben"]
    contact = CONTACTS.get(db, cid)
    assert (contact.email, contact.role, contact.invited_date) == ("ada@acme.com", "admin", "2026-01-10")
    before = CONTACTS.update(db, cid, {"activated_date": date(2026, 1, 12), "role": "admin"}).value
    assert before == {"activated_date": None}, "only what changed is reported for undo"
    assert CONTACTS.get(db, cid).activated_date == "2026-01-12"
    assert CONTACTS.change_set(account) == ChangeSet(contacts=True, accounts=True, kpis=True,
                                                     account_ids=frozenset({account}))


def test_duplicate_email_in_one_account_is_refused(db: Database, account: int) -> None:
    CONTACTS.create(db, {"account_id": account, "name": "Ada", "email": "ada@acme.com"})
    with pytest.raises(ValidationError) as info:
        CONTACTS.create(db, {"account_id": account, "name": "Ada 2", "email": "ADA@acme.com"})
    assert (info.value.field, info.value.code) == ("email", "duplicate")
    other = create_account(db, {"name": "Other"}).value
    CONTACTS.create(db, {"account_id": other, "name": "Ada", "email": "ada@acme.com"})
    # Blank e-mails do not collide.
    CONTACTS.create(db, {"account_id": account, "name": "No mail 1"})
    CONTACTS.create(db, {"account_id": account, "name": "No mail 2", "email": ""})
    assert len(CONTACTS.for_account(db, account)) == 3
    assert len(CONTACTS.for_account(db, other)) == 1


def test_duplicate_email_by_update_is_refused(db: Database, account: int) -> None:
    CONTACTS.create(db, {"account_id": account, "name": "Ada", "email": "ada@acme.com"})
    ben = CONTACTS.create(db, {"account_id": account, "name": "Ben", "email": "ben@acme.com"}).value
    with pytest.raises(ValidationError):
        CONTACTS.update(db, ben, {"email": "ada@acme.com"})
    assert CONTACTS.get(db, ben).email == "ben@acme.com"


@pytest.mark.parametrize("values", [
    {"name": ""}, {"name": "X", "email": "not-an-address"}, {"name": "X", "role": "boss"},
    {"name": "X", "invited_date": "soon"}, {"name": "X", "colour": "red"},
])
def test_contact_validation(db: Database, account: int, values: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        CONTACTS.create(db, {"account_id": account, **values})
    assert CONTACTS.for_account(db, account) == []


def test_contact_for_a_missing_account(db: Database) -> None:
    with pytest.raises(ValidationError) as info:
        CONTACTS.create(db, {"account_id": 999, "name": "Ghost"})
    assert info.value.code == "reference"


def test_deleting_a_contact_and_undo_relinks_feedback_and_activities(db: Database, account: int) -> None:
    cid = CONTACTS.create(db, {"account_id": account, "name": "Ada", "email": "ada@acme.com"}).value
    fid = FEEDBACK.create(db, {"account_id": account, "contact_id": cid, "kind": "csat", "score": 5,
                               "date": "2026-02-01"}).value
    aid = ACTIVITIES.create(db, {"account_id": account, "contact_id": cid, "kind": "call",
                                 "date": "2026-02-02"}).value
    before = CONTACTS.get(db, cid)
    snapshot = CONTACTS.delete(db, cid).value
    assert FEEDBACK.get(db, fid).contact_id is None
    assert ACTIVITIES.get(db, aid).contact_id is None
    CONTACTS.restore(db, snapshot)
    assert CONTACTS.get(db, cid) == before
    assert FEEDBACK.get(db, fid).contact_id == cid
    assert ACTIVITIES.get(db, aid).contact_id == cid
    log = db.conn.execute("SELECT action FROM change_log WHERE entity = 'contact' ORDER BY id").fetchall()
    assert log == [("create",), ("delete",), ("restore",)]


# --- milestones -------------------------------------------------------------------------


def test_record_first_value_sets_and_restores_the_account_date(db: Database, account: int) -> None:
    mid = MILESTONES.create(db, {"account_id": account, "kind": "first_value", "name": "First value",
                                 "target_date": "2026-02-20"}).value
    previous = record_milestone(db, mid, date(2026, 2, 18)).value
    assert previous == (None, None)
    assert MILESTONES.get(db, mid).achieved_date == "2026-02-18"
    assert get_account(db, account).first_value_date == "2026-02-18"
    log = db.conn.execute(
        "SELECT entity, field, old_value, new_value FROM change_log WHERE action = 'update'"
        " ORDER BY id").fetchall()
    assert log == [("milestone", "achieved_date", None, "2026-02-18"),
                   ("account", "first_value_date", None, "2026-02-18")]

    again = record_milestone(db, mid, date(2026, 2, 19)).value
    assert again == ("2026-02-18", "2026-02-18")
    change = restore_milestone_dates(db, mid, *again)
    assert change.milestones and change.account_ids == frozenset({account})
    assert MILESTONES.get(db, mid).achieved_date == "2026-02-18"
    assert get_account(db, account).first_value_date == "2026-02-18"

    restore_milestone_dates(db, mid, *previous)
    assert MILESTONES.get(db, mid).achieved_date is None
    assert get_account(db, account).first_value_date is None


def test_record_go_live_and_a_custom_milestone(db: Database, account: int) -> None:
    golive = MILESTONES.create(db, {"account_id": account, "kind": "go_live", "name": "Go-live"}).value
    custom = MILESTONES.create(db, {"account_id": account, "kind": "training", "name": "Training"}).value
    record_milestone(db, golive, date(2026, 3, 1))
    assert record_milestone(db, custom, date(2026, 2, 1)).value == (None, None)
    acc = get_account(db, account)
    assert (acc.golive_date, acc.first_value_date) == ("2026-03-01", None)
    record_milestone(db, golive, None)
    assert get_account(db, account).golive_date is None


def test_milestone_validation(db: Database, account: int) -> None:
    with pytest.raises(ValidationError):
        MILESTONES.create(db, {"account_id": account, "kind": "party", "name": "Party"})
    with pytest.raises(ValidationError):
        MILESTONES.create(db, {"account_id": account, "kind": "custom", "name": " "})
    mid = MILESTONES.create(db, {"account_id": account, "name": "Default kind"}).value
    assert MILESTONES.get(db, mid).kind == "custom"


# --- feedback and activities -------------------------------------------------------------


@pytest.mark.parametrize(("kind", "score"), [("csat", 1), ("csat", 5), ("nps", 0), ("nps", 10)])
def test_feedback_score_range_edges_are_accepted(db: Database, account: int, kind: str, score: int) -> None:
    fid = FEEDBACK.create(db, {"account_id": account, "kind": kind, "score": score, "date": "2026-02-01",
                               "comment": "ok"}).value
    assert FEEDBACK.get(db, fid).score == score


@pytest.mark.parametrize(("kind", "score"), [
    ("csat", 0), ("csat", 6), ("nps", -1), ("nps", 11), ("nps", 7.5), ("nps", "8"), ("nps", True),
    ("nps", None), ("ces", 3),
])
def test_feedback_score_out_of_range_is_refused(db: Database, account: int, kind: str, score: Any) -> None:
    with pytest.raises(ValidationError):
        FEEDBACK.create(db, {"account_id": account, "kind": kind, "score": score, "date": "2026-02-01"})
    assert FEEDBACK.for_account(db, account) == []


def test_feedback_needs_kind_and_date(db: Database, account: int) -> None:
    with pytest.raises(ValidationError, match="kind"):
        FEEDBACK.create(db, {"account_id": account, "score": 5, "date": "2026-02-01"})
    with pytest.raises(ValidationError, match="date"):
        FEEDBACK.create(db, {"account_id": account, "kind": "nps", "score": 5})


def test_feedback_update_checks_the_score_against_the_stored_kind(db: Database, account: int) -> None:
    fid = FEEDBACK.create(db, {"account_id": account, "kind": "csat", "score": 4, "date": "2026-02-01"}).value
    with pytest.raises(ValidationError) as info:
        FEEDBACK.update(db, fid, {"score": 7})
    assert info.value.code == "out_of_range" and "CSAT" in info.value.message
    with pytest.raises(ValidationError, match="CSAT"):
        nps = FEEDBACK.create(db, {"account_id": account, "kind": "nps", "score": 9,
                                   "date": "2026-02-01"}).value
        FEEDBACK.update(db, nps, {"kind": "csat"})
    assert FEEDBACK.update(db, fid, {"score": 5, "comment": "better"}).value == {"score": 4, "comment": ""}
    assert FEEDBACK.update(db, fid, {"kind": "nps", "score": 10}).value == {"kind": "csat", "score": 5}


def test_feedback_list_is_newest_first_and_delete_restore(db: Database, account: int) -> None:
    old = FEEDBACK.create(db, {"account_id": account, "kind": "nps", "score": 3, "date": "2026-01-01"}).value
    new = FEEDBACK.create(db, {"account_id": account, "kind": "nps", "score": 9, "date": "2026-03-01"}).value
    assert [f.id for f in FEEDBACK.for_account(db, account)] == [new, old]
    row = FEEDBACK.delete(db, old).value
    assert [f.id for f in FEEDBACK.for_account(db, account)] == [new]
    FEEDBACK.restore(db, row)
    assert FEEDBACK.get(db, old).score == 3


def test_activities(db: Database, account: int) -> None:
    a1 = ACTIVITIES.create(db, {"account_id": account, "kind": "meeting", "date": "2026-02-01",
                                "summary": "Kickoff"}).value
    a2 = ACTIVITIES.create(db, {"account_id": account, "kind": "login", "date": "2026-02-03"}).value
    assert [a.id for a in ACTIVITIES.for_account(db, account)] == [a2, a1]
    assert ACTIVITIES.update(db, a1, {"summary": "Kickoff meeting"}).value == {"summary": "Kickoff"}
    for bad in ({"kind": "fax", "date": "2026-02-01"}, {"kind": "call"}, {"date": "2026-02-01"},
                {"kind": "call", "date": "yesterday"}):
        with pytest.raises(ValidationError):
            ACTIVITIES.create(db, {"account_id": account, **bad})
    assert len(ACTIVITIES.for_account(db, account)) == 2


# --- segments ---------------------------------------------------------------------------


def test_segment_names_are_unique_and_required(db: Database) -> None:
    SEGMENTS.create(db, {"name": "SMB"})
    with pytest.raises(ValidationError) as info:
        SEGMENTS.create(db, {"name": "SMB"})
    assert info.value.code == "duplicate"
    with pytest.raises(ValidationError):
        SEGMENTS.create(db, {"name": ""})
    assert [s.name for s in list_segments(db)] == ["SMB"]


def test_segment_with_a_playbook_gives_new_accounts_a_journey(db: Database) -> None:
    pb = db.conn.execute("SELECT id FROM playbook WHERE name = 'Product update (delta)'").fetchone()[0]
    seg = SEGMENTS.create(db, {"name": "Live", "playbook_id": pb}).value
    aid = create_account(db, {"name": "Acme", "segment_id": seg, "signed_date": "2026-01-30"}).value
    journeys = db.conn.execute(
        "SELECT playbook_id, name, start_date FROM journey WHERE account_id = ?", (aid,)).fetchall()
    assert journeys == [(pb, "Product update (delta)", "2026-01-30")]
    # The delta playbook: 7 steps of which 2 milestones.
    assert db.conn.execute("SELECT count(*) FROM task WHERE account_id = ?", (aid,)).fetchone()[0] == 5
    assert db.conn.execute("SELECT count(*) FROM milestone WHERE account_id = ?", (aid,)).fetchone()[0] == 2


def test_deleting_a_segment_and_undo_keeps_its_members(db: Database) -> None:
    seg = SEGMENTS.create(db, {"name": "SMB", "rule": "plan = Starter"}).value
    a = create_account(db, {"name": "A", "segment_id": seg}).value
    b = create_account(db, {"name": "B", "segment_id": seg}).value
    outsider = create_account(db, {"name": "C"}).value
    snapshot = SEGMENTS.delete(db, seg).value
    assert get_account(db, a).segment_id is None
    SEGMENTS.restore(db, snapshot)
    assert SEGMENTS.get(db, seg).rule == "plan = Starter"
    assert [get_account(db, x).segment_id for x in (a, b, outsider)] == [seg, seg, None]
