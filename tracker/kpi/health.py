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
weights, so one missing survey does not drag a healthy account into red.

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

from tracker.changes import ChangeSet
from tracker.collector import collection_held
from tracker.database import Database
from tracker.domain import ValidationError
from tracker.i18n import QT_TRANSLATE_NOOP, words
from tracker.kpi.filters import day_number, float_rows, ids_sql
from tracker.kpi.health_signals import signal_factors
from tracker.kpi.task_columns import CONTACT_COUNT_COLUMNS, TASK_STATUS_COLUMNS
from tracker.kpi.words import factor_label
from tracker.rules import (
    DEFAULT_THRESHOLDS,
    HEALTH_GREEN_FROM,
    HEALTH_NOT_ENOUGH_DATA,
    HEALTH_YELLOW_FROM,
    RiskThresholds,
    churned_mask,
    last_touch_sql,
    ninety_day_mask,
    risk_thresholds,
)
from tracker.rules import health_band as _rule_band
from tracker.services.base import log_change
from tracker.storage.db import environment_errors, transaction

FACTORS: tuple[str, ...] = ("progress", "on_time", "activation", "sentiment", "engagement",
                            "first_value", "open_cases", "case_volume", "trial", "checkins")
# The signal factors of schema 3 (tracker.kpi.health_signals) and the check-in factor of
# schema 4 start at 0: a file whose saved weights total 100 over the first six keeps that
# total and every score it had.
SIGNAL_FACTORS: tuple[str, ...] = ("open_cases", "case_volume", "trial")
LATER_FACTORS: tuple[str, ...] = (*SIGNAL_FACTORS, "checkins")
DEFAULT_WEIGHTS: dict[str, float] = {"progress": 25, "on_time": 20, "activation": 15,
                                     "sentiment": 15, "engagement": 15, "first_value": 10,
                                     "open_cases": 0, "case_volume": 0, "trial": 0,
                                     "checkins": 0}
# The defaults; the limits in force are the database's (:func:`tracker.rules.risk_thresholds`).
GREEN_FROM = HEALTH_GREEN_FROM
YELLOW_FROM = HEALTH_YELLOW_FROM


@dataclass(frozen=True)
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


@dataclass(frozen=True)
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


@environment_errors()
def get_health_weights(db: Database) -> dict[str, float]:
    """The user's weights in factor order; a factor missing from the table gets its default."""
    stored = dict(db.conn.execute("SELECT factor, weight FROM health_weight").fetchall())
    return {f: float(stored.get(f, DEFAULT_WEIGHTS[f])) for f in FACTORS}


@environment_errors()
def set_health_weights(db: Database, weights: Mapping[str, float]) -> ChangeSet:
    """Replace the weights; every factor must be given, none negative, and they must total 100."""
    unknown = sorted(set(weights) - set(FACTORS))
    if unknown:
        raise ValidationError(words("errors", QT_TRANSLATE_NOOP(
            "errors", "Unknown health factor '{0}'."), unknown[0]), "weights", "unknown_factor")
    # Callers written before schema 3 name only the first six factors: the signal and
    # check-in factors they leave out keep their current weight (0 unless the user set one).
    before = get_health_weights(db)
    weights = {**{f: before[f] for f in LATER_FACTORS if f not in weights}, **weights}
    missing = [f for f in FACTORS if f not in weights]
    if missing:
        raise ValidationError(words("errors", QT_TRANSLATE_NOOP(
            "errors", "A weight for '{0}' is missing."), missing[0]), "weights", "required")
    clean: dict[str, float] = {}
    for factor in FACTORS:
        value = weights[factor]
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
            raise ValidationError(words("errors", QT_TRANSLATE_NOOP(
                "errors", "The weight of '{0}' must be a number."), factor), "weights",
                                  "bad_number")
        if value < 0:
            raise ValidationError(words("errors", QT_TRANSLATE_NOOP(
                "errors", "The weight of '{0}' cannot be negative."), factor), "weights",
                                  "negative")
        clean[factor] = float(value)
    total = sum(clean.values())
    if abs(total - 100.0) > 1e-6:
        raise ValidationError(words("errors", QT_TRANSLATE_NOOP(
            "errors", "Health weights must total 100 (they total {0:g})."), total), "weights",
                              "bad_total")
    with transaction(db):
        for factor, value in clean.items():
            db.conn.execute(
                "INSERT INTO health_weight (factor, weight) VALUES (?, ?)"
                " ON CONFLICT(factor) DO UPDATE SET weight = excluded.weight", (factor, value))
            if before[factor] != value:
                log_change(db.conn, "update", "health_weight", None, factor, before[factor], value)
    return ChangeSet(accounts=True, kpis=True, all_accounts=True)


def _index(ids: np.ndarray, matrix: np.ndarray, width: int) -> np.ndarray:
    """Spread per-account rows (first column = account id) onto the positions of ``ids``."""
    out = np.full((len(ids), width), np.nan)
    if len(matrix) == 0 or len(ids) == 0:
        return out
    pos = np.searchsorted(ids, matrix[:, 0])
    pos = np.clip(pos, 0, len(ids) - 1)
    hit = ids[pos] == matrix[:, 0]
    out[pos[hit]] = matrix[hit, 1:]
    return out


@environment_errors()
def factor_matrix(db: Database, as_of: date, account_ids: Sequence[int] | None = None,
                  task_rows: np.ndarray | None = None, limits: RiskThresholds | None = None,
                  with_checkins: bool = True, contact_rows: np.ndarray | None = None,
                  weights: Mapping[str, float] | None = None,
                  ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Account ids (sorted), raw values and sub-scores per factor, shape (n, len(FACTORS)).

    NaN marks "no data". All heavy work is five grouped SQL aggregates; ``task_rows`` and
    ``contact_rows`` are :func:`task_counts` and :func:`contact_counts` rows a caller already
    has (the portfolio KPIs read them once for their own numbers too). ``limits`` and
    ``weights`` are read from the database when not given: pass them if already read.
    """
    d = as_of.isoformat()
    today = day_number(as_of)
    limits = risk_thresholds(db) if limits is None else limits
    cond, cparams = ids_sql(account_ids, "id")
    acc = float_rows(db, f"SELECT id, julianday(signed_date), julianday(first_value_date),"
                     f" julianday(churned_date), status = 'churned'"
                     f" FROM account WHERE {cond} ORDER BY id", cparams, 5)
    ids = acc[:, 0]
    n = len(ids)
    cond, cparams = ids_sql(account_ids)
    if task_rows is None:
        task_rows = task_counts(db, d, cond.replace('?', ':ids'), _named(d, cparams))
    tasks = _index(ids, task_rows, 5)
    if contact_rows is None:
        contact_rows = contact_counts(db, d, cond.replace('?', ':ids'), _named(d, cparams))
    contacts = _index(ids, contact_rows, 2)
    # Bare columns next to max() come from the row holding the max: the latest response.
    feedback = _index(ids, float_rows(db, f"""
        SELECT account_id, scaled FROM (
            SELECT account_id,
                   CASE kind WHEN 'csat' THEN (score - 1) * 25.0 ELSE score * 10.0 END AS scaled,
                   max(date || printf('%012d', id))
            FROM feedback WHERE date <= :d AND {cond.replace('?', ':ids')} GROUP BY account_id)""",
        _named(d, cparams), 2), 1)
    # The rule book's touchpoints: activities and the work itself (ticks, feedback, ...).
    activity = _index(ids, float_rows(db, f"""
        SELECT account_id, julianday(day) FROM ({last_touch_sql(cond.replace('?', ':ids'))})""",
        _named(d, cparams), 2), 1)

    raw = np.full((n, len(FACTORS)), np.nan)
    sub = np.full((n, len(FACTORS)), np.nan)
    countable, done, planned, due, overdue = (tasks[:, k] for k in range(5))
    with np.errstate(divide="ignore", invalid="ignore"):
        has_tasks = countable > 0
        done_share = done / countable
        planned_share = planned / countable
        raw[:, 0] = np.where(has_tasks, done_share * 100, np.nan)
        sub[:, 0] = np.where(has_tasks, np.where(planned_share > 0,
                             np.minimum(1.0, done_share / planned_share) * 100, 100.0), np.nan)
        has_due = due > 0
        raw[:, 1] = np.where(has_due, (1 - overdue / due) * 100, np.nan)
        sub[:, 1] = raw[:, 1]
        invited, activated = contacts[:, 0], contacts[:, 1]
        raw[:, 2] = np.where(invited > 0, activated / invited * 100, np.nan)
        sub[:, 2] = raw[:, 2]
    raw[:, 3] = feedback[:, 0]
    sub[:, 3] = feedback[:, 0]
    idle = today - activity[:, 0]
    raw[:, 4] = idle
    zero, full = limits.engagement_zero_days, limits.engagement_full_days
    sub[:, 4] = np.clip((zero - idle) / (zero - full), 0, 1) * 100
    signed, first_value = acc[:, 1], acc[:, 2]
    reached = first_value <= today
    raw[:, 5] = np.where(reached, first_value - signed, today - signed)
    active = ~churned_mask(today, acc[:, 3], acc[:, 4])
    flagged = ninety_day_mask(today, signed, np.where(reached, first_value, np.nan), active)
    sub[:, 5] = np.where(np.isnan(signed), np.nan, np.where(flagged, 0.0, 100.0))
    # The signal factors need the whole segment's norm (a read of every account): only when
    # the user gives them a weight; at weight 0 (the default) they change no score.
    weights = get_health_weights(db) if weights is None else weights
    if any(weights.get(f, 0) for f in SIGNAL_FACTORS):
        raw[:, 6:9], sub[:, 6:9] = signal_factors(db, as_of, ids, cond.replace('?', ':ids'),
                                                  _named(d, cparams))
    if with_checkins:
        raw[:, 9], sub[:, 9] = _checkin_factor(db, as_of, ids, account_ids)
    return ids.astype(np.int64), raw, sub


# Up to this many accounts, the check-in factor is read even at weight 0, so an account's
# explanation shows it; a portfolio read skips it then (it cannot move a score).
EXPLAIN_ACCOUNTS = 50


def _checkins_needed(weights: Mapping[str, float], account_ids: Sequence[int] | None) -> bool:
    return weights["checkins"] > 0 or (account_ids is not None and len(account_ids) <= EXPLAIN_ACCOUNTS)


def _checkin_factor(db: Database, as_of: date, ids: np.ndarray, account_ids: Sequence[int] | None
                    ) -> tuple[np.ndarray, np.ndarray]:
    """Days overdue and sub-score of the check-in cadence, on the positions of ``ids``."""
    from tracker.queries.checkins import due_rows  # the queries layer imports tracker.kpi

    today = as_of.toordinal()
    rows = []
    for account_id, _name, _owner, _cadence, _last, since, due in due_rows(db, as_of, account_ids):
        if due is not None and since:
            length = due.toordinal() - date.fromisoformat(since[:10]).toordinal()
            rows.append((account_id, max(0, today - due.toordinal()), max(7, length)))
    matrix = np.array(rows, dtype=float).reshape(len(rows), 3)
    spread = _index(ids.astype(float), matrix, 2)
    late, span = spread[:, 0], spread[:, 1]
    with np.errstate(invalid="ignore", divide="ignore"):
        score = np.clip(1.0 - late / span, 0.0, 1.0) * 100.0
    return late, np.where(np.isnan(late), np.nan, score)


@environment_errors()
def task_counts(db: Database, d: str, cond: str, params: Mapping[str, object]) -> np.ndarray:
    """Per account: countable, done by ``d``, planned by ``d``, due before ``d``, overdue at ``d``.

    Grouping by (account, status) with few, cheap aggregates is about twice as fast as one
    row per account with conditional sums; NumPy folds the statuses together. The account
    list reads the same rows with columns of its own (:func:`fold_task_counts`).
    """
    return fold_task_counts(db.conn.execute(f"""
        SELECT account_id, status, {TASK_STATUS_COLUMNS}
        FROM task WHERE {cond} GROUP BY account_id, status""", dict(params)).fetchall())


def fold_task_counts(rows: Sequence[Sequence[object]]) -> np.ndarray:
    """:func:`task_counts` from rows of (account id, status, the five
    :data:`TASK_STATUS_COLUMNS`, anything else a caller read in the same pass)."""
    if not rows:
        return np.empty((0, 6))
    columns = list(zip(*rows, strict=True))  # column arrays: a third cheaper than row tuples
    status = np.array(columns[1])
    m = np.nan_to_num(np.array([columns[0], *columns[2:7]], dtype=float).T)
    counted = (status != "skipped")[:, None]
    done = status == "done"
    # A task done after ``d`` was still open at ``d``.
    values = np.column_stack([
        m[:, 1],
        np.where(done, m[:, 1] - m[:, 4], 0),
        m[:, 3],
        m[:, 2],
        np.where(done, m[:, 5], m[:, 2]),
    ]) * counted
    account_ids, inverse = np.unique(m[:, 0], return_inverse=True)
    out = np.zeros((len(account_ids), 5))
    np.add.at(out, inverse, values)
    return np.column_stack([account_ids, out])


@environment_errors()
def contact_counts(db: Database, d: str, cond: str, params: Mapping[str, object]) -> np.ndarray:
    """Per account: contacts invited by ``d`` and activated by ``d`` (the activation factor
    and, summed over the filtered accounts, the activation rate)."""
    return float_rows(db, f"""
        SELECT account_id, {CONTACT_COUNT_COLUMNS}
        FROM contact WHERE {cond} GROUP BY account_id""", dict(params), 3)


def _named(d: str, ids_params: list[object]) -> dict[str, object]:
    params: dict[str, object] = {"d": d}
    if ids_params:
        params["ids"] = ids_params[0]
    return params


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
    raw_l, sub_l, eff_l, con_l = raw.tolist(), sub.tolist(), effective.tolist(), contribution.tolist()
    _explain(out, ids.tolist(), scores.tolist(), (raw_l, sub_l, eff_l, con_l), wlist, limits)
    return out


def _explain(out: dict[int, HealthScore], ids: list[int], scores: list[float],
             lines: tuple[list[list[float]], ...], wlist: list[float], limits: RiskThresholds) -> None:
    """One :class:`HealthScore` per account into ``out``, factor lines shared where equal."""
    raw_l, sub_l, eff_l, con_l = lines
    # Many accounts share identical factor lines (on plan, no survey yet...): frozen rows can
    # be shared, which halves the cost of explaining 5,000 accounts.
    seen: dict[tuple[int, float, float, float], HealthFactor] = {}
    for row, account_id in enumerate(ids):
        line = []
        for k in range(len(FACTORS)):
            r, s, e = raw_l[row][k], sub_l[row][k], eff_l[row][k]
            key = (k, r, s, e)
            factor = seen.get(key)
            if factor is None:
                factor = HealthFactor(FACTORS[k], None if r != r else r,
                                      None if s != s else s, wlist[k], e, con_l[row][k])
                if r == r and s == s:  # NaN keys never match; do not fill the cache with them
                    seen[key] = factor
            line.append(factor)
        score = scores[row]
        if score != score:
            out[account_id] = HealthScore(account_id, None, None, tuple(line), HEALTH_NOT_ENOUGH_DATA)
        else:
            out[account_id] = HealthScore(account_id, score, health_band(score, limits), tuple(line))


@environment_errors()
@collection_held()
def score_bands(db: Database, as_of: date, account_ids: Sequence[int] | None = None,
                task_rows: np.ndarray | None = None, contact_rows: np.ndarray | None = None,
                ) -> dict[int, tuple[float, str | None]]:
    """Score and band per account, as :func:`health_scores` gives them, without the
    factor-by-factor explanations: the account list shows only these two, and explaining
    every account cost it more than reading the data. An account without enough data
    has a NaN score and no band. ``task_rows`` and ``contact_rows``: :func:`task_counts`
    and :func:`contact_counts` rows already read (the account list's own passes)."""
    weights = get_health_weights(db)
    limits = risk_thresholds(db)
    ids, raw, sub = factor_matrix(db, as_of, account_ids, task_rows, limits=limits, weights=weights,
                                  with_checkins=_checkins_needed(weights, account_ids),
                                  contact_rows=contact_rows)
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
                limits: RiskThresholds | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Account ids and scores only, without building explanations (for portfolio charts);
    NaN for an account without enough data."""
    weights = get_health_weights(db)
    ids, raw, sub = factor_matrix(db, as_of, account_ids, task_rows, contact_rows=contact_rows,
                                  limits=limits, weights=weights,
                                  with_checkins=_checkins_needed(weights, account_ids))
    scores, _eff = combine(raw, sub, weights)
    return ids, scores
