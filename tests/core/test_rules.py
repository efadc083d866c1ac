"""The rule book by hand: boundaries of each rule, and each SQL twin agreeing with its Python rule."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker import rules
from tracker.kpi.filters import day_number

AS_OF = date(2026, 6, 15)


def iso(days_before: int) -> str:
    return (AS_OF - timedelta(days=days_before)).isoformat()


@pytest.mark.parametrize(("days", "flagged"), [(89, False), (90, False), (91, True), (400, True)])
def test_ninety_day_rule_starts_on_day_91(days: int, flagged: bool) -> None:
    assert rules.ninety_day_flag(iso(days), None, AS_OF, churned=False) is flagged
    assert rules.past_ninety_days(days) is flagged


def test_ninety_day_rule_needs_a_signed_date_and_spares_churned_and_valued_accounts() -> None:
    assert not rules.ninety_day_flag(None, None, AS_OF, churned=False)
    assert not rules.ninety_day_flag(iso(200), None, AS_OF, churned=True)
    assert not rules.ninety_day_flag(iso(200), iso(10), AS_OF, churned=False)
    assert not rules.ninety_day_flag(iso(200), AS_OF.isoformat(), AS_OF, churned=False)
    # A first value dated after as_of has not been reached yet.
    assert rules.ninety_day_flag(iso(200), iso(-3), AS_OF, churned=False)


def test_churned_as_of() -> None:
    assert rules.is_churned("churned", None, AS_OF)  # churned at an unknown time
    assert rules.is_churned("live", iso(1), AS_OF)
    assert rules.is_churned("churned", AS_OF.isoformat(), AS_OF)
    assert not rules.is_churned("churned", iso(-1), AS_OF)  # not yet, on as_of
    assert not rules.is_churned("live", None, AS_OF)


@pytest.mark.parametrize(("overdue", "due", "band"), [
    (0, 0, None), (19, 100, rules.ON_TRACK), (20, 100, rules.AT_RISK), (60, 100, rules.AT_RISK),
    (61, 100, rules.OFF_TRACK),
])
def test_task_band_edges(overdue: int, due: int, band: str | None) -> None:
    assert rules.task_band(overdue, due) == band


def test_at_risk_reasons_in_order_and_none_when_churned() -> None:
    every: dict[str, Any] = {"health_band": "red", "task_band": rules.OFF_TRACK, "ninety_day": True}
    assert rules.at_risk_reasons(churned=False, **every) == rules.REASONS
    assert rules.at_risk_reasons(churned=True, **every) == ()
    assert rules.at_risk_reasons(churned=False, health_band="yellow", task_band=rules.AT_RISK,
                                 ninety_day=False) == ()


def test_late_is_open_work_due_before_as_of_and_never_for_churned() -> None:
    assert rules.is_late(iso(1), True, AS_OF, churned=False)
    assert not rules.is_late(AS_OF.isoformat(), True, AS_OF, churned=False)  # due today: not yet
    assert not rules.is_late(iso(1), False, AS_OF, churned=False)  # done or skipped
    assert not rules.is_late(iso(1), True, AS_OF, churned=True)
    assert not rules.is_late(None, True, AS_OF, churned=False)
    assert rules.days_late(iso(5), True, AS_OF) == 5
    assert rules.days_late(iso(5), True, AS_OF, churned=True) == 0


def test_golive_on_time_on_the_target_day_and_not_a_day_after() -> None:
    target = iso(10)
    assert rules.golive_on_time(target, target, AS_OF) is True
    assert rules.golive_on_time(iso(9), target, AS_OF) is False
    assert rules.golive_on_time(iso(11), target, AS_OF) is True
    assert rules.golive_on_time(iso(9), None, AS_OF) is None  # no target: not judged
    assert rules.golive_on_time(None, target, AS_OF) is None
    assert rules.golive_on_time(iso(-2), target, AS_OF) is None  # live only after as_of
    assert rules.golive_days_late(None, target, AS_OF) == 10
    assert rules.golive_days_late(iso(9), target, AS_OF) == 0
    assert rules.golive_days_late(None, AS_OF.isoformat(), AS_OF) == 0


@pytest.mark.parametrize(("target", "achieved", "verdict"), [
    (iso(5), iso(5), rules.MILESTONE_ON_TIME),
    (iso(5), iso(4), rules.MILESTONE_LATE),
    (iso(5), None, rules.MILESTONE_OVERDUE),
    (AS_OF.isoformat(), None, rules.MILESTONE_PENDING),
    (None, iso(4), rules.MILESTONE_NO_TARGET),
    (None, None, rules.MILESTONE_NO_TARGET),
    (iso(5), iso(-1), rules.MILESTONE_OVERDUE),  # achieved only after as_of
])
def test_milestone_verdict(target: str | None, achieved: str | None, verdict: str) -> None:
    assert rules.milestone_verdict(target, achieved, AS_OF) == verdict


# --- Python and SQL agree ------------------------------------------------------------------

DAYS = st.one_of(st.none(), st.integers(min_value=-30, max_value=400).map(iso))
STATUSES = st.sampled_from(["onboarding", "live", "paused", "churned"])
TASK_STATUSES = st.sampled_from(["todo", "in_progress", "blocked", "done", "skipped"])


def _conn() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE account (id INTEGER PRIMARY KEY, status TEXT, signed_date TEXT,"
                 " first_value_date TEXT, churned_date TEXT, golive_date TEXT,"
                 " target_golive_date TEXT)")
    conn.execute("CREATE TABLE task (account_id INTEGER, status TEXT, due_date TEXT)")
    conn.execute("CREATE TABLE milestone (account_id INTEGER, target_date TEXT, achieved_date TEXT)")
    return conn


ONE_CONN = _conn()


def _eval(sql: str, **columns: str | None) -> object:
    conn = ONE_CONN
    conn.execute("DELETE FROM account")
    conn.execute("DELETE FROM task")
    conn.execute("DELETE FROM milestone")
    acc = {k: columns.get(k) for k in ("status", "signed_date", "first_value_date", "churned_date",
                                       "golive_date", "target_golive_date")}
    acc["status"] = acc["status"] or "onboarding"
    conn.execute("INSERT INTO account (id, status, signed_date, first_value_date, churned_date,"
                 " golive_date, target_golive_date) VALUES (1, :status, :signed_date,"
                 " :first_value_date, :churned_date, :golive_date, :target_golive_date)", acc)
    conn.execute("INSERT INTO task VALUES (1, :s, :d)", {"s": columns.get("task_status") or "todo",
                                                         "d": columns.get("due_date")})
    conn.execute("INSERT INTO milestone VALUES (1, :t, :a)", {"t": columns.get("target_date"),
                                                              "a": columns.get("achieved_date")})
    return conn.execute(
        f"SELECT {sql} FROM account a JOIN task t ON t.account_id = a.id"
        " JOIN milestone m ON m.account_id = a.id", {"as_of": AS_OF.isoformat()}).fetchone()[0]


@settings(max_examples=300, deadline=None)
@given(status=STATUSES, signed=DAYS, first_value=DAYS, churned=DAYS)
def test_churned_and_ninety_day_sql_match_python(status: str, signed: str | None,
                                                 first_value: str | None,
                                                 churned: str | None) -> None:
    cols = {"status": status, "signed_date": signed, "first_value_date": first_value,
            "churned_date": churned}
    gone = rules.is_churned(status, churned, AS_OF)
    assert bool(_eval(rules.churned_sql("a"), **cols)) is gone
    python = rules.ninety_day_flag(signed, first_value, AS_OF, gone)
    assert bool(_eval(rules.ninety_day_sql("a"), **cols)) is python
    # ... and the NumPy twin that health and the KPI use.
    nan = float("nan")

    def day(v: str | None) -> float:
        return day_number(date.fromisoformat(v)) if v else nan

    today = day_number(AS_OF)
    fv = day(first_value)
    fv = fv if fv <= today else nan
    mask = rules.ninety_day_mask(today, np.array([day(signed)]), np.array([fv]), np.array([not gone]))
    assert bool(mask[0]) is python
    churn_mask = rules.churned_mask(today, np.array([day(churned)]),
                                    np.array([1.0 if status == "churned" else 0.0]))
    assert bool(churn_mask[0]) is gone


@settings(max_examples=300, deadline=None)
@given(status=STATUSES, churned=DAYS, task_status=TASK_STATUSES, due=DAYS, target=DAYS,
       achieved=DAYS)
def test_late_sql_matches_python(status: str, churned: str | None, task_status: str,
                                 due: str | None, target: str | None, achieved: str | None) -> None:
    cols = {"status": status, "churned_date": churned, "task_status": task_status, "due_date": due,
            "target_date": target, "achieved_date": achieved}
    gone = rules.is_churned(status, churned, AS_OF)
    is_open = task_status in ("todo", "in_progress", "blocked")
    assert bool(_eval(rules.task_open_sql("t"), **cols)) is is_open
    assert bool(_eval(rules.late_task_sql("t", "a"), **cols)) is rules.is_late(due, is_open, AS_OF, gone)
    assert bool(_eval(rules.late_milestone_sql("m", "a"), **cols)) is rules.is_late(
        target, achieved is None, AS_OF, gone)


@settings(max_examples=300, deadline=None)
@given(golive=DAYS, target=DAYS, achieved=DAYS)
def test_on_time_sql_matches_python(golive: str | None, target: str | None,
                                    achieved: str | None) -> None:
    cols = {"golive_date": golive, "target_golive_date": target, "target_date": target,
            "achieved_date": achieved}
    python = rules.golive_on_time(golive, target, AS_OF)
    sql = _eval(rules.golive_on_time_sql("a"), **cols)
    assert (None if sql is None else bool(sql)) == python
    assert _eval(rules.milestone_verdict_sql("m"), **cols) == rules.milestone_verdict(
        target, achieved, AS_OF)
    nan = float("nan")
    today = day_number(AS_OF)
    g = day_number(date.fromisoformat(golive)) if golive else nan
    g = g if g <= today else nan
    t = day_number(date.fromisoformat(target)) if target else nan
    judged, on_time = rules.golive_on_time_mask(np.array([g]), np.array([t]))
    assert (bool(on_time[0]) if judged[0] else None) == python


@pytest.mark.parametrize("status", ["todo", "in_progress", "blocked", "done", "skipped"])
def test_overdue_task_count_sums_what_overdue_task_sql_counts(status: str) -> None:
    """The grouped form gives, per status, the count of tasks the SQL rule calls overdue."""
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE task (status TEXT, due_date TEXT)")
    dues = [None, "2026-06-01", "2026-06-14", "2026-06-15", "2026-06-16", "2026-06-14 23:00"]
    conn.executemany("INSERT INTO task VALUES (?, ?)", [(status, d) for d in dues])
    p = {"as_of": "2026-06-15"}
    expected = conn.execute(f"SELECT count(*) FILTER (WHERE {rules.overdue_task_sql()}) FROM task", p)
    before = conn.execute("SELECT count(*) FILTER (WHERE due_date < :as_of) FROM task", p)
    assert rules.overdue_task_count(status, before.fetchone()[0]) == expected.fetchone()[0]
