"""Edit the messages to customers: a list of templates beside the one being edited.

Saving, adding and deleting are undoable commands (Edit > Undo works after the dialog
closes too); the list re-reads when the bus says templates changed.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tracker.changes import ChangeSet
from tracker.i18n import translate
from tracker.messages import (
    PLACEHOLDER_HELP,
    PURPOSE_WORDS,
    MessageTemplate,
    purpose_label,
    unknown_placeholders,
)
from tracker.queries.messages import list_templates
from ui.commands.outreach import AddTemplate, DeleteTemplate, EditTemplate
from ui.context import AppContext
from ui.models.template_model import LANGUAGES, TemplateModel
from ui.theme import status_colors


class TemplatesDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Message templates"))
        self.resize(900, 560)
        self.model = TemplateModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.new_button = QPushButton(self.tr("&New"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.new_button.clicked.connect(self.new_template)
        self.delete_button.clicked.connect(self.delete_current)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        left_layout.addLayout(row)

        self.name = QLineEdit()
        self.purpose = QComboBox()
        for code in PURPOSE_WORDS:
            self.purpose.addItem(purpose_label(code), code)
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.subject = QLineEdit()
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)
        names = " ".join(f"{{{name}}}" for name in PLACEHOLDER_HELP)
        self.help = QLabel(self.tr("Placeholders: {0}").format(names))
        self.help.setWordWrap(True)
        self.help.setToolTip("\n".join(f"{{{k}}}: {translate('messages', v)}"
                                       for k, v in PLACEHOLDER_HELP.items()))
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save template"))
        self.save_button.clicked.connect(self.save_current)
        for edit in (self.name, self.subject):
            edit.textChanged.connect(self._check)
        self.body.textChanged.connect(self._check)
        right = QWidget()
        form = QFormLayout(right)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Used for:"), self.purpose)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("S&ubject:"), self.subject)
        form.addRow(self.tr("&Message:"), self.body)
        form.addRow(self.help)
        form.addRow(self.warning)
        form.addRow(self.save_button)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([320, 580])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        ctx.bus.changed.connect(self._on_bus_changed)
        self.reload()
        if self.model.rowCount():
            self.select_row(0)

    # -- data -------------------------------------------------------------------------------
    def reload(self, keep_id: int | None = None) -> None:
        current = keep_id if keep_id is not None else self.current_id()
        self.model.set_rows(list_templates(self.ctx.db))
        row = self.model.row_of_id(current) if current is not None else None
        if row is not None:
            self.select_row(row)
        else:
            self._show_current()

    def _on_bus_changed(self, change: ChangeSet, _initiator: object) -> None:
        if change.templates:
            self.reload()

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def current(self) -> MessageTemplate | None:
        index = self.table.selectionModel().currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def current_id(self) -> int | None:
        found = self.current()
        return found.id if found else None

    def _show_current(self) -> None:
        template = self.current()
        for widget in (self.name, self.purpose, self.language, self.subject, self.body,
                       self.save_button, self.delete_button):
            widget.setEnabled(template is not None)
        if template is None:
            return
        self.name.setText(template.name)
        self.purpose.setCurrentIndex(max(0, self.purpose.findData(template.purpose)))
        self.language.setCurrentIndex(max(0, self.language.findData(template.language)))
        self.subject.setText(template.subject)
        self.body.setPlainText(template.body)
        self._check()

    def _check(self) -> None:
        unknown = unknown_placeholders(self.subject.text() + self.body.toPlainText())
        self.warning.setText(self.tr("Not a placeholder (left as typed): {0}").format(
            ", ".join(f"{{{u}}}" for u in unknown)) if unknown else "")
        self.warning.setStyleSheet(f"color: {status_colors().warn.name()};")
        self.save_button.setEnabled(self.current() is not None and bool(self.name.text().strip()))

    def values(self) -> dict[str, object]:
        return {"name": self.name.text(), "purpose": self.purpose.currentData(),
                "language": self.language.currentData(), "subject": self.subject.text(),
                "body": self.body.toPlainText()}

    # -- writes -------------------------------------------------------------------------------
    def save_current(self) -> None:
        template = self.current()
        if template is None:
            return
        values = self.values()
        changed = {k: v for k, v in values.items() if getattr(template, k) != v}
        if changed:
            self.ctx.undo_stack.push(EditTemplate(self.ctx, template.id, changed, template.name, self))

    def new_template(self) -> None:
        language = str(self.language.currentData() or "en")
        base = self.tr("New template")
        taken = {t.name for t in self.model.rows() if t.language == language}
        name = base
        n = 2
        while name in taken:
            name, n = f"{base} {n}", n + 1
        command = AddTemplate(self.ctx, {"name": name, "purpose": "custom", "language": language,
                                         "subject": "{account}: ", "body": "{contact},\n\n\n{specialist}"})
        self.ctx.undo_stack.push(command)
        if command.row_id is not None:
            self.reload(command.row_id)
            self.name.setFocus()
            self.name.selectAll()

    def delete_current(self) -> None:
        template = self.current()
        if template is not None:
            self.ctx.undo_stack.push(DeleteTemplate(self.ctx, template.id, template.name, self))


def edit_templates(ctx: AppContext, parent: QWidget | None = None) -> TemplatesDialog:
    dialog = TemplatesDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
