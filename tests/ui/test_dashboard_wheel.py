"""The mouse wheel over a dashboard chart scrolls the page (issue 17)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from tests.ui.test_dashboard import ctx, view  # noqa: F401 - fixtures
from ui.views.dashboard import DashboardView

pytestmark = pytest.mark.gui


def test_wheel_over_a_chart_scrolls_the_page(view: DashboardView) -> None:  # noqa: F811
    view.resize(1366, 500)
    bar = view.scroll_area.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(0)
    chart = view.on_time_chart
    pos = QPointF(chart.width() / 2, chart.height() / 2)
    event = QWheelEvent(pos, QPointF(chart.mapToGlobal(pos.toPoint())), QPoint(0, 0), QPoint(0, -120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(chart, event)
    assert bar.value() > 0


def test_narrow_chart_keeps_room_for_its_y_axis_title(view: DashboardView) -> None:  # noqa: F811
    chart = view.health_chart
    assert chart._fitted_margins(300)["left"] >= chart.LEFT_PIXELS / 300
    assert chart._fitted_margins(2000)["left"] == chart.margins["left"]
