"""Text a user typed must never reach Excel as a live formula (formula or CSV injection).

openpyxl stores any string starting with "=" as a formula, and Excel re-evaluates a cell
beginning with "=", "+", "-" or "@" when the user edits it. Such text is written as a
string cell with the quote prefix set, so Excel shows it and keeps it as text. Control
characters XML cannot hold are dropped rather than failing the whole export.
"""

from __future__ import annotations

import re
from typing import Any

from openpyxl.cell import WriteOnlyCell

RISKY_START = ("=", "+", "-", "@", "\t", "\r")
_ILLEGAL = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")


def is_risky(text: str) -> bool:
    return text.startswith(RISKY_START)


def clean_text(text: str) -> str:
    return _ILLEGAL.sub("", text) if _ILLEGAL.search(text) else text


def safe_value(ws: Any, value: Any) -> Any:
    """``value`` itself, or for risky text a string cell Excel will not evaluate."""
    if not isinstance(value, str) or not value:
        return value
    value = clean_text(value)
    if not value.startswith(RISKY_START):
        return value
    cell = WriteOnlyCell(ws, value)
    cell.data_type = "s"
    cell.quotePrefix = True
    return cell
