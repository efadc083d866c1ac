"""The value type every KPI returns, and the account snapshot most KPIs start from."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

import numpy as np

from tracker.database import Database
from tracker.i18n import NO_PHRASE, QT_TRANSLATE_NOOP, Phrase
from tracker.kpi.filters import KpiFilter, day_number, ids_sql, scope_sql
from tracker.kpi.words import NO_DATA, detail, kpi_formula, kpi_label
from tracker.rules import churned_mask
from tracker.storage.db import environment_errors
from tracker.validation import usable_mrr_sql


@dataclass(frozen=True)
class KpiValue:
    """One number for a manager, with what it is made of.

    ``value`` is None when there is no data or the quantity is not reached yet;
    ``not_reached`` tells the two apart for display code, and ``note`` says it in words.
    The label and formula are not stored: they are the key's words in
    :mod:`tracker.kpi.words`, rendered in the current language when read (``formula_args``
    are the values a formula names, such as the gross margin).
    """

    key: str
    value: float | None
    unit: str
    numerator: float | None
    denominator: float | None
    note: Phrase = NO_PHRASE
    band: str | None = None
    not_reached: bool = False
    formula_args: tuple[object, ...] = ()

    @property
    def label(self) -> str:
        return kpi_label(self.key)

    @property
    def formula(self) -> str:
        return kpi_formula(self.key, self.formula_args)

    @property
    def detail(self) -> str:
        return self.note.text()

    @property
    def has_data(self) -> bool:
        """False for "no data" (no value, or a share over nothing): nothing to compare with."""
        return self.value is not None and self.denominator != 0


# Decimals each unit is shown with, on every surface (tiles, KPI table, CLI, Excel report).
UNIT_DECIMALS: dict[str, int] = {"%": 1, "days": 0, "$": 0, "score": 1, "count": 0}


def round_half_away(value: float, decimals: int) -> float:
    """Round as people do (31.25 -> 31.3, -31.25 -> -31.3).

    Python's ``round`` and ``format`` round the binary value half-to-even (31.25 -> 31.2)
    while Qt's ``QLocale`` rounds half up, so the CLI and the dashboard disagreed; every
    surface rounds with this first, then formats the already-rounded number. A value that
    is not finite is returned as it is (Decimal cannot quantize it): callers show no data.
    """
    if not math.isfinite(value):
        return float(value)
    step = Decimal(1).scaleb(-decimals)
    return float(Decimal(repr(float(value))).quantize(step, rounding=ROUND_HALF_UP))


def display_value(kpi: KpiValue) -> float | None:
    """The KPI's value rounded to the decimals it is shown with (None stays None)."""
    if kpi.value is None or not math.isfinite(kpi.value):
        return None
    return round_half_away(kpi.value, UNIT_DECIMALS.get(kpi.unit, 1))


def ratio(key: str, num: float, den: float, note: Phrase | None = None,
          scale: float = 100.0, unit: str = "%", band: str | None = None) -> KpiValue:
    """A share, or None with "no data" when the denominator is zero."""
    if den <= 0:
        return KpiValue(key, None, unit, num, den, note or detail(NO_DATA), band)
    return KpiValue(key, num / den * scale, unit, num, den,
                    note or detail(QT_TRANSLATE_NOOP("kpi detail", "{0:g} of {1:g}"), num, den), band)


STAGE_INDEX_SQL = ("CASE stage WHEN 'Embark' THEN 0 WHEN 'Handoff' THEN 1 WHEN 'Kickoff' THEN 2"
                   " WHEN 'Adopt' THEN 3 WHEN 'Review' THEN 4 WHEN 'Expand' THEN 5 END")


@dataclass(frozen=True)
class AccountFrame:
    """Filtered accounts as of a date, as NumPy columns. Dates are day numbers (NaN = none),
    and events dated after ``as_of`` are blanked: they have not happened yet.

    ``churned`` is True for accounts churned on or before ``as_of`` (a churned status
    without a date counts as churned at an unknown time before ``as_of``). ``mrr`` is NaN
    where the stored MRR is not a usable number (an older file's Inf): no data.
    """

    as_of: date
    today: float
    ids: np.ndarray
    signed: np.ndarray
    target: np.ndarray
    golive: np.ndarray
    first_value: np.ndarray
    churn_day: np.ndarray
    churned: np.ndarray
    mrr: np.ndarray
    stage: np.ndarray

    @property
    def active(self) -> np.ndarray:
        return ~self.churned

    def __len__(self) -> int:
        return len(self.ids)

    def take(self, keep: np.ndarray) -> AccountFrame:
        """The accounts where ``keep`` is True: what :func:`load_accounts` gives for a
        narrower filter, from this frame's rows (same order, same columns)."""
        return AccountFrame(self.as_of, self.today, self.ids[keep], self.signed[keep],
                            self.target[keep], self.golive[keep], self.first_value[keep],
                            self.churn_day[keep], self.churned[keep], self.mrr[keep],
                            self.stage[keep])


def account_frame_sql() -> str:
    """The columns of an account row :func:`account_frame` reads (``account`` unaliased)."""
    return ("id, julianday(signed_date), julianday(target_golive_date), julianday(golive_date),"
            " julianday(first_value_date), julianday(churned_date), status = 'churned', "
            + usable_mrr_sql() + ", " + STAGE_INDEX_SQL)


ACCOUNT_FRAME_WIDTH = 9  # columns of account_frame_sql()


def account_frame(as_of: date, m: np.ndarray) -> AccountFrame:
    """The frame of rows of :func:`account_frame_sql` as a float matrix (NULL = NaN)."""
    today = day_number(as_of)

    def upto(col: np.ndarray) -> np.ndarray:
        return np.where(col <= today, col, np.nan)

    churn_day = upto(m[:, 5])
    churned = churned_mask(today, m[:, 5], m[:, 6])
    return AccountFrame(as_of, today, m[:, 0].astype(np.int64), m[:, 1], m[:, 2], upto(m[:, 3]),
                        upto(m[:, 4]), churn_day, churned, m[:, 7], m[:, 8])


@environment_errors()
def load_accounts(db: Database, as_of: date, flt: KpiFilter,
                  account_ids: Sequence[int] | None = None) -> AccountFrame:
    """The filter's accounts at ``as_of``; ``account_ids``: only those of them (a patch of
    kept frames, :mod:`tracker.kpi.frames`)."""
    where, params = scope_sql(flt, as_of)
    ids, ids_params = ids_sql(account_ids, "id")
    where, params = f"{where} AND {ids}", [*params, *ids_params]
    rows = db.conn.execute(f"SELECT {account_frame_sql()} FROM account WHERE {where} ORDER BY id",
                           params).fetchall()
    return account_frame(as_of, np.array(rows, dtype=float).reshape(len(rows), ACCOUNT_FRAME_WIDTH))
