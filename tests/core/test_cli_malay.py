"""``--lang ms``: the command line's headings, values and error sentences come from the catalog.

Expected words are read from the shipped catalog, not written here, so a better translation
never breaks the test, and an English sentence left in the code does.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlite_utils import Database

from tests.core.test_kpi_builders import add_account, add_contact
from tracker import i18n
from tracker.cli import main
from tracker.excel.errors import ExcelError
from tracker.excel.writer import atomic_write
from tracker.kpi.words import kpi_label
from tracker.storage.db import open_database
from tracker.storage.errors import StoreError


@pytest.fixture
def malay() -> Iterator[i18n.Catalog]:
    path = i18n.catalog_path("ms")
    assert path is not None
    catalog = i18n.Catalog.from_ts(path)
    yield catalog
    i18n.install(None)  # main() installs the catalog for the rest of the process


def _ms(catalog: i18n.Catalog, context: str, english: str, *args: object) -> str:
    text = catalog(context, english)
    assert text != english, f"no Malay for {english!r}"
    return text.format(*args)


def test_kpis_table_in_malay(db: Database, db_path: Path, malay: i18n.Catalog,
                             capsys: pytest.CaptureFixture[str]) -> None:
    a = add_account(db, owner="Ann")
    add_contact(db, a, "2026-01-05", "2026-01-06")
    add_contact(db, a, "2026-01-05")
    db.conn.commit()
    assert main(["--lang", "ms", "kpis", "--db", str(db_path), "--as-of", "2026-06-15"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == _ms(malay, "cli", "KPIs as of {0}", "2026-06-15")
    activation = next(x for x in lines if x.startswith(malay("kpi", "Activation rate")))
    assert _ms(malay, "kpi detail", "{0} of {1} invited contacts activated", 1, 2) in activation
    csat = next(x for x in lines if x.startswith(kpi_label("csat")))
    assert _ms(malay, "cli", "no data") in csat
    assert "KPIs as of" not in "\n".join(lines) and "no data" not in "\n".join(lines)


def test_cli_errors_in_malay(tmp_path: Path, malay: i18n.Catalog,
                             capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nowhere.db"
    assert main(["--lang", "ms", "kpis", "--db", str(missing)]) == 1
    err = capsys.readouterr().err.strip()
    assert err == _ms(malay, "cli", "error: {0}", _ms(malay, "cli", "No database at {0}.", missing))


def test_storage_and_excel_sentences_follow_the_installed_catalog(tmp_path: Path,
                                                                  malay: i18n.Catalog) -> None:
    i18n.install(malay)
    folder = tmp_path / "folder.db"
    folder.mkdir()
    with pytest.raises(StoreError) as store:
        open_database(folder)
    assert store.value.message == _ms(malay, "storage", "{0} is a folder, not a database file.", folder)
    with pytest.raises(ExcelError) as excel:
        atomic_write(tmp_path / "no such folder" / "r.xlsx", lambda _p: None)
    assert excel.value.message == _ms(malay, "excel", "The folder {0} does not exist.",
                                      tmp_path / "no such folder")


def test_signal_errors_name_their_fields_in_malay(db: Database, malay: i18n.Catalog) -> None:
    """The placeholders of "The {0} cannot be before the {1}." are the fields' Malay labels."""
    from tracker.domain import ValidationError
    from tracker.services.signals import TRIALS

    i18n.install(malay)
    a = add_account(db)
    with pytest.raises(ValidationError) as refused:
        TRIALS.create(db, {"account_id": a, "kind": "trial", "start_date": "2026-03-01",
                           "end_date": "2026-02-01"})
    expected = _ms(malay, "errors", "The {0} cannot be before the {1}.",
                   _ms(malay, "fields", "trial end date"), _ms(malay, "fields", "trial start date"))
    assert refused.value.message == expected


def test_check_of_an_older_schema_speaks_malay(tmp_path: Path, malay: i18n.Catalog,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    """``check`` reports an older file's schema through the catalog, as every other CLI line."""
    import shutil

    from tracker.storage.db import SCHEMA_VERSION

    old = tmp_path / "v1.db"
    shutil.copy(Path(__file__).parents[1] / "data" / "schema_v1.db", old)
    assert main(["--lang", "ms", "check", "--db", str(old)]) == 1
    out = capsys.readouterr().out
    older = "Schema {0} is older than {1}; opening upgrades it."
    assert _ms(malay, "storage", older, 1, SCHEMA_VERSION) in out
    assert "older than" not in out
