"""The Goals view: every SMART goal against its KPI, set, edited, closed and reopened.

Rows are :class:`tracker.kpi.goals.GoalProgress` values: baseline, value now, progress,
the least-squares forecast at the deadline and the status, all computed by the core. The
filter shows the open goals, the history (goals met and missed), or both.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tracker.changes import ChangeSet
from tracker.database import Database
from tracker.domain import ValidationError
from tracker.domain_signals import Goal
from tracker.i18n import translate
from tracker.kpi.filters import filter_choices
from tracker.kpi.goal_values import GoalValues, NotCached
from tracker.kpi.goals import GoalProgress, evaluate_all
from tracker.kpi.words import GOAL_FORECAST
from tracker.queries.signals import list_goals
from tracker.storage.errors import StoreError
from ui.commands.goals import AddGoal, CloseGoal, DeleteGoal, EditGoal, ReopenGoal
from ui.context import AppContext
from ui.dialogs.signal_dialogs import GoalDialog
from ui.models.roles import ROW_ROLE, SORT_ROLE
from ui.models.signal_models import GoalTableModel
from ui.views.stale import RefreshWhenShown
from ui.workers import JobControl, Worker, db_worker

SHOW_OPEN, SHOW_HISTORY, SHOW_ALL = "open", "history", "all"
Evaluated = tuple[int, list[GoalProgress], str | None]  # generation, rows, or a sentence


class GoalsView(QWidget):
    """Signals: evaluated(): the rows now shown are the goals' current evaluation.

    A goal's forecast needs its KPI at every month end since its start: at the L portfolio
    that is seconds of work, so it runs on a worker with its own connection while the view
    says "Calculating…". Values are kept per data version (bumped on every change that
    reaches the KPIs), so a change to the goals alone re-evaluates at once, on this thread.
    """

    evaluated = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[GoalProgress] = []
        self._data_version = 0
        self._values = GoalValues(self._data_version)
        self._generation = 0
        self._workers: dict[int, Worker] = {}  # held until they report
        self.model = GoalTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.sortByColumn(8, Qt.SortOrder.AscendingOrder)
        self.show_box = QComboBox()
        self.show_box.addItem(self.tr("Open goals"), SHOW_OPEN)
        self.show_box.addItem(self.tr("History: met and missed"), SHOW_HISTORY)
        self.show_box.addItem(self.tr("All goals"), SHOW_ALL)
        self.add_button = QPushButton(self.tr("&Set a goal…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.close_button = QPushButton(self.tr("&Close today"))
        self.reopen_button = QPushButton(self.tr("&Reopen"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Show:")))
        bar.addWidget(self.show_box)
        bar.addStretch(1)
        for button in (self.add_button, self.edit_button, self.close_button, self.reopen_button,
                       self.delete_button):
            bar.addWidget(button)
        self.summary = QLabel()
        self.explain = QLabel(self.tr(
            "Progress is the share of the way from the baseline (the KPI on the start day) to the "
            "target. Status: achieved once the target is reached, missed after the deadline, "
            "otherwise on track when the forecast reaches the target by the deadline."))
        self.explain.setWordWrap(True)
        self.explain.setToolTip(translate("goals", GOAL_FORECAST))
        title = QLabel(self.tr("Goals"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(title)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.explain)
        self.add_button.clicked.connect(lambda _=False: self.open_add())
        self.edit_button.clicked.connect(lambda _=False: self.open_edit())
        self.close_button.clicked.connect(lambda _=False: self.close_current())
        self.reopen_button.clicked.connect(lambda _=False: self.reopen_current())
        self.delete_button.clicked.connect(lambda _=False: self.delete_current())
        self.table.doubleClicked.connect(lambda _i: self.open_edit())
        self.show_box.currentIndexChanged.connect(lambda _i: self._show_rows())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self._refresher = RefreshWhenShown(self, self.refresh)
        ctx.bus.changed.connect(self._on_changed)
        self.refresh()

    # --- data ------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return bool(self._workers)

    def refresh(self) -> None:
        segments, _owners = filter_choices(self.ctx.db)
        self.model.segments = dict(segments)
        goals, today = list_goals(self.ctx.db), self.ctx.today()
        self._values = self._values.for_version(self._data_version)
        self._generation += 1
        try:
            rows = evaluate_all(self.ctx.db, goals, today, self._values.cached_only())
        except NotCached:
            self._evaluate_in_background(goals, today)
            return
        self._show_evaluated(rows)

    def _evaluate_in_background(self, goals: list[Goal], today: date) -> None:
        generation, values = self._generation, self._values
        self.summary.setText(self.tr("Calculating…"))

        def job(db: Database, control: JobControl) -> Evaluated:
            def step(done: int, total: int) -> None:
                control.check()
                control.progress(done, total, "")

            try:
                return generation, evaluate_all(db, goals, today, values, step), None
            except (StoreError, ValidationError) as exc:  # one sentence for the user
                return generation, [], exc.message

        worker = db_worker(self.ctx.db_path, job, migrate=False)
        worker.signals.setProperty("generation", generation)  # which one failed, if one does
        # Bound methods only: if the view is gone when the answer comes, Qt drops it.
        worker.signals.finished.connect(self._on_evaluated)
        worker.signals.failed.connect(self._on_worker_failed)
        self._workers[generation] = worker
        worker.start()

    def _on_evaluated(self, result: Evaluated) -> None:
        generation, rows, error = result
        self._workers.pop(generation, None)
        if generation != self._generation:
            return
        if error is not None:
            self.summary.setText(self.tr("The goals could not be evaluated: {0}").format(error))
        else:
            self._show_evaluated(rows)

    def _on_worker_failed(self, exc: object) -> None:
        """A bug or an unreadable file: the rows stay as they were and the window says so."""
        sender = self.sender()
        generation = sender.property("generation") if sender is not None else None
        self._workers.pop(generation if isinstance(generation, int) else self._generation, None)
        self.summary.setText(self.tr("The goals could not be evaluated: {0}").format(exc))

    def _show_evaluated(self, rows: list[GoalProgress]) -> None:
        self.rows = rows
        self._show_rows()
        self.evaluated.emit()

    def _show_rows(self) -> None:
        mode = self.show_box.currentData()
        shown = [p for p in self.rows if mode == SHOW_ALL
                 or (mode == SHOW_OPEN) == (p.goal.closed_date is None)]
        current = self.current()
        self.model.set_rows(shown)
        if current is not None:
            row = self.model.row_of(lambda p: p.goal.id == current.goal.id)
            if row >= 0:
                self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
        counts: dict[str, int] = {}
        for p in self.rows:
            counts[p.status] = counts.get(p.status, 0) + 1
        self.summary.setText(self.tr(
            "Open: {0} on track, {1} behind, {2} achieved · History: {3} met, {4} missed").format(
            counts.get("on_track", 0), counts.get("behind", 0), counts.get("achieved", 0),
            counts.get("met", 0), counts.get("missed", 0) ))
        self._update_buttons()

    def _on_changed(self, change: ChangeSet, _initiator: object) -> None:
        if change.kpis or change.all_accounts or change.segments:
            self._data_version += 1  # the KPI values behind the goals may differ now
        if change.goals or change.kpis or change.all_accounts or change.segments:
            self._refresher.request()

    def current(self) -> GoalProgress | None:
        rows = self.table.selectionModel().selectedRows()
        return self.proxy.data(rows[0], ROW_ROLE) if rows else None

    def select_goal(self, goal_id: int) -> bool:
        row = self.model.row_of(lambda p: p.goal.id == goal_id)
        if row < 0:
            return False
        self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
        return True

    def _update_buttons(self) -> None:
        p = self.current()
        self.edit_button.setEnabled(p is not None)
        self.delete_button.setEnabled(p is not None)
        self.close_button.setEnabled(p is not None and p.goal.closed_date is None)
        self.reopen_button.setEnabled(p is not None and p.goal.closed_date is not None)

    # --- actions ---------------------------------------------------------------------------
    def _dialog(self, original: GoalProgress | None) -> GoalDialog:
        segments, owners = filter_choices(self.ctx.db)
        return GoalDialog(self.ctx.today(), segments, owners, self,
                          original.goal if original is not None else None)

    def open_add(self) -> GoalDialog:
        dialog = self._dialog(None)
        dialog.accepted.connect(lambda: self.ctx.undo_stack.push(AddGoal(self.ctx, dialog.values(),
                                                                         self)))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def open_edit(self) -> GoalDialog | None:
        p = self.current()
        if p is None:
            return None
        dialog = self._dialog(p)

        def push() -> None:
            changes = dialog.changes()
            if changes:
                self.ctx.undo_stack.push(EditGoal(self.ctx, p.goal.id, p.goal.name, changes, self))

        dialog.accepted.connect(push)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def close_current(self) -> None:
        p = self.current()
        if p is not None and p.goal.closed_date is None:
            self.ctx.undo_stack.push(CloseGoal(self.ctx, p.goal.id, p.goal.name, self.ctx.today(), self))

    def reopen_current(self) -> None:
        p = self.current()
        if p is not None and p.goal.closed_date is not None:
            self.ctx.undo_stack.push(ReopenGoal(self.ctx, p.goal.id, p.goal.name, self))

    def delete_current(self) -> None:
        p = self.current()
        if p is not None:
            self.ctx.undo_stack.push(DeleteGoal(self.ctx, p.goal.id, p.goal.name, self))
