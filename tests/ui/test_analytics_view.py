"""The Analytics view on the S demo portfolio: clustering, accepting segments (with undo),
rule segments, comparisons, retention projections, cancelling, and the Qt models."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLineEdit, QTableView, QWidget
from pytestqt.qtbot import QtBot

from tests.conftest import TODAY
from tracker.analytics.experiments import compare_groups
from tracker.analytics.groups import resolve_group
from tracker.analytics.retention import project_retention
from tracker.analytics.segment_rules import matching_accounts
from tracker.analytics.segmentation import suggest_segments
from tracker.changes import ChangeSet
from tracker.database import Database
from tracker.services.records import SEGMENTS
from ui.charts.analytics_charts import ClusterProfileChart, SilhouetteChart
from ui.context import AppContext
from ui.models.analytics_metric_model import MetricModel
from ui.models.analytics_profile_model import NAME, ClusterProfileModel
from ui.models.analytics_projection_model import ProjectionModel
from ui.views.analytics import AnalyticsView
from ui.views.analytics_parts import Progress

pytestmark = pytest.mark.gui


@pytest.fixture
def view(ctx: AppContext, qtbot: QtBot) -> Iterator[AnalyticsView]:
    widget = AnalyticsView(ctx)
    qtbot.addWidget(widget)
    widget.resize(1230, 720)
    widget.show()
    yield widget
    qtbot.waitUntil(lambda: not widget.busy(), timeout=20000)
    widget.close()


def click(qtbot: QtBot, button: QWidget) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def cell_pos(table: QTableView, row: int, col: int) -> QPoint:
    return table.visualRect(table.model().index(row, col)).center()


def segment_names(db: Database) -> set[str]:
    return {r[0] for r in db.conn.execute("SELECT name FROM segment")}


def test_models_pass_the_model_tester(ctx: AppContext, qtmodeltester: object) -> None:
    profiles = ClusterProfileModel()
    profiles.set_playbooks([(1, "Initial")])
    profiles.set_profiles(suggest_segments(ctx.db, "kmeans", k=3).profiles)
    comparison = compare_groups(ctx.db, resolve_group(ctx.db, "segment:Mid-market"),
                                resolve_group(ctx.db, "segment:Business"), TODAY)
    metrics = MetricModel()
    metrics.set_rows(list(comparison.metrics))
    projections = ProjectionModel()
    projections.set_rows(project_retention(ctx.db, TODAY, by="cohort"))
    for model in (profiles, metrics, projections):
        qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert profiles.rowCount() == 3 and metrics.rowCount() == 4 and projections.rowCount() > 5


def test_suggest_rename_accept_and_undo(view: AnalyticsView, ctx: AppContext, qtbot: QtBot) -> None:
    tab = view.segments
    before = ctx.db.conn.execute("SELECT id, segment_id FROM account ORDER BY id").fetchall()
    click(qtbot, tab.run_button)
    qtbot.waitUntil(lambda: tab.suggestion is not None, timeout=20000)
    sug = tab.suggestion
    assert sug is not None and sug.method == "kmeans" and sug.k_scores
    assert tab.profiles.rowCount() == sug.k
    assert [k for k, _ in tab.silhouette_chart.series()] == [s.k for s in sug.k_scores]
    assert "silhouette" in tab.summary.text()
    # The legend sits beside the bars, not over them.
    chart = tab.profile_chart
    chart.figure.canvas.draw()
    legend = chart.ax.get_legend()
    assert legend is not None
    assert legend.get_window_extent().x0 >= chart.ax.get_window_extent().x1 - 1

    # Rename the first cluster with a real double-click and typing.
    pos = cell_pos(tab.table, 0, NAME)
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.waitUntil(lambda: bool(tab.table.viewport().findChildren(QLineEdit)))
    editor = tab.table.viewport().findChildren(QLineEdit)[0]
    editor.selectAll()
    qtbot.keyClicks(editor, "Core customers")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    row0 = tab.proxy.mapToSource(tab.proxy.index(0, NAME)).row()
    qtbot.waitUntil(lambda: tab.profiles.names[row0] == "Core customers")  # Qt commits queued
    assert tab.profile_chart.series()[row0][0] == "Core customers"

    click(qtbot, tab.accept_button)
    names = segment_names(ctx.db)
    assert "Core customers" in names
    members = {r[0] for r in ctx.db.conn.execute(
        "SELECT a.id FROM account a JOIN segment s ON s.id = a.segment_id WHERE s.name = 'Core customers'")}
    assert members == set(sug.members(row0))
    assert not tab.accept_button.isEnabled()

    ctx.undo_stack.undo()
    assert "Core customers" not in segment_names(ctx.db)
    assert ctx.db.conn.execute("SELECT id, segment_id FROM account ORDER BY id").fetchall() == before


def test_charts_show_their_placeholders_before_the_first_run(view: AnalyticsView) -> None:
    tab = view.segments

    def texts(chart: ClusterProfileChart | SilhouetteChart) -> list[str]:
        return [t.get_text() for t in chart.ax.texts]

    assert texts(tab.profile_chart) == ["Run a clustering to see the cluster profiles"]
    assert texts(tab.silhouette_chart) == ["Press “Suggest segments” to compare numbers of clusters"]
    # The other tabs' charts draw theirs when the tab is first shown.
    for other in (view.compare, view.retention):
        view.tabs.setCurrentWidget(other)
        assert other.chart.ax.texts


def test_statistics_headers_explain_themselves(ctx: AppContext) -> None:
    def headers(model: MetricModel | ProjectionModel, role: Qt.ItemDataRole) -> list[str | None]:
        return [model.headerData(i, Qt.Orientation.Horizontal, role) for i in range(model.columnCount())]

    metrics, projections = MetricModel(), ProjectionModel()
    shown = headers(metrics, Qt.ItemDataRole.DisplayRole)
    assert "n A" not in shown and "p (Holm)" not in shown
    tips = headers(metrics, Qt.ItemDataRole.ToolTipRole)
    for name in ("Accounts A", "Accounts B", "p-value", "Adjusted p"):
        assert tips[shown.index(name)]
    shown = headers(projections, Qt.ItemDataRole.DisplayRole)
    tips = headers(projections, Qt.ItemDataRole.ToolTipRole)
    greek = [i for i, head in enumerate(shown) if head and ("α" in head or "β" in head)]
    assert len(greek) == 2 and all(tips[i] and "α ÷ (α + β)" in str(tips[i]) for i in greek)


def test_ward_with_fixed_k_shows_the_dendrogram(view: AnalyticsView, qtbot: QtBot) -> None:
    tab = view.segments
    tab.method.setFocus()
    qtbot.keyClick(tab.method, Qt.Key.Key_Down)
    assert tab.method.currentData() == "ward"
    tab.k.lineEdit().selectAll()
    qtbot.keyClicks(tab.k, "3")
    assert tab.k.value() == 3
    click(qtbot, tab.run_button)
    qtbot.waitUntil(lambda: tab.suggestion is not None, timeout=20000)
    assert tab.suggestion is not None and tab.suggestion.k == 3
    assert tab.second_chart.currentWidget() is tab.dendrogram_chart
    series = tab.dendrogram_chart.series()
    assert series is not None and series[0] > 0 and series[1] > 0
    assert tab.silhouette_chart.series() == []  # a fixed k tries no other k


def test_accepting_a_taken_name_is_refused(view: AnalyticsView, ctx: AppContext, qtbot: QtBot) -> None:
    tab = view.segments
    failures: list[str] = []
    ctx.bus.failed.connect(failures.append)
    click(qtbot, tab.run_button)
    qtbot.waitUntil(lambda: tab.suggestion is not None, timeout=20000)
    tab.profiles.setData(tab.profiles.index(0, NAME), "Enterprise")
    before = segment_names(ctx.db)
    click(qtbot, tab.accept_button)
    assert failures and "already exists" in failures[0]
    assert "already exists" in tab.summary.text()
    assert segment_names(ctx.db) == before
    assert ctx.undo_stack.count() == 0


def test_rule_segment_preview_create_and_undo(view: AnalyticsView, ctx: AppContext, qtbot: QtBot) -> None:
    tab = view.segments
    qtbot.keyClicks(tab.rule, "plan = Growth and mrr > 500")
    click(qtbot, tab.preview_button)
    expected = len(matching_accounts(ctx.db, "plan = Growth and mrr > 500"))
    assert expected > 0
    assert tab.rule_message.text() == f"This rule matches {expected:,} account{'' if expected == 1 else 's'}."
    qtbot.keyClicks(tab.rule_name, "Growth big")
    click(qtbot, tab.create_button)
    assert "Growth big" in segment_names(ctx.db)
    assert tab.rule_message.text().startswith("Created segment")
    ctx.undo_stack.undo()
    assert "Growth big" not in segment_names(ctx.db)

    tab.rule.clear()
    qtbot.keyClicks(tab.rule, "colour = red")
    click(qtbot, tab.preview_button)
    assert tab.rule_message.text().startswith("'colour' is not a field")


def test_compare_starts_on_the_two_largest_segments(view: AnalyticsView, ctx: AppContext) -> None:
    sizes = dict(ctx.db.conn.execute(
        "SELECT segment.name, count(account.id) FROM segment LEFT JOIN account"
        " ON account.segment_id = segment.id GROUP BY segment.id").fetchall())
    largest = sorted(sizes, key=lambda name: (-sizes[name], name))[:2]
    assert sizes[largest[1]] > min(sizes.values())  # the demo has a smaller segment to skip
    tab = view.compare
    assert (tab.group_a.spec(), tab.group_b.spec()) == (f"segment:{largest[0]}", f"segment:{largest[1]}")


def test_compare_small_segments_refuses_a_winner(view: AnalyticsView, qtbot: QtBot) -> None:
    view.tabs.setCurrentIndex(1)
    tab = view.compare
    tab.group_a.select("segment", "Enterprise")
    tab.group_b.select("segment", "Self-serve")
    assert tab.group_a.spec() == "segment:Enterprise" and tab.group_b.spec() == "segment:Self-serve"
    click(qtbot, tab.run_button)
    qtbot.waitUntil(lambda: tab.comparison is not None, timeout=20000)
    assert tab.model.rowCount() == 4
    assert tab.verdict.text().startswith("Not enough data to call a winner")
    assert "Too little data" in tab.details.text()
    assert [label for label, _ in tab.chart.series()] == ["A: Enterprise", "B: Self-serve"]


def test_compare_bad_group_gets_one_sentence(view: AnalyticsView, qtbot: QtBot) -> None:
    tab = view.compare
    tab.group_a.select("period")
    qtbot.keyClicks(tab.group_a.text, "last spring")
    click(qtbot, tab.run_button)
    qtbot.waitUntil(lambda: tab.run_button.isEnabled(), timeout=20000)
    assert "not a date" in tab.verdict.text() or "period" in tab.verdict.text()
    assert tab.comparison is None


def test_retention_projects_and_chart_follows_selection(view: AnalyticsView, qtbot: QtBot) -> None:
    view.tabs.setCurrentIndex(2)
    tab = view.retention
    tab.group_by.setCurrentIndex(1)  # Segment
    click(qtbot, tab.run_button)
    qtbot.waitUntil(lambda: bool(tab.projections), timeout=20000)
    assert tab.model.rowCount() == len(tab.projections) == 3
    # The S demo's segments are small: every fit is flagged, and the note says why.
    assert all(p.issue == "too_little" for p in tab.projections)
    assert "3 groups projected" in tab.status.text() and "3 of them have" in tab.status.text()
    note = tab.model.index(0, tab.model.columnCount() - 1).data()
    assert note.startswith("Only ") and "unreliable" in note
    first = tab.chart.projection
    assert first is not None
    actual, projected = tab.chart.series()
    assert actual[0] == 1.0 and (projected == [] or len(projected) == 121)
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=cell_pos(tab.table, 2, 0))
    assert tab.chart.projection is not None and tab.chart.projection is not first


def test_retention_marks_stale_results(view: AnalyticsView, ctx: AppContext, qtbot: QtBot) -> None:
    tab = view.retention
    click(qtbot, tab.run_button)
    qtbot.waitUntil(lambda: bool(tab.projections), timeout=20000)
    assert len(tab.projections) == 1
    assert tab.status.text().startswith("1 group projected") and "groups" not in tab.status.text()
    ctx.bus.announce(ChangeSet(accounts=True))
    assert "changed since" in tab.status.text()


def test_cancel_stops_a_running_job(view: AnalyticsView, qtbot: QtBot) -> None:
    tab = view.segments
    messages: list[str] = []
    tab.jobs.failed.connect(messages.append)

    def slow(_db: Database, progress: Progress) -> None:
        for _ in range(2000):
            progress(0, 1, "")
            time.sleep(0.005)

    tab.jobs.start(slow)
    assert tab.jobs.cancel_button.isVisibleTo(tab)
    click(qtbot, tab.jobs.cancel_button)
    qtbot.waitUntil(lambda: not tab.jobs.running, timeout=10000)
    assert messages == [""]
    assert tab.summary.text() == "Cancelled."


def test_new_segments_reach_the_compare_pickers(view: AnalyticsView, ctx: AppContext) -> None:
    """The Compare tab is hidden behind Segments: it reads the new names when it is shown."""
    SEGMENTS.create(ctx.db, {"name": "Pilot group"})
    ctx.bus.announce(ChangeSet(segments=True))
    view.tabs.setCurrentWidget(view.compare)
    assert "Pilot group" in view.compare.group_a.names["segment"]


def test_translated_verdicts_follow_the_core(ctx: AppContext) -> None:
    from dataclasses import replace

    from ui.models.analytics_metric_model import metric_verdict, overall_verdict

    c = compare_groups(ctx.db, resolve_group(ctx.db, "segment:Mid-market"),
                       resolve_group(ctx.db, "segment:Business"), TODAY)
    on_time = replace(c.metrics[1], enough=True, favours="b", p_adjusted=0.0004, value_a=40.0,
                      value_b=75.0)
    assert metric_verdict(on_time, "Mid-market", "Business") == (
        "Business goes live on time more often: 40 % vs 75 % (adjusted p < 0.001).")
    won = replace(c, metrics=(c.metrics[0], on_time, *c.metrics[2:]))
    assert overall_verdict(won) == "Business does better on on-time go-live, and no worse on anything tested."
    assert overall_verdict(c) == "Not enough data to call a winner between Mid-market and Business."
