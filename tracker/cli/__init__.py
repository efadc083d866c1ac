"""Command line: ``python -m tracker COMMAND --db FILE ...``.

Each command lives in its own module and registers a sub-parser; errors the user can fix
print one line to stderr and exit non-zero, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import re
import sqlite3
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from typing import Any, TextIO

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


# Control characters a terminal acts on (C0 but tab and newline, DEL, C1, which includes the
# 8-bit CSI) and the bidirectional overrides that make text read other than it is stored.
_UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """``text`` safe to print: every control character shown as an escape (``\\x1b``), so a
    cell holding a terminal escape sequence is printed, never obeyed."""
    return _UNPRINTABLE.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100
                            else f"\\u{ord(m.group()):04x}", text)


class _PrintableStream:
    """A text stream that runs everything written through :func:`printable`."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(printable(text))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


@contextmanager
def printable_output() -> Iterator[None]:
    """Everything a command prints (stdout and stderr, argparse's own errors too) goes
    through :func:`printable` while it runs: the one place output is made safe."""
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = _PrintableStream(out), _PrintableStream(err)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = out, err


def cli_date(text: str) -> date:
    """An argparse type for dates: strict YYYY-MM-DD within the years the app accepts,
    refused with the validation layer's sentence (not "ordinal must be >= 1")."""
    from tracker.domain import ValidationError
    from tracker.validation import iso_date

    try:
        return iso_date(text, "", "date")
    except ValidationError as exc:
        raise argparse.ArgumentTypeError(exc.message) from None


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
    with printable_output():
        return _run(argv)


def _run(argv: Sequence[str] | None) -> int:
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
