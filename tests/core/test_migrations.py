"""Schema versions: every frozen file migrates to a fresh create's schema keeping every row.

``tests/data/schema_vN.db`` holds one database per schema version ever shipped (see the README
there). A rebuild step (create new, copy, drop old, rename) is applied to the frozen v1 file
from the test itself, because it is the kind of step that loses child rows when foreign keys
stay on; no shipped feature needs one yet.
"""

from __future__ import annotations

import importlib.resources
import re
import shutil
import sqlite3
from pathlib import Path

import pytest

import tracker.storage.db as store
import tracker.storage.migrate as migrate
from tracker.storage.db import APPLICATION_ID, BUSY_TIMEOUT_MS, open_database
from tracker.storage.errors import NewerSchemaError, StoreError
from tracker.storage.migrate import Migration

DATA = Path(__file__).resolve().parents[1] / "data"
FROZEN = sorted(DATA.glob("schema_v*.db"), key=lambda p: int(p.stem.removeprefix("schema_v")))
CHILDREN = ("task", "contact", "milestone", "journey", "stage_history", "feedback", "activity",
            "feature_adoption")

Schema = list[tuple[str, str, str, str]]


def _schema(path: Path) -> Schema:
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
        ).fetchall()
    finally:
        conn.close()
    return sorted((t, n, tbl, re.sub(r"\s+", " ", sql or "").strip()) for t, n, tbl, sql in rows)


def _counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        return {t: int(conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]) for t in tables}
    finally:
        conn.close()


def _pragma(path: Path, name: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(f"PRAGMA {name}").fetchone()[0])
    finally:
        conn.close()


def _dump(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def _frozen(tmp_path: Path, version: int = 1) -> Path:
    target = tmp_path / "t.db"
    shutil.copy(DATA / f"schema_v{version}.db", target)
    return target


def _with_steps(monkeypatch: pytest.MonkeyPatch, *steps: Migration) -> None:
    shipped = [m for m in store.MIGRATIONS if m.version < steps[0].version]
    monkeypatch.setattr(store, "MIGRATIONS", [*shipped, *steps])
    monkeypatch.setattr(store, "SCHEMA_VERSION", steps[-1].version)


# --- a real rebuild step, as SQL and as Python -------------------------------------------

def _account_rebuild_sql(keep: str = "1") -> str:
    """Rebuild ``account`` with a wider status CHECK: SQLite's create-copy-drop-rename."""
    conn = sqlite3.connect((DATA / "schema_v1.db").as_uri() + "?mode=ro", uri=True)  # never touch it
    try:
        table = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'account'").fetchone()[0]
        indexes = [r[0] for r in conn.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'account'"
            " AND sql IS NOT NULL")]
    finally:
        conn.close()
    widened = table.replace("'paused', 'churned'", "'paused', 'churned', 'cancelled'")
    assert widened != table
    new_table = widened.replace("CREATE TABLE account", "CREATE TABLE account_new", 1)
    return ";\n".join([
        new_table,
        f"INSERT INTO account_new SELECT * FROM account WHERE {keep}",
        "DROP TABLE account",
        "ALTER TABLE account_new RENAME TO account",
        *indexes,
    ]) + ";\n"


def _rebuild_step(conn: sqlite3.Connection) -> None:
    for statement in _account_rebuild_sql().split(";\n"):
        if statement.strip():
            conn.execute(statement)


REBUILDS = {
    "sql": Migration(2, "rebuild_account", sql=_account_rebuild_sql()),
    "python": Migration(2, "rebuild_account", step=_rebuild_step),
}


@pytest.mark.parametrize("form", sorted(REBUILDS))
def test_rebuild_step_keeps_every_child_row(form: str, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    path = _frozen(tmp_path)
    before = _counts(path)
    assert all(before[t] > 0 for t in ("task", "contact", "milestone")), before
    _with_steps(monkeypatch, REBUILDS[form])
    db = open_database(path)
    conn = db.conn
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1, "foreign keys back on"
    conn.execute("UPDATE account SET status = 'cancelled' WHERE id = 1")  # the new CHECK holds
    conn.commit()
    conn.close()
    after = _counts(path)
    assert after == before
    assert _pragma(path, "user_version") == 2
    fresh = tmp_path / "fresh.db"
    open_database(fresh).conn.close()
    assert _schema(path) == _schema(fresh)


def test_step_leaving_a_dangling_reference_is_rolled_back(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    path = _frozen(tmp_path)
    data = path.read_bytes()
    _with_steps(monkeypatch, Migration(2, "lose_account", sql=_account_rebuild_sql(keep="id <> 1")))
    with pytest.raises(StoreError) as info:
        open_database(path)
    message = info.value.message
    assert "schema 2 failed" in message and "left as it was" in message
    assert "of task pointing at missing rows of account" in message
    assert "\n" not in message
    assert path.read_bytes() == data
    assert len(list((tmp_path / "backups").glob("t-pre-v2-*.db"))) == 1


# --- every frozen file ----------------------------------------------------------------

def test_a_frozen_file_exists_for_every_schema_version() -> None:
    assert [int(p.stem.removeprefix("schema_v")) for p in FROZEN] == list(range(1, store.SCHEMA_VERSION + 1))


@pytest.mark.parametrize("frozen", FROZEN, ids=[p.stem for p in FROZEN])
def test_frozen_file_migrates_to_a_fresh_create(frozen: Path, tmp_path: Path) -> None:
    path = tmp_path / frozen.name
    shutil.copy(frozen, path)
    before = _counts(path)
    open_database(path).conn.close()
    fresh = tmp_path / "fresh.db"
    open_database(fresh).conn.close()
    assert _schema(path) == _schema(fresh)
    after = _counts(path)
    assert {t: after[t] for t in before} == before
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA user_version").fetchone()[0] == store.SCHEMA_VERSION
    finally:
        conn.close()


# --- creating, backing up, refusing ----------------------------------------------------

def test_create_from_zero_sets_version_and_pragmas(tmp_path: Path) -> None:
    path = tmp_path / "new" / "tracker.db"
    db = open_database(path)
    conn = db.conn
    assert conn.execute("PRAGMA user_version").fetchone()[0] == store.SCHEMA_VERSION
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == BUSY_TIMEOUT_MS
    assert str(conn.isolation_level) == "", "sqlite3's usual transaction handling is back"
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"account", "contact", "task", "milestone", "playbook", "change_log"} <= tables
    conn.close()
    assert not (tmp_path / "new" / "backups").exists(), "a fresh file needs no backup"


def test_reopening_current_version_takes_no_backup(tmp_path: Path) -> None:
    path = _frozen(tmp_path, store.SCHEMA_VERSION)
    open_database(path).conn.close()
    open_database(path).conn.close()
    assert not (tmp_path / "backups").exists()


def test_older_file_is_backed_up_once_before_the_first_step(tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    path = _frozen(tmp_path)
    before = _dump(path)
    seen: list[int] = []

    def note_version(conn: sqlite3.Connection) -> None:
        seen.append(int(conn.execute("PRAGMA user_version").fetchone()[0]))
        assert len(list((tmp_path / "backups").glob("t-pre-v3-*.db"))) == 1, "backup before any step"

    _with_steps(monkeypatch, Migration(2, "first", step=note_version),
                Migration(3, "second", sql="CREATE TABLE renewal (id INTEGER PRIMARY KEY);",
                          step=note_version))
    open_database(path).conn.close()
    assert seen == [1, 2]
    assert _pragma(path, "user_version") == 3
    backups = list((tmp_path / "backups").glob("t-pre-v3-*.db"))
    assert len(backups) == 1
    assert _pragma(backups[0], "user_version") == 1
    assert _dump(backups[0]) == before
    assert len(list((tmp_path / "backups").iterdir())) == 1


def test_backup_dir_argument_is_honoured(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _frozen(tmp_path)
    _with_steps(monkeypatch, Migration(2, "noop", sql="SELECT 1;"))
    open_database(path, backup_dir=tmp_path / "elsewhere").conn.close()
    assert len(list((tmp_path / "elsewhere").glob("t-pre-v2-*.db"))) == 1


@pytest.mark.parametrize("failure", ["sql", "python"])
def test_failing_step_leaves_file_exactly_as_it_was(failure: str, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    path = _frozen(tmp_path)
    data = path.read_bytes()

    def half_done(conn: sqlite3.Connection) -> None:
        conn.execute("DELETE FROM task")
        raise ValueError("no such column: tier")

    steps = {
        "sql": Migration(2, "bad", sql="CREATE TABLE half_done (x INTEGER);\nDELETE FROM task;\n"
                                       "INSERT INTO no_such_table VALUES (1);"),
        "python": Migration(2, "bad", sql="CREATE TABLE half_done (x INTEGER);", step=half_done),
    }
    _with_steps(monkeypatch, Migration(2, "good", sql=_account_rebuild_sql()),
                Migration(3, "bad", sql=steps[failure].sql, step=steps[failure].step))
    with pytest.raises(StoreError) as info:
        open_database(path)
    assert "schema 3 failed" in info.value.message
    assert "left as it was" in info.value.message
    # Step 2 committed on its own; step 3 left nothing: tasks and version 2 are still there.
    assert _pragma(path, "user_version") == 2
    assert _counts(path)["task"] == 245
    assert "half_done" not in _counts(path)

    again = tmp_path / "again"
    again.mkdir()
    only_bad = _frozen(again)
    _with_steps(monkeypatch, Migration(2, "bad", sql=steps[failure].sql, step=steps[failure].step))
    with pytest.raises(StoreError, match="schema 2 failed"):
        open_database(only_bad)
    assert only_bad.read_bytes() == data


def test_migrate_false_refuses_older_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _frozen(tmp_path)
    data = path.read_bytes()
    _with_steps(monkeypatch, Migration(2, "noop", sql="SELECT 1;"))
    with pytest.raises(StoreError, match="needs an upgrade"):
        open_database(path, migrate=False)
    assert path.read_bytes() == data


def test_newer_file_is_refused_untouched(tmp_path: Path) -> None:
    path = _frozen(tmp_path)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {store.SCHEMA_VERSION + 98}")
    conn.close()
    data = path.read_bytes()
    with pytest.raises(NewerSchemaError) as info:
        open_database(path)
    message = info.value.message
    assert "newer version" in message and f"schema {store.SCHEMA_VERSION + 98}" in message
    assert "update" in message
    assert info.value.code == "newer_schema"
    assert path.read_bytes() == data
    assert not (tmp_path / "backups").exists()


def test_no_migration_without_a_backup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _frozen(tmp_path)
    data = path.read_bytes()
    _with_steps(monkeypatch, Migration(2, "rebuild", sql=_account_rebuild_sql()))

    def full_disk(*_args: object) -> Path:
        raise StoreError("The disk is full; nothing was saved.")

    monkeypatch.setattr(store, "backup_database", full_disk)
    with pytest.raises(StoreError, match="disk is full"):
        open_database(path)
    assert path.read_bytes() == data


# --- finding the steps ----------------------------------------------------------------

def _fake_folder(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    class _Files:
        def joinpath(self, _name: str) -> Path:
            return folder

    monkeypatch.setattr(importlib.resources, "files", lambda _pkg: _Files())


def test_gap_in_migration_numbering_is_a_bug(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / "0001_a.sql").write_text("SELECT 1;")
    (tmp_path / "0003_c.sql").write_text("SELECT 1;")
    _fake_folder(monkeypatch, tmp_path)
    with pytest.raises(RuntimeError, match="gap at 2"):
        migrate.load_migrations()


def test_two_steps_with_one_number_is_a_bug(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / "0001_a.sql").write_text("SELECT 1;")
    (tmp_path / "0001_b.sql").write_text("SELECT 1;")
    _fake_folder(monkeypatch, tmp_path)
    with pytest.raises(RuntimeError, match="two migrations are numbered 1"):
        migrate.load_migrations()


def test_python_steps_are_found(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import sys
    import types

    (tmp_path / "0001_a.sql").write_text("SELECT 1;")
    (tmp_path / "0002_move_data.py").write_text("def migrate(conn):\n    pass\n")
    module = types.ModuleType("tracker.storage.migrations.0002_move_data")

    def move(conn: sqlite3.Connection) -> None:
        del conn

    module.migrate = move  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, module.__name__, module)
    _fake_folder(monkeypatch, tmp_path)
    found = migrate.load_migrations()
    assert [(m.version, m.name, m.step) for m in found] == [(1, "a", None), (2, "move_data", move)]


def test_shipped_migrations_are_numbered_from_one_and_packaged() -> None:
    versions = [m.version for m in migrate.load_migrations()]
    assert versions == list(range(1, len(versions) + 1))
    pyproject = (Path(__file__).resolve().parents[2] / "pyproject.toml").read_text("utf-8")
    assert '"migrations/*.sql"' in pyproject


def test_foreign_keys_and_transaction_handling_come_back_after_a_failed_step(tmp_path: Path) -> None:
    path = _frozen(tmp_path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = ON")
    with pytest.raises(StoreError, match="schema 2 failed"):
        migrate.apply_migrations(conn, [Migration(2, "bad", sql="DROP TABLE no_such_table;")], path, 1)
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert str(conn.isolation_level) == "" and not conn.in_transaction
    conn.close()


def test_a_step_that_commits_on_its_own_is_a_bug(tmp_path: Path) -> None:
    path = _frozen(tmp_path)
    conn = sqlite3.connect(path)

    def commits(c: sqlite3.Connection) -> None:
        c.execute("COMMIT")

    with pytest.raises(StoreError, match="ended its own transaction"):
        migrate.apply_migrations(conn, [Migration(2, "rogue", step=commits)], path, 1)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()


def test_v1_account_notes_become_dated_note_entries_keeping_every_row(tmp_path: Path) -> None:
    """Schema 2: each free-text note becomes the account's first dated entry, found by search;
    the XS file has none, so the test writes some (multi-line, quotes) into the copy first."""
    path = _frozen(tmp_path, 1)
    conn = sqlite3.connect(path)
    texts = {1: "Sponsor on leave until July", 3: "Two lines:\nask about 'SSO' first", 5: "  "}
    for account_id, text in texts.items():
        conn.execute("UPDATE account SET notes = ? WHERE id = ?", (text, account_id))
    conn.execute("INSERT INTO change_log (at, action, entity, entity_id, field, old_value, new_value)"
                 " VALUES ('2026-03-04T10:00:00+00:00', 'update', 'account', 3, 'notes', '', 'x')")
    conn.commit()
    signed = dict(conn.execute("SELECT id, signed_date FROM account"))
    conn.close()
    before = _counts(path)
    db = open_database(path)
    rows = db.conn.execute("SELECT account_id, date, body FROM account_note ORDER BY id").fetchall()
    assert rows == [(1, signed[1], texts[1]), (3, "2026-03-04", texts[3])], "blank notes make no entry"
    assert db.conn.execute("SELECT count(*) FROM account WHERE notes <> ''").fetchone()[0] == 0, \
        "moved, not copied: the text lives in one place"
    from tracker.queries.search import search

    assert [(h.kind, h.account_id) for h in search(db, "sso")] == [("note", 3)]
    indexed = db.conn.execute("SELECT count(*) FROM search_index").fetchone()[0]
    assert indexed == sum(before[t] for t in ("account", "contact", "task", "feedback")) + 2
    db.conn.close()
    after = _counts(path)
    assert {t: after[t] for t in before} == before


@pytest.mark.parametrize("version", [1, 2, 3])
def test_schema_4_adds_default_templates_and_keeps_every_row(version: int, tmp_path: Path) -> None:
    """Schema 4 (check-ins, templates): the five default templates in English and Malay
    arrive, no cadence or health weight row is invented, and every older row stays."""
    path = _frozen(tmp_path, version)
    before = _counts(path)
    open_database(path).conn.close()
    after = _counts(path)
    assert {t: after[t] for t in before} == before
    assert after["checkin_cadence"] == after["segment_checkin_cadence"] == 0
    assert after["message_template"] == 10
    conn = sqlite3.connect(path)
    try:
        pairs = conn.execute("SELECT purpose, language FROM message_template").fetchall()
    finally:
        conn.close()
    assert sorted(pairs) == sorted((p, lang) for p in ("welcome", "kickoff", "checkin", "milestone",
                                                       "at_risk") for lang in ("en", "ms"))


def test_frozen_files_cover_every_version_up_to_4() -> None:
    assert [p.stem for p in FROZEN][:4] == ["schema_v1", "schema_v2", "schema_v3", "schema_v4"]


KPI_INDEXES = {
    "ix_task_account_dates": ("task", ["account_id", "status", "due_date", "done_date"]),
    # Schema 6 widened these two under the same names (the names for the search key, the
    # target date), so the account list's contact and milestone passes read the index alone.
    "ix_contact_account_dates": ("contact", ["account_id", "invited_date", "activated_date", "name"]),
    "ix_milestone_account_achieved": ("milestone", ["account_id", "achieved_date", "target_date"]),
    "ix_feedback_account_score": ("feedback", ["account_id", "date", "kind", "score"]),
    "ix_support_case_account_dates": ("support_case", ["account_id", "opened_date", "closed_date"]),
    "ix_stage_history_account_stage": ("stage_history", ["account_id", "entered_date", "stage"]),
    # The child keys ON DELETE looks up when a contact goes (issue 21: the undo of an import).
    "ix_activity_contact": ("activity", ["contact_id"]),
    "ix_feedback_contact": ("feedback", ["contact_id"]),
    "ix_support_case_contact": ("support_case", ["contact_id"]),
    "ix_maturity_step_contact": ("maturity_step", ["contact_id"]),
}
REPLACED_INDEXES = ("ix_task_account", "ix_contact_account", "ix_milestone_account",
                    "ix_feedback_account", "ix_support_case_account", "ix_stage_history_account")


@pytest.mark.parametrize("version", [1, 2, 3, 4])
def test_schema_5_replaces_indexes_and_keeps_every_row(version: int, tmp_path: Path) -> None:
    """Schema 5 (covering indexes for the KPIs): each replaced index gives way to a wider one
    with the same leading columns; no table changes, every row stays."""
    path = _frozen(tmp_path, version)
    before = _counts(path)
    open_database(path).conn.close()
    after = _counts(path)
    assert {t: after[t] for t in before} == before
    conn = sqlite3.connect(path)
    try:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        for name, (table, columns) in KPI_INDEXES.items():
            assert conn.execute("SELECT tbl_name FROM sqlite_master WHERE name = ?",
                                (name,)).fetchone() == (table,)
            assert [r[2] for r in conn.execute(f"PRAGMA index_info({name})")] == columns
        assert names.isdisjoint(REPLACED_INDEXES)
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()


def test_task_counts_read_the_covering_index_only(tmp_path: Path) -> None:
    """The per-account task counts (the KPIs' and health's largest read) never visit the table."""
    path = _frozen(tmp_path, store.SCHEMA_VERSION)
    conn = sqlite3.connect(path)
    try:
        plan = " ".join(str(r[3]) for r in conn.execute(
            "EXPLAIN QUERY PLAN SELECT account_id, status, count(*), sum(due_date < :d),"
            " sum(done_date > :d) FROM task GROUP BY account_id, status", {"d": "2026-06-15"}))
    finally:
        conn.close()
    assert "COVERING INDEX ix_task_account_dates" in plan


def test_frozen_files_cover_every_version_up_to_5() -> None:
    assert [p.stem for p in FROZEN][:5] == ["schema_v1", "schema_v2", "schema_v3", "schema_v4",
                                            "schema_v5"]


TASK_RECOUNT = ("SELECT account_id, status, count(*), count(due_date), min(due_date) FROM task"
                " GROUP BY account_id, status ORDER BY account_id, status")


@pytest.mark.parametrize("version", [1, 2, 3, 4, 5])
def test_schema_6_fills_the_task_summary_and_keeps_every_row(version: int, tmp_path: Path) -> None:
    """Schema 6 adds the trigger-kept task summary: filled from the tasks as they are, equal to
    a fresh GROUP BY, and kept so by the next write."""
    path = _frozen(tmp_path, version)
    before = _counts(path)
    assert before["task"] > 0
    db = open_database(path)
    try:
        conn = db.conn
        after = _counts(path)
        assert {t: after[t] for t in before} == before
        stored = "SELECT account_id, status, n, n_dated, first_due FROM task_summary ORDER BY 1, 2"
        assert conn.execute(stored).fetchall() == conn.execute(TASK_RECOUNT).fetchall()
        assert conn.execute(stored).fetchall(), "the frozen files have tasks"
        with conn:
            conn.execute("UPDATE task SET status = 'done', done_date = '2026-06-15'"
                         " WHERE id = (SELECT min(id) FROM task WHERE status = 'todo')")
            conn.execute("DELETE FROM account WHERE id = (SELECT min(account_id) FROM task)")
        assert conn.execute(stored).fetchall() == conn.execute(TASK_RECOUNT).fetchall()
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        db.conn.close()


def test_the_day_ranges_and_the_list_passes_read_their_indexes_alone(tmp_path: Path) -> None:
    from tracker.queries import portfolio, task_pass

    path = _frozen(tmp_path, store.SCHEMA_VERSION)
    conn = sqlite3.connect(path)
    try:
        def plan(sql: str) -> str:
            return " ".join(str(r[3]) for r in conn.execute(
                "EXPLAIN QUERY PLAN " + sql, {"d": "2026-06-15", "as_of": "2026-06-15", "cap": 10}))

        either = plan(task_pass._EITHER_SQL.format(cap="sum(n) / 2"))
        assert "SEARCH task USING COVERING INDEX ix_task_due_account (due_date>?)" in either
        assert "SEARCH task USING COVERING INDEX ix_task_done_after (done_date>?)" in either
        assert "SCAN task USING COVERING INDEX ix_task_account_dates" in either
        assert "COVERING INDEX ix_contact_account_dates" in plan(portfolio._CONTACTS_SQL.format(scope="1"))
        assert "COVERING INDEX ix_milestone_account_achieved" in plan(
            portfolio._MILESTONES_SQL.format(scope="1"))
        assert "COVERING INDEX ix_task_account_dates" in plan(task_pass.PLAIN_PASS_SQL.format(scope="1"))
    finally:
        conn.close()


def test_frozen_files_cover_every_version_up_to_6() -> None:
    assert [p.stem for p in FROZEN][:6] == [f"schema_v{v}" for v in range(1, 7)]
