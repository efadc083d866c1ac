"""Fuzzing the importer: generated workbooks and byte-level mutations of valid ones.

Whatever the file, the importer gives a preview (and imports it) or one clear sentence; no
other exception reaches the caller, and a refused import leaves the database unchanged.
"""

from __future__ import annotations

import io
import random
import zipfile
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import TODAY
from tests.faults.conftest import campaign, import_file
from tracker.workspace import open_workspace

pytest.importorskip("tracker.excel.importer")

from tracker.excel.mapping import FIELDS

LABELS = sorted({spec.label for specs in FIELDS.values() for spec in specs}
                | {syn for specs in FIELDS.values() for spec in specs for syn in spec.synonyms[:2]})
PRINTABLE = st.characters(blacklist_categories=("Cs", "Cc"))
FORMULAS = ["=1+1", "=SUM(A1:A3)", "=cmd|' /C calc'!A0", "=HYPERLINK(\"http://x\")", "=1/0", "=NOW()"]


def _cell() -> st.SearchStrategy[Any]:
    return st.one_of(
        st.none(),
        st.integers(min_value=-(2**53), max_value=2**53),
        st.floats(allow_nan=False, allow_infinity=False, width=64),
        st.booleans(),
        st.dates(min_value=date(1900, 3, 1), max_value=date(9999, 12, 31)),
        st.datetimes(min_value=datetime(1900, 3, 1), max_value=datetime(9999, 12, 31)),
        st.text(PRINTABLE, max_size=40),
        st.sampled_from(["2026-02-30", "31/12/2025", "12/31/2025", "45000", "1,234.50", "N/A", " ",
                         "#REF!", "done", "Kickoff", "churned", "nps", "11", "-3"]),
        st.sampled_from(FORMULAS),
        st.integers(min_value=1, max_value=3).map(lambda n: "x" * (10_000 * n)),  # huge strings
    )


@st.composite
def workbooks(draw: st.DrawFn) -> dict[str, Any]:
    width = draw(st.integers(min_value=1, max_value=8))
    headers = draw(st.lists(st.one_of(st.sampled_from(LABELS), st.text(PRINTABLE, max_size=12), st.none()),
                            min_size=width, max_size=width))
    rows = draw(st.lists(st.lists(_cell(), min_size=0, max_size=width + 2), max_size=12))
    merges = draw(st.lists(st.tuples(st.integers(1, 8), st.integers(1, width), st.integers(0, 3),
                                     st.integers(0, 2)), max_size=2))
    title = draw(st.sampled_from(["Sheet1", "Accounts", "Contacts", "Checklist tasks", "Feedback",
                                  "Milestones", "Data"]))
    return {"headers": headers, "rows": rows, "merges": merges, "title": title,
            "blank_top": draw(st.integers(0, 2))}


def write_workbook(spec: dict[str, Any], path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.utils.exceptions import IllegalCharacterError

    wb = Workbook()
    ws = wb.active
    ws.title = spec["title"]
    for _ in range(spec["blank_top"]):
        ws.append([])
    ws.append(spec["headers"])
    for row in spec["rows"]:
        try:
            ws.append(row)
        except (IllegalCharacterError, ValueError):
            ws.append([None])
    for r, c, down, right in spec["merges"]:
        first = r + spec["blank_top"]
        if down or right:
            ws.merge_cells(start_row=first, start_column=c, end_row=first + down, end_column=c + right)
    wb.save(path)


FUZZ_SETTINGS = {"deadline": None, "derandomize": True,
                 "suppress_health_check": [HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                           HealthCheck.data_too_large]}


def _generated(trials: int, demo_template: Path, tmp_path: Path) -> dict[str, int]:
    outcomes = {"imported": 0, "refused": 0}

    @settings(max_examples=trials, **FUZZ_SETTINGS)  # type: ignore[arg-type]
    @given(spec=workbooks())
    def check(spec: dict[str, Any]) -> None:
        db_path = tmp_path / "fuzz.db"
        db_path.write_bytes(demo_template.read_bytes())
        for suffix in ("-wal", "-shm"):
            Path(str(db_path) + suffix).unlink(missing_ok=True)
        book = tmp_path / "fuzz.xlsx"
        write_workbook(spec, book)
        db = open_workspace(db_path)
        try:
            outcome = import_file(db, book, TODAY)
        finally:
            db.conn.close()
        outcomes["imported" if outcome == "imported" else "refused"] += 1

    check()
    return outcomes


@campaign(fast=8, slow=300)
def test_generated_workbooks_preview_or_refuse(trials: int, demo_template: Path, tmp_path: Path) -> None:
    outcomes = _generated(trials, demo_template, tmp_path)
    print(f"generated workbooks: {trials} examples, {outcomes}")
    assert sum(outcomes.values()) >= 1


# --- byte-level mutations -------------------------------------------------------------

def valid_workbook(path: Path) -> bytes:
    """A small, valid accounts + contacts workbook to mutate."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Accounts"
    ws.append(["CRM ID", "Account", "Industry", "Employees", "MRR", "Stage", "Signed", "Target go-live"])
    for i in range(25):
        ws.append([f"CRM-{i}", f"Mutant {i} Ltd", "Retail", 50 + i, 1000.0 + i, "Kickoff",
                   date(2026, 1, 1) + timedelta(days=i), date(2026, 3, 1) + timedelta(days=i)])
    ws.merge_cells("C5:C6")
    wb.save(path)
    return path.read_bytes()


def mutate_bytes(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    how = rng.choice(["flip", "truncate", "splice", "zero"])
    if how == "flip":
        for _ in range(rng.randint(1, 20)):
            i = rng.randrange(len(out))
            out[i] ^= 1 << rng.randrange(8)
    elif how == "truncate":
        out = out[: rng.randrange(1, len(out))]
    elif how == "splice":
        i = rng.randrange(len(out))
        out[i:i] = rng.randbytes(rng.randint(1, 200))
    else:
        i = rng.randrange(len(out))
        out[i:i + rng.randint(1, 512)] = bytes(min(512, len(out) - i))
    return bytes(out)


def mutate_inside(data: bytes, rng: random.Random) -> bytes:
    """Mutate one XML part inside the zip and re-pack it, so the damage reaches the parser."""
    source = zipfile.ZipFile(io.BytesIO(data))
    names = source.namelist()
    victim = rng.choice([n for n in names if n.endswith(".xml")])
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for name in names:
            body = source.read(name)
            if name == victim:
                body = _mutate_xml(body, rng)
            target.writestr(name, body)
    return buffer.getvalue()


def _mutate_xml(body: bytes, rng: random.Random) -> bytes:
    text = bytearray(body)
    choice = rng.choice(["cut", "flip", "swap-tag", "huge-attr", "bad-ref"])
    if choice == "cut":
        return bytes(text[: rng.randrange(0, max(1, len(text)))])
    if choice == "flip":
        for _ in range(rng.randint(1, 10)):
            i = rng.randrange(len(text))
            text[i] = rng.randrange(256)
        return bytes(text)
    if choice == "swap-tag":
        return body.replace(b"<c ", b"<x ", rng.randint(1, 5)).replace(b"</v>", b"</w>", 1)
    if choice == "huge-attr":
        return body.replace(b'r="A1"', b'r="A' + b"9" * 40 + b'"', 1).replace(b'r="B2"', b'r="XFD1048576"', 1)
    return body.replace(b't="s"', b't="e"', 2).replace(b"<v>0</v>", b"<v>999999</v>", 1)


@campaign(fast=12, slow=400)
def test_mutated_xlsx_preview_or_refuse(trials: int, demo_template: Path, tmp_path: Path) -> None:
    rng = random.Random(2026)
    original = valid_workbook(tmp_path / "valid.xlsx")
    outcomes = {"imported": 0, "refused": 0}
    for trial in range(trials):
        data = mutate_inside(original, rng) if trial % 2 else mutate_bytes(original, rng)
        book = tmp_path / f"mutant-{trial}.xlsx"
        book.write_bytes(data)
        db_path = tmp_path / "mutant.db"
        db_path.write_bytes(demo_template.read_bytes())
        for suffix in ("-wal", "-shm"):
            Path(str(db_path) + suffix).unlink(missing_ok=True)
        db = open_workspace(db_path)
        try:
            outcome = import_file(db, book, TODAY)
        finally:
            db.conn.close()
        outcomes["imported" if outcome == "imported" else "refused"] += 1
        book.unlink()
    print(f"mutated xlsx: {trials} files, {outcomes}")
    assert outcomes["refused"] >= 1
