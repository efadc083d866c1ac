"""Retention, churn, revenue retention, CLTV, drop-off per stage and cohorts, by hand."""

from __future__ import annotations

from datetime import date

import pytest
from sqlite_utils import Database

from tests.core.test_kpi_builders import AS_OF, add_account, add_mrr_change, add_stages
from tracker.domain import ValidationError
from tracker.kpi.cohorts import cohort_retention
from tracker.kpi.retention import (
    get_gross_margin,
    logo_retention,
    revenue_retention,
    set_gross_margin,
    simple_cltv,
)
from tracker.kpi.stages import dropoff_kpis, stage_funnel


def _portfolio(db: Database) -> None:
    """Period = the 90 days up to 2026-06-15, starting after 2026-03-17."""
    a = add_account(db, signed="2025-01-01", mrr=200)
    add_mrr_change(db, a, "2026-02-01", 100, 150)  # before the period
    add_mrr_change(db, a, "2026-05-01", 150, 200)  # expansion 50
    add_account(db, signed="2025-01-01", churned="2026-04-01", mrr=100)  # lost, 100 churned MRR
    add_account(db, signed="2025-01-01", churned="2026-01-01", mrr=999)  # gone before the period
    add_account(db, signed="2026-05-01", mrr=50)  # new
    add_account(db, signed="2026-04-01", churned="2026-05-01", mrr=70)  # came and went
    f = add_account(db, signed="2025-06-01", mrr=300)
    add_mrr_change(db, f, "2026-04-01", 400, 300)  # contraction 100


def test_logo_retention_and_churn(db: Database) -> None:
    _portfolio(db)
    retention, churn = logo_retention(db, AS_OF)
    # at start A, B, F; lost B; at end A, D, F; new D.
    assert (retention.numerator, retention.denominator) == (2, 3)
    assert retention.value == pytest.approx(200 / 3)
    assert churn.value == pytest.approx(100 / 3)


def test_revenue_retention(db: Database) -> None:
    _portfolio(db)
    grr, nrr = revenue_retention(db, AS_OF)
    start = 150 + 100 + 400
    assert grr.denominator == start
    assert grr.value == pytest.approx((start - 100 - 100) / start * 100)
    assert nrr.value == pytest.approx((start - 100 - 100 + 50) / start * 100)


def test_simple_cltv_and_gross_margin_setting(db: Database) -> None:
    _portfolio(db)
    # Analytics' definition (issue 12: one CLTV): lost accounts per month of observed tenure,
    # over every account signed by as_of. Whole months to churn or to as_of: A 17, B 16
    # (churned in month 16), C 13, D 1, E 2, F 12 = 61 months, 3 lost (B, C, E).
    monthly_churn = 3 / 61
    avg_mrr = (200 + 100 + 999 + 50 + 70 + 300) / 6
    assert get_gross_margin(db) == 0.8
    assert simple_cltv(db, AS_OF).value == pytest.approx(avg_mrr * 0.8 / monthly_churn)
    assert set_gross_margin(db, 0.5).kpis
    assert simple_cltv(db, AS_OF).value == pytest.approx(avg_mrr * 0.5 / monthly_churn)
    with pytest.raises(ValidationError):
        set_gross_margin(db, 1.5)
    assert get_gross_margin(db) == 0.5


def test_no_churn_means_no_cltv_and_full_retention(db: Database) -> None:
    add_account(db, signed="2025-01-01", mrr=100)
    assert simple_cltv(db, AS_OF).value is None
    assert "unbounded" in simple_cltv(db, AS_OF).detail
    retention, churn = logo_retention(db, AS_OF)
    assert (retention.value, churn.value) == (100.0, 0.0)
    assert revenue_retention(db, AS_OF)[0].value == 100.0


def test_nothing_at_start_is_no_data(db: Database) -> None:
    add_account(db, signed="2026-06-01", mrr=100)
    assert all(k.value is None for k in (*logo_retention(db, AS_OF), *revenue_retention(db, AS_OF),
                                         simple_cltv(db, AS_OF)))


def test_dropoff_per_stage(db: Database) -> None:
    a = add_account(db)
    add_stages(db, a, ("Embark", "2026-01-01"), ("Handoff", "2026-02-01"), ("Kickoff", "2026-03-01"))
    b = add_account(db, churned="2026-03-01")
    add_stages(db, b, ("Embark", "2026-01-01"), ("Handoff", "2026-02-01"))
    c = add_account(db, churned="2026-02-01")
    add_stages(db, c, ("Embark", "2026-01-01"))
    d = add_account(db)
    add_stages(db, d, ("Embark", "2026-01-01"), ("Handoff", "2026-07-01"))  # not yet in Handoff
    funnel = stage_funnel(db, AS_OF)
    assert funnel.entered == (4, 2, 1, 0, 0, 0)
    assert funnel.dropped == (1, 1, 0, 0, 0, 0)
    values = [k.value for k in dropoff_kpis(funnel)]
    assert values == [25.0, 50.0, 0.0, None, None]


def test_cohorts_including_one_with_nobody_left(db: Database) -> None:
    add_account(db, signed="2026-01-10")
    add_account(db, signed="2026-01-20", churned="2026-03-15")  # stayed 1 full month
    add_account(db, signed="2026-02-05", churned="2026-02-10")  # gone within its first month
    add_account(db, signed="2026-06-01")
    add_account(db, signed="2026-07-01")  # not signed yet
    matrix = cohort_retention(db, AS_OF)
    assert matrix.cohorts == ("2026-01", "2026-02", "2026-06")
    assert matrix.sizes == (2, 1, 1)
    assert matrix.shares[0] == (100.0, 100.0, 50.0, 50.0, 50.0)  # youngest member is 4 months old
    assert matrix.shares[1] == (100.0, 0.0, 0.0, 0.0, 0.0)
    assert matrix.shares[2] == (100.0,)
    assert matrix.months == 5


def test_cohort_churn_on_the_anniversary_still_counts_that_month(db: Database) -> None:
    add_account(db, signed="2026-01-31", churned="2026-03-31")
    assert cohort_retention(db, date(2026, 5, 31)).shares[0][:4] == (100.0, 100.0, 100.0, 0.0)


def test_no_cohorts_without_accounts(db: Database) -> None:
    assert cohort_retention(db, AS_OF).cohorts == ()
