"""Which accounts a KPI looks at: the user's filter plus the "as of" date.

Every KPI answers "as the portfolio stood at the end of ``as_of``": accounts signed later
do not exist yet, and an event dated after ``as_of`` has not happened yet. Filters on
owner, segment, stage and status use the account's current values (the schema keeps no
history of them), so looking back in time with such a filter is an approximation.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import chain
from typing import TYPE_CHECKING, Any

from tracker.database import Database
from tracker.storage.db import environment_errors

if TYPE_CHECKING:
    import numpy as np


@dataclass(frozen=True)
class KpiFilter:
    """Empty tuples and ``None`` mean "no restriction"."""

    segment_ids: tuple[int, ...] = ()
    owners: tuple[str, ...] = ()
    stages: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    signed_from: date | None = None
    signed_to: date | None = None


def scope_sql(flt: KpiFilter, as_of: date, alias: str = "account") -> tuple[str, list[Any]]:
    """A WHERE condition on ``alias`` selecting the filtered accounts that exist at ``as_of``.

    An account without a signed date is kept (it exists, we just do not know since when),
    unless the filter asks for a signed-date window.
    """
    parts = [f"({alias}.signed_date IS NULL OR {alias}.signed_date <= ?)"]
    params: list[Any] = [as_of.isoformat()]
    for column, values in (("segment_id", flt.segment_ids), ("owner", flt.owners),
                           ("stage", flt.stages), ("status", flt.statuses)):
        if values:
            parts.append(f"{alias}.{column} IN (SELECT value FROM json_each(?))")
            params.append(json.dumps(list(values)))
    if flt.signed_from is not None:
        parts.append(f"{alias}.signed_date >= ?")
        params.append(flt.signed_from.isoformat())
    if flt.signed_to is not None:
        parts.append(f"{alias}.signed_date <= ?")
        params.append(flt.signed_to.isoformat())
    return " AND ".join(parts), params


def in_scope_sql(flt: KpiFilter, as_of: date, column: str = "account_id") -> tuple[str, list[Any]]:
    """``column IN (filtered account ids)`` for queries on child tables."""
    if flt == KpiFilter():
        # Every account that exists at as_of: said as "not one signed later", a list that
        # is usually empty, so the check on each child row costs next to nothing (probing
        # the list of every account took a third of a feedback scan at L). The same rows:
        # a NULL signed date is in neither list, and ids are never NULL.
        return (f"{column} NOT IN (SELECT account.id FROM account WHERE account.signed_date > ?)",
                [as_of.isoformat()])
    where, params = scope_sql(flt, as_of)
    return f"{column} IN (SELECT account.id FROM account WHERE {where})", params


def narrowing_sql(flt: KpiFilter, as_of: date, column: str = "account_id") -> tuple[str, list[Any]]:
    """Like :func:`in_scope_sql`, but no condition at all when ``flt`` keeps every account.

    Only for reads whose rows the caller keeps by the frame's account ids anyway: for the
    whole portfolio, scanning a child table beats probing the id list on every row (about a
    third of the query at L), while a narrow filter still reads only its accounts' rows.
    """
    if flt == KpiFilter():
        return "1", []
    return in_scope_sql(flt, as_of, column)


def ids_sql(account_ids: Sequence[int] | None, column: str = "account_id") -> tuple[str, list[Any]]:
    """A condition restricting ``column`` to ``account_ids`` (None = no restriction)."""
    if account_ids is None:
        return "1", []
    return f"{column} IN (SELECT value FROM json_each(?))", [json.dumps([int(i) for i in account_ids])]


@environment_errors()
def float_rows(db: Database, sql: str, params: Sequence[Any] | Mapping[str, Any], width: int
               ) -> np.ndarray:
    """Run ``sql`` and return its rows as a float matrix (NULL -> NaN), shape (n, width).

    NumPy is imported here, not with the module: the filter types are on the start path.
    """
    import numpy as np

    bound = dict(params) if isinstance(params, Mapping) else tuple(params)
    rows = db.conn.execute(sql, bound).fetchall()
    if not rows:
        return np.empty((0, width), dtype=float)
    try:
        # float() of every value in one flat pass: about half the cost of np.array on the
        # row tuples (it inspects each tuple's shape first), the same numbers.
        flat = np.fromiter(chain.from_iterable(rows), dtype=float, count=len(rows) * width)
    except TypeError:  # a NULL: np.array makes it NaN
        return np.array(rows, dtype=float).reshape(len(rows), width)
    return flat.reshape(len(rows), width)


def day_number(value: date) -> float:
    """The Julian day number SQLite's julianday() gives for midnight of ``value``."""
    return float(value.toordinal() + 1721424.5)


ALL_ACCOUNTS = KpiFilter()
"""The default filter: every account (a shared instance; KpiFilter is frozen)."""


@environment_errors()
def filter_choices(db: Database) -> tuple[list[tuple[int, str]], list[str]]:
    """Segments (id, name) and owners that the filter bar offers, sorted by name."""
    segments = [(int(i), str(n)) for i, n in db.conn.execute(
        "SELECT id, name FROM segment ORDER BY name COLLATE NOCASE")]
    owners = [str(o) for (o,) in db.conn.execute(
        "SELECT DISTINCT owner FROM account WHERE owner <> '' ORDER BY owner COLLATE NOCASE")]
    return segments, owners
