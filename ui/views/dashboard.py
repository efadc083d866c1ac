"""The portfolio dashboard: KPI tiles, six charts and every KPI in a table, all under one
filter bar (segment, owner, signed window, as-of date, period).

Numbers come from ``tracker.kpi.dashboard_data``, the same functions the ``kpis`` command
prints, computed on the database executor (``ui.workers.db_worker``): the GUI thread only
fills the tiles and asks the charts to ``draw_idle``. A burst of changes on the bus (ticking
ten tasks) becomes one refresh through a short single-shot timer, and a hidden dashboard
only notes that it is stale.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QWidget,
)

from tracker.changes import ChangeSet
from tracker.database import Database
from tracker.domain_signals import Goal
from tracker.kpi.filters import KpiFilter
from tracker.kpi.frames import KpiFrames, patchable
from tracker.kpi.goal_values import GoalValues, NotCached
from tracker.kpi.goals import GoalProgress, evaluate_all, scope_matches
from tracker.kpi.report import DashboardData, dashboard_data
from tracker.kpi.retention import DEFAULT_PERIOD_DAYS
from tracker.kpi.trends import trend_values
from tracker.kpi.values import KpiValue
from tracker.queries.signals import list_goals
from tracker.storage.errors import StoreError
from ui.charts.base import ChartCanvas
from ui.charts.kpi_charts import (
    CohortHeatmap,
    FeedbackTrendChart,
    FunnelChart,
    HealthChart,
    OnTimeChart,
    SurvivalChart,
)
from ui.charts.kpi_tile import KpiTile
from ui.context import AppContext
from ui.models.kpi_table_model import KpiTableModel
from ui.views.dashboard_filters import PERIODS as PERIODS
from ui.views.dashboard_filters import build_filter_bar, fill_choices, filter_of, to_date
from ui.views.dashboard_page import TILE_KEYS as TILE_KEYS
from ui.views.dashboard_page import build_page
from ui.views.stale import RefreshWhenShown
from ui.workers import JobControl, Worker, db_worker

COALESCE_MS = 120
# Changes to data a KPI reads: each starts a new data version (new frames, new goal values),
# also when a service did not add ``kpis`` to its change; goals and templates are no KPI data.
DATA_FLAGS: tuple[str, ...] = ("accounts", "contacts", "tasks", "milestones", "feedback",
                               "activities", "notes", "segments", "kpis", "cases", "trials",
                               "maturity", "all_accounts")


def tile_goals(db: Database, as_of: date, flt: KpiFilter, tiles: frozenset[str],
               cache: GoalValues | None = None) -> dict[str, GoalProgress]:
    """Each tile's open goal for exactly this filter: the first by deadline. ``cache`` keeps
    the goals' month-end values while the data stay the same (see GoalValues)."""
    first: dict[str, GoalProgress] = {}
    for progress in evaluate_all(db, _tiles_goals(db, flt, tiles), as_of, cache):
        first.setdefault(progress.goal.kpi, progress)
    return first


def _tiles_goals(db: Database, flt: KpiFilter, tiles: frozenset[str]) -> list[Goal]:
    return [g for g in list_goals(db, open_only=True) if scope_matches(g, flt) and g.kpi in tiles]


class DashboardView(QWidget):
    """Signals:
            refreshed(): tiles, charts and table show new numbers (tests wait on it).
        trends_updated(): the previous-period values (tile trends) are shown.
    """

    refreshed = Signal()
    trends_updated = Signal()

    # The filter bar, made by ui.views.dashboard_filters.
    filter_bar: QFrame
    segment_combo: QComboBox
    owner_combo: QComboBox
    signed_check: QCheckBox
    signed_from: QDateEdit
    signed_to: QDateEdit
    as_of_edit: QDateEdit
    period_combo: QComboBox
    # The page, made by ui.views.dashboard_page.
    tiles: dict[str, KpiTile]
    on_time_chart: OnTimeChart
    survival_chart: SurvivalChart
    funnel_chart: FunnelChart
    feedback_chart: FeedbackTrendChart
    health_chart: HealthChart
    cohort_chart: CohortHeatmap
    charts: list[ChartCanvas]
    kpi_model: KpiTableModel
    kpi_table: QTableView
    scroll_area: QScrollArea
    loading: QLabel
    pages: QStackedWidget

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: DashboardData | None = None
        self.previous: dict[str, KpiValue] = {}
        # What ``previous`` was computed for (data version, day, filter, period); None: none.
        self._trends_for: tuple[int, date, KpiFilter, int] | None = None
        self.trends_pending = False
        self._generation = 0
        self._shown_generation = -1  # the refresh whose numbers the tiles show
        self._goal_generation = 0  # goal-only jobs: newer ones (and any refresh) outdate them
        self._workers: dict[tuple[str, int], Worker] = {}
        # Goal values per data version: a refresh on unchanged data (a filter switched back,
        # another period) does not recompute every goal's month ends.
        self._data_version = 0
        self._goal_values = GoalValues(self._data_version)
        # The whole portfolio's reads per day, for the same data version: a segment or owner
        # change and the period before cut them in NumPy instead of reading them again.
        self._frames = KpiFrames(self._data_version)
        # The accounts changed since the caches' version (None: anything may have changed).
        self._owed: frozenset[int] | None = frozenset()
        self._stale = True
        self._choices = RefreshWhenShown(self, self._fill_choices)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(COALESCE_MS)
        self._timer.timeout.connect(self.refresh)

        build_filter_bar(self)
        build_page(self)
        ctx.bus.changed.connect(self._on_bus_changed)

    # -- filter bar (built by ui/views/dashboard_filters.py) -------------------------
    def _fill_choices(self) -> None:
        """(Re)fill segment and owner lists, keeping the current choice when it still exists."""
        fill_choices(self)

    def _on_signed_toggled(self, checked: bool) -> None:
        self.signed_from.setEnabled(checked)
        self.signed_to.setEnabled(checked)
        self.refresh()

    def _on_signed_changed(self) -> None:
        if self.signed_check.isChecked():
            self.refresh()

    def current_filter(self) -> KpiFilter:
        return filter_of(self)

    def as_of(self) -> date:
        return to_date(self.as_of_edit.date())

    def period_days(self) -> int:
        return int(self.period_combo.currentData())

    # -- refresh -------------------------------------------------------------------
    def refresh(self) -> None:
        """Recompute on the database executor; the GUI thread only shows the result.

        One job on its own connection, in two parts one after the other: the numbers and
        the charts' data first, handed to the GUI thread as soon as they are there (the
        charts draw while the job goes on); then the previous period (the tiles' trend
        arrows, the table's previous column) with the month-end values of the tiles'
        goals, whose lines then show from the cache.

        The two parts used to be two jobs side by side, which fought over the GIL: Python's
        sqlite3 lets go of it for every row it steps, and each row then waited for the other
        thread's Python. Measured at L (the two parts' own code in two threads or one after
        the other, process CPU, 8 runs): 460-563 ms CPU side by side against 369-385 ms one
        after the other, for no shorter wall time (331-450 against 369-385 ms); with the
        machine's other core busy, side by side was the slower (median 506 against 414 ms).

        The trends shown are kept with what they were computed for (data version, day,
        filter, period): a refresh for the same has no second part, the kept trends stand.

        A refresh asked while one is under way outdates it (``_generation``): its job is
        taken back if it has not started, else told to stop after the part it is in; only
        the newest result is shown.
        """
        self._timer.stop()
        self._stale = False
        self._generation += 1
        self._goal_generation += 1
        self._withdraw()
        generation, as_of, flt, period = self._generation, self.as_of(), self.current_filter(), \
            self.period_days()
        values, frames = self._caches()
        trends_for = (self._data_version, as_of, flt, period)
        self.trends_pending = trends_for != self._trends_for
        with_trends = self.trends_pending
        tiles = frozenset(self.tiles)

        def job(db: Database, control: JobControl) -> tuple[str, int, object]:
            data = dashboard_data(db, as_of, flt, period_days=period, with_previous=False,
                                  frames=frames)
            values.seed(data.kpis, as_of, flt, period)
            if not with_trends:
                return "data", generation, (data, as_of, flt)
            control.deliver(("data", generation, (data, as_of, flt)))
            if control.cancelled:  # a newer refresh is on its way: this one is dropped
                return "trends", generation, None
            # The tiles' goals want their KPI at every month end as well: computed here
            # first, the previous period's day reading tasks and contacts in the same pass
            # (tracker.kpi.trends). Today's values come from the numbers (seeded) when the
            # period is the goals' own.
            seeded = as_of if period == DEFAULT_PERIOD_DAYS else None
            previous = trend_values(db, as_of, flt, _tiles_goals(db, flt, tiles), values, frames,
                                    period_days=period, skip=seeded)
            return "trends", generation, (previous, as_of, flt, trends_for)

        self._start(("refresh", generation), job, partial=self._on_part)

    def _start(self, key: tuple[str, int], job: Callable[[Database, JobControl], object],
               partial: Callable[[Any], None] | None = None) -> None:
        worker = db_worker(self.ctx.db_path, job, migrate=False)
        # Bound methods of this widget: Qt queues them to the GUI thread and drops them with it.
        worker.signals.finished.connect(self._on_worker_finished)
        worker.signals.failed.connect(self._on_worker_failed)
        if partial is not None:
            worker.signals.partial.connect(partial)
        self._workers[key] = worker  # which jobs are still out (Worker.start holds it alive)
        worker.start()

    def _withdraw(self, kind: str | None = None) -> None:
        """Outdate the jobs still out (of ``kind``; None: all): one not started yet is taken
        back, one under way is told to stop after the part it is in (its result is dropped)."""
        for key, worker in list(self._workers.items()):
            if kind is None or key[0] == kind:
                if worker.withdraw():
                    del self._workers[key]
                else:
                    worker.control.cancel()

    def _on_worker_finished(self, result: tuple[str, int, Any]) -> None:
        kind, generation = result[0], result[1]
        self._workers.pop(("goals" if kind == "goals" else "refresh", generation), None)
        self._on_part(result)

    def _on_part(self, result: tuple[str, int, Any]) -> None:
        """A job's result, or the numbers a refresh's job hands over before its trends."""
        kind, generation, payload = result
        if kind == "goals":
            if generation == self._goal_generation:
                self._show_goals(payload)
            return
        if generation != self._generation:
            return  # a newer refresh is on its way
        if kind == "trends":
            previous, as_of, flt, trends_for = payload
            self._on_trends(previous, generation)
            self._trends_for = trends_for
            # The trends' part computed the goals' month ends: shown from the cache now.
            self._refresh_goals(as_of, flt)
            return
        data, as_of, flt = payload
        self._on_data(data, generation)
        if not self.trends_pending:  # no trends part follows: the goals from their cache now
            self._refresh_goals(as_of, flt)

    def _on_worker_failed(self, error: BaseException) -> None:
        """A job failed: said once, unless a newer job of its kind is out, which reports
        for itself (an outdated failure used to clear every job out and show its error
        over the numbers the newer job then brought)."""
        sender = self.sender()
        key = next((k for k, w in self._workers.items() if w.signals is sender), None)
        if key is None:
            self._workers.clear()
        else:
            del self._workers[key]
            newest = self._goal_generation if key[0] == "goals" else self._generation
            if key[1] != newest:
                return
        if key is None or key[0] == "refresh":
            self.trends_pending = False
            self._trends_for = None
        text = error.message if isinstance(error, StoreError) else str(error)
        self.ctx.bus.failed.emit(self.tr("The dashboard could not be computed: {0}").format(text))

    @property
    def busy(self) -> bool:
        return bool(self._workers)

    def _on_data(self, data: DashboardData, generation: int) -> None:
        self.pages.setCurrentWidget(self.scroll_area)
        self.data = data
        if self.trends_pending:
            self.previous = {}  # the last refresh's trends do not belong to these numbers
            self._trends_for = None
        self._shown_generation = generation
        self._show_numbers()
        self.on_time_chart.set_data(data.golive_on_time)
        self.survival_chart.set_data(data.ttfv)
        self.funnel_chart.set_data(data.funnel)
        self.feedback_chart.set_data(data.csat, data.nps)
        self.health_chart.set_data(data.health)
        self.cohort_chart.set_data(data.cohorts)
        self.refreshed.emit()
        if not self.trends_pending:  # they came first: shown with the numbers just now
            self.trends_updated.emit()

    def _on_trends(self, previous: dict[str, KpiValue], generation: int) -> None:
        self.previous = dict(previous)
        self.trends_pending = False
        if self._shown_generation == generation:  # else the numbers follow and show them
            self._show_numbers()
            self.trends_updated.emit()

    def _show_numbers(self) -> None:
        if self.data is None:
            return
        for key, tile in self.tiles.items():
            tile.set_kpi(self.data.kpi(key), self.previous.get(key), self.data.period_days)
        self.kpi_model.set_kpis(self.data.kpis, self.previous)
        # Tall enough for every row: the page scrolls, the table inside it does not.
        rows = self.kpi_model.rowCount()
        self.kpi_table.setFixedHeight(self.kpi_table.horizontalHeader().sizeHint().height()
                                      + rows * self.kpi_table.verticalHeader().defaultSectionSize() + 4)
        self._fit_page()

    def _fit_page(self) -> None:
        """Size the scroll area's page to its new minimum now, not a few event-loop turns later.

        Left to Qt, the page grew only after the trends (computed on the GUI thread right
        after a refresh) were done: meanwhile the page stayed one screen tall and painted
        the chart rows over each other (issue 17).
        """
        page = self.scroll_area.widget()
        layout = page.layout() if page is not None else None
        if layout is not None:
            layout.activate()
            QCoreApplication.sendEvent(self.scroll_area, QEvent(QEvent.Type.LayoutRequest))

    def _refresh_goals(self, as_of: date | None = None, flt: KpiFilter | None = None) -> None:
        """The tiles' goal lines, after new numbers (for their day and filter) or after a goal
        changed (for the filter bar's): a goal's forecast needs the KPIs at several month
        ends, so it is evaluated on the executor as well, unless every value it needs is
        kept already (unchanged data): then it is read from the cache here, without a
        worker and its connection."""
        self._goal_generation += 1
        self._withdraw("goals")
        generation = self._goal_generation
        as_of = as_of if as_of is not None else self.as_of()
        flt = flt if flt is not None else self.current_filter()

        values, _frames = self._caches()
        tiles = frozenset(self.tiles)
        try:
            self._show_goals(tile_goals(self.ctx.db, as_of, flt, tiles, values.cached_only()))
            return
        except NotCached:
            pass

        def job(db: Database, control: JobControl) -> tuple[str, int, object]:
            return "goals", generation, tile_goals(db, as_of, flt, tiles, values)

        self._start(("goals", generation), job)

    def _show_goals(self, goals: dict[str, GoalProgress]) -> None:
        for key, tile in self.tiles.items():
            tile.set_goal(goals.get(key))
        self._fit_page()  # a goal line makes its tile taller

    def _caches(self) -> tuple[GoalValues, KpiFrames]:
        """Goal values and frames of the current data version: after changes that each named
        their accounts, the kept ones patched for those accounts (tracker.kpi.frames)."""
        self._goal_values = self._goal_values.for_version(self._data_version, self._owed)
        self._frames = self._frames.for_version(self._data_version, self._owed)
        self._owed = frozenset()
        return self._goal_values, self._frames

    def _on_bus_changed(self, change: ChangeSet, initiator: object) -> None:
        if any(getattr(change, flag) for flag in DATA_FLAGS):
            self._data_version += 1  # the kept frames and the goals' values may differ now
            named = patchable(change)  # a tick, an edit: only these accounts' rows
            self._owed = None if named is None or self._owed is None else self._owed | named
        if change.goals and self.data is not None and self.isVisible():
            self._refresh_goals()
        if change.accounts or change.segments:
            self._choices.request()
        if not (change.kpis or change.accounts or change.segments):
            return
        if self.isVisible():
            self._timer.start()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()
