"""Application entry point: arguments, QApplication, the database and the main window."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from tracker.demo import generate_demo
from tracker.paths import default_db_path
from tracker.storage.errors import StoreError
from tracker.workspace import open_workspace


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="onboarding-tracker")
    parser.add_argument("--db", type=Path, default=None, help="database file to open")
    parser.add_argument("--demo", type=Path, default=None, metavar="PATH",
                        help="create PATH filled with the demo portfolio and open it")
    parser.add_argument("--demo-size", default="S")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(list(sys.argv[1:] if argv is None else argv))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    QCoreApplication.setOrganizationName("OnboardingTracker")
    QCoreApplication.setApplicationName("Onboarding Tracker")
    path = args.demo or args.db or default_db_path()
    try:
        if args.demo is not None and args.demo.exists():
            raise StoreError(f"{args.demo} already exists; choose a new file for the demo.")
        db = open_workspace(path)
        if args.demo is not None:
            generate_demo(db, args.demo_size)
    except StoreError as exc:
        QMessageBox.critical(None, QCoreApplication.translate("app", "Onboarding Tracker"),
                             exc.message)
        return 1
    window = QMainWindow()
    window.setWindowTitle(QCoreApplication.translate("app", "Onboarding Tracker — {0}")
                          .format(path.name))
    window.statusBar().showMessage(str(path))
    window.resize(1280, 760)
    window.show()
    result = app.exec()
    db.conn.close()
    return int(result)
