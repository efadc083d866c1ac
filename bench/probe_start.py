"""Child process for the start-up and memory benchmarks: a bare window or the real app.

Run as ``python -m bench.probe_start bare|app [--db FILE] [--settle-ms N] [--visit-views]``.
It prints ``PAINTED`` the moment the first top-level main window receives a paint event
(the parent times from spawning the process to reading that line, so interpreter start and
imports count for both), then, after letting the app settle (and optionally showing every
view once), ``RSS <VmHWM kB> <ru_maxrss kB>`` and quits.

Only PySide6 is imported before the paint: the app's own modules load inside ``main`` (app
mode) or after the paint (``visit_views``), so the bare window pays for nothing it does not use.
Each mode makes its QApplication as its real start does: the bare window here, the app in
``ui.app.create_application`` (wrapped so the watcher is on it from its first event).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget


def peak_rss_kb() -> tuple[int, int]:
    """Peak resident set size from /proc (VmHWM, Linux) and from getrusage (POSIX), in kB;
    0 where the platform has neither (the parent then reports the memory as not measured)."""
    hwm = 0
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                hwm = int(line.split()[1])
    except OSError:
        pass
    try:
        import resource
    except ImportError:  # Windows
        return hwm, 0
    return hwm, int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


class PaintWatcher(QObject):
    """Notices the first paint of a main window, then settles, reports memory and quits.

    It starts as an application-wide event filter only to find the main window: at that
    window's first event it moves onto the window alone. Left on the application, a
    Python filter is called for every event of every widget, and PySide6 builds the Python
    class (and enums) of each new type it hands over: about 75 ms for the app's first table
    view and nothing for a bare window, a cost no user's start has. The paint it waits for
    is the same either way: the first Paint event the main window itself receives.
    """

    def __init__(self, app: QApplication, settle_ms: int, visit_views: bool) -> None:
        super().__init__()
        self._app = app
        self._settle_ms = settle_ms
        self._visit = visit_views
        self._seen = False
        self._moved = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._seen:
            return False
        if not self._moved:
            if not (isinstance(watched, QMainWindow) and watched.parent() is None):
                return False
            # From here on the filter sees that window's events only. (No identity check:
            # its first events come while it is being built, through a wrapper PySide6
            # replaces once the constructor returns.)
            self._moved = True
            self._app.removeEventFilter(self)
            watched.installEventFilter(self)
        if event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow) and watched.isWindow():
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
    """Show every view the main window registered once, so lazily built views count too."""
    from ui.main_window import MainWindow  # already loaded by the app: costs nothing here

    if not isinstance(window, MainWindow):
        return
    row = window.ctx.db.conn.execute("SELECT id FROM account ORDER BY id LIMIT 1").fetchone()
    for key in list(window.views):
        if key == "account" and row is not None:
            window.ctx.navigator.account_requested.emit(int(row[0]))
        else:
            window.ctx.navigator.view_requested.emit(key)
        QApplication.processEvents()
    print("VISITED " + ",".join(window.views), flush=True)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=("bare", "app"))
    parser.add_argument("--db", default=None)
    parser.add_argument("--settle-ms", type=int, default=0)
    parser.add_argument("--visit-views", action="store_true")
    args = parser.parse_args()
    if args.mode == "bare":
        app = QApplication.instance() or QApplication(sys.argv[:1])
        assert isinstance(app, QApplication)
        watcher = PaintWatcher(app, args.settle_ms, args.visit_views)
        app.installEventFilter(watcher)
        window = QMainWindow()
        window.setWindowTitle("bare")
        window.resize(1280, 760)
        window.show()
        return int(app.exec())
    # The app makes its QApplication as `python -m ui` does (ui.app.create_application); the
    # watcher goes on it the moment it exists, before the app's own code sees an event.
    import ui.app

    create = ui.app.create_application
    watchers: list[PaintWatcher] = []

    def create_watched() -> QApplication:
        app = create()
        watchers.append(PaintWatcher(app, args.settle_ms, args.visit_views))
        app.installEventFilter(watchers[-1])
        return app

    ui.app.create_application = create_watched
    return int(ui.app.main(["--db", args.db]))


if __name__ == "__main__":
    sys.exit(main())
