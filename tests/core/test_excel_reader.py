"""The safe reader: hostile and broken files end in one sentence, never a crash, hang or write."""

from __future__ import annotations

import random
import sys
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook
from openpyxl.utils.datetime import CALENDAR_MAC_1904
from sqlite_utils import Database

from tests.conftest import CORPUS
from tracker.excel import reader
from tracker.excel._read_child import MAX_UNPACKED_MB
from tracker.excel.errors import ExcelError
from tracker.excel.preview import preview_workbook
from tracker.excel.reader import read_sheet

SUFFIXES = (".xlsx", ".xlsm", ".xlsb", ".xls", ".ods")
TABLES = (
    "account",
    "contact",
    "task",
    "milestone",
    "feedback",
    "playbook",
    "playbook_step",
    "segment",
    "stage_history",
    "change_log",
)


def _fingerprint(db: Database) -> dict[str, int]:
    counts = {t: db.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    counts["changes"] = db.conn.total_changes
    return counts


def _corpus_files() -> list[Path]:
    if not CORPUS.is_dir():
        return []
    return sorted(p for p in CORPUS.iterdir() if p.suffix.lower() in SUFFIXES)


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus folder is absent")
def test_every_corpus_file_gives_a_preview_or_one_sentence(demo_db: Database) -> None:
    """All 132 real-world files: a preview, or an ExcelError whose message is one sentence."""
    files = _corpus_files()
    assert len(files) >= 130
    before = _fingerprint(demo_db)
    outcomes: dict[str, str] = {}
    for path in files:
        try:
            previews, _skipped = preview_workbook(demo_db, path)
            outcomes[path.name] = "preview"
            assert previews
        except ExcelError as exc:
            outcomes[path.name] = exc.code
            text = exc.message
            assert text.endswith(".") and "\n" not in text and "Traceback" not in text
            assert text.count(". ") == 0 or text.count(". ") == 1, text
    assert _fingerprint(demo_db) == before
    assert outcomes["pass_protected.xlsx"] == "password"
    assert outcomes["pass_protected.ods"] == "password"
    assert outcomes["issue_594_dos.ods"] in ("corrupt", "memory", "timeout")
    assert outcomes["OOM_alloc3.xls"] in ("corrupt", "memory", "crashed")
    assert outcomes["too_small.xls"] in ("corrupt", "not_spreadsheet")
    assert not {"zip_bomb", "too_large"} & set(outcomes.values()), "a real workbook was taken for a bomb"


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus folder is absent")
def test_corpus_dates_in_both_date_systems_read_as_the_same_days() -> None:
    for name in ("date.xlsx", "date_1904.xlsx", "date.xls", "date_1904.xls", "date.ods"):
        rows = read_sheet(CORPUS / name).rows
        assert str(rows[0][0])[:10] == "2021-01-01", name  # calamine dates come back as ISO text
    assert read_sheet(CORPUS / "date_1904.xlsx").date1904 is True
    assert read_sheet(CORPUS / "date.xlsx").date1904 is False


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus folder is absent")
def test_merged_cells_carry_their_value_into_every_cell(tmp_path: Path) -> None:
    rows = read_sheet(CORPUS / "merge_cells.xlsx").rows
    assert rows[0][:2] == ["Row Merge", "Row Merge"]
    assert rows[1][0] == rows[2][0] == rows[3][0] == "Column Merge"


def test_trailing_blank_columns_and_rows_are_trimmed(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["Company", "MRR", None, None])
    ws.append(["Acme", 10, None, None])
    ws["F10"] = ""  # a stray formatted-but-empty cell far away
    ws["F10"].number_format = "0.00"
    path = tmp_path / "trim.xlsx"
    wb.save(path)
    assert read_sheet(path).rows == [["Company", "MRR"], ["Acme", 10.0]]


def test_1904_workbook_is_flagged(tmp_path: Path) -> None:
    wb = Workbook()
    wb.epoch = CALENDAR_MAC_1904
    wb.active.append(["Signed"])
    wb.active.append([date(2026, 1, 2)])
    path = tmp_path / "mac.xlsx"
    wb.save(path)
    data = read_sheet(path)
    assert data.date1904 is True
    assert data.rows[1][0] == "2026-01-02"


def test_missing_wrong_type_and_empty_files(tmp_path: Path) -> None:
    with pytest.raises(ExcelError) as missing:
        read_sheet(tmp_path / "nope.xlsx")
    assert missing.value.code == "missing"
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    with pytest.raises(ExcelError) as wrong:
        read_sheet(text)
    assert wrong.value.code == "not_spreadsheet"
    empty = tmp_path / "empty.xlsx"
    empty.write_bytes(b"")
    with pytest.raises(ExcelError) as nothing:
        read_sheet(empty)
    assert nothing.value.code == "empty_file"
    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(b"this is not a zip file at all" * 10)
    with pytest.raises(ExcelError) as bad:
        read_sheet(fake)
    assert bad.value.code in ("corrupt", "not_spreadsheet")


def test_unknown_sheet_name_is_one_sentence(tmp_path: Path) -> None:
    wb = Workbook()
    wb.active.append(["x"])
    path = tmp_path / "one.xlsx"
    wb.save(path)
    with pytest.raises(ExcelError) as err:
        read_sheet(path, "Other")
    assert err.value.message == "one.xlsx has no sheet named 'Other'."


def _fake_child(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str) -> Path:
    script = tmp_path / "child.py"
    script.write_text(body)
    monkeypatch.setattr(reader, "CHILD", script)
    book = tmp_path / "book.xlsx"
    book.write_bytes(b"PK\x03\x04whatever")
    return book


def test_a_reader_that_aborts_the_process_is_survived(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What calamine does on some malformed .xls: SIGABRT. Only the child dies."""
    book = _fake_child(tmp_path, monkeypatch, "import os\nos.abort()\n")
    with pytest.raises(ExcelError) as err:
        read_sheet(book)
    assert err.value.code == "memory"


def test_a_reader_that_hangs_is_stopped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    book = _fake_child(tmp_path, monkeypatch, "import time\ntime.sleep(60)\n")
    with pytest.raises(ExcelError) as err:
        read_sheet(book, timeout=0.5)
    assert err.value.code == "timeout"


def test_a_reading_can_be_cancelled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    book = _fake_child(tmp_path, monkeypatch, "import time\ntime.sleep(60)\n")
    with pytest.raises(ExcelError) as err:
        read_sheet(book, cancelled=lambda: True)
    assert err.value.code == "cancelled"


def test_only_plain_values_come_back_from_the_child(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A child that answers with a pickle calling os.system is refused, not executed."""
    marker = tmp_path / "pwned"
    body = (
        "import os, pickle, sys\n"
        "class Evil:\n"
        f"    def __reduce__(self): return (os.system, ('touch {marker}',))\n"
        "sys.stdout.buffer.write(pickle.dumps({'ok': True, 'rows': [Evil()]}))\n"
    )
    book = _fake_child(tmp_path, monkeypatch, body)
    with pytest.raises(ExcelError) as err:
        read_sheet(book)
    assert err.value.code == "crashed"
    assert not marker.exists()


def _zip_with(path: Path, parts: dict[str, bytes], level: int = 9) -> Path:
    import zipfile

    book = Workbook()
    book.active.append(["Account"])
    book.save(path)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED, compresslevel=level) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def test_a_zip_bomb_is_refused_from_its_directory(tmp_path: Path) -> None:
    """40 MB of one byte packs 1000 to 1: refused with one sentence, before calamine sees it."""
    bomb = _zip_with(tmp_path / "bomb.xlsx", {"xl/media/pad.xml": b" " * (40 << 20)})
    assert bomb.stat().st_size < 200_000
    with pytest.raises(ExcelError) as err:
        read_sheet(bomb)
    assert err.value.code == "zip_bomb"
    assert err.value.message.startswith("bomb.xlsx was not read: it unpacks to ")
    assert err.value.message.endswith(".") and "\n" not in err.value.message


def test_zip_limits_count_each_part_and_the_whole(tmp_path: Path) -> None:
    from tracker.excel._read_child import ReadFailure, check_zip

    def refusal(path: Path, **limits: int) -> str | None:
        try:
            check_zip(str(path), **limits)
        except ReadFailure as exc:
            return exc.code
        return None

    one = _zip_with(tmp_path / "one.xlsx", {"a.xml": b" " * (3 << 20)})
    assert refusal(one) is None  # under the 16 MB floor: small parts may pack tightly
    assert refusal(one, ratio_floor_mb=2) == "zip_bomb"
    spread = _zip_with(tmp_path / "spread.xlsx", {f"p{n}.xml": b" " * (1 << 20) for n in range(3)})
    assert refusal(spread, ratio_floor_mb=2) == "zip_bomb"  # no part over the floor, the whole is
    noisy = _zip_with(tmp_path / "noisy.xlsx", {"n.xml": random.Random(5).randbytes(3 << 20)}, level=1)
    assert refusal(noisy, ratio_floor_mb=1) is None
    assert refusal(noisy, max_unpacked_mb=2) == "too_large"
    assert refusal(tmp_path / "missing.xlsx") is None  # unreadable: the reader says why
    assert reader._message("too_large", noisy, "3", "") == (
        f"noisy.xlsx unpacks to 3 MB, more than the {MAX_UNPACKED_MB} MB a workbook may hold for "
        "import; split it into smaller files.")


def test_memory_cap_is_applied_in_the_child(tmp_path: Path) -> None:
    """The real child under a 300 MB cap cannot allocate 1 GB: it answers 'memory', not a crash."""
    import subprocess

    probe = (
        "import sys, runpy\n"
        f"mod = runpy.run_path({str(reader.CHILD)!r})\n"
        "mod['_limit_memory'](300)\n"
        "try:\n"
        "    b = bytearray(1 << 30)\n"
        "    print('allocated')\n"
        "except MemoryError:\n"
        "    print('refused')\n"
    )
    out = subprocess.run([sys.executable, "-I", "-c", probe], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "refused"


def test_columns_of_unequal_length_from_the_child_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The child answers in columns; an answer that is not a rectangle is not read as rows."""
    body = (
        "import pickle, sys\n"
        "answer = {'ok': True, 'sheets': ['S'], 'sheet': 'S', 'date1904': False, 'engine': 'x',\n"
        "          'columns': [['a', 'b'], ['c']]}\n"
        "sys.stdout.buffer.write(pickle.dumps(answer))\n"
    )
    book = _fake_child(tmp_path, monkeypatch, body)
    with pytest.raises(ExcelError) as err:
        read_sheet(book)
    assert err.value.code == "crashed"


def test_columns_come_back_as_rows_with_dates_as_iso_text_and_gaps_kept(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["Company", None, "Signed"])
    ws.append(["Acme", None, date(2026, 3, 4)])
    ws.append([None, None, None])
    ws.append(["Beta", None, 12.5])
    ws["E9"] = None  # touched but empty: trailing rows and columns go
    path = tmp_path / "gaps.xlsx"
    wb.save(path)
    rows = read_sheet(path).rows
    assert [row[:1] + row[2:] for row in rows] == [
        ["Company", "Signed"], ["Acme", "2026-03-04"], [rows[2][0], rows[2][2]], ["Beta", 12.5]]
    assert all(len(row) == 3 and row[1] in (None, "") for row in rows)
    assert rows[2][0] in (None, "") and rows[2][2] in (None, "")


def test_meanwhile_runs_while_the_child_reads(tmp_path: Path) -> None:
    wb = Workbook()
    wb.active.append(["Company"])
    path = tmp_path / "one.xlsx"
    wb.save(path)
    calls: list[str] = []
    assert read_sheet(path, meanwhile=lambda: calls.append("ran")).rows == [["Company"]]
    assert calls == ["ran"]


def test_the_childs_zip_directory_reads_zip64_comments_and_data_before_the_archive(tmp_path: Path) -> None:
    """The child reads the central directory itself (no ``zipfile`` import): zip64 records, a
    long archive comment, bytes before the archive and a stored or deflated workbook part all
    read as ``zipfile`` reads them, and the sizes still refuse a bomb."""
    import zipfile

    from tracker.excel._read_child import ReadFailure, check_zip

    found: dict[str, bool | str] = {}
    for method in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        for prefix in (b"", b"MZ" * 300):
            path = tmp_path / f"book-{method}-{len(prefix)}.xlsx"
            with zipfile.ZipFile(path, "w", method) as archive:
                archive.writestr("xl/workbook.xml", '<workbook><workbookPr date1904 = "true"/></workbook>')
                with archive.open("xl/media/pad.xml", "w", force_zip64=True) as part:
                    part.write(b" " * (20 << 20))
                archive.comment = b"c" * 60_000
            path.write_bytes(prefix + path.read_bytes())
            with zipfile.ZipFile(path) as archive:  # zipfile agrees the file is a valid archive
                assert archive.getinfo("xl/media/pad.xml").file_size == 20 << 20
            try:
                found[path.name] = check_zip(str(path))
            except ReadFailure as exc:
                found[path.name] = exc.code
            found[path.name + " unlimited"] = check_zip(str(path), max_ratio=10 ** 9)
    assert found == {f"book-{m}-{p}.xlsx": ("zip_bomb" if m == zipfile.ZIP_DEFLATED else True)
                     for m in (0, 8) for p in (0, 600)} | {
        f"book-{m}-{p}.xlsx unlimited": True for m in (0, 8) for p in (0, 600)}
    plain = tmp_path / "plain.xlsx"
    with zipfile.ZipFile(plain, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook><workbookPr date1904='0'/></workbook>")
    assert check_zip(str(plain)) is False
    garbage = tmp_path / "garbage.xlsx"
    garbage.write_bytes(b"PK\x03\x04" + b"\0" * 100 + b"PK\x05\x06" + b"\xff" * 18)
    assert check_zip(str(garbage)) is False  # unreadable directory: left to the reader to say why


def test_a_workbook_kind_comes_from_its_zip_member_names(tmp_path: Path) -> None:
    # content_suffix looks the names up in the zip's raw central directory (zipfile's loop over
    # a thousand-sheet workbook's directory cost more than reading it); same answers as before,
    # and a name inside a longer one does not count.
    import zipfile

    from tracker.excel.file_kind import content_suffix

    def archive(name: str, members: list[str]) -> Path:
        path = tmp_path / name
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
            for member in members:
                out.writestr(member, "<x/>")
        return path

    assert content_suffix(archive("a.xls", ["[Content_Types].xml", "xl/workbook.xml"])) == ".xlsx"
    assert content_suffix(archive("b", ["xl/workbook.xml", "xl/vbaProject.bin"])) == ".xlsm"
    assert content_suffix(archive("c.xlsx", ["xl/workbook.bin"])) == ".xlsb"
    assert content_suffix(archive("d.xls", ["mimetype", "content.xml"])) == ".ods"
    assert content_suffix(archive("e.xlsx", ["xl/_rels/workbook.xml.rels", "notes.txt"])) is None
    assert content_suffix(archive("g.xlsx", ["copy/xl/workbook.xml", "content.xml.bak"])) is None
    whole = archive("f.xlsx", ["xl/workbook.xml"]).read_bytes()
    (tmp_path / "cut.xlsx").write_bytes(whole[:-10])  # the end of the central directory is gone
    assert content_suffix(tmp_path / "cut.xlsx") is None
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    assert content_suffix(tmp_path / "old.xls") == ".xls"
