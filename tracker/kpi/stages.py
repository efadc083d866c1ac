"""Stage funnel and drop-off per stage, from ``stage_history``.

An account entered every stage up to the furthest one it reached by ``as_of`` (stages are
ordered, and a skipped stage still counts as passed). It dropped off at its furthest
stage when it has churned by ``as_of``; churn is the only way an account is cancelled.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np

from tracker.database import Database
from tracker.domain import STAGES
from tracker.i18n import QT_TRANSLATE_NOOP
from tracker.kpi.filters import ALL_ACCOUNTS, KpiFilter, float_rows, ids_sql, narrowing_sql
from tracker.kpi.health import _index
from tracker.kpi.values import STAGE_INDEX_SQL, AccountFrame, KpiValue, load_accounts, ratio
from tracker.kpi.words import detail
from tracker.storage.db import environment_errors


@dataclass(frozen=True)
class StageFunnel:
    stages: tuple[str, ...]
    entered: tuple[int, ...]
    dropped: tuple[int, ...]

    def rate(self, k: int) -> float | None:
        return self.dropped[k] / self.entered[k] * 100 if self.entered[k] else None


@environment_errors()
def stage_rows(db: Database, as_of: date, flt: KpiFilter = ALL_ACCOUNTS,
               account_ids: Sequence[int] | None = None) -> np.ndarray:
    """Per account: the furthest stage index entered by ``as_of``. With a filter only its
    accounts are read; callers keep their frame's accounts. ``account_ids``: only those
    accounts' rows (a patch of kept frames)."""
    cond, params = narrowing_sql(flt, as_of)
    ids, ids_params = ids_sql(account_ids)
    return float_rows(db, f"SELECT account_id, max({STAGE_INDEX_SQL}) FROM stage_history"
                      f" WHERE entered_date <= ? AND {cond} AND {ids} GROUP BY account_id",
                      (as_of.isoformat(), *params, *ids_params), 2)


@environment_errors()
def stage_funnel(db: Database, as_of: date, flt: KpiFilter = ALL_ACCOUNTS,
                 frame: AccountFrame | None = None, rows: np.ndarray | None = None) -> StageFunnel:
    """``rows``: :func:`stage_rows` already read (for this scope or a wider one)."""
    f = frame if frame is not None else load_accounts(db, as_of, flt)
    if rows is None:
        rows = stage_rows(db, as_of, flt)
    furthest = _index(f.ids.astype(float), rows, 1)[:, 0]
    entered, dropped = [], []
    for k in range(len(STAGES)):
        entered.append(int(np.sum(furthest >= k)))
        dropped.append(int(np.sum((furthest == k) & f.churned)))
    return StageFunnel(STAGES, tuple(entered), tuple(dropped))


def dropoff_kpis(funnel: StageFunnel) -> list[KpiValue]:
    """One value per stage that has a next stage (Expand is a loop, not a step to leave)."""
    out = []
    for k, stage in enumerate(funnel.stages[:-1]):
        entered = funnel.entered[k]
        out.append(ratio(f"dropoff_{stage.lower()}", funnel.dropped[k], entered,
                         detail(QT_TRANSLATE_NOOP("kpi detail", "{0} of {1} accounts"),
                                funnel.dropped[k], entered) if entered else None))
    return out
