"""Real-world exports through the child reader: mapping, kind, dates and numbers per CRM (issue 15)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlite_utils import Database

from tests import crm_workbooks as W
from tracker.cli import main as cli_main
from tracker.excel.columns import LocaleHints
from tracker.excel.importer import apply_import
from tracker.excel.mapping import ColumnMapping, detect_mapping, match_headers
from tracker.excel.notices import (
    COMBINED_NAME,
    CRM_ID,
    DATES_ASK,
    KIND_PEOPLE_EMAIL,
    KIND_PEOPLE_UNSURE,
    KIND_SAVED,
    NUMBERS_UNSURE,
    VALUES_DROPPED,
)
from tracker.excel.numbers import NumberError, analyse_numbers, parse_number
from tracker.excel.preview import ImportPreview, preview_workbook
from tracker.services.import_mappings import header_set_key, remember_mapping, saved_mapping

TODAY = date(2026, 6, 15)


def one(db: Database, path: Path, hints: LocaleHints | None = None, **kw: object) -> ImportPreview:
    previews, _ = preview_workbook(db, path, today=TODAY, hints=hints, **kw)  # type: ignore[arg-type]
    (preview,) = previews
    return preview


def fields(preview: ImportPreview) -> dict[str, str | None]:
    return dict(zip(preview.mapping.headers, preview.mapping.fields, strict=True))


def codes(preview: ImportPreview) -> set[str]:
    return {n.code for n in preview.notices}


def by_name(preview: ImportPreview, key: str = "name") -> dict[str, dict[str, object]]:
    return {str(p.values[key]): p.values for p in preview.creates}


def test_hubspot_companies(db: Database, tmp_path: Path) -> None:
    p = one(db, W.save(tmp_path / "hubspot.xlsx", W.HUBSPOT_COMPANIES))
    assert p.kind == "accounts" and p.mapping.sure
    assert fields(p) == {
        "Record ID": "external_id", "Company name": "name", "Company owner": "owner",
        "Create Date": None, "Last Activity Date": None, "Deal Stage": "stage", "Close Date": "signed_date",
        "Industry": "industry", "Number of Employees": "company_size", "Country/Region": "region"}
    assert p.mapping.ignored_headers() == ["Create Date", "Last Activity Date"]
    # US dates: every day <= 12, so the preview asks; examples show both readings
    (question,) = p.questions
    assert question.column == "Close Date" and p.open_questions
    assert question.examples[0] == ("03/04/2026", date(2026, 4, 3), date(2026, 3, 4))
    assert len(question.examples) == 3
    # HubSpot deal stages are not ours: the value is dropped with a warning, the row is kept
    assert len(p.creates) == 3 and not p.rejects and len(p.dropped) == 3
    assert VALUES_DROPPED in codes(p)
    rows = by_name(p)
    assert rows["Northwind Traders"]["external_id"] == "9876543210"
    assert rows["Northwind Traders"]["company_size"] == 1250  # "1,250"
    # answered month first, the same file reads as HubSpot meant it
    answered = one(db, tmp_path / "hubspot.xlsx", adjust=lambda m: _answer(m, "mdy"))
    assert not answered.open_questions
    rows = by_name(answered)
    assert rows["Northwind Traders"]["signed_date"] == "2026-03-04"
    assert rows["Contoso Pharma"]["signed_date"] == "2026-11-02"


def _answer(mapping: ColumnMapping, order: str) -> ColumnMapping:
    mapping.date_order = order
    return mapping


def test_hubspot_contacts_combine_first_and_last_name(db: Database, tmp_path: Path) -> None:
    db.conn.execute("INSERT INTO account (name) VALUES ('Northwind Traders'), ('Contoso Pharma')")
    p = one(db, W.save(tmp_path / "contacts.xlsx", W.HUBSPOT_CONTACTS), adjust=lambda m: _answer(m, "mdy"))
    assert p.kind == "contacts"
    assert fields(p) == {
        "Record ID": None, "First Name": "first_name", "Last Name": "last_name", "Email": "email",
        "Company Name": "account_name", "Job Title": "role", "Create Date": "invited_date",
        "Last Activity Date": "last_active_date"}
    assert COMBINED_NAME in codes(p)
    assert not p.rejects
    ana = by_name(p)["Ana Silva"]
    assert ana["role"] == "admin" and ana["invited_date"] == "2026-03-02"
    assert ana["last_active_date"] == "2026-04-01"
    assert "first_name" not in ana and "last_name" not in ana


def test_salesforce_account_id_is_the_crm_id_and_european_numbers(db: Database, tmp_path: Path) -> None:
    path = W.save(tmp_path / "sf.xlsx", W.SALESFORCE_ACCOUNTS)
    p = one(db, path)
    assert fields(p)["Account ID"] == "external_id"  # never the internal id
    assert fields(p)["Annual Revenue"] is None  # annual revenue is not MRR
    assert CRM_ID in codes(p)
    assert not p.rejects and not p.questions
    rows = by_name(p)
    assert rows["Globex GmbH"]["external_id"] == "0015g00000AbCdEAAZ"
    assert rows["Globex GmbH"]["company_size"] == 2400  # "2.400" employees
    assert rows["Globex GmbH"]["signed_date"] == "2026-01-15"  # 15.01.2026
    assert rows["Initech SARL"]["region"] == "France"
    # importing, then re-importing after the company was renamed in the CRM, updates by CRM id
    apply_import(db, [p], today=TODAY)
    renamed = [row[:] for row in W.SALESFORCE_ACCOUNTS]
    renamed[1][1] = "Globex Energy GmbH"
    again = one(db, W.save(tmp_path / "sf2.xlsx", renamed))
    assert not again.creates and len(again.updates) == 1
    assert again.updates[0].changes["name"] == ("Globex GmbH", "Globex Energy GmbH")


def test_pipedrive_euro_amounts_and_mixed_written_dates(db: Database, tmp_path: Path) -> None:
    p = one(db, W.save(tmp_path / "pd.xlsx", W.PIPEDRIVE_ORGS))
    assert p.kind == "accounts"
    assert fields(p)["Organization - ID"] == "external_id"
    assert fields(p)["Organization - Name"] == "name" and fields(p)["Organization - Owner"] == "owner"
    assert fields(p)["MRR"] == "mrr" and fields(p)["Won time"] == "signed_date"
    rows = by_name(p)
    assert rows["Umbrella Labs"]["mrr"] == 2400.0  # "€2.400"
    assert rows["Stark Components"]["mrr"] == 1234.56  # "1.234,56"
    assert rows["Wayne Logistics"]["mrr"] == 980.0
    assert rows["Umbrella Labs"]["signed_date"] == "2026-05-15"  # "15 May 2026"
    assert rows["Stark Components"]["signed_date"] == "2026-05-20"  # "May 20, 2026"
    assert not p.rejects and not p.dropped


def test_zoho_record_id_and_timestamps(db: Database, tmp_path: Path) -> None:
    p = one(db, W.save(tmp_path / "zoho.xlsx", W.ZOHO_ACCOUNTS))
    assert fields(p)["Record Id"] == "external_id" and fields(p)["Account Name"] == "name"
    assert fields(p)["Account Number"] is None  # loses the CRM ID to Record Id, shown as ignored
    assert "Account Number" in p.mapping.ignored_headers()
    rows = by_name(p)
    assert rows["Hooli Sdn Bhd"]["signed_date"] == "2026-03-02"
    assert rows["Hooli Sdn Bhd"]["region"] == "Malaysia" and rows["Hooli Sdn Bhd"]["company_size"] == 60


def test_tracking_sheet_keeps_target_and_actual_go_live(db: Database, tmp_path: Path) -> None:
    p = one(db, W.save(tmp_path / "mine.xlsx", W.TRACKING_SHEET, "Tracker"))
    assert p.mapping.header_row == 2
    assert fields(p)["Target go-live"] == "target_golive_date" and fields(p)["Go-live"] == "golive_date"
    # "Signed" alone is ambiguous; the other date columns show day first, which is the default
    (question,) = p.questions
    assert question.column == "Signed" and question.order == "dmy"
    rows = by_name(p)
    acme = rows["Acme Foods"]
    assert acme["mrr"] == 1250.0 and rows["Borealis Bank"]["mrr"] == 4800.5
    assert acme["target_golive_date"] == "2026-03-20" and acme["golive_date"] == "2026-03-25"
    assert "tech_proficiency" not in acme  # "high": dropped with a warning, row kept
    assert [r.reason() for r in p.dropped] == ["Tech proficiency: 'high' is not a number"]
    assert rows["Borealis Bank"]["tech_proficiency"] == 4


def test_people_with_emails_are_contacts_matched_by_domain(db: Database, tmp_path: Path) -> None:
    db.conn.execute("INSERT INTO account (name) VALUES ('Acme Sdn Bhd'), ('Borealis')")
    acme, borealis = (r[0] for r in db.conn.execute("SELECT id FROM account ORDER BY id"))
    p = one(db, W.save(tmp_path / "people.xlsx", W.PEOPLE_ONLY))
    assert p.kind == "contacts" and p.mapping.reason.code == KIND_PEOPLE_EMAIL and p.mapping.sure
    assert {c.values["name"]: c.account_id for c in p.creates} == {"Ana Silva": acme, "Ben Lee": borealis}
    (gmail,) = p.rejects
    assert "gmail.com address does not say which account" in gmail.reason()
    assert not any(str(c.values["name"]) == "Ana Silva" for c in p.creates if c.account_id is None)


def test_people_without_emails_are_a_question(db: Database, tmp_path: Path) -> None:
    p = one(db, W.save(tmp_path / "names.xlsx", W.PEOPLE_NO_EMAIL))
    assert p.kind == "contacts" and not p.mapping.sure
    assert p.mapping.reason.code == KIND_PEOPLE_UNSURE
    assert not p.creates  # never accounts named "Ana Silva"
    rows = [["Company", "Industry"], ["Ana Silva", "Retail"]]  # a company column says otherwise
    mapping = detect_mapping(rows, "x")
    assert mapping is not None and mapping.kind == "accounts" and mapping.sure


def test_ambiguous_dates_default_from_the_locale(db: Database, tmp_path: Path) -> None:
    path = W.save(tmp_path / "amb.xlsx", W.AMBIGUOUS_DATES)
    us = one(db, path, LocaleHints("mdy", "."))
    assert {q.column: q.order for q in us.questions} == {"Signed": "mdy", "Target go-live": "mdy"}
    assert DATES_ASK in codes(us) and us.open_questions
    assert by_name(us)["Delta Air Parts"]["signed_date"] == "2026-03-04"
    uk = one(db, path, LocaleHints("dmy", "."))
    assert by_name(uk)["Delta Air Parts"]["signed_date"] == "2026-04-03"


def test_header_conflicts_fall_to_the_next_field() -> None:
    assert match_headers("accounts", ["Go-live"]) == ["target_golive_date"]
    assert match_headers("accounts", ["Go-live", "Target go-live"]) == ["golive_date", "target_golive_date"]
    assert match_headers("accounts", ["Account ID", "Name", "Nonsense"]) == ["account_id", "name", None]
    # an id column whose values are not our ids becomes the CRM ID
    mapping = detect_mapping([["Account ID", "Account Name"], ["001ABC", "Acme"]], "x")
    assert mapping is not None and mapping.fields == ["external_id", "name"]
    mapping = detect_mapping([["Account ID", "Account Name"], [12, "Acme"]], "x")
    assert mapping is not None and mapping.fields == ["account_id", "name"]


@pytest.mark.parametrize(("values", "money", "locale", "expected"), [
    (["€2.400"], True, ".", [2400.0]),
    (["1.234,56", "2.400"], True, ".", [1234.56, 2400.0]),
    (["1,234.56", "2,400"], True, ",", [1234.56, 2400.0]),
    (["12 %"], True, ".", [12.0]),
    (["2.400"], True, ",", [2400.0]),
    (["2.400"], False, None, [2400.0]),
    (["(1,200)"], True, ".", [-1200.0]),
    (["1'234.50"], True, None, [1234.5]),
])
def test_numbers_decided_per_column(values: list[str], money: bool, locale: str | None,
                                    expected: list[float]) -> None:
    plan = analyse_numbers(values, money, locale)
    assert [parse_number(v, plan) for v in values] == expected


def test_a_number_in_doubt_is_refused_with_a_sentence(db: Database, tmp_path: Path) -> None:
    for locale in (None, "."):
        plan = analyse_numbers(["2.400"], True, locale)
        with pytest.raises(NumberError, match=r"could be 2\.4 or 2400"):
            parse_number("2.400", plan)
    path = W.save(tmp_path / "doubt.xlsx", [["Company", "MRR"], ["A", "2.400"], ["B", "300"]])
    p = one(db, path, LocaleHints("dmy", None))
    assert NUMBERS_UNSURE in codes(p)
    assert "mrr" not in by_name(p)["A"] and by_name(p)["B"]["mrr"] == 300.0
    assert "could be 2.4 or 2400" in p.dropped[0].reason()


def test_saved_mapping_is_offered_for_the_same_header_set(db: Database, tmp_path: Path) -> None:
    path = W.save(tmp_path / "hubspot.xlsx", W.HUBSPOT_COMPANIES)
    first = one(db, path)
    fixed = first.mapping.copy()
    fixed.set_field(fixed.headers.index("Create Date"), "kickoff_date")
    fixed.date_order = "mdy"
    remember_mapping(db, fixed)
    shuffled = [list(reversed(r)) for r in W.HUBSPOT_COMPANIES]  # same headers, other order
    shuffled[0] = [h.upper() for h in shuffled[0]]
    detected = detect_mapping(shuffled, "x")
    assert detected is not None
    offered = saved_mapping(db, detected)
    assert offered is not None and offered.reason.code == KIND_SAVED and offered.date_order == "mdy"
    assert dict(zip(offered.headers, offered.fields, strict=True))["CREATE DATE"] == "kickoff_date"
    assert header_set_key(["A b", "c"]) == header_set_key(["C", "ab"])


def test_cli_map_mapping_file_and_dates(db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                        ) -> None:
    path = W.save(tmp_path / "hubspot.xlsx", W.HUBSPOT_COMPANIES)
    base = ["import", "--db", str(db_path), str(path), "--today", "2026-06-15"]
    assert cli_main(base) != 0
    assert "pass --dates dmy or --dates mdy" in capsys.readouterr().err
    mapping = tmp_path / "map.json"
    mapping.write_text(json.dumps({"Deal Stage": None}), encoding="utf-8")
    assert cli_main([*base, "--dates", "mdy", "--mapping", str(mapping), "--map",
                     "Create Date=kickoff_date"]) == 0
    out = capsys.readouterr().out
    assert "3 created" in out
    db = Database(db_path)
    row = db.conn.execute("SELECT signed_date, kickoff_date, stage FROM account"
                          " WHERE name = 'Northwind Traders'").fetchone()
    assert row == ("2026-03-04", "2026-01-02", "Embark")
    # the correction was remembered for this header set: a dry run now uses it without options
    assert cli_main([*base, "--dry-run"]) == 0
    assert "mapped as you saved them" in capsys.readouterr().out


def test_text_dates_settle_per_column_or_ask() -> None:
    from tracker.excel.dates import analyse_dates, make_text_parser

    day_first = analyse_dates(["03/04/2026", "25/04/2026"], None, "mdy")
    assert (day_first.order, day_first.ambiguous, day_first.settled_by) == ("dmy", False, "column")
    month_first = analyse_dates(["03/04/2026", "04/25/2026"], None, "dmy")
    assert month_first.order == "mdy" and not month_first.ambiguous
    asked = analyse_dates(["03/04/2026", "11/02/2026"], None, "dmy")
    assert asked.ambiguous and asked.settled_by == "default" and len(asked.examples) == 2
    same = analyse_dates(["05/05/2026"], None, "dmy")
    assert not same.ambiguous  # reads the same both ways
    clash = analyse_dates(["25/04/2026", "04/25/2026", "03/04/2026"], None, "dmy")
    parse = make_text_parser(clash)
    assert clash.order is None
    assert parse("25/04/2026") == date(2026, 4, 25) and parse("04/25/2026") == date(2026, 4, 25)
    assert parse("03/04/2026") is None  # this column cannot say which it is
    words = make_text_parser(analyse_dates(["15 May 2026", "May 20, 2026", "20-May-26"], None, "dmy"))
    assert [words(t) for t in ("15 May 2026", "May 20, 2026", "20-May-26")] == [
        date(2026, 5, 15), date(2026, 5, 20), date(2026, 5, 20)]
    assert words("May 2026") is None and words("soon") is None  # no day: not silently the 1st
    assert words("2026/04/03") == date(2026, 4, 3) and words("20260403") == date(2026, 4, 3)
