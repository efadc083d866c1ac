"""Reading a workbook from outside safely: in a child process, with a memory cap and a time limit.

python-calamine can panic (``PanicException`` derives from ``BaseException``) or, on a few
hundred bytes of malformed .xls, ask for gigabytes and abort the whole process. So the
parsing happens in ``_read_child.py`` under a memory cap (``RLIMIT_AS``, or a Job Object on
Windows); only plain rows come back, through an unpickler that refuses every class except
the date and time types. A watchdog here also stops a child whose memory passes the cap,
which is the cap itself where the child could not set one. Nothing here needs a POSIX
signal: the timeout ends the child with ``Popen.kill()``, which is TerminateProcess on
Windows. In a frozen bundle ``sys.executable`` is the app, so the child is the app started
with ``--_read-child``.
"""

from __future__ import annotations

import contextlib
import gc
import importlib.util
import io
import os
import pickle
import queue
import signal
import subprocess
import sys
import threading
import time as clock
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from pathlib import Path
from typing import IO, Any

__all__ = ["SheetData", "read_sheet", "read_workbook"]

from tracker.excel._read_child import LIBRARY_PATH_ENV, MAX_UNPACKED_MB
from tracker.excel.csv_reader import CSV_SUFFIXES, read_csv
from tracker.excel.errors import ExcelError
from tracker.excel.file_kind import check_source, read_as, readable_path
from tracker.excel.formats import CHILD_FLAG, SUPPORTED
from tracker.excel.memwatch import memory_probe
from tracker.excel.sheet_data import SheetData

CHILD = Path(__file__).with_name("_read_child.py")
# Runs CHILD as the main module, as ``python CHILD ...`` would, but through a loader: a script
# is compiled from its source on every start (9 ms of the child's start here), where a loaded
# file's bytecode comes from __pycache__ (the parent's own import of it wrote it).
LAUNCH = ("import sys; from importlib.machinery import SourceFileLoader; sys.argv[:] = sys.argv[1:]; "
          "main = sys.modules['__main__']; main.__file__ = sys.argv[0]; "
          "SourceFileLoader('__main__', sys.argv[0]).exec_module(main)")
DEFAULT_TIMEOUT_S = 30.0
DEFAULT_MEMORY_MB = 1536
POLL_S = 0.05
# Below this many cells a sheet is built faster than the collector is paused and resumed
# (a thousand three-row note sheets spent more on that than on their rows).
GC_PAUSE_CELLS = 10_000
_LIST = frozenset({list})

MB = 1 << 20
# How a child that ran out of memory ends on Windows: abort() (3), STATUS_NO_MEMORY, and
# the fail-fast (STATUS_STACK_BUFFER_OVERRUN) Rust's abort uses there.
WINDOWS_MEMORY_EXITS = frozenset({3, 0xC0000017, 0xC0000409})

_ALLOWED = {("datetime", "date"): date, ("datetime", "datetime"): datetime,
            ("datetime", "time"): time, ("datetime", "timedelta"): timedelta}


class _PlainUnpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        found = _ALLOWED.get((module, name))
        if found is None:
            raise pickle.UnpicklingError(f"refused {module}.{name}")
        return found


def _message(code: str, path: Path, detail: str, sheet: str) -> str:
    name = path.name
    messages = {
        "password": f"{name} is password-protected; remove the password in Excel and try again.",
        "not_spreadsheet": f"{name} is not a spreadsheet (use .xlsx, .xlsm, .xlsb, .xls or .ods).",
        "empty_file": f"{name} is empty.",
        "no_sheets": f"{name} has no worksheets.",
        "no_sheet": f"{name} has no sheet named '{sheet}'.",
        "memory": f"{name} needs more memory than allowed to read; it is damaged or not a normal workbook.",
        "timeout": f"Reading {name} took too long; it is damaged or not a normal workbook.",
        "crashed": f"{name} is damaged: the spreadsheet reader could not parse it.",
        "corrupt": f"{name} is damaged or not a valid workbook.",
        "os": f"{name} cannot be read: {detail}.",
        "zip_bomb": f"{name} was not read: it unpacks to {detail} times its size, which no real workbook "
                    "does (it looks built to exhaust memory).",
        "too_large": f"{name} unpacks to {detail} MB, more than the {MAX_UNPACKED_MB} MB a workbook may hold "
                     "for import; split it into smaller files.",
        "cancelled": "Reading the file was cancelled.",
    }
    return messages.get(code, f"{name} cannot be read.")


def read_sheet(
    path: Path | str,
    sheet: str | None = None,
    *,
    timeout: float = DEFAULT_TIMEOUT_S,
    memory_mb: int = DEFAULT_MEMORY_MB,
    cancelled: Callable[[], bool] | None = None,
    meanwhile: Callable[[], object] | None = None,
) -> SheetData:
    """Read one sheet (the first if ``sheet`` is None) of the workbook at ``path``.

    ``meanwhile`` runs here while the child parses (e.g. loading what the preview matches
    against), so the two overlap instead of adding up. Raises :class:`ExcelError` with one
    sentence for every file that cannot be read, whatever the reader did (exception, panic,
    abort, runaway memory or time).
    """
    path = Path(path)
    check_source(path)
    suffix = read_as(path)
    if suffix is None and path.suffix.lower() in CSV_SUFFIXES:
        return read_csv(path, cancelled=cancelled)
    with _by_content(path, suffix) as readable:
        answer = _ask_child(readable, sheet or "", False, timeout, memory_mb, cancelled, meanwhile, path)
    return _sheet(path, answer, str(answer["sheet"]), answer.get("columns"))


@contextmanager
def _by_content(path: Path, suffix: str | None) -> Iterator[Path]:
    """``path``, or where its content calls for another suffix (an .xlsx named .xls), an alias."""
    if suffix is None:
        yield path
        return
    with readable_path(path, suffix) as alias:
        yield alias


def read_workbook(
    path: Path | str,
    *,
    timeout: float = DEFAULT_TIMEOUT_S,
    memory_mb: int = DEFAULT_MEMORY_MB,
    cancelled: Callable[[], bool] | None = None,
    meanwhile: Callable[[], object] | None = None,
    each: Callable[[SheetData], object] | None = None,
) -> list[SheetData]:
    """Every readable sheet of the workbook at ``path``, in workbook order, from ONE child.

    Previewing a whole workbook one sheet per child cost a process start and a full parse of
    the file per sheet; here it costs one of each, about what reading the file costs. A sheet
    the reader cannot parse (a chart sheet, one damaged part) is left out; the file as a
    whole fails as in :func:`read_sheet`. A CSV file is one sheet, read by :mod:`csv_reader`.
    ``each`` is called with every sheet as it arrives, while the child still reads the
    others (the preview detects what each sheet holds there).
    """
    path = Path(path)
    check_source(path)
    suffix = read_as(path)
    if suffix is None and path.suffix.lower() in CSV_SUFFIXES:
        sheet = read_csv(path, cancelled=cancelled)
        if meanwhile is not None:
            meanwhile()
        if each is not None:
            each(sheet)
        return [sheet]
    sheets: list[SheetData] = []
    head: dict[str, Any] = {}

    def take(frame: dict[str, Any]) -> None:
        if not head:
            if not isinstance(frame.get("sheets"), list):
                raise ExcelError(_message("crashed", path, "", ""), "crashed")
            names = tuple(map(str, frame["sheets"]))  # one tuple for all: a thousand copies add up
            head.update(frame, sheets=names, known=frozenset(names))
            items: Any = [[frame.get("sheet"), frame.get("columns")], *_books(path, frame)]
        else:
            items = _books(path, frame)
        names, known = head["sheets"], head["known"]
        date1904, engine = bool(head["date1904"]), str(head["engine"])
        for name, columns in items:
            rows = _rows(columns)
            if rows is None or str(name) not in known:
                raise ExcelError(_message("crashed", path, "", ""), "crashed")
            sheets.append(SheetData(path, names, str(name), rows, date1904, engine, columns))
            if each is not None:
                each(sheets[-1])

    # The collector is held for the whole read, not per frame: each resume ran a collection
    # over everything the frame had built (a fifth of the parent's time on a thousand sheets).
    with _by_content(path, suffix) as readable, gc_paused():
        _ask_child(readable, "", True, timeout, memory_mb, cancelled, meanwhile, path, take)
    return sheets


def _books(path: Path, frame: dict[str, Any]) -> list[list[Any]]:
    books = frame.get("books")
    if not isinstance(books, list) or not all(isinstance(b, list) and len(b) == 2 for b in books):
        raise ExcelError(_message("crashed", path, "", ""), "crashed")
    return books


def _sheet(path: Path, answer: dict[str, Any], name: str, columns: Any) -> SheetData:
    rows = _rows(columns)
    if rows is None:
        raise ExcelError(_message("crashed", path, "", ""), "crashed")
    names = tuple(map(str, answer["sheets"]))
    return SheetData(path, names, name, rows, bool(answer["date1904"]), str(answer["engine"]), columns)


def _ask_child(path: Path, sheet: str, every: bool, timeout: float, memory_mb: int,
               cancelled: Callable[[], bool] | None, meanwhile: Callable[[], object] | None,
               shown: Path | None = None, take: Callable[[dict[str, Any]], None] | None = None,
               ) -> dict[str, Any]:
    """Run the reader child on ``path`` and return its answer, or raise the sentence for its end.

    ``shown`` is the file the user gave, named in the sentences, where ``path`` is its alias.
    With ``every``, the child's frames go to ``take`` as they arrive (see ``_read_child``)."""
    given = shown or path
    if path.suffix.lower() not in SUPPORTED:
        raise ExcelError(_message("not_spreadsheet", given, "", ""), "not_spreadsheet")
    path, real = given, path
    proc = subprocess.Popen(child_command(real, sheet, memory_mb, every=every), stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=child_environment())
    started = clock.monotonic()
    over_cap = _watch_memory(proc, memory_mb)
    if every:
        _take_frames(proc, path, sheet, timeout, memory_mb, cancelled, meanwhile, take, started, over_cap)
        return {}
    out = b""
    try:
        if meanwhile is not None:
            meanwhile()
        while True:
            try:
                out, _ = proc.communicate(timeout=POLL_S)
                break
            except subprocess.TimeoutExpired:
                if cancelled is not None and cancelled():
                    raise ExcelError(_message("cancelled", path, "", ""), "cancelled") from None
                if clock.monotonic() - started > timeout:
                    raise ExcelError(_message("timeout", path, "", ""), "timeout") from None
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    answer = None if over_cap.is_set() else _decode(out)
    if answer is None:
        code = "memory" if over_cap.is_set() or died_of_memory(proc.returncode) else "crashed"
        raise ExcelError(_message(code, path, "", ""), code)
    if not answer.get("ok"):
        code = str(answer.get("code", "corrupt"))
        raise ExcelError(_message(code, path, str(answer.get("detail", "")), sheet), code)
    return answer


def _take_frames(proc: subprocess.Popen[bytes], path: Path, sheet: str, timeout: float, memory_mb: int,
                 cancelled: Callable[[], bool] | None, meanwhile: Callable[[], object] | None,
                 take: Callable[[dict[str, Any]], None] | None, started: float,
                 over_cap: threading.Event) -> None:
    """Hand the child's frames to ``take`` until its last one, or raise the sentence for its end.

    A thread reads the pipe, so the time limit and ``cancelled`` are still checked while
    nothing arrives; the frames are decoded here, where ``take`` runs.
    """
    frames: queue.SimpleQueue[bytes | None] = queue.SimpleQueue()
    limit = (memory_mb if memory_mb > 0 else 4096) * MB  # no frame outgrows the child's memory
    assert proc.stdout is not None
    threading.Thread(target=_read_frames, args=(proc.stdout, frames, limit), name="reader-frames",
                     daemon=True).start()
    ended = False
    try:
        if meanwhile is not None:
            meanwhile()
        while not ended:
            try:
                payload = frames.get(timeout=POLL_S)
            except queue.Empty:
                payload = b""
            if cancelled is not None and cancelled():
                raise ExcelError(_message("cancelled", path, "", ""), "cancelled")
            if clock.monotonic() - started > timeout:
                raise ExcelError(_message("timeout", path, "", ""), "timeout")
            if payload == b"":
                continue
            frame = None if payload is None or over_cap.is_set() else _decode(payload)
            if frame is None:
                with contextlib.suppress(subprocess.TimeoutExpired):
                    proc.wait(timeout=1.0)  # ended (the pipe closed): its exit code says how
                code = "memory" if over_cap.is_set() or died_of_memory(proc.returncode) else "crashed"
                raise ExcelError(_message(code, path, "", ""), code)
            if not frame.get("ok"):
                code = str(frame.get("code", "corrupt"))
                raise ExcelError(_message(code, path, str(frame.get("detail", "")), sheet), code)
            ended = frame.get("end") is True
            if take is not None:
                take(frame)
    finally:
        if not ended and proc.poll() is None:
            proc.kill()
            proc.wait()
    if proc.poll() is None:
        # It exits right after its last frame, but giving its memory back took 3 ms there:
        # it is reaped on a thread instead of in the user's wait.
        threading.Thread(target=proc.wait, name="reader-reap", daemon=True).start()


def _read_frames(pipe: IO[bytes], frames: queue.SimpleQueue[bytes | None], limit: int) -> None:
    """Put each frame the child writes in ``frames``, then None once the pipe ends (or lies)."""
    try:
        while True:
            size = pipe.read(8)
            if len(size) != 8:
                break
            length = int.from_bytes(size, "little")
            if not 0 < length <= limit:
                break
            payload = pipe.read(length)
            if len(payload) != length:
                break
            frames.put(payload)
    except (OSError, ValueError, MemoryError):
        pass
    finally:
        frames.put(None)
        with contextlib.suppress(OSError):
            pipe.close()


def _watch_memory(proc: subprocess.Popen[bytes], memory_mb: int) -> threading.Event:
    """Kill the child once its memory passes the cap; the returned event says it did.

    A thread, so the child is watched from its first moment, also while ``meanwhile`` runs.
    It ends with the child (or at once where no probe works or no cap is asked for).
    """
    over_cap = threading.Event()
    probe = memory_probe() if memory_mb > 0 else None
    if probe is None:
        return over_cap
    cap = memory_mb * MB

    def watch() -> None:
        while proc.poll() is None:
            used = probe(proc.pid)
            if used is not None and used > cap:
                over_cap.set()
                proc.kill()
                return
            clock.sleep(POLL_S)

    threading.Thread(target=watch, name="reader-memory-watchdog", daemon=True).start()
    return over_cap


def child_command(path: Path, sheet: str, memory_mb: int, *, every: bool = False) -> list[str]:
    """The reader child: this Python on ``_read_child.py``, or in a frozen bundle (where
    ``sys.executable`` is the app itself) the app with the hidden ``--_read-child`` flag.
    ``every`` asks for all sheets in one answer."""
    more = ["all"] if every else []
    if getattr(sys, "frozen", False):
        return [sys.executable, CHILD_FLAG, str(path), sheet, str(memory_mb), *more]
    return [sys.executable, "-I", "-S", "-c", LAUNCH, str(CHILD), str(path), sheet, str(memory_mb), *more]


def child_environment() -> dict[str, str]:
    """This process's environment and where its parsers are, for a child started with ``-S``."""
    return {**os.environ, LIBRARY_PATH_ENV: library_folders()}


@lru_cache(maxsize=1)
def library_folders() -> str:
    """The folders holding python_calamine and openpyxl (and what openpyxl reads with)."""
    folders: list[str] = []
    for name in ("python_calamine", "openpyxl", "et_xmlfile", "defusedxml"):
        try:
            spec = importlib.util.find_spec(name)
        except (ImportError, ValueError):
            continue
        if spec is None or not spec.origin:
            continue
        folder = str(Path(spec.origin).resolve().parent.parent)
        if folder not in folders:
            folders.append(folder)
    return os.pathsep.join(folders)


def died_of_memory(returncode: int | None) -> bool:
    """Whether the child's end looks like running out of memory (an abort or a kill)."""
    if returncode is None:
        return False
    if sys.platform == "win32":
        return returncode in WINDOWS_MEMORY_EXITS
    ends = {getattr(signal, name, None) for name in ("SIGABRT", "SIGKILL")}
    return -returncode in ends


def _rows(columns: Any) -> list[list[Any]] | None:
    """The child's columns (equal lengths) as rows; None if the answer is not that shape."""
    if type(columns) is not list or not set(map(type, columns)) <= _LIST or len(set(map(len, columns))) > 1:
        return None
    if not columns:
        return []
    if len(columns) * len(columns[0]) < GC_PAUSE_CELLS:
        return list(map(list, zip(*columns, strict=True)))  # small: a pause would cost more
    with gc_paused():
        return list(map(list, zip(*columns, strict=True)))


@contextmanager
def gc_paused() -> Iterator[None]:
    """Hold the cyclic garbage collector while a sheet's worth of objects is built.

    Each collection walks every live container, and a 100,000-row sheet is a million of them,
    so a collection every few hundred allocations made preview half again as slow. Nothing
    here builds reference cycles; reference counting still frees everything as it goes.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _decode(payload: bytes) -> dict[str, Any] | None:
    if not payload:
        return None
    try:
        with gc_paused():
            answer = _PlainUnpickler(io.BytesIO(payload)).load()
    except Exception:
        return None
    return answer if isinstance(answer, dict) else None
