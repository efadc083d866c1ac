"""What a write touched, so views re-query only what they show.

Every service that writes returns a ChangeSet (the idea comes from Anki's OpChanges), or,
when the caller also needs something back (a new id, what undo must put back), a
:class:`Written` that carries the ChangeSet beside that value.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Generic, TypeVar

T = TypeVar("T")

_FLAGS = ("accounts", "contacts", "tasks", "milestones", "feedback", "activities", "notes",
          "playbooks", "segments", "kpis", "goals", "cases", "trials", "maturity", "templates")


@dataclass(frozen=True)
class ChangeSet:
    """Which kinds of rows changed, and for which accounts.

    ``account_ids`` names the accounts whose rows changed; ``all_accounts`` says any account
    may have changed (a new health weight, an import, a restored snapshot), so a view must
    read everything again. Joining two change sets with ``|`` keeps every account of both:
    a view that skipped one of them would show stale rows.
    """

    accounts: bool = False
    contacts: bool = False
    tasks: bool = False
    milestones: bool = False
    feedback: bool = False
    activities: bool = False
    notes: bool = False
    playbooks: bool = False
    segments: bool = False
    kpis: bool = False
    goals: bool = False
    cases: bool = False
    trials: bool = False
    maturity: bool = False
    templates: bool = False  # message templates (no account's rows)
    account_ids: frozenset[int] = frozenset()
    all_accounts: bool = False

    def __or__(self, other: ChangeSet) -> ChangeSet:
        merged: dict[str, bool] = {
            name: getattr(self, name) or getattr(other, name) for name in _FLAGS
        }
        return replace(self, **merged, account_ids=self.account_ids | other.account_ids,
                       all_accounts=self.all_accounts or other.all_accounts)

    def touches(self, account_id: int) -> bool:
        """Whether rows of ``account_id`` may have changed."""
        return self.all_accounts or account_id in self.account_ids

    @property
    def every_account_row(self) -> bool:
        """Whether any account's list row may have moved, named or not: ``all_accounts``, or a
        segment or playbook change (a segment's playbook, a rename shown in every row). The
        account list, Today and Accounts read everything again then; otherwise only the
        ``account_ids``."""
        return self.all_accounts or self.segments or self.playbooks

    def for_accounts(self, *account_ids: int) -> ChangeSet:
        """The same kinds of change, for these accounts (added to those already named)."""
        return replace(self, account_ids=self.account_ids | frozenset(account_ids))

    @classmethod
    def everything(cls) -> ChangeSet:
        """Anything may have changed, for every account."""
        flags: dict[str, bool] = {name: True for name in _FLAGS}
        return cls(**flags, all_accounts=True)  # type: ignore[arg-type]


assert {f.name for f in fields(ChangeSet)} == {*_FLAGS, "account_ids", "all_accounts"}


@dataclass(frozen=True)
class Written(Generic[T]):
    """A write's ChangeSet plus the one value its caller needs back.

    ``value`` is the new row's id for a create, the snapshot that undoes a delete, or the
    previous values of an update: what an undo command stores to reverse the write.
    """

    change: ChangeSet
    value: T
