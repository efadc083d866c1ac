"""Demo portfolios built once and kept in bench/.cache/, and the context benchmarks share.

A cached file is named by size, seed, "as of" date and a hash of the code that shapes it
(demo generator, built-in playbooks, migrations), so a change to any of them rebuilds it
instead of silently measuring yesterday's data. Benchmarks that write get a fresh copy;
the cached file itself is never written after it is built.
"""

from __future__ import annotations

import hashlib
import shutil
import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

DEFAULT_CACHE = Path(__file__).resolve().parent / ".cache"
AS_OF = date(2026, 6, 15)  # the same "today" as the test suite's demo portfolio
SEED = 7
_SHAPING_CODE = ("demo.py", "builtin_playbooks.py", "storage/migrations")


def generator_version() -> str:
    """A short hash of every source file that decides what a demo database holds."""
    import tracker

    root = Path(tracker.__file__).resolve().parent
    digest = hashlib.sha256()
    for rel in _SHAPING_CODE:
        target = root / rel
        files = sorted(target.rglob("*")) if target.is_dir() else [target]
        for path in files:
            if path.is_file() and path.suffix in {".py", ".sql"}:
                digest.update(path.relative_to(root).as_posix().encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def demo_path(size: str, cache_dir: Path, seed: int = SEED, as_of: date = AS_OF) -> Path:
    """The cached demo database for ``size``, building it first if it is not there."""
    name = f"demo-{size.upper()}-seed{seed}-{as_of.isoformat()}-{generator_version()}.db"
    target = cache_dir / name
    if target.is_file():
        return target
    from tracker.demo import generate_demo
    from tracker.workspace import open_workspace

    cache_dir.mkdir(parents=True, exist_ok=True)
    for stale in cache_dir.glob(f"demo-{size.upper()}-seed{seed}-*.db"):
        stale.unlink(missing_ok=True)
    part = cache_dir / (name + ".part")
    for suffix in ("", "-wal", "-shm"):
        Path(str(part) + suffix).unlink(missing_ok=True)
    db = open_workspace(part)
    try:
        generate_demo(db, size, seed=seed, today=as_of)
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.conn.close()
    part.replace(target)
    return target


@dataclass
class BenchContext:
    """What every benchmark gets: the cached portfolio, a scratch folder, the run count."""

    size: str
    runs: int
    cache_dir: Path
    quick: bool = False
    as_of: date = AS_OF
    seed: int = SEED
    scratch: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="onbt-bench-")))
    _shared: Path | None = field(default=None, repr=False)

    @property
    def db_path(self) -> Path:
        return demo_path(self.size, self.cache_dir, self.seed, self.as_of)

    def shared_copy(self) -> Path:
        """One copy per run for benchmarks that only read (or undo what they write)."""
        if self._shared is None:
            self._shared = self.fresh_copy("shared.db")
        return self._shared

    def fresh_copy(self, name: str = "work.db") -> Path:
        """A writable copy of the cached portfolio in the scratch folder."""
        target = self.scratch / name
        for suffix in ("", "-wal", "-shm", ".lock"):
            Path(str(target) + suffix).unlink(missing_ok=True)
        shutil.copy(self.db_path, target)
        return target

    def cleanup(self) -> None:
        shutil.rmtree(self.scratch, ignore_errors=True)
