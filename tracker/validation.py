"""The one check every value goes through, against the fields of :mod:`tracker.field_specs`.

The services (``tracker.services.base``) run each value of each write through :func:`check`,
and the importer's preview and write are meant to call the same function, so a dry run that
says "0 rejected" and the write that follows can never disagree. A value is either cleaned
into what is stored (dates as ISO text, text stripped, an integral float as an int) or
refused with one :class:`~tracker.domain.ValidationError` that names the field and a code.
Why each limit exists is said where the limits are declared (:mod:`tracker.field_specs`);
the names declared there are re-exported here, where callers have always imported them.

Messages are English templates marked for translation in the ``errors`` context and
rendered through :func:`tracker.i18n.words`; field names in them come from the ``fields``
context.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Mapping
from datetime import date, datetime
from itertools import repeat
from operator import itemgetter
from typing import Any

from tracker.domain import ValidationError
from tracker.field_specs import (
    EMAIL_MAX,
    FIELDS,
    FIRST_YEAR,
    INT64_MAX,
    INT64_MIN,
    LAST_YEAR,
    LIST_MAX,
    LONG_MAX,
    MRR_MAX,
    NAME_MAX,
    SHORT_MAX,
    TEMPLATE_PURPOSES,
    TITLE_MAX,
    Field,
)
from tracker.i18n import QT_TRANSLATE_NOOP, translate, words

__all__ = [
    "CONTEXT", "EMAIL_MAX", "FIELDS", "FIRST_YEAR", "INT64_MAX", "INT64_MIN", "LAST_YEAR", "LIST_MAX",
    "LONG_MAX", "MESSAGES", "MRR_MAX", "NAME_MAX", "SHORT_MAX", "TEMPLATE_PURPOSES",
    "TITLE_MAX", "Field", "check", "check_row", "declared", "field_label", "iso_date", "plain_email",
    "plain_emails", "preview", "refuse", "text_fits", "usable_mrr_sql",
]

CONTEXT = "errors"

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
