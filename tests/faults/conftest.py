"""Fault and bad-input suite: shared helpers, and the switch for the long campaigns.

Tests marked ``slow`` (the long kill and fuzz campaigns) are skipped unless asked for:

    .venv/bin/pytest -m slow tests/faults          # only the campaigns
    ONBT_SLOW=1 .venv/bin/pytest tests/faults      # everything in this folder

The default run keeps a few trials of each so the machinery cannot rot.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FAULTS = Path(__file__).resolve().parent


def slow_requested(config: pytest.Config) -> bool:
    if os.environ.get("ONBT_SLOW") == "1":
        return True
    expr = (config.option.markexpr or "").replace(" ", "")
    return "slow" in expr and "notslow" not in expr


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if slow_requested(config):
        return
    skip = pytest.mark.skip(reason="long campaign: run with `pytest -m slow tests/faults`")
    for item in items:
        if "slow" in item.keywords and FAULTS in Path(str(item.path)).parents:
            item.add_marker(skip)


def campaign(fast: int, slow: int) -> pytest.MarkDecorator:
    """Parametrize ``trials``: a few in the default run, the full campaign marked slow."""
    return pytest.mark.parametrize("trials", [
        pytest.param(fast, id="fast"),
        pytest.param(slow, id="campaign", marks=pytest.mark.slow),
    ])


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def run_python(code: str, *args: str, timeout: float = 60.0) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a fresh interpreter (the project importable) and wait for it."""
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code), *args], capture_output=True,
                          text=True, timeout=timeout, env=child_env(), cwd=ROOT)


def spawn_python(code: str, *args: str) -> subprocess.Popen[str]:
    """Start ``code`` in a fresh interpreter; pipes for stdin (to release it) and progress lines."""
    return subprocess.Popen([sys.executable, "-u", "-c", textwrap.dedent(code), *args],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=child_env(), cwd=ROOT)


def run_cli(*args: str, timeout: float = 60.0) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tracker", *args], capture_output=True, text=True,
                          timeout=timeout, env=child_env(), cwd=ROOT)


def one_clear_line(stderr: str) -> str:
    """The CLI's error output must be one line, no traceback; returns that line."""
    lines = [line for line in stderr.strip().splitlines() if line.strip()]
    assert "Traceback" not in stderr, stderr
    assert len(lines) == 1, stderr
    return lines[0]


def integrity(path: Path) -> str:
    import sqlite3

    conn = sqlite3.connect(str(path))
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def count(path: Path, table: str, where: str = "1", params: tuple[object, ...] = ()) -> int:
    import sqlite3

    conn = sqlite3.connect(str(path))
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table} WHERE {where}", params).fetchone()[0])
    finally:
        conn.close()


def can_mount() -> bool:
    return sys.platform.startswith("linux") and hasattr(os, "geteuid") and os.geteuid() == 0 \
        and shutil.which("mount") is not None


@contextmanager
def tiny_filesystem(size_kb: int) -> Iterator[Path]:
    """A tmpfs of ``size_kb`` (needs root on Linux); skips the test where it cannot mount."""
    if not can_mount():
        pytest.skip("mounting a tiny tmpfs needs root on Linux")
    where = Path(tempfile.mkdtemp(prefix="onbt-tinyfs-"))
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(where)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        where.rmdir()
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], capture_output=True)
        shutil.rmtree(where, ignore_errors=True)


def remount_read_only(where: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(where)], check=True, capture_output=True)


def fingerprint(db: object) -> str:
    """A hash of every row of the database: equal before and after means nothing was written."""
    import hashlib

    conn = db.conn  # type: ignore[attr-defined]
    digest = hashlib.sha256()
    for line in conn.iterdump():
        digest.update(line.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def import_file(db: object, path: Path, today: object = None) -> str:
    """Read, preview and apply ``path`` the way the app does.

    Returns "imported", or the ExcelError's message after checking the database is unchanged.
    Any other exception escapes, which is what the fault tests look for.
    """
    from tracker.excel.errors import ExcelError
    from tracker.excel.importer import apply_import
    from tracker.excel.preview import preview_sheet
    from tracker.excel.reader import read_sheet

    before = fingerprint(db)
    try:
        sheet = read_sheet(path, timeout=20)
        preview = preview_sheet(db, sheet, today=today)  # type: ignore[arg-type]
        apply_import(db, [preview], today=today)  # type: ignore[arg-type]
    except ExcelError as exc:
        assert exc.message and "\n" not in exc.message and "Traceback" not in exc.message, exc.message
        assert fingerprint(db) == before, "a refused import changed the database"
        return exc.message
    return "imported"
