"""Kaplan-Meier time to first value / go-live: censoring, churn, quantiles not reached."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import stats
from sqlite_utils import Database

from tests.core.test_kpi_builders import AS_OF, add_account, one
from tracker.kpi.report import portfolio_kpis
from tracker.kpi.survival import golive_survival, kaplan_meier, survival_kpis, ttfv_survival


def _five_accounts(db: Database) -> None:
    for fv in ("2026-01-11", "2026-01-21", "2026-01-31"):
        add_account(db, signed="2026-01-01", fv=fv)
    add_account(db, signed="2026-01-01")  # still open: censored at as_of (165 days)
    add_account(db, signed="2026-01-01", churned="2026-01-16")  # lost at 15 days


def test_ttfv_hand_computed_km(db: Database) -> None:
    """S(10)=4/5, S(20)=4/5*2/3, S(30)=S(20)*1/2: the median is 30, p75/p90 never reached."""
    _five_accounts(db)
    result = ttfv_survival(db, AS_OF)
    assert (result.n, result.events, result.open, result.lost) == (5, 3, 1, 1)
    assert result.median == 30.0
    assert result.p75 is None and result.p90 is None
    s = dict(zip(result.times, result.survival, strict=True))
    assert s[10.0] == pytest.approx(0.8)
    assert s[20.0] == pytest.approx(0.8 * 2 / 3)
    assert s[30.0] == pytest.approx(0.8 * 2 / 3 / 2)
    median, p75, _p90 = survival_kpis(result, "ttfv")
    assert median.value == 30.0
    assert p75.value is None
    assert "Not reached yet (1 accounts still open)" in p75.detail


def test_km_matches_a_direct_scipy_ecdf_call(demo_db: Database) -> None:
    rows = demo_db.conn.execute(
        "SELECT julianday(first_value_date) - julianday(signed_date),"
        " julianday(churned_date) - julianday(signed_date), julianday(?) - julianday(signed_date)"
        " FROM account WHERE signed_date <= ?", (AS_OF.isoformat(), AS_OF.isoformat())).fetchall()
    event = [r[0] for r in rows if r[0] is not None]
    censored = [r[1] if r[1] is not None else r[2] for r in rows if r[0] is None]
    direct = stats.ecdf(stats.CensoredData(uncensored=np.array(event), right=np.array(censored)))
    ours = ttfv_survival(demo_db, AS_OF)
    assert ours.events == len(event)
    np.testing.assert_allclose(ours.times[1:], direct.sf.quantiles)
    np.testing.assert_allclose(ours.survival[1:], direct.sf.probabilities)
    cdf = direct.cdf.probabilities
    median = direct.cdf.quantiles[np.flatnonzero(cdf >= 0.5)[0]]
    assert ours.median == median


def test_everyone_censored_reports_not_reached_with_open_count(db: Database) -> None:
    add_account(db, signed="2026-05-01")
    add_account(db, signed="2026-06-01")
    add_account(db, signed="2026-06-01", fv="2026-06-30")  # value after as_of: still open
    result = ttfv_survival(db, AS_OF)
    assert (result.events, result.open, result.median, result.p90) == (0, 3, None, None)
    assert "3 accounts still open" in one(portfolio_kpis(db, AS_OF), "ttfv_median").detail


def test_no_accounts_and_one_account(db: Database) -> None:
    assert ttfv_survival(db, AS_OF).n == 0
    assert survival_kpis(ttfv_survival(db, AS_OF), "ttfv")[0].detail == "No accounts."
    add_account(db, signed="2026-01-01", golive="2026-03-02", fv="2026-02-01")
    assert golive_survival(db, AS_OF).median == 60.0
    assert ttfv_survival(db, AS_OF).p90 == 31.0


def test_account_without_signed_date_is_left_out(db: Database) -> None:
    add_account(db, signed=None, fv="2026-01-01")
    add_account(db, signed="2026-01-01", fv="2026-01-05")
    assert ttfv_survival(db, AS_OF).n == 1


def test_kaplan_meier_without_censoring_is_the_plain_ecdf() -> None:
    result = kaplan_meier(np.array([3.0, 1.0, 2.0, 2.0]), np.ones(4, dtype=bool))
    assert (result.median, result.p75, result.p90) == (2.0, 2.0, 3.0)
