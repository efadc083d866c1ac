"""The Analytics view: segmentation, playbook experiments, and retention & CLTV, as tabs.

Every analysis runs on a worker with its own connection; the view only shows results.
Changes announced on the bus refresh the name lists the tabs offer and mark results
that may have gone stale; nothing recomputes on its own (a clustering of the L portfolio
is not something to start behind the user's back).
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from tracker.changes import ChangeSet
from ui.context import AppContext
from ui.views.analytics_compare import CompareTab
from ui.views.analytics_retention import RetentionTab
from ui.views.analytics_segments import SegmentsTab


class AnalyticsView(QWidget):
    """Attributes:
        tabs: the tab widget; segments, compare, retention: its three pages.
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("AnalyticsView")
        self.segments = SegmentsTab(ctx)
        self.compare = CompareTab(ctx)
        self.retention = RetentionTab(ctx)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        # Questions a specialist asks, not the statistics that answer them (those are in the
        # tooltips): issue 17.
        for widget, text, tip in (
            (self.segments, self.tr("Groups that behave alike"),
             self.tr("Segmentation: clusters accounts (k-means or Ward) and names the groups")),
            (self.compare, self.tr("Is A really better than B?"),
             self.tr("Compares two groups with significance tests (log-rank, Fisher's exact, "
                     "Mann-Whitney U) and says how sure we can be")),
            (self.retention, self.tr("Who stays, and what they are worth"),
             self.tr("Retention and customer lifetime value (CLTV), projected with a "
                     "shifted-beta-geometric model")),
        ):
            self.tabs.setTabToolTip(self.tabs.addTab(widget, text), tip)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.tabs)
        ctx.bus.changed.connect(self._on_bus_changed)

    def _on_bus_changed(self, change: ChangeSet, _initiator: object) -> None:
        self.segments.on_changed(change)
        self.compare.on_changed(change)
        self.retention.on_changed(change)

    def busy(self) -> bool:
        """True while an analysis is still running (the window can wait before closing)."""
        return any(t.jobs.running for t in (self.segments, self.compare, self.retention))
