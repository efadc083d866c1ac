"""Two-group comparisons: data extraction, each test against a direct SciPy call, verdicts."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest
from scipy.stats import CensoredData, fisher_exact, logrank, mannwhitneyu
from sqlite_utils import Database

from tests.conftest import TODAY
from tracker.analytics.experiments import (
    MIN_PER_GROUP,
    compare_groups,
    holm,
    km_median,
    rank_biserial,
    risk_difference,
)
from tracker.analytics.groups import Group, resolve_group, time_to_value
from tracker.domain import ValidationError

AS_OF = date(2026, 6, 15)


def _account(db: Database, account_id: int, signed: str, fv: str | None = None,
             churned: str | None = None, golive: str | None = None, target: str | None = None,
             segment: int | None = None) -> None:
    db.conn.execute(
        "INSERT INTO account (id, name, signed_date, first_value_date, churned_date, golive_date,"
        " target_golive_date, segment_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (account_id, f"A{account_id}", signed, fv, churned, golive, target, segment),
    )


def test_time_to_value_is_censored_not_dropped(db: Database) -> None:
    _account(db, 1, "2026-01-01", fv="2026-01-31")  # reached value after 30 days
    _account(db, 2, "2026-01-01")  # still waiting: censored at as_of, 165 days
    _account(db, 3, "2026-01-01", churned="2026-02-10")  # lost before value: censored at 40
    _account(db, 4, "2026-06-01", fv="2026-07-01")  # value after as_of has not happened: 14
    _account(db, 5, "2026-01-01", fv="2026-03-02", churned="2026-05-01")  # value, then churn: 60
    _account(db, 6, "2026-07-01")  # signed after as_of: absent
    ttv = time_to_value(db, [1, 2, 3, 4, 5, 6], AS_OF)
    assert ttv.days.tolist() == [30, 165, 40, 14, 60]
    assert ttv.event.tolist() == [True, False, False, False, True]
    assert ttv.lost_before_value == 1


def test_km_median_by_hand_and_not_reached() -> None:
    # Events at 10 and 20, censored at 15 and 30: S = 3/4 after 10, 3/4 * 1/2 after 20.
    days = np.array([10.0, 15.0, 20.0, 30.0])
    assert km_median(days, np.array([True, False, True, False])) == 20
    assert km_median(days, np.array([True, False, False, False])) is None


def test_ttfv_curve_steps_by_hand() -> None:
    from tracker.analytics.experiments import ttfv_curve

    curve = ttfv_curve(np.array([10.0, 15.0, 20.0, 30.0]), np.array([True, False, True, False]))
    assert curve.days == (0.0, 10.0, 15.0, 20.0, 30.0)
    assert curve.still_waiting == pytest.approx((1.0, 0.75, 0.75, 0.375, 0.375))


def test_holm_and_effect_sizes_by_hand() -> None:
    assert holm([0.01, 0.04, 0.03]) == pytest.approx([0.03, 0.06, 0.06])
    assert rank_biserial(12, 3, 4).value == pytest.approx(1.0)  # U = n_a n_b: A always higher
    assert rank_biserial(6, 3, 4).value == pytest.approx(0.0)


@pytest.mark.parametrize(("ka", "na", "kb", "nb", "low", "high"), [
    (56, 70, 48, 80, 0.0524, 0.3339),  # Newcombe (1998), Statistics in Medicine, method 10
    (9, 10, 3, 10, 0.1705, 0.8090),
])
def test_risk_difference_matches_newcombe(ka: int, na: int, kb: int, nb: int, low: float,
                                          high: float) -> None:
    rd = risk_difference(ka, na, kb, nb)
    assert rd.value == pytest.approx(ka / na - kb / nb)
    assert round(rd.low, 4) == low and round(rd.high, 4) == high


def _hand_arrays(db: Database, ids: tuple[int, ...]) -> dict[str, object]:
    """The same data as the module reads, extracted the slow obvious way."""
    day = AS_OF.isoformat()
    durations, events, on_time = [], [], []
    for signed, fv, churn, golive, target in db.conn.execute(
            "SELECT signed_date, first_value_date, churned_date, golive_date, target_golive_date"
            f" FROM account WHERE id IN ({','.join(map(str, ids))})"):
        if signed is None or signed > day:
            continue
        s = date.fromisoformat(signed)
        if fv is not None and fv <= day:
            durations.append((date.fromisoformat(fv) - s).days)
            events.append(True)
        else:
            end = date.fromisoformat(churn) if churn is not None and churn <= day else AS_OF
            durations.append((end - s).days)
            events.append(False)
        if golive is not None and golive <= day and target is not None:
            on_time.append(golive <= target)
    scores: dict[str, list[int]] = {"csat": [], "nps": []}
    for kind in scores:
        for account_id in ids:
            row = db.conn.execute("SELECT score FROM feedback WHERE account_id = ? AND kind = ?"
                                  " AND date <= ? ORDER BY date DESC, id DESC LIMIT 1",
                                  (account_id, kind, day)).fetchone()
            if row:
                scores[kind].append(row[0])
    d, e = np.array(durations, dtype=float), np.array(events)
    return {"ttfv": CensoredData(uncensored=d[e], right=d[~e]), "on_time": on_time, **scores}


def test_each_statistic_equals_a_direct_scipy_call(demo_db: Database) -> None:
    a, b = resolve_group(demo_db, "rule:tech >= 3"), resolve_group(demo_db, "rule:tech <= 2")
    result = compare_groups(demo_db, a, b, AS_OF)
    ha, hb = _hand_arrays(demo_db, a.account_ids), _hand_arrays(demo_db, b.account_ids)
    by = {m.metric: m for m in result.metrics}

    lr = logrank(ha["ttfv"], hb["ttfv"])
    assert by["ttfv"].statistic == pytest.approx(lr.statistic)
    assert by["ttfv"].p_value == pytest.approx(lr.pvalue)

    oa, ob = ha["on_time"], hb["on_time"]
    assert isinstance(oa, list) and isinstance(ob, list)
    fe = fisher_exact([[sum(oa), len(oa) - sum(oa)], [sum(ob), len(ob) - sum(ob)]])
    assert by["on_time"].statistic == pytest.approx(fe.statistic)
    assert by["on_time"].p_value == pytest.approx(fe.pvalue)
    assert by["on_time"].n_a == len(oa) and by["on_time"].value_a == pytest.approx(100 * sum(oa) / len(oa))

    for kind in ("csat", "nps"):
        mw = mannwhitneyu(ha[kind], hb[kind], alternative="two-sided")
        assert by[kind].statistic == pytest.approx(mw.statistic)
        assert by[kind].p_value == pytest.approx(mw.pvalue)


def test_small_groups_get_no_winner(demo_db: Database) -> None:
    a, b = resolve_group(demo_db, "segment:Enterprise"), resolve_group(demo_db, "segment:Self-serve")
    result = compare_groups(demo_db, a, b, TODAY)
    assert all(not m.enough and m.favours is None for m in result.metrics)
    assert all(m.verdict.startswith("Too little data") for m in result.metrics)
    assert result.verdict.startswith("Not enough data to call a winner")


def _two_segments(db: Database, n: int, late_b: bool) -> tuple[Group, Group]:
    for seg in (1, 2):
        db.conn.execute("INSERT INTO segment (id, name) VALUES (?, ?)", (seg, f"S{seg}"))
    for i in range(2 * n):
        seg = 1 if i < n else 2
        late = late_b and seg == 2
        _account(db, i + 1, "2026-01-01", fv="2026-02-01" if not late else "2026-04-01",
                 golive="2026-03-01" if not late else "2026-03-20", target="2026-03-05", segment=seg)
        db.conn.execute("INSERT INTO feedback (account_id, kind, score, date) VALUES (?, 'csat', ?,"
                        " '2026-03-01')", (i + 1, 5 if not late else 2 + i % 2))
    return resolve_group(db, "segment:S1"), resolve_group(db, "segment:S2")


def test_clear_difference_calls_a_winner(db: Database) -> None:
    a, b = _two_segments(db, MIN_PER_GROUP + 5, late_b=True)
    result = compare_groups(db, a, b, AS_OF)
    by = {m.metric: m for m in result.metrics}
    assert by["on_time"].favours == "a" and by["on_time"].value_a == 100 and by["on_time"].value_b == 0
    assert by["ttfv"].favours == "a" and by["ttfv"].value_a == 31 and by["ttfv"].value_b == 90
    assert by["csat"].favours == "a"
    assert by["nps"].n_a == 0 and not by["nps"].enough
    assert result.verdict.startswith("S1 does better on time to first value, on-time go-live, CSAT")
    assert "S1 goes live on time more often: 100% vs 0%" in by["on_time"].verdict


def test_identical_groups_get_no_difference(db: Database) -> None:
    a, b = _two_segments(db, MIN_PER_GROUP, late_b=False)
    result = compare_groups(db, a, b, AS_OF)
    assert [m.favours for m in result.metrics] == [None, None, None, None]
    assert "No clear difference in on-time go-live" in result.metrics[1].verdict
    assert result.verdict.startswith("No clear winner")


def test_overlapping_groups_are_flagged(demo_db: Database) -> None:
    result = compare_groups(demo_db, resolve_group(demo_db, "all"),
                            resolve_group(demo_db, "segment:Mid-market"), TODAY)
    assert result.overlap > 0 and "in both groups" in result.verdict


def test_group_specs(demo_db: Database) -> None:
    pb = demo_db.conn.execute("SELECT name FROM playbook WHERE kind = 'initial' ORDER BY builtin DESC,"
                              " id LIMIT 1").fetchone()[0]
    assert len(resolve_group(demo_db, f"playbook:{pb}").account_ids) == 50
    period = resolve_group(demo_db, "period:2026-01-01..2026-03-31")
    signed = [r[0] for r in demo_db.conn.execute(
        f"SELECT signed_date FROM account WHERE id IN ({','.join(map(str, period.account_ids))})")]
    assert signed and all("2026-01-01" <= s <= "2026-03-31" for s in signed)
    assert resolve_group(demo_db, "segment:enterprise").label == "Enterprise"
    for bad in ("nonsense", "segment:Nope", "period:2026-05-01..2026-01-01", "period:yesterday"):
        with pytest.raises(ValidationError):
            resolve_group(demo_db, bad)
