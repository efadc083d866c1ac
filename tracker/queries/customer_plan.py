"""The onboarding plan of one account as its customer may read it, and as the timeline draws it.

It holds the journey's steps and milestones with their dates, what is done and what comes
next, and who owns each step (the customer or us, from the step's owner role through
:func:`tracker.rules.owner_side`). It deliberately holds nothing internal: no health, no
notes, no MRR, no owner names, so nothing built from it can leak them to a customer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tracker.database import Database
from tracker.domain import OPEN_TASK_STATUSES, STAGES
from tracker.rules import is_churned, is_late, milestone_verdict, owner_side
from tracker.storage.db import environment_errors

# Step states, worded by ui/ and the workbook.
DONE = "done"
SKIPPED = "skipped"
LATE = "late"
NEXT = "next"
PLANNED = "planned"
# How many open steps (earliest first) count as "what is next".
NEXT_COUNT = 3


@dataclass(frozen=True)
class PlanStep:
    """A checklist step (``kind`` task) or a milestone, with its planned and actual day."""

    kind: str
    row_id: int
    title: str
    stage: str | None
    due: date | None
    done: date | None
    state: str
    side: str
    role: str


@dataclass(frozen=True)
class StageBand:
    """The span of one stage on the timeline.

    A stage the account has been in spans the days it was there (``stage_history``; the
    current one runs to today, or to its last planned step if that is later): a plan's dates
    say when we hoped to be there, the history when we were. A stage not reached yet spans its
    steps' due days, first to last (``planned``).
    """

    stage: str
    start: date
    end: date
    planned: bool = True


@dataclass(frozen=True)
class CustomerPlan:
    account: str
    stage: str
    as_of: date
    signed: date | None
    kickoff: date | None
    target_golive: date | None
    golive: date | None
    first_value: date | None
    steps: tuple[PlanStep, ...]
    bands: tuple[StageBand, ...]

    @property
    def milestones(self) -> tuple[PlanStep, ...]:
        return tuple(s for s in self.steps if s.kind == "milestone")

    @property
    def next_steps(self) -> tuple[PlanStep, ...]:
        return tuple(s for s in self.steps if s.state in (NEXT, LATE))

    @property
    def span(self) -> tuple[date, date] | None:
        days = [d for s in self.steps for d in (s.due, s.done) if d] + \
            [d for d in (self.signed, self.kickoff, self.target_golive) if d]
        return (min(days), max(days)) if days else None


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text[:10]) if text else None


@environment_errors()
def customer_plan(db: Database, account_id: int, as_of: date) -> CustomerPlan:
    """The plan of ``account_id`` as of ``as_of``, steps in due order (undated last)."""
    row = db.conn.execute(
        "SELECT name, stage, status, churned_date, signed_date, kickoff_date, target_golive_date,"
        " golive_date, first_value_date FROM account WHERE id = ?", (account_id,)).fetchone()
    if row is None:
        from tracker.domain import NotFoundError
        from tracker.i18n import QT_TRANSLATE_NOOP, words

        raise NotFoundError(words("errors", QT_TRANSLATE_NOOP("errors", "Account {0} no longer exists."),
                                  account_id))
    name, stage, status, churned_date, *dates = row
    churned = is_churned(status, churned_date, as_of)
    steps: list[PlanStep] = []
    # A task's owner is the role its playbook step named (CSM, Trainer, Sponsor...).
    for task_id, title, task_stage, due, status_, done, role in db.conn.execute(
            "SELECT id, title, stage, due_date, status, done_date, owner FROM task"
            " WHERE account_id = ?"
            " ORDER BY due_date IS NULL, due_date, position, id", (account_id,)):
        is_open = status_ in OPEN_TASK_STATUSES
        state = (DONE if status_ == "done" else SKIPPED if status_ == "skipped"
                 else LATE if is_late(due, is_open, as_of, churned) else PLANNED)
        steps.append(PlanStep("task", task_id, title, task_stage, _day(due), _day(done), state,
                              owner_side(role), role))
    for ms_id, ms_name, target, achieved in db.conn.execute(
            "SELECT id, name, target_date, achieved_date FROM milestone WHERE account_id = ?"
            " ORDER BY target_date IS NULL, target_date, id", (account_id,)):
        verdict = milestone_verdict(target, achieved, as_of)
        reached = achieved is not None and achieved[:10] <= as_of.isoformat()
        state = DONE if reached else LATE if verdict == "overdue" and not churned else PLANNED
        steps.append(PlanStep("milestone", ms_id, ms_name, None, _day(target),
                              _day(achieved) if reached else None, state, "us", ""))
    steps.sort(key=lambda s: (s.due is None, s.due or date.max, s.kind != "milestone", s.row_id))
    steps = _mark_next(steps)
    signed, kickoff, target, golive, first_value = (_day(d) for d in dates)
    history = db.conn.execute(
        "SELECT stage, entered_date, left_date FROM stage_history WHERE account_id = ? AND entered_date <= ?",
        (account_id, as_of.isoformat())).fetchall()
    return CustomerPlan(name, stage, as_of, signed, kickoff, target, golive, first_value,
                        tuple(steps), _bands(steps, history, as_of))


def _mark_next(steps: list[PlanStep]) -> list[PlanStep]:
    out, left = [], NEXT_COUNT
    for step in steps:
        if step.state == PLANNED and left > 0:
            step = PlanStep(step.kind, step.row_id, step.title, step.stage, step.due, step.done,
                            NEXT, step.side, step.role)
            left -= 1
        out.append(step)
    return out


def _bands(steps: list[PlanStep], history: list[tuple[str, str, str | None]],
           as_of: date) -> tuple[StageBand, ...]:
    spans: dict[str, list[date]] = {}
    for step in steps:
        if step.stage and step.due and step.state != SKIPPED:  # a dropped step plans nothing
            spans.setdefault(step.stage, []).append(step.due)
    been: dict[str, list[date]] = {}
    for stage, entered, left in history:
        start = _day(entered)
        # Left after the as-of day (a look back in time): still there on that day.
        end = _day(left) if left and left[:10] <= as_of.isoformat() else None
        if start is not None:
            been.setdefault(stage, []).extend([start, end or max([as_of, *spans.get(stage, [])])])
    bands = []
    for stage in STAGES:
        if stage in been:
            bands.append(StageBand(stage, min(been[stage]), max(been[stage]), planned=False))
        elif stage in spans:
            bands.append(StageBand(stage, min(spans[stage]), max(spans[stage])))
    return tuple(bands)
