"""Issue 17: a brand-new account shows "Not enough data yet" where the app shows health."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from tests.conftest import TODAY
from tracker.kpi.series import HealthDistribution
from tracker.services.accounts import create_account
from ui.charts.kpi_charts import HealthChart
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.models.account_table_model import AccountTableModel
from ui.models.roles import ID_ROLE
from ui.views.health_panel import HealthPanel

NO_DATA = "Not enough data yet"


def _fresh(ctx: AppContext) -> int:
    playbook = ctx.db.conn.execute("SELECT id FROM playbook WHERE kind = 'initial' ORDER BY id"
                                   " LIMIT 1").fetchone()[0]
    written = create_account(ctx.db, {"name": "Aaa Fresh Start", "signed_date": TODAY.isoformat()},
                             playbook_id=playbook, today=TODAY)
    ctx.bus.announce(written.change)
    return int(written.value)


def _click_header(qtbot: QtBot, main_window: MainWindow, column: int) -> None:
    header = main_window.accounts_view.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def test_accounts_column_today_and_sort(main_window: MainWindow, ctx: AppContext, qtbot: QtBot) -> None:
    fresh = _fresh(ctx)
    main_window.show_view("accounts")
    view = main_window.accounts_view
    qtbot.waitUntil(lambda: view.model.rowCount() == 51)
    row = view.model.row_of(fresh)
    assert row is not None
    cell = view.model.index(row, AccountTableModel.HEALTH)
    assert cell.data() == NO_DATA
    assert "not at risk because of its health" in cell.data(Qt.ItemDataRole.ToolTipRole)
    # The words fit their column (they were cut to "Not enou…" at the default width).
    room = view.table.horizontalHeader().sectionSize(AccountTableModel.HEALTH)
    assert room >= view.table.fontMetrics().horizontalAdvance(NO_DATA) + 8
    # Sorting by health either way puts the account without a score last.
    for _ in range(2):
        _click_header(qtbot, main_window, AccountTableModel.HEALTH)
        last = view.proxy.index(view.proxy.rowCount() - 1, 0).data(ID_ROLE)
        assert last == fresh
    at_risk = main_window.today_view.risk_model
    assert all(at_risk.row_at(r).id != fresh for r in range(at_risk.rowCount()))


def test_health_panel_says_why(ctx: AppContext, qtbot: QtBot) -> None:
    fresh = _fresh(ctx)
    panel = HealthPanel(ctx)
    qtbot.addWidget(panel)
    panel.set_account(fresh)
    assert panel.score is not None and panel.score.score is None
    assert panel.score_label.text() == "–"
    assert panel.band_label.text() == NO_DATA
    assert "signed date" in panel.toolTip()
    assert panel.model.rowCount() == 6  # the factors still explain what is (not) known
    panel.close()


def test_distribution_chart_counts_them_apart(qtbot: QtBot) -> None:
    chart = HealthChart()
    qtbot.addWidget(chart)
    chart.set_data(HealthDistribution(tuple(float(x) for x in range(0, 101, 10)),
                                      (0, 0, 0, 0, 1, 0, 0, 2, 0, 0), 2, 1, 0, 3))
    texts = [t.get_text() for t in chart.figure.axes[0].texts]
    assert "3 not enough data yet" in texts
    chart.close()


def test_count_axes_tick_whole_accounts_only(qtbot: QtBot) -> None:
    """13 accounts once showed ticks 2.5, 5.0, 7.5: a count axis has whole numbers, also after
    an in-place update to other counts."""
    from tracker.kpi.stages import StageFunnel
    from ui.charts.kpi_charts import FunnelChart

    chart = HealthChart()
    qtbot.addWidget(chart)
    edges = tuple(float(x) for x in range(0, 101, 10))
    for counts in ((0, 0, 0, 0, 0, 0, 0, 1, 0, 12), (0, 0, 0, 0, 0, 0, 0, 0, 2, 3)):
        chart.set_data(HealthDistribution(edges, counts, sum(counts), 0, 0))
        chart.figure.canvas.draw()
        ticks = chart.figure.axes[0].get_yticks()
        assert len(ticks) >= 2 and all(float(t).is_integer() for t in ticks), ticks
    chart.close()
    funnel = FunnelChart()
    qtbot.addWidget(funnel)
    funnel.set_data(StageFunnel(("Embark", "Handoff"), (3, 2), (1, 0)))
    funnel.figure.canvas.draw()
    assert all(float(t).is_integer() for t in funnel.figure.axes[0].get_xticks())
    # Round steps as before the fix (0, 10, ... 50), not MaxNLocator's own 0, 6, 12 ... 48.
    funnel.set_data(StageFunnel(("Embark", "Handoff"), (50, 49), (1, 0)))
    funnel.figure.canvas.draw()
    ticks = funnel.figure.axes[0].get_xticks()
    step = ticks[1] - ticks[0]
    assert str(int(step))[0] in "125" and set(str(int(step))[1:]) <= {"0"}, ticks
    funnel.close()
