"""Everything the account detail screen shows, read in one go, with the rule book's verdicts.

The screen's Qt models hold these frozen rows in lists, so ``data()`` never runs SQL; the
lateness and on-time verdicts come from :mod:`tracker.rules`, so the header and the
milestone table say what Today, the KPIs and the report say.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tracker.database import Database
from tracker.domain import (
    STAGES,
    Account,
    Activity,
    Contact,
    Feedback,
    Journey,
    Milestone,
    Note,
    Task,
)
from tracker.rules import (
    MILESTONE_LATE,
    MILESTONE_NO_TARGET,
    MILESTONE_ON_TIME,
    MILESTONE_OVERDUE,
    MILESTONE_PENDING,
    golive_days_late,
    golive_on_time,
    is_churned,
    last_touch,
    milestone_verdict,
    ninety_day_flag,
)
from tracker.rules import days_late as rule_days_late
from tracker.services.accounts import get_account
from tracker.services.base import fetch_all
from tracker.services.journeys import list_journeys
from tracker.services.records import ACTIVITIES, CONTACTS, FEEDBACK, MILESTONES, NOTES
from tracker.services.tasks import list_tasks
from tracker.storage.db import environment_errors

__all__ = ["MILESTONE_LATE", "MILESTONE_NO_TARGET", "MILESTONE_ON_TIME", "MILESTONE_OVERDUE",
           "MILESTONE_PENDING"]  # the rule book's codes, for the views that show them

# Statuses that no longer count as work to do; a late "done" task is not late any more.
CLOSED_STATUSES = frozenset({"done", "skipped"})


@dataclass(frozen=True)
class AccountVerdicts:
    """The rule book's verdicts on one account as of one day, for the header to show.

    ``golive_on_time`` is None when go-live cannot be judged (not live, or no target);
    ``golive_days_late`` counts days past a target go-live not reached yet.
    """

    as_of: date
    churned: bool
    days_since_signed: int | None
    ninety_day: bool
    golive_on_time: bool | None
    golive_days_late: int


def account_verdicts(account: Account, as_of: date) -> AccountVerdicts:
    churned = is_churned(account.status, account.churned_date, as_of)
    signed = account.signed_date
    return AccountVerdicts(
        as_of=as_of,
        churned=churned,
        days_since_signed=(as_of - date.fromisoformat(signed[:10])).days if signed else None,
        ninety_day=ninety_day_flag(signed, account.first_value_date, as_of, churned),
        golive_on_time=golive_on_time(account.golive_date, account.target_golive_date, as_of),
        golive_days_late=0 if churned else golive_days_late(
            account.golive_date, account.target_golive_date, as_of),
    )


@dataclass(frozen=True)
class StageSpan:
    """One stage an account was in: from ``entered`` to ``left`` (None while current), and
    the whole days spent there as of the read."""

    stage: str
    entered: str
    left: str | None
    days: int


def stage_spans(db: Database, account_id: int, as_of: date) -> tuple[StageSpan, ...]:
    """The stage history in order, with days in each stage (the current one up to ``as_of``)."""
    rows = db.conn.execute(
        "SELECT stage, entered_date, left_date FROM stage_history WHERE account_id = ?"
        " ORDER BY entered_date, id", (account_id,)).fetchall()
    spans = []
    for stage, entered, left in rows:
        end = date.fromisoformat(left[:10]) if left else as_of
        days = max(0, (end - date.fromisoformat(entered[:10])).days)
        spans.append(StageSpan(stage, entered, left, days))
    return tuple(spans)


@dataclass(frozen=True)
class AccountDetail:
    """One account with its checklist and records, as of one read.

    ``last_touch`` is the rule book's latest touchpoint (an activity, a ticked task,
    feedback, an achieved milestone or a note), the day "days since last activity" counts from.
    """

    account: Account
    segment_name: str
    tasks: tuple[Task, ...]
    milestones: tuple[Milestone, ...]
    contacts: tuple[Contact, ...]
    feedback: tuple[Feedback, ...]
    activities: tuple[Activity, ...]
    journeys: tuple[Journey, ...]
    verdicts: AccountVerdicts
    notes: tuple[Note, ...] = ()
    last_touch: str | None = None
    stages: tuple[StageSpan, ...] = ()


@environment_errors()
def load_account_detail(db: Database, account_id: int, as_of: date | None = None) -> AccountDetail:
    """The account as of ``as_of`` (default today); raises NotFoundError when it was deleted."""
    account = get_account(db, account_id)
    today = as_of or date.today()
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
        verdicts=account_verdicts(account, today),
        notes=tuple(NOTES.for_account(db, account_id)),
        last_touch=last_touch(db, account_id, today),
        stages=stage_spans(db, account_id, today),
    )


def days_late(due_date: str | None, status: str, today: date) -> int:
    """Whole days an open task is past its due date; 0 when on time, closed or undated."""
    return rule_days_late(due_date, status not in CLOSED_STATUSES, today)


def milestone_state(milestone: Milestone, today: date) -> str:
    """The rule book's verdict: on time means achieved on or before target (DESIGN.md); a
    milestone without a target is neither on time nor late."""
    return milestone_verdict(milestone.target_date, milestone.achieved_date, today)


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
