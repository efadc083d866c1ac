"""Account health: a 0-100 weighted sum of factor sub-scores, explainable factor by factor.

Factors and their sub-scores (all 0-100, computed as of ``as_of``):

- ``progress``: checklist done share against the share planned by now (tasks due on or
  before ``as_of``), ``min(1, done / planned)``; nothing planned yet counts as on plan.
  No countable (non-skipped) task means no data.
- ``on_time``: ``100 x (1 - overdue / due to date)`` where "due to date" are non-skipped
  tasks due before ``as_of`` and "overdue" those of them not done by then. No such task
  means no data.
- ``activation``: activated / invited contacts x 100; nobody invited means no data.
- ``sentiment``: the latest CSAT or NPS response, scaled: CSAT ``(s - 1) / 4``, NPS ``s / 10``.
- ``engagement``: days since the last touch (:func:`tracker.rules.last_touch_sql`: an
  activity, a task done, feedback, a milestone achieved, a note): 100 up to 7 days, falling
  linearly to 0 at 60 days (both limits are the user's, :func:`tracker.rules.risk_thresholds`).
  No touch ever means no data.
- ``checkins``: the check-in cadence kept (:mod:`tracker.queries.checkins`, rule in
  :func:`tracker.rules.next_checkin`): 100 while the next check-in is not overdue, falling
  linearly to 0 when it is a whole cadence (at least a week) overdue. The raw value is the
  days overdue. No cadence (none, paused, churned, nothing to count from) means no data.
  Its default weight is 0: the scores people already know stay as they were until the
  user decides a missed cadence should count.
- ``first_value``: the rule book's 90-day rule (:func:`tracker.rules.ninety_day_flag`): 0
  when the account is flagged, else 100. The raw value is the days from signed to first value (or to
  ``as_of`` while not reached). No signed date means no data.
- ``open_cases``, ``case_volume``, ``trial``: the warning signals, scored against the
  segment's norm in :mod:`tracker.kpi.health_signals`; weight 0 unless the user sets one.

A factor without data has its weight spread over the others in proportion to their
weights, so one missing survey does not drag a healthy account into red. The weights are
the user's (:mod:`tracker.kpi.health_weights`: the factor list, defaults, read and write;
re-exported here); the factors are read by :mod:`tracker.kpi.health_factors` (re-exported
too), and this module weighs them into a score and explains it.

Enough data: an account gets a score only when at least one weighed factor has evidence
of how the account is doing: a task done or planned by now (``progress`` on a checklist
whose first step is still ahead is "on plan" by default, not evidence), a task due to
date, an invited contact, a survey, a touch, a weighed signal. ``first_value`` alone does
not count either: every account with a signed date has it, and before day 91 it is 100
for an account nobody has done anything with. Together these two defaults are how a
brand-new account (fresh playbook, nothing due yet) used to show health 100. Without
evidence the score is None with the reason :data:`tracker.rules.HEALTH_NOT_ENOUGH_DATA`
("Not enough data yet"): such an account is never at risk because of its health (an old
one without first value is still at risk through the 90-day rule itself), and the
portfolio's average and distribution leave it out and count it apart.
Churned accounts are scored like any other; portfolio figures leave them out.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np

from tracker.collector import collection_held
from tracker.database import Database
from tracker.kpi.health_factors import EXPLAIN_ACCOUNTS as EXPLAIN_ACCOUNTS
from tracker.kpi.health_factors import OwnReads as OwnReads
from tracker.kpi.health_factors import _checkins_needed
from tracker.kpi.health_factors import _index as _index
from tracker.kpi.health_factors import contact_counts as contact_counts
from tracker.kpi.health_factors import factor_matrix as factor_matrix
from tracker.kpi.health_factors import fold_task_counts as fold_task_counts
from tracker.kpi.health_factors import frame_accounts as frame_accounts
from tracker.kpi.health_factors import own_reads as own_reads
from tracker.kpi.health_factors import task_counts as task_counts
from tracker.kpi.health_weights import DEFAULT_WEIGHTS as DEFAULT_WEIGHTS
from tracker.kpi.health_weights import FACTORS as FACTORS
from tracker.kpi.health_weights import LATER_FACTORS as LATER_FACTORS
from tracker.kpi.health_weights import SIGNAL_FACTORS as SIGNAL_FACTORS
from tracker.kpi.health_weights import get_health_weights as get_health_weights
from tracker.kpi.health_weights import set_health_weights as set_health_weights
from tracker.kpi.words import factor_label
from tracker.rules import (
    DEFAULT_THRESHOLDS,
    HEALTH_GREEN_FROM,
    HEALTH_NOT_ENOUGH_DATA,
    HEALTH_YELLOW_FROM,
    RiskThresholds,
    risk_thresholds,
)
from tracker.rules import health_band as _rule_band
from tracker.storage.db import environment_errors

# The defaults; the limits in force are the database's (:func:`tracker.rules.risk_thresholds`).
GREEN_FROM = HEALTH_GREEN_FROM
YELLOW_FROM = HEALTH_YELLOW_FROM


@dataclass(frozen=True, slots=True)
class HealthFactor:
    """One line of a score's explanation; ``raw`` is in the factor's own unit
    (% for progress/on_time/activation, 0-100 scaled survey for sentiment, days otherwise)."""

    factor: str
    raw: float | None
    sub_score: float | None
    weight: float
    effective_weight: float
    contribution: float

    @property
    def label(self) -> str:
        """The factor's name in the current language (:mod:`tracker.kpi.words`)."""
        return factor_label(self.factor)


# The factors whose data is evidence of how the account is doing (see "Enough data" above).
EVIDENCE_FACTORS: tuple[str, ...] = tuple(f for f in FACTORS if f != "first_value")


@dataclass(frozen=True, slots=True)
class HealthScore:
    """``score`` and ``band`` are None when the account has not enough data; ``reason``
    then says so (:data:`tracker.rules.HEALTH_NOT_ENOUGH_DATA`)."""

    account_id: int
    score: float | None
    band: str | None
    factors: tuple[HealthFactor, ...]
    reason: str | None = None


def health_band(score: float, limits: RiskThresholds = DEFAULT_THRESHOLDS) -> str:
    """The rule book's band (:func:`tracker.rules.health_band`); pass the database's limits."""
    return _rule_band(score, limits)


def enough_data(raw: np.ndarray, sub: np.ndarray, weights: Mapping[str, float]) -> np.ndarray:
    """Per row: has a weighed evidence factor with data (the module's "Enough data" rule)."""
    w = np.array([weights[f] if f in EVIDENCE_FACTORS else 0.0 for f in FACTORS], dtype=float)
    evidence = ~np.isnan(sub)
    # progress 100 with nothing done is the "nothing planned yet" default (none done and
    # none due: had one been due, nothing done would score 0).
    k = FACTORS.index("progress")
    evidence[:, k] &= ~((raw[:, k] == 0) & (sub[:, k] == 100))
    return np.asarray((evidence & (w[None, :] > 0)).any(axis=1), dtype=bool)


def combine(raw: np.ndarray, sub: np.ndarray, weights: Mapping[str, float]
            ) -> tuple[np.ndarray, np.ndarray]:
    """Scores and effective weights: each row's missing factors hand their weight to the rest.

    A row without enough data (:func:`enough_data`) scores NaN.
    """
    w = np.array([weights[f] for f in FACTORS], dtype=float)
    present = ~np.isnan(sub)
    available = present @ w
    with np.errstate(divide="ignore", invalid="ignore"):
        effective = np.where(present, w[None, :] * 100.0 / available[:, None], 0.0)
    effective = np.nan_to_num(effective, nan=0.0, posinf=0.0)
    scores = np.clip(np.sum(np.nan_to_num(sub) * effective, axis=1) / 100.0, 0.0, 100.0)
    return np.where(enough_data(raw, sub, weights), scores, np.nan), effective


@environment_errors()
@collection_held()
def health_scores(db: Database, as_of: date, account_ids: Sequence[int] | None = None
                  ) -> dict[int, HealthScore]:
    """Health of the given accounts (all when ``None``) as of ``as_of``, with explanations.

    The collector is held throughout (:mod:`tracker.collector`): the fetched rows, the
    factor lists and the explanations are acyclic, and at 50,000 accounts its passes over
    the millions of floats ``tolist()`` makes cost more than SQLite's reads grew."""
    weights = get_health_weights(db)
    limits = risk_thresholds(db)
    ids, raw, sub = factor_matrix(db, as_of, account_ids, limits=limits, weights=weights,
                                  with_checkins=_checkins_needed(weights, account_ids))
    scores, effective = combine(raw, sub, weights)
    # Without a score no factor carries weight or points: the lines only say what is known.
    effective[np.isnan(scores)] = 0.0
    contribution = np.nan_to_num(sub) * effective / 100.0
    out: dict[int, HealthScore] = {}
    wlist = [weights[f] for f in FACTORS]
    _explain(out, ids.tolist(), scores.tolist(), _factor_columns(raw, sub, effective, contribution, wlist),
             limits)
    return out


# Below this many accounts (one account's page, a tick) the lines are made one per account:
# NumPy's sort for sharing them cost more than it saved (about 0.3 ms a call for one account).
SHARE_LINES_FROM = 64


def _factor_columns(raw: np.ndarray, sub: np.ndarray, effective: np.ndarray, contribution: np.ndarray,
                    wlist: list[float]) -> list[list[HealthFactor]]:
    """Every account's :class:`HealthFactor` per factor, one list per factor in account order.

    Many accounts share identical factor lines (on plan, no survey yet...), and frozen rows
    can be shared: one line is made per distinct (raw, sub-score, effective weight) of a
    factor, found by NumPy on the bytes of those values (NaN as a flag and 0, so every "no
    data" line is one), and the list is that line picked per account. The contribution
    follows from the sub-score and the effective weight. Turning the four matrices into
    Python floats first and sharing through a dict cost 25x and 15x its L cost at 50,000
    accounts (issue 21 item 4): millions of short-lived floats and tuples."""
    n = raw.shape[0]
    columns: list[list[HealthFactor]] = []
    keys = np.empty((n, 5))
    for k, name in enumerate(FACTORS):
        r, s, e, c = raw[:, k], sub[:, k], effective[:, k], contribution[:, k]
        weight = wlist[k]
        if n < SHARE_LINES_FROM:
            values = zip(r.tolist(), s.tolist(), e.tolist(), c.tolist(), strict=True)
            columns.append([HealthFactor(name, None if x != x else x, None if y != y else y, weight, z, w)
                            for x, y, z, w in values])
            continue
        no_raw, no_sub = np.isnan(r), np.isnan(s)
        keys[:, 0] = no_raw
        keys[:, 1] = np.where(no_raw, 0.0, r)
        keys[:, 2] = no_sub
        keys[:, 3] = np.where(no_sub, 0.0, s)
        keys[:, 4] = e
        _distinct, first, inverse = np.unique(keys.view(np.dtype((np.void, keys.itemsize * 5))).ravel(),
                                              return_index=True, return_inverse=True)
        lines = [HealthFactor(name, None if no_raw[i] else float(r[i]), None if no_sub[i] else float(s[i]),
                              weight, float(e[i]), float(c[i])) for i in first.tolist()]
        columns.append(list(map(lines.__getitem__, inverse.ravel().tolist())))
    return columns


def _explain(out: dict[int, HealthScore], ids: list[int], scores: list[float],
             factor_columns: list[list[HealthFactor]], limits: RiskThresholds) -> None:
    """One :class:`HealthScore` per account into ``out``; each account's line is a ``zip``
    of the factor columns (:func:`_factor_columns`), made in C."""
    bands: dict[float, str] = {}
    for account_id, score, line in zip(ids, scores, zip(*factor_columns, strict=True), strict=True):
        if score != score:
            out[account_id] = HealthScore(account_id, None, None, line, HEALTH_NOT_ENOUGH_DATA)
            continue
        band = bands.get(score)
        if band is None:
            band = bands[score] = health_band(score, limits)
        out[account_id] = HealthScore(account_id, score, band, line)


@environment_errors()
@collection_held()
def score_bands(db: Database, as_of: date, account_ids: Sequence[int] | None = None,
                task_rows: np.ndarray | None = None, contact_rows: np.ndarray | None = None,
                reads: OwnReads | None = None) -> dict[int, tuple[float, str | None]]:
    """Score and band per account, as :func:`health_scores` gives them, without the
    factor-by-factor explanations: the account list shows only these two, and explaining
    every account cost it more than reading the data. An account without enough data
    has a NaN score and no band. ``task_rows`` and ``contact_rows``: :func:`task_counts`
    and :func:`contact_counts` rows already read (the account list's own passes);
    ``reads``: :func:`own_reads` of the same accounts and day."""
    if reads is None:
        reads = own_reads(db, as_of, account_ids)
    weights, limits = reads.weights, reads.limits
    ids, raw, sub = factor_matrix(db, as_of, account_ids, task_rows,
                                  with_checkins=_checkins_needed(weights, account_ids),
                                  contact_rows=contact_rows, reads=reads)
    scores, _eff = combine(raw, sub, weights)
    bands: dict[float, str] = {}
    out: dict[int, tuple[float, str | None]] = {}
    for account_id, score in zip(ids.tolist(), scores.tolist(), strict=True):
        if math.isnan(score):
            out[account_id] = (score, None)
            continue
        band = bands.get(score)
        if band is None:
            band = bands[score] = health_band(score, limits)
        out[account_id] = (score, band)
    return out


@environment_errors()
@collection_held()
def score_array(db: Database, as_of: date, account_ids: Sequence[int] | None = None,
                task_rows: np.ndarray | None = None, contact_rows: np.ndarray | None = None,
                limits: RiskThresholds | None = None, accounts: np.ndarray | None = None,
                ) -> tuple[np.ndarray, np.ndarray]:
    """Account ids and scores only, without building explanations (for portfolio charts);
    NaN for an account without enough data. ``accounts``: the rows of the accounts to score,
    already read (:func:`tracker.kpi.health_factors.frame_accounts`; ``account_ids`` then
    only narrows the other reads)."""
    weights = get_health_weights(db)
    reads = own_reads(db, as_of, account_ids, limits, weights, accounts)
    ids, raw, sub = factor_matrix(db, as_of, account_ids, task_rows, contact_rows=contact_rows,
                                  with_checkins=_checkins_needed(weights, account_ids), reads=reads)
    scores, _eff = combine(raw, sub, weights)
    return ids, scores
