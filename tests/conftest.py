"""Shared fixtures. Offscreen Qt is set here, before any QApplication can exist."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Identity locks of the instance lock go here, not into the user's data folder; child
# processes inherit it, so both sides of a cross-process lock test meet.
os.environ.setdefault("ONBOARDING_TRACKER_LOCKS", tempfile.mkdtemp(prefix="onbt-test-locks-"))

from tracker.database import Database
from tracker.workspace import open_workspace

TODAY = date(2026, 6, 15)
CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "spreadsheets"


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated, seeded database built once per run and copied per test."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    db = open_workspace(path)
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
    return path


@pytest.fixture
def db_path(template_db: Path, tmp_path: Path) -> Path:
    target = tmp_path / "tracker.db"
    shutil.copy(template_db, target)
    return target


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_workspace(db_path)
    yield database
    database.conn.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The S demo portfolio as of TODAY, built once per run."""
    from tracker.demo import generate_demo

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    database = open_workspace(path)
    generate_demo(database, "S", today=TODAY)
    database.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    database.conn.close()
    return path


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Iterator[Database]:
    target = tmp_path / "demo.db"
    shutil.copy(demo_template, target)
    database = open_workspace(target)
    yield database
    database.conn.close()
