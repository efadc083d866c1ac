"""One converter per mapped column, chosen from all the column's values and the user's locale.

The preview converts a sheet column by column. What a column means is decided here, once,
from every value it holds: the order of its text dates (or a question when it cannot tell),
the decimal separator of its numbers, the segment names it refers to. What was decided, and
what could not be, comes back as notices (codes and values) for the dialog and the CLI.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from tracker.excel.dates import ORDERS, analyse_dates, make_text_parser
from tracker.excel.lookups import Lookups
from tracker.excel.mapping import field_spec
from tracker.excel.notices import DATES_ASK, DATES_MIXED, DATES_READ, NUMBERS_READ, NUMBERS_UNSURE, Notice
from tracker.excel.numbers import NOT_A_NUMBER, NumberColumn, NumberError, analyse_numbers, parse_number
from tracker.excel.values import (
    BOOL_NOT_NUMBER,
    NOT_WHOLE,
    UNKNOWN_CHOICE,
    CellError,
    is_blank,
    looks_iso,
    make_choice_converter,
    make_date_converter,
    serial_text,
    to_text,
)
from tracker.i18n import QT_TRANSLATE_NOOP, translate, words

SEGMENT = QT_TRANSLATE_NOOP("excel", "segment")


@dataclass(frozen=True)
class LocaleHints:
    """What the user's locale says where the file does not: the UI fills it from QLocale.

    ``decimal`` None means the locale cannot tell (the CLI, by default), so a number in doubt
    is refused rather than read one way.
    """

    date_order: str = "dmy"
    decimal: str | None = "."

    def __post_init__(self) -> None:
        if self.date_order not in ORDERS:
            raise ValueError(f"date order must be one of {', '.join(ORDERS)}")


@dataclass(frozen=True)
class DateQuestion:
    """A date column whose every value reads both ways: the user chooses day or month first.

    ``examples`` holds up to three of its values with the day-first and month-first readings;
    ``order`` is the reading used in the preview until the answer comes.
    """

    column: str
    key: str
    order: str
    examples: tuple[tuple[str, date | None, date | None], ...]


@dataclass
class ColumnPlan:
    convert: Callable[[Any], Any]
    notices: list[Notice]
    question: DateQuestion | None = None


def _texts(values: list[Any]) -> list[str]:
    """The distinct non-blank text values, in the column's order (so examples are its first rows)."""
    distinct = dict.fromkeys(values)  # C speed over 100,000 cells; a column holds few distinct values
    return [t for t in dict.fromkeys(v.strip() for v in distinct if type(v) is str) if t]


def _number_converter(plan: NumberColumn, whole: bool) -> Callable[[Any], Any]:
    def convert(value: Any) -> Any:
        if is_blank(value):
            return None
        if isinstance(value, bool):
            raise CellError(words("excel", BOOL_NOT_NUMBER))
        if isinstance(value, int | float):
            number = float(value)
        elif isinstance(value, str):
            try:
                number = parse_number(value, plan)
            except NumberError as exc:
                raise CellError(str(exc)) from None
        else:
            raise CellError(words("excel", NOT_A_NUMBER, to_text(value)))
        if whole:
            if not number.is_integer():
                raise CellError(words("excel", NOT_WHOLE, to_text(value)))
            return int(number)
        return number

    return convert


def sheet_date_hint(kind: str, columns: dict[str, int], grid: Sequence[Sequence[Any]],
                    hints: LocaleHints) -> LocaleHints:
    """The locale hints, with the date order other columns of the sheet settle (25/04/2026 in one
    column makes day first the likelier reading of the others): the default of the question."""
    settled = set()
    for key, col in columns.items():
        if field_spec(kind, key).type == "date" and col < len(grid):
            texts = [t for t in _texts(list(grid[col])) if not looks_iso(t) and not serial_text(t)]
            found = analyse_dates(texts, None, hints.date_order)
            if found.settled_by == "column" and found.order in ("dmy", "mdy"):
                settled.add(found.order)
    return replace(hints, date_order=settled.pop()) if len(settled) == 1 else hints


def _refused(text: str, plan: NumberColumn) -> bool:
    try:
        parse_number(text, plan)
    except NumberError:
        return True
    return False


def column_plan(kind: str, key: str, label: str, values: list[Any], date1904: bool, lookups: Lookups,
                hints: LocaleHints, answer: str | None) -> ColumnPlan:
    """The converter for one mapped column, with what the user should be told about it."""
    spec = field_spec(kind, key)
    notices: list[Notice] = []
    if spec.type == "date":
        texts = [t for t in _texts(values) if not looks_iso(t) and not serial_text(t)]
        column = analyse_dates(texts, answer, hints.date_order)
        question = None
        if column.ambiguous and column.settled_by == "default":
            question = DateQuestion(label, key, column.order or hints.date_order, column.examples)
            notices.append(Notice(DATES_ASK, {"column": label, "order": question.order}))
        elif column.order and column.settled_by in ("column", "answer"):
            notices.append(Notice(DATES_READ, {"column": label, "order": column.order}))
        if column.mixed:
            notices.append(Notice(DATES_MIXED, {"column": label}))
        return ColumnPlan(make_date_converter(date1904, None, make_text_parser(column)), notices, question)
    if spec.type in ("id", "int", "money"):
        texts = _texts(values)
        plan = analyse_numbers(texts, spec.type == "money", hints.decimal)
        if plan.unsure and _refused(plan.unsure, plan):
            notices.append(Notice(NUMBERS_UNSURE, {"column": label, "example": plan.unsure}))
        elif spec.type == "money" and plan.decimal and plan.settled_by \
                and any(("," in t or "." in t) for t in texts):
            notices.append(Notice(NUMBERS_READ, {"column": label, "decimal": plan.decimal,
                                                 "why": plan.settled_by}))
        return ColumnPlan(_number_converter(plan, spec.type != "money"), notices)
    if spec.type == "text":
        return ColumnPlan(to_text, notices)
    if spec.type == "segment":
        def segment(value: Any) -> int | None:
            if is_blank(value):
                return None
            found = lookups.segments.get(to_text(value).lower())
            if found is None:
                raise CellError(words("excel", UNKNOWN_CHOICE, translate("excel", SEGMENT), to_text(value)))
            return found
        return ColumnPlan(segment, notices)
    return ColumnPlan(make_choice_converter(spec.type), notices)
