"""The whole portfolio's reads, kept per data version and cut to a filter in NumPy, give
the numbers a filter's own reads give; and a warm cache reads no child table again."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

from tests.conftest import TODAY
from tests.statements import traced
from tracker.database import Database
from tracker.kpi.filters import KpiFilter
from tracker.kpi.frames import DAYS_KEPT, KpiFrames
from tracker.kpi.report import dashboard_data, portfolio_kpis, previous_kpis
from tracker.kpi.values import KpiValue

READS = re.compile(r"\b(?:FROM|JOIN)\s+(\w+)", re.IGNORECASE)


def _flat(kpis: list[KpiValue]) -> list[tuple[object, ...]]:
    return [(k.key, k.value, k.numerator, k.denominator, k.detail, k.band, k.not_reached,
             k.formula_args) for k in kpis]


def _filters(db: Database) -> list[KpiFilter]:
    segments = [int(r[0]) for r in db.conn.execute("SELECT id FROM segment ORDER BY id")]
    owners = [str(r[0]) for r in db.conn.execute(
        "SELECT DISTINCT owner FROM account WHERE owner <> '' ORDER BY owner")]
    return [KpiFilter(), KpiFilter(segment_ids=(segments[0],)),
            KpiFilter(segment_ids=tuple(segments[:2])), KpiFilter(owners=(owners[0],)),
            KpiFilter(segment_ids=(segments[-1],), owners=(owners[-1],)),
            KpiFilter(signed_from=TODAY - timedelta(days=300), signed_to=TODAY - timedelta(days=30)),
            KpiFilter(statuses=("churned",)), KpiFilter(segment_ids=(10**6,))]


@pytest.mark.parametrize("day", [TODAY, TODAY - timedelta(days=90), date(2025, 1, 1)])
def test_cut_frames_give_the_filters_own_numbers(demo_db: Database, day: date) -> None:
    frames = KpiFrames(version=1)
    for flt in _filters(demo_db):
        for period in (90, 30):
            own = portfolio_kpis(demo_db, day, flt, period_days=period)
            cut = portfolio_kpis(demo_db, day, flt, period_days=period, frames=frames)
            assert _flat(cut) == _flat(own), flt


def test_the_dashboard_from_frames_matches_its_own_reads(demo_db: Database) -> None:
    frames = KpiFrames(version=1)
    for flt in _filters(demo_db)[:4]:
        own = dashboard_data(demo_db, TODAY, flt)
        for _ in range(2):  # the second time from the kept series
            cut = dashboard_data(demo_db, TODAY, flt, frames=frames)
            assert _flat(list(cut.kpis)) == _flat(list(own.kpis))
            assert sorted(_flat(list(cut.previous.values()))) == sorted(_flat(list(own.previous.values())))
            assert (cut.ttfv, cut.funnel, cut.golive_on_time, cut.csat, cut.nps, cut.health,
                    cut.cohorts) == (own.ttfv, own.funnel, own.golive_on_time, own.csat, own.nps,
                                     own.health, own.cohorts)


def test_a_segment_change_on_warm_frames_reads_only_its_accounts(demo_db: Database) -> None:
    """After the whole portfolio was shown, a segment's KPIs (today and a period earlier)
    run one small statement each: the segment's account ids."""
    frames = KpiFrames(version=1)
    portfolio_kpis(demo_db, TODAY, frames=frames)
    previous_kpis(demo_db, TODAY, frames=frames)
    segment = int(demo_db.conn.execute("SELECT min(id) FROM segment").fetchone()[0])
    flt = KpiFilter(segment_ids=(segment,))
    now = traced(demo_db, lambda: portfolio_kpis(demo_db, TODAY, flt, frames=frames))
    before = traced(demo_db, lambda: previous_kpis(demo_db, TODAY, flt, frames=frames))
    for statements in (now, before):
        assert len(statements) == 1, statements
        assert set(READS.findall(statements[0])) == {"account", "json_each"}
    again = traced(demo_db, lambda: portfolio_kpis(demo_db, TODAY, flt, frames=frames))
    assert again == []


def test_frames_follow_the_data_version(demo_db: Database) -> None:
    frames = KpiFrames(version=1)
    assert frames.for_version(1) is frames
    fresh = frames.for_version(2)
    assert fresh is not frames and fresh.version == 2
    for k in range(DAYS_KEPT + 3):  # stepping the date does not keep every day
        frames.day(TODAY - timedelta(days=k))
    assert len(frames._days) == DAYS_KEPT
    assert frames.day(TODAY - timedelta(days=DAYS_KEPT + 2)) is frames.day(
        TODAY - timedelta(days=DAYS_KEPT + 2))
