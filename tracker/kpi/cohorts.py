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
from tracker.kpi.filters import ALL_ACCOUNTS, KpiFilter, scope_sql
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


def _full_months(start: np.ndarray, end: np.ndarray) -> np.ndarray:
    """Whole calendar months from ``start`` to ``end`` (datetime64[D] arrays)."""
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
        "SELECT signed_date, CASE WHEN churned_date <= ? THEN churned_date"
        " WHEN status = 'churned' AND churned_date IS NULL THEN signed_date END"
        f" FROM account WHERE signed_date IS NOT NULL AND {where}",
        (as_of.isoformat(), *params)).fetchall()
    if not rows:
        return CohortMatrix((), (), ())
    signed = np.array([r[0][:10] for r in rows], dtype="datetime64[D]")
    churn = np.array([r[1][:10] if r[1] else "NaT" for r in rows], dtype="datetime64[D]")
    observed = _full_months(signed, np.full(len(rows), np.datetime64(as_of.isoformat(), "D")))
    # Months an account stayed; never churned = beyond anything observable.
    stayed = np.where(np.isnat(churn), 10**6, _full_months(signed, np.where(np.isnat(churn), signed, churn)))
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
