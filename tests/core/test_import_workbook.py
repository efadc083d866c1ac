"""Whole workbooks read by one child and imported in one transaction; CSV exports sniffed."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import Database

from tests.multi_workbooks import euro_csv, onboarding_workbook
from tracker.excel import reader
from tracker.excel.csv_reader import decode, read_csv, sniff_delimiter
from tracker.excel.errors import ExcelError, ImportCancelled
from tracker.excel.importer import apply_import, undo_import
from tracker.excel.preview import preview_workbook

TODAY = date(2026, 6, 15)


def _count_children(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    started: list[list[str]] = []
    real = subprocess.Popen

    def spy(args: list[str], *a: Any, **kw: Any) -> Any:
        started.append(list(args))
        return real(args, *a, **kw)

    monkeypatch.setattr(subprocess, "Popen", spy)  # the reader calls subprocess.Popen
    return started


def test_one_child_reads_every_sheet(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = onboarding_workbook(tmp_path / "onboarding.xlsx")
    started = _count_children(monkeypatch)
    sheets = reader.read_workbook(path)
    assert len(started) == 1 and started[0][-1] == "all"
    assert [s.sheet for s in sheets] == ["Instructions", "Accounts", "Contacts", "Tasks", "Feedback", "Notes"]
    accounts = sheets[1]
    assert accounts.rows[1][:2] == ["Harbour Freight Ltd", "HF-001"]
    assert accounts.sheet_names == tuple(s.sheet for s in sheets)
    assert sheets[0].sheet_names is sheets[5].sheet_names  # one tuple, not a copy per sheet


def test_whole_workbook_previews_in_one_read_and_imports_and_undoes_in_one_step(
        db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = onboarding_workbook(tmp_path / "onboarding.xlsx")
    before = {t: db.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("account", "contact", "task", "feedback", "journey")}
    started = _count_children(monkeypatch)
    previews, skipped = preview_workbook(db, path, today=TODAY)
    assert len(started) == 1
    assert [p.kind for p in previews] == ["accounts", "contacts", "tasks", "feedback"]
    assert [len(p.creates) for p in previews] == [3, 4, 2, 1]
    assert not any(p.rejects for p in previews), [r.reason() for p in previews for r in p.rejects]
    assert skipped == ["Sheet 'Instructions' was skipped: its columns match nothing to import.",
                       "Sheet 'Notes' was skipped: its columns match nothing to import."]
    result = apply_import(db, previews, today=TODAY, playbooks="none")
    assert result.created == {"accounts": 3, "contacts": 4, "tasks": 2, "feedback": 1}
    owner = db.conn.execute("SELECT a.name FROM contact c JOIN account a ON a.id = c.account_id"
                            " WHERE c.email = 'priya@lumen.example'").fetchone()[0]
    assert owner == "Lumen Clinics", "contacts point at the accounts the same import created"
    undo_import(db, result.undo)
    after = {t: db.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in before}
    assert after == before


def test_a_failure_in_a_later_sheet_writes_nothing(db: Database, tmp_path: Path) -> None:
    previews, _ = preview_workbook(db, onboarding_workbook(tmp_path / "onboarding.xlsx"), today=TODAY)
    accounts = db.conn.execute("SELECT count(*) FROM account").fetchone()[0]
    calls = {"n": 0}

    def cancel_in_the_tasks() -> bool:
        calls["n"] += 1
        return calls["n"] > 3  # accounts and contacts went in; stop during the tasks
    with pytest.raises(ImportCancelled):
        apply_import(db, previews, today=TODAY, cancelled=cancel_in_the_tasks)
    assert db.conn.execute("SELECT count(*) FROM account").fetchone()[0] == accounts


@pytest.mark.parametrize("bom", [False, True], ids=["cp1252", "utf8-bom"])
def test_european_csv(db: Database, tmp_path: Path, bom: bool) -> None:
    path = euro_csv(tmp_path / "export.csv", bom=bom)
    previews, _ = preview_workbook(db, path, today=TODAY)
    (preview,) = previews
    assert preview.kind == "accounts" and preview.sheet == "export"
    got = [(p.values["name"], p.values["mrr"], p.values["signed_date"]) for p in preview.creates]
    assert got == [("Müller Logistik GmbH", 1234.56, "2026-05-15"),
                   ("Société Générale Café", 2400.0, "2026-06-02"),
                   ("Ørsted Wind ÅS", 980.5, "2026-04-20")]
    assert apply_import(db, previews, today=TODAY).created == {"accounts": 3}


def test_encoding_and_delimiter_sniffing() -> None:
    assert decode("Ärger".encode("cp1252")) == ("Ärger", "cp1252")
    assert decode("\ufeffÄrger".encode()) == ("Ärger", "utf-8-sig")
    assert decode("Ärger".encode()) == ("Ärger", "utf-8")
    assert decode("Ä;b".encode("utf-16")) == ("Ä;b", "utf-16")
    assert sniff_delimiter("Company;MRR\nAcme;1,5\nGlobex;2,5\n") == ";"
    assert sniff_delimiter("Company,MRR\nAcme,\"1,500\"\nGlobex,20\n") == ","
    assert sniff_delimiter("Company\tMRR\nAcme\t15\n") == "\t"
    assert sniff_delimiter("Company\nAcme\n") == ","


def test_csv_refusals(tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"\r\n")
    with pytest.raises(ExcelError) as caught:
        read_csv(empty)
    assert caught.value.code == "empty_file"
    binary = tmp_path / "photo.csv"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(ExcelError) as caught:
        read_csv(binary)
    assert caught.value.code == "not_spreadsheet"
    big = tmp_path / "big.csv"
    big.write_bytes(b"a,b\n" * 300_000)
    with pytest.raises(ExcelError) as caught:
        read_csv(big, max_mb=1)
    assert caught.value.code == "too_large"
    huge_field = tmp_path / "field.csv"
    huge_field.write_text('a,b\n"' + "x" * (2 << 20) + '",1\n')
    with pytest.raises(ExcelError) as caught:
        read_csv(huge_field)
    assert caught.value.code == "corrupt"
