"""Share-type KPIs: activation, go-live on time, tasks, checklist, CSAT, NPS, adoption, 90 days.

How churned accounts count (as of ``as_of``):

- activation, go-live on time, CSAT and NPS keep them: what happened before they left
  did happen, and hiding it would flatter the portfolio;
- task on-time performance, checklist progress, feature adoption, the 90-day rule and
  average health leave them out: their open tasks are abandoned, not overdue, and they
  no longer need anything from the specialist.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

import numpy as np

from tracker.database import Database
from tracker.i18n import QT_TRANSLATE_NOOP, Phrase
from tracker.kpi.filters import (
    ALL_ACCOUNTS,
    KpiFilter,
    float_rows,
    ids_sql,
    in_scope_sql,
    narrowing_sql,
)
from tracker.kpi.health import _index, contact_counts, health_band, score_array, task_counts
from tracker.kpi.values import AccountFrame, KpiValue, load_accounts, ratio
from tracker.kpi.words import NO_ACCOUNTS, NO_DATA, detail
from tracker.rules import (
    NINETY_DAYS,
    RiskThresholds,
    golive_on_time_mask,
    ninety_day_mask,
    risk_thresholds,
    task_band_of_percent,
)
from tracker.storage.db import environment_errors

_ACTIVATED = QT_TRANSLATE_NOOP("kpi detail", "{0} of {1} invited contacts activated")
_ON_TIME_UNJUDGED = QT_TRANSLATE_NOOP(
    "kpi detail", "{0} of {1} go-lives on or before target ({2} live without a target left out)")
_ON_TIME = QT_TRANSLATE_NOOP("kpi detail", "{0} of {1} go-lives on or before target")
_NO_DATA_UNJUDGED = QT_TRANSLATE_NOOP("kpi detail", "No data yet ({0} live without a target left out)")
_OVERDUE = QT_TRANSLATE_NOOP("kpi detail", "{0:g} of {1:g} tasks due before today still open")
_DONE = QT_TRANSLATE_NOOP("kpi detail", "{0:g} of {1:g} tasks done")
_CSAT = QT_TRANSLATE_NOOP("kpi detail", "{0:g} of {1:g} responses were 4 or 5")
_NO_RESPONSES = QT_TRANSLATE_NOOP("kpi detail", "No responses yet.")
_NPS = QT_TRANSLATE_NOOP("kpi detail", "{0} promoters, {1} detractors, {2} responses")
_ADOPTED = QT_TRANSLATE_NOOP("kpi detail", "{0} of {1} feature slots adopted ({2} tracked features)")
_FLAGGED = QT_TRANSLATE_NOOP("kpi detail", "{0} of {1} accounts older than 90 days are flagged")
_BANDS = QT_TRANSLATE_NOOP("kpi detail", "{0} green, {1} yellow, {2} red")


def _frame(db: Database, as_of: date, flt: KpiFilter, frame: AccountFrame | None) -> AccountFrame:
    return frame if frame is not None else load_accounts(db, as_of, flt)


@environment_errors()
def activation_rate(db: Database, as_of: date, flt: KpiFilter = ALL_ACCOUNTS,
                    frame: AccountFrame | None = None, contact_rows: np.ndarray | None = None
                    ) -> KpiValue:
    """With ``frame`` and ``contact_rows`` (:func:`all_contact_counts`) it sums those rows
    over the frame's accounts instead of scanning the contacts again."""
    if frame is not None and contact_rows is not None:
        per_account = _index(frame.ids.astype(float), contact_rows, 2)
        invited, activated = (int(v) for v in np.nansum(per_account, axis=0))
    else:
        cond, params = in_scope_sql(flt, as_of)
        d = as_of.isoformat()
        invited, activated = db.conn.execute(
            "SELECT coalesce(SUM(invited_date <= ? OR (invited_date IS NULL AND activated_date <= ?)), 0),"
            f" coalesce(SUM(activated_date <= ?), 0) FROM contact WHERE {cond}",
            (d, d, d, *params)).fetchone()
    return ratio("activation", activated, invited,
                 detail(_ACTIVATED, activated, invited)
                 if invited else None)


@environment_errors()
def golive_on_time(db: Database, as_of: date, flt: KpiFilter = ALL_ACCOUNTS,
                   frame: AccountFrame | None = None) -> KpiValue:
    """Accounts live without a target date cannot be judged and are left out (detail says how many)."""
    f = _frame(db, as_of, flt, frame)
    live = ~np.isnan(f.golive)
    judged, on_time_mask = golive_on_time_mask(f.golive, f.target)
    on_time = int(np.sum(on_time_mask))
    n = int(np.sum(judged))
    unjudged = int(np.sum(live)) - n
    note: Phrase | None = None
    if n and unjudged:
        note = detail(_ON_TIME_UNJUDGED, on_time, n, unjudged)
    elif n:
        note = detail(_ON_TIME, on_time, n)
    elif unjudged:
        note = detail(_NO_DATA_UNJUDGED, unjudged)
    return ratio("golive_on_time", on_time, n, note)


def task_band(overdue_pct: float | None) -> str | None:
    """The rule book's band of a share of due tasks overdue (in percent)."""
    return task_band_of_percent(overdue_pct)


@environment_errors()
def all_task_counts(db: Database, as_of: date) -> np.ndarray:
    """:func:`task_counts` rows of every account, shared by the task KPIs and health."""
    return task_counts(db, as_of.isoformat(), "1", {"d": as_of.isoformat()})


@environment_errors()
def all_contact_counts(db: Database, as_of: date) -> np.ndarray:
    """:func:`contact_counts` rows of every account, shared by activation and health."""
    return contact_counts(db, as_of.isoformat(), "1", {"d": as_of.isoformat()})


def _active_task_totals(db: Database, as_of: date, flt: KpiFilter, frame: AccountFrame | None,
                        rows: np.ndarray | None = None) -> np.ndarray:
    f = _frame(db, as_of, flt, frame)
    if rows is None:
        rows = all_task_counts(db, as_of)
    per_account = _index(f.ids.astype(float), rows, 5)
    return np.nansum(per_account[f.active], axis=0) if len(f) else np.zeros(5)


@environment_errors()
def task_performance(db: Database, as_of: date, flt: KpiFilter = ALL_ACCOUNTS,
                     frame: AccountFrame | None = None, totals: np.ndarray | None = None) -> KpiValue:
    t = totals if totals is not None else _active_task_totals(db, as_of, flt, frame)
    due, overdue = float(t[3]), float(t[4])
    value = ratio("task_overdue", overdue, due,
                  detail(_OVERDUE, overdue, due)
                  if due else None)
    return replace(value, band=task_band(value.value))


@environment_errors()
def checklist_progress(db: Database, as_of: date, flt: KpiFilter = ALL_ACCOUNTS,
                       frame: AccountFrame | None = None, totals: np.ndarray | None = None) -> KpiValue:
    t = totals if totals is not None else _active_task_totals(db, as_of, flt, frame)
    countable, done = float(t[0]), float(t[1])
    return ratio("checklist_progress", done, countable,
                 detail(_DONE, done, countable) if countable else None)


@environment_errors()
def feedback_rows(db: Database, as_of: date, flt: KpiFilter = ALL_ACCOUNTS,
                  account_ids: Sequence[int] | None = None, per_account: bool = True) -> np.ndarray:
    """Responses up to ``as_of`` of the accounts in scope, per account, kind (0 = CSAT,
    1 = NPS) and score: rows of (account id, kind, score, count). ``account_ids``: only
    those accounts' rows (a patch of kept frames). ``per_account=False``: the scope's totals
    per kind and score, every row's account id 0 (a one-off call keeps no account's rows:
    16 rows at L instead of 9,907)."""
    account = "account_id" if per_account else "0"
    group = "account_id, kind, score" if per_account else "+kind, +score"
    cond, params = in_scope_sql(flt, as_of)
    ids, ids_params = ids_sql(account_ids)
    # "+kind" keeps the planner off the (kind, date) index, which walks every response to
    # the day and looks each one up in the table: for a few accounts it seeks their own
    # (5 ms at L -> 0.1 ms), for all of them it scans the covering (account, date, kind,
    # score) index instead (CPU at L, fresh connection: 9.6 -> 7.0 ms as of 15 June, 6.3 ->
    # 4.8 ms a period earlier, a segment 8.2 -> 4.7 ms; same rows in the same order; only a
    # day before any response costs more, 0.03 -> 0.5 ms). The totals' "+kind, +score" (a
    # no-op on the values) keeps their grouping from choosing that index again for its
    # order: 5.0 -> 3.6 ms at L, 4.0 -> 3.0 ms a period earlier, a segment and a day before
    # any response unchanged; the same 16 rows.
    return float_rows(db, f"SELECT {account}, kind = 'nps', score, count(*) FROM feedback"
                      f" WHERE +kind IN ('csat', 'nps') AND date <= ? AND {cond} AND {ids}"
                      f" GROUP BY {group}", (as_of.isoformat(), *params, *ids_params), 4)


@environment_errors()
def feedback_counts(db: Database, as_of: date, flt: KpiFilter = ALL_ACCOUNTS,
                    rows: np.ndarray | None = None, ids: np.ndarray | None = None
                    ) -> dict[str, np.ndarray]:
    """Responses per score (index = score) up to ``as_of``, per kind ("csat", "nps"), in one scan.

    ``rows``: :func:`feedback_rows` a caller read for a wider scope, kept to the accounts
    ``ids`` (None: every row given); without them only the filter's totals are read."""
    m = feedback_rows(db, as_of, flt, per_account=False) if rows is None else rows
    if ids is not None and len(m):
        m = m[np.isin(m[:, 0], ids)]
    counts = {"csat": np.zeros(11), "nps": np.zeros(11)}
    for kind, name in ((0.0, "csat"), (1.0, "nps")):
        of_kind = m[m[:, 1] == kind]
        np.add.at(counts[name], of_kind[:, 2].astype(int), of_kind[:, 3])
    return counts


@environment_errors()
def csat(db: Database, as_of: date, flt: KpiFilter = ALL_ACCOUNTS,
         counts: dict[str, np.ndarray] | None = None) -> KpiValue:
    c = (counts if counts is not None else feedback_counts(db, as_of, flt))["csat"]
    good, total = float(c[4] + c[5]), float(c.sum())
    return ratio("csat", good, total,
                 detail(_CSAT, good, total) if total else None)


def nps_from_counts(c: np.ndarray) -> tuple[float | None, int, int, int]:
    total = int(c.sum())
    promoters, detractors = int(c[9] + c[10]), int(c[:7].sum())
    if total == 0:
        return None, 0, 0, 0
    return (promoters - detractors) / total * 100, promoters, detractors, total


@environment_errors()
def nps(db: Database, as_of: date, flt: KpiFilter = ALL_ACCOUNTS,
        counts: dict[str, np.ndarray] | None = None) -> KpiValue:
    c = (counts if counts is not None else feedback_counts(db, as_of, flt))["nps"]
    value, promoters, detractors, total = nps_from_counts(c)
    if value is None:
        return KpiValue("nps", None, "score", None, None, detail(_NO_RESPONSES))
    return KpiValue("nps", value, "score", promoters - detractors, total,
                    detail(_NPS, promoters, detractors, total))


@environment_errors()
def adoption_rows(db: Database, as_of: date, flt: KpiFilter = ALL_ACCOUNTS,
                  account_ids: Sequence[int] | None = None) -> tuple[int, np.ndarray]:
    """Tracked features, and per account (id, tracked features adopted by ``as_of``). With a
    filter only its accounts are read; callers keep their frame's accounts. ``account_ids``:
    only those accounts' rows (a patch of kept frames)."""
    tracked = int(db.conn.execute("SELECT count(*) FROM feature WHERE tracked = 1").fetchone()[0])
    if not tracked:
        return 0, np.empty((0, 2))
    cond, params = narrowing_sql(flt, as_of)
    ids, ids_params = ids_sql(account_ids)
    return tracked, float_rows(
        db, "SELECT account_id, count(*) FROM feature_adoption JOIN feature ON feature.id = feature_id"
        f" WHERE feature.tracked = 1 AND adopted_date <= ? AND {cond} AND {ids} GROUP BY account_id",
        (as_of.isoformat(), *params, *ids_params), 2)


@environment_errors()
def feature_adoption(db: Database, as_of: date, flt: KpiFilter = ALL_ACCOUNTS,
                     frame: AccountFrame | None = None,
                     adoption: tuple[int, np.ndarray] | None = None) -> KpiValue:
    """``adoption``: :func:`adoption_rows` already read (for this scope or a wider one)."""
    f = _frame(db, as_of, flt, frame)
    active_ids = f.ids[f.active]
    tracked, m = adoption_rows(db, as_of, flt) if adoption is None else adoption
    adopted = int(m[np.isin(m[:, 0], active_ids), 1].sum()) if len(m) and len(active_ids) else 0
    slots = tracked * len(active_ids)
    return ratio("feature_adoption", adopted, slots,
                 detail(_ADOPTED, adopted, slots, tracked) if slots else None)


@environment_errors()
def ninety_day_flag(db: Database, as_of: date, flt: KpiFilter = ALL_ACCOUNTS,
                    frame: AccountFrame | None = None) -> KpiValue:
    """Share of accounts past 90 days from signed (not churned) still without first value."""
    f = _frame(db, as_of, flt, frame)
    with np.errstate(invalid="ignore"):
        old = f.active & (f.today - f.signed > NINETY_DAYS)
    flagged = ninety_day_mask(f.today, f.signed, f.first_value, f.active)
    n_flag, n_old = int(flagged.sum()), int(old.sum())
    return ratio("ninety_day", n_flag, n_old,
                 detail(_FLAGGED, n_flag, n_old)
                 if n_old else None)


@environment_errors()
def active_scores(db: Database, as_of: date, frame: AccountFrame, task_rows: np.ndarray | None = None,
                  contact_rows: np.ndarray | None = None, limits: RiskThresholds | None = None,
                  scored: tuple[np.ndarray, np.ndarray] | None = None) -> np.ndarray:
    """Health scores of the frame's accounts that have not churned (NaN: not enough data).
    ``scored``: every account's (ids, scores) from :func:`score_array`, already computed."""
    # Scoring everyone in one scan is as cheap as scoring a subset through an id list.
    all_ids, all_scores = scored if scored is not None else score_array(
        db, as_of, None, task_rows, contact_rows, limits)
    return np.asarray(all_scores[np.isin(all_ids, frame.ids[frame.active])])


@environment_errors()
def average_health(db: Database, as_of: date, flt: KpiFilter = ALL_ACCOUNTS,
                   frame: AccountFrame | None = None, scores: np.ndarray | None = None,
                   limits: RiskThresholds | None = None) -> KpiValue:
    """``limits``: the database's risk thresholds, if the caller already read them."""
    f = _frame(db, as_of, flt, frame)
    limits = risk_thresholds(db) if limits is None else limits
    if scores is None:
        scores = active_scores(db, as_of, f, limits=limits)
    bands = (limits.green_from, limits.yellow_from)  # the formula names the limits in force
    if len(scores) == 0:
        return KpiValue("health", None, "score", None, None, detail(NO_ACCOUNTS), formula_args=bands)
    # Accounts without enough data for a score (NaN) are left out of the mean.
    scores = scores[~np.isnan(scores)]
    if len(scores) == 0:
        return KpiValue("health", None, "score", None, None, detail(NO_DATA), formula_args=bands)
    green = int(np.sum(scores >= limits.green_from))
    red = int(np.sum(scores < limits.yellow_from))
    mean = float(scores.mean())
    return KpiValue("health", mean, "score", float(scores.sum()), float(len(scores)),
                    detail(_BANDS, green, len(scores) - green - red, red),
                    health_band(mean, limits), formula_args=bands)
