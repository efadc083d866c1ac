"""Dashboard and health panel: filters change every tile and chart, a ticked task moves the
KPIs and the account's health, charts export on white, and the Qt models are sound."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QImage, QUndoStack
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tests.conftest import TODAY
from tracker.changes import ChangeSet
from tracker.cli.kpi_commands import format_value
from tracker.database import Database
from tracker.i18n import Phrase
from tracker.kpi import dashboard_data, health_scores
from tracker.kpi.filters import KpiFilter
from tracker.kpi.series import HealthDistribution
from tracker.kpi.stages import StageFunnel
from tracker.kpi.values import KpiValue
from tracker.services.tasks import set_task_status
from ui.charts.kpi_tile import KpiTile, format_kpi
from ui.context import AppContext
from ui.events import ChangeBus, Navigator
from ui.models import labels
from ui.models.health_factor_model import HealthFactorModel
from ui.models.kpi_table_model import KpiTableModel
from ui.theme import apply_palette
from ui.views.dashboard import DashboardView
from ui.views.health_panel import HealthPanel

pytestmark = pytest.mark.gui
# The dashboard computes on the database executor; the first refresh of a test process also
# imports SciPy there, which takes seconds on a loaded 2-core machine (not a timing assertion).
FIRST_MS = 60_000


@pytest.fixture
def ctx(demo_db: Database, qapp: QApplication) -> Iterator[AppContext]:
    path = Path(demo_db.conn.execute("PRAGMA database_list").fetchone()[2])
    context = AppContext(db=demo_db, db_path=path, bus=ChangeBus(), undo_stack=QUndoStack(),
                         navigator=Navigator(), today=lambda: TODAY)
    yield context


@pytest.fixture
def view(ctx: AppContext, qtbot: QtBot) -> Iterator[DashboardView]:
    widget = DashboardView(ctx)
    # The trends job carries the goals: waited for before pytest-qt closes the widget, which
    # its teardown hook does before this fixture's own teardown (a wait placed after the
    # yield met a deleted widget whose trends could no longer arrive, and only passed when
    # they had come before the test ended).
    qtbot.addWidget(widget, before_close_func=lambda w: qtbot.waitUntil(
        lambda: not w.trends_pending, timeout=FIRST_MS))
    widget.resize(1366, 768)
    with qtbot.waitSignal(widget.refreshed, timeout=FIRST_MS):
        widget.show()
    qtbot.waitUntil(lambda: not widget.trends_pending, timeout=FIRST_MS)
    yield widget
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
    qtbot.waitUntil(lambda: not view.trends_pending, timeout=FIRST_MS)
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
        ctx.bus.announce(set_task_status(ctx.db, task_id, "done", today=TODAY).change)
    assert view.data is not None
    assert view.data.kpi("task_overdue").numerator == (overdue_before or 0) - 1
    assert view.tiles["task_overdue"].value_label.text() == format_kpi(view.data.kpi("task_overdue"))
    qtbot.waitUntil(lambda: panel.score is not None and panel.score.score != health_before)
    assert panel.score is not None and panel.score.score is not None and health_before is not None
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
    assert panel.model.rowCount() == 6  # factors weighed 0 (signals, check-ins) are not listed
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
    with qtbot.waitSignal(widget.refreshed, timeout=FIRST_MS):
        widget.show()
    qtbot.waitUntil(lambda: not widget.trends_pending, timeout=FIRST_MS)
    assert widget.tiles["health"].value_label.text() == "–"
    assert widget.segment_combo.count() == 1 + len(db.conn.execute("SELECT id FROM segment").fetchall())
    assert widget.health_chart.series() == [0] * 10
    assert widget.cohort_chart.series().size == 0
    widget.close()


def _kpi(key: str, value: float | None, unit: str = "%", den: float | None = 10.0, *,
         not_reached: bool = False) -> KpiValue:
    return KpiValue(key, value, unit, 1.0, den, Phrase("kpi detail", "Not reached anything"), None,
                    not_reached=not_reached)


def test_tile_gives_no_comparison_when_the_previous_period_has_no_data(qtbot: QtBot) -> None:
    tile = KpiTile("feature_adoption")
    qtbot.addWidget(tile)
    tile.set_kpi(_kpi("feature_adoption", 76.6), _kpi("feature_adoption", None), 90)
    assert tile.trend_label.text() == "–"
    tile.set_kpi(_kpi("feature_adoption", 76.6), _kpi("feature_adoption", 0.0, den=0), 90)
    assert tile.trend_label.text() == "–"
    tile.set_kpi(_kpi("feature_adoption", 76.6), _kpi("feature_adoption", 70.0), 90)
    assert tile.trend_label.text().startswith("▲") and "6.6" in tile.trend_label.text()


def test_every_surface_rounds_half_away_from_zero(qtbot: QtBot) -> None:
    nps = KpiValue("nps", 31.25, "score", 15.0, 48.0)
    model = KpiTableModel()
    model.set_kpis([nps], {"nps": KpiValue("nps", 31.15, "score", 1.0, 2.0)})
    shown = QLocale().toString(31.3, "f", 1)
    assert format_kpi(nps) == shown == format_value(nps).replace(".", QLocale().decimalPoint())
    assert model.index(0, KpiTableModel.PREVIOUS).data() == QLocale().toString(31.2, "f", 1)
    tile = KpiTile("nps")
    qtbot.addWidget(tile)
    tile.set_kpi(nps, KpiValue("nps", 31.2, "score", 1.0, 2.0), 90)
    assert "0" + QLocale().decimalPoint() + "1" in tile.trend_label.text()  # 31.3 - 31.2, not 0.05


def test_not_reached_comes_from_the_flag() -> None:
    assert format_kpi(_kpi("ttfv_p90", None, "days", not_reached=True)) == "not reached"
    assert format_kpi(_kpi("ttfv_p90", None, "days")) == "–"  # "Not reached" in detail is only words


def test_band_names_are_capitalised_and_consistent() -> None:
    assert [labels.band(b) for b in ("green", "yellow", "red")] == ["Green", "Yellow", "Red"]


def test_month_ticks_read_as_month_and_year(view: DashboardView) -> None:
    view.feedback_chart.figure.canvas.draw()
    labels = [t.get_text() for t in view.feedback_chart.ax.get_xticklabels()]
    assert labels and all("/" not in text for text in labels)
    assert labels[-1] == QLocale().toString(QDate(TODAY.year, TODAY.month, 1), "MMM yy")
    low, high = view.feedback_chart.ax.get_ylim()
    assert high > 100 and low < -100  # markers at 100 are not cut


def test_cohort_heatmap_has_a_colour_bar_and_labels_every_row(view: DashboardView) -> None:
    chart = view.cohort_chart
    chart.figure.canvas.draw()
    assert chart.ax.get_title() == "Cohort retention (% still here)"
    assert len(chart.figure.axes) == 2  # the heatmap and its colour bar
    rows = min(12, len(chart.data.cohorts)) if chart.data else 0
    labels = [t.get_text() for t in chart.ax.get_yticklabels()]
    assert rows > 2 and len(labels) == rows


def test_chart_labels_stay_inside_the_chart(view: DashboardView) -> None:
    data = view.data
    assert data is not None
    big = StageFunnel(data.funnel.stages, (5000, 4990, 4000, 3000, 2000, 1000),
                      (5, 990, 1000, 1000, 1000, 0))
    view.funnel_chart.set_data(big)
    view.health_chart.set_data(HealthDistribution(tuple(range(0, 110, 10)),
                                                  (0, 0, 0, 5, 30, 200, 800, 1500, 2000, 1200),
                                                  4700, 35, 5))
    for chart in (view.funnel_chart, view.health_chart):
        chart.figure.canvas.draw()
        renderer = chart.figure.canvas.get_renderer()  # type: ignore[attr-defined]
        box = chart.figure.bbox
        artists = [*chart.ax.texts, chart.ax.yaxis.label, *chart.ax.get_yticklabels()]
        for artist in artists:
            extent = artist.get_window_extent(renderer)
            if artist.get_text():
                assert box.x0 - 1 <= extent.x0 and extent.x1 <= box.x1 + 1, artist.get_text()
        ylabel = chart.ax.yaxis.label.get_window_extent(renderer)
        ticks = [t.get_window_extent(renderer) for t in chart.ax.get_yticklabels() if t.get_text()]
        assert all(ylabel.x1 <= t.x0 + 1 for t in ticks)  # the axis label is not under the ticks


def test_a_failure_of_an_outdated_refresh_is_not_shown(view: DashboardView, ctx: AppContext,
                                                        qtbot: QtBot,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """The first refresh fails after a newer one was asked for: the newer one's numbers
    show and no error does; a failure of the newest refresh is said once."""
    import threading

    import ui.views.dashboard as dashboard_module

    real = dashboard_data
    release = threading.Event()
    calls: list[int] = []

    def flaky(*args: object, **kwargs: object) -> object:
        calls.append(1)
        if len(calls) == 1:
            release.wait(FIRST_MS / 1000)
            raise RuntimeError("the first refresh broke")
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(dashboard_module, "dashboard_data", flaky)
    failures: list[str] = []
    ctx.bus.failed.connect(failures.append)
    view.refresh()
    qtbot.waitUntil(lambda: len(calls) == 1)  # the first job is under way
    with qtbot.waitSignal(view.refreshed, timeout=FIRST_MS):
        view.refresh()
        release.set()
    qtbot.waitUntil(lambda: not view.busy, timeout=FIRST_MS)
    assert failures == []
    assert view.data is not None and view.data.kpi("health") == real(ctx.db, TODAY).kpi("health")

    monkeypatch.setattr(dashboard_module, "dashboard_data", lambda *a, **k: 1 / 0)
    view.refresh()
    qtbot.waitUntil(lambda: not view.busy, timeout=FIRST_MS)
    assert len(failures) == 1 and failures[0].startswith("The dashboard could not be computed")
    assert not view.trends_pending
