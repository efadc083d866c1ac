"""Issue 13, import side: items 3, 4, 9 and the import half of 10.

Each test failed on the code before the fix: huge integers ended the real import in an
OverflowError after a dry run that said "0 rejected"; a NaN or infinite MRR was stored;
anonymous responses of one day were "duplicates"; a valid row was a "duplicate of" a rejected
one; an .xlsx named .xls was "not a spreadsheet"; a folder, a FIFO or a loop of links was
"There is no file at ..."; 1900-system serials below 61 came out a day early.
"""

from __future__ import annotations

import os
import re
import sys
import zipfile
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from sqlite_utils import Database

from tracker.cli import main
from tracker.excel.errors import ExcelError
from tracker.excel.importer import apply_import
from tracker.excel.preview import PlannedRow, preview_sheet
from tracker.excel.reader import read_sheet
from tracker.excel.values import make_date_converter
from tracker.services.accounts import create_account
from tracker.validation import NAME_MAX, plain_email

TODAY = date(2026, 6, 15)
NAN_MARK, INF_MARK = 111_111.0, 222_222.0


def workbook(path: Path, title: str, rows: list[list[Any]]) -> Path:
    """An .xlsx of ``rows``; MRR cells NAN_MARK / INF_MARK become raw ``<v>NaN</v>`` / ``<v>inf</v>``
    (what a hostile or broken writer stores, and openpyxl will not write)."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = title
    for row in rows:
        ws.append(row)
    plain = path.with_name(path.name + ".plain.xlsx")
    wb.save(plain)
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(path, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename.startswith("xl/worksheets/"):
                data = data.replace(b"<v>111111</v>", b"<v>NaN</v>").replace(b"<v>222222</v>", b"<v>inf</v>")
            dst.writestr(item, data)
    plain.unlink()
    return path


BAD_NUMBERS: list[list[Any]] = [
    ["Account", "Employees", "MRR"],
    ["Big", 1e20, 100],          # row 2
    ["Text", "1e25", 100],       # row 3
    ["Huge", 1e300, 100],        # row 4
    ["Nan", 5, NAN_MARK],        # row 5
    ["Inf", 5, INF_MARK],        # row 6
    ["Fine", 5, 100],            # row 7
]


def _lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if re.match(r"\s+row \d+ ", line) or " to create, " in line]


def test_huge_numbers_and_a_nan_mrr_are_refused_per_row_alike_in_dry_run_and_import(
        db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Before: the dry run said "6 to create, 0 rejected" and the import ended in
    # "OverflowError: Python int too large to convert to SQLite INTEGER"; NaN and inf were stored.
    source = workbook(tmp_path / "bad.xlsx", "Accounts", BAD_NUMBERS)
    assert main(["import", "--db", str(db_path), str(source), "--dry-run"]) == 0
    dry = capsys.readouterr()
    assert main(["import", "--db", str(db_path), str(source)]) == 0
    real = capsys.readouterr()
    assert "Traceback" not in dry.err + real.err
    assert _lines(dry.out + dry.err) == _lines(real.out + real.err)
    said = dry.out + dry.err
    for row in (2, 3, 4):
        assert (f"row {row} kept without: Employees: The company size must be between 0 and 10,000,000."
                in said)
    for row in (5, 6):
        assert f"row {row} kept without: MRR: The MRR must be a finite number, not infinity or NaN." in said
    assert "Imported: 6 created" in real.out
    db = Database(db_path)
    try:
        stored = db.conn.execute("SELECT name, company_size, mrr FROM account ORDER BY name").fetchall()
    finally:
        db.conn.close()
    assert stored == [("Big", None, 100.0), ("Fine", 5, 100.0), ("Huge", None, 100.0), ("Inf", 5, 0.0),
                      ("Nan", 5, 0.0), ("Text", None, 100.0)]


def test_a_refused_required_value_rejects_the_row_in_the_preview_and_the_write_agrees(
        db: Database, tmp_path: Path) -> None:
    account = create_account(db, {"name": "Acme"}).value
    source = workbook(tmp_path / "fb.xlsx", "Feedback", [
        ["Account ID", "Survey", "Score", "Date", "Comment"],
        [account, "NPS", 1e20, "2026-06-01", "big"],            # row 2: score is required
        [account, "NPS", 9, "2026-06-01", "c" * 20_001],       # row 3: comment past its cap
        [account, "NPS", 9, "2026-06-02", "fine"],             # row 4
    ])
    preview = preview_sheet(db, read_sheet(source), today=TODAY)
    reasons = {r.row: r.reason() for r in preview.rejects}
    assert reasons[2] == "Score: The score must be between 0 and 10."
    assert [p.row for p in preview.creates] == [3, 4]
    assert {d.row: d.reason() for d in preview.dropped} == {
        3: "Comment: The comment is too long: 20,001 characters, at most 20,000."}
    result = apply_import(db, [preview], today=TODAY)
    assert result.created == {"feedback": 2}


def test_the_write_runs_the_previews_checks_and_names_the_row(db: Database, tmp_path: Path) -> None:
    # A preview changed after it was made (or built by other code) cannot slip a value past the checks.
    source = workbook(tmp_path / "a.xlsx", "Accounts", [["Account", "Employees"], ["Acme", 10]])
    preview = preview_sheet(db, read_sheet(source), today=TODAY)
    planned = preview.creates[0]
    preview.creates[0] = PlannedRow(planned.row, planned.label, {**planned.values, "company_size": 10**30})
    with pytest.raises(ExcelError) as caught:
        apply_import(db, [preview], today=TODAY)
    assert caught.value.message.startswith("Row 2 of 'Accounts' cannot be written (company_size: The company "
                                           "size must be between 0 and 10,000,000.)")
    assert db.conn.execute("SELECT count(*) FROM account").fetchone()[0] == 0


def test_length_caps_on_import_are_the_services_caps(db: Database, tmp_path: Path) -> None:
    # Before: a 200 MB name was accepted (and the export cut it to 32,767 characters).
    source = workbook(tmp_path / "long.xlsx", "Accounts", [
        ["Account", "Owner", "Notes"],
        ["n" * (NAME_MAX + 1), "Ann", "ok"],                 # row 2: a required field: rejected
        ["Fine", "o" * 101, "ok"],                           # row 3: optional: left out, said
        ["Also fine", "Bo", "x" * 20_000],                   # row 4: at the cap: kept
    ])
    preview = preview_sheet(db, read_sheet(source), today=TODAY)
    assert {r.row: r.reason() for r in preview.rejects} == {
        2: f"Account: The name is too long: {NAME_MAX + 1} characters, at most {NAME_MAX}."}
    assert {d.row: d.reason() for d in preview.dropped} == {
        3: "Owner: The owner is too long: 101 characters, at most 100."}
    apply_import(db, [preview], today=TODAY)
    assert db.conn.execute("SELECT name, owner, length(notes) FROM account ORDER BY name").fetchall() == [
        ("Also fine", "Bo", 20_000), ("Fine", "", 2)]


def test_control_characters_on_import_are_refused_as_in_the_services(db: Database, tmp_path: Path) -> None:
    source = tmp_path / "ctl.csv"
    source.write_text("Account,Notes\nCtl\x1b[2J,ok\nFine,line\tand\x07bell\n", encoding="utf-8")
    preview = preview_sheet(db, read_sheet(source), today=TODAY)
    assert {r.row: r.reason() for r in preview.rejects} == {
        2: "Account: The name contains a control character (such as a terminal escape or NUL); remove it."}
    assert {d.row: d.reason() for d in preview.dropped} == {
        3: "Notes: The notes contains a control character (such as a terminal escape or NUL); remove it."}


def test_odd_emails_on_import_are_the_services_odd_emails(db: Database, tmp_path: Path) -> None:
    account = create_account(db, {"name": "Acme"}).value
    source = workbook(tmp_path / "c.xlsx", "Contacts", [
        ["Account ID", "Contact", "E-mail"],
        [account, "Ann", "a@"], [account, "Bo", "a b@c d"], [account, "Cy", "cy@acme.com"],
        [account, "Di", "é@bücher.de"], [account, "Ed", "ed@acme.local"],
    ])
    preview = preview_sheet(db, read_sheet(source), today=TODAY)
    assert sorted(r.row for r in preview.rejects) == [2, 3, 6]
    assert [p.label for p in preview.creates] == ["Acme · Cy", "Acme · Di"]


@pytest.mark.parametrize("email", ["ada@acme.com", "a.b+c@x-y.example.org", "zed@zeta.test", "A_B@Q.IO"])
def test_the_fast_email_path_only_takes_what_the_full_check_takes(email: str) -> None:
    from email_validator import validate_email

    assert plain_email(email)
    validate_email(email, check_deliverability=False, test_environment=True)


@pytest.mark.parametrize("email", ["a@b", "a..b@c.io", "a@-x.io", "a@x.local", "a@xn--zz.io",
                                   "x" * 65 + "@a.io",
                                   "é@b.io", "a@b.c1"])
def test_the_fast_email_path_leaves_doubtful_addresses_to_the_full_check(email: str) -> None:
    assert not plain_email(email)


def test_anonymous_responses_of_one_day_are_all_kept_and_only_identical_rows_are_duplicates(
        db: Database, tmp_path: Path) -> None:
    # Before: rows 3 and 4 were "duplicate of row 2".
    account = create_account(db, {"name": "Acme"}).value
    source = workbook(tmp_path / "fb.xlsx", "Feedback", [
        ["Account ID", "Survey", "Score", "Date", "Comment"],
        [account, "CSAT", 5, "2026-06-01", "great"],    # row 2
        [account, "CSAT", 3, "2026-06-01", "meh"],      # row 3: another response
        [account, "CSAT", 5, "2026-06-01", "lovely"],   # row 4: another response
        [account, "CSAT", 5, "2026-06-01", "great"],    # row 5: the same as row 2
    ])
    preview = preview_sheet(db, read_sheet(source), today=TODAY)
    assert [p.row for p in preview.creates] == [2, 3, 4]
    assert {r.row: r.reason() for r in preview.rejects} == {5: "duplicate of row 2"}
    apply_import(db, [preview], today=TODAY)
    again = preview_sheet(db, read_sheet(source), today=TODAY)
    assert (len(again.creates), len(again.updates), again.unchanged) == (0, 0, 3)  # re-import: nothing new


def test_a_rejected_row_claims_no_key(db: Database, tmp_path: Path) -> None:
    # Before: row 3 was "duplicate of row 2" though row 2 was rejected, and "Nothing to import".
    account = create_account(db, {"name": "Acme"}).value
    source = workbook(tmp_path / "fb.xlsx", "Feedback", [
        ["Account ID", "Survey", "Score", "Date"],
        [account, "CSAT", 9, "2026-06-01"],   # row 2: a CSAT score is 1 to 5
        [account, "CSAT", 9, "2026-06-01"],   # row 3: the same, rejected alike (not as a duplicate)
        [account, "NPS", 9, "2026-06-01"],    # row 4
        [account, "NPS", 9, "2026-06-01"],    # row 5: a duplicate of a valid row
    ])
    preview = preview_sheet(db, read_sheet(source), today=TODAY)
    assert {r.row: r.reason() for r in preview.rejects} == {
        2: "Score: a CSAT score is 1 to 5", 3: "Score: a CSAT score is 1 to 5", 5: "duplicate of row 4"}
    accounts = workbook(tmp_path / "acc.xlsx", "Accounts", [
        ["Account", "CRM ID", "Status"],
        ["Beta", "B-1", "nonsense-status"],   # row 2: rejected? no: a bad status is dropped
        ["", "B-2", "live"],                  # row 3: no name: rejected
        ["Gamma", "B-2", "live"],             # row 4: not "duplicate of row 3"
    ])
    p_acc = preview_sheet(db, read_sheet(accounts), today=TODAY)
    assert [r.row for r in p_acc.rejects] == [3]
    assert [p.row for p in p_acc.creates] == [2, 4]


def test_an_xlsx_named_xls_or_csv_is_read_by_its_content(tmp_path: Path) -> None:
    # Before: "report.xls is not a spreadsheet (use .xlsx, ... .xls ...)".
    source = workbook(tmp_path / "real.xlsx", "Accounts", [["Account"], ["Acme"]])
    for name in ("report.xls", "export.csv", "no-suffix"):
        renamed = tmp_path / name
        renamed.write_bytes(source.read_bytes())
        sheet = read_sheet(renamed)
        assert sheet.rows == [["Account"], ["Acme"]] and sheet.path == renamed


def test_a_folder_given_as_a_file_is_called_a_folder(tmp_path: Path) -> None:
    folder = tmp_path / "book.xlsx"
    folder.mkdir()
    for path in (folder, tmp_path / "missing.xlsx"):
        with pytest.raises(ExcelError) as caught:
            read_sheet(path)
        assert caught.value.code == ("is_dir" if path == folder else "missing")
    with pytest.raises(ExcelError) as caught:
        read_sheet(folder)
    assert caught.value.message == f"{folder} is a folder, not a file; choose a spreadsheet file in it."
    csv_folder = tmp_path / "data.csv"
    csv_folder.mkdir()
    with pytest.raises(ExcelError) as caught:
        read_sheet(csv_folder)
    assert caught.value.code == "is_dir"


@pytest.mark.skipif(sys.platform == "win32", reason="no FIFOs on Windows")
def test_a_fifo_given_as_a_file_is_called_a_pipe_and_never_opened(tmp_path: Path) -> None:
    fifo = tmp_path / "book.xlsx"
    os.mkfifo(fifo)  # opening it to read would block forever
    with pytest.raises(ExcelError) as caught:
        read_sheet(fifo, timeout=5)
    assert caught.value.code == "fifo" and "pipe (FIFO)" in caught.value.message


def test_a_loop_of_links_is_called_a_loop(tmp_path: Path) -> None:
    first, second = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    try:
        first.symlink_to(second)
        second.symlink_to(first)
    except OSError:
        pytest.skip("this system does not let us make symbolic links")
    with pytest.raises(ExcelError) as caught:
        read_sheet(first)
    assert caught.value.code == "link_loop" and "loop of links" in caught.value.message


@pytest.mark.parametrize(("serial", "expected"), [
    (1, date(1900, 1, 1)), (2, date(1900, 1, 2)), (31, date(1900, 1, 31)), (59, date(1900, 2, 28)),
    (61, date(1900, 3, 1)), (45_000, date(2023, 3, 15)),
])
def test_1900_serials_below_61_come_out_right(serial: int, expected: date) -> None:
    # Before: 1..59 came out a day early (1 was 1899-12-31).
    convert = make_date_converter(False, None)
    assert convert(serial) == expected
    assert convert(float(serial)) == expected
    # The 1904 system has no such day.
    assert make_date_converter(True, None)(serial) == date(1904, 1, 1) + timedelta(days=serial)


def test_serial_60_the_day_that_never_was_is_refused(db: Database, tmp_path: Path) -> None:
    source = workbook(tmp_path / "s.xlsx", "Accounts", [["Account", "Signed"], ["Acme", 60], ["Beta", 59]])
    preview = preview_sheet(db, read_sheet(source), today=TODAY)
    assert {d.row: d.reason() for d in preview.dropped} == {
        2: "Signed: '60' is 29 February 1900, a day that does not exist"}
    assert [p.values.get("signed_date") for p in preview.creates] == [None, "1900-02-28"]


def test_true_in_a_numeric_column_is_not_one(db: Database, tmp_path: Path) -> None:
    account = create_account(db, {"name": "Acme"}).value
    source = workbook(tmp_path / "t.xlsx", "Accounts", [
        ["Account ID", "Account", "Employees", "MRR", "Tech proficiency"],
        [account, "Acme", True, True, True],
    ])
    preview = preview_sheet(db, read_sheet(source), today=TODAY)
    assert preview.updates == [] and preview.creates == []
    assert {d.row for d in preview.dropped} == {2}
    feedback = workbook(tmp_path / "f.xlsx", "Feedback", [
        ["Account ID", "Survey", "Score", "Date"], [account, "CSAT", True, "2026-06-01"]])
    p_fb = preview_sheet(db, read_sheet(feedback), today=TODAY)
    assert [r.row for r in p_fb.rejects] == [2] and not p_fb.creates


def test_the_fast_email_path_never_takes_what_the_full_check_refuses() -> None:
    # The import checks 100,000 addresses through the fast path: it must never be more lenient.
    import string

    from email_validator import EmailNotValidError, validate_email
    from hypothesis import given, settings
    from hypothesis import strategies as st

    near = st.text(alphabet=string.ascii_letters + string.digits + "._+-@", min_size=3, max_size=40)
    shaped = st.from_regex(r"[a-z0-9._+-]{1,70}@[a-z0-9.-]{1,20}\.(?:[a-z]{2,5}|local|onion|test|invalid)",
                           fullmatch=True)

    @settings(max_examples=3000, deadline=None, database=None)
    @given(st.one_of(near, shaped, st.emails()))
    def agrees(email: str) -> None:
        if plain_email(email):
            try:
                validate_email(email, check_deliverability=False, test_environment=True)
            except EmailNotValidError as exc:
                raise AssertionError(f"{email!r} passed the fast path: {exc}") from None

    agrees()
