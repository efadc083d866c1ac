"""Fusion with input fields, check boxes and radio buttons outlined for a dark palette.

Imported only when a dark palette is asked for (:func:`ui.theme.install_style`): the
classes it needs (QStyle and its enums, QPainter) cost the light start nothing that way.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QStyleOptionComplex, QWidget

_DARK_FIELD_BORDER = "#6b7178"


class OutlinedFusionStyle(QProxyStyle):
    """Fusion, with input fields, check boxes and radio buttons outlined so they show on a dark background.

    Fusion outlines them with a darker shade of the window colour: fine on light grey,
    all but invisible on a dark one. In a dark palette this style draws the outline again
    in a lighter grey; focused fields keep Fusion's highlight. Light drawing is untouched.
    """

    _PRIMITIVES = (QStyle.PrimitiveElement.PE_FrameLineEdit, QStyle.PrimitiveElement.PE_IndicatorCheckBox)
    _CONTROLS = (QStyle.ComplexControl.CC_ComboBox, QStyle.ComplexControl.CC_SpinBox)

    def __init__(self) -> None:
        super().__init__("Fusion")

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption, painter: QPainter,
                      widget: QWidget | None = None) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element in self._PRIMITIVES:
            self._outline(option, painter, 1.0 if element == self._PRIMITIVES[0] else 0.0)
        elif element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            self._outline(option, painter, -1.0)

    def drawComplexControl(self, control: QStyle.ComplexControl, option: QStyleOptionComplex,
                           painter: QPainter, widget: QWidget | None = None) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control in self._CONTROLS and getattr(option, "frame", True):
            self._outline(option, painter, 2.0)

    @staticmethod
    def _outline(option: QStyleOption, painter: QPainter, radius: float) -> None:
        if option.palette.color(QPalette.ColorRole.Window).lightness() >= 128:
            return
        if option.state & QStyle.StateFlag.State_HasFocus:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, radius > 0)
        painter.setPen(QColor(_DARK_FIELD_BORDER))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        rect = option.rect.adjusted(0, 0, -1, -1)
        if radius < 0:  # a radio button's circle
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.translate(0.5, 0.5)
            painter.drawEllipse(rect)
        elif radius > 0:
            painter.translate(0.5, 0.5)
            painter.drawRoundedRect(rect, radius, radius)
        else:
            painter.drawRect(rect)
        painter.restore()
