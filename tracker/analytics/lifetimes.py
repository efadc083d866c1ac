"""Account lifetimes in whole months: how long each account has stayed, and whether it left.

One query and NumPy date arithmetic; the retention model and the CLI both start here.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np
from numpy.typing import NDArray

from tracker.database import Database
from tracker.kpi.filters import ids_sql
from tracker.storage.db import environment_errors
from tracker.validation import usable_mrr_sql

IntArray = NDArray[np.int64]


def full_months(y1: IntArray, m1: IntArray, d1: IntArray, y2: IntArray, m2: IntArray,
                d2: IntArray) -> IntArray:
    """Whole calendar months from (y1, m1, d1) to (y2, m2, d2): 10 Jan to 9 Mar is 1."""
    return np.asarray((y2 - y1) * 12 + (m2 - m1) - (d2 < d1), dtype=np.int64)


@dataclass(frozen=True)
class Lifetimes:
    """Per account: ``periods`` is the churn period t >= 1 when ``churned``, else the n whole
    months it is known to have stayed (censored at ``as_of``)."""

    account_ids: IntArray
    cohort: NDArray[np.str_]  # signed month, YYYY-MM
    segment_ids: IntArray  # -1 = no segment
    periods: IntArray
    churned: NDArray[np.bool_]
    mrr: NDArray[np.float64]

    def counts(self) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
        """(lost in period 1..T, alive after n = 0..T) for the sBG likelihood."""
        top = int(self.periods.max()) if len(self.periods) else 0
        lost = np.bincount(self.periods[self.churned], minlength=top + 1)[1:].astype(float)
        alive = np.bincount(self.periods[~self.churned], minlength=top + 1).astype(float)
        return lost, alive

    def subset(self, mask: NDArray[np.bool_]) -> Lifetimes:
        return Lifetimes(self.account_ids[mask], self.cohort[mask], self.segment_ids[mask],
                         self.periods[mask], self.churned[mask], self.mrr[mask])

    def groups(self, by: str, db: Database) -> Iterator[tuple[str, str, Lifetimes]]:
        """(key, label, lifetimes) per segment (by name) or per signed-month cohort (oldest first)."""
        if by == "cohort":
            for month in sorted(set(self.cohort.tolist())):
                yield month, month, self.subset(self.cohort == month)
            return
        names = dict(db.conn.execute("SELECT id, name FROM segment").fetchall())
        present = sorted(set(self.segment_ids.tolist()),
                         key=lambda s: (s < 0, str(names.get(s, "")).lower()))
        for seg in present:
            label = str(names.get(seg, "No segment"))
            yield str(seg), label, self.subset(self.segment_ids == seg)


@environment_errors()
def load_lifetimes(db: Database, as_of: date, account_ids: Sequence[int] | None = None) -> Lifetimes:
    """Accounts signed on or before ``as_of``; a churn dated after ``as_of`` has not happened yet."""
    cond, params = ids_sql(account_ids, "id")
    rows = db.conn.execute(
        "SELECT id, substr(signed_date, 1, 7), coalesce(segment_id, -1), " + usable_mrr_sql() + ","
        " CAST(substr(signed_date, 1, 4) AS INTEGER), CAST(substr(signed_date, 6, 2) AS INTEGER),"
        " CAST(substr(signed_date, 9, 2) AS INTEGER),"
        " coalesce(CAST(substr(churned_date, 1, 4) AS INTEGER), -1),"
        " coalesce(CAST(substr(churned_date, 6, 2) AS INTEGER), -1),"
        " coalesce(CAST(substr(churned_date, 9, 2) AS INTEGER), -1)"
        f" FROM account WHERE signed_date IS NOT NULL AND signed_date <= ? AND {cond} ORDER BY id",
        (as_of.isoformat(), *params),
    ).fetchall()
    if not rows:
        empty = np.empty(0, dtype=np.int64)
        return Lifetimes(empty, np.empty(0, dtype=str), empty, empty, np.empty(0, dtype=bool),
                         np.empty(0))
    # Columns by zip (no churn date = -1 from the query): per-row Python work cost more
    # than the query itself at 5,000 accounts.
    cols = list(zip(*rows, strict=True))
    ids = np.array(cols[0], dtype=np.int64)
    cohort = np.array(cols[1], dtype=str)
    seg = np.array(cols[2], dtype=np.int64)
    mrr = np.array(cols[3], dtype=float)  # None (not a usable MRR) -> NaN, as before
    signed = np.array(cols[4:7], dtype=np.int64)
    churn = np.array(cols[7:10], dtype=np.int64)
    churned = churn[0] >= 0
    churned &= (churn[0] * 10000 + churn[1] * 100 + churn[2]) <= (
        as_of.year * 10000 + as_of.month * 100 + as_of.day)
    now = np.array([as_of.year, as_of.month, as_of.day], dtype=np.int64)
    stayed = full_months(signed[0], signed[1], signed[2], now[0], now[1], now[2])
    to_churn = full_months(signed[0], signed[1], signed[2], churn[0], churn[1], churn[2])
    periods = np.where(churned, np.maximum(to_churn, 0) + 1, np.maximum(stayed, 0))
    return Lifetimes(ids, cohort, seg, periods.astype(np.int64), churned, mrr)
