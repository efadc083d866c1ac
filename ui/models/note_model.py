"""One account's dated notes, newest first; a note's first line is its summary."""

from __future__ import annotations

from collections.abc import Sequence

from tracker.domain import Note
from ui.models.record_table import Column, RecordTableModel


class NoteTableModel(RecordTableModel[Note]):
    def columns(self) -> Sequence[Column[Note]]:
        return [
            Column(self.tr("Date"), lambda n: n.date, sort=lambda n: (n.date, n.id)),
            Column(self.tr("Note"), lambda n: " ".join(n.body.split()), tooltip=lambda n: n.body),
        ]
