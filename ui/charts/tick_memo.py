"""Work out each axis's ticks once per figure draw instead of three times.

Drawing one Matplotlib axis asks for its ticks (locator, formatter, every tick's position:
``Axis._update_ticks``) and their labels' boxes (``Axis._get_ticklabel_bboxes``) to draw
them, then again to place the axis title clear of them, and the ticks a third time for the
spine's box beside them. Nothing moves between those calls (the view limits are fixed for
the draw), so the first answer is the answer: on the dashboard the repeats were about a
fifth of drawing its six charts.

While :func:`tick_memo` is active, the axes of a figure prepared with :func:`prepare`
answer the repeats from the first call; outside it they compute as always (a tight
bounding box, an export). With a Matplotlib without these private methods nothing is
changed.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from matplotlib.axis import Axis
from matplotlib.figure import Figure

SUPPORTED = hasattr(Axis, "_update_ticks") and hasattr(Axis, "_get_ticklabel_bboxes")
_MARK = "_tracker_tick_memo"
_local = threading.local()


def _memo() -> dict[Any, Any] | None:
    found: dict[Any, Any] | None = getattr(_local, "memo", None)
    return found


def _install(axis: Axis) -> None:
    update = type(axis)._update_ticks  # type: ignore[attr-defined]
    boxes = type(axis)._get_ticklabel_bboxes  # type: ignore[attr-defined]

    def update_ticks() -> Any:
        memo = _memo()
        if memo is None:
            return update(axis)
        key = ("ticks", id(axis))
        if key not in memo:
            memo[key] = (axis, update(axis))  # the axis kept: its id stays its own
        return memo[key][1]

    def ticklabel_bboxes(ticks: Any, renderer: Any) -> Any:
        memo = _memo()
        if memo is None:
            return boxes(axis, ticks, renderer)
        key = ("boxes", id(axis), id(ticks), id(renderer))
        if key not in memo:
            memo[key] = (ticks, renderer, boxes(axis, ticks, renderer))
        return memo[key][2]

    setattr(axis, "_update_ticks", update_ticks)  # noqa: B010 (private: no stub)
    setattr(axis, "_get_ticklabel_bboxes", ticklabel_bboxes)  # noqa: B010
    setattr(axis, _MARK, True)


def prepare(figure: Figure) -> None:
    """Let every axis of ``figure`` answer from the memo (cheap when done already)."""
    if not SUPPORTED:
        return
    for ax in figure.axes:
        for axis in (ax.xaxis, ax.yaxis):
            if not getattr(axis, _MARK, False):
                _install(axis)


@contextmanager
def tick_memo() -> Iterator[None]:
    """One figure draw: the first answer of each axis holds until the draw ends."""
    outer = _memo()
    _local.memo = outer if outer is not None else {}
    try:
        yield
    finally:
        _local.memo = outer
