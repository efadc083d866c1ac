"""Which column of a user's sheet feeds which field: headers matched by label and synonyms.

A CRM export says "Company" and "Go live"; our own report says "Account" and "Target go-live".
Headers are compared after dropping case, spaces and punctuation, so "Go-Live", "go live"
and "GO_LIVE" are the same. The result is only a proposal: the import dialog lets the user
correct it before anything is read into the preview.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

KINDS: tuple[str, ...] = ("accounts", "contacts", "tasks", "milestones", "feedback")
KIND_LABELS = {"accounts": "Accounts", "contacts": "Contacts", "tasks": "Checklist tasks",
               "milestones": "Milestones", "feedback": "Feedback"}


@dataclass(frozen=True)
class FieldSpec:
    """One importable field: ``label`` is the header our exports and template write."""

    key: str
    label: str
    type: str  # text, date, int, money, choice kinds, ref
    synonyms: tuple[str, ...] = ()
    required: bool = False


def _refs(name_label: str = "Account") -> tuple[FieldSpec, ...]:
    return (
        FieldSpec("account_id", "Account ID", "id", ("tracker account id",)),
        FieldSpec("account_external_id", "Account CRM ID", "text",
                  ("crm id", "account external id", "external id", "customer id", "account number")),
        FieldSpec("account_name", name_label, "text",
                  ("account name", "company", "company name", "customer", "customer name", "client",
                   "organisation", "organization")),
    )


FIELDS: dict[str, tuple[FieldSpec, ...]] = {
    "accounts": (
        FieldSpec("account_id", "Account ID", "id", ("tracker id", "tracker account id")),
        FieldSpec("external_id", "CRM ID", "text",
                  ("external id", "crm", "customer id", "salesforce id", "hubspot id", "id",
                   "account number", "crm account id", "account crm id")),
        FieldSpec("name", "Account", "text",
                  ("account name", "company", "company name", "customer", "customer name", "client",
                   "client name", "organisation", "organization", "name"), required=True),
        FieldSpec("industry", "Industry", "text", ("sector", "vertical")),
        FieldSpec("company_size", "Employees", "int",
                  ("company size", "size", "headcount", "employee count", "number of employees")),
        FieldSpec("region", "Region", "text", ("territory", "geo", "geography")),
        FieldSpec("plan", "Plan", "text", ("tier", "package", "edition", "subscription")),
        FieldSpec("mrr", "MRR", "money",
                  ("monthly recurring revenue", "mrr usd", "monthly revenue", "revenue")),
        FieldSpec("tech_proficiency", "Tech proficiency", "int",
                  ("technical proficiency", "tech level", "proficiency")),
        FieldSpec("owner", "Owner", "text",
                  ("csm", "account owner", "specialist", "customer success manager", "assigned to",
                   "onboarding manager")),
        FieldSpec("segment", "Segment", "segment", ("customer segment",)),
        FieldSpec("status", "Status", "account_status", ("lifecycle", "lifecycle status", "account status")),
        FieldSpec("stage", "Stage", "stage", ("onboarding stage", "phase", "current stage")),
        FieldSpec("signed_date", "Signed", "date",
                  ("signed date", "contract start", "contract date", "start date", "close date",
                   "closed won date", "date signed")),
        FieldSpec("kickoff_date", "Kickoff", "date", ("kickoff date", "kick off", "kick off date")),
        FieldSpec("target_golive_date", "Target go-live", "date",
                  ("go live", "go live date", "target go live date", "target launch", "launch date",
                   "planned go live")),
        FieldSpec("golive_date", "Actual go-live", "date",
                  ("went live", "live date", "actual go live date", "golive actual")),
        FieldSpec("first_value_date", "First value", "date",
                  ("first value date", "time to value date", "ttv date", "value reached")),
        FieldSpec("churned_date", "Churned", "date",
                  ("churn date", "churned date", "cancellation date", "cancelled")),
        FieldSpec("products", "Products", "text", ("product",)),
        FieldSpec("notes", "Notes", "text", ("note", "comments", "comment")),
    ),
    "contacts": (
        FieldSpec("contact_id", "Contact ID", "id", ()),
        *_refs(),
        FieldSpec("name", "Contact", "text",
                  ("contact name", "name", "full name", "person", "user"), required=True),
        FieldSpec("email", "E-mail", "text", ("email address", "mail", "contact email")),
        FieldSpec("role", "Role", "role", ("contact role", "user role")),
        FieldSpec("invited_date", "Invited", "date", ("invited date", "invite date", "invitation sent")),
        FieldSpec("activated_date", "Activated", "date",
                  ("activated date", "activation date", "first login")),
        FieldSpec("last_active_date", "Last active", "date",
                  ("last active date", "last login", "last seen")),
    ),
    "tasks": (
        FieldSpec("task_id", "Task ID", "id", ()),
        *_refs(),
        FieldSpec("title", "Task", "text",
                  ("title", "task name", "item", "checklist item", "step", "action"), required=True),
        FieldSpec("stage", "Stage", "stage", ("phase",)),
        FieldSpec("due_date", "Due", "date", ("due date", "deadline", "due by")),
        FieldSpec("status", "Status", "task_status", ("task status", "state")),
        FieldSpec("done_date", "Done", "date",
                  ("done date", "completed", "completed date", "completion date", "finished")),
        FieldSpec("owner", "Owner", "text", ("assignee", "assigned to", "responsible")),
        FieldSpec("notes", "Notes", "text", ("note", "comments", "comment")),
    ),
    "milestones": (
        FieldSpec("milestone_id", "Milestone ID", "id", ()),
        *_refs(),
        FieldSpec("name", "Milestone", "text", ("milestone name", "name", "goal"), required=True),
        FieldSpec("kind", "Kind", "milestone_kind", ("type", "milestone kind", "milestone type")),
        FieldSpec("target_date", "Target", "date",
                  ("target date", "planned", "planned date", "due", "due date")),
        FieldSpec("achieved_date", "Achieved", "date",
                  ("achieved date", "actual", "actual date", "reached", "completed")),
    ),
    "feedback": (
        FieldSpec("feedback_id", "Feedback ID", "id", ()),
        *_refs(),
        FieldSpec("contact_email", "Contact e-mail", "text",
                  ("contact email", "email", "e mail", "respondent email", "respondent")),
        FieldSpec("kind", "Survey", "feedback_kind", ("kind", "type", "survey type", "metric")),
        FieldSpec("score", "Score", "int", ("rating", "response", "csat score", "nps score", "value"),
                  required=True),
        FieldSpec("comment", "Comment", "text", ("comments", "verbatim", "feedback", "text", "notes")),
        FieldSpec("date", "Date", "date", ("response date", "submitted", "survey date", "responded")),
    ),
}

# Fields that identify a row; a sheet without any of them cannot be of that kind.
KEY_FIELDS = {
    "accounts": ("account_id", "external_id", "name"),
    "contacts": ("contact_id", "email", "name"),
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
    return re.sub(r"[^0-9a-z%]", "", str(text or "").lower())


def _index(kind: str) -> dict[str, str]:
    table: dict[str, str] = {}
    for spec in FIELDS[kind]:
        for name in (*spec.synonyms, spec.label, spec.key):
            table[header_key(name)] = spec.key
    for spec in FIELDS[kind]:  # labels win over another field's synonym
        table[header_key(spec.label)] = spec.key
    return table


_INDEXES = {kind: _index(kind) for kind in KINDS}


def field_spec(kind: str, key: str) -> FieldSpec:
    for spec in FIELDS[kind]:
        if spec.key == key:
            return spec
    raise KeyError(key)


@dataclass
class ColumnMapping:
    """The sheet's kind, its header row and, per column, the field it feeds (None = ignored)."""

    kind: str
    header_row: int  # 0-based index into the sheet's rows
    headers: list[str]
    fields: list[str | None] = field(default_factory=list)

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


def match_headers(kind: str, headers: list[Any]) -> list[str | None]:
    index = _INDEXES[kind]
    used: set[str] = set()
    result: list[str | None] = []
    for header in headers:
        key = index.get(header_key(header))
        if key is not None and key not in used:
            used.add(key)
            result.append(key)
        else:
            result.append(None)
    return result


def _score(kind: str, headers: list[Any], sheet_name: str) -> int:
    fields = [f for f in match_headers(kind, headers) if f is not None]
    if len(fields) < (1 if kind == "accounts" else 2) or not any(f in KEY_FIELDS[kind] for f in fields):
        return 0
    if not any(f in OWNER_FIELDS[kind] for f in fields):
        return 0
    bonus = 3 if header_key(sheet_name) in SHEET_HINTS[kind] else 0
    return len(fields) * 2 + bonus


def detect_mapping(rows: list[list[Any]], sheet_name: str = "", kind: str | None = None
                   ) -> ColumnMapping | None:
    """The best (kind, header row) among the first 20 non-empty rows, or None if nothing fits.

    Title rows above the table ("Portfolio report, June") are skipped because they match
    fewer headers than the real header row.
    """
    kinds = (kind,) if kind else KINDS
    best: tuple[int, int, str] | None = None
    seen = 0
    for index, row in enumerate(rows):
        if not any(_filled(v) for v in row):
            continue
        seen += 1
        if seen > 20:
            break
        for candidate in kinds:
            score = _score(candidate, row, sheet_name)
            if score and (best is None or score > best[0]):
                best = (score, index, candidate)
    if best is None:
        if kind is None:
            return None
        first = next((i for i, row in enumerate(rows) if any(_filled(v) for v in row)), None)
        if first is None:
            return None
        headers = [_header_text(v) for v in rows[first]]
        return ColumnMapping(kind, first, headers, [None] * len(headers))
    _, header_row, chosen = best
    headers = [_header_text(v) for v in rows[header_row]]
    width = max((len(r) for r in rows), default=0)
    headers += [""] * (width - len(headers))
    return ColumnMapping(chosen, header_row, headers, match_headers(chosen, headers))


def _filled(value: Any) -> bool:
    return value is not None and value != ""


def _header_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()
