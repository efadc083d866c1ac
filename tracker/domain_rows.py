"""The frozen rows services hand out: accounts, contacts, tasks, milestones, playbooks...

Rows are plain frozen dataclasses so the UI models can hold them in lists and never
run SQL from ``data()``. Import them from :mod:`tracker.domain`, which loads this module
on first use.
"""

from __future__ import annotations

from dataclasses import dataclass

from tracker.domain import (
    AccountId,
    ActivityId,
    ContactId,
    FeedbackId,
    JourneyId,
    MilestoneId,
    PlaybookId,
    SegmentId,
    StepId,
    TaskId,
)


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
