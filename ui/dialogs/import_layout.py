"""The import dialog's widgets and how they are laid out; ``import_dialog`` gives them behaviour.

Top to bottom: the file, the sheet and what its rows are; every sheet of the file with a tick
for the ones to import and each one's counts; what the shown sheet's columns were taken to
be; its rows to create, update, reject or keep without a value; the playbook choice for new
accounts with what it creates; progress, cancel, Import.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tracker.excel.mapping import KIND_LABELS, KINDS
from tracker.excel.preview import ImportPreview
from ui.dialogs.import_parts import FieldDelegate, preview_table
from ui.dialogs.import_playbook_choice import PlaybookChoice
from ui.dialogs.import_questions import PreviewFacts
from ui.models.import_mapping_model import COL_FIELD, MappingModel
from ui.models.import_preview_models import (
    CreateRowsModel,
    DroppedValuesModel,
    RejectRowsModel,
    UpdateRowsModel,
)
from ui.models.import_sheets_model import SheetsModel


class ImportLayout(QDialog):
    """The widgets of the import dialog; ``preview`` is the shown sheet's preview."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import from Excel"))
        self.preview: ImportPreview | None = None
        self._build()
        self.resize(1000, 860)

    def _build(self) -> None:
        self.file_label = QLabel(self.tr("No file chosen."))
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_button = QPushButton(self.tr("&Choose file…"))
        self.sheet_combo = QComboBox()
        self.sheet_combo.setEnabled(False)
        self.kind_combo = QComboBox()
        for kind in KINDS:
            self.kind_combo.addItem(QCoreApplication.translate("ImportDialog", KIND_LABELS[kind]), kind)
        self.kind_combo.setEnabled(False)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.choose_button)
        form = QFormLayout()
        form.addRow(self.tr("File:"), file_row)
        form.addRow(self.tr("&Sheet:"), self.sheet_combo)
        form.addRow(self.tr("&Rows are:"), self.kind_combo)

        self.sheets_model = SheetsModel(self)
        self.sheets_view = QTableView()
        self.sheets_view.setModel(self.sheets_model)
        self.sheets_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sheets_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sheets_view.verticalHeader().hide()
        self.sheets_view.horizontalHeader().setStretchLastSection(True)
        self.sheets_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.sheets_view.setColumnWidth(0, 200)
        self.sheets_view.setColumnWidth(1, 160)
        row = self.fontMetrics().height() + 10
        self.sheets_view.verticalHeader().setDefaultSectionSize(row)
        self.sheets_view.setMinimumHeight(6 * row)  # the header and five sheets, the rest by scrolling
        self.sheets_view.setMaximumHeight(8 * row)

        self.mapping_model = MappingModel(self)
        self.facts = PreviewFacts()
        self.mapping_view = QTableView()
        self.mapping_view.setModel(self.mapping_model)
        self.mapping_view.setItemDelegateForColumn(COL_FIELD, FieldDelegate(self.kind, self.mapping_view))
        self.mapping_view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                          | QAbstractItemView.EditTrigger.SelectedClicked
                                          | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.mapping_view.verticalHeader().hide()
        self.mapping_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.mapping_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.mapping_view.setColumnWidth(0, 220)
        self.mapping_view.setColumnWidth(2, 220)

        self.create_model, self.update_model, self.reject_model = (
            CreateRowsModel(self), UpdateRowsModel(self), RejectRowsModel(self))
        self.dropped_model = DroppedValuesModel(self)
        self.tabs = QTabWidget()
        self.create_view = preview_table(self.create_model)
        self.update_view = preview_table(self.update_model)
        self.reject_view = preview_table(self.reject_model)
        self.dropped_view = preview_table(self.dropped_model)
        for view in (self.create_view, self.update_view, self.reject_view, self.dropped_view):
            self.tabs.addTab(view, "")
        self._retitle_tabs()

        self.playbooks = PlaybookChoice()
        playbook_row = QFormLayout()
        playbook_row.addRow(self.tr("&Playbooks for new accounts:"), self.playbooks)

        self.status = QLabel(self.tr("Choose a spreadsheet to import. Nothing is written until you press "
                                     "Import."))
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setVisible(False)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.status, 1)
        progress_row.addWidget(self.progress)
        progress_row.addWidget(self.cancel_button)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = self.buttons.addButton(self.tr("&Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.import_button.clicked.disconnect()

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.sheets_label = QLabel(self.tr("Sheets (tick the ones to import; click one to check it below):"))
        layout.addWidget(self.sheets_label)
        layout.addWidget(self.sheets_view)
        layout.addWidget(self.facts)
        layout.addWidget(QLabel(self.tr("Columns (double-click a field to correct it):")))
        layout.addWidget(self.mapping_view, 2)
        layout.addWidget(QLabel(self.tr("Preview:")))
        layout.addWidget(self.tabs, 3)
        layout.addLayout(playbook_row)
        layout.addLayout(progress_row)
        layout.addWidget(self.buttons)

    def _retitle_tabs(self) -> None:
        p = self.preview
        self.tabs.setTabText(0, self.tr("To create ({0})").format(len(p.creates) if p else 0))
        self.tabs.setTabText(1, self.tr("To update ({0})").format(len(p.updates) if p else 0))
        self.tabs.setTabText(2, self.tr("Rejected ({0})").format(len(p.rejects) if p else 0))
        self.tabs.setTabText(3, self.tr("Kept without a value ({0})").format(len(p.dropped) if p else 0))

    def kind(self) -> str:
        """The kind chosen in "Rows are"."""
        return str(self.kind_combo.currentData())

    def _show_preview(self) -> None:
        p = self.preview
        if p is not None:
            self.create_model.kind = self.update_model.kind = p.kind
        self.create_model.set_rows(p.creates if p else [])
        self.update_model.set_rows(p.updates if p else [])
        self.reject_model.set_rows(p.rejects if p else [])
        self.dropped_model.set_rows(p.dropped if p else [])
        if p is None:
            self.facts.clear()
        self._retitle_tabs()

