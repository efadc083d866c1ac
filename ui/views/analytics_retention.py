"""The Retention & CLTV tab: sBG fits per group, actual vs projected survival, both CLTVs."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from tracker.analytics.retention import Projection, project_retention
from tracker.changes import ChangeSet
from tracker.database import Database
from tracker.kpi.retention import get_gross_margin
from tracker.rules import CLTV_ANNUAL_DISCOUNT, CLTV_HORIZON_MONTHS
from ui.charts.analytics_charts import RetentionChart
from ui.context import AppContext
from ui.models.analytics_projection_model import ProjectionModel
from ui.models.roles import ROW_ROLE
from ui.views.analytics_parts import JobBar, Progress, sorted_table, tr


class RetentionTab(QWidget):
    """Attributes:
        projections: the results on screen; stale: the data changed since they were computed.
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.projections: list[Projection] = []
        self.group_by = QComboBox()
        for code, label in (("all", tr("All accounts")), ("segment", tr("Segment")),
                            ("cohort", tr("Signed-month cohort"))):
            self.group_by.addItem(label, code)
        self.margin = QSpinBox()
        self.margin.setRange(1, 100)
        # The defaults are the rule book's, so the first numbers shown are the report's CLTV.
        self.margin.setValue(round(get_gross_margin(ctx.db) * 100))
        self.margin.setSuffix(" %")
        self.discount = QDoubleSpinBox()
        self.discount.setRange(0, 99)
        self.discount.setDecimals(1)
        self.discount.setValue(CLTV_ANNUAL_DISCOUNT * 100)
        self.discount.setSuffix(tr(" % a year"))
        self.horizon = QSpinBox()
        self.horizon.setRange(1, 600)
        self.horizon.setValue(CLTV_HORIZON_MONTHS)
        self.horizon.setSuffix(tr(" months"))
        self.run_button = QPushButton(tr("Project"))
        self.jobs = JobBar(ctx.db_path)
        controls = QHBoxLayout()
        for label, widget in ((tr("Group by:"), self.group_by), (tr("Gross margin:"), self.margin),
                              (tr("Discount rate:"), self.discount), (tr("Horizon:"), self.horizon)):
            controls.addWidget(QLabel(label))
            controls.addWidget(widget)
        controls.addWidget(self.run_button)
        controls.addStretch(1)
        controls.addWidget(self.jobs)

        self.status = QLabel(tr("Fits a shifted-beta-geometric model (Fader & Hardie 2007) to each"
                                " group's monthly survival and projects it forward."))
        self.status.setWordWrap(True)
        self.model = ProjectionModel(self)
        self.proxy, self.table = sorted_table(self.model, self)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.chart = RetentionChart()
        self.explain = QLabel(tr(
            "<b>Why two CLTVs?</b><br>Simple CLTV = average MRR × margin ÷ monthly churn. It assumes"
            " one churn rate for ever and no discounting.<br><br>Projected CLTV sums margin × MRR ×"
            " projected survival month by month over the horizon, discounted. Customers differ: the"
            " fickle leave early and those who stay churn less and less, which the sBG curve captures"
            " and a single rate cannot. The horizon and the discount rate also cap the projected"
            " value, so it is usually the more cautious figure."))
        self.explain.setWordWrap(True)
        self.explain.setTextFormat(Qt.TextFormat.RichText)
        self.explain.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.explain.setMinimumWidth(260)
        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(self.chart)
        bottom.addWidget(self.explain)
        bottom.setSizes([880, 320])
        bottom.setChildrenCollapsible(False)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(bottom)
        split.setSizes([190, 440])
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.status)
        layout.addWidget(split, 1)

        self.run_button.clicked.connect(self.run)
        self.jobs.finished.connect(self._on_jobs_finished)
        self.jobs.failed.connect(self._on_jobs_failed)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)

    def on_changed(self, change: ChangeSet) -> None:
        if self.projections and (change.accounts or change.segments):
            self.status.setText(tr("The portfolio changed since this projection; press Project to"
                                   " update it."))

    def run(self) -> None:
        by = str(self.group_by.currentData())
        margin = self.margin.value() / 100
        discount = self.discount.value() / 100
        horizon = self.horizon.value()
        as_of = self.ctx.today()

        def job(db: Database, progress: Progress) -> list[Projection]:
            progress(0, 1, "")
            return project_retention(db, as_of, by=by, margin=margin, annual_discount=discount,
                                     horizon=horizon)

        self.run_button.setEnabled(False)
        self.jobs.start(job)

    def _on_jobs_finished(self, result: object) -> None:
        self.run_button.setEnabled(True)
        assert isinstance(result, list)
        self.show_projections(result)

    def _on_jobs_failed(self, message: str) -> None:
        self.run_button.setEnabled(True)
        self.status.setText(message or tr("Cancelled."))

    def show_projections(self, projections: list[Projection]) -> None:
        self.projections = projections
        self.model.set_rows(projections)
        unreliable = sum(1 for p in projections if not p.reliable)
        day = self.ctx.today().isoformat()
        text = (tr("1 group projected as of {0}.").format(day) if len(projections) == 1 else
                tr("{0} groups projected as of {1}.").format(len(projections), day))
        if unreliable == 1:
            text += " " + (tr("It has too little data for a reliable fit (in orange; hover for why).")
                           if len(projections) == 1 else
                           tr("1 of them has too little data for a reliable fit (in orange; hover for"
                              " why)."))
        elif unreliable:
            text += " " + tr("{0} of them have too little data for a reliable fit (in orange; hover"
                             " for why).").format(unreliable)
        self.status.setText(text)
        if projections:
            self.table.selectRow(0)
        else:
            self.chart.set_data(None)

    def _on_table_selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            projection = rows[0].data(ROW_ROLE)
            if isinstance(projection, Projection):
                self.chart.set_data(projection)
