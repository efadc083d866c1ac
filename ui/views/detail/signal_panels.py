"""The support-case tab and the trial-and-maturity tab of the account detail view.

Like the other record tabs, dialogs open with ``open()`` and are returned, so tests fill
them in and press OK like a user; every write is one undoable command.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tracker.domain import Contact
from tracker.domain_signals import MaturityLevel, SupportCase, Trial
from tracker.queries import signals as reads
from tracker.services.signals import MATURITY_STEPS, SUPPORT_CASES, TRIALS
from ui.commands.base import quoted
from ui.commands.records import AddRecord, DeleteRecord, EditRecord
from ui.commands.signals import StartNextLevel
from ui.context import AppContext
from ui.dialogs.signal_dialogs import CaseDialog, LevelDialog, TrialDialog
from ui.models.signal_models import CaseTableModel, MaturityStepModel, trial_kind
from ui.views.detail.table_panel import TablePanel


class CasesPanel(TablePanel):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.cases = CaseTableModel()
        super().__init__(ctx, self.cases, 4, 0, True, parent)
        self.cases.setParent(self)
        self._contacts: list[Contact] = []
        self.add_button(self.tr("Add case…"), self.open_add)
        self.add_button(self.tr("Edit…"), self.open_edit, True)
        self.close_button = self.add_button(self.tr("Close today"), self.close_current, True)
        self.add_button(self.tr("Delete"), self.delete_current, True)
        self.add_edit_delete_actions(self.tr("Edit case…"), self.open_edit,
                                     self.tr("Delete case"), self.delete_current)
        self.on_double_click(self.open_edit)

    def set_cases(self, rows: Sequence[SupportCase], contacts: Sequence[Contact]) -> None:
        self._contacts = list(contacts)
        self.cases.set_contact_names({int(c.id): c.name for c in contacts})
        self.keep_selection(rows, lambda c: c.id)
        since = (self.ctx.today() - timedelta(days=90)).isoformat()
        open_now = sum(1 for c in rows if not c.closed_date)
        recent = sum(1 for c in rows if c.opened_date > since)
        self.summary.setText(self.tr("{0} open · {1} opened in the last 90 days").format(open_now, recent)
                             if rows else self.tr("No support cases"))

    def open_add(self) -> CaseDialog | None:
        if self.account_id is None:
            return None
        dialog = CaseDialog(self._contacts, self.ctx.today(), self)
        account_id = self.account_id

        def push() -> None:
            values = dialog.values()
            self.ctx.undo_stack.push(AddRecord(
                self.ctx, SUPPORT_CASES, account_id, values,
                self.tr("Add support case {0}").format(quoted(values["subject"] or values["topic"])), self))

        dialog.accepted.connect(push)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def open_edit(self) -> CaseDialog | None:
        row: SupportCase | None = self.current_row()
        if row is None:
            return None
        dialog = CaseDialog(self._contacts, self.ctx.today(), self, original=row)

        def push() -> None:
            changes = dialog.changes()
            if changes:
                self.ctx.undo_stack.push(EditRecord(
                    self.ctx, SUPPORT_CASES, row.id, changes,
                    self.tr("Edit support case of {0}").format(row.opened_date), self))

        dialog.accepted.connect(push)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def close_current(self) -> None:
        row: SupportCase | None = self.current_row()
        if row is not None and not row.closed_date:
            today = max(self.ctx.today(), date.fromisoformat(row.opened_date)).isoformat()
            self.ctx.undo_stack.push(EditRecord(
                self.ctx, SUPPORT_CASES, row.id, {"opened_date": row.opened_date, "closed_date": today},
                self.tr("Close support case of {0}").format(row.opened_date), self))

    def delete_current(self) -> None:
        row: SupportCase | None = self.current_row()
        if row is not None:
            self.ctx.undo_stack.push(DeleteRecord(
                self.ctx, SUPPORT_CASES, row.id,
                self.tr("Delete support case of {0}").format(row.opened_date), self))


class TrialMaturityPanel(QWidget):
    """How the account started (trial or freemium, converted or not) and its maturity level."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.account_id: int | None = None
        self.trial: Trial | None = None
        self.levels: list[MaturityLevel] = []
        self._contacts: list[Contact] = []
        trial_box = QGroupBox(self.tr("Trial"))
        self.trial_label = QLabel()
        self.trial_label.setWordWrap(True)
        self.trial_button = QPushButton(self.tr("Record trial…"))
        self.convert_button = QPushButton(self.tr("Converted today"))
        self.trial_button.clicked.connect(lambda _=False: self.open_trial())
        self.convert_button.clicked.connect(lambda _=False: self.convert_today())
        row = QHBoxLayout(trial_box)
        row.addWidget(self.trial_label, 1)
        row.addWidget(self.trial_button)
        row.addWidget(self.convert_button)

        level_box = QGroupBox(self.tr("Maturity"))
        self.level_label = QLabel()
        self.level_label.setWordWrap(True)
        self.level_button = QPushButton(self.tr("Record level…"))
        self.next_button = QPushButton(self.tr("Start next level's playbook"))
        self.next_button.setToolTip(self.tr(
            "The Expand loop: apply the playbook tied to the next maturity level, from today"))
        self.level_button.clicked.connect(lambda _=False: self.open_level())
        self.next_button.clicked.connect(lambda _=False: self.start_next_level())
        self.history = TablePanel(ctx, MaturityStepModel(), 1, 0, True)
        self.history.model.setParent(self.history)
        top = QHBoxLayout()
        top.addWidget(self.level_label, 1)
        top.addWidget(self.level_button)
        top.addWidget(self.next_button)
        box = QVBoxLayout(level_box)
        box.addLayout(top)
        box.addWidget(self.history, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(trial_box)
        layout.addWidget(level_box, 1)

    def refresh(self, contacts: Sequence[Contact]) -> None:
        if self.account_id is None:
            return
        db, account_id = self.ctx.db, self.account_id
        self._contacts = list(contacts)
        self.trial = reads.trial_of(db, account_id)
        self.levels = reads.ladder(db)
        self._show_trial()
        names = {lv.id: f"{lv.position}. {lv.name}" for lv in self.levels}
        people = {int(c.id): c.name for c in contacts}
        rows = [(s.reached_date, names.get(s.level_id, "?"), self.tr("Account")) for s in
                reads.maturity_history(db, account_id)]
        for contact in contacts:
            rows += [(s.reached_date, names.get(s.level_id, "?"), people[int(contact.id)])
                     for s in reads.maturity_history(db, account_id, int(contact.id))]
        self.history.keep_selection(rows, lambda r: r)
        here = reads.current_levels(db).get(account_id)
        following = reads.next_level(db, account_id)
        if here is None:
            text = self.tr("No maturity level recorded yet.")
        else:
            level = next(lv for lv in self.levels if lv.id == here)
            text = self.tr("Level {0} of {1}: {2}").format(level.position, len(self.levels), level.name)
            if level.use_cases:
                text += " — " + level.use_cases
        if following is not None:
            text += "\n" + self.tr("Next: {0}").format(following.name)
        self.level_label.setText(text)
        tied = set(reads.playbook_levels(db).values())
        self.next_button.setEnabled(following is not None and following.id in tied)

    def _show_trial(self) -> None:
        t = self.trial
        if t is None:
            self.trial_label.setText(self.tr("Did not start as a trial."))
            self.trial_button.setText(self.tr("Record trial…"))
            self.convert_button.setEnabled(False)
            return
        self.trial_button.setText(self.tr("Edit trial…"))
        until = t.end_date or self.tr("no end")
        if t.converted_date:
            state = self.tr("converted to paid on {0}").format(t.converted_date)
        elif t.end_date and t.end_date < self.ctx.today().isoformat():
            state = self.tr("ended without converting")
        else:
            state = self.tr("running")
        self.trial_label.setText(self.tr("{0} from {1} to {2}: {3}").format(
            trial_kind(t.kind), t.start_date, until, state))
        self.convert_button.setEnabled(not t.converted_date)

    def open_trial(self) -> TrialDialog | None:
        if self.account_id is None:
            return None
        original = self.trial
        dialog = TrialDialog(self.ctx.today(), self, original)
        account_id = self.account_id

        def push() -> None:
            if original is None:
                self.ctx.undo_stack.push(AddRecord(self.ctx, TRIALS, account_id, dialog.values(),
                                                   self.tr("Record trial"), self))
                return
            changes = dialog.changes()
            if changes:
                self.ctx.undo_stack.push(EditRecord(self.ctx, TRIALS, original.id, changes,
                                                    self.tr("Edit trial"), self))

        dialog.accepted.connect(push)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def convert_today(self) -> None:
        t = self.trial
        if t is not None and not t.converted_date:
            day = max(self.ctx.today(), date.fromisoformat(t.start_date)).isoformat()
            self.ctx.undo_stack.push(EditRecord(
                self.ctx, TRIALS, t.id, {"start_date": t.start_date, "end_date": t.end_date,
                                         "converted_date": day},
                self.tr("Record trial converted"), self))

    def open_level(self) -> LevelDialog | None:
        if self.account_id is None or not self.levels:
            return None
        following = reads.next_level(self.ctx.db, self.account_id)
        dialog = LevelDialog(self.levels, self._contacts, self.ctx.today(),
                             following.id if following else None, self)
        account_id = self.account_id

        def push() -> None:
            values = dialog.values()
            name = next((lv.name for lv in self.levels if lv.id == values["level_id"]), "")
            self.ctx.undo_stack.push(AddRecord(self.ctx, MATURITY_STEPS, account_id, values,
                                               self.tr("Reach maturity level {0}").format(quoted(name)),
                                               self))

        dialog.accepted.connect(push)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def start_next_level(self) -> None:
        if self.account_id is not None:
            self.ctx.undo_stack.push(StartNextLevel(self.ctx, self.account_id, self.ctx.today(), self))
