"""Time series and distributions the dashboard charts draw; plain tuples, no plotting here."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np

from tracker.database import Database
from tracker.kpi.filters import ALL_ACCOUNTS, KpiFilter, in_scope_sql
from tracker.kpi.rates import active_scores, nps_from_counts
from tracker.kpi.values import AccountFrame, load_accounts
from tracker.rules import RiskThresholds, golive_on_time_sql, risk_thresholds
from tracker.storage.db import environment_errors


@dataclass(frozen=True)
class MonthlySeries:
    """One value per month (``None`` = nothing happened that month) and the counts behind it."""

    months: tuple[str, ...]
    values: tuple[float | None, ...]
    counts: tuple[int, ...]


@dataclass(frozen=True)
class HealthDistribution:
    edges: tuple[float, ...]
    counts: tuple[int, ...]
    green: int
    yellow: int
    red: int
    no_data: int = 0  # accounts without enough data for a score, not in the bins


def month_labels(as_of: date, months: int) -> tuple[str, ...]:
    """The ``months`` calendar months ending with the month of ``as_of``, as YYYY-MM."""
    last = np.datetime64(as_of.isoformat()[:7], "M")
    return tuple(str(last - k) for k in range(months - 1, -1, -1))


@environment_errors()
def monthly_golive_on_time(db: Database, as_of: date, flt: KpiFilter = ALL_ACCOUNTS,
                           months: int = 12) -> MonthlySeries:
    """On-time go-live rate of the accounts that went live in each month."""
    labels = month_labels(as_of, months)
    cond, params = in_scope_sql(flt, as_of, "id")
    for index in range(len(params)):  # named placeholders, to share :as_of with the rule's SQL
        cond = cond.replace("?", f":p{index}", 1)
    verdict = golive_on_time_sql()
    rows = db.conn.execute(
        f"SELECT substr(golive_date, 1, 7) AS m, SUM({verdict}), count({verdict}) FROM account"
        f" WHERE golive_date >= :first AND {verdict} IS NOT NULL AND {cond} GROUP BY m",
        {"as_of": as_of.isoformat(), "first": labels[0] + "-01",
         **{f"p{i}": v for i, v in enumerate(params)}}).fetchall()
    found = {m: (ok, n) for m, ok, n in rows}
    values = tuple(found[m][0] / found[m][1] * 100 if m in found else None for m in labels)
    return MonthlySeries(labels, values, tuple(found.get(m, (0, 0))[1] for m in labels))


@environment_errors()
def monthly_feedback(db: Database, as_of: date, flt: KpiFilter = ALL_ACCOUNTS,
                     months: int = 12) -> tuple[MonthlySeries, MonthlySeries]:
    """CSAT and NPS of the responses given in each month."""
    labels = month_labels(as_of, months)
    index = {m: i for i, m in enumerate(labels)}
    cond, params = in_scope_sql(flt, as_of)
    counts = {"csat": np.zeros((months, 11)), "nps": np.zeros((months, 11))}
    for kind, month, score, n in db.conn.execute(
        "SELECT kind, substr(date, 1, 7) AS m, score, count(*) FROM feedback"
        f" WHERE date <= ? AND date >= ? AND {cond} GROUP BY kind, m, score",
        (as_of.isoformat(), labels[0] + "-01", *params),
    ):
        counts[kind][index[month], int(score)] = n
    c = counts["csat"]
    totals = c.sum(axis=1)
    csat_values = tuple(float((c[i, 4] + c[i, 5]) / totals[i] * 100) if totals[i] else None
                        for i in range(months))
    nps_values = tuple(nps_from_counts(row)[0] for row in counts["nps"])
    return (MonthlySeries(labels, csat_values, tuple(int(t) for t in totals)),
            MonthlySeries(labels, nps_values, tuple(int(t) for t in counts["nps"].sum(axis=1))))


@environment_errors()
def health_distribution(db: Database, as_of: date, flt: KpiFilter = ALL_ACCOUNTS,
                        frame: AccountFrame | None = None, scores: np.ndarray | None = None,
                        limits: RiskThresholds | None = None) -> HealthDistribution:
    """Histogram (10-point bins) of the health of accounts not churned; ``limits``: the
    database's risk thresholds, if the caller read them already."""
    if scores is None:
        scores = active_scores(db, as_of, frame if frame is not None else load_accounts(db, as_of, flt))
    unscored = int(np.isnan(scores).sum())
    scores = scores[~np.isnan(scores)]
    edges = np.linspace(0, 100, 11)
    counts, _ = np.histogram(scores, bins=edges)
    limits = risk_thresholds(db) if limits is None else limits
    green = int(np.sum(scores >= limits.green_from))
    red = int(np.sum(scores < limits.yellow_from))
    return HealthDistribution(tuple(edges.tolist()), tuple(int(c) for c in counts), green,
                              len(scores) - green - red, red, unscored)
