"""The steps of one playbook, edited in place: title, stage, due offset, owner role, milestone.

Each cell edit, addition, removal and move is an undoable command; the table refreshes
from the bus like every other view.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tracker.domain import PlaybookStep
from ui.commands.playbooks import AddStep, DeleteStep, EditStep, MoveStep
from ui.context import AppContext
from ui.models.playbook_models import COL_MILESTONE, COL_TITLE, StepTableModel
from ui.views.detail.check_delegate import CheckOutlineDelegate
from ui.views.playbook_delegates import StepDelegate


class StepEditor(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.playbook_id: int | None = None
        self.step_model = StepTableModel(self)
        self.step_view = QTableView()
        self.step_view.setObjectName("step_table")
        self.step_view.setModel(self.step_model)
        self.step_view.setItemDelegate(StepDelegate(self.step_view))
        self.step_view.setItemDelegateForColumn(COL_MILESTONE, CheckOutlineDelegate(self.step_view))
        self.step_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.step_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.step_view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                       | QAbstractItemView.EditTrigger.EditKeyPressed
                                       | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.step_view.verticalHeader().hide()
        self.step_view.setAlternatingRowColors(True)
        self.step_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.step_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        self.add_step_button = QPushButton(self.tr("&Add step"))
        self.remove_step_button = QPushButton(self.tr("&Remove step"))
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        self.hint = QLabel(self.tr("Double-click or F2 to edit a cell."))
        self.hint.setEnabled(False)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        for button in (self.add_step_button, self.remove_step_button, self.up_button, self.down_button):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.hint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.step_view, 1)
        self.step_model.edit_requested.connect(self._on_model_edit_requested)
        self.step_view.selectionModel().selectionChanged.connect(self.update_buttons)
        self.step_model.modelReset.connect(self.update_buttons)
        self.add_step_button.clicked.connect(self.add_step)
        self.remove_step_button.clicked.connect(self.remove_step)
        self.up_button.clicked.connect(lambda: self.move_step(up=True))
        self.down_button.clicked.connect(lambda: self.move_step(up=False))
        self.remove_step_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.update_buttons()

    def set_steps(self, playbook_id: int | None, steps: Sequence[PlaybookStep]) -> None:
        self.playbook_id = playbook_id
        self.step_model.set_steps(steps)
        self.update_buttons()

    def current_row(self) -> int:
        rows = self.step_view.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def update_buttons(self, *_args: Any) -> None:
        row = self.current_row()
        self.add_step_button.setEnabled(self.playbook_id is not None)
        self.remove_step_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.step_model.rowCount() - 1)

    def _on_model_edit_requested(self, step: PlaybookStep, changes: dict[str, Any]) -> None:
        self.ctx.undo_stack.push(EditStep(self.ctx, step.id, step.title, changes, self))

    def add_step(self) -> None:
        """A new step after the selected one (same stage, offset and owner), ready to be named."""
        if self.playbook_id is None:
            return
        steps = self.step_model.steps()
        row = self.current_row()
        after = steps[row] if row >= 0 else (steps[-1] if steps else None)
        values: dict[str, Any] = {"title": self.tr("New step"), "stage": after.stage if after else "Embark",
                                  "offset_days": after.offset_days if after else 0,
                                  "owner_role": after.owner_role if after else ""}
        command = AddStep(self.ctx, self.playbook_id, values, self)
        self.ctx.undo_stack.push(command)
        if command.step_id is not None:
            index = self.step_model.index(self.step_model.row_of(command.step_id), COL_TITLE)
            self.step_view.setCurrentIndex(index)
            self.step_view.edit(index)

    def remove_step(self) -> None:
        row = self.current_row()
        if row >= 0:
            step = self.step_model.step_at(row)
            self.ctx.undo_stack.push(DeleteStep(self.ctx, step.id, step.title, self))

    def move_step(self, up: bool) -> None:
        row = self.current_row()
        other = row - 1 if up else row + 1
        if row < 0 or not 0 <= other < self.step_model.rowCount():
            return
        step, neighbour = self.step_model.step_at(row), self.step_model.step_at(other)
        self.ctx.undo_stack.push(MoveStep(self.ctx, step.id, neighbour.id, step.title, up, self))
        self.step_view.selectRow(self.step_model.row_of(step.id))
