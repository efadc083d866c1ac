"""The activity timeline of one account (calls, e-mails, meetings, notes, logins), newest first."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QObject

from tracker.domain import Activity
from ui.models import labels
from ui.models.record_table import Column, RecordTableModel


class ActivityTableModel(RecordTableModel[Activity]):
    def __init__(self, parent: QObject | None = None) -> None:
        self._names: dict[int, str] = {}
        super().__init__(parent)

    def set_contact_names(self, contact_names: Mapping[int, str]) -> None:
        """Takes effect at the next set_rows (the detail view refreshes both together)."""
        self._names = dict(contact_names)

    def columns(self) -> Sequence[Column[Activity]]:
        return [
            Column(self.tr("Date"), lambda a: a.date),
            Column(self.tr("Kind"), lambda a: labels.activity_kind(a.kind)),
            Column(self.tr("Contact"), lambda a: self._names.get(a.contact_id or 0, "")),
            Column(self.tr("Summary"), lambda a: a.summary, tooltip=lambda a: a.summary),
        ]
