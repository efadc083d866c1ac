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


def test_a_queued_worker_withdrawn_never_runs_and_is_let_go(qtbot: QtBot) -> None:
    from PySide6.QtCore import QThreadPool

    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    started, go = threading.Event(), threading.Event()
    ran: list[str] = []

    def hold(_control: JobControl) -> str:
        started.set()
        go.wait(10)
        return "held"

    first, second = Worker(hold), Worker(lambda _control: ran.append("second"))
    first.start(pool)
    assert started.wait(10)
    second.start(pool)  # queued behind the first
    assert second in workers._RUNNING
    assert second.withdraw(pool) and second not in workers._RUNNING
    assert not first.withdraw(pool)  # under way: it runs on and reports
    go.set()
    assert pool.waitForDone(10_000)
    qtbot.waitUntil(lambda: first not in workers._RUNNING, timeout=10_000)
    assert ran == []


def test_a_part_delivered_arrives_before_the_result(qtbot: QtBot) -> None:
    seen: list[object] = []

    def job(control: JobControl) -> str:
        control.deliver("numbers")
        return "trends"

    worker = Worker(job)
    worker.signals.partial.connect(lambda part: seen.append(("part", part)))
    worker.signals.finished.connect(lambda result: seen.append(("result", result)))
    worker.start()
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=10_000)
    assert seen == [("part", "numbers"), ("result", "trends")]
