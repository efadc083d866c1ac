"""Writing previews to the database: all accepted rows of all sheets in one transaction, or nothing.

New rows go in as multi-row ``INSERT ... VALUES (...), (...)`` statements of a few thousand
rows, updates as ``UPDATE ... FROM (VALUES ...)`` grouped by the set of fields that change,
so a 100,000-row sheet is a few dozen statements. The search index of new rows is filled in
one statement after them (:mod:`tracker.excel.bulk_index`): the per-row insert trigger cost
more than the rows' own insert. Updates keep the triggers, and in chunks, not ``executemany``:
FTS5 flushes its pending terms into a new segment at the end of every statement (20,000
renamed contacts 1.4 s of CPU one by one against 0.6 s). New ids are taken
from ``max(id)``: SQLite hands out ``max(rowid) + 1`` and the write lock is held, so the n
rows inserted get the next n ids, in order, which is checked before committing.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Generator, Iterable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import closing, nullcontext
from dataclasses import dataclass, field
from datetime import date
from itertools import chain, repeat
from operator import itemgetter
from typing import Any, TypeVar

from tracker.changes import ChangeSet, Written
from tracker.database import Database
from tracker.excel.bulk_index import (
    checkpoint_held,
    checkpoint_wal,
    index_in_one_statement,
    indexes_rebuilt,
    roomy_cache,
)
from tracker.excel.errors import ExcelError, ImportCancelled, said
from tracker.excel.import_playbooks import DEFAULT_CHOICE, PLAYBOOK_CHOICES, apply_playbooks
from tracker.excel.import_undo import CHANGED, BeforeImport, ImportUndo
from tracker.excel.preview import ImportPreview, PlannedRow
from tracker.excel.reader import gc_paused
from tracker.excel.write_check import WriteCheck
from tracker.i18n import QT_TRANSLATE_NOOP
from tracker.services.base import now_stamp
from tracker.services.records import MILESTONE_ACCOUNT_DATE
from tracker.storage.db import transaction
from tracker.storage.task_summary import summary_folded_after

ORDER = ("accounts", "contacts", "tasks", "milestones", "feedback")
TABLE = {"accounts": "account", "contacts": "contact", "tasks": "task", "milestones": "milestone",
         "feedback": "feedback"}
DEFAULTS: dict[str, dict[str, Any]] = {
    "accounts": {"external_id": None, "name": "", "industry": "", "company_size": None, "region": "",
                 "plan": "", "mrr": 0.0, "tech_proficiency": None, "owner": "", "segment_id": None,
                 "status": "onboarding", "stage": "Embark", "signed_date": None, "kickoff_date": None,
                 "target_golive_date": None, "golive_date": None, "first_value_date": None,
                 "churned_date": None, "products": "", "notes": ""},
    "contacts": {"account_id": None, "name": "", "email": "", "role": "end_user", "invited_date": None,
                 "activated_date": None, "last_active_date": None},
    "tasks": {"account_id": None, "position": 0, "title": "", "stage": "Embark", "due_date": None,
              "status": "todo", "done_date": None, "owner": "", "notes": ""},
    "milestones": {"account_id": None, "kind": "custom", "name": "", "target_date": None,
                   "achieved_date": None},
    "feedback": {"account_id": None, "contact_id": None, "kind": "csat", "score": 0, "comment": "",
                 "date": None},
}
CHANGES = {"accounts": ChangeSet(accounts=True), "contacts": ChangeSet(contacts=True),
           "tasks": ChangeSet(tasks=True), "milestones": ChangeSet(milestones=True),
           "feedback": ChangeSet(feedback=True)}
# An import names no single account: every view reads again.
ANY_ACCOUNT = ChangeSet(accounts=True, kpis=True, all_accounts=True)
CHUNK = 5000
T = TypeVar("T")
R = TypeVar("R")
# Bound parameters per INSERT statement: SQLite's default limit since 3.32 (older builds allow
# 999, which ``_rows_per_statement`` asks the connection for).
MAX_PARAMETERS = 32_766
UPDATE_FROM = (3, 33, 0)  # UPDATE ... FROM; older SQLite updates with executemany


@dataclass(frozen=True)
class ImportResult:
    created: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    change: ChangeSet = field(default_factory=ChangeSet)
    # What :func:`tracker.excel.import_undo.swap_import` needs to reverse this import.
    undo: ImportUndo = field(default_factory=ImportUndo)

    def summary(self) -> str:
        parts = [f"{self.created.get(k, 0)} created and {self.updated.get(k, 0)} updated {k}"
                 for k in ORDER if self.created.get(k) or self.updated.get(k)]
        return ("Imported: " + "; ".join(parts) + ".") if parts else "Nothing to import."


class _Ticker:
    def __init__(self, total: int, progress: Callable[[int, int], None] | None,
                 cancelled: Callable[[], bool] | None) -> None:
        self.total, self.done = max(total, 1), 0
        self._progress, self._cancelled = progress, cancelled

    def step(self, count: int) -> None:
        if self._cancelled is not None and self._cancelled():
            raise ImportCancelled
        self.done += count
        if self._progress is not None:
            self._progress(min(self.done, self.total), self.total)


def _chunks(items: Sequence[T], size: int = CHUNK) -> Iterable[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _rows_per_statement(conn: sqlite3.Connection, width: int) -> int:
    """How many rows of ``width`` columns one INSERT may bind (at most :data:`CHUNK`)."""
    limit = MAX_PARAMETERS
    getlimit = getattr(conn, "getlimit", None)  # Python 3.11+
    if getlimit is not None:
        limit = min(limit, int(getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)))
    return max(1, min(CHUNK, limit // width))


def _insert(conn: sqlite3.Connection, kind: str, rows: Sequence[PlannedRow], accounts: dict[int, int],
            ticker: _Ticker, extra: Callable[[PlannedRow, dict[str, Any]], None] | None = None,
            before_fill: Callable[[], object] | None = None) -> list[int]:
    table = TABLE[kind]
    columns = list(DEFAULTS[kind])
    head = f"INSERT INTO {table} ({', '.join(columns)}) VALUES "
    one = f"({', '.join('?' for _ in columns)})"
    base = conn.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0]
    defaults = DEFAULTS[kind]
    pick = itemgetter(*columns)
    owned = kind != "accounts"
    size = _rows_per_statement(conn, len(columns))
    statements: dict[int, str] = {}  # by row count: every full chunk reuses one cached statement

    def build(chunk: Sequence[PlannedRow]) -> tuple[int, list[Any]]:
        batch = _row_values(chunk, columns, defaults, accounts if owned else None) if extra is None \
            else _row_values_each(chunk, defaults, pick, accounts if owned else None, extra)
        return len(batch), list(chain.from_iterable(batch))

    folded = summary_folded_after(conn, base, len(rows)) if table == "task" else nullcontext()
    with indexes_rebuilt(conn, table, len(rows)), index_in_one_statement(conn, table, before_fill), \
            folded, closing(_built_ahead(_chunks(rows, size), build)) as batches:
        for count, params in batches:
            sql = statements.get(count)
            if sql is None:
                sql = statements[count] = head + ", ".join([one] * count)
            conn.execute(sql, params)
            ticker.step(count)
    top = conn.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0]
    if top != base + len(rows):
        raise ExcelError(said(QT_TRANSLATE_NOOP(
            "excel", "Another program wrote to the database during the import; nothing was changed.")),
            "concurrent")
    stamp = now_stamp()
    conn.execute(f"INSERT INTO change_log (at, action, entity, entity_id) SELECT ?, 'import', ?, id"
                 f" FROM {table} WHERE id > ?", (stamp, table, base))
    return list(range(base + 1, base + 1 + len(rows)))


def _built_ahead(items: Iterable[T], build: Callable[[T], R]) -> Generator[R, None, None]:
    """``build(item)`` for each item in order, the next one built on a thread while the caller
    executes this one: SQLite lets go of the interpreter while it runs a statement, so turning
    planned rows into parameters (0.2 s of 100,000 contacts) goes beside the inserts. One worker,
    so builds that carry state from chunk to chunk (a task's position) keep their order."""
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="import-rows") as pool:
        pending: Future[R] | None = None
        for item in items:
            future = pool.submit(build, item)
            if pending is not None:
                yield pending.result()
            pending = future
        if pending is not None:
            yield pending.result()


def _row_values(chunk: Sequence[PlannedRow], columns: list[str], defaults: dict[str, Any],
                accounts: dict[int, int] | None) -> list[tuple[Any, ...]]:
    """Each row's values in ``columns`` order, a default where the row has none: built column by
    column (``map`` runs in C), half the time of merging a dict per row."""
    values = [p.values for p in chunk]
    cells = [list(map(dict.get, values, repeat(c), repeat(defaults[c]))) for c in columns]
    if accounts is not None:  # an account the same import creates is named by -row until now
        refs = [p.account_id or 0 for p in chunk]
        cells[columns.index("account_id")] = list(map(accounts.get, refs, refs))
    return list(zip(*cells, strict=True))


def _row_values_each(chunk: Sequence[PlannedRow], defaults: dict[str, Any],
                     pick: Callable[[dict[str, Any]], Any], accounts: dict[int, int] | None,
                     extra: Callable[[PlannedRow, dict[str, Any]], None]) -> list[tuple[Any, ...]]:
    """The same, row by row, for a table whose rows ``extra`` completes (a task's position)."""
    batch = []
    for planned in chunk:
        values = {**defaults, **planned.values}
        if accounts is not None:
            account = planned.account_id or 0
            values["account_id"] = accounts.get(account, account)
        extra(planned, values)
        batch.append(pick(values))
    return batch


def _update(conn: sqlite3.Connection, kind: str, rows: Sequence[PlannedRow], ticker: _Ticker) -> None:
    table = TABLE[kind]
    groups: dict[tuple[str, ...], list[tuple[Any, ...]]] = {}
    log: list[tuple[Any, ...]] = []
    stamp = now_stamp()
    for planned in rows:
        assert planned.target_id is not None
        names = tuple(sorted(planned.changes))
        groups.setdefault(names, []).append(
            (*(planned.changes[n][1] for n in names), planned.target_id))
        log.extend((stamp, "import", table, planned.target_id, n, _text(old), _text(new))
                   for n, (old, new) in planned.changes.items())
    for names, params in groups.items():
        if sqlite3.sqlite_version_info >= UPDATE_FROM:
            # One statement per chunk, as for inserts: the search triggers fire on a name, title
            # or e-mail change, and FTS5 would flush a segment after every one-row UPDATE.
            size = _rows_per_statement(conn, len(names) + 1)
            sets = ", ".join(f"{n} = v.column{i}" for i, n in enumerate(names, start=1))
            for chunk in _chunks(params, size):
                values = ", ".join([f"({', '.join('?' for _ in chunk[0])})"] * len(chunk))
                cursor = conn.execute(f"UPDATE {table} SET {sets} FROM (VALUES {values})"
                                      f" AS v WHERE {table}.id = v.column{len(names) + 1}",
                                      list(chain.from_iterable(chunk)))
                _check_updated(cursor.rowcount, len(chunk))
                ticker.step(len(chunk))
            continue
        sets = ", ".join(f"{n} = ?" for n in names)
        cursor = conn.executemany(f"UPDATE {table} SET {sets} WHERE id = ?", params)
        _check_updated(cursor.rowcount, len(params))
        ticker.step(len(params))
    conn.executemany("INSERT INTO change_log (at, action, entity, entity_id, field, old_value, new_value)"
                     " VALUES (?, ?, ?, ?, ?, ?, ?)", log)


def _check_updated(updated: int, wanted: int) -> None:
    if updated != wanted:
        raise ExcelError(said(QT_TRANSLATE_NOOP(
            "excel", "Rows changed or were deleted since the preview; preview the file again.")), "stale")


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def _account_followups(conn: sqlite3.Connection, preview: ImportPreview, new_ids: list[int], today: date,
                       playbooks: str) -> None:
    """Stage history for new and moved accounts, and the segment's playbook for new ones."""
    entered = [(aid, p.values.get("stage", "Embark"), p.values.get("signed_date") or today.isoformat())
               for aid, p in zip(new_ids, preview.creates, strict=True)]
    conn.executemany("INSERT INTO stage_history (account_id, stage, entered_date) VALUES (?, ?, ?)", entered)
    moved = [(p.target_id, p.changes["stage"][1]) for p in preview.updates if "stage" in p.changes]
    when = today.isoformat()
    conn.executemany("UPDATE stage_history SET left_date = ? WHERE account_id = ? AND left_date IS NULL",
                     [(when, aid) for aid, _ in moved])
    conn.executemany("INSERT INTO stage_history (account_id, stage, entered_date) VALUES (?, ?, ?)",
                     [(aid, stage, when) for aid, stage in moved])
    apply_playbooks(conn, [(aid, p.values) for aid, p in zip(new_ids, preview.creates, strict=True)],
                    playbooks, today)


def _milestone_dates(conn: sqlite3.Connection, milestone_ids: Iterable[int]) -> None:
    """Achieving a first-value or go-live milestone sets the account's key date, as in the app."""
    for mid in milestone_ids:
        row = conn.execute("SELECT account_id, kind, achieved_date FROM milestone WHERE id = ?",
                           (mid,)).fetchone()
        column = MILESTONE_ACCOUNT_DATE.get(row[1]) if row else None
        if row and column:
            conn.execute(f"UPDATE account SET {column} = ? WHERE id = ?", (row[2], row[0]))


def apply_import(
    db: Database,
    previews: Sequence[ImportPreview],
    *,
    today: date | None = None,
    playbooks: str = DEFAULT_CHOICE,
    cancelled: Callable[[], bool] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> ImportResult:
    """Write every accepted row of ``previews`` (every sheet of a workbook) in one transaction;
    a failure or cancel writes nothing. ``playbooks`` is the choice for new accounts
    (:data:`tracker.excel.import_playbooks.PLAYBOOK_CHOICES`).

    The commit does not wait for the WAL checkpoint (:func:`bulk_index.checkpoint_held`): a
    caller that keeps the database open runs :func:`settle` once the user is not waiting."""
    if playbooks not in PLAYBOOK_CHOICES:
        raise ValueError(f"unknown playbook choice {playbooks!r}")
    with gc_paused(), roomy_cache(db.conn), checkpoint_held(db.conn):
        return _apply(db, previews, today or date.today(), playbooks, cancelled, progress)


def _apply(db: Database, previews: Sequence[ImportPreview], today: date, playbooks: str,
           cancelled: Callable[[], bool] | None, progress: Callable[[int, int], None] | None) -> ImportResult:
    by_kind = {p.kind: p for p in previews}
    if len(by_kind) != len(previews):
        raise ExcelError(said(QT_TRANSLATE_NOOP(
            "excel", "Two sheets of this import hold the same kind of rows; import them one at a time.")),
            "duplicate_kind")
    ticker = _Ticker(sum(p.accepted for p in previews), progress, cancelled)
    created: dict[str, int] = {}
    updated: dict[str, int] = {}
    change = ChangeSet()
    pending: dict[int, int] = {}
    try:
        # The write's own check of every value runs beside the search-index fill; its verdict comes
        # before the commit.
        with WriteCheck(previews) as check, transaction(db) as conn:
            before = BeforeImport(conn)
            for kind in ORDER:
                preview = by_kind.get(kind)
                if preview is None or not preview.accepted:
                    continue
                table = TABLE[kind]
                before.keep(table, "id", [p.target_id for p in preview.updates
                                          if p.target_id is not None])
                extra = _task_positions(conn) if kind == "tasks" else None
                new_ids = _insert(conn, kind, preview.creates, pending, ticker, extra, check.start)
                before.created(table, new_ids)
                _update(conn, kind, preview.updates, ticker)
                if kind == "accounts":
                    pending = {-p.row: aid for p, aid in zip(preview.creates, new_ids, strict=True)}
                    before.keep("stage_history", "account_id",
                                [p.target_id for p in preview.updates
                                 if "stage" in p.changes and p.target_id is not None])
                    _account_followups(conn, preview, new_ids, today, playbooks)
                if kind == "milestones":
                    touched = [p.target_id for p in preview.updates
                               if "achieved_date" in p.changes and p.target_id is not None]
                    achieved = [mid for mid, p in zip(new_ids, preview.creates, strict=True)
                                if p.values.get("achieved_date")]
                    before.keep("account", "id", _owners(conn, touched + achieved))
                    _milestone_dates(conn, touched + achieved)
                created[kind], updated[kind] = len(preview.creates), len(preview.updates)
                change = change | CHANGES[kind] | ANY_ACCOUNT
            check.verdict()
    except sqlite3.IntegrityError as exc:
        raise ExcelError(said(QT_TRANSLATE_NOOP(
            "excel", "The import was refused by the database ({0}); nothing was changed."), exc),
            "integrity") from exc
    return ImportResult(created, updated, change, before.result())


def settle(db: Database) -> None:
    """The WAL checkpoint an import's commit left for later (a passive one: it blocks nobody)."""
    checkpoint_wal(db.conn)


def undo_import(db: Database, state: ImportUndo) -> Written[ImportUndo]:
    """Reverse an import (given its ``undo``) or re-apply it (given what undo returned)."""
    from tracker.excel.import_undo import swap_import

    written = swap_import(db, state)
    return Written(written.change | CHANGED, written.value)


def _owners(conn: sqlite3.Connection, milestone_ids: Sequence[int]) -> list[int]:
    """The accounts of these milestones, whose key dates an achieved milestone moves."""
    owners: set[int] = set()
    for start in range(0, len(milestone_ids), 500):
        chunk = list(milestone_ids[start:start + 500])
        owners.update(r[0] for r in conn.execute(
            f"SELECT DISTINCT account_id FROM milestone WHERE id IN ({', '.join('?' for _ in chunk)})",
            chunk))
    return sorted(owners)


def _task_positions(conn: sqlite3.Connection) -> Callable[[PlannedRow, dict[str, Any]], None]:
    last = dict(conn.execute("SELECT account_id, max(position) FROM task GROUP BY account_id"))

    def place(_planned: PlannedRow, values: dict[str, Any]) -> None:
        position = last.get(values["account_id"], 0) + 1
        last[values["account_id"]] = position
        values["position"] = position

    return place
