"""The import dialog's sentences for the core's notices (codes and values), through tr().

``tracker.excel.notices`` keeps the codes and the CLI's English; this is the one place the
window words them, so they can be translated.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from tracker.excel import notices as n


def _t(text: str) -> str:
    return QCoreApplication.translate("ImportNotices", text)


def kind_name(kind: str) -> str:
    return {"accounts": _t("accounts"), "contacts": _t("contacts"), "tasks": _t("checklist tasks"),
            "milestones": _t("milestones"), "feedback": _t("feedback")}.get(kind, kind)


def order_name(order: str) -> str:
    return {"dmy": _t("day first (DD/MM/YYYY)"), "mdy": _t("month first (MM/DD/YYYY)"),
            "ymd": _t("year first (YYYY/MM/DD)")}.get(order, order)


def long_date(value: date | None) -> str:
    """A reading of an example date, spelled out so 3 April and 4 March cannot be confused."""
    if value is None:
        return _t("not a date")
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
        return _t("Rows are {0}, as you chose.").format(kind_name(str(v.get("kind", ""))))
    if code == n.KIND_SAVED:
        return _t("Rows are {0}: the mapping you saved for these columns.").format(kind_name(str(v["kind"])))
    if code == n.KIND_HEADERS:
        return _t("Rows look like {0}: {1} columns match, such as {2}.").format(
            kind_name(str(v["kind"])), v["count"], v["headers"])
    if code == n.KIND_SHEET_NAME:
        return _t("Rows look like {0}: the sheet is called '{1}' and {2} columns match, such as {3}.").format(
            kind_name(str(v["kind"])), v["sheet"], v["count"], v["headers"])
    if code == n.KIND_PEOPLE_EMAIL:
        return _t("Rows look like people with e-mail addresses ('{0}') and no company column: they are "
                  "read as contacts and matched to accounts by e-mail domain.").format(column)
    if code == n.KIND_PEOPLE_UNSURE:
        return _t("Not sure what the rows are: '{0}' holds names of people, but there is no company or "
                  "e-mail column. Choose what the rows are above.").format(column)
    if code == n.CRM_ID:
        return _t("'{0}' holds ids from another system (like '{1}'): it is matched as the CRM ID, never "
                  "as the tracker's own id.").format(column, v["example"])
    if code == n.COMBINED_NAME:
        return _t("'{0}' and '{1}' are combined into the contact's name.").format(v["first"], v["last"])
    if code == n.DATES_READ:
        return _t("'{0}' text dates are read {1}.").format(column, order_name(str(v["order"])))
    if code == n.DATES_MIXED:
        return _t("'{0}' mixes written-out date formats; each value is read on its own.").format(column)
    if code == n.DATES_ASK:
        return _t("'{0}' dates could be day first or month first: choose below.").format(column)
    if code == n.NUMBERS_READ:
        decimal = _t("a decimal comma") if v["decimal"] == "," else _t("a decimal point")
        why = {"column": _t("other values of the column"), "currency": _t("the currency sign"),
               "locale": _t("your number settings")}.get(str(v["why"]), str(v["why"]))
        return _t("'{0}' numbers are read with {1}, from {2}.").format(column, decimal, why)
    if code == n.NUMBERS_UNSURE:
        return _t("'{0}' numbers like '{1}' could be read two ways; those values are left out.").format(
            column, v["example"])
    if code == n.VALUES_DROPPED:
        return QCoreApplication.translate("ImportNotices", "%n value(s) of '{0}' could not be read and are "
                                          "left out; the rows are kept.", "", int(v["count"])).format(column)
    if code == n.SAVED_MAPPING:
        return _t("The columns are mapped as you saved them last time.")
    return n.english(notice)
