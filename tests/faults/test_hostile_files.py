"""Hostile workbooks: an XML entity bomb, zip bombs, a sheet claiming a million rows.

Each is read the way the app reads an outside file (tracker.excel.reader in a child
process), from a wrapper process that reports how long it took and the peak memory of the
reader child, so "refused quickly within bounded memory" is checked, not assumed.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from tests.conftest import TODAY
from tests.faults.conftest import import_file, run_python

pytest.importorskip("tracker.excel.reader")

from tracker.excel.reader import DEFAULT_MEMORY_MB, DEFAULT_TIMEOUT_S

GIB = 1 << 30
# Peak RSS allowed to the reader child (its address space is capped at DEFAULT_MEMORY_MB)
# and to the process that asked for the read (which only receives plain rows).
CHILD_PEAK_MB = DEFAULT_MEMORY_MB
PARENT_PEAK_MB = 250
QUICK_S = DEFAULT_TIMEOUT_S + 5
# A zip bomb is refused from the archive's directory, before anything is inflated.
INSTANT_S = 2.0

PROBE = """
import json, resource, sys, time
from tracker.excel.errors import ExcelError
from tracker.excel.reader import read_sheet
started = time.monotonic()
try:
    sheet = read_sheet(sys.argv[1])
    outcome = {"ok": True, "rows": len(sheet.rows), "width": max((len(r) for r in sheet.rows), default=0)}
except ExcelError as exc:
    outcome = {"ok": False, "message": exc.message, "code": exc.code}
outcome["seconds"] = time.monotonic() - started
outcome["child_peak_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
# VmHWM, not ru_maxrss: on Linux ru_maxrss survives exec, so a probe forked from a big
# pytest process would report pytest's size rather than its own.
hwm = [l for l in open("/proc/self/status") if l.startswith("VmHWM:")]
outcome["self_peak_mb"] = (int(hwm[0].split()[1]) if hwm
                           else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss) / 1024
print(json.dumps(outcome))
"""

OOXML = "application/vnd.openxmlformats-officedocument.spreadsheetml"
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    f'<Override PartName="/xl/workbook.xml" ContentType="{OOXML}.sheet.main+xml"/>'
    f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{OOXML}.worksheet+xml"/>'
    f'<Override PartName="/xl/sharedStrings.xml" ContentType="{OOXML}.sharedStrings+xml"/>'
    "</Types>"
).encode()
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{RELS}/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
).encode()
WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="{RELS}">'
    '<sheets><sheet name="Accounts" sheetId="1" r:id="rId1"/></sheets></workbook>'
).encode()
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{RELS}/worksheet" Target="worksheets/sheet1.xml"/>'
    f'<Relationship Id="rId2" Type="{RELS}/sharedStrings" Target="sharedStrings.xml"/>'
    "</Relationships>"
).encode()
SHEET_HEAD = b"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"""
PLAIN_STRINGS = b"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2" uniqueCount="2">
<si><t>Account</t></si><si><t>Acme</t></si></sst>"""
SMALL_SHEET = SHEET_HEAD + b"""<sheetData>
<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>1</v></c></row>
</sheetData></worksheet>"""

LAUGHS = b"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<!DOCTYPE sst [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2" uniqueCount="2">
<si><t>Account</t></si><si><t>&lol9;</t></si></sst>"""


def build_xlsx(path: Path, *, sheet: bytes | None = None, strings: bytes = PLAIN_STRINGS,
               big_sheet: tuple[bytes, bytes, int, int] | None = None) -> Path:
    """A minimal .xlsx. ``big_sheet`` = (head, repeated unit, repeat count, zlib level): the
    sheet part is streamed so a gigabyte-sized part costs no memory to build."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", ROOT_RELS)
        archive.writestr("xl/workbook.xml", WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        archive.writestr("xl/sharedStrings.xml", strings)
        if big_sheet is None:
            archive.writestr("xl/worksheets/sheet1.xml", sheet or SMALL_SHEET)
        else:
            head, unit, repeat, level = big_sheet
            info = zipfile.ZipInfo("xl/worksheets/sheet1.xml")
            info.compress_type = zipfile.ZIP_DEFLATED
            info._compresslevel = level  # type: ignore[attr-defined]
            with archive.open(info, "w", force_zip64=True) as part:
                part.write(head)
                block = unit * max(1, (1 << 20) // len(unit))
                written = 0
                while written < repeat * len(unit):
                    part.write(block)
                    written += len(block)
                part.write(b"</sheetData></worksheet>")
    return path


def build_spread_bomb(path: Path, parts: int, part_mb: int) -> Path:
    """A workbook whose extra parts are each small enough to look harmless alone."""
    build_xlsx(path)
    block = b" " * (1 << 20)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for n in range(parts):
            with archive.open(f"customXml/item{n}.xml", "w") as part:
                for _ in range(part_mb):
                    part.write(block)
    return path


def probe(path: Path) -> dict[str, object]:
    done = run_python(PROBE, str(path), timeout=QUICK_S + 60)
    assert done.returncode == 0, done.stderr
    outcome: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    print(f"{path.name}: {outcome}")
    return outcome


def assert_refused_quickly(outcome: dict[str, object]) -> None:
    assert float(outcome["seconds"]) < QUICK_S  # type: ignore[arg-type]
    assert float(outcome["child_peak_mb"]) < CHILD_PEAK_MB  # type: ignore[arg-type]
    assert float(outcome["self_peak_mb"]) < PARENT_PEAK_MB  # type: ignore[arg-type]
    if not outcome["ok"]:
        message = str(outcome["message"])
        assert message and "\n" not in message


MILLION_CELL = SHEET_HEAD + b"""<dimension ref="A1:XFD1048576"/><sheetData>
<row r="1"><c r="A1" t="s"><v>0</v></c></row>
<row r="1048576"><c r="XFD1048576" t="s"><v>1</v></c></row></sheetData></worksheet>"""
ROW = b"<row><c><v>1</v></c></row>"
BUILDERS = {
    "laughs": lambda p: build_xlsx(p, strings=LAUGHS),
    "laughs-in-sheet": lambda p: build_xlsx(p, sheet=LAUGHS.replace(b"<sst", b"<worksheet").replace(
        b"</sst>", b"</worksheet>")),
    "zip-whitespace-1g": lambda p: build_xlsx(
        p, big_sheet=(SHEET_HEAD + b"<sheetData>", b" " * 4096, GIB // 4096, 9)),
    "zip-rows-256m": lambda p: build_xlsx(p, big_sheet=(SHEET_HEAD + b"<sheetData>", ROW,
                                                         (GIB // 4) // len(ROW), 1)),
    "zip-rows-2g": lambda p: build_xlsx(p, big_sheet=(SHEET_HEAD + b"<sheetData>", ROW,
                                                      (2 * GIB) // len(ROW), 1)),
    "million-rows": lambda p: build_xlsx(p, sheet=MILLION_CELL),
    "zip-spread-600m": lambda p: build_spread_bomb(p, 40, 15),
}


class Bombs:
    """Builds each hostile file on first use, once per module."""

    def __init__(self, folder: Path) -> None:
        self._folder = folder
        self._built: dict[str, Path] = {}

    def __getitem__(self, name: str) -> Path:
        if name not in self._built:
            self._built[name] = BUILDERS[name](self._folder / f"{name}.xlsx")
        return self._built[name]


@pytest.fixture(scope="module")
def bombs(tmp_path_factory: pytest.TempPathFactory) -> Bombs:
    return Bombs(tmp_path_factory.mktemp("hostile"))


def test_bomb_is_a_small_file(bombs: Bombs) -> None:
    """The fixture really is a bomb: about a megabyte on disk, a gigabyte inside."""
    with zipfile.ZipFile(bombs["zip-whitespace-1g"]) as archive:
        inflated = archive.getinfo("xl/worksheets/sheet1.xml").file_size
    assert bombs["zip-whitespace-1g"].stat().st_size < 2 << 20
    assert inflated >= GIB


@pytest.mark.parametrize("name", ["laughs", "laughs-in-sheet"])
def test_xml_entity_bomb_is_not_expanded(name: str, bombs: Bombs) -> None:
    outcome = probe(bombs[name])
    assert_refused_quickly(outcome)
    if outcome["ok"]:
        # Read without expanding entities: the cells stay small.
        assert int(outcome["rows"]) <= 2  # type: ignore[call-overload]


@pytest.mark.parametrize("name", [
    "zip-whitespace-1g",
    "zip-spread-600m",
    pytest.param("zip-rows-256m", marks=pytest.mark.slow),
    pytest.param("zip-rows-2g", marks=pytest.mark.slow),
])
def test_zip_bomb_is_refused_instantly(name: str, bombs: Bombs) -> None:
    """Refused from the zip directory with one sentence, not by the child's memory cap later."""
    outcome = probe(bombs[name])
    assert_refused_quickly(outcome)
    assert outcome["ok"] is False and outcome["code"] == "zip_bomb", outcome
    assert float(outcome["seconds"]) < INSTANT_S  # type: ignore[arg-type]
    assert "was not read" in str(outcome["message"])


def test_sheet_claiming_a_million_rows(bombs: Bombs) -> None:
    outcome = probe(bombs["million-rows"])
    assert_refused_quickly(outcome)


@pytest.mark.parametrize("name", ["laughs", "million-rows"])
def test_hostile_import_changes_nothing(name: str, bombs: Bombs, demo_db: object) -> None:
    """Through the whole import path: a sentence or a harmless preview, never a partial write."""
    outcome = import_file(demo_db, bombs[name], TODAY)
    assert outcome
