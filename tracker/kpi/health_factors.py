"""Health's evidence: each factor's raw value and 0-100 sub-score per account, read from the
database in a few grouped aggregates.

What each factor means is the definition of the score, in :mod:`tracker.kpi.health`'s
docstring; this module is how it is read, kept apart from the weighing and explaining there
because its per-account count readers (:func:`task_counts`, :func:`contact_counts`,
:func:`fold_task_counts`) and the row spreading of ``_index`` are shared with the rate KPIs,
the stage and retention figures and the account list. ``tracker.kpi.health`` re-exports
every name.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np

from tracker.database import Database
from tracker.kpi.filters import day_number, float_rows, ids_sql
from tracker.kpi.health_signals import signal_factors
from tracker.kpi.health_weights import FACTORS, SIGNAL_FACTORS, get_health_weights
from tracker.kpi.task_columns import CONTACT_COUNT_COLUMNS
from tracker.kpi.values import AccountFrame
from tracker.queries.task_pass import folded_rows
from tracker.rules import RiskThresholds, churned_mask, last_touch_sql, ninety_day_mask, risk_thresholds
from tracker.storage.db import environment_errors


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


@dataclass(frozen=True)
class OwnReads:
    """What :func:`factor_matrix` reads that is health's alone, not the account list's:
    the accounts' dates, the latest response and the last touch per account, and the
    weights and limits in force. Apart so the account list can have them read on a second
    connection while it reads its own passes (:func:`own_reads`)."""

    accounts: np.ndarray  # id, signed, first value (julian days), churned by the day (0 or 1)
    feedback: np.ndarray  # account id, scaled latest response
    touch: np.ndarray  # account id, julian day of the last touch
    limits: RiskThresholds
    weights: Mapping[str, float]


def frame_accounts(frame: AccountFrame) -> np.ndarray:
    """:attr:`OwnReads.accounts` of a frame's accounts, from the frame's columns (the
    portfolio KPIs read the accounts once for both). The frame blanks a first value dated
    after its day, which the factors read as "not reached" either way, and its ``churned``
    is the same :func:`tracker.rules.churned_mask` of the same columns."""
    return np.column_stack([frame.ids.astype(float), frame.signed, frame.first_value,
                            frame.churned.astype(float)])


@environment_errors()
def own_reads(db: Database, as_of: date, account_ids: Sequence[int] | None = None,
              limits: RiskThresholds | None = None, weights: Mapping[str, float] | None = None,
              accounts: np.ndarray | None = None) -> OwnReads:
    """Health's own reads (:class:`OwnReads`) on ``db``'s connection. ``accounts``: the
    accounts' rows already read (:func:`frame_accounts`), the accounts scored then."""
    d = as_of.isoformat()
    limits = risk_thresholds(db) if limits is None else limits
    weights = get_health_weights(db) if weights is None else weights
    if accounts is None:
        cond, cparams = ids_sql(account_ids, "id")
        acc = float_rows(db, f"SELECT id, julianday(signed_date), julianday(first_value_date),"
                         f" julianday(churned_date), status = 'churned'"
                         f" FROM account WHERE {cond} ORDER BY id", cparams, 5)
        accounts = np.column_stack([acc[:, :3], churned_mask(day_number(as_of), acc[:, 3], acc[:, 4])
                                    .astype(float)])
    cond, cparams = ids_sql(account_ids)
    named = cond.replace('?', ':ids')
    # Bare columns next to max() come from the row holding the max: the latest response.
    feedback = float_rows(db, f"""
        SELECT account_id, scaled FROM (
            SELECT account_id,
                   CASE kind WHEN 'csat' THEN (score - 1) * 25.0 ELSE score * 10.0 END AS scaled,
                   max(date || printf('%012d', id))
            FROM feedback WHERE date <= :d AND {named} GROUP BY account_id)""",
        _named(d, cparams), 2)
    # The rule book's touchpoints: activities and the work itself (ticks, feedback, ...).
    touch = float_rows(db, f"""
        SELECT account_id, julianday(day) FROM ({last_touch_sql(named)})""", _named(d, cparams), 2)
    return OwnReads(accounts, feedback, touch, limits, weights)


@environment_errors()
def factor_matrix(db: Database, as_of: date, account_ids: Sequence[int] | None = None,
                  task_rows: np.ndarray | None = None, limits: RiskThresholds | None = None,
                  with_checkins: bool = True, contact_rows: np.ndarray | None = None,
                  weights: Mapping[str, float] | None = None, reads: OwnReads | None = None,
                  ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Account ids (sorted), raw values and sub-scores per factor, shape (n, len(FACTORS)).

    NaN marks "no data". All heavy work is five grouped SQL aggregates; ``task_rows`` and
    ``contact_rows`` are :func:`task_counts` and :func:`contact_counts` rows a caller already
    has (the portfolio KPIs read them once for their own numbers too), ``reads`` the rest
    (:func:`own_reads`). ``limits`` and ``weights`` are read
    from the database when not given: pass them if already read.
    """
    d = as_of.isoformat()
    today = day_number(as_of)
    cond, cparams = ids_sql(account_ids)
    if task_rows is None:
        task_rows = task_counts(db, d, cond.replace('?', ':ids'), _named(d, cparams))
    if contact_rows is None:
        contact_rows = contact_counts(db, d, cond.replace('?', ':ids'), _named(d, cparams))
    if reads is None:
        reads = own_reads(db, as_of, account_ids, limits, weights)
    limits, weights = reads.limits, reads.weights
    acc = reads.accounts
    ids = acc[:, 0]
    n = len(ids)
    tasks = _index(ids, task_rows, 5)
    contacts = _index(ids, contact_rows, 2)
    feedback = _index(ids, reads.feedback, 1)
    activity = _index(ids, reads.touch, 1)

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
    active = acc[:, 3] == 0
    flagged = ninety_day_mask(today, signed, np.where(reached, first_value, np.nan), active)
    sub[:, 5] = np.where(np.isnan(signed), np.nan, np.where(flagged, 0.0, 100.0))
    # The signal factors need the whole segment's norm (a read of every account): only when
    # the user gives them a weight; at weight 0 (the default) they change no score.
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
    row per account with conditional sums; the statuses are then folded together in SQL
    (:func:`tracker.queries.task_pass.folded_rows`, :func:`fold_task_counts` there), from the
    pass the account list reads (the stored summary and the day's ranges when that is
    cheaper), and the parts it hands back added per account here.
    """
    rows = folded_rows(db, d, cond, params)
    if not rows:
        return np.empty((0, 6))
    m = np.array(rows, dtype=float).reshape(len(rows), 6)  # no NULL: total() is 0.0 over nothing
    return _per_account(m[:, 0], m[:, 1:])


def _per_account(account_ids: np.ndarray, values: np.ndarray) -> np.ndarray:
    """Rows of (account id, the five counts): ``values`` added up per account, by id."""
    ids, inverse = np.unique(account_ids, return_inverse=True)
    out = np.zeros((len(ids), values.shape[1]))
    np.add.at(out, inverse, values)
    return np.column_stack([ids, out])


def fold_task_counts(rows: Sequence[Sequence[object]]) -> np.ndarray:
    """:func:`task_counts` from rows of (account id, status, the five
    :data:`TASK_STATUS_COLUMNS`, anything else a caller read in the same pass): the account
    list's rows, which it has read already. The same fold as
    :data:`tracker.queries.task_pass.TASK_FOLD_COLUMNS` (tests hold the two equal)."""
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
    return _per_account(m[:, 0], values)


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
