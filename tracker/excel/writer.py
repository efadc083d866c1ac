"""Saving a workbook so an interrupted or failed export never damages the previous file.

The workbook is written to a temporary file beside the target and moved over it only
when complete (``os.replace`` is atomic on one file system). Excel keeps the file it has
open locked on Windows, and Excel and LibreOffice leave lock files ("~$name.xlsx",
".~lock.name.xlsx#") beside it everywhere, so both cases get the same clear sentence.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tracker.excel.errors import ExcelError


def open_elsewhere_message(target: Path) -> str:
    return f"{target.name} is open in another program; close it there and try again."


def lock_file_present(target: Path) -> bool:
    folder = target.parent
    return (folder / f"~${target.name}").exists() or (folder / f".~lock.{target.name}#").exists()


def atomic_write(target: Path | str, write: Callable[[Path], Any]) -> Path:
    """Call ``write(temp_path)`` and move the result over ``target`` only if it succeeded."""
    target = Path(target)
    if target.is_dir():
        raise ExcelError(f"{target} is a folder; choose a file name.", "is_dir")
    if not target.parent.is_dir():
        raise ExcelError(f"The folder {target.parent} does not exist.", "no_folder")
    if lock_file_present(target):
        raise ExcelError(open_elsewhere_message(target), "open_elsewhere")
    temp = target.with_name(f".{target.stem}.{os.getpid()}.partial{target.suffix}")
    try:
        write(temp)
        os.replace(temp, target)
    except PermissionError as exc:
        raise ExcelError(open_elsewhere_message(target) if target.exists() else
                         f"Cannot write to {target.parent}: permission denied.", "open_elsewhere") from exc
    except OSError as exc:
        if exc.errno == 28:
            raise ExcelError(f"The disk is full; {target.name} was not written.", "disk_full") from exc
        raise ExcelError(f"Cannot write {target.name}: {exc.strerror or exc}.", "os") from exc
    finally:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
    return target


def save_workbook(workbook: Any, target: Path | str) -> Path:
    """Save an openpyxl workbook (normal or write-only) atomically to ``target``."""
    return atomic_write(target, lambda temp: workbook.save(str(temp)))
