"""What every view needs, handed in through the constructor (no globals)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from PySide6.QtGui import QUndoStack

from tracker.database import Database
from ui.events import ChangeBus, Navigator


@dataclass
class AppContext:
    """The open database and the shared Qt plumbing of one main window.

    ``today`` is a clock: tests inject a fixed date so "overdue" is reproducible.
    """

    db: Database
    db_path: Path
    bus: ChangeBus
    undo_stack: QUndoStack
    navigator: Navigator
    today: Callable[[], date] = field(default=date.today)
