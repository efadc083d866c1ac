"""The report's sheets for goals, support cases, trials and maturity (issue 19).

Each builder returns a :class:`~tracker.excel.report_data.SheetSpec` like the other data
sheets, so the workbook writer formats them the same way. Goals keep their own scope: the
report's filter chooses accounts for the other three sheets, not which goals exist.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from tracker.database import Database
from tracker.excel.report_data import REF, Column, SheetSpec, _convert
from tracker.kpi.filters import KpiFilter, in_scope_sql
from tracker.kpi.goals import evaluate_all
from tracker.kpi.words import kpi_label
from tracker.queries.signals import list_goals
from tracker.storage.db import environment_errors

# Sheet titles of this module; the workbook import leaves them to their own readers.
SIGNAL_SHEETS = frozenset({"Goals", "Support cases", "Trials", "Maturity"})
STATUS_WORDS = {"on_track": "On track", "behind": "Behind", "achieved": "Achieved",
                "missed": "Missed", "met": "Met", "no_data": "No data"}


@environment_errors()
def goals_sheet(db: Database, as_of: date, flt: KpiFilter) -> SheetSpec:
    columns = (Column("Goal ID", "id", 8), Column("Goal", "text", 34), Column("KPI", "text", 26),
               Column("KPI key", "text", 16), Column("Scope", "text", 10), Column("For", "text", 14),
               Column("Direction", "text", 9), Column("Target", "number", 9),
               Column("Baseline", "number", 9), Column("Now", "number", 9),
               Column("Progress", "percent", 9), Column("Forecast", "number", 10),
               Column("Start", "date", 11), Column("Deadline", "date", 11),
               Column("Closed", "date", 11), Column("Status", "text", 10))
    segments = dict(db.conn.execute("SELECT id, name FROM segment").fetchall())
    rows = []
    for p in evaluate_all(db, list_goals(db), as_of):
        g = p.goal
        scope = segments.get(int(g.scope_value), g.scope_value) if g.scope_kind == "segment" \
            and g.scope_value.isdecimal() else g.scope_value
        rows.append((g.id, g.name, kpi_label(g.kpi), g.kpi, g.scope_kind.capitalize(), scope,
                     g.direction, g.target, g.baseline, p.current, p.progress, p.forecast,
                     g.start_date, g.deadline, g.closed_date, STATUS_WORDS.get(p.status, p.status)))
    return SheetSpec("Goals", columns, _convert(rows, columns),
                     late='OR($P2="Behind",$P2="Missed")',
                     note="Forecast: least-squares line through the KPI's month-end values since "
                          "the start, read at the deadline (needs three values). Orange: behind or missed.")


@environment_errors()
def cases_sheet(db: Database, as_of: date, flt: KpiFilter) -> SheetSpec:
    columns = (Column("Case ID", "id", 8), *REF, Column("Case number", "text", 12),
               Column("Subject", "text", 34), Column("Topic", "text", 16), Column("Severity", "text", 9),
               Column("Opened", "date", 11), Column("Closed", "date", 11),
               Column("Contact e-mail", "text", 26))
    cond, params = in_scope_sql(flt, as_of, "s.account_id")
    rows = db.conn.execute(
        "SELECT s.id, s.account_id, a.external_id, a.name, s.external_id, s.subject, s.topic,"
        " s.severity, s.opened_date, s.closed_date, c.email FROM support_case s"
        " JOIN account a ON a.id = s.account_id LEFT JOIN contact c ON c.id = s.contact_id"
        f" WHERE {cond} AND s.opened_date <= ? ORDER BY s.opened_date DESC, s.id DESC",
        (*params, as_of.isoformat())).fetchall()
    return SheetSpec("Support cases", columns, _capitalised(_convert(rows, columns), 7),
                     risk='AND($J2="",OR($H2="High",$H2="Urgent"))',
                     note="Red rows: high or urgent cases still open.")


@environment_errors()
def trials_sheet(db: Database, as_of: date, flt: KpiFilter) -> SheetSpec:
    columns = (*REF, Column("Kind", "text", 9), Column("Trial start", "date", 11),
               Column("Trial end", "date", 11), Column("Converted", "date", 11))
    cond, params = in_scope_sql(flt, as_of, "t.account_id")
    rows = db.conn.execute(
        "SELECT t.account_id, a.external_id, a.name, t.kind, t.start_date, t.end_date,"
        " t.converted_date FROM trial t JOIN account a ON a.id = t.account_id"
        f" WHERE {cond} AND t.start_date <= ? ORDER BY t.start_date DESC, t.id",
        (*params, as_of.isoformat())).fetchall()
    return SheetSpec("Trials", columns, _capitalised(_convert(rows, columns), 3))


@environment_errors()
def maturity_sheet(db: Database, as_of: date, flt: KpiFilter) -> SheetSpec:
    columns = (*REF, Column("Contact", "text", 20), Column("Level", "int", 6),
               Column("Level name", "text", 16), Column("Reached", "date", 11))
    cond, params = in_scope_sql(flt, as_of, "s.account_id")
    rows = db.conn.execute(
        "SELECT s.account_id, a.external_id, a.name, coalesce(c.name, ''), l.position, l.name,"
        " s.reached_date FROM maturity_step s JOIN account a ON a.id = s.account_id"
        " JOIN maturity_level l ON l.id = s.level_id LEFT JOIN contact c ON c.id = s.contact_id"
        f" WHERE {cond} AND s.reached_date <= ? ORDER BY a.name COLLATE NOCASE, s.account_id,"
        " s.reached_date, s.id", (*params, as_of.isoformat())).fetchall()
    return SheetSpec("Maturity", columns, _convert(rows, columns))


SIGNAL_SHEET_BUILDERS: tuple[Callable[[Database, date, KpiFilter], SheetSpec], ...] = (
    goals_sheet, cases_sheet, trials_sheet, maturity_sheet,
)


def _capitalised(rows: list[tuple[Any, ...]], column: int) -> list[tuple[Any, ...]]:
    """A code shown as a word ("high" -> "High"): severities and trial kinds have no label table."""
    return [(*r[:column], str(r[column]).capitalize() if r[column] else "", *r[column + 1:]) for r in rows]
