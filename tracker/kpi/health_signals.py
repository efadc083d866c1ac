"""The health factors of the warning signals: support cases against the segment's norm, trials.

- ``open_cases``: the account's cases open at ``as_of`` against the mean of its segment
  (accounts without a segment are one group). At or below the norm scores 100; above it the
  score falls linearly, reaching 0 at the norm plus ``max(norm, 1)``: with a norm of 0.5,
  one open case scores 50 and two score 0.
- ``case_volume``: the same rule on cases opened in the last 90 days.
  Both are "no data" when no account of the group has any case on record by ``as_of``:
  there is no norm to compare with, and an account is not praised for a helpdesk nobody uses.
- ``trial``: converted by ``as_of`` 100, still in its trial 50, ended unconverted 0; no trial
  is no data. Raw values: the open or opened case count, and the days since the trial began.

These factors weigh 0 until the user gives them a weight (see
:data:`tracker.kpi.health.DEFAULT_WEIGHTS`), so saved weights keep their total of 100.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta

import numpy as np

from tracker.database import Database
from tracker.kpi.filters import day_number, float_rows

CASE_WINDOW_DAYS = 90


def norm_score(value: np.ndarray, norm: np.ndarray) -> np.ndarray:
    """100 at or below the norm, falling linearly to 0 at ``norm + max(norm, 1)``."""
    span = np.maximum(norm, 1.0)
    return np.asarray(np.clip(1.0 - (value - norm) / span, 0.0, 1.0) * 100.0)


def signal_factors(db: Database, as_of: date, ids: np.ndarray, cond: str,
                   params: Mapping[str, object]) -> tuple[np.ndarray, np.ndarray]:
    """Raw values and sub-scores of (open_cases, case_volume, trial) for the sorted ``ids``.

    ``cond``/``params`` restrict ``account_id`` the way :func:`factor_matrix` does.
    """
    n = len(ids)
    raw = np.full((n, 3), np.nan)
    sub = np.full((n, 3), np.nan)
    if n == 0:
        return raw, sub
    d = as_of.isoformat()
    since = (as_of - timedelta(days=CASE_WINDOW_DAYS)).isoformat()
    # Every account's segment and counts: the norm is over the whole group, not the filter.
    m = float_rows(db, """
        SELECT a.id, coalesce(a.segment_id, 0), count(c.id),
               coalesce(sum(c.id IS NOT NULL AND (c.closed_date IS NULL OR c.closed_date > :d)), 0),
               coalesce(sum(c.opened_date > :since), 0)
        FROM account a LEFT JOIN support_case c ON c.account_id = a.id AND c.opened_date <= :d
        GROUP BY a.id ORDER BY a.id""", {"d": d, "since": since}, 5)
    if len(m):
        _groups, inverse = np.unique(m[:, 1], return_inverse=True)
        size = np.bincount(inverse).astype(float)
        any_case = np.bincount(inverse, weights=m[:, 2]) > 0
        mean_open = np.bincount(inverse, weights=m[:, 3]) / size
        mean_new = np.bincount(inverse, weights=m[:, 4]) / size
        pos = np.searchsorted(m[:, 0], ids)
        pos = np.clip(pos, 0, len(m) - 1)
        hit = m[pos, 0] == ids
        g = inverse[pos]
        known = hit & any_case[g]
        raw[:, 0] = np.where(known, m[pos, 3], np.nan)
        raw[:, 1] = np.where(known, m[pos, 4], np.nan)
        sub[:, 0] = np.where(known, norm_score(m[pos, 3], mean_open[g]), np.nan)
        sub[:, 1] = np.where(known, norm_score(m[pos, 4], mean_new[g]), np.nan)
    trials = float_rows(db, f"""
        SELECT account_id, julianday(start_date), julianday(end_date), julianday(converted_date)
        FROM trial WHERE start_date <= :d AND {cond} ORDER BY account_id""", {**params, "d": d}, 4)
    if len(trials):
        today = day_number(as_of)
        pos = np.clip(np.searchsorted(ids, trials[:, 0]), 0, n - 1)
        hit = ids[pos] == trials[:, 0]
        with np.errstate(invalid="ignore"):
            converted = trials[:, 3] <= today
            ended = trials[:, 2] <= today
        score = np.where(converted, 100.0, np.where(ended, 0.0, 50.0))
        raw[pos[hit], 2] = today - trials[hit, 1]
        sub[pos[hit], 2] = score[hit]
    return raw, sub
