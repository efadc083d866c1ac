"""The playbook editor: templates on the left, the selected one's steps on the right.

Steps are edited in place (title, stage, due offset, owner role, milestone flag and
kind); every change, reorder, duplicate, delete and segment tie is an undoable command.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSettings, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tracker.changes import ChangeSet
from tracker.domain import PLAYBOOK_KINDS, Playbook, Segment
from tracker.queries.account_detail import playbook_segments, playbook_usage
from tracker.queries.signals import ladder, playbook_levels
from tracker.services.playbooks import list_playbooks, list_steps
from tracker.services.records import list_segments
from ui.commands.maturity import TiePlaybookLevel
from ui.commands.playbooks import (
    CreatePlaybook,
    DeletePlaybook,
    DuplicatePlaybook,
    EditPlaybook,
    TieSegment,
)
from ui.context import AppContext
from ui.dialogs.fields import code_combo
from ui.models import labels
from ui.models.playbook_models import PlaybookListModel
from ui.models.roles import ROW_ROLE, SORT_ROLE
from ui.settings import AppSettings
from ui.views.playbook_steps import StepEditor
from ui.views.stale import RefreshWhenShown

SPLITTER_KEY = "playbooks/splitter"
# The list model's Kind column: hidden, since the built-in playbooks are named for their kind
# and the column only repeated the name; the selected playbook's kind shows in the form.
LIST_COL_KIND = 1


class PlaybooksView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.settings = settings if settings is not None else QSettings()
        self.playbook_id: int | None = None
        self._segments: list[Segment] = []

        # --- the list of playbooks ------------------------------------------------------
        self.list_model = PlaybookListModel(self)
        self.list_proxy = QSortFilterProxyModel(self)
        self.list_proxy.setSourceModel(self.list_model)
        self.list_proxy.setSortRole(SORT_ROLE)
        self.list_view = QTableView()
        self.list_view.setObjectName("playbook_list")
        self.list_view.setModel(self.list_proxy)
        self.list_view.setSortingEnabled(True)
        self.list_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.list_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.verticalHeader().hide()
        self.list_view.setAlternatingRowColors(True)
        self.list_view.setWordWrap(False)
        header = self.list_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.list_view.setColumnHidden(LIST_COL_KIND, True)
        self.new_button = QPushButton(self.tr("&New"))
        self.duplicate_button = QPushButton(self.tr("Dup&licate"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        list_bar = QHBoxLayout()
        list_bar.setContentsMargins(0, 0, 0, 0)
        for button in (self.new_button, self.duplicate_button, self.delete_button):
            list_bar.addWidget(button)
        list_bar.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(list_bar)
        left_layout.addWidget(self.list_view, 1)

        # --- the selected playbook ------------------------------------------------------
        self.name_edit = QLineEdit()
        self.kind_combo = code_combo(PLAYBOOK_KINDS, labels.playbook_kind)
        self.description_edit = QLineEdit()
        self.segment_combo = QComboBox()
        self.segment_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.tie_button = QPushButton(self.tr("&Use for segment"))
        self.tie_button.setToolTip(self.tr("New accounts in the chosen segment start with this playbook"))
        self.untie_button = QPushButton(self.tr("S&top using for segment"))
        self.untie_button.setToolTip(self.tr("New accounts in the chosen segment start without a playbook"))
        self.tied_label = QLabel()
        self.tied_label.setWordWrap(True)
        segment_row = QHBoxLayout()
        segment_row.addWidget(self.segment_combo, 1)
        segment_row.addWidget(self.tie_button)
        segment_row.addWidget(self.untie_button)
        form = QFormLayout()
        form.addRow(self.tr("Na&me:"), self.name_edit)
        form.addRow(self.tr("&Kind:"), self.kind_combo)
        form.addRow(self.tr("Descri&ption:"), self.description_edit)
        segment_label = QLabel(self.tr("&Segment:"))
        segment_label.setBuddy(self.segment_combo)
        form.addRow(segment_label, segment_row)
        form.addRow("", self.tied_label)
        # The maturity level this playbook brings an account to (the Expand loop applies it).
        self.level_combo = QComboBox()
        self.level_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.level_combo.setToolTip(self.tr(
            "The maturity level this playbook brings an account to: an account's “Start next "
            "level's playbook” applies it"))
        self.ladder_button = QPushButton(self.tr("Maturity ladd&er…"))
        level_row = QHBoxLayout()
        level_row.addWidget(self.level_combo, 1)
        level_row.addWidget(self.ladder_button)
        level_label = QLabel(self.tr("Maturity le&vel:"))
        level_label.setBuddy(self.level_combo)
        form.addRow(level_label, level_row)
        self.details = QGroupBox(self.tr("Playbook"))
        self.details.setLayout(form)

        self.steps = StepEditor(ctx)
        # Short names used by the window and the tests.
        self.step_model, self.step_view = self.steps.step_model, self.steps.step_view
        self.add_step_button = self.steps.add_step_button
        self.remove_step_button = self.steps.remove_step_button
        self.up_button, self.down_button = self.steps.up_button, self.steps.down_button
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.details)
        right_layout.addWidget(self.steps, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(1, 1)
        state = self.settings.value(SPLITTER_KEY)
        if not (state and self.splitter.restoreState(state)):
            self.splitter.setSizes([420, 760])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.splitter)

        # --- wiring ---------------------------------------------------------------------
        self.list_view.selectionModel().currentRowChanged.connect(self._on_list_current_changed)
        self.new_button.clicked.connect(self.new_playbook)
        self.duplicate_button.clicked.connect(self.duplicate_playbook)
        self.delete_button.clicked.connect(self.delete_playbook)
        self.name_edit.editingFinished.connect(self._on_name_edited)
        self.description_edit.editingFinished.connect(self._on_description_edited)
        self.kind_combo.activated.connect(self._on_kind_activated)
        self.tie_button.clicked.connect(self.tie_segment)
        self.untie_button.clicked.connect(self.untie_segment)
        self.segment_combo.currentIndexChanged.connect(self._update_buttons)
        self.level_combo.activated.connect(self._on_level_activated)
        self.ladder_button.clicked.connect(lambda _=False: self.open_ladder())
        self.splitter.splitterMoved.connect(self._save_layout)
        ctx.bus.changed.connect(self._on_bus_changed)
        self._reloader = RefreshWhenShown(self, self.reload)
        self.reload()

    # --- loading -------------------------------------------------------------------------
    def reload(self) -> None:
        db = self.ctx.db
        playbooks = list_playbooks(db)
        self.list_model.set_usage(playbook_usage(db), playbook_segments(db))
        self.list_model.set_rows(playbooks)
        self._segments = list_segments(db)
        wanted = self.playbook_id
        if wanted is None or all(p.id != wanted for p in playbooks):
            wanted = playbooks[0].id if playbooks else None
        self.select_playbook(wanted)

    def select_playbook(self, playbook_id: int | None) -> None:
        self.playbook_id = playbook_id
        row = self.list_model.row_of(lambda p: p.id == playbook_id) if playbook_id is not None else -1
        if row >= 0:
            index = self.list_proxy.mapFromSource(self.list_model.index(row, 0))
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.list_view.selectionModel().setCurrentIndex(index, flags)
        self._show_playbook()

    def current_playbook(self) -> Playbook | None:
        if self.playbook_id is None:
            return None
        row = self.list_model.row_of(lambda p: p.id == self.playbook_id)
        return self.list_model.row_at(row) if row >= 0 else None

    def _show_playbook(self) -> None:
        playbook = self.current_playbook()
        self.details.setEnabled(playbook is not None)
        if playbook is None:
            self.steps.set_steps(None, [])
            self._update_buttons()
            return
        self.details.setTitle(self.tr("Playbook: {0}").format(playbook.name))
        if not self.name_edit.isModified():  # a refresh never clobbers a name being typed
            self.name_edit.setText(playbook.name)
        self.description_edit.setText(playbook.description)
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(playbook.kind), 0))
        self.steps.set_steps(playbook.id, list_steps(self.ctx.db, playbook.id))
        self._fill_segments(playbook)
        self._fill_levels(playbook)
        self._update_buttons()

    def _fill_levels(self, playbook: Playbook) -> None:
        self.level_combo.blockSignals(True)
        self.level_combo.clear()
        self.level_combo.addItem(self.tr("(no level)"), None)
        for rank, level in enumerate(ladder(self.ctx.db), start=1):
            self.level_combo.addItem(f"{rank}. {level.name}", int(level.id))
            self.level_combo.setItemData(self.level_combo.count() - 1, level.use_cases,
                                         Qt.ItemDataRole.ToolTipRole)
        tied = playbook_levels(self.ctx.db).get(int(playbook.id))
        self.level_combo.setCurrentIndex(max(self.level_combo.findData(tied), 0))
        self.level_combo.blockSignals(False)

    def _fill_segments(self, playbook: Playbook) -> None:
        current = self.segment_combo.currentData()
        self.segment_combo.blockSignals(True)
        self.segment_combo.clear()
        names = {p.id: p.name for p in self.list_model.rows()}
        for segment in self._segments:
            uses = names.get(segment.playbook_id) if segment.playbook_id is not None else None
            text = (self.tr("{0} (uses {1})").format(segment.name, uses) if uses
                    else self.tr("{0} (no playbook)").format(segment.name))
            self.segment_combo.addItem(text, int(segment.id))
        found = self.segment_combo.findData(current)
        self.segment_combo.setCurrentIndex(max(found, 0))
        self.segment_combo.blockSignals(False)
        tied = [s.name for s in self._segments if s.playbook_id == playbook.id]
        self.tied_label.setText(
            self.tr("New accounts in {0} start with this playbook.").format(", ".join(tied)) if tied
            else self.tr("Not tied to any segment yet."))

    def _update_buttons(self, *_args: Any) -> None:
        playbook = self.current_playbook()
        self.duplicate_button.setEnabled(playbook is not None)
        self.delete_button.setEnabled(playbook is not None)
        segment = self._current_segment()
        self.tie_button.setEnabled(playbook is not None and segment is not None
                                   and segment.playbook_id != playbook.id)
        self.untie_button.setEnabled(playbook is not None and segment is not None
                                     and segment.playbook_id == playbook.id)

    def _current_segment(self) -> Segment | None:
        sid = self.segment_combo.currentData()
        return next((s for s in self._segments if s.id == sid), None)

    def _on_list_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        playbook = self.list_proxy.data(current, ROW_ROLE) if current.isValid() else None
        if playbook is not None and playbook.id != self.playbook_id:
            self.playbook_id = playbook.id
            self._show_playbook()

    def _on_bus_changed(self, change: ChangeSet, _initiator: object) -> None:
        if change.playbooks or change.segments or change.maturity:
            self._reloader.request()

    def restore_state(self, settings: AppSettings) -> None:
        """Main-window hook: use the window's settings store from now on."""
        self.settings = settings.qsettings
        state = self.settings.value(SPLITTER_KEY)
        if state:
            self.splitter.restoreState(state)

    def save_state(self, settings: AppSettings) -> None:
        self.settings = settings.qsettings
        self._save_layout()

    def _save_layout(self, *_args: Any) -> None:
        self.settings.setValue(SPLITTER_KEY, self.splitter.saveState())

    # --- playbook edits ------------------------------------------------------------------
    def _push(self, command: Any) -> None:
        self.ctx.undo_stack.push(command)

    def new_playbook(self) -> None:
        names = {p.name for p in self.list_model.rows()}
        base = self.tr("New playbook")
        name, n = base, 2
        while name in names:
            name, n = f"{base} {n}", n + 1
        command = CreatePlaybook(self.ctx, {"name": name, "kind": "initial"}, self)
        self._push(command)
        if command.playbook_id is not None:
            self.select_playbook(command.playbook_id)
            self.name_edit.setFocus()
            self.name_edit.selectAll()

    def duplicate_playbook(self) -> None:
        playbook = self.current_playbook()
        if playbook is None:
            return
        command = DuplicatePlaybook(self.ctx, playbook.id, playbook.name, self)
        self._push(command)
        if command.playbook_id is not None:
            self.select_playbook(command.playbook_id)

    def delete_playbook(self) -> None:
        playbook = self.current_playbook()
        if playbook is not None:
            self._push(DeletePlaybook(self.ctx, playbook.id, playbook.name, self))

    def _edit_playbook(self, changes: dict[str, Any]) -> None:
        playbook = self.current_playbook()
        if playbook is None:
            return
        changes = {k: v for k, v in changes.items() if getattr(playbook, k) != v}
        if changes:
            self._push(EditPlaybook(self.ctx, playbook.id, playbook.name, changes, self))

    def _on_name_edited(self) -> None:
        self.name_edit.setModified(False)  # a refused name is replaced by the stored one on refresh
        text = self.name_edit.text().strip()
        if text:
            self._edit_playbook({"name": text})
        else:
            playbook = self.current_playbook()
            self.name_edit.setText(playbook.name if playbook else "")

    def _on_description_edited(self) -> None:
        self._edit_playbook({"description": self.description_edit.text().strip()})

    def _on_kind_activated(self, _index: int) -> None:
        self._edit_playbook({"kind": self.kind_combo.currentData()})

    def tie_segment(self) -> None:
        playbook, segment = self.current_playbook(), self._current_segment()
        if playbook is not None and segment is not None:
            self._push(TieSegment(self.ctx, segment.id, segment.name, playbook.id, playbook.name, self))

    def untie_segment(self) -> None:
        playbook, segment = self.current_playbook(), self._current_segment()
        if playbook is not None and segment is not None:
            self._push(TieSegment(self.ctx, segment.id, segment.name, None, playbook.name, self))

    def _on_level_activated(self, _index: int) -> None:
        playbook = self.current_playbook()
        if playbook is None:
            return
        level_id = self.level_combo.currentData()
        if level_id != playbook_levels(self.ctx.db).get(int(playbook.id)):
            self._push(TiePlaybookLevel(self.ctx, playbook.id, playbook.name, level_id, self))

    def open_ladder(self) -> QWidget:
        from ui.dialogs.ladder_dialog import edit_ladder

        return edit_ladder(self.ctx, self)
