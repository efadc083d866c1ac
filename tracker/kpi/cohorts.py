"""Cohort retention: accounts grouped by signed month, share still retained m months later.

An account is retained at month m when it had not churned before its signed date plus m
calendar months. A cell is None while that date is after ``as_of`` (not observed yet),
so young cohorts have short rows instead of optimistic ones.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np

from tracker.database import Database
from tracker.kpi.filters import ALL_ACCOUNTS, KpiFilter, day_number, scope_sql
from tracker.storage.db import environment_errors


@dataclass(frozen=True)
class CohortMatrix:
    """``shares[i][m]``: % of cohort i retained m months after signing. Rows stop at the last
    month observed for every member, so young cohorts have shorter rows."""

    cohorts: tuple[str, ...]
    sizes: tuple[int, ...]
    shares: tuple[tuple[float, ...], ...]

    @property
    def months(self) -> int:
        return max((len(r) for r in self.shares), default=0)


_UNIX_EPOCH_JD = day_number(date(1970, 1, 1))  # NumPy's day 0 as SQLite's julianday()


def julian_dates(days: np.ndarray) -> np.ndarray:
    """datetime64[D] of SQLite julianday() numbers (NaN, an unreadable or missing date: NaT).
    Reading julianday() rather than the text keeps a date SQLite cannot read ("2026-3-5")
    out of the counts, as every other KPI does, instead of failing NumPy's parse."""
    out = np.full(len(days), np.datetime64("NaT"), dtype="datetime64[D]")
    known = ~np.isnan(days)
    out[known] = np.floor(days[known] - _UNIX_EPOCH_JD).astype(np.int64).astype("datetime64[D]")
    return out


def whole_months(start: np.ndarray, end: np.ndarray) -> np.ndarray:
    """Whole calendar months from ``start`` to ``end`` (datetime64[D] arrays): 10 Jan to
    9 Mar is 1. The one count of months: the cohort matrix and the lifetimes (CLTV, the
    retention model) both use it."""
    sm, em = start.astype("datetime64[M]"), end.astype("datetime64[M]")
    sd = (start - sm.astype("datetime64[D]")).astype(int)
    ed = (end - em.astype("datetime64[D]")).astype(int)
    months: np.ndarray = (em - sm).astype(int) - (ed < sd)
    return months


@environment_errors()
def cohort_retention(db: Database, as_of: date, flt: KpiFilter = ALL_ACCOUNTS,
                     max_months: int = 12) -> CohortMatrix:
    where, params = scope_sql(flt, as_of)
    rows = db.conn.execute(
        "SELECT julianday(signed_date), CASE WHEN churned_date <= ? THEN julianday(churned_date)"
        " WHEN status = 'churned' AND churned_date IS NULL THEN julianday(signed_date) END"
        f" FROM account WHERE signed_date IS NOT NULL AND {where}",
        (as_of.isoformat(), *params)).fetchall()
    days = np.array(rows, dtype=float).reshape(len(rows), 2)
    days = days[~np.isnan(days[:, 0])]  # a signed date SQLite cannot read: no cohort
    if not len(days):
        return CohortMatrix((), (), ())
    signed, churn = julian_dates(days[:, 0]), julian_dates(days[:, 1])
    observed = whole_months(signed, np.full(len(signed), np.datetime64(as_of.isoformat(), "D")))
    # Months an account stayed; never churned = beyond anything observable.
    stayed = np.where(np.isnat(churn), 10**6, whole_months(signed, np.where(np.isnat(churn), signed, churn)))
    cohort = signed.astype("datetime64[M]")
    labels = np.unique(cohort)
    out_rows, sizes = [], []
    for label in labels:
        members = cohort == label
        n = int(members.sum())
        # A month m is observed for the cohort once its youngest member could be m months old.
        horizon = min(int(observed[members].min()), max_months)
        row = tuple(float(np.sum(stayed[members] >= m)) / n * 100 for m in range(horizon + 1))
        out_rows.append(row)
        sizes.append(n)
    return CohortMatrix(tuple(str(x) for x in labels), tuple(sizes), tuple(out_rows))
