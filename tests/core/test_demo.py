"""The demo portfolio: shape at XS, S and L, coherent dates, determinism by seed."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import TODAY
from tracker.database import Database
from tracker.demo import DemoSummary, generate_demo, size_to_count
from tracker.domain import ACCOUNT_STATUSES, STAGES
from tracker.storage.db import check_database
from tracker.workspace import open_workspace

T = TODAY.isoformat()


def _one(db: Database, sql: str, params: tuple[Any, ...] = ()) -> Any:
    return db.conn.execute(sql, params).fetchone()[0]


def _counts(db: Database) -> dict[str, int]:
    tables = ("account", "contact", "task", "milestone", "feedback", "activity", "journey",
              "stage_history", "feature_adoption", "mrr_change", "segment")
    return {t: _one(db, f"SELECT count(*) FROM {t}") for t in tables}


def test_size_names() -> None:
    sizes = [size_to_count(s) for s in ("XS", "s", "M", "L", "XL", "12", 3)]
    assert sizes == [8, 50, 500, 5000, 50000, 12, 3]
    with pytest.raises(ValueError, match="Unknown demo size"):
        size_to_count("huge")


def test_xs_shape(db: Database) -> None:
    summary = generate_demo(db, "XS", seed=1, today=TODAY)
    counts = _counts(db)
    assert summary == DemoSummary(8, counts["contact"], counts["task"], counts["milestone"],
                                  counts["feedback"], counts["activity"])
    assert counts["account"] == 8
    assert counts["journey"] >= 8
    assert counts["segment"] == 4
    # The initial playbook: 30 tasks and 6 milestones per account, plus delta journeys' tasks.
    assert counts["milestone"] == 8 * 6
    assert counts["task"] >= 8 * 30


def test_demo_refuses_a_database_with_accounts(db: Database) -> None:
    generate_demo(db, "XS", today=TODAY)
    with pytest.raises(ValueError, match="no accounts yet"):
        generate_demo(db, "XS", today=TODAY)
    with pytest.raises(ValueError, match="at least one"):
        generate_demo(db, 0, today=TODAY)


def test_s_has_every_stage_and_status(demo_db: Database) -> None:
    assert _one(demo_db, "SELECT count(*) FROM account") == 50
    stages = {r[0] for r in demo_db.conn.execute("SELECT DISTINCT stage FROM account")}
    statuses = {r[0] for r in demo_db.conn.execute("SELECT DISTINCT status FROM account")}
    assert stages == set(STAGES)
    assert statuses <= set(ACCOUNT_STATUSES)
    assert {"onboarding", "live", "churned"} <= statuses


def test_m_has_every_status(tmp_path: Path) -> None:
    db = open_workspace(tmp_path / "m.db")
    try:
        generate_demo(db, "M", today=TODAY)
        statuses = {r[0] for r in db.conn.execute("SELECT DISTINCT status FROM account")}
        assert statuses == set(ACCOUNT_STATUSES)
        late = _one(db, "SELECT count(DISTINCT account_id) FROM task"
                        " WHERE status IN ('todo', 'in_progress', 'blocked') AND due_date < ?", (T,))
        # Issue 17: most accounts on track, a few slipping or in trouble (was 10 to 90 %).
        assert 0.02 * 500 < late < 0.25 * 500, "a few accounts are late, most are not"
    finally:
        db.conn.close()


def test_s_dates_are_consistent(demo_db: Database) -> None:
    q = demo_db.conn.execute
    assert q("SELECT count(*) FROM account WHERE status = 'churned' AND churned_date IS NULL"
             ).fetchone()[0] == 0
    assert q("SELECT count(*) FROM account WHERE status <> 'churned' AND churned_date IS NOT NULL"
             ).fetchone()[0] == 0
    assert q("SELECT count(*) FROM account WHERE first_value_date < signed_date").fetchone()[0] == 0
    assert q("SELECT count(*) FROM account WHERE golive_date < signed_date").fetchone()[0] == 0
    assert q("SELECT count(*) FROM account WHERE signed_date > ? OR first_value_date > ?"
             " OR golive_date > ? OR churned_date > ?", (T, T, T, T)).fetchone()[0] == 0
    assert q("SELECT count(*) FROM account WHERE churned_date < signed_date").fetchone()[0] == 0
    assert q("SELECT count(*) FROM account WHERE status = 'live' AND golive_date IS NULL").fetchone()[0] == 0
    assert q("SELECT count(*) FROM task WHERE status = 'done' AND (done_date IS NULL OR done_date > ?)",
             (T,)).fetchone()[0] == 0
    assert q("SELECT count(*) FROM task WHERE status <> 'done' AND done_date IS NOT NULL").fetchone()[0] == 0
    assert q("SELECT count(*) FROM task JOIN account a ON a.id = account_id"
             " WHERE done_date < a.signed_date").fetchone()[0] == 0
    assert q("SELECT count(*) FROM milestone WHERE achieved_date > ?", (T,)).fetchone()[0] == 0
    for table, column in (("feedback", "date"), ("activity", "date"), ("feature_adoption", "adopted_date"),
                          ("contact", "invited_date"), ("contact", "activated_date"),
                          ("contact", "last_active_date"), ("mrr_change", "date")):
        outside = q(
            f"SELECT count(*) FROM {table} t JOIN account a ON a.id = t.account_id"
            f" WHERE t.{column} < a.signed_date OR t.{column} > coalesce(a.churned_date, ?)", (T,)
        ).fetchone()[0]
        assert outside == 0, f"{table}.{column} outside the account's life"
    assert q("SELECT count(*) FROM contact WHERE activated_date < invited_date").fetchone()[0] == 0
    assert q("SELECT count(*) FROM stage_history WHERE left_date < entered_date").fetchone()[0] == 0
    current = q("SELECT count(*) FROM stage_history h JOIN account a ON a.id = h.account_id"
                " WHERE h.left_date IS NULL AND h.stage = a.stage").fetchone()[0]
    assert current == 50, "each account's open stage-history row is its current stage"


def test_s_key_date_milestones_match_the_account(demo_db: Database) -> None:
    mismatched = demo_db.conn.execute(
        "SELECT count(*) FROM milestone m JOIN account a ON a.id = m.account_id WHERE"
        " (m.kind = 'first_value' AND m.achieved_date IS NOT a.first_value_date) OR"
        " (m.kind = 'go_live' AND m.achieved_date IS NOT a.golive_date)").fetchone()[0]
    assert mismatched == 0


def test_s_feedback_nps_is_believable(demo_db: Database) -> None:
    rows = demo_db.conn.execute("SELECT kind, score FROM feedback").fetchall()
    assert all((k == "csat" and 1 <= s <= 5) or (k == "nps" and 0 <= s <= 10) for k, s in rows)
    nps = [s for k, s in rows if k == "nps"]
    assert len(nps) >= 20
    score = 100 * (sum(s >= 9 for s in nps) - sum(s <= 6 for s in nps)) / len(nps)
    assert -40 <= score <= 70
    assert len({s for s in nps}) >= 4, "a spread of scores, not one value"


def test_s_covers_at_least_12_signed_month_cohorts(demo_db: Database) -> None:
    months = _one(demo_db, "SELECT count(DISTINCT substr(signed_date, 1, 7)) FROM account")
    assert months >= 12
    first = _one(demo_db, "SELECT min(signed_date) FROM account")
    assert date.fromisoformat(first) >= date(2024, 12, 1), "no more than 18 months of history"


def test_s_has_realistic_spread(demo_db: Database) -> None:
    q = demo_db.conn.execute
    assert q("SELECT count(DISTINCT industry) FROM account").fetchone()[0] >= 5
    assert q("SELECT count(DISTINCT plan) FROM account").fetchone()[0] >= 3
    low, high = q("SELECT min(mrr), max(mrr) FROM account").fetchone()
    assert high > 5 * low
    assert q("SELECT count(*) FROM account WHERE name = '' OR external_id IS NULL").fetchone()[0] == 0
    assert q("SELECT count(DISTINCT name) FROM account").fetchone()[0] == 50
    assert q("PRAGMA foreign_key_check").fetchall() == []


def test_deterministic_by_seed(tmp_path: Path) -> None:
    def dump(path: Path, seed: int) -> list[tuple[Any, ...]]:
        db = open_workspace(path)
        generate_demo(db, "XS", seed=seed, today=TODAY)
        rows = db.conn.execute(
            "SELECT a.*, (SELECT group_concat(status || due_date, ',') FROM task WHERE account_id = a.id),"
            " (SELECT group_concat(score, ',') FROM feedback WHERE account_id = a.id)"
            " FROM account a ORDER BY id").fetchall()
        db.conn.close()
        return rows

    first = dump(tmp_path / "a.db", 11)
    assert dump(tmp_path / "b.db", 11) == first
    assert dump(tmp_path / "c.db", 12) != first


@pytest.fixture(scope="module")
def large(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, DemoSummary]]:
    path = tmp_path_factory.mktemp("large") / "l.db"
    db = open_workspace(path)
    summary = generate_demo(db, "L", today=TODAY)
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
    yield path, summary


def test_l_shape(large: tuple[Path, DemoSummary]) -> None:
    path, summary = large
    conn = sqlite3.connect(path)
    try:
        counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("account", "contact", "task", "feedback", "activity")}
    finally:
        conn.close()
    assert counts == {"account": summary.accounts, "contact": summary.contacts, "task": summary.tasks,
                      "feedback": summary.feedback, "activity": summary.activities}
    assert counts["account"] == 5000
    for table, target in (("contact", 40_000), ("task", 150_000), ("feedback", 10_000),
                          ("activity", 50_000)):
        assert 0.9 * target <= counts[table] <= 1.1 * target, (table, counts[table])
    assert check_database(path) == []


def test_s_is_a_believable_portfolio(demo_db: Database) -> None:
    """Issue 17: most accounts on track, a few slipping by days, a few in trouble by weeks;
    kickoff before the go-live target; an account's touchpoints spread over its life."""
    q = demo_db.conn.execute
    open_late = ("FROM task t JOIN account a ON a.id = t.account_id WHERE a.status <> 'churned'"
                 " AND t.status IN ('todo', 'in_progress', 'blocked') AND t.due_date < ?")
    accounts, worst = q(f"SELECT count(DISTINCT t.account_id), max(julianday(?) - julianday(t.due_date))"
                        f" {open_late}", (T, T)).fetchone()
    assert 1 <= accounts <= 8, "a few accounts with overdue work, not most"
    assert worst <= 45, "late by weeks at worst, not hundreds of days"
    assert q("SELECT count(*) FROM account WHERE kickoff_date > target_golive_date").fetchone()[0] == 0
    assert q("SELECT count(*) FROM milestone m JOIN account a ON a.id = m.account_id WHERE"
             " m.kind = 'go_live' AND m.target_date IS NOT a.target_golive_date").fetchone()[0] == 0
    one_day = q("SELECT count(*) FROM (SELECT account_id FROM activity GROUP BY account_id"
                " HAVING count(*) > 2 AND count(DISTINCT date) = 1)").fetchone()[0]
    assert one_day == 0
