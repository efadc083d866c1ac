"""The rows of the report's data sheets, fetched with one query per sheet.

Sheets carry the ids (Account ID, CRM ID, and the row's own id) that the importer matches
on, and their headers are the importer's field labels, so a report edited in Excel can be
imported back. Values are plain: dates as ``date``, money and counts as numbers, codes as
the labels users know ("In progress"); formatting is the writer's job.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from tracker.database import Database
from tracker.kpi.cohorts import cohort_retention
from tracker.kpi.filters import KpiFilter, in_scope_sql, scope_sql
from tracker.kpi.health import health_band, score_array
from tracker.labels import label
from tracker.queries.portfolio import AccountRow, Health, account_rows
from tracker.rules import (
    HEALTH_NOT_ENOUGH_DATA,
    MILESTONE_LATE,
    MILESTONE_NO_TARGET,
    MILESTONE_ON_TIME,
    is_churned,
    late_task_sql,
    milestone_days_late_sql,
    milestone_verdict_sql,
    ninety_day_flag,
    risk_thresholds,
    task_open_sql,
)
from tracker.storage.db import environment_errors
from tracker.validation import usable_mrr_sql

MILESTONE_ON_TIME_WORDS = {MILESTONE_ON_TIME: "Yes", MILESTONE_LATE: "No",
                           MILESTONE_NO_TARGET: "No target"}


@dataclass(frozen=True)
class Column:
    header: str
    fmt: str  # text, id, int, whole (a rounded score), number, date, money, percent
    width: float = 12


@dataclass
class SheetSpec:
    """One data sheet; ``late`` and ``risk`` are Excel formulas for row 2 that mark a row."""

    title: str
    columns: tuple[Column, ...]
    rows: list[tuple[Any, ...]]
    late: str | None = None
    risk: str | None = None
    note: str = ""


def _d(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


def _convert(rows: Sequence[Sequence[Any]], columns: tuple[Column, ...],
             labels: Sequence[tuple[int, str]] = ()) -> list[tuple[Any, ...]]:
    """Dates as ``date``; codes (``labels``: column index and kind) in the app's words."""
    dates = [i for i, c in enumerate(columns) if c.fmt == "date"]
    out = []
    for row in rows:
        values = list(row)
        for i in dates:
            values[i] = _d(values[i])
        for i, kind in labels:
            values[i] = label(kind, values[i])
        out.append(tuple(values))
    return out


REF = (Column("Account ID", "id", 11), Column("Account CRM ID", "text", 14), Column("Account", "text", 28))


@environment_errors()
def accounts_sheet(db: Database, as_of: date, flt: KpiFilter, *,
                   app_rows: Sequence[AccountRow] | None = None) -> SheetSpec:
    """The Accounts sheet; ``app_rows`` (the app's account list for the same scope, when the
    caller already read it) gives health and at-risk reasons without computing them again."""
    columns = (
        Column("Account ID", "id", 11), Column("CRM ID", "text", 13), Column("Account", "text", 30),
        Column("Industry", "text", 18), Column("Employees", "int", 11), Column("Region", "text", 15),
        Column("Plan", "text", 11), Column("MRR", "money", 11), Column("Tech proficiency", "int", 10),
        Column("Owner", "text", 16), Column("Segment", "text", 13), Column("Status", "text", 12),
        Column("Stage", "text", 10), Column("Signed", "date", 11), Column("Kickoff", "date", 11),
        Column("Target go-live", "date", 11), Column("Actual go-live", "date", 11),
        Column("First value", "date", 11), Column("Churned", "date", 11), Column("Products", "text", 18),
        Column("Notes", "text", 24), Column("Health", "whole", 9), Column("Health band", "text", 9),
        Column("Checklist progress", "percent", 11), Column("Open tasks", "int", 9),
        Column("Overdue tasks", "int", 9), Column("Past 90 days without value", "text", 11),
        Column("At risk", "text", 22),
    )
    where, params = scope_sql(flt, as_of, "a")
    rows = db.conn.execute(
        "SELECT a.id, a.external_id, a.name, a.industry, a.company_size, a.region, a.plan,"
        f" coalesce({usable_mrr_sql('a.mrr')}, 'n/a'),"
        " a.tech_proficiency, a.owner, s.name, a.status, a.stage, a.signed_date, a.kickoff_date,"
        " a.target_golive_date, a.golive_date, a.first_value_date, a.churned_date, a.products,"
        # Schema 2 keeps notes as dated entries; the sheet's Notes column lists them, newest
        # first, after any text an import put in the old column.
        " trim(a.notes || char(10) || coalesce((SELECT group_concat(n.date || ': ' || n.body, char(10))"
        "   FROM (SELECT * FROM account_note WHERE account_id = a.id ORDER BY date DESC, id DESC) n), ''),"
        "   char(10)),"
        " t.done, t.counted, t.open, t.overdue"
        " FROM account a LEFT JOIN segment s ON s.id = a.segment_id"
        " LEFT JOIN (SELECT t.account_id, sum(t.status = 'done') AS done,"
        "   sum(t.status <> 'skipped') AS counted,"
        f"   sum({task_open_sql('t')}) AS open, sum({late_task_sql('t', 'ta')}) AS overdue"
        "   FROM task t JOIN account ta ON ta.id = t.account_id GROUP BY t.account_id) t"
        " ON t.account_id = a.id"
        f" WHERE {_named(where, len(params))} ORDER BY a.name COLLATE NOCASE, a.id",
        {"as_of": as_of.isoformat(), **_params(params)}).fetchall()
    health: dict[int, float] = {}
    reasons: dict[int, tuple[str, ...]] = {}
    limits = risk_thresholds(db)
    if rows and app_rows is not None:
        health = {r.id: r.health.score for r in app_rows if r.health is not None}
        reasons = {r.id: r.reasons for r in app_rows}
    elif rows:
        ids, scores = score_array(db, as_of, [r[0] for r in rows])
        health = {int(i): float(s) for i, s in zip(ids.tolist(), scores.tolist(), strict=True)}
        reasons = at_risk_by_account(db, as_of, [r[0] for r in rows], health)
    out = []
    for r in rows:
        score = health.get(r[0])
        churned = is_churned(r[11], r[18], as_of)
        has_score = score is not None and score == score and not churned
        flagged = ninety_day_flag(r[13], r[17], as_of, churned)
        out.append((*r[:11], label("status", r[11]), *r[12:21],
                    round(score, 1) if has_score and score is not None else None,
                    label("band", health_band(score, limits)) if has_score and score is not None
                    else "" if churned else label("band", HEALTH_NOT_ENOUGH_DATA),
                    (r[21] or 0) / r[22] if r[22] else None, r[23] or 0, r[24] or 0,
                    "Yes" if flagged else "",
                    "; ".join(label("reason", c) for c in reasons.get(r[0], ()))))
    body = _convert(out, columns)
    # Columns V.. : V Health, W Health band, Y Open, Z Overdue (never for churned), AB At risk.
    return SheetSpec("Accounts", columns, body, late="$Z2>0", risk='$AB2<>""',
                     note="At risk (red rows) as in the app: health red, tasks off track or no first"
                          " value after 90 days; overdue tasks in orange.")


def at_risk_by_account(db: Database, as_of: date, account_ids: Sequence[int],
                       scores: dict[int, float]) -> dict[int, tuple[str, ...]]:
    """The app's at-risk reasons (the Accounts and Today rows), from health scores already known."""

    def known(db: Database, as_of: date, ids: Sequence[int] | None) -> dict[int, Health]:
        limits = risk_thresholds(db)
        return {i: Health(s, health_band(s, limits)) for i, s in scores.items() if s == s}

    return {row.id: row.reasons for row in account_rows(db, as_of, account_ids, health=known)}


@environment_errors()
def tasks_sheet(db: Database, as_of: date, flt: KpiFilter) -> SheetSpec:
    columns = (Column("Task ID", "id", 9), *REF, Column("Task", "text", 34), Column("Stage", "text", 10),
               Column("Due", "date", 11), Column("Status", "text", 12), Column("Done", "date", 11),
               Column("Owner", "text", 14), Column("Notes", "text", 24), Column("Days late", "int", 9))
    cond, params = in_scope_sql(flt, as_of, "t.account_id")
    rows = db.conn.execute(
        "SELECT t.id, t.account_id, a.external_id, a.name, t.title, t.stage, t.due_date, t.status,"
        " t.done_date, t.owner, t.notes,"
        f" CASE WHEN {late_task_sql('t', 'a')}"
        "  THEN CAST(julianday(:as_of) - julianday(t.due_date) AS INTEGER) END"
        f" FROM task t JOIN account a ON a.id = t.account_id WHERE {_named(cond, len(params))}"
        " ORDER BY a.name COLLATE NOCASE, t.account_id, t.position, t.id",
        {"as_of": as_of.isoformat(), **_params(params)}).fetchall()
    return SheetSpec("Checklist tasks", columns, _convert(rows, columns, labels=((7, "status"),)),
                     late="$L2>0")


@environment_errors()
def milestones_sheet(db: Database, as_of: date, flt: KpiFilter) -> SheetSpec:
    columns = (Column("Milestone ID", "id", 11), *REF, Column("Milestone", "text", 24),
               Column("Kind", "text", 16), Column("Target", "date", 11), Column("Achieved", "date", 11),
               Column("On time", "text", 8), Column("Days late", "int", 9))
    cond, params = in_scope_sql(flt, as_of, "m.account_id")
    rows = db.conn.execute(
        "SELECT m.id, m.account_id, a.external_id, a.name, m.name, m.kind, m.target_date, m.achieved_date,"
        f" {milestone_verdict_sql('m')},"
        f" {milestone_days_late_sql('m', 'a')}"
        f" FROM milestone m JOIN account a ON a.id = m.account_id WHERE {_named(cond, len(params))}"
        " ORDER BY a.name COLLATE NOCASE, m.account_id, m.target_date, m.id",
        {"as_of": as_of.isoformat(), **_params(params)}).fetchall()
    rows = [(*r[:8], MILESTONE_ON_TIME_WORDS.get(r[8], ""), r[9]) for r in rows]
    return SheetSpec("Milestones", columns, _convert(rows, columns, labels=((5, "milestone_kind"),)),
                     late='AND($J2>0,$H2="")')


@environment_errors()
def contacts_sheet(db: Database, as_of: date, flt: KpiFilter) -> SheetSpec:
    columns = (Column("Contact ID", "id", 10), *REF, Column("Contact", "text", 20),
               Column("E-mail", "text", 30), Column("Role", "text", 11), Column("Invited", "date", 11),
               Column("Activated", "date", 11), Column("Last active", "date", 11))
    cond, params = in_scope_sql(flt, as_of, "c.account_id")
    rows = db.conn.execute(
        "SELECT c.id, c.account_id, a.external_id, a.name, c.name, c.email, c.role, c.invited_date,"
        " c.activated_date, c.last_active_date"
        f" FROM contact c JOIN account a ON a.id = c.account_id WHERE {cond}"
        " ORDER BY a.name COLLATE NOCASE, c.account_id, c.name COLLATE NOCASE, c.id", params).fetchall()
    return SheetSpec("Contacts", columns, _convert(rows, columns, labels=((6, "role"),)))


@environment_errors()
def feedback_sheet(db: Database, as_of: date, flt: KpiFilter) -> SheetSpec:
    columns = (Column("Feedback ID", "id", 11), *REF, Column("Contact", "text", 18),
               Column("Contact e-mail", "text", 28), Column("Survey", "text", 8), Column("Score", "int", 7),
               Column("Comment", "text", 34), Column("Date", "date", 11))
    cond, params = in_scope_sql(flt, as_of, "f.account_id")
    rows = db.conn.execute(
        "SELECT f.id, f.account_id, a.external_id, a.name, c.name, c.email, f.kind, f.score, f.comment,"
        " f.date FROM feedback f JOIN account a ON a.id = f.account_id"
        f" LEFT JOIN contact c ON c.id = f.contact_id WHERE {cond} AND f.date <= ?"
        " ORDER BY f.date DESC, f.id DESC", (*params, as_of.isoformat())).fetchall()
    return SheetSpec("Feedback", columns, _convert(rows, columns, labels=((6, "feedback_kind"),)),
                     risk='OR(AND($G2="CSAT",$H2<=2),AND($G2="NPS",$H2<=6))',
                     note="Red rows: CSAT 1-2 or NPS detractors (0-6).")


@environment_errors()
def cohort_sheet(db: Database, as_of: date, flt: KpiFilter) -> SheetSpec:
    matrix = cohort_retention(db, as_of, flt)
    months = matrix.months
    columns = (Column("Cohort (signed)", "text", 14), Column("Accounts", "int", 10),
               *(Column(f"Month {m}", "percent", 9) for m in range(months)))
    rows = [(label, size, *(share / 100 for share in shares), *([None] * (months - len(shares))))
            for label, size, shares in zip(matrix.cohorts, matrix.sizes, matrix.shares, strict=True)]
    return SheetSpec("Cohort retention", columns, rows,
                     note="Share of each signing-month cohort still retained after m months.")


def _named(cond: str, count: int) -> str:
    """Rewrite ``?`` placeholders of a filter condition as named ones (to mix with :d)."""
    for index in range(count):
        cond = cond.replace("?", f":p{index}", 1)
    return cond


def _params(params: Sequence[Any]) -> dict[str, Any]:
    return {f"p{index}": value for index, value in enumerate(params)}


SHEET_BUILDERS: tuple[Callable[[Database, date, KpiFilter], SheetSpec], ...] = (
    accounts_sheet, tasks_sheet, milestones_sheet, contacts_sheet, feedback_sheet, cohort_sheet,
)
