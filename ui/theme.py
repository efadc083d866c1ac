"""Fusion style with a light and a dark palette the user can switch between.

Fusion draws the same on every platform, so both palettes are designed once here
instead of inheriting whatever the desktop theme happens to be. Views that paint
their own colours (health dots, late dates) ask :func:`status_colors` so they stay
readable on either background.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:  # PySide6 builds a class and all its enums on first use: not before the first paint
    from PySide6.QtGui import QIcon

_LIGHT = {
    QPalette.ColorRole.Window: "#f3f4f6",
    QPalette.ColorRole.WindowText: "#1f2328",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#f6f8fa",
    QPalette.ColorRole.ToolTipBase: "#ffffdc",
    QPalette.ColorRole.ToolTipText: "#1f2328",
    QPalette.ColorRole.PlaceholderText: "#6e7781",
    QPalette.ColorRole.Text: "#1f2328",
    QPalette.ColorRole.Button: "#eceef1",
    QPalette.ColorRole.ButtonText: "#1f2328",
    QPalette.ColorRole.BrightText: "#ffffff",
    QPalette.ColorRole.Light: "#ffffff",
    QPalette.ColorRole.Midlight: "#e4e7eb",
    QPalette.ColorRole.Mid: "#c4c9d0",
    QPalette.ColorRole.Dark: "#9aa1aa",
    QPalette.ColorRole.Shadow: "#6e7781",
    QPalette.ColorRole.Highlight: "#2f6fd0",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#0b5cc4",
    QPalette.ColorRole.LinkVisited: "#6639ba",
}

_DARK = {
    QPalette.ColorRole.Window: "#25272b",
    QPalette.ColorRole.WindowText: "#e6e8eb",
    QPalette.ColorRole.Base: "#1b1d20",
    QPalette.ColorRole.AlternateBase: "#23262a",
    QPalette.ColorRole.ToolTipBase: "#33363b",
    QPalette.ColorRole.ToolTipText: "#e6e8eb",
    QPalette.ColorRole.PlaceholderText: "#8b929a",
    QPalette.ColorRole.Text: "#e6e8eb",
    QPalette.ColorRole.Button: "#303338",
    QPalette.ColorRole.ButtonText: "#e6e8eb",
    QPalette.ColorRole.BrightText: "#ffffff",
    QPalette.ColorRole.Light: "#474b52",
    QPalette.ColorRole.Midlight: "#3a3d43",
    QPalette.ColorRole.Mid: "#2c2f34",
    QPalette.ColorRole.Dark: "#17181a",
    QPalette.ColorRole.Shadow: "#0c0d0e",
    QPalette.ColorRole.Highlight: "#3d7fe0",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#6fa8ff",
    QPalette.ColorRole.LinkVisited: "#b392f0",
}

_DISABLED_TEXT = {"light": "#9aa1aa", "dark": "#6b7178"}
# The app property that says which of our styles is installed: "fusion" (Qt's own, for a
# light palette) or "outlined" (ui.dark_style's, once a dark palette was asked for).
STYLE_PROPERTY = "tracker_style"


@dataclass(frozen=True)
class StatusColors:
    """Foreground colours for states, chosen to read well on the palette's Base."""

    good: QColor
    warn: QColor
    bad: QColor
    muted: QColor


def system_prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def build_palette(dark: bool) -> QPalette:
    palette = QPalette()
    for role, colour in (_DARK if dark else _LIGHT).items():
        palette.setColor(role, QColor(colour))
    disabled = QColor(_DISABLED_TEXT["dark" if dark else "light"])
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def apply_palette(app: QApplication, dark: bool | None = None) -> bool:
    """Fusion plus our light or dark palette; ``None`` follows the system. Returns ``dark``."""
    if dark is None:
        dark = system_prefers_dark()
    install_style(app, dark)
    app.setPalette(build_palette(dark))
    app.setProperty("tracker_dark", dark)
    return dark


def install_style(app: QApplication, dark: bool) -> None:
    """Fusion for a light palette, Fusion with outlined fields (:mod:`ui.dark_style`) for a dark one.

    The outlined style draws light exactly as Fusion does, but it is a Python subclass of
    QProxyStyle: importing it builds the Python classes of QStyle and its sixteen enums (about
    45 M instructions, 8 % of a bare window's whole start) and every primitive Fusion draws
    then calls into Python. A light start takes Qt's Fusion by name and touches neither; a
    switch to dark installs the outlined style, which stays for a later switch back to light.
    """
    installed = app.property(STYLE_PROPERTY)
    if dark and installed != "outlined":
        from ui.dark_style import OutlinedFusionStyle

        app.setStyle(OutlinedFusionStyle())
        app.setProperty(STYLE_PROPERTY, "outlined")
    elif not dark and installed not in ("fusion", "outlined"):
        app.setStyle("Fusion")
        app.setProperty(STYLE_PROPERTY, "fusion")


def is_dark(app: QApplication | None = None) -> bool:
    app = app or QApplication.instance()  # type: ignore[assignment]
    if app is None:
        return False
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128


def status_colors(dark: bool | None = None) -> StatusColors:
    if dark is None:
        dark = is_dark()
    if dark:
        return StatusColors(QColor("#5cc97b"), QColor("#e3b341"), QColor("#ff7b72"),
                            QColor("#8b929a"))
    return StatusColors(QColor("#1a7f37"), QColor("#9a6700"), QColor("#cf222e"),
                        QColor("#6e7781"))


def check_indicator_style() -> str:
    """A visible unchecked box for item views: Fusion outlines it with a darker shade of
    the window colour, which all but disappears on a dark background."""
    app = QApplication.instance()
    palette = app.palette() if isinstance(app, QApplication) else QPalette()
    border = palette.color(QPalette.ColorRole.PlaceholderText).name()
    base = palette.color(QPalette.ColorRole.Base).name()
    return (f"QTableView::indicator:unchecked {{ width: 13px; height: 13px; border: 1px solid {border};"
            f" border-radius: 2px; background: {base}; }}")


def toggle_style() -> str:
    """Checkable tool buttons that read as on or off in both palettes.

    Fusion draws a checked tool button a shade darker than the window, which on the dark
    palette is nearly the unchecked look. A checked toggle takes the highlight colour instead;
    the padding and border are the same in both states, so toggling never changes its width.
    """
    app = QApplication.instance()
    palette = app.palette() if isinstance(app, QApplication) else QPalette()
    border = palette.color(QPalette.ColorRole.PlaceholderText).name()
    highlight = palette.color(QPalette.ColorRole.Highlight).name()
    on_text = palette.color(QPalette.ColorRole.HighlightedText).name()
    return (f"QToolButton {{ padding: 3px 10px; border: 1px solid {border}; border-radius: 3px; }}"
            f" QToolButton:checked {{ background: {highlight}; color: {on_text};"
            f" border-color: {highlight}; }}")


def band_dots(colors: StatusColors, size: int = 10) -> dict[str, QIcon]:
    """Small round markers for health bands (a colour swatch would fill the whole cell)."""
    from PySide6.QtGui import QIcon, QPainter, QPixmap

    dots = {}
    for band, colour in (("green", colors.good), ("yellow", colors.warn), ("red", colors.bad)):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(0, 0, size, size)
        painter.end()
        dots[band] = QIcon(pixmap)
    return dots
