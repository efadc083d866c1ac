"""Core commands: demo, check, backup."""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import Any

from tracker.cli import CommandError, cli_date, say
from tracker.demo import SIZES, generate_demo, size_to_count
from tracker.i18n import QT_TRANSLATE_NOOP
from tracker.paths import default_db_path
from tracker.storage.db import backup_database, check_database
from tracker.storage.errors import StoreError, damaged_message
from tracker.workspace import open_workspace


def add_db_argument(parser: argparse.ArgumentParser, required: bool = False) -> None:
    parser.add_argument(
        "--db", type=Path, default=None, required=required,
        help=f"database file (default: {default_db_path()})",
    )


def db_path(args: argparse.Namespace) -> Path:
    return Path(args.db) if args.db else default_db_path()


def register(subparsers: Any) -> None:
    demo = subparsers.add_parser("demo", help="create a new database filled with demo data")
    add_db_argument(demo, required=True)
    demo.add_argument("--size", default="S",
                      help=f"portfolio size: {', '.join(f'{k}={v}' for k, v in SIZES.items())}"
                      " accounts, or a number (default S)")
    demo.add_argument("--seed", type=int, default=7)
    demo.add_argument("--as-of", type=cli_date, default=None,
                      help="the demo's 'today' (YYYY-MM-DD, default today)")
    demo.add_argument("--force", action="store_true", help="replace an existing file")
    demo.set_defaults(func=run_demo)

    check = subparsers.add_parser("check", help="check a database's integrity and schema")
    add_db_argument(check)
    check.set_defaults(func=run_check)

    backup = subparsers.add_parser("backup", help="copy the database safely, even while open")
    add_db_argument(backup)
    backup.add_argument("--to", type=Path, default=None,
                        help="target file (default: backups/ beside the database)")
    backup.set_defaults(func=run_backup)


def run_demo(args: argparse.Namespace) -> int:
    path = db_path(args)
    count = size_to_count(args.size)  # a bad size is refused before any file is touched
    if count < 1:
        raise CommandError(say(QT_TRANSLATE_NOOP("cli", "The demo needs at least one account.")))
    if path.is_dir():
        raise CommandError(say(QT_TRANSLATE_NOOP("cli", "{0} is a folder, not a database file."), path))
    if path.exists():
        if not args.force:
            raise CommandError(say(QT_TRANSLATE_NOOP(
                "cli", "{0} already exists; use --force to replace it."), path))
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
    started = time.perf_counter()
    db = None
    try:
        # Inside the try: a file that fails while being created (its migration, a full disk)
        # is the demo's own and must not stay behind as an empty database.
        db = open_workspace(path)
        summary = generate_demo(db, count, seed=args.seed, today=args.as_of)
    except BaseException as exc:
        if db is not None:
            db.conn.close()
        for suffix in ("", "-wal", "-shm"):  # no empty or half-built demo file is left behind
            Path(str(path) + suffix).unlink(missing_ok=True)
        if isinstance(exc, StoreError):
            # The store's own sentence says the file "was left as it was": true for a user's
            # database, not for a new demo file, which is gone now. Name the cause instead.
            cause = exc.__cause__ or exc.message
            raise CommandError(say(QT_TRANSLATE_NOOP(
                "cli", "The demo could not be created at {0} ({1}); no file was left behind."),
                path, cause)) from exc
        raise
    db.conn.close()
    took = time.perf_counter() - started
    print(say(QT_TRANSLATE_NOOP(
        "cli", "Created {0}: {1} accounts, {2} contacts, {3} tasks, {4} milestones, {5} "
        "feedback, {6} activities in {7:.1f} s."),
        path, summary.accounts, summary.contacts, summary.tasks, summary.milestones, summary.feedback,
        summary.activities, took))
    return 0


def run_check(args: argparse.Namespace) -> int:
    path = db_path(args)
    problems = check_database(path)
    for problem in problems:
        print(problem)
    if any(p.startswith("Integrity:") for p in problems):
        print(damaged_message(path))
    if problems:
        return 1
    print(say(QT_TRANSLATE_NOOP("cli", "{0}: ok"), path))
    return 0


def run_backup(args: argparse.Namespace) -> int:
    path = db_path(args)
    if not path.is_file():
        raise CommandError(say(QT_TRANSLATE_NOOP("cli", "No database at {0}."), path))
    target = args.to or path.parent / "backups" / f"{path.stem}-{time.strftime('%Y%m%d-%H%M%S')}.db"
    backup_database(path, target)
    print(say(QT_TRANSLATE_NOOP("cli", "Backed up {0} to {1}"), path, target))
    return 0
