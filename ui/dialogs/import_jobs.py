"""What the import dialog's workers do, off the GUI thread: read the whole file once, preview
every ticked sheet together, and work out what each playbook choice would create.

No Qt here: each function takes the worker's own database connection.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from tracker.database import Database
from tracker.excel.columns import LocaleHints
from tracker.excel.import_playbooks import PLAYBOOK_CHOICES, PlaybookForecast, forecast_import
from tracker.excel.mapping import ColumnMapping, detect_mapping
from tracker.excel.preview import ImportPreview, preview_sheets
from tracker.excel.reader import SheetData, read_workbook
from tracker.services.import_mappings import remember_mapping, saved_mapping
from ui.models.import_sheets_model import SheetChoice


def read_choices(db: Database, path: Path, cancelled: Callable[[], bool]) -> list[SheetChoice]:
    """Every sheet of ``path`` (one read), each with its detected or saved mapping.

    A sheet is ticked when it fits a kind no earlier sheet took: one import holds one sheet
    per kind (a second Accounts sheet is shown, unticked, for the user to choose).
    """
    choices: list[SheetChoice] = []
    taken: set[str] = set()
    for data in read_workbook(path, cancelled=cancelled):
        mapping = detect_mapping(data.rows, data.sheet)
        if mapping is not None:
            mapping = saved_mapping(db, mapping) or mapping
        include = mapping is not None and mapping.kind not in taken
        if include and mapping is not None:
            taken.add(mapping.kind)
        choices.append(SheetChoice(data, mapping, include))
    return choices


@dataclass(frozen=True)
class PreviewRequest:
    """A snapshot of one ticked sheet: the worker never touches the dialog's own objects."""

    data: SheetData
    mapping: ColumnMapping
    edited: bool


@dataclass(frozen=True)
class WorkbookPreview:
    previews: dict[str, ImportPreview]
    forecasts: dict[str, PlaybookForecast]


def request(choices: Sequence[SheetChoice]) -> list[PreviewRequest]:
    return [PreviewRequest(c.data, c.mapping.copy(), c.edited) for c in choices
            if c.include and c.mapping is not None]


def preview_requests(db: Database, wanted: Sequence[PreviewRequest], *, today: date, hints: LocaleHints,
                     cancelled: Callable[[], bool], progress: Callable[[int, int], None]) -> WorkbookPreview:
    """Preview the ticked sheets together (accounts first, one set of lookups) and forecast
    every playbook choice for the accounts they would create."""
    for item in wanted:
        if item.edited:
            remember_mapping(db, item.mapping)
    previews = preview_sheets(db, [(w.data, w.mapping) for w in wanted], today=today, cancelled=cancelled,
                              progress=progress, hints=hints)
    forecasts = {choice: forecast_import(db, previews, choice, today) for choice in PLAYBOOK_CHOICES}
    return WorkbookPreview({p.sheet: p for p in previews}, forecasts)
