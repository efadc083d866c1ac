"""Counted words in the window: the Accounts count says "1 account"/"5 accounts" in English
and the catalog's one Malay form ("%n akaun") with Malay installed.

The Malay words are read from the shipped catalog, never written here.
"""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from tracker import i18n
from ui.commands.bulk import DeleteAccounts
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.views.accounts import AccountsView

pytestmark = pytest.mark.gui




@pytest.fixture
def accounts(main_window: MainWindow, qtbot: QtBot) -> AccountsView:
    main_window.show_view("accounts")
    view = main_window.accounts_view
    qtbot.waitUntil(lambda: view.model.rowCount() == 50)
    return view


def _keep(ctx: AppContext, view: AccountsView, qtbot: QtBot, keep: int) -> str:
    """Delete (through the undo stack, as the bulk menu does) all but ``keep`` accounts."""
    ids = sorted(int(r[0]) for r in ctx.db.conn.execute("SELECT id FROM account").fetchall())
    ctx.undo_stack.push(DeleteAccounts(ctx, ids[keep:]))
    qtbot.waitUntil(lambda: view.model.rowCount() == keep)
    qtbot.waitUntil(lambda: not view.count_label.text().startswith(("50", "Loading", "Memuat")))
    return view.count_label.text()


def _malay_form(english: str, n: int) -> str:
    path = i18n.catalog_path("ms")
    assert path is not None
    form = i18n.Catalog.from_ts(path)("AccountsView", english)
    assert form != english and "%Ln" in form, f"no Malay numerus form for {english!r}"
    return form.replace("%Ln", str(n))


def test_english_count_has_the_right_form(accounts: AccountsView, ctx: AppContext, qtbot: QtBot) -> None:
    assert accounts.count_label.text() == "50 accounts"
    assert _keep(ctx, accounts, qtbot, 5) == "5 accounts"
    assert _keep(ctx, accounts, qtbot, 1) == "1 account"


def test_malay_count_uses_the_catalog_form(malay: None, accounts: AccountsView, ctx: AppContext,
                                          qtbot: QtBot) -> None:
    assert accounts.count_label.text() == _malay_form("%Ln account(s)", 50)
    assert _keep(ctx, accounts, qtbot, 5) == _malay_form("%Ln account(s)", 5)
    assert _keep(ctx, accounts, qtbot, 1) == _malay_form("%Ln account(s)", 1)
    assert "(s)" not in accounts.count_label.text() and "account" not in accounts.count_label.text()


def test_the_status_bar_counts_one_account_in_the_singular(
        accounts: AccountsView, main_window: MainWindow, ctx: AppContext, qtbot: QtBot) -> None:
    _keep(ctx, accounts, qtbot, 1)
    main_window.update_counts()
    qtbot.waitUntil(lambda: main_window.counts_label.text().startswith("1 account · "))
    open_tasks = ctx.db.conn.execute(
        "SELECT count(*) FROM task WHERE status IN ('todo', 'in_progress', 'blocked')").fetchone()[0]
    word = "open task" if open_tasks == 1 else "open tasks"
    assert main_window.counts_label.text().startswith(f"1 account · {open_tasks} {word} · ")
