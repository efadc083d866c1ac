"""The account list's cell painter: a plain text cell drawn from text shaped once.

Qt's item delegate lays a cell's text out three times per paint (its size, its elision,
the drawing), and asks the model for seven roles through Python on the way: at 5,000
accounts a keystroke in the filter repaints about 260 cells, and that was most of it
(issue 21: under 30 ms per keystroke). Most cells are one line of text that fits, maybe
after the health dot, not selected, without the current-cell frame or a bold font: for
those this delegate reads the row's answers straight from the model's per-row tuples and
draws the text with a ``QStaticText`` kept per distinct text, at the place Fusion's item
drawing puts it (``QCommonStyle``'s text margin, vertical centring, left or right
alignment; the dot and the text where the style's own rectangles say, asked once per cell
size). Every other cell, and every cell under a style that is not Fusion, is Qt's own
painting. A test holds the two to the same pixels, light and dark."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QPointF, QRect, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPalette, QStaticText, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyledItemDelegate, QStyleOptionViewItem

Index = QModelIndex | QPersistentModelIndex
# proxy row -> the row's value per painted role, one per column (None: ask Qt's painting)
Cells = Callable[[int], "dict[int, tuple[Any, ...]] | None"]

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
# States Fusion draws something more for (highlight, focus frame, hover, editor), as ints:
# an enum operation per cell is a Python call.
_OWN_STATES = (QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_HasFocus
               | QStyle.StateFlag.State_MouseOver | QStyle.StateFlag.State_Editing).value
_ENABLED = QStyle.StateFlag.State_Enabled.value
_ACTIVE = QStyle.StateFlag.State_Active.value
_MANY_TEXTS = 20_000  # distinct texts kept before the cache starts again


class AccountCellDelegate(QStyledItemDelegate):
    """Qt's item delegate, with plain text cells painted from text shaped once.

    What every cell shares (the style's margin, the view's font, direction and text
    colours) is read from the first cell painted; the view calls :meth:`style_changed`
    when any of them may have changed.
    """

    def __init__(self, cells: Cells, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cells = cells
        self._margin: int | None = None  # Fusion's text margin; -1: leave every cell to Qt
        self._font = QFont()
        self._colours: tuple[QColor, QColor, QColor] | None = None  # active, inactive, disabled
        # text -> (its shaped text, natural width, line height; None when not one plain line)
        self._texts: dict[str, tuple[QStaticText, float, int] | None] = {}
        # (cell width, height, icon) -> its icon and text rectangles, the icon's alignment
        self._icon_places: dict[tuple[int, int, int], tuple[QRect, QRect, Qt.AlignmentFlag] | None] = {}

    def style_changed(self) -> None:
        """The style, font, palette or layout direction changed: measure again."""
        self._margin = None
        self._colours = None
        self._texts = {}
        self._icon_places = {}

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        if not self._paint_text(painter, option, index):
            super().paint(painter, option, index)

    def _setup(self, option: QStyleOptionViewItem) -> int:
        margin = _text_margin(option)
        if option.direction != Qt.LayoutDirection.LeftToRight:
            margin = -1
        self._font = QFont(option.font)
        palette = option.palette
        self._colours = (palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text),
                         palette.color(QPalette.ColorGroup.Inactive, QPalette.ColorRole.Text),
                         palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        self._texts = {}
        self._margin = margin
        return margin

    def _paint_text(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> bool:
        """Paint a plain cell and say so; False leaves the cell to Qt's painting."""
        margin = self._margin
        if margin is None:
            margin = self._setup(option)
        state = option.state.value
        if margin < 0 or state & _OWN_STATES:
            return False
        roles = self._cells(index.row())
        if roles is None:
            return False
        column = index.column()
        if roles[_FONT][column] is not None:
            return False
        alignment = roles[_ALIGNMENT][column]
        if alignment is not None and alignment != _RIGHT:
            return False
        text = roles[_DISPLAY][column]
        if not isinstance(text, str):
            return False
        rect = option.rect
        icon = roles[_DECORATION][column]
        if icon is not None:  # the health dot, then the score
            if not isinstance(icon, QIcon) or not state & _ENABLED:
                return False
            place = self._icon_place(option, index, icon)
            if place is None:
                return False
            icon_rect, text_rect, icon_alignment = place
            x, y = rect.x(), rect.y()
            icon.paint(painter, icon_rect.translated(x, y), icon_alignment)
            rect = text_rect.translated(x, y)
        if not text:
            return True  # Fusion draws no text and, unselected, no panel
        texts = self._texts
        shaped = texts.get(text)
        if shaped is None and text not in texts:
            if len(texts) >= _MANY_TEXTS:
                texts.clear()
            shaped = texts[text] = _shape(text, self._font)
        if shaped is None:
            return False
        static, natural, height = shaped
        width = rect.width() - 2 * margin
        if natural > width or height > rect.height():
            return False  # Qt elides it (or clips it)
        colour = roles[_FOREGROUND][column]
        if colour is None:
            colours = self._colours
            assert colours is not None
            colour = (colours[2] if not state & _ENABLED else colours[0] if state & _ACTIVE
                      else colours[1])
        top = rect.y() + (rect.height() - height) // 2
        painter.save()
        painter.setFont(self._font)
        painter.setPen(colour)
        if alignment is None:
            painter.drawStaticText(rect.x() + margin, top, static)
        else:
            painter.drawStaticText(QPointF(rect.x() + margin + width - natural, top), static)
        painter.restore()
        return True

    def _icon_place(self, option: QStyleOptionViewItem, index: Index,
                    icon: QIcon) -> tuple[QRect, QRect, Qt.AlignmentFlag] | None:
        """Where Fusion puts the icon and the text in a cell of this size (relative to the
        cell), asked of the style once per cell size and icon."""
        rect = option.rect
        key = (rect.width(), rect.height(), icon.cacheKey())
        if key in self._icon_places:
            return self._icon_places[key]
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        widget = item.widget
        style = widget.style() if widget is not None else QApplication.style()
        place: tuple[QRect, QRect, Qt.AlignmentFlag] | None = None
        if not item.features & QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator:
            x, y = -rect.x(), -rect.y()
            icon_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemDecoration, item, widget)
            text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, item, widget)
            place = (icon_rect.translated(x, y), text_rect.translated(x, y), item.decorationAlignment)
        self._icon_places[key] = place
        return place


def _text_margin(option: QStyleOptionViewItem) -> int:
    """Fusion's horizontal text margin in an item (``QCommonStyle``: focus frame margin + 1),
    or -1 when the cells are drawn by another style, whose item drawing this does not copy."""
    widget = option.widget
    style = widget.style() if widget is not None else QApplication.style()
    name = style.name()
    if not name and isinstance(style, QProxyStyle):
        base = style.baseStyle()
        name = base.name() if base is not None else ""
    if name.lower() != "fusion":
        return -1
    return style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1


def _shape(text: str, font: QFont) -> tuple[QStaticText, float, int] | None:
    """The text shaped for drawing, its width and line height as Qt's item drawing lays it
    out (one line, no wrapping); None for text that is not a single plain line."""
    if text != text.rstrip() or any(c in text for c in "\n\r\t\u2028\u2029"):
        return None
    layout = QTextLayout(text, font)
    layout_option = QTextOption()
    layout_option.setWrapMode(QTextOption.WrapMode.ManualWrap)
    layout.setTextOption(layout_option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(1.0e6)
    layout.endLayout()
    static = QStaticText(text)
    static.setTextFormat(Qt.TextFormat.PlainText)
    return static, line.naturalTextWidth(), math.ceil(line.height())
