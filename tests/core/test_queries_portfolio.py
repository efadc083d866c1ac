"""The account list and Today queries, on a hand-built portfolio with known answers."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date

import pytest

from tests.statements import traced
from tracker.database import Database
from tracker.kpi.health import score_bands
from tracker.queries.portfolio import (
    AT_RISK,
    OFF_TRACK,
    ON_TRACK,
    REASON_HEALTH_RED,
    REASON_NO_FIRST_VALUE,
    REASON_OFF_TRACK,
    Health,
    account_rows,
    kpi_health,
    on_time_band,
    portfolio_counts,
    today_data,
)
from tracker.services.accounts import create_account
from tracker.services.records import MILESTONES
from tracker.services.tasks import add_task

AS_OF = date(2026, 6, 15)


def no_health(db: Database, as_of: date, ids: Sequence[int] | None) -> dict[int, Health]:
    return {}


@pytest.fixture
def portfolio(db: Database) -> dict[str, int]:
    def account(name: str, **values: object) -> int:
        return create_account(db, {"name": name, **values}, apply_segment_playbook=False, today=AS_OF).value

    def task(account_id: int, title: str, due: str, status: str) -> int:
        return add_task(db, account_id, {"title": title, "due_date": due, "status": status}).value

    ids = {
        "alpha": account("Alpha Co", owner="Ann", stage="Kickoff", signed_date="2026-06-01"),
        "beta": account("Beta Ltd", owner="Bob", status="live", signed_date="2026-01-01"),
        "gamma": account("Gamma GmbH", status="churned", signed_date="2025-01-01",
                         churned_date="2026-02-01"),
        "delta": account("Delta SA", signed_date="2026-05-01"),
    }
    a = ids["alpha"]
    task(a, "Welcome call", "2026-06-05", "done")
    ids["t2"] = task(a, "Send the plan", "2026-06-10", "todo")
    task(a, "Optional survey", "2026-06-11", "skipped")
    ids["t4"] = task(a, "Train admins", "2026-06-20", "todo")
    ids["t5"] = task(a, "Configure SSO", "2026-06-14", "blocked")
    task(ids["gamma"], "Chase the sponsor", "2026-06-01", "todo")
    ids["d_task"] = task(ids["delta"], "Kickoff meeting", "2026-06-15", "todo")
    ids["a_ms"] = MILESTONES.create(db, {"account_id": a, "kind": "go_live", "name": "Go-live",
                                         "target_date": "2026-06-18"}).value
    ids["d_ms"] = MILESTONES.create(db, {"account_id": ids["delta"], "kind": "training",
                                         "name": "Training", "target_date": "2026-06-01"}).value
    return ids


def test_on_time_band_uses_the_design_thresholds() -> None:
    assert on_time_band(0, 0) is None
    assert on_time_band(19, 100) == ON_TRACK
    assert on_time_band(20, 100) == AT_RISK
    assert on_time_band(60, 100) == AT_RISK
    assert on_time_band(61, 100) == OFF_TRACK


def test_account_rows_progress_next_due_late_and_reasons(db: Database, portfolio: dict[str, int]) -> None:
    rows = {r.name: r for r in account_rows(db, AS_OF, health=no_health)}
    assert [r.name for r in account_rows(db, AS_OF, health=no_health)] == [
        "Alpha Co", "Beta Ltd", "Delta SA", "Gamma GmbH"]
    alpha = rows["Alpha Co"]
    assert alpha.progress == pytest.approx(25.0)  # 1 done / (5 - 1 skipped)
    assert alpha.next_due == "2026-06-10"
    assert alpha.late is True
    assert alpha.on_time == OFF_TRACK  # 2 overdue of 3 due to date
    assert alpha.reasons == (REASON_OFF_TRACK,)
    assert alpha.days_since_signed == 14
    assert alpha.search_key == "alpha co  ann kickoff onboarding"
    beta = rows["Beta Ltd"]
    assert (beta.progress, beta.next_due, beta.late, beta.on_time) == (None, None, False, None)
    assert beta.reasons == (REASON_NO_FIRST_VALUE,)
    delta = rows["Delta SA"]
    assert delta.late is True  # the training milestone is past its target
    assert delta.next_due == "2026-06-01"
    assert delta.on_time == ON_TRACK  # one task due today, not overdue yet
    assert delta.reasons == ()
    gamma = rows["Gamma GmbH"]
    assert (gamma.late, gamma.reasons) == (False, ())  # churned: nobody's risk any more


def test_health_red_is_a_reason_and_rows_can_be_read_for_some_accounts(
    db: Database, portfolio: dict[str, int]
) -> None:
    beta = portfolio["beta"]

    def health(db: Database, as_of: date, ids: Sequence[int] | None) -> dict[int, Health]:
        return {beta: Health(31.0, "red")}

    (row,) = account_rows(db, AS_OF, [beta], health=health)
    assert row.reasons == (REASON_HEALTH_RED, REASON_NO_FIRST_VALUE)
    assert row.health == Health(31.0, "red")


def test_today_lists_overdue_due_soon_and_at_risk(db: Database, portfolio: dict[str, int]) -> None:
    beta = portfolio["beta"]

    def health(db: Database, as_of: date, ids: Sequence[int] | None) -> dict[int, Health]:
        return {beta: Health(31.0, "red")}

    data = today_data(db, AS_OF, health=health)
    assert [(i.kind, i.id, i.days_late) for i in data.overdue] == [
        ("milestone", portfolio["d_ms"], 14), ("task", portfolio["t2"], 5), ("task", portfolio["t5"], 1)]
    assert [(i.kind, i.id, i.days_late) for i in data.due_soon] == [
        ("task", portfolio["d_task"], 0), ("milestone", portfolio["a_ms"], -3),
        ("task", portfolio["t4"], -5)]
    assert data.overdue[1].account_name == "Alpha Co"
    assert [r.name for r in data.at_risk] == ["Beta Ltd", "Alpha Co"]  # two reasons first


def test_counts_leave_out_churned_accounts(db: Database, portfolio: dict[str, int]) -> None:
    counts = portfolio_counts(db, AS_OF)
    assert (counts.accounts, counts.open_tasks, counts.overdue_tasks) == (4, 4, 2)
    assert counts.overdue_milestones == 1  # the same milestone the Today list shows as overdue


def test_default_health_comes_from_the_kpi_package(demo_db: Database) -> None:
    rows = account_rows(demo_db, date(2026, 6, 15))
    assert len(rows) == 50
    scored = [r for r in rows if r.health is not None]
    assert scored and all(0 <= r.health.score <= 100 for r in scored if r.health)
    assert {r.health.band for r in scored if r.health} <= {"green", "yellow", "red"}


def _grouped_task_reads(db: Database, call: Callable[[], object]) -> int:
    """Statements that aggregate the task table per account (the last-touch seeks are not)."""
    return sum(1 for s in traced(db, call) if re.search(r"FROM task WHERE .*GROUP BY account_id", s, re.S))


def test_the_list_reads_the_task_table_once_for_its_columns_and_health(demo_db: Database) -> None:
    assert _grouped_task_reads(demo_db, lambda: account_rows(demo_db, AS_OF)) == 1
    assert _grouped_task_reads(demo_db, lambda: account_rows(demo_db, AS_OF, [1, 2])) == 1


@pytest.mark.parametrize("day", [AS_OF, date(2026, 1, 10)], ids=["today", "earlier"])
def test_shared_task_pass_gives_the_rows_and_scores_health_reads_on_its_own(
        demo_db: Database, day: date) -> None:
    """Health fed from the list's task rows scores exactly as health reading them itself,
    and a provider that reads its own (any other than the default) gets the same rows."""
    rows = account_rows(demo_db, day)
    alone = score_bands(demo_db, day)
    assert {r.id: (r.health.score, r.health.band) for r in rows if r.health} == {
        k: v for k, v in alone.items() if v[1] is not None}
    assert rows == account_rows(demo_db, day, health=lambda d, when, ids: kpi_health(d, when, ids))
    some = [rows[0].id, rows[-1].id]
    assert account_rows(demo_db, day, some) == [r for r in rows if r.id in some]
