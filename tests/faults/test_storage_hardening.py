"""Issue 13, storage items: a damaged file (1), a backup that waits for ever (5), read-only
commands that take the write lock (6), and a second window through a link (7)."""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
import sqlite_utils
from openpyxl import Workbook

from tests.faults.conftest import integrity, one_clear_line, run_cli, spawn_python
from tracker.storage import db as storage_db
from tracker.storage.backups import backup_folder, list_backups, rolling_backup
from tracker.storage.db import backup_database, open_database
from tracker.storage.errors import CorruptDatabaseError, DatabaseLockedError, InstanceLockedError
from tracker.storage.instance_lock import InstanceLock

DAMAGED = "is damaged; restore from a backup: File > Restore from backup."


@pytest.fixture
def demo_file(demo_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "portfolio.db"
    shutil.copy(demo_template, target)
    return target


def _garble_page(path: Path, page: int) -> None:
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    data[(page - 1) * page_size: page * page_size] = random.Random(page).randbytes(page_size)
    path.write_bytes(bytes(data))


def _root(path: Path, table: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0])
    finally:
        conn.close()


def _inner_page(path: Path) -> int:
    """A page in the middle of the file that is no b-tree's root: the probe at open does not
    read it, only a full check does."""
    conn = sqlite3.connect(path)
    try:
        pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
        roots = {int(r[0]) for r in conn.execute("SELECT rootpage FROM sqlite_master WHERE rootpage > 0")}
    finally:
        conn.close()
    page = pages // 2
    while page in roots:
        page += 1
    return page


def _accounts_sheet(path: Path) -> Path:
    wb = Workbook()
    sheet = wb.active
    assert sheet is not None
    sheet.title = "Accounts"
    sheet.append(["Name", "MRR"])
    sheet.append(["Imported Co", 100])
    wb.save(path)
    return path


# --- 1. a damaged database ------------------------------------------------------------

COMMANDS = {
    "kpis": ["kpis"],
    "export": ["export", "{tmp}/report.xlsx"],
    "import": ["import", "{tmp}/accounts.xlsx", "--kind", "accounts"],
    "import-dry-run": ["import", "{tmp}/accounts.xlsx", "--kind", "accounts", "--dry-run"],
    "template": ["template", "{tmp}/template.xlsx"],
    "backup": ["backup", "--to", "{tmp}/copy.db"],
    "segments": ["segments", "--rule", "mrr > 0"],
}


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_command_refuses_a_damaged_database_the_same_way(command: str, demo_file: Path,
                                                               tmp_path: Path) -> None:
    _accounts_sheet(tmp_path / "accounts.xlsx")
    _garble_page(demo_file, _root(demo_file, "task"))
    before = demo_file.read_bytes()
    args = [a.format(tmp=tmp_path) for a in COMMANDS[command]]
    done = run_cli(*args, "--db", str(demo_file))
    assert done.returncode == 1, done.stdout
    assert one_clear_line(done.stderr) == f"error: {demo_file} {DAMAGED}"
    assert demo_file.read_bytes() == before
    assert not Path(str(demo_file) + "-wal").exists() or Path(str(demo_file) + "-wal").stat().st_size == 0
    for made in ("report.xlsx", "template.xlsx", "copy.db", "copy.db.part"):
        assert not (tmp_path / made).exists()


def test_check_says_the_same_sentence(demo_file: Path) -> None:
    _garble_page(demo_file, _root(demo_file, "task"))
    done = run_cli("check", "--db", str(demo_file))
    assert done.returncode == 1
    assert done.stdout.strip().splitlines()[-1] == f"{demo_file} {DAMAGED}"


def test_import_never_writes_into_a_file_damaged_deep_inside(demo_file: Path, tmp_path: Path) -> None:
    """Damage the probe at open cannot see: the import's full check still refuses to write."""
    source = _accounts_sheet(tmp_path / "accounts.xlsx")
    _garble_page(demo_file, _inner_page(demo_file))
    conn = sqlite3.connect(demo_file)
    assert conn.execute("PRAGMA quick_check(1)").fetchone()[0] != "ok"
    conn.close()
    before = demo_file.read_bytes()
    done = run_cli("import", str(source), "--kind", "accounts", "--db", str(demo_file))
    assert done.returncode == 1, done.stdout
    assert one_clear_line(done.stderr) == f"error: {demo_file} {DAMAGED}"
    assert demo_file.read_bytes() == before


def test_open_refuses_a_garbled_root_page(demo_file: Path) -> None:
    _garble_page(demo_file, _root(demo_file, "account"))
    with pytest.raises(CorruptDatabaseError) as caught:
        open_database(demo_file)
    assert caught.value.message == f"{demo_file} {DAMAGED}"


# --- 5. a backup while another program holds the write lock --------------------------------

HOLD_EXCLUSIVE = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN EXCLUSIVE")
conn.execute("UPDATE account SET notes = 'held' WHERE id = 2")
print("LOCKED", flush=True)
sys.stdin.readline()
"""


@pytest.fixture
def rollback_journal_file(demo_file: Path) -> Path:
    conn = sqlite3.connect(demo_file)
    assert conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0] == "delete"
    conn.close()
    return demo_file


def _outcome(call: Callable[[], object], guard_s: float = 60.0) -> BaseException | None:
    """Run ``call`` in a thread and return what it raised. The join is a guard against the
    old endless wait (the test fails instead of hanging), not a measurement."""
    raised: list[BaseException] = []

    def run() -> None:
        try:
            call()
        except BaseException as exc:
            raised.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(guard_s)
    assert not thread.is_alive(), "the backup is still waiting for the lock"
    return raised[0] if raised else None


def _rolling(path: Path) -> None:
    db = sqlite_utils.Database(storage_db._connect(path))
    try:
        rolling_backup(db, path)
    finally:
        db.conn.close()


@pytest.mark.parametrize("how", ["copy only", "checked copy", "rolling"])
def test_backup_gives_up_on_a_held_lock_with_a_clear_sentence(how: str, rollback_journal_file: Path,
                                                              tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    path = rollback_journal_file
    monkeypatch.setattr(storage_db, "BUSY_TIMEOUT_MS", 200)
    monkeypatch.setattr(storage_db, "BACKUP_TIME_LIMIT_S", 1.0)
    calls: dict[str, Callable[[], object]] = {
        "copy only": lambda: backup_database(path, tmp_path / "copy.db", verify=False),
        "checked copy": lambda: backup_database(path, tmp_path / "copy.db"),
        "rolling": lambda: _rolling(path),
    }
    holder = spawn_python(HOLD_EXCLUSIVE, str(path))
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "LOCKED"
        outcome = _outcome(calls[how])
    finally:
        holder.kill()
        holder.wait()
    assert isinstance(outcome, DatabaseLockedError), outcome
    message = outcome.message
    assert "\n" not in message and message.endswith(".") and "another program" in message
    if how == "copy only":  # the copy itself waited: the time limit stopped it
        assert message.startswith("The backup gave up after 1 s: another program is writing")
    assert not (tmp_path / "copy.db").exists() and not (tmp_path / "copy.db.part").exists()
    assert list_backups(path) == []
    leftovers = list(backup_folder(path).glob("*.part")) if backup_folder(path).is_dir() else []
    assert leftovers == []
    assert integrity(path) == "ok"


# --- 6. reading commands while another program writes ------------------------------------

HOLD_WRITE = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute("UPDATE account SET notes = 'written by the other process' WHERE id = 2")
print("LOCKED", flush=True)
sys.stdin.readline()
"""


@pytest.mark.parametrize("command", ["export", "import-dry-run", "template"])
def test_reading_commands_do_not_wait_for_another_writer(command: str, demo_file: Path,
                                                         tmp_path: Path) -> None:
    _accounts_sheet(tmp_path / "accounts.xlsx")
    holder = spawn_python(HOLD_WRITE, str(demo_file))
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "LOCKED"
        args = [a.format(tmp=tmp_path) for a in COMMANDS[command]]
        # The other process holds the write lock throughout: a command that asked for it
        # would end in "database is busy" after the busy timeout.
        done = run_cli(*args, "--db", str(demo_file))
    finally:
        holder.kill()
        holder.wait()
    assert done.returncode == 0, done.stderr


# --- 7. the same file under another name ---------------------------------------------

HOLD_INSTANCE = """
import sys
from pathlib import Path
from tracker.storage.instance_lock import InstanceLock
with InstanceLock(Path(sys.argv[1]), locks_dir=Path(sys.argv[2])):
    print("HELD", flush=True)
    sys.stdin.readline()
"""


def _link(kind: str, real: Path, where: Path) -> Path:
    where.mkdir(parents=True, exist_ok=True)
    other = where / "other-name.db"
    try:
        if kind == "symlink":
            other.symlink_to(real)
        else:
            os.link(real, other)
    except (OSError, NotImplementedError) as exc:  # Windows without the privilege, odd file systems
        pytest.skip(f"cannot make a {kind} here: {exc}")
    return other


@pytest.mark.parametrize("kind", ["symlink", "hardlink"])
def test_second_window_through_a_link_is_told(kind: str, demo_file: Path, tmp_path: Path) -> None:
    locks = tmp_path / "locks"
    other_name = _link(kind, demo_file, tmp_path / "elsewhere")
    holder = spawn_python(HOLD_INSTANCE, str(demo_file), str(locks))
    assert holder.stdin is not None and holder.stdout is not None
    try:
        assert holder.stdout.readline().strip() == "HELD", holder.stderr.read() if holder.stderr else ""
        lock = InstanceLock(other_name, locks_dir=locks)
        with pytest.raises(InstanceLockedError) as caught:
            lock.acquire()
        assert "already open" in caught.value.message
        assert not lock.held
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait(timeout=30)
        with InstanceLock(other_name, locks_dir=locks) as again:
            assert again.held
    finally:
        holder.kill()
        holder.wait()


def test_different_files_with_one_name_elsewhere_do_not_block(tmp_path: Path) -> None:
    locks = tmp_path / "locks"
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        sqlite3.connect(tmp_path / folder / "tracker.db").close()
    with InstanceLock(tmp_path / "a" / "tracker.db", locks_dir=locks) as first, \
            InstanceLock(tmp_path / "b" / "tracker.db", locks_dir=locks) as second:
        assert first.held and second.held


# --- 1, in the app: the offer to restore the newest good backup ----------------------------

def _backups_good_then_damaged(path: Path) -> Path:
    """An older good automatic backup and a newer damaged one; returns the good one."""
    good = backup_folder(path) / f"{path.stem}-auto-20260601-000000.db"
    backup_database(path, good)
    bad = backup_folder(path) / f"{path.stem}-auto-20260610-000000.db"
    shutil.copy(path, bad)
    _garble_page(bad, _root(bad, "account"))
    return good


def _launcher(tmp_path: Path) -> tuple[object, object]:
    from tests.conftest import TODAY
    from tests.ui.conftest import FakePrompter
    from ui.app import Launcher
    from ui.settings import AppSettings

    prompter = FakePrompter()
    launcher = Launcher(AppSettings.at(tmp_path / "settings" / "ui.ini"), prompter, today=lambda: TODAY,
                        view_installers=[], offer_demo=False)
    return launcher, prompter


def _close_all(launcher: object) -> None:
    from PySide6.QtCore import QThreadPool

    for window in list(launcher.windows):  # type: ignore[attr-defined]
        window.close()
    QThreadPool.globalInstance().waitForDone(10000)


@pytest.mark.gui
def test_app_offers_the_newest_good_backup_and_writes_nothing(demo_file: Path, tmp_path: Path,
                                                              qtbot: object) -> None:
    good = _backups_good_then_damaged(demo_file)
    _garble_page(demo_file, _root(demo_file, "task"))
    damaged = demo_file.read_bytes()
    launcher, prompter = _launcher(tmp_path)
    prompter.restore_answer = False  # type: ignore[attr-defined]
    assert launcher.open(demo_file) is None  # type: ignore[attr-defined]
    assert prompter.restore_offers == [(f"{demo_file} {DAMAGED}", good)]  # type: ignore[attr-defined]
    assert prompter.errors == []  # type: ignore[attr-defined]
    assert demo_file.read_bytes() == damaged

    prompter.restore_answer = True  # type: ignore[attr-defined]
    window = launcher.open(demo_file)  # type: ignore[attr-defined]
    try:
        assert window is not None
        qtbot.addWidget(window)  # type: ignore[attr-defined]
        assert window.ctx.db.conn.execute("SELECT count(*) FROM task").fetchone()[0] > 0
        assert demo_file.with_name(demo_file.name + ".before-restore").read_bytes() == damaged
    finally:
        _close_all(launcher)


@pytest.mark.gui
def test_app_without_a_good_backup_says_the_sentence(demo_file: Path, tmp_path: Path) -> None:
    _garble_page(demo_file, _root(demo_file, "account"))
    launcher, prompter = _launcher(tmp_path)
    assert launcher.open(demo_file) is None  # type: ignore[attr-defined]
    assert prompter.errors == [f"{demo_file} {DAMAGED}"]  # type: ignore[attr-defined]
    assert launcher.windows == []  # type: ignore[attr-defined]


@pytest.mark.gui
@pytest.mark.parametrize("where", ["inner page", "index no screen reads"])
def test_app_finds_damage_deep_inside_after_the_window_is_up(where: str, demo_file: Path, tmp_path: Path,
                                                             qtbot: object) -> None:
    """Damage the probe at open does not read: found while the window is built, or by the full
    check that runs beside the rolling backup once the window is up."""
    good = _backups_good_then_damaged(demo_file)
    page = _inner_page(demo_file) if where == "inner page" else _root(demo_file, "ix_change_log_entity")
    _garble_page(demo_file, page)
    launcher, prompter = _launcher(tmp_path)
    try:
        opened = launcher.open(demo_file)  # type: ignore[attr-defined]
        if where == "index no screen reads":
            assert opened is not None, "the window came up; the full check behind it found the damage"
        for window in launcher.windows:  # type: ignore[attr-defined]
            qtbot.addWidget(window)  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: bool(prompter.restore_offers), timeout=10000)  # type: ignore[attr-defined]
        assert prompter.restore_offers == [(f"{demo_file} {DAMAGED}", good)]  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: len(launcher.windows) == 1, timeout=10000)  # type: ignore[attr-defined]
        for window in launcher.windows:  # type: ignore[attr-defined]
            qtbot.addWidget(window)  # type: ignore[attr-defined]
        conn = sqlite3.connect(demo_file)
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        conn.close()
    finally:
        _close_all(launcher)
