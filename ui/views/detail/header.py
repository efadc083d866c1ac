"""The account header: name, status, stage, owner, MRR and the key dates with their warnings."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from tracker.domain import STAGES
from tracker.queries.account_detail import AccountDetail
from tracker.rules import NINETY_DAYS
from ui.display import format_money
from ui.models import labels
from ui.theme import status_colors


def next_stage(stage: str) -> str | None:
    """The stage after ``stage``; None at Expand, the loop with no stage after it."""
    at = STAGES.index(stage) if stage in STAGES else -1
    return STAGES[at + 1] if 0 <= at < len(STAGES) - 1 else None


class ElidedLabel(QLabel):
    """A one-line label that shortens its text with "…" instead of asking for its width.

    A plain QLabel's minimum width is its whole text: a long account name widened the
    page, and the window with it, and moved the checklist/health splitter (issue 17).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(80)

    def setText(self, text: str) -> None:
        self._full = text
        self._elide()

    def text(self) -> str:
        """The whole text, not the shortened one on screen."""
        return self._full

    def sizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance(self._full) + 4, super().sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, self.width())
        super().setText(shown)
        self.setToolTip(self._full if shown != self._full else "")


class AccountHeader(QFrame):
    """Signals:
        next_stage_requested(str): the user pressed "Next stage"; the argument is that stage.
    """

    next_stage_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.name = ElidedLabel()
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
        self.name.setFont(font)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts = QLabel()
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.facts.setWordWrap(True)  # a long segment or owner wraps, never widens the page
        self.next_button = QPushButton()
        self.next_button.setObjectName("next_stage")
        self.next_button.clicked.connect(self._on_next_button_clicked)
        # Hidden at Expand; keeping its room keeps the header's height, so the panels under
        # it do not move by a few pixels between accounts.
        policy = self.next_button.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.next_button.setSizePolicy(policy)
        self._next: str | None = None
        top = QHBoxLayout()
        top.addWidget(self.name, 2)
        top.addSpacing(12)
        top.addWidget(self.facts, 3)
        top.addWidget(self.next_button)
        self.history = QLabel()
        self.history.setObjectName("stage_history")
        self.history.setTextFormat(Qt.TextFormat.RichText)
        self.history.setWordWrap(True)
        self.dates = QGridLayout()
        self.dates.setHorizontalSpacing(24)
        self.dates.setVerticalSpacing(0)
        self._captions = [
            self.tr("Signed"), self.tr("Kickoff"), self.tr("Target go-live"), self.tr("Go-live"),
            self.tr("First value"), self.tr("Checklist"),
        ]
        self._values: list[QLabel] = []
        small = QFont(self.font())
        small.setPointSizeF(small.pointSizeF() * 0.9)
        for col, caption in enumerate(self._captions):
            cap = QLabel(caption)
            cap.setFont(small)
            cap.setEnabled(False)  # the palette's muted text, in light and dark alike
            value = QLabel()
            value.setTextFormat(Qt.TextFormat.RichText)
            self.dates.addWidget(cap, 0, col)
            self.dates.addWidget(value, 1, col)
            self._values.append(value)
        self.dates.setColumnStretch(len(self._captions), 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addLayout(self.dates)
        layout.addWidget(self.history)

    def _on_next_button_clicked(self) -> None:
        if self._next is not None:
            self.next_stage_requested.emit(self._next)

    def value_texts(self) -> list[str]:
        return [v.text() for v in self._values]

    def set_detail(self, detail: AccountDetail, today: date) -> None:
        acc = detail.account
        colours = status_colors()

        def coloured(text: str, colour: str) -> str:
            return f'<span style="color:{colour}">{text}</span>'

        self.name.setText(acc.name)
        status = labels.status(acc.status)
        if acc.status == "churned":
            status = coloured(status, colours.bad.name())
        facts = [
            f"<b>{status}</b>",
            self.tr("Stage: <b>{0}</b>").format(labels.stage(acc.stage)),
            self.tr("Owner: {0}").format(acc.owner or "–"),
            self.tr("MRR: {0}").format(format_money(acc.mrr)),
        ]
        if detail.segment_name:
            facts.insert(2, self.tr("Segment: {0}").format(detail.segment_name))
        self.facts.setText("&nbsp;&nbsp;·&nbsp;&nbsp;".join(facts))

        verdict = detail.verdicts  # the rule book decides; the header only shows it
        target = acc.target_golive_date or "–"
        if acc.target_golive_date and verdict.golive_days_late > 0:
            target = coloured(self.tr("{0} ⚠ {1} late").format(
                acc.target_golive_date, labels.days(verdict.golive_days_late)), colours.bad.name())
        golive = acc.golive_date or "–"
        if acc.golive_date and verdict.golive_on_time is not None:
            on_time = verdict.golive_on_time
            golive = coloured(f"{acc.golive_date} {'✓' if on_time else '✗'}",
                              (colours.good if on_time else colours.warn).name())
        first_value = acc.first_value_date or "–"
        if verdict.ninety_day and verdict.days_since_signed is not None:
            first_value = coloured(self.tr("none after {0} ⚠").format(
                labels.days(verdict.days_since_signed)), colours.bad.name())
        countable = [t for t in detail.tasks if t.status != "skipped"]
        done = sum(1 for t in countable if t.status == "done")
        pct = f"{100 * done / len(countable):.0f} %" if countable else "–"
        checklist = self.tr("{0}/{1} done ({2})").format(done, len(countable), pct)
        values = [acc.signed_date or "–", acc.kickoff_date or "–", target, golive, first_value, checklist]
        for label, text in zip(self._values, values, strict=True):
            label.setText(text)
        self._values[4].setToolTip(self.tr(
            "90-day rule: an account past {0} days from signed without first value is flagged."
        ).format(NINETY_DAYS))
        self._values[5].setToolTip(self.tr("Checklist progress = done / (all − skipped)"))
        self._next = next_stage(acc.stage)
        self.next_button.setVisible(self._next is not None)
        if self._next is not None:
            self.next_button.setText(self.tr("Next stage: {0} →").format(labels.stage(self._next)))
            self.next_button.setToolTip(self.tr("Move this account from {0} to {1}").format(
                labels.stage(acc.stage), labels.stage(self._next)))
        parts = []
        for span in detail.stages:
            text = self.tr("{0} {1}").format(labels.stage(span.stage), labels.days(span.days))
            parts.append(f"<b>{text}</b>" if span.left is None else text)
        self.history.setText(self.tr("Stages: {0}").format(" → ".join(parts)) if parts else "")
        self.history.setToolTip(self.tr("Days in each stage, from the stage history; the current "
                                        "stage counts up to today."))
