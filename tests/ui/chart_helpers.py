"""What the chart tests share: counting whether a chart updated in place or rebuilt."""

from __future__ import annotations

from typing import Any

from ui.charts.base import ChartCanvas


def count_updates(chart: ChartCanvas) -> list[bool]:
    """Wrap ``chart._update`` so each call's answer (True: moved in place, False: rebuilt)
    is appended to the returned list."""
    moves: list[bool] = []
    real = chart._update

    def counting(ax: Any, c: Any) -> bool:
        moves.append(real(ax, c))
        return moves[-1]

    chart._update = counting  # type: ignore[method-assign]
    return moves
