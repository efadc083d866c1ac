"""Contacts of one account: who was invited and who has activated."""

from __future__ import annotations

from collections.abc import Sequence

from tracker.domain import Contact
from ui.models import labels
from ui.models.record_table import Column, RecordTableModel, none_last


class ContactTableModel(RecordTableModel[Contact]):
    def columns(self) -> Sequence[Column[Contact]]:
        return [
            Column(self.tr("Name"), lambda c: c.name, lambda c: c.name.lower(),
                   tooltip=lambda c: c.email or self.tr("no e-mail")),
            Column(self.tr("Role"), lambda c: labels.contact_role(c.role)),
            Column(self.tr("Invited"), lambda c: c.invited_date or "", lambda c: none_last(c.invited_date)),
            Column(self.tr("Activated"), lambda c: c.activated_date or self.tr("not yet"),
                   lambda c: none_last(c.activated_date),
                   lambda c: None if c.activated_date or not c.invited_date else "warn"),
            Column(self.tr("Last active"), lambda c: c.last_active_date or "",
                   lambda c: none_last(c.last_active_date)),
        ]
