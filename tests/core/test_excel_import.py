"""Import preview and apply: header matching, cell conversion, per-column rejects, one transaction."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from sqlite_utils import Database

from tracker.excel import importer
from tracker.excel.errors import ExcelError, ImportCancelled
from tracker.excel.importer import apply_import
from tracker.excel.mapping import detect_mapping
from tracker.excel.preview import preview_sheet, preview_workbook
from tracker.excel.reader import SheetData
from tracker.excel.values import CellError, choose_text_format, make_date_converter, to_number

TODAY = date(2026, 6, 15)


def sheet(rows: list[Any], name: str = "Sheet1", date1904: bool = False) -> SheetData:
    return SheetData(Path("test.xlsx"), (name,), name, rows, date1904, "test")


def counts(db: Database) -> dict[str, int]:
    return {
        t: db.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("account", "contact", "task", "milestone", "feedback", "stage_history")
    }


def test_headers_match_across_case_spacing_and_synonyms() -> None:
    mapping = detect_mapping(
        [["Company ", "CRM-ID", "go live", "Monthly Recurring Revenue", "Owner", "Unrelated", None]], "Sheet1"
    )
    assert mapping is not None and mapping.kind == "accounts"
    assert mapping.fields[:6] == ["name", "external_id", "target_golive_date", "mrr", "owner", None]
    assert mapping.ignored_headers() == ["Unrelated"]


def test_title_rows_above_the_header_are_skipped() -> None:
    rows = [
        ["Portfolio export June"],
        [],
        ["Account", "E-mail", "Contact", "Role"],
        ["Acme", "a@x.io", "Ann", "Admin"],
    ]
    mapping = detect_mapping(rows, "People")
    assert mapping is not None and (mapping.kind, mapping.header_row) == ("contacts", 2)


def test_mapping_correction_frees_the_old_column() -> None:
    mapping = detect_mapping([["Company", "Region"]], "x")
    assert mapping is not None
    mapping.set_field(1, "name")
    assert mapping.fields == [None, "name"]


def test_dates_in_every_form_a_sheet_holds() -> None:
    convert = make_date_converter(False, None)
    assert convert(45000) == date(2023, 3, 15)  # Excel serial, 1900 system
    assert convert(45000.0) == date(2023, 3, 15)
    assert convert("45000") == date(2023, 3, 15)  # serial stored as text
    assert make_date_converter(True, None)(45000) == date(2027, 3, 16)  # 1904 system
    assert convert("2026-06-15") == date(2026, 6, 15)
    assert convert("2026-06-15 09:30:00") == date(2026, 6, 15)
    assert convert(None) is None and convert("  ") is None
    with pytest.raises(CellError, match="'soon' is not a date"):
        convert("soon")
    column = ["03/04/2026", "25/04/2026", None]
    fmt = choose_text_format(column)
    assert make_date_converter(False, fmt)("03/04/2026") == date(2026, 4, 3)  # day first: 25 > 12
    us = choose_text_format(["04/25/2026", "12/31/2025"])
    assert make_date_converter(False, us)("04/25/2026") == date(2026, 4, 25)
    words = choose_text_format(["Dec 5, 2025"])
    assert make_date_converter(False, words)("Dec 5, 2025") == date(2025, 12, 5)


def test_numbers_stored_as_text() -> None:
    assert to_number("1,200") == 1200.0
    assert to_number("$ 1,250.50") == 1250.5
    assert to_number(" 7 ") == 7.0
    with pytest.raises(CellError):
        to_number("lots")


def test_preview_creates_updates_and_rejects_with_row_and_column(db: Database) -> None:
    db.conn.execute("INSERT INTO account (name, external_id, stage) VALUES ('Existing Co', 'C-1', 'Embark')")
    rows = [
        ["Company", "CRM ID", "Stage", "Go live", "MRR", None],
        ["Existing Co", "C-1", "Kick-off", "2026-07-01", "1,200", None],  # row 2: update
        ["New Co", "C-2", "Adopt", 46204, 300, None],  # row 3: create (serial date)
        [None, None, None, None, None, None],  # row 4: empty, skipped
        ["Bad Date Co", "C-3", "Embark", "someday", 10, None],  # row 5: bad date
        ["Odd Stage Co", "C-4", "Launch", None, 10, None],  # row 6: unknown stage
        ["New Co again", "C-2", "Embark", None, 10, None],  # row 7: duplicate key
        [None, "C-5", "Embark", None, 10, None],  # row 8: missing name
        ["Negative Co", "C-6", "Embark", None, -5, None],  # row 9: negative MRR
    ]
    preview = preview_sheet(db, sheet(rows), today=TODAY)
    assert preview.kind == "accounts"
    # A bad optional value (date, stage, MRR) drops that value with a warning, not the row (issue 15).
    assert [(p.row, p.label) for p in preview.creates] == [
        (3, "New Co"), (5, "Bad Date Co"), (6, "Odd Stage Co"), (9, "Negative Co")]
    assert preview.creates[0].values["target_golive_date"] == "2026-07-01"
    assert "target_golive_date" not in preview.creates[1].values
    assert "stage" not in preview.creates[2].values and "mrr" not in preview.creates[3].values
    (update,) = preview.updates
    assert update.row == 2
    assert update.changes == {
        "stage": ("Embark", "Kickoff"),
        "target_golive_date": (None, "2026-07-01"),
        "mrr": (0.0, 1200.0),
    }
    rejects = {r.row: r.reason() for r in preview.rejects}
    assert rejects == {
        7: "Company: duplicate of row 3",
        8: "Company: missing name",
    }
    assert {r.row: r.reason() for r in preview.dropped} == {
        5: "Go live: 'someday' is not a date",
        6: "Stage: unknown stage 'Launch'",
        9: "MRR: The MRR must be between 0 and 1,000,000,000,000.",
    }
    assert counts(db)["account"] == 1  # preview writes nothing


def test_apply_writes_everything_in_one_go(db: Database) -> None:
    db.conn.execute(
        "INSERT INTO account (name, external_id, stage, mrr) VALUES ('Existing Co', 'C-1', 'Embark', 5)"
    )
    db.conn.execute(
        "INSERT INTO stage_history (account_id, stage, entered_date) VALUES (1, 'Embark', '2026-01-01')"
    )
    db.conn.commit()
    rows = [
        ["Company", "CRM ID", "Stage", "Signed"],
        ["Existing Co", "C-1", "Adopt", None],
        ["Fresh Co", "C-9", "Kickoff", date(2026, 6, 1)],
    ]
    preview = preview_sheet(db, sheet(rows), today=TODAY)
    result = apply_import(db, [preview], today=TODAY)
    assert result.created == {"accounts": 1} and result.updated == {"accounts": 1}
    assert db.conn.execute(
        "SELECT name, stage, signed_date, status, mrr FROM account ORDER BY id"
    ).fetchall() == [
        ("Existing Co", "Adopt", None, "onboarding", 5.0),
        ("Fresh Co", "Kickoff", "2026-06-01", "onboarding", 0.0),
    ]
    history = db.conn.execute(
        "SELECT account_id, stage, entered_date, left_date FROM stage_history ORDER BY id"
    ).fetchall()
    assert history == [
        (1, "Embark", "2026-01-01", "2026-06-15"),
        (2, "Kickoff", "2026-06-01", None),
        (1, "Adopt", "2026-06-15", None),
    ]
    again = preview_sheet(db, sheet(rows), today=TODAY)
    assert (len(again.creates), len(again.updates), again.unchanged) == (0, 0, 2)


def test_contacts_match_by_email_within_account_and_may_refer_to_new_accounts(db: Database) -> None:
    db.conn.execute("INSERT INTO account (name) VALUES ('Acme')")
    db.conn.execute(
        "INSERT INTO contact (account_id, name, email, role) VALUES (1, 'Ann', 'ann@acme.io', 'end_user')"
    )
    db.conn.commit()
    accounts = sheet([["Account", "Plan"], ["Beta Ltd", "Growth"]], "Accounts")
    contacts = sheet(
        [
            ["Company", "Name", "Email", "Role", "Invited"],
            ["Acme", "Ann Lee", "ANN@acme.io", "Administrator", "2026-05-01"],
            ["Beta Ltd", "Bo", "bo@beta.io", "Dev", None],
            ["Nowhere Inc", "Cy", "cy@x.io", None, None],
            ["Acme", "Dee", "not-an-email", None, None],
        ],
        "Contacts",
    )
    from tracker.excel.lookups import Lookups
    from tracker.excel.preview import build_preview

    lookups = Lookups(db)
    acc_map = detect_mapping(accounts.rows, "Accounts")
    con_map = detect_mapping(contacts.rows, "Contacts")
    assert acc_map is not None and con_map is not None
    p_acc = build_preview(db, accounts, acc_map, today=TODAY, lookups=lookups)
    p_con = build_preview(db, contacts, con_map, today=TODAY, lookups=lookups)
    assert [u.changes for u in p_con.updates] == [
        {"name": ("Ann", "Ann Lee"), "role": ("end_user", "admin"), "invited_date": (None, "2026-05-01")}
    ]
    assert [(c.label, c.account_id) for c in p_con.creates] == [("Beta Ltd · Bo", -2)]
    assert {r.row: r.reason() for r in p_con.rejects} == {
        4: "Company: no account named 'Nowhere Inc'",
        5: "Email: The e-mail 'not-an-email' is not an e-mail address (like name@example.com).",
    }
    apply_import(db, [p_con, p_acc], today=TODAY)
    assert db.conn.execute(
        "SELECT a.name, c.name, c.role FROM contact c JOIN account a ON a.id = c.account_id ORDER BY c.id"
    ).fetchall() == [("Acme", "Ann Lee", "admin"), ("Beta Ltd", "Bo", "developer")]


def test_task_status_done_stamps_the_import_date(demo_db: Database) -> None:
    task_id, account_id = demo_db.conn.execute(
        "SELECT id, account_id FROM task WHERE status = 'todo' ORDER BY id LIMIT 1"
    ).fetchone()
    rows = [["Task ID", "Account ID", "Status"], [task_id, account_id, "Completed"]]
    preview = preview_sheet(demo_db, sheet(rows), today=TODAY)
    assert preview.updates[0].changes == {"status": ("todo", "done"), "done_date": (None, "2026-06-15")}


def test_feedback_score_is_checked_against_the_survey(db: Database) -> None:
    db.conn.execute("INSERT INTO account (name) VALUES ('Acme')")
    rows = [
        ["Account", "Survey", "Score", "Date"],
        ["Acme", "CSAT", 9, "2026-06-01"],
        ["Acme", "NPS", 9, "2026-06-01"],
        ["Acme", "NPS", "ten", "2026-06-02"],
    ]
    preview = preview_sheet(db, sheet(rows), today=TODAY)
    assert {r.row: r.reason() for r in preview.rejects} == {
        2: "Score: a CSAT score is 1 to 5",
        4: "Score: 'ten' is not a number",
    }
    assert len(preview.creates) == 1


def test_empty_sheet_and_foreign_sheet_get_one_sentence(db: Database) -> None:
    with pytest.raises(ExcelError, match=r"Sheet 'Sheet1' is empty\."):
        preview_sheet(db, sheet([[None, None]]))
    with pytest.raises(ExcelError) as err:
        preview_sheet(db, sheet([["Temperature", "Humidity"], [21.5, 40]]))
    assert err.value.code == "no_match"


def _big_preview(db: Database, n: int = 12_000) -> Any:
    rows: list[list[Any]] = [["Account", "CRM ID", "MRR"]]
    rows += [[f"Co {i}", f"X-{i}", i] for i in range(n)]
    return preview_sheet(db, sheet(rows), today=TODAY)


def test_cancelled_import_changes_nothing(db: Database) -> None:
    preview = _big_preview(db)
    before = counts(db)
    calls = {"n": 0}

    def cancel_after_first_chunk() -> bool:
        calls["n"] += 1
        return calls["n"] > 1

    with pytest.raises(ImportCancelled):
        apply_import(db, [preview], today=TODAY, cancelled=cancel_after_first_chunk)
    assert counts(db) == before
    with pytest.raises(ImportCancelled):
        preview_sheet(db, sheet([["Account"], ["A"]]), cancelled=lambda: True)


def test_failure_half_way_changes_nothing(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    preview = _big_preview(db, 50)
    before = counts(db)

    def boom(*_args: Any, **_kwargs: Any) -> None:
        raise OSError("disk gone")

    monkeypatch.setattr(importer, "_account_followups", boom)
    with pytest.raises(OSError):
        apply_import(db, [preview], today=TODAY)
    assert counts(db) == before


def test_stale_preview_is_refused(db: Database) -> None:
    db.conn.execute("INSERT INTO account (name, external_id) VALUES ('Gone Co', 'G-1')")
    db.conn.commit()
    preview = preview_sheet(
        db, sheet([["Account", "CRM ID", "Plan"], ["Gone Co", "G-1", "Pro"]]), today=TODAY
    )
    db.conn.execute("DELETE FROM account")
    db.conn.commit()
    with pytest.raises(ExcelError, match="preview the file again"):
        apply_import(db, [preview], today=TODAY)


def test_workbook_import_through_the_child_reader(db: Database, tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "CRM export"
    ws.append(["Customer Name", "Customer ID", "Employees", "Signed Date"])
    ws.append(["Merged Co", "M-1", "250", "15/01/2026"])
    ws.append(["Other Co", "M-2", 40, "28/02/2026"])
    ws.append([None, None, None, None])
    ws.merge_cells("A6:A7")
    ws["A6"] = "Split Co"
    ws["B6"], ws["B7"] = "M-3", "M-3"
    path = tmp_path / "crm.xlsx"
    wb.save(path)
    previews, skipped = preview_workbook(db, path, today=TODAY)
    assert skipped == []
    (preview,) = previews
    assert [(p.row, p.values["name"], p.values.get("signed_date")) for p in preview.creates] == [
        (2, "Merged Co", "2026-01-15"),
        (3, "Other Co", "2026-02-28"),
        (6, "Split Co", None),
    ]
    assert preview.creates[0].values["company_size"] == 250
    assert {r.row: r.reason() for r in preview.rejects} == {7: "Customer Name: duplicate of row 6"}


def test_repeated_values_are_converted_once_but_every_bad_cell_is_rejected(db: Database) -> None:
    """Columns are converted per distinct value; a bad value on many rows still rejects each row,
    and TRUE in a number column is not read as 1 although True == 1 in Python."""
    rows: list[list[Any]] = [["Company", "Stage", "Go live", "Employees"]]
    rows += [[f"Co {i}", "Launch" if i % 2 else "Adopt", "someday" if i % 3 == 0 else 46204, 10]
             for i in range(6)]
    rows += [["Flag Co", "Adopt", 46204, True], ["One Co", "Adopt", 46204.0, 1.0]]
    preview = preview_sheet(db, sheet(rows), today=TODAY)
    # Every bad optional cell is reported on its row; the value is dropped and the row kept (issue 15).
    assert not preview.rejects
    dropped = {r.row: r.reason() for r in preview.dropped}
    assert dropped == {
        2: "Go live: 'someday' is not a date",
        3: "Stage: unknown stage 'Launch'",
        5: "Stage: unknown stage 'Launch'; Go live: 'someday' is not a date",
        7: "Stage: unknown stage 'Launch'",
        8: "Employees: is TRUE/FALSE, not a number",
    }
    created = {p.row: p.values for p in preview.creates}
    assert sorted(created) == [2, 3, 4, 5, 6, 7, 8, 9]
    assert "stage" not in created[3] and "company_size" not in created[8]
    assert created[4]["target_golive_date"] == "2026-07-01" and created[4]["company_size"] == 10
    assert created[9]["company_size"] == 1 and created[9]["target_golive_date"] == "2026-07-01"


def test_inserts_span_several_statements_with_ids_in_sheet_order(db: Database,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """New rows go in as multi-row INSERTs of a few rows each here (one statement per chunk, so
    FTS5 flushes once per chunk): ids follow the sheet, the search index and the change log
    get every row, and undo removes them all."""
    from tracker.excel.importer import undo_import

    monkeypatch.setattr(importer, "MAX_PARAMETERS", 3 * len(importer.DEFAULTS["accounts"]))
    preview = _big_preview(db, 10)
    result = apply_import(db, [preview], today=TODAY)
    names = db.conn.execute("SELECT id, name FROM account ORDER BY id").fetchall()
    assert names == [(i + 1, f"Co {i}") for i in range(10)]
    assert result.undo.scopes[0] == ("account", "id", frozenset(range(1, 11)))
    indexed = db.conn.execute(
        "SELECT rowid, name FROM search_index WHERE kind = 'k1' ORDER BY rowid").fetchall()
    assert indexed == [(8 * (i + 1) + 1, f"Co {i}") for i in range(10)]
    logged = db.conn.execute("SELECT entity_id FROM change_log WHERE action = 'import' AND entity = 'account'"
                             " ORDER BY entity_id").fetchall()
    assert logged == [(i,) for i in range(1, 11)]
    undo_import(db, result.undo)
    assert counts(db)["account"] == 0
    assert db.conn.execute("SELECT count(*) FROM search_index WHERE kind = 'k1'").fetchone()[0] == 0


def test_updates_span_several_statements_and_keep_the_search_index(db: Database,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Changed rows are written as UPDATE ... FROM (VALUES ...) chunks: every row changes, the
    search triggers follow, and undo puts the old values back."""
    from tracker.excel.importer import undo_import

    apply_import(db, [_big_preview(db, 7)], today=TODAY)
    monkeypatch.setattr(importer, "MAX_PARAMETERS", 3 * 3)  # three rows of (name, mrr, id) at a time
    rows: list[list[Any]] = [["Account ID", "Account", "MRR"]]
    rows += [[i + 1, f"Renamed {i}", 100 + i] for i in range(7)]
    preview = preview_sheet(db, sheet(rows), today=TODAY)
    assert len(preview.updates) == 7
    result = apply_import(db, [preview], today=TODAY)
    assert db.conn.execute("SELECT id, name, mrr FROM account ORDER BY id").fetchall() == [
        (i + 1, f"Renamed {i}", 100.0 + i) for i in range(7)]
    found = db.conn.execute("SELECT count(*) FROM search_index WHERE search_index MATCH 'Renamed'").fetchone()
    assert found == (7,)
    undo_import(db, result.undo)
    assert db.conn.execute("SELECT name, mrr FROM account ORDER BY id").fetchall() == [
        (f"Co {i}", float(i)) for i in range(7)]


def test_a_blank_go_live_cell_keeps_a_date_an_achieved_milestone_set(db: Database) -> None:
    # The whole stored row and the achieved milestones are loaded only when an update asks
    # (issue 15 item 9); the rule they serve is unchanged.
    conn = db.conn
    conn.execute("INSERT INTO account (id, name, external_id, golive_date, mrr) VALUES "
                 "(1, 'Live Co', 'L-1', '2026-05-01', 100), (2, 'Typed Co', 'T-1', '2026-05-02', 100)")
    conn.execute("INSERT INTO milestone (account_id, kind, name, achieved_date) "
                 "VALUES (1, 'go_live', 'Go-live', '2026-05-01')")
    rows = [["Company", "CRM ID", "Actual go-live", "MRR"],
            ["Live Co", "L-1", None, 150],     # row 2: the milestone's date stays
            ["Typed Co", "T-1", None, 100],    # row 3: no milestone: the blank clears the date
            ["New Co", "N-1", None, 50]]       # row 4: a create
    preview = preview_sheet(db, sheet(rows), today=TODAY)
    assert {p.row: p.changes for p in preview.updates} == {
        2: {"mrr": (100.0, 150.0)}, 3: {"golive_date": ("2026-05-02", None)}}
    assert [(p.row, p.values) for p in preview.creates] == [
        (4, {"name": "New Co", "external_id": "N-1", "mrr": 50.0})]
