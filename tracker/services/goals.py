"""SMART goals: set (with the baseline recorded), edit, close with an outcome, reopen, delete.

The KPI a goal follows and its value come from :mod:`tracker.kpi.goals`; this module only
writes. Every write returns its ChangeSet (``goals``), and what an undo needs.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from tracker.changes import ChangeSet, Written
from tracker.database import Database
from tracker.domain import ValidationError
from tracker.domain_signals import Goal
from tracker.i18n import QT_TRANSLATE_NOOP, translate, words
from tracker.kpi.goals import default_direction, evaluate, is_kpi_key, kpi_value, reached
from tracker.queries.signals import get_goal, list_goals
from tracker.services.records import RecordKind
from tracker.validation import check

__all__ = ["GOALS", "close_goal", "create_goal", "get_goal", "list_goals", "reopen_goal",
           "update_goal"]

EDITABLE = frozenset({"name", "kpi", "direction", "target", "scope_kind", "scope_value",
                      "start_date", "baseline", "deadline", "closed_date", "outcome",
                      "final_value", "notes"})


_SCOPE_WORDS = {"segment": QT_TRANSLATE_NOOP("errors", "segment"),
                "owner": QT_TRANSLATE_NOOP("errors", "owner"),
                "cohort": QT_TRANSLATE_NOOP("errors", "cohort")}


def _goal(values: dict[str, Any], creating: bool) -> None:
    """The KPI must exist, the deadline come after the start, and a scope name what it scopes."""
    kpi = values.get("kpi")
    if kpi is not None and not is_kpi_key(str(kpi)):
        raise ValidationError(words("errors", QT_TRANSLATE_NOOP("errors", "'{0}' is not a KPI."), kpi),
                              "kpi", "unknown_value")
    start, deadline = values.get("start_date"), values.get("deadline")
    if start is not None and deadline is not None and (
            check("goal", "deadline", deadline) <= check("goal", "start_date", start)):
        raise ValidationError(words("errors", QT_TRANSLATE_NOOP(
            "errors", "The deadline must come after the start date.")), "deadline", "out_of_order")
    kind, value = values.get("scope_kind"), str(values.get("scope_value") or "").strip()
    if kind in ("segment", "owner", "cohort") and not value:
        raise ValidationError(words("errors", QT_TRANSLATE_NOOP(
            "errors", "Say which {0} the goal is for."), translate("errors", _SCOPE_WORDS[kind])),
            "scope_value", "required")
    if kind == "segment" and not value.isdecimal():
        raise ValidationError(words("errors", QT_TRANSLATE_NOOP(
            "errors", "The segment must be given by its id.")), "scope_value", "bad_reference")
    if kind == "cohort":
        try:
            year, month = (int(p) for p in value.split("-"))
            date(year, month, 1)
        except ValueError:
            raise ValidationError(words("errors", QT_TRANSLATE_NOOP(
                "errors", "A cohort is a signed month written YYYY-MM.")), "scope_value",
                "bad_date") from None


GOALS: RecordKind[Goal] = RecordKind(
    "goal", Goal, EDITABLE, _goal, ChangeSet(goals=True), "deadline, id",
    together=frozenset({"kpi", "start_date", "deadline", "scope_kind", "scope_value"}),
)


def create_goal(db: Database, values: dict[str, Any]) -> Written[int]:
    """Set a goal. Its baseline is the KPI's value on the start date unless one is given;
    its direction defaults to the KPI's natural one (down for overdue tasks, churn, times)."""
    values = {"scope_kind": "portfolio", "scope_value": "", **values}
    if values.get("kpi") and not values.get("direction"):
        values["direction"] = default_direction(str(values["kpi"]))
    _goal(values, True)
    if values.get("baseline") is None and values.get("kpi") and values.get("start_date"):
        start = date.fromisoformat(check("goal", "start_date", values["start_date"]))
        values["baseline"] = kpi_value(db, str(values["kpi"]), start, str(values["scope_kind"]),
                                       str(values["scope_value"]))
    return GOALS.create(db, values)


def update_goal(db: Database, goal_id: int, values: dict[str, Any]) -> Written[dict[str, Any]]:
    """Edit a goal; a new KPI, scope or start records the baseline again (unless given)."""
    values = dict(values)
    current = GOALS.get(db, goal_id)
    moved = {"kpi", "scope_kind", "scope_value", "start_date"} & set(values)
    if moved and "baseline" not in values:
        merged = {**current.__dict__, **values}
        start = date.fromisoformat(check("goal", "start_date", merged["start_date"]))
        values["baseline"] = kpi_value(db, str(merged["kpi"]), start, str(merged["scope_kind"]),
                                       str(merged["scope_value"]))
    return GOALS.update(db, goal_id, values)


def close_goal(db: Database, goal_id: int, closed: date) -> Written[dict[str, Any]]:
    """Close a goal on ``closed``: its value that day decides met or missed. Returns the
    previous values, which undo writes back through ``GOALS.update``."""
    goal = GOALS.get(db, goal_id)
    if goal.closed_date:
        raise ValidationError(words("errors", QT_TRANSLATE_NOOP("errors", "The goal is already closed.")),
                              "closed_date", "closed")
    open_goal = Goal(**{**goal.__dict__, "closed_date": None, "outcome": None})
    value = evaluate(db, open_goal, closed).current
    outcome = "met" if reached(value, goal.target, goal.direction) else "missed"
    return GOALS.update(db, goal_id, {"closed_date": closed, "outcome": outcome, "final_value": value})


def reopen_goal(db: Database, goal_id: int) -> Written[dict[str, Any]]:
    return GOALS.update(db, goal_id, {"closed_date": None, "outcome": None, "final_value": None})
