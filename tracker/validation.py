"""Every writable field, declared once, and the one check every value goes through.

The services (``tracker.services.base``) run each value of each write through :func:`check`,
and the importer's preview and write are meant to call the same function, so a dry run that
says "0 rejected" and the write that follows can never disagree. A value is either cleaned
into what is stored (dates as ISO text, text stripped, an integral float as an int) or
refused with one :class:`~tracker.domain.ValidationError` that names the field and a code.

Why each limit exists:

- integers stay inside SQLite's signed 64-bit range (beyond it ``sqlite3`` raises
  ``OverflowError``, which is not a refusal anyone can read) and inside a range that makes
  sense for the field (nobody has 10**30 employees);
- real numbers are finite: one stored Inf once broke every KPI; MRR is capped at 1e12 so
  a portfolio's sum stays finite;
- text has a length cap per field (the Excel report can hold 32,767 characters a cell, and
  a 200 MB name helps nobody) and no control characters (terminal escapes, NUL);
- booleans are never numbers (``True`` is not 1) and dates are read strictly.

Messages are English templates marked for translation in the ``errors`` context and
rendered through :func:`tracker.i18n.words`; field names in them come from the ``fields``
context.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from itertools import repeat
from operator import itemgetter
from typing import Any

from tracker.domain import (
    ACCOUNT_STATUSES,
    ACTIVITY_KINDS,
    CONTACT_ROLES,
    FEEDBACK_KINDS,
    MILESTONE_KINDS,
    PLAYBOOK_KINDS,
    STAGES,
    TASK_STATUSES,
    ValidationError,
)
from tracker.domain_signals import CASE_SEVERITIES, GOAL_DIRECTIONS, GOAL_OUTCOMES, GOAL_SCOPES, TRIAL_KINDS
from tracker.i18n import QT_TRANSLATE_NOOP, translate, words
from tracker.rules import CADENCES

# When a message template is offered (tracker.messages words each purpose).
TEMPLATE_PURPOSES: tuple[str, ...] = ("welcome", "kickoff", "checkin", "milestone", "at_risk", "custom")

CONTEXT = "errors"

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

MESSAGES: dict[str, str] = {
    "required": QT_TRANSLATE_NOOP("errors", "The {0} is required."),
    "not_text": QT_TRANSLATE_NOOP("errors", "The {0} must be text."),
    "too_long": QT_TRANSLATE_NOOP("errors", "The {0} is too long: {1:,} characters, at most {2:,}."),
    "control_character": QT_TRANSLATE_NOOP(
        "errors", "The {0} contains a control character (such as a terminal escape or NUL); remove it."),
    "bad_text": QT_TRANSLATE_NOOP("errors", "The {0} holds characters that are not valid text."),
    "boolean": QT_TRANSLATE_NOOP("errors", "The {0} must be a number, not true or false."),
    "not_number": QT_TRANSLATE_NOOP("errors", "The {0} must be a number."),
    "not_whole": QT_TRANSLATE_NOOP("errors", "The {0} must be a whole number."),
    "not_finite": QT_TRANSLATE_NOOP("errors", "The {0} must be a finite number, not infinity or NaN."),
    "out_of_range": QT_TRANSLATE_NOOP("errors", "The {0} must be between {1:,} and {2:,}."),
    "bad_email": QT_TRANSLATE_NOOP(
        "errors", "The {0} '{1}' is not an e-mail address (like name@example.com)."),
    "bad_date": QT_TRANSLATE_NOOP("errors", "The {0} '{1}' is not a date (use YYYY-MM-DD)."),
    "date_out_of_range": QT_TRANSLATE_NOOP("errors", "The {0} {1} is not between the years {2} and {3}."),
    "unknown_value": QT_TRANSLATE_NOOP("errors", "'{1}' is not a valid {0}."),
    "bad_reference": QT_TRANSLATE_NOOP("errors", "The {0} must be the id of an existing record."),
    "unknown_field": QT_TRANSLATE_NOOP("errors", "Unknown field(s): {0}."),
}


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

# C0 and C1 controls and DEL; tab, line feed and carriage return are allowed in multi-line text.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_CONTROL_SINGLE_LINE = re.compile("[\x00-\x1f\x7f-\x9f]")
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_FIRST = itemgetter(slice(0, 1))
# Plain ASCII addresses that email-validator always accepts (checked against it in
# tests/faults/test_import_values.py): it costs 115 us an address, too slow for a 100,000-row
# import, so only what this does not match goes to it. Special-use domains (.local, .onion...),
# IDNA labels ("--") and local parts over 64 characters are left to it too.
# Possessive quantifiers: no backtracking, about 0.8 us an address. A label's edge hyphen
# ("a@-b.io") is looked for in plain_emails.
_PLAIN_EMAIL = re.compile(r"[A-Za-z0-9_+-]++(?:\.[A-Za-z0-9_+-]++)*+@"
                          r"(?:[A-Za-z0-9-]{1,63}+\.)++[A-Za-z]{2,24}+")
# email-validator's special-use domains (test excepted: test_environment), as a label of the domain.
_SPECIAL_LABELS = tuple(f"{before}{name}{after}"
                        for name in ("arpa", "invalid", "local", "localhost", "onion")
                        for before in "@." for after in ".\n")


def field_label(entity: str, field: str) -> str:
    """How ``entity.field`` is named to the user, in the current language (the column's name if
    it has no label), so a sentence about a field never shows an English or internal name."""
    spec = FIELDS.get(entity, {}).get(field)
    return translate("fields", spec.label) if spec else field


def refuse(entity: str, field: str, code: str, *args: object) -> ValidationError:
    """The error for ``field``: the code's template, the field's translated label first."""
    label = field_label(entity, field)
    return ValidationError(words(CONTEXT, MESSAGES[code], label, *args), field, code)


def preview(value: object, limit: int = 40) -> str:
    """A short, printable form of a refused value, fit to quote in a message."""
    text = value if isinstance(value, str) else repr(value)
    shown = _CONTROL_SINGLE_LINE.sub(lambda m: f"\\x{ord(m.group()):02x}", text[: limit + 1])
    return shown[:limit] + "…" if len(text) > limit else shown


def declared(entity: str) -> bool:
    return entity in FIELDS


def check(entity: str, field: str, value: Any) -> Any:
    """``value`` as it is stored in ``entity.field``, or a ValidationError naming the field."""
    try:
        spec = FIELDS[entity][field]
    except KeyError:
        raise ValidationError(words(CONTEXT, MESSAGES["unknown_field"], field), field,
                              "unknown_field") from None
    if value is None or (isinstance(value, str) and not value.strip()):
        if spec.required:
            raise refuse(entity, field, "required")
        return spec.blank if spec.kind in ("text", "email") else None
    return _CHECKS[spec.kind](entity, field, spec, value)


def check_row(entity: str, values: Mapping[str, Any], *, creating: bool) -> dict[str, Any]:
    """Every value of a write checked; a new row must also bring every required field."""
    clean = {k: check(entity, k, v) for k, v in values.items()}
    if creating:
        for name, spec in FIELDS[entity].items():
            if spec.required and name not in values:
                raise refuse(entity, name, "required")
    return clean


def _check_text(entity: str, field: str, spec: Field, value: Any) -> str:
    if not isinstance(value, str):
        raise refuse(entity, field, "not_text")
    text = value.strip()
    if len(text) > spec.max_length:
        raise refuse(entity, field, "too_long", len(text), spec.max_length)
    if (_CONTROL if spec.multiline else _CONTROL_SINGLE_LINE).search(text):
        raise refuse(entity, field, "control_character")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: SQLite cannot store it
        raise refuse(entity, field, "bad_text") from None
    if spec.required and not any(unicodedata.category(c)[0] not in "CZ" for c in text):
        raise refuse(entity, field, "required")  # only invisible characters: as good as blank
    return text


def _check_email(entity: str, field: str, spec: Field, value: Any) -> str:
    text = _check_text(entity, field, spec, value)
    if plain_email(text):
        return text
    from email_validator import EmailNotValidError, validate_email  # 35 ms: only when needed

    try:
        # Offline: no DNS. ".test" domains are the specialist's own test data, so allowed.
        validate_email(text, check_deliverability=False, test_environment=True)
    except EmailNotValidError:
        raise refuse(entity, field, "bad_email", preview(text)) from None
    return text


def plain_email(text: str) -> bool:
    """Whether ``text`` is an ordinary address that needs no full e-mail check."""
    return plain_emails([text])


def plain_emails(texts: list[str]) -> bool:
    """Whether every one of ``texts`` is an ordinary address, tested for a whole column at once
    (each step a C loop: a 100,000-row column costs about 0.1 s)."""
    if not all(map(_PLAIN_EMAIL.fullmatch, texts)) or max(map(len, texts)) > EMAIL_MAX:
        return False
    if max(map(str.find, texts, repeat("@"))) > 64:  # the local part's length
        return False
    joined = "\n".join(texts) + "\n"
    if "--" in joined or "-." in joined or ".-" in joined or "@-" in joined:  # IDNA, an edge hyphen
        return False
    lowered = joined.lower()
    return not any(label in lowered for label in _SPECIAL_LABELS)  # substring searches: C speed


def text_fits(spec: Field, texts: list[str]) -> bool:
    """Whether every one of ``texts`` certainly passes the text check of ``spec`` (a whole column:
    its longest value, one search for control characters, one encoding); False means "look closer"."""
    if max(map(len, texts)) > spec.max_length:
        return False
    joined = " ".join(texts)
    if (_CONTROL if spec.multiline else _CONTROL_SINGLE_LINE).search(joined):
        return False
    try:
        joined.encode("utf-8")
    except UnicodeEncodeError:
        return False
    if not spec.required:
        return True
    # Each value's first character, in one string: all letters or digits means none is blank
    # or only invisible characters (a value "" has none, so the lengths differ).
    firsts = "".join(map(_FIRST, texts))
    return len(firsts) == len(texts) and firsts.isalnum()


def _number(entity: str, field: str, value: Any) -> int | float:
    if isinstance(value, bool):
        raise refuse(entity, field, "boolean")
    if not isinstance(value, int | float):
        raise refuse(entity, field, "not_number")
    if isinstance(value, float) and not math.isfinite(value):
        raise refuse(entity, field, "not_finite")
    return value


def _in_range(entity: str, field: str, spec: Field, value: int | float) -> None:
    if not spec.low <= value <= spec.high:
        low, high = (int(b) if float(b).is_integer() else b for b in (spec.low, spec.high))
        raise refuse(entity, field, "out_of_range", low, high)


def _check_int(entity: str, field: str, spec: Field, value: Any) -> int:
    number = _number(entity, field, value)
    if isinstance(number, float):
        if not number.is_integer():
            raise refuse(entity, field, "not_whole")
        number = int(number)
    _in_range(entity, field, spec, number)
    return number


def _check_real(entity: str, field: str, spec: Field, value: Any) -> float:
    number = _number(entity, field, value)
    _in_range(entity, field, spec, number)
    return float(number)


def _check_ref(entity: str, field: str, spec: Field, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= INT64_MAX:
        raise refuse(entity, field, "bad_reference")
    return value


def _check_flag(entity: str, field: str, spec: Field, value: Any) -> int:
    return int(bool(value))


def _check_choice(entity: str, field: str, spec: Field, value: Any) -> str:
    if not isinstance(value, str) or value not in spec.choices:
        error = refuse(entity, field, "unknown_value", preview(value))
        raise ValidationError(error.message, field, spec.code)
    return value


def _check_date(entity: str, field: str, spec: Field, value: Any) -> str:
    return iso_date(value, entity, field).isoformat()


def iso_date(value: object, entity: str = "", field: str = "date") -> date:
    """A date from a ``date`` or strict ``YYYY-MM-DD`` text, within the years 1900 to 2200.

    Strict because a lenient reader once took "2026-06-15garbage" for 15 June; bounded
    because a year 1 or 9999 is a typo, and day arithmetic near those ends fails.
    """
    parsed: date | None = None
    if isinstance(value, datetime):
        parsed = value.date()
    elif isinstance(value, date):
        parsed = value
    elif isinstance(value, str) and _ISO_DATE.fullmatch(value.strip()):
        try:
            parsed = date.fromisoformat(value.strip())
        except ValueError:
            parsed = None
    if parsed is None:
        raise refuse(entity, field, "bad_date", preview(value))
    if not FIRST_YEAR <= parsed.year <= LAST_YEAR:
        raise refuse(entity, field, "date_out_of_range", parsed.isoformat(), FIRST_YEAR, LAST_YEAR)
    return parsed


_CHECKS = {
    "text": _check_text, "email": _check_email, "int": _check_int, "real": _check_real,
    "date": _check_date, "choice": _check_choice, "ref": _check_ref, "flag": _check_flag,
}


def usable_mrr_sql(column: str = "mrr") -> str:
    """SQL reading a stored MRR, NULL where it is not a number the services would accept.

    A file written by an older version may hold Inf, a huge value or text; every KPI and
    view reads MRR through this, so such a value is "no data", never a crash or an Inf sum.
    """
    return (f"(CASE WHEN typeof({column}) IN ('integer', 'real') AND {column} BETWEEN 0 AND "
            f"{MRR_MAX:.0f} THEN {column} END)")
