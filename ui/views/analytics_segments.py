"""The Segments tab: suggest segments by clustering, name them, tie playbooks, accept; or
make a segment from a rule. Accepting and creating are undoable commands."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from tracker.analytics.segment_rules import matching_accounts
from tracker.analytics.segmentation import ClusterSuggestion, silhouette_strength, suggest_segments
from tracker.changes import ChangeSet
from tracker.database import Database
from tracker.domain import ValidationError
from tracker.services.playbooks import list_playbooks
from ui.charts.analytics_charts import ClusterProfileChart, DendrogramChart, SilhouetteChart
from ui.commands.analytics import AcceptSuggestion, CreateRuleSegment
from ui.context import AppContext
from ui.models.analytics_profile_model import PLAYBOOK, ClusterProfileModel
from ui.plurals import ntr
from ui.views.analytics_parts import JobBar, Progress, sorted_table, tr
from ui.views.stale import RefreshWhenShown

Index = QModelIndex | QPersistentModelIndex


class PlaybookDelegate(QStyledItemDelegate):
    """A combo box of playbooks (and "none") for the profile table's Playbook column."""

    def __init__(self, model: ClusterProfileModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.profiles = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.addItem(tr("(none)"), None)
        for pb_id, name in self.profiles.playbooks():
            combo.addItem(name, pb_id)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class SegmentsTab(QWidget):
    """Attributes:
        suggestion: the clustering on screen (None before the first run).
        profiles: the editable profile model; message: the last sentence for the user.
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.suggestion: ClusterSuggestion | None = None
        self.method = QComboBox()
        # Plain words first; the method's name is in the tooltip and the help.
        self.method.addItem(tr("Even groups"), "kmeans")
        self.method.setItemData(0, tr("k-means: groups of accounts around a typical account each"),
                                Qt.ItemDataRole.ToolTipRole)
        self.method.addItem(tr("Groups within groups"), "ward")
        self.method.setItemData(1, tr("Ward (hierarchical clustering): merges the most alike "
                                      "accounts step by step"), Qt.ItemDataRole.ToolTipRole)
        self.k = QSpinBox()
        self.k.setRange(1, 12)
        self.k.setSpecialValueText(tr("Auto (clearest split)"))
        self.k.setValue(1)
        self.k.setToolTip(tr("Number of groups; Auto tries 2 to 8 and keeps the one whose groups "
                             "are most clearly apart (the best silhouette score)."))
        self.include_churned = QCheckBox(tr("Include churned accounts"))
        self.run_button = QPushButton(tr("Suggest segments"))
        self.run_button.setDefault(True)
        self.jobs = JobBar(ctx.db_path)
        controls = QHBoxLayout()
        controls.addWidget(QLabel(tr("How:")))
        controls.addWidget(self.method)
        controls.addWidget(QLabel(tr("Groups:")))
        controls.addWidget(self.k)
        controls.addWidget(self.include_churned)
        controls.addWidget(self.run_button)
        controls.addStretch(1)
        controls.addWidget(self.jobs)

        self.summary = QLabel(tr("Cluster accounts on industry, company size, technical proficiency,"
                                 " MRR and products bought, then name the clusters and accept them"
                                 " as segments."))
        self.summary.setWordWrap(True)
        self.profiles = ClusterProfileModel(self)
        self.proxy, self.table = sorted_table(self.profiles, self)
        self.table.setMinimumHeight(110)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.SelectedClicked)
        self.table.setItemDelegateForColumn(PLAYBOOK, PlaybookDelegate(self.profiles, self.table))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.accept_button = QPushButton(tr("Accept as segments"))
        self.accept_button.setEnabled(False)
        self.accept_button.setToolTip(tr("Create one segment per named cluster and move its accounts"
                                         " there (undoable)."))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(tr("Double-click a name or playbook to change it.")))
        buttons.addStretch(1)
        buttons.addWidget(self.accept_button)
        left_layout.addLayout(buttons)

        self.profile_chart = ClusterProfileChart()
        self.silhouette_chart = SilhouetteChart()
        self.dendrogram_chart = DendrogramChart()
        self.second_chart = QStackedWidget()
        self.second_chart.addWidget(self.silhouette_chart)
        self.second_chart.addWidget(self.dendrogram_chart)
        charts = QSplitter(Qt.Orientation.Horizontal)
        charts.addWidget(self.profile_chart)
        charts.addWidget(self.second_chart)
        charts.setSizes([600, 500])
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(left)
        split.addWidget(charts)
        split.setSizes([190, 330])
        split.setChildrenCollapsible(False)

        self.rule = QLineEdit()
        self.rule.setPlaceholderText(tr("industry = Healthcare and company size > 500"))
        self.rule_name = QLineEdit()
        self.rule_name.setPlaceholderText(tr("Segment name"))
        self.rule_playbook = QComboBox()
        self.preview_button = QPushButton(tr("Preview"))
        self.create_button = QPushButton(tr("Create segment"))
        self.rule_message = QLabel()
        self.rule_message.setWordWrap(True)
        rule_box = QGroupBox(tr("Segment by rule"))
        rule_layout = QVBoxLayout(rule_box)
        rule_row = QHBoxLayout()
        rule_row.addWidget(self.rule, 3)
        rule_row.addWidget(self.rule_name, 1)
        rule_row.addWidget(QLabel(tr("Playbook:")))
        rule_row.addWidget(self.rule_playbook, 1)
        rule_row.addWidget(self.preview_button)
        rule_row.addWidget(self.create_button)
        rule_layout.addLayout(rule_row)
        rule_layout.addWidget(self.rule_message)

        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        layout.addWidget(rule_box)

        self.run_button.clicked.connect(self.run)
        self.accept_button.clicked.connect(self.accept)
        self.preview_button.clicked.connect(self.preview_rule)
        self.create_button.clicked.connect(self.create_rule_segment)
        self.jobs.finished.connect(self._on_jobs_finished)
        self.jobs.failed.connect(self._on_jobs_failed)
        self.profiles.dataChanged.connect(self._on_profiles_changed)
        self._playbooks = RefreshWhenShown(self, self.refresh_playbooks)
        self.refresh_playbooks()

    # -- data ----------------------------------------------------------------------------
    def refresh_playbooks(self) -> None:
        playbooks = [(int(p.id), p.name) for p in list_playbooks(self.ctx.db)]
        self.profiles.set_playbooks(playbooks)
        current = self.rule_playbook.currentData()
        self.rule_playbook.clear()
        self.rule_playbook.addItem(tr("(none)"), None)
        for pb_id, name in playbooks:
            self.rule_playbook.addItem(name, pb_id)
        self.rule_playbook.setCurrentIndex(max(self.rule_playbook.findData(current), 0))

    def on_changed(self, change: ChangeSet) -> None:
        if change.playbooks:
            self._playbooks.request()

    # -- clustering ----------------------------------------------------------------------
    def run(self) -> None:
        method = str(self.method.currentData())
        k = None if self.k.value() < 2 else self.k.value()
        churned = self.include_churned.isChecked()

        def job(db: Database, progress: Progress) -> ClusterSuggestion:
            return suggest_segments(db, method, k, include_churned=churned, progress=progress)

        self.run_button.setEnabled(False)
        self.jobs.start(job)

    def _on_jobs_finished(self, result: object) -> None:
        self.run_button.setEnabled(True)
        assert isinstance(result, ClusterSuggestion)
        self.show_suggestion(result)

    def _on_jobs_failed(self, message: str) -> None:
        self.run_button.setEnabled(True)
        self.summary.setText(message or tr("Cancelled."))

    def show_suggestion(self, sug: ClusterSuggestion) -> None:
        self.suggestion = sug
        self.profiles.set_profiles(sug.profiles)
        strength = {"strong": tr("strong structure"), "reasonable": tr("reasonable structure"),
                    "weak": tr("weak structure"), "none": tr("no substantial structure")}
        method = tr("k-means") if sug.method == "kmeans" else tr("Ward")
        text = tr("{1} groups that behave alike among {2} accounts: {4} (silhouette {3:.2f}, "
                  "{0}).").format(method, sug.k, len(sug.account_ids), sug.silhouette,
                                  strength[silhouette_strength(sug.silhouette)])
        if sug.dendrogram is not None and sug.dendrogram.sampled < len(sug.account_ids):
            text += " " + tr("Ward ran on a sample of {0}; the rest joined the nearest cluster.").format(
                sug.dendrogram.sampled)
        self.summary.setText(text)
        self.profile_chart.set_data(sug.profiles, self.profiles.names)
        self.silhouette_chart.set_data(sug.k_scores, sug.k)
        self.dendrogram_chart.set_data(sug.dendrogram)
        self.second_chart.setCurrentWidget(self.dendrogram_chart if sug.method == "ward"
                                           else self.silhouette_chart)
        self.accept_button.setEnabled(True)

    def _on_profiles_changed(self, *_args: Any) -> None:
        if self.suggestion is not None:
            self.profile_chart.set_data(self.suggestion.profiles, self.profiles.names)

    def accept(self) -> None:
        if self.suggestion is None:
            return
        command = AcceptSuggestion(self.ctx, self.suggestion, self.profiles.names,
                                   self.profiles.playbook_ids, self)
        self.ctx.undo_stack.push(command)
        if command.error:
            self.summary.setText(command.error)
            return
        self.summary.setText(tr("Created {0} segments; Undo puts every account back.").format(
            len(command.created)))
        self.accept_button.setEnabled(False)

    # -- rules ---------------------------------------------------------------------------
    def preview_rule(self) -> None:
        try:
            count = len(matching_accounts(self.ctx.db, self.rule.text()))
        except ValidationError as exc:
            self.rule_message.setText(exc.message)
            return
        self.rule_message.setText(ntr("AnalyticsView", "This rule matches %Ln account(s).", count))

    def create_rule_segment(self) -> None:
        command = CreateRuleSegment(self.ctx, self.rule_name.text().strip(), self.rule.text(),
                                    self.rule_playbook.currentData(), self)
        self.ctx.undo_stack.push(command)
        if command.error:
            self.rule_message.setText(command.error)
            return
        self.rule_message.setText(tr("Created segment “{0}” with {1} accounts.").format(
            command.name, command.count))
        self.rule_name.clear()
