"""The demo is a file of its own, built fresh and put in place at once; and the CLI's language."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import TODAY
from tracker import i18n
from tracker.demo_file import build_demo_file
from tracker.paths import DEMO_DB_NAME, demo_db_path, is_demo_path
from tracker.storage.db import open_database
from tracker.storage.errors import InstanceLockedError
from tracker.storage.instance_lock import InstanceLock


def _accounts(path: Path) -> int:
    db = open_database(path, create=False)
    try:
        return int(db.conn.execute("SELECT count(*) FROM account").fetchone()[0])
    finally:
        db.conn.close()


def test_demo_lives_in_its_own_clearly_named_file(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ONBOARDING_TRACKER_HOME", str(tmp_path))
    assert demo_db_path() == tmp_path / "Onboarding Tracker demo.db" == tmp_path / DEMO_DB_NAME
    assert is_demo_path(tmp_path / DEMO_DB_NAME) and not is_demo_path(tmp_path / "tracker.db")


def test_a_fresh_demo_replaces_the_old_one(tmp_path: Path) -> None:
    path = tmp_path / DEMO_DB_NAME
    assert build_demo_file(path, "XS", today=TODAY).accounts == 8
    Path(str(path) + "-wal").write_bytes(b"stale")  # an earlier crash's leftovers
    assert build_demo_file(path, 3, today=TODAY).accounts == 3
    assert _accounts(path) == 3
    assert not Path(str(path) + "-wal").exists() or Path(str(path) + "-wal").read_bytes() != b"stale"
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix != ".lock") == [DEMO_DB_NAME]


def test_an_open_demo_is_not_replaced(tmp_path: Path) -> None:
    path = tmp_path / DEMO_DB_NAME
    build_demo_file(path, 2, today=TODAY)
    lock = InstanceLock(path)
    lock.acquire()
    try:
        with pytest.raises(InstanceLockedError):
            build_demo_file(path, 5, today=TODAY)
    finally:
        lock.release()
    assert _accounts(path) == 2


@pytest.mark.parametrize(("env", "language"), [
    ({"ONBOARDING_TRACKER_LANG": "ms", "LANG": "en_US.UTF-8"}, "ms"),
    ({"LC_ALL": "ms_MY.UTF-8"}, "ms_MY"),
    ({"LANG": "C.UTF-8"}, None),
    ({}, None),
])
def test_the_cli_language_comes_from_the_environment(env: dict[str, str], language: str | None) -> None:
    assert i18n.language_from_environment(env) == language


def test_no_catalog_leaves_english(monkeypatch: pytest.MonkeyPatch) -> None:
    assert i18n.install_catalog("xx") is None
    assert i18n.translate("kpi", "Activation rate") == "Activation rate"
