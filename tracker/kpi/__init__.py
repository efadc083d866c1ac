"""KPI engine: every number of the design brief as a pure function of the store, a date and
a filter. No Qt here; the dashboard and the CLI read the same functions."""

from tracker.kpi.filters import KpiFilter
from tracker.kpi.health import (
    HealthFactor,
    HealthScore,
    get_health_weights,
    health_scores,
    set_health_weights,
)
from tracker.kpi.report import DashboardData, dashboard_data, portfolio_kpis
from tracker.kpi.values import KpiValue

__all__ = [
    "DashboardData",
    "HealthFactor",
    "HealthScore",
    "KpiFilter",
    "KpiValue",
    "dashboard_data",
    "get_health_weights",
    "health_scores",
    "portfolio_kpis",
    "set_health_weights",
]
