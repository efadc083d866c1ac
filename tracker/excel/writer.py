"""Saving a workbook so an interrupted or failed export never damages the previous file.

The workbook is written to a temporary file beside the target and moved over it only
when complete (``os.replace`` is atomic on one file system). Excel keeps the file it has
open locked on Windows, and Excel and LibreOffice leave lock files ("~$name.xlsx",
".~lock.name.xlsx#") beside it everywhere, so both cases get the same clear sentence.

A killed export cannot remove its temporary file, so each export first removes the ones
earlier runs left in the same folder: those whose process has ended, or that nobody has
written to for an hour (the pid was reused; saving a workbook takes seconds, not hours).
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tracker.excel.errors import ExcelError, said
from tracker.i18n import QT_TRANSLATE_NOOP


def open_elsewhere_message(target: Path) -> str:
    return said(QT_TRANSLATE_NOOP("excel", "{0} is open in another program; close it there and try again."),
                target.name)


def lock_file_present(target: Path) -> bool:
    folder = target.parent
    return (folder / f"~${target.name}").exists() or (folder / f".~lock.{target.name}#").exists()


PARTIAL_NAME = re.compile(r"\..+\.(?P<pid>\d+)\.partial(\.\w+)?")
STALE_AFTER_S = 3600.0


def partial_path(target: Path, pid: int | None = None) -> Path:
    """The hidden temporary file an export writes before moving it over ``target``."""
    return target.with_name(f".{target.stem}.{os.getpid() if pid is None else pid}.partial{target.suffix}")


def process_alive(pid: int) -> bool:
    """Whether ``pid`` names a running process (unsure counts as alive: never delete then)."""
    if pid <= 0:
        return False
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        import ctypes

        kernel = ctypes.windll.kernel32
        handle = kernel.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return kernel.GetLastError() == 5  # access denied: it exists
        try:
            code = ctypes.c_ulong()
            still_active = 259
            return not kernel.GetExitCodeProcess(handle, ctypes.byref(code)) or code.value == still_active
        finally:
            kernel.CloseHandle(handle)
    try:
        os.kill(pid, 0)  # signal 0 only checks (on Windows os.kill would terminate, hence above)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # e.g. another user's process
    return True


def remove_stale_partials(folder: Path, keep: Path | None = None, now: float | None = None) -> list[Path]:
    """Delete temporary files killed exports left in ``folder``; returns what was removed.

    A partial file of a running export is kept; so is ``keep`` (the target), whatever its name.
    """
    now = time.time() if now is None else now
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        match = PARTIAL_NAME.fullmatch(entry.name)
        if match is None or (keep is not None and entry.name == keep.name):
            continue
        try:
            if not entry.is_file(follow_symlinks=False):
                continue
            age = now - entry.stat(follow_symlinks=False).st_mtime
        except OSError:
            continue
        if age < STALE_AFTER_S and process_alive(int(match["pid"])):
            continue
        with contextlib.suppress(OSError):
            os.unlink(entry.path)
            removed.append(Path(entry.path))
    return removed


def atomic_write(target: Path | str, write: Callable[[Path], Any]) -> Path:
    """Call ``write(temp_path)`` and move the result over ``target`` only if it succeeded."""
    target = Path(target)
    if target.is_dir():
        raise ExcelError(said(QT_TRANSLATE_NOOP("excel", "{0} is a folder; choose a file name."), target),
                         "is_dir")
    if not target.parent.is_dir():
        raise ExcelError(said(QT_TRANSLATE_NOOP("excel", "The folder {0} does not exist."), target.parent),
                         "no_folder")
    if lock_file_present(target):
        raise ExcelError(open_elsewhere_message(target), "open_elsewhere")
    remove_stale_partials(target.parent, keep=target)
    temp = partial_path(target)
    try:
        write(temp)
        os.replace(temp, target)
    except PermissionError as exc:
        raise ExcelError(open_elsewhere_message(target) if target.exists() else
                         said(QT_TRANSLATE_NOOP("excel", "Cannot write to {0}: permission denied."),
                              target.parent), "open_elsewhere") from exc
    except OSError as exc:
        if exc.errno == 28:
            raise ExcelError(said(QT_TRANSLATE_NOOP("excel", "The disk is full; {0} was not written."),
                                  target.name), "disk_full") from exc
        raise ExcelError(said(QT_TRANSLATE_NOOP("excel", "Cannot write {0}: {1}."), target.name,
                              exc.strerror or exc), "os") from exc
    finally:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
    return target


def save_workbook(workbook: Any, target: Path | str) -> Path:
    """Save an openpyxl workbook (normal or write-only) atomically to ``target``."""
    return atomic_write(target, lambda temp: workbook.save(str(temp)))
