"""The checklist of one account as a two-level tree: stages, then their tasks.

Ticking a task's checkbox does not write: the model emits ``status_requested`` and
the view pushes an undoable command; the refreshed rows come back through the bus.
A refresh that keeps the same tasks in the same places only emits ``dataChanged``,
so expanded stages and the selection survive a tick.

Signals:
    status_requested(object, str): the user asked for a Task to get a new status.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from tracker.domain import STAGES, Task
from tracker.queries.account_detail import StageProgress, days_late, stage_progress
from ui.models import labels
from ui.models.base import horizontal_header
from ui.models.record_table import tone
from ui.models.roles import LATE_ROLE, ROW_ROLE, STAGE_ROLE

Index = QModelIndex | QPersistentModelIndex
COL_TITLE, COL_STATUS, COL_DUE, COL_OWNER = range(4)


class _Group:
    __slots__ = ("progress", "stage", "tasks")

    def __init__(self, stage: str, tasks: list[Task], progress: StageProgress) -> None:
        self.stage = stage
        self.tasks = tasks
        self.progress = progress


class TaskTreeModel(QAbstractItemModel):
    status_requested = Signal(object, str)

    def __init__(self, today: Callable[[], date], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._groups: list[_Group] = []
        self._late: dict[int, int] = {}
        self._headers = [self.tr("Task"), self.tr("Status"), self.tr("Due"), self.tr("Owner")]
        self._late_icon: QIcon | None = None

    # --- loading -------------------------------------------------------------------------
    def set_tasks(self, tasks: Sequence[Task]) -> None:
        now = self._today()
        order = {s: i for i, s in enumerate(STAGES)}
        by_stage: dict[str, list[Task]] = {}
        for task in sorted(tasks, key=lambda t: (order.get(t.stage, len(STAGES)), t.position, t.id)):
            by_stage.setdefault(task.stage, []).append(task)
        progress = {p.stage: p for p in stage_progress(list(tasks), now)}
        groups = [_Group(s, ts, progress[s]) for s, ts in by_stage.items()]
        late = {int(t.id): days_late(t.due_date, t.status, now) for t in tasks}
        same_shape = [(g.stage, [t.id for t in g.tasks]) for g in groups] == [
            (g.stage, [t.id for t in g.tasks]) for g in self._groups
        ]
        if same_shape and groups:
            old_groups, old_late = self._groups, self._late
            self._groups, self._late = groups, late
            # Only rows that really changed: a tick repaints one task and its stage line,
            # not the whole checklist (a full-range signal costs thousands of data() calls).
            for g_row, (old, new) in enumerate(zip(old_groups, groups, strict=True)):
                if old.progress != new.progress:
                    self.dataChanged.emit(self.index(g_row, 0), self.index(g_row, COL_OWNER))
                parent = self.index(g_row, 0)
                for t_row, (before, after) in enumerate(zip(old.tasks, new.tasks, strict=True)):
                    if before != after or old_late.get(int(after.id)) != late.get(int(after.id)):
                        self.dataChanged.emit(self.index(t_row, 0, parent),
                                              self.index(t_row, COL_OWNER, parent))
            return
        self.beginResetModel()
        self._groups, self._late = groups, late
        self.endResetModel()

    def task_at(self, index: Index) -> Task | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self._groups[index.internalId() - 1].tasks[index.row()]

    def index_of_task(self, task_id: int, column: int = 0) -> QModelIndex:
        for g_row, group in enumerate(self._groups):
            for t_row, task in enumerate(group.tasks):
                if task.id == task_id:
                    return self.index(t_row, column, self.index(g_row, 0))
        return QModelIndex()

    def column_texts(self, column: int) -> list[str]:
        """Every display text of one column (for sizing it without asking the view)."""
        out = []
        for group in self._groups:
            out.append(str(self._group_data(group, column, Qt.ItemDataRole.DisplayRole) or ""))
            out.extend(str(self._task_data(t, column, Qt.ItemDataRole.DisplayRole) or "")
                       for t in group.tasks)
        return out

    def stages(self) -> list[str]:
        return [g.stage for g in self._groups]

    # --- structure -----------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if column < 0 or column >= len(self._headers) or row < 0:
            return QModelIndex()
        if not parent.isValid():
            if row >= len(self._groups):
                return QModelIndex()
            return self.createIndex(row, column, 0)
        if parent.internalId() != 0 or parent.column() != 0 or parent.row() >= len(self._groups):
            return QModelIndex()
        if row >= len(self._groups[parent.row()].tasks):
            return QModelIndex()
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._groups[parent.row()].tasks)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return len(self._headers)

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:
        return self.rowCount(parent) > 0

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return horizontal_header(self._headers, section, orientation, role)

    # --- content -------------------------------------------------------------------------
    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.internalId() == 0:
            return base
        base |= Qt.ItemFlag.ItemNeverHasChildren
        if index.column() == COL_TITLE:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return self._data(index, role)

    def _data(self, index: Index, role: int) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._group_data(self._groups[index.row()], index.column(), role)
        task = self._groups[index.internalId() - 1].tasks[index.row()]
        return self._task_data(task, index.column(), role)

    def _group_data(self, group: _Group, column: int, role: int) -> Any:
        p = group.progress
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_TITLE:
                return self.tr("{0}  ({1}/{2} done)").format(labels.stage(group.stage), p.done, p.countable)
            if column == COL_DUE and p.late:
                return self.tr("{0} late").format(p.late)
            return None
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_DUE and p.late:
            return tone("bad")
        if role == STAGE_ROLE:
            return group.stage
        return None

    def _task_data(self, task: Task, column: int, role: int) -> Any:
        late = self._late.get(task.id, 0)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_TITLE:
                return task.title
            if column == COL_STATUS:
                return labels.status(task.status)
            if column == COL_DUE:
                if late:
                    return self.tr("{0} · {1} late").format(task.due_date, labels.days(late))
                if task.status == "done" and task.done_date:
                    return self.tr("done {0}").format(task.done_date)
                return task.due_date or ""
            if column == COL_OWNER:
                return task.owner
            return None
        if role == Qt.ItemDataRole.CheckStateRole and column == COL_TITLE:
            return Qt.CheckState.Checked if task.status == "done" else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole:
            if late and column in (COL_DUE, COL_TITLE):
                return tone("bad")
            if task.status == "blocked" and column == COL_STATUS:
                return tone("warn")
            if task.status in ("skipped", "done"):
                return tone("muted")
            return None
        if role == Qt.ItemDataRole.FontRole and task.status == "skipped" and column == COL_TITLE:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole and column == COL_DUE and late:
            return self._warning_icon()
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_TITLE:  # the full title, which a narrow window cuts off
                return "\n".join(t for t in (task.title, task.notes) if t)
            if late:
                return self.tr("Due {0}; {1} days late.").format(task.due_date, late)
            return task.notes or None
        if role == ROW_ROLE:
            return task
        if role == LATE_ROLE:
            return late
        if role == STAGE_ROLE:
            return task.stage
        return None

    def _warning_icon(self) -> QIcon:
        if self._late_icon is None:
            self._late_icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return self._late_icon

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        task = self.task_at(index)
        if task is None or role != Qt.ItemDataRole.CheckStateRole or index.column() != COL_TITLE:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        new_status = "done" if checked else "todo"
        if new_status != task.status:
            self.status_requested.emit(task, new_status)
        return True
