"""The one-way change bus: commands announce what they changed; views re-query.

Signals:
    changed(ChangeSet, object): a write happened; the second argument is the initiator
        (the widget that caused it, or None) so it can skip its own refresh. Undo and redo
        of a command announce no initiator: every view must show them.
    failed(str): a write was refused; the main window shows the sentence to the user.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from tracker.changes import ChangeSet


class ChangeBus(QObject):
    changed = Signal(object, object)
    failed = Signal(str)

    def announce(self, change: ChangeSet, initiator: object = None) -> None:
        self.changed.emit(change, initiator)


class Navigator(QObject):
    """Requests to show something elsewhere in the window (e.g. open an account).

    Signals:
        account_requested(int): show the account detail view for this account id.
        view_requested(str): switch the main window to the view with this key.
    """

    account_requested = Signal(int)
    view_requested = Signal(str)
