"""Text dates read column by column, and a question when the column cannot tell.

03/04/2026 is 4 March in a US export and 3 April in a UK or Malaysian one. A column settles
it only when some value has a day above 12 in one place (25/04/2026 is day first); when
every value fits both orders the import asks, and reads the user's locale order until the
answer comes. Written-out dates ("15 May 2026", "May 20, 2026", "20-May-26") carry no such
doubt and are read value by value with python-dateutil, so a column mixing them is fine.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime

from dateutil import parser as dateutil_parser

ORDERS = ("dmy", "mdy", "ymd")
_NUMERIC = re.compile(r"^(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{1,4})$")
_TIME_TAIL = re.compile(r"[ T]+\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?\s*(?:[AaPp][Mm])?$")
_SHAPE_WORD = re.compile(r"[A-Za-z]+")
_SHAPE_NUM = re.compile(r"\d+")
# Two defaults that differ in every part: a value read the same under both names a whole date.
_DEFAULTS = (datetime(2000, 1, 1), datetime(2004, 2, 2))


@dataclass(frozen=True)
class DateColumn:
    """How one column's text dates are read.

    ``order`` is the reading of numeric dates (None: the column has none, or its values
    contradict each other); ``ambiguous`` means no value settled the order, so the preview
    asks; ``examples`` holds up to three values with their day-first and month-first readings.
    """

    order: str | None
    ambiguous: bool = False
    settled_by: str = ""  # column, answer, default, same (every value reads the same both ways)
    mixed: bool = False
    examples: tuple[tuple[str, date | None, date | None], ...] = ()


def _numeric(text: str) -> tuple[int, int, int, bool] | None:
    """(first, second, third, year_first) of a numeric date, None if the text is not one."""
    found = _NUMERIC.match(_TIME_TAIL.sub("", text))
    if found is None:
        return None
    a, b, c = found.groups()
    if len(a) == 4:
        return int(a), int(b), int(c), True
    if len(c) not in (2, 4):
        return None
    return int(a), int(b), int(c), False


def _year(value: int) -> int:
    return value + 2000 if value < 70 else value + 1900 if value < 100 else value


def read_numeric(parts: tuple[int, int, int, bool], order: str) -> date | None:
    a, b, c, year_first = parts
    try:
        if year_first:
            return date(a, b, c)
        if order == "ymd":
            return date(_year(a), b, c)
        day, month = (a, b) if order == "dmy" else (b, a)
        return date(_year(c), month, day)
    except ValueError:
        return None


def read_words(text: str, day_first: bool) -> date | None:
    """A written-out date, or None when it is no date or leaves out a part ("May 2026")."""
    found: list[date] = []
    for default in _DEFAULTS:
        try:
            found.append(dateutil_parser.parse(text, dayfirst=day_first, default=default).date())
        except (ValueError, OverflowError):
            return None
    return found[0] if found[0] == found[1] else None


def _shape(text: str) -> str:
    return _SHAPE_NUM.sub("0", _SHAPE_WORD.sub("a", text))


def analyse_dates(texts: Iterable[str], answer: str | None, default: str) -> DateColumn:
    """Decide the column's reading from all its text values (ISO and serial text excluded)."""
    firsts_over = seconds_over = False
    ambiguous: list[tuple[str, tuple[int, int, int, bool]]] = []
    shapes: set[str] = set()
    numeric = False
    for text in texts:
        parts = _numeric(text)
        if parts is None:
            shapes.add(_shape(text))
            continue
        if parts[3]:
            continue
        numeric = True
        a, b = parts[0], parts[1]
        firsts_over |= a > 12
        seconds_over |= b > 12
        if a <= 12 and b <= 12 and a != b and len(ambiguous) < 3:
            ambiguous.append((text, parts))
    mixed = len(shapes) > 1
    if not numeric:
        return DateColumn(None, mixed=mixed)
    if firsts_over and seconds_over:
        return DateColumn(None, settled_by="column", mixed=mixed)
    if firsts_over or seconds_over:
        return DateColumn("dmy" if firsts_over else "mdy", settled_by="column", mixed=mixed)
    examples = tuple((text, read_numeric(parts, "dmy"), read_numeric(parts, "mdy"))
                     for text, parts in ambiguous)
    if answer in ORDERS:
        return DateColumn(answer, True, "answer", mixed, examples)
    if not examples:  # only values like 05/05/2026: both readings agree
        return DateColumn(default, False, "same", mixed)
    return DateColumn(default, True, "default", mixed, examples)


def make_text_parser(column: DateColumn) -> Callable[[str], date | None]:
    """Read one text value as the column decided; None when it is not a date."""
    day_first = column.order != "mdy"

    def parse(text: str) -> date | None:
        parts = _numeric(text)
        if parts is not None:
            if parts[3]:
                return read_numeric(parts, "ymd")
            order = column.order
            if order is None:  # contradicting column: only a value that settles itself is read
                if parts[0] > 12 >= parts[1]:
                    order = "dmy"
                elif parts[1] > 12 >= parts[0]:
                    order = "mdy"
                else:
                    return None
            return read_numeric(parts, order)
        if len(text) == 8 and text.isdecimal():  # 20260403
            return read_numeric((int(text[:4]), int(text[4:6]), int(text[6:]), True), "ymd")
        if not any(ch.isalpha() for ch in text):
            return None
        return read_words(text, day_first)

    return parse
