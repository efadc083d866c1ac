"""The Compare tab: two groups side by side, as an A/B test with a plain-language verdict."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from tracker.analytics.experiments import ALPHA, MIN_EVENTS, MIN_PER_GROUP, Comparison, compare_groups
from tracker.analytics.groups import resolve_group
from tracker.changes import ChangeSet
from tracker.database import Database
from tracker.queries.lookups import largest_segments
from tracker.services.playbooks import list_playbooks
from tracker.services.records import list_segments
from ui.charts.analytics_charts import TtfvCurvesChart
from ui.context import AppContext
from ui.models.analytics_metric_model import MetricModel, metric_verdict, overall_verdict
from ui.views.analytics_parts import GroupPicker, JobBar, Progress, sorted_table, tr
from ui.views.stale import RefreshWhenShown


class CompareTab(QWidget):
    """Attributes:
        comparison: the result on screen (None before the first run).
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.comparison: Comparison | None = None
        self.group_a = GroupPicker()
        self.group_b = GroupPicker()
        self.run_button = QPushButton(tr("Compare"))
        self.jobs = JobBar(ctx.db_path)
        controls = QHBoxLayout()
        controls.addWidget(QLabel(tr("A:")))
        controls.addWidget(self.group_a, 1)
        controls.addWidget(QLabel(tr("B:")))
        controls.addWidget(self.group_b, 1)
        controls.addWidget(self.run_button)
        controls.addWidget(self.jobs)

        self.verdict = QLabel(tr("Pick two groups (playbooks, segments, signing periods or rules) and"
                                 " press Compare."))
        self.verdict.setWordWrap(True)
        font = QFont(self.verdict.font())
        font.setBold(True)
        self.verdict.setFont(font)
        self.model = MetricModel(self)
        self.proxy, self.table = sorted_table(self.model, self)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(140)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.details)
        self.chart = TtfvCurvesChart()
        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(scroll)
        bottom.addWidget(self.chart)
        bottom.setSizes([420, 780])
        bottom.setChildrenCollapsible(False)
        scroll.setMinimumWidth(280)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(bottom)
        split.setSizes([150, 480])
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.verdict)
        layout.addWidget(split, 1)
        self._show_method()

        self.run_button.clicked.connect(self.run)
        self.jobs.finished.connect(self._on_jobs_finished)
        self.jobs.failed.connect(self._on_jobs_failed)
        self._names = RefreshWhenShown(self, self.refresh_names)
        self.refresh_names()
        self.select_largest_segments()

    def select_largest_segments(self) -> None:
        """Start on the two biggest segments: an empty one gives "Not enough data" at once."""
        names = largest_segments(self.ctx.db, 2)
        if len(names) == 2:
            self.group_a.select("segment", names[0])
            self.group_b.select("segment", names[1])

    def refresh_names(self) -> None:
        self.group_a.set_names([s.name for s in list_segments(self.ctx.db)],
                               [p.name for p in list_playbooks(self.ctx.db)])
        self.group_b.set_names(self.group_a.names["segment"], self.group_a.names["playbook"])

    def on_changed(self, change: ChangeSet) -> None:
        if change.segments or change.playbooks:
            self._names.request()

    def _show_method(self) -> None:
        self.details.setText("<p>" + escape(tr(
            "Time to first value: log-rank test on censored days (accounts still waiting count until"
            " today). On-time go-live: Fisher's exact test. CSAT and NPS: Mann-Whitney U on each"
            " account's latest answer. P-values are Holm-adjusted across the metrics; a difference"
            " counts at p < {0}. No verdict below {1} per group (and {2} first values), because at 10"
            " per group even a 30-point gap in on-time rate is found only about one time in eight."
        ).format(ALPHA, MIN_PER_GROUP, MIN_EVENTS)) + "</p>")

    def run(self) -> None:
        spec_a, spec_b = self.group_a.spec(), self.group_b.spec()
        as_of = self.ctx.today()

        def job(db: Database, progress: Progress) -> Comparison:
            a, b = resolve_group(db, spec_a), resolve_group(db, spec_b)
            progress(1, 2, "")
            return compare_groups(db, a, b, as_of)

        self.run_button.setEnabled(False)
        self.jobs.start(job)

    def _on_jobs_finished(self, result: object) -> None:
        self.run_button.setEnabled(True)
        assert isinstance(result, Comparison)
        self.show_comparison(result)

    def _on_jobs_failed(self, message: str) -> None:
        self.run_button.setEnabled(True)
        self.verdict.setText(message or tr("Cancelled."))

    def show_comparison(self, c: Comparison) -> None:
        self.comparison = c
        self.model.set_rows(list(c.metrics))
        self.verdict.setText(overall_verdict(c))
        items = "".join(f"<li>{escape(metric_verdict(m, c.a.label, c.b.label))}</li>" for m in c.metrics)
        head = escape(tr("A = {0} ({1} accounts), B = {2} ({3} accounts), as of {4}.").format(
            c.a.label, len(c.a.account_ids), c.b.label, len(c.b.account_ids), c.as_of.isoformat()))
        self.details.setText(f"<p>{head}</p><ul style='margin-left:-20px'>{items}</ul>")
        self.chart.set_data([(tr("A: {0}").format(c.a.label), c.curves[0]),
                             (tr("B: {0}").format(c.b.label), c.curves[1])])
