"""The command line as a program: its name in the usage line, --version, a closed pipe."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlite_utils import Database

from tracker.cli import CONSOLE_SCRIPT, EXIT_BROKEN_PIPE, build_parser, program_name
from tracker.version import app_version

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("argv0", "expected"), [
    ("/home/me/.venv/bin/onboarding-tracker-cli", CONSOLE_SCRIPT),
    (r"C:\Users\me\venv\Scripts\onboarding-tracker-cli.exe", CONSOLE_SCRIPT),
    ("/repo/tracker/__main__.py", "python -m tracker"),
    ("-c", "python -m tracker"),
])
def test_usage_names_the_program_as_started(argv0: str, expected: str) -> None:
    name = program_name(argv0.replace("\\", "/"))
    assert name == expected
    assert build_parser(name).format_usage().startswith(f"usage: {expected} ")


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        build_parser("onboarding-tracker-cli").parse_args(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out == f"onboarding-tracker-cli {app_version()}\n"


def test_a_closed_pipe_ends_quietly(demo_db: Database) -> None:
    """``kpis | head -1``: the reader leaves early; no traceback, the shell's SIGPIPE status."""
    path = Path(str(demo_db.conn.execute("PRAGMA database_list").fetchone()[2]))
    proc = subprocess.Popen([sys.executable, "-m", "tracker", "kpis", "--db", str(path)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # the reader is gone before the first line is written
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == EXIT_BROKEN_PIPE
    assert err == ""
