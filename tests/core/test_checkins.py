"""Check-in cadence: the rule, the per-account and per-segment setting, and the portfolio read."""

from __future__ import annotations

from datetime import date

import pytest
from sqlite_utils import Database

from tracker.domain import ValidationError
from tracker.queries.checkins import (
    SOURCE_ACCOUNT,
    SOURCE_DEFAULT,
    SOURCE_SEGMENT,
    cadences,
    checkin_of,
    checkins,
    due_checkins,
)
from tracker.rules import CHECKIN_DUE, CHECKIN_LATER, CHECKIN_OVERDUE, checkin_state, next_checkin
from tracker.services.accounts import create_account, set_status
from tracker.services.checkins import set_account_cadence, set_segment_cadence
from tracker.services.records import ACTIVITIES, SEGMENTS

AS_OF = date(2026, 6, 15)


# --- the rule -------------------------------------------------------------------------


@pytest.mark.parametrize(("last", "cadence", "days", "expected"), [
    ("2026-06-01", "weekly", None, date(2026, 6, 8)),
    ("2026-06-01", "fortnightly", None, date(2026, 6, 15)),
    ("2026-06-01", "custom", 10, date(2026, 6, 11)),
    ("2026-01-31", "monthly", None, date(2026, 2, 28)),  # no 31 February: the month's last day
    ("2024-01-31", "monthly", None, date(2024, 2, 29)),
    ("2026-12-15", "monthly", None, date(2027, 1, 15)),
    ("2026-06-01", "none", None, None),
    (None, "weekly", None, None),
    ("2026-06-01", "custom", None, None),
])
def test_next_checkin(last: str | None, cadence: str, days: int | None, expected: date | None) -> None:
    assert next_checkin(last, cadence, days) == expected


def test_checkin_state_edges() -> None:
    assert checkin_state(date(2026, 6, 14), AS_OF) == CHECKIN_OVERDUE
    assert checkin_state(AS_OF, AS_OF) == CHECKIN_DUE  # due today is due, not overdue
    assert checkin_state(date(2026, 6, 22), AS_OF) == CHECKIN_DUE  # 7 days ahead: this week
    assert checkin_state(date(2026, 6, 23), AS_OF) == CHECKIN_LATER
    assert checkin_state(None, AS_OF) is None


# --- settings and the read -------------------------------------------------------------


@pytest.fixture
def account(db: Database) -> int:
    return create_account(db, {"name": "Zoë Ltd", "signed_date": "2026-05-01",
                               "kickoff_date": "2026-05-20"}).value


def test_default_cadence_counts_from_kickoff_then_from_the_last_call(db: Database, account: int) -> None:
    found = checkin_of(db, account, AS_OF)
    assert found is not None
    assert found.cadence.source == SOURCE_DEFAULT and found.cadence.cadence == "fortnightly"
    assert found.last is None and found.due == date(2026, 6, 3) and found.state == CHECKIN_OVERDUE
    assert found.days_overdue(AS_OF) == 12
    # An e-mail is no check-in; a meeting is.
    ACTIVITIES.create(db, {"account_id": account, "kind": "email", "date": "2026-06-12"})
    ACTIVITIES.create(db, {"account_id": account, "kind": "meeting", "date": "2026-06-10"})
    ACTIVITIES.create(db, {"account_id": account, "kind": "call", "date": "2026-06-20"})  # after as_of
    found = checkin_of(db, account, AS_OF)
    assert found is not None
    assert (found.last, found.due, found.state) == ("2026-06-10", date(2026, 6, 24), CHECKIN_LATER)


def test_account_cadence_beats_segment_beats_default(db: Database, account: int) -> None:
    segment = SEGMENTS.create(db, {"name": "Enterprise"}).value
    db.conn.execute("UPDATE account SET segment_id = ? WHERE id = ?", (segment, account))
    set_segment_cadence(db, segment, ("weekly", None))
    assert cadences(db, [account])[account].source == SOURCE_SEGMENT
    written = set_account_cadence(db, account, ("custom", 3))
    assert written.value is None and written.change.touches(account)
    cadence = cadences(db, [account])[account]
    assert (cadence.cadence, cadence.days, cadence.source) == ("custom", 3, SOURCE_ACCOUNT)
    assert set_account_cadence(db, account, None).value == ("custom", 3)  # what undo puts back
    assert cadences(db, [account])[account].cadence == "weekly"


def test_cadence_is_validated(db: Database, account: int) -> None:
    with pytest.raises(ValidationError) as info:
        set_account_cadence(db, account, ("custom", None))
    assert info.value.field == "days"
    with pytest.raises(ValidationError):
        set_account_cadence(db, account, ("custom", 0))
    with pytest.raises(ValidationError):
        set_account_cadence(db, account, ("hourly", None))
    assert cadences(db, [account])[account].source == SOURCE_DEFAULT, "nothing was written"


def test_none_cadence_paused_and_churned_accounts_have_no_checkin(db: Database, account: int) -> None:
    other = create_account(db, {"name": "Paused", "signed_date": "2026-05-01"}).value
    set_status(db, other, "paused")
    gone = create_account(db, {"name": "Gone", "signed_date": "2026-05-01",
                               "churned_date": "2026-06-01", "status": "churned"}).value
    quiet = create_account(db, {"name": "Quiet", "signed_date": "2026-05-01"}).value
    set_account_cadence(db, quiet, ("none", None))
    ids = {c.account_id: c for c in checkins(db, AS_OF)}
    assert other not in ids and gone not in ids
    assert ids[quiet].due is None and ids[quiet].state is None
    assert [c.account_id for c in due_checkins(db, AS_OF)] == [account]


def test_portfolio_read_agrees_with_one_account_read(demo_db: Database) -> None:
    every = {c.account_id: c for c in checkins(demo_db, AS_OF)}
    assert every, "the demo has check-ins"
    for account_id in list(every)[:10]:
        assert checkin_of(demo_db, account_id, AS_OF) == every[account_id]


def test_health_weighs_a_missed_cadence_only_when_the_user_gives_it_weight(db: Database,
                                                                           account: int) -> None:
    from tracker.kpi.health import DEFAULT_WEIGHTS, health_scores, set_health_weights

    before = health_scores(db, AS_OF, [account])[account]  # one account: explained at weight 0
    factor = {f.factor: f for f in before.factors}["checkins"]
    # Due 2026-06-03 (kickoff + 14 days), 12 days overdue of a 14-day cadence: 100 x (1 - 12/14).
    assert factor.raw == 12 and factor.sub_score == pytest.approx(100 * (1 - 12 / 14))
    assert factor.weight == 0 and factor.contribution == 0
    # A portfolio read skips the factor while it weighs nothing: it cannot move a score.
    assert {f.factor: f for f in health_scores(db, AS_OF)[account].factors}["checkins"].raw is None
    set_health_weights(db, {**DEFAULT_WEIGHTS, "engagement": 5, "checkins": 10})
    after = {f.factor: f for f in health_scores(db, AS_OF)[account].factors}["checkins"]
    assert after.contribution > 0
    ACTIVITIES.create(db, {"account_id": account, "kind": "call", "date": "2026-06-15"})
    kept = {f.factor: f for f in health_scores(db, AS_OF)[account].factors}["checkins"]
    assert (kept.raw, kept.sub_score) == (0, 100)


def test_cli_sets_segment_and_account_cadence(db_path, capsys) -> None:  # type: ignore[no-untyped-def]
    from tracker.cli import main
    from tracker.workspace import open_workspace

    db = open_workspace(db_path)
    try:
        aid = create_account(db, {"name": "Zoë Ltd", "signed_date": "2026-05-01"}).value
        seg = SEGMENTS.create(db, {"name": "SMB"}).value
        db.conn.execute("UPDATE account SET segment_id = ? WHERE id = ?", (seg, aid))
        db.conn.commit()
    finally:
        db.conn.close()
    assert main(["cadence", "--db", str(db_path), "--segment", "smb", "monthly"]) == 0
    assert main(["cadence", "--db", str(db_path), "--account", "Zoë Ltd", "custom", "--days", "9"]) == 0
    assert main(["cadence", "--db", str(db_path), "--account", "Zoë Ltd", "custom"]) == 1  # days missing
    db = open_workspace(db_path)
    try:
        assert cadences(db, [aid])[aid] == cadences(db, [aid])[aid].__class__("custom", 9, SOURCE_ACCOUNT)
        main(["cadence", "--db", str(db_path), "--account", str(aid), "inherit"])
        assert cadences(db, [aid])[aid].cadence == "monthly"
    finally:
        db.conn.close()
    assert main(["checkins", "--db", str(db_path), "--as-of", "2026-06-15"]) == 0
    assert "check-ins due or overdue as of 2026-06-15" in capsys.readouterr().out
