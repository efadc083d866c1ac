"""First shows paint a plain "Loading…" until their data is there (issue 17: no half-drawn
frame over the previous view): the lazily built views, the dashboard until its worker
answers, and Today's at-risk list until the shared account reader answers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from tests.conftest import TODAY
from tracker.database import Database
from ui.context import AppContext
from ui.events import ChangeBus, Navigator
from ui.views.dashboard import DashboardView
from ui.views.lazy import LazyView
from ui.views.today import TodayView

pytestmark = pytest.mark.gui
FIRST_MS = 60_000  # the first refresh of a process imports SciPy on the worker; not a timing


@pytest.fixture
def ctx(demo_db: Database, qapp: QApplication) -> Iterator[AppContext]:
    path = Path(demo_db.conn.execute("PRAGMA database_list").fetchone()[2])
    yield AppContext(db=demo_db, db_path=path, bus=ChangeBus(), undo_stack=QUndoStack(),
                     navigator=Navigator(), today=lambda: TODAY)


def test_lazy_view_shows_loading_then_builds_after_the_first_paint(qtbot: QtBot) -> None:
    built: list[QWidget] = []

    def factory() -> QWidget:
        built.append(QLabel("the real view"))
        return built[-1]

    lazy = LazyView(factory)
    qtbot.addWidget(lazy)
    lazy.show()
    assert not built  # nothing built inside the show itself: "Loading…" paints first
    assert lazy.placeholder is not None and lazy.placeholder.text() == "Loading…"
    qtbot.waitUntil(lambda: lazy.view is not None)
    assert built == [lazy.view] and lazy.placeholder is None
    qtbot.waitUntil(lambda: built[0].isVisible())
    lazy.close()


def test_lazy_view_hidden_before_the_turn_does_not_build(qtbot: QtBot) -> None:
    built: list[QWidget] = []
    def factory() -> QWidget:
        built.append(QWidget())
        return built[-1]

    lazy = LazyView(factory)
    qtbot.addWidget(lazy)
    lazy.show()
    lazy.hide()
    qtbot.wait(20)  # a few event-loop turns
    assert not built
    assert lazy.ensure() is built[0]  # asked for directly, it builds at once
    lazy.close()


def test_dashboard_shows_loading_until_its_numbers_arrive(ctx: AppContext, qtbot: QtBot) -> None:
    view = DashboardView(ctx)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    with qtbot.waitSignal(view.refreshed, timeout=FIRST_MS):
        view.show()
        assert view.pages.currentWidget() is view.loading  # computed on the worker: not yet
        assert view.loading.text() == "Loading…"
    assert view.pages.currentWidget() is view.scroll_area
    assert view.tiles["activation"].isVisible()
    qtbot.waitUntil(lambda: not view.busy)
    view.close()


def test_today_at_risk_says_loading_until_the_reader_answers(ctx: AppContext, qtbot: QtBot) -> None:
    view = TodayView(ctx)
    qtbot.addWidget(view)
    view.show()
    # Every list is read off the GUI thread, after the first paint: nothing read in the show.
    for section in (view.overdue, view.due_soon, view.at_risk, view.checkins):
        assert section.model.rowCount() == 0 and section.empty.text() == "Loading…"
    qtbot.waitUntil(lambda: view.risk_model.rowCount() > 0, timeout=FIRST_MS)
    qtbot.waitUntil(lambda: view.overdue_model.rowCount() > 0, timeout=FIRST_MS)
    assert view.at_risk.empty.text() == "No account is at risk."
    assert view.overdue.empty.text() == "Nothing overdue. Well done."
    assert view.checkins.empty.text() == "Every account has had its call or meeting."
    view.close()
