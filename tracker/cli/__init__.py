"""Command line: ``python -m tracker COMMAND --db FILE ...``.

Each command lives in its own module and registers a sub-parser; errors the user can fix
print one line to stderr and exit non-zero, never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import re
import sqlite3
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from tracker import i18n
from tracker.domain import NotFoundError, ValidationError
from tracker.excel.formats import CHILD_FLAG
from tracker.storage.errors import StoreError, translate_sqlite_error
from tracker.temp_files import clean_leftovers
from tracker.version import app_version

# Modules that define ``register(subparsers)``; each sets ``func`` on its parser.
COMMAND_MODULES = (
    "tracker.cli.core_commands",
    "tracker.cli.kpi_commands",
    "tracker.cli.analytics_commands",
    "tracker.cli.excel_commands",
    "tracker.cli.goal_commands",
    "tracker.cli.plan_commands",
)

Handler = Callable[[argparse.Namespace], int]
CONSOLE_SCRIPT = "onboarding-tracker-cli"
# What a shell reports for a command stopped by SIGPIPE (128 + 13), e.g. ``kpis | head -1``.
EXIT_BROKEN_PIPE = 141


class CommandError(Exception):
    """A user-facing failure of a command: printed as one line, exit code 1 (or ``code``)."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


def say(template: str, *args: object) -> str:
    """A sentence the command line prints, in the language of ``--lang`` (``template`` is
    marked with ``QT_TRANSLATE_NOOP("cli", ...)`` where it is written, so lupdate finds it)."""
    return i18n.words("cli", template, *args)


def say_counted(template: str, n: int, *args: object) -> str:
    """:func:`say` for a counted sentence ("%n account(s)", marked with
    ``QT_TRANSLATE_N_NOOP("cli", ...)``): the plural form of the language for ``n``."""
    return i18n.counted_words("cli", template, n, *args)


def program_name(argv0: str | None = None) -> str:
    """How the user started us, for the usage line: the console script or ``python -m tracker``."""
    name = Path(sys.argv[0] if argv0 is None else argv0).name
    if name.lower().startswith(CONSOLE_SCRIPT):  # also onboarding-tracker-cli.exe on Windows
        return CONSOLE_SCRIPT
    if name in ("__main__.py", "-m", "", "-c"):
        return "python -m tracker"
    return name


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


def build_parser(prog: str | None = None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=prog or program_name(),
        description="Onboarding Tracker: manage the onboarding database from the command line.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {app_version()}")
    parser.add_argument("--lang", metavar="CODE",
                        help="language of the messages: en or ms (default: the environment's locale)")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments[:1] == [CHILD_FLAG]:  # a frozen bundle starting its own safe-reader child
        from tracker.excel._read_child import main as read_child

        return read_child(arguments)
    pre = argparse.ArgumentParser(add_help=False)
    pre.add_argument("--lang")
    chosen, _rest = pre.parse_known_args(arguments)
    i18n.install_catalog(chosen.lang or i18n.language_from_environment())
    clean_leftovers()  # the scratch files of a killed export or read (tracker.temp_files)
    with printable_output():
        return _run(arguments)


_ERROR = i18n.QT_TRANSLATE_NOOP("cli", "error: {0}")


def _run(arguments: list[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(arguments)
    func: Handler = args.func
    try:
        code = func(args)
        sys.stdout.flush()  # a closed pipe shows here, not in the interpreter's exit flush
        return code
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    except CommandError as exc:
        print(say(_ERROR, exc), file=sys.stderr)
        return exc.code
    except (StoreError, ValidationError) as exc:
        print(say(_ERROR, exc.message), file=sys.stderr)
        return 1
    except sqlite3.Error as exc:
        print(say(_ERROR, translate_sqlite_error(exc, getattr(args, "db", None)).message),
              file=sys.stderr)
        return 1
    except NotFoundError:
        print(say(_ERROR, say(i18n.QT_TRANSLATE_NOOP("cli", "a record the command needs no longer exists."))),
              file=sys.stderr)
        return 1
    except (OSError, ValueError) as exc:
        print(say(_ERROR, exc), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(say(_ERROR, say(i18n.QT_TRANSLATE_NOOP("cli", "interrupted"))), file=sys.stderr)
        return 130


def _silence_stdout() -> None:
    """The reader went away (``| head``): point stdout at the null device so the interpreter's
    final flush does not print a traceback about the pipe it can no longer write to."""
    with contextlib.suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
