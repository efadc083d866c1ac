"""What the report's first pages show, computed with the app's own rules and queries.

The at-risk list is the app's (``tracker.queries.portfolio.account_rows``, the rows Today and
Accounts show), the on-time rate, time to first value and NPS of each owner and segment are
the KPI functions run on that owner's or segment's accounts, and "late" is the rule book's.
So the report cannot say something the app does not (``tests/core/test_report_agreement.py``).
Values are codes and numbers; ``tracker.excel.report.pages`` words them.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from statistics import median

import numpy as np

from tracker.database import Database
from tracker.kpi.filters import KpiFilter, in_scope_sql, scope_sql
from tracker.kpi.rates import golive_on_time, nps_from_counts
from tracker.kpi.retention import DEFAULT_PERIOD_DAYS
from tracker.kpi.series import MonthlySeries, monthly_feedback, monthly_golive_on_time
from tracker.kpi.survival import _event_survival
from tracker.kpi.values import AccountFrame, load_accounts
from tracker.queries.portfolio import AccountRow, account_rows, at_risk_rows
from tracker.rules import churned_sql, late_milestone_sql
from tracker.storage.db import environment_errors

STAGES = ("Embark", "Handoff", "Kickoff", "Adopt", "Review", "Expand")
UPCOMING_DAYS = 30


@dataclass(frozen=True)
class Headline:
    accounts: int
    onboarding: int
    went_live: int  # in the period ending on as_of
    at_risk: int
    overdue_milestones: int


@dataclass(frozen=True)
class RiskRow:
    account: AccountRow
    days_since_activity: int | None
    next_due_title: str


@dataclass(frozen=True)
class GroupRow:
    """One owner's or segment's accounts, each figure from the KPI the app shows."""

    name: str
    accounts: int
    on_time: float | None
    golive_judged: int
    ttfv_median: float | None
    at_risk: int
    nps: float | None


@dataclass(frozen=True)
class StageRow:
    stage: str
    accounts: int  # not churned, in this stage now
    median_days: float | None  # median days spent in the stage (finished stays and current ones)


@dataclass(frozen=True)
class DueAccount:
    account_id: int
    name: str
    owner: str
    stage: str
    day: str
    days: int  # until the target (upcoming) or past it (overdue milestones)
    what: str  # the milestone's name, or "" for a go-live


@dataclass(frozen=True)
class Overview:
    as_of: date
    period_days: int
    headline: Headline
    rows: tuple[AccountRow, ...]
    at_risk: tuple[RiskRow, ...]
    owners: tuple[GroupRow, ...]
    segments: tuple[GroupRow, ...]
    stages: tuple[StageRow, ...]
    upcoming: tuple[DueAccount, ...]
    overdue_milestones: tuple[DueAccount, ...]
    golive: MonthlySeries
    csat: MonthlySeries


def _scope_ids(db: Database, as_of: date, flt: KpiFilter) -> list[int]:
    where, params = scope_sql(flt, as_of, "a")
    return [int(r[0]) for r in db.conn.execute(f"SELECT a.id FROM account a WHERE {where}", params)]


def _ids_param(ids: Sequence[int]) -> str:
    return json.dumps([int(i) for i in ids])


@environment_errors()
def build_overview(db: Database, as_of: date, flt: KpiFilter, *,
                   period_days: int = DEFAULT_PERIOD_DAYS, months: int = 12) -> Overview:
    ids = _scope_ids(db, as_of, flt)
    rows = tuple(account_rows(db, as_of, ids))
    risky = at_risk_rows(rows)
    day = {"as_of": as_of.isoformat(), "ids": _ids_param(ids)}
    inside = "IN (SELECT value FROM json_each(:ids))"
    last_activity = dict(db.conn.execute(
        f"SELECT account_id, max(substr(date, 1, 10)) FROM activity WHERE account_id {inside}"
        " AND substr(date, 1, 10) <= :as_of GROUP BY account_id", day).fetchall())
    titles = _next_due_titles(db, day, inside)
    at_risk = tuple(RiskRow(r, _days_between(last_activity.get(r.id), as_of), titles.get(r.id, ""))
                    for r in risky)
    start = (as_of - timedelta(days=period_days)).isoformat()
    onboarding, went_live = db.conn.execute(
        f"SELECT coalesce(sum(status = 'onboarding' AND NOT {churned_sql()}), 0),"
        " coalesce(sum(substr(golive_date, 1, 10) > :start AND substr(golive_date, 1, 10) <= :as_of), 0)"
        f" FROM account WHERE id {inside}", {**day, "start": start}).fetchone()
    overdue = _overdue_milestones(db, day, inside, as_of)
    headline = Headline(len(ids), int(onboarding), int(went_live), len(risky), len(overdue))
    golive = monthly_golive_on_time(db, as_of, flt, months)
    csat, _nps = monthly_feedback(db, as_of, flt, months)
    frame = load_accounts(db, as_of, flt)
    return Overview(as_of, period_days, headline, rows, at_risk,
                    _groups(db, as_of, flt, rows, "owner", frame),
                    _groups(db, as_of, flt, rows, "segment", frame),
                    _stages(db, day, inside, rows, as_of), _upcoming(db, day, inside, as_of),
                    overdue, golive, csat)


def _days_between(iso: str | None, as_of: date) -> int | None:
    return (as_of - date.fromisoformat(iso[:10])).days if iso else None


def _next_due_titles(db: Database, day: dict[str, str], inside: str) -> dict[int, str]:
    """The title of each account's earliest open task or milestone (what ``next_due`` dates)."""
    found: dict[int, tuple[str, str]] = {}
    for account_id, due, title in db.conn.execute(
        "SELECT account_id, due_date, title FROM task WHERE status IN ('todo', 'in_progress', 'blocked')"
        f" AND due_date IS NOT NULL AND account_id {inside}"
        " UNION ALL SELECT account_id, target_date, name FROM milestone WHERE achieved_date IS NULL"
        f" AND target_date IS NOT NULL AND account_id {inside}", day):
        best = found.get(account_id)
        if best is None or due < best[0]:
            found[account_id] = (due, title)
    return {k: v[1] for k, v in found.items()}


def _overdue_milestones(db: Database, day: dict[str, str], inside: str, as_of: date
                        ) -> tuple[DueAccount, ...]:
    rows = db.conn.execute(
        "SELECT a.id, a.name, a.owner, a.stage, m.target_date, m.name FROM milestone m"
        f" JOIN account a ON a.id = m.account_id WHERE {late_milestone_sql('m', 'a')} AND a.id {inside}"
        " ORDER BY m.target_date, a.name COLLATE NOCASE, m.id", day).fetchall()
    return tuple(DueAccount(r[0], r[1], r[2], r[3], r[4][:10], _days_between(r[4], as_of) or 0, r[5])
                 for r in rows)


def _upcoming(db: Database, day: dict[str, str], inside: str, as_of: date) -> tuple[DueAccount, ...]:
    """Accounts not live yet whose target go-live falls in the next 30 days."""
    until = (as_of + timedelta(days=UPCOMING_DAYS)).isoformat()
    rows = db.conn.execute(
        "SELECT id, name, owner, stage, target_golive_date FROM account"
        f" WHERE id {inside} AND NOT {churned_sql()}"
        " AND (golive_date IS NULL OR substr(golive_date, 1, 10) > :as_of)"
        " AND substr(target_golive_date, 1, 10) >= :as_of AND substr(target_golive_date, 1, 10) <= :until"
        " ORDER BY target_golive_date, name COLLATE NOCASE, id", {**day, "until": until}).fetchall()
    return tuple(DueAccount(r[0], r[1], r[2], r[3], r[4][:10], -(_days_between(r[4], as_of) or 0), "")
                 for r in rows)


def _stages(db: Database, day: dict[str, str], inside: str, rows: Sequence[AccountRow],
            as_of: date) -> tuple[StageRow, ...]:
    """Where accounts are now (churned ones are nowhere), and how long a stay in each stage lasts."""
    churned = {int(r[0]) for r in db.conn.execute(
        f"SELECT id FROM account WHERE id {inside} AND {churned_sql()}", day)}
    now = {s: 0 for s in STAGES}
    for r in rows:
        if r.id not in churned and r.stage in now:
            now[r.stage] += 1
    stays: dict[str, list[float]] = {s: [] for s in STAGES}
    for stage, days in db.conn.execute(
        "SELECT stage, julianday(min(coalesce(substr(left_date, 1, 10), :as_of), :as_of))"
        " - julianday(substr(entered_date, 1, 10)) FROM stage_history"
        f" WHERE account_id {inside} AND substr(entered_date, 1, 10) <= :as_of", day):
        if stage in stays and days is not None and days >= 0:
            stays[stage].append(float(days))
    return tuple(StageRow(s, now[s], median(stays[s]) if stays[s] else None) for s in STAGES)


def _subset(frame: AccountFrame, mask: np.ndarray) -> AccountFrame:
    return replace(frame, ids=frame.ids[mask], signed=frame.signed[mask], target=frame.target[mask],
                   golive=frame.golive[mask], first_value=frame.first_value[mask],
                   churn_day=frame.churn_day[mask], churned=frame.churned[mask], mrr=frame.mrr[mask],
                   stage=frame.stage[mask])


def _groups(db: Database, as_of: date, flt: KpiFilter, rows: Sequence[AccountRow], by: str,
            frame: AccountFrame | None = None) -> tuple[GroupRow, ...]:
    """Each owner's (segment's) figures: the KPI functions on that part of the portfolio's frame.

    One frame and one feedback read serve every group (a query per owner took seconds at L);
    the on-time rate, the Kaplan-Meier median and NPS are the very functions the KPIs use.
    """
    frame = frame if frame is not None else load_accounts(db, as_of, flt)
    key_of = {r.id: (r.owner or "\u2013") if by == "owner" else r.segment for r in rows}
    keys = np.array([key_of.get(int(i), "") for i in frame.ids], dtype=object)
    names = sorted({k for k in key_of.values() if k}, key=str.lower)
    cond, params = in_scope_sql(flt, as_of, "f.account_id")
    scores: dict[str, np.ndarray] = {n: np.zeros(11) for n in names}
    for account_id, score, n in db.conn.execute(
        "SELECT f.account_id, f.score, count(*) FROM feedback f WHERE f.kind = 'nps' AND f.date <= ?"
        f" AND {cond} GROUP BY f.account_id, f.score", (as_of.isoformat(), *params)):
        name = key_of.get(int(account_id))
        if name in scores:
            scores[name][int(score)] += n
    risk: dict[str, int] = {}
    for r in rows:
        if r.at_risk:
            risk[key_of[r.id]] = risk.get(key_of[r.id], 0) + 1
    out = []
    for name in names:
        part = _subset(frame, keys == name)
        on_time = golive_on_time(db, as_of, flt, part)
        ttfv = _event_survival(part, part.first_value)
        out.append(GroupRow(name, len(part), on_time.value, int(on_time.denominator or 0),
                            ttfv.quantile(0.5), risk.get(name, 0), nps_from_counts(scores[name])[0]))
    return tuple(out)
