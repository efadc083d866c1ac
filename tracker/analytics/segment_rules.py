"""Segment rules such as ``industry = Healthcare and company size > 500``, parsed without eval.

A rule is conditions joined by ``and`` / ``or`` (``and`` binds tighter, no brackets for
grouping). A condition is ``field op value``; ops are = != < <= > >= ``in`` ``not in``
``contains``. Values are numbers, bare words (``Financial services``) or quoted text
(needed only when the text itself holds ``and``/``or`` or an operator). Fields come from
a fixed list and values travel as SQL parameters, so a rule can never become SQL.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from tracker.analytics.features import products_count_sql
from tracker.changes import Written
from tracker.database import Database
from tracker.domain import ValidationError
from tracker.i18n import QT_TRANSLATE_NOOP
from tracker.i18n import words as said
from tracker.services.records import SEGMENTS, assign_segment
from tracker.storage.db import environment_errors, transaction

TEXT_FIELDS = {"industry": "industry", "region": "region", "plan": "plan", "owner": "owner",
               "status": "status", "stage": "stage", "name": "name"}
NUMBER_FIELDS = {"company_size": "company_size", "size": "company_size", "employees": "company_size",
                 "mrr": "mrr", "tech_proficiency": "tech_proficiency",
                 "technical_proficiency": "tech_proficiency", "tech": "tech_proficiency",
                 "products": products_count_sql()}
COMPARE_OPS = {"=": "=", "!=": "<>", "<>": "<>", "<": "<", "<=": "<=", ">": ">", ">=": ">="}
WORD_OPS = ("in", "not in", "contains")

_TOKEN = re.compile(
    r"""\s*(?:(?P<str>"[^"]*"|'[^']*')|(?P<op><=|>=|!=|<>|=|<|>)|(?P<comma>,)|(?P<lp>\()"""
    r"""|(?P<rp>\))|(?P<word>[^\s"'<>=!,()]+))"""
)


@dataclass(frozen=True)
class Condition:
    field: str  # canonical field name (a key of TEXT_FIELDS or NUMBER_FIELDS)
    op: str  # one of COMPARE_OPS or WORD_OPS
    values: tuple[str | float, ...]


Rule = tuple[tuple[Condition, ...], ...]  # OR of ANDs


def _tokens(text: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    pos = 0
    text = text.rstrip()
    while pos < len(text):
        match = _TOKEN.match(text, pos)
        if match is None or match.end() == pos:
            raise ValidationError(said("errors", QT_TRANSLATE_NOOP(
                "errors", "The rule cannot be read near '{0}'."), text[pos:pos + 15].strip()),
                                  "rule", "bad_rule")
        kind = str(match.lastgroup)
        out.append((kind, match.group(kind)))
        pos = match.end()
    return out


def _field(words: list[str]) -> str:
    key = "_".join(w.lower() for w in words)
    if key in TEXT_FIELDS or key in NUMBER_FIELDS:
        return key
    known = ", ".join(sorted({*TEXT_FIELDS, "company size", "mrr", "tech proficiency", "products"}))
    shown = " ".join(words) or "(nothing)"
    raise ValidationError(said("errors", QT_TRANSLATE_NOOP(
        "errors", "'{0}' is not a field a rule can use; use one of: {1}."), shown, known),
                          "rule", "bad_field")


def _value(field: str, kind: str, text: str) -> str | float:
    if kind == "str":
        text = text[1:-1]
    if field in NUMBER_FIELDS:
        try:
            return float(text.replace("_", ""))
        except ValueError:
            raise ValidationError(said("errors", QT_TRANSLATE_NOOP(
                "errors", "'{0}' is not a number, and {1} is one."), text, field.replace('_', ' ')),
                                  "rule", "bad_number") from None
    return text


def _condition(tokens: list[tuple[str, str]]) -> Condition:
    words: list[str] = []
    i = 0
    while i < len(tokens) and tokens[i][0] == "word" and tokens[i][1].lower() not in ("in", "not",
                                                                                      "contains"):
        words.append(tokens[i][1])
        i += 1
    if i >= len(tokens):
        raise ValidationError(said("errors", QT_TRANSLATE_NOOP(
            "errors", "'{0}' needs an operator and a value (e.g. = 5)."), ' '.join(words)),
                              "rule", "bad_rule")
    field = _field(words)
    kind, text = tokens[i]
    if kind == "op":
        op = text
        i += 1
    elif kind == "word" and text.lower() == "not" and i + 1 < len(tokens) \
            and tokens[i + 1][1].lower() == "in":
        op = "not in"
        i += 2
    elif kind == "word" and text.lower() in ("in", "contains"):
        op = text.lower()
        i += 1
    else:
        raise ValidationError(said("errors", QT_TRANSLATE_NOOP(
            "errors", "Expected an operator after '{0}'."), ' '.join(words)), "rule", "bad_rule")
    rest = tokens[i:]
    if not rest:
        raise ValidationError(said("errors", QT_TRANSLATE_NOOP(
            "errors", "The condition on {0} has no value."), ' '.join(words)), "rule", "bad_rule")
    if field in TEXT_FIELDS and op in ("<", "<=", ">", ">="):
        raise ValidationError(said("errors", QT_TRANSLATE_NOOP(
            "errors", "{0} is text: compare it with =, !=, in or contains."), field),
                              "rule", "bad_op")
    if field in NUMBER_FIELDS and op == "contains":
        raise ValidationError(said("errors", QT_TRANSLATE_NOOP(
            "errors", "{0} is a number: 'contains' does not apply."), field.replace('_', ' ')),
                              "rule", "bad_op")
    if op in ("in", "not in"):
        items: list[list[tuple[str, str]]] = [[]]
        for tok in rest:
            if tok[0] == "comma":
                items.append([])
            elif tok[0] not in ("lp", "rp"):
                items[-1].append(tok)
        values = tuple(_joined(field, part) for part in items if part)
    else:
        if any(k in ("comma", "lp", "rp", "op") for k, _ in rest):
            raise ValidationError(said("errors", QT_TRANSLATE_NOOP(
                "errors", "The value for {0} is not one value; quote it."), ' '.join(words)),
                                  "rule", "bad_rule")
        values = (_joined(field, rest),)
    if not values:
        raise ValidationError(said("errors", QT_TRANSLATE_NOOP(
            "errors", "The list after '{0}' is empty."), op), "rule", "bad_rule")
    return Condition(field, op, values)


def _joined(field: str, part: list[tuple[str, str]]) -> str | float:
    if len(part) == 1:
        return _value(field, part[0][0], part[0][1])
    if any(k == "str" for k, _ in part):
        raise ValidationError(said("errors", QT_TRANSLATE_NOOP(
            "errors", "Put the whole value in one pair of quotes.")), "rule", "bad_rule")
    return _value(field, "word", " ".join(t for _, t in part))


def parse_rule(text: str) -> Rule:
    """Parse a rule; raises ValidationError with one sentence saying what is wrong."""
    tokens = _tokens(text or "")
    if not tokens:
        raise ValidationError(said("errors", QT_TRANSLATE_NOOP(
            "errors", "The rule is empty.")), "rule", "bad_rule")
    groups: list[list[Condition]] = [[]]
    current: list[tuple[str, str]] = []
    for kind, tok in [*tokens, ("end", "")]:
        joiner = kind == "word" and tok.lower() in ("and", "or")
        if joiner or kind == "end":
            if not current:
                raise ValidationError(said("errors", QT_TRANSLATE_NOOP(
                    "errors", "A condition is missing around 'and'/'or'.")), "rule", "bad_rule")
            groups[-1].append(_condition(current))
            current = []
            if joiner and tok.lower() == "or":
                groups.append([])
        else:
            current.append((kind, tok))
    return tuple(tuple(g) for g in groups)


def rule_sql(rule: Rule, alias: str = "account") -> tuple[str, list[Any]]:
    """A WHERE condition for ``rule``; text compares ignore case and surrounding spaces."""
    ors: list[str] = []
    params: list[Any] = []
    for group in rule:
        ands = []
        for cond in group:
            if cond.field in TEXT_FIELDS:
                column = f"lower(trim({alias}.{TEXT_FIELDS[cond.field]}))"
                vals: list[Any] = [str(v).strip().lower() for v in cond.values]
            else:
                column = (products_count_sql(f"{alias}.products") if cond.field == "products"
                          else f"{alias}.{NUMBER_FIELDS[cond.field]}")
                vals = list(cond.values)
            if cond.op in ("in", "not in"):
                neg = "NOT " if cond.op == "not in" else ""
                ands.append(f"coalesce({column} {neg}IN (SELECT value FROM json_each(?)), 0)")
                params.append(json.dumps(vals))
            elif cond.op == "contains":
                ands.append(f"instr({column}, ?) > 0")
                params.append(vals[0])
            else:
                ands.append(f"{column} {COMPARE_OPS[cond.op]} ?")
                params.append(vals[0])
        ors.append("(" + " AND ".join(ands) + ")")
    return "(" + " OR ".join(ors) + ")", params


@environment_errors()
def matching_accounts(db: Database, text: str) -> list[int]:
    """Ids of the accounts a rule selects (churned ones too: membership is descriptive)."""
    where, params = rule_sql(parse_rule(text))
    return [r[0] for r in db.conn.execute(f"SELECT id FROM account WHERE {where} ORDER BY id",
                                          params)]


@environment_errors()
def ensure_new_segment_name(db: Database, name: str) -> str:
    clean = (name or "").strip()
    if not clean:
        raise ValidationError(said("errors", QT_TRANSLATE_NOOP(
            "errors", "A segment's name is required.")), "name", "required")
    found = db.conn.execute("SELECT 1 FROM segment WHERE name = ? COLLATE NOCASE", (clean,)).fetchone()
    if found:
        raise ValidationError(said("errors", QT_TRANSLATE_NOOP(
            "errors", "A segment named '{0}' already exists; choose another name."), clean),
                              "name", "duplicate")
    return clean


@dataclass(frozen=True)
class SegmentsWritten:
    """New segments and where their accounts were before: what :func:`revert_segments` needs."""

    created: tuple[int, ...]
    previous: dict[int, int | None]

    @property
    def count(self) -> int:
        """How many accounts were moved."""
        return len(self.previous)


@environment_errors()
def create_rule_segment(db: Database, name: str, rule_text: str, playbook_id: int | None = None,
                        description: str = "") -> Written[SegmentsWritten]:
    """Create a segment from a rule and put the matching accounts in it, in one transaction.

    Returns the new segment and each moved account's previous segment (for undo).
    """
    parse_rule(rule_text)
    with transaction(db):
        clean = ensure_new_segment_name(db, name)
        ids = matching_accounts(db, rule_text)
        seg_id = SEGMENTS.create(db, {"name": clean, "rule": rule_text.strip(),
                                      "description": description,
                                      "playbook_id": playbook_id}).value
        moved = assign_segment(db, ids, seg_id)
    return Written(moved.change, SegmentsWritten((seg_id,), moved.value))
