"""The dashboard's page under its filter bar: KPI tiles, six charts, every KPI in a table,
and the "Loading…" that stands in for them until the first numbers arrive.

A function of the view, like :mod:`ui.views.dashboard_filters`, so :mod:`ui.views.dashboard`
stays about computing and showing the numbers. The widgets it makes are the view's
attributes, where the view and the tests find them; their words stay in the "DashboardView"
translation context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.charts.kpi_charts import (
    CohortHeatmap,
    FeedbackTrendChart,
    FunnelChart,
    HealthChart,
    OnTimeChart,
    SurvivalChart,
)
from ui.charts.kpi_tile import KpiTile
from ui.models.kpi_table_model import KpiTableModel

if TYPE_CHECKING:
    from ui.views.dashboard import DashboardView

TILE_KEYS: tuple[str, ...] = ("health", "activation", "golive_on_time", "ttfv_median",
                              "task_overdue", "checklist_progress", "csat", "nps", "retention",
                              "nrr", "feature_adoption", "ninety_day", "trial_conversion",
                              "ttc_median", "open_cases", "cases_per_account", "maturity_advanced",
                              "maturity_time")
TILES_PER_ROW = 6


def tr(text: str) -> str:
    return QCoreApplication.translate("DashboardView", text)


def build_page(view: DashboardView) -> None:
    """The tiles, charts and table as attributes of ``view``, laid out under its filter bar."""
    view.tiles = {key: KpiTile(key) for key in TILE_KEYS}
    tiles = QGridLayout()
    tiles.setSpacing(6)
    for i, key in enumerate(TILE_KEYS):
        tiles.addWidget(view.tiles[key], i // TILES_PER_ROW, i % TILES_PER_ROW)

    view.on_time_chart = OnTimeChart()
    view.survival_chart = SurvivalChart()
    view.funnel_chart = FunnelChart()
    view.feedback_chart = FeedbackTrendChart()
    view.health_chart = HealthChart()
    view.cohort_chart = CohortHeatmap()
    view.charts = [view.on_time_chart, view.survival_chart, view.funnel_chart,
                   view.feedback_chart, view.health_chart, view.cohort_chart]
    charts = QGridLayout()
    charts.setSpacing(6)
    for i, chart in enumerate(view.charts):
        chart.setToolTip(tr("Right-click to save the chart as PNG or SVG"))
        # A fixed height: a tile that gains or loses its goal line moved the page's slack
        # into the charts and back, and every resize repainted all six (twice a change).
        chart.setFixedHeight(chart.minimumHeight())
        charts.addWidget(chart, i // 3, i % 3)

    view.kpi_model = KpiTableModel(view)
    view.kpi_table = QTableView()
    view.kpi_table.setObjectName("kpi_table")
    view.kpi_table.setModel(view.kpi_model)
    view.kpi_table.verticalHeader().setVisible(False)
    view.kpi_table.setAlternatingRowColors(True)
    view.kpi_table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    header = view.kpi_table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    view.kpi_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    all_title = QLabel(tr("<b>All KPIs</b> (hover a row for its formula)"))

    page = QWidget()
    body = QVBoxLayout(page)
    body.setContentsMargins(8, 4, 8, 8)
    body.setSpacing(8)
    body.addLayout(tiles)
    body.addLayout(charts)
    body.addWidget(all_title)
    body.addWidget(view.kpi_table)
    body.addStretch(1)  # what a tall window leaves over goes below the table
    view.scroll_area = QScrollArea()
    view.scroll_area.setWidgetResizable(True)
    view.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
    view.scroll_area.setWidget(page)

    layout = QVBoxLayout(view)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(view.filter_bar)
    # Until the first numbers arrive from the worker, a plain "Loading…" stands in for
    # the page: empty tiles and blank charts would read as a half-drawn screen.
    view.loading = QLabel(tr("Loading…"))
    view.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
    view.loading.setEnabled(False)
    view.pages = QStackedWidget()
    view.pages.addWidget(view.loading)
    view.pages.addWidget(view.scroll_area)
    layout.addWidget(view.pages, 1)
