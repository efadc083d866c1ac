"""What a file given for import is, from the file system and its first bytes, not its name.

A folder, a FIFO or a loop of symbolic links is no file to read: each gets its own sentence
(a FIFO would also block the reader forever, so it is never opened). A workbook's name can
lie: an .xlsx saved as "report.xls" by a CRM, or renamed by hand, is a zip file all the same,
and an old .xls is an OLE2 compound file. The reader picks its parser by suffix, so a file
whose content says another kind is read through a link (or a copy) with the right suffix in
the app's own temporary folder.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from struct import error as StructError

from tracker.excel._read_child import zip_members_named
from tracker.excel.errors import ExcelError
from tracker.i18n import QT_TRANSLATE_NOOP, words
from tracker.temp_files import scratch_folder

CONTEXT = "excel"
MESSAGES = {
    "missing": QT_TRANSLATE_NOOP("excel", "There is no file at {0}."),
    "is_dir": QT_TRANSLATE_NOOP("excel", "{0} is a folder, not a file; choose a spreadsheet file in it."),
    "fifo": QT_TRANSLATE_NOOP("excel", "{0} is a pipe (FIFO), not a file; save the data to a file and "
                                       "import that."),
    "special": QT_TRANSLATE_NOOP("excel", "{0} is a device or socket, not a file; choose a spreadsheet "
                                          "file."),
    "link_loop": QT_TRANSLATE_NOOP("excel", "{0} is a link that leads back to itself (a loop of links), "
                                            "not a file."),
    "broken_link": QT_TRANSLATE_NOOP("excel", "{0} is a link to a file that does not exist."),
}
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP = b"PK\x03\x04"
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xlsb", ".xls", ".ods")
# The zip members that tell the kind: an .xlsb, an .xlsx (an .xlsm with macros), an .ods.
WORKBOOK_PARTS = (b"xl/workbook.bin", b"xl/workbook.xml", b"xl/vbaProject.bin", b"content.xml")


def _fail(code: str, path: Path) -> ExcelError:
    return ExcelError(words(CONTEXT, MESSAGES[code], path), code)


def check_source(path: Path) -> None:
    """Raise the sentence for a path that is not a readable regular file; never opens it."""
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        if exc.errno == errno.ELOOP or _loops(path):
            raise _fail("link_loop", path) from None
        if os.path.islink(path):
            raise _fail("broken_link", path) from None
        if isinstance(exc, FileNotFoundError | NotADirectoryError):
            raise _fail("missing", path) from None
        raise ExcelError(words("excel", QT_TRANSLATE_NOOP("excel", "{0} cannot be read: {1}."),
                               path.name, exc.strerror or exc), "os") from exc
    if stat.S_ISDIR(mode):
        raise _fail("is_dir", path)
    if stat.S_ISFIFO(mode):
        raise _fail("fifo", path)
    if not stat.S_ISREG(mode):
        raise _fail("special", path)


def _loops(path: Path) -> bool:
    """A loop of links, where the system's error does not say ELOOP (Windows)."""
    if not os.path.islink(path):
        return False
    try:
        path.resolve(strict=True)
    except RuntimeError:
        return True
    except OSError:
        return False
    return False


def content_suffix(path: Path) -> str | None:
    """The suffix the first bytes of ``path`` call for (".xlsx", ".xlsb", ".ods", ".xls"), or None."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(8)
    except OSError:
        return None
    if head.startswith(OLE2):
        return ".xls"
    if not head.startswith(ZIP):
        return None
    try:
        names = zip_members_named(path, WORKBOOK_PARTS)
    except (OSError, ValueError, StructError, MemoryError):
        return None
    if names is None:
        return None
    if b"xl/workbook.bin" in names:
        return ".xlsb"
    if b"xl/workbook.xml" in names:
        return ".xlsm" if b"xl/vbaProject.bin" in names else ".xlsx"
    if b"content.xml" in names:
        return ".ods"
    return None


def read_as(path: Path) -> str | None:
    """The suffix to read ``path`` with when its content says another kind than its name."""
    found = content_suffix(path)
    if found is None:
        return None
    current = path.suffix.lower()
    if current == found or {current, found} == {".xlsx", ".xlsm"}:
        return None
    return found


@contextmanager
def readable_path(path: Path, suffix: str) -> Iterator[Path]:
    """``path`` under a name ending in ``suffix``: a hard link (or a copy) in the app's temp folder."""
    with scratch_folder("read") as folder:
        alias = folder / f"source{suffix}"
        try:
            os.link(path, alias)
        except OSError:
            shutil.copyfile(path, alias)
        try:
            yield alias
        finally:
            with contextlib.suppress(OSError):
                alias.unlink()
