"""The account detail query and its lateness rules, with hand-worked dates."""

from __future__ import annotations

from datetime import date

import pytest
from sqlite_utils import Database

from tracker.domain import AccountId, Milestone, MilestoneId, Task, TaskId
from tracker.queries.account_detail import (
    MILESTONE_LATE,
    MILESTONE_NO_TARGET,
    MILESTONE_ON_TIME,
    MILESTONE_OVERDUE,
    MILESTONE_PENDING,
    days_late,
    load_account_detail,
    milestone_delta_days,
    milestone_state,
    playbook_segments,
    playbook_usage,
    stage_progress,
)
from tracker.services.accounts import create_account
from tracker.services.journeys import apply_playbook
from tracker.services.playbooks import list_playbooks
from tracker.services.records import FEEDBACK
from tracker.services.tasks import add_task, set_task_status

TODAY = date(2026, 6, 15)


def task(tid: int, stage: str, due: str | None, status: str = "todo") -> Task:
    return Task(TaskId(tid), AccountId(1), None, tid, f"t{tid}", stage, due, status, None, "", "")


def milestone(target: str | None, achieved: str | None) -> Milestone:
    return Milestone(MilestoneId(1), AccountId(1), None, "go_live", "Go-live", target, achieved)


@pytest.mark.parametrize(("due", "status", "expected"), [
    ("2026-06-12", "todo", 3),
    ("2026-06-12", "blocked", 3),
    ("2026-06-12", "in_progress", 3),
    ("2026-06-12", "done", 0),  # done late is no longer late work
    ("2026-06-12", "skipped", 0),
    ("2026-06-15", "todo", 0),  # due today is not late yet
    ("2026-06-20", "todo", 0),
    (None, "todo", 0),
])
def test_days_late(due: str | None, status: str, expected: int) -> None:
    assert days_late(due, status, TODAY) == expected


@pytest.mark.parametrize(("target", "achieved", "state", "delta"), [
    ("2026-06-10", "2026-06-10", MILESTONE_ON_TIME, 0),  # on the day counts as on time
    ("2026-06-10", "2026-06-08", MILESTONE_ON_TIME, -2),
    ("2026-06-10", "2026-06-13", MILESTONE_LATE, 3),
    ("2026-06-10", None, MILESTONE_OVERDUE, 5),
    ("2026-06-20", None, MILESTONE_PENDING, -5),
    # Without a target a milestone is neither on time nor late (issue 12, the rule book).
    (None, None, MILESTONE_NO_TARGET, None),
    (None, "2026-06-01", MILESTONE_NO_TARGET, None),
])
def test_milestone_state(target: str | None, achieved: str | None, state: str, delta: int | None) -> None:
    m = milestone(target, achieved)
    assert milestone_state(m, TODAY) == state
    assert milestone_delta_days(m, TODAY) == delta


def test_stage_progress_counts_done_over_all_minus_skipped() -> None:
    tasks = [
        task(1, "Kickoff", "2026-06-01", "done"),
        task(2, "Kickoff", "2026-06-01", "skipped"),
        task(3, "Kickoff", "2026-06-01", "todo"),  # 14 days late
        task(4, "Embark", "2026-07-01", "todo"),
    ]
    progress = stage_progress(tasks, TODAY)
    assert [(p.stage, p.done, p.countable, p.late) for p in progress] == [
        ("Embark", 0, 1, 0),  # stage order, not input order
        ("Kickoff", 1, 2, 1),
    ]


def test_load_account_detail_reads_everything(db: Database) -> None:
    account = create_account(db, {"name": "Acme", "signed_date": "2026-06-01"}, today=TODAY).value
    playbook = next(p for p in list_playbooks(db) if p.kind == "initial")
    apply_playbook(db, account, playbook.id, date(2026, 6, 1))
    extra = add_task(db, account, {"title": "Extra", "stage": "Expand", "due_date": "2026-06-02"}).value
    set_task_status(db, extra, "done", today=TODAY)
    FEEDBACK.create(db, {"account_id": account, "kind": "csat", "score": 5, "date": "2026-06-10"})
    FEEDBACK.create(db, {"account_id": account, "kind": "nps", "score": 9, "date": "2026-06-12"})
    detail = load_account_detail(db, account)
    steps = db.conn.execute("SELECT count(*), sum(is_milestone) FROM playbook_step WHERE playbook_id = ?",
                            (playbook.id,)).fetchone()
    assert len(detail.tasks) == steps[0] - steps[1] + 1
    assert len(detail.milestones) == steps[1]
    assert [f.date for f in detail.feedback] == ["2026-06-12", "2026-06-10"]  # newest first
    assert len(detail.journeys) == 1 and detail.journeys[0].start_date == "2026-06-01"
    assert detail.account.name == "Acme" and detail.segment_name == ""
    assert detail.tasks[-1].title == "Extra" and detail.tasks[-1].done_date == TODAY.isoformat()


def test_playbook_usage_and_segments(db: Database) -> None:
    account = create_account(db, {"name": "Acme"}, today=TODAY).value
    playbook = list_playbooks(db)[0]
    apply_playbook(db, account, playbook.id, TODAY)
    apply_playbook(db, account, playbook.id, TODAY)
    db.conn.execute("INSERT INTO segment (name, playbook_id) VALUES ('SMB', ?), ('Mid', ?)",
                    (playbook.id, playbook.id))
    usage = playbook_usage(db)
    steps = db.conn.execute("SELECT count(*) FROM playbook_step WHERE playbook_id = ?",
                            (playbook.id,)).fetchone()[0]
    assert (usage[playbook.id].journeys, usage[playbook.id].steps) == (2, steps)
    assert playbook_segments(db) == {playbook.id: ["Mid", "SMB"]}
