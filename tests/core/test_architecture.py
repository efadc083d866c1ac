"""The core must stay free of Qt so it runs (and is tested) without a display."""

import ast
import subprocess
import sys
from pathlib import Path


def test_tracker_never_loads_qt() -> None:
    probe = (
        "import sys, pkgutil, importlib, tracker\n"
        "for m in pkgutil.walk_packages(tracker.__path__, 'tracker.'):\n"
        "    if m.name != 'tracker.__main__': importlib.import_module(m.name)\n"
        "print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# ---- ui/ runs no SQL: reads go through tracker/queries, writes through tracker/services ----

UI = Path(__file__).resolve().parents[2] / "ui"
SQL_CALLS = frozenset({"execute", "executescript", "executemany", "query"})
# Files that open (or back up, or close) the database file itself; nothing else in ui/ may
# import tracker.storage. Its error types are allowed everywhere: the UI words them.
OPENS_THE_DATABASE = frozenset({"app.py", "workers.py", "main_window.py", "window_dialogs.py"})
ALLOWED_STORAGE_MODULES = frozenset({"tracker.storage.errors"})
CLOSES_ONLY = frozenset({"app.py", "workers.py"})  # ``db.conn.close()`` after opening


def sql_uses(source: str, relative: str) -> list[str]:
    """Every place in one module that runs SQL or reaches the storage layer."""
    found: list[str] = []
    for node in ast.walk(ast.parse(source)):
        where = f"{relative}:{getattr(node, 'lineno', 0)}"
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and node.func.attr in SQL_CALLS:
            found.append(f"{where} .{node.func.attr}(")
        elif isinstance(node, ast.Attribute) and node.attr == "conn":
            if relative not in CLOSES_ONLY:
                found.append(f"{where} .conn")
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name == "sqlite3" or _storage(alias.name, relative):
                    found.append(f"{where} import {alias.name}")
        elif isinstance(node, ast.ImportFrom) and node.module:
            if node.module == "sqlite3" or _storage(node.module, relative):
                found.append(f"{where} from {node.module} import")
            elif node.module == "tracker" and any(a.name == "storage" for a in node.names) \
                    and relative not in OPENS_THE_DATABASE:
                found.append(f"{where} from tracker import storage")
    return found


def _storage(module: str, relative: str) -> bool:
    if not (module == "tracker.storage" or module.startswith("tracker.storage.")):
        return False
    return module not in ALLOWED_STORAGE_MODULES and relative not in OPENS_THE_DATABASE


def test_ui_runs_no_sql() -> None:
    found = [use for path in sorted(UI.rglob("*.py"))
             for use in sql_uses(path.read_text(encoding="utf-8"), path.relative_to(UI).as_posix())]
    assert found == [], "ui/ must read through tracker/queries and write through tracker/services"


def test_the_guard_catches_each_kind_of_sql() -> None:
    """The scan itself must fail on each pattern, or the test above proves nothing."""
    samples = {
        "cursor = self.ctx.db.conn.execute('SELECT 1')": 2,  # .conn and .execute(
        "db.executemany('INSERT', rows)": 1,
        "db.executescript('DROP TABLE x')": 1,
        "rows = db.query('SELECT * FROM account')": 1,
        "import sqlite3": 1,
        "from tracker.storage.db import transaction": 1,
        "from tracker.storage.errors import StoreError": 0,
        "from tracker import storage": 1,
    }
    for source, expected in samples.items():
        assert len(sql_uses(source, "views/sample.py")) == expected, source
    assert sql_uses("from tracker.storage.db import open_database", "app.py") == []
