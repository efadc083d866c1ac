"""The command line: demo, check, backup; errors are one line on stderr, never a traceback."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import TODAY
from tracker.cli import main
from tracker.storage.db import SCHEMA_VERSION, check_database

ROOT = Path(__file__).resolve().parents[2]


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_demo_creates_a_portfolio(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "sub" / "demo.db"
    code, out, err = _run(capsys, "demo", "--db", str(path), "--size", "XS", "--as-of", TODAY.isoformat())
    assert (code, err) == (0, "")
    assert out.startswith(f"Created {path}: 8 accounts, ")
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM account").fetchone()[0] == 8
    assert conn.execute("SELECT max(signed_date) FROM account").fetchone()[0] <= TODAY.isoformat()
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()


def test_demo_refuses_an_existing_file_unless_forced(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "demo.db"
    path.write_text("precious")
    code, out, err = _run(capsys, "demo", "--db", str(path), "--size", "XS")
    assert code == 1 and out == ""
    assert err == f"error: {path} already exists; use --force to replace it.\n"
    assert path.read_text() == "precious"
    code, _out, err = _run(capsys, "demo", "--db", str(path), "--size", "3", "--force")
    assert (code, err) == (0, "")
    assert check_database(path) == []


@pytest.mark.parametrize("size", ["huge", "0"])
def test_demo_bad_size_creates_no_file(tmp_path: Path, capsys: pytest.CaptureFixture[str], size: str) -> None:
    path = tmp_path / "demo.db"
    code, out, err = _run(capsys, "demo", "--db", str(path), "--size", size)
    assert code == 1 and out == ""
    assert err.startswith("error: ") and err.count("\n") == 1
    assert not path.exists()


def test_demo_into_a_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = _run(capsys, "demo", "--db", str(tmp_path), "--size", "XS", "--force")
    assert code == 1 and err == f"error: {tmp_path} is a folder, not a database file.\n"
    assert tmp_path.is_dir()


def test_check_healthy(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(capsys, "check", "--db", str(db_path))
    assert (code, out, err) == (0, f"{db_path}: ok\n", "")


def test_check_corrupt_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bad.db"
    path.write_bytes(b"\x13\x37" * 2048)
    code, out, _err = _run(capsys, "check", "--db", str(path))
    assert code == 1
    assert "not a valid Onboarding Tracker database" in out


def test_check_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = _run(capsys, "check", "--db", str(tmp_path / "none.db"))
    assert code == 1 and out == f"No database at {tmp_path / 'none.db'}.\n"
    assert not (tmp_path / "none.db").exists()


def test_check_uses_the_default_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    home = tmp_path / "home"
    home.mkdir()
    shutil.copy(db_path, home / "tracker.db")
    monkeypatch.setenv("ONBOARDING_TRACKER_HOME", str(home))
    code, out, _err = _run(capsys, "check")
    assert (code, out) == (0, f"{home / 'tracker.db'}: ok\n")


def test_backup_to_a_path_and_to_the_default_folder(db_path: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "copies" / "copy.db"
    code, out, err = _run(capsys, "backup", "--db", str(db_path), "--to", str(target))
    assert (code, out, err) == (0, f"Backed up {db_path} to {target}\n", "")
    assert check_database(target) == []
    code, out, _err = _run(capsys, "backup", "--db", str(db_path))
    assert code == 0
    made = list((db_path.parent / "backups").glob("tracker-*.db"))
    assert len(made) == 1 and str(made[0]) in out


def test_backup_errors_are_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(capsys, "backup", "--db", str(tmp_path / "none.db"))
    assert (code, out) == (1, "")
    assert err == f"error: No database at {tmp_path / 'none.db'}.\n"
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"junk" * 1000)
    code, _out, err = _run(capsys, "backup", "--db", str(garbage), "--to", str(tmp_path / "c.db"))
    assert code == 1 and err.startswith("error: The file is not a valid") and err.count("\n") == 1


def test_unexpected_sqlite_error_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    import tracker.cli.core_commands as commands

    def broken(_path: Path) -> list[str]:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(commands, "check_database", broken)
    code, _out, err = _run(capsys, "check", "--db", str(tmp_path / "x.db"))
    assert code == 1 and err.startswith("error: Database error") and err.count("\n") == 1


def _python_m(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tracker", *args], capture_output=True, text=True,
                          cwd=cwd, timeout=120, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})


def test_python_m_tracker_newer_database_is_one_line(db_path: Path, tmp_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    out = _python_m("check", "--db", str(db_path), cwd=tmp_path)
    assert out.returncode == 1
    assert "Traceback" not in out.stderr
    assert "newer than this version" in out.stdout


def test_python_m_tracker_errors_have_no_traceback(tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"\x00" * 100 + b"junk" * 1000)
    out = _python_m("backup", "--db", str(garbage), cwd=tmp_path)
    assert out.returncode == 1
    assert out.stderr.startswith("error: ") and out.stderr.count("\n") == 1
    assert "Traceback" not in out.stderr

    existing = tmp_path / "exists.db"
    existing.write_text("x")
    out = _python_m("demo", "--db", str(existing), cwd=tmp_path)
    assert (out.returncode, out.stdout) == (1, "")
    assert out.stderr == f"error: {existing} already exists; use --force to replace it.\n"


def test_python_m_tracker_demo_then_check(tmp_path: Path) -> None:
    path = tmp_path / "d.db"
    made = _python_m("demo", "--db", str(path), "--size", "XS", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    checked = _python_m("check", "--db", str(path), cwd=tmp_path)
    assert (checked.returncode, checked.stdout) == (0, f"{path}: ok\n")
