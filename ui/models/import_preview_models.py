"""The three preview tables of the import dialog: rows to create, to update, and rejected."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from tracker.excel.mapping import FIELDS
from tracker.excel.preview import PlannedRow, RejectedRow
from ui.models.record_table import Column, RecordTableModel


def _value(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _label(kind: str, key: str) -> str:
    """The header a user knows for a database column ('segment_id' -> 'Segment')."""
    key = {"segment_id": "segment", "contact_id": "contact_email"}.get(key, key)
    for spec in FIELDS.get(kind, ()):
        if spec.key == key:
            return QCoreApplication.translate("ImportFields", spec.label)
    return key.replace("_", " ")


class _PlannedModel(RecordTableModel[PlannedRow]):
    """``kind`` (set before ``set_rows``) picks the field labels the details are written with."""

    kind = "accounts"

    def fields_text(self, row: PlannedRow) -> str:
        return " · ".join(f"{_label(self.kind, k)}: {_value(v)}" for k, v in row.values.items()
                          if v not in (None, ""))

    def changes_text(self, row: PlannedRow) -> str:
        return "; ".join(f"{_label(self.kind, k)}: {_value(old)} → {_value(new)}"
                         for k, (old, new) in row.changes.items())


def _messages(row: RejectedRow) -> str:
    return "; ".join(p.message for p in row.problems)


def _columns(row: RejectedRow) -> str:
    return ", ".join(dict.fromkeys(p.column for p in row.problems if p.column))


class CreateRowsModel(_PlannedModel):
    def columns(self) -> Sequence[Column[PlannedRow]]:
        return [
            Column(self.tr("Row"), lambda r: str(r.row), lambda r: r.row, align_right=True),
            Column(self.tr("Item"), lambda r: r.label, lambda r: r.label.lower()),
            Column(self.tr("Values"), self.fields_text, tooltip=self.fields_text),
        ]


class UpdateRowsModel(_PlannedModel):
    def columns(self) -> Sequence[Column[PlannedRow]]:
        return [
            Column(self.tr("Row"), lambda r: str(r.row), lambda r: r.row, align_right=True),
            Column(self.tr("Item"), lambda r: r.label, lambda r: r.label.lower()),
            Column(self.tr("Changes"), self.changes_text, tooltip=self.changes_text),
        ]


class RejectRowsModel(RecordTableModel[RejectedRow]):
    def columns(self) -> Sequence[Column[RejectedRow]]:
        return [
            Column(self.tr("Row"), lambda r: str(r.row), lambda r: r.row, align_right=True),
            Column(self.tr("Item"), lambda r: r.label, lambda r: r.label.lower()),
            Column(self.tr("Column"), _columns),
            Column(self.tr("Reason"), _messages, tone=lambda r: "bad", tooltip=RejectedRow.reason),
        ]


class DroppedValuesModel(RecordTableModel[RejectedRow]):
    """Rows that are imported without a value that could not be read (issue 15: drop, not reject)."""

    def columns(self) -> Sequence[Column[RejectedRow]]:
        return [
            Column(self.tr("Row"), lambda r: str(r.row), lambda r: r.row, align_right=True),
            Column(self.tr("Item"), lambda r: r.label, lambda r: r.label.lower()),
            Column(self.tr("Left out"), _columns),
            Column(self.tr("Why"), _messages, tone=lambda r: "warn", tooltip=RejectedRow.reason),
        ]
