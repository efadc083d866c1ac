"""What the store needs of the SQLite library Python was built with, checked once.

The queries use aggregate ``FILTER`` clauses (SQLite 3.30), upserts, ``json_each`` and an
FTS5 search index. Python brings its own SQLite on Windows and macOS, but a Linux
distribution's Python links the system one, and an old one would otherwise fail on the
first KPI read with "near FILTER: syntax error". Saying so at open, with both versions
named, tells the user (or their IT department) what to update.
"""

from __future__ import annotations

import sqlite3
from functools import cache

from tracker.i18n import QT_TRANSLATE_NOOP
from tracker.storage.errors import StoreError, said

MIN_SQLITE = (3, 30, 0)
TOO_OLD = QT_TRANSLATE_NOOP(
    "storage", "Onboarding Tracker needs SQLite {0} or newer, but this Python uses SQLite {1}. "
    "Please install a newer Python or SQLite.")
MISSING_FEATURE = QT_TRANSLATE_NOOP(
    "storage", "The SQLite library this Python uses ({0}) was built without {1}, which "
    "Onboarding Tracker needs. Please install a Python with a full SQLite build.")


class UnsupportedSQLiteError(StoreError):
    code = "unsupported_sqlite"


def _missing_features() -> list[str]:
    """The names of the SQLite extensions the store uses that this build lacks."""
    probes = {"FTS5": "CREATE VIRTUAL TABLE temp.probe USING fts5(x)",
              "JSON": "SELECT value FROM json_each('[1]')"}
    missing = []
    conn = sqlite3.connect(":memory:")
    try:
        for name, sql in probes.items():
            try:
                conn.execute(sql).fetchall()
            except sqlite3.OperationalError:
                missing.append(name)
    finally:
        conn.close()
    return missing


@cache
def _problem(version: tuple[int, int, int], text: str) -> str | None:
    if version < MIN_SQLITE:
        return said(TOO_OLD, ".".join(map(str, MIN_SQLITE)), text)
    missing = _missing_features()
    if missing:
        return said(MISSING_FEATURE, text, " + ".join(missing))
    return None


def require_supported_sqlite(version: tuple[int, int, int] | None = None,
                             text: str | None = None) -> None:
    """Raise :class:`UnsupportedSQLiteError` unless this SQLite can run every query we have."""
    version = sqlite3.sqlite_version_info if version is None else version
    problem = _problem(version, sqlite3.sqlite_version if text is None else text)
    if problem is not None:
        raise UnsupportedSQLiteError(problem)
