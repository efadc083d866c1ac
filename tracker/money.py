"""Money written one way on every surface: the window, the CLI, KPI details and the report.

The currency belongs to the database (the MRR figures in a file are in one currency), so
the format is stored in its ``setting`` table and the CLI and the report read the same one
the window shows. Babel is not installed, so the symbols come from a small table of the
currencies our users work in; digit grouping and the decimal point are the caller's (the
window passes QLocale's, the CLI and Excel use "," and ".").
"""

from __future__ import annotations

from dataclasses import dataclass

from tracker import i18n
from tracker.database import Database

# ISO 4217 code -> the symbol people write. The first is the default of a new database:
# "$1,234" is what every surface wrote before the format was the user's.
CURRENCIES: dict[str, str] = {"USD": "$", "MYR": "RM", "BND": "B$", "SGD": "S$", "EUR": "€",
                              "GBP": "£"}
MAX_DECIMALS = 2
CURRENCY_KEY = "money_currency"
SYMBOL_AFTER_KEY = "money_symbol_after"
DECIMALS_KEY = "money_decimals"
NBSP = "\u00a0"


@dataclass(frozen=True)
class MoneyFormat:
    """Currency code, whether its symbol follows the amount ("1.234 €"), and decimals."""

    currency: str = "USD"
    symbol_after: bool = False
    decimals: int = 0

    @property
    def symbol(self) -> str:
        return CURRENCIES.get(self.currency, self.currency)

    def problem(self) -> str | None:
        """Why this format cannot be stored (a code), or None."""
        if self.currency not in CURRENCIES:
            return "unknown_currency"
        if isinstance(self.decimals, bool) or not isinstance(self.decimals, int) \
                or not 0 <= self.decimals <= MAX_DECIMALS:
            return "bad_decimals"
        return None


DEFAULT_FORMAT = MoneyFormat()


def format_money(amount: float, fmt: MoneyFormat = DEFAULT_FORMAT, *, group: str = ",",
                 point: str = ".") -> str:
    """``amount`` in ``fmt``: "$1,234", "RM1,234.50", "-S$12", "1,234 €" (separators given).

    The minus sign goes before the symbol (``-$5``, as accountants and Excel write it).
    """
    text = f"{abs(amount):,.{fmt.decimals}f}"
    if group != "," or point != ".":
        text = text.replace(",", "\0").replace(".", point).replace("\0", group)
    sign = "-" if amount < 0 and round(abs(amount), fmt.decimals) != 0 else ""
    if fmt.symbol_after:
        return f"{sign}{text}{NBSP}{fmt.symbol}"
    return f"{sign}{fmt.symbol}{text}"


def money_number_format(fmt: MoneyFormat | None = None) -> str:
    """The Excel number format of the same setting (Excel applies the reader's separators);
    None: the format installed in this process (:func:`install`)."""
    fmt = _current if fmt is None else fmt
    digits = "#,##0" + ("." + "0" * fmt.decimals if fmt.decimals else "")
    symbol = fmt.symbol.replace('"', "")
    if fmt.symbol_after:
        return f'{digits}" {symbol}"'
    return f'"{symbol}"{digits}'


def get_money_format(db: Database) -> MoneyFormat:
    """The format stored in ``db``; a missing or unreadable value gives its default."""
    rows = dict(db.conn.execute("SELECT key, value FROM setting WHERE key IN (?, ?, ?)",
                                (CURRENCY_KEY, SYMBOL_AFTER_KEY, DECIMALS_KEY)).fetchall())
    currency = str(rows.get(CURRENCY_KEY, DEFAULT_FORMAT.currency))
    try:
        decimals = int(rows.get(DECIMALS_KEY, DEFAULT_FORMAT.decimals))
    except ValueError:
        decimals = DEFAULT_FORMAT.decimals
    fmt = MoneyFormat(currency, rows.get(SYMBOL_AFTER_KEY, "0") == "1", decimals)
    return DEFAULT_FORMAT if fmt.problem() else fmt


# -- the format in force in this process ---------------------------------------------------

_current: MoneyFormat = DEFAULT_FORMAT
_separators: tuple[str, str] = (",", ".")


def install(fmt: MoneyFormat | None, *, group: str = ",", point: str = ".") -> None:
    """Use ``fmt`` (None: the default) wherever this process writes money, core sentences too.

    The window installs the open database's format with its locale's separators; the CLI
    installs the database's format with "," and ".".
    """
    global _current, _separators
    _current = fmt or DEFAULT_FORMAT
    _separators = (group, point)
    i18n.install_money_format(money)


def current() -> MoneyFormat:
    return _current


def money(amount: float) -> str:
    """``amount`` in the installed format (see :func:`install`)."""
    return format_money(amount, _current, group=_separators[0], point=_separators[1])
