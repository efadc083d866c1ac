"""The portfolio KPIs read their shared frames once: counted SQL statements, not timings.

Statements are counted with ``sqlite3.Connection.set_trace_callback``. The number a KPI
call runs must not depend on how many segments the filter names or on how many consumers
(KPIs, the dashboard's charts) share a frame; the big child tables are read once.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import partial

import pytest

import tracker.analytics.retention as retention
from tests.conftest import TODAY
from tests.statements import traced
from tracker.database import Database
from tracker.kpi.filters import KpiFilter
from tracker.kpi.report import dashboard_data, portfolio_kpis

READS = re.compile(r"\b(?:FROM|JOIN)\s+(\w+)", re.IGNORECASE)


def _tables(statements: list[str]) -> Counter[str]:
    """How many statements read each table (a table named twice in one statement counts once)."""
    return Counter(t for s in statements for t in set(READS.findall(s)))


def _segments(db: Database) -> list[int]:
    return [int(r[0]) for r in db.conn.execute("SELECT id FROM segment ORDER BY id")]


def test_statement_count_does_not_grow_with_the_segments_in_the_filter(demo_db: Database) -> None:
    segments = _segments(demo_db)
    assert len(segments) >= 3
    counts = []
    for n in (1, 2, 3):
        flt = KpiFilter(segment_ids=tuple(segments[:n]))
        counts.append(len(traced(demo_db, partial(portfolio_kpis, demo_db, TODAY, flt))))
    everyone = len(traced(demo_db, lambda: portfolio_kpis(demo_db, TODAY)))
    assert counts == [everyone] * 3


@pytest.mark.parametrize("by_owner", [False, True], ids=["all", "owner"])
def test_each_child_table_is_read_once(demo_db: Database, by_owner: bool) -> None:
    """Every KPI of a table comes from one read of it. Task and feedback rows are also read
    by the health scores' "last touch" (and feedback by their latest response), which
    tracker.kpi.health runs for itself; those are the only second reads."""
    owner = demo_db.conn.execute("SELECT min(owner) FROM account WHERE owner <> ''").fetchone()[0]
    flt = KpiFilter(owners=(owner,)) if by_owner else KpiFilter()
    reads = _tables(traced(demo_db, lambda: portfolio_kpis(demo_db, TODAY, flt)))
    for table in ("contact", "stage_history", "support_case", "trial", "maturity_step",
                  "feature_adoption", "activity", "milestone", "account_note"):
        assert reads[table] == 1, (table, reads)
    assert reads["task"] == 2, reads  # counts per account and status; last touch
    assert reads["feedback"] == 3, reads  # counts per kind and score; latest; last touch


def test_the_dashboard_reads_no_heavy_table_again(demo_db: Database) -> None:
    """Charts and tiles share the KPIs' frames: the dashboard adds only the chart series
    (monthly feedback, monthly go-lives, cohorts) and the health bands' limits."""
    kpis = traced(demo_db, lambda: portfolio_kpis(demo_db, TODAY))
    dash = traced(demo_db, lambda: dashboard_data(demo_db, TODAY, with_previous=False))
    assert len(dash) - len(kpis) <= 4
    heavy = ("task", "contact", "activity", "stage_history", "maturity_step")
    assert {t: _tables(dash)[t] for t in heavy} == {t: _tables(kpis)[t] for t in heavy}


def test_the_projected_cltv_is_fitted_once_per_dashboard_day(demo_db: Database,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    fits: list[int] = []
    real = retention._fit_counts

    def counting(*args: object) -> object:
        fits.append(1)
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(retention, "_fit_counts", counting)
    monkeypatch.setattr(retention, "_FITS", {})
    dashboard_data(demo_db, TODAY, with_previous=False)
    assert len(fits) == 1
    dashboard_data(demo_db, TODAY, with_previous=False)
    assert len(fits) == 1, "the same counts meet the same fit"


# The earlier form of the rule (every source grouped by account, then the union): kept here
# to show the per-account seeks give the same day for every account.
_GROUPED_UNION = """
    SELECT account_id, max(day) FROM (
        SELECT account_id, max(date) AS day FROM activity WHERE date <= :d GROUP BY account_id
        UNION ALL SELECT account_id, max(done_date) FROM task
            WHERE status = 'done' AND done_date <= :d GROUP BY account_id
        UNION ALL SELECT account_id, max(date) FROM feedback WHERE date <= :d GROUP BY account_id
        UNION ALL SELECT account_id, max(achieved_date) FROM milestone
            WHERE achieved_date <= :d GROUP BY account_id
        UNION ALL SELECT account_id, max(date) FROM account_note WHERE date <= :d GROUP BY account_id
    ) GROUP BY account_id"""


@pytest.mark.parametrize("day", ["2026-06-15", "2026-01-31"])
def test_last_touch_by_seeks_matches_the_grouped_union(demo_db: Database, day: str) -> None:
    from tracker.rules import last_touch_sql

    demo_db.conn.execute("INSERT INTO account_note (account_id, date, body) VALUES (1, ?, 'x')",
                         ("2026-01-20",))
    expected = dict(demo_db.conn.execute(_GROUPED_UNION, {"d": day}).fetchall())
    found = {a: d for a, d in demo_db.conn.execute(last_touch_sql(), {"d": day}) if d is not None}
    assert found == expected and len(found) > 10
    ids = json.dumps(sorted(found)[:3])
    scoped = demo_db.conn.execute(last_touch_sql("account_id IN (SELECT value FROM json_each(:ids))"),
                                  {"d": day, "ids": ids}).fetchall()
    assert dict(scoped) == {a: expected[a] for a in sorted(found)[:3]}


def test_the_whole_portfolio_scope_keeps_the_same_accounts(demo_db: Database) -> None:
    """in_scope_sql without a filter ("not signed later") selects what scope_sql does,
    with an account that has no signed date and one signed after the day."""
    from datetime import date

    from tracker.kpi.filters import in_scope_sql, scope_sql

    demo_db.conn.execute("UPDATE account SET signed_date = NULL WHERE id = 1")
    demo_db.conn.execute("UPDATE account SET signed_date = '2026-06-20' WHERE id = 2")
    for day in (TODAY, date(2026, 6, 25), date(2025, 1, 1)):
        cond, params = in_scope_sql(KpiFilter(), day, "id")
        where, wparams = scope_sql(KpiFilter(), day)
        found = {r[0] for r in demo_db.conn.execute(f"SELECT id FROM account WHERE {cond}", params)}
        expected = {r[0] for r in demo_db.conn.execute(f"SELECT id FROM account WHERE {where}", wparams)}
        assert found == expected and 1 in found
        assert (2 in found) == (day >= date(2026, 6, 20))
