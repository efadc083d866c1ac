"""What the portfolio KPIs read less of gives what the fuller reads give: the account table
read once (the frame, the lifetimes of the CLTV and the health scores' own account columns
from one pass), and a one-off call's response totals instead of every account's rows."""

from __future__ import annotations

from dataclasses import fields
from datetime import date, timedelta
from functools import partial

import numpy as np
import pytest

from tests.conftest import TODAY
from tests.statements import traced
from tracker.analytics.lifetimes import Lifetimes, load_lifetimes
from tracker.database import Database
from tracker.kpi.filters import ALL_ACCOUNTS, KpiFilter
from tracker.kpi.frames import DayFrames
from tracker.kpi.health import frame_accounts, score_array
from tracker.kpi.values import AccountFrame, load_accounts


def _same(a: AccountFrame | Lifetimes, b: AccountFrame | Lifetimes) -> None:
    assert type(a) is type(b)
    for f in fields(a):
        x, y = getattr(a, f.name), getattr(b, f.name)
        if isinstance(x, np.ndarray):
            assert x.dtype == y.dtype, f.name
            assert np.array_equal(x, y, equal_nan=x.dtype.kind == "f"), f.name
        else:
            assert x == y, f.name


def _edge_accounts(db: Database) -> None:
    """No signed date, signed after the day, a churn dated after it, a churned status
    without a date, a first value after the day, and a churn date written oddly."""
    ids = [int(r[0]) for r in db.conn.execute("SELECT id FROM account ORDER BY id LIMIT 6")]
    later = (TODAY + timedelta(days=20)).isoformat()
    db.conn.execute("UPDATE account SET signed_date = NULL WHERE id = ?", (ids[0],))
    db.conn.execute("UPDATE account SET signed_date = ? WHERE id = ?", (later, ids[1]))
    db.conn.execute("UPDATE account SET status = 'churned', churned_date = ? WHERE id = ?", (later, ids[2]))
    db.conn.execute("UPDATE account SET status = 'churned', churned_date = NULL WHERE id = ?", (ids[3],))
    db.conn.execute("UPDATE account SET first_value_date = ? WHERE id = ?", (later, ids[4]))
    db.conn.execute("UPDATE account SET status = 'churned', churned_date = '2026-3-5' WHERE id = ?",
                    (ids[5],))


def _both(frames: DayFrames, db: Database) -> tuple[AccountFrame, Lifetimes]:
    return frames.accounts(db), frames.lifetimes(db)


def _segment(db: Database) -> KpiFilter:
    return KpiFilter(segment_ids=(int(db.conn.execute("SELECT min(id) FROM segment").fetchone()[0]),))


@pytest.mark.parametrize("day", [TODAY, TODAY - timedelta(days=90), date(2025, 1, 1)])
def test_one_account_pass_gives_the_frame_and_the_lifetimes(demo_db: Database, day: date) -> None:
    _edge_accounts(demo_db)
    for flt in (ALL_ACCOUNTS, _segment(demo_db), KpiFilter(owners=("nobody",))):
        frames = DayFrames(day, flt)
        statements = traced(demo_db, partial(_both, frames, demo_db))
        assert len(statements) == 1, statements
        frame = load_accounts(demo_db, day, flt)
        _same(frames.accounts(demo_db), frame)
        _same(frames.lifetimes(demo_db), load_lifetimes(demo_db, day, frame.ids.tolist()))
        if flt == ALL_ACCOUNTS:
            _same(frames.lifetimes(demo_db), load_lifetimes(demo_db, day))


@pytest.mark.parametrize("day", [TODAY, TODAY - timedelta(days=90)])
def test_scores_from_the_frames_columns_equal_healths_own_account_read(demo_db: Database,
                                                                       day: date) -> None:
    _edge_accounts(demo_db)
    frame = load_accounts(demo_db, day, ALL_ACCOUNTS)
    ids, scores = score_array(demo_db, day)
    kept = np.isin(ids, frame.ids)
    assert not kept.all()  # the account signed after the day is scored by the own read only
    found_ids, found = score_array(demo_db, day, accounts=frame_accounts(frame))
    assert found_ids.tolist() == ids[kept].tolist()
    assert np.array_equal(found, scores[kept], equal_nan=True)
    assert np.isnan(found).sum() < len(found)


def _account(db: Database, account_id: int, signed: str, churned: str | None = None) -> None:
    db.conn.execute("INSERT INTO account (id, name, signed_date, churned_date, status, mrr)"
                    " VALUES (?, ?, ?, ?, ?, 100)",
                    (account_id, f"A{account_id}", signed, churned, "churned" if churned else "live"))


def test_whole_months_and_churn_by_hand(db: Database) -> None:
    """Periods as of 15 June 2026 (``Lifetimes.periods``: churn period t >= 1, else whole
    months stayed), counted by hand."""
    _account(db, 1, "2026-01-10", "2026-03-10")  # 2 whole months, then lost in period 3
    _account(db, 2, "2026-03-20", "2026-03-01")  # churned before signing: period 1
    _account(db, 3, "2026-02-15", "2026-06-15")  # churned on the day itself: 4 months, period 5
    _account(db, 4, "2026-06-15")  # signed on the day: 0 months
    _account(db, 5, "2025-06-16")  # 11 whole months (the 16th is not reached)
    _account(db, 6, "2025-12-31", "2026-02-28")  # 1 whole month (28 < 31), then period 2
    _account(db, 7, "2026-01-01", "2026-06-16")  # churn after the day: alive, 5 months
    day = date(2026, 6, 15)
    for lifetimes in (load_lifetimes(db, day), DayFrames(day).lifetimes(db)):
        assert lifetimes.account_ids.tolist() == [1, 2, 3, 4, 5, 6, 7]
        assert lifetimes.periods.tolist() == [3, 1, 5, 0, 11, 2, 5]
        assert lifetimes.churned.tolist() == [True, True, True, False, False, True, False]
        assert lifetimes.cohort.tolist() == ["2026-01", "2026-03", "2026-02", "2026-06", "2025-06",
                                             "2025-12", "2026-01"]


def test_a_date_sqlite_cannot_read_counts_as_none_in_the_lifetimes_and_the_cohorts(db: Database
                                                                                   ) -> None:
    """"2026-1-5" is text SQLite's date functions refuse: a signed date like it gives no
    lifetime and no cohort, a churn date like it no churn (NumPy's parse of the text raised)."""
    from tracker.kpi.cohorts import cohort_retention

    _account(db, 1, "2026-01-10", "2026-1-5")
    _account(db, 2, "2026-1-5")
    _account(db, 3, "2026-02-15")
    day = date(2026, 6, 15)
    for lifetimes in (load_lifetimes(db, day), DayFrames(day).lifetimes(db)):
        assert lifetimes.account_ids.tolist() == [1, 3]
        assert lifetimes.periods.tolist() == [5, 4]
        assert lifetimes.churned.tolist() == [False, False]
    matrix = cohort_retention(db, day)
    assert matrix.cohorts == ("2026-01", "2026-02")
    assert matrix.sizes == (1, 1)
    assert matrix.shares[0] == (100.0,) * 6


@pytest.mark.parametrize("day", [TODAY, TODAY - timedelta(days=90), date(2020, 1, 1)])
def test_a_one_off_reads_the_response_totals_the_accounts_rows_add_up_to(demo_db: Database,
                                                                         day: date) -> None:
    from tracker.kpi.rates import feedback_counts, feedback_rows

    for flt in (ALL_ACCOUNTS, _segment(demo_db), KpiFilter(owners=("nobody",))):
        rows = feedback_rows(demo_db, day, flt)
        totals = feedback_rows(demo_db, day, flt, per_account=False)
        assert set(totals[:, 0].tolist()) <= {0.0}
        by_key: dict[tuple[float, float], float] = {}
        for _account, kind, score, n in rows.tolist():
            by_key[(kind, score)] = by_key.get((kind, score), 0.0) + n
        assert {(k, s): n for _a, k, s, n in totals.tolist()} == by_key
        one_off, kept = feedback_counts(demo_db, day, flt), feedback_counts(demo_db, day, flt, rows)
        assert all(np.array_equal(one_off[k], kept[k]) for k in ("csat", "nps"))
    assert len(feedback_rows(demo_db, TODAY, ALL_ACCOUNTS, per_account=False)) <= 22
