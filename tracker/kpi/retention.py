"""Logo and revenue retention over a trailing period, and the CLTV KPIs.

The period is ``(as_of - period_days, as_of]``. "Accounts at start" existed (signed) on
the period's first day and had not churned. Revenue uses ``mrr_change``: an account's
MRR on a day is the ``old_mrr`` of its first change after that day, or its current MRR
when nothing changed since. A churned account keeps its last MRR in the table, which is
the MRR lost.

A new account that signed and churned inside the period is in neither "at end" nor
"new", so retention + churn = 100 %.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

import numpy as np

from tracker.changes import ChangeSet
from tracker.database import Database
from tracker.domain import ValidationError
from tracker.i18n import QT_TRANSLATE_NOOP, Money, words
from tracker.kpi.filters import ALL_ACCOUNTS, KpiFilter
from tracker.kpi.health import _index
from tracker.kpi.values import AccountFrame, KpiValue, load_accounts, ratio
from tracker.kpi.words import NO_DATA, detail
from tracker.services.base import log_change
from tracker.storage.db import environment_errors, transaction
from tracker.validation import usable_mrr_sql

if TYPE_CHECKING:
    from tracker.analytics.lifetimes import Lifetimes

DEFAULT_PERIOD_DAYS = 90
DEFAULT_GROSS_MARGIN = 0.8
GROSS_MARGIN_KEY = "gross_margin"


@environment_errors()
def get_gross_margin(db: Database) -> float:
    row = db.conn.execute("SELECT value FROM setting WHERE key = ?", (GROSS_MARGIN_KEY,)).fetchone()
    try:
        value = float(row[0]) if row else DEFAULT_GROSS_MARGIN
    except ValueError:
        return DEFAULT_GROSS_MARGIN
    return value if 0 < value <= 1 else DEFAULT_GROSS_MARGIN


@environment_errors()
def set_gross_margin(db: Database, margin: float) -> ChangeSet:
    if isinstance(margin, bool) or not isinstance(margin, int | float) or not 0 < margin <= 1:
        raise ValidationError(words("errors", QT_TRANSLATE_NOOP(
            "errors", "Gross margin must be a share above 0 and at most 1 (e.g. 0.8).")),
                              "gross_margin", "bad_number")
    before = get_gross_margin(db)
    with transaction(db):
        db.conn.execute("INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT(key)"
                        " DO UPDATE SET value = excluded.value", (GROSS_MARGIN_KEY, str(float(margin))))
        log_change(db.conn, "update", "setting", None, GROSS_MARGIN_KEY, before, margin)
    return ChangeSet(kpis=True)


def period_sets(frame: AccountFrame, period_days: int) -> dict[str, np.ndarray]:
    """Boolean masks: at_start, lost (of those), new (still there), at_end."""
    f = frame
    start = f.today - period_days
    exists_at_start = (f.signed <= start) | np.isnan(f.signed)
    churned_by_start = f.churned & ~(f.churn_day > start)
    at_start = exists_at_start & ~churned_by_start
    at_end = f.active
    return {"at_start": at_start, "lost": at_start & f.churned,
            "new": at_end & ~exists_at_start, "at_end": at_end}


@environment_errors()
def logo_retention(db: Database, as_of: date, flt: KpiFilter = ALL_ACCOUNTS,
                   period_days: int = DEFAULT_PERIOD_DAYS,
                   frame: AccountFrame | None = None) -> tuple[KpiValue, KpiValue]:
    """Retention and churn rate over the period."""
    f = frame if frame is not None else load_accounts(db, as_of, flt)
    s = period_sets(f, period_days)
    start, lost = int(s["at_start"].sum()), int(s["lost"].sum())
    end, new = int(s["at_end"].sum()), int(s["new"].sum())
    counts = detail(QT_TRANSLATE_NOOP("kpi detail", "{0} at start, {1} new, {2} at end, {3} lost in the "
                                      "last {4} days"), start, new, end, lost, period_days)
    retained = ratio("retention", end - new, start, counts if start else None)
    churn = ratio("churn", lost, start, counts if start else None)
    return retained, churn


@environment_errors()
def mrr_changes(db: Database, day: date) -> np.ndarray:
    """Per account with a change after ``day``: (id, the ``old_mrr`` of its first one)."""
    rows = db.conn.execute(
        "SELECT account_id, old_mrr FROM (SELECT account_id, " + usable_mrr_sql("old_mrr")
        + " AS old_mrr, min(date || printf('%012d', id))"
        " FROM mrr_change WHERE date > ? GROUP BY account_id)", (day.isoformat(),)).fetchall()
    return np.array(rows, dtype=float).reshape(len(rows), 2)


@environment_errors()
def mrr_on(db: Database, ids: np.ndarray, current: np.ndarray, day: date,
           changes: np.ndarray | None = None) -> np.ndarray:
    """MRR of each account at the end of ``day``, undoing later changes; ``changes``:
    :func:`mrr_changes` of ``day`` already read."""
    rows = mrr_changes(db, day) if changes is None else changes
    if not len(rows):
        return current.copy()
    later = _index(ids.astype(float), rows, 1)[:, 0]
    return np.where(np.isnan(later), current, later)


MrrChanges = Callable[[date], np.ndarray]


@environment_errors()
def revenue_retention(db: Database, as_of: date, flt: KpiFilter = ALL_ACCOUNTS,
                      period_days: int = DEFAULT_PERIOD_DAYS,
                      frame: AccountFrame | None = None,
                      changes: MrrChanges | None = None) -> tuple[KpiValue, KpiValue]:
    """Gross and net revenue retention of the accounts present at the period's start.
    ``changes``: :func:`mrr_changes` of a day, from a caller that keeps them."""
    f = frame if frame is not None else load_accounts(db, as_of, flt)
    s = period_sets(f, period_days)
    start_day = date.fromordinal(as_of.toordinal() - period_days)
    start_all = mrr_on(db, f.ids, f.mrr, start_day, changes(start_day) if changes else None)
    end_all = mrr_on(db, f.ids, f.mrr, as_of, changes(as_of) if changes else None)
    # An account whose MRR is not a usable number (NaN: an older file's Inf) is no data here.
    cohort = s["at_start"] & np.isfinite(start_all) & np.isfinite(end_all)
    start_mrr = start_all[cohort]
    end_mrr = end_all[cohort]
    lost = s["lost"][cohort]
    delta = np.where(lost, 0.0, end_mrr - start_mrr)
    base = float(start_mrr.sum())
    churned = float(start_mrr[lost].sum())
    contraction = float(-delta[delta < 0].sum()) + 0.0  # no contraction is $0, not $-0
    expansion = float(delta[delta > 0].sum())
    note = detail(QT_TRANSLATE_NOOP("kpi detail", "start {0}, churned {1}, contraction {2}, expansion {3} "
                                    "over {4} days"), Money(base), Money(churned), Money(contraction),
                  Money(expansion), period_days) if base > 0 else None
    grr = ratio("grr", base - contraction - churned, base, note)
    nrr = ratio("nrr", base - contraction - churned + expansion, base, note)
    return grr, nrr


CLTV_NOTES = {
    "too_little": QT_TRANSLATE_NOOP("kpi detail", "too little churn to trust the projection"),
    "unidentified": QT_TRANSLATE_NOOP("kpi detail", "the data do not pin the model down; a rough guess"),
    "geometric": QT_TRANSLATE_NOOP("kpi detail", "churn looks the same at every tenure"),
}


@environment_errors()
def cltv_kpis(db: Database, as_of: date, flt: KpiFilter = ALL_ACCOUNTS,
              frame: AccountFrame | None = None, lifetimes: Lifetimes | None = None,
              margin: float | None = None) -> tuple[KpiValue, KpiValue]:
    """Simple and projected CLTV, computed by the rule book with Analytics' own functions.

    Both look at the whole observed tenure of the filtered accounts (not a trailing period),
    so the report, the dashboard, the CLI and the Analytics tab give the same two numbers.
    ``lifetimes``: :func:`tracker.analytics.lifetimes.load_lifetimes` as of ``as_of`` of
    every account, or of a scope that holds the frame's accounts, read already; the frame's
    accounts are kept from it. ``margin``: the gross
    margin setting, if the caller read it already.
    """
    from tracker.rules import CLTV_ANNUAL_DISCOUNT, CLTV_HORIZON_MONTHS, portfolio_cltv

    f = frame if frame is not None else load_accounts(db, as_of, flt)
    if lifetimes is not None:
        mine = lifetimes if flt == ALL_ACCOUNTS else lifetimes.subset(
            np.isin(lifetimes.account_ids, f.ids))
        c = portfolio_cltv(db, as_of, lifetimes=mine, margin=margin)
    else:
        c = portfolio_cltv(db, as_of, None if flt == ALL_ACCOUNTS else f.ids.tolist(), margin=margin)
    simple_args: tuple[object, ...] = (c.margin,)
    projected_args: tuple[object, ...] = (c.margin, CLTV_HORIZON_MONTHS, CLTV_ANNUAL_DISCOUNT)
    if c.accounts == 0:
        return (KpiValue("cltv", None, "$", None, None, detail(NO_DATA), formula_args=simple_args),
                KpiValue("cltv_projected", None, "$", None, None, detail(NO_DATA),
                         formula_args=projected_args))
    base = detail(QT_TRANSLATE_NOOP("kpi detail", "average MRR {0}, {1} of {2} accounts lost, monthly churn "
                                    "{3:.2%}"), Money(c.average_mrr), c.lost, c.accounts, c.monthly_churn)
    if c.simple is None:
        unbounded = detail(QT_TRANSLATE_NOOP("kpi detail", "No churn yet: lifetime value is unbounded."))
        return (KpiValue("cltv", None, "$", c.average_mrr * c.margin, 0.0, unbounded,
                         formula_args=simple_args),
                KpiValue("cltv_projected", None, "$", None, None, unbounded, formula_args=projected_args))
    note = CLTV_NOTES.get(c.issue or "")
    projected_note = detail(QT_TRANSLATE_NOOP("kpi detail", "{0}; {1}"), base, detail(note)) if note else base
    return (KpiValue("cltv", c.simple, "$", c.average_mrr * c.margin, c.monthly_churn, base,
                     formula_args=simple_args),
            KpiValue("cltv_projected", c.projected, "$", None, None, projected_note,
                     formula_args=projected_args))


def simple_cltv(db: Database, as_of: date, flt: KpiFilter = ALL_ACCOUNTS,
                frame: AccountFrame | None = None) -> KpiValue:
    """The simple CLTV alone (see :func:`cltv_kpis`)."""
    return cltv_kpis(db, as_of, flt, frame)[0]
