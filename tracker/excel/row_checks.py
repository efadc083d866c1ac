"""The services' field checks (:mod:`tracker.validation`) run over whole import columns.

The preview and the write of an import call :func:`refused_values` on the same values, so a
dry run that says "0 rejected" is the write's own verdict: a number past SQLite's 64-bit range,
a NaN or infinite MRR, a text past its cap or a far date is refused per row, with the row
number, before anything is written. It is the same :func:`tracker.validation.check` a form's
write goes through; a column is first tested as a whole (a type, a min and a max, one regular
expression over the joined text), which costs milliseconds for 100,000 rows, and only a column
that fails that test is checked cell by cell to find the rows.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from itertools import repeat
from typing import Any

from tracker.domain import ValidationError
from tracker.validation import FIELDS, Field, check, plain_emails, text_fits

ENTITY = {"accounts": "account", "contacts": "contact", "tasks": "task", "milestones": "milestone",
          "feedback": "feedback"}
# Import keys checked as another field: a first or last name is part of the contact's name.
AS_FIELD = {"first_name": "name", "last_name": "name"}

Refusals = dict[int, list[tuple[str, ValidationError]]]
# Which entity and field each spec is (several fields share one spec object, which is fine:
# a shared spec checks alike wherever it is used).
_OWNER = {spec: (entity, name) for entity, fields in FIELDS.items() for name, spec in fields.items()}


def field_of(kind: str, key: str) -> str | None:
    """The field of ``kind``'s entity an import key is checked as, None if it is no stored value."""
    name = AS_FIELD.get(key, key)
    return name if name in FIELDS[ENTITY[kind]] else None


def _whole_column_fits(spec: Field, values: list[Any]) -> bool:
    """True when every value certainly passes ``check``; False means "look cell by cell"."""
    types = set(map(type, values))
    kind = spec.kind
    if kind in ("text", "email"):
        if types != {str} or not text_fits(spec, values):
            return False
        return kind == "text" or plain_emails(values)
    if kind == "int":
        return types == {int} and spec.low <= min(values) and max(values) <= spec.high
    if kind == "real":
        return types <= {int, float} and all(map(math.isfinite, values)) \
            and spec.low <= min(values) and max(values) <= spec.high
    if kind == "ref":
        return types == {int} and min(values) >= 1 and max(values) <= 2**63 - 1
    if kind == "choice":
        return types == {str} and set(values) <= set(spec.choices)
    if kind == "date":  # a column holds few distinct days: each is checked once
        return _distinct_pass(spec, set(values)) if types <= {str} else False
    return kind == "flag"


def _distinct_pass(spec: Field, distinct: set[Any]) -> bool:
    entity, name = _OWNER[spec]
    try:
        for value in distinct:
            check(entity, name, value)
    except ValidationError:
        return False
    return True


def refused_column(entity: str, name: str, values: Sequence[Any], skip_blank: bool = False) -> \
        dict[int, ValidationError]:
    """Offset -> the refusal of each value of one column that ``check`` refuses."""
    spec = FIELDS[entity][name]
    blank_text = skip_blank or not spec.required
    if None not in values and not (blank_text and "" in values):
        present = list(values)  # no blank at all (most columns): two C scans, no Python loop
    else:
        present = [v for v in values if v is not None and v != ""] if blank_text \
            else [v for v in values if v is not None]
    if not present or _whole_column_fits(spec, present):
        return {}
    found: dict[int, ValidationError] = {}
    # Distinct values are checked once, except where True would stand in for 1 (they hash alike).
    cache: dict[Any, ValidationError | None] | None = \
        None if any(type(v) is bool for v in present) else {}
    for offset, value in enumerate(values):
        if value is None or (skip_blank and value == ""):
            continue
        if cache is not None and value in cache:
            error = cache[value]
        else:
            try:
                check(entity, name, value)
                error = None
            except ValidationError as exc:
                error = exc
            if cache is not None:
                cache[value] = error
        if error is not None:
            found[offset] = error
    return found


def refused_values(kind: str, rows: Sequence[dict[str, Any]], skip: frozenset[str] = frozenset()) -> Refusals:
    """Row offset -> (field, refusal) for every stored value of ``rows`` the services would refuse.

    A row without a field counts as a blank there (a create leaves blanks out; an update's
    blank is what the column's blank is), which ``check`` accepts for every optional field.
    ``skip`` names fields whose every value was already checked as it is (the preview's own
    columns), so the preview pays for one pass, not two.
    """
    entity = ENTITY[kind]
    found: Refusals = {}
    keys: set[str] = set().union(*rows) if rows else set()
    for key in sorted(keys - skip):
        if field_of(kind, key) != key:
            continue
        column = list(map(dict.get, rows, repeat(key)))  # C speed: 100,000 rows in milliseconds
        for offset, error in refused_column(entity, key, column).items():
            found.setdefault(offset, []).append((key, error))
    return found
