"""The reader child's answer for a whole workbook comes in frames, sorted as they arrive.

The parent builds (and the preview detects) each sheet while the child reads the next ones;
a stream that stops before its last frame, lies about a frame's length, or names a sheet the
workbook does not have is a crash, never a shorter workbook.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from tracker.excel import _read_child, reader
from tracker.excel.errors import ExcelError
from tracker.excel.reader import read_workbook

# Writes frames as the real child does: an 8-byte length, then a pickle.
FRAMES = (
    "import pickle, sys\n"
    "out = sys.stdout.buffer\n"
    "def send(answer):\n"
    "    data = pickle.dumps(answer, protocol=5)\n"
    "    out.write(len(data).to_bytes(8, 'little') + data)\n"
    "    out.flush()\n"
    "head = {'ok': True, 'sheets': ['A', 'B'], 'sheet': 'A', 'columns': [['x']], 'date1904': False,\n"
    "        'engine': 'calamine', 'books': []}\n"
)


def _fake_child(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str) -> Path:
    script = tmp_path / "child.py"
    script.write_text(FRAMES + body)
    monkeypatch.setattr(reader, "CHILD", script)
    book = tmp_path / "book.xlsx"
    book.write_bytes(b"PK\x03\x04whatever")
    return book


def _many_sheets(path: Path, count: int) -> list[str]:
    wb = Workbook()
    wb.active.title = "Accounts"
    wb.active.append(["Company", "MRR"])
    wb.active.append(["Acme", 10])
    for n in range(1, count):
        ws = wb.create_sheet(f"Week {n}")
        ws.append(["Day", "Note"])
        ws.append(["Mon", f"note {n}"])
    wb.save(path)
    return [str(name) for name in wb.sheetnames]


def test_sheets_arrive_one_by_one_in_workbook_order_over_several_frames(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    book = tmp_path / "many.xlsx"
    names = _many_sheets(book, 3 * _read_child.Stream.BATCH_SHEETS)
    frames: list[int] = []
    decode = reader._decode

    def counted(payload: bytes) -> dict[str, Any] | None:
        frames.append(len(payload))
        return decode(payload)

    monkeypatch.setattr(reader, "_decode", counted)
    seen: list[tuple[str, int]] = []
    sheets = read_workbook(book, each=lambda sheet: seen.append((sheet.sheet, len(frames))))
    assert [s.sheet for s in sheets] == [name for name, _ in seen] == names
    assert len(frames) == 1 + 3  # the first sheet alone, then 64 + 64 + 63 others
    assert seen[0] == ("Accounts", 1) and seen[-1][1] == 4  # sorted before the last frame came
    assert sheets[0].rows == [["Company", "MRR"], ["Acme", 10.0]]
    assert sheets[-1].rows == [["Day", "Note"], ["Mon", f"note {len(names) - 1}"]]
    assert all(s.sheet_names == tuple(names) for s in sheets)


def test_a_finished_stream_gives_every_sheet(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    book = _fake_child(tmp_path, monkeypatch, "send(head)\nsend({'ok': True, 'books': [['B', [['y']]]], "
                                              "'end': True})\n")
    assert [(s.sheet, s.rows) for s in read_workbook(book)] == [("A", [["x"]]), ("B", [["y"]])]


@pytest.mark.parametrize(("body", "code"), [
    ("send(head)\n", "crashed"),  # no last frame: the child died between sheets
    ("send(head)\nimport os\nos.abort()\n", "memory"),
    ("send(head)\nsend({'ok': False, 'code': 'memory', 'detail': ''})\n", "memory"),
    ("send(head)\nout.write(b'\\xff' * 8 + b'more')\n", "crashed"),  # a length no frame has
    ("send(head)\nout.write((100).to_bytes(8, 'little') + b'short')\n", "crashed"),
    ("send(head)\nsend({'ok': True, 'books': [['C', [['z']]]], 'end': True})\n", "crashed"),  # no sheet C
    ("send(head)\nsend({'ok': True, 'books': [['B', [['y'], []]]], 'end': True})\n", "crashed"),
    ("send({'ok': True, 'books': [], 'end': True})\n", "crashed"),  # no first sheet, no sheet list
    ("import pickle\nout.write(pickle.dumps(head))\n", "crashed"),  # one bare pickle: not a frame
])
def test_a_broken_stream_is_a_failure_not_a_shorter_workbook(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str, code: str
) -> None:
    book = _fake_child(tmp_path, monkeypatch, body)
    seen: list[str] = []
    with pytest.raises(ExcelError) as err:
        read_workbook(book, each=lambda sheet: seen.append(sheet.sheet))
    assert err.value.code == code
    assert seen in ([], ["A"])


def test_a_refused_class_in_a_later_frame_is_not_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    marker = tmp_path / "pwned"
    body = ("import os\n"
            "class Evil:\n"
            f"    def __reduce__(self): return (os.system, ('touch {marker}',))\n"
            "send(head)\nsend({'ok': True, 'books': [['B', [[Evil()]]]], 'end': True})\n")
    book = _fake_child(tmp_path, monkeypatch, body)
    with pytest.raises(ExcelError) as err:
        read_workbook(book)
    assert err.value.code == "crashed"
    assert not marker.exists()


def test_a_streaming_read_can_still_be_cancelled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    book = _fake_child(tmp_path, monkeypatch, "send(head)\nimport time\ntime.sleep(60)\n")
    seen: list[str] = []
    with pytest.raises(ExcelError) as err:
        read_workbook(book, each=lambda sheet: seen.append(sheet.sheet), cancelled=lambda: bool(seen))
    assert err.value.code == "cancelled"
    assert seen == ["A"]


def test_a_workbook_opened_from_memory_reads_as_from_its_path(tmp_path: Path) -> None:
    """The in-memory open tells the format itself; a file it cannot open goes to the path's open."""
    import python_calamine as pc

    book = tmp_path / "many.xlsx"
    _many_sheets(book, 3)
    from_memory = _read_child._open_in_memory(pc, str(book))
    from_path = pc.CalamineWorkbook.from_path(str(book))
    assert from_memory is not None
    assert from_memory.sheet_names == from_path.sheet_names
    assert [from_memory.get_sheet_by_name(n).to_python() for n in from_path.sheet_names] == [
        from_path.get_sheet_by_name(n).to_python() for n in from_path.sheet_names]
    damaged = tmp_path / "damaged.xlsx"
    damaged.write_bytes(book.read_bytes()[:2000])
    assert _read_child._open_in_memory(pc, str(damaged)) is None
