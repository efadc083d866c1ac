"""Today's own lists (due tasks and milestones, due check-ins), read off the GUI thread.

At the L portfolio the due lists are about 12,000 rows and the check-ins walk every
account's activity: a few hundred milliseconds of Python the window would otherwise spend
before its first paint, and again on every broad change. The at-risk list comes from the
shared portfolio reader (ui/portfolio.py); this reader only covers what that one does not.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QObject, Signal

from tracker.database import Database
from tracker.queries.checkins import Checkin, due_checkins
from tracker.queries.portfolio import DueItem, due_items
from tracker.storage.errors import StoreError
from ui.context import AppContext
from ui.workers import JobControl, Worker, db_worker


@dataclass(frozen=True)
class TodayLists:
    """One read: ``items`` is None when only the check-ins were asked for."""

    as_of: date
    items: list[DueItem] | None
    checkins: list[Checkin]


class TodayReader(QObject):
    """Reads on its own connection; only the newest request answers.

    Signals:
        read(object): a TodayLists.
        failed(str): the read failed; the sentence says why.
    """

    read = Signal(object)
    failed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._generation = 0
        self._workers: dict[int, Worker] = {}  # held until they report (freed under the thread else)
        self._full: int | None = None  # the generation of a full read under way

    @property
    def busy(self) -> bool:
        return bool(self._workers)

    @property
    def reading_all(self) -> bool:
        """A read of the due lists is under way (a patch now would be overwritten)."""
        return self._full is not None

    def request(self, *, items: bool) -> None:
        """Read the check-ins, and the due lists too when ``items``; outdates earlier requests.

        A check-ins-only request never outdates a full read under way: that one reads the
        check-ins too, and the due lists would be lost.
        """
        if not items and self._full is not None:
            return
        self._generation += 1
        generation, today = self._generation, self.ctx.today()
        if items:
            self._full = generation

        def job(db: Database, control: JobControl) -> tuple[int, TodayLists]:
            due = due_items(db, today) if items else None
            return generation, TodayLists(today, due, due_checkins(db, today))

        worker = db_worker(self.ctx.db_path, job, migrate=False)
        worker.signals.finished.connect(self._on_finished)
        worker.signals.failed.connect(lambda exc, g=generation: self._on_failed(g, exc))
        self._workers[generation] = worker
        worker.start()

    def _on_finished(self, result: tuple[int, TodayLists]) -> None:
        generation, lists = result
        self._workers.pop(generation, None)
        if generation != self._generation:
            return
        self._full = None
        self.read.emit(lists)

    def _on_failed(self, generation: int, error: BaseException) -> None:
        self._workers.pop(generation, None)
        if generation != self._generation:
            return
        self._full = None
        text = error.message if isinstance(error, StoreError) else str(error)
        self.failed.emit(self.tr("Today's lists could not be read: {0}").format(text))
