"""Row builders for the KPI tests: small explicit portfolios inserted with plain SQL.

Other ``test_kpi_*`` modules import these; the tests here check the builders themselves.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlite_utils import Database

AS_OF = date(2026, 6, 15)


def add_account(db: Database, *, signed: str | None = "2026-01-01", status: str = "onboarding",
                stage: str = "Embark", target: str | None = None, golive: str | None = None,
                fv: str | None = None, churned: str | None = None, mrr: float = 0.0,
                owner: str = "", segment_id: int | None = None, name: str = "Acme") -> int:
    if churned is not None:
        status = "churned"
    cur = db.conn.execute(
        "INSERT INTO account (name, signed_date, status, stage, target_golive_date, golive_date,"
        " first_value_date, churned_date, mrr, owner, segment_id) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        (name, signed, status, stage, target, golive, fv, churned, mrr, owner, segment_id))
    return int(cur.lastrowid or 0)


def add_task(db: Database, account_id: int, due: str | None, status: str = "todo",
             done: str | None = None) -> int:
    cur = db.conn.execute(
        "INSERT INTO task (account_id, title, due_date, status, done_date) VALUES (?, 'T', ?, ?, ?)",
        (account_id, due, status, done))
    return int(cur.lastrowid or 0)


def add_contact(db: Database, account_id: int, invited: str | None, activated: str | None = None
                ) -> None:
    db.conn.execute("INSERT INTO contact (account_id, name, invited_date, activated_date)"
                    " VALUES (?, 'C', ?, ?)", (account_id, invited, activated))


def add_feedback(db: Database, account_id: int, kind: str, score: int, when: str) -> None:
    db.conn.execute("INSERT INTO feedback (account_id, kind, score, date) VALUES (?, ?, ?, ?)",
                    (account_id, kind, score, when))


def add_activity(db: Database, account_id: int, when: str) -> None:
    db.conn.execute("INSERT INTO activity (account_id, kind, date) VALUES (?, 'call', ?)",
                    (account_id, when))


def add_stages(db: Database, account_id: int, *entries: tuple[str, str]) -> None:
    """Stage entries (stage, entered date) in order; each leaves when the next is entered."""
    for k, (stage, entered) in enumerate(entries):
        left = entries[k + 1][1] if k + 1 < len(entries) else None
        db.conn.execute("INSERT INTO stage_history (account_id, stage, entered_date, left_date)"
                        " VALUES (?, ?, ?, ?)", (account_id, stage, entered, left))


def add_mrr_change(db: Database, account_id: int, when: str, old: float, new: float) -> None:
    db.conn.execute("INSERT INTO mrr_change (account_id, date, old_mrr, new_mrr) VALUES (?,?,?,?)",
                    (account_id, when, old, new))


def add_feature(db: Database, name: str, tracked: bool = True) -> int:
    cur = db.conn.execute("INSERT INTO feature (name, tracked) VALUES (?, ?)", (name, int(tracked)))
    return int(cur.lastrowid or 0)


def adopt(db: Database, account_id: int, feature_id: int, when: str) -> None:
    db.conn.execute("INSERT INTO feature_adoption (account_id, feature_id, adopted_date)"
                    " VALUES (?, ?, ?)", (account_id, feature_id, when))


def one(rows: list[Any], key: str) -> Any:
    return next(r for r in rows if r.key == key)


def test_builders_insert_what_they_say(db: Database) -> None:
    """A churn date makes the account churned; stage entries chain their left dates."""
    a = add_account(db, churned="2026-03-01")
    add_stages(db, a, ("Embark", "2026-01-01"), ("Handoff", "2026-02-01"))
    assert db.conn.execute("SELECT status FROM account WHERE id = ?", (a,)).fetchone()[0] == "churned"
    assert db.conn.execute("SELECT left_date FROM stage_history ORDER BY id").fetchall() == [
        ("2026-02-01",), (None,)]
