"""A read beside another (tracker.storage.beside): the same answer as on the caller's
connection, its errors raised on the caller's thread, and the account list read both ways."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from datetime import date

import pytest

from tracker.database import Database
from tracker.kpi.health import health_scores
from tracker.queries import portfolio
from tracker.queries.portfolio import account_rows
from tracker.storage.beside import Beside
from tracker.storage.db import open_database
from tracker.storage.errors import StoreError

AS_OF = date(2026, 6, 15)


def test_health_read_beside_is_health_read_alone(demo_db: Database) -> None:
    """Every account (beside) and a few (one connection) score alike (a few accounts'
    explanations also show the check-in factor at weight 0: EXPLAIN_ACCOUNTS)."""
    every = health_scores(demo_db, AS_OF)
    few = sorted(every)[:3]
    assert {k: (h.score, h.band) for k, h in health_scores(demo_db, AS_OF, few).items()} == {
        k: (every[k].score, every[k].band) for k in few}
    demo_db.conn.execute("BEGIN")  # inside a transaction: one connection, the reference
    try:
        assert health_scores(demo_db, AS_OF) == every
    finally:
        demo_db.conn.rollback()


def test_a_file_is_read_on_another_thread_and_connection(demo_db: Database) -> None:
    seen: list[tuple[str, bool]] = []

    def read(side: Database) -> int:
        seen.append((threading.current_thread().name, side.conn is demo_db.conn))
        return int(side.conn.execute("SELECT count(*) FROM account").fetchone()[0])

    assert Beside(demo_db, read).result() == 50
    assert seen == [("onbt-read-beside", False)]


def test_the_second_connection_cannot_write(demo_db: Database) -> None:
    def write(side: Database) -> None:
        side.conn.execute("UPDATE account SET name = 'x'")

    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        Beside(demo_db, write).result()
    assert "x" not in {r[0] for r in demo_db.conn.execute("SELECT name FROM account")}


def test_inside_a_transaction_it_reads_on_the_callers_connection(demo_db: Database) -> None:
    """Writes not committed yet are the caller's alone: a second connection would miss them."""
    demo_db.conn.execute("BEGIN")
    demo_db.conn.execute("UPDATE account SET name = 'Renamed' WHERE id = 1")
    try:
        read = Beside(demo_db, lambda side: side.conn.execute(
            "SELECT name FROM account WHERE id = 1").fetchone()[0])
        assert read.result() == "Renamed"
    finally:
        demo_db.conn.rollback()


def test_in_memory_it_reads_on_the_callers_connection() -> None:
    db = open_database(":memory:")
    try:
        seen: list[bool] = []

        def read(side: Database) -> int:
            seen.append(side is db)
            return 7

        assert Beside(db, read).result() == 7
        assert seen == [True]
    finally:
        db.conn.close()


def test_the_list_read_beside_is_the_list_read_alone(demo_db: Database, monkeypatch: pytest.MonkeyPatch
                                                    ) -> None:
    class Inline:
        """Beside on one connection: the reference."""

        def __init__(self, db: Database, func: Callable[[Database], object]) -> None:
            self.value = func(db)

        def result(self) -> object:
            return self.value

    with monkeypatch.context() as patch:
        patch.setattr(portfolio, "Beside", Inline)
        alone = account_rows(demo_db, AS_OF)
        some = account_rows(demo_db, AS_OF, [r.id for r in alone[:3]])
    monkeypatch.setattr(portfolio, "BESIDE_FROM", 0)  # a few accounts read beside too
    threads: list[str] = []
    real = portfolio._side_reads

    def spy(*args: object, **kwargs: object) -> object:
        read = real(*args, **kwargs)  # type: ignore[arg-type]

        def wrapped(side: Database) -> object:
            threads.append(threading.current_thread().name)
            return read(side)
        return wrapped

    monkeypatch.setattr(portfolio, "_side_reads", spy)
    assert account_rows(demo_db, AS_OF) == alone
    assert account_rows(demo_db, AS_OF, [r.id for r in alone[:3]]) == some == alone[:3]
    assert threads == ["onbt-read-beside", "onbt-read-beside"]


def test_a_failure_beside_is_the_lists_failure(demo_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """A damaged table read beside fails the call with the store's sentence, as it would alone."""
    monkeypatch.setattr(portfolio, "BESIDE_FROM", 0)
    monkeypatch.setattr(portfolio, "_MILESTONES_SQL", "SELECT * FROM no_such_table WHERE {scope}")
    with pytest.raises((StoreError, sqlite3.OperationalError)):
        account_rows(demo_db, AS_OF)
