"""The profile-likelihood sBG fit reaches at least the old Nelder-Mead fit's maximum.

Every count vector the S and L demo portfolios give (each segment, owner, plan, stage,
status, pair of them and cohort, at nine as-of dates) and 300 synthetic cohorts are frozen
in tests/data/sbg_old_fits.json with the parameters the old fit found; a few more random
cohorts run the old fit itself (tests/core/sbg_reference.py) beside the new one.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from scipy.special import betaln

from tests.core.sbg_reference import old_fit_log_params
from tracker.analytics.retention import _fit_counts, fit_sbg_counts, survivors_to_counts
from tracker.analytics.sbg_fit import LOG_BOUND, fit_log_params, log_likelihood, period_counts

FROZEN = Path(__file__).resolve().parents[1] / "data" / "sbg_old_fits.json"
SLACK = 1e-9


def _frozen() -> list[dict[str, Any]]:
    fits: list[dict[str, Any]] = json.loads(FROZEN.read_text(encoding="utf-8"))["fits"]
    return fits


def _ll(lost: np.ndarray, alive: np.ndarray, log_a: float, log_b: float) -> float:
    return log_likelihood(log_a, log_b, *period_counts(lost, alive))


def _betaln_ll(lost: np.ndarray, alive: np.ndarray, a: float, b: float) -> float:
    """The likelihood as the paper writes it (Beta functions), for moderate parameters."""
    t_lost = np.arange(1, len(lost) + 1, dtype=float)
    t_alive = np.arange(len(alive), dtype=float)
    return float(np.dot(lost, betaln(a + 1, b + t_lost - 1) - betaln(a, b))
                 + np.dot(alive, betaln(a, b + t_alive) - betaln(a, b)))


def test_the_frozen_table_covers_the_demo_portfolios_and_synthetic_cohorts() -> None:
    fits = _frozen()
    assert sum(f["where"].startswith("S ") for f in fits) > 50
    assert sum(f["where"].startswith("L ") for f in fits) > 300
    assert sum(f["where"].startswith("synthetic") for f in fits) == 300


def test_every_frozen_fit_is_matched_or_beaten() -> None:
    worse = []
    for f in _frozen():
        lost, alive = np.array(f["lost"], dtype=float), np.array(f["alive"], dtype=float)
        log_a, log_b, ll = fit_log_params(lost, alive)
        assert abs(log_a) <= LOG_BOUND and abs(log_b) <= LOG_BOUND
        assert ll == pytest.approx(_ll(lost, alive, log_a, log_b), abs=1e-12)
        old = _ll(lost, alive, *f["old_log_params"])
        if ll < old - SLACK:
            worse.append((f["where"], ll - old))
    assert worse == []


def _random_cohort(rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Accounts of mixed ages churning by an sBG (or, one time in four, one shared rate)."""
    while True:
        a, b = np.exp(rng.uniform(-3, 9, 2))
        if rng.integers(0, 4) == 0:
            theta = rng.uniform(0.005, 0.4)
            a, b = theta * 1e7, (1 - theta) * 1e7
        size = int(np.exp(rng.uniform(np.log(3), np.log(3000))))
        ages = rng.integers(1, int(rng.integers(2, 60)), size)
        life = rng.geometric(np.clip(rng.beta(a, b, size), 1e-12, 1 - 1e-12))
        churned = life <= ages
        top = int(ages.max())
        lost = np.bincount(life[churned], minlength=top + 1)[1:].astype(float)
        alive = np.bincount(ages[~churned], minlength=top + 1).astype(float)
        if lost.sum() > 0:
            return lost, alive


@pytest.mark.parametrize("seed", range(12))
def test_random_cohorts_against_the_old_fit_itself(seed: int) -> None:
    lost, alive = _random_cohort(np.random.default_rng(1000 + seed))
    _, _, ll = fit_log_params(lost, alive)
    assert ll >= _ll(lost, alive, *old_fit_log_params(lost, alive)) - SLACK


def test_the_period_form_is_the_papers_beta_form() -> None:
    lost, alive = survivors_to_counts([1000, 631, 468, 382, 326, 289, 262, 241])
    alive[3] += 50
    for a, b in ((0.704, 1.182), (3.0, 40.0), (0.05, 0.2), (200.0, 9000.0)):
        assert _ll(lost, alive, np.log(a), np.log(b)) == pytest.approx(
            _betaln_ll(lost, alive, a, b), rel=1e-10)


def test_the_geometric_limit_is_met_at_the_bound() -> None:
    """One churn rate for everybody: beta at its bound, alpha / beta the pooled odds, and
    the log-likelihood the closed form of the geometric model."""
    rate = 0.03
    alive = np.zeros(25)
    alive[1:] = 1000 * (1 - rate) ** np.arange(1, 25) * rate * 20  # many ages
    lost = np.array([alive[t:].sum() * rate / (1 - rate) for t in range(1, 25)])
    fit = fit_sbg_counts(np.round(lost), np.round(alive))
    assert np.log(fit.beta) == pytest.approx(LOG_BOUND)
    assert not fit.at_bound
    _, n_lost, kept = period_counts(np.round(lost), np.round(alive))
    p = n_lost.sum() / (n_lost.sum() + kept.sum())
    geometric = n_lost.sum() * np.log(p) + kept.sum() * np.log1p(-p)
    assert fit.log_likelihood <= geometric + 1e-9
    assert fit.log_likelihood == pytest.approx(geometric, abs=0.05)
    assert fit.alpha / (fit.alpha + fit.beta) == pytest.approx(p, rel=1e-3)


def test_one_observed_period_keeps_alpha_at_one() -> None:
    """A month-old cohort tells only the first month's churn: alpha = 1, as always shown."""
    fit = _fit_counts(np.array([6.0]), np.array([0.0, 276.0]))
    assert fit.alpha == 1.0
    assert fit.beta == pytest.approx(276 / 6)
    assert fit.mean_churn == pytest.approx(6 / 282)


def test_everybody_lost_in_the_first_period_is_an_edge_of_the_box() -> None:
    fit = _fit_counts(np.array([7.0]), np.array([0.0]))
    assert fit.at_bound
    assert fit.mean_churn == pytest.approx(1.0, abs=1e-9)
