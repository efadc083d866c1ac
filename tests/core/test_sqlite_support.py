"""The store refuses an SQLite it cannot run on, with a sentence naming both versions."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tracker.storage import sqlite_support
from tracker.storage.db import open_database
from tracker.storage.errors import StoreError
from tracker.storage.sqlite_support import UnsupportedSQLiteError, require_supported_sqlite


def test_this_python_sqlite_is_supported() -> None:
    require_supported_sqlite()


def test_an_old_sqlite_is_named_with_the_version_needed() -> None:
    with pytest.raises(UnsupportedSQLiteError) as caught:
        require_supported_sqlite((3, 29, 9), "3.29.9")
    assert caught.value.message == (
        "Onboarding Tracker needs SQLite 3.30.0 or newer, but this Python uses SQLite 3.29.9. "
        "Please install a newer Python or SQLite.")
    assert isinstance(caught.value, StoreError)
    assert caught.value.code == "unsupported_sqlite"


def test_the_oldest_supported_version_passes() -> None:
    require_supported_sqlite((3, 30, 0), "3.30.0")


def test_a_build_without_fts5_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sqlite_support, "_missing_features", lambda: ["FTS5"])
    sqlite_support._problem.cache_clear()
    try:
        with pytest.raises(UnsupportedSQLiteError, match="built without FTS5"):
            require_supported_sqlite((3, 45, 1), "3.45.1")
    finally:
        sqlite_support._problem.cache_clear()


def test_open_refuses_before_touching_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sqlite3, "sqlite_version_info", (3, 22, 0))
    monkeypatch.setattr(sqlite3, "sqlite_version", "3.22.0")
    target = tmp_path / "new.db"
    with pytest.raises(UnsupportedSQLiteError, match=r"SQLite 3\.22\.0"):
        open_database(target)
    assert not target.exists()


def test_the_probe_finds_what_this_build_has() -> None:
    assert sqlite_support._missing_features() == []
