"""Frames and goal values patched for the accounts a change names give exactly what a fresh
read gives: after each real service write on the S demo (tick and untick a task, a stage
move and its undo, MRR, owner and segment edits, feedback, a contact, a case, a maturity
step, a milestone, churn, a deleted account and its undo, a new account), the KPIs of the
whole portfolio, a segment, an owner and a stage, today and a period earlier, the charts'
data and every goal's month-end values equal a fresh ``portfolio_kpis``."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest

from tests.conftest import TODAY
from tests.core.test_kpi_frames import _flat
from tests.core.test_kpi_trends import _goals
from tracker.changes import ChangeSet
from tracker.database import Database
from tracker.excel.importer import ANY_ACCOUNT
from tracker.kpi.filters import ALL_ACCOUNTS, KpiFilter
from tracker.kpi.frames import PATCH_ACCOUNTS_MAX, DayFrames, KpiFrames, patchable
from tracker.kpi.goal_values import GoalValues
from tracker.kpi.health import DEFAULT_WEIGHTS, set_health_weights
from tracker.kpi.report import dashboard_data, portfolio_kpis, previous_kpis
from tracker.kpi.retention import set_gross_margin
from tracker.kpi.trends import goal_days, trend_values
from tracker.services import accounts, records, signals, tasks

Write = Callable[[Database], ChangeSet]


def _filters(db: Database) -> list[KpiFilter]:
    segment = int(db.conn.execute("SELECT min(id) FROM segment").fetchone()[0])
    owner = str(db.conn.execute("SELECT min(owner) FROM account WHERE owner <> ''").fetchone()[0])
    return [ALL_ACCOUNTS, KpiFilter(segment_ids=(segment,)), KpiFilter(owners=(owner,)),
            KpiFilter(stages=("Adopt",))]


class Kept:
    """What the dashboard keeps: frames and goal values, moved to a new version per write."""

    def __init__(self, db: Database) -> None:
        self.version = 0
        self.frames = KpiFrames(self.version)
        self.values = GoalValues(self.version)
        segment = int(db.conn.execute("SELECT min(id) FROM segment").fetchone()[0])
        self.goals = _goals(db, [("portfolio", ""), ("segment", str(segment))],  # type: ignore[arg-type]
                            date(2026, 1, 20))
        self.use(db)

    def use(self, db: Database) -> None:
        """What a dashboard refresh reads: every filter today, with its trends and goals."""
        for flt in _filters(db):
            dashboard_data(db, TODAY, flt, with_previous=False, frames=self.frames)
        trend_values(db, TODAY, ALL_ACCOUNTS, self.goals, self.values, self.frames)

    def after(self, change: ChangeSet) -> None:
        ids = patchable(change)
        assert ids, change  # every write here is one the dashboard patches for
        self.version += 1
        self.frames = self.frames.for_version(self.version, ids)
        self.values = self.values.for_version(self.version, ids)

    def check(self, db: Database) -> None:
        for flt in _filters(db):
            fresh = dashboard_data(db, TODAY, flt)
            kept = dashboard_data(db, TODAY, flt, frames=self.frames)
            assert _flat(list(kept.kpis)) == _flat(list(fresh.kpis)), flt
            assert _flat(list(kept.previous.values())) == _flat(list(fresh.previous.values())), flt
            assert (kept.ttfv, kept.funnel, kept.golive_on_time, kept.csat, kept.nps, kept.health,
                    kept.cohorts) == (fresh.ttfv, fresh.funnel, fresh.golive_on_time, fresh.csat,
                                      fresh.nps, fresh.health, fresh.cohorts), flt
        assert self.frames.day(TODAY).patches > 0  # patched, not read afresh
        assert self.frames.day(TODAY - timedelta(days=90)).patches > 0
        own = GoalValues()
        for key, day, scope in goal_days(self.goals, TODAY):
            assert self.values.value(db, key, day, scope) == own.value(db, key, day, scope), \
                (key, day, scope)
        self.use(db)  # the next write patches these


def _account(db: Database, *, churned: bool = False) -> int:
    """An account of the first segment with tasks, contacts and feedback, signed a while ago."""
    segment = int(db.conn.execute("SELECT min(id) FROM segment").fetchone()[0])
    row = db.conn.execute(
        "SELECT a.id FROM account a WHERE a.segment_id = ? AND a.status <> 'churned'"
        " AND a.signed_date < ? AND EXISTS (SELECT 1 FROM task t WHERE t.account_id = a.id"
        " AND t.status <> 'done') AND EXISTS (SELECT 1 FROM feedback f WHERE f.account_id = a.id)"
        " ORDER BY a.id LIMIT 1", (segment, (TODAY - timedelta(days=200)).isoformat())).fetchone()
    return int(row[0])


def _open_task(db: Database, account_id: int) -> int:
    return int(db.conn.execute("SELECT min(id) FROM task WHERE account_id = ? AND status <> 'done'",
                               (account_id,)).fetchone()[0])


def test_patched_frames_follow_every_kind_of_write(demo_db: Database) -> None:
    db = demo_db
    kept = Kept(db)
    acc = _account(db)
    other_segment = int(db.conn.execute("SELECT max(id) FROM segment").fetchone()[0])
    other_owner = str(db.conn.execute("SELECT max(owner) FROM account").fetchone()[0])
    task = _open_task(db, acc)
    state: dict[str, Any] = {}

    def tick(d: Database) -> ChangeSet:
        written = tasks.set_task_status(d, task, "done", today=TODAY)
        state["task"] = written.value
        return written.change

    def untick(d: Database) -> ChangeSet:
        before = state["task"]
        return tasks.set_task_status(d, task, before.status, done_date=before.done_date,
                                     today=TODAY).change

    def stage(d: Database) -> ChangeSet:
        written = accounts.move_stage(d, acc, "Adopt", on=TODAY - timedelta(days=100))
        state["stage"] = written.value
        return written.change

    def delete(d: Database) -> ChangeSet:
        written = accounts.delete_account(d, acc)
        state["deleted"] = written.value
        return written.change

    level = int(db.conn.execute("SELECT max(id) FROM maturity_level").fetchone()[0])
    milestone = db.conn.execute("SELECT id FROM milestone WHERE account_id = ? AND kind = 'first_value'",
                                (acc,)).fetchone()
    writes: list[Write] = [
        tick, untick, stage,
        lambda d: accounts.restore_stage(d, acc, state["stage"]),
        lambda d: accounts.update_account(d, acc, {"mrr": 12345.0}).change,
        lambda d: accounts.update_account(d, acc, {"owner": other_owner}).change,
        lambda d: accounts.update_account(d, acc, {"segment_id": other_segment}).change,
        lambda d: accounts.update_account(d, acc, {"segment_id": None, "stage": "Adopt"}).change,
        lambda d: records.FEEDBACK.create(d, {"account_id": acc, "kind": "nps", "score": 2,
                                              "comment": "", "date": TODAY}).change,
        lambda d: records.CONTACTS.create(d, {"account_id": acc, "name": "New", "email": "n@x.io",
                                              "role": "admin", "invited_date": TODAY,
                                              "activated_date": TODAY}).change,
        lambda d: signals.SUPPORT_CASES.create(d, {"account_id": acc, "subject": "Down",
                                                   "topic": "bug", "severity": "high",
                                                   "opened_date": TODAY}).change,
        lambda d: signals.record_level(d, acc, level, TODAY).change,
        lambda d: accounts.set_status(d, acc, "churned", on=TODAY).change,
        lambda d: accounts.set_status(d, acc, "live").change,
        delete,
        lambda d: accounts.restore_account(d, state["deleted"]),
        lambda d: accounts.create_account(d, {"name": "Brand new", "signed_date": TODAY - timedelta(days=40),
                                              "segment_id": other_segment, "mrr": 900.0},
                                          today=TODAY).change,
    ]
    if milestone is not None:
        writes.append(lambda d: records.record_milestone(d, int(milestone[0]), TODAY).change)
    for write in writes:
        kept.after(write(db))
        kept.check(db)


def test_patched_scores_follow_a_segments_norm(demo_db: Database) -> None:
    """With the case factors weighed, one account's new case moves its segment's norm and so
    every member's score: the patch scores the portfolio again."""
    set_health_weights(demo_db, {**DEFAULT_WEIGHTS, "progress": 15, "open_cases": 10})
    kept = Kept(demo_db)
    acc = _account(demo_db)
    for _ in range(3):
        kept.after(signals.SUPPORT_CASES.create(demo_db, {
            "account_id": acc, "subject": "Slow", "topic": "bug", "severity": "low",
            "opened_date": TODAY}).change)
        kept.check(demo_db)


def test_changes_across_the_portfolio_are_read_afresh() -> None:
    assert patchable(tasks.CHANGED.for_accounts(3)) == frozenset({3})
    assert patchable(ChangeSet(goals=True, tasks=True).for_accounts(3, 4)) == frozenset({3, 4})
    for change in (ANY_ACCOUNT, ChangeSet(kpis=True), ChangeSet.everything(),
                   ChangeSet(accounts=True, segments=True, kpis=True).for_accounts(3),
                   ChangeSet(playbooks=True, tasks=True).for_accounts(3),
                   ChangeSet(templates=True).for_accounts(3),
                   tasks.CHANGED.for_accounts(*range(PATCH_ACCOUNTS_MAX + 1))):
        assert patchable(change) is None, change


def test_settings_and_weights_say_every_account(demo_db: Database) -> None:
    """The settings the patched reads keep (thresholds, margin, weights) are only ever changed
    by writes that name every account or none: those read afresh."""
    assert patchable(set_gross_margin(demo_db, 0.7)) is None
    assert patchable(set_health_weights(demo_db, DEFAULT_WEIGHTS)) is None


def test_a_day_being_read_is_not_waited_for(demo_db: Database) -> None:
    """The GUI thread moves the caches to a new version; a worker reading the old day just
    then means a fresh day (and fresh goal values), never a wait."""
    day = DayFrames(TODAY)
    portfolio_kpis(demo_db, TODAY, frames=None)
    held, release = threading.Event(), threading.Event()

    def worker() -> None:
        with day._lock:
            held.set()
            release.wait(5)

    thread = threading.Thread(target=worker)
    thread.start()
    held.wait(5)
    try:
        assert day.patched(frozenset({1})) is None
    finally:
        release.set()
        thread.join()
    assert day.patched(frozenset({1})) is not None


@pytest.mark.parametrize("period", [90, 30])
def test_a_version_patched_twice_owes_both_changes(demo_db: Database, period: int) -> None:
    """Two writes before the next refresh (a hidden dashboard): the kept reads are patched
    for the accounts of both."""
    frames = KpiFrames(0)
    portfolio_kpis(demo_db, TODAY, period_days=period, frames=frames)
    previous_kpis(demo_db, TODAY, period_days=period, frames=frames)
    first, second = _account(demo_db), int(demo_db.conn.execute("SELECT max(id) FROM account").fetchone()[0])
    one = tasks.set_task_status(demo_db, _open_task(demo_db, first), "done", today=TODAY).change
    frames = frames.for_version(1, patchable(one))  # moved, nothing read yet
    two = accounts.update_account(demo_db, second, {"mrr": 1.0}).change
    frames = frames.for_version(2, patchable(two))
    assert _flat(portfolio_kpis(demo_db, TODAY, period_days=period, frames=frames)) == _flat(
        portfolio_kpis(demo_db, TODAY, period_days=period))
    assert sorted(_flat(list(previous_kpis(demo_db, TODAY, period_days=period, frames=frames).values()))) \
        == sorted(_flat(list(previous_kpis(demo_db, TODAY, period_days=period).values())))
    assert frames.day(TODAY).patches > 0


def test_many_small_changes_add_up_to_a_fresh_read(demo_db: Database) -> None:
    """Changes while hidden accumulate; past PATCH_ACCOUNTS_MAX accounts in all, a fresh read."""
    frames, values = KpiFrames(0), GoalValues(0)
    portfolio_kpis(demo_db, TODAY, frames=frames)
    values.value(demo_db, "activation", TODAY, ALL_ACCOUNTS)
    half = PATCH_ACCOUNTS_MAX // 2 + 1
    for version, ids in ((1, range(half)), (2, range(half, 2 * half))):
        frames = frames.for_version(version, frozenset(ids))  # never used in between
        values = values.for_version(version, frozenset(ids))
    assert _flat(portfolio_kpis(demo_db, TODAY, frames=frames)) == _flat(portfolio_kpis(demo_db, TODAY))
    assert frames.day(TODAY).patches == 0
    assert not values._owed and not values._rows
