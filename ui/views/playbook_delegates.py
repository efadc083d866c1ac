"""Editors for the playbook step table: stage and milestone-kind combos, a day spin box."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QSpinBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from tracker.domain import MILESTONE_KINDS, STAGES
from ui.models import labels
from ui.models.playbook_models import COL_KIND, COL_OFFSET, COL_STAGE

Index = QModelIndex | QPersistentModelIndex
MAX_OFFSET_DAYS = 3650


class StepDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        col = index.column()
        if col in (COL_STAGE, COL_KIND):
            combo = QComboBox(parent)
            if col == COL_STAGE:
                for code in STAGES:
                    combo.addItem(labels.stage(code), code)
            else:
                for code in MILESTONE_KINDS:
                    combo.addItem(labels.milestone_kind(code), code)
            combo.setFrame(False)
            return combo
        if col == COL_OFFSET:
            spin = QSpinBox(parent)
            spin.setRange(0, MAX_OFFSET_DAYS)
            spin.setSuffix(self.tr(" d"))
            spin.setFrame(False)
            spin.setAlignment(Qt.AlignmentFlag.AlignRight)
            return spin
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            found = editor.findData(value)
            editor.setCurrentIndex(max(found, 0))
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value or 0))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QSpinBox):
            editor.interpretText()
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)
