"""Playbook to journey: concrete due dates from offsets, tasks vs milestones, positions."""

from __future__ import annotations

from datetime import date

import pytest
from sqlite_utils import Database

from tracker.domain import AccountId, PlaybookId, ValidationError
from tracker.services.accounts import create_account, move_stage
from tracker.services.journeys import apply_playbook, due_date, list_journeys, remove_journey, restore_journey
from tracker.services.playbooks import add_step, create_playbook
from tracker.services.records import MILESTONES
from tracker.services.tasks import add_task, list_tasks


@pytest.mark.parametrize(
    ("start", "offset", "expected"),
    [
        (date(2026, 1, 30), 0, date(2026, 1, 30)),
        (date(2026, 1, 30), 1, date(2026, 1, 31)),
        (date(2026, 1, 30), 29, date(2026, 2, 28)),   # 2026 is not a leap year
        (date(2026, 1, 30), 30, date(2026, 3, 1)),
        (date(2028, 2, 28), 1, date(2028, 2, 29)),    # 2028 is
        (date(2028, 2, 28), 2, date(2028, 3, 1)),
        (date(2026, 12, 31), 1, date(2027, 1, 1)),
        (date(2026, 1, 1), 365, date(2027, 1, 1)),
    ],
)
def test_due_date_is_calendar_days(start: date, offset: int, expected: date) -> None:
    assert due_date(start, offset) == expected


@pytest.fixture
def playbook(db: Database) -> PlaybookId:
    pid = create_playbook(db, {"name": "Month end"}).value
    add_step(db, pid, {"title": "Day zero", "offset_days": 0, "owner_role": "CSM"})
    add_step(db, pid, {"title": "Next day", "stage": "Handoff", "offset_days": 1})
    add_step(db, pid, {"title": "First value", "stage": "Adopt", "offset_days": 29,
                       "is_milestone": True, "milestone_kind": "first_value"})
    add_step(db, pid, {"title": "Month later", "stage": "Review", "offset_days": 30})
    return pid


@pytest.fixture
def account(db: Database) -> AccountId:
    return create_account(db, {"name": "Acme"}).value


def test_apply_creates_dated_tasks_and_milestones(db: Database, playbook: PlaybookId,
                                                  account: AccountId) -> None:
    jid = apply_playbook(db, account, playbook, date(2026, 1, 30)).value
    journey = list_journeys(db, account)
    assert [(j.id, j.name, j.start_date, j.playbook_id) for j in journey] == [
        (jid, "Month end", "2026-01-30", playbook)]
    tasks = [(t.position, t.title, t.stage, t.due_date, t.status, t.owner, t.journey_id)
             for t in list_tasks(db, account)]
    assert tasks == [
        (1, "Day zero", "Embark", "2026-01-30", "todo", "CSM", jid),
        (2, "Next day", "Handoff", "2026-01-31", "todo", "", jid),
        (4, "Month later", "Review", "2026-03-01", "todo", "", jid),
    ]
    milestones = [(m.kind, m.name, m.target_date, m.achieved_date, m.journey_id)
                  for m in MILESTONES.for_account(db, account)]
    assert milestones == [("first_value", "First value", "2026-02-28", None, jid)]
    assert db.conn.execute(
        "SELECT action, entity, entity_id, new_value FROM change_log WHERE entity = 'journey'"
    ).fetchall() == [("apply_playbook", "journey", jid, "Month end")]


def test_leap_day_due_date(db: Database, playbook: PlaybookId, account: AccountId) -> None:
    apply_playbook(db, account, playbook, date(2028, 2, 28), name="Leap")
    assert [t.due_date for t in list_tasks(db, account)] == ["2028-02-28", "2028-02-29", "2028-03-29"]
    assert MILESTONES.for_account(db, account)[0].target_date == "2028-03-28"
    assert list_journeys(db, account)[0].name == "Leap"


def test_second_playbook_appends_after_existing_tasks(db: Database, playbook: PlaybookId,
                                                      account: AccountId) -> None:
    add_task(db, account, {"title": "Manual task"})                   # position 1
    apply_playbook(db, account, playbook, date(2026, 1, 30))          # positions 2, 3, 5
    delta = db.conn.execute("SELECT id FROM playbook WHERE name = 'Product update (delta)'").fetchone()[0]
    apply_playbook(db, account, delta, date(2026, 6, 1))
    tasks = list_tasks(db, account)
    assert [t.position for t in tasks][:4] == [1, 2, 3, 5]
    delta_tasks = [t for t in tasks if t.due_date and t.due_date >= "2026-06-01"]
    # Delta steps 1-7 with milestones at 5 and 6: task positions 5 + (1, 2, 3, 4, 7).
    assert [(t.position, t.due_date) for t in delta_tasks] == [
        (6, "2026-06-01"), (7, "2026-06-03"), (8, "2026-06-06"), (9, "2026-06-11"), (12, "2026-06-26")]
    assert len(list_journeys(db, account)) == 2
    # The delta's "Feature adopted by the first team" is a first-value milestone and the
    # account has one already: a second would move its first-value date (issue 17), so the
    # old expectation of 3 milestones became 2.
    assert [m.kind for m in MILESTONES.for_account(db, account)] == ["first_value", "training"]


def test_second_playbook_adds_no_duplicate_milestones_nor_work_in_finished_stages(
        db: Database, account: AccountId) -> None:
    """Issue 17: "Training delivered" twice, and open tasks added to stages already left."""
    initial = db.conn.execute("SELECT id FROM playbook WHERE name = 'Initial onboarding'").fetchone()[0]
    delta = db.conn.execute("SELECT id FROM playbook WHERE name = 'Product update (delta)'").fetchone()[0]
    apply_playbook(db, account, initial, date(2026, 1, 5))
    move_stage(db, account, "Adopt", on=date(2026, 2, 10))
    before = {t.id for t in list_tasks(db, account)}
    apply_playbook(db, account, delta, date(2026, 6, 1))
    added = [t for t in list_tasks(db, account) if t.id not in before]
    # Delta steps in Embark, Handoff and Kickoff are behind Adopt: left out.
    assert [(t.title, t.stage) for t in added] == [
        ("Delta training session", "Adopt"), ("Collect feedback on the update", "Review")]
    names = [m.name for m in MILESTONES.for_account(db, account)]
    assert names.count("Training delivered") == 1
    assert len([m for m in MILESTONES.for_account(db, account) if m.kind == "first_value"]) == 1


def test_an_account_in_expand_gets_every_step_of_a_new_journey(db: Database, account: AccountId) -> None:
    """Expand is the loop that restarts work: nothing is behind it."""
    delta = db.conn.execute("SELECT id FROM playbook WHERE name = 'Product update (delta)'").fetchone()[0]
    move_stage(db, account, "Expand", on=date(2026, 2, 10))
    apply_playbook(db, account, delta, date(2026, 6, 1))
    assert len(list_tasks(db, account)) == 5


def test_builtin_initial_playbook_split(db: Database, account: AccountId) -> None:
    pid = db.conn.execute("SELECT id FROM playbook WHERE name = 'Initial onboarding'").fetchone()[0]
    apply_playbook(db, account, pid, date(2026, 1, 30))
    assert len(list_tasks(db, account)) == 30
    milestones = {m.kind: m.target_date for m in MILESTONES.for_account(db, account)}
    assert milestones == {
        "provisioning": "2026-02-19", "implementation": "2026-03-01", "training": "2026-03-13",
        "first_value": "2026-03-16", "change_management": "2026-03-29", "go_live": "2026-03-31",
    }


def test_apply_refuses_missing_playbook_or_account(db: Database, playbook: PlaybookId,
                                                   account: AccountId) -> None:
    with pytest.raises(ValidationError, match="playbook"):
        apply_playbook(db, account, PlaybookId(999), date(2026, 1, 30))
    with pytest.raises(ValidationError, match="account"):
        apply_playbook(db, AccountId(999), playbook, date(2026, 1, 30))
    assert db.conn.execute("SELECT count(*) FROM journey").fetchone()[0] == 0


def test_failure_mid_apply_writes_nothing(db: Database, playbook: PlaybookId, account: AccountId,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    import tracker.services.journeys as journeys

    def broken(*_args: object) -> None:
        raise RuntimeError("crash after the tasks were inserted")

    monkeypatch.setattr(journeys, "log_change", broken)
    with pytest.raises(RuntimeError):
        apply_playbook(db, account, playbook, date(2026, 1, 30))
    for table in ("journey", "task", "milestone"):
        assert db.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table


def test_remove_and_restore_a_journey(db: Database, playbook: PlaybookId, account: AccountId) -> None:
    manual = add_task(db, account, {"title": "Manual"}).value
    jid = apply_playbook(db, account, playbook, date(2026, 1, 30)).value
    before_tasks = list_tasks(db, account)
    before_ms = MILESTONES.for_account(db, account)
    snap = remove_journey(db, jid).value
    assert [t.id for t in list_tasks(db, account)] == [manual]
    assert MILESTONES.for_account(db, account) == []
    change = restore_journey(db, snap)
    assert change.tasks and change.milestones
    assert list_tasks(db, account) == before_tasks
    assert MILESTONES.for_account(db, account) == before_ms
