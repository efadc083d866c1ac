"""Issue 13 item 8: a killed export leaks no temporary files.

Before: XlsxWriter's per-sheet temporaries went to the system's temp folder, and every killed
L export left about 61 MB there for good. Now they go into a scratch folder of the app's own
(``tracker.paths.temp_dir()``), removed when the export ends, and a killed export's folder is
removed at the next start of any command (or the app) and before the next export.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest

from tests.faults.conftest import ROOT, child_env
from tracker.temp_files import clean_leftovers, scratch_folder

EXPORTER = """
import sys
from datetime import date
from tracker.excel.report import export_report
from tracker.workspace import open_workspace

def progress(done, total, text):
    if text not in ("Summary", "Saving"):  # a data sheet is being written: its temporaries exist
        print("WRITING", flush=True)
        sys.stdin.readline()  # held here until the test kills it

db = open_workspace(sys.argv[1])
export_report(db, sys.argv[2], as_of=date(2026, 6, 15), progress=progress)
print("DONE", flush=True)
"""


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


def test_a_killed_export_leaves_nothing_in_the_system_temp_folder_and_the_next_start_cleans_up(
        demo_template: Path, tmp_path: Path) -> None:
    home, system_tmp = tmp_path / "home", tmp_path / "system-tmp"
    system_tmp.mkdir()
    database = tmp_path / "export.db"
    database.write_bytes(demo_template.read_bytes())
    target = tmp_path / "report.xlsx"
    env = {**child_env(), "ONBOARDING_TRACKER_HOME": str(home), "TMPDIR": str(system_tmp),
           "TEMP": str(system_tmp), "TMP": str(system_tmp)}
    command = [sys.executable, "-u", "-c", textwrap.dedent(EXPORTER), str(database), str(target)]
    proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env, cwd=ROOT)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line.strip() == "WRITING", line + (proc.stderr.read() if proc.stderr else "")
        scratch = _files(home / "tmp")
        assert scratch, "the export's temporaries are in the app's own temp folder"
        assert _files(system_tmp) == []
    finally:
        proc.kill()  # TerminateProcess on Windows, SIGKILL elsewhere: no cleanup code runs
        proc.communicate(timeout=30)
    assert _files(system_tmp) == [], "a killed export left files in the system's temp folder"
    assert not target.exists()
    assert _files(home / "tmp"), "(the killed export's own folder is still there, until the next start)"
    started = subprocess.run([sys.executable, "-m", "tracker", "--version"], capture_output=True, text=True,
                             env=env, cwd=ROOT, timeout=60)
    assert started.returncode == 0, started.stderr
    assert _files(home / "tmp") == [] and list((home / "tmp").iterdir()) == []


def test_an_export_that_ends_leaves_its_scratch_folder_empty(
        demo_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tracker.excel.report import export_report
    from tracker.workspace import open_workspace

    monkeypatch.setenv("ONBOARDING_TRACKER_HOME", str(tmp_path / "home"))
    database = tmp_path / "export.db"
    database.write_bytes(demo_template.read_bytes())
    db = open_workspace(database)
    try:
        export_report(db, tmp_path / "r.xlsx", as_of=date(2026, 6, 15))
    finally:
        db.conn.close()
    assert (tmp_path / "r.xlsx").stat().st_size > 0
    assert list((tmp_path / "home" / "tmp").iterdir()) == []


def test_the_cleanup_spares_live_processes_and_what_it_did_not_name(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ONBOARDING_TRACKER_HOME", str(tmp_path))
    root = tmp_path / "tmp"
    with scratch_folder("export") as mine:
        (mine / "sheet1.xml").write_text("x")
        dead = subprocess.Popen([sys.executable, "-c", "pass"])
        dead.wait()
        gone = root / f"export-{dead.pid}-abc123"
        gone.mkdir()
        (gone / "tmpfile").write_text("x")
        foreign = root / "notes.txt"
        foreign.write_text("keep")
        removed = clean_leftovers()
        assert removed == [gone] and mine.exists() and foreign.exists()
    assert not mine.exists()


@pytest.mark.skipif(os.name != "posix", reason="a read-only folder is simulated with POSIX permissions")
def test_a_data_folder_that_cannot_be_written_falls_back_to_the_system_temp_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        pytest.skip("root writes to read-only folders")
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    monkeypatch.setenv("ONBOARDING_TRACKER_HOME", str(locked))
    try:
        with scratch_folder("export") as folder:
            assert folder.is_dir() and locked not in folder.parents
    finally:
        locked.chmod(0o700)
