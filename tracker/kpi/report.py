"""Every KPI of the design brief in display order, and everything the dashboard draws.

The CLI and the dashboard both call :func:`portfolio_kpis`, so they show the same numbers.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import TypeVar

import numpy as np

from tracker.collector import collection_held
from tracker.database import Database
from tracker.i18n import QT_TRANSLATE_NOOP
from tracker.kpi.cohorts import CohortMatrix, cohort_retention
from tracker.kpi.filters import ALL_ACCOUNTS, KpiFilter
from tracker.kpi.frames import DayFrames, KpiFrames
from tracker.kpi.rates import (
    _active_task_totals,
    activation_rate,
    active_scores,
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
from tracker.kpi.values import KpiValue
from tracker.kpi.words import detail
from tracker.rules import RiskThresholds
from tracker.storage.db import environment_errors

__all__ = ["DashboardData", "KpiFrames", "KpiValue", "dashboard_data", "portfolio_kpis",
           "previous_kpis"]

T = TypeVar("T")


@dataclass(frozen=True)
class _Parts:
    kpis: list[KpiValue]
    ttfv: SurvivalResult
    funnel: StageFunnel
    scores: np.ndarray
    limits: RiskThresholds


def _compute(db: Database, as_of: date, flt: KpiFilter, period_days: int,
             frames: DayFrames | None = None) -> _Parts:
    # Each table is read once per day (DayFrames): the per-account task and contact counts
    # serve both the portfolio's own numbers and every account's health; CSAT and NPS share
    # one read. Frames read for the whole portfolio are cut to the filter's accounts.
    day = frames if frames is not None else DayFrames(as_of, flt)
    frame = day.frame(db, flt)
    ids = frame.ids.astype(float) if day.is_wider(flt) else None
    task_rows = day.task_rows(db)
    contact_rows = day.contact_rows(db)
    # Kept frames keep every account's responses (for the next filter, for patches); a
    # one-off call needs only its filter's totals per kind and score.
    responses = feedback_counts(db, as_of, flt, day.feedback(db) if frames is not None else None, ids)
    totals = _active_task_totals(db, as_of, flt, frame, task_rows)
    ttfv = _event_survival(frame, frame.first_value)
    golive = _event_survival(frame, frame.golive)
    funnel = stage_funnel(db, as_of, flt, frame, day.stages(db))
    limits = day.limits(db)  # read once: health's bands and the average's formula
    scores = active_scores(db, as_of, frame, limits=limits, scored=day.scores(db))
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
        *revenue_retention(db, as_of, flt, period_days, frame,
                           changes=lambda d: day.mrr_changes(db, d)),
        feature_adoption(db, as_of, flt, frame, day.adoption(db)),
        ninety_day_flag(db, as_of, flt, frame),
        average_health(db, as_of, flt, frame, scores, limits),
        *cltv_kpis(db, as_of, flt, frame, day.lifetimes(db), day.margin(db)),
        *trial_kpis(db, as_of, flt, period_days, day.trials(db), ids),
        *case_kpis(db, as_of, flt, period_days, frame, day.cases(db, period_days)),
        *maturity_kpis(db, as_of, flt, period_days, frame, day.steps(db)),
    ]
    return _Parts(kpis, ttfv, funnel, scores, limits)


@environment_errors()
def portfolio_kpis(db: Database, as_of: date, flt: KpiFilter = ALL_ACCOUNTS, *,
                   period_days: int = DEFAULT_PERIOD_DAYS, frames: KpiFrames | None = None
                   ) -> list[KpiValue]:
    """Every KPI in the design brief's order; ``value`` None = no data or not reached yet.

    Period KPIs (retention, churn, revenue retention) look at the ``period_days`` ending on
    ``as_of``; all others (CLTV too, as in Analytics) are cumulative up to ``as_of``.
    ``frames``: a cache of the whole portfolio's reads, valid while the data stay the same
    (see :mod:`tracker.kpi.frames`); without it the call reads what its filter needs.
    """
    return _compute(db, as_of, flt, period_days, _day(frames, as_of)).kpis


def _day(frames: KpiFrames | None, as_of: date) -> DayFrames | None:
    return frames.day(as_of) if frames is not None else None


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
                  period_days: int = DEFAULT_PERIOD_DAYS, frames: KpiFrames | None = None
                  ) -> dict[str, KpiValue]:
    """The KPIs one period before ``as_of``, keyed for the tiles' trend arrows.

    A value without data then (``KpiValue.has_data`` False) means "no comparison", never
    "rose from 0". Feature adoption counts as no data when nothing was adopted yet: undated
    adoptions are recorded on the day they were entered, so an earlier zero says only that
    the history starts later. ``frames``: as for :func:`portfolio_kpis`.
    """
    earlier = as_of - timedelta(days=period_days)
    return {k.key: _without_empty_history(k)
            for k in _compute(db, earlier, flt, period_days, _day(frames, earlier)).kpis}


def _without_empty_history(kpi: KpiValue) -> KpiValue:
    if kpi.key == "feature_adoption" and kpi.value is not None and not kpi.numerator:
        return replace(kpi, value=None, note=detail(QT_TRANSLATE_NOOP(
            "kpi detail", "No feature adoption recorded by then.")))
    return kpi


@environment_errors()
@collection_held()
def dashboard_data(db: Database, as_of: date, flt: KpiFilter = ALL_ACCOUNTS, *,
                   period_days: int = DEFAULT_PERIOD_DAYS, months: int = 12,
                   with_previous: bool = True, frames: KpiFrames | None = None) -> DashboardData:
    """Everything the dashboard shows. ``with_previous=False`` leaves ``previous`` empty for
    a caller that computes it separately (the view does it off the GUI thread).
    ``frames``: as for :func:`portfolio_kpis`; the charts' series are kept in it too, so
    switching back to a filter already shown reads nothing.

    The collector is held throughout (:mod:`tracker.collector`): the reads fetch tens of
    thousands of acyclic row tuples, whose allocations set off the collector's passes."""
    day = _day(frames, as_of)
    now = _compute(db, as_of, flt, period_days, day)
    previous = previous_kpis(db, as_of, flt, period_days=period_days,
                             frames=frames) if with_previous else {}

    def kept(name: str, make: Callable[[], T]) -> T:
        return day.result((name, flt, months), make) if day is not None else make()

    csat_series, nps_series = kept("feedback", lambda: monthly_feedback(db, as_of, flt, months))
    return DashboardData(
        as_of=as_of, period_days=period_days, kpis=tuple(now.kpis),
        previous=previous, ttfv=now.ttfv, funnel=now.funnel,
        golive_on_time=kept("golive", lambda: monthly_golive_on_time(db, as_of, flt, months)),
        csat=csat_series, nps=nps_series,
        health=health_distribution(db, as_of, flt, scores=now.scores, limits=now.limits),
        cohorts=kept("cohorts", lambda: cohort_retention(db, as_of, flt, months)),
    )
