"""Feedback responses (CSAT 1-5, NPS 0-10) of one account, newest first."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QObject

from tracker.domain import Feedback
from ui.models import labels
from ui.models.record_table import Column, RecordTableModel


def sentiment(row: Feedback) -> str | None:
    """Promoters and satisfied customers read green, detractors and unhappy ones red."""
    if row.kind == "csat":
        return "good" if row.score >= 4 else "bad" if row.score <= 2 else None
    return "good" if row.score >= 9 else "bad" if row.score <= 6 else None


class FeedbackTableModel(RecordTableModel[Feedback]):
    def __init__(self, parent: QObject | None = None) -> None:
        self._names: dict[int, str] = {}
        super().__init__(parent)

    def set_contact_names(self, contact_names: Mapping[int, str]) -> None:
        """Takes effect at the next set_rows (the detail view refreshes both together)."""
        self._names = dict(contact_names)

    def columns(self) -> Sequence[Column[Feedback]]:
        return [
            Column(self.tr("Date"), lambda f: f.date),
            Column(self.tr("Kind"), lambda f: labels.feedback_kind(f.kind)),
            Column(self.tr("Score"), self._score, lambda f: f.score, sentiment, align_right=True),
            Column(self.tr("Contact"), lambda f: self._names.get(f.contact_id or 0, "")),
            Column(self.tr("Comment"), lambda f: f.comment, tooltip=lambda f: f.comment),
        ]

    def _score(self, f: Feedback) -> str:
        return f"{f.score}/5" if f.kind == "csat" else f"{f.score}/10"
