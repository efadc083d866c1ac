"""What a write touched, so views re-query only what they show.

Every service that writes returns a ChangeSet (the idea comes from Anki's OpChanges).
"""

from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True)
class ChangeSet:
    accounts: bool = False
    contacts: bool = False
    tasks: bool = False
    milestones: bool = False
    feedback: bool = False
    activities: bool = False
    playbooks: bool = False
    segments: bool = False
    kpis: bool = False
    account_id: int | None = None

    def __or__(self, other: ChangeSet) -> ChangeSet:
        merged = {f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self)}
        if self.account_id != other.account_id:
            merged["account_id"] = None
        return ChangeSet(**merged)

    @classmethod
    def everything(cls) -> ChangeSet:
        return cls(**{f.name: True for f in fields(cls) if f.name != "account_id"})
