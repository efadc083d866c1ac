"""Every KPI of the design brief in display order, and everything the dashboard draws.

The CLI and the dashboard both call :func:`portfolio_kpis`, so they show the same numbers.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

import numpy as np

from tracker.database import Database
from tracker.i18n import QT_TRANSLATE_NOOP
from tracker.kpi.cohorts import CohortMatrix, cohort_retention
from tracker.kpi.filters import ALL_ACCOUNTS, KpiFilter
from tracker.kpi.rates import (
    _active_task_totals,
    activation_rate,
    active_scores,
    all_contact_counts,
    all_task_counts,
    average_health,
    checklist_progress,
    csat,
    feature_adoption,
    feedback_counts,
    golive_on_time,
    ninety_day_flag,
    nps,
    task_performance,
)
from tracker.kpi.retention import DEFAULT_PERIOD_DAYS, cltv_kpis, logo_retention, revenue_retention
from tracker.kpi.series import (
    HealthDistribution,
    MonthlySeries,
    health_distribution,
    monthly_feedback,
    monthly_golive_on_time,
)
from tracker.kpi.signals import case_kpis, maturity_kpis, trial_kpis
from tracker.kpi.stages import StageFunnel, dropoff_kpis, stage_funnel
from tracker.kpi.survival import SurvivalResult, _event_survival, survival_kpis
from tracker.kpi.values import KpiValue, load_accounts
from tracker.kpi.words import detail
from tracker.rules import risk_thresholds
from tracker.storage.db import environment_errors

__all__ = ["DashboardData", "KpiValue", "dashboard_data", "portfolio_kpis", "previous_kpis"]


@dataclass(frozen=True)
class _Parts:
    kpis: list[KpiValue]
    ttfv: SurvivalResult
    funnel: StageFunnel
    scores: np.ndarray


def _compute(db: Database, as_of: date, flt: KpiFilter, period_days: int) -> _Parts:
    # Each table is scanned once: the per-account task and contact counts serve both the
    # portfolio's own numbers and every account's health; CSAT and NPS share one scan.
    frame = load_accounts(db, as_of, flt)
    task_rows = all_task_counts(db, as_of)
    contact_rows = all_contact_counts(db, as_of)
    responses = feedback_counts(db, as_of, flt)
    totals = _active_task_totals(db, as_of, flt, frame, task_rows)
    ttfv = _event_survival(frame, frame.first_value)
    golive = _event_survival(frame, frame.golive)
    funnel = stage_funnel(db, as_of, flt, frame)
    limits = risk_thresholds(db)  # read once: health's bands and the average's formula
    scores = active_scores(db, as_of, frame, task_rows, contact_rows, limits)
    kpis = [
        activation_rate(db, as_of, flt, frame, contact_rows),
        golive_on_time(db, as_of, flt, frame),
        *survival_kpis(ttfv, "ttfv"),
        *survival_kpis(golive, "ttgl"),
        task_performance(db, as_of, flt, frame, totals),
        checklist_progress(db, as_of, flt, frame, totals),
        *dropoff_kpis(funnel),
        csat(db, as_of, flt, responses),
        nps(db, as_of, flt, responses),
        *logo_retention(db, as_of, flt, period_days, frame),
        *revenue_retention(db, as_of, flt, period_days, frame),
        feature_adoption(db, as_of, flt, frame),
        ninety_day_flag(db, as_of, flt, frame),
        average_health(db, as_of, flt, frame, scores, limits),
        *cltv_kpis(db, as_of, flt, frame),
        *trial_kpis(db, as_of, flt, period_days),
        *case_kpis(db, as_of, flt, period_days, frame),
        *maturity_kpis(db, as_of, flt, period_days, frame),
    ]
    return _Parts(kpis, ttfv, funnel, scores)


@environment_errors()
def portfolio_kpis(db: Database, as_of: date, flt: KpiFilter = ALL_ACCOUNTS, *,
                   period_days: int = DEFAULT_PERIOD_DAYS) -> list[KpiValue]:
    """Every KPI in the design brief's order; ``value`` None = no data or not reached yet.

    Period KPIs (retention, churn, revenue retention) look at the ``period_days`` ending on
    ``as_of``; all others (CLTV too, as in Analytics) are cumulative up to ``as_of``.
    """
    return _compute(db, as_of, flt, period_days).kpis


@dataclass(frozen=True)
class DashboardData:
    """``previous`` holds the KPIs one period earlier (same filter), for the tiles' trends."""

    as_of: date
    period_days: int
    kpis: tuple[KpiValue, ...]
    previous: dict[str, KpiValue]
    ttfv: SurvivalResult
    funnel: StageFunnel
    golive_on_time: MonthlySeries
    csat: MonthlySeries
    nps: MonthlySeries
    health: HealthDistribution
    cohorts: CohortMatrix

    def kpi(self, key: str) -> KpiValue:
        return next(k for k in self.kpis if k.key == key)


@environment_errors()
def previous_kpis(db: Database, as_of: date, flt: KpiFilter = ALL_ACCOUNTS, *,
                  period_days: int = DEFAULT_PERIOD_DAYS) -> dict[str, KpiValue]:
    """The KPIs one period before ``as_of``, keyed for the tiles' trend arrows.

    A value without data then (``KpiValue.has_data`` False) means "no comparison", never
    "rose from 0". Feature adoption counts as no data when nothing was adopted yet: undated
    adoptions are recorded on the day they were entered, so an earlier zero says only that
    the history starts later.
    """
    earlier = as_of - timedelta(days=period_days)
    return {k.key: _without_empty_history(k) for k in _compute(db, earlier, flt, period_days).kpis}


def _without_empty_history(kpi: KpiValue) -> KpiValue:
    if kpi.key == "feature_adoption" and kpi.value is not None and not kpi.numerator:
        return replace(kpi, value=None, note=detail(QT_TRANSLATE_NOOP(
            "kpi detail", "No feature adoption recorded by then.")))
    return kpi


@environment_errors()
def dashboard_data(db: Database, as_of: date, flt: KpiFilter = ALL_ACCOUNTS, *,
                   period_days: int = DEFAULT_PERIOD_DAYS, months: int = 12,
                   with_previous: bool = True) -> DashboardData:
    """Everything the dashboard shows. ``with_previous=False`` leaves ``previous`` empty for
    a caller that computes it separately (the view does it off the GUI thread)."""
    now = _compute(db, as_of, flt, period_days)
    previous = previous_kpis(db, as_of, flt, period_days=period_days) if with_previous else {}
    csat_series, nps_series = monthly_feedback(db, as_of, flt, months)
    return DashboardData(
        as_of=as_of, period_days=period_days, kpis=tuple(now.kpis),
        previous=previous, ttfv=now.ttfv, funnel=now.funnel,
        golive_on_time=monthly_golive_on_time(db, as_of, flt, months), csat=csat_series,
        nps=nps_series, health=health_distribution(db, as_of, flt, scores=now.scores),
        cohorts=cohort_retention(db, as_of, flt, months),
    )
