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

from datetime import date

import numpy as np
from sqlite_utils import Database

from tracker.changes import ChangeSet
from tracker.domain import ValidationError
from tracker.kpi.filters import ALL_ACCOUNTS, KpiFilter
from tracker.kpi.health import _index
from tracker.kpi.values import AccountFrame, KpiValue, load_accounts, ratio
from tracker.services.base import log_change
from tracker.storage.db import environment_errors, transaction

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
    if not isinstance(margin, int | float) or not 0 < margin <= 1:
        raise ValidationError("Gross margin must be a share above 0 and at most 1 (e.g. 0.8).",
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
    counts = f"{start} at start, {new} new, {end} at end, {lost} lost in the last {period_days} days"
    retained = ratio("retention", "Retention rate", end - new, start,
                     "(accounts at end - new accounts in period) / accounts at start x 100",
                     counts if start else "")
    churn = ratio("churn", "Churn rate", lost, start, "accounts lost / accounts at start x 100",
                  counts if start else "")
    return retained, churn


@environment_errors()
def mrr_on(db: Database, ids: np.ndarray, current: np.ndarray, day: date) -> np.ndarray:
    """MRR of each account at the end of ``day``, undoing later changes."""
    rows = db.conn.execute(
        "SELECT account_id, old_mrr FROM (SELECT account_id, old_mrr, min(date || printf('%012d', id))"
        " FROM mrr_change WHERE date > ? GROUP BY account_id)", (day.isoformat(),)).fetchall()
    if not rows:
        return current.copy()
    later = _index(ids.astype(float), np.array(rows, dtype=float), 1)[:, 0]
    return np.where(np.isnan(later), current, later)


@environment_errors()
def revenue_retention(db: Database, as_of: date, flt: KpiFilter = ALL_ACCOUNTS,
                      period_days: int = DEFAULT_PERIOD_DAYS,
                      frame: AccountFrame | None = None) -> tuple[KpiValue, KpiValue]:
    """Gross and net revenue retention of the accounts present at the period's start."""
    f = frame if frame is not None else load_accounts(db, as_of, flt)
    s = period_sets(f, period_days)
    start_day = date.fromordinal(as_of.toordinal() - period_days)
    cohort = s["at_start"]
    start_mrr = mrr_on(db, f.ids, f.mrr, start_day)[cohort]
    end_mrr = mrr_on(db, f.ids, f.mrr, as_of)[cohort]
    lost = s["lost"][cohort]
    delta = np.where(lost, 0.0, end_mrr - start_mrr)
    base = float(start_mrr.sum())
    churned = float(start_mrr[lost].sum())
    contraction = float(-delta[delta < 0].sum())
    expansion = float(delta[delta > 0].sum())
    detail = (f"start ${base:,.0f}, churned ${churned:,.0f}, contraction ${contraction:,.0f},"
              f" expansion ${expansion:,.0f} over {period_days} days") if base > 0 else ""
    grr = ratio("grr", "Gross revenue retention", base - contraction - churned, base,
                "(starting MRR - contraction - churned MRR) / starting MRR x 100", detail)
    nrr = ratio("nrr", "Net revenue retention", base - contraction - churned + expansion, base,
                "(starting MRR - contraction - churned MRR + expansion) / starting MRR x 100", detail)
    return grr, nrr


CLTV_NOTES = {"too_little": "too little churn to trust the projection",
              "unidentified": "the data do not pin the model down; a rough guess",
              "geometric": "churn looks the same at every tenure"}


@environment_errors()
def cltv_kpis(db: Database, as_of: date, flt: KpiFilter = ALL_ACCOUNTS,
              frame: AccountFrame | None = None) -> tuple[KpiValue, KpiValue]:
    """Simple and projected CLTV, computed by the rule book with Analytics' own functions.

    Both look at the whole observed tenure of the filtered accounts (not a trailing period),
    so the report, the dashboard, the CLI and the Analytics tab give the same two numbers.
    """
    from tracker.rules import CLTV_ANNUAL_DISCOUNT, CLTV_HORIZON_MONTHS, portfolio_cltv

    f = frame if frame is not None else load_accounts(db, as_of, flt)
    c = portfolio_cltv(db, as_of, None if flt == ALL_ACCOUNTS else f.ids.tolist())
    simple_formula = (f"average MRR x gross margin ({c.margin:.0%}) / monthly churn rate"
                      " (accounts lost / months of tenure observed)")
    projected_formula = (f"sum of gross margin ({c.margin:.0%}) x average MRR x projected survival"
                         " (shifted-beta-geometric fit) over"
                         f" {CLTV_HORIZON_MONTHS} months, discounted {CLTV_ANNUAL_DISCOUNT:.0%} a year")
    label = "Customer lifetime value"
    if c.accounts == 0:
        return (KpiValue("cltv", f"{label} (simple)", None, "$", simple_formula, None, None,
                         "No data yet."),
                KpiValue("cltv_projected", f"{label} (projected)", None, "$", projected_formula,
                         None, None, "No data yet."))
    base = (f"average MRR ${c.average_mrr:,.0f}, {c.lost} of {c.accounts} accounts lost,"
            f" monthly churn {c.monthly_churn:.2%}")
    if c.simple is None:
        unbounded = "No churn yet: lifetime value is unbounded."
        return (KpiValue("cltv", f"{label} (simple)", None, "$", simple_formula,
                         c.average_mrr * c.margin, 0.0, unbounded),
                KpiValue("cltv_projected", f"{label} (projected)", None, "$", projected_formula,
                         None, None, unbounded))
    note = CLTV_NOTES.get(c.issue, "")
    return (KpiValue("cltv", f"{label} (simple)", c.simple, "$", simple_formula,
                     c.average_mrr * c.margin, c.monthly_churn, base),
            KpiValue("cltv_projected", f"{label} (projected)", c.projected, "$", projected_formula,
                     None, None, f"{base}; {note}" if note else base))


def simple_cltv(db: Database, as_of: date, flt: KpiFilter = ALL_ACCOUNTS,
                frame: AccountFrame | None = None) -> KpiValue:
    """The simple CLTV alone (see :func:`cltv_kpis`)."""
    return cltv_kpis(db, as_of, flt, frame)[0]
