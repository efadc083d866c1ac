"""Playbooks for the accounts an import creates: none, from today, or from the signed date.

Before this, every new account got its segment's whole playbook dated from its signed date,
so an account imported as Live a year after signing arrived with every task months late
(0/30 done, health red, "at risk"). The user now chooses, and the preview says what each
choice will create. The rule for "from the signed date", here and nowhere else:

- a step of a stage the account has already passed (before its current stage in
  :data:`tracker.domain.STAGES`) is done; when it was done is not known, so ``done_date``
  stays empty rather than invented;
- where the file does not give the account's stage, whether a past step happened is not
  known: a step due before today is skipped (it counts neither as done nor as late);
- a milestone whose kind is an account key date the file gives (first value, go-live) is
  achieved on that date; a milestone of a passed or unknown past step without such a date is
  left out (a milestone has no "skipped"), so it cannot show as missed.

Late means :func:`tracker.rules.is_late` (so nothing of a churned account counts as overdue).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from tracker.database import Database
from tracker.domain import STAGES
from tracker.rules import is_churned, is_late
from tracker.services.base import now_stamp
from tracker.services.journeys import due_date
from tracker.services.records import MILESTONE_ACCOUNT_DATE

NONE, TODAY, SIGNED = "none", "today", "signed"
PLAYBOOK_CHOICES = (NONE, TODAY, SIGNED)
DEFAULT_CHOICE = SIGNED


@dataclass(frozen=True)
class Step:
    position: int
    title: str
    stage: str
    offset_days: int
    owner_role: str
    is_milestone: bool
    milestone_kind: str | None


@dataclass(frozen=True)
class PlannedStep:
    """One task (``milestone`` False) or milestone a journey will get."""

    step: Step
    due: str
    status: str  # a task's status; "todo" for a milestone
    achieved: str | None = None

    @property
    def milestone(self) -> bool:
        return self.step.is_milestone


@dataclass(frozen=True)
class PlaybookForecast:
    """What a choice creates for the import's new accounts (tasks; milestones apart)."""

    choice: str
    accounts: int = 0  # new accounts the import creates
    journeys: int = 0
    open: int = 0
    overdue: int = 0
    done: int = 0
    skipped: int = 0
    milestones: int = 0


def journey_start(account: dict[str, Any], choice: str, today: date) -> date:
    """Today for "from today" (and for an account with no signed date), else the signed date."""
    signed = account.get("signed_date")
    return today if choice == TODAY or not signed else date.fromisoformat(str(signed)[:10])


def plan_steps(steps: Sequence[Step], account: dict[str, Any], choice: str, today: date) -> list[PlannedStep]:
    """The tasks and milestones ``choice`` gives a new account (its imported ``values``)."""
    if choice == NONE:
        return []
    start = journey_start(account, choice, today)
    stage = account.get("stage") if choice == SIGNED else None
    current = STAGES.index(stage) if stage in STAGES else None
    planned: list[PlannedStep] = []
    for step in steps:
        due = due_date(start, step.offset_days).isoformat()
        past = choice == SIGNED and due < today.isoformat()
        passed = current is not None and step.stage in STAGES and STAGES.index(step.stage) < current
        if step.is_milestone:
            column = MILESTONE_ACCOUNT_DATE.get(step.milestone_kind or "")
            achieved = account.get(column) if column else None
            if achieved:
                planned.append(PlannedStep(step, due, "todo", str(achieved)[:10]))
            elif not (passed or (past and current is None)):
                planned.append(PlannedStep(step, due, "todo"))
            continue
        status = "done" if passed else "skipped" if past and current is None else "todo"
        planned.append(PlannedStep(step, due, status))
    return planned


def segment_steps(conn: sqlite3.Connection) -> dict[int, tuple[int, str, list[Step]]]:
    """segment id -> (playbook id, playbook name, its steps in order), for segments with a playbook."""
    found: dict[int, tuple[int, str, list[Step]]] = {}
    rows = conn.execute("SELECT s.id, p.id, p.name FROM segment s JOIN playbook p ON p.id = s.playbook_id")
    for segment_id, playbook_id, name in rows.fetchall():
        steps = [Step(*r) for r in conn.execute(
            "SELECT position, title, stage, offset_days, owner_role, is_milestone, milestone_kind"
            " FROM playbook_step WHERE playbook_id = ? ORDER BY position", (playbook_id,))]
        found[int(segment_id)] = (int(playbook_id), str(name), steps)
    return found


def forecast(conn: sqlite3.Connection, accounts: Sequence[dict[str, Any]], choice: str,
             today: date) -> PlaybookForecast:
    """What ``choice`` would create for new accounts with these ``values`` (nothing is written)."""
    if choice == NONE or not accounts:
        return PlaybookForecast(choice, len(accounts))
    playbooks = segment_steps(conn)
    counts = dict.fromkeys(("journeys", "open", "overdue", "done", "skipped", "milestones"), 0)
    counts["accounts"] = len(accounts)
    for values in accounts:
        found = playbooks.get(values.get("segment_id") or 0)
        if found is None:
            continue
        counts["journeys"] += 1
        churned = is_churned(str(values.get("status") or ""), values.get("churned_date"), today)
        for planned in plan_steps(found[2], values, choice, today):
            if planned.milestone:
                counts["milestones"] += 1
            elif planned.status in ("done", "skipped"):
                counts[planned.status] += 1
            else:
                counts["open"] += 1
                counts["overdue"] += is_late(planned.due, True, today, churned)
    return PlaybookForecast(choice, **counts)


def apply_playbooks(conn: sqlite3.Connection, accounts: Sequence[tuple[int, dict[str, Any]]], choice: str,
                    today: date) -> None:
    """Give each new account (id, imported values) its segment's playbook as ``choice`` says.

    Runs inside the import's transaction; the import's undo removes what it writes with the
    accounts (journeys, tasks and milestones are in the scope of a created account).
    """
    if choice == NONE or not accounts:
        return
    playbooks = segment_steps(conn)
    stamp = now_stamp()
    tasks: list[tuple[Any, ...]] = []
    milestones: list[tuple[Any, ...]] = []
    log: list[tuple[Any, ...]] = []
    for account_id, values in accounts:
        found = playbooks.get(values.get("segment_id") or 0)
        if found is None:
            continue
        playbook_id, name, steps = found
        planned = plan_steps(steps, values, choice, today)
        start = journey_start(values, choice, today).isoformat()
        cursor = conn.execute("INSERT INTO journey (account_id, playbook_id, name, start_date)"
                              " VALUES (?, ?, ?, ?)", (account_id, playbook_id, name, start))
        journey_id = int(cursor.lastrowid or 0)
        log.append((stamp, "apply_playbook", "journey", journey_id, "playbook", None, name))
        for item in planned:
            step = item.step
            if step.is_milestone:
                milestones.append((account_id, journey_id, step.milestone_kind or "custom", step.title,
                                   item.due, item.achieved))
            else:
                tasks.append((account_id, journey_id, step.position, step.title, step.stage, item.due,
                              step.owner_role, item.status))
    conn.executemany("INSERT INTO task (account_id, journey_id, position, title, stage, due_date, owner,"
                     " status) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", tasks)
    conn.executemany("INSERT INTO milestone (account_id, journey_id, kind, name, target_date,"
                     " achieved_date) VALUES (?, ?, ?, ?, ?, ?)", milestones)
    conn.executemany("INSERT INTO change_log (at, action, entity, entity_id, field, old_value, new_value)"
                     " VALUES (?, ?, ?, ?, ?, ?, ?)", log)


def forecast_import(db: Database, previews: Sequence[Any], choice: str, today: date) -> PlaybookForecast:
    """:func:`forecast` for the accounts an import's previews would create (reads only)."""
    accounts = [p.values for preview in previews if preview.kind == "accounts" for p in preview.creates]
    return forecast(db.conn, accounts, choice, today)
