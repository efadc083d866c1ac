"""Everything the account detail screen shows, read in one go, plus the lateness rules.

The screen's Qt models hold these frozen rows in lists, so ``data()`` never runs SQL;
the lateness and on-time rules live here so the CLI and tests share them with the UI.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlite_utils import Database

from tracker.domain import (
    STAGES,
    Account,
    Activity,
    Contact,
    Feedback,
    Journey,
    Milestone,
    Task,
)
from tracker.services.accounts import get_account
from tracker.services.base import fetch_all
from tracker.services.journeys import list_journeys
from tracker.services.records import ACTIVITIES, CONTACTS, FEEDBACK, MILESTONES
from tracker.services.tasks import list_tasks
from tracker.storage.db import environment_errors

# Statuses that no longer count as work to do; a late "done" task is not late any more.
CLOSED_STATUSES = frozenset({"done", "skipped"})

MILESTONE_ON_TIME = "on_time"
MILESTONE_LATE = "late"  # achieved after its target
MILESTONE_OVERDUE = "overdue"  # not achieved and the target has passed
MILESTONE_PENDING = "pending"  # not achieved, target still ahead (or none)


@dataclass(frozen=True)
class AccountDetail:
    """One account with its checklist and records, as of one read."""

    account: Account
    segment_name: str
    tasks: tuple[Task, ...]
    milestones: tuple[Milestone, ...]
    contacts: tuple[Contact, ...]
    feedback: tuple[Feedback, ...]
    activities: tuple[Activity, ...]
    journeys: tuple[Journey, ...]


@environment_errors()
def load_account_detail(db: Database, account_id: int) -> AccountDetail:
    """Raises NotFoundError when the account was deleted meanwhile."""
    account = get_account(db, account_id)
    segment = ""
    if account.segment_id is not None:
        row = db.conn.execute("SELECT name FROM segment WHERE id = ?", (account.segment_id,)).fetchone()
        segment = row[0] if row else ""
    return AccountDetail(
        account=account,
        segment_name=segment,
        tasks=tuple(list_tasks(db, account_id)),
        milestones=tuple(MILESTONES.for_account(db, account_id)),
        contacts=tuple(CONTACTS.for_account(db, account_id)),
        feedback=tuple(FEEDBACK.for_account(db, account_id)),
        activities=tuple(ACTIVITIES.for_account(db, account_id)),
        journeys=tuple(list_journeys(db, account_id)),
    )


def days_late(due_date: str | None, status: str, today: date) -> int:
    """Whole days an open task is past its due date; 0 when on time, closed or undated."""
    if not due_date or status in CLOSED_STATUSES:
        return 0
    return max(0, (today - date.fromisoformat(due_date)).days)


def milestone_state(milestone: Milestone, today: date) -> str:
    """On time means achieved on or before target (DESIGN.md); undated targets are never late."""
    target = milestone.target_date
    if milestone.achieved_date:
        if target is None or milestone.achieved_date <= target:
            return MILESTONE_ON_TIME
        return MILESTONE_LATE
    if target is not None and target < today.isoformat():
        return MILESTONE_OVERDUE
    return MILESTONE_PENDING


def milestone_delta_days(milestone: Milestone, today: date) -> int | None:
    """Signed days against target: achieved minus target, or today minus target if still open."""
    if milestone.target_date is None:
        return None
    end = date.fromisoformat(milestone.achieved_date) if milestone.achieved_date else today
    return (end - date.fromisoformat(milestone.target_date)).days


@dataclass(frozen=True)
class StageProgress:
    stage: str
    done: int
    countable: int  # all tasks minus skipped ones
    late: int


def stage_progress(tasks: tuple[Task, ...] | list[Task], today: date) -> list[StageProgress]:
    """Checklist progress per stage (done / (all - skipped)), in stage order, stages with tasks only."""
    counts: dict[str, list[int]] = {}
    for task in tasks:
        c = counts.setdefault(task.stage, [0, 0, 0])
        if task.status != "skipped":
            c[1] += 1
        if task.status == "done":
            c[0] += 1
        if days_late(task.due_date, task.status, today) > 0:
            c[2] += 1
    order = {s: i for i, s in enumerate(STAGES)}
    return [StageProgress(s, c[0], c[1], c[2])
            for s, c in sorted(counts.items(), key=lambda kv: order.get(kv[0], len(STAGES)))]


@environment_errors()
def playbook_segments(db: Database) -> dict[int, list[str]]:
    """Segment names per playbook id, for "used by" labels."""
    out: dict[int, list[str]] = {}
    for pid, name in db.conn.execute(
        "SELECT playbook_id, name FROM segment WHERE playbook_id IS NOT NULL ORDER BY name"
    ):
        out.setdefault(int(pid), []).append(name)
    return out


@dataclass(frozen=True)
class PlaybookUsage:
    playbook_id: int
    journeys: int
    steps: int


@environment_errors()
def playbook_usage(db: Database) -> dict[int, PlaybookUsage]:
    """How many steps and applied journeys each playbook has (one aggregate query)."""
    rows = fetch_all(
        db, PlaybookUsage,
        "SELECT p.id AS playbook_id,"
        " (SELECT count(*) FROM journey j WHERE j.playbook_id = p.id) AS journeys,"
        " (SELECT count(*) FROM playbook_step s WHERE s.playbook_id = p.id) AS steps"
        " FROM playbook p",
    )
    return {r.playbook_id: r for r in rows}
