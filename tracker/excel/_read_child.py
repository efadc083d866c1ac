"""Child-process side of the safe reader: parse one workbook and pickle plain rows to stdout.

Runs as ``python -I _read_child.py PATH SHEET MEMORY_MB [all]``, or in a frozen bundle as
``APP --_read-child PATH SHEET MEMORY_MB [all]`` (both entry points hand that flag to
:func:`main` first thing). With ``all`` it reads every sheet in the one parse of the file, so
previewing a workbook of a thousand sheets costs one process start and one open, not a
thousand. It imports nothing from ``tracker`` so it starts fast and cannot touch the
database. The memory cap is set before any parser is imported, so a hostile file that makes
calamine ask for gigabytes fails here (MemoryError, a panic, or at worst an abort of this
process) instead of in the app: ``RLIMIT_AS`` on Linux and macOS, a Job Object on Windows.
Where neither can be set, the parent's watchdog on this process's memory stops it.
The answer for one sheet is one pickle: ``{"ok": True, "columns": [...], ...}`` or
``{"ok": False, "code": ..., "detail": ...}``. With ``all`` it is a stream of frames, each an
8-byte little-endian length and a pickle, so the parent sorts the first sheets while this
process still reads the rest: first that answer for the first sheet (``"books": []``), then
``{"ok": True, "books": [[name, columns], ...]}`` batches of the other sheets that could be
read, the last one with ``"end": True``; a failure ends the stream with the ``"ok": False``
answer, and a stream without an end is a crash.
"""

from __future__ import annotations

import gc
import os
import sys
from itertools import zip_longest
from struct import error as StructError
from struct import unpack_from

TYPE_CHECKING = False  # importing typing would cost the child 13 ms of its start
if TYPE_CHECKING:
    from typing import Any, BinaryIO

    Read = tuple[list[str], str, list[list[Any]], list[tuple[str, list[list[Any]]]]]


def _c_pickler() -> Any:
    """The C pickler's ``dumps`` (a bare `-I -S` start took 48 ms with `_pickle`, 64 with `pickle`).

    ``_pickle`` imports ``functools`` only to take ``partial``, and ``functools`` brings
    ``collections`` and more: 5 of the 6 ms the import cost here. ``functools.partial`` *is*
    ``_functools.partial``, so while ``_pickle`` loads, ``_functools`` stands in for it (in a
    child that has not imported ``functools``; the real one loads later if anything asks).
    """
    stand_in = "functools" not in sys.modules
    if stand_in:
        sys.modules["functools"] = __import__("_functools")
    try:
        from _pickle import dumps as c_dumps
    except Exception:  # pragma: no cover - no accelerator, or one that wants more of functools
        if stand_in:
            del sys.modules["functools"]
            stand_in = False
        from pickle import dumps as c_dumps
    finally:
        if stand_in:
            del sys.modules["functools"]
    return c_dumps


dumps = _c_pickler()

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
ENCRYPTED_MARK = "EncryptedPackage".encode("utf-16-le")
# This script runs alone, with no package path: its own copy of tracker.excel.formats (a test
# holds the two equal). What the reader reads; the app's "Open with" uses the same list.
CHILD_FLAG = "--_read-child"
SUPPORTED = (".xlsx", ".xlsm", ".xlsb", ".xls", ".ods")
# Set to "1" in the child's environment to behave as on a platform without ``resource``
# (the tests use it; the parent's watchdog then has to hold the cap).
NO_RLIMIT_ENV = "ONBT_READER_NO_RLIMIT"
# Where the parent found the parsers (python_calamine, openpyxl): the child starts with ``-S``,
# since processing site-packages (.pth files, an editable install's finder) cost 100 ms of a
# 140 ms start here, more than reading a thousand small sheets.
LIBRARY_PATH_ENV = "ONBT_READER_LIBRARIES"

# Zip bombs are refused from the central directory, before a byte is inflated. The reader
# needs about 2.7 times a sheet's XML in memory (a 100,000-row, 12-column sheet: 65 MB of
# XML, 178 MB peak), so beyond about 550 MB the child's 1.5 GB cap would stop it anyway,
# after seconds of work; real 100,000-row sheets unpack to 10-65 MB, so 512 MB leaves room
# for ten times that. Real parts compress 3-20 to 1 (the corpus tops at 20); deflate cannot
# pass about 1030 to 1, which only crafted runs of one byte reach, and 100 to 1 over more
# than 16 MB is a run of repeated rows no application writes.
MAX_UNPACKED_MB = 512
# Files up to this size are read from memory (see ``_open_in_memory``).
IN_MEMORY_MB = 32
MAX_RATIO = 100
RATIO_FLOOR_MB = 16


class ReadFailure(Exception):
    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(detail)
        self.code = code
        self.detail = detail


def _limit_memory(megabytes: int) -> str:
    """Cap this process's memory; say how ("rlimit", "job"), or "" if this platform cannot
    (then the parent's watchdog is the cap)."""
    if megabytes <= 0:
        return "none"
    cap = megabytes * 1024 * 1024
    if sys.platform == "win32":
        return "job" if _windows_job_limit(cap) else ""
    if os.environ.get(NO_RLIMIT_ENV) == "1":
        return ""
    try:
        import resource
    except ImportError:
        return ""
    try:
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    except (ValueError, OSError):  # a hard limit already lower, or a kernel that refuses
        return ""
    return "rlimit"


_JOBS: list[int] = []  # the Job Object handle lives as long as this process


if sys.platform == "win32":

    def _windows_job_limit(cap: int) -> bool:
        """Put this process in a Job Object whose per-process committed memory is ``cap``.

        A process may put itself in a job (nested jobs exist since Windows 8), so there is no
        moment when the parser runs uncapped, as there would be if the parent assigned it.
        """
        import ctypes
        from ctypes import wintypes

        class IoCounters(ctypes.Structure):
            _fields_ = [(name, ctypes.c_ulonglong) for name in (
                "ReadOperationCount", "WriteOperationCount", "OtherOperationCount",
                "ReadTransferCount", "WriteTransferCount", "OtherTransferCount")]

        class BasicLimits(ctypes.Structure):
            _fields_ = [("PerProcessUserTimeLimit", ctypes.c_int64), ("PerJobUserTimeLimit", ctypes.c_int64),
                        ("LimitFlags", wintypes.DWORD), ("MinimumWorkingSetSize", ctypes.c_size_t),
                        ("MaximumWorkingSetSize", ctypes.c_size_t), ("ActiveProcessLimit", wintypes.DWORD),
                        ("Affinity", ctypes.c_size_t), ("PriorityClass", wintypes.DWORD),
                        ("SchedulingClass", wintypes.DWORD)]

        class ExtendedLimits(ctypes.Structure):
            _fields_ = [("BasicLimitInformation", BasicLimits), ("IoInfo", IoCounters),
                        ("ProcessMemoryLimit", ctypes.c_size_t), ("JobMemoryLimit", ctypes.c_size_t),
                        ("PeakProcessMemoryUsed", ctypes.c_size_t), ("PeakJobMemoryUsed", ctypes.c_size_t)]

        job_object_limit_process_memory = 0x100
        job_object_extended_limit_information = 9
        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        kernel32.CreateJobObjectW.restype = wintypes.HANDLE
        kernel32.CreateJobObjectW.argtypes = [ctypes.c_void_p, wintypes.LPCWSTR]
        kernel32.SetInformationJobObject.restype = wintypes.BOOL
        kernel32.SetInformationJobObject.argtypes = [wintypes.HANDLE, ctypes.c_int, ctypes.c_void_p,
                                                     wintypes.DWORD]
        kernel32.GetCurrentProcess.restype = wintypes.HANDLE
        kernel32.AssignProcessToJobObject.restype = wintypes.BOOL
        kernel32.AssignProcessToJobObject.argtypes = [wintypes.HANDLE, wintypes.HANDLE]
        job = kernel32.CreateJobObjectW(None, None)
        if not job:
            return False
        limits = ExtendedLimits()
        limits.BasicLimitInformation.LimitFlags = job_object_limit_process_memory
        limits.ProcessMemoryLimit = cap
        if not kernel32.SetInformationJobObject(job, job_object_extended_limit_information,
                                                ctypes.byref(limits), ctypes.sizeof(limits)):
            return False
        if not kernel32.AssignProcessToJobObject(job, kernel32.GetCurrentProcess()):
            return False
        _JOBS.append(int(job))
        return True


def _sniff(path: str) -> str:
    """The container kind from the first bytes, so a renamed file is still read right."""
    with open(path, "rb") as handle:
        head = handle.read(8)
        if not head:
            raise ReadFailure("empty_file")
        if head.startswith(OLE_MAGIC):
            handle.seek(0)
            blob = handle.read(1 << 20)
            return "encrypted" if ENCRYPTED_MARK in blob else "ole"
        if head.startswith(ZIP_MAGIC):
            return "zip"
    return "other"


def check_zip(path: str, max_unpacked_mb: int = MAX_UNPACKED_MB, max_ratio: float = MAX_RATIO,
              ratio_floor_mb: int = RATIO_FLOOR_MB) -> bool:
    """Refuse a zip bomb from its central directory (sizes only, nothing is inflated).

    A part, or the whole archive, over ``ratio_floor_mb`` that unpacks more than ``max_ratio``
    times its packed size is a bomb; so is an archive unpacking to more than ``max_unpacked_mb``.
    An archive whose directory cannot be read is left to the reader to call damaged. Returns
    whether the workbook counts dates from 1904 (read from the same open file: a second
    open of a thousand-sheet workbook's directory cost as much as the check).
    """
    try:
        with open(path, "rb") as handle:
            found = _zip_directory(handle)
            if found is None:
                return False
            members, shift = found
            date1904 = _date1904(handle, members, shift)
    except (OSError, ValueError, StructError, MemoryError):
        return False
    floor = ratio_floor_mb << 20
    unpacked = packed = 0
    for _name, _flags, _method, compress_size, file_size, _offset in members:
        unpacked += file_size
        packed += compress_size
        if file_size > floor and file_size > max_ratio * max(compress_size, 1):
            raise ReadFailure("zip_bomb", f"{file_size / max(compress_size, 1):.0f}")
    if unpacked > floor and unpacked > max_ratio * max(packed, 1):
        raise ReadFailure("zip_bomb", f"{unpacked / max(packed, 1):.0f}")
    if unpacked > max_unpacked_mb << 20:
        raise ReadFailure("too_large", f"{unpacked / (1 << 20):,.0f}")
    return date1904


# A member of the central directory: name (raw bytes), flags, method, packed, unpacked, offset.
Member = tuple[bytes, int, int, int, int, int]
U32, U16 = 0xFFFFFFFF, 0xFFFF


def _directory_bytes(handle: BinaryIO) -> tuple[bytes, int] | None:
    """The raw central directory of the zip archive open in ``handle`` and the shift of every
    offset in it, or None if its end records cannot be found."""
    handle.seek(0, 2)
    size = handle.tell()
    tail_start = max(0, size - 22 - U16)  # the end record, after at most a 64 KB comment
    handle.seek(tail_start)
    tail = handle.read()
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) - at < 22:
        return None
    cd_size, cd_offset = unpack_from("<12x2L", tail, at)
    end = tail_start + at
    handle.seek(max(0, end - 20))
    locator = handle.read(20) if end >= 20 else b""
    if locator[:4] == b"PK\x06\x07":
        # zip64: the locator sits just before the end record and names the zip64 end record.
        handle.seek(unpack_from("<8xQ", locator)[0])
        record = handle.read(56)
        if len(record) < 56 or record[:4] != b"PK\x06\x06":
            return None
        cd_size, cd_offset = unpack_from("<40xQQ", record)
        end -= 76  # as zipfile counts the start of data placed before the archive
    shift = end - cd_size - cd_offset
    if shift < 0:
        return None
    handle.seek(cd_offset + shift)
    directory = handle.read(cd_size)
    if len(directory) != cd_size:
        return None
    return directory, shift


def _zip_directory(handle: BinaryIO) -> tuple[list[Member], int] | None:
    """The central directory, read as ``zipfile`` reads it (zip64 and data before the archive
    included), and the shift of every offset; None if it cannot be read.

    Not ``zipfile`` itself: importing it (pathlib, shutil, bz2, lzma, threading...) cost the
    reader child 30 ms of a start it otherwise spends reading, and its Python loop over a
    thousand-sheet directory another 25 ms; the check needs only the sizes.
    """
    found = _directory_bytes(handle)
    if found is None:
        return None
    directory, shift = found
    cd_size = len(directory)
    members: list[Member] = []
    pos = 0
    while pos + 46 <= cd_size:
        if directory[pos:pos + 4] != b"PK\x01\x02":
            return None
        flags, method, packed, unpacked, name_len, extra_len, comment_len, offset = unpack_from(
            "<8x2H8x2L3H8xL", directory, pos)
        name_end = pos + 46 + name_len
        if unpacked == U32 or packed == U32 or offset == U32:
            unpacked, packed, offset = _zip64_sizes(directory[name_end:name_end + extra_len],
                                                    unpacked, packed, offset)
        members.append((directory[pos + 46:name_end], flags, method, packed, unpacked, offset))
        pos = name_end + extra_len + comment_len
    if pos > cd_size:
        return None
    return members, shift


def zip_members_named(path: str | os.PathLike[str], names: tuple[bytes, ...]) -> set[bytes] | None:
    """Which of ``names`` are members of the zip archive at ``path`` (None if its directory
    cannot be read): how the parent tells a renamed workbook's kind.

    Each name is searched for in the raw directory and counts where an entry's header stands
    right before it and gives its length, so no loop over a thousand sheets' entries runs in
    Python (``zipfile``'s cost more than this whole read).
    """
    with open(path, "rb") as handle:
        found = _directory_bytes(handle)
    if found is None:
        return None
    directory = found[0]
    present: set[bytes] = set()
    for name in names:
        at = directory.find(name)
        while at >= 0:
            head = at - 46
            if head >= 0 and directory[head:head + 4] == b"PK\x01\x02" and \
                    unpack_from("<H", directory, head + 28)[0] == len(name):
                present.add(name)
                break
            at = directory.find(name, at + 1)
    return present


def _zip64_sizes(extra: bytes, unpacked: int, packed: int, offset: int) -> tuple[int, int, int]:
    """The 64-bit sizes a zip64 extra field holds, in its order, for the fields marked 0xFFFFFFFF."""
    pos = 0
    while pos + 4 <= len(extra):
        kind, length = unpack_from("<2H", extra, pos)
        if kind == 1:
            values = [unpacked, packed, offset]
            field = pos + 4
            for index, value in enumerate(values):
                if value == U32:
                    if field + 8 > pos + 4 + length:
                        raise ValueError("short zip64 field")
                    values[index] = unpack_from("<Q", extra, field)[0]
                    field += 8
            return values[0], values[1], values[2]
        pos += 4 + length
    raise ValueError("zip64 sizes missing")


def _date1904(handle: BinaryIO, members: list[Member], shift: int) -> bool:
    """Whether an .xlsx/.xlsm workbook counts dates from 1904 (serial numbers need it)."""
    found = next((m for m in members if m[0] == b"xl/workbook.xml"), None)
    if found is None:
        return False
    _name, flags, method, packed, unpacked, offset = found
    if unpacked > 8 << 20 or packed > 8 << 20 or flags & 1 or method not in (0, 8):
        return False  # too big for a workbook part, encrypted, or a method Excel does not write
    handle.seek(offset + shift)
    local = handle.read(30)
    if len(local) < 30 or local[:4] != b"PK\x03\x04":
        return False
    name_len, extra_len = unpack_from("<26x2H", local)
    handle.seek(offset + shift + 30 + name_len + extra_len)
    data = handle.read(packed)
    if method == 8:
        import zlib

        try:
            data = zlib.decompressobj(-15).decompress(data, unpacked + 1)
        except zlib.error:
            return False
    return _says_1904(data)


def _says_1904(text: bytes) -> bool:
    """``date1904="1"`` or ``="true"`` (either quote, spaces around ``=``) anywhere in the part."""
    spaces = b" \t\r\n\x0b\x0c"
    at = text.find(b"date1904")
    while at >= 0:
        pos = at + 8
        while pos < len(text) and text[pos] in spaces:
            pos += 1
        if text[pos:pos + 1] == b"=":
            pos += 1
            while pos < len(text) and text[pos] in spaces:
                pos += 1
            if text[pos:pos + 1] in (b'"', b"'"):
                value = text[pos + 1:pos + 6]
                if (value[:1] == b"1" and value[1:2] in (b'"', b"'")) or (
                        value[:4] == b"true" and value[4:5] in (b'"', b"'")):
                    return True
        at = text.find(b"date1904", at + 8)
    return False


def _plain(value: Any, kinds: tuple[type, ...]) -> Any:
    """A cell openpyxl read, as one of the plain ``kinds`` the parent's unpickler accepts."""
    if value is None or value == "":
        return None
    if isinstance(value, kinds):
        return value
    return str(value)


def _plain_types() -> tuple[type, ...]:
    from datetime import date, datetime, time, timedelta  # only the openpyxl path needs them here

    return (str, int, float, bool, date, datetime, time, timedelta)


def _fill_merged(rows: list[list[Any]], ranges: list[tuple[tuple[int, int], tuple[int, int]]]) -> None:
    """Give every cell of a merged range the top-left value, as the user sees it."""
    for (r0, c0), (r1, c1) in ranges:
        if r0 >= len(rows) or c0 >= len(rows[r0]):
            continue
        value = rows[r0][c0]
        if r1 - r0 > 10_000 or c1 - c0 > 500:
            continue
        while len(rows) <= r1:
            rows.append([])
        for r in range(r0, r1 + 1):
            row = rows[r]
            for c in range(c0, c1 + 1):
                if c < len(row):
                    row[c] = value
                else:
                    row.extend([None] * (c - len(row)))
                    row.append(value)


def _calamine_rows(book: Any, name: str) -> list[list[Any]]:
    data = book.get_sheet_by_name(name)
    # calamine gives only plain types (str, int, float, bool, date, datetime, time, timedelta) and
    # "" for an empty cell; converting 1,000,000 cells here would cost more than the transfer.
    rows: list[list[Any]] = data.to_python(skip_empty_area=False)
    try:
        merged = data.merged_cell_ranges
    except BaseException:  # optional metadata: a panic here must not lose the rows
        merged = None
    if merged:
        _fill_merged(rows, list(merged))
    return rows


def _open_in_memory(pc: Any, path: str) -> Any:
    """The workbook read from its bytes in memory, or None to open it from its path.

    From a file, calamine seeks and reads for every sheet (a thousand small sheets spent a
    sixth of their read there). From memory it tells the format by trying each, so a file it
    cannot open this way is opened from its path, whose error says why; a large file is left
    to the path too, not to hold it twice under the memory cap.
    """
    try:
        if os.path.getsize(path) > IN_MEMORY_MB << 20:
            return None
        from io import BytesIO

        with open(path, "rb") as handle:
            data = BytesIO(handle.read())
        return pc.CalamineWorkbook.from_filelike(data)
    except MemoryError:
        raise
    except BaseException:  # a panic too: the path's open gives the error its words
        return None


def _read_calamine(path: str, sheet: str, every: bool, stream: Stream | None = None) -> Read:
    import python_calamine as pc

    book = _open_in_memory(pc, path)
    try:
        book = book or pc.CalamineWorkbook.from_path(path)
    except pc.PasswordError as exc:
        raise ReadFailure("password", str(exc)) from None
    names = [str(n) for n in book.sheet_names]
    if not names:
        raise ReadFailure("no_sheets")
    chosen = sheet or names[0]
    if chosen not in names:
        raise ReadFailure("no_sheet", chosen)
    rows = _calamine_rows(book, chosen)
    others: list[tuple[str, list[list[Any]]]] = []
    if every:
        if stream is not None:
            stream.start(names, chosen, rows, "calamine")
        for name in names:
            if name == chosen:
                continue
            try:
                other = _calamine_rows(book, name)
            except MemoryError:
                raise
            except BaseException:  # a chart sheet or one damaged sheet: the others still count
                continue
            if stream is not None:
                stream.sheet(name, other)
            else:
                others.append((name, other))
    return names, chosen, rows, others


def _read_openpyxl(path: str, sheet: str, every: bool) -> Read:
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        names = list(book.sheetnames)
        chosen = sheet or (names[0] if names else "")
        if chosen not in names:
            raise ReadFailure("no_sheet", chosen)
        wanted = names if every else [chosen]
        kinds = _plain_types()
        read = {name: [[_plain(v, kinds) for v in row] for row in book[name].iter_rows(values_only=True)]
                for name in wanted if hasattr(book[name], "iter_rows")}
    finally:
        book.close()
    others = [(name, rows) for name, rows in read.items() if name != chosen]
    return names, chosen, read.get(chosen, []), others


def _columns(rows: list[list[Any]]) -> list[list[Any]]:
    """The sheet as columns, without trailing blank columns and rows (Excel's 'used range' noise).

    Columns pickle in a fifth of the time of rows (seven lists instead of 100,000) and let each
    column's dates be turned into ISO text once per distinct date. A date pickles through
    copyreg (slow); as ISO text nothing is lost: the importer reads ISO text as that date, and
    a text field shows a date as ISO anyway.
    """
    columns = list(map(list, zip_longest(*rows)))
    while columns and _blank(columns[-1]):
        columns.pop()
    if not columns:
        return columns
    width = len(columns)
    height = len(rows)
    while height and _blank(rows[height - 1][:width]):  # a short row's missing cells are empty too
        height -= 1
    if height < len(rows):
        for column in columns:
            del column[height:]
    # calamine makes a date through the datetime module, so without it loaded there is none;
    # not importing it here saves the child 3 ms of a start that a thousand small sheets feel.
    dates = sys.modules.get("datetime")
    if dates is not None:
        day = dates.date
        for index, column in enumerate(columns):
            if day in set(map(type, column)):
                iso = {value: value.isoformat() for value in set(column) if type(value) is day}
                columns[index] = list(map(iso.get, column, column))
    return columns


def _blank(column: list[Any]) -> bool:
    return column.count(None) + column.count("") == len(column)


class Stream:
    """The answer for every sheet, sent in frames as the sheets are read.

    One pickle at the end kept the parent idle while this process read a thousand sheets and
    this process idle while the parent sorted them; in batches the two overlap, and a sheet's
    rows are freed here once sent.
    """

    BATCH_SHEETS = 64
    BATCH_CELLS = 50_000

    def __init__(self, out: BinaryIO) -> None:
        self.out = out
        self.date1904 = False
        self.started = False
        self.batch: list[list[Any]] = []
        self.cells = 0

    def start(self, names: list[str], chosen: str, rows: list[list[Any]], engine: str) -> None:
        self.started = True
        self.send({"ok": True, "sheets": names, "sheet": chosen, "columns": _columns(rows),
                   "date1904": self.date1904, "engine": engine, "books": []})

    def sheet(self, name: str, rows: list[list[Any]]) -> None:
        columns = _columns(rows)
        self.batch.append([name, columns])
        self.cells += 1 + sum(map(len, columns))
        if len(self.batch) >= self.BATCH_SHEETS or self.cells >= self.BATCH_CELLS:
            self.send({"ok": True, "books": self.batch})
            self.batch, self.cells = [], 0

    def end(self) -> None:
        self.send({"ok": True, "books": self.batch, "end": True})
        self.batch = []

    def send(self, answer: dict[str, Any]) -> None:
        payload = dumps(answer, protocol=5)
        self.out.write(len(payload).to_bytes(8, "little"))
        self.out.write(payload)
        self.out.flush()


def read(path: str, sheet: str, every: bool = False, stream: Stream | None = None) -> dict[str, Any]:
    """The answer for ``sheet`` (and with ``every``, the others); with a ``stream``, every frame
    is sent there instead and the answer is empty."""
    kind = _sniff(path)
    if kind == "encrypted":
        raise ReadFailure("password")
    date1904 = check_zip(path) if kind == "zip" else False
    if stream is not None:
        stream.date1904 = date1904
    if kind == "other":
        lowered = path.lower()
        if not lowered.endswith(SUPPORTED):
            raise ReadFailure("not_spreadsheet")
    engine = "calamine"
    try:
        names, chosen, rows, others = _read_calamine(path, sheet, every, stream)
    except ReadFailure:
        raise
    except MemoryError:
        raise
    except BaseException as exc:  # pyo3 PanicException derives from BaseException
        first = f"{type(exc).__name__}: {exc}"
        if kind != "zip" or path.lower().endswith(".ods") or (stream is not None and stream.started):
            raise ReadFailure(_classify(first), first) from None
        try:
            names, chosen, rows, others = _read_openpyxl(path, sheet, every)
            engine = "openpyxl"
        except ReadFailure:
            raise
        except MemoryError:
            raise
        except BaseException as second:
            raise ReadFailure(_classify(first), f"{first}; openpyxl: {second}") from None
    if stream is not None:
        if not stream.started:
            stream.start(names, chosen, rows, engine)
        for name, other in others:
            stream.sheet(name, other)
        stream.end()
        return {}
    answer = {
        "ok": True,
        "sheets": names,
        "sheet": chosen,
        "columns": _columns(rows),
        "date1904": date1904,
        "engine": engine,
    }
    if every:
        answer["books"] = [[name, _columns(other)] for name, other in others]
    return answer


def _classify(text: str) -> str:
    lowered = text.lower()
    if "password" in lowered or "encrypt" in lowered:
        return "password"
    if "not an office document" in lowered or "cannot detect file format" in lowered:
        return "not_spreadsheet"
    return "corrupt"


def _answer_stream() -> BinaryIO:
    """Where the pickle goes: stdout, also in a windowed bundle where ``sys.stdout`` is None
    although the parent gave the process a pipe."""
    if sys.stdout is not None:
        return sys.stdout.buffer
    if sys.platform == "win32":
        import ctypes
        import msvcrt

        handle = ctypes.windll.kernel32.GetStdHandle(-11)  # STD_OUTPUT_HANDLE
        return os.fdopen(msvcrt.open_osfhandle(handle, 0), "wb")
    return os.fdopen(1, "wb")


def _find_libraries() -> None:
    """Put the parsers' folders on ``sys.path`` as the parent found them (or run site without them)."""
    folders = [f for f in os.environ.get(LIBRARY_PATH_ENV, "").split(os.pathsep) if f]
    if not folders:
        if not sys.flags.no_site:
            return
        import site

        site.main()
        return
    sys.path.extend(f for f in folders if f not in sys.path)


def main(argv: list[str]) -> int:
    """``argv``: [program or flag, PATH, SHEET, MEMORY_MB] and "all" for every sheet."""
    path, sheet, memory = argv[1], argv[2], int(argv[3])
    every = len(argv) > 4 and argv[4] == "all"
    _find_libraries()
    _limit_memory(memory)
    gc.disable()  # a sheet is a million objects and no cycles; collecting them only costs time
    stream = Stream(_answer_stream()) if every else None
    try:
        answer = read(path, sheet, every, stream)
    except ReadFailure as exc:
        answer = {"ok": False, "code": exc.code, "detail": exc.detail}
    except MemoryError:
        answer = {"ok": False, "code": "memory", "detail": ""}
    except OSError as exc:
        answer = {"ok": False, "code": "os", "detail": exc.strerror or str(exc)}
    except BaseException as exc:
        answer = {"ok": False, "code": "corrupt", "detail": f"{type(exc).__name__}: {exc}"[:500]}
    if stream is not None:
        if answer:  # the failure that ends the stream (a finished stream's answer is empty)
            stream.send(answer)
        return 0
    try:
        payload = dumps(answer, protocol=5)
    except MemoryError:
        payload = dumps({"ok": False, "code": "memory", "detail": ""}, protocol=5)
    out = _answer_stream()
    out.write(payload)
    out.flush()
    return 0


if __name__ == "__main__":
    # The answer is written and flushed: tearing the interpreter down would only cost time.
    os._exit(main(sys.argv))
