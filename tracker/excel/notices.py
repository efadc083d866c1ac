"""What the import tells the user, as codes and values; ``ui/`` and the CLI make the words.

The core never builds the sentence itself: the dialog words each code through ``tr()`` (see
``ui/dialogs/import_words.py``) and the CLI through :data:`ENGLISH` here, so the same
guess reads the same on both surfaces and can be translated.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tracker.i18n import QT_TRANSLATE_N_NOOP, counted_words

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


ORDER_WORDS = {"dmy": "day first (DD/MM/YYYY)", "mdy": "month first (MM/DD/YYYY)",
               "ymd": "year first (YYYY/MM/DD)"}
DECIMAL_WORDS = {".": "a decimal point (1,234.56)", ",": "a decimal comma (1.234,56)"}
WHY_WORDS = {"column": "other values of the column", "currency": "the currency sign",
             "locale": "your number settings"}

ENGLISH: dict[str, str] = {
    KIND_CHOSEN: "Rows are {kind}, as you chose.",
    KIND_SAVED: "Rows are {kind}: the mapping you saved for these columns.",
    KIND_HEADERS: "Rows look like {kind}: {count} columns match, such as {headers}.",
    KIND_SHEET_NAME: "Rows look like {kind}: the sheet is called '{sheet}' and {count} columns match, "
                     "such as {headers}.",
    KIND_PEOPLE_EMAIL: "Rows look like people with e-mail addresses ('{column}') and no company column: "
                       "they are read as contacts and matched to accounts by e-mail domain.",
    KIND_PEOPLE_UNSURE: "Not sure what the rows are: '{column}' holds names of people, but there is no "
                        "company or e-mail column. Choose what the rows are.",
    CRM_ID: "'{column}' holds ids from another system (like '{example}'); it is matched as the CRM ID, "
            "never as the tracker's own id.",
    COMBINED_NAME: "'{first}' and '{last}' are combined into the contact's name.",
    DATES_READ: "'{column}' text dates are read {order}.",
    DATES_MIXED: "'{column}' mixes written-out date formats; each value is read on its own.",
    DATES_ASK: "'{column}' dates could be day first or month first; read {order} until you choose.",
    NUMBERS_READ: "'{column}' numbers are read with {decimal}, from {why}.",
    NUMBERS_UNSURE: "'{column}' numbers like '{example}' could be read two ways; those values are "
                    "not imported until the column shows which.",
    SAVED_MAPPING: "The columns are mapped as you saved them last time.",
    MATCH_BY_DOMAIN: "Contacts are matched to accounts by the domain of '{column}'.",
}

# Counted, so worded with the plural form of the language (the dialog uses the same entry).
VALUES_DROPPED_TEXT = QT_TRANSLATE_N_NOOP(
    "ImportNotices", "%n value(s) of '{0}' could not be read and will be left out; the rows are kept.")


def english(notice: Notice) -> str:
    """The CLI's sentence for ``notice`` (a counted one in the installed language)."""
    values = dict(notice.values)
    if notice.code == VALUES_DROPPED:
        return counted_words("ImportNotices", VALUES_DROPPED_TEXT, int(values.get("count", 0)),
                             values.get("column", ""))
    if "order" in values:
        values["order"] = ORDER_WORDS.get(str(values["order"]), values["order"])
    if "decimal" in values:
        values["decimal"] = DECIMAL_WORDS.get(str(values["decimal"]), values["decimal"])
    if "why" in values:
        values["why"] = WHY_WORDS.get(str(values["why"]), values["why"])
    template = ENGLISH.get(notice.code, notice.code)
    try:
        return template.format(**values)
    except (KeyError, IndexError):
        return template
