"""The checklist panel: tasks grouped by stage, with done/blocked/skip and journeys.

Every action goes through an undoable command; the panel itself never writes. The
actions live on the tree (context menu and keyboard shortcuts work while it has focus).

Signals:
    apply_playbook_requested(): the user wants to apply another playbook.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from tracker.domain import Journey, Task
from ui.commands.records import AddTask, DeleteTask, EditTask, RemoveJourney
from ui.context import AppContext
from ui.dialogs.task_dialog import TaskDialog
from ui.models.roles import STAGE_ROLE
from ui.models.task_model import COL_DUE, COL_OWNER, COL_STATUS, COL_TITLE, TaskTreeModel
from ui.views.detail.check_delegate import CheckOutlineDelegate
from ui.views.detail.task_status import status_command
from ui.views.task_menu import TaskActions, TaskRef

Index = QModelIndex | QPersistentModelIndex


class OpenTasksProxy(QSortFilterProxyModel):
    """Hides done and skipped tasks when asked; a stage stays while it has a task to show."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hide_closed = False
        self.setRecursiveFilteringEnabled(True)

    def set_hide_closed(self, hide: bool) -> None:
        self.beginFilterChange()
        self.hide_closed = hide
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not source_parent.isValid():
            return not self.hide_closed  # stage rows: shown when a child is (recursive filtering)
        if not self.hide_closed:
            return True
        model = self.sourceModel()
        assert isinstance(model, TaskTreeModel)
        task = model.task_at(model.index(source_row, 0, source_parent))
        return task is not None and task.status not in ("done", "skipped")


class ChecklistPanel(QWidget):
    apply_playbook_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.account_id: int | None = None
        self.account_stage = "Embark"  # where a new task goes when nothing is selected
        self._journeys: list[Journey] = []
        self._collapsed: set[str] = set()
        self.model = TaskTreeModel(ctx.today, self)
        self.proxy = OpenTasksProxy(self)
        self.proxy.setSourceModel(self.model)
        self.tree = QTreeView()
        self.tree.setObjectName("checklist")
        self.tree.setModel(self.proxy)
        self.tree.setItemDelegateForColumn(COL_TITLE, CheckOutlineDelegate(self.tree))
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        # Sized once per account, not per edit: ResizeToContents would re-measure every row
        # on each dataChanged, which made a tick cost ~100 ms on a 60-task checklist.
        for col in (COL_STATUS, COL_DUE, COL_OWNER):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        self.model.status_requested.connect(self._on_model_status_requested)
        self.model.modelReset.connect(self._restore_expansion)
        self.proxy.modelReset.connect(self._restore_expansion)
        self.proxy.layoutChanged.connect(self._restore_expansion)
        self.tree.collapsed.connect(self._on_tree_collapsed)
        self.tree.expanded.connect(self._on_tree_expanded)
        self.tree.doubleClicked.connect(self._on_tree_double_clicked)

        self.add_button = QPushButton(self.tr("&Add task…"))
        self.apply_button = QPushButton(self.tr("Apply &playbook…"))
        # A push button with a menu draws its arrow in its own padded box, unlike a tool button
        # whose instant-popup arrow touched the text; it also matches its neighbours' frames.
        self.journeys_button = QPushButton(self.tr("&Remove journey"))
        self.journeys_button.setToolTip(self.tr("Remove a playbook's journey with its tasks and "
                                                "milestones (you can undo it)"))
        self.journeys_menu = QMenu(self)
        self.journeys_button.setMenu(self.journeys_menu)
        self.hide_closed = QCheckBox(self.tr("Hide &done and skipped"))
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.add_button)
        bar.addWidget(self.apply_button)
        bar.addWidget(self.journeys_button)
        bar.addStretch(1)
        bar.addWidget(self.hide_closed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.tree, 1)
        self.empty_hint = QLabel(self.tr("No checklist yet: apply a playbook or add a task."))
        self.empty_hint.setEnabled(False)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty_hint)
        self.empty_hint.hide()
        self.add_button.clicked.connect(self.open_add_task)
        self.apply_button.clicked.connect(self.apply_playbook_requested)
        self.hide_closed.toggled.connect(self.proxy.set_hide_closed)
        self._build_actions()
        self.tree.selectionModel().currentChanged.connect(self._update_actions)
        self._update_actions()

    # --- actions -------------------------------------------------------------------------
    def _action(self, text: str, shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
                slot: object) -> QAction:
        action = QAction(text, self.tree)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.tree.addAction(action)
        return action

    def _separator(self) -> None:
        sep = QAction(self.tree)
        sep.setSeparator(True)
        self.tree.addAction(sep)

    def _build_actions(self) -> None:
        self.done_action = self._action(self.tr("Mark &done"), "Ctrl+Return", lambda: self._set("done"))
        self.progress_action = self._action(self.tr("Mark &in progress"), "Ctrl+I",
                                            lambda: self._set("in_progress"))
        self.blocked_action = self._action(self.tr("Mark &blocked"), "Ctrl+B", lambda: self._set("blocked"))
        self.skip_action = self._action(self.tr("&Skip"), "Ctrl+Shift+K", lambda: self._set("skipped"))
        self.reopen_action = self._action(self.tr("&Reopen (to do)"), "Ctrl+U", lambda: self._set("todo"))
        self._separator()
        # Reschedule and snooze as on Today: the same entries, the same keys.
        self.task_actions = TaskActions(self.ctx, self.tree, self._current_ref, statuses=False,
                                        edit=False, initiator=self)
        self._separator()
        self.edit_action = self._action(self.tr("&Edit task…"), "F2", self.open_edit_task)
        self.delete_action = self._action(self.tr("De&lete task"), QKeySequence.StandardKey.Delete,
                                          self.delete_current)
        self._status_actions = {
            "done": self.done_action, "in_progress": self.progress_action,
            "blocked": self.blocked_action, "skipped": self.skip_action, "todo": self.reopen_action,
        }

    def _update_actions(self) -> None:
        task = self.current_task()
        for status, action in self._status_actions.items():
            action.setEnabled(task is not None and task.status != status)
        self.edit_action.setEnabled(task is not None)
        self.delete_action.setEnabled(task is not None)
        self.task_actions.update_enabled()

    def _current_ref(self) -> list[TaskRef]:
        task = self.current_task()
        return [TaskRef(task.id, task.title, task.status)] if task is not None else []

    # --- data ----------------------------------------------------------------------------
    def set_account(self, account_id: int | None) -> None:
        if account_id != self.account_id:
            self._collapsed.clear()
        self.account_id = account_id

    def set_tasks(self, tasks: Sequence[Task]) -> None:
        current = self.current_task()
        self.model.set_tasks(tasks)
        self.empty_hint.setVisible(not tasks)
        if current is not None:
            self.select_task(current.id)
        self._update_actions()

    def set_journeys(self, journeys: Sequence[Journey]) -> None:
        self._journeys = list(journeys)
        self.journeys_menu.clear()
        self.journeys_button.setEnabled(bool(journeys))
        for journey in self._journeys:
            action = self.journeys_menu.addAction(
                self.tr("Remove '{0}' (started {1})").format(journey.name, journey.start_date))
            action.triggered.connect(lambda _=False, j=journey: self.remove_journey(j))

    def current_task(self) -> Task | None:
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        return self.model.task_at(self.proxy.mapToSource(index))

    def select_task(self, task_id: int) -> bool:
        source = self.model.index_of_task(task_id)
        index = self.proxy.mapFromSource(source)
        if not index.isValid():
            return False
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        return True

    def _restore_expansion(self) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            stage = index.data(STAGE_ROLE)
            self.tree.setExpanded(index, stage not in self._collapsed)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Widths from the texts themselves: measuring rows through the view costs ~40 ms."""
        metrics = self.tree.fontMetrics()
        header = self.tree.header()
        icon = self.tree.style().pixelMetric(self.tree.style().PixelMetric.PM_SmallIconSize) + 6
        for col in (COL_STATUS, COL_DUE, COL_OWNER):
            title = str(self.model.headerData(col, Qt.Orientation.Horizontal))
            texts = [*self.model.column_texts(col), title]
            width = max(metrics.horizontalAdvance(t) for t in texts) + 16
            header.resizeSection(col, width + (icon if col == COL_DUE else 0))

    def _on_tree_collapsed(self, index: QModelIndex) -> None:
        self._collapsed.add(str(index.data(STAGE_ROLE)))

    def _on_tree_expanded(self, index: QModelIndex) -> None:
        self._collapsed.discard(str(index.data(STAGE_ROLE)))

    def _on_tree_double_clicked(self, index: QModelIndex) -> None:
        if self.model.task_at(self.proxy.mapToSource(index)) is not None:
            self.open_edit_task()

    # --- edits ---------------------------------------------------------------------------
    def _on_model_status_requested(self, task: Task, status: str) -> None:
        self.ctx.undo_stack.push(status_command(self.ctx, task, status, self))

    def _set(self, status: str) -> None:
        task = self.current_task()
        if task is not None and task.status != status:
            self.ctx.undo_stack.push(status_command(self.ctx, task, status, self))

    def open_add_task(self) -> TaskDialog | None:
        if self.account_id is None:
            return None
        current = self.current_task()
        index = self.tree.currentIndex()
        stage = current.stage if current else (str(index.data(STAGE_ROLE) or self.account_stage))
        dialog = TaskDialog(None, self.ctx.today(), stage, self)
        account_id = self.account_id
        dialog.accepted.connect(lambda: self.ctx.undo_stack.push(
            AddTask(self.ctx, account_id, dialog.values(), self)))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def open_edit_task(self) -> TaskDialog | None:
        task = self.current_task()
        if task is None:
            return None
        dialog = TaskDialog(task, self.ctx.today(), task.stage, self)

        def push() -> None:
            changes = dialog.changes()
            if changes:
                self.ctx.undo_stack.push(EditTask(self.ctx, task.id, task.title, changes, self))

        dialog.accepted.connect(push)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def delete_current(self) -> None:
        task = self.current_task()
        if task is not None:
            self.ctx.undo_stack.push(DeleteTask(self.ctx, task.id, task.title, self))

    def remove_journey(self, journey: Journey) -> None:
        if self.account_id is not None:
            self.ctx.undo_stack.push(RemoveJourney(self.ctx, journey.id, journey.name, self))
