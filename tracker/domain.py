"""Domain vocabulary: ids, enumerations and the frozen rows services hand out.

Rows are plain frozen dataclasses so the UI models can hold them in lists and never
run SQL from ``data()``. They are defined in :mod:`tracker.domain_rows` and imported from
here as always (``from tracker.domain import Account``); that module loads on first use.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, NewType

from tracker.lazy_rows import rows_on_first_use

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


# The row classes load on first use (PEP 562): defining eleven frozen dataclasses costs
# the app's start about 15 ms, and its first paint needs only the ids, vocabularies and
# errors above.
if TYPE_CHECKING:
    from tracker.domain_rows import Account as Account
    from tracker.domain_rows import Activity as Activity
    from tracker.domain_rows import Contact as Contact
    from tracker.domain_rows import Feedback as Feedback
    from tracker.domain_rows import Journey as Journey
    from tracker.domain_rows import Milestone as Milestone
    from tracker.domain_rows import Note as Note
    from tracker.domain_rows import Playbook as Playbook
    from tracker.domain_rows import PlaybookStep as PlaybookStep
    from tracker.domain_rows import Segment as Segment
    from tracker.domain_rows import Task as Task

_ROWS = frozenset(("Account", "Contact", "Task", "Milestone", "Feedback", "Activity", "Note",
                   "Playbook", "PlaybookStep", "Journey", "Segment"))

__getattr__ = rows_on_first_use(__name__, "tracker.domain_rows", _ROWS)
