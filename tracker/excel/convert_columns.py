"""An import sheet's columns converted to stored values, a column at a time.

A column holds few distinct values (dates, stages, account ids), so each is converted
once; what a value would be refused by the services' checks is filed as a cell problem,
like a cell that does not convert.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from tracker.excel.mapping import field_spec
from tracker.excel.resolve import ACCOUNT_REFS
from tracker.excel.row_checks import ENTITY, field_of, refused_column
from tracker.excel.values import CellError, to_text


@dataclass(frozen=True)
class CellProblem:
    column: str
    message: str


Errors = dict[int, list[tuple[str, CellProblem]]]


def _convert_cell(fmt: str, value: Any, convert: Callable[[Any], Any]) -> Any:
    """One cell's stored value; text and real dates, nearly every cell of a sheet, skip ``convert``."""
    kind_of = type(value)
    if fmt == "date":
        if kind_of is date or kind_of is datetime:
            return value.isoformat()[:10]
        if kind_of is str and len(value) == 10 and value[4] == "-":
            try:
                date.fromisoformat(value)
            except ValueError:
                pass
            else:
                return value
    if kind_of is int and fmt in ("int", "id"):
        return value
    if kind_of is float and (fmt == "money" or (fmt in ("int", "id") and value.is_integer())):
        return value if fmt == "money" else int(value)
    result = convert(value)
    return result.isoformat() if isinstance(result, date) else result


def convert_column(kind: str, key: str, raw: list[Any], convert: Callable[[Any], Any], label: str,
                   errors: Errors) -> list[Any]:
    """Convert one column; a failed cell becomes None and a problem filed under its row offset.

    A column holds few distinct values (dates, stages, account ids), so each distinct value is
    converted once and the column is mapped through that table. TRUE/FALSE compare equal to
    1/0, so a column holding booleans is converted cell by cell instead.
    """
    fmt = field_spec(kind, key).type
    types = set(map(type, raw))
    if fmt == "text":
        if types <= {str}:
            return list(map(str.strip, raw))
        return [v.strip() if type(v) is str else to_text(v) for v in raw]
    if bool in types:
        return _convert_cells(key, fmt, raw, convert, label, errors)
    table: dict[Any, Any] = {}
    failed: dict[Any, str] = {}
    for value in set(raw):
        try:
            table[value] = _convert_cell(fmt, value, convert)
        except CellError as exc:
            failed[value] = str(exc)
    if not failed:
        return list(map(table.__getitem__, raw))
    for index, value in enumerate(raw):
        if value in failed:
            errors.setdefault(index, []).append((key, CellProblem(label, failed[value])))
    return [table.get(v) for v in raw]


def _convert_cells(key: str, fmt: str, raw: list[Any], convert: Callable[[Any], Any], label: str,
                   errors: Errors) -> list[Any]:
    out: list[Any] = [None] * len(raw)
    for index, value in enumerate(raw):
        try:
            out[index] = _convert_cell(fmt, value, convert)
        except CellError as exc:
            errors.setdefault(index, []).append((key, CellProblem(label, str(exc))))
    return out


def refuse_column(kind: str, key: str, values: list[Any], label: str, errors: Errors) -> None:
    """File what the services' checks refuse of one converted column (1e20 employees, a NaN MRR,
    a name past its cap) as a cell problem: like any bad cell, an optional value is left out with
    a warning and a required one rejects the row. A blank is the row's business."""
    name = field_of(kind, key)
    if name is None or key in ACCOUNT_REFS or field_spec(kind, key).type == "id":
        return
    for offset, error in refused_column(ENTITY[kind], name, values, skip_blank=True).items():
        if offset not in errors or all(k != key for k, _ in errors[offset]):
            errors.setdefault(offset, []).append((key, CellProblem(label, error.message)))
