"""The one reader of the whole account list, shared by Today, Accounts and whatever else
shows the portfolio.

Reading every account's progress and health is the costliest query of the app, so it runs
once per change, off the GUI thread, and every view that listens gets the same rows. Rows
read before a narrow write (one account ticked) are patched with a read of just those
accounts; only a broad change (an import, new health weights) makes the next request read
everything again.
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from PySide6.QtCore import QObject, Signal

from tracker.changes import ChangeSet
from tracker.database import Database
from tracker.queries.portfolio import AccountRow, account_rows
from tracker.storage.errors import StoreError
from ui.context import AppContext
from ui.workers import JobControl, Worker, db_worker


def concerns_accounts(change: ChangeSet) -> bool:
    """Anything but a playbook-only edit can move progress, health or dates."""
    return any((change.accounts, change.tasks, change.milestones, change.contacts,
                change.feedback, change.activities, change.segments, change.kpis))


class PortfolioLoader(QObject):
    """Reads the whole account list on a worker thread, with its own connection.

    Signals:
        loaded(object): the list of AccountRow, current as of the latest change.
        patched(object): the same list after :meth:`patch` re-read only the accounts written
            since; for listeners that sum the rows (the status bar), not for views to reset on.
    """

    loaded = Signal(object)
    patched = Signal(object)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._generation = 0
        self._workers: dict[int, Worker] = {}  # held until they report (freed under the thread else)
        self._running: int | None = None  # the read under way that no broad change outdated
        self._rows: list[AccountRow] | None = None  # the last full read, kept current
        self._touched: set[int] = set()  # accounts written since ``_rows`` was read
        ctx.bus.changed.connect(self._on_bus_changed)

    @property
    def busy(self) -> bool:
        return bool(self._workers)

    @property
    def kept(self) -> bool:
        """A :meth:`load` now answers without a read of its own: rows are kept, or a read
        that will answer every caller is under way."""
        return self._rows is not None or self._running is not None

    def load(self) -> None:
        """Deliver current rows through ``loaded``: from the kept rows when no broad change
        came since they were read (patching the accounts written since), else by a read."""
        if self._running is not None:
            return  # the read under way will answer every caller
        if self._rows is not None:
            self._deliver(self._rows)
            return
        self._touched.clear()
        self._generation += 1
        generation, today = self._generation, self.ctx.today()

        def job(db: Database, control: JobControl) -> tuple[int, list[AccountRow]]:
            return generation, account_rows(db, today)

        worker = db_worker(self.ctx.db_path, job, migrate=False)
        worker.signals.finished.connect(self._on_worker_finished)
        worker.signals.failed.connect(self._on_worker_failed)
        self._workers[generation] = worker
        self._running = generation
        worker.start()

    def patch(self) -> None:
        """Bring the kept rows up to date with one read of the accounts written since, and
        emit ``patched``; with no rows kept, start the full read (``loaded`` answers)."""
        if self._running is not None:
            return  # its delivery patches what was written meanwhile
        if self._rows is None:
            self.load()
            return
        if self._touched:
            self._rows = self._patched(self._rows)
        self.patched.emit(self._rows)

    def _on_worker_finished(self, result: tuple[int, list[AccountRow]]) -> None:
        generation, rows = result
        self._workers.pop(generation, None)
        if generation != self._generation:
            return
        self._running = None
        self._deliver(rows)

    def _deliver(self, rows: list[AccountRow]) -> None:
        if self._touched:  # written after (or while) these rows were read: read them again
            rows = self._patched(rows)
        self._rows = rows
        self.loaded.emit(rows)

    def _patched(self, rows: list[AccountRow]) -> list[AccountRow]:
        touched, self._touched = sorted(self._touched), set()
        fresh = {r.id: r for r in account_rows(self.ctx.db, self.ctx.today(), touched)}
        rows = [fresh.get(r.id, r) for r in rows if r.id in fresh or r.id not in touched]
        known = {r.id for r in rows}
        return rows + [r for i, r in fresh.items() if i not in known]

    def _on_bus_changed(self, change: ChangeSet, initiator: object) -> None:
        if not concerns_accounts(change):
            return
        if change.every_account_row:
            self._rows = None
            if self._running is not None:  # the read under way may predate the change
                self._running = None
                self.load()
        else:
            self._touched |= change.account_ids

    def _on_worker_failed(self, error: BaseException) -> None:
        self._workers.clear()
        self._running = None
        text = error.message if isinstance(error, StoreError) else str(error)
        self.ctx.bus.failed.emit(self.tr("The account list could not be read: {0}").format(text))


# Keyed by the window's change bus (one per context), which also owns the loader.
_SHARED: WeakKeyDictionary[QObject, PortfolioLoader] = WeakKeyDictionary()


def shared_portfolio(ctx: AppContext) -> PortfolioLoader:
    """The one loader of this window's context: every view that shows the portfolio uses it."""
    loader = _SHARED.get(ctx.bus)
    if loader is None:
        loader = PortfolioLoader(ctx, ctx.bus)
        _SHARED[ctx.bus] = loader
    return loader
