"""KPI engine: every number of the design brief as a pure function of the store, a date and
a filter. No Qt here; the dashboard and the CLI read the same functions.

The names below load on first use (PEP 562): importing one light submodule such as
``tracker.kpi.values`` must not pull in NumPy and SciPy before the first window paints.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

_WHERE = {
    "KpiFilter": "filters",
    "HealthFactor": "health",
    "HealthScore": "health",
    "get_health_weights": "health",
    "health_scores": "health",
    "set_health_weights": "health",
    "DashboardData": "report",
    "dashboard_data": "report",
    "portfolio_kpis": "report",
    "KpiValue": "values",
}

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


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'tracker.kpi' has no attribute {name!r}")
    return getattr(importlib.import_module(f"tracker.kpi.{module}"), name)
