"""What an import would do, computed before anything is written.

A sheet and its column mapping become an :class:`ImportPreview`: rows to create, rows to
update (with each changed field's old and new value), rows that change nothing, and rows
rejected with the reason per column. The database is only read here; ``importer.apply``
writes a preview in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from tracker.excel.errors import ExcelError, ImportCancelled
from tracker.excel.mapping import KIND_LABELS, KINDS, ColumnMapping, detect_mapping, field_spec
from tracker.excel.reader import SheetData, read_sheet
from tracker.excel.resolve import Lookups, resolve_row
from tracker.excel.values import (
    CellError,
    choose_text_format,
    is_blank,
    make_choice_converter,
    make_date_converter,
    to_int,
    to_number,
    to_text,
)

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class CellProblem:
    column: str
    message: str


@dataclass(frozen=True)
class PlannedRow:
    """One accepted row. ``target_id`` None means create; ``account_id`` < 0 points at the
    account the same import creates from Accounts-sheet row ``-account_id``."""

    row: int
    label: str
    values: dict[str, Any]
    target_id: int | None = None
    account_id: int | None = None
    changes: dict[str, tuple[Any, Any]] = field(default_factory=dict)


@dataclass(frozen=True)
class RejectedRow:
    row: int
    label: str
    problems: tuple[CellProblem, ...]

    def reason(self) -> str:
        return "; ".join(f"{p.column}: {p.message}" if p.column else p.message for p in self.problems)


@dataclass
class ImportPreview:
    kind: str
    sheet: str
    mapping: ColumnMapping
    creates: list[PlannedRow] = field(default_factory=list)
    updates: list[PlannedRow] = field(default_factory=list)
    unchanged: int = 0
    rejects: list[RejectedRow] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def accepted(self) -> int:
        return len(self.creates) + len(self.updates)

    def summary(self) -> str:
        return (f"{KIND_LABELS[self.kind]} from '{self.sheet}': {len(self.creates)} to create, "
                f"{len(self.updates)} to update, {self.unchanged} unchanged, "
                f"{len(self.rejects)} rejected.")


def _column_converter(kind: str, key: str, values: list[Any], date1904: bool,
                      lookups: Lookups) -> tuple[Callable[[Any], Any], str | None]:
    """The converter for one mapped column, and a note for the user if a guess was made."""
    spec = field_spec(kind, key)
    if spec.type == "date":
        fmt = choose_text_format(values)
        note = f"'{spec.label}' text dates read as {fmt}" if fmt else None
        return make_date_converter(date1904, fmt), note
    if spec.type in ("id", "int"):
        return (lambda v: None if is_blank(v) else to_int(v)), None
    if spec.type == "money":
        return (lambda v: None if is_blank(v) else to_number(v)), None
    if spec.type == "text":
        return to_text, None
    if spec.type == "segment":
        def segment(value: Any) -> int | None:
            if is_blank(value):
                return None
            found = lookups.segments.get(to_text(value).lower())
            if found is None:
                raise CellError(f"unknown segment '{to_text(value)}'")
            return found
        return segment, None
    return make_choice_converter(spec.type), None


def _convert_column(kind: str, key: str, raw: list[Any], convert: Callable[[Any], Any], label: str,
                    errors: dict[int, list[CellProblem]]) -> list[Any]:
    """Convert one column; a failed cell becomes None and a problem filed under its row offset.

    Text and real dates, nearly every cell of a normal sheet, skip the general converter.
    """
    fmt = field_spec(kind, key).type
    out: list[Any]
    if fmt == "text":
        out = [v.strip() if type(v) is str else to_text(v) for v in raw]
        return out
    out = [None] * len(raw)
    for index, value in enumerate(raw):
        kind_of = type(value)
        if fmt == "date":
            if kind_of is date or kind_of is datetime:
                out[index] = value.isoformat()[:10]
                continue
            if kind_of is str and len(value) == 10 and value[4] == "-":
                try:
                    date.fromisoformat(value)
                except ValueError:
                    pass
                else:
                    out[index] = value
                    continue
        if kind_of is int and fmt in ("int", "id"):
            out[index] = value
            continue
        if kind_of is float and (fmt == "money" or (fmt in ("int", "id") and value.is_integer())):
            out[index] = value if fmt == "money" else int(value)
            continue
        try:
            result = convert(value)
        except CellError as exc:
            errors.setdefault(index, []).append(CellProblem(label, str(exc)))
            continue
        out[index] = result.isoformat() if isinstance(result, date) else result
    return out


def build_preview(
    db: Database,
    sheet: SheetData,
    mapping: ColumnMapping,
    *,
    today: date | None = None,
    lookups: Lookups | None = None,
    cancelled: Cancelled | None = None,
    progress: Progress | None = None,
) -> ImportPreview:
    """Validate every data row below the header against the fields and the database."""
    today = today or date.today()
    kind = mapping.kind
    lookups = lookups or Lookups(db)
    lookups.ensure(kind)
    preview = ImportPreview(kind, sheet.sheet, mapping)
    columns = mapping.mapped()
    if not columns:
        raise ExcelError(f"No column of sheet '{sheet.sheet}' is mapped to a field; "
                         "map at least the name or id column.", "no_mapping")
    body = sheet.rows[mapping.header_row + 1:]
    keys = list(columns)
    labels = {key: mapping.headers[col] or field_spec(kind, key).label for key, col in columns.items()}
    converted: list[list[Any]] = []
    errors: dict[int, list[CellProblem]] = {}
    for key, col in columns.items():
        raw = [row[col] if col < len(row) else None for row in body]
        convert, note = _column_converter(kind, key, raw, sheet.date1904, lookups)
        if note:
            preview.notes.append(note)
        converted.append(_convert_column(kind, key, raw, convert, labels[key], errors))
    total = len(body)
    seen: dict[tuple[Any, ...], int] = {}
    for offset, cells in enumerate(zip(*converted, strict=True)):
        if offset % 2000 == 0:
            if cancelled is not None and cancelled():
                raise ImportCancelled
            if progress is not None:
                progress(offset, total)
        problems = errors.get(offset)
        if problems is None and not any(v is not None and v != "" for v in cells):
            continue
        excel_row = mapping.header_row + offset + 2
        values = dict(zip(keys, cells, strict=True))
        outcome = resolve_row(kind, values, lookups, labels, seen, excel_row, today)
        if problems or outcome.problems:
            failed = {p.column for p in problems or ()}
            found = list(problems or ()) + [CellProblem(column, message) for column, message
                                            in outcome.problems if column not in failed]
            preview.rejects.append(RejectedRow(excel_row, outcome.label, tuple(found)))
        elif outcome.target_id is None:
            preview.creates.append(PlannedRow(excel_row, outcome.label, outcome.values, None,
                                              outcome.account_id))
        elif outcome.changes:
            preview.updates.append(PlannedRow(excel_row, outcome.label, outcome.values,
                                              outcome.target_id, outcome.account_id, outcome.changes))
        else:
            preview.unchanged += 1
    if kind == "accounts":
        lookups.remember_pending(preview.creates)
    if progress is not None:
        progress(total, total)
    return preview


def preview_sheet(db: Database, sheet: SheetData, *, kind: str | None = None,
                  mapping: ColumnMapping | None = None, today: date | None = None,
                  cancelled: Cancelled | None = None, progress: Progress | None = None
                  ) -> ImportPreview:
    """Detect the mapping (unless given) and preview one sheet."""
    if mapping is None:
        if not any(any(not is_blank(v) for v in row) for row in sheet.rows):
            raise ExcelError(f"Sheet '{sheet.sheet}' is empty.", "empty_sheet")
        mapping = detect_mapping(sheet.rows, sheet.sheet, kind)
        if mapping is None:
            raise ExcelError(f"The columns of sheet '{sheet.sheet}' match nothing Onboarding Tracker "
                             "imports (accounts, contacts, tasks, milestones or feedback).", "no_match")
    return build_preview(db, sheet, mapping, today=today, cancelled=cancelled, progress=progress)


def preview_workbook(
    db: Database,
    path: Path | str,
    *,
    sheet: str | None = None,
    kind: str | None = None,
    today: date | None = None,
    cancelled: Cancelled | None = None,
    progress: Progress | None = None,
) -> tuple[list[ImportPreview], list[str]]:
    """Preview one sheet, or every sheet whose columns match an import kind.

    Returns the previews (accounts first, so other sheets may refer to accounts the same
    import creates) and one sentence per sheet that was skipped.
    """
    first = read_sheet(path, sheet, cancelled=cancelled)
    datas = [first]
    if sheet is None:
        datas += [read_sheet(path, name, cancelled=cancelled) for name in first.sheet_names
                  if name != first.sheet]
    found: list[tuple[SheetData, ColumnMapping]] = []
    skipped: list[str] = []
    for data in datas:
        mapping = detect_mapping(data.rows, data.sheet, kind)
        if mapping is None:
            if sheet is not None:
                preview_sheet(db, data, kind=kind)  # raises the sentence that says why
            skipped.append(f"Sheet '{data.sheet}' was skipped: its columns match nothing to import.")
        else:
            found.append((data, mapping))
    found.sort(key=lambda pair: KINDS.index(pair[1].kind))
    lookups = Lookups(db)
    previews = [build_preview(db, data, mapping, today=today, lookups=lookups, cancelled=cancelled,
                              progress=progress) for data, mapping in found]
    if not previews:
        raise ExcelError(f"No sheet of {Path(path).name} has columns Onboarding Tracker can import "
                         "(accounts, contacts, tasks, milestones or feedback).", "no_match")
    return previews, skipped
