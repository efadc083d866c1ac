"""The maturity ladder as a table: each level with its use cases, tied playbooks and how
many accounts stand at it now."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tracker.domain_signals import MaturityLevel
from ui.models.record_table import Column, RecordTableModel


@dataclass(frozen=True)
class LadderRow:
    rank: int  # 1 for the lowest level
    level: MaturityLevel
    playbooks: tuple[str, ...]
    accounts: int


def ladder_rows(levels: Sequence[MaturityLevel], tied: dict[int, list[str]],
                standing: dict[int, int]) -> list[LadderRow]:
    return [LadderRow(n, lv, tuple(sorted(tied.get(lv.id, []))), standing.get(lv.id, 0))
            for n, lv in enumerate(levels, start=1)]


class LadderModel(RecordTableModel[LadderRow]):
    def columns(self) -> Sequence[Column[LadderRow]]:
        return [
            Column(self.tr("#"), lambda r: str(r.rank), lambda r: r.rank, align_right=True),
            Column(self.tr("Level"), lambda r: r.level.name, lambda r: r.level.name.lower()),
            Column(self.tr("Use cases and features"), lambda r: "; ".join(
                line.strip() for line in r.level.use_cases.splitlines() if line.strip()),
                tooltip=lambda r: r.level.use_cases),
            Column(self.tr("Playbooks"), lambda r: ", ".join(r.playbooks),
                   tooltip=lambda r: self.tr("Playbooks that bring an account to this level")),
            Column(self.tr("Accounts here"), lambda r: str(r.accounts), lambda r: r.accounts,
                   align_right=True),
        ]
