"""Every surface gives the rule book's verdict on one database built around the boundaries.

Today and Accounts (the portfolio query), the account header (its query's verdicts), health,
the KPIs and their chart series, analytics, the report's sheets and the CLI must all agree:
day 89/90/91 since signed, a go-live on its target and a day after, a milestone without a
target, and a churned account with overdue work.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlite_utils import Database

from tests.conftest import TODAY
from tests.core.test_kpi_builders import AS_OF, add_account, add_task
from tracker import rules
from tracker.analytics.groups import go_live_on_time
from tracker.analytics.retention import project_retention
from tracker.cli import main
from tracker.excel.report_data import accounts_sheet, milestones_sheet, tasks_sheet
from tracker.kpi.filters import ALL_ACCOUNTS
from tracker.kpi.health import health_scores
from tracker.kpi.report import portfolio_kpis
from tracker.kpi.series import monthly_golive_on_time
from tracker.queries.account_detail import load_account_detail, milestone_state
from tracker.queries.portfolio import account_rows, portfolio_counts, today_data


def iso(days_before: int) -> str:
    return (AS_OF - timedelta(days=days_before)).isoformat()


def add_milestone(db: Database, account_id: int, target: str | None, achieved: str | None) -> int:
    cur = db.conn.execute(
        "INSERT INTO milestone (account_id, kind, name, target_date, achieved_date)"
        " VALUES (?, 'training', 'Training', ?, ?)", (account_id, target, achieved))
    return int(cur.lastrowid or 0)


@pytest.fixture
def boundary(db: Database) -> dict[str, int]:
    ids = {
        "Day 89": add_account(db, name="Day 89", signed=iso(89)),
        "Day 90": add_account(db, name="Day 90", signed=iso(90)),
        "Day 91": add_account(db, name="Day 91", signed=iso(91)),
        "On target": add_account(db, name="On target", status="live", signed=iso(200),
                                 fv=iso(100), target=iso(50), golive=iso(50)),
        "Day after": add_account(db, name="Day after", status="live", signed=iso(200),
                                 fv=iso(100), target=iso(50), golive=iso(49)),
        "Gone": add_account(db, name="Gone", signed=iso(300), churned=iso(20)),
    }
    ids["no target"] = add_milestone(db, ids["On target"], None, iso(30))
    ids["gone milestone"] = add_milestone(db, ids["Gone"], iso(10), None)
    ids["gone task"] = add_task(db, ids["Gone"], iso(10))
    db.conn.commit()
    return ids


FLAGGED = {"Day 91"}  # the only account past 90 days without first value, and not churned


def test_portfolio_today_and_status_bar_agree(db: Database, boundary: dict[str, int]) -> None:
    rows = {r.name: r for r in account_rows(db, AS_OF)}
    assert {n for n, r in rows.items() if rules.REASON_NO_FIRST_VALUE in r.reasons} == FLAGGED
    # Nothing but dates is known of these accounts: no health score (not enough data), so
    # the 90-day flag is Day 91's only reason (it was also "health red" before issue 17).
    assert {n for n, r in rows.items() if r.at_risk} == FLAGGED
    assert all(rows[n].health is None for n in ("Day 89", "Day 90", "Day 91"))
    assert rows["Day 91"].reasons == (rules.REASON_NO_FIRST_VALUE,)
    assert rows["Gone"].late is False and rows["Gone"].reasons == ()
    today = today_data(db, AS_OF)
    assert {r.name for r in today.at_risk} == FLAGGED
    assert all(i.account_id != boundary["Gone"] for i in (*today.overdue, *today.due_soon))
    counts = portfolio_counts(db, AS_OF)
    assert (counts.overdue_tasks, counts.overdue_milestones) == (0, 0)
    assert counts.at_risk == len(today.at_risk) == len(FLAGGED)


def test_health_factor_and_header_verdicts_agree(db: Database, boundary: dict[str, int]) -> None:
    scores = health_scores(db, AS_OF)
    names = ("Day 89", "Day 90", "Day 91", "On target", "Day after", "Gone")
    zeroed = {n for n in names
              if next(f for f in scores[boundary[n]].factors if f.factor == "first_value").sub_score == 0}
    assert zeroed == FLAGGED
    verdicts = {n: load_account_detail(db, boundary[n], AS_OF).verdicts for n in names}
    assert {n for n, v in verdicts.items() if v.ninety_day} == FLAGGED
    assert [verdicts[n].days_since_signed for n in ("Day 89", "Day 90", "Day 91")] == [89, 90, 91]
    assert verdicts["On target"].golive_on_time is True
    assert verdicts["Day after"].golive_on_time is False
    assert verdicts["Day 89"].golive_on_time is None
    assert verdicts["Gone"].churned and verdicts["Gone"].golive_days_late == 0
    detail = load_account_detail(db, boundary["On target"], AS_OF)
    (ms,) = detail.milestones
    assert milestone_state(ms, AS_OF) == rules.MILESTONE_NO_TARGET


def test_kpis_charts_and_analytics_agree(db: Database, boundary: dict[str, int]) -> None:
    kpis = {k.key: k for k in portfolio_kpis(db, AS_OF)}
    ninety = kpis["ninety_day"]
    assert (ninety.numerator, ninety.denominator) == (1, 3)  # Day 91 of Day 91, On target, Day after
    on_time = kpis["golive_on_time"]
    assert (on_time.numerator, on_time.denominator) == (1, 2)
    series = monthly_golive_on_time(db, AS_OF, ALL_ACCOUNTS, 12)
    assert sum(series.counts) == 2
    assert [v for v in series.values if v is not None] == [50.0]
    flags = go_live_on_time(db, list(boundary.values()), AS_OF)
    assert sorted(flags.tolist()) == [False, True]


def test_report_sheets_agree(db: Database, boundary: dict[str, int]) -> None:
    sheet = accounts_sheet(db, AS_OF, ALL_ACCOUNTS)
    h = [c.header for c in sheet.columns]
    by_name = {r[h.index("Account")]: r for r in sheet.rows}
    assert {n for n, r in by_name.items() if r[h.index("At risk")]} == FLAGGED
    assert {n for n, r in by_name.items() if r[h.index("Past 90 days without value")] == "Yes"} == FLAGGED
    assert by_name["Gone"][h.index("Overdue tasks")] == 0  # open, but abandoned, not late
    assert sheet.risk == '$AB2<>""' and h.index("At risk") == 27  # column AB
    tasks = tasks_sheet(db, AS_OF, ALL_ACCOUNTS)
    (gone_task,) = [r for r in tasks.rows if r[0] == boundary["gone task"]]
    assert gone_task[-1] is None  # no days late: the late colouring skips churned accounts
    milestones = {r[0]: r for r in milestones_sheet(db, AS_OF, ALL_ACCOUNTS).rows}
    assert milestones[boundary["no target"]][8] == "No target"
    assert milestones[boundary["gone milestone"]][9] is None


def test_cli_json_agrees(db: Database, db_path: Path, boundary: dict[str, int],
                         capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["kpis", "--db", str(db_path), "--as-of", AS_OF.isoformat(), "--json"]) == 0
    data = {k["key"]: k for k in json.loads(capsys.readouterr().out)["kpis"]}
    assert (data["ninety_day"]["numerator"], data["ninety_day"]["denominator"]) == (1, 3)
    assert (data["golive_on_time"]["numerator"], data["golive_on_time"]["denominator"]) == (1, 2)


def test_s_demo_today_report_and_kpi_agree(demo_db: Database) -> None:
    today = today_data(demo_db, TODAY)
    sheet = accounts_sheet(demo_db, TODAY, ALL_ACCOUNTS)
    h = [c.header for c in sheet.columns]
    report_risk = {r[0] for r in sheet.rows if r[h.index("At risk")]}
    assert report_risk == {r.id for r in today.at_risk} and report_risk
    kpis = {k.key: k for k in portfolio_kpis(demo_db, TODAY)}
    today_ninety = {r.id for r in today.at_risk if rules.REASON_NO_FIRST_VALUE in r.reasons}
    report_ninety = {r[0] for r in sheet.rows if r[h.index("Past 90 days without value")] == "Yes"}
    assert report_ninety == today_ninety
    assert kpis["ninety_day"].numerator == len(today_ninety)


def test_s_demo_report_cltv_is_analytics_cltv(demo_db: Database) -> None:
    kpis = {k.key: k for k in portfolio_kpis(demo_db, TODAY)}
    (analytics,) = project_retention(demo_db, TODAY, by="all", margin=0.8)
    assert kpis["cltv"].label.endswith("(simple)") and kpis["cltv_projected"].label.endswith(
        "(projected)")
    assert kpis["cltv"].value == pytest.approx(analytics.simple_cltv)
    assert kpis["cltv_projected"].value == pytest.approx(analytics.projected_cltv)


def test_as_of_matters_only_through_the_rule(db: Database, boundary: dict[str, int]) -> None:
    """A day later, Day 90 is on day 91 and every surface flags it too."""
    later: date = AS_OF + timedelta(days=1)
    rows = {r.name: r for r in account_rows(db, later)}
    flagged = {n for n, r in rows.items() if rules.REASON_NO_FIRST_VALUE in r.reasons}
    assert flagged == {"Day 90", "Day 91"}
    kpis = {k.key: k for k in portfolio_kpis(db, later)}
    assert kpis["ninety_day"].numerator == 2
