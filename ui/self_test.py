"""The bundle checks itself: ``onboarding-tracker --db FILE --self-test FOLDER`` (hidden option).

A frozen build can break in ways the source tree never shows: a module or data file left
out, the reader child unable to start (in a bundle it is the app itself), a Qt plugin
missing. ``packaging/smoke.py`` starts the built app with this option; once the window is
up on the database, every workbook in FOLDER is read and previewed (a dry run: nothing
is written) the way File > Import reads it, the report is exported to FOLDER, the outcome
is written to FOLDER/self-test.json and the app quits normally. It reads and writes only
inside FOLDER and the database the user named, so it is harmless to leave in.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from tracker.excel.errors import ExcelError
from tracker.excel.preview import preview_workbook
from tracker.excel.report import export_report
from tracker.version import app_version
from ui.main_window import MainWindow

REPORT = "self-test-report.xlsx"
OUTCOME = "self-test.json"


def run_self_test(window: MainWindow, folder: Path) -> dict[str, Any]:
    """Dry-run every workbook in ``folder``, export the report there, record it all, quit."""
    ctx = window.ctx
    # Wall-clock time the window was up with the event loop running: a parent that noted when
    # it spawned this process gets the start time from it (bench/cases_bundle.py).
    outcome: dict[str, Any] = {"window_up_at": time.time(), "version": app_version(),
                               "database": str(ctx.db_path),
                               "window_visible": window.isVisible(), "workbooks": {}}
    for book in sorted(folder.glob("*.xlsx")):
        if book.name == REPORT:
            continue
        started = time.monotonic()
        try:
            previews, _skipped = preview_workbook(ctx.db, book, today=ctx.today())
            result: dict[str, Any] = {"ok": True, "previews": [p.summary() for p in previews]}
        except ExcelError as exc:
            result = {"ok": False, "code": exc.code, "message": exc.message}
        result["seconds"] = round(time.monotonic() - started, 3)
        outcome["workbooks"][book.name] = result
    try:
        report = export_report(ctx.db, folder / REPORT, as_of=ctx.today())
        outcome["report"] = {"ok": True, "path": str(report.path), "rows": dict(report.rows)}
    except ExcelError as exc:
        outcome["report"] = {"ok": False, "message": exc.message}
    outcome["alive"] = True
    (folder / OUTCOME).write_text(json.dumps(outcome, indent=2), encoding="utf-8")
    window.close()
    QTimer.singleShot(0, QApplication.quit)
    return outcome
