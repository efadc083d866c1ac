"""Reads of support cases, trials, maturity and goals, for the window and the CLI.

The services in :mod:`tracker.services.signals` and :mod:`tracker.services.goals` write;
everything here only reads.
"""

from __future__ import annotations

from tracker.database import Database
from tracker.domain_signals import Goal, MaturityLevel, MaturityStep, SupportCase, Trial
from tracker.services.base import fetch_all, fetch_one
from tracker.storage.db import environment_errors


@environment_errors()
def list_cases(db: Database, account_id: int | None = None) -> list[SupportCase]:
    if account_id is None:
        return fetch_all(db, SupportCase, "SELECT * FROM support_case ORDER BY opened_date DESC, id DESC")
    return fetch_all(db, SupportCase, "SELECT * FROM support_case WHERE account_id = ?"
                     " ORDER BY opened_date DESC, id DESC", (account_id,))


@environment_errors()
def list_trials(db: Database) -> list[Trial]:
    return fetch_all(db, Trial, "SELECT * FROM trial ORDER BY start_date, id")


@environment_errors()
def trial_of(db: Database, account_id: int) -> Trial | None:
    found = fetch_all(db, Trial, "SELECT * FROM trial WHERE account_id = ?", (account_id,))
    return found[0] if found else None


@environment_errors()
def ladder(db: Database) -> list[MaturityLevel]:
    """The maturity levels, lowest first."""
    return fetch_all(db, MaturityLevel, "SELECT * FROM maturity_level ORDER BY position")


@environment_errors()
def maturity_history(db: Database, account_id: int, contact_id: int | None = None) -> list[MaturityStep]:
    """Levels an account (or one contact) reached, oldest first."""
    who = "contact_id IS NULL" if contact_id is None else "contact_id = ?"
    params: tuple[int, ...] = (account_id,) if contact_id is None else (account_id, contact_id)
    return fetch_all(db, MaturityStep, "SELECT * FROM maturity_step WHERE account_id = ? AND "
                     f"{who} ORDER BY reached_date, id", params)


@environment_errors()
def current_levels(db: Database) -> dict[int, int]:
    """Account id -> the id of the level it stands at now (its latest step)."""
    rows = db.conn.execute(
        "SELECT account_id, level_id FROM (SELECT account_id, level_id, row_number() OVER ("
        "PARTITION BY account_id ORDER BY reached_date DESC, id DESC) AS n FROM maturity_step"
        " WHERE contact_id IS NULL) WHERE n = 1").fetchall()
    return {int(a): int(level) for a, level in rows}


@environment_errors()
def playbook_levels(db: Database) -> dict[int, int]:
    """Playbook id -> the maturity level it brings an account to."""
    return {int(p): int(v) for p, v in db.conn.execute("SELECT playbook_id, level_id FROM playbook_level")}


@environment_errors()
def next_level(db: Database, account_id: int) -> MaturityLevel | None:
    """The level above where the account stands (the first level when it has none yet)."""
    levels = ladder(db)
    here = current_levels(db).get(account_id)
    if here is None:
        return levels[0] if levels else None
    positions = [lv.id for lv in levels]
    at = positions.index(here) if here in positions else -1
    return levels[at + 1] if at + 1 < len(levels) else None


@environment_errors()
def list_goals(db: Database, *, open_only: bool = False) -> list[Goal]:
    """Open goals first (by deadline), then the closed ones: the history of met and missed."""
    where = "WHERE closed_date IS NULL" if open_only else ""
    return fetch_all(db, Goal, f"SELECT * FROM goal {where} ORDER BY closed_date IS NOT NULL,"
                     " deadline, id")


@environment_errors()
def get_goal(db: Database, goal_id: int) -> Goal:
    return fetch_one(db, Goal, "SELECT * FROM goal WHERE id = ?", (goal_id,))
