"""Dashboard and health panel: filters change every tile and chart, a ticked task moves the
KPIs and the account's health, charts export on white, and the Qt models are sound."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QUndoStack
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from tests.conftest import TODAY
from tracker.changes import ChangeSet
from tracker.kpi import dashboard_data, health_scores
from tracker.kpi.filters import KpiFilter
from tracker.services.tasks import set_task_status
from ui.charts.kpi_tile import format_kpi
from ui.context import AppContext
from ui.events import ChangeBus, Navigator
from ui.models.health_factor_model import HealthFactorModel
from ui.models.kpi_table_model import KpiTableModel
from ui.theme import apply_palette
from ui.views.dashboard import DashboardView
from ui.views.health_panel import HealthPanel

pytestmark = pytest.mark.gui


@pytest.fixture
def ctx(demo_db: Database, qapp: QApplication) -> Iterator[AppContext]:
    path = Path(demo_db.conn.execute("PRAGMA database_list").fetchone()[2])
    context = AppContext(db=demo_db, db_path=path, bus=ChangeBus(), undo_stack=QUndoStack(),
                         navigator=Navigator(), today=lambda: TODAY)
    yield context


@pytest.fixture
def view(ctx: AppContext, qtbot: QtBot) -> Iterator[DashboardView]:
    widget = DashboardView(ctx)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    with qtbot.waitSignal(widget.refreshed):
        widget.show()
    qtbot.waitUntil(lambda: not widget.trends_pending)
    yield widget
    qtbot.waitUntil(lambda: not widget.trends_pending)
    widget.close()


def _overdue_task(db: Database) -> tuple[int, int]:
    row = db.conn.execute(
        "SELECT task.id, task.account_id FROM task JOIN account ON account.id = task.account_id"
        " WHERE task.status IN ('todo', 'in_progress', 'blocked') AND task.due_date < ?"
        " AND account.status <> 'churned' ORDER BY task.id LIMIT 1", (TODAY.isoformat(),)).fetchone()
    return int(row[0]), int(row[1])


def test_tiles_and_table_show_the_engine_numbers(view: DashboardView, ctx: AppContext) -> None:
    expected = dashboard_data(ctx.db, TODAY)
    assert view.tiles["health"].value_label.text() == format_kpi(expected.kpi("health"))
    assert view.tiles["activation"].value_label.text() == format_kpi(expected.kpi("activation"))
    assert view.kpi_model.rowCount() == len(expected.kpis)
    trend = view.tiles["csat"].trend_label.text()
    assert "90" in trend and trend != ""
    assert "Formula" in view.tiles["nps"].toolTip()
    assert view.health_chart.series() == list(expected.health.counts)


def test_owner_filter_updates_every_tile_and_chart(view: DashboardView, ctx: AppContext,
                                                   qtbot: QtBot) -> None:
    before_tiles = {k: t.value_label.text() for k, t in view.tiles.items()}
    before_series = (view.health_chart.series(), view.funnel_chart.series(),
                     view.survival_chart.series(), view.on_time_chart.series(),
                     view.feedback_chart.series(), view.cohort_chart.series().tolist())
    view.owner_combo.setFocus()
    with qtbot.waitSignal(view.refreshed):
        qtbot.keyClick(view.owner_combo, Qt.Key.Key_Down)
    owner = view.owner_combo.currentData()
    assert owner is not None
    expected = dashboard_data(ctx.db, TODAY, KpiFilter(owners=(owner,)))
    assert view.data is not None and view.data.kpis == expected.kpis
    assert view.tiles["health"].value_label.text() == format_kpi(expected.kpi("health"))
    after_series = (view.health_chart.series(), view.funnel_chart.series(),
                    view.survival_chart.series(), view.on_time_chart.series(),
                    view.feedback_chart.series(), view.cohort_chart.series().tolist())
    assert view.health_chart.series() == list(expected.health.counts)
    assert view.funnel_chart.series() == list(expected.funnel.entered)
    for old, new in zip(before_series, after_series, strict=True):
        assert old != new
    changed = [k for k, t in view.tiles.items() if t.value_label.text() != before_tiles[k]]
    assert len(changed) >= 8
    qtbot.waitUntil(lambda: not view.trends_pending)
    assert view.previous["health"] == expected.previous["health"]


def test_as_of_date_by_keyboard(view: DashboardView, qtbot: QtBot) -> None:
    view.as_of_edit.setFocus()
    with qtbot.waitSignal(view.refreshed):
        qtbot.keyClick(view.as_of_edit, Qt.Key.Key_Down)  # the year section: one year back
    assert view.as_of() == date(2025, 6, 15)
    assert view.data is not None and view.data.as_of == date(2025, 6, 15)
    assert view.on_time_chart.data is not None and view.on_time_chart.data.months[-1] == "2025-06"


def test_signed_window_checkbox_filters(view: DashboardView, qtbot: QtBot) -> None:
    total = view.data.kpi("activation").denominator if view.data else None
    with qtbot.waitSignal(view.refreshed):
        qtbot.mouseClick(view.signed_check, Qt.MouseButton.LeftButton)
    assert view.signed_from.isEnabled()
    flt = view.current_filter()
    assert flt.signed_from == date(2025, 6, 15) and flt.signed_to == TODAY
    assert view.data is not None and view.data.kpi("activation").denominator != total


def test_ticking_a_task_moves_kpis_and_health(view: DashboardView, ctx: AppContext, qtbot: QtBot) -> None:
    task_id, account_id = _overdue_task(ctx.db)
    panel = HealthPanel(ctx)
    qtbot.addWidget(panel)
    panel.set_account(account_id)
    panel.show()
    health_before = panel.score.score if panel.score else None
    overdue_before = view.data.kpi("task_overdue").numerator if view.data else None
    with qtbot.waitSignal(view.refreshed):
        ctx.bus.announce(set_task_status(ctx.db, task_id, "done", today=TODAY))
    assert view.data is not None
    assert view.data.kpi("task_overdue").numerator == (overdue_before or 0) - 1
    assert view.tiles["task_overdue"].value_label.text() == format_kpi(view.data.kpi("task_overdue"))
    qtbot.waitUntil(lambda: panel.score is not None and panel.score.score != health_before)
    assert panel.score is not None and health_before is not None
    assert panel.score.score > health_before
    assert panel.score == health_scores(ctx.db, TODAY, [account_id])[account_id]
    panel.close()


def test_changes_without_kpis_do_not_refresh_and_bursts_coalesce(view: DashboardView,
                                                                 ctx: AppContext, qtbot: QtBot) -> None:
    ctx.bus.announce(ChangeSet(playbooks=True))
    assert not view._timer.isActive()
    refreshes: list[int] = []
    view.refreshed.connect(lambda: refreshes.append(1))
    for _ in range(5):
        ctx.bus.announce(ChangeSet(tasks=True, kpis=True))
    assert view._timer.isActive()
    qtbot.waitUntil(lambda: len(refreshes) >= 1)
    assert len(refreshes) == 1


def test_hidden_dashboard_refreshes_when_shown(view: DashboardView, ctx: AppContext, qtbot: QtBot) -> None:
    view.hide()
    ctx.bus.announce(ChangeSet(kpis=True))
    assert not view._timer.isActive() and view._stale
    with qtbot.waitSignal(view.refreshed):
        view.show()


@pytest.mark.parametrize("fmt", ["png", "svg"])
def test_chart_saves_on_a_white_background(view: DashboardView, tmp_path: Path, qapp: QApplication,
                                           fmt: str) -> None:
    apply_palette(qapp, dark=True)
    try:
        chart = view.health_chart
        target = tmp_path / "chart"
        chart.ask_path = lambda parent, title, flt: str(target)
        chart.save_svg_action.trigger() if fmt == "svg" else chart.save_png_action.trigger()
        saved = tmp_path / f"chart.{fmt}"
        assert saved.is_file() and saved.stat().st_size > 1000
        if fmt == "png":
            image = QImage(str(saved))
            assert image.pixelColor(2, 2).name() == "#ffffff"
        else:
            assert "<svg" in saved.read_text()
        assert chart.figure.get_facecolor()[:3] != (1.0, 1.0, 1.0)  # screen colours are back
        chart.ask_path = lambda parent, title, flt: None
        assert chart.save_as("png") is None
    finally:
        apply_palette(qapp, dark=False)


def test_health_panel_explains_factor_by_factor(ctx: AppContext, qtbot: QtBot,
                                            qtmodeltester: ModelTester) -> None:
    panel = HealthPanel(ctx)
    qtbot.addWidget(panel)
    panel.set_account(3)
    expected = health_scores(ctx.db, TODAY, [3])[3]
    assert panel.score == expected
    assert panel.model.rowCount() == 6
    assert panel.score_label.text() == f"{expected.score:.0f}"
    total = sum(f.contribution for f in panel.model.rows())
    assert total == pytest.approx(expected.score)
    qtmodeltester.check(panel.model)
    panel.set_account(None)
    assert panel.model.rowCount() == 0 and panel.score_label.text() == "–"
    panel.close()


def test_models_pass_the_model_tester(view: DashboardView, qtmodeltester: ModelTester) -> None:
    qtmodeltester.check(view.kpi_model)
    empty = KpiTableModel()
    qtmodeltester.check(empty)
    qtmodeltester.check(HealthFactorModel())


def test_empty_database_shows_placeholders(db: Database, db_path: Path, qtbot: QtBot) -> None:
    context = AppContext(db=db, db_path=db_path, bus=ChangeBus(), undo_stack=QUndoStack(),
                         navigator=Navigator(), today=lambda: TODAY)
    widget = DashboardView(context)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.refreshed):
        widget.show()
    qtbot.waitUntil(lambda: not widget.trends_pending)
    assert widget.tiles["health"].value_label.text() == "–"
    assert widget.segment_combo.count() == 1 + len(db.conn.execute("SELECT id FROM segment").fetchall())
    assert widget.health_chart.series() == [0] * 10
    assert widget.cohort_chart.series().size == 0
    widget.close()
