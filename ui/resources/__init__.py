"""Files the app ships with (icons), found through ``importlib.resources`` so they are there
from a source tree, an installed wheel and a frozen bundle alike."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

APP_ICON = "onboarding-tracker"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def icons_folder() -> Path:
    return Path(str(resources.files(__name__).joinpath("icons")))


def app_icon() -> QIcon:
    """The application icon at every drawn size, so no platform scales a 512 px image to 16."""
    folder = icons_folder()
    icon = QIcon()
    for size in PNG_SIZES:
        icon.addFile(str(folder / f"{APP_ICON}-{size}.png"), QSize(size, size))
    return icon
