"""The dashboard's reaction to the bus: a change naming its accounts (a tick, an edit) patches
the kept frames and goal values for them and shows the numbers a fresh read gives; a change
naming no account (an import) reads everything again."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from tests.conftest import TODAY
from tests.core.test_kpi_frames import _flat
from tests.ui.test_dashboard_goals import _expected, _goal_lines, ctx, view
from tracker.changes import ChangeSet
from tracker.kpi.report import dashboard_data
from tracker.services.accounts import update_account
from tracker.services.tasks import set_task_status
from ui.context import AppContext
from ui.views.dashboard import DashboardView

pytestmark = pytest.mark.gui
__all__ = ["ctx", "view"]  # the fixtures, shared with the goal lines' tests


def _open_task(ctx: AppContext) -> int:
    return int(ctx.db.conn.execute(
        "SELECT t.id FROM task t JOIN account a ON a.id = t.account_id WHERE t.status = 'todo'"
        " AND t.due_date < ? AND a.status <> 'churned' ORDER BY t.id LIMIT 1",
        (TODAY.isoformat(),)).fetchone()[0])


def _shows_a_fresh_read(view: DashboardView, ctx: AppContext) -> None:
    fresh = dashboard_data(ctx.db, TODAY, view.current_filter())
    assert view.data is not None
    assert _flat(list(view.data.kpis)) == _flat(list(fresh.kpis))
    assert sorted(_flat(list(view.previous.values()))) == sorted(_flat(list(fresh.previous.values())))
    assert view.data.health == fresh.health
    assert _goal_lines(view) == _expected(ctx, view)


def _announce(view: DashboardView, ctx: AppContext, qtbot: QtBot, change: ChangeSet) -> None:
    with qtbot.waitSignal(view.refreshed):
        ctx.bus.announce(change)
    qtbot.waitUntil(lambda: not view.busy and not view.trends_pending)


@pytest.fixture
def ticks(view: DashboardView, ctx: AppContext) -> Iterator[int]:
    yield _open_task(ctx)


def test_a_tick_patches_the_kept_frames(view: DashboardView, ctx: AppContext, qtbot: QtBot,
                                        ticks: int) -> None:
    frames = view._frames
    _announce(view, ctx, qtbot, set_task_status(ctx.db, ticks, "done", today=TODAY).change)
    assert view._frames is not frames and view._frames.day(TODAY).patches > 0
    _shows_a_fresh_read(view, ctx)
    _announce(view, ctx, qtbot, set_task_status(ctx.db, ticks, "todo", today=TODAY).change)
    assert view._frames.day(TODAY).patches > 0
    _shows_a_fresh_read(view, ctx)


def test_changes_made_while_hidden_are_all_patched(view: DashboardView, ctx: AppContext,
                                                   qtbot: QtBot, ticks: int) -> None:
    view.hide()
    account = int(ctx.db.conn.execute("SELECT max(id) FROM account").fetchone()[0])
    ctx.bus.announce(set_task_status(ctx.db, ticks, "done", today=TODAY).change)
    ctx.bus.announce(update_account(ctx.db, account, {"mrr": 4321.0}).change)
    assert view._owed is not None and len(view._owed) == 2
    with qtbot.waitSignal(view.refreshed):
        view.show()
    qtbot.waitUntil(lambda: not view.busy and not view.trends_pending)
    assert view._frames.day(TODAY).patches > 0
    _shows_a_fresh_read(view, ctx)


def test_a_change_naming_no_account_reads_everything(view: DashboardView, ctx: AppContext,
                                                     qtbot: QtBot, ticks: int) -> None:
    set_task_status(ctx.db, ticks, "done", today=TODAY)  # as an import would, unnamed
    _announce(view, ctx, qtbot, ChangeSet(kpis=True))
    assert view._frames.day(TODAY).patches == 0
    _shows_a_fresh_read(view, ctx)
