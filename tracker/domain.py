"""Domain vocabulary: ids, enumerations and the frozen rows services hand out.

Rows are plain frozen dataclasses so the UI models can hold them in lists and never
run SQL from ``data()``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import NewType

AccountId = NewType("AccountId", int)
ContactId = NewType("ContactId", int)
TaskId = NewType("TaskId", int)
MilestoneId = NewType("MilestoneId", int)
PlaybookId = NewType("PlaybookId", int)
StepId = NewType("StepId", int)
JourneyId = NewType("JourneyId", int)
FeedbackId = NewType("FeedbackId", int)
ActivityId = NewType("ActivityId", int)
SegmentId = NewType("SegmentId", int)

STAGES: tuple[str, ...] = ("Embark", "Handoff", "Kickoff", "Adopt", "Review", "Expand")
ACCOUNT_STATUSES: tuple[str, ...] = ("onboarding", "live", "paused", "churned")
TASK_STATUSES: tuple[str, ...] = ("todo", "in_progress", "done", "blocked", "skipped")
OPEN_TASK_STATUSES: tuple[str, ...] = ("todo", "in_progress", "blocked")
CONTACT_ROLES: tuple[str, ...] = ("end_user", "admin", "analyst", "developer", "sponsor")
FEEDBACK_KINDS: tuple[str, ...] = ("csat", "nps")
ACTIVITY_KINDS: tuple[str, ...] = ("call", "email", "meeting", "note", "login")
PLAYBOOK_KINDS: tuple[str, ...] = ("initial", "delta", "new_product", "new_division")
MILESTONE_KINDS: tuple[str, ...] = (
    "implementation",
    "provisioning",
    "training",
    "change_management",
    "first_value",
    "go_live",
    "custom",
)


class ValidationError(ValueError):
    """Input a service refuses; ``field`` names the offending field for the UI."""

    def __init__(self, message: str, field: str | None = None, code: str = "invalid") -> None:
        super().__init__(message)
        self.message = message
        self.field = field
        self.code = code


class NotFoundError(LookupError):
    """The row was deleted meanwhile (another window, an undo, an import)."""


def parse_date(value: object, field: str = "date") -> date | None:
    """Accept ``date`` objects and strict ISO text (see :func:`tracker.validation.iso_date`);
    blank is None; anything else is refused with a clear error."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    from tracker.validation import iso_date

    return iso_date(value, "", field)


def iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


@dataclass(frozen=True)
class Account:
    id: AccountId
    external_id: str | None
    name: str
    industry: str
    company_size: int | None
    region: str
    plan: str
    mrr: float
    tech_proficiency: int | None
    owner: str
    segment_id: SegmentId | None
    status: str
    stage: str
    signed_date: str | None
    kickoff_date: str | None
    target_golive_date: str | None
    golive_date: str | None
    first_value_date: str | None
    churned_date: str | None
    products: str
    notes: str


@dataclass(frozen=True)
class Contact:
    id: ContactId
    account_id: AccountId
    name: str
    email: str
    role: str
    invited_date: str | None
    activated_date: str | None
    last_active_date: str | None


@dataclass(frozen=True)
class Task:
    id: TaskId
    account_id: AccountId
    journey_id: JourneyId | None
    position: int
    title: str
    stage: str
    due_date: str | None
    status: str
    done_date: str | None
    owner: str
    notes: str


@dataclass(frozen=True)
class Milestone:
    id: MilestoneId
    account_id: AccountId
    journey_id: JourneyId | None
    kind: str
    name: str
    target_date: str | None
    achieved_date: str | None


@dataclass(frozen=True)
class Feedback:
    id: FeedbackId
    account_id: AccountId
    contact_id: ContactId | None
    kind: str
    score: int
    comment: str
    date: str


@dataclass(frozen=True)
class Activity:
    id: ActivityId
    account_id: AccountId
    contact_id: ContactId | None
    kind: str
    date: str
    summary: str


@dataclass(frozen=True)
class Note:
    """A dated entry in an account's notes (schema 2; before, one free-text field)."""

    id: int
    account_id: AccountId
    date: str
    body: str


@dataclass(frozen=True)
class Playbook:
    id: PlaybookId
    name: str
    kind: str
    description: str
    builtin: bool


@dataclass(frozen=True)
class PlaybookStep:
    id: StepId
    playbook_id: PlaybookId
    position: int
    title: str
    stage: str
    offset_days: int
    owner_role: str
    is_milestone: bool
    milestone_kind: str | None


@dataclass(frozen=True)
class Journey:
    id: JourneyId
    account_id: AccountId
    playbook_id: PlaybookId | None
    name: str
    start_date: str


@dataclass(frozen=True)
class Segment:
    id: SegmentId
    name: str
    rule: str
    description: str
    playbook_id: PlaybookId | None
