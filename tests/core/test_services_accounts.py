"""Accounts: create, edit, delete and restore, stage moves, status changes, the change log."""

from __future__ import annotations

import math
from datetime import date
from typing import Any

import pytest
from sqlite_utils import Database

from tracker.changes import ChangeSet
from tracker.domain import NotFoundError, PlaybookId, ValidationError
from tracker.services import accounts
from tracker.services.accounts import (
    CHILD_TABLES,
    create_account,
    delete_account,
    find_account,
    get_account,
    list_accounts,
    move_stage,
    restore_account,
    set_status,
    update_account,
)
from tracker.services.journeys import apply_playbook
from tracker.services.records import ACTIVITIES, CONTACTS, FEEDBACK, NOTES, assign_segment
from tracker.services.tasks import list_tasks


def _log(db: Database, entity: str = "account") -> list[tuple[Any, ...]]:
    return db.conn.execute(
        "SELECT action, entity_id, field, old_value, new_value FROM change_log"
        " WHERE entity = ? ORDER BY id", (entity,),
    ).fetchall()


def _initial(db: Database) -> PlaybookId:
    return PlaybookId(db.conn.execute("SELECT id FROM playbook WHERE name = 'Initial onboarding'")
                      .fetchone()[0])


def test_create_with_defaults_and_first_stage_history(db: Database) -> None:
    aid = create_account(db, {"name": "  Acme Ltd ", "mrr": 900, "signed_date": "2026-01-30"}).value
    acc = get_account(db, aid)
    assert (acc.name, acc.mrr, acc.stage, acc.status, acc.signed_date) == (
        "Acme Ltd", 900, "Embark", "onboarding", "2026-01-30")
    assert acc.external_id is None
    history = db.conn.execute(
        "SELECT stage, entered_date, left_date FROM stage_history WHERE account_id = ?", (aid,)
    ).fetchall()
    assert history == [("Embark", "2026-01-30", None)]
    assert _log(db) == [("create", aid, None, None, None)]


def test_create_without_signed_date_enters_stage_today(db: Database) -> None:
    aid = create_account(db, {"name": "Acme"}, today=date(2026, 6, 15)).value
    assert db.conn.execute("SELECT entered_date FROM stage_history WHERE account_id = ?",
                           (aid,)).fetchone() == ("2026-06-15",)


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"name": ""}, "name"),
        ({"name": "   "}, "name"),
        ({}, "name"),
        ({"name": "A", "stage": "Launch"}, "stage"),
        ({"name": "A", "status": "dead"}, "status"),
        ({"name": "A", "mrr": -1}, "mrr"),
        ({"name": "A", "mrr": "900"}, "mrr"),
        ({"name": "A", "mrr": math.nan}, "mrr"),
        ({"name": "A", "mrr": math.inf}, "mrr"),
        ({"name": "A", "mrr": True}, "mrr"),
        ({"name": "A", "tech_proficiency": 6}, "tech_proficiency"),
        ({"name": "A", "tech_proficiency": 0}, "tech_proficiency"),
        ({"name": "A", "company_size": -5}, "company_size"),
        ({"name": "A", "signed_date": "30/01/2026"}, "signed_date"),
    ],
)
def test_create_refuses_bad_values_and_writes_nothing(db: Database, values: dict[str, Any],
                                                      field: str) -> None:
    with pytest.raises(ValidationError) as info:
        create_account(db, values)
    assert info.value.field == field
    assert info.value.message
    assert db.conn.execute("SELECT count(*) FROM account").fetchone()[0] == 0
    assert db.conn.execute("SELECT count(*) FROM stage_history").fetchone()[0] == 0


def test_create_refuses_unknown_fields(db: Database) -> None:
    with pytest.raises(ValidationError, match="Unknown field"):
        create_account(db, {"name": "A", "colour": "blue"})


def test_external_id_is_unique_but_blank_is_none(db: Database) -> None:
    create_account(db, {"name": "A", "external_id": "CRM-1"})
    with pytest.raises(ValidationError) as info:
        create_account(db, {"name": "B", "external_id": "CRM-1"})
    assert (info.value.field, info.value.code) == ("external_id", "duplicate")
    blank_a = create_account(db, {"name": "C", "external_id": ""}).value
    blank_b = create_account(db, {"name": "D", "external_id": "   "}).value
    assert get_account(db, blank_a).external_id is None
    assert get_account(db, blank_b).external_id is None
    assert db.conn.execute("SELECT count(*) FROM account").fetchone()[0] == 3


def test_find_account_by_external_id_then_unique_name(db: Database) -> None:
    a = create_account(db, {"name": "Acme", "external_id": "CRM-1"}).value
    create_account(db, {"name": "Twin"})
    create_account(db, {"name": "twin"})
    assert find_account(db, external_id="CRM-1", name="Other") == a
    assert find_account(db, external_id="CRM-404", name="ACME") == a
    assert find_account(db, name="Twin") is None, "an ambiguous name matches nothing"
    assert find_account(db) is None


def test_update_logs_old_and_new_values(db: Database) -> None:
    aid = create_account(db, {"name": "Acme", "mrr": 900}).value
    change = update_account(db, aid, {"name": "Acme Corp", "mrr": 1200.0, "owner": ""}).change
    assert change == ChangeSet(accounts=True, kpis=True, account_ids=frozenset({aid}))
    acc = get_account(db, aid)
    assert (acc.name, acc.mrr) == ("Acme Corp", 1200.0)
    updates = [row for row in _log(db) if row[0] == "update"]
    assert sorted(updates) == [
        ("update", aid, "mrr", "900.0", "1200.0"),
        ("update", aid, "name", "Acme", "Acme Corp"),
    ], "an unchanged field (owner) is not logged"


def test_update_refuses_bad_values_and_keeps_the_row(db: Database) -> None:
    aid = create_account(db, {"name": "Acme", "external_id": "X"}).value
    create_account(db, {"name": "Other", "external_id": "Y"})
    for changes in ({"name": ""}, {"mrr": -3}, {"stage": "Nowhere"}, {"external_id": "Y"},
                    {"unknown": 1}):
        with pytest.raises(ValidationError):
            update_account(db, aid, changes)
    acc = get_account(db, aid)
    assert (acc.name, acc.external_id, acc.stage) == ("Acme", "X", "Embark")


def test_update_of_a_deleted_account(db: Database) -> None:
    with pytest.raises(NotFoundError):
        update_account(db, 12345, {"name": "Ghost"})


def test_move_stage_writes_stage_history_with_dates(db: Database) -> None:
    aid = create_account(db, {"name": "Acme", "signed_date": "2026-01-05"}).value
    move_stage(db, aid, "Handoff", on=date(2026, 1, 12))
    move_stage(db, aid, "Kickoff", on=date(2026, 1, 20))
    assert move_stage(db, aid, "Kickoff", on=date(2026, 1, 25)).change == ChangeSet(), "no-op"
    history = db.conn.execute(
        "SELECT stage, entered_date, left_date FROM stage_history WHERE account_id = ? ORDER BY id",
        (aid,),
    ).fetchall()
    assert history == [
        ("Embark", "2026-01-05", "2026-01-12"),
        ("Handoff", "2026-01-12", "2026-01-20"),
        ("Kickoff", "2026-01-20", None),
    ]
    assert get_account(db, aid).stage == "Kickoff"
    moves = [row for row in _log(db) if row[0] == "move_stage"]
    assert moves == [("move_stage", aid, "stage", "Embark", "Handoff"),
                     ("move_stage", aid, "stage", "Handoff", "Kickoff")]
    with pytest.raises(ValidationError):
        move_stage(db, aid, "Orbit")


def test_stage_change_through_update_keeps_history(db: Database) -> None:
    aid = create_account(db, {"name": "Acme", "signed_date": "2026-01-05"}).value
    update_account(db, aid, {"stage": "Adopt", "notes": "moving"})
    rows = db.conn.execute(
        "SELECT stage, left_date IS NULL FROM stage_history WHERE account_id = ? ORDER BY id", (aid,)
    ).fetchall()
    assert rows == [("Embark", 0), ("Adopt", 1)]


def test_set_status_stamps_and_clears_the_churn_date(db: Database) -> None:
    aid = create_account(db, {"name": "Acme"}).value
    set_status(db, aid, "churned", on=date(2026, 3, 31))
    acc = get_account(db, aid)
    assert (acc.status, acc.churned_date) == ("churned", "2026-03-31")
    set_status(db, aid, "live", on=date(2026, 4, 2))
    acc = get_account(db, aid)
    assert (acc.status, acc.churned_date) == ("live", None)
    assert ("update", aid, "churned_date", "2026-03-31", None) in _log(db)
    with pytest.raises(ValidationError):
        set_status(db, aid, "asleep")


def _fill(db: Database) -> int:
    seg = db.conn.execute("INSERT INTO segment (name) VALUES ('SMB')").lastrowid
    aid = create_account(db, {"name": "Full", "signed_date": "2026-01-05", "segment_id": seg}).value
    move_stage(db, aid, "Handoff", on=date(2026, 1, 10))
    contact = CONTACTS.create(db, {"account_id": aid, "name": "Ada", "email": "ada@x.com"}).value
    apply_playbook(db, aid, _initial(db), date(2026, 1, 5))
    FEEDBACK.create(db, {"account_id": aid, "contact_id": contact, "kind": "nps", "score": 9,
                         "date": "2026-02-01"})
    ACTIVITIES.create(db, {"account_id": aid, "contact_id": contact, "kind": "call",
                           "date": "2026-02-02"})
    feature = db.conn.execute("INSERT INTO feature (name) VALUES ('SSO')").lastrowid
    db.conn.execute("INSERT INTO feature_adoption VALUES (?, ?, '2026-03-01')", (aid, feature))
    db.conn.execute("INSERT INTO mrr_change (account_id, date, old_mrr, new_mrr)"
                    " VALUES (?, '2026-04-01', 100, 200)", (aid,))
    NOTES.create(db, {"account_id": aid, "date": "2026-04-02", "body": "Sponsor on leave"})
    db.conn.execute("INSERT INTO support_case (account_id, contact_id, subject, opened_date)"
                    " VALUES (?, ?, 'Login fails', '2026-04-03')", (aid, contact))
    db.conn.execute("INSERT INTO trial (account_id, start_date) VALUES (?, '2026-01-01')", (aid,))
    level = db.conn.execute("INSERT INTO maturity_level (position, name) VALUES (99, 'Test level')"
                            ).lastrowid
    db.conn.execute("INSERT INTO maturity_step (account_id, contact_id, level_id, reached_date)"
                    " VALUES (?, ?, ?, '2026-04-04')", (aid, contact, level))
    db.conn.execute("INSERT INTO checkin_cadence (account_id, cadence) VALUES (?, 'weekly')", (aid,))
    db.conn.commit()
    return aid


def test_child_tables_are_every_table_an_account_delete_cascades_to(db: Database) -> None:
    # Undo of a delete restores CHILD_TABLES only: a table missing here lost its rows for good
    # (support cases, trials, maturity steps and check-in cadences once did).
    tables = [r[0] for r in db.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'")]
    cascading = {t for t in tables for fk in db.conn.execute(f"PRAGMA foreign_key_list('{t}')")
                 if fk[2] == "account" and fk[6] == "CASCADE"}
    assert cascading == set(CHILD_TABLES)


def _dump(db: Database, aid: int) -> dict[str, list[tuple[Any, ...]]]:
    out = {"account": db.conn.execute("SELECT * FROM account WHERE id = ?", (aid,)).fetchall()}
    for table in CHILD_TABLES:
        out[table] = db.conn.execute(f"SELECT * FROM {table} WHERE account_id = ? ORDER BY 1, 2",
                                     (aid,)).fetchall()
    return out


def test_delete_then_restore_gives_identical_rows(db: Database) -> None:
    aid = _fill(db)
    other = create_account(db, {"name": "Neighbour"}).value
    before = _dump(db, aid)
    assert all(before[t] for t in ("account", *CHILD_TABLES)), "every child table has rows"

    snapshot = delete_account(db, aid).value
    gone = _dump(db, aid)
    assert all(rows == [] for rows in gone.values())
    assert [a.id for a in list_accounts(db)] == [other]
    assert ("delete", aid, "name", "Full", None) in _log(db)

    restored = restore_account(db, snapshot)
    assert restored.account_ids == frozenset({aid}) and not restored.all_accounts
    assert restored.tasks and restored.contacts and restored.milestones and restored.kpis
    assert _dump(db, aid) == before
    assert ("restore", aid, None, None, None) in _log(db)
    assert db.conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_delete_of_a_missing_account(db: Database) -> None:
    with pytest.raises(ValidationError, match="no longer exists"):
        delete_account(db, 999)


def test_segment_playbook_starts_a_journey_for_a_new_account(db: Database) -> None:
    pb = _initial(db)
    seg = db.conn.execute("INSERT INTO segment (name, playbook_id) VALUES ('SMB', ?)", (pb,)).lastrowid
    db.conn.commit()
    aid = create_account(db, {"name": "Acme", "segment_id": seg, "signed_date": "2026-01-30"}).value
    journeys = db.conn.execute("SELECT playbook_id, start_date FROM journey WHERE account_id = ?",
                               (aid,)).fetchall()
    assert journeys == [(pb, "2026-01-30")]
    assert len(list_tasks(db, aid)) > 0
    plain = create_account(db, {"name": "No journey", "segment_id": seg},
                           apply_segment_playbook=False).value
    assert list_tasks(db, plain) == []


def test_failure_mid_create_writes_nothing(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """Account row, stage history and the journey are one transaction."""
    pb = _initial(db)
    seg = db.conn.execute("INSERT INTO segment (name, playbook_id) VALUES ('SMB', ?)", (pb,)).lastrowid
    db.conn.commit()
    import tracker.services.journeys as journeys

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("disk pulled out")

    monkeypatch.setattr(journeys, "apply_playbook", broken)
    with pytest.raises(RuntimeError):
        create_account(db, {"name": "Acme", "segment_id": seg})
    for table in ("account", "stage_history", "journey", "task", "change_log"):
        assert db.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table


def test_assign_segment_is_all_or_nothing(db: Database) -> None:
    seg = db.conn.execute("INSERT INTO segment (name) VALUES ('SMB')").lastrowid
    db.conn.commit()
    a = create_account(db, {"name": "A"}).value
    b = create_account(db, {"name": "B"}).value
    with pytest.raises(NotFoundError):
        assign_segment(db, [a, 4242, b], seg)
    assert [acc.segment_id for acc in list_accounts(db)] == [None, None]
    assign_segment(db, [a, b], seg)
    assert [acc.segment_id for acc in list_accounts(db)] == [seg, seg]


def test_update_with_stage_failure_rolls_back_other_fields(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    aid = create_account(db, {"name": "Acme"}).value

    def broken(*_args: object, **_kwargs: object) -> ChangeSet:
        raise RuntimeError("boom")

    monkeypatch.setattr(accounts, "move_stage", broken)
    with pytest.raises(RuntimeError):
        update_account(db, aid, {"name": "Renamed", "stage": "Adopt"})
    assert get_account(db, aid).name == "Acme"


def test_churned_again_keeps_the_real_churn_date(db: Database) -> None:
    aid = create_account(db, {"name": "Acme"}).value
    set_status(db, aid, "churned", on=date(2026, 3, 31))
    set_status(db, aid, "churned")
    assert get_account(db, aid).churned_date == "2026-03-31"
    set_status(db, aid, "churned", on=date(2026, 4, 1))
    assert get_account(db, aid).churned_date == "2026-04-01", "an explicit day wins"


def test_a_stage_is_never_left_before_it_was_entered(db: Database) -> None:
    """A contract signed for next month and moved today: no negative time in stage."""
    aid = create_account(db, {"name": "Acme", "signed_date": "2026-07-01"}).value
    move_stage(db, aid, "Handoff", on=date(2026, 6, 15))
    history = db.conn.execute(
        "SELECT stage, entered_date, left_date FROM stage_history WHERE account_id = ? ORDER BY id",
        (aid,)).fetchall()
    assert history == [("Embark", "2026-07-01", "2026-07-01"), ("Handoff", "2026-07-01", None)]
