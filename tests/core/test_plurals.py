"""Counted core sentences (the import notice the CLI prints): English forms without a
catalog, the catalog's one plural form with Malay installed (Catalog.from_ts, as the CLI)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tracker import i18n
from tracker.excel import notices

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ms">
<context>
    <name>c</name>
    <message numerus="yes"><source>%n account(s)</source>
        <translation><numerusform>%n akaun</numerusform></translation></message>
    <message numerus="yes"><source>%n task(s)</source>
        <translation type="unfinished"><numerusform>%n tugasan</numerusform></translation></message>
    <message numerus="yes"><source>%n day(s)</source>
        <translation><numerusform></numerusform></translation></message>
</context>
</TS>
"""


@pytest.fixture(autouse=True)
def english_again() -> Iterator[None]:
    yield
    i18n.install(None)


def _dropped(count: int) -> str:
    return notices.notice_words(notices.Notice(notices.VALUES_DROPPED, {"column": "MRR", "count": count}))


def test_english_forms_without_a_catalog() -> None:
    assert i18n.english_plural("%n account(s)", 1) == "%n account"
    assert i18n.plural("c", "%n account(s)", 1) == "1 account"
    assert i18n.plural("c", "%n account(s)", 5) == "5 accounts"
    assert i18n.plural("c", "%n account(s)", 0) == "0 accounts"
    assert i18n.plural("c", "%Ln day(s)", 1200) == "1,200 days"
    assert i18n.counted_words("c", "Move %n account(s) to {0}", 2, "Adopt") == "Move 2 accounts to Adopt"


def test_catalog_reads_the_one_numerus_form(tmp_path: Path) -> None:
    path = tmp_path / "tracker_ms.ts"
    path.write_text(TS, encoding="utf-8")
    catalog = i18n.Catalog.from_ts(path)
    assert len(catalog) == 1, "an unfinished or empty form is not a translation"
    i18n.install(catalog)
    assert i18n.plural("c", "%n account(s)", 1) == "1 akaun"
    assert i18n.plural("c", "%n account(s)", 5) == "5 akaun"
    assert i18n.plural("c", "%n task(s)", 5) == "5 tasks", "unfinished falls back to English forms"
    assert i18n.plural("c", "%n day(s)", 1) == "1 day"


def test_import_notice_in_english() -> None:
    assert _dropped(1) == "1 value of 'MRR' could not be read and will be left out; the rows are kept."
    assert _dropped(5) == "5 values of 'MRR' could not be read and will be left out; the rows are kept."


def test_import_notice_in_malay_from_the_shipped_catalog() -> None:
    assert i18n.install_catalog("ms") is not None
    path = i18n.catalog_path("ms")
    assert path is not None
    form = i18n.Catalog.from_ts(path)("ImportNotices", notices.VALUES_DROPPED_TEXT)
    assert form != notices.VALUES_DROPPED_TEXT and "%n" in form and "(s)" not in form
    for n in (1, 5):
        assert _dropped(n) == form.replace("%n", str(n)).format("MRR")


def _segment_line(demo_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                  lang: list[str]) -> tuple[str, str, int, int]:
    """``segments --rule ... --name`` for a rule matching one account, then one matching several."""
    import shutil

    from tracker.cli import main
    from tracker.storage.db import open_database

    path = tmp_path / "demo.db"
    shutil.copy(demo_template, path)
    db = open_database(path)
    try:
        top = [float(r[0]) for r in db.conn.execute("SELECT DISTINCT mrr FROM account WHERE mrr IS NOT NULL "
                                                      "ORDER BY mrr DESC LIMIT 3")]
        several = db.conn.execute("SELECT count(*) FROM account WHERE mrr > ?", (top[2],)).fetchone()[0]
        one = db.conn.execute("SELECT count(*) FROM account WHERE mrr > ?", (top[1],)).fetchone()[0]
    finally:
        db.conn.close()
    assert one == 1 and several >= 2
    assert main([*lang, "segments", "--db", str(path), "--rule", f"mrr > {top[1]}", "--name", "One"]) == 0
    first = capsys.readouterr().out.strip().splitlines()[-1]
    assert main([*lang, "segments", "--db", str(path), "--rule", f"mrr > {top[2]}", "--name", "Few"]) == 0
    second = capsys.readouterr().out.strip().splitlines()[-1]
    return first, second, one, several


def _segment_ids(text: str) -> str:
    return text.split("(id ")[1].split(")")[0]


def test_cli_counted_sentence_in_english(demo_template: Path, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    first, second, _one, several = _segment_line(demo_template, tmp_path, capsys, [])
    assert first == f"Created segment 'One' (id {_segment_ids(first)}) with 1 account."
    assert second == f"Created segment 'Few' (id {_segment_ids(second)}) with {several} accounts."


def test_cli_counted_sentence_in_malay(demo_template: Path, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    path = i18n.catalog_path("ms")
    assert path is not None
    english = "Created segment '{0}' (id {1}) with %n account(s)."
    form = i18n.Catalog.from_ts(path)("cli", english)
    assert form != english and "%n" in form
    first, second, one, several = _segment_line(demo_template, tmp_path, capsys, ["--lang", "ms"])
    assert first == form.replace("%n", str(one)).format("One", _segment_ids(first))
    assert second == form.replace("%n", str(several)).format("Few", _segment_ids(second))


def test_cli_rule_match_count_in_the_singular_and_plural(demo_template: Path, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    """``segments --rule`` without ``--name`` only counts: "1 account", never "1 accounts"."""
    import shutil

    from tracker.cli import main

    path = tmp_path / "demo.db"
    shutil.copy(demo_template, path)
    assert main(["segments", "--db", str(path), "--rule", "mrr > 1e12"]) == 0
    assert capsys.readouterr().out.strip().splitlines()[-1] == "Matching mrr > 1e12: 0 accounts"
    from tracker.storage.db import open_database

    db = open_database(path)
    try:
        top = [float(r[0]) for r in db.conn.execute("SELECT DISTINCT mrr FROM account WHERE mrr IS NOT NULL "
                                                      "ORDER BY mrr DESC LIMIT 2")]
    finally:
        db.conn.close()
    assert main(["segments", "--db", str(path), "--rule", f"mrr > {top[1]}"]) == 0
    assert capsys.readouterr().out.strip().splitlines()[-1] == f"Matching mrr > {top[1]}: 1 account"


def test_report_scope_line_counts_one_account() -> None:
    from tracker.excel.report import words

    assert words.counted(words.IN_SCOPE, 1) == "1 account in scope"
    assert words.counted(words.IN_SCOPE, 1200) == "1,200 accounts in scope"


def test_every_import_notice_is_worded_from_the_catalog() -> None:
    """The CLI prints import notices through the catalog, as the dialog does: every code's
    sentence and its value words (kinds, date orders, decimal marks) come out in Malay."""
    path = i18n.catalog_path("ms")
    assert path is not None
    catalog = i18n.Catalog.from_ts(path)
    values: dict[str, str | int] = {"kind": "contacts", "count": 3, "headers": "'E-mail'", "sheet": "People",
                                    "column": "Close Date", "example": "0015g00000Ab", "first": "First Name",
                                    "last": "Last Name", "order": "mdy", "decimal": ",", "why": "currency"}
    i18n.install(catalog)
    for code, (template, names) in notices.TEMPLATES.items():
        malay = catalog("ImportNotices", template)
        assert malay != template, f"no Malay for the {code} notice"
        words = notices.notice_words(notices.Notice(code, {k: values[k] for k in names}))
        assert words == malay.format(*(notices.value_word(k, values[k]) for k in names))
    said = notices.notice_words(notices.Notice(notices.DATES_READ, {"column": "Close Date", "order": "mdy"}))
    assert catalog("ImportNotices", notices.ORDER_WORDS["mdy"]) in said and "month first" not in said
