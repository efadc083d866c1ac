"""Excel commands: ``export`` (report or playbooks), ``import`` (with a preview), ``template``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from tracker import money
from tracker.cli import CommandError, cli_date, say
from tracker.cli.core_commands import add_db_argument, db_path
from tracker.cli.import_mapping_args import MappingArgs, refusal
from tracker.database import Database
from tracker.domain import ACCOUNT_STATUSES, STAGES
from tracker.excel.columns import LocaleHints
from tracker.excel.dates import ORDERS
from tracker.excel.errors import ExcelError
from tracker.excel.import_playbooks import DEFAULT_CHOICE, PLAYBOOK_CHOICES, PlaybookForecast, forecast_import
from tracker.excel.importer import apply_import
from tracker.excel.mapping import KINDS
from tracker.excel.notices import notice_words, value_word
from tracker.excel.playbook_io import apply_playbooks, export_playbooks, preview_playbooks
from tracker.excel.preview import ImportPreview, preview_workbook
from tracker.excel.report import export_report
from tracker.excel.template import export_template
from tracker.i18n import QT_TRANSLATE_NOOP
from tracker.kpi.filters import KpiFilter
from tracker.money import get_money_format
from tracker.storage.db import verify_intact
from tracker.workspace import open_workspace


def register(subparsers: Any) -> None:
    export = subparsers.add_parser("export", help="write the report workbook (or the playbooks) to Excel")
    add_db_argument(export)
    export.add_argument("target", type=Path, help="the .xlsx file to write")
    export.add_argument("--as-of", type=cli_date, default=None, help="report date (YYYY-MM-DD)")
    export.add_argument("--segment", action="append", default=[], metavar="NAME")
    export.add_argument("--owner", action="append", default=[], metavar="NAME")
    export.add_argument("--stage", action="append", default=[], choices=STAGES)
    export.add_argument("--status", action="append", default=[], choices=ACCOUNT_STATUSES)
    export.add_argument("--signed-from", type=cli_date, default=None, metavar="DATE")
    export.add_argument("--signed-to", type=cli_date, default=None, metavar="DATE")
    export.add_argument("--playbooks", action="store_true", help="export the playbooks instead")
    export.set_defaults(func=run_export)

    imp = subparsers.add_parser("import", help="import accounts, contacts, tasks, milestones or feedback")
    add_db_argument(imp)
    imp.add_argument("source", type=Path, help=".xlsx, .xlsm, .xlsb, .xls, .ods or .csv file")
    imp.add_argument("--sheet", default=None, help="import only this sheet (default: every sheet that fits)")
    imp.add_argument("--kind", choices=KINDS, default=None, help="what the sheet holds (default: detect)")
    imp.add_argument("--dry-run", action="store_true", help="show the preview, write nothing")
    imp.add_argument("--today", type=cli_date, default=None, help=argparse.SUPPRESS)
    imp.add_argument("--playbooks", nargs="?", const="file", default=DEFAULT_CHOICE,
                     choices=(*PLAYBOOK_CHOICES, "file"),
                     help="playbooks for new accounts: none, today (dated from today) or signed (the "
                          "default: dated from the signed date, steps of stages already passed done); a bare "
                          "--playbooks means the file holds playbooks")
    imp.add_argument("--dates", choices=ORDERS, default=None,
                     help="how to read text dates like 03/04/2026 when the file does not tell")
    imp.add_argument("--decimal", choices=(".", ","), default=None,
                     help="the decimal separator of numbers like 2.400 when the file does not tell")
    imp.add_argument("--map", action="append", default=[], metavar="HEADER=FIELD",
                     help="map a column to a field (FIELD empty: do not import it); repeatable")
    imp.add_argument("--mapping", type=Path, default=None, metavar="FILE",
                     help='JSON: {"Header": "field", ...} or {"kind": ..., "fields": {...}, "dates": ...}')
    imp.set_defaults(func=run_import)

    template = subparsers.add_parser("template", help="write a blank import workbook with instructions")
    add_db_argument(template)
    template.add_argument("target", type=Path)
    template.set_defaults(func=run_template)


@contextmanager
def _database(args: argparse.Namespace, *, write: bool = False) -> Iterator[Database]:
    """The command's database: a reading command takes no write lock; a writing one first
    checks every page, so nothing is ever written into a damaged file."""
    path = db_path(args)
    if not path.is_file():
        raise CommandError(say(QT_TRANSLATE_NOOP("cli", "No database at {0}."), path))
    db = open_workspace(path, create=False, read_only=not write)
    try:
        if write:
            verify_intact(db.conn, path, thorough=True)
        money.install(get_money_format(db))  # the report's amounts in this file's currency
        yield db
    finally:
        db.conn.close()


def _filter(db: Database, args: argparse.Namespace) -> KpiFilter:
    segment_ids = []
    for name in args.segment:
        row = db.conn.execute("SELECT id FROM segment WHERE name = ? COLLATE NOCASE", (name,)).fetchone()
        if row is None:
            raise CommandError(say(QT_TRANSLATE_NOOP("cli", "No segment named '{0}'."), name))
        segment_ids.append(int(row[0]))
    return KpiFilter(segment_ids=tuple(segment_ids), owners=tuple(args.owner), stages=tuple(args.stage),
                     statuses=tuple(args.status), signed_from=args.signed_from, signed_to=args.signed_to)


def require_xlsx(target: Path) -> None:
    """The workbook written is .xlsx: a target named otherwise (r.csv) would get xlsx bytes
    that the program its name promises cannot open."""
    if target.suffix.lower() != ".xlsx":
        raise CommandError(say(QT_TRANSLATE_NOOP(
            "cli", "{0} is not an .xlsx name; the export writes an Excel workbook, so name "
            "it like {1}.xlsx."), target.name, target.stem or 'report'))


def run_export(args: argparse.Namespace) -> int:
    require_xlsx(args.target)
    with _database(args) as db:
        try:
            if args.playbooks:
                export_playbooks(db, args.target)
                print(say(QT_TRANSLATE_NOOP("cli", "Wrote the playbooks to {0}"), args.target))
                return 0
            result = export_report(db, args.target, as_of=args.as_of, flt=_filter(db, args))
        except ExcelError as exc:
            raise CommandError(exc.message) from exc
    counts = ", ".join(f"{n} {k.lower()}" for k, n in result.rows.items())
    print(say(QT_TRANSLATE_NOOP("cli", "Wrote {0}: {1}."), result.path, counts))
    return 0


def _print_preview(preview: ImportPreview, limit: int = 20) -> None:
    print(preview.summary())
    if preview.mapping.ignored_headers():
        print(say(QT_TRANSLATE_NOOP("cli", "  ignored columns: {0}"),
                  ", ".join(preview.mapping.ignored_headers())))
    for notice in preview.notices:
        print(say(QT_TRANSLATE_NOOP("cli", "  note: {0}"), notice_words(notice)))
    for question in preview.questions:
        for raw, dmy, mdy in question.examples:
            print(f"  '{question.column}' {raw}: {value_word('order', 'dmy')} {dmy}, "
                  f"{value_word('order', 'mdy')} {mdy}")
    for dropped in preview.dropped[:limit]:
        print(say(QT_TRANSLATE_NOOP("cli", "  row {0} kept without: {1}"), dropped.row, dropped.reason()))
    for planned in preview.updates[:limit]:
        changes = ", ".join(f"{k}: {old!r} -> {new!r}" for k, (old, new) in planned.changes.items())
        print(say(QT_TRANSLATE_NOOP("cli", "  row {0} update {1}: {2}"), planned.row, planned.label, changes))
    for rejected in preview.rejects[:limit]:
        print(say(QT_TRANSLATE_NOOP(
            "cli", "  row {0} rejected: {1}"), rejected.row, rejected.reason()), file=sys.stderr)
    hidden = len(preview.rejects) - limit
    if hidden > 0:
        print(say(QT_TRANSLATE_NOOP("cli", "  ... and {0} more rejected rows"), hidden), file=sys.stderr)


def _print_forecast(found: PlaybookForecast) -> None:
    if found.choice == "none":
        print(say(QT_TRANSLATE_NOOP("cli", "Playbooks: none applied to new accounts.")))
        return
    start = "today" if found.choice == "today" else "the signed date"
    print(say(QT_TRANSLATE_NOOP(
        "cli", "Playbooks from {0}: {1} journeys, {2} open tasks ({3} overdue), {4} "
        "done, {5} skipped, {6} milestones."),
        start, found.journeys, found.open, found.overdue, found.done, found.skipped, found.milestones))


def run_import(args: argparse.Namespace) -> int:
    with _database(args, write=not args.dry_run) as db:
        try:
            if args.playbooks == "file":
                plan = preview_playbooks(db, args.source)
                print(plan.summary())
                for problem in plan.problems:
                    print(f"  {problem}", file=sys.stderr)
                if not args.dry_run:
                    apply_playbooks(db, plan)
                    print(say(QT_TRANSLATE_NOOP("cli", "Imported the playbooks.")))
                return 0
            wanted = MappingArgs.parse(args, db)
            previews, skipped = preview_workbook(
                db, args.source, sheet=args.sheet, kind=args.kind, today=args.today, adjust=wanted.adjust,
                hints=LocaleHints(args.dates or "dmy", args.decimal))
            wanted.check_used()
            for line in skipped:
                print(line)
            for preview in previews:
                _print_preview(preview)
            _print_forecast(forecast_import(db, previews, args.playbooks, args.today or date.today()))
            if args.dry_run:
                print(say(QT_TRANSLATE_NOOP("cli", "Dry run: nothing was written.")))
                return 0
            refused = refusal(previews, kind_given=args.kind is not None)
            if refused:
                raise CommandError(refused)
            result = apply_import(db, previews, today=args.today, playbooks=args.playbooks)
            wanted.remember(previews)
        except ExcelError as exc:
            raise CommandError(exc.message) from exc
    print(result.summary())
    return 0


def run_template(args: argparse.Namespace) -> int:
    require_xlsx(args.target)
    path = db_path(args)
    try:
        if path.is_file():
            with _database(args) as db:
                export_template(db, args.target)
        else:
            export_template(None, args.target)
    except ExcelError as exc:
        raise CommandError(exc.message) from exc
    print(say(QT_TRANSLATE_NOOP("cli", "Wrote the import template to {0}"), args.target))
    return 0
