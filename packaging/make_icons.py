"""Render the application icon's PNG sizes from its two SVG drawings.

    python packaging/make_icons.py

16 to 32 px come from the simplified drawing (a bold check on the tile: the progress ring
would blur into the check at that size), 48 px and up from the full one. The PNGs are
committed; run this again after changing an SVG.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "ui" / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SMALL_UP_TO = 32


def render(svg: Path, size: int, out: Path) -> None:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    if not image.save(str(out)):
        raise SystemExit(f"could not write {out}")


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    for size in SIZES:
        name = "onboarding-tracker-small.svg" if size <= SMALL_UP_TO else "onboarding-tracker.svg"
        render(ICONS / name, size, ICONS / f"onboarding-tracker-{size}.png")
        print(f"onboarding-tracker-{size}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
