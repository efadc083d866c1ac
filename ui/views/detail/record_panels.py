"""The record tabs of the detail view: milestones, contacts, feedback, activity and notes.

Each panel opens its dialog with ``open()`` (never a blocking ``exec()``) and returns it,
so tests can fill it in and press OK like a user.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from tracker.domain import Activity, ActivityId, Contact, Feedback, Milestone, Note
from tracker.services.records import ACTIVITIES, CONTACTS, FEEDBACK, NOTES
from ui.commands.base import quoted
from ui.commands.records import (
    AddRecord,
    DeleteRecord,
    EditRecord,
    RecordMilestone,
)
from ui.context import AppContext
from ui.dialogs.activity_dialog import ActivityDialog
from ui.dialogs.contact_dialog import ContactDialog
from ui.dialogs.feedback_dialog import FeedbackDialog
from ui.dialogs.milestone_dialog import MilestoneDialog
from ui.dialogs.note_dialog import NoteDialog
from ui.models import labels
from ui.models.activity_model import ActivityTableModel
from ui.models.contact_model import ContactTableModel
from ui.models.feedback_model import FeedbackTableModel
from ui.models.milestone_model import COL_TARGET, MilestoneTableModel
from ui.models.note_model import NoteTableModel
from ui.plurals import ntr
from ui.views.detail.table_panel import TablePanel


class MilestonesPanel(TablePanel):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.milestones = MilestoneTableModel(ctx.today)
        super().__init__(ctx, self.milestones, 0, COL_TARGET, parent=parent)
        self.milestones.setParent(self)
        self.record_button = self.add_button(self.tr("Mark achieved…"), self.open_record, True)
        self.clear_button = self.add_button(self.tr("Clear achieved"), self.clear_achieved, True)
        self.add_edit_delete_actions(self.tr("Mark achieved…"), self.open_record,
                                     self.tr("Clear achieved"), self.clear_achieved)
        self.on_double_click(self.open_record)
        self._update_clear()

    def _update_clear(self) -> None:
        """Clearing is offered only for a milestone that was achieved."""
        milestone: Milestone | None = self.current_row()
        achieved = milestone is not None and bool(milestone.achieved_date)
        self.clear_button.setEnabled(achieved)
        self.delete_action.setEnabled(achieved)

    def _update_buttons(self) -> None:
        super()._update_buttons()
        if hasattr(self, "delete_action"):  # the base class asks before they exist
            self._update_clear()

    def set_milestones(self, rows: Sequence[Milestone]) -> None:
        self.keep_selection(rows, lambda m: m.id)
        done = sum(1 for m in rows if m.achieved_date)
        self.summary.setText(self.tr("{0} of {1} achieved").format(done, len(rows)))

    def open_record(self) -> MilestoneDialog | None:
        milestone: Milestone | None = self.current_row()
        if milestone is None:
            return None
        dialog = MilestoneDialog(milestone, self.ctx.today(), self)
        dialog.accepted.connect(lambda: self.ctx.undo_stack.push(RecordMilestone(
            self.ctx, milestone.id, milestone.name, dialog.achieved_date(), self)))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def clear_achieved(self) -> None:
        milestone: Milestone | None = self.current_row()
        if milestone is not None and milestone.achieved_date:
            self.ctx.undo_stack.push(RecordMilestone(
                self.ctx, milestone.id, milestone.name, None, self))


class ContactsPanel(TablePanel):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.contacts = ContactTableModel()
        super().__init__(ctx, self.contacts, 0, parent=parent)
        self.contacts.setParent(self)
        self.add_button(self.tr("Add contact…"), self.open_add)
        self.add_button(self.tr("Edit…"), self.open_edit, True)
        self.add_button(self.tr("Delete"), self.delete_current, True)
        self.add_edit_delete_actions(self.tr("Edit contact…"), self.open_edit,
                                     self.tr("Delete contact"), self.delete_current)
        self.on_double_click(self.open_edit)

    def set_contacts(self, rows: Sequence[Contact]) -> None:
        self.keep_selection(rows, lambda c: c.id)
        invited = sum(1 for c in rows if c.invited_date)
        active = sum(1 for c in rows if c.invited_date and c.activated_date)
        rate = f"{100 * active / invited:.0f} %" if invited else "–"
        self.summary.setText(self.tr("Activation {0}: {1} of {2} invited").format(rate, active, invited))
        self.summary.setToolTip(self.tr("Activation rate = contacts activated / contacts invited × 100"))

    def open_add(self) -> ContactDialog | None:
        if self.account_id is None:
            return None
        dialog = ContactDialog(None, self.ctx.today(), self)
        account_id = self.account_id

        def push() -> None:
            values = dialog.values()
            self.ctx.undo_stack.push(AddRecord(
                self.ctx, CONTACTS, account_id, values,
                self.tr("Add contact {0}").format(quoted(values["name"])), self))

        dialog.accepted.connect(push)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def open_edit(self) -> ContactDialog | None:
        contact: Contact | None = self.current_row()
        if contact is None:
            return None
        dialog = ContactDialog(contact, self.ctx.today(), self)

        def push() -> None:
            changes = dialog.changes()
            if changes:
                self.ctx.undo_stack.push(EditRecord(
                    self.ctx, CONTACTS, contact.id, changes,
                    self.tr("Edit contact {0}").format(quoted(contact.name)), self))

        dialog.accepted.connect(push)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def delete_current(self) -> None:
        contact: Contact | None = self.current_row()
        if contact is not None:
            self.ctx.undo_stack.push(DeleteRecord(
                self.ctx, CONTACTS, contact.id,
                self.tr("Delete contact {0}").format(quoted(contact.name)), self))


class FeedbackPanel(TablePanel):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.feedback = FeedbackTableModel()
        super().__init__(ctx, self.feedback, 4, 0, True, parent)
        self.feedback.setParent(self)
        self._contacts: list[Contact] = []
        self.add_button(self.tr("Add feedback…"), self.open_add)
        self.add_button(self.tr("Edit…"), self.open_edit, True)
        self.add_button(self.tr("Delete"), self.delete_current, True)
        self.add_edit_delete_actions(self.tr("Edit feedback…"), self.open_edit,
                                     self.tr("Delete feedback"), self.delete_current)
        self.on_double_click(self.open_edit)

    def set_feedback(self, rows: Sequence[Feedback], contacts: Sequence[Contact]) -> None:
        self._contacts = list(contacts)
        self.feedback.set_contact_names({int(c.id): c.name for c in contacts})
        self.keep_selection(rows, lambda f: f.id)
        csat = [f.score for f in rows if f.kind == "csat"]
        nps = [f.score for f in rows if f.kind == "nps"]
        parts = []
        if csat:
            parts.append(self.tr("CSAT {0:.0f} % (n={1})").format(
                100 * sum(1 for s in csat if s >= 4) / len(csat), len(csat)))
        if nps:
            score = 100 * (sum(1 for s in nps if s >= 9) - sum(1 for s in nps if s <= 6)) / len(nps)
            parts.append(self.tr("NPS {0:+.0f} (n={1})").format(score, len(nps)))
        self.summary.setText(" · ".join(parts) or self.tr("No feedback yet"))
        self.summary.setToolTip(self.tr(
            "CSAT = responses of 4 or 5 / all responses × 100\n"
            "NPS = % promoters (9-10) − % detractors (0-6)"))

    def open_add(self) -> FeedbackDialog | None:
        if self.account_id is None:
            return None
        dialog = FeedbackDialog(self._contacts, self.ctx.today(), self)
        account_id = self.account_id

        def push() -> None:
            values = dialog.values()
            text = self.tr("Add {0} feedback ({1})").format(labels.feedback_kind(values["kind"]),
                                                            values["score"])
            self.ctx.undo_stack.push(AddRecord(self.ctx, FEEDBACK, account_id, values, text, self))

        dialog.accepted.connect(push)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def open_edit(self) -> FeedbackDialog | None:
        row: Feedback | None = self.current_row()
        if row is None:
            return None
        dialog = FeedbackDialog(self._contacts, self.ctx.today(), self, original=row)

        def push() -> None:
            changes = dialog.changes()
            if changes:
                self.ctx.undo_stack.push(EditRecord(
                    self.ctx, FEEDBACK, row.id, changes,
                    self.tr("Edit {0} feedback of {1}").format(labels.feedback_kind(row.kind), row.date),
                    self))

        dialog.accepted.connect(push)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def delete_current(self) -> None:
        row: Feedback | None = self.current_row()
        if row is not None:
            self.ctx.undo_stack.push(DeleteRecord(
                self.ctx, FEEDBACK, row.id,
                self.tr("Delete {0} feedback of {1}").format(labels.feedback_kind(row.kind), row.date), self))


class ActivityPanel(TablePanel):
    """The timeline: logged activities and the account's dated notes (shown as kind "note",
    under a negative id so they never collide with an activity's).

    Signals:
        note_requested(int): the user wants to edit or delete this note (the Notes tab does it).
    """

    note_requested = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.activities = ActivityTableModel()
        super().__init__(ctx, self.activities, 3, 0, True, parent)
        self.activities.setParent(self)
        self._contacts: list[Contact] = []
        self.add_button(self.tr("Log activity…"), self.open_add)
        self.add_button(self.tr("Edit…"), self.open_edit, True)
        self.add_button(self.tr("Delete"), self.delete_current, True)
        self.add_edit_delete_actions(self.tr("Edit activity…"), self.open_edit,
                                     self.tr("Delete activity"), self.delete_current)
        self.on_double_click(self.open_edit)

    def set_activities(self, rows: Sequence[Activity], contacts: Sequence[Contact],
                       notes: Sequence[Note] = (), last_touch: str | None = None) -> None:
        """``last_touch`` is the rule book's latest touchpoint (ticks and feedback count too)."""
        self._contacts = list(contacts)
        self.activities.set_contact_names({int(c.id): c.name for c in contacts})
        timeline = [*rows, *(Activity(ActivityId(-n.id), n.account_id, None, "note", n.date, n.body)
                             for n in notes)]
        self.keep_selection(timeline, lambda a: a.id)
        last = last_touch or (max(a.date for a in timeline) if timeline else None)
        if last:
            ago = (self.ctx.today() - date.fromisoformat(last)).days
            self.summary.setText(self.tr("Last touch {0} ({1} ago)").format(last, labels.days(ago)))
        else:
            self.summary.setText(self.tr("No activity yet"))

    def open_add(self) -> ActivityDialog | None:
        if self.account_id is None:
            return None
        dialog = ActivityDialog(self._contacts, self.ctx.today(), self)
        account_id = self.account_id

        def push() -> None:
            values = dialog.values()
            text = self.tr("Log {0} on {1}").format(labels.activity_kind(values["kind"]).lower(),
                                                   values["date"])
            self.ctx.undo_stack.push(AddRecord(self.ctx, ACTIVITIES, account_id, values, text, self))

        dialog.accepted.connect(push)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def open_edit(self) -> ActivityDialog | None:
        row: Activity | None = self.current_row()
        if row is None:
            return None
        if row.id < 0:
            self.note_requested.emit(-row.id)
            return None
        dialog = ActivityDialog(self._contacts, self.ctx.today(), self, original=row)

        def push() -> None:
            changes = dialog.changes()
            if changes:
                self.ctx.undo_stack.push(EditRecord(
                    self.ctx, ACTIVITIES, row.id, changes,
                    self.tr("Edit activity of {0}").format(row.date), self))

        dialog.accepted.connect(push)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def delete_current(self) -> None:
        row: Activity | None = self.current_row()
        if row is not None and row.id < 0:
            self.note_requested.emit(-row.id)
        elif row is not None:
            self.ctx.undo_stack.push(DeleteRecord(
                self.ctx, ACTIVITIES, row.id,
                self.tr("Delete activity of {0}").format(row.date), self))


class NotesPanel(TablePanel):
    """Dated notes: add, edit and delete, each one undoable step; they also show in the
    activity timeline and in search."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.notes = NoteTableModel()
        super().__init__(ctx, self.notes, 1, 0, True, parent)
        self.notes.setParent(self)
        self.account_name = ""
        self.add_button_widget = self.add_button(self.tr("&Add note…"), self.open_add)
        self.add_button(self.tr("Edit…"), self.open_edit, True)
        self.add_button(self.tr("Delete"), self.delete_current, True)
        self.add_edit_delete_actions(self.tr("Edit note…"), self.open_edit,
                                     self.tr("Delete note"), self.delete_current)
        self.on_double_click(self.open_edit)

    def set_notes(self, account_name: str, rows: Sequence[Note]) -> None:
        self.account_name = account_name
        self.keep_selection(rows, lambda n: n.id)
        self.summary.setText(ntr("NotesPanel", "%Ln note(s)", len(rows)) if rows
                             else self.tr("No notes yet"))

    def select_note(self, note_id: int) -> bool:
        return self.select_where(lambda n: n.id == note_id)

    def open_add(self) -> NoteDialog | None:
        if self.account_id is None:
            return None
        dialog = NoteDialog(self.ctx.today(), self)
        account_id = self.account_id

        def push() -> None:
            values = dialog.values()
            self.ctx.undo_stack.push(AddRecord(
                self.ctx, NOTES, account_id, values,
                self.tr("Add note of {0} to {1}").format(values["date"], quoted(self.account_name)),
                self))

        dialog.accepted.connect(push)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def open_edit(self) -> NoteDialog | None:
        row: Note | None = self.current_row()
        if row is None:
            return None
        dialog = NoteDialog(self.ctx.today(), self, original=row)

        def push() -> None:
            changes = dialog.changes()
            if changes:
                self.ctx.undo_stack.push(EditRecord(
                    self.ctx, NOTES, row.id, changes,
                    self.tr("Edit note of {0}").format(row.date), self))

        dialog.accepted.connect(push)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def delete_current(self) -> None:
        row: Note | None = self.current_row()
        if row is not None:
            self.ctx.undo_stack.push(DeleteRecord(
                self.ctx, NOTES, row.id, self.tr("Delete note of {0}").format(row.date), self))
