"""Numbers typed as text, read in the file's apparent locale or the user's, decided per column.

"€2.400" is 2400 and "1.234,56" is 1234.56 in most of Europe; "1,234.56" is the same number
in the US, the UK and Malaysia. One value rarely tells ("2.400" could be either), so a
column is read as a whole: a value that shows its decimal separator ("1.234,56", "2,5",
"1.234.567") settles the column; failing that the currency sign does (€ writes a decimal
comma, $ and £ a point); failing that the user's locale. A money value still in doubt
("2.400" where a point is the decimal) is refused with a sentence, never read as 2.4.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from tracker.i18n import QT_TRANSLATE_NOOP, words

NOT_A_NUMBER = QT_TRANSLATE_NOOP("excel", "'{0}' is not a number")

_SPACES = re.compile(r"[\s\u00a0\u202f'’_]")
_COMMA_CURRENCIES = re.compile(r"€|\beur\b|\bkr\b|r\$|\bchf\b", re.IGNORECASE)
_POINT_CURRENCIES = re.compile(r"[$£¥₹]|\b(?:usd|gbp|myr|rm|sgd|aud|cad|nzd|inr|jpy)\b", re.IGNORECASE)
_SYMBOLS = re.compile(r"[€$£¥₹%]|r\$|\b(?:eur|usd|gbp|myr|rm|sgd|aud|cad|nzd|inr|jpy|chf|kr)\b",
                      re.IGNORECASE)
_BODY = re.compile(r"^[+-]?\d[\d.,]*$|^[+-]?[.,]\d+$")
# 1.5E+3, as Excel and CSV exports write large or small numbers: only with a decimal point.
_EXPONENT = re.compile(r"^[+-]?\d+(?:\.\d+)?[eE][+-]?\d{1,4}$")


class NumberError(ValueError):
    """The text is no number, or one that could be read two ways; the message says which."""


@dataclass(frozen=True)
class NumberColumn:
    """How a column's text numbers are read: ``decimal`` is "." or ",", None while undecided."""

    decimal: str | None
    settled_by: str = ""  # column, currency, locale
    money: bool = True
    unsure: str = ""  # a value still in doubt, for the notice


def _strip(text: str) -> tuple[str, bool]:
    """The bare digits and separators, and whether the value was written negative."""
    body = _SYMBOLS.sub("", _SPACES.sub("", text))
    negative = body.startswith("(") and body.endswith(")")
    body = body.strip("()")
    if body.endswith("-"):
        body, negative = body[:-1], True
    if body.startswith("-"):
        body, negative = body[1:], not negative
    elif body.startswith("+"):
        body = body[1:]
    return body, negative


def _evidence(body: str) -> str | None:
    """The decimal separator a value shows by itself: "." or ",", "?" if it could be either, None."""
    points, commas = body.count("."), body.count(",")
    if points and commas:
        return "." if body.rfind(".") > body.rfind(",") else ","
    if points > 1:
        return ","
    if commas > 1:
        return "."
    if not points and not commas:
        return None
    sep = "." if points else ","
    before, after = body.split(sep)
    if len(after) != 3 or before in ("", "0"):
        return sep
    return "?"


def analyse_numbers(texts: Iterable[str], money: bool, locale_decimal: str | None) -> NumberColumn:
    """Decide a column's decimal separator from all its text values."""
    seen: set[str] = set()
    currency: str | None = None
    unsure = ""
    for text in texts:
        body, _ = _strip(text)
        found = _evidence(body)
        if found in (".", ","):
            seen.add(found)
        elif found == "?" and not unsure:
            unsure = text.strip()
        if currency is None:
            if _COMMA_CURRENCIES.search(text):
                currency = ","
            elif _POINT_CURRENCIES.search(text):
                currency = "."
    if len(seen) == 1:
        return NumberColumn(seen.pop(), "column", money)
    if len(seen) > 1:
        return NumberColumn(None, "column", money, unsure)
    if currency is not None:
        return NumberColumn(currency, "currency", money, unsure)
    return NumberColumn(locale_decimal, "locale" if locale_decimal else "", money, unsure)


def parse_number(text: str, column: NumberColumn) -> float:
    """``text`` read as the column decided; raises NumberError with the reason."""
    shown = text.strip()
    if _EXPONENT.match(shown):
        return float(shown)  # may be inf (1e999): the field's check refuses it with a sentence
    body, negative = _strip(text)
    if not body or not _BODY.match(body):
        raise NumberError(words("excel", NOT_A_NUMBER, shown))
    found = _evidence(body)
    decimal = column.decimal
    if found in (".", ","):
        decimal = found if decimal is None or column.settled_by != "column" else decimal
        if found != decimal:
            raise NumberError(words("excel", QT_TRANSLATE_NOOP(
                "excel", "'{0}' is written with another decimal separator than the rest of the column"),
                shown))
    elif found == "?":
        sep = "." if "." in body else ","
        if not column.money:
            decimal = "," if sep == "." else "."  # a whole-number field: the separator groups
        elif decimal is None or (decimal == sep and column.settled_by != "column"):
            small = float(body.replace("," if sep == "." else ".", "").replace(sep, "."))
            raise NumberError(words("excel", QT_TRANSLATE_NOOP(
                "excel", "'{0}' could be {1:g} or {2}; the column does not show which separator is the "
                "decimal one"), shown, small, body.replace(sep, "")))
    if decimal is None:
        decimal = "."
    group = "," if decimal == "." else "."
    number = float(body.replace(group, "").replace(decimal, "."))
    return -number if negative else number
