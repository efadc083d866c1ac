"""Turning what a spreadsheet cell holds into the value a field needs, or one clear reason why not.

Cells arrive as the reader gives them: text, int, float, bool, date, datetime, time or
timedelta. People type dates as text, store numbers as text, and Excel stores dates as
serial numbers when the cell lost its format, so each converter accepts all of those.
Text dates are read column by column: the first format that fits every value wins, so
"03/04/2026" in a column that also holds "25/04/2026" is read day-first.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from typing import Any

from tracker.domain import ACCOUNT_STATUSES, CONTACT_ROLES, MILESTONE_KINDS, STAGES, TASK_STATUSES
from tracker.excel.numbers import NOT_A_NUMBER, NumberError, analyse_numbers, parse_number
from tracker.i18n import QT_TRANSLATE_NOOP, translate, words


class CellError(ValueError):
    """The cell's value does not fit its field; the message is shown per row and column."""


EPOCH_1900 = date(1899, 12, 30)
EPOCH_1904 = date(1904, 1, 1)
MAX_SERIAL = 2_958_465  # 9999-12-31
TEXT_DATE_FORMATS = ("%d/%m/%Y", "%m/%d/%Y", "%d.%m.%Y", "%d-%m-%Y", "%Y/%m/%d", "%d %b %Y",
                     "%d %B %Y", "%b %d, %Y", "%B %d, %Y", "%b %d %Y", "%d-%b-%Y", "%d-%b-%y",
                     "%d/%m/%y", "%m/%d/%y", "%Y%m%d")
_NORM = re.compile(r"[^a-z0-9]")


def _norm(text: str) -> str:
    return _NORM.sub("", text.lower())


def _choices(codes: Sequence[str], extra: dict[str, str]) -> dict[str, str]:
    table = {_norm(code): code for code in codes}
    table.update({_norm(code.replace("_", " ")): code for code in codes})
    table.update({_norm(k): v for k, v in extra.items()})
    return table


CHOICES: dict[str, dict[str, str]] = {
    "stage": _choices(STAGES, {"kick-off": "Kickoff", "hand-off": "Handoff", "handover": "Handoff",
                               "adoption": "Adopt", "expansion": "Expand"}),
    "account_status": _choices(ACCOUNT_STATUSES, {"active": "live", "on hold": "paused",
                                                  "cancelled": "churned", "canceled": "churned",
                                                  "lost": "churned", "in onboarding": "onboarding"}),
    "task_status": _choices(TASK_STATUSES, {
        "to do": "todo", "open": "todo", "not started": "todo", "pending": "todo",
        "started": "in_progress", "wip": "in_progress", "ongoing": "in_progress",
        "complete": "done", "completed": "done", "closed": "done", "yes": "done", "x": "done",
        "✓": "done", "on hold": "blocked", "stuck": "blocked", "n/a": "skipped",
        "not applicable": "skipped", "skip": "skipped"}),
    "role": _choices(CONTACT_ROLES, {"user": "end_user", "end user": "end_user",
                                     "administrator": "admin", "executive sponsor": "sponsor",
                                     "executive": "sponsor", "dev": "developer", "engineer": "developer"}),
    "milestone_kind": _choices(MILESTONE_KINDS, {"go-live": "go_live", "golive": "go_live"}),
    "feedback_kind": _choices(("csat", "nps"), {"net promoter score": "nps",
                                                "customer satisfaction": "csat"}),
}
CHOICE_NAMES = {"stage": QT_TRANSLATE_NOOP("excel", "stage"),
                "account_status": QT_TRANSLATE_NOOP("excel", "status"),
                "task_status": QT_TRANSLATE_NOOP("excel", "task status"),
                "role": QT_TRANSLATE_NOOP("excel", "contact role"),
                "milestone_kind": QT_TRANSLATE_NOOP("excel", "milestone kind"),
                "feedback_kind": QT_TRANSLATE_NOOP("excel", "survey kind")}
BOOL_NOT_NUMBER = QT_TRANSLATE_NOOP("excel", "is TRUE/FALSE, not a number")
NOT_WHOLE = QT_TRANSLATE_NOOP("excel", "'{0}' is not a whole number")
NOT_A_DATE = QT_TRANSLATE_NOOP("excel", "'{0}' is not a date")
UNKNOWN_CHOICE = QT_TRANSLATE_NOOP("excel", "unknown {0} '{1}'")


def is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def to_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def to_number(value: Any) -> float:
    """One value with no column around it: read as ``tracker.excel.numbers`` reads a column of one."""
    if isinstance(value, bool):
        raise CellError(words("excel", BOOL_NOT_NUMBER))
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        plan = analyse_numbers([value], True, ".")
        try:
            return parse_number(value, plan)
        except NumberError as exc:
            raise CellError(str(exc)) from None
    raise CellError(words("excel", NOT_A_NUMBER, to_text(value)))


def to_int(value: Any) -> int:
    number = to_number(value)
    if not number.is_integer():
        raise CellError(words("excel", NOT_WHOLE, to_text(value)))
    return int(number)


def serial_to_date(serial: float, date1904: bool) -> date:
    """An Excel date serial as a date.

    The 1900 system counts a 29 February 1900 that never was (Lotus 1-2-3's leap-year bug,
    kept by Excel): serial 60 is that day, so it is no date, and serials 1 to 59 (1 January to
    28 February 1900) are one day later than counting from the epoch that is right from 61 on.
    """
    if not 1 <= serial <= MAX_SERIAL:
        raise CellError(words("excel", NOT_A_DATE, to_text(serial)))
    days = int(serial)
    if date1904:
        return EPOCH_1904 + timedelta(days=days)
    if days == 60:
        raise CellError(words("excel", QT_TRANSLATE_NOOP(
            "excel", "'{0}' is 29 February 1900, a day that does not exist"), to_text(serial)))
    return EPOCH_1900 + timedelta(days=days + 1 if days < 60 else days)


def choose_text_format(values: Sequence[Any]) -> str | None:
    """The first text date format that reads every non-ISO text value of a column."""
    texts = [t for t in {v.strip() for v in set(values) if type(v) is str}
             if t and not looks_iso(t) and not serial_text(t)]
    if not texts:
        return None
    for fmt in TEXT_DATE_FORMATS:
        try:
            for text in texts:
                datetime.strptime(text, fmt)
        except ValueError:
            continue
        return fmt
    return None


def looks_iso(text: str) -> bool:
    """YYYY-MM-DD...: read by the ISO path (which rejects it cell by cell if it is no date)."""
    return len(text) >= 10 and text[4] == "-" and text[:4].isdecimal()


def _iso(text: str) -> date | None:
    try:
        return datetime.fromisoformat(text).date() if "T" in text or " " in text else \
            date.fromisoformat(text)
    except ValueError:
        return None


def serial_text(text: str) -> bool:
    return text.strip().isdecimal() and 20_000 <= int(text.strip()) <= 80_000


TextParser = Callable[[str], date | None]


def make_date_converter(date1904: bool, text_format: str | None,
                        parse_text: TextParser | None = None) -> Callable[[Any], date | None]:
    """A cell to a date; text is read by ``parse_text`` (a column's reading) or ``text_format``."""
    def convert(value: Any) -> date | None:
        if is_blank(value):
            return None
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        if isinstance(value, bool):
            raise CellError(words("excel", QT_TRANSLATE_NOOP("excel", "is TRUE/FALSE, not a date")))
        if isinstance(value, int | float):
            return serial_to_date(value, date1904)
        if isinstance(value, str):
            text = value.strip()
            found = _iso(text)
            if found:
                return found
            if serial_text(text):
                return serial_to_date(int(text), date1904)
            if parse_text is not None:
                found = parse_text(text)
                if found is not None:
                    return found
            elif text_format:
                try:
                    return datetime.strptime(text, text_format).date()
                except ValueError:
                    pass
            raise CellError(words("excel", NOT_A_DATE, text))
        raise CellError(words("excel", NOT_A_DATE, to_text(value)))

    return convert


def make_choice_converter(kind: str) -> Callable[[Any], str | None]:
    table = CHOICES[kind]
    name = CHOICE_NAMES[kind]

    def convert(value: Any) -> str | None:
        if is_blank(value):
            return None
        text = to_text(value)
        found = table.get(_norm(text))
        if found is None:
            raise CellError(words("excel", UNKNOWN_CHOICE, translate("excel", name), text))
        return found

    return convert


def choice_label(code: str | None) -> str:
    """How a code is written in our workbooks: ``in_progress`` -> ``In progress``."""
    if not code:
        return ""
    if code in ("csat", "nps"):
        return code.upper()
    return code.replace("_", " ").capitalize() if code not in STAGES else code
