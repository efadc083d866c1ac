"""Every writable field, declared once: what each column accepts and the limits it is held to.

It is its own module because the declarations are data, read by more than the one check in
:mod:`tracker.validation`: the importer (``tracker.excel.row_checks``) reads a column's
:class:`Field` to test a whole column at once, and the user guide quotes the caps. Keeping the
table apart from the code that enforces it lets either change without scrolling past the other.

Why each limit exists:

- integers stay inside SQLite's signed 64-bit range (beyond it ``sqlite3`` raises
  ``OverflowError``, which is not a refusal anyone can read) and inside a range that makes
  sense for the field (nobody has 10**30 employees);
- real numbers are finite: one stored Inf once broke every KPI; MRR is capped at 1e12 so
  a portfolio's sum stays finite;
- text has a length cap per field (the Excel report can hold 32,767 characters a cell, and
  a 200 MB name helps nobody) and no control characters (terminal escapes, NUL);
- booleans are never numbers (``True`` is not 1) and dates are read strictly.

Field labels are marked for translation in the ``fields`` context.
"""

from __future__ import annotations

from dataclasses import dataclass

from tracker.domain import (
    ACCOUNT_STATUSES,
    ACTIVITY_KINDS,
    CONTACT_ROLES,
    FEEDBACK_KINDS,
    MILESTONE_KINDS,
    PLAYBOOK_KINDS,
    STAGES,
    TASK_STATUSES,
)
from tracker.domain_signals import CASE_SEVERITIES, GOAL_DIRECTIONS, GOAL_OUTCOMES, GOAL_SCOPES, TRIAL_KINDS
from tracker.i18n import QT_TRANSLATE_NOOP
from tracker.rules import CADENCES

# When a message template is offered (tracker.messages words each purpose).
TEMPLATE_PURPOSES: tuple[str, ...] = ("welcome", "kickoff", "checkin", "milestone", "at_risk", "custom")

INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1
MRR_MAX = 1e12
FIRST_YEAR, LAST_YEAR = 1900, 2200

# Text caps, in characters. Listed here so the user guide and the importer can quote them.
NAME_MAX = 200          # account, contact, milestone, segment, playbook and journey names
TITLE_MAX = 500         # task and playbook step titles
EMAIL_MAX = 254         # RFC 5321's limit on a forward path
SHORT_MAX = 100         # external id, industry, region, plan, owner, owner role
LIST_MAX = 2_000        # products, a segment's rule
LONG_MAX = 20_000       # notes, comments, summaries, descriptions


@dataclass(frozen=True)
class Field:
    """What one column accepts. ``kind`` is text, email, int, real, date, choice, ref or flag."""

    kind: str
    label: str
    required: bool = False
    max_length: int = 0
    multiline: bool = False
    low: float = 0
    high: float = 0
    choices: tuple[str, ...] = ()
    # What a blank optional text becomes: "" for NOT NULL columns, None where NULL means "none".
    blank: str | None = ""
    # Code of a refused choice (existing callers match "unknown_status", "unknown_stage").
    code: str = "unknown_value"


def _text(label: str, max_length: int, *, required: bool = False, multiline: bool = False,
          blank: str | None = "") -> Field:
    return Field("text", label, required, max_length, multiline, blank=blank)


def _int(label: str, low: int, high: int, *, required: bool = False) -> Field:
    return Field("int", label, required, low=low, high=high)


def _date(label: str, *, required: bool = False) -> Field:
    return Field("date", label, required)


def _choice(label: str, choices: tuple[str, ...], code: str = "unknown_value", *,
            required: bool = False) -> Field:
    return Field("choice", label, required, choices=choices, code=code)


def _ref(label: str, *, required: bool = False) -> Field:
    return Field("ref", label, required)


_STAGE = _choice(QT_TRANSLATE_NOOP("fields", "stage"), STAGES, "unknown_stage")
_NAME = _text(QT_TRANSLATE_NOOP("fields", "name"), NAME_MAX, required=True)

FIELDS: dict[str, dict[str, Field]] = {
    "account": {
        "external_id": _text(QT_TRANSLATE_NOOP("fields", "external id"), SHORT_MAX, blank=None),
        "name": _NAME,
        "industry": _text(QT_TRANSLATE_NOOP("fields", "industry"), SHORT_MAX),
        "company_size": _int(QT_TRANSLATE_NOOP("fields", "company size"), 0, 10_000_000),
        "region": _text(QT_TRANSLATE_NOOP("fields", "region"), SHORT_MAX),
        "plan": _text(QT_TRANSLATE_NOOP("fields", "plan"), SHORT_MAX),
        "mrr": Field("real", QT_TRANSLATE_NOOP("fields", "MRR"), low=0, high=MRR_MAX),
        "tech_proficiency": _int(QT_TRANSLATE_NOOP("fields", "technical proficiency"), 1, 5),
        "owner": _text(QT_TRANSLATE_NOOP("fields", "owner"), SHORT_MAX),
        "segment_id": _ref(QT_TRANSLATE_NOOP("fields", "segment")),
        "status": _choice(QT_TRANSLATE_NOOP("fields", "status"), ACCOUNT_STATUSES, "unknown_status"),
        "stage": _STAGE,
        "signed_date": _date(QT_TRANSLATE_NOOP("fields", "signed date")),
        "kickoff_date": _date(QT_TRANSLATE_NOOP("fields", "kickoff date")),
        "target_golive_date": _date(QT_TRANSLATE_NOOP("fields", "target go-live date")),
        "golive_date": _date(QT_TRANSLATE_NOOP("fields", "go-live date")),
        "first_value_date": _date(QT_TRANSLATE_NOOP("fields", "first value date")),
        "churned_date": _date(QT_TRANSLATE_NOOP("fields", "churned date")),
        "products": _text(QT_TRANSLATE_NOOP("fields", "products"), LIST_MAX),
        "notes": _text(QT_TRANSLATE_NOOP("fields", "notes"), LONG_MAX, multiline=True),
    },
    "contact": {
        "account_id": _ref(QT_TRANSLATE_NOOP("fields", "account"), required=True),
        "name": _text(QT_TRANSLATE_NOOP("fields", "contact's name"), NAME_MAX, required=True),
        "email": Field("email", QT_TRANSLATE_NOOP("fields", "e-mail"), max_length=EMAIL_MAX),
        "role": _choice(QT_TRANSLATE_NOOP("fields", "role"), CONTACT_ROLES),
        "invited_date": _date(QT_TRANSLATE_NOOP("fields", "invited date")),
        "activated_date": _date(QT_TRANSLATE_NOOP("fields", "activated date")),
        "last_active_date": _date(QT_TRANSLATE_NOOP("fields", "last active date")),
    },
    "task": {
        "account_id": _ref(QT_TRANSLATE_NOOP("fields", "account"), required=True),
        "journey_id": _ref(QT_TRANSLATE_NOOP("fields", "journey")),
        "position": _int(QT_TRANSLATE_NOOP("fields", "position"), 0, 1_000_000),
        "title": _text(QT_TRANSLATE_NOOP("fields", "task title"), TITLE_MAX, required=True),
        "stage": _STAGE,
        "due_date": _date(QT_TRANSLATE_NOOP("fields", "due date")),
        "status": _choice(QT_TRANSLATE_NOOP("fields", "task status"), TASK_STATUSES, "unknown_status"),
        "done_date": _date(QT_TRANSLATE_NOOP("fields", "done date")),
        "owner": _text(QT_TRANSLATE_NOOP("fields", "owner"), SHORT_MAX),
        "notes": _text(QT_TRANSLATE_NOOP("fields", "notes"), LONG_MAX, multiline=True),
    },
    "milestone": {
        "account_id": _ref(QT_TRANSLATE_NOOP("fields", "account"), required=True),
        "journey_id": _ref(QT_TRANSLATE_NOOP("fields", "journey")),
        "kind": _choice(QT_TRANSLATE_NOOP("fields", "milestone kind"), MILESTONE_KINDS),
        "name": _text(QT_TRANSLATE_NOOP("fields", "milestone's name"), NAME_MAX, required=True),
        "target_date": _date(QT_TRANSLATE_NOOP("fields", "target date")),
        "achieved_date": _date(QT_TRANSLATE_NOOP("fields", "achieved date")),
    },
    "feedback": {
        "account_id": _ref(QT_TRANSLATE_NOOP("fields", "account"), required=True),
        "contact_id": _ref(QT_TRANSLATE_NOOP("fields", "contact")),
        "kind": _choice(QT_TRANSLATE_NOOP("fields", "feedback kind"), FEEDBACK_KINDS, required=True),
        # The range by kind (CSAT 1 to 5, NPS 0 to 10) is checked with the kind, in the service.
        "score": _int(QT_TRANSLATE_NOOP("fields", "score"), 0, 10, required=True),
        "comment": _text(QT_TRANSLATE_NOOP("fields", "comment"), LONG_MAX, multiline=True),
        "date": _date(QT_TRANSLATE_NOOP("fields", "feedback date"), required=True),
    },
    "activity": {
        "account_id": _ref(QT_TRANSLATE_NOOP("fields", "account"), required=True),
        "contact_id": _ref(QT_TRANSLATE_NOOP("fields", "contact")),
        "kind": _choice(QT_TRANSLATE_NOOP("fields", "activity kind"), ACTIVITY_KINDS, required=True),
        "date": _date(QT_TRANSLATE_NOOP("fields", "activity date"), required=True),
        "summary": _text(QT_TRANSLATE_NOOP("fields", "summary"), LONG_MAX, multiline=True),
    },
    "account_note": {
        "account_id": _ref(QT_TRANSLATE_NOOP("fields", "account"), required=True),
        "date": _date(QT_TRANSLATE_NOOP("fields", "note's date"), required=True),
        "body": _text(QT_TRANSLATE_NOOP("fields", "note's text"), LONG_MAX, required=True, multiline=True),
    },
    "segment": {
        "name": _text(QT_TRANSLATE_NOOP("fields", "segment's name"), NAME_MAX, required=True),
        "rule": _text(QT_TRANSLATE_NOOP("fields", "rule"), LIST_MAX),
        "description": _text(QT_TRANSLATE_NOOP("fields", "description"), LONG_MAX, multiline=True),
        "playbook_id": _ref(QT_TRANSLATE_NOOP("fields", "playbook")),
    },
    "playbook": {
        "name": _text(QT_TRANSLATE_NOOP("fields", "playbook's name"), NAME_MAX, required=True),
        "kind": _choice(QT_TRANSLATE_NOOP("fields", "playbook kind"), PLAYBOOK_KINDS),
        "description": _text(QT_TRANSLATE_NOOP("fields", "description"), LONG_MAX, multiline=True),
    },
    "playbook_step": {
        "playbook_id": _ref(QT_TRANSLATE_NOOP("fields", "playbook"), required=True),
        "position": _int(QT_TRANSLATE_NOOP("fields", "position"), 0, 1_000_000, required=True),
        "title": _text(QT_TRANSLATE_NOOP("fields", "step title"), TITLE_MAX, required=True),
        "stage": _STAGE,
        "offset_days": _int(QT_TRANSLATE_NOOP("fields", "due offset in days"), 0, 3650),
        "owner_role": _text(QT_TRANSLATE_NOOP("fields", "owner role"), SHORT_MAX),
        "is_milestone": Field("flag", QT_TRANSLATE_NOOP("fields", "milestone flag")),
        "milestone_kind": _choice(QT_TRANSLATE_NOOP("fields", "milestone kind"), MILESTONE_KINDS),
    },
    # Schema 3: goals, support cases, trials, maturity. A goal's KPI key and a real target
    # are checked against the KPI list in the goal service (the list lives in tracker.kpi).
    "goal": {
        "name": _text(QT_TRANSLATE_NOOP("fields", "goal's name"), NAME_MAX, required=True),
        "kpi": _text(QT_TRANSLATE_NOOP("fields", "KPI"), SHORT_MAX, required=True),
        "direction": _choice(QT_TRANSLATE_NOOP("fields", "direction"), GOAL_DIRECTIONS),
        "target": Field("real", QT_TRANSLATE_NOOP("fields", "target value"), required=True, low=-1e9,
                        high=1e9),
        "scope_kind": _choice(QT_TRANSLATE_NOOP("fields", "scope"), GOAL_SCOPES),
        "scope_value": _text(QT_TRANSLATE_NOOP("fields", "scope value"), SHORT_MAX),
        "start_date": _date(QT_TRANSLATE_NOOP("fields", "start date"), required=True),
        "baseline": Field("real", QT_TRANSLATE_NOOP("fields", "baseline"), low=-1e9, high=1e9),
        "deadline": _date(QT_TRANSLATE_NOOP("fields", "deadline"), required=True),
        "closed_date": _date(QT_TRANSLATE_NOOP("fields", "closed date")),
        "outcome": _choice(QT_TRANSLATE_NOOP("fields", "outcome"), GOAL_OUTCOMES),
        "final_value": Field("real", QT_TRANSLATE_NOOP("fields", "final value"), low=-1e9, high=1e9),
        "notes": _text(QT_TRANSLATE_NOOP("fields", "notes"), LONG_MAX, multiline=True),
    },
    "support_case": {
        "account_id": _ref(QT_TRANSLATE_NOOP("fields", "account"), required=True),
        "contact_id": _ref(QT_TRANSLATE_NOOP("fields", "contact")),
        "external_id": _text(QT_TRANSLATE_NOOP("fields", "case number"), SHORT_MAX, blank=None),
        "subject": _text(QT_TRANSLATE_NOOP("fields", "subject"), TITLE_MAX),
        "topic": _text(QT_TRANSLATE_NOOP("fields", "topic"), SHORT_MAX),
        "severity": _choice(QT_TRANSLATE_NOOP("fields", "severity"), CASE_SEVERITIES),
        "opened_date": _date(QT_TRANSLATE_NOOP("fields", "opened date"), required=True),
        "closed_date": _date(QT_TRANSLATE_NOOP("fields", "closed date")),
    },
    "trial": {
        "account_id": _ref(QT_TRANSLATE_NOOP("fields", "account"), required=True),
        "kind": _choice(QT_TRANSLATE_NOOP("fields", "trial kind"), TRIAL_KINDS),
        "start_date": _date(QT_TRANSLATE_NOOP("fields", "trial start date"), required=True),
        "end_date": _date(QT_TRANSLATE_NOOP("fields", "trial end date")),
        "converted_date": _date(QT_TRANSLATE_NOOP("fields", "converted date")),
    },
    "maturity_level": {
        "position": _int(QT_TRANSLATE_NOOP("fields", "position"), 1, 1000, required=True),
        "name": _text(QT_TRANSLATE_NOOP("fields", "level's name"), NAME_MAX, required=True),
        "use_cases": _text(QT_TRANSLATE_NOOP("fields", "use cases"), LONG_MAX, multiline=True),
    },
    "maturity_step": {
        "account_id": _ref(QT_TRANSLATE_NOOP("fields", "account"), required=True),
        "contact_id": _ref(QT_TRANSLATE_NOOP("fields", "contact")),
        "level_id": _ref(QT_TRANSLATE_NOOP("fields", "maturity level"), required=True),
        "reached_date": _date(QT_TRANSLATE_NOOP("fields", "date reached"), required=True),
    },
    "checkin_cadence": {
        "account_id": _ref(QT_TRANSLATE_NOOP("fields", "account"), required=True),
        "cadence": _choice(QT_TRANSLATE_NOOP("fields", "check-in cadence"), CADENCES, required=True),
        "days": _int(QT_TRANSLATE_NOOP("fields", "days between check-ins"), 1, 365),
    },
    "segment_checkin_cadence": {
        "segment_id": _ref(QT_TRANSLATE_NOOP("fields", "segment"), required=True),
        "cadence": _choice(QT_TRANSLATE_NOOP("fields", "check-in cadence"), CADENCES, required=True),
        "days": _int(QT_TRANSLATE_NOOP("fields", "days between check-ins"), 1, 365),
    },
    "message_template": {
        "purpose": _choice(QT_TRANSLATE_NOOP("fields", "template purpose"), TEMPLATE_PURPOSES),
        "language": _text(QT_TRANSLATE_NOOP("fields", "language"), 20),
        "name": _text(QT_TRANSLATE_NOOP("fields", "template's name"), NAME_MAX, required=True),
        "subject": _text(QT_TRANSLATE_NOOP("fields", "subject"), TITLE_MAX),
        "body": _text(QT_TRANSLATE_NOOP("fields", "message text"), LONG_MAX, multiline=True),
    },
}
