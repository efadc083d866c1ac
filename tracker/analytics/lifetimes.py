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
from tracker.kpi.cohorts import julian_dates, whole_months
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


# Accounts with a lifetime: signed on or before the day (``?`` or ``:d``, the day).
LIFETIME_SCOPE_SQL = "signed_date IS NOT NULL AND signed_date <= {day}"


def lifetimes_from_days(ids: IntArray, signed: NDArray[np.float64], churn_day: NDArray[np.float64],
                        segments: Sequence[object], mrr: NDArray[np.float64], as_of: date
                        ) -> Lifetimes:
    """:class:`Lifetimes` of accounts from their julianday() columns: ``signed`` (NaN: a date
    SQLite cannot read, no lifetime) and ``churn_day`` (NaN: none, or not on or before
    ``as_of``: a churn dated later has not happened yet). The months are
    :func:`tracker.kpi.cohorts.whole_months`, the cohort matrix's count, made in NumPy: the
    same count in SQL text arithmetic cost the KPIs' account read 5 of its 12 ms at L.
    :func:`load_lifetimes` and the portfolio KPIs' account read (:mod:`tracker.kpi.frames`)
    share it."""
    keep = ~np.isnan(signed)
    start = julian_dates(signed[keep])
    lost = julian_dates(churn_day[keep])
    churned = ~np.isnat(lost)
    end = np.where(churned, lost, np.datetime64(as_of.isoformat(), "D"))
    months = np.maximum(whole_months(start, end), 0)
    segment_ids = np.array(segments, dtype=np.int64)
    return Lifetimes(ids[keep], start.astype("datetime64[M]").astype(str), segment_ids[keep],
                     np.where(churned, months + 1, months).astype(np.int64), churned, mrr[keep])


@environment_errors()
def load_lifetimes(db: Database, as_of: date, account_ids: Sequence[int] | None = None) -> Lifetimes:
    """Accounts signed on or before ``as_of``; a churn dated after ``as_of`` has not happened yet."""
    cond, params = ids_sql(account_ids, "id")
    d = as_of.isoformat()
    rows = db.conn.execute(
        f"SELECT id, {usable_mrr_sql()}, julianday(signed_date), CASE WHEN churned_date <= ?"
        f" THEN julianday(churned_date) END, coalesce(segment_id, -1) FROM account"
        f" WHERE {LIFETIME_SCOPE_SQL.format(day='?')} AND {cond} ORDER BY id",
        (d, d, *params),
    ).fetchall()
    # Columns by zip: per-row Python work cost more than the query itself at 5,000 accounts.
    cols = list(zip(*rows, strict=True)) or [()] * 5
    # None (not a usable MRR, no date) -> NaN.
    return lifetimes_from_days(np.array(cols[0], dtype=np.int64), np.array(cols[2], dtype=float),
                               np.array(cols[3], dtype=float), cols[4],
                               np.array(cols[1], dtype=float), as_of)
