"""``goals``, ``cases`` and ``trials``: list and add from the command line (issue 19).

Accounts are named by id or by exact name (case-insensitive); every write goes through the
same services as the window.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

from tracker.cli import CommandError, cli_date, say
from tracker.cli.core_commands import add_db_argument, db_path
from tracker.cli.kpi_commands import finite
from tracker.database import Database
from tracker.domain_signals import CASE_SEVERITIES, GOAL_DIRECTIONS, GOAL_SCOPES, TRIAL_KINDS
from tracker.i18n import QT_TRANSLATE_NOOP
from tracker.kpi.goals import GoalProgress, evaluate_all
from tracker.kpi.words import goal_status_name, kpi_label
from tracker.services import goals as goal_service
from tracker.services import signals
from tracker.workspace import open_workspace


def register(subparsers: Any) -> None:
    goals = subparsers.add_parser("goals", help="list, add or close SMART goals")
    goal_cmds = goals.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = goal_cmds.add_parser("list", help="every goal with its progress and status")
    _common(listing, json_option=True)
    listing.add_argument("--as-of", type=cli_date, default=None)
    listing.set_defaults(func=run_goals_list)
    add = goal_cmds.add_parser("add", help="set a goal (its baseline is recorded now)")
    _common(add)
    add.add_argument("--name", required=True)
    add.add_argument("--kpi", required=True, help="a KPI key, as in `kpis --json` (e.g. activation)")
    add.add_argument("--target", type=float, required=True)
    add.add_argument("--direction", choices=GOAL_DIRECTIONS, default=None,
                     help="up or down (default: the KPI's natural direction)")
    add.add_argument("--scope", choices=GOAL_SCOPES, default="portfolio")
    add.add_argument("--scope-value", default="",
                     help="segment name, owner name or signed month YYYY-MM (cohort)")
    add.add_argument("--start", type=cli_date, default=None, help="default today")
    add.add_argument("--deadline", type=cli_date, required=True)
    add.set_defaults(func=run_goals_add)
    close = goal_cmds.add_parser("close", help="close a goal: met or missed by its value that day")
    _common(close)
    close.add_argument("goal_id", type=int)
    close.add_argument("--on", type=cli_date, default=None, help="default today")
    close.set_defaults(func=run_goals_close)

    cases = subparsers.add_parser("cases", help="list or add support cases")
    case_cmds = cases.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = case_cmds.add_parser("list", help="support cases, newest first")
    _common(listing, json_option=True)
    listing.add_argument("--account", default=None, help="id or name")
    listing.set_defaults(func=run_cases_list)
    add = case_cmds.add_parser("add", help="record a support case of an account")
    _common(add)
    add.add_argument("--account", required=True, help="id or name")
    add.add_argument("--opened", type=cli_date, required=True)
    add.add_argument("--closed", type=cli_date, default=None)
    add.add_argument("--severity", choices=CASE_SEVERITIES, default="normal")
    add.add_argument("--topic", default="")
    add.add_argument("--subject", default="")
    add.add_argument("--number", default=None, help="the helpdesk's case number")
    add.set_defaults(func=run_cases_add)

    imp = case_cmds.add_parser("import", help="import a helpdesk export (Zendesk, Freshdesk, Jira "
                               "Service Management) or a report's Support cases sheet")
    _common(imp)
    imp.add_argument("file", type=Path)
    imp.add_argument("--sheet", default=None)
    imp.add_argument("--dry-run", action="store_true", help="say what would change, write nothing")
    imp.set_defaults(func=run_cases_import)

    trials = subparsers.add_parser("trials", help="list, add or convert trials")
    trial_cmds = trials.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = trial_cmds.add_parser("list", help="trials and whether they converted")
    _common(listing, json_option=True)
    listing.set_defaults(func=run_trials_list)
    add = trial_cmds.add_parser("add", help="start a trial or freemium period of an account")
    _common(add)
    add.add_argument("--account", required=True, help="id or name")
    add.add_argument("--kind", choices=TRIAL_KINDS, default="trial")
    add.add_argument("--start", type=cli_date, required=True)
    add.add_argument("--end", type=cli_date, default=None)
    add.set_defaults(func=run_trials_add)
    convert = trial_cmds.add_parser("convert", help="record the day a trial became paid")
    _common(convert)
    convert.add_argument("--account", required=True, help="id or name")
    convert.add_argument("--on", type=cli_date, default=None, help="default today")
    convert.set_defaults(func=run_trials_convert)


def _common(parser: argparse.ArgumentParser, json_option: bool = False) -> None:
    add_db_argument(parser)
    if json_option:
        parser.add_argument("--json", action="store_true", help="print JSON instead of a table")


def _open(args: argparse.Namespace) -> Database:
    path: Path = db_path(args)
    if not path.is_file():
        raise CommandError(say(QT_TRANSLATE_NOOP("cli", "No database at {0}."), path))
    return open_workspace(path, create=False)


def _account(db: Database, text: str) -> int:
    row = db.conn.execute("SELECT id FROM account WHERE id = ? OR name = ? COLLATE NOCASE"
                          " ORDER BY id = ? DESC LIMIT 1", (text, text, text)).fetchone()
    if row is None:
        raise CommandError(say(QT_TRANSLATE_NOOP("cli", "No account '{0}'."), text))
    return int(row[0])


def goal_json(p: GoalProgress) -> dict[str, Any]:
    """One goal as ``kpis --json`` and ``goals list --json`` print it."""
    return {**asdict(p.goal), "current": p.current, "progress": p.progress, "status": p.status,
            "forecast": p.forecast, "enough_history": p.enough_history}


def goals_as_of(db: Database, as_of: date) -> list[dict[str, Any]]:
    return [goal_json(p) for p in evaluate_all(db, goal_service.list_goals(db), as_of)]


def run_goals_list(args: argparse.Namespace) -> int:
    db = _open(args)
    try:
        as_of = args.as_of or date.today()
        rows = evaluate_all(db, goal_service.list_goals(db), as_of)
    finally:
        db.conn.close()
    if args.json:
        print(json.dumps(finite([goal_json(p) for p in rows]), indent=2, allow_nan=False))
        return 0
    for p in rows:
        g = p.goal
        now = "no data" if p.current is None else f"{p.current:.1f}"
        ahead = "not enough history" if p.forecast is None else f"{p.forecast:.1f}"
        scope = g.scope_kind if not g.scope_value else f"{g.scope_kind} {g.scope_value}"
        print(say(QT_TRANSLATE_NOOP(
            "cli", "#{0} {1}: {2} {3} to {4:g} by {5} ({6}); now {7}, forecast {8}; {9}"),
            g.id, g.name, kpi_label(g.kpi), g.direction, g.target, g.deadline, scope, now, ahead,
            goal_status_name(p.status)))
    return 0


def run_goals_add(args: argparse.Namespace) -> int:
    db = _open(args)
    try:
        scope_value = args.scope_value
        if args.scope == "segment":
            row = db.conn.execute("SELECT id FROM segment WHERE name = ? COLLATE NOCASE",
                                  (scope_value,)).fetchone()
            if row is None:
                raise CommandError(say(QT_TRANSLATE_NOOP("cli", "No segment named '{0}'."), scope_value))
            scope_value = str(row[0])
        written = goal_service.create_goal(db, {
            "name": args.name, "kpi": args.kpi, "target": args.target, "direction": args.direction,
            "scope_kind": args.scope, "scope_value": scope_value,
            "start_date": args.start or date.today(), "deadline": args.deadline})
        goal = goal_service.get_goal(db, written.value)
    finally:
        db.conn.close()
    base = "no data" if goal.baseline is None else f"{goal.baseline:g}"
    print(say(QT_TRANSLATE_NOOP(
        "cli", "Goal #{0} set; baseline {1} on {2}."), goal.id, base, goal.start_date))
    return 0


def run_goals_close(args: argparse.Namespace) -> int:
    db = _open(args)
    try:
        goal_service.close_goal(db, args.goal_id, args.on or date.today())
        goal = goal_service.get_goal(db, args.goal_id)
    finally:
        db.conn.close()
    print(say(QT_TRANSLATE_NOOP(
        "cli", "Goal #{0} closed on {1}: {2}."),
        goal.id, goal.closed_date, goal_status_name(goal.outcome or '')))
    return 0


def run_cases_list(args: argparse.Namespace) -> int:
    db = _open(args)
    try:
        account = _account(db, args.account) if args.account else None
        rows = signals.list_cases(db, account)
    finally:
        db.conn.close()
    if args.json:
        print(json.dumps([asdict(c) for c in rows], indent=2))
        return 0
    for c in rows:
        state = f"closed {c.closed_date}" if c.closed_date else "open"
        print(say(QT_TRANSLATE_NOOP(
            "cli", "#{0} account {1} {2} {3:<7} {4:<17} {5}: {6}"),
            c.id, c.account_id, c.opened_date, c.severity, state, c.topic, c.subject))
    return 0


def run_cases_add(args: argparse.Namespace) -> int:
    db = _open(args)
    try:
        written = signals.SUPPORT_CASES.create(db, {
            "account_id": _account(db, args.account), "opened_date": args.opened,
            "closed_date": args.closed, "severity": args.severity, "topic": args.topic,
            "subject": args.subject, "external_id": args.number})
    finally:
        db.conn.close()
    print(say(QT_TRANSLATE_NOOP("cli", "Case #{0} added."), written.value))
    return 0


def run_cases_import(args: argparse.Namespace) -> int:
    from tracker.excel.cases_import import import_cases

    db = _open(args)
    try:
        result = import_cases(db, args.file, args.sheet, dry_run=args.dry_run)
    finally:
        db.conn.close()
    verb = "Would import" if args.dry_run else "Imported"
    print(say(QT_TRANSLATE_NOOP(
        "cli", "{0} {1} new cases, {2} updated, {3} unchanged, {4} rejected."),
        verb, result.created, result.updated, result.unchanged, len(result.rejected)))
    for row, reason in result.rejected[:20]:
        print(say(QT_TRANSLATE_NOOP("cli", "  row {0}: {1}"), row, reason))
    return 0


def run_trials_list(args: argparse.Namespace) -> int:
    db = _open(args)
    try:
        rows = signals.list_trials(db)
    finally:
        db.conn.close()
    if args.json:
        print(json.dumps([asdict(t) for t in rows], indent=2))
        return 0
    for t in rows:
        state = f"converted {t.converted_date}" if t.converted_date else "not converted"
        print(say(QT_TRANSLATE_NOOP(
            "cli", "account {0} {1} {2} to {3}: {4}"),
            t.account_id, t.kind, t.start_date, t.end_date or '-', state))
    return 0


def run_trials_add(args: argparse.Namespace) -> int:
    db = _open(args)
    try:
        written = signals.TRIALS.create(db, {"account_id": _account(db, args.account),
                                             "kind": args.kind, "start_date": args.start,
                                             "end_date": args.end})
    finally:
        db.conn.close()
    print(say(QT_TRANSLATE_NOOP("cli", "Trial #{0} added."), written.value))
    return 0


def run_trials_convert(args: argparse.Namespace) -> int:
    db = _open(args)
    try:
        trial = signals.trial_of(db, _account(db, args.account))
        if trial is None:
            raise CommandError(say(QT_TRANSLATE_NOOP("cli", "Account '{0}' has no trial."), args.account))
        signals.convert_trial(db, trial.id, args.on or date.today())
    finally:
        db.conn.close()
    print(say(QT_TRANSLATE_NOOP("cli", "Trial of account {0} converted."), trial.account_id))
    return 0
