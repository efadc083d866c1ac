"""The plain cells of one sheet, as every reader (the safe child, CSV) hands them over."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class SheetData:
    """The plain cells of one sheet: row ``i`` of ``rows`` is Excel row ``i + 1``.

    An empty cell is None or "" (calamine's own empty value is kept: converting a million
    cells would cost more than the whole transfer). Dates read by calamine arrive as ISO
    text ("2026-06-15"), which every converter reads as that date.
    """

    path: Path
    sheet_names: tuple[str, ...]
    sheet: str
    rows: list[list[Any]]
    date1904: bool
    engine: str
    # The same cells a column at a time, as the reader child sends them (None where a reader
    # has only rows): the preview works a column at a time and need not turn the rows back.
    columns: Sequence[list[Any]] | None = field(default=None, compare=False, repr=False)
