"""sBG retention model (Fader & Hardie 2007), lifetimes from the database, and CLTV."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest
from sqlite_utils import Database

from tests.conftest import TODAY
from tracker.analytics.lifetimes import load_lifetimes
from tracker.analytics.retention import (
    SbgFit,
    actual_survival,
    fit_sbg,
    fit_sbg_counts,
    project_retention,
    projected_cltv,
    simple_cltv,
    survivors_to_counts,
)

REGULAR = [1000, 631, 468, 382, 326, 289, 262, 241]
HIGH_END = [1000, 869, 743, 653, 593, 551, 517, 491]


def test_paper_regular_cohort_estimates() -> None:
    """Fader & Hardie (2007) report alpha = 0.704, beta = 1.182, LL = -1680.3 for 'regular'."""
    fit = fit_sbg(REGULAR)
    assert round(fit.alpha, 3) == 0.704
    assert round(fit.beta, 3) == 1.182
    assert round(fit.log_likelihood, 1) == -1680.3
    assert not fit.at_bound


def test_paper_high_end_cohort_estimates() -> None:
    """... and alpha = 0.668, beta = 3.806, LL = -1611.2 for 'high end'."""
    fit = fit_sbg(HIGH_END)
    assert round(fit.alpha, 3) == 0.668
    assert round(fit.beta, 3) == 3.806
    assert round(fit.log_likelihood, 1) == -1611.2


def test_fitted_curve_tracks_the_paper_data() -> None:
    fit = fit_sbg(REGULAR)
    projected = fit.survival(np.arange(8)) * 1000
    assert np.max(np.abs(projected - np.array(REGULAR))) < 15
    # Retention rises with tenure: the heterogeneity the model exists to capture.
    assert np.all(np.diff(fit.retention(np.arange(1, 13))) > 0)


def test_survival_and_retention_closed_forms() -> None:
    """With alpha = beta = 1, S(t) = 1 / (t + 1) and r_t = t / (t + 1)."""
    fit = SbgFit(1.0, 1.0, 0.0, 0, 0, 0, False)
    t = np.arange(6)
    assert np.allclose(fit.survival(t), 1 / (t + 1))
    assert np.allclose(fit.retention(np.arange(1, 6)), np.arange(1, 6) / np.arange(2, 7))
    assert fit.mean_churn == 0.5


def test_individual_counts_give_the_same_fit_as_the_curve() -> None:
    lost, alive = survivors_to_counts(REGULAR)
    assert lost.tolist() == [369, 163, 86, 56, 37, 27, 21]
    assert alive.tolist() == [0, 0, 0, 0, 0, 0, 0, 241]
    fit = fit_sbg_counts(lost, alive)
    assert fit.alpha == pytest.approx(fit_sbg(REGULAR).alpha, rel=1e-6)


def test_cohorts_of_different_ages_are_pooled() -> None:
    """Two cohorts, one observed 7 years and one 3: the likelihood simply adds up."""
    lost_a, alive_a = survivors_to_counts(REGULAR)
    lost_b, alive_b = survivors_to_counts(REGULAR[:4])
    lost = lost_a.copy()
    lost[:3] += lost_b
    alive = alive_a.copy()
    alive[3] += alive_b[3]
    fit = fit_sbg_counts(lost, alive)
    assert fit.accounts == 2000 and fit.lost == 759 + 618
    assert 0.5 < fit.alpha < 1.0 and 0.9 < fit.beta < 1.5


def test_refuses_bad_curves_and_no_churn() -> None:
    with pytest.raises(ValueError, match="grow"):
        survivors_to_counts([100, 90, 95])
    with pytest.raises(ValueError, match="No customer was lost"):
        fit_sbg([100, 100, 100])


def test_actual_survival_by_hand() -> None:
    """Lost one in period 1 and one in period 2; two last seen after 1 period, one after 2.

    Period 1: 5 at risk, 1 lost -> 0.8. Period 2: 2 at risk, 1 lost -> 0.8 x 0.5 = 0.4.
    """
    surv, at_risk = actual_survival([1, 1], [0, 2, 1])
    assert surv.tolist() == pytest.approx([1.0, 0.8, 0.4])
    assert at_risk.tolist() == [5, 5, 2]


def test_cltv_by_hand() -> None:
    fit = SbgFit(1.0, 1.0, 0.0, 0, 0, 0, False)
    # 100 MRR x 0.5 margin x (1 + 1/2 + 1/3), no discount.
    assert projected_cltv(fit, 100, 0.5, 0.0, 3) == pytest.approx(50 * (1 + 1 / 2 + 1 / 3))
    # 12.68 % a year is 1 % a month.
    assert projected_cltv(fit, 100, 0.5, 1.01**12 - 1, 2) == pytest.approx(50 * (1 + 0.5 / 1.01))
    assert simple_cltv(100, 0.8, 0.02) == pytest.approx(4000)
    assert simple_cltv(100, 0.8, 0.0) is None


def _account(db: Database, account_id: int, signed: str, churned: str | None = None,
             segment: int | None = None, mrr: float = 100) -> None:
    db.conn.execute(
        "INSERT INTO account (id, name, signed_date, churned_date, status, segment_id, mrr)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (account_id, f"A{account_id}", signed, churned, "churned" if churned else "live", segment, mrr),
    )


def test_lifetimes_in_whole_months(db: Database) -> None:
    _account(db, 1, "2026-01-10")  # 5 whole months to 15 June: alive after 5
    _account(db, 2, "2026-01-10", "2026-03-05")  # 1 whole month, then lost in period 2
    _account(db, 3, "2026-01-20", "2026-01-25")  # lost in its first month: period 1
    _account(db, 4, "2026-05-20", "2026-07-01")  # churn after as_of has not happened: alive after 0
    _account(db, 5, "2026-07-01")  # signed after as_of: not there yet
    lt = load_lifetimes(db, date(2026, 6, 15))
    assert lt.account_ids.tolist() == [1, 2, 3, 4]
    assert lt.periods.tolist() == [5, 2, 1, 0]
    assert lt.churned.tolist() == [False, True, True, False]
    lost, alive = lt.counts()
    assert lost.tolist() == [1, 1, 0, 0, 0]
    assert alive.tolist() == [1, 0, 0, 0, 0, 1]


def test_projection_per_segment_on_demo(demo_db: Database) -> None:
    projections = project_retention(demo_db, TODAY, by="segment")
    names = [p.label for p in projections]
    assert set(names) <= {"Self-serve", "Mid-market", "Business", "Enterprise"}
    assert sum(p.accounts for p in projections) == 50
    for p in projections:
        assert p.actual[0] == 1.0
        if p.fit is not None:
            assert p.projected[0] == pytest.approx(1.0)
            assert len(p.projected) == 121
            assert np.all(np.diff(p.projected) <= 0)
            assert p.projected_cltv is not None and p.projected_cltv > 0
        else:
            assert p.note and p.issue == "no_churn"
        assert p.issue in ("", "too_little", "no_churn", "unidentified", "geometric")
        assert p.reliable == (p.issue in ("", "geometric"))


def test_projection_options_are_checked(demo_db: Database) -> None:
    with pytest.raises(ValueError, match="margin"):
        project_retention(demo_db, TODAY, margin=80)
    with pytest.raises(ValueError, match="Group by"):
        project_retention(demo_db, TODAY, by="planet")
    cohorts = project_retention(demo_db, TODAY, by="cohort")
    assert [p.key for p in cohorts] == sorted(p.key for p in cohorts)
