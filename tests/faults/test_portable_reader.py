"""The safe reader off Linux: without ``resource`` and ``signal.SIGKILL`` (Windows), and frozen.

Windows cannot be run here, so its two gaps are simulated in a fresh interpreter: importing
``resource`` fails, ``signal.SIGKILL`` is gone (``Popen.kill`` keeps working, as
TerminateProcess does there), and the reader child is told to behave as without
``resource`` too. The cap then rests on the parent's watchdog, and a memory bomb must
still be refused while the app lives. A frozen bundle is stood in for by a launcher script
playing ``sys.executable``, started with the hidden ``--_read-child`` flag.
"""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from tests.faults.conftest import ROOT, child_env, run_python
from tests.faults.test_hostile_files import SHEET_HEAD, build_xlsx
from tracker.excel import reader
from tracker.excel._read_child import CHILD_FLAG, NO_RLIMIT_ENV
from tracker.excel.errors import ExcelError

# Reading the bomb below needs about 1.3 GB (measured), more than four times this cap.
CAP_MB = 300


def build_wide_bomb(path: Path, rows: int = 2000) -> Path:
    """17 KB that asks for a gigabyte: one cell in the last column (XFD) makes every row
    16,384 cells wide in the reader's dense grid. Small and ordinary-looking enough to pass
    the zip checks, so only the memory cap can stop it."""
    cells = b"".join(b'<row r="%d"><c r="A%d"><v>%d</v></c></row>' % (n, n, n) for n in range(2, rows + 1))
    sheet = (SHEET_HEAD + b'<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="XFD1"><v>2</v></c></row>'
             + cells + b"</sheetData></worksheet>")
    return build_xlsx(path, sheet=sheet)


def build_good(path: Path) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["Account", "MRR"])
    book.active.append(["Acme", 1200])
    book.save(path)
    return path


SIMULATED = f"""
import json, os, signal, subprocess, sys

sys.modules["resource"] = None  # "import resource" now fails, as on Windows
KILL = signal.SIGKILL
del signal.SIGKILL              # nor is there a SIGKILL to name
subprocess.Popen.kill = lambda self: self.send_signal(KILL)  # TerminateProcess's stand-in
os.environ["{NO_RLIMIT_ENV}"] = "1"  # and the child cannot set RLIMIT_AS either

from tracker.excel import _read_child, reader
from tracker.excel.errors import ExcelError

outcome = {{"child_cap": _read_child._limit_memory({CAP_MB})}}
try:
    reader.read_sheet(sys.argv[1], memory_mb={CAP_MB})
    outcome["bomb"] = "read"
except ExcelError as exc:
    outcome["bomb"] = exc.code
    outcome["message"] = exc.message
try:
    reader.read_sheet(sys.argv[1], timeout=0.3, memory_mb=0)
    outcome["slow"] = "read"
except ExcelError as exc:
    outcome["slow"] = exc.code
sheet = reader.read_sheet(sys.argv[2])
outcome["good"] = sheet.rows
hwm = [line for line in open("/proc/self/status") if line.startswith("VmHWM:")]
outcome["self_peak_mb"] = int(hwm[0].split()[1]) / 1024
print(json.dumps(outcome))
"""


@pytest.mark.skipif(not Path("/proc/self/status").is_file(), reason="the watchdog here reads /proc")
def test_without_resource_and_sigkill_a_memory_bomb_is_still_refused(tmp_path: Path) -> None:
    bomb = build_wide_bomb(tmp_path / "wide.xlsx")
    assert bomb.stat().st_size < 64 * 1024
    good = build_good(tmp_path / "good.xlsx")
    done = run_python(SIMULATED, str(bomb), str(good), timeout=120)
    assert done.returncode == 0, done.stderr  # the app (this process) lives
    outcome = json.loads(done.stdout.strip().splitlines()[-1])
    assert outcome["child_cap"] == ""  # the child could not cap itself: the watchdog did
    assert outcome["bomb"] == "memory", outcome
    assert outcome["message"] == ("wide.xlsx needs more memory than allowed to read; it is damaged or "
                                  "not a normal workbook.")
    assert outcome["slow"] == "timeout"  # ended with Popen.kill(), no signal named
    assert outcome["good"] == [["Account", "MRR"], ["Acme", 1200]]
    assert outcome["self_peak_mb"] < 250


def test_with_rlimit_the_same_bomb_is_refused_by_the_child(tmp_path: Path) -> None:
    """Linux and macOS keep RLIMIT_AS: the child fails on its own, before the watchdog looks."""
    if sys.platform == "win32":
        pytest.skip("Windows caps the child with a Job Object")
    bomb = build_wide_bomb(tmp_path / "wide.xlsx")
    with pytest.raises(ExcelError) as err:
        reader.read_sheet(bomb, memory_mb=CAP_MB)
    assert err.value.code == "memory"


def test_died_of_memory_names_no_missing_signal(monkeypatch: pytest.MonkeyPatch) -> None:
    assert reader.died_of_memory(None) is False
    assert reader.died_of_memory(0) is False
    if sys.platform != "win32":
        assert reader.died_of_memory(-6) is True  # SIGABRT
        assert reader.died_of_memory(-9) is True  # SIGKILL
        monkeypatch.delattr("signal.SIGKILL")
        assert reader.died_of_memory(-9) is False
        assert reader.died_of_memory(-6) is True
    monkeypatch.setattr(sys, "platform", "win32")
    assert reader.died_of_memory(3) is True  # abort() in the C runtime
    assert reader.died_of_memory(0xC0000409) is True  # Rust's abort on Windows
    assert reader.died_of_memory(1) is False


def test_the_child_is_the_app_itself_in_a_frozen_bundle(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    app = "/Applications/Onboarding Tracker.app/Contents/MacOS/app"
    monkeypatch.setattr(sys, "executable", app)
    assert reader.child_command(Path("/x/book.xlsx"), "Accounts", 512) == [
        app, CHILD_FLAG, "/x/book.xlsx", "Accounts", "512"]
    monkeypatch.setattr(sys, "frozen", False)
    # Outside a bundle: this Python, isolated and without site, loading the child file (from its
    # cached bytecode) as the main module.
    assert reader.child_command(Path("/x/book.xlsx"), "", 512)[1:] == [
        "-I", "-S", "-c", reader.LAUNCH, str(reader.CHILD), "/x/book.xlsx", "", "512"]


LAUNCHER = """#!{python}
# Plays a frozen bundle's executable: the app's entry point, nothing else.
import sys
sys.path.insert(0, {root!r})
from {module} import main
sys.exit(main())
"""


@pytest.mark.skipif(sys.platform == "win32", reason="the stand-in launcher is a shebang script")
@pytest.mark.parametrize("module", ["ui.app", "tracker.cli"])
def test_a_frozen_app_reads_through_its_own_entry_point(
    module: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both entry points answer ``--_read-child`` first thing, so the bundle's reader works."""
    app = tmp_path / "OnboardingTracker"
    app.write_text(LAUNCHER.format(python=sys.executable, root=str(ROOT), module=module))
    app.chmod(0o755)
    good = build_good(tmp_path / "good.xlsx")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(app))
    sheet = reader.read_sheet(good)
    assert sheet.rows == [["Account", "MRR"], ["Acme", 1200]]


@pytest.mark.parametrize("command", [["-m", "ui"], ["-m", "tracker"]])
def test_module_entry_points_answer_the_child_flag(command: list[str], tmp_path: Path) -> None:
    good = build_good(tmp_path / "good.xlsx")
    env = child_env()
    env.pop("DISPLAY", None)
    done = subprocess.run([sys.executable, *command, CHILD_FLAG, str(good), "", "512"], capture_output=True,
                          timeout=60, env=env, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    answer = pickle.loads(done.stdout)
    assert answer["ok"] is True and answer["sheet"] == "Sheet"


def test_the_watchdog_can_see_a_process_memory() -> None:
    from tracker.excel import memwatch

    probe = memwatch.memory_probe()
    if probe is None:
        pytest.skip("no memory probe on this platform")
    held = probe(os.getpid())
    assert held is not None and held > 10 * (1 << 20)
    assert probe(2**22 + 12345) is None  # no such process
    if sys.platform.startswith("linux"):  # the other platforms' probes fail politely here
        assert memwatch._macos_rss(os.getpid()) is None
        assert memwatch._windows_rss(os.getpid()) is None
