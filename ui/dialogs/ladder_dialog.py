"""Edit > Maturity ladder…: the levels customers climb, with the use cases or features that
define each, and the playbooks tied to them.

Every change (add, edit, move, remove) is one command on the window's undo stack, and the
dialog re-reads the ladder from the change bus, so Undo from the menu shows here too.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tracker.changes import ChangeSet
from tracker.domain_signals import MaturityLevel
from tracker.queries import signals as reads
from tracker.services.playbooks import list_playbooks
from ui.commands.maturity import AddLevel, EditLevel, MoveLevel, RemoveLevel
from ui.context import AppContext
from ui.dialogs.fields import finish_form
from ui.models.ladder_model import LadderModel, LadderRow, ladder_rows
from ui.models.roles import ROW_ROLE


class LevelEditDialog(QDialog):
    """A level's name and its use cases or features, one per line."""

    def __init__(self, level: MaturityLevel | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit maturity level") if level else self.tr("Add maturity level"))
        self.name = QLineEdit(level.name if level else "")
        self.use_cases = QPlainTextEdit(level.use_cases if level else "")
        self.use_cases.setPlaceholderText(self.tr("One use case or feature per line"))
        self.use_cases.setTabChangesFocus(True)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Use cases and features:"), self.use_cases)
        self.buttons = finish_form(self, form, required=self.name)

    def values(self) -> dict[str, str]:
        return {"name": self.name.text().strip(), "use_cases": self.use_cases.toPlainText().strip()}


class LadderDialog(QDialog):
    """Attributes for tests: ``model``, ``table``, the buttons, ``editor`` (the level form
    while it is open)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.editor: LevelEditDialog | None = None
        self.setWindowTitle(self.tr("Maturity ladder"))
        self.setMinimumSize(720, 400)
        intro = QLabel(self.tr(
            "Customers adopt in stages: basic use cases first, advanced ones later. The lowest "
            "level is first. Tie a playbook to a level in the Playbooks view; an account's "
            "“Start next level's playbook” applies the one tied to its next level."))
        intro.setWordWrap(True)
        self.model = LadderModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("&Add level…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move &down"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setToolTip(self.tr("Only a level no account or contact has reached"))
        side = QVBoxLayout()
        for button in (self.add_button, self.edit_button, self.up_button, self.down_button,
                       self.remove_button):
            side.addWidget(button)
        side.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.table, 1)
        middle.addLayout(side)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(middle, 1)
        layout.addWidget(buttons)
        self.add_button.clicked.connect(lambda _=False: self.open_add())
        self.edit_button.clicked.connect(lambda _=False: self.open_edit())
        self.up_button.clicked.connect(lambda _=False: self.move_level(-1))
        self.down_button.clicked.connect(lambda _=False: self.move_level(1))
        self.remove_button.clicked.connect(lambda _=False: self.remove())
        self.table.doubleClicked.connect(lambda _i: self.open_edit())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        ctx.bus.changed.connect(self._on_changed)
        self.refresh()
        if self.model.rowCount():
            self.table.selectRow(0)

    # --- data ------------------------------------------------------------------------------
    def refresh(self) -> None:
        db = self.ctx.db
        names = {int(p.id): p.name for p in list_playbooks(db)}
        tied: dict[int, list[str]] = {}
        for playbook_id, level_id in reads.playbook_levels(db).items():
            tied.setdefault(level_id, []).append(names.get(playbook_id, "?"))
        standing: dict[int, int] = {}
        for level_id in reads.current_levels(db).values():
            standing[level_id] = standing.get(level_id, 0) + 1
        keep = self.current()
        self.model.set_rows(ladder_rows(reads.ladder(db), tied, standing))
        if keep is not None:
            self.select_level(keep.level.id)
        self._update_buttons()

    def _on_changed(self, change: ChangeSet, _initiator: object) -> None:
        if change.maturity or change.playbooks:
            self.refresh()

    def current(self) -> LadderRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.data(rows[0], ROW_ROLE) if rows else None

    def select_level(self, level_id: int) -> bool:
        row = self.model.row_of(lambda r: r.level.id == level_id)
        if row >= 0:
            self.table.selectRow(row)
        return row >= 0

    def _update_buttons(self) -> None:
        row = self.current()
        count = self.model.rowCount()
        self.edit_button.setEnabled(row is not None)
        # Up and down in the list: the lowest level is the first row.
        self.up_button.setEnabled(row is not None and row.rank > 1)
        self.down_button.setEnabled(row is not None and row.rank < count)
        self.remove_button.setEnabled(row is not None and row.accounts == 0 and count > 1)

    # --- actions ---------------------------------------------------------------------------
    def _open_editor(self, level: MaturityLevel | None) -> LevelEditDialog:
        editor = self.editor = LevelEditDialog(level, self)
        editor.finished.connect(editor.deleteLater)
        editor.finished.connect(lambda _r: setattr(self, "editor", None))
        editor.open()
        return editor

    def open_add(self) -> LevelEditDialog:
        editor = self._open_editor(None)

        def push() -> None:
            values = editor.values()
            command = AddLevel(self.ctx, values["name"], values["use_cases"], self)
            self.ctx.undo_stack.push(command)
            if command.level_id is not None:
                self.select_level(command.level_id)

        editor.accepted.connect(push)
        return editor

    def open_edit(self) -> LevelEditDialog | None:
        row = self.current()
        if row is None:
            return None
        level = row.level
        editor = self._open_editor(level)

        def push() -> None:
            changes = {k: v for k, v in editor.values().items() if getattr(level, k) != v}
            if changes:
                self.ctx.undo_stack.push(EditLevel(self.ctx, level.id, level.name, changes, self))

        editor.accepted.connect(push)
        return editor

    def move_level(self, steps: int) -> None:
        """``steps`` rows down the list (a higher level); negative: up, towards the first."""
        row = self.current()
        if row is not None:
            self.ctx.undo_stack.push(MoveLevel(self.ctx, row.level.id, row.level.name, steps, self))

    def remove(self) -> None:
        row = self.current()
        if row is not None:
            self.ctx.undo_stack.push(RemoveLevel(self.ctx, row.level.id, row.level.name, self))


def edit_ladder(ctx: AppContext, parent: QWidget | None) -> LadderDialog:
    dialog = LadderDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
