"""Today's two reads run one after the other: the due lists first (the top of the page),
then, when it has to read, the shared account list the at-risk list comes from. Both at once
took longer for each on a 2-core laptop (Python's sqlite3 hands the GIL over at every row)."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from tracker.storage.errors import StoreError
from ui.context import AppContext
from ui.portfolio import shared_portfolio
from ui.views import today_reader
from ui.views.today import TodayView

pytestmark = pytest.mark.gui

WAIT_MS = 60_000


def test_the_account_list_is_read_after_the_due_lists(ctx: AppContext, qtbot: QtBot,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[tuple[str, bool]] = []
    view = TodayView(ctx)
    qtbot.addWidget(view)
    load = view.loader.load

    def recorded_load() -> None:
        seen.append(("load", view.reader.busy))
        load()

    monkeypatch.setattr(view.loader, "load", recorded_load)
    view.reader.read.connect(lambda _lists: seen.append(("lists", view.overdue_model.rowCount() > 0)))
    view.show()
    qtbot.waitUntil(lambda: view.risk_model.rowCount() > 0, timeout=WAIT_MS)
    # The account list's read started once the due lists had arrived, with no read running.
    assert seen == [("load", False), ("lists", True)]
    view.close()


def test_kept_rows_are_shown_without_waiting_for_the_due_lists(ctx: AppContext, qtbot: QtBot) -> None:
    loader = shared_portfolio(ctx)
    with qtbot.waitSignal(loader.loaded, timeout=WAIT_MS):
        loader.load()
    assert loader.kept
    view = TodayView(ctx)
    qtbot.addWidget(view)
    seen: list[str] = []
    view.reader.read.connect(lambda _lists: seen.append("lists"))
    view.loader.loaded.connect(lambda _rows: seen.append("accounts"))
    view.show()
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=WAIT_MS)
    assert seen == ["accounts", "lists"]  # the kept rows answer at once, before the read
    view.close()


def test_a_failed_due_list_read_still_brings_the_at_risk_list(ctx: AppContext, qtbot: QtBot,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args: Any, **_kwargs: Any) -> Any:
        raise StoreError("the disk went away")

    monkeypatch.setattr(today_reader, "due_items", broken)
    failures: list[str] = []
    ctx.bus.failed.connect(failures.append)
    view = TodayView(ctx)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.risk_model.rowCount() > 0, timeout=WAIT_MS)
    assert failures and "the disk went away" in failures[0]
    assert view.overdue.empty.text() != "Loading…"  # the lists say no more that they load
    view.close()


def test_kept_rows_handed_again_leave_the_at_risk_list_as_it_is(ctx: AppContext, qtbot: QtBot) -> None:
    # Accounts asking for the kept rows must not reset Today's at-risk list under the user.
    view = TodayView(ctx)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: not view.at_risk.loading and not view.loader.busy, timeout=WAIT_MS)
    assert view.risk_model.rowCount() > 0
    resets: list[bool] = []
    view.risk_model.modelReset.connect(lambda: resets.append(True))
    with qtbot.waitSignal(view.loader.loaded, timeout=WAIT_MS):
        view.loader.load()
    assert resets == []
    view.close()
