"""Record a CSAT (1-5) or NPS (0-10) response for an account, or correct one already recorded."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from tracker.domain import FEEDBACK_KINDS, Contact, Feedback
from ui.dialogs.fields import code_combo, contact_combo, date_edit, finish_form, from_qdate
from ui.models import labels


class FeedbackDialog(QDialog):
    def __init__(self, contacts: Sequence[Contact], today: date, parent: QWidget | None = None,
                 original: Feedback | None = None) -> None:
        super().__init__(parent)
        self.original = original
        self.setWindowTitle(self.tr("Edit feedback") if original else self.tr("Add feedback"))
        self.kind = code_combo(FEEDBACK_KINDS, labels.feedback_kind, original.kind if original else None)
        self.score = QSpinBox()
        self.hint = QLabel()
        self.contact = contact_combo(contacts, self.tr("(no particular contact)"),
                                     original.contact_id if original else None)
        self.date = date_edit(original.date if original else today, today)
        self.comment = QLineEdit(original.comment if original else "")
        self.comment.setPlaceholderText(self.tr("What did they say?"))
        form = QFormLayout()
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Score:"), self.score)
        form.addRow("", self.hint)
        form.addRow(self.tr("C&ontact:"), self.contact)
        form.addRow(self.tr("&Date:"), self.date)
        form.addRow(self.tr("&Comment:"), self.comment)
        self.buttons = finish_form(self, form)
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self._on_kind_changed()
        if original is not None:
            self.score.setValue(original.score)  # after the kind set the range and a default

    def _on_kind_changed(self) -> None:
        if self.kind.currentData() == "csat":
            self.score.setRange(1, 5)
            self.score.setValue(4)
            self.hint.setText(self.tr("1 = very unsatisfied … 5 = very satisfied; "
                                      "4 and 5 count as satisfied."))
        else:
            self.score.setRange(0, 10)
            self.score.setValue(8)
            self.hint.setText(self.tr("0 … 10; 9-10 promoters, 7-8 passives, 0-6 detractors."))
        self.hint.setWordWrap(True)

    def values(self) -> dict[str, Any]:
        return {
            "kind": self.kind.currentData(),
            "score": self.score.value(),
            "contact_id": self.contact.currentData(),
            "date": from_qdate(self.date.date()).isoformat(),
            "comment": self.comment.text().strip(),
        }

    def changes(self) -> dict[str, Any]:
        """Only what differs from the response being edited (all fields when adding).

        Kind and score travel together: the core checks a score against its kind's range.
        """
        values = self.values()
        if self.original is None:
            return values
        changed = {k: v for k, v in values.items() if getattr(self.original, k) != v}
        if "kind" in changed or "score" in changed:
            changed.update(kind=values["kind"], score=values["score"])
        return changed
