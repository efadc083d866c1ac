"""The import dialog's sentences for the core's notices (codes and values), through tr().

``tracker.excel.notices`` keeps the codes and the CLI's English; this is the one place the
window words them, so they can be translated.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from tracker.excel import notices as n
from ui.plurals import ntr


def tr(text: str) -> str:
    return QCoreApplication.translate("ImportNotices", text)


def kind_name(kind: str) -> str:
    return {"accounts": tr("accounts"), "contacts": tr("contacts"), "tasks": tr("checklist tasks"),
            "milestones": tr("milestones"), "feedback": tr("feedback")}.get(kind, kind)


def order_name(order: str) -> str:
    return {"dmy": tr("day first (DD/MM/YYYY)"), "mdy": tr("month first (MM/DD/YYYY)"),
            "ymd": tr("year first (YYYY/MM/DD)")}.get(order, order)


def long_date(value: date | None) -> str:
    """A reading of an example date, spelled out so 3 April and 4 March cannot be confused."""
    if value is None:
        return tr("not a date")
    return QLocale().toString(QDate(value.year, value.month, value.day), "d MMMM yyyy")


def locale_hints() -> tuple[str, str | None]:
    """(date order, decimal separator) of the user's locale, the default where a file does not tell."""
    locale = QLocale()
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
    v = notice.values
    column = str(v.get("column", ""))
    code = notice.code
    if code == n.KIND_CHOSEN:
        return tr("Rows are {0}, as you chose.").format(kind_name(str(v.get("kind", ""))))
    if code == n.KIND_SAVED:
        return tr("Rows are {0}: the mapping you saved for these columns.").format(kind_name(str(v["kind"])))
    if code == n.KIND_HEADERS:
        return tr("Rows look like {0}: {1} columns match, such as {2}.").format(
            kind_name(str(v["kind"])), v["count"], v["headers"])
    if code == n.KIND_SHEET_NAME:
        return tr("Rows look like {0}: the sheet is called '{1}' and {2} columns match, such as {3}.").format(
            kind_name(str(v["kind"])), v["sheet"], v["count"], v["headers"])
    if code == n.KIND_PEOPLE_EMAIL:
        return tr("Rows look like people with e-mail addresses ('{0}') and no company column: they are "
                  "read as contacts and matched to accounts by e-mail domain.").format(column)
    if code == n.KIND_PEOPLE_UNSURE:
        return tr("Not sure what the rows are: '{0}' holds names of people, but there is no company or "
                  "e-mail column. Choose what the rows are above.").format(column)
    if code == n.CRM_ID:
        return tr("'{0}' holds ids from another system (like '{1}'): it is matched as the CRM ID, never "
                  "as the tracker's own id.").format(column, v["example"])
    if code == n.COMBINED_NAME:
        return tr("'{0}' and '{1}' are combined into the contact's name.").format(v["first"], v["last"])
    if code == n.DATES_READ:
        return tr("'{0}' text dates are read {1}.").format(column, order_name(str(v["order"])))
    if code == n.DATES_MIXED:
        return tr("'{0}' mixes written-out date formats; each value is read on its own.").format(column)
    if code == n.DATES_ASK:
        return tr("'{0}' dates could be day first or month first: choose below.").format(column)
    if code == n.NUMBERS_READ:
        decimal = tr("a decimal comma") if v["decimal"] == "," else tr("a decimal point")
        why = {"column": tr("other values of the column"), "currency": tr("the currency sign"),
               "locale": tr("your number settings")}.get(str(v["why"]), str(v["why"]))
        return tr("'{0}' numbers are read with {1}, from {2}.").format(column, decimal, why)
    if code == n.NUMBERS_UNSURE:
        return tr("'{0}' numbers like '{1}' could be read two ways; those values are left out.").format(
            column, v["example"])
    if code == n.VALUES_DROPPED:
        return ntr("ImportNotices", n.VALUES_DROPPED_TEXT, int(v["count"])).format(column)
    if code == n.SAVED_MAPPING:
        return tr("The columns are mapped as you saved them last time.")
    return n.english(notice)
