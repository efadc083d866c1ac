"""Issue 13, services side: one fault test per item fixed (bad numbers, text, e-mails, dates,
the CLI's output, dates, demo and export target). Each failed on the code before the fix."""

from __future__ import annotations

import json
import math
import shutil
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlite_utils import Database

from tracker.cli import main
from tracker.domain import ValidationError
from tracker.excel.report import export_report
from tracker.kpi.report import portfolio_kpis
from tracker.kpi.values import round_half_away
from tracker.queries.portfolio import account_rows
from tracker.services.accounts import create_account, update_account
from tracker.services.records import CONTACTS, FEEDBACK
from tracker.services.tasks import add_task, update_task
from tracker.storage.errors import StoreError

TODAY_TEXT = "2026-06-15"


@pytest.fixture
def demo_file(demo_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "demo.db"
    shutil.copy(demo_template, target)
    return target


def _behind_the_back(path: Path, sql: str) -> None:
    """Write as an older version (or another tool) could have: no services, no checks."""
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(sql)
    conn.close()


def _strict_json(text: str) -> Any:
    def refuse(constant: str) -> None:
        raise AssertionError(f"not JSON: {constant}")

    return json.loads(text, parse_constant=refuse)


@pytest.mark.parametrize("stored", ["9e999", "1e308"])
def test_a_stored_inf_or_huge_mrr_breaks_no_kpi_json_or_report(
        demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], stored: str) -> None:
    # Before: decimal.InvalidOperation in round_half_away; JSON with Infinity/NaN.
    _behind_the_back(demo_file, f"UPDATE account SET mrr = {stored} WHERE id = (SELECT min(id) FROM account)")
    assert main(["kpis", "--db", str(demo_file), "--as-of", TODAY_TEXT]) == 0
    assert main(["kpis", "--db", str(demo_file), "--as-of", TODAY_TEXT, "--json"]) == 0
    out = capsys.readouterr().out
    document = _strict_json(out[out.index("{"):])
    grr = next(k for k in document["kpis"] if k["key"] == "grr")
    assert grr["value"] is None or 0 <= grr["value"] < 1000

    db = Database(sqlite3.connect(demo_file))
    try:
        kpis = portfolio_kpis(db, date(2026, 6, 15))
        assert all(k.value is None or math.isfinite(k.value) for k in kpis)
        rows = {r.id: r for r in account_rows(db, date(2026, 6, 15))}
        first = min(rows)
        assert rows[first].mrr is None  # no data, not Inf
        target = tmp_path / "r.xlsx"
        export_report(db, target, as_of=date(2026, 6, 15))
    finally:
        db.conn.close()
    wb = load_workbook(target, read_only=True)
    accounts = list(wb["Accounts"].iter_rows(values_only=True))
    header = accounts[0]
    mrr_col = header.index("MRR")
    id_col = header.index("Account ID")
    mine = next(r for r in accounts[1:] if r[id_col] == first)
    assert mine[mrr_col] == "n/a"  # said, not an empty numeric cell
    summary = list(wb["Summary"].iter_rows(values_only=True))
    for row in summary:
        assert not any(isinstance(v, float) and not math.isfinite(v) for v in row)
    wb.close()


def test_round_half_away_survives_non_finite_values() -> None:
    assert math.isinf(round_half_away(math.inf, 1))
    assert math.isnan(round_half_away(math.nan, 0))


@pytest.mark.parametrize(("field", "value"), [
    ("company_size", 10**30), ("company_size", 2**63), ("company_size", -(2**63) - 1),
    ("company_size", True), ("mrr", 1e308), ("mrr", 1e13), ("mrr", True),
    ("tech_proficiency", True), ("name", "x" * 1_000_000), ("name", "\x00\x00\x00"),
    ("name", "Acme\x1b[2J"), ("notes", "n" * 20_001), ("signed_date", "2026-06-15garbage"),
    ("signed_date", "0001-01-01"), ("signed_date", "9999-12-31"), ("signed_date", "20260615"),
])
def test_bad_account_values_get_one_clear_refusal(db: Database, field: str, value: Any) -> None:
    # Before: OverflowError (10**30), or silently stored (1e308, True, huge or NUL names, dates).
    with pytest.raises(ValidationError) as caught:
        create_account(db, {"name": "A", field: value} if field != "name" else {"name": value})
    assert caught.value.field == field and caught.value.code != "invalid"
    assert "\n" not in caught.value.message and len(caught.value.message) < 300
    assert db.conn.execute("SELECT count(*) FROM account").fetchone()[0] == 0


def test_a_huge_value_in_an_update_changes_nothing(db: Database) -> None:
    account = create_account(db, {"name": "A", "company_size": 10}).value
    with pytest.raises(ValidationError) as caught:
        update_account(db, account, {"company_size": 10**30, "name": "B"})
    assert caught.value.field == "company_size"
    assert db.conn.execute("SELECT name, company_size FROM account").fetchone() == ("A", 10)


@pytest.mark.parametrize("position", [10**30, 2**63, 1_000_001, -1, True, 1.5, math.inf])
def test_task_positions_out_of_range_are_refused(db: Database, position: Any) -> None:
    account = create_account(db, {"name": "A"}).value
    with pytest.raises(ValidationError) as caught:
        add_task(db, account, {"title": "T", "position": position})
    assert caught.value.field == "position"
    task = add_task(db, account, {"title": "T"}).value
    with pytest.raises(ValidationError):
        update_task(db, task, {"position": position})


@pytest.mark.parametrize("email", ["a@", "a b@c d", "@", "ada\n@acme.com", "ada@acme.com\nBcc: x@y.io",
                                   "a" * 250 + "@x.io", "a@b"])
def test_odd_emails_are_refused(db: Database, email: str) -> None:
    account = create_account(db, {"name": "A"}).value
    with pytest.raises(ValidationError) as caught:
        CONTACTS.create(db, {"account_id": account, "name": "Ada", "email": email})
    assert caught.value.field == "email"
    assert "\n" not in caught.value.message


@pytest.mark.parametrize("email", ["ada@acme.com", "é@bücher.de", "zed@zeta.test", ""])
def test_good_emails_are_kept(db: Database, email: str) -> None:
    account = create_account(db, {"name": "A"}).value
    CONTACTS.create(db, {"account_id": account, "name": "Ada", "email": email})
    assert db.conn.execute("SELECT email FROM contact").fetchone()[0] == email


@pytest.mark.parametrize("score", [True, False, math.nan, 10**30, 5.5])
def test_feedback_scores_are_numbers_not_booleans(db: Database, score: Any) -> None:
    account = create_account(db, {"name": "A"}).value
    with pytest.raises(ValidationError) as caught:
        FEEDBACK.create(db, {"account_id": account, "kind": "nps", "score": score, "date": TODAY_TEXT})
    assert caught.value.field == "score"


def test_printable_escapes_terminal_controls() -> None:
    from tracker.cli import printable

    assert printable("a\x1b[31mb\x00c\rd\u202ee\tf\ng") == "a\\x1b[31mb\\x00c\\x0dd\\u202ee\tf\ng"


def test_the_cli_never_echoes_an_escape_sequence(demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Before: the segment name given came back raw in the error line.
    assert main(["kpis", "--db", str(demo_file), "--segment", "\x1b]0;pwned\x07\x1b[2J"]) == 1
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\x07" not in err and "\\x1b" in err


def test_as_of_year_one_gets_a_sentence(demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Before: "error: ordinal must be >= 1".
    with pytest.raises(SystemExit) as exited:
        main(["kpis", "--db", str(demo_file), "--as-of", "0001-01-01"])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert "ordinal" not in err and "between the years 1900 and 2200" in err


def test_a_failed_demo_leaves_no_file_and_does_not_claim_it_was_kept(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import tracker.cli.core_commands as core

    target = tmp_path / "new.db"

    def failing_open(path: Path, **_: Any) -> Database:
        # As a migration that fails on a full disk: the file exists, empty, and the store says
        # it "was left as it was".
        sqlite3.connect(path).close()
        cause = sqlite3.OperationalError("database or disk is full")
        raise StoreError(f"Upgrading {path} to schema 1 failed: {cause}. The file was left as it was.",
                         path) from cause

    monkeypatch.setattr(core, "open_workspace", failing_open)
    assert main(["demo", "--db", str(target)]) == 1
    err = capsys.readouterr().err
    assert not target.exists()
    assert "left as it was" not in err and "no file was left" in err


@pytest.mark.parametrize("name", ["r.csv", "report", "r.xls"])
def test_export_refuses_a_target_that_is_not_xlsx(demo_file: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str], name: str) -> None:
    # Before: xlsx bytes written to r.csv.
    target = tmp_path / name
    assert main(["export", "--db", str(demo_file), str(target)]) == 1
    assert not target.exists()
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and ".xlsx" in err
