"""Filter-as-you-type and quick filters over the account list.

``filterAcceptsRow`` is called once per source row from C++, so it only indexes a list
of booleans; the list is rebuilt in one comprehension over precomputed lowercase search
keys when the filter text or a quick filter changes (DESIGN.md pitfalls: 5,000 rows per
keystroke in well under 30 ms). Sorting is handed to the source model for the same reason.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt

from tracker.queries.portfolio import AccountRow
from ui.models.sortable import SortableRowModel

Index = QModelIndex | QPersistentModelIndex


class SourceSortingProxy(QSortFilterProxyModel):
    """A proxy whose sort() reorders the source model (Python keys) instead of comparing."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if isinstance(source, SortableRowModel):
            source.sort(column, order)
        else:  # pragma: no cover - every model of ours sorts itself
            super().sort(column, order)


class AccountFilterProxy(SourceSortingProxy):
    """Signals: none of its own; listen to the model's layout/rows signals."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._stage: str | None = None
        self._at_risk = False
        self._late = False
        self._mask: list[bool] | None = None
        self.setDynamicSortFilter(True)

    def setSourceModel(self, model: SortableRowModel) -> None:  # type: ignore[override]
        old = self.sourceModel()
        if old is not None:
            for signal in (old.modelAboutToBeReset, old.layoutAboutToBeChanged,
                           old.rowsAboutToBeInserted, old.rowsAboutToBeRemoved):
                signal.disconnect(self._forget)
        # Connected before the proxy's own slots see the change, so no stale mask is read.
        for signal in (model.modelAboutToBeReset, model.layoutAboutToBeChanged,
                       model.rowsAboutToBeInserted, model.rowsAboutToBeRemoved):
            signal.connect(self._forget)
        model.dataChanged.connect(self._forget)
        self._mask = None
        super().setSourceModel(model)

    # -- filter state ---------------------------------------------------------------------
    @property
    def text(self) -> str:
        return self._text

    def set_text(self, text: str) -> None:
        text = " ".join(text.lower().split())
        if text != self._text:
            self._change(lambda: setattr(self, "_text", text))

    def set_stage(self, stage: str | None) -> None:
        if stage != self._stage:
            self._change(lambda: setattr(self, "_stage", stage))

    def set_at_risk(self, on: bool) -> None:
        if on != self._at_risk:
            self._change(lambda: setattr(self, "_at_risk", on))

    def set_late(self, on: bool) -> None:
        if on != self._late:
            self._change(lambda: setattr(self, "_late", on))

    def clear_filters(self) -> None:
        def reset() -> None:
            self._text, self._stage, self._at_risk, self._late = "", None, False, False
        self._change(reset)

    def _change(self, apply: object) -> None:
        assert callable(apply)
        self.beginFilterChange()
        apply()
        self._mask = None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    # -- filtering ------------------------------------------------------------------------
    def _forget(self, *args: object) -> None:
        self._mask = None

    def _build_mask(self) -> list[bool]:
        source = self.sourceModel()
        rows: Sequence[AccountRow] = source.rows() if isinstance(source, SortableRowModel) else []
        words = self._text.split()
        stage, risk, late = self._stage, self._at_risk, self._late
        if not (words or stage or risk or late):
            return [True] * len(rows)
        if len(words) == 1 and not (stage or risk or late):
            word = words[0]
            return [word in r.search_key for r in rows]
        return [
            all(w in r.search_key for w in words)
            and (stage is None or r.stage == stage)
            and (not risk or bool(r.reasons))
            and (not late or r.late)
            for r in rows
        ]

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        mask = self._mask
        if mask is None or source_row >= len(mask):
            mask = self._mask = self._build_mask()
        return mask[source_row]
