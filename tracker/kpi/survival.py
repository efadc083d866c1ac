"""Time to first value and time to go-live as Kaplan-Meier estimates.

Accounts that have not reached the event yet are right-censored at ``as_of`` (still
open); an account that churned first is censored at its churn date and counted as lost.
The estimate comes from ``scipy.stats.ecdf`` on ``CensoredData``; a quantile the curve
never reaches is None ("not reached yet"), never the last time seen.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np

from tracker.database import Database
from tracker.i18n import QT_TRANSLATE_NOOP
from tracker.kpi.filters import ALL_ACCOUNTS, KpiFilter
from tracker.kpi.values import AccountFrame, KpiValue, load_accounts
from tracker.kpi.words import NO_ACCOUNTS, detail
from tracker.storage.db import environment_errors

QUANTILES: tuple[float, ...] = (0.5, 0.75, 0.9)


@dataclass(frozen=True)
class SurvivalResult:
    """``times``/``survival`` are the step curve (share not yet reached after t days),
    starting at (0, 1). ``open`` are censored accounts still in progress, ``lost`` those
    censored because they churned first."""

    n: int
    events: int
    open: int
    lost: int
    median: float | None
    p75: float | None
    p90: float | None
    times: tuple[float, ...]
    survival: tuple[float, ...]

    def quantile(self, q: float) -> float | None:
        return {0.5: self.median, 0.75: self.p75, 0.9: self.p90}[q]


def kaplan_meier(durations: np.ndarray, observed: np.ndarray, lost: int = 0) -> SurvivalResult:
    """KM estimate from durations (days) and whether the event was observed."""
    durations = np.maximum(np.asarray(durations, dtype=float), 0.0)
    observed = np.asarray(observed, dtype=bool)
    n, events = len(durations), int(observed.sum())
    if n == 0:
        return SurvivalResult(0, 0, 0, 0, None, None, None, (), ())
    if events == 0:
        return SurvivalResult(n, 0, n - lost, lost, None, None, None,
                              (0.0, float(durations.max())), (1.0, 1.0))
    from scipy import stats  # imported on first use: scipy.stats costs ~0.6 s at start-up

    result = stats.ecdf(stats.CensoredData(uncensored=durations[observed],
                                           right=durations[~observed]))
    times = result.cdf.quantiles
    cdf = result.cdf.probabilities
    found: list[float | None] = []
    for q in QUANTILES:
        reached = np.flatnonzero(cdf >= q - 1e-9)
        found.append(float(times[reached[0]]) if len(reached) else None)
    curve_t = (0.0, *times.tolist())
    curve_s = (1.0, *(1.0 - cdf).tolist())
    return SurvivalResult(n, events, n - events - lost, lost, found[0], found[1], found[2],
                          curve_t, curve_s)


def _event_survival(frame: AccountFrame, event: np.ndarray) -> SurvivalResult:
    known = ~np.isnan(frame.signed)
    event, signed = event[known], frame.signed[known]
    churn_day = frame.churn_day[known]
    churned = frame.churned[known]
    observed = ~np.isnan(event)
    lost = ~observed & churned
    # A churn without a date is censored at as_of: we only know it left at some point.
    end = np.where(observed, event, np.where(lost & ~np.isnan(churn_day), churn_day, frame.today))
    return kaplan_meier(end - signed, observed, int(lost.sum()))


@environment_errors()
def ttfv_survival(db: Database, as_of: date, flt: KpiFilter = ALL_ACCOUNTS,
                  frame: AccountFrame | None = None) -> SurvivalResult:
    f = frame if frame is not None else load_accounts(db, as_of, flt)
    return _event_survival(f, f.first_value)


@environment_errors()
def golive_survival(db: Database, as_of: date, flt: KpiFilter = ALL_ACCOUNTS,
                    frame: AccountFrame | None = None) -> SurvivalResult:
    f = frame if frame is not None else load_accounts(db, as_of, flt)
    return _event_survival(f, f.golive)


def survival_kpis(result: SurvivalResult, key: str) -> list[KpiValue]:
    """Median, p75 and p90 as three values; "not reached yet" says how many are still open."""
    out = []
    for q, name in zip(QUANTILES, ("median", "p75", "p90"), strict=True):
        value = result.quantile(q)
        counts = detail(QT_TRANSLATE_NOOP("kpi detail", "{0} reached, {1} still open, {2} lost before "
                                          "reaching it, of {3}"),
                        result.events, result.open, result.lost, result.n)
        if value is None and result.n == 0:
            note = detail(NO_ACCOUNTS)
        elif value is None:
            note = detail(QT_TRANSLATE_NOOP("kpi detail", "Not reached yet ({0} accounts still open); {1}"),
                          result.open, counts)
        else:
            note = counts
        out.append(KpiValue(f"{key}_{name}", value, "days", float(result.events), float(result.n), note,
                            not_reached=value is None and result.n > 0))
    return out
