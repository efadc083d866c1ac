"""``kpis``: the dashboard's numbers on the command line (a table, or JSON for machines)."""

from __future__ import annotations

import argparse
import json
import math
from dataclasses import asdict
from datetime import date
from typing import Any

from tracker import labels, money
from tracker.cli import CommandError, cli_date, say
from tracker.cli.core_commands import add_db_argument, db_path
from tracker.database import Database
from tracker.i18n import QT_TRANSLATE_NOOP
from tracker.kpi.filters import KpiFilter
from tracker.kpi.report import portfolio_kpis
from tracker.kpi.retention import DEFAULT_PERIOD_DAYS
from tracker.kpi.values import KpiValue, display_value
from tracker.money import get_money_format
from tracker.storage.db import open_database

NO_DATABASE = QT_TRANSLATE_NOOP("cli", "No database at {0}.")
NO_SEGMENT = QT_TRANSLATE_NOOP("cli", "No segment named '{0}'.")


def register(subparsers: Any) -> None:
    kpis = subparsers.add_parser("kpis", help="print the portfolio KPIs (same numbers as the dashboard)")
    add_db_argument(kpis)
    kpis.add_argument("--as-of", type=cli_date, default=None,
                      help="compute as of this day (YYYY-MM-DD, default today)")
    kpis.add_argument("--segment", action="append", default=[], metavar="NAME",
                      help="only accounts of this segment (repeatable)")
    kpis.add_argument("--owner", action="append", default=[], metavar="NAME",
                      help="only accounts of this owner (repeatable)")
    kpis.add_argument("--signed-from", type=cli_date, default=None, metavar="DATE")
    kpis.add_argument("--signed-to", type=cli_date, default=None, metavar="DATE")
    kpis.add_argument("--period-days", type=int, default=DEFAULT_PERIOD_DAYS,
                      help=f"period for retention, churn and revenue retention (default "
                      f"{DEFAULT_PERIOD_DAYS})")
    kpis.add_argument("--json", action="store_true", help="print JSON instead of a table")
    kpis.set_defaults(func=run_kpis)


def format_value(kpi: KpiValue) -> str:
    """How a value reads for a human: units, and words where there is no number."""
    value = display_value(kpi)
    if value is None:
        return (say(QT_TRANSLATE_NOOP("cli", "not reached yet")) if kpi.not_reached
                else say(QT_TRANSLATE_NOOP("cli", "no data")))
    if kpi.unit == "%":
        return f"{value:.1f} %"
    if kpi.unit == "days":
        return say(QT_TRANSLATE_NOOP("cli", "{0:.0f} days"), value)
    if kpi.unit == "$":
        return money.money(value)
    if kpi.unit == "count":
        return f"{value:.0f}"
    return f"{value:.1f}"


def finite(value: Any) -> Any:
    """``value`` with every non-finite float as None: JSON has no Infinity or NaN, and a
    reader that meets them (most do not accept them) fails on the whole document."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {k: finite(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [finite(v) for v in value]
    return value


def _goals_and_maturity(db: Database, as_of: date, flt: KpiFilter) -> dict[str, Any]:
    """Every goal's status (goals keep their own scope) and the filtered maturity ladder."""
    from tracker.cli.goal_commands import goals_as_of
    from tracker.kpi.signals import maturity_distribution

    dist = maturity_distribution(db, as_of, flt)
    return {"goals": goals_as_of(db, as_of),
            "maturity": {"levels": [{"position": p, "name": n, "accounts": c}
                                    for p, n, c in dist.levels], "no_level": dist.unrated}}


def run_kpis(args: argparse.Namespace) -> int:
    path = db_path(args)
    if not path.is_file():
        raise CommandError(say(NO_DATABASE, path))
    if args.period_days < 1:
        raise CommandError(say(QT_TRANSLATE_NOOP("cli", "{0} must be at least 1."), "--period-days"))
    db = open_database(path, create=False)
    try:
        money.install(get_money_format(db))  # amounts (and KPI details) in this file's currency
        segment_ids = []
        for name in args.segment:
            row = db.conn.execute("SELECT id FROM segment WHERE name = ? COLLATE NOCASE",
                                  (name,)).fetchone()
            if row is None:
                raise CommandError(say(NO_SEGMENT, name))
            segment_ids.append(int(row[0]))
        flt = KpiFilter(segment_ids=tuple(segment_ids), owners=tuple(args.owner),
                        signed_from=args.signed_from, signed_to=args.signed_to)
        as_of = args.as_of or date.today()
        kpis = portfolio_kpis(db, as_of, flt, period_days=args.period_days)
        extra = _goals_and_maturity(db, as_of, flt) if args.json else {}
    finally:
        db.conn.close()
    if args.json:
        print(json.dumps(finite({"as_of": as_of.isoformat(), "period_days": args.period_days,
                                 "kpis": [asdict(k) for k in kpis], **extra}), indent=2,
                         allow_nan=False))
        return 0
    width = max(len(k.label) for k in kpis)
    print(say(QT_TRANSLATE_NOOP("cli", "KPIs as of {0}"), as_of.isoformat()))
    for kpi in kpis:
        band = f" [{labels.label('band', kpi.band)}]" if kpi.band else ""
        print(f"{kpi.label:<{width}}  {format_value(kpi):>16}{band}  {kpi.detail}")
    return 0
