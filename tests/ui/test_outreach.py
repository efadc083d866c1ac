"""Check-ins, messages, calendar, the customer plan, the timeline and the celebration, driven
through the real widgets offscreen (the desktop's mail program and file dialogs replaced)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from tests.conftest import TODAY
from tracker.calendar_ics import uid
from tracker.messages import Draft
from tracker.queries.checkins import cadences, checkin_of
from tracker.queries.messages import list_templates
from tracker.services.accounts import create_account
from tracker.services.records import ACTIVITIES, CONTACTS, MILESTONES
from tracker.services.tasks import add_task
from ui import outreach
from ui.context import AppContext
from ui.dialogs.templates_dialog import TemplatesDialog
from ui.display import format_date
from ui.models.checkin_model import CheckinModel
from ui.models.template_model import TemplateModel
from ui.views.account_detail import AccountDetailView
from ui.views.today import TodayView


@pytest.fixture
def account(ctx: AppContext) -> int:
    db = ctx.db
    aid = create_account(db, {"name": "Zoë Ḥafizah Sdn Bhd", "owner": "Aiman", "signed_date": "2026-05-01",
                              "kickoff_date": "2026-05-10", "target_golive_date": "2026-07-15"}).value
    CONTACTS.create(db, {"account_id": aid, "name": "Nurul Ḥafizah", "email": "nurul@zoe.example",
                         "role": "sponsor"})
    MILESTONES.create(db, {"account_id": aid, "kind": "first_value", "name": "First value",
                           "target_date": "2026-06-30"})
    for n in range(60):  # the bench's size: 60 steps across the stages
        stage = ("Embark", "Handoff", "Kickoff", "Adopt", "Review", "Expand")[n // 10]
        add_task(db, aid, {"title": f"Step {n + 1}", "stage": stage,
                           "due_date": f"2026-{5 + n // 30:02d}-{1 + n % 28:02d}",
                           "owner": "Sponsor" if n % 7 == 0 else "CSM"})
    return aid


class Desktop:
    """Stands in for the mail program and the "was it sent?" question."""

    def __init__(self, sent: bool = True) -> None:
        self.urls: list[str] = []
        self.sent = sent

    def open(self, url: str) -> bool:
        self.urls.append(url)
        return True

    def ask(self, _parent: QWidget | None, _draft: Draft) -> bool:
        return self.sent


@pytest.fixture
def desktop(monkeypatch: pytest.MonkeyPatch) -> Desktop:
    fake = Desktop()
    monkeypatch.setattr(outreach, "open_url", fake.open)
    monkeypatch.setattr(outreach, "ask_sent", fake.ask)
    monkeypatch.setattr(outreach, "language", lambda: "en_GB")
    return fake


@pytest.fixture
def view(ctx: AppContext, qtbot: QtBot, account: int) -> Iterator[AccountDetailView]:
    widget = AccountDetailView(ctx)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    widget.show_account(account)
    yield widget
    for timer in widget.findChildren(QTimer):
        timer.stop()
    widget.close()


def test_models_pass_the_model_tester(ctx: AppContext, qtmodeltester, account: int) -> None:  # type: ignore[no-untyped-def]
    from tracker.queries.checkins import checkins

    model = CheckinModel()
    model.set_checkins(checkins(ctx.db, TODAY), TODAY)
    assert model.rowCount() > 0
    qtmodeltester.check(model)
    templates = TemplateModel()
    templates.set_rows(list_templates(ctx.db))
    assert templates.rowCount() == 10
    qtmodeltester.check(templates)


def test_today_lists_the_overdue_check_in_and_opens_the_account(ctx: AppContext, qtbot: QtBot,
                                                                account: int) -> None:
    today = TodayView(ctx)
    qtbot.addWidget(today)
    today.resize(1366, 768)
    today.show()
    qtbot.waitExposed(today)
    model = today.checkin_model
    qtbot.waitUntil(lambda: model.row_of(account) is not None)  # read after the first paint
    rows = [model.row_at(i) for i in range(model.rowCount())]
    mine = next(r for r in rows if r.account_id == account)
    # No call yet: kickoff 2026-05-10 + 14 days = 2026-05-24, 22 days before 2026-06-15.
    assert mine.due.isoformat() == "2026-05-24" and mine.state == "overdue"
    assert all(r.state in ("due", "overdue") for r in rows)
    assert today.checkins.label.text().startswith("Check-ins due (")
    opened: list[int] = []
    ctx.navigator.account_requested.connect(opened.append)
    at = model.row_of(account)
    assert at is not None
    row = today.checkins.proxy.mapFromSource(model.index(at, CheckinModel.ACCOUNT))
    qtbot.mouseClick(today.checkins.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=today.checkins.table.visualRect(row).center())
    assert opened == [account]
    assert today.current_account_id() == account
    # A call today moves the check-in two weeks ahead: it leaves the list.
    ACTIVITIES.create(ctx.db, {"account_id": account, "kind": "call", "date": TODAY.isoformat()})
    ctx.bus.announce(ACTIVITIES.change_set(account))
    qtbot.waitUntil(lambda: model.row_of(account) is None)
    today.close()


def test_write_email_opens_the_exact_mailto_and_logs_it_when_sent(view: AccountDetailView, ctx: AppContext,
                                                                  desktop: Desktop, qtbot: QtBot,
                                                                  account: int) -> None:
    before = len(ACTIVITIES.for_account(ctx.db, account))
    qtbot.mouseClick(view.outreach.email_button, Qt.MouseButton.LeftButton)
    assert len(desktop.urls) == 1
    url = desktop.urls[0]
    assert url.startswith("mailto:nurul@zoe.example?subject=Check-in%3A%20how%20is%20Zo%C3%AB"
                          "%20%E1%B8%A4afizah%20Sdn%20Bhd%20getting%20on%3F&body=Hello%20Nurul%20%E1%B8%A4afizah%2C%0D%0A%0D%0A")
    assert "%0D%0A-%20Step%201%20%28by%201%20May%202026%29%0D%0A" in url
    assert "Best%20regards%2C%0D%0AAiman" in url and " " not in url
    emails = [a for a in ACTIVITIES.for_account(ctx.db, account) if a.kind == "email"]
    assert len(ACTIVITIES.for_account(ctx.db, account)) == before + 1
    assert emails[0].summary == "Check-in: how is Zoë Ḥafizah Sdn Bhd getting on?"
    assert emails[0].date == TODAY.isoformat() and emails[0].contact_id is not None
    ctx.undo_stack.undo()
    assert len(ACTIVITIES.for_account(ctx.db, account)) == before
    desktop.sent = False
    view.outreach.email_menu.aboutToShow.emit()
    names = [a.text() for a in view.outreach.email_menu.actions()]
    assert names[:5] == ["Welcome", "Kickoff invitation", "Check-in", "Milestone reached",
                         "At-risk follow-up"]
    view.outreach.email_menu.actions()[0].trigger()
    assert "subject=Welcome%20to%20your%20onboarding%2C%20Zo%C3%AB" in desktop.urls[-1]
    assert len(ACTIVITIES.for_account(ctx.db, account)) == before, "not sent: nothing logged"


def test_cadence_dialog_sets_and_undo_restores(view: AccountDetailView, ctx: AppContext, qtbot: QtBot,
                                              account: int) -> None:
    assert "Check-in overdue since" in view.outreach.label.text()
    state = checkin_of(ctx.db, account, TODAY)
    assert state is not None and state.due is not None
    assert f"since {format_date(state.due)} ·" in view.outreach.label.text(), "the user's date style"
    qtbot.mouseClick(view.outreach.cadence_button, Qt.MouseButton.LeftButton)
    dialog = view.outreach.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.choice.setCurrentIndex(dialog.choice.findData("custom"))
    assert dialog.days.isEnabled()
    dialog.days.setValue(60)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    cadence = cadences(ctx.db, [account])[account]
    assert (cadence.cadence, cadence.days, cadence.source) == ("custom", 60, "account")
    qtbot.waitUntil(lambda: "Next check-in" in view.outreach.label.text())
    assert "Every 60 days" in view.outreach.label.text()
    ctx.undo_stack.undo()
    assert cadences(ctx.db, [account])[account].source != "account"
    qtbot.waitUntil(lambda: "overdue" in view.outreach.label.text())


def test_templates_dialog_edits_adds_and_deletes_with_undo(ctx: AppContext, qtbot: QtBot) -> None:
    dialog = TemplatesDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.model.rowCount() == 10
    assert dialog.current() is not None and dialog.current().name == "Welcome"  # type: ignore[union-attr]
    dialog.subject.clear()
    qtbot.keyClicks(dialog.subject, "Selamat datang, {account} {acount}")
    assert "{acount}" in dialog.warning.text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    welcome = next(t for t in list_templates(ctx.db, "en") if t.name == "Welcome")
    assert welcome.subject == "Selamat datang, {account} {acount}"
    ctx.undo_stack.undo()
    assert next(t for t in list_templates(ctx.db, "en") if t.name == "Welcome").subject.startswith("Welcome")
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == 11 and dialog.current().name == "New template"  # type: ignore[union-attr]
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == 10
    ctx.undo_stack.undo()
    assert dialog.model.rowCount() == 11
    dialog.close()


def test_calendar_and_customer_plan_files(view: AccountDetailView, ctx: AppContext, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch, account: int) -> None:
    asked: list[str] = []

    def save_as(_parent: QWidget | None, _title: str, suggested: str, _filter: str) -> str:
        asked.append(suggested)
        return str(tmp_path / Path(suggested).stem)  # no suffix: the app adds it

    monkeypatch.setattr(outreach, "ask_save", save_as)

    def no_warning(_parent: object, _title: str, text: str) -> None:
        raise AssertionError(text)  # a modal box would hang the test; a failure must show

    monkeypatch.setattr(QMessageBox, "warning", no_warning)
    view.outreach.calendar_action.trigger()
    ics = (tmp_path / "onboarding.ics").read_text("utf-8")
    assert ics.count("BEGIN:VEVENT") == 62  # 60 open tasks, 1 milestone, 1 check-in
    assert f"UID:{uid('checkin', account)}" in ics and "SUMMARY:Check-in: Zoë Ḥafizah Sdn Bhd" in ics
    view.outreach.plan_xlsx_action.trigger()
    view.outreach.plan_pdf_action.trigger()
    assert asked[1:] == ["Zoë Ḥafizah Sdn Bhd.xlsx", "Zoë Ḥafizah Sdn Bhd.pdf"]
    pdf = (tmp_path / "Zoë Ḥafizah Sdn Bhd.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and pdf.count(b"/Type /Page\n") + pdf.count(b"/Type /Page ") >= 1
    assert (tmp_path / "Zoë Ḥafizah Sdn Bhd.xlsx").stat().st_size > 0


def test_timeline_tab_draws_the_plan_and_the_wheel_scrolls_and_zooms(view: AccountDetailView,
                                                                     qtbot: QtBot) -> None:
    view.plan_tabs.setCurrentWidget(view.timeline)
    chart = view.timeline
    rows = chart.rows()
    assert len(rows) == 61 and rows[0] == "Step 1" and "First value" in rows
    top_before = chart.ax.get_ylim()[1]
    centre = QPointF(chart.width() / 2, chart.height() / 2)

    def wheel(modifiers: Qt.KeyboardModifier) -> None:
        event = QWheelEvent(centre, chart.mapToGlobal(centre), QPoint(0, 0), QPoint(0, -120),
                            Qt.MouseButton.NoButton, modifiers, Qt.ScrollPhase.NoScrollPhase, False)
        chart.wheelEvent(event)

    wheel(Qt.KeyboardModifier.NoModifier)
    assert chart.ax.get_ylim()[1] == top_before + 3  # three rows down
    left, right = chart.ax.get_xlim()
    wheel(Qt.KeyboardModifier.ControlModifier)
    assert chart.ax.get_xlim()[1] - chart.ax.get_xlim()[0] == pytest.approx((right - left) / 0.8)
    zoomed_left, zoomed_right = chart.ax.get_xlim()
    wheel(Qt.KeyboardModifier.ShiftModifier)  # a tenth of the range later
    shift = (zoomed_right - zoomed_left) * 0.1
    assert chart.ax.get_xlim() == pytest.approx((zoomed_left + shift, zoomed_right + shift))


def test_reaching_first_value_is_celebrated_and_offers_the_message(view: AccountDetailView, ctx: AppContext,
                                                                   desktop: Desktop, qtbot: QtBot,
                                                                   account: int) -> None:
    from ui.commands.records import RecordMilestone

    assert not view.celebration.isVisible()
    (milestone,) = MILESTONES.for_account(ctx.db, account)
    ctx.undo_stack.push(RecordMilestone(ctx, milestone.id, milestone.name, TODAY))
    qtbot.waitUntil(view.celebration.isVisible)
    assert "reached first value" in view.celebration.label.text()
    desktop.sent = False
    qtbot.mouseClick(view.celebration.write_button, Qt.MouseButton.LeftButton)
    assert not view.celebration.isVisible()
    assert "subject=Zo%C3%AB%20%E1%B8%A4afizah%20Sdn%20Bhd%20reached%20First%20value" in desktop.urls[-1]
