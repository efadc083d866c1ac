"""The two sides of an experiment, and the outcomes each side's accounts produced.

A group is named by a spec the CLI and the UI share: ``segment:Enterprise``,
``playbook:Initial onboarding``, ``period:2025-01-01..2025-06-30`` (accounts signed in
it), ``rule:industry = Healthcare`` or ``all``. Outcomes are read as the portfolio stood
at ``as_of``: an event dated later has not happened yet.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np
from numpy.typing import NDArray

from tracker.analytics.segment_rules import matching_accounts
from tracker.database import Database
from tracker.domain import ValidationError, parse_date
from tracker.i18n import QT_TRANSLATE_NOOP, words
from tracker.kpi.filters import day_number, ids_sql
from tracker.rules import golive_on_time_sql
from tracker.storage.db import environment_errors

GROUP_KINDS = ("segment", "playbook", "period", "rule", "all")


@dataclass(frozen=True)
class Group:
    label: str
    account_ids: tuple[int, ...]


def _by_name(db: Database, table: str, value: str) -> tuple[int, str]:
    row = db.conn.execute(f"SELECT id, name FROM {table} WHERE name = ? COLLATE NOCASE",
                          (value,)).fetchone()
    if row is None and value.isdecimal():
        row = db.conn.execute(f"SELECT id, name FROM {table} WHERE id = ?", (int(value),)).fetchone()
    if row is None:
        raise ValidationError(words("errors", QT_TRANSLATE_NOOP(
            "errors", "There is no {0} named '{1}'."), table, value), table, "missing")
    return int(row[0]), str(row[1])


def _ids(db: Database, sql: str, params: Sequence[object]) -> tuple[int, ...]:
    return tuple(int(r[0]) for r in db.conn.execute(sql, tuple(params)))


@environment_errors()
def resolve_group(db: Database, spec: str) -> Group:
    """Turn a spec such as ``segment:Enterprise`` into the accounts it names."""
    kind, _, value = (spec or "").partition(":")
    kind, value = kind.strip().lower(), value.strip()
    if kind == "all":
        return Group("All accounts", _ids(db, "SELECT id FROM account ORDER BY id", ()))
    if kind not in GROUP_KINDS or not value:
        raise ValidationError(words("errors", QT_TRANSLATE_NOOP(
            "errors", "'{0}' is not a group; write e.g. segment:Enterprise, playbook:NAME, "
            "period:2025-01-01..2025-06-30 or rule:RULE."), spec), "group")
    if kind == "segment":
        seg_id, name = _by_name(db, "segment", value)
        return Group(name, _ids(db, "SELECT id FROM account WHERE segment_id = ? ORDER BY id",
                                (seg_id,)))
    if kind == "playbook":
        pb_id, name = _by_name(db, "playbook", value)
        return Group(name, _ids(db, "SELECT DISTINCT account_id FROM journey WHERE playbook_id = ?"
                                " ORDER BY account_id", (pb_id,)))
    if kind == "period":
        start_text, sep, end_text = value.partition("..")
        start = parse_date(start_text, "period start")
        end = parse_date(end_text, "period end")
        if not sep or start is None or end is None or end < start:
            raise ValidationError(words("errors", QT_TRANSLATE_NOOP(
                "errors", "Write a period as START..END, e.g. 2025-01-01..2025-06-30.")),
                                  "group")
        return Group(f"Signed {start.isoformat()} to {end.isoformat()}",
                     _ids(db, "SELECT id FROM account WHERE signed_date BETWEEN ? AND ? ORDER BY id",
                          (start.isoformat(), end.isoformat())))
    return Group(value, tuple(matching_accounts(db, value)))


@dataclass(frozen=True)
class TimeToValue:
    """Days from signed to first value; ``event`` False means censored at as_of or churn."""

    days: NDArray[np.float64]
    event: NDArray[np.bool_]
    lost_before_value: int


@environment_errors()
def time_to_value(db: Database, account_ids: Sequence[int], as_of: date) -> TimeToValue:
    cond, params = ids_sql(account_ids, "id")
    day = as_of.isoformat()
    rows = db.conn.execute(
        "SELECT julianday(signed_date),"
        " CASE WHEN first_value_date <= ? THEN julianday(first_value_date) END,"
        " CASE WHEN churned_date <= ? THEN julianday(churned_date) END"
        f" FROM account WHERE signed_date IS NOT NULL AND signed_date <= ? AND {cond}",
        (day, day, day, *params),
    ).fetchall()
    arr = np.array(rows, dtype=float).reshape(len(rows), 3)
    signed, fv, churn = arr[:, 0], arr[:, 1], arr[:, 2]
    end = np.fmin(churn, day_number(as_of))
    event = ~np.isnan(fv)
    days = np.where(event, fv, end) - signed
    lost = int(np.sum(~event & ~np.isnan(churn)))
    return TimeToValue(np.maximum(days, 0.0), event, lost)


@environment_errors()
def go_live_on_time(db: Database, account_ids: Sequence[int], as_of: date) -> NDArray[np.bool_]:
    """One flag per account that reached go-live by as_of with a target: on or before it."""
    cond, params = ids_sql(account_ids, "id")
    named = cond.replace("?", ":ids")
    verdict = golive_on_time_sql()
    rows = db.conn.execute(
        f"SELECT {verdict} FROM account WHERE {verdict} IS NOT NULL AND {named}",
        {"as_of": as_of.isoformat(), **({"ids": params[0]} if params else {})},
    ).fetchall()
    return np.array([bool(r[0]) for r in rows], dtype=bool)


@environment_errors()
def latest_scores(db: Database, account_ids: Sequence[int], kind: str,
                  as_of: date) -> NDArray[np.float64]:
    """Each account's latest CSAT or NPS answer as of as_of: one per account, so the test's
    independence assumption holds (a chatty account does not count five times)."""
    cond, params = ids_sql(account_ids)
    rows = db.conn.execute(
        "SELECT score FROM (SELECT score, row_number() OVER (PARTITION BY account_id"
        " ORDER BY date DESC, id DESC) AS k FROM feedback WHERE kind = ? AND date <= ?"
        f" AND {cond}) WHERE k = 1", (kind, as_of.isoformat(), *params),
    ).fetchall()
    return np.array([r[0] for r in rows], dtype=float)
