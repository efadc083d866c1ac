"""The CLTV rule: what "customer lifetime value" means, its discount and its horizon.

One place, like every rule of :mod:`tracker.rules` (which re-exports these names): the CLTV
KPI (``tracker.kpi.retention``) calls :func:`portfolio_cltv`, and Analytics starts from the
same discount and horizon. It is kept apart because it is the one rule that runs on
Analytics' retention projection (SciPy, imported on first use) rather than on an account's
dates.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tracker.analytics.lifetimes import Lifetimes
    from tracker.database import Database


@dataclass(frozen=True)
class Cltv:
    """Both lifetime values of one group of accounts, as Analytics computes them.

    ``simple`` = average MRR x margin / monthly churn (churn per month of observed tenure);
    ``projected`` sums margin x MRR over the shifted-beta-geometric survival curve,
    discounted. Either is None when it has no finite answer (``issue`` gives the code).
    """

    simple: float | None
    projected: float | None
    average_mrr: float
    monthly_churn: float
    accounts: int
    lost: int
    margin: float
    issue: str


CLTV_ANNUAL_DISCOUNT = 0.10
CLTV_HORIZON_MONTHS = 120


def portfolio_cltv(db: Database, as_of: date, account_ids: Sequence[int] | None = None, *,
                   margin: float | None = None, lifetimes: Lifetimes | None = None) -> Cltv:
    """The CLTV of these accounts (all when None) with Analytics' own functions.

    ``margin`` defaults to the user's gross-margin setting. SciPy is imported on first use.
    ``lifetimes``: the accounts' lifetimes as of ``as_of``, when the caller read them already
    (``account_ids`` is then not used).
    """
    from tracker.analytics.retention import project_lifetimes, project_retention
    from tracker.kpi.retention import get_gross_margin

    share = get_gross_margin(db) if margin is None else margin
    if lifetimes is not None:  # what project_retention(by="all") does after its read
        p = project_lifetimes(lifetimes, "all", "All accounts", margin=share,
                              annual_discount=CLTV_ANNUAL_DISCOUNT, horizon=CLTV_HORIZON_MONTHS)
    else:
        (p,) = project_retention(db, as_of, by="all", margin=share,
                                 annual_discount=CLTV_ANNUAL_DISCOUNT, horizon=CLTV_HORIZON_MONTHS,
                                 account_ids=account_ids)
    return Cltv(p.simple_cltv, p.projected_cltv, p.average_mrr, p.monthly_churn, p.accounts,
                p.lost, share, p.issue)

