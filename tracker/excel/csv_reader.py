"""Reading a CSV export: encoding and delimiter sniffed, read in this process within limits.

Why not in the safe child: the child exists because python-calamine (Rust) can panic or
abort the process on a few hundred hostile bytes. The ``csv`` module is the standard
library's, raises ``csv.Error`` on what it cannot parse, and allocates no more than the text
it is given; so the limits that matter are held here: the file's size (its text is at most
a few times that in memory), a field-size cap (``csv`` refuses longer fields), and the
user's cancel between rows. It also saves a process start for the commonest small export.

Encoding: a BOM says it (UTF-8, UTF-16); otherwise UTF-8, then cp1252 (Excel's "CSV" on
Western Windows), which reads every byte but five, then Latin-1. Delimiter: ``csv.Sniffer``
over the first lines among ``, ; tab |``; where it cannot tell, the one splitting the
header line into the most columns. Every cell comes back as text ("" when empty); numbers
like "1.234,56" and text dates are read by the same converters as a workbook's text cells.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Callable
from pathlib import Path

from tracker.excel.errors import ExcelError, said
from tracker.excel.file_kind import check_source
from tracker.excel.sheet_data import SheetData
from tracker.i18n import QT_TRANSLATE_NOOP

CSV_SUFFIXES = (".csv", ".tsv")
MAX_CSV_MB = 256
MAX_FIELD_CHARS = 1 << 20
DELIMITERS = ",;\t|"
SNIFF_CHARS = 64 * 1024
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def decode(raw: bytes) -> tuple[str, str]:
    """The text of ``raw`` and the encoding it was read with."""
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            return raw.decode(encoding), encoding
    for encoding in ("utf-8", "cp1252"):
        try:
            return raw.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1"), "latin-1"


def sniff_delimiter(text: str) -> str:
    """The delimiter of ``text``: the Sniffer's answer among :data:`DELIMITERS`, else the one
    that splits the first line into the most columns (a one-column file: ",")."""
    sample = text[:SNIFF_CHARS]
    if len(text) > SNIFF_CHARS:
        sample = sample[:sample.rfind("\n") + 1] or sample
    try:
        return csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        pass
    first = next(iter(sample.splitlines()), "")
    counts = {d: first.count(d) for d in DELIMITERS}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_csv(path: Path | str, *, cancelled: Callable[[], bool] | None = None,
             max_mb: int = MAX_CSV_MB) -> SheetData:
    """The rows of the CSV file at ``path`` as one sheet named after the file."""
    path = Path(path)
    name = path.name
    check_source(path)
    try:
        size = path.stat().st_size
        if size > max_mb << 20:
            raise ExcelError(said(QT_TRANSLATE_NOOP(
                "excel", "{0} is {1:,.0f} MB, more than the {2} MB a CSV file may hold for import; split "
                "it into smaller files."), name, size / (1 << 20), max_mb), "too_large")
        raw = path.read_bytes()
    except OSError as exc:
        raise ExcelError(said(QT_TRANSLATE_NOOP("excel", "{0} cannot be read: {1}."), name,
                              exc.strerror or exc), "os") from exc
    if not raw.strip():
        raise ExcelError(said(QT_TRANSLATE_NOOP("excel", "{0} is empty."), name), "empty_file")
    text, _encoding = decode(raw)
    if "\x00" in text:
        raise ExcelError(said(QT_TRANSLATE_NOOP(
            "excel", "{0} is not a spreadsheet (use .xlsx, .xlsm, .xlsb, .xls, .ods or .csv)."), name),
            "not_spreadsheet")
    delimiter = sniff_delimiter(text)
    rows: list[list[object]] = []
    previous = csv.field_size_limit(MAX_FIELD_CHARS)
    try:
        for index, row in enumerate(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)):
            if index % 10_000 == 0 and cancelled is not None and cancelled():
                raise ExcelError(said(QT_TRANSLATE_NOOP("excel", "Reading the file was cancelled.")),
                                 "cancelled")
            rows.append(list(row))
    except csv.Error as exc:
        raise ExcelError(said(QT_TRANSLATE_NOOP("excel", "{0} is damaged or not a valid CSV file ({1})."),
                              name, exc), "corrupt") from exc
    finally:
        csv.field_size_limit(previous)
    while rows and not any(cell.strip() for cell in rows[-1] if isinstance(cell, str)):
        rows.pop()
    return SheetData(path=path, sheet_names=(path.stem,), sheet=path.stem, rows=rows, date1904=False,
                     engine="csv")
