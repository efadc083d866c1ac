"""The account view's timeline of an account with 60 tasks: read, draw and paint (< 100 ms).

Timed: :func:`tracker.queries.customer_plan.customer_plan` plus a full rebuild of the
:class:`ui.charts.timeline.TimelineChart` figure and a synchronous ``repaint()``: its paint
event does the render the ``draw_idle`` asked for and paints the widget, step names
included (Qt paints those over the canvas, so a ``draw()`` alone would leave them out),
on a 900x560 canvas. The chart keeps its axes from
one plan to the next, as the account view's does; the baseline is a second canvas of the
same size drawing an empty figure (on the measured canvas it would throw the kept axes
away), so the ratio shows what the plan itself costs.
"""

from __future__ import annotations

from bench.cache import BenchContext
from bench.cases_core import account_with_tasks
from bench.cases_ui import drain, make_ctx, qapp
from bench.core import Result, Target, timed_result

TIMELINE_TARGET = Target("max", 100.0)


def bench_timeline(ctx: BenchContext) -> Result:
    name = "timeline of an account with 60 tasks"
    qapp()
    from tracker.queries.customer_plan import customer_plan
    from ui.charts.timeline import TimelineChart

    path = ctx.fresh_copy("timeline.db")
    account_id = account_with_tasks(path, 60)
    app_ctx = make_ctx(path, ctx.as_of)
    chart, blank = TimelineChart(), TimelineChart()
    for canvas in (chart, blank):
        canvas.resize(900, 560)
        canvas.show()
    drain()
    try:
        steps = len(customer_plan(app_ctx.db, account_id, ctx.as_of).steps)

        def draw_plan() -> None:
            chart.plan = customer_plan(app_ctx.db, account_id, ctx.as_of)
            chart.redraw()
            chart.repaint()  # the pending draw_idle renders here, then the widget is painted

        def draw_empty() -> None:
            blank.figure.clear()
            blank.ax = blank.figure.add_subplot()
            blank.draw_idle()  # type: ignore[no-untyped-call]
            blank.repaint()

        return timed_result(name, draw_plan, draw_empty, max(ctx.runs, 5),
                            baseline_label="a canvas of the same size drawing an empty figure",
                            target=TIMELINE_TARGET,
                            note=f"customer_plan + figure rebuild + render and paint, {steps} steps")
    finally:
        for canvas in (chart, blank):
            canvas.close()
            canvas.deleteLater()
        drain()
        app_ctx.db.conn.close()
