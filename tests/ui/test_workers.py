"""A started worker outlives whoever started it: it is held until its result is delivered."""

from __future__ import annotations

import gc
import threading

from pytestqt.qtbot import QtBot

from ui import workers
from ui.workers import JobControl, Worker


def test_a_worker_whose_owner_is_collected_still_reports_and_is_then_let_go(qtbot: QtBot) -> None:
    go = threading.Event()
    results: list[object] = []

    def job(_control: JobControl) -> str:
        go.wait(10)
        return "done"

    class Owner:
        """Stands for a view that keeps its job only in its own attribute, then goes away."""

        def __init__(self) -> None:
            self.worker = Worker(job)
            self.worker.signals.finished.connect(results.append)
            self.me = self  # a cycle: only the collector frees it, as with a closed view

    owner = Owner()
    owner.worker.start()
    del owner
    gc.collect()  # the owner and its attribute are gone while the job still runs
    go.set()
    qtbot.waitUntil(lambda: results == ["done"], timeout=10_000)
    qtbot.waitUntil(lambda: not workers._RUNNING, timeout=10_000)  # released once it reported


def test_a_failing_worker_is_released_too(qtbot: QtBot) -> None:
    failures: list[object] = []

    def job(_control: JobControl) -> None:
        raise ValueError("no")

    worker = Worker(job)
    worker.signals.failed.connect(failures.append)
    worker.start()
    assert worker in workers._RUNNING
    del worker
    qtbot.waitUntil(lambda: len(failures) == 1 and not workers._RUNNING, timeout=10_000)
    assert isinstance(failures[0], ValueError)
