"""Share KPIs against hand-computed expectations on tiny portfolios (as of 2026-06-15)."""

from __future__ import annotations

import pytest
from sqlite_utils import Database

from tests.core.test_kpi_builders import (
    AS_OF,
    add_account,
    add_contact,
    add_feature,
    add_feedback,
    add_task,
    adopt,
)
from tracker.kpi.filters import KpiFilter
from tracker.kpi.rates import (
    activation_rate,
    checklist_progress,
    csat,
    feature_adoption,
    golive_on_time,
    ninety_day_flag,
    nps,
    task_band,
    task_performance,
)


def test_everything_is_none_without_data(db: Database) -> None:
    for kpi in (activation_rate(db, AS_OF), golive_on_time(db, AS_OF), task_performance(db, AS_OF),
                checklist_progress(db, AS_OF), csat(db, AS_OF), nps(db, AS_OF),
                feature_adoption(db, AS_OF), ninety_day_flag(db, AS_OF)):
        assert kpi.value is None, kpi.key
        assert kpi.detail


def test_activation_counts_only_what_happened_by_as_of(db: Database) -> None:
    a = add_account(db, owner="Ann")
    add_contact(db, a, "2026-01-05", "2026-01-10")
    add_contact(db, a, "2026-01-05", "2026-02-10")
    add_contact(db, a, "2026-01-05", "2026-07-01")  # activated after as_of: not yet
    add_contact(db, a, "2026-01-05")
    add_contact(db, a, "2026-07-01")  # invited after as_of: not yet invited
    b = add_account(db, owner="Bob")
    add_contact(db, b, "2026-01-05")
    assert activation_rate(db, AS_OF, KpiFilter(owners=("Ann",))).value == pytest.approx(50.0)
    kpi = activation_rate(db, AS_OF)
    assert (kpi.numerator, kpi.denominator) == (2, 5)
    assert kpi.value == pytest.approx(40.0)


def test_golive_on_time_leaves_out_go_lives_without_target(db: Database) -> None:
    add_account(db, target="2026-03-10", golive="2026-03-01")
    add_account(db, target="2026-03-15", golive="2026-04-01")
    add_account(db, target="2026-05-01", golive="2026-05-01")  # on the day = on time
    add_account(db, golive="2026-05-01")  # no target: cannot be judged
    add_account(db, target="2026-06-01", golive="2026-07-01")  # after as_of: not live yet
    kpi = golive_on_time(db, AS_OF)
    assert (kpi.numerator, kpi.denominator) == (2, 2 + 1)
    assert kpi.value == pytest.approx(200 / 3)
    assert "1 live without a target" in kpi.detail


def test_task_performance_and_checklist_progress(db: Database) -> None:
    a = add_account(db)
    add_task(db, a, "2026-06-01", "done", "2026-05-30")
    add_task(db, a, "2026-06-01", "todo")  # overdue
    add_task(db, a, "2026-06-10", "done", "2026-06-20")  # done after as_of: overdue at as_of
    add_task(db, a, "2026-06-10", "skipped")  # ignored
    add_task(db, a, "2026-06-15", "in_progress")  # due today: not overdue yet, not due to date
    add_task(db, a, "2026-07-01", "todo")
    gone = add_account(db, churned="2026-05-20")
    add_task(db, gone, "2026-05-01", "todo")  # abandoned with its account, not overdue
    perf = task_performance(db, AS_OF)
    assert (perf.numerator, perf.denominator) == (2, 3)
    assert perf.value == pytest.approx(200 / 3)
    assert perf.band == "off_track"
    progress = checklist_progress(db, AS_OF)
    assert (progress.numerator, progress.denominator) == (1, 5)
    assert progress.value == pytest.approx(20.0)


@pytest.mark.parametrize(("pct", "band"), [(0.0, "on_track"), (19.99, "on_track"), (20.0, "at_risk"),
                                           (60.0, "at_risk"), (60.01, "off_track"), (None, None)])
def test_task_band_edges(pct: float | None, band: str | None) -> None:
    assert task_band(pct) == band


def test_csat_counts_four_and_five(db: Database) -> None:
    a = add_account(db)
    for score in (5, 4, 3, 1):
        add_feedback(db, a, "csat", score, "2026-03-01")
    add_feedback(db, a, "csat", 1, "2026-07-01")  # after as_of
    add_feedback(db, a, "nps", 10, "2026-03-01")  # other kind
    kpi = csat(db, AS_OF)
    assert (kpi.numerator, kpi.denominator) == (2, 4) and kpi.value == pytest.approx(50.0)


def test_nps_all_detractors_is_minus_100(db: Database) -> None:
    a = add_account(db)
    for score in (0, 6, 3):
        add_feedback(db, a, "nps", score, "2026-03-01")
    assert nps(db, AS_OF).value == pytest.approx(-100.0)


def test_nps_mixed(db: Database) -> None:
    a = add_account(db)
    for score in (10, 9, 8, 7, 6):
        add_feedback(db, a, "nps", score, "2026-03-01")
    kpi = nps(db, AS_OF)
    assert kpi.value == pytest.approx((2 - 1) / 5 * 100)
    assert "2 promoters, 1 detractors" in kpi.detail


def test_feature_adoption_counts_tracked_features_of_accounts_still_here(db: Database) -> None:
    f1, f2 = add_feature(db, "Reports"), add_feature(db, "API")
    f3 = add_feature(db, "Legacy", tracked=False)
    a, b = add_account(db), add_account(db)
    c = add_account(db, churned="2026-04-01")
    adopt(db, a, f1, "2026-02-01")
    adopt(db, a, f2, "2026-02-01")
    adopt(db, b, f1, "2026-07-01")  # after as_of
    adopt(db, b, f3, "2026-02-01")  # untracked
    adopt(db, c, f1, "2026-02-01")  # churned account
    kpi = feature_adoption(db, AS_OF)
    assert (kpi.numerator, kpi.denominator) == (2, 4) and kpi.value == pytest.approx(50.0)


def test_ninety_day_flag(db: Database) -> None:
    add_account(db, signed="2026-01-01")  # 165 days, no value: flagged
    add_account(db, signed="2026-01-01", fv="2026-02-01")
    add_account(db, signed="2026-05-01")  # too young to judge
    add_account(db, signed="2026-01-01", churned="2026-03-01")  # gone
    add_account(db, signed="2026-01-01", fv="2026-07-01")  # value only after as_of: flagged
    kpi = ninety_day_flag(db, AS_OF)
    assert (kpi.numerator, kpi.denominator) == (2, 3)


def test_one_account_filters_by_segment_stage_status_and_signed_window(db: Database) -> None:
    seg = int(db.conn.execute("INSERT INTO segment (name) VALUES ('Big')").lastrowid or 0)
    a = add_account(db, segment_id=seg, stage="Adopt", status="live", signed="2026-02-01")
    add_contact(db, a, "2026-02-01", "2026-02-02")
    b = add_account(db, signed="2025-01-01")
    add_contact(db, b, "2026-02-01")
    for flt in (KpiFilter(segment_ids=(seg,)), KpiFilter(stages=("Adopt",)),
                KpiFilter(statuses=("live",)), KpiFilter(signed_from=AS_OF.replace(month=1))):
        assert activation_rate(db, AS_OF, flt).value == pytest.approx(100.0), flt
    assert activation_rate(db, AS_OF, KpiFilter(signed_to=AS_OF.replace(year=2025))).value == 0.0
    assert activation_rate(db, AS_OF.replace(month=1)).value is None  # neither signed yet
