"""Command line: ``python -m tracker COMMAND --db FILE ...``.

Each command lives in its own module and registers a sub-parser; errors the user can fix
print one line to stderr and exit non-zero, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sqlite3
import sys
from collections.abc import Callable, Sequence

from tracker.domain import NotFoundError, ValidationError
from tracker.storage.errors import StoreError, translate_sqlite_error

# Modules that define ``register(subparsers)``; each sets ``func`` on its parser.
COMMAND_MODULES = (
    "tracker.cli.core_commands",
    "tracker.cli.kpi_commands",
    "tracker.cli.analytics_commands",
    "tracker.cli.excel_commands",
)

Handler = Callable[[argparse.Namespace], int]


class CommandError(Exception):
    """A user-facing failure of a command: printed as one line, exit code 1 (or ``code``)."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m tracker",
        description="Onboarding Tracker: manage the onboarding database from the command line.",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    func: Handler = args.func
    try:
        return func(args)
    except CommandError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.code
    except (StoreError, ValidationError) as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return 1
    except sqlite3.Error as exc:
        print(f"error: {translate_sqlite_error(exc, getattr(args, 'db', None)).message}",
              file=sys.stderr)
        return 1
    except NotFoundError:
        print("error: a record the command needs no longer exists.", file=sys.stderr)
        return 1
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 130
