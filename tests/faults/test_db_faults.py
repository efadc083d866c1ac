"""Database faults end to end: each gives one clear sentence and loses nothing.

Garbage, truncated and partly garbled files, a read-only file, a newer schema, a write lock
held by another process, a full disk (SQLite's page limit, and a real tiny filesystem when
running as root), and a second app instance on the same database.
"""

from __future__ import annotations

import os
import random
import sqlite3
import stat
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import TODAY
from tests.faults.conftest import (
    count,
    integrity,
    one_clear_line,
    remount_read_only,
    run_cli,
    spawn_python,
    tiny_filesystem,
)
from tracker.database import Database
from tracker.demo import generate_demo
from tracker.services.accounts import list_accounts, update_account
from tracker.services.journeys import apply_playbook
from tracker.services.tasks import add_task, list_tasks, set_task_status
from tracker.storage import db as storage_db
from tracker.storage.errors import (
    CorruptDatabaseError,
    DatabaseLockedError,
    DiskFullError,
    InstanceLockedError,
    NewerSchemaError,
    ReadOnlyDatabaseError,
    StoreError,
)
from tracker.storage.instance_lock import InstanceLock
from tracker.workspace import open_workspace


def one_sentence(message: str) -> None:
    assert message and "\n" not in message and "Traceback" not in message, message
    assert message.rstrip().endswith((".", "!", "?", ")")), message


@pytest.fixture
def demo_file(demo_template: Path, tmp_path: Path) -> Path:
    """A closed copy of the S demo portfolio (checkpointed, no -wal beside it)."""
    target = tmp_path / "portfolio.db"
    target.write_bytes(demo_template.read_bytes())
    return target


# --- garbage, truncated, garbled --------------------------------------------------------

GARBAGE = {
    "random": random.Random(3).randbytes(50_000),
    "text": b"Name,MRR\nAcme,100\n" * 200,
    "png": b"\x89PNG\r\n\x1a\n" + bytes(4000),
    "sqlite-header-then-junk": b"SQLite format 3\x00" + random.Random(4).randbytes(8192),
}


@pytest.mark.parametrize("kind", sorted(GARBAGE))
def test_garbage_file_is_refused_and_left_as_it_was(kind: str, tmp_path: Path) -> None:
    path = tmp_path / "garbage.db"
    path.write_bytes(GARBAGE[kind])
    with pytest.raises(StoreError) as caught:
        open_workspace(path)
    assert isinstance(caught.value, CorruptDatabaseError)
    one_sentence(caught.value.message)
    assert path.read_bytes() == GARBAGE[kind]

    checked = run_cli("check", "--db", str(path))
    assert checked.returncode == 1 and "Traceback" not in checked.stderr
    backup = run_cli("backup", "--db", str(path), "--to", str(tmp_path / "copy.db"))
    assert backup.returncode == 1
    assert "damaged" in one_clear_line(backup.stderr)
    assert path.read_bytes() == GARBAGE[kind]


@pytest.mark.parametrize("fraction", [0.05, 0.5, 0.95])
def test_truncated_file_is_refused_and_left_as_it_was(fraction: float, demo_file: Path) -> None:
    data = demo_file.read_bytes()
    cut = data[: int(len(data) * fraction)]
    demo_file.write_bytes(cut)
    with pytest.raises(CorruptDatabaseError) as caught:
        open_workspace(demo_file)
    one_sentence(caught.value.message)
    assert demo_file.read_bytes() == cut
    checked = run_cli("check", "--db", str(demo_file))
    assert checked.returncode == 1 and "Traceback" not in checked.stderr


def _garble(path: Path, seed: int, table: str = "task") -> None:
    """Overwrite the root page of ``table`` with noise (the rest of the file is intact)."""
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    data[start:start + page_size] = random.Random(seed).randbytes(page_size)
    path.write_bytes(bytes(data))


def _every_read_and_a_write(db: Database) -> None:
    for account in list_accounts(db):
        list_tasks(db, account.id)
    update_account(db, 1, {"notes": "still here"})


@pytest.mark.parametrize("seed", [2])
def test_garbled_page_gives_a_clear_error_from_services(seed: int, demo_file: Path) -> None:
    _garble(demo_file, seed)
    try:
        db = open_workspace(demo_file)
    except StoreError as exc:
        one_sentence(exc.message)
        return
    try:
        with pytest.raises(CorruptDatabaseError) as caught:
            _every_read_and_a_write(db)
        one_sentence(caught.value.message)
    finally:
        db.conn.close()


Read = Callable[[Database, Path], object]


def _read_entry_points() -> dict[str, Read]:
    """Public reads of the KPI, report, detail and analytics layers, as the UI and CLI call them."""
    from tracker.analytics.experiments import compare_groups
    from tracker.analytics.groups import resolve_group
    from tracker.analytics.retention import project_retention
    from tracker.analytics.segment_rules import matching_accounts
    from tracker.analytics.segmentation import suggest_segments
    from tracker.excel.report import export_report
    from tracker.excel.report_data import accounts_sheet
    from tracker.kpi.cohorts import cohort_retention
    from tracker.kpi.filters import ALL_ACCOUNTS, filter_choices
    from tracker.kpi.health import health_scores
    from tracker.kpi.report import dashboard_data, portfolio_kpis, previous_kpis
    from tracker.kpi.retention import logo_retention
    from tracker.kpi.series import health_distribution
    from tracker.kpi.stages import stage_funnel
    from tracker.kpi.survival import ttfv_survival
    from tracker.queries.account_detail import load_account_detail

    def compare(db: Database) -> object:
        return compare_groups(db, resolve_group(db, "all"), resolve_group(db, "all"), TODAY)

    return {
        "portfolio_kpis": lambda db, tmp: portfolio_kpis(db, TODAY),
        "previous_kpis": lambda db, tmp: previous_kpis(db, TODAY),
        "dashboard_data": lambda db, tmp: dashboard_data(db, TODAY),
        "health_scores": lambda db, tmp: health_scores(db, TODAY),
        "filter_choices": lambda db, tmp: filter_choices(db),
        "cohort_retention": lambda db, tmp: cohort_retention(db, TODAY),
        "logo_retention": lambda db, tmp: logo_retention(db, TODAY),
        "health_distribution": lambda db, tmp: health_distribution(db, TODAY),
        "stage_funnel": lambda db, tmp: stage_funnel(db, TODAY),
        "ttfv_survival": lambda db, tmp: ttfv_survival(db, TODAY),
        "export_report": lambda db, tmp: export_report(db, tmp / "report.xlsx", as_of=TODAY),
        "accounts_sheet": lambda db, tmp: accounts_sheet(db, TODAY, ALL_ACCOUNTS),
        "load_account_detail": lambda db, tmp: load_account_detail(db, 1),
        "resolve_group": lambda db, tmp: resolve_group(db, "all"),
        "compare_groups": lambda db, tmp: compare(db),
        "suggest_segments": lambda db, tmp: suggest_segments(db, k=3),
        "project_retention": lambda db, tmp: project_retention(db, TODAY),
        "matching_accounts": lambda db, tmp: matching_accounts(db, "mrr > 0"),
    }


def _portfolio_entry_points() -> dict[str, Read]:
    from tracker.queries.portfolio import account_rows, today_data

    return {
        "account_rows": lambda db, tmp: account_rows(db, TODAY),
        "today_data": lambda db, tmp: today_data(db, TODAY),
    }


# The account table is read by every entry point; the task table only by those that count tasks.
READS_TASKS = {"portfolio_kpis", "previous_kpis", "dashboard_data", "health_scores", "health_distribution",
               "export_report", "accounts_sheet", "load_account_detail"}
GARBLED_READS = [
    *(pytest.param(name, table, id=f"{name}-{table}")
      for name in _read_entry_points() for table in ("account", "task")
      if table == "account" or name in READS_TASKS),
    *(pytest.param(name, table, id=f"{name}-{table}")
      for name in ("account_rows", "today_data") for table in ("account", "task")),
]


# Since schema 5 the task counts (KPIs, health, the account list) read only this covering
# index, never the task table: damaged task data means damage to both. Since schema 6 the
# whole portfolio's counts come from the trigger-kept summary and the two day-range indexes
# when that is cheaper (tracker.queries.task_pass), so those are damaged with it too.
COVERING = {"task": ("ix_task_account_dates", "task_summary", "ix_task_due_account", "ix_task_done_after")}


@pytest.mark.parametrize(("entry", "table"), GARBLED_READS)
def test_garbled_page_gives_a_clear_error_from_reads(entry: str, table: str, demo_file: Path,
                                                     tmp_path: Path) -> None:
    _garble(demo_file, 2, table)
    for index in COVERING.get(table, ()):
        _garble(demo_file, 3, index)
    with pytest.raises(CorruptDatabaseError):
        open_workspace(demo_file)  # refused at open; what follows checks the reads behind it
    db = storage_db.open_database(demo_file, verify=False)
    reads = {**_read_entry_points(), **_portfolio_entry_points()}
    try:
        with pytest.raises(CorruptDatabaseError) as caught:
            reads[entry](db, tmp_path)
        one_sentence(caught.value.message)
    finally:
        db.conn.close()
    assert not (tmp_path / "report.xlsx").exists()


@pytest.mark.parametrize("command", [["kpis"], ["export", "report.xlsx"]])
def test_garbled_page_through_the_cli(command: list[str], demo_file: Path, tmp_path: Path) -> None:
    _garble(demo_file, 2)
    args = [a if a != "report.xlsx" else str(tmp_path / a) for a in command]
    done = run_cli(*args, "--db", str(demo_file))
    assert done.returncode == 1
    assert "damaged" in one_clear_line(done.stderr)
    assert not (tmp_path / "report.xlsx").exists()


def test_check_reports_a_garbled_page(demo_file: Path) -> None:
    _garble(demo_file, 2)
    checked = run_cli("check", "--db", str(demo_file))
    assert checked.returncode == 1
    assert "Traceback" not in checked.stderr


# --- read-only -------------------------------------------------------------------------

@pytest.fixture
def read_only_db(demo_template: Path, tmp_path: Path) -> Iterator[Path]:
    """The demo portfolio on storage this process cannot write to."""
    if hasattr(os, "geteuid") and os.geteuid() != 0:
        path = tmp_path / "ro.db"
        path.write_bytes(demo_template.read_bytes())
        path.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
        yield path
        path.chmod(stat.S_IRUSR | stat.S_IWUSR)
        return
    # root ignores file modes: use a tmpfs remounted read-only instead.
    with tiny_filesystem(4096) as where:
        path = where / "ro.db"
        path.write_bytes(demo_template.read_bytes())
        remount_read_only(where)
        yield path


def test_read_only_database_is_told_and_untouched(read_only_db: Path) -> None:
    before = read_only_db.read_bytes()
    try:
        db = open_workspace(read_only_db)
    except StoreError as exc:
        one_sentence(exc.message)
    else:
        try:
            with pytest.raises(ReadOnlyDatabaseError) as caught:
                update_account(db, 1, {"name": "Renamed"})
            one_sentence(caught.value.message)
        finally:
            db.conn.close()
    assert read_only_db.read_bytes() == before
    checked = run_cli("check", "--db", str(read_only_db))
    assert "Traceback" not in checked.stderr


# --- newer schema ----------------------------------------------------------------------

def test_newer_schema_is_refused_untouched_with_a_clear_message(demo_file: Path) -> None:
    conn = sqlite3.connect(demo_file)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    before = demo_file.read_bytes()
    with pytest.raises(NewerSchemaError) as caught:
        open_workspace(demo_file)
    one_sentence(caught.value.message)
    assert "newer version" in caught.value.message
    assert demo_file.read_bytes() == before
    assert not (demo_file.parent / "backups").exists()
    checked = run_cli("check", "--db", str(demo_file))
    assert checked.returncode == 1 and "newer" in checked.stdout


# --- locked ----------------------------------------------------------------------------

HOLD_LOCK = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute("UPDATE account SET notes = 'written by the other process' WHERE id = 2")
print("LOCKED", flush=True)
sys.stdin.readline()
conn.execute("COMMIT")
print("COMMITTED", flush=True)
"""


def test_write_while_another_process_holds_the_lock(demo_file: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(storage_db, "BUSY_TIMEOUT_MS", 300)
    db = open_workspace(demo_file)
    holder = spawn_python(HOLD_LOCK, str(demo_file))
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "LOCKED"
        started = time.monotonic()
        with pytest.raises(DatabaseLockedError) as caught:
            update_account(db, 1, {"notes": "mine"})
        assert time.monotonic() - started < 5
        one_sentence(caught.value.message)
        # Reading still works, and the failed write left nothing behind.
        assert db.conn.execute("SELECT notes FROM account WHERE id = 1").fetchone()[0] != "mine"
        backup = run_cli("backup", "--db", str(demo_file), "--to", str(demo_file.parent / "b.db"))
        assert backup.returncode == 0, backup.stderr
    finally:
        holder.kill()
        holder.wait()
    update_account(db, 1, {"notes": "mine"})
    db.conn.close()
    assert integrity(demo_file) == "ok"
    assert count(demo_file, "account", "id = 1 AND notes = 'mine'") == 1


def test_other_process_commit_is_not_lost(demo_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(storage_db, "BUSY_TIMEOUT_MS", 300)
    holder = spawn_python(HOLD_LOCK, str(demo_file))
    assert holder.stdin is not None and holder.stdout is not None
    db = open_workspace(demo_file)
    try:
        assert holder.stdout.readline().strip() == "LOCKED"
        with pytest.raises(DatabaseLockedError):
            set_task_status(db, 1, "done", today=TODAY)
        holder.stdin.write("\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "COMMITTED"
        set_task_status(db, 1, "done", today=TODAY)
    finally:
        holder.kill()
        holder.wait()
        db.conn.close()
    assert count(demo_file, "account", "id = 2 AND notes = 'written by the other process'") == 1
    assert count(demo_file, "task", "id = 1 AND status = 'done'") == 1


# --- full disk -------------------------------------------------------------------------

def _fill_until_failure(write: Callable[[int], object], limit: int = 5000) -> BaseException:
    for i in range(limit):
        try:
            write(i)
        except BaseException as exc:
            return exc
    pytest.fail("the disk never filled up")


def test_full_database_mid_transaction_gives_disk_full(demo_file: Path) -> None:
    db = open_workspace(demo_file)
    pages = db.conn.execute("PRAGMA page_count").fetchone()[0]
    db.conn.execute(f"PRAGMA max_page_count = {pages + 2}")
    tasks_before = count(demo_file, "task")
    try:
        error = _fill_until_failure(lambda i: add_task(db, 1, {"title": f"filler {i}",
                                                                   "notes": "x" * 800}).value)
    finally:
        db.conn.close()
    assert integrity(demo_file) == "ok"
    assert count(demo_file, "task") >= tasks_before
    assert isinstance(error, DiskFullError), repr(error)
    one_sentence(error.message)


def test_full_page_limit_loses_nothing_committed(demo_file: Path) -> None:
    db = open_workspace(demo_file)
    pages = db.conn.execute("PRAGMA page_count").fetchone()[0]
    db.conn.execute(f"PRAGMA max_page_count = {pages + 2}")
    added: list[int] = []

    def write(i: int) -> None:
        added.append(add_task(db, 1, {"title": f"filler {i}",
                                                                   "notes": "x" * 800}).value)

    error = _fill_until_failure(write)
    assert isinstance(error, (StoreError, sqlite3.Error))
    assert not db.conn.in_transaction
    db.conn.execute(f"PRAGMA max_page_count = {pages * 4}")
    update_account(db, 1, {"notes": "room again"})  # the database is still usable
    db.conn.close()
    assert integrity(demo_file) == "ok"
    assert count(demo_file, "task", "title LIKE 'filler %'") == len(added)


def test_real_full_disk_on_a_tiny_filesystem(demo_template: Path) -> None:
    with tiny_filesystem(1024) as where:
        path = where / "tiny.db"
        db = open_workspace(path)
        generate_demo(db, "XS", today=TODAY)
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        journeys = db.conn.execute("SELECT count(*) FROM journey").fetchone()[0]
        filler = os.open(where / "filler", os.O_WRONLY | os.O_CREAT)
        try:
            while True:
                os.write(filler, b"\0" * 4096)
        except OSError:
            pass
        finally:
            os.close(filler)
        playbook = db.conn.execute("SELECT id FROM playbook ORDER BY id LIMIT 1").fetchone()[0]
        applied = 0
        error: BaseException | None = None
        for _ in range(500):
            try:
                apply_playbook(db, 1, playbook, date(2026, 1, 5))  # type: ignore[arg-type]
                applied += 1
            except BaseException as exc:
                error = exc
                break
        assert isinstance(error, DiskFullError), repr(error)
        one_sentence(error.message)
        db.conn.close()
        os.remove(where / "filler")
        assert integrity(path) == "ok"
        assert count(path, "journey") == journeys + applied
        reopened = open_workspace(path)
        update_account(reopened, 1, {"notes": "space again"})
        reopened.conn.close()


# --- two instances ---------------------------------------------------------------------

HOLD_INSTANCE = """
import sys, time
from pathlib import Path
from tracker.storage.instance_lock import InstanceLock
with InstanceLock(Path(sys.argv[1])):
    print("HELD", flush=True)
    sys.stdin.readline()
"""


def test_second_instance_is_told(demo_file: Path) -> None:
    other = spawn_python(HOLD_INSTANCE, str(demo_file))
    assert other.stdin is not None and other.stdout is not None
    try:
        assert other.stdout.readline().strip() == "HELD"
        lock = InstanceLock(demo_file)
        with pytest.raises(InstanceLockedError) as caught:
            lock.acquire()
        assert str(other.pid) in caught.value.message
        assert "already open" in caught.value.message
        assert not lock.held
        other.stdin.write("\n")
        other.stdin.flush()
        other.wait(timeout=30)
        with InstanceLock(demo_file) as again:
            assert again.held
    finally:
        other.kill()
        other.wait()
    assert integrity(demo_file) == "ok"
