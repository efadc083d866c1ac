"""KPIs of the warning signals and of maturity: trials, support cases, maturity levels.

- Trial-to-paid conversion: of the trials decided in the period (the earlier of the end
  date and the conversion date falls in it), the share converted by ``as_of``.
- Time to convert: days from trial start to conversion, Kaplan-Meier like the other times;
  a trial still running is censored at ``as_of``, one that ended unconverted at its end
  date (counted as lost).
- Open support cases (opened by ``as_of``, not closed by then) and cases opened in the
  period per account: accounts not churned.
- Maturity: the share of accounts not churned that moved up a level in the period, the
  median days between two consecutive levels (observed moves up, to ``as_of``), and how
  many accounts stand at each level.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np

from tracker.database import Database
from tracker.i18n import QT_TRANSLATE_NOOP
from tracker.kpi.filters import (
    ALL_ACCOUNTS,
    KpiFilter,
    day_number,
    float_rows,
    ids_sql,
    in_scope_sql,
    narrowing_sql,
)
from tracker.kpi.survival import kaplan_meier, survival_kpis
from tracker.kpi.values import AccountFrame, KpiValue, load_accounts, ratio
from tracker.kpi.words import NO_DATA, detail
from tracker.storage.db import environment_errors

_CONVERTED = QT_TRANSLATE_NOOP("kpi detail", "{0} of {1} trials decided in the period converted")
_OPEN_CASES = QT_TRANSLATE_NOOP("kpi detail", "{0} open cases across {1} accounts")
_CASE_RATE = QT_TRANSLATE_NOOP("kpi detail", "{0} cases opened in the period, {1} accounts")
_ADVANCED = QT_TRANSLATE_NOOP("kpi detail", "{0} of {1} accounts moved up a level in the period")
_BETWEEN = QT_TRANSLATE_NOOP("kpi detail", "median of {0} moves up a level")


def _frame(db: Database, as_of: date, flt: KpiFilter, frame: AccountFrame | None) -> AccountFrame:
    return frame if frame is not None else load_accounts(db, as_of, flt)


def trial_rows(db: Database, as_of: date, flt: KpiFilter) -> np.ndarray:
    """Trials started by ``as_of`` in scope: account id, start, end, converted (day numbers)."""
    cond, params = in_scope_sql(flt, as_of)
    return float_rows(db, "SELECT account_id, julianday(start_date), julianday(end_date),"
                      f" julianday(converted_date) FROM trial WHERE start_date <= ? AND {cond}",
                      (as_of.isoformat(), *params), 4)


def _of(rows: np.ndarray, ids: np.ndarray | None) -> np.ndarray:
    """The rows (first column = account id) of ``ids``' accounts; all rows when None."""
    return rows if ids is None or not len(rows) else rows[np.isin(rows[:, 0], ids)]


@environment_errors()
def trial_kpis(db: Database, as_of: date, flt: KpiFilter = ALL_ACCOUNTS,
               period_days: int = 90, rows: np.ndarray | None = None,
               ids: np.ndarray | None = None) -> list[KpiValue]:
    """Trial-to-paid conversion in the period and the median time to convert.

    ``rows``: :func:`trial_rows` already read for a wider scope, kept to the accounts ``ids``."""
    m = _of(trial_rows(db, as_of, flt) if rows is None else rows, ids)
    today = day_number(as_of)
    start = today - period_days
    begun, ends, converted = m[:, 1], m[:, 2], m[:, 3]
    converted = np.where(converted <= today, converted, np.nan)
    with np.errstate(invalid="ignore"):
        decided_day = np.fmin(ends, converted)
        decided = (decided_day > start) & (decided_day <= today)
        won = decided & ~np.isnan(converted)
    n, k = int(decided.sum()), int(won.sum())
    conversion = ratio("trial_conversion", k, n, detail(_CONVERTED, k, n) if n else None)
    observed = ~np.isnan(converted)
    with np.errstate(invalid="ignore"):
        lost = ~observed & (ends <= today)
    end = np.where(observed, converted, np.where(lost, ends, today))
    ttc = survival_kpis(kaplan_meier(end - begun, observed, int(lost.sum())), "ttc")[0]
    return [conversion, ttc]


def case_rows(db: Database, as_of: date, flt: KpiFilter, period_days: int,
              account_ids: Sequence[int] | None = None) -> np.ndarray:
    """Per account: cases open at ``as_of`` and cases opened in the period. With a filter
    only its accounts are read; for every account no condition at all (callers keep the
    rows of their frame's accounts). ``account_ids``: only those accounts' rows."""
    cond, params = narrowing_sql(flt, as_of)
    ids, ids_params = ids_sql(account_ids)
    d = as_of.isoformat()
    since = (as_of - timedelta(days=period_days)).isoformat()
    return float_rows(db, "SELECT account_id, sum(closed_date IS NULL OR closed_date > ?),"
                      " sum(opened_date > ?) FROM support_case WHERE opened_date <= ? AND "
                      f"{cond} AND {ids} GROUP BY account_id", (d, since, d, *params, *ids_params), 3)


@environment_errors()
def case_kpis(db: Database, as_of: date, flt: KpiFilter = ALL_ACCOUNTS, period_days: int = 90,
              frame: AccountFrame | None = None, rows: np.ndarray | None = None) -> list[KpiValue]:
    """Open cases now, and cases opened in the period per account not churned.
    ``rows``: :func:`case_rows` already read (for this scope or a wider one)."""
    f = _frame(db, as_of, flt, frame)
    active = f.ids[f.active]
    if rows is None:
        rows = case_rows(db, as_of, flt, period_days)
    mine = rows[np.isin(rows[:, 0], active)] if len(rows) else rows
    open_now = int(mine[:, 1].sum()) if len(mine) else 0
    opened = int(mine[:, 2].sum()) if len(mine) else 0
    n = len(active)
    open_kpi = KpiValue("open_cases", float(open_now) if n else None, "count", float(open_now),
                        float(n), detail(_OPEN_CASES, open_now, n) if n else detail(NO_DATA))
    rate = ratio("cases_per_account", opened, n, detail(_CASE_RATE, opened, n) if n else None,
                 scale=1.0, unit="score")
    return [open_kpi, rate]


@dataclass(frozen=True)
class MaturityDistribution:
    """Accounts not churned per level (ladder order), and those with no level yet."""

    levels: tuple[tuple[int, str, int], ...]
    unrated: int


@environment_errors()
def _steps(db: Database, as_of: date, flt: KpiFilter,
           account_ids: Sequence[int] | None = None) -> np.ndarray:
    """Account steps to ``as_of``: account id, day reached, level position; by account, day.
    ``account_ids``: only those accounts' steps."""
    cond, params = in_scope_sql(flt, as_of, "s.account_id")
    ids, ids_params = ids_sql(account_ids, "s.account_id")
    return float_rows(db, "SELECT s.account_id, julianday(s.reached_date), l.position"
                      " FROM maturity_step s JOIN maturity_level l ON l.id = s.level_id"
                      f" WHERE s.contact_id IS NULL AND s.reached_date <= ? AND {cond} AND {ids}"
                      " ORDER BY s.account_id, s.reached_date, s.id",
                      (as_of.isoformat(), *params, *ids_params), 3)


step_rows = _steps


@environment_errors()
def maturity_kpis(db: Database, as_of: date, flt: KpiFilter = ALL_ACCOUNTS, period_days: int = 90,
                  frame: AccountFrame | None = None, steps: np.ndarray | None = None
                  ) -> list[KpiValue]:
    """``steps``: :func:`step_rows` already read for a wider scope; only the frame's
    accounts' steps are used then (an account's steps stay together, in order)."""
    f = _frame(db, as_of, flt, frame)
    active = f.ids[f.active]
    steps = _steps(db, as_of, flt) if steps is None else _of(steps, f.ids)
    same = steps[1:, 0] == steps[:-1, 0] if len(steps) else np.zeros(0, dtype=bool)
    up = same & (steps[1:, 2] > steps[:-1, 2]) if len(steps) else same
    gaps = (steps[1:, 1] - steps[:-1, 1])[up] if len(steps) else np.zeros(0)
    start = day_number(as_of) - period_days
    moved = np.unique(steps[1:, 0][up & (steps[1:, 1] > start)]) if len(steps) else np.zeros(0)
    k = int(np.isin(moved, active).sum())
    advanced = ratio("maturity_advanced", k, len(active),
                     detail(_ADVANCED, k, len(active)) if len(active) else None)
    if len(gaps):
        between = KpiValue("maturity_time", float(np.median(gaps)), "days", float(len(gaps)),
                           float(len(gaps)), detail(_BETWEEN, len(gaps)))
    else:
        between = KpiValue("maturity_time", None, "days", None, None, detail(NO_DATA))
    return [advanced, between]


@environment_errors()
def maturity_distribution(db: Database, as_of: date, flt: KpiFilter = ALL_ACCOUNTS,
                          frame: AccountFrame | None = None) -> MaturityDistribution:
    f = _frame(db, as_of, flt, frame)
    active = set(f.ids[f.active].tolist())
    level_at: dict[int, int] = {}
    for account, _day, position in _steps(db, as_of, flt).tolist():
        level_at[int(account)] = int(position)  # rows are in date order: the last one wins
    counts: dict[int, int] = {}
    for account, position in level_at.items():
        if account in active:
            counts[position] = counts.get(position, 0) + 1
    levels = tuple((int(p), str(name), counts.get(int(p), 0)) for p, name in db.conn.execute(
        "SELECT position, name FROM maturity_level ORDER BY position"))
    return MaturityDistribution(levels, len(active) - sum(counts.values()))
