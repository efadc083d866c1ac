"""Bulk edits: one transaction per batch, one ChangeSet naming every account, exact undo."""

from __future__ import annotations

from datetime import date

import pytest
from sqlite_utils import Database

from tracker.domain import PlaybookId, ValidationError
from tracker.services import bulk
from tracker.services.accounts import create_account, get_account
from tracker.services.records import SEGMENTS
from tracker.services.tasks import add_task, get_task, list_tasks

TODAY = date(2026, 6, 15)


def _accounts(db: Database, n: int = 3) -> list[int]:
    return [create_account(db, {"name": f"Acme {i}", "owner": "Ann", "signed_date": "2026-05-01"},
                           apply_segment_playbook=False).value for i in range(n)]


def _playbook(db: Database) -> PlaybookId:
    return PlaybookId(db.conn.execute(
        "SELECT id FROM playbook WHERE name = 'Initial onboarding'").fetchone()[0])


def _table(db: Database, table: str) -> list[tuple[object, ...]]:
    return db.conn.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()


def test_owner_for_many_accounts_names_only_those_changed_and_undoes(db: Database) -> None:
    a, b, c = _accounts(db)
    bulk.set_account_field(db, [c], "owner", "Bob")
    written = bulk.set_account_field(db, [a, b, c, a], "owner", "Bob")
    assert written.change.account_ids == frozenset({a, b})  # c was Bob already; a once
    assert written.value == {a: {"owner": "Ann"}, b: {"owner": "Ann"}}
    assert [get_account(db, i).owner for i in (a, b, c)] == ["Bob", "Bob", "Bob"]
    undone = bulk.restore_account_fields(db, written.value)
    assert undone.account_ids == frozenset({a, b})
    assert [get_account(db, i).owner for i in (a, b, c)] == ["Ann", "Ann", "Bob"]


def test_segment_change_says_segments_changed(db: Database) -> None:
    a, b, _ = _accounts(db)
    seg = SEGMENTS.create(db, {"name": "SMB"}).value
    written = bulk.set_account_field(db, [a, b], "segment_id", seg)
    assert written.change.segments and written.change.account_ids == frozenset({a, b})
    assert bulk.restore_account_fields(db, written.value).segments
    assert get_account(db, a).segment_id is None


def test_unknown_field_and_empty_selection_are_refused(db: Database) -> None:
    a, *_ = _accounts(db, 1)
    with pytest.raises(ValidationError):
        bulk.set_account_field(db, [a], "mrr", 5)
    with pytest.raises(ValidationError):
        bulk.move_accounts_stage(db, [], "Kickoff")


def test_stage_move_of_many_keeps_history_and_undo_restores_it_exactly(db: Database) -> None:
    a, b, c = _accounts(db)
    bulk.move_accounts_stage(db, [c], "Kickoff", on=date(2026, 6, 1))
    history_before = _table(db, "stage_history")
    written = bulk.move_accounts_stage(db, [a, b, c], "Kickoff", on=TODAY)
    assert set(written.value) == {a, b}  # c was there already: no zero-day stage for it
    assert written.change.account_ids == frozenset({a, b})
    rows = db.conn.execute("SELECT stage, entered_date, left_date FROM stage_history"
                           " WHERE account_id = ? ORDER BY id", (a,)).fetchall()
    assert rows == [("Embark", "2026-05-01", "2026-06-15"), ("Kickoff", "2026-06-15", None)]
    bulk.restore_stages(db, written.value)
    assert [get_account(db, i).stage for i in (a, b, c)] == ["Embark", "Embark", "Kickoff"]
    assert _table(db, "stage_history") == history_before


def test_status_churned_stamps_each_churn_date_and_undo_clears_it(db: Database) -> None:
    a, b, _ = _accounts(db)
    written = bulk.set_accounts_status(db, [a, b], "churned", on=TODAY)
    assert [get_account(db, i).churned_date for i in (a, b)] == ["2026-06-15", "2026-06-15"]
    bulk.restore_account_fields(db, written.value)
    assert [(get_account(db, i).status, get_account(db, i).churned_date) for i in (a, b)] == [
        ("onboarding", None), ("onboarding", None)]


def test_a_failing_account_rolls_back_the_whole_batch(db: Database) -> None:
    a, b, _ = _accounts(db)
    with pytest.raises(ValidationError):
        bulk.set_accounts_status(db, [a, b], "asleep")
    with pytest.raises(Exception):  # noqa: B017 - the second id does not exist
        bulk.move_accounts_stage(db, [a, 999_999], "Adopt")
    assert get_account(db, a).stage == "Embark"
    assert db.conn.execute("SELECT count(*) FROM stage_history WHERE account_id = ?",
                           (a,)).fetchone() == (1,)


def test_delete_many_and_restore_brings_back_ids_and_children(db: Database) -> None:
    a, b, c = _accounts(db)
    add_task(db, a, {"title": "Call"})
    before = (_table(db, "account"), _table(db, "task"), _table(db, "stage_history"))
    written = bulk.delete_accounts(db, [a, b])
    assert written.change.account_ids == frozenset({a, b}) and written.change.tasks
    assert [r[0] for r in _table(db, "account")] == [c]
    bulk.restore_accounts(db, written.value)
    assert (_table(db, "account"), _table(db, "task"), _table(db, "stage_history")) == before


def test_apply_playbook_to_many_then_remove_and_restore_journeys(db: Database) -> None:
    a, b, _ = _accounts(db)
    written = bulk.apply_playbook_to_accounts(db, [a, b], _playbook(db), date(2026, 6, 1))
    assert len(written.value) == 2 and written.change.account_ids == frozenset({a, b})
    steps = db.conn.execute("SELECT count(*) FROM playbook_step ps JOIN playbook p"
                            " ON p.id = ps.playbook_id WHERE p.name = 'Initial onboarding'"
                            " AND NOT ps.is_milestone").fetchone()[0]
    assert len(list_tasks(db, a)) == len(list_tasks(db, b)) == steps
    tasks_after = _table(db, "task")
    removed = bulk.remove_journeys(db, written.value)
    assert list_tasks(db, a) == [] and removed.change.account_ids == frozenset({a, b})
    bulk.restore_journeys(db, removed.value)
    assert _table(db, "task") == tasks_after


def test_add_task_to_many_then_delete_and_restore(db: Database) -> None:
    a, b, c = _accounts(db)
    written = bulk.add_task_to_accounts(db, [a, b, c], {"title": "Send pricing", "stage": "Adopt",
                                                        "due_date": "2026-06-20"})
    assert [get_task(db, t).account_id for t in written.value] == [a, b, c]
    assert {get_task(db, t).stage for t in written.value} == {"Adopt"}
    deleted = bulk.delete_tasks(db, written.value)
    assert all(list_tasks(db, i) == [] for i in (a, b, c))
    bulk.restore_tasks(db, deleted.value)
    assert [get_task(db, t).title for t in written.value] == ["Send pricing"] * 3


def test_tick_many_tasks_and_undo_puts_status_and_done_date_back(db: Database) -> None:
    a, b, _ = _accounts(db)
    t1 = add_task(db, a, {"title": "One", "status": "blocked"}).value
    t2 = add_task(db, b, {"title": "Two", "status": "done", "done_date": "2026-06-01"}).value
    written = bulk.set_tasks_status(db, [t1, t2], "done", today=TODAY)
    assert [b_.task_id for b_ in written.value] == [t1]  # t2 was done: kept, not re-stamped
    assert (get_task(db, t1).status, get_task(db, t1).done_date) == ("done", "2026-06-15")
    assert get_task(db, t2).done_date == "2026-06-01"
    bulk.restore_task_values(db, written.value)
    assert (get_task(db, t1).status, get_task(db, t1).done_date) == ("blocked", None)


def test_reschedule_by_days_counts_overdue_work_from_today(db: Database) -> None:
    a, *_ = _accounts(db, 1)
    late = add_task(db, a, {"title": "Late", "due_date": "2026-05-01"}).value
    ahead = add_task(db, a, {"title": "Ahead", "due_date": "2026-06-20"}).value
    undated = add_task(db, a, {"title": "Undated"}).value
    written = bulk.reschedule_tasks(db, [late, ahead, undated], days=7, today=TODAY)
    assert [get_task(db, t).due_date for t in (late, ahead, undated)] == [
        "2026-06-22", "2026-06-27", "2026-06-22"]
    bulk.restore_task_values(db, written.value)
    assert [get_task(db, t).due_date for t in (late, ahead, undated)] == [
        "2026-05-01", "2026-06-20", None]


def test_reschedule_to_a_date_and_snooze_to_next_monday(db: Database) -> None:
    a, *_ = _accounts(db, 1)
    t = add_task(db, a, {"title": "Later", "due_date": "2026-06-10"}).value
    bulk.reschedule_tasks(db, [t], to=date(2026, 7, 1))
    assert get_task(db, t).due_date == "2026-07-01"
    assert bulk.snooze_date(date(2026, 6, 15)) == date(2026, 6, 22)  # a Monday: the next one
    assert bulk.snooze_date(date(2026, 6, 19)) == date(2026, 6, 22)  # a Friday
    with pytest.raises(ValueError):
        bulk.reschedule_tasks(db, [t])
