"""The frozen rows of goals, support cases, trials and customer maturity (schema 3).

Import them from :mod:`tracker.domain_signals`, which loads this module on first use.
"""

from __future__ import annotations

from dataclasses import dataclass

from tracker.domain import AccountId, ContactId


@dataclass(frozen=True)
class Goal:
    """A SMART goal. ``scope_value`` is a segment id (as text), an owner's name or a signed
    month ``YYYY-MM`` (a cohort); empty for the portfolio."""

    id: int
    name: str
    kpi: str
    direction: str
    target: float
    scope_kind: str
    scope_value: str
    start_date: str
    baseline: float | None
    deadline: str
    closed_date: str | None
    outcome: str | None
    final_value: float | None
    notes: str


@dataclass(frozen=True)
class SupportCase:
    id: int
    account_id: AccountId
    contact_id: ContactId | None
    external_id: str | None
    subject: str
    topic: str
    severity: str
    opened_date: str
    closed_date: str | None


@dataclass(frozen=True)
class Trial:
    id: int
    account_id: AccountId
    kind: str
    start_date: str
    end_date: str | None
    converted_date: str | None


@dataclass(frozen=True)
class MaturityLevel:
    id: int
    position: int
    name: str
    use_cases: str


@dataclass(frozen=True)
class MaturityStep:
    """A level reached by an account (``contact_id`` None) or by one of its contacts."""

    id: int
    account_id: AccountId
    contact_id: ContactId | None
    level_id: int
    reached_date: str
