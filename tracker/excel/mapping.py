"""Which column of a user's sheet feeds which field: headers matched by label and synonyms.

A CRM export says "Company" and "Go live"; our own report says "Account" and "Target go-live".
Headers are compared after dropping case, spaces and punctuation, so "Go-Live", "go live"
and "GO_LIVE" are the same. The result is only a proposal: the import dialog lets the user
correct it before anything is read into the preview.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from tracker.excel.notices import (
    COMBINED_NAME,
    CRM_ID,
    KIND_CHOSEN,
    KIND_HEADERS,
    KIND_PEOPLE_EMAIL,
    KIND_PEOPLE_UNSURE,
    KIND_SHEET_NAME,
    Notice,
)
from tracker.excel.people import people_column
from tracker.excel.synonyms import STRONG, WEAK
from tracker.i18n import QT_TRANSLATE_NOOP

KINDS: tuple[str, ...] = ("accounts", "contacts", "tasks", "milestones", "feedback")
# Marked in "ImportDialog", where the import dialog words them (FieldSpec labels: "ImportFields").
KIND_LABELS = {"accounts": QT_TRANSLATE_NOOP("ImportDialog", "Accounts"),
               "contacts": QT_TRANSLATE_NOOP("ImportDialog", "Contacts"),
               "tasks": QT_TRANSLATE_NOOP("ImportDialog", "Checklist tasks"),
               "milestones": QT_TRANSLATE_NOOP("ImportDialog", "Milestones"),
               "feedback": QT_TRANSLATE_NOOP("ImportDialog", "Feedback")}


@dataclass(frozen=True)
class FieldSpec:
    """One importable field: ``label`` is the header our exports and template write."""

    key: str
    label: str
    type: str  # text, date, int, money, choice kinds, ref
    synonyms: tuple[str, ...] = ()
    required: bool = False


ACCOUNT_LABEL = QT_TRANSLATE_NOOP("ImportFields", "Account")


def _refs(name_label: str = ACCOUNT_LABEL) -> tuple[FieldSpec, ...]:
    return (
        FieldSpec("account_id", QT_TRANSLATE_NOOP("ImportFields", "Account ID"),
                  "id", ("tracker account id",)),
        FieldSpec("account_external_id", QT_TRANSLATE_NOOP("ImportFields", "Account CRM ID"), "text",
                  ("crm id", "account external id", "external id", "customer id", "account number")),
        FieldSpec("account_name", name_label, "text",
                  ("account name", "company", "company name", "customer", "customer name", "client",
                   "organisation", "organization")),
    )


FIELDS: dict[str, tuple[FieldSpec, ...]] = {
    "accounts": (
        FieldSpec("account_id", QT_TRANSLATE_NOOP("ImportFields", "Account ID"),
                  "id", ("tracker id", "tracker account id")),
        FieldSpec("external_id", QT_TRANSLATE_NOOP("ImportFields", "CRM ID"), "text",
                  ("external id", "crm", "customer id", "salesforce id", "hubspot id", "id",
                   "account number", "crm account id", "account crm id")),
        FieldSpec("name", QT_TRANSLATE_NOOP("ImportFields", "Account"), "text",
                  ("account name", "company", "company name", "customer", "customer name", "client",
                   "client name", "organisation", "organization", "name"), required=True),
        FieldSpec("industry", QT_TRANSLATE_NOOP("ImportFields", "Industry"), "text", ("sector", "vertical")),
        FieldSpec("company_size", QT_TRANSLATE_NOOP("ImportFields", "Employees"), "int",
                  ("company size", "size", "headcount", "employee count", "number of employees")),
        FieldSpec("region", QT_TRANSLATE_NOOP("ImportFields", "Region"),
                  "text", ("territory", "geo", "geography")),
        FieldSpec("plan", QT_TRANSLATE_NOOP("ImportFields", "Plan"),
                  "text", ("tier", "package", "edition", "subscription")),
        FieldSpec("mrr", QT_TRANSLATE_NOOP("ImportFields", "MRR"), "money",
                  ("monthly recurring revenue", "mrr usd", "monthly revenue", "revenue")),
        FieldSpec("tech_proficiency", QT_TRANSLATE_NOOP("ImportFields", "Tech proficiency"), "int",
                  ("technical proficiency", "tech level", "proficiency")),
        FieldSpec("owner", QT_TRANSLATE_NOOP("ImportFields", "Owner"), "text",
                  ("csm", "account owner", "specialist", "customer success manager", "assigned to",
                   "onboarding manager")),
        FieldSpec("segment", QT_TRANSLATE_NOOP("ImportFields", "Segment"), "segment", ("customer segment",)),
        FieldSpec("status", QT_TRANSLATE_NOOP("ImportFields", "Status"),
                  "account_status", ("lifecycle", "lifecycle status", "account status")),
        FieldSpec("stage", QT_TRANSLATE_NOOP("ImportFields", "Stage"),
                  "stage", ("onboarding stage", "phase", "current stage")),
        FieldSpec("signed_date", QT_TRANSLATE_NOOP("ImportFields", "Signed"), "date",
                  ("signed date", "contract start", "contract date", "start date", "close date",
                   "closed won date", "date signed")),
        FieldSpec("kickoff_date", QT_TRANSLATE_NOOP("ImportFields", "Kickoff"),
                  "date", ("kickoff date", "kick off", "kick off date")),
        FieldSpec("target_golive_date", QT_TRANSLATE_NOOP("ImportFields", "Target go-live"), "date",
                  ("go live", "go live date", "target go live date", "target launch", "launch date",
                   "planned go live")),
        FieldSpec("golive_date", QT_TRANSLATE_NOOP("ImportFields", "Actual go-live"), "date",
                  ("went live", "live date", "actual go live date", "golive actual", "go live actual")),
        FieldSpec("first_value_date", QT_TRANSLATE_NOOP("ImportFields", "First value"), "date",
                  ("first value date", "time to value date", "ttv date", "value reached")),
        FieldSpec("churned_date", QT_TRANSLATE_NOOP("ImportFields", "Churned"), "date",
                  ("churn date", "churned date", "cancellation date", "cancelled")),
        FieldSpec("products", QT_TRANSLATE_NOOP("ImportFields", "Products"), "text", ("product",)),
        FieldSpec("notes", QT_TRANSLATE_NOOP("ImportFields", "Notes"),
                  "text", ("note", "comments", "comment")),
    ),
    "contacts": (
        FieldSpec("contact_id", QT_TRANSLATE_NOOP("ImportFields", "Contact ID"), "id", ()),
        *_refs(),
        FieldSpec("name", QT_TRANSLATE_NOOP("ImportFields", "Contact"), "text",
                  ("contact name", "full name", "person", "user"), required=True),
        FieldSpec("first_name", QT_TRANSLATE_NOOP("ImportFields", "First name"), "text", ()),
        FieldSpec("last_name", QT_TRANSLATE_NOOP("ImportFields", "Last name"), "text", ()),
        FieldSpec("email", QT_TRANSLATE_NOOP("ImportFields", "E-mail"),
                  "text", ("email address", "mail", "contact email")),
        FieldSpec("role", QT_TRANSLATE_NOOP("ImportFields", "Role"), "role", ("contact role", "user role")),
        FieldSpec("invited_date", QT_TRANSLATE_NOOP("ImportFields", "Invited"),
                  "date", ("invited date", "invite date", "invitation sent")),
        FieldSpec("activated_date", QT_TRANSLATE_NOOP("ImportFields", "Activated"), "date",
                  ("activated date", "activation date", "first login")),
        FieldSpec("last_active_date", QT_TRANSLATE_NOOP("ImportFields", "Last active"), "date",
                  ("last active date", "last login", "last seen")),
    ),
    "tasks": (
        FieldSpec("task_id", QT_TRANSLATE_NOOP("ImportFields", "Task ID"), "id", ()),
        *_refs(),
        FieldSpec("title", QT_TRANSLATE_NOOP("ImportFields", "Task"), "text",
                  ("title", "task name", "item", "checklist item", "step", "action"), required=True),
        FieldSpec("stage", QT_TRANSLATE_NOOP("ImportFields", "Stage"), "stage", ("phase",)),
        FieldSpec("due_date", QT_TRANSLATE_NOOP("ImportFields", "Due"),
                  "date", ("due date", "deadline", "due by")),
        FieldSpec("status", QT_TRANSLATE_NOOP("ImportFields", "Status"),
                  "task_status", ("task status", "state")),
        FieldSpec("done_date", QT_TRANSLATE_NOOP("ImportFields", "Done"), "date",
                  ("done date", "completed", "completed date", "completion date", "finished")),
        FieldSpec("owner", QT_TRANSLATE_NOOP("ImportFields", "Owner"),
                  "text", ("assignee", "assigned to", "responsible")),
        FieldSpec("notes", QT_TRANSLATE_NOOP("ImportFields", "Notes"),
                  "text", ("note", "comments", "comment")),
    ),
    "milestones": (
        FieldSpec("milestone_id", QT_TRANSLATE_NOOP("ImportFields", "Milestone ID"), "id", ()),
        *_refs(),
        FieldSpec("name", QT_TRANSLATE_NOOP("ImportFields", "Milestone"),
                  "text", ("milestone name", "name", "goal"), required=True),
        FieldSpec("kind", QT_TRANSLATE_NOOP("ImportFields", "Kind"),
                  "milestone_kind", ("type", "milestone kind", "milestone type")),
        FieldSpec("target_date", QT_TRANSLATE_NOOP("ImportFields", "Target"), "date",
                  ("target date", "planned", "planned date", "due", "due date")),
        FieldSpec("achieved_date", QT_TRANSLATE_NOOP("ImportFields", "Achieved"), "date",
                  ("achieved date", "actual", "actual date", "reached", "completed")),
    ),
    "feedback": (
        FieldSpec("feedback_id", QT_TRANSLATE_NOOP("ImportFields", "Feedback ID"), "id", ()),
        *_refs(),
        FieldSpec("contact_email", QT_TRANSLATE_NOOP("ImportFields", "Contact e-mail"), "text",
                  ("contact email", "email", "e mail", "respondent email", "respondent")),
        FieldSpec("kind", QT_TRANSLATE_NOOP("ImportFields", "Survey"),
                  "feedback_kind", ("kind", "type", "survey type", "metric")),
        FieldSpec("score", QT_TRANSLATE_NOOP("ImportFields", "Score"),
                  "int", ("rating", "response", "csat score", "nps score", "value"),
                  required=True),
        FieldSpec("comment", QT_TRANSLATE_NOOP("ImportFields", "Comment"),
                  "text", ("comments", "verbatim", "feedback", "text", "notes")),
        FieldSpec("date", QT_TRANSLATE_NOOP("ImportFields", "Date"),
                  "date", ("response date", "submitted", "survey date", "responded")),
    ),
}

# Fields that identify a row; a sheet without any of them cannot be of that kind.
KEY_FIELDS = {
    "accounts": ("account_id", "external_id", "name"),
    "contacts": ("contact_id", "email", "name", "first_name", "last_name"),
    "tasks": ("task_id", "title"),
    "milestones": ("milestone_id", "name"),
    "feedback": ("feedback_id", "score"),
}
# Rows of the other kinds belong to an account: the sheet must say which (or carry the row's id).
OWNER_FIELDS = {
    "accounts": ("account_id", "external_id", "name"),
    "contacts": ("contact_id", "account_id", "account_external_id", "account_name"),
    "tasks": ("task_id", "account_id", "account_external_id", "account_name"),
    "milestones": ("milestone_id", "account_id", "account_external_id", "account_name"),
    "feedback": ("feedback_id", "account_id", "account_external_id", "account_name"),
}
SHEET_HINTS = {"accounts": ("accounts", "account", "customers", "companies"),
               "contacts": ("contacts", "users", "people"),
               "tasks": ("checklisttasks", "tasks", "checklist"),
               "milestones": ("milestones",),
               "feedback": ("feedback", "surveys", "responses", "csat", "nps")}


def header_key(text: object) -> str:
    """The comparable form of a header: lowercase letters and digits only."""
    return _key(str(text or ""))


@lru_cache(maxsize=8192)
def _key(text: str) -> str:  # cached: detecting a thousand sheets compares the same few headers
    return re.sub(r"[^0-9a-z%]", "", text.lower())


@lru_cache(maxsize=8192, typed=True)  # typed: True, 1 and 1.0 are three headers ("True", "1", "1.0")
def _cell_key(value: object) -> str:
    """:func:`header_key` of one cell, cached by the cell itself: the scan of a thousand sheets
    for a header row then costs one C call per cell."""
    return header_key(value)


# How exactly a header names a field; the highest claim on a field wins it.
EXACT_LABEL, EXACT_KEY, STRONG_FIT, WEAK_FIT = 5, 4, 3, 1


def _fits(kind: str) -> dict[str, list[tuple[int, str]]]:
    """header key -> [(strength, field)], every field a header may feed."""
    best: dict[tuple[str, str], int] = {}

    def add(name: str, key: str, strength: int) -> None:
        slot = (header_key(name), key)
        best[slot] = max(best.get(slot, 0), strength)

    for spec in FIELDS[kind]:
        add(spec.label, spec.key, EXACT_LABEL)
        add(spec.key, spec.key, EXACT_KEY)
        for name in spec.synonyms:
            add(name, spec.key, STRONG_FIT)
    keys = {spec.key for spec in FIELDS[kind]}
    for extra, strength in ((STRONG, STRONG_FIT), (WEAK, WEAK_FIT)):
        for key, names in extra.get(kind, {}).items():
            for name in names:
                if key in keys:
                    add(name, key, strength)
    if kind in ("tasks", "milestones", "feedback"):
        add("account id", "account_external_id", WEAK_FIT)  # another system's account id
    order = {spec.key: i for i, spec in enumerate(FIELDS[kind])}
    table: dict[str, list[tuple[int, str]]] = {}
    for (name, key), strength in best.items():
        table.setdefault(name, []).append((strength, key))
    for fits in table.values():
        fits.sort(key=lambda f: (-f[0], order[f[1]]))
    return table


_FITS = {kind: _fits(kind) for kind in KINDS}
_ANY_FIT = frozenset(name for table in _FITS.values() for name in table)


def field_spec(kind: str, key: str) -> FieldSpec:
    for spec in FIELDS[kind]:
        if spec.key == key:
            return spec
    raise KeyError(key)


@dataclass
class ColumnMapping:
    """The sheet's kind, its header row and, per column, the field it feeds (None = ignored).

    ``reason`` says why the kind was guessed (a code of ``tracker.excel.notices``); ``sure``
    is False when the guess is a question the user must answer by choosing the kind.
    ``date_order`` is the user's answer to an ambiguous-date question (dmy, mdy or ymd).
    """

    kind: str
    header_row: int  # 0-based index into the sheet's rows
    headers: list[str]
    fields: list[str | None] = field(default_factory=list)
    reason: Notice = field(default_factory=lambda: Notice(KIND_CHOSEN))
    sure: bool = True
    date_order: str | None = None
    notices: list[Notice] = field(default_factory=list)

    def mapped(self) -> dict[str, int]:
        return {key: col for col, key in enumerate(self.fields) if key is not None}

    def ignored_headers(self) -> list[str]:
        return [h for h, key in zip(self.headers, self.fields, strict=True) if key is None and h]

    def set_field(self, column: int, key: str | None) -> None:
        """Map ``column`` to ``key``; a field feeds one column only, so its old column is freed."""
        if key is not None:
            for index, existing in enumerate(self.fields):
                if existing == key:
                    self.fields[index] = None
        self.fields[column] = key

    def copy(self) -> ColumnMapping:
        return replace(self, headers=list(self.headers), fields=list(self.fields),
                       notices=list(self.notices))


def match_headers(kind: str, headers: list[Any], banned: frozenset[tuple[int, str]] = frozenset()
                  ) -> list[str | None]:
    """Give each field to the header that names it most exactly; a header that loses falls to the
    next field it fits, and one that fits nothing stays None (shown as ignored).

    Ties go to the leftmost column. ``banned`` holds (column, field) pairs the values ruled out.
    """
    fits = _FITS[kind]
    claims = sorted(((strength, col, key) for col, header in enumerate(headers)
                     for strength, key in fits.get(header_key(header), ())
                     if (col, key) not in banned), key=lambda c: (-c[0], c[1]))
    result: list[str | None] = [None] * len(headers)
    taken: set[str] = set()
    for _strength, col, key in claims:
        if result[col] is None and key not in taken:
            result[col] = key
            taken.add(key)
    return result


def _score(kind: str, fields: list[str | None], sheet_name: str) -> int:
    found = [f for f in fields if f is not None]
    if len(found) < (1 if kind == "accounts" else 2) or not any(f in KEY_FIELDS[kind] for f in found):
        return 0
    people = kind == "contacts" and any(f in ("email", "first_name", "last_name") for f in found)
    if not people and not any(f in OWNER_FIELDS[kind] for f in found):
        return 0
    bonus = 3 if header_key(sheet_name) in SHEET_HINTS[kind] else 0
    return len(found) * 2 + bonus


def _filled(value: Any) -> bool:
    return value is not None and value != ""


def _header_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _column(rows: list[list[Any]], header_row: int, col: int, limit: int = 200) -> list[Any]:
    body = rows[header_row + 1: header_row + 1 + limit]
    return [r[col] for r in body if col < len(r) and _filled(r[col])]


def _whole(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return True
    if isinstance(value, float):
        return value.is_integer()
    return isinstance(value, str) and value.strip().isdecimal()


def _build(kind: str, header_row: int, rows: list[list[Any]]) -> ColumnMapping:
    """Match the header row, then let the values overrule: an id column holding another system's
    ids ("0015g00000AbCdE") is never our internal id, and falls to the CRM ID field."""
    headers = [_header_text(v) for v in rows[header_row]]
    width = max((len(r) for r in rows), default=0)
    headers += [""] * (width - len(headers))
    banned: set[tuple[int, str]] = set()
    notices: list[Notice] = []
    fields = match_headers(kind, headers)
    for col, key in enumerate(fields):
        if key is None or field_spec(kind, key).type != "id":
            continue
        foreign = next((v for v in _column(rows, header_row, col) if not _whole(v)), None)
        if foreign is not None:
            banned.add((col, key))
            notices.append(Notice(CRM_ID, {"column": headers[col], "example": str(foreign)[:20]}))
    if banned:
        fields = match_headers(kind, headers, frozenset(banned))
    mapping = ColumnMapping(kind, header_row, headers, fields, notices=notices)
    if "first_name" in fields and "last_name" in fields and "name" not in fields:
        notices.append(Notice(COMBINED_NAME, {"first": headers[fields.index("first_name")],
                                              "last": headers[fields.index("last_name")]}))
    return mapping


def detect_mapping(rows: list[list[Any]], sheet_name: str = "", kind: str | None = None
                   ) -> ColumnMapping | None:
    """The best (kind, header row) among the first 20 non-empty rows, or None if nothing fits.

    Title rows above the table ("Portfolio report, June") are skipped because they match
    fewer headers than the real header row. A list of people is never taken for accounts:
    with e-mails it is contacts (matched to accounts by e-mail domain); without, the kind is
    a question (``sure`` False).
    """
    kinds = (kind,) if kind else KINDS
    best: tuple[int, int, str] | None = None
    seen = 0
    for index, row in enumerate(rows):
        if row.count(None) + row.count("") == len(row):  # an empty row (cells are plain values)
            continue
        seen += 1
        if seen > 20:
            break
        if _ANY_FIT.isdisjoint(map(_cell_key, row)):
            continue  # no header of any kind here (most rows of a notes sheet): skip the matching
        for candidate in kinds:
            score = _score(candidate, match_headers(candidate, row), sheet_name)
            if score and (best is None or score > best[0]):
                best = (score, index, candidate)
    if best is None:
        if kind is None:
            return None
        first = next((i for i, row in enumerate(rows) if any(_filled(v) for v in row)), None)
        if first is None:
            return None
        headers = [_header_text(v) for v in rows[first]]
        return ColumnMapping(kind, first, headers, [None] * len(headers), Notice(KIND_CHOSEN, {"kind": kind}))
    _, header_row, chosen = best
    mapping = _build(chosen, header_row, rows)
    if kind is not None:
        mapping.reason = Notice(KIND_CHOSEN, {"kind": kind})
        return mapping
    if chosen == "accounts":
        people = people_column(mapping.fields, _column(rows, header_row, mapping.fields.index("name"), 100)
                               if "name" in mapping.fields else [])
        if people is not None:
            mapping = _build("contacts", header_row, rows)
            mapping.reason = Notice(KIND_PEOPLE_UNSURE, {"column": mapping.headers[people]})
            mapping.sure = False
            return mapping
    if chosen == "contacts" and not any(f in OWNER_FIELDS["contacts"] for f in mapping.fields if f):
        email = mapping.fields.index("email") if "email" in mapping.fields else None
        if email is None:
            mapping.reason = Notice(KIND_PEOPLE_UNSURE, {"column": mapping.headers[_first_mapped(mapping)]})
            mapping.sure = False
        else:
            mapping.reason = Notice(KIND_PEOPLE_EMAIL, {"column": mapping.headers[email]})
        return mapping
    names = [f"'{h}'" for h, f in zip(mapping.headers, mapping.fields, strict=True) if f]
    facts: dict[str, str | int] = {"kind": chosen, "headers": ", ".join(names[:4]), "count": len(names)}
    if header_key(sheet_name) in SHEET_HINTS[chosen]:
        mapping.reason = Notice(KIND_SHEET_NAME, {**facts, "sheet": sheet_name})
    else:
        mapping.reason = Notice(KIND_HEADERS, facts)
    return mapping


def _first_mapped(mapping: ColumnMapping) -> int:
    return next(i for i, f in enumerate(mapping.fields) if f is not None)
