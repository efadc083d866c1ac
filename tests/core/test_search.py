"""Search everywhere, dated notes and stage moves in the core: hand-built rows, exact answers."""

from __future__ import annotations

from datetime import date

from sqlite_utils import Database

from tracker.queries.account_detail import load_account_detail, stage_spans
from tracker.queries.search import match_expression, search
from tracker.rules import last_touch
from tracker.services.accounts import (
    create_account,
    delete_account,
    move_stage,
    restore_account,
    restore_stage,
    update_account,
)
from tracker.services.records import CONTACTS, FEEDBACK, NOTES
from tracker.services.tasks import add_task, set_task_done, update_task


def _acme(db: Database) -> int:
    aid = create_account(db, {"name": "Acme Robotics", "external_id": "CRM-1042",
                              "signed_date": "2026-05-01"}).value
    CONTACTS.create(db, {"account_id": aid, "name": "Zofia Nowak", "email": "zofia@acme.example"})
    add_task(db, aid, {"title": "Configure single sign-on", "notes": "Okta tenant pending"})
    NOTES.create(db, {"account_id": aid, "date": "2026-06-01",
                      "body": "Sponsor on parental leave until July; talk to Bruno meanwhile."})
    FEEDBACK.create(db, {"account_id": aid, "kind": "csat", "score": 2, "date": "2026-06-02",
                         "comment": "The importer was confusing"})
    create_account(db, {"name": "Globex"})
    return aid


def _found(db: Database, text: str) -> list[tuple[str, str]]:
    return [(h.kind, h.title) for h in search(db, text)]


def test_match_expression_makes_every_word_a_prefix_term() -> None:
    assert match_expression("  ") is None
    assert match_expression('Acme "Rob') == '"acme"* "rob"*'
    assert match_expression("CRM-1042") == '"crm"* "1042"*'


def test_each_kind_is_found_by_its_own_words(db: Database) -> None:
    aid = _acme(db)
    assert _found(db, "acme rob") == [("account", "Acme Robotics")]
    assert _found(db, "crm-1042") == [("account", "Acme Robotics")]
    assert _found(db, "zofia") == [("contact", "Zofia Nowak")]
    assert _found(db, "zofia@acme") == [("contact", "Zofia Nowak")]
    assert _found(db, "okta") == [("task", "Configure single sign-on")]
    assert _found(db, "parental") == [("note", "2026-06-01")]
    assert _found(db, "importer") == [("feedback", "CSAT 2 · 2026-06-02")]
    hit = search(db, "parental")[0]
    assert hit.account_id == aid and hit.account_name == "Acme Robotics"
    assert "parental leave" in hit.detail


def test_results_come_grouped_by_kind_names_first(db: Database) -> None:
    _acme(db)
    kinds = [h.kind for h in search(db, "acme")]
    assert kinds == ["account", "contact"]  # the account by name, the contact by e-mail


def test_the_index_follows_edits_deletes_and_undo(db: Database) -> None:
    aid = _acme(db)
    update_account(db, aid, {"name": "Initech"})
    assert _found(db, "acme rob") == []
    assert _found(db, "initech") == [("account", "Initech")]
    task = search(db, "okta")[0].id
    update_task(db, task, {"notes": "Azure AD instead"})
    assert _found(db, "okta") == [] and _found(db, "azure") == [("task", "Configure single sign-on")]
    set_task_done(db, task, True)  # a status change: the index row stays as it is
    assert _found(db, "azure") == [("task", "Configure single sign-on")]
    snapshot = delete_account(db, aid).value  # cascades: every row of the account leaves
    assert _found(db, "zofia") == [] and _found(db, "parental") == [] and _found(db, "azure") == []
    restore_account(db, snapshot)
    assert _found(db, "zofia") == [("contact", "Zofia Nowak")]
    assert _found(db, "parental") == [("note", "2026-06-01")]


def test_notes_are_dated_entries_with_edit_delete_and_restore(db: Database) -> None:
    aid = _acme(db)
    second = NOTES.create(db, {"account_id": aid, "date": "2026-06-10", "body": "Renewal call booked"})
    assert second.change.notes and second.change.touches(aid)
    detail = load_account_detail(db, aid, date(2026, 6, 15))
    assert [(n.date, n.body[:7]) for n in detail.notes] == [("2026-06-10", "Renewal"),
                                                            ("2026-06-01", "Sponsor")]
    before = NOTES.update(db, second.value, {"body": "Renewal call moved"}).value
    assert before == {"body": "Renewal call booked"}
    assert _found(db, "moved") == [("note", "2026-06-10")]
    row = NOTES.delete(db, second.value).value
    assert _found(db, "moved") == []
    NOTES.restore(db, row)
    assert _found(db, "moved") == [("note", "2026-06-10")]


def test_ticks_feedback_and_notes_count_as_touches(db: Database) -> None:
    aid = create_account(db, {"name": "Quiet", "signed_date": "2026-01-01"}).value
    assert last_touch(db, aid, date(2026, 6, 15)) is None
    task = add_task(db, aid, {"title": "Kickoff"}).value
    set_task_done(db, task, True, today=date(2026, 6, 3))
    assert last_touch(db, aid, date(2026, 6, 15)) == "2026-06-03"
    FEEDBACK.create(db, {"account_id": aid, "kind": "nps", "score": 9, "date": "2026-06-05"})
    assert last_touch(db, aid, date(2026, 6, 15)) == "2026-06-05"
    NOTES.create(db, {"account_id": aid, "date": "2026-06-07", "body": "Called"})
    assert last_touch(db, aid, date(2026, 6, 15)) == "2026-06-07"
    assert last_touch(db, aid, date(2026, 6, 4)) == "2026-06-03", "later touches are not yet"


def test_entering_kickoff_sets_an_empty_kickoff_date_and_undo_clears_it(db: Database) -> None:
    aid = create_account(db, {"name": "K", "signed_date": "2026-05-01"}).value
    move_stage(db, aid, "Handoff", on=date(2026, 5, 5))
    moved = move_stage(db, aid, "Kickoff", on=date(2026, 5, 12))
    row = db.conn.execute("SELECT stage, kickoff_date FROM account WHERE id = ?", (aid,)).fetchone()
    assert row == ("Kickoff", "2026-05-12")
    restore_stage(db, aid, moved.value)
    row = db.conn.execute("SELECT stage, kickoff_date FROM account WHERE id = ?", (aid,)).fetchone()
    assert row == ("Handoff", None)
    update_account(db, aid, {"kickoff_date": "2026-05-09"})
    move_stage(db, aid, "Kickoff", on=date(2026, 5, 12))
    kickoff = db.conn.execute("SELECT kickoff_date FROM account WHERE id = ?", (aid,)).fetchone()[0]
    assert kickoff == "2026-05-09", "a kickoff date already there is kept"


def test_stage_spans_count_days_in_each_stage(db: Database) -> None:
    aid = create_account(db, {"name": "S", "signed_date": "2026-05-01"}).value
    move_stage(db, aid, "Handoff", on=date(2026, 5, 8))
    move_stage(db, aid, "Kickoff", on=date(2026, 5, 20))
    spans = stage_spans(db, aid, date(2026, 6, 1))
    assert [(s.stage, s.days, s.left) for s in spans] == [
        ("Embark", 7, "2026-05-08"), ("Handoff", 12, "2026-05-20"), ("Kickoff", 12, None)]
