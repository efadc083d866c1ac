"""Goal values carried across data versions keep a bounded set of days and filters.

A small change (a tick) carries the kept counts to the next version, patched for the
accounts it names. A user stepping the as-of day back week by week, switching segments,
must not make every later tick re-count every day they ever looked at.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlite_utils import Database

from tests.conftest import TODAY
from tests.core.test_kpi_trends import _goals
from tracker.kpi.filters import ALL_ACCOUNTS, KpiFilter
from tracker.kpi.frames import KpiFrames, patchable
from tracker.kpi.goal_values import CARRIED_DAYS, CARRIED_FILTERS, GoalValues
from tracker.kpi.trends import trend_values
from tracker.services import tasks


def test_days_and_filters_carried_stay_bounded_and_equal_a_fresh_cache(demo_db: Database) -> None:
    db = demo_db
    goals = _goals(db, [("portfolio", "")], date(2026, 1, 20))
    values, frames = GoalValues(0), KpiFrames(0)
    task = int(db.conn.execute("SELECT min(id) FROM task WHERE status <> 'done'").fetchone()[0])
    segments = [int(r[0]) for r in db.conn.execute("SELECT id FROM segment ORDER BY id")]
    most_days = most_filters = 0
    for version in range(1, 16):
        as_of = TODAY - timedelta(days=7 * version)  # the as-of day stepped back a week
        flt = KpiFilter(segment_ids=(segments[version % len(segments)],)) if version % 2 else ALL_ACCOUNTS
        trend_values(db, as_of, flt, goals, values, frames)
        change = tasks.set_task_status(db, task, "done" if version % 2 else "todo", today=TODAY).change
        values = values.for_version(version, patchable(change))
        frames = frames.for_version(version, patchable(change))
        sources = values._sources
        if sources is not None:
            most_days = max(most_days, len(sources.tasks), len(sources.contacts))
        most_filters = max(most_filters, len(values._rows))
    assert 0 < most_days <= CARRIED_DAYS and 0 < most_filters <= CARRIED_FILTERS
    # What is carried still equals a cache that read everything afresh.
    as_of = TODAY - timedelta(days=14)
    kept = trend_values(db, as_of, ALL_ACCOUNTS, goals, values, frames)
    fresh = trend_values(db, as_of, ALL_ACCOUNTS, goals, GoalValues(99), KpiFrames(99))
    assert kept == fresh
