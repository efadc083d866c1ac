"""Issue 17: the checklist/health splitter keeps the user's sizes from one account to the next.

It used to jump: a long account name made the header (a plain QLabel) ask for more width
than the page had, the page and the window grew, and the splitter shared the extra width
out again; the Next-stage button hidden at Expand changed the header's height too.
"""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.conftest import TODAY
from tracker.services.accounts import create_account
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.settings import AppSettings
from ui.views.account_detail import AccountDetailView

LONG_NAME = "Long titles with a really long account name that goes on and on and on Sdn Bhd"


def _accounts(ctx: AppContext) -> list[int]:
    """Accounts with short and long checklists, an empty one, one at Expand and a long name."""
    rows = ctx.db.conn.execute("SELECT account_id, count(*) c FROM task GROUP BY account_id"
                               " ORDER BY c, account_id").fetchall()
    shortest, longest = rows[0][0], rows[-1][0]
    expand = ctx.db.conn.execute("SELECT id FROM account WHERE stage = 'Expand' LIMIT 1").fetchone()
    empty = create_account(ctx.db, {"name": "Empty one"}, today=TODAY).value
    long_name = create_account(ctx.db, {"name": LONG_NAME}, today=TODAY).value
    ctx.db.conn.executemany(
        "INSERT INTO task (account_id, title, stage, due_date, status) VALUES (?, ?, 'Adopt',"
        " '2026-07-01', 'todo')",
        [(long_name, f"A very long task title that keeps going to describe the work, step {i}")
         for i in range(60)])
    ctx.db.conn.commit()
    ids = [shortest, longest, int(empty), int(long_name)]
    if expand is not None:
        ids.append(int(expand[0]))
    return ids


def _open(qtbot: QtBot, window: MainWindow, ctx: AppContext, account_id: int) -> AccountDetailView:
    ctx.navigator.account_requested.emit(account_id)
    view = window.views["account"]
    assert isinstance(view, AccountDetailView)
    qtbot.waitUntil(lambda: view.current_account_id() == account_id)
    qtbot.wait(1)  # let the layout settle (no timing is asserted)
    return view


def test_splitter_sizes_survive_switching_accounts(main_window: MainWindow, ctx: AppContext,
                                                   qtbot: QtBot, tmp_path: Path) -> None:
    main_window.add_view("account", AccountDetailView(ctx), "Account", "Ctrl+3")
    main_window.resize(1280, 720)  # the default window size
    ids = _accounts(ctx)
    view = _open(qtbot, main_window, ctx, ids[0])
    view.splitter.moveSplitter(560, 1)  # what dragging the handle does (emits splitterMoved)
    user = view.splitter.sizes()
    side = view.side.sizes()
    width = main_window.width()
    assert user[0] < user[1] + 200  # really moved off the default 3:2 share
    header_height = view.header.height()
    for account_id in [*ids[1:], ids[0], *ids[1:]]:
        _open(qtbot, main_window, ctx, account_id)
        assert view.splitter.sizes() == user, account_id
        assert view.side.sizes() == side, account_id
        assert view.header.height() == header_height, account_id
        assert main_window.width() == width
        if account_id == ids[3]:  # shortened on screen, whole in text() and the tooltip
            assert view.header.name.text() == LONG_NAME == view.header.name.toolTip()
    # The user's sizes are in the settings: a new view (a restart) shows them again.
    view.save_state(main_window.settings)
    again = AccountDetailView(ctx)
    qtbot.addWidget(again)
    again.restore_state(main_window.settings)
    again.resize(view.size())
    again.show_account(ids[1])
    again.show()
    qtbot.waitExposed(again)
    qtbot.waitUntil(lambda: again.splitter.sizes()[0] > 0)
    assert again.splitter.sizes() == user
    again.close()


def test_long_name_is_elided_not_widening(ctx: AppContext, qtbot: QtBot, tmp_path: Path) -> None:
    long_name = int(create_account(ctx.db, {"name": LONG_NAME * 2}, today=TODAY).value)
    settings = AppSettings.at(tmp_path / "s.ini")
    view = AccountDetailView(ctx, settings=settings.qsettings)
    qtbot.addWidget(view)
    view.resize(1100, 680)
    view.show_account(long_name)
    view.show()
    qtbot.waitExposed(view)
    assert view.header.minimumSizeHint().width() < 1100
    assert view.header.name.toolTip() == LONG_NAME * 2
    view.close()
