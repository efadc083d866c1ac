"""Retention projection with the shifted-beta-geometric (sBG) model, and CLTV.

Fader and Hardie ("How to Project Customer Retention", Journal of Interactive Marketing,
2007): each customer churns at the end of a period with a fixed probability theta, and
theta varies across customers as Beta(alpha, beta). The mix makes the aggregate retention
rate rise with tenure (the fickle leave first), which a single churn rate cannot show and
which is why the simple CLTV formula misjudges long-lived cohorts.

Periods are calendar months after the signed date. An account contributes either
"lost in period t" (churned between month t-1 and t) or "still alive after n periods"
(right-censored at ``as_of``); the paper's survivor curves are the special case where a
whole cohort shares one n.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np
from numpy.typing import ArrayLike, NDArray
from scipy.special import betaln

from tracker.analytics import PROJECTION_GROUPINGS
from tracker.analytics.lifetimes import Lifetimes, load_lifetimes
from tracker.analytics.sbg_fit import LOG_BOUND, fit_log_params
from tracker.database import Database
from tracker.storage.db import environment_errors

FloatArray = NDArray[np.float64]
MIN_ACCOUNTS = 20  # fewer accounts than this: a fit is shown but flagged as unreliable
MIN_LOST = 5  # the model needs churn to learn from; a handful of losses is the least


@dataclass(frozen=True)
class SbgFit:
    """A fitted sBG model. ``at_bound`` means the data did not pin a parameter down."""

    alpha: float
    beta: float
    log_likelihood: float
    accounts: int
    lost: int
    periods: int
    at_bound: bool

    def survival(self, t: ArrayLike) -> FloatArray:
        """S(t) = B(alpha, beta + t) / B(alpha, beta): share still customers after t periods."""
        tt = np.asarray(t, dtype=float)
        survival: np.ndarray = np.exp(betaln(self.alpha, self.beta + tt) - betaln(self.alpha, self.beta))
        return survival

    def retention(self, t: ArrayLike) -> FloatArray:
        """r_t = (beta + t - 1) / (alpha + beta + t - 1): share of period t-1's customers kept."""
        tt = np.asarray(t, dtype=float)
        return (self.beta + tt - 1) / (self.alpha + self.beta + tt - 1)

    @property
    def mean_churn(self) -> float:
        """The mean churn probability across customers at the start, alpha / (alpha + beta)."""
        return self.alpha / (self.alpha + self.beta)


def survivors_to_counts(survivors: Sequence[float]) -> tuple[FloatArray, FloatArray]:
    """A cohort's survivor curve (t = 0..T) as (lost per period 1..T, alive after n = 0..T)."""
    s = np.asarray(survivors, dtype=float)
    if s.ndim != 1 or len(s) < 2:
        raise ValueError("A survivor curve needs the starting count and at least one later count.")
    lost = s[:-1] - s[1:]
    if np.any(lost < 0):
        raise ValueError("Survivor counts cannot grow over time.")
    alive = np.zeros(len(s))
    alive[-1] = s[-1]
    return lost, alive


_FITS: dict[tuple[bytes, bytes], SbgFit] = {}
_FITS_KEPT = 64


def fit_sbg_counts(lost: ArrayLike, alive: ArrayLike) -> SbgFit:
    """Maximum-likelihood sBG fit from event counts.

    ``lost[i]`` is how many churned in period i + 1; ``alive[n]`` how many were last seen
    alive after n periods (censored). Optimised on log-parameters so both stay positive.

    The fit (:mod:`tracker.analytics.sbg_fit`, about 1 ms) is a pure function of the
    counts, so fits are kept by their counts: a refresh after a tick,
    a period change or a goal's month ends meet the same counts again and get the same fit.
    """
    lost_a = np.asarray(lost, dtype=float)
    alive_a = np.asarray(alive, dtype=float)
    key = (lost_a.tobytes(), alive_a.tobytes())
    known = _FITS.get(key)
    if known is None:
        known = _fit_counts(lost_a, alive_a)
        if len(_FITS) >= _FITS_KEPT:
            _FITS.pop(next(iter(_FITS)), None)  # the oldest; dicts keep insertion order
        _FITS[key] = known
    return known


def _fit_counts(lost_a: FloatArray, alive_a: FloatArray) -> SbgFit:
    if lost_a.sum() <= 0:
        raise ValueError("No customer was lost yet, so churn cannot be estimated.")
    log_a, log_b, ll = fit_log_params(lost_a, alive_a)
    # beta at its upper bound is the geometric limit (alpha and beta huge, their ratio the one
    # churn rate everybody shares): a well-defined curve. Anything else stuck at a bound is not.
    low_hit = np.array([log_a, log_b]) < -LOG_BOUND + 0.05
    high_hit = np.array([log_a, log_b]) > LOG_BOUND - 0.05
    at_bound = bool(low_hit.any() or (high_hit[0] and not high_hit[1]))
    periods = max(len(lost_a), len(alive_a) - 1)
    return SbgFit(alpha=float(np.exp(log_a)), beta=float(np.exp(log_b)), log_likelihood=ll,
                  accounts=int(lost_a.sum() + alive_a.sum()), lost=int(lost_a.sum()),
                  periods=periods, at_bound=at_bound)


def fit_sbg(survivors: Sequence[float]) -> SbgFit:
    """Fit one cohort's survivor curve, as in the paper (counts at t = 0, 1, ..., T)."""
    lost, alive = survivors_to_counts(survivors)
    return fit_sbg_counts(lost, alive)


def actual_survival(lost: ArrayLike, alive: ArrayLike) -> tuple[FloatArray, FloatArray]:
    """Observed survival S(0..T) pooling cohorts of different ages, and accounts at risk.

    The discrete Kaplan-Meier product: an account last seen alive after n periods counts
    in the risk set of periods 1..n only, so young cohorts do not drag the curve down.
    """
    lost_a = np.asarray(lost, dtype=float)
    alive_a = np.asarray(alive, dtype=float)
    periods = max(len(lost_a), len(alive_a) - 1)
    lost_p = np.zeros(periods)
    lost_p[: len(lost_a)] = lost_a
    alive_p = np.zeros(periods + 1)
    alive_p[: len(alive_a)] = alive_a
    # At risk in period t: lost in period >= t, or alive after n >= t periods.
    at_risk = np.cumsum(lost_p[::-1])[::-1] + np.cumsum(alive_p[::-1])[::-1][1:]
    with np.errstate(divide="ignore", invalid="ignore"):
        hazard = np.where(at_risk > 0, lost_p / np.where(at_risk > 0, at_risk, 1), 0.0)
    surv = np.concatenate([[1.0], np.cumprod(1 - hazard)])
    return surv, np.concatenate([[lost_p.sum() + alive_p.sum()], at_risk])


def monthly_discount(annual_rate: float) -> float:
    return float((1 + annual_rate) ** (1 / 12) - 1)


def projected_cltv(fit: SbgFit, mrr: float, margin: float, annual_discount: float,
                   horizon: int) -> float:
    """Sum over months 0..horizon-1 of margin x MRR x S(t), discounted; paid at each month's start."""
    t = np.arange(horizon, dtype=float)
    factor = (1 + monthly_discount(annual_discount)) ** -t
    return float(margin * mrr * np.sum(fit.survival(t) * factor))


def simple_cltv(mrr: float, margin: float, monthly_churn: float) -> float | None:
    """Average MRR x margin / monthly churn rate; None when nobody churned (no finite answer)."""
    if monthly_churn <= 0:
        return None
    return mrr * margin / monthly_churn


@dataclass(frozen=True)
class Projection:
    """One group's retention story: what happened, what the model projects, and what it is worth.

    ``fit`` is None when the group had no churn to learn from (``note`` says so).
    """

    key: str
    label: str
    accounts: int
    lost: int
    actual: FloatArray  # observed survival at t = 0..T
    at_risk: FloatArray  # accounts observed at t = 0..T
    fit: SbgFit | None
    projected: FloatArray  # model survival at t = 0..horizon (empty without a fit)
    average_mrr: float
    monthly_churn: float
    projected_cltv: float | None
    simple_cltv: float | None
    note: str
    issue: str = ""  # code behind ``note``: no_accounts, no_churn, too_little, unidentified, geometric

    @property
    def reliable(self) -> bool:
        return (self.fit is not None and not self.fit.at_bound and self.accounts >= MIN_ACCOUNTS
                and self.lost >= MIN_LOST)


def project_lifetimes(lt: Lifetimes, key: str, label: str, *, margin: float = 0.8,
                      annual_discount: float = 0.10, horizon: int = 120) -> Projection:
    """Fit, project and value one group of account lifetimes."""
    lost, alive = lt.counts()
    actual, at_risk = actual_survival(lost, alive)
    exposure = float(at_risk[1:].sum())
    n_lost = int(lost.sum())
    monthly_churn = n_lost / exposure if exposure > 0 else 0.0
    known = lt.mrr[np.isfinite(lt.mrr)]  # an unusable stored MRR is no data, not an Inf mean
    avg_mrr = float(known.mean()) if len(known) else 0.0
    simple = simple_cltv(avg_mrr, margin, monthly_churn)
    fit: SbgFit | None = None
    note = issue = ""
    projected = np.empty(0)
    value: float | None = None
    if len(lt.periods) == 0:
        note, issue = "No accounts.", "no_accounts"
    elif n_lost == 0:
        note, issue = "No account churned yet, so retention cannot be projected.", "no_churn"
    else:
        fit = fit_sbg_counts(lost, alive)
        projected = fit.survival(np.arange(horizon + 1))
        value = projected_cltv(fit, avg_mrr, margin, annual_discount, horizon)
        if len(lt.periods) < MIN_ACCOUNTS or n_lost < MIN_LOST:
            losses = "loss" if n_lost == 1 else "losses"
            note = (f"Only {len(lt.periods)} accounts and {n_lost} {losses}: the projection is "
                    "unreliable.")
            issue = "too_little"
        elif fit.at_bound:
            note = "The data do not pin the model down; treat the projection as a rough guess."
            issue = "unidentified"
        elif fit.alpha + fit.beta > 1000:  # theta's spread is negligible: one shared churn rate
            note = ("Churn looks the same at every tenure, so the model reduces to one churn "
                    "rate.")
            issue = "geometric"
    return Projection(key, label, len(lt.periods), n_lost, actual, at_risk, fit, projected,
                      avg_mrr, monthly_churn, value, simple, note, issue)


GROUPINGS = PROJECTION_GROUPINGS


@environment_errors()
def project_retention(db: Database, as_of: date, *, by: str = "all", margin: float = 0.8,
                      annual_discount: float = 0.10, horizon: int = 120,
                      account_ids: Sequence[int] | None = None) -> list[Projection]:
    """Projections for the whole portfolio, per segment, or per signed-month cohort."""
    if by not in GROUPINGS:
        raise ValueError(f"Group by one of {', '.join(GROUPINGS)}, not '{by}'.")
    if not 0 < margin <= 1:
        raise ValueError("The gross margin is a share between 0 and 1 (e.g. 0.8).")
    if not 0 <= annual_discount < 1:
        raise ValueError("The discount rate is a yearly share between 0 and 1 (e.g. 0.1).")
    if not 1 <= horizon <= 600:
        raise ValueError("The horizon is 1 to 600 months.")
    lt = load_lifetimes(db, as_of, account_ids)
    parts = [("all", "All accounts", lt)] if by == "all" else list(lt.groups(by, db))
    return [project_lifetimes(sub, key, label, margin=margin, annual_discount=annual_discount,
                              horizon=horizon) for key, label, sub in parts]
