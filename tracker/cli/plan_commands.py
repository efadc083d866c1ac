"""Plan commands: ``calendar`` (.ics of milestones, due tasks and check-ins), ``plan`` (the
customer's plan workbook of one account) and ``checkins`` (who is due a call)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from tracker.calendar_ics import export_calendar
from tracker.cli import CommandError, cli_date, say
from tracker.cli.core_commands import add_db_argument
from tracker.cli.excel_commands import _database, require_xlsx
from tracker.database import Database
from tracker.excel.customer_plan import export_customer_plan
from tracker.i18n import QT_TRANSLATE_NOOP
from tracker.queries.checkins import checkins
from tracker.rules import CADENCES, CHECKIN_DUE, CHECKIN_OVERDUE
from tracker.services.checkins import set_account_cadence, set_segment_cadence


def register(subparsers: Any) -> None:
    cal = subparsers.add_parser("calendar", help="write milestones, due tasks and check-ins to an .ics file")
    add_db_argument(cal)
    cal.add_argument("target", type=Path, help="the .ics file to write")
    cal.add_argument("--account", action="append", default=[], metavar="NAME_OR_ID",
                     help="only this account (repeatable; default: the whole portfolio)")
    cal.add_argument("--as-of", type=cli_date, default=None, help="day the check-ins count from")
    cal.set_defaults(func=run_calendar)

    plan = subparsers.add_parser("plan", help="write the customer's onboarding plan of one account")
    add_db_argument(plan)
    plan.add_argument("account", metavar="NAME_OR_ID")
    plan.add_argument("target", type=Path, help="the .xlsx file to write")
    plan.add_argument("--as-of", type=cli_date, default=None)
    plan.set_defaults(func=run_plan)

    cadence = subparsers.add_parser("cadence", help="set the check-in cadence of an account or a segment")
    add_db_argument(cadence)
    target = cadence.add_mutually_exclusive_group(required=True)
    target.add_argument("--account", metavar="NAME_OR_ID")
    target.add_argument("--segment", metavar="NAME")
    cadence.add_argument("cadence", choices=(*CADENCES, "inherit"),
                         help="inherit: follow the segment (an account) or the default (a segment)")
    cadence.add_argument("--days", type=int, default=None, help="for custom: every this many days")
    cadence.set_defaults(func=run_cadence)

    due = subparsers.add_parser("checkins", help="list the check-ins due this week and overdue")
    add_db_argument(due)
    due.add_argument("--as-of", type=cli_date, default=None)
    due.set_defaults(func=run_checkins)


def account_id(db: Database, text: str) -> int:
    """An account by id, exact name or external id (case-insensitive); one, or a clear error."""
    if text.isdecimal() and db.conn.execute("SELECT 1 FROM account WHERE id = ?", (int(text),)).fetchone():
        return int(text)
    rows = db.conn.execute("SELECT id FROM account WHERE name = ? COLLATE NOCASE"
                           " OR external_id = ? COLLATE NOCASE", (text, text)).fetchall()
    if not rows:
        raise CommandError(say(QT_TRANSLATE_NOOP("cli", "No account named '{0}'."), text))
    if len(rows) > 1:
        raise CommandError(say(QT_TRANSLATE_NOOP(
            "cli", "{0} accounts are named '{1}'; give the id instead."), len(rows), text))
    return int(rows[0][0])


def run_calendar(args: argparse.Namespace) -> int:
    if args.target.suffix.lower() != ".ics":
        raise CommandError(say(QT_TRANSLATE_NOOP("cli", "{0} must end in .ics."), args.target))
    with _database(args) as db:
        ids = [account_id(db, a) for a in args.account] or None
        count = export_calendar(db, str(args.target), args.as_of or date.today(), ids)
    print(say(QT_TRANSLATE_NOOP("cli", "Wrote {0}: {1} events."), args.target, count))
    return 0


def run_plan(args: argparse.Namespace) -> int:
    require_xlsx(args.target)
    with _database(args) as db:
        path = export_customer_plan(db, account_id(db, args.account), args.target,
                                    args.as_of or date.today())
    print(say(QT_TRANSLATE_NOOP("cli", "Wrote {0}."), path))
    return 0


def run_cadence(args: argparse.Namespace) -> int:
    setting = None if args.cadence == "inherit" else (args.cadence, args.days)
    with _database(args, write=True) as db:
        if args.account:
            set_account_cadence(db, account_id(db, args.account), setting)
        else:
            row = db.conn.execute("SELECT id FROM segment WHERE name = ? COLLATE NOCASE",
                                  (args.segment,)).fetchone()
            if row is None:
                raise CommandError(say(QT_TRANSLATE_NOOP("cli", "No segment named '{0}'."),
                                       args.segment))
            set_segment_cadence(db, int(row[0]), setting)
    if args.days:
        print(say(QT_TRANSLATE_NOOP("cli", "Check-in cadence set: {0} every {1} days."),
                  args.cadence, args.days))
    else:
        print(say(QT_TRANSLATE_NOOP("cli", "Check-in cadence set: {0}."), args.cadence))
    return 0


def run_checkins(args: argparse.Namespace) -> int:
    as_of = args.as_of or date.today()
    with _database(args) as db:
        due = [c for c in checkins(db, as_of) if c.state in (CHECKIN_OVERDUE, CHECKIN_DUE)]
    for c in due:
        if c.state == CHECKIN_OVERDUE:
            word = say(QT_TRANSLATE_NOOP("cli", "overdue {0} d"), c.days_overdue(as_of))
        else:
            word = say(QT_TRANSLATE_NOOP("cli", "due"))
        print(f"{c.due.isoformat() if c.due else '-'}  {word:<14} {c.account}  ({c.cadence.cadence})")
    print(say(QT_TRANSLATE_NOOP("cli", "{0} check-ins due or overdue as of {1}."),
              len(due), as_of.isoformat()))
    return 0
