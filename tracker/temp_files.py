"""Scratch folders in the app's own temporary folder, and removing what a killed run left there.

A report export writes about 60 MB of XlsxWriter temporaries for the L portfolio; a killed
export used to leave them in the system's temp folder for good (1.5 GB after 30 trials).
Each run now writes into ``tracker.paths.temp_dir()/<purpose>-<pid>-<random>``, removed when
it ends; a folder whose process is gone is removed at the next start of the app or of any
command, and before each export.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tracker import paths

_OWNED = re.compile(r"^[a-z]+-(?P<pid>\d+)-[A-Za-z0-9_]+$")


@contextmanager
def scratch_folder(purpose: str) -> Iterator[Path]:
    """A new folder for one run's temporaries, removed with everything in it when the run ends."""
    root = paths.temp_dir()
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError:  # a data folder that cannot be written: the system's temp folder, as before
        root = Path(tempfile.gettempdir())
    folder = Path(tempfile.mkdtemp(prefix=f"{purpose}-{os.getpid()}-", dir=root))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def clean_leftovers(root: Path | None = None) -> list[Path]:
    """Remove the scratch folders of processes that no longer run; returns what was removed.

    A folder of a live process (another window exporting) is left alone; so is anything in
    the folder this module did not name.
    """
    from tracker.excel.writer import process_alive

    root = paths.temp_dir() if root is None else root
    removed: list[Path] = []
    try:
        entries = list(os.scandir(root))
    except OSError:
        return removed
    for entry in entries:
        found = _OWNED.match(entry.name)
        if found is None or process_alive(int(found["pid"])):
            continue
        with contextlib.suppress(OSError):
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path)
            else:
                os.unlink(entry.path)
            removed.append(Path(entry.path))
    return removed
