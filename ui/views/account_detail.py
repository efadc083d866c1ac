"""One account in full: header, health, checklist by stage, milestones, contacts,
feedback, activity and notes.

The view reads everything through one core query and refreshes when the bus says
something of this account changed; every edit is an undoable command.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSettings, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tracker.changes import ChangeSet
from tracker.domain import OPEN_TASK_STATUSES, NotFoundError
from tracker.queries.account_detail import AccountDetail, load_account_detail
from tracker.queries.customer_plan import customer_plan
from tracker.queries.search import ACCOUNT, CONTACT, FEEDBACK, NOTE, TASK
from tracker.queries.signals import list_cases
from tracker.services.playbooks import list_playbooks, list_steps
from ui import outreach
from ui.commands.accounts import MoveStage
from ui.commands.records import ApplyPlaybook
from ui.context import AppContext
from ui.dialogs.apply_playbook_dialog import ApplyPlaybookDialog
from ui.models import labels
from ui.plurals import ntr
from ui.settings import AppSettings
from ui.views.detail.celebrate import CelebrationBanner, reached
from ui.views.detail.checklist import ChecklistPanel
from ui.views.detail.header import AccountHeader
from ui.views.detail.outreach_bar import OutreachBar
from ui.views.detail.record_panels import (
    ActivityPanel,
    ContactsPanel,
    FeedbackPanel,
    MilestonesPanel,
    NotesPanel,
)
from ui.views.detail.signal_panels import CasesPanel, TrialMaturityPanel
from ui.views.stale import RefreshWhenShown

if TYPE_CHECKING:
    from ui.charts.timeline import TimelineChart

SPLITTER_KEY = "detail/splitter"
SIDE_SPLITTER_KEY = "detail/side_splitter"
TAB_KEY = "detail/tab"
LAST_ACCOUNT_KEY = "detail/last_account"


def _health_panel(ctx: AppContext, parent: QWidget) -> QWidget:
    """The KPI helper's HealthPanel when it exists, else a placeholder that says so."""
    try:
        module = importlib.import_module("ui.views.health_panel")
        panel: QWidget = module.HealthPanel(ctx)
        panel.setParent(parent)
        return panel
    except (ImportError, AttributeError):
        label = QLabel(QCoreApplication.translate(
            "AccountDetailView", "Health panel missing: the health score cannot be shown yet."))
        label.setObjectName("health_placeholder")
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label


class AccountDetailView(QWidget):
    """Signals:
        account_shown(int): a new account is on screen (the window re-enables its account actions).
    """

    account_shown = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.settings = settings if settings is not None else QSettings()
        self.account_id: int | None = None
        self.detail: AccountDetail | None = None
        self.stage_box: QMessageBox | None = None  # the open "tasks left behind" question

        self.header = AccountHeader()
        self.outreach = OutreachBar(ctx)
        self.celebration = CelebrationBanner()
        self.checklist = ChecklistPanel(ctx)
        self._timeline: TimelineChart | None = None
        self._timeline_page: QWidget | None = QWidget()  # stands in until the tab is opened
        self._timeline_stale = True
        self.plan_tabs = QTabWidget()
        self.plan_tabs.setDocumentMode(True)
        self.plan_tabs.addTab(self.checklist, self.tr("Check&list"))
        self.plan_tabs.addTab(self._timeline_page, self.tr("T&imeline"))
        self.plan_tabs.currentChanged.connect(lambda _i: self._update_timeline())
        self.health = _health_panel(ctx, self)
        self.milestones = MilestonesPanel(ctx)
        self.contacts = ContactsPanel(ctx)
        self.feedback = FeedbackPanel(ctx)
        self.activities = ActivityPanel(ctx)
        self.notes = NotesPanel(ctx)
        self.cases = CasesPanel(ctx)
        self.trial_maturity = TrialMaturityPanel(ctx)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.milestones, self.tr("&Milestones"))
        self.tabs.addTab(self.contacts, self.tr("&Contacts"))
        self.tabs.addTab(self.feedback, self.tr("Feed&back"))
        self.tabs.addTab(self.activities, self.tr("Ac&tivity"))
        self.tabs.addTab(self.notes, self.tr("&Notes"))
        self.tabs.addTab(self.cases, self.tr("S&upport"))
        self.tabs.addTab(self.trial_maturity, self.tr("T&rial && maturity"))

        self.side = QSplitter(Qt.Orientation.Vertical)
        self.side.addWidget(self.health)
        self.side.addWidget(self.tabs)
        self.side.setStretchFactor(1, 1)
        self.side.setChildrenCollapsible(False)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.plan_tabs)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(8, 8, 8, 8)
        page_layout.addWidget(self.header)
        page_layout.addWidget(self.outreach)
        page_layout.addWidget(self.celebration)
        page_layout.addWidget(self.splitter, 1)
        self.empty = QLabel(self.tr("Open an account from the Accounts or Today view to see its detail."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self._restore_layout()
        self.splitter.splitterMoved.connect(self._save_layout)
        self.side.splitterMoved.connect(self._save_layout)
        self.tabs.currentChanged.connect(self._save_layout)
        self.checklist.apply_playbook_requested.connect(self.open_apply_playbook)
        self.header.next_stage_requested.connect(self.confirm_next_stage)
        self.activities.note_requested.connect(lambda note_id: self.show_record(NOTE, note_id))
        self.outreach.email_requested.connect(self.write_email)
        self.celebration.write_requested.connect(lambda: self.write_email(None, "milestone"))
        self._pending = ChangeSet()
        self._reloader = RefreshWhenShown(self, self._reload_pending)
        ctx.bus.changed.connect(self._on_bus_changed)

    # --- layout memory -------------------------------------------------------------------
    def restore_state(self, settings: AppSettings) -> None:
        """Main-window hook: use the window's settings store from now on."""
        self.settings = settings.qsettings
        self._restore_layout()

    def save_state(self, settings: AppSettings) -> None:
        """Main-window hook on close: the layout and the open account are kept."""
        if self.current_account_id() is not None:
            settings.qsettings.setValue(LAST_ACCOUNT_KEY, self.account_id)
        self.settings = settings.qsettings
        self._save_layout()

    def current_account_id(self) -> int | None:
        """The open account, for the main window's account actions (edit, delete, move stage)."""
        return self.account_id if self.detail is not None else None

    def _restore_layout(self) -> None:
        for key, splitter, default in ((SPLITTER_KEY, self.splitter, [640, 460]),
                                       (SIDE_SPLITTER_KEY, self.side, [170, 400])):
            state = self.settings.value(key)
            if not (state and splitter.restoreState(state)):
                splitter.setSizes(default)
        tab = self.settings.value(TAB_KEY)
        if tab is not None:
            self.tabs.setCurrentIndex(int(str(tab)))

    def _save_layout(self, *_args: Any) -> None:
        self.settings.setValue(SPLITTER_KEY, self.splitter.saveState())
        self.settings.setValue(SIDE_SPLITTER_KEY, self.side.saveState())
        self.settings.setValue(TAB_KEY, self.tabs.currentIndex())

    # --- loading -------------------------------------------------------------------------
    def last_account_id(self) -> int | None:
        """The account open when the window last closed (the window reopens it)."""
        value = self.settings.value(LAST_ACCOUNT_KEY)
        try:
            return int(str(value)) if value is not None else None
        except ValueError:
            return None

    def show_account(self, account_id: int) -> None:
        self.account_id = account_id
        for panel in (self.milestones, self.contacts, self.feedback, self.activities, self.notes,
                      self.cases, self.trial_maturity):
            panel.account_id = account_id
        self.checklist.set_account(account_id)
        set_account = getattr(self.health, "set_account", None)
        if callable(set_account):
            set_account(account_id)
        self._reload(ChangeSet.everything())
        self.account_shown.emit(account_id)

    def _reload(self, change: ChangeSet) -> None:
        if self.account_id is None:
            return
        today = self.ctx.today()
        try:
            detail = load_account_detail(self.ctx.db, self.account_id, today)
        except NotFoundError:
            self.detail = None
            self.empty.setText(self.tr("This account no longer exists (deleted or undone)."))
            self.stack.setCurrentWidget(self.empty)
            return
        previous, self.detail = self.detail, detail
        self.stack.setCurrentIndex(1)
        what = reached(previous.account if previous else None, detail.account, today.isoformat())
        if what is not None:
            self.celebration.celebrate(detail.account.name, what)
        elif previous is None or previous.account.id != detail.account.id:
            self.celebration.hide()
        if change.accounts or change.activities or change.segments:
            self.outreach.set_account(detail.account.id, detail.account.name)
        if change.tasks or change.milestones or change.accounts:
            self._timeline_stale = True
            self._update_timeline()
        if change.accounts or change.tasks:
            self.header.set_detail(detail, today)
        if change.notes or change.accounts:
            self.notes.set_notes(detail.account.name, detail.notes)
        self.checklist.account_stage = detail.account.stage
        if change.tasks:
            self.checklist.set_tasks(detail.tasks)
            self.checklist.set_journeys(detail.journeys)
        elif change.milestones:
            self.checklist.set_journeys(detail.journeys)
        if change.milestones:
            self.milestones.set_milestones(detail.milestones)
        if change.contacts:
            self.contacts.set_contacts(detail.contacts)
        if change.feedback or change.contacts:
            self.feedback.set_feedback(detail.feedback, detail.contacts)
        if change.activities or change.contacts or change.notes or change.tasks or change.feedback \
                or change.milestones:
            self.activities.set_activities(detail.activities, detail.contacts, detail.notes,
                                           detail.last_touch)
        if change.cases or change.contacts:
            self.cases.set_cases(list_cases(self.ctx.db, self.account_id), detail.contacts)
        if change.trials or change.maturity or change.contacts or change.playbooks:
            self.trial_maturity.refresh(detail.contacts)
        self._update_tab_titles(detail)

    @property
    def timeline(self) -> TimelineChart:
        """The timeline chart, built the first time it is asked for (the tab opened): it
        imports Matplotlib, which cost the start-up about 1.3 s before the first paint."""
        if self._timeline is None:
            from ui.charts.timeline import TimelineChart

            chart = TimelineChart()
            page = self._timeline_page
            index = self.plan_tabs.indexOf(page) if page is not None else -1
            with QSignalBlocker(self.plan_tabs):
                current = self.plan_tabs.currentIndex()
                title = self.plan_tabs.tabText(index)
                self.plan_tabs.removeTab(index)
                self.plan_tabs.insertTab(index, chart, title)
                self.plan_tabs.setCurrentIndex(current)
            if page is not None:
                page.deleteLater()
            self._timeline_page = None
            self._timeline = chart
        return self._timeline

    def _timeline_shown(self) -> bool:
        page = self.plan_tabs.currentWidget()
        return page is not None and page in (self._timeline, self._timeline_page)

    def _update_timeline(self) -> None:
        """The timeline is read and drawn only while it is the tab on screen."""
        if not self._timeline_stale or not self._timeline_shown() or self.account_id is None:
            return
        self._timeline_stale = False
        try:
            self.timeline.set_plan(customer_plan(self.ctx.db, self.account_id, self.ctx.today()))
        except NotFoundError:
            self.timeline.set_plan(None)

    def write_email(self, template: object = None, purpose: str = "checkin") -> None:
        """"Write e-mail": the draft opens in the mail program; asked afterwards, it is logged."""
        if self.detail is None:
            return
        from tracker.messages import MessageTemplate

        outreach.write_email(self.ctx, self, self.detail.account.id,
                             template if isinstance(template, MessageTemplate) else None, purpose)

    def _update_tab_titles(self, detail: AccountDetail) -> None:
        counts = [len(detail.milestones), len(detail.contacts), len(detail.feedback),
                  len(detail.activities) + len(detail.notes), len(detail.notes)]
        names = [self.tr("&Milestones"), self.tr("&Contacts"), self.tr("Feed&back"), self.tr("Ac&tivity"),
                 self.tr("&Notes")]
        for i, (name, n) in enumerate(zip(names, counts, strict=True)):
            self.tabs.setTabText(i, f"{name} ({n})")
        self.tabs.setTabText(5, f"{self.tr('S&upport')} ({self.cases.cases.rowCount()})")

    def _on_bus_changed(self, change: ChangeSet, initiator: object) -> None:
        # A playbook tied to a maturity level names no account, yet it decides whether this
        # account's next level has a playbook to start.
        if self.account_id is None or not (change.touches(self.account_id) or change.maturity):
            return
        relevant = (change.accounts or change.tasks or change.milestones or change.contacts
                    or change.feedback or change.activities or change.notes or change.cases
                    or change.trials or change.maturity or change.segments)
        if relevant:
            self._pending = self._pending | change
            self._reloader.request()

    def _reload_pending(self) -> None:
        change, self._pending = self._pending, ChangeSet()
        self._reload(change)

    # --- places search opens -------------------------------------------------------------
    def show_record(self, kind: str, record_id: int) -> bool:
        """Bring one record of the open account into view and select it (search's Enter)."""
        if kind == TASK:
            self.plan_tabs.setCurrentWidget(self.checklist)
            return self.checklist.select_task(record_id)
        panels = {CONTACT: self.contacts, FEEDBACK: self.feedback, NOTE: self.notes}
        panel = panels.get(kind)
        if panel is None:
            return kind == ACCOUNT
        self.tabs.setCurrentWidget(panel)
        found = panel.select_where(lambda r: r.id == record_id)
        panel.view.setFocus()
        return found

    # --- stage moves -----------------------------------------------------------------------
    def confirm_next_stage(self, stage: str) -> QMessageBox | None:
        """Move to ``stage``; with open tasks left in the stage being left, ask first."""
        if self.detail is None:
            return None
        account = self.detail.account
        left_open = [t for t in self.detail.tasks
                     if t.stage == account.stage and t.status in OPEN_TASK_STATUSES]
        if not left_open:
            self._push_move(account.id, stage)
            return None
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Open tasks left behind"),
                          ntr("AccountDetailView", "{0} has %n open task(s) in {1}. Move it to {2} anyway?",
                              len(left_open)).format(account.name, labels.stage(account.stage),
                                                     labels.stage(stage)),
                          QMessageBox.StandardButton.NoButton, self)
        shown = [f"• {t.title}" + (f" ({t.due_date})" if t.due_date else "") for t in left_open[:12]]
        if len(left_open) > len(shown):
            shown.append(self.tr("… and {0} more").format(len(left_open) - len(shown)))
        box.setInformativeText("\n".join(shown))
        move = box.addButton(self.tr("Move to {0}").format(labels.stage(stage)),
                             QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        account_id = account.id

        def answer(button: object) -> None:
            if button is move:
                self._push_move(account_id, stage)

        box.buttonClicked.connect(answer)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.stage_box = box
        box.open()
        return box

    def _push_move(self, account_id: int, stage: str) -> None:
        name = self.detail.account.name if self.detail is not None else None
        self.ctx.undo_stack.push(MoveStage(self.ctx, account_id, stage, self, name=name))

    # --- apply a playbook ------------------------------------------------------------------
    def open_apply_playbook(self) -> ApplyPlaybookDialog | None:
        if self.detail is None:
            return None
        playbooks = list_playbooks(self.ctx.db)
        steps = {int(pb.id): list_steps(self.ctx.db, pb.id) for pb in playbooks}
        preferred = "initial" if not self.detail.journeys else "delta"
        dialog = ApplyPlaybookDialog(playbooks, steps, self.ctx.today(), preferred, self)
        account_id = self.detail.account.id

        def push() -> None:
            pid = dialog.playbook_id()
            if pid is not None:
                self.ctx.undo_stack.push(ApplyPlaybook(
                    self.ctx, account_id, pid, dialog.playbook_name(), dialog.start_date(), self))

        dialog.accepted.connect(push)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog
