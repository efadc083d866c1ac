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


def lifetime_columns_sql(as_of: date) -> str:
    """SQL of an account row's lifetime: signed month (YYYY-MM), segment (-1 = none), period
    (:attr:`Lifetimes.periods`) and churned by ``as_of`` (0 or 1), for rows signed on or
    before ``as_of``; the whole-month count is made in SQL, so a read fetches one number per
    account instead of the six date parts. :func:`load_lifetimes` and the portfolio KPIs'
    account read (:mod:`tracker.kpi.frames`) share it.

    Dates are split as text (year, month, day parts cast to integers, a missing churn date
    -1 throughout) and compared as ``year * 10000 + month * 100 + day``; a churn dated after
    ``as_of`` has not happened yet. Whole calendar months: 10 Jan to 9 Mar is 1 (the cohort
    matrix counts them the same way in NumPy, :func:`tracker.kpi.cohorts._full_months`)."""
    y, m, d = as_of.year, as_of.month, as_of.day

    def part(column: str, start: int, length: int, missing: str = "") -> str:
        cast = f"CAST(substr({column}, {start}, {length}) AS INTEGER)"
        return f"coalesce({cast}, {missing})" if missing else cast

    sy, sm, sd = part("signed_date", 1, 4), part("signed_date", 6, 2), part("signed_date", 9, 2)
    cy, cm, cd = (part("churned_date", 1, 4, "-1"), part("churned_date", 6, 2, "-1"),
                  part("churned_date", 9, 2, "-1"))
    churned = f"({cy} >= 0 AND {cy} * 10000 + {cm} * 100 + {cd} <= {y * 10000 + m * 100 + d})"
    stayed = f"(({y} - {sy}) * 12 + ({m} - {sm}) - ({d} < {sd}))"
    to_churn = f"(({cy} - {sy}) * 12 + ({cm} - {sm}) - ({cd} < {sd}))"
    return (f"substr(signed_date, 1, 7), coalesce(segment_id, -1),"
            f" CASE WHEN {churned} THEN max({to_churn}, 0) + 1 ELSE max({stayed}, 0) END,"
            f" {churned}")


# Accounts with a lifetime: signed on or before the day (``?`` or ``:d``, the day).
LIFETIME_SCOPE_SQL = "signed_date IS NOT NULL AND signed_date <= {day}"


def lifetimes_from_columns(ids: IntArray, cohort: Sequence[object], segments: Sequence[object],
                           periods: Sequence[object], churned: Sequence[object],
                           mrr: NDArray[np.float64]) -> Lifetimes:
    """:class:`Lifetimes` from the columns of :func:`lifetime_columns_sql` (and the ids and
    usable MRR read beside them)."""
    return Lifetimes(ids, np.array(cohort, dtype=str), np.array(segments, dtype=np.int64),
                     np.array(periods, dtype=np.int64), np.array(churned, dtype=bool), mrr)


@environment_errors()
def load_lifetimes(db: Database, as_of: date, account_ids: Sequence[int] | None = None) -> Lifetimes:
    """Accounts signed on or before ``as_of``; a churn dated after ``as_of`` has not happened yet."""
    cond, params = ids_sql(account_ids, "id")
    rows = db.conn.execute(
        f"SELECT id, {usable_mrr_sql()}, {lifetime_columns_sql(as_of)} FROM account"
        f" WHERE {LIFETIME_SCOPE_SQL.format(day='?')} AND {cond} ORDER BY id",
        (as_of.isoformat(), *params),
    ).fetchall()
    if not rows:
        empty = np.empty(0, dtype=np.int64)
        return Lifetimes(empty, np.empty(0, dtype=str), empty, empty, np.empty(0, dtype=bool),
                         np.empty(0))
    # Columns by zip: per-row Python work cost more than the query itself at 5,000 accounts.
    cols = list(zip(*rows, strict=True))
    # None (not a usable MRR) -> NaN, as before.
    return lifetimes_from_columns(np.array(cols[0], dtype=np.int64), cols[2], cols[3], cols[4],
                                  cols[5], np.array(cols[1], dtype=float))
