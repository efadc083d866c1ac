"""What the command line and the operating system hand the app: the arguments, a workbook
to import instead of a database to open, and macOS's file-open events.

Its own module so :mod:`ui.app` stays about starting the application and opening databases
into windows; ``ui.app`` re-exports every name here, where the tests and the packaging
scripts have always found them. On the start-up path: it imports nothing the first paint
did not load already (the version is looked up only for ``--version``, the import dialog
only when a workbook is offered).
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject

from tracker.excel.formats import SUPPORTED

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    from ui.app import Launcher
    from ui.main_window import MainWindow



class _VersionAction(argparse.Action):
    """``--version``, with the version looked up only when asked: the package metadata it
    comes from costs the start (importlib.metadata and its e-mail parser) about 80 ms."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS,
                 default: str = argparse.SUPPRESS, help: str | None = None) -> None:
        super().__init__(option_strings, dest=dest, default=default, nargs=0,
                         help=help or "show program's version number and exit")

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: object, option_string: str | None = None) -> None:
        from tracker.version import app_version

        print(f"{parser.prog} {app_version()}")
        parser.exit()


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="onboarding-tracker")
    parser.add_argument("--version", action=_VersionAction)
    parser.add_argument("--db", type=Path, default=None, help="database file to open")
    parser.add_argument("--demo", type=Path, default=None, metavar="PATH",
                        help="create PATH filled with the demo portfolio and open it")
    parser.add_argument("--demo-size", default="S")
    parser.add_argument("--self-test", type=Path, default=None, metavar="FOLDER", help=argparse.SUPPRESS)
    parser.add_argument("file", type=Path, nargs="?", default=None,
                        help="a database to open, or a workbook to import (what 'Open with' passes)")
    return parser.parse_args(argv)


def is_spreadsheet(path: Path) -> bool:
    return path.suffix.lower() in SUPPORTED


def workbook_to_import(args: argparse.Namespace) -> Path | None:
    """The workbook the positional file names, if it is one; any other file is the database
    to open (unless ``--db`` named one)."""
    if args.file is None:
        return None
    if is_spreadsheet(args.file):
        return Path(args.file)
    if args.db is None:
        args.db = args.file
    return None


def offer_import(window: MainWindow, path: Path) -> QDialog | None:
    """A workbook handed to the app ('Open with', a double click): show its import preview;
    nothing is written until the user confirms there."""
    from ui.dialogs import import_dialog

    return import_dialog.run_import(window.ctx, window, pick_file=lambda _parent: path)


class FileOpenForwarder(QObject):
    """macOS hands 'Open with' files to a running app as QFileOpenEvent, not on the command line."""

    def __init__(self, launcher: Launcher) -> None:
        super().__init__()
        self.launcher = launcher

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.FileOpen:
            return super().eventFilter(watched, event)
        from PySide6.QtGui import QFileOpenEvent  # macOS only: no class built at every start

        if isinstance(event, QFileOpenEvent):
            path = Path(event.file())
            if is_spreadsheet(path) and self.launcher.windows:
                offer_import(self.launcher.windows[-1], path)
                return True
        return super().eventFilter(watched, event)
