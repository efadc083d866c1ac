"""Benchmarks of the Qt views, in this process, offscreen: dashboard, filter, account detail.

Each view is built on a real AppContext over a copy of the portfolio, shown at 1366x768,
and timed from the call to the moment the event queue is drained (so a chart's
``draw_idle`` or a queued layout counts).
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, cast

from bench.cache import BenchContext
from bench.cases_core import account_with_tasks, kpi_call, open_db
from bench.core import Result, Target, missing_attr, missing_module, skipped, timed_result

DASHBOARD_TARGET = Target("max", 400.0)
FILTER_TARGET = Target("max", 30.0)
TYPED = "harbor labs"


def qapp() -> Any:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        qInstallMessageHandler(_quiet_offscreen)
        app = QApplication([])
    return app


def _quiet_offscreen(mode: Any, context: Any, message: str) -> None:
    """Drop the offscreen plugin's per-window notice; print every other Qt message."""
    if "propagateSizeHints" not in message:
        print(f"Qt: {message}", file=sys.stderr)


def drain() -> None:
    from PySide6.QtWidgets import QApplication

    for _ in range(3):
        QApplication.processEvents()


def make_ctx(path: Path, as_of: date) -> Any:
    qapp()
    from PySide6.QtGui import QUndoStack

    from ui.context import AppContext
    from ui.events import ChangeBus, Navigator

    return AppContext(db=open_db(path), db_path=path, bus=ChangeBus(), undo_stack=QUndoStack(),
                      navigator=Navigator(), today=lambda: as_of)


def show(widget: Any) -> None:
    widget.resize(1366, 768)
    widget.show()
    drain()


def close(widget: Any, ctx: Any) -> None:
    widget.close()
    widget.deleteLater()
    drain()
    ctx.db.conn.close()


def _method(obj: Any, *names: str) -> Callable[..., Any] | None:
    for name in names:
        fn = getattr(obj, name, None)
        if callable(fn):
            return cast(Callable[..., Any], fn)
    return None


def bench_dashboard_refresh(ctx: BenchContext) -> Result:
    name = "dashboard refresh with charts"
    reason = missing_attr("ui.views.dashboard", "DashboardView") or missing_attr(
        "tracker.kpi.report", "portfolio_kpis")
    if reason:
        return skipped(name, reason, DASHBOARD_TARGET)
    dashboard = importlib.import_module("ui.views.dashboard")
    app_ctx = make_ctx(ctx.shared_copy(), ctx.as_of)
    view = dashboard.DashboardView(app_ctx)
    try:
        show(view)
        refresh = _method(view, "refresh", "reload", "refresh_now", "_refresh")
        if refresh is None:
            return skipped(name, "DashboardView has no refresh()/reload() to call", DASHBOARD_TARGET)

        canvases = _canvases(view)

        def run() -> None:
            refresh()
            # draw_idle paints on a zero timer: drain until every canvas has really drawn.
            for _ in range(20):
                drain()
                if not any(getattr(c, "_draw_pending", False) for c in canvases):
                    break
        return timed_result(name, run, kpi_call(app_ctx.db, ctx.as_of), ctx.runs,
                            baseline_label="portfolio_kpis alone (the data part)",
                            target=DASHBOARD_TARGET,
                            note=f"refresh() + {len(canvases)} chart canvases drawn, 1366x768")
    finally:
        close(view, app_ctx)


def _canvases(widget: Any) -> list[Any]:
    try:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    except ImportError:
        return []
    return list(widget.findChildren(FigureCanvasQTAgg))


def bench_filter_keystroke(ctx: BenchContext) -> Result:
    name = "filter keystroke on the accounts list"
    reason = missing_attr("ui.views.accounts", "AccountsView")
    if reason:
        return skipped(name, reason, FILTER_TARGET)
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLineEdit

    accounts = importlib.import_module("ui.views.accounts")
    app_ctx = make_ctx(ctx.shared_copy(), ctx.as_of)
    view = accounts.AccountsView(app_ctx)
    try:
        show(view)
        edits = view.findChildren(QLineEdit)
        if not edits:
            return skipped(name, "AccountsView has no filter line edit", FILTER_TARGET)
        edit = edits[0]
        names = [str(r[0]).lower() for r in app_ctx.db.conn.execute("SELECT name FROM account")]
        state = {"i": 0}

        def keystroke() -> None:
            i = state["i"] % (len(TYPED) + 1)
            state["i"] += 1
            if i == len(TYPED):
                edit.clear()  # start the word again
            else:
                QTest.keyClicks(edit, TYPED[i])
            drain()

        def floor() -> object:
            text = TYPED[: (state["i"] % len(TYPED)) + 1]
            return [n for n in names if text in n]

        edit.setFocus(Qt.FocusReason.OtherFocusReason)
        runs = max(ctx.runs * 4, len(TYPED) + 1)
        return timed_result(name, keystroke, floor, runs, warmup=0,
                            baseline_label="list comprehension over lowercase names",
                            target=FILTER_TARGET,
                            note=f"typing '{TYPED}' (and clearing) into the filter, {len(names)} accounts")
    finally:
        close(view, app_ctx)


def bench_open_account_view(ctx: BenchContext) -> Result:
    name = "open an account with 60 tasks (detail view)"
    reason = missing_attr("ui.views.account_detail", "AccountDetailView") or missing_module(
        "tracker.queries.account_detail")
    if reason:
        return skipped(name, reason)
    from tracker.queries.account_detail import load_account_detail

    detail = importlib.import_module("ui.views.account_detail")
    path = ctx.fresh_copy("open-account-ui.db")
    account_id = account_with_tasks(path, 60)
    other = account_id + 1 if account_id > 1 else account_id + 2
    app_ctx = make_ctx(path, ctx.as_of)
    view = detail.AccountDetailView(app_ctx)
    try:
        show(view)
        def switch_away() -> None:
            view.show_account(other)
            drain()

        def open_it() -> None:
            view.show_account(account_id)
            drain()

        def core() -> object:
            return load_account_detail(app_ctx.db, account_id)

        return timed_result(name, open_it, core, max(ctx.runs, 5), setup=switch_away,
                            baseline_label="load_account_detail alone",
                            target=None, note="show_account + event queue drained, coming from "
                                              "another account; DESIGN.md sets no limit")
    finally:
        close(view, app_ctx)
