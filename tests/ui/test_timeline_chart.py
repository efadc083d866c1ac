"""The timeline's step names: painted by Qt over the margin on screen, in the figure when saved."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from matplotlib.figure import Figure
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from tracker.queries import customer_plan as cp
from ui.charts.base import LIGHT_EXPORT
from ui.charts.timeline import ROWS_SHOWN, TITLE_MAX, TimelineChart, day_number, draw_plan, row_names

AS_OF = date(2026, 6, 15)
LONG = "Agree the success plan and the first value criteria with the sponsor"


def plan(steps: int = 30) -> cp.CustomerPlan:
    """``steps`` tasks a week apart, every fifth a milestone, the first three late."""
    start = date(2026, 3, 2)
    rows = []
    for i in range(steps):
        kind = "milestone" if i % 5 == 4 else "task"
        state = cp.LATE if i < 3 else cp.PLANNED
        title = LONG if i == 1 else f"Step {i + 1}"
        rows.append(cp.PlanStep(kind, i + 1, title, "Kickoff" if i < 15 else "Adopt",
                                start + timedelta(days=7 * i), None, state, "us", "csm"))
    bands = (cp.StageBand("Kickoff", start, start + timedelta(days=98)),
             cp.StageBand("Adopt", start + timedelta(days=105), start + timedelta(days=7 * (steps - 1))))
    return cp.CustomerPlan("Harbor Labs", "Kickoff", AS_OF, date(2026, 2, 1), start, None, None, None,
                           tuple(rows), bands)


@pytest.fixture
def chart(qtbot: QtBot) -> Iterator[TimelineChart]:
    widget = TimelineChart()
    qtbot.addWidget(widget)
    widget.resize(900, 560)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_plan(plan())
    widget.repaint()
    yield widget
    widget.close()


def test_names_are_painted_at_each_visible_row_not_drawn_as_ticks(chart: TimelineChart) -> None:
    assert len(chart.ax.get_yticks()) == 0  # Agg draws no step names
    painted = chart.painted_rows()
    assert [i for i, _ in painted] == list(range(ROWS_SHOWN))
    # Each name sits at its bar's centre: row i's y in widget pixels, from the axes' transform.
    height = chart.figure.bbox.height
    for i, y in painted:
        expected = (height - chart.ax.transData.transform((0.0, float(i)))[1]) / chart.device_pixel_ratio
        assert y == pytest.approx(expected)
    assert painted[0][1] < painted[1][1]  # top to bottom
    assert row_names(chart.plan)[1] == LONG[:TITLE_MAX - 1] + "…"


def test_stage_names_and_today_are_painted_above_their_bands_and_beside_the_line(
        chart: TimelineChart) -> None:
    assert len(chart.ax.texts) == 0  # Agg draws no text on the plot but the date ticks
    labels = chart.painted_labels()
    assert [(t, today) for t, _x, _y, today in labels] == [("Kickoff", False), ("Adopt", False),
                                                           (" Today", True)]
    ratio, height = chart.device_pixel_ratio, chart.figure.bbox.height
    top = (height - chart.ax.bbox.y1) / ratio
    assert all(y < top + 0.5 for _t, _x, y, today in labels if not today)
    assert labels[0][2] == pytest.approx(top) and labels[1][2] < labels[0][2]  # the second a level up
    today_x = chart.ax.transData.transform((day_number(AS_OF), 0.0))[0] / ratio
    assert labels[-1][1] == pytest.approx(today_x)
    kickoff_centre = (day_number(date(2026, 3, 2)) - 1 + day_number(date(2026, 6, 8)) + 1) / 2
    assert labels[0][1] == pytest.approx(chart.ax.transData.transform((kickoff_centre, 0.0))[0] / ratio)
    # Zoomed in on the first weeks: the later stage and today leave the view, and their names too.
    chart.ax.set_xlim(day_number(date(2026, 3, 1)), day_number(date(2026, 4, 1)))
    assert [t for t, *_ in chart.painted_labels()] == ["Kickoff"]


def test_names_show_in_the_margin_and_follow_a_scroll(chart: TimelineChart) -> None:
    image = chart.grab().toImage()
    face = QColor(chart.palette_colors().face)
    margin_right = int(chart.ax.bbox.x0 / chart.device_pixel_ratio) - 4

    def inked(y: float) -> bool:
        return any(image.pixelColor(x, int(y)) != face for x in range(margin_right - 60, margin_right))

    first_y = chart.painted_rows()[0][1]
    assert inked(first_y)
    assert not inked(first_y + (chart.painted_rows()[1][1] - first_y) / 2 + 0.5)  # between two rows
    chart.scroll_rows(3)
    chart.repaint()
    rows = chart.painted_rows()
    assert rows[0][0] == 3 and rows[0][1] == pytest.approx(first_y)
    assert rows[-1][0] == ROWS_SHOWN + 2


def test_a_saved_chart_has_its_names_in_the_figure(chart: TimelineChart, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[list[str]] = []
    save = chart.figure.savefig

    def capture(*args: object, **kwargs: object) -> None:
        seen.append([t.get_text() for t in chart.ax.get_yticklabels()])
        seen.append([t.get_text() for t in chart.ax.texts])
        save(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(chart.figure, "savefig", capture)
    chart.export(tmp_path / "timeline.png")
    assert (tmp_path / "timeline.png").stat().st_size > 0
    assert seen == [row_names(chart.plan)[:ROWS_SHOWN], ["Kickoff", "Adopt", " Today"]]
    # Back on screen: Qt paints the names again, the figure holds none.
    assert len(chart.ax.get_yticks()) == 0 and len(chart.ax.texts) == 0
    assert chart.painted_rows() and chart.painted_labels()


def test_the_customer_pdf_picture_keeps_every_name_as_tick_labels() -> None:
    figure = Figure(figsize=(7, 9))
    ax = figure.add_subplot()
    draw_plan(ax, plan(), LIGHT_EXPORT)
    figure.canvas.draw()
    assert [t.get_text() for t in ax.get_yticklabels()] == row_names(plan())
    assert [t.get_text() for t in ax.texts] == ["Kickoff", "Adopt", " Today"]


def test_an_empty_plan_and_then_a_plan_get_their_date_ticks_back(chart: TimelineChart) -> None:
    before = len(chart.ax.get_xticks())
    assert before >= 3
    chart.set_plan(None)
    assert chart.painted_rows() == [] and chart.painted_labels() == [] and len(chart.ax.get_xticks()) == 0
    assert [t.get_text() for t in chart.ax.texts] == [
        "No dated steps yet: apply a playbook to plan this account."]
    chart.set_plan(plan(12))
    chart.repaint()
    assert len(chart.ax.get_xticks()) >= 3
    assert [i for i, _ in chart.painted_rows()] == list(range(12))
