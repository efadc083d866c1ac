"""The import dialog's sentences for the core's notices (codes and values), through tr().

``tracker.excel.notices`` words every notice once, for the CLI and the window alike; this
module adds the dialog's own: its two on-screen questions, dates spelled out, the locale's hints.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from tracker.excel import notices as n


def tr(text: str) -> str:
    return QCoreApplication.translate("ImportNotices", text)


def kind_name(kind: str) -> str:
    return n.value_word("kind", kind)


def order_name(order: str) -> str:
    return n.value_word("order", order)


def long_date(value: date | None) -> str:
    """A reading of an example date, spelled out so 3 April and 4 March cannot be confused."""
    if value is None:
        return tr("not a date")
    return QLocale().toString(QDate(value.year, value.month, value.day), "d MMMM yyyy")


def locale_hints() -> tuple[str, str | None]:
    """(date order, decimal separator) of the user's locale, the default where a file does not tell.

    The system's, not the interface language's: a workbook made on this computer was written
    with the system's settings, whichever language the window speaks."""
    locale = QLocale.system()
    fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
    positions = {part: fmt.find(part) for part in ("d", "M", "y")}
    order = "dmy"
    if positions["y"] != -1 and positions["y"] < min(positions["d"], positions["M"]):
        order = "ymd"
    elif -1 < positions["M"] < positions["d"]:
        order = "mdy"
    point = locale.decimalPoint()
    return order, point if point in (".", ",") else None


def notice_text(notice: n.Notice) -> str:
    """The dialog's sentence for ``notice``: the core's words, except the two questions the
    dialog answers on screen (it points at the choice instead of at a command-line flag)."""
    v = notice.values
    column = str(v.get("column", ""))
    if notice.code == n.KIND_PEOPLE_UNSURE:
        return tr("Not sure what the rows are: '{0}' holds names of people, but there is no company or "
                  "e-mail column. Choose what the rows are above.").format(column)
    if notice.code == n.DATES_ASK:
        return tr("'{0}' dates could be day first or month first: choose below.").format(column)
    return n.notice_words(notice)
