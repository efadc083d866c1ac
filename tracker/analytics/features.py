"""The feature matrix clustering works on: one row per account, every column on one scale.

Size and MRR are log-scaled because they span four orders of magnitude (a 60,000-person
customer would otherwise be its own cluster); then every numeric column is standardised.
Industry is one-hot encoded and each indicator weighted by 1/sqrt(2), so two accounts in
different industries are exactly one unit apart on it - the same pull as one standard
deviation of a numeric feature - instead of industry dominating with ten columns.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from tracker.database import Database
from tracker.kpi.filters import ids_sql
from tracker.storage.db import environment_errors
from tracker.validation import usable_mrr_sql

FloatArray = NDArray[np.float64]
NUMERIC = ("company_size", "tech_proficiency", "mrr", "products")
LOGGED = frozenset({"company_size", "mrr"})
INDUSTRY_WEIGHT = 1 / np.sqrt(2)
UNKNOWN_INDUSTRY = "(none)"


@dataclass(frozen=True)
class FeatureMatrix:
    """Raw values (for profiles) and the scaled matrix (for distances), row-aligned.

    ``raw`` holds the NUMERIC columns with missing values filled by the median, so every
    account can be clustered; ``imputed`` counts how many values were filled per column.
    """

    account_ids: NDArray[np.int64]
    names: list[str]
    industries: NDArray[np.str_]
    raw: FloatArray  # shape (n, len(NUMERIC))
    scaled: FloatArray  # shape (n, len(columns))
    columns: tuple[str, ...]
    imputed: dict[str, int]

    def __len__(self) -> int:
        return len(self.account_ids)


def products_count_sql(column: str = "products") -> str:
    """How many products a comma-separated list names (an empty list names none)."""
    return (f"CASE WHEN trim({column}) = '' THEN 0 ELSE"
            f" length({column}) - length(replace({column}, ',', '')) + 1 END")


def build_matrix(raw: FloatArray, industries: Sequence[str],
                 industry_weight: float = INDUSTRY_WEIGHT) -> tuple[FloatArray, tuple[str, ...]]:
    """Scale the numeric columns (log where LOGGED, then z-score) and append industry one-hot.

    A column with no spread (everyone on the same value) becomes zeros rather than NaN.
    """
    parts = []
    for j, name in enumerate(NUMERIC):
        col = raw[:, j].astype(float)
        if name in LOGGED:
            col = np.log1p(np.maximum(col, 0))
        sd = col.std()
        parts.append((col - col.mean()) / sd if sd > 0 else np.zeros_like(col))
    levels = sorted(set(industries))
    codes = np.searchsorted(np.array(levels), np.asarray(industries))
    onehot = np.zeros((len(codes), len(levels)))
    onehot[np.arange(len(codes)), codes] = industry_weight
    matrix = np.column_stack([*parts, onehot]) if len(codes) else np.empty((0, len(NUMERIC)))
    return matrix, (*NUMERIC, *(f"industry={lv}" for lv in levels))


@environment_errors()
def load_features(db: Database, account_ids: Sequence[int] | None = None,
                  include_churned: bool = False) -> FeatureMatrix:
    """Features of the given accounts (default: every account that has not churned)."""
    cond, params = ids_sql(account_ids, "id")
    status = "" if include_churned else " AND status <> 'churned'"
    rows = db.conn.execute(
        f"SELECT id, name, industry, company_size, tech_proficiency, {usable_mrr_sql()},"
        f" {products_count_sql()}"
        f" FROM account WHERE {cond}{status} ORDER BY id", params,
    ).fetchall()
    ids = np.array([r[0] for r in rows], dtype=np.int64)
    names = [str(r[1]) for r in rows]
    industries = np.array([str(r[2]).strip() or UNKNOWN_INDUSTRY for r in rows], dtype=str)
    raw = np.array([r[3:7] for r in rows], dtype=float).reshape(len(rows), len(NUMERIC))
    imputed = {}
    for j, name in enumerate(NUMERIC):
        missing = np.isnan(raw[:, j])
        imputed[name] = int(missing.sum())
        if missing.any():
            fill = np.nanmedian(raw[:, j]) if (~missing).any() else 0.0
            raw[missing, j] = fill
    scaled, columns = build_matrix(raw, industries.tolist())
    return FeatureMatrix(ids, names, industries, raw, scaled, columns, imputed)
