"""Values at the edges, through the services and the importer: a clear refusal, or a value
every reader handles.

Hypothesis draws account, contact, task and feedback values from the places that broke
before (inf, NaN, 2**63, 10**30, 1e308, huge text, control characters, odd e-mails, far
dates, True and False) mixed with ordinary ones. Each write either raises one
ValidationError that names a field and stores nothing, or stores a value; after the run
every KPI, the account list, the report export and ``kpis --json`` read what was stored.
The same values as spreadsheet cells go through the import's preview and write: the write
never refuses what the preview accepted (a dry run's counts are the import's), and what it
stored is read by everything the same way.
"""

from __future__ import annotations

import json
import math
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from sqlite_utils import Database

from tracker.cli import main
from tracker.domain import ValidationError
from tracker.excel.errors import ExcelError
from tracker.excel.importer import apply_import
from tracker.excel.preview import preview_sheet
from tracker.excel.report import export_report
from tracker.excel.sheet_data import SheetData
from tracker.kpi.report import portfolio_kpis
from tracker.queries.portfolio import account_rows
from tracker.services.accounts import create_account
from tracker.services.records import CONTACTS, FEEDBACK
from tracker.services.tasks import add_task

TODAY = date(2026, 6, 15)

EDGE_NUMBERS: list[Any] = [
    math.inf, -math.inf, math.nan, 2**63, 2**63 - 1, -(2**63) - 1, 10**30, 1e308, 1e309, -1, 0, 1, 5, 11,
    True, False, 0.5, 3.0, 1e12, 1e12 + 1, 10_000_000, 10_000_001, 1_000_000, 1_000_001, "7", None,
]
numbers = st.sampled_from(EDGE_NUMBERS) | st.integers() | st.floats(allow_nan=True, allow_infinity=True)
EDGE_TEXT = ["", "  ", "\x00", "\x00\x00\x00", "Acme\x1b[31m", "Acme\x1b]0;pwned\x07", "x" * 201,
             "y" * 501, "z" * 20_001, "Acme Ltd", "=HYPERLINK(\"x\")", "\ud800", "Ünïcødé 名前", "\u200b",
             "line\nbreak", "tab\there", "\x7f", "\x9b31m"]
texts = st.sampled_from(EDGE_TEXT) | st.text(max_size=40)
EDGE_EMAILS = ["a@", "a b@c d", "@", "ok@example.com\n", "ok@example.com", "x@y.test", "é@bücher.de",
               "a" * 250 + "@x.io", "a@b", "a@@b.io", "<a@b.io>", "a@b.io\x00", ""]
emails = st.sampled_from(EDGE_EMAILS) | st.emails() | st.text(max_size=30)
EDGE_DATES: list[Any] = ["2026-06-15garbage", "0001-01-01", "9999-12-31", "1899-12-31", "1900-01-01",
                         "2200-12-31", "2201-01-01", "2026-02-30", "20260615", "2026-W24-1", " 2026-06-15 ",
                         "15/06/2026", date(1, 1, 1), date(9999, 12, 31), datetime(2026, 6, 1, 12, 30),
                         "2026-06-15", 20260615, None, ""]
dates = st.sampled_from(EDGE_DATES) | st.dates() | st.text(max_size=12)


def optional(**fields: st.SearchStrategy[Any]) -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries({}, optional=fields)


writes = st.one_of(
    st.tuples(st.just("account"), st.fixed_dictionaries(
        {"name": texts}, optional={"company_size": numbers, "mrr": numbers, "tech_proficiency": numbers,
                                   "signed_date": dates, "first_value_date": dates, "notes": texts,
                                   "owner": texts, "external_id": texts})),
    st.tuples(st.just("contact"), st.fixed_dictionaries(
        {"name": texts}, optional={"email": emails, "invited_date": dates, "activated_date": dates})),
    st.tuples(st.just("task"), st.fixed_dictionaries(
        {"title": texts}, optional={"position": numbers, "due_date": dates, "notes": texts,
                                    "status": st.sampled_from(["todo", "done", "blocked", "gone", 1])})),
    st.tuples(st.just("feedback"), st.fixed_dictionaries(
        {"kind": st.sampled_from(["csat", "nps", "ces"]), "score": numbers, "date": dates},
        optional={"comment": texts})),
)

TABLES = {"account": "account", "contact": "contact", "task": "task", "feedback": "feedback"}


def _count(db: Database, table: str) -> int:
    return int(db.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def _write(db: Database, account: int, entity: str, values: dict[str, Any]) -> None:
    if entity == "account":
        create_account(db, values, today=TODAY)
    elif entity == "contact":
        CONTACTS.create(db, {"account_id": account, **values})
    elif entity == "task":
        add_task(db, account, values)
    else:
        FEEDBACK.create(db, {"account_id": account, **values})


def _strict_json(text: str) -> Any:
    def refuse(constant: str) -> None:
        raise AssertionError(f"not JSON: {constant}")

    return json.loads(text, parse_constant=refuse)


def test_edge_values_are_refused_clearly_or_read_by_everything(
        db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    account = create_account(db, {"name": "Anchor", "signed_date": "2026-01-05", "mrr": 900},
                             today=TODAY).value
    outcomes = {"stored": 0, "refused": 0}

    @settings(max_examples=250, deadline=None, database=None,
              suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                     HealthCheck.data_too_large])
    @given(writes)
    def one_write(write: tuple[str, dict[str, Any]]) -> None:
        entity, values = write
        table = TABLES[entity]
        before = _count(db, table)
        try:
            _write(db, account, entity, values)
        except ValidationError as exc:
            outcomes["refused"] += 1
            assert exc.field, f"{entity} {values!r}: no field in {exc.message!r}"
            assert exc.code and exc.code != "invalid", exc.message
            assert exc.message and "\n" not in exc.message and len(exc.message) < 400, exc.message
            assert _count(db, table) == before, "a refused write stored something"
        else:
            outcomes["stored"] += 1
            assert _count(db, table) == before + 1

    one_write()
    assert outcomes["stored"] and outcomes["refused"], outcomes

    _everything_reads(db, db_path, tmp_path, capsys)


def _everything_reads(db: Database, db_path: Path, tmp_path: Path,
                      capsys: pytest.CaptureFixture[str]) -> None:
    # What was stored is sane at the storage level ...
    for (mrr, size, tech) in db.conn.execute("SELECT mrr, company_size, tech_proficiency FROM account"):
        assert isinstance(mrr, float | int) and math.isfinite(mrr) and 0 <= mrr <= 1e12
        assert size is None or 0 <= size <= 10_000_000
        assert tech is None or 1 <= tech <= 5
    for (position,) in db.conn.execute("SELECT position FROM task"):
        assert 0 <= position <= 1_000_001
    dated = db.conn.execute("SELECT signed_date FROM account UNION ALL SELECT due_date FROM task"
                            " UNION ALL SELECT date FROM feedback").fetchall()
    for (text,) in dated:
        assert text is None or (len(text) == 10 and "1900" <= text[:4] <= "2200"), text

    # ... and every reader handles it.
    kpis = portfolio_kpis(db, TODAY)
    for kpi in kpis:
        assert kpi.value is None or math.isfinite(kpi.value), kpi
        assert kpi.detail is not None
    rows = account_rows(db, TODAY)
    assert len(rows) == _count(db, "account")
    assert all(r.mrr is None or math.isfinite(r.mrr) for r in rows)
    target = tmp_path / "edge.xlsx"
    export_report(db, target, as_of=TODAY)
    wb = load_workbook(target, read_only=True)
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            for value in row:
                assert not (isinstance(value, float) and not math.isfinite(value))
    wb.close()
    capsys.readouterr()
    assert main(["kpis", "--db", str(db_path), "--as-of", TODAY.isoformat(), "--json"]) == 0
    printed = capsys.readouterr().out
    assert len(_strict_json(printed)["kpis"]) == len(kpis)
    assert "\x1b" not in printed


# --- The same values as spreadsheet cells, through the import's preview and write -------------

CELL_NUMBERS: list[Any] = [*EDGE_NUMBERS, "1e25", "1E+300", "nan", "inf", "-0", "1,5", "2.400", 60, 59,
                           2_958_466, -1.5, "TRUE"]
cell_numbers = st.sampled_from(CELL_NUMBERS) | st.integers() | \
    st.floats(allow_nan=True, allow_infinity=True)
cell_texts = texts | st.sampled_from(["x" * 100_000, "\x1b[2J" * 10, "a\x00b", 5, 1.5, True, None])
cell_dates = dates | st.sampled_from([0, 1, 59, 60, 61, 2_958_465, 2_958_466, -5, 1e300, "31/12/9999",
                                      "29/02/1900", True])
SHEETS: dict[str, tuple[list[str], list[st.SearchStrategy[Any]]]] = {
    "accounts": (["Account", "Employees", "MRR", "Tech proficiency", "Signed", "First value", "Notes",
                  "Owner", "CRM ID"],
                 [cell_texts, cell_numbers, cell_numbers, cell_numbers, cell_dates, cell_dates, cell_texts,
                  cell_texts, cell_texts]),
    "contacts": (["Account ID", "Contact", "E-mail", "Invited", "Activated"],
                 [st.just(0), cell_texts, emails | cell_texts, cell_dates, cell_dates]),
    "tasks": (["Account ID", "Task", "Due", "Status", "Notes"],
              [st.just(0), cell_texts, cell_dates, st.sampled_from(["todo", "done", "gone", 1, True, None]),
               cell_texts]),
    "feedback": (["Account ID", "Survey", "Score", "Date", "Comment"],
                 [st.just(0), st.sampled_from(["CSAT", "NPS", "CES", None]), cell_numbers, cell_dates,
                  cell_texts]),
}
sheets = st.sampled_from(sorted(SHEETS)).flatmap(
    lambda kind: st.tuples(st.just(kind), st.lists(st.tuples(*SHEETS[kind][1]), min_size=1, max_size=4)))
ENTITY_TABLES = {"accounts": "account", "contacts": "contact", "tasks": "task", "feedback": "feedback"}


def test_edge_values_through_the_importer_are_refused_per_row_or_read_by_everything(
        db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    account = create_account(db, {"name": "Anchor", "signed_date": "2026-01-05", "mrr": 900},
                             today=TODAY).value
    outcomes = {"stored": 0, "refused": 0, "sheet refused": 0}

    @settings(max_examples=150, deadline=None, database=None,
              suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                     HealthCheck.data_too_large])
    @given(sheets)
    def one_import(drawn: tuple[str, list[tuple[Any, ...]]]) -> None:
        kind, cells = drawn
        headers = SHEETS[kind][0]
        rows = [list(headers)] + [[account if h == "Account ID" else v
                                   for h, v in zip(headers, row, strict=True)] for row in cells]
        sheet = SheetData(tmp_path / "edge.xlsx", (kind,), kind, rows, False, "calamine")
        table = ENTITY_TABLES[kind]
        before = _count(db, table)
        try:
            preview = preview_sheet(db, sheet, kind=kind, today=TODAY)
        except ExcelError as exc:  # e.g. a sheet with nothing in it: one sentence, nothing written
            assert exc.message and "\n" not in exc.message
            outcomes["sheet refused"] += 1
            assert _count(db, table) == before
            return
        for rejected in preview.rejects:
            assert rejected.row >= 2 and rejected.reason(), rejected
        # The write runs the preview's own checks: what the dry run accepted, it writes.
        result = apply_import(db, [preview], today=TODAY)
        assert result.created.get(kind, 0) == len(preview.creates)
        assert result.updated.get(kind, 0) == len(preview.updates)
        assert _count(db, table) == before + len(preview.creates)
        outcomes["stored"] += preview.accepted
        outcomes["refused"] += len(preview.rejects)

    one_import()
    assert outcomes["stored"] and outcomes["refused"], outcomes
    _everything_reads(db, db_path, tmp_path, capsys)
