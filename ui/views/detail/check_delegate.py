"""An item delegate that outlines check boxes on a dark palette and spaces the rows.

Fusion draws an item view's check box border from the window colour darkened, which
vanishes against a dark Base; an unticked task would look like it has no box at all.
A tree sizes rows to their content (about the font height), which looked cramped next
to the record tables (font height + 8); the title column asks for the same height.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ui.theme import is_dark

ROW_PADDING = 8  # the same as the record tables' default section size (font height + 8)


class CheckOutlineDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        size.setHeight(max(size.height(), option.fontMetrics.height() + ROW_PADDING))
        return size

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        super().paint(painter, option, index)
        if not index.flags() & Qt.ItemFlag.ItemIsUserCheckable or not is_dark():
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, opt, widget)
        colour = QColor(opt.palette.color(QPalette.ColorRole.Text))
        colour.setAlpha(150)
        painter.save()
        painter.setPen(QPen(colour, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect.adjusted(1, 1, -2, -2), 2, 2)
        painter.restore()
