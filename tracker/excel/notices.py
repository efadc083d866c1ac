"""What the import tells the user, as codes and values; ``ui/`` and the CLI make the words.

Each code's sentence is one entry of :data:`TEMPLATES`, marked in the "ImportNotices" context:
the CLI and the import dialog both word a notice through :func:`notice_words`, so the same
guess reads the same on both surfaces and in both languages. The dialog words only the two
questions it answers on screen its own way (``ui/dialogs/import_words.py``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tracker.i18n import QT_TRANSLATE_N_NOOP, QT_TRANSLATE_NOOP, counted_words, translate

# Why a sheet was taken for the kind it was
KIND_CHOSEN = "kind_chosen"  # kind
KIND_SAVED = "kind_saved"  # kind
KIND_HEADERS = "kind_headers"  # kind, headers (the first four), count
KIND_SHEET_NAME = "kind_sheet_name"  # kind, headers, count, sheet
KIND_PEOPLE_EMAIL = "kind_people_email"  # column
KIND_PEOPLE_UNSURE = "kind_people_unsure"  # column
# About a column
CRM_ID = "crm_id"  # column, example
COMBINED_NAME = "combined_name"  # first, last
DATES_READ = "dates_read"  # column, order
DATES_MIXED = "dates_mixed"  # column
DATES_ASK = "dates_ask"  # column, order (the reading used until the user answers)
NUMBERS_READ = "numbers_read"  # column, decimal, why
NUMBERS_UNSURE = "numbers_unsure"  # column, example
VALUES_DROPPED = "values_dropped"  # column, count
SAVED_MAPPING = "saved_mapping"  # (none)
MATCH_BY_DOMAIN = "match_by_domain"  # column


@dataclass(frozen=True)
class Notice:
    """One thing worth telling: a stable code and the values its sentence needs."""

    code: str
    values: dict[str, str | int] = field(default_factory=dict)


_T = "ImportNotices"  # the context the import dialog's words share, so one translation serves both
KIND_WORDS = {"accounts": QT_TRANSLATE_NOOP("ImportNotices", "accounts"),
              "contacts": QT_TRANSLATE_NOOP("ImportNotices", "contacts"),
              "tasks": QT_TRANSLATE_NOOP("ImportNotices", "checklist tasks"),
              "milestones": QT_TRANSLATE_NOOP("ImportNotices", "milestones"),
              "feedback": QT_TRANSLATE_NOOP("ImportNotices", "feedback")}
ORDER_WORDS = {"dmy": QT_TRANSLATE_NOOP("ImportNotices", "day first (DD/MM/YYYY)"),
               "mdy": QT_TRANSLATE_NOOP("ImportNotices", "month first (MM/DD/YYYY)"),
               "ymd": QT_TRANSLATE_NOOP("ImportNotices", "year first (YYYY/MM/DD)")}
DECIMAL_WORDS = {".": QT_TRANSLATE_NOOP("ImportNotices", "a decimal point"),
                 ",": QT_TRANSLATE_NOOP("ImportNotices", "a decimal comma")}
WHY_WORDS = {"column": QT_TRANSLATE_NOOP("ImportNotices", "other values of the column"),
             "currency": QT_TRANSLATE_NOOP("ImportNotices", "the currency sign"),
             "locale": QT_TRANSLATE_NOOP("ImportNotices", "your number settings")}

# Each code's sentence and the values filling its {0}, {1} ... in order. The dialog says two of
# them its own way (it can point at the choice on screen); every other one is worded here once.
TEMPLATES: dict[str, tuple[str, tuple[str, ...]]] = {
    KIND_CHOSEN: (QT_TRANSLATE_NOOP("ImportNotices", "Rows are {0}, as you chose."), ("kind",)),
    KIND_SAVED: (QT_TRANSLATE_NOOP("ImportNotices", "Rows are {0}: the mapping you saved for these columns."),
                 ("kind",)),
    KIND_HEADERS: (QT_TRANSLATE_NOOP("ImportNotices", "Rows look like {0}: {1} columns match, such as {2}."),
                   ("kind", "count", "headers")),
    KIND_SHEET_NAME: (QT_TRANSLATE_NOOP(
        "ImportNotices", "Rows look like {0}: the sheet is called '{1}' and {2} columns match, such as {3}."),
        ("kind", "sheet", "count", "headers")),
    KIND_PEOPLE_EMAIL: (QT_TRANSLATE_NOOP(
        "ImportNotices", "Rows look like people with e-mail addresses ('{0}') and no company column: "
        "they are read as contacts and matched to accounts by e-mail domain."), ("column",)),
    KIND_PEOPLE_UNSURE: (QT_TRANSLATE_NOOP(
        "ImportNotices", "Not sure what the rows are: '{0}' holds names of people, but there is no "
        "company or e-mail column."), ("column",)),
    CRM_ID: (QT_TRANSLATE_NOOP(
        "ImportNotices", "'{0}' holds ids from another system (like '{1}'): it is matched as the CRM ID, "
        "never as the tracker's own id."), ("column", "example")),
    COMBINED_NAME: (QT_TRANSLATE_NOOP(
        "ImportNotices", "'{0}' and '{1}' are combined into the contact's name."), ("first", "last")),
    DATES_READ: (QT_TRANSLATE_NOOP("ImportNotices", "'{0}' text dates are read {1}."), ("column", "order")),
    DATES_MIXED: (QT_TRANSLATE_NOOP(
        "ImportNotices", "'{0}' mixes written-out date formats; each value is read on its own."),
        ("column",)),
    DATES_ASK: (QT_TRANSLATE_NOOP(
        "ImportNotices", "'{0}' dates could be day first or month first; read {1} until you choose."),
        ("column", "order")),
    NUMBERS_READ: (QT_TRANSLATE_NOOP("ImportNotices", "'{0}' numbers are read with {1}, from {2}."),
                   ("column", "decimal", "why")),
    NUMBERS_UNSURE: (QT_TRANSLATE_NOOP(
        "ImportNotices", "'{0}' numbers like '{1}' could be read two ways; those values are left out."),
        ("column", "example")),
    SAVED_MAPPING: (QT_TRANSLATE_NOOP("ImportNotices", "The columns are mapped as you saved them last time."),
                    ()),
    MATCH_BY_DOMAIN: (QT_TRANSLATE_NOOP(
        "ImportNotices", "Contacts are matched to accounts by the domain of '{0}'."), ("column",)),
}
_WORD_TABLES = {"kind": KIND_WORDS, "order": ORDER_WORDS, "decimal": DECIMAL_WORDS, "why": WHY_WORDS}

# Counted, so worded with the plural form of the language (the dialog uses the same entry).
VALUES_DROPPED_TEXT = QT_TRANSLATE_N_NOOP(
    "ImportNotices", "%n value(s) of '{0}' could not be read and will be left out; the rows are kept.")


def value_word(name: str, value: str | int) -> str:
    """A notice value in the installed language: kinds, date orders, decimal marks, reasons."""
    table = _WORD_TABLES.get(name)
    if table is None or str(value) not in table:
        return str(value)
    return translate(_T, table[str(value)])


def notice_words(notice: Notice) -> str:
    """The sentence for ``notice`` in the installed language (the CLI's, and the dialog's but two)."""
    values = dict(notice.values)
    if notice.code == VALUES_DROPPED:
        return counted_words(_T, VALUES_DROPPED_TEXT, int(values.get("count", 0)), values.get("column", ""))
    if notice.code not in TEMPLATES:
        return notice.code
    template, names = TEMPLATES[notice.code]
    try:
        return translate(_T, template).format(*(value_word(name, values[name]) for name in names))
    except (KeyError, IndexError):
        return translate(_T, template)
