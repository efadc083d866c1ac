"""Apply a playbook to an account from a start date (e.g. a product update for a live account)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, timedelta

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from tracker.domain import Playbook, PlaybookStep
from ui.dialogs.fields import date_edit, from_qdate
from ui.models import labels


class ApplyPlaybookDialog(QDialog):
    """``steps`` maps playbook id to its steps so the preview needs no query."""

    def __init__(self, playbooks: Sequence[Playbook], steps: Mapping[int, Sequence[PlaybookStep]],
                 today: date, preferred_kind: str = "delta", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Apply playbook"))
        self._steps = steps
        self._names = {int(pb.id): pb.name for pb in playbooks}
        self.playbook = QComboBox()
        for pb in playbooks:
            kind = labels.playbook_kind(pb.kind)
            text = pb.name if kind == pb.name else self.tr("{0} — {1}").format(pb.name, kind)
            self.playbook.addItem(text, int(pb.id))
        preferred = next((i for i, pb in enumerate(playbooks) if pb.kind == preferred_kind), 0)
        self.playbook.setCurrentIndex(preferred)
        self.start = date_edit(today, today)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Playbook:"), self.playbook)
        form.addRow(self.tr("&Start date:"), self.start)
        form.addRow(self.tr("Creates:"), self.preview)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Apply"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.playbook.currentIndexChanged.connect(self._update_preview)
        self.start.dateChanged.connect(self._update_preview)
        self._update_preview()
        self.setMinimumWidth(480)

    def playbook_id(self) -> int | None:
        value = self.playbook.currentData()
        return int(value) if value is not None else None

    def playbook_name(self) -> str:
        pid = self.playbook_id()
        return self._names.get(pid, "") if pid is not None else ""

    def start_date(self) -> date:
        return from_qdate(self.start.date())

    def _update_preview(self) -> None:
        pid = self.playbook_id()
        steps = list(self._steps.get(pid, ())) if pid is not None else []
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(steps))
        if not steps:
            self.preview.setText(self.tr("This playbook has no steps."))
            return
        n_ms = sum(1 for s in steps if s.is_milestone)
        last = self.start_date() + timedelta(days=max(s.offset_days for s in steps))
        self.preview.setText(self.tr("{0} tasks and {1} milestones, the last due on {2}.")
                             .format(len(steps) - n_ms, n_ms, last.isoformat()))
