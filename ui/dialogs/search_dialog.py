"""Search everywhere (Ctrl+K): one line to type in, results grouped by kind, Enter opens.

The popup only shows :func:`tracker.queries.search.search` results; opening a place is the
window's business (it gets ``hit_chosen``), so the same dialog serves any view.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QDialog, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from tracker.queries.search import search
from ui.context import AppContext
from ui.models.search_model import SearchResultModel


class SearchDialog(QDialog):
    """Signals:
        hit_chosen(object): the user pressed Enter on (or double-clicked) this SearchHit.
    """

    hit_chosen = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("search_dialog")
        self.setWindowTitle(self.tr("Search everywhere"))
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("Accounts, CRM ids, contacts, e-mails, tasks, notes, feedback…"))
        self.edit.setClearButtonEnabled(True)
        self.model = SearchResultModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setUniformItemSizes(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing never leaves the line
        self.status = QLabel()
        self.status.setEnabled(False)  # muted, in light and dark
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.status)
        self.resize(640, 440)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)  # coalesce a burst of keys into one query
        self._timer.timeout.connect(self.run_search)
        self.edit.textChanged.connect(lambda _t: self._timer.start())
        self.edit.installEventFilter(self)
        self.list.doubleClicked.connect(self._on_list_double_clicked)
        self._update_status(None)

    def run_search(self) -> None:
        text = self.edit.text()
        hits = search(self.ctx.db, text) if text.strip() else []
        self.model.set_hits(hits)
        first = self.model.first_hit_row()
        if first >= 0:
            self.list.setCurrentIndex(self.model.index(first))
        self._update_status(len(hits) if text.strip() else None)

    def _update_status(self, count: int | None) -> None:
        if count is None:
            self.status.setText(self.tr("Type to search; ↑↓ to choose, Enter to open, Esc to close."))
        elif count == 0:
            self.status.setText(self.tr("Nothing found."))
        else:
            self.status.setText(self.tr("{0} found; Enter opens the selected one.").format(count))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self._step(1 if key == Qt.Key.Key_Down else -1)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._timer.isActive():
                    self._timer.stop()
                    self.run_search()
                self.open_current()
                return True
        return super().eventFilter(watched, event)

    def _step(self, delta: int) -> None:
        row = self.list.currentIndex().row()
        count = self.model.rowCount()
        while 0 <= row + delta < count:
            row += delta
            if self.model.hit(row) is not None:
                self.list.setCurrentIndex(self.model.index(row))
                return

    def open_current(self) -> None:
        hit = self.model.hit(self.list.currentIndex().row())
        if hit is not None:
            self.accept()
            self.hit_chosen.emit(hit)

    def _on_list_double_clicked(self, index: QModelIndex) -> None:
        self.list.setCurrentIndex(index)
        self.open_current()
