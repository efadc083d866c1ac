"""The account view's line about reaching the customer: the next check-in, its cadence,
"Write e-mail" with the templates, the calendar and the plan the customer can read."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton, QToolButton, QWidget

from tracker.messages import MessageTemplate, purpose_label
from tracker.queries.checkins import (
    SOURCE_DEFAULT,
    SOURCE_SEGMENT,
    Cadence,
    Checkin,
    cadences,
    checkin_of,
    inherited_cadence,
)
from tracker.queries.messages import list_templates
from tracker.rules import CHECKIN_DUE, CHECKIN_OVERDUE
from ui import outreach
from ui.commands.outreach import SetCadence
from ui.context import AppContext
from ui.dialogs.cadence_dialog import CadenceDialog
from ui.display import format_date
from ui.models.checkin_model import cadence_text
from ui.theme import status_colors


class OutreachBar(QWidget):
    """Signals:
        email_requested(object): a template (MessageTemplate) was picked from "Write e-mail".
    """

    email_requested = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.account_id: int | None = None
        self.account_name = ""
        self.checkin: Checkin | None = None
        self.dialog: CadenceDialog | None = None
        self.label = QLabel()
        self.cadence_button = QPushButton(self.tr("Check-in &cadence…"))
        self.cadence_button.clicked.connect(self.open_cadence)
        self.email_button = QToolButton()
        self.email_button.setText(self.tr("Write &e-mail"))
        self.email_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.email_menu = QMenu(self.email_button)
        self.email_menu.aboutToShow.connect(self._fill_email_menu)
        self.email_button.setMenu(self.email_menu)
        self.email_button.clicked.connect(lambda: self.email_requested.emit(None))
        self.plan_button = QToolButton()
        self.plan_button.setText(self.tr("Customer &plan"))
        self.plan_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        plan_menu = QMenu(self.plan_button)
        self.plan_xlsx_action = plan_menu.addAction(self.tr("Save as &workbook…"), lambda: self._plan("xlsx"))
        self.plan_pdf_action = plan_menu.addAction(self.tr("Save as P&DF…"), lambda: self._plan("pdf"))
        plan_menu.addSeparator()
        self.calendar_action = plan_menu.addAction(self.tr("Export to &calendar (.ics)…"), self._calendar)
        self.plan_button.setMenu(plan_menu)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.cadence_button)
        layout.addWidget(self.email_button)
        layout.addWidget(self.plan_button)

    def set_account(self, account_id: int, name: str) -> None:
        self.account_id, self.account_name = account_id, name
        self.refresh()

    def refresh(self) -> None:
        if self.account_id is None:
            return
        today = self.ctx.today()
        self.checkin = checkin_of(self.ctx.db, self.account_id, today)
        self.label.setText(self.describe(self.checkin))
        colors = status_colors()
        state = (self.checkin.state if self.checkin else None) or ""
        color = {CHECKIN_OVERDUE: colors.bad, CHECKIN_DUE: colors.warn}.get(state)
        self.label.setStyleSheet(f"color: {color.name()};" if color is not None else "")

    def describe(self, checkin: Checkin | None) -> str:
        if checkin is None:
            return self.tr("No check-ins: the account is paused or churned.")
        cadence = cadence_text(checkin.cadence.cadence, checkin.cadence.days)
        source = {SOURCE_SEGMENT: self.tr(" (segment's)"), SOURCE_DEFAULT: self.tr(" (default)")}.get(
            checkin.cadence.source, "")
        if checkin.due is None:
            return self.tr("Check-ins: {0}{1}").format(cadence, source)
        day = format_date(checkin.due)  # the user's date style, like every other date on the page
        if checkin.state == CHECKIN_OVERDUE:
            text = self.tr("Check-in overdue since {0}").format(day)
        else:
            text = self.tr("Next check-in {0}").format(day)
        return self.tr("{0} · {1}{2}").format(text, cadence, source)

    # -- actions --------------------------------------------------------------------------
    def open_cadence(self) -> CadenceDialog | None:
        if self.account_id is None:
            return None
        current = cadences(self.ctx.db, [self.account_id])[self.account_id]
        inherited = self._inherited()
        dialog = CadenceDialog(self.account_name, current, inherited, self)
        account_id, name = self.account_id, self.account_name

        def push() -> None:
            self.ctx.undo_stack.push(SetCadence(self.ctx, account_id, dialog.setting(), name))

        dialog.accepted.connect(push)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _inherited(self) -> Cadence:
        """What the account follows without a cadence of its own."""
        assert self.account_id is not None
        return inherited_cadence(self.ctx.db, self.account_id)

    def _fill_email_menu(self) -> None:
        self.email_menu.clear()
        language = outreach.language().split("_")[0]
        every = list_templates(self.ctx.db)
        mine = [t for t in every if t.language == language] or [t for t in every if t.language == "en"]
        for template in mine:
            self._template_action(template)
        others = [t for t in every if t not in mine]
        if others:
            more = self.email_menu.addMenu(self.tr("Other languages"))
            for template in others:
                action = more.addAction(f"{template.name} ({template.language})")
                action.triggered.connect(lambda _c=False, t=template: self.email_requested.emit(t))

    def _template_action(self, template: MessageTemplate) -> None:
        action = self.email_menu.addAction(template.name)
        action.setToolTip(purpose_label(template.purpose))
        action.triggered.connect(lambda _c=False, t=template: self.email_requested.emit(t))

    def _plan(self, fmt: str) -> None:
        if self.account_id is not None:
            outreach.save_customer_plan(self.ctx, self, self.account_id, fmt)

    def _calendar(self) -> None:
        if self.account_id is not None:
            outreach.save_calendar(self.ctx, self, self.account_id)
