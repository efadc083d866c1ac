"""One money format for every surface: symbols, decimals, separators, Excel, storage."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlite_utils import Database

from tracker import i18n, money
from tracker.cli.kpi_commands import format_value
from tracker.domain import ValidationError
from tracker.kpi.values import KpiValue
from tracker.money import MoneyFormat, format_money, get_money_format, money_number_format
from tracker.services.preferences import set_money_format


@pytest.fixture(autouse=True)
def default_format() -> Iterator[None]:
    yield
    money.install(None)
    i18n.install_money_format(None)


def test_default_is_what_every_surface_wrote_before() -> None:
    assert format_money(1234.4) == "$1,234"
    assert format_money(-5) == "-$5"
    assert format_money(-0.2) == "$0"  # no "-$0"
    assert money_number_format(MoneyFormat()) == '"$"#,##0'


@pytest.mark.parametrize(("fmt", "amount", "group", "point", "text"), [
    (MoneyFormat("MYR", False, 2), 1234567.891, ",", ".", "RM1,234,567.89"),
    (MoneyFormat("BND", False, 0), 999.6, ",", ".", "B$1,000"),
    (MoneyFormat("SGD", False, 1), -12.34, ",", ".", "-S$12.3"),
    (MoneyFormat("EUR", True, 2), 1234.5, ".", ",", "1.234,50\u00a0€"),
    (MoneyFormat("GBP", False, 0), 50, "\u00a0", ",", "£50"),
])
def test_symbols_decimals_and_separators(fmt: MoneyFormat, amount: float, group: str, point: str,
                                         text: str) -> None:
    assert format_money(amount, fmt, group=group, point=point) == text


def test_excel_number_format_of_the_same_setting() -> None:
    assert money_number_format(MoneyFormat("MYR", False, 2)) == '"RM"#,##0.00'
    assert money_number_format(MoneyFormat("EUR", True, 0)) == '#,##0" €"'
    money.install(MoneyFormat("GBP", False, 1))
    assert money_number_format() == '"£"#,##0.0'


def test_installed_format_reaches_core_sentences_and_the_cli() -> None:
    money.install(MoneyFormat("MYR", False, 0))
    assert f"{i18n.Money(2500)}" == "RM2,500"
    kpi = KpiValue("cltv", 2500.0, "$", None, None, i18n.NO_PHRASE)
    assert format_value(kpi) == "RM2,500"


def test_stored_in_the_database_and_logged(db: Database) -> None:
    assert get_money_format(db) == MoneyFormat()
    change = set_money_format(db, MoneyFormat("MYR", True, 2))
    assert change.accounts and change.kpis and change.all_accounts
    assert get_money_format(db) == MoneyFormat("MYR", True, 2)
    logged = db.conn.execute("SELECT field, old_value, new_value FROM change_log"
                             " WHERE entity = 'setting' ORDER BY id").fetchall()
    assert ("money_currency", "USD", "MYR") in logged
    assert ("money_decimals", "0", "2") in logged


@pytest.mark.parametrize("fmt", [MoneyFormat("XYZ"), MoneyFormat("USD", False, 3),
                                 MoneyFormat("USD", False, -1)])
def test_bad_formats_are_refused_and_change_nothing(db: Database, fmt: MoneyFormat) -> None:
    with pytest.raises(ValidationError):
        set_money_format(db, fmt)
    assert get_money_format(db) == MoneyFormat()


def test_a_hand_edited_value_falls_back_to_the_default(db: Database) -> None:
    with db.conn:
        db.conn.execute("INSERT INTO setting (key, value) VALUES ('money_currency', 'MYR'),"
                        " ('money_decimals', 'lots')")
    assert get_money_format(db) == MoneyFormat("MYR", False, 0)
