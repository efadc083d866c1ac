"""Child process for the start-up and memory benchmarks: a bare window or the real app.

Run as ``python -m bench.probe_start bare|app [--db FILE] [--settle-ms N] [--visit-views]``.
It prints ``PAINTED`` the moment the first top-level main window receives a paint event
(the parent times from spawning the process to reading that line, so interpreter start and
imports count for both), then, after letting the app settle (and optionally showing every
view once), ``RSS <VmHWM kB> <ru_maxrss kB>`` and quits.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

VIEW_KEYS = ("today", "accounts", "account", "dashboard", "analytics", "playbooks")
# Views the finished app shows; the probe plugs in any the main window does not register yet,
# so the memory figure covers the whole app rather than today's wiring.
VIEW_CLASSES = {
    "account": ("ui.views.account_detail", "AccountDetailView"),
    "dashboard": ("ui.views.dashboard", "DashboardView"),
    "analytics": ("ui.views.analytics", "AnalyticsView"),
    "playbooks": ("ui.views.playbooks", "PlaybooksView"),
}


def peak_rss_kb() -> tuple[int, int]:
    """Peak resident set size from /proc (VmHWM) and from getrusage, both in kB."""
    hwm = 0
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                hwm = int(line.split()[1])
    except OSError:
        pass
    return hwm, int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


class PaintWatcher(QObject):
    """Notices the first paint of a main window, then settles, reports memory and quits."""

    def __init__(self, app: QApplication, settle_ms: int, visit_views: bool) -> None:
        super().__init__()
        self._app = app
        self._settle_ms = settle_ms
        self._visit = visit_views
        self._seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (not self._seen and event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow)
                and watched.isWindow()):
            self._seen = True
            print("PAINTED", flush=True)
            QTimer.singleShot(0, lambda: self._after_paint(watched))
        return False

    def _after_paint(self, window: QWidget) -> None:
        if self._visit:
            visit_views(window)
        QTimer.singleShot(self._settle_ms, self._finish)

    def _finish(self) -> None:
        hwm, maxrss = peak_rss_kb()
        print(f"RSS {hwm} {maxrss}", flush=True)
        for widget in QApplication.topLevelWidgets():
            widget.close()
        self._app.quit()


def visit_views(window: QWidget) -> None:
    """Show every view the main window offers once, so lazily built views count too."""
    ctx = getattr(window, "ctx", None) or getattr(window, "_ctx", None)
    navigator = getattr(ctx, "navigator", None)
    if navigator is None:
        return
    _add_missing_views(window, ctx)
    first = None
    db = getattr(ctx, "db", None)
    if db is not None:
        row = db.conn.execute("SELECT id FROM account ORDER BY id LIMIT 1").fetchone()
        first = row[0] if row else None
    for key in VIEW_KEYS:
        if key == "account":
            if first is not None:
                navigator.account_requested.emit(first)
        else:
            navigator.view_requested.emit(key)
        QApplication.processEvents()


def _add_missing_views(window: QWidget, ctx: object) -> None:
    import importlib

    add_view = getattr(window, "add_view", None)
    known = getattr(window, "views", None) or {}
    if add_view is None:
        return
    added = []
    for key, (module, cls) in VIEW_CLASSES.items():
        if key in known:
            continue
        try:
            view = getattr(importlib.import_module(module), cls)(ctx)
        except Exception as exc:  # report, do not abort the measurement
            print(f"NOVIEW {key} {type(exc).__name__}", flush=True)
            continue
        add_view(key, view, key.title(), None)
        added.append(key)
    if added:
        print("ADDED " + ",".join(added), flush=True)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=("bare", "app"))
    parser.add_argument("--db", default=None)
    parser.add_argument("--settle-ms", type=int, default=0)
    parser.add_argument("--visit-views", action="store_true")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    watcher = PaintWatcher(app, args.settle_ms, args.visit_views)
    app.installEventFilter(watcher)
    if args.mode == "bare":
        window = QMainWindow()
        window.setWindowTitle("bare")
        window.resize(1280, 760)
        window.show()
        return int(app.exec())
    from ui.app import main as app_main

    return int(app_main(["--db", args.db]))


if __name__ == "__main__":
    sys.exit(main())
