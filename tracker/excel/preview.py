"""What an import would do, computed before anything is written.

A sheet and its column mapping become an :class:`ImportPreview`: rows to create, rows to
update (with each changed field's old and new value), rows that change nothing, and rows
rejected with the reason per column. The database is only read here; ``importer.apply``
writes a preview in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import repeat, zip_longest
from pathlib import Path
from typing import Any

from tracker.database import Database
from tracker.excel.columns import DateQuestion, LocaleHints, column_plan, sheet_date_hint
from tracker.excel.convert_columns import CellProblem, Errors, convert_column, refuse_column
from tracker.excel.errors import SHEET_EMPTY, ExcelError, ImportCancelled, said
from tracker.excel.lookups import Lookups
from tracker.excel.mapping import KIND_LABELS, KINDS, ColumnMapping, detect_mapping, field_spec
from tracker.excel.notices import VALUES_DROPPED, Notice
from tracker.excel.quick_creates import quick_creates
from tracker.excel.reader import SheetData, gc_paused, read_sheet, read_workbook
from tracker.excel.report_signals import SIGNAL_SHEETS
from tracker.excel.resolve import ACCOUNT_REFS, resolve_row
from tracker.excel.row_checks import field_of, refused_values
from tracker.excel.values import is_blank
from tracker.i18n import QT_TRANSLATE_NOOP

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(slots=True)
class PlannedRow:
    """One accepted row. ``target_id`` None means create; ``account_id`` < 0 points at the
    account the same import creates from Accounts-sheet row ``-account_id``.

    Treat it as read-only; it is not ``frozen`` because a frozen dataclass sets each field
    through ``object.__setattr__``: 3 us a row, 0.3 s of a 100,000-row preview."""

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
    notices: list[Notice] = field(default_factory=list)
    questions: list[DateQuestion] = field(default_factory=list)
    dropped: list[RejectedRow] = field(default_factory=list)

    @property
    def accepted(self) -> int:
        return len(self.creates) + len(self.updates)

    @property
    def open_questions(self) -> bool:
        """Dates that read both ways and no answer yet: applying would be a guess."""
        return bool(self.questions) and self.mapping.date_order is None

    def summary(self) -> str:
        return (f"{KIND_LABELS[self.kind]} from '{self.sheet}': {len(self.creates)} to create, "
                f"{len(self.updates)} to update, {self.unchanged} unchanged, "
                f"{len(self.rejects)} rejected.")


# Fields whose bad value is dropped with a warning; a bad value anywhere else rejects the row.
_KEEP_ROW = ("id",)


def droppable(kind: str, key: str) -> bool:
    spec = field_spec(kind, key)
    return not spec.required and spec.type not in _KEEP_ROW and key not in ACCOUNT_REFS \
        and key not in ("external_id", "email", "contact_email")


def _release(seen: dict[tuple[Any, ...], int], row: int) -> None:
    """A rejected row claims no key: a later row like it is not "a duplicate of" a row not imported."""
    if seen and next(reversed(seen.values())) == row:
        seen.popitem()


def write_refusals(preview: ImportPreview, checked: frozenset[str] = frozenset()) -> list[RejectedRow]:
    """The accepted rows of ``preview`` whose stored values the services would refuse.

    The write (``importer.apply_import``) asks this of every field, so the preview's verdict is
    its own; the preview leaves out the ``checked`` fields, whose cells it checked as they are.
    """
    planned = [*preview.creates, *preview.updates]
    found = refused_values(preview.kind, [p.values for p in planned], checked)
    return [RejectedRow(planned[i].row, planned[i].label,
                        tuple(CellProblem(key, error.message) for key, error in problems))
            for i, problems in sorted(found.items())]


def _final_check(preview: ImportPreview, labels: dict[str, str], seen: dict[tuple[Any, ...], int],
                 checked: frozenset[str]) -> None:
    """The values as they will be written (a First + Last name joined, a date the row's status
    sets) through the write's own check; a row it refuses moves to the rejected ones."""
    failed = write_refusals(preview, checked)
    if not failed:
        return
    rows = {r.row for r in failed}
    preview.creates = [p for p in preview.creates if p.row not in rows]
    preview.updates = [p for p in preview.updates if p.row not in rows]
    named = [RejectedRow(r.row, r.label, tuple(CellProblem(labels.get(p.column, p.column), p.message)
                                               for p in r.problems)) for r in failed]
    preview.rejects = sorted([*preview.rejects, *named], key=lambda r: r.row)
    for key in [k for k, row in seen.items() if row in rows]:
        del seen[key]


def build_preview(
    db: Database,
    sheet: SheetData,
    mapping: ColumnMapping,
    *,
    today: date | None = None,
    lookups: Lookups | None = None,
    cancelled: Cancelled | None = None,
    progress: Progress | None = None,
    hints: LocaleHints | None = None,
) -> ImportPreview:
    """Validate every data row below the header against the fields and the database.

    ``hints`` is the user's locale (date order, decimal separator), used only where the
    column itself does not tell.
    """
    with gc_paused():
        return _build(db, sheet, mapping, today or date.today(), lookups, cancelled, progress,
                      hints or LocaleHints())


def _combine_names(values: dict[str, Any]) -> None:
    """First Name + Last Name become the contact's name (a Name column, when filled, wins)."""
    first, last = values.pop("first_name", None), values.pop("last_name", None)
    if not values.get("name"):
        joined = " ".join(str(p).strip() for p in (first, last) if p)
        if joined or "name" not in values:
            values["name"] = joined


def _build(db: Database, sheet: SheetData, mapping: ColumnMapping, today: date, lookups: Lookups | None,
           cancelled: Cancelled | None, progress: Progress | None, hints: LocaleHints) -> ImportPreview:
    kind = mapping.kind
    lookups = lookups or Lookups(db)
    lookups.ensure(kind)
    preview = ImportPreview(kind, sheet.sheet, mapping, notices=[mapping.reason, *mapping.notices])
    columns = mapping.mapped()
    if not columns:
        raise ExcelError(said(QT_TRANSLATE_NOOP(
            "excel", "No column of sheet '{0}' is mapped to a field; map at least the name or id column."),
            sheet.sheet), "no_mapping")
    body = sheet.rows[mapping.header_row + 1:]
    keys = list(columns)
    labels = {key: mapping.headers[col] or field_spec(kind, key).label for key, col in columns.items()}
    names = [labels[k] for k in ("first_name", "last_name") if k in labels]
    combined = bool(names)  # First/Last name columns: folded into the name (a filled Name wins)
    if combined and "name" not in labels:
        labels["name"] = " + ".join(names)
    converted: list[list[Any]] = []
    errors: Errors = {}
    # The child's own columns where it sent them, else one pass turns rows into columns (short
    # rows pad with None).
    grid: list[Sequence[Any]] = list(zip_longest(*body)) if sheet.columns is None \
        else [c[mapping.header_row + 1:] for c in sheet.columns]
    hints = sheet_date_hint(kind, columns, grid, hints)
    for key, col in columns.items():
        raw = list(grid[col]) if col < len(grid) else [None] * len(body)
        plan = column_plan(kind, key, labels[key], raw, sheet.date1904, lookups, hints, mapping.date_order)
        preview.notices.extend(plan.notices)
        if plan.question is not None:
            preview.questions.append(plan.question)
        converted.append(convert_column(kind, key, raw, plan.convert, labels[key], errors))
        refuse_column(kind, key, converted[-1], labels[key], errors)
    label_keys = {label: key for key, label in labels.items() if key in columns}
    drops: dict[str, int] = {}
    total = len(body)
    seen: dict[tuple[Any, ...], int] = {}
    width = len(keys)
    lookups.today = today
    # The plain new rows, planned a column at a time (tracker.excel.quick_creates); here only
    # whether an earlier row claimed the same key, which depends on the rows' order.
    quick = quick_creates(kind, keys, converted, lookups, labels, errors.keys())
    claims: Iterable[tuple[Any, ...] | None] = quick.keys if quick is not None else repeat(None)
    first = mapping.header_row + 2
    if quick is not None and quick.complete:  # every row a plain create: nothing row by row
        if cancelled is not None and cancelled():
            raise ImportCancelled
        numbers = range(first, first + total)  # (no later row asks ``seen``: it is not filled)
        preview.creates = list(map(PlannedRow, numbers, quick.labels, quick.stored, repeat(None),
                                   quick.accounts))
        claims = ()
    creates = preview.creates
    for offset, (cells, claim) in enumerate(zip(zip(*converted, strict=True), claims, strict=False)):
        if offset % 2000 == 0:
            if cancelled is not None and cancelled():
                raise ImportCancelled
            if progress is not None:
                progress(offset, total)
        if claim is not None and claim not in seen:
            assert quick is not None
            seen[claim] = first + offset
            creates.append(PlannedRow(first + offset, quick.labels[offset], quick.stored[offset], None,
                                      quick.accounts[offset]))
            continue
        problems = errors.get(offset)
        if problems is None and cells.count(None) + cells.count("") == width:
            continue  # an empty row
        excel_row = mapping.header_row + offset + 2
        values = dict(zip(keys, cells, strict=False))  # zip(*converted) above is the strict one
        dropped: list[CellProblem] = []
        kept: list[CellProblem] = []
        if problems is not None:
            for key, problem in problems:
                if droppable(kind, key):
                    values.pop(key, None)
                    dropped.append(problem)
                else:
                    kept.append(problem)
        if combined:
            _combine_names(values)
        outcome = resolve_row(kind, values, lookups, labels, seen, excel_row, today)
        if outcome.problems and not kept:
            bad = [label_keys.get(column) for column, _ in outcome.problems]
            if all(k is not None and droppable(kind, k) for k in bad):
                # a value the row's checks refuse (MRR below 0, proficiency 7): try the row without it
                dropped += [CellProblem(column, message) for column, message in outcome.problems]
                values = {k: v for k, v in zip(keys, cells, strict=True)
                          if k not in bad and not any(k == key for key, _ in problems or ())}
                if combined:
                    _combine_names(values)
                outcome = resolve_row(kind, values, lookups, labels, seen, excel_row, today)
        if kept or outcome.problems:
            failed = {p.column for p in kept}
            found = kept + [CellProblem(column, message) for column, message
                            in outcome.problems if column not in failed]
            preview.rejects.append(RejectedRow(excel_row, outcome.label, tuple(found)))
            _release(seen, excel_row)
            continue
        if dropped:
            preview.dropped.append(RejectedRow(excel_row, outcome.label, tuple(dropped)))
            for problem in dropped:
                drops[problem.column] = drops.get(problem.column, 0) + 1
        if outcome.target_id is None:
            preview.creates.append(PlannedRow(excel_row, outcome.label, outcome.values, None,
                                              outcome.account_id))
        elif outcome.changes:
            preview.updates.append(PlannedRow(excel_row, outcome.label, outcome.values,
                                              outcome.target_id, outcome.account_id, outcome.changes))
        else:
            preview.unchanged += 1
    preview.notices += [Notice(VALUES_DROPPED, {"column": c, "count": n}) for c, n in drops.items()]
    # The cells were checked as they are; what resolving made of them (a joined name, a segment's
    # id, a date a status sets) is checked here, as the write will check it.
    checked = frozenset(k for k in columns if k == field_of(kind, k) and k not in ACCOUNT_REFS
                        and field_spec(kind, k).type != "id") - ({"name"} if combined else set())
    _final_check(preview, labels, seen, checked)
    if kind == "accounts":
        lookups.remember_pending(preview.creates)
    if progress is not None:
        progress(total, total)
    return preview


def preview_sheet(db: Database, sheet: SheetData, *, kind: str | None = None,
                  mapping: ColumnMapping | None = None, today: date | None = None,
                  cancelled: Cancelled | None = None, progress: Progress | None = None,
                  hints: LocaleHints | None = None) -> ImportPreview:
    """Detect the mapping (unless given) and preview one sheet."""
    if mapping is None:
        if not any(any(not is_blank(v) for v in row) for row in sheet.rows):
            raise ExcelError(said(SHEET_EMPTY, sheet.sheet), "empty_sheet")
        mapping = detect_mapping(sheet.rows, sheet.sheet, kind)
        if mapping is None:
            raise ExcelError(said(QT_TRANSLATE_NOOP(
                "excel", "The columns of sheet '{0}' match nothing Onboarding Tracker imports (accounts, "
                "contacts, tasks, milestones or feedback)."), sheet.sheet), "no_match")
    return build_preview(db, sheet, mapping, today=today, cancelled=cancelled, progress=progress,
                         hints=hints)


def preview_workbook(
    db: Database,
    path: Path | str,
    *,
    sheet: str | None = None,
    kind: str | None = None,
    today: date | None = None,
    cancelled: Cancelled | None = None,
    progress: Progress | None = None,
    hints: LocaleHints | None = None,
    adjust: Callable[[ColumnMapping], ColumnMapping] | None = None,
) -> tuple[list[ImportPreview], list[str]]:
    """Preview one sheet, or every sheet whose columns match an import kind.

    Returns the previews (accounts first, so other sheets may refer to accounts the same
    import creates) and one sentence per sheet that was skipped. ``adjust`` corrects each
    detected mapping (a saved mapping, the CLI's ``--map`` and ``--dates``).
    """
    lookups = Lookups(db)
    load = lambda: lookups.ensure(kind or "accounts")  # noqa: E731 - overlaps the child's parse
    found: list[tuple[SheetData, ColumnMapping]] = []
    skipped: list[str] = []

    def sort(data: SheetData) -> None:
        if sheet is None and kind is None and data.sheet in SIGNAL_SHEETS:
            # The report's goal, case, trial and maturity sheets: their own reader
            # (tracker.excel.cases_import) takes support cases; the rest are read-only.
            skipped.append(f"Sheet '{data.sheet}' was skipped: it is imported on its own.")
            return
        mapping = detect_mapping(data.rows, data.sheet, kind)
        if mapping is None:
            if sheet is not None:
                preview_sheet(db, data, kind=kind)  # raises the sentence that says why
            skipped.append(f"Sheet '{data.sheet}' was skipped: its columns match nothing to import.")
        else:
            found.append((data, adjust(mapping) if adjust is not None else mapping))

    if sheet is None:  # each sheet is sorted as it arrives, while the child reads the next ones
        read_workbook(path, cancelled=cancelled, meanwhile=load, each=sort)
    else:
        sort(read_sheet(path, sheet, cancelled=cancelled, meanwhile=load))
    previews = preview_sheets(db, found, today=today, lookups=lookups, cancelled=cancelled, progress=progress,
                              hints=hints)
    if not previews:
        raise ExcelError(said(QT_TRANSLATE_NOOP(
            "excel", "No sheet of {0} has columns Onboarding Tracker can import (accounts, contacts, "
            "tasks, milestones or feedback)."), Path(path).name), "no_match")
    return previews, skipped


def preview_sheets(db: Database, sheets: list[tuple[SheetData, ColumnMapping]], *, today: date | None = None,
                   lookups: Lookups | None = None, cancelled: Cancelled | None = None,
                   progress: Progress | None = None, hints: LocaleHints | None = None) -> list[ImportPreview]:
    """Preview several sheets of one import, accounts first (so contacts, tasks... may refer to
    accounts the same import creates), matching against one set of lookups."""
    lookups = lookups or Lookups(db)
    ordered = sorted(sheets, key=lambda pair: KINDS.index(pair[1].kind))
    return [build_preview(db, data, mapping, today=today, lookups=lookups, cancelled=cancelled,
                          progress=progress, hints=hints) for data, mapping in ordered]
