"""Kill campaigns: SIGKILL a child process at random moments while it writes.

Afterwards the database passes ``PRAGMA integrity_check``, every unit of work is wholly
there or wholly absent, and everything the child reported as committed is still there.
The same for an Excel import (wholly there or wholly absent) and a report export (the
previous file stays intact until the new one is complete).
"""

from __future__ import annotations

import os
import random
import signal
import sys
import threading
import time
from datetime import date
from pathlib import Path

import pytest

from tests.faults.conftest import campaign, count, integrity, spawn_python
from tracker.demo import SIZES
from tracker.workspace import open_workspace

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

SERVICE_WRITER = """
import sys
from datetime import date
from tracker.services.accounts import create_account
from tracker.services.journeys import apply_playbook
from tracker.storage.db import transaction
from tracker.workspace import open_workspace

db = open_workspace(sys.argv[1])
playbook = db.conn.execute("SELECT id FROM playbook WHERE kind = 'initial' ORDER BY id LIMIT 1").fetchone()[0]
print("READY", flush=True)
for i in range(100000):
    with transaction(db):
        account = create_account(db, {"name": f"kill-{i}", "mrr": 100}).value
        apply_playbook(db, account, playbook, date(2026, 1, 5))
    print(f"C {i}", flush=True)
"""

DEMO_WRITER = """
import sys
from datetime import date
from tracker.demo import generate_demo
from tracker.workspace import open_workspace

db = open_workspace(sys.argv[1])
print("READY", flush=True)
generate_demo(db, sys.argv[2], today=date(2026, 6, 15))
print("DONE", flush=True)
"""


class Reader:
    """Collects a child's stdout lines on a thread so the parent can kill at any moment."""

    def __init__(self, proc: object, start: str = "READY") -> None:
        self.lines: list[str] = []
        self._proc = proc
        self._start = start
        self.ready = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        stdout = self._proc.stdout  # type: ignore[attr-defined]
        for line in stdout:
            self.lines.append(line.strip())
            if line.startswith(self._start):
                self.ready.set()
        self.ready.set()

    def join(self) -> None:
        self._thread.join(timeout=30)


def kill_after(code: str, args: list[str], delay: float, start: str = "READY") -> list[str]:
    """Start ``code``, wait for its ``start`` line, SIGKILL it ``delay`` seconds later; its lines."""
    proc = spawn_python(code, *args)
    reader = Reader(proc, start)
    assert reader.ready.wait(60), "the child never got ready"
    time.sleep(delay)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    reader.join()
    if "READY" not in reader.lines:
        assert proc.stderr is not None
        pytest.fail(f"child failed before it started: {proc.stderr.read()}")
    return reader.lines


def run_time(code: str, args: list[str], start: str = "READY") -> float:
    """Seconds from ``start`` to DONE of one uninterrupted run: kills are spread over this window."""
    proc = spawn_python(code, *args)
    assert proc.stdout is not None
    started = 0.0
    for line in proc.stdout:
        if line.startswith(start):
            started = time.monotonic()
        elif line.startswith("DONE"):
            break
    took = time.monotonic() - started
    proc.wait(timeout=60)
    return took


def _tasks_per_playbook(path: Path) -> int:
    db = open_workspace(path)
    try:
        return int(db.conn.execute(
            "SELECT count(*) FROM playbook_step WHERE is_milestone = 0 AND playbook_id = "
            "(SELECT id FROM playbook WHERE kind = 'initial' ORDER BY id LIMIT 1)").fetchone()[0])
    finally:
        db.conn.close()


@campaign(fast=3, slow=40)
def test_kill_during_service_writes(trials: int, demo_template: Path, tmp_path: Path) -> None:
    rng = random.Random(1234)
    original_accounts = count(demo_template, "account")
    expected_tasks = _tasks_per_playbook(demo_template)
    committed_total = 0
    for trial in range(trials):
        path = tmp_path / f"kill-{trial}.db"
        path.write_bytes(demo_template.read_bytes())
        lines = kill_after(SERVICE_WRITER, [str(path)], rng.uniform(0.0, 0.6))
        reported = {int(line.split()[1]) for line in lines if line.startswith("C ")}
        committed_total += len(reported)
        assert integrity(path) == "ok"
        import sqlite3

        conn = sqlite3.connect(path)
        try:
            found = {int(name.split("-")[1]): tasks for name, tasks in conn.execute(
                "SELECT a.name, (SELECT count(*) FROM task t WHERE t.account_id = a.id)"
                " FROM account a WHERE a.name LIKE 'kill-%'")}
            others = conn.execute("SELECT count(*) FROM account WHERE name NOT LIKE 'kill-%'").fetchone()[0]
        finally:
            conn.close()
        assert others == original_accounts, "earlier data lost"
        assert reported <= set(found), f"reported commits lost: {sorted(reported - set(found))}"
        assert len(set(found) - reported) <= 1, "more than the in-flight unit appeared"
        assert all(n == expected_tasks for n in found.values()), f"a half-written unit: {found}"
        # The database opens and works after the kill.
        db = open_workspace(path)
        db.conn.close()
    print(f"service-write kills: {trials} trials, {committed_total} commits checked")


@campaign(fast=2, slow=30)
def test_kill_during_demo_generation(trials: int, tmp_path: Path) -> None:
    rng = random.Random(99)
    full = SIZES["M"]
    outcomes = {"empty": 0, "complete": 0}
    for trial in range(trials):
        path = tmp_path / f"demo-{trial}.db"
        lines = kill_after(DEMO_WRITER, [str(path), "M"], rng.uniform(0.0, 0.4))
        assert integrity(path) == "ok"
        accounts = count(path, "account")
        assert accounts in (0, full), f"half a demo: {accounts} accounts"
        if "DONE" in lines:
            assert accounts == full
        outcomes["complete" if accounts else "empty"] += 1
        db = open_workspace(path)
        db.conn.close()
    print(f"demo kills: {trials} trials, outcomes {outcomes}")


# --- Excel import and export ------------------------------------------------------------

IMPORTER = """
import sys
from datetime import date
from tracker.excel.importer import apply_import
from tracker.excel.preview import preview_sheet
from tracker.excel.reader import read_sheet
from tracker.services.accounts import update_account
from tracker.workspace import open_workspace

db = open_workspace(sys.argv[1])
print("READY", flush=True)
update_account(db, 1, {"notes": "committed before the import"})
print("MARKED", flush=True)
sheet = read_sheet(sys.argv[2])
preview = preview_sheet(db, sheet, today=date(2026, 6, 15))
print("APPLYING", len(preview.creates), flush=True)
apply_import(db, [preview], today=date(2026, 6, 15))
print("DONE", flush=True)
"""

EXPORTER = """
import sys
from datetime import date
from tracker.excel.report import export_report
from tracker.workspace import open_workspace

def progress(done, total, text):
    if text == "Saving":
        print("SAVING", flush=True)

db = open_workspace(sys.argv[1])
print("READY", flush=True)
export_report(db, sys.argv[2], as_of=date(2026, 6, 15), progress=progress)
print("DONE", flush=True)
"""

IMPORT_ROWS = 20_000


@pytest.fixture(scope="module")
def contacts_sheet(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """IMPORT_ROWS new contacts for the S portfolio's accounts, one sheet."""
    from openpyxl import Workbook

    pytest.importorskip("tracker.excel.importer")
    import sqlite3

    accounts = [r[0] for r in sqlite3.connect(demo_template).execute("SELECT id FROM account")]
    path = tmp_path_factory.mktemp("kill-import") / "contacts.xlsx"
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Contacts")
    ws.append(["Account ID", "Contact", "E-mail", "Role", "Invited"])
    for i in range(IMPORT_ROWS):
        ws.append([accounts[i % len(accounts)], f"Killed Import {i}", f"k{i}@import.example", "end_user",
                   f"2026-0{1 + i % 5}-1{i % 9}"])
    wb.save(path)
    return path


@campaign(fast=3, slow=30)
def test_kill_during_import(trials: int, demo_template: Path, contacts_sheet: Path, tmp_path: Path) -> None:
    rng = random.Random(555)
    contacts_before = count(demo_template, "contact")
    outcomes = {"absent": 0, "whole": 0}
    calibrate = tmp_path / "calibrate.db"
    calibrate.write_bytes(demo_template.read_bytes())
    window = run_time(IMPORTER, [str(calibrate), str(contacts_sheet)])
    calibrate.write_bytes(demo_template.read_bytes())
    apply_window = run_time(IMPORTER, [str(calibrate), str(contacts_sheet)], start="APPLYING")
    for trial in range(trials):
        path = tmp_path / f"import-{trial}.db"
        path.write_bytes(demo_template.read_bytes())
        # Every other kill lands while apply_import writes (timed from the APPLYING line).
        if trial % 2:
            lines = kill_after(IMPORTER, [str(path), str(contacts_sheet)],
                               rng.uniform(0.0, 1.3 * apply_window), start="APPLYING")
        else:
            lines = kill_after(IMPORTER, [str(path), str(contacts_sheet)], rng.uniform(0.0, window))
        assert integrity(path) == "ok"
        imported = count(path, "contact", "email LIKE '%@import.example'")
        assert imported in (0, IMPORT_ROWS), f"half an import: {imported} rows"
        assert count(path, "contact") == contacts_before + imported, "earlier contacts lost"
        if "MARKED" in lines:
            assert count(path, "account", "id = 1 AND notes = 'committed before the import'") == 1
        if "DONE" in lines:
            assert imported == IMPORT_ROWS
        outcomes["whole" if imported else "absent"] += 1
    print(f"import kills: {trials} trials over a {window:.2f} s run ({apply_window:.2f} s applying), "
          f"{outcomes}")


@campaign(fast=3, slow=30)
def test_kill_during_export_keeps_the_previous_file(trials: int, demo_template: Path, tmp_path: Path) -> None:
    pytest.importorskip("tracker.excel.report")
    from openpyxl import load_workbook

    from tracker.excel.report import export_report

    path = tmp_path / "export.db"
    path.write_bytes(demo_template.read_bytes())
    target = tmp_path / "report.xlsx"
    db = open_workspace(path)
    try:
        export_report(db, target, as_of=date(2026, 6, 15))
    finally:
        db.conn.close()
    rng = random.Random(77)
    outcomes = {"previous": 0, "new": 0}
    window = run_time(EXPORTER, [str(path), str(target)])
    save_window = run_time(EXPORTER, [str(path), str(target)], start="SAVING")
    for trial in range(trials):
        previous = target.read_bytes()
        # Every other kill lands while the workbook is being saved (timed from SAVING).
        if trial % 2:
            lines = kill_after(EXPORTER, [str(path), str(target)], rng.uniform(0.0, 1.3 * save_window),
                               start="SAVING")
        else:
            lines = kill_after(EXPORTER, [str(path), str(target)], rng.uniform(0.0, 1.05 * window))
        now = target.read_bytes()
        if now == previous:
            outcomes["previous"] += 1
        else:
            assert "DONE" in lines or len(now) > 0
            outcomes["new"] += 1
        wb = load_workbook(target, read_only=True)  # whichever it is, it is a whole workbook
        assert "Accounts" in wb.sheetnames
        wb.close()
    leftovers = sorted(p.name for p in tmp_path.glob("*.partial*"))
    print(f"export kills: {trials} trials over a {window:.2f} s run ({save_window:.2f} s saving), "
          f"{outcomes}, temp files left by killed exports: {len(leftovers)}")
    db = open_workspace(path)
    try:
        export_report(db, target, as_of=date(2026, 6, 15))  # the next export sweeps them away
    finally:
        db.conn.close()
    assert sorted(p.name for p in tmp_path.glob("*.partial*")) == []
