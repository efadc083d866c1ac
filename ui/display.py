"""How amounts and dates look in the window: the core's money format with QLocale's
separators, the chosen date display and the first day of the week.

The money format is the open database's (:mod:`tracker.money`); the date display and week
start are the user's look preferences (:class:`ui.settings.AppSettings`). Both are installed
once per process, when a window opens and when Preferences change them, so a model's
``data()`` stays a cheap lookup.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Qt

from tracker import money
from tracker.database import Database
from tracker.money import get_money_format

if TYPE_CHECKING:  # PySide6 builds a class (and its enums) on first use: not before the first paint
    from PySide6.QtWidgets import QCalendarWidget, QDateEdit

_WEEKDAYS = {"monday": Qt.DayOfWeek.Monday, "sunday": Qt.DayOfWeek.Sunday,
             "saturday": Qt.DayOfWeek.Saturday}
_date_style = "iso"
_week_start = "system"


def install_money(db: Database) -> money.MoneyFormat:
    """Write money in ``db``'s format, with this locale's digit grouping and decimal point."""
    locale = QLocale()
    fmt = get_money_format(db)
    money.install(fmt, group=locale.groupSeparator(), point=locale.decimalPoint())
    return fmt


def format_money(amount: float | None) -> str:
    """An amount in the installed format; a dash when there is none."""
    return "–" if amount is None else money.money(amount)


def install_look(date_style: str, week_start: str) -> None:
    global _date_style, _week_start
    _date_style = date_style
    _week_start = week_start


def look_before() -> tuple[str, str]:
    """The date style and week start in force."""
    return _date_style, _week_start


def format_date(value: str | date | None) -> str:
    """A stored ISO date as the user chose to read it (ISO, or the locale's short date)."""
    if not value:
        return ""
    text = value.isoformat() if isinstance(value, date) else str(value)[:10]
    if _date_style != "locale":
        return text
    try:
        day = date.fromisoformat(text)
    except ValueError:
        return text
    # "The system's short date" in Preferences: the system's, whatever the interface speaks.
    return QLocale.system().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def first_day_of_week() -> Qt.DayOfWeek:
    return _WEEKDAYS.get(_week_start, QLocale.system().firstDayOfWeek())


def calendar_date_edit(day: QDate | None = None) -> QDateEdit:
    """A date edit with its calendar popup, ISO dates and the week start Preferences chose.

    Every picker is built here: one made by hand followed the default locale's week, which
    is the interface language's once Malay is chosen on an English system, not the user's.
    """
    from PySide6.QtWidgets import QDateEdit

    edit = QDateEdit() if day is None else QDateEdit(day)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    apply_week_start(edit)
    return edit


def apply_week_start(widget: QDateEdit | QCalendarWidget) -> None:
    """Start the calendar (a date edit's popup, or a calendar) on the chosen day."""
    from PySide6.QtWidgets import QCalendarWidget

    calendar = widget if isinstance(widget, QCalendarWidget) else widget.calendarWidget()
    if calendar is not None:
        calendar.setFirstDayOfWeek(first_day_of_week())
