"""The write's own check of a preview, run on a thread while SQLite writes the rows.

``importer.apply_import`` checks every value it writes (:func:`preview.write_refusals`), so a
preview changed after it was made cannot slip a value past the services' checks. For 100,000
contacts that check is 0.3 to 0.4 s of Python, and it used to run before the first row went
in. SQLite lets go of the interpreter while it executes a statement, and the import's inserts
and its search-index fill are a second or more of such statements, so the check runs beside
them on the second core. The verdict is asked for before the commit: a refusal rolls the
transaction back, so nothing is written, as before. A write that fails first (a value SQLite
itself cannot bind) still reports the check's sentence when the check refused a row.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from types import TracebackType

from tracker.excel.errors import ExcelError, ImportCancelled, said
from tracker.excel.preview import ImportPreview, write_refusals
from tracker.i18n import QT_TRANSLATE_NOOP


class WriteCheck:
    """``with WriteCheck(previews) as check:``, then ``check.start()`` where the write is about to
    run a long statement; ``check.verdict()`` waits for it (starting it if nothing did) and raises
    the refusal (an :class:`ExcelError`) if there is one. Leaving the block always waits for the
    thread, so none outlives the import."""

    def __init__(self, previews: Sequence[ImportPreview]) -> None:
        self._previews = list(previews)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="import-write-check", daemon=True)

    def __enter__(self) -> WriteCheck:
        return self

    def start(self) -> None:
        """Start checking now: just before a long statement (the search-index fill), where the
        writing thread needs no interpreter. Started earlier, beside the import's many small
        statements, each of them waited for the interpreter (up to 5 ms a time) and the two
        took as long as one after the other."""
        if self._thread.ident is None:
            self._thread.start()

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.start()  # the verdict is asked for even when the write failed first
        self._thread.join()
        if exc is not None and isinstance(self._error, ExcelError) and exc is not self._error \
                and not isinstance(exc, ImportCancelled):
            # Checked first, the row would never have reached the write: its sentence, not what
            # SQLite (or the write's own guards) made of the value.
            raise self._error from exc

    def verdict(self) -> None:
        self.start()
        self._thread.join()
        if self._error is not None:
            raise self._error

    def _run(self) -> None:
        try:
            for sheet in self._previews:
                # The preview's own check of what is written: a dry run that said "0 rejected" holds.
                refused = write_refusals(sheet)
                if refused:
                    first = refused[0]
                    self._error = ExcelError(said(QT_TRANSLATE_NOOP(
                        "excel", "Row {0} of '{1}' cannot be written ({2}); nothing was changed. "
                        "Preview the file again."), first.row, sheet.sheet, first.reason()), "invalid_row")
                    return
        except BaseException as exc:  # raised where the verdict is asked for
            self._error = exc
