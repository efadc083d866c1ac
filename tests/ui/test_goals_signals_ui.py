"""Goals view, support cases, trial and maturity tabs driven like a user (issue 19)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialogButtonBox, QPushButton
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from tests.conftest import TODAY
from tracker.changes import ChangeSet
from tracker.kpi.goals import evaluate_all
from tracker.queries import signals as reads
from ui.context import AppContext
from ui.dialogs.signal_dialogs import GoalDialog, TrialDialog
from ui.events import ChangeBus, Navigator
from ui.models.signal_models import CaseTableModel, GoalTableModel, MaturityStepModel
from ui.views.account_detail import AccountDetailView
from ui.views.goals import SHOW_ALL, SHOW_HISTORY, GoalsView

pytestmark = pytest.mark.gui


@pytest.fixture
def ctx(demo_db: Database, qtbot: QtBot, tmp_path: Path) -> Iterator[AppContext]:
    stack = QUndoStack()
    context = AppContext(demo_db, tmp_path / "demo.db", ChangeBus(), stack, Navigator(), lambda: TODAY)
    yield context
    stack.clear()


def ok(buttons: QDialogButtonBox) -> QPushButton:
    return buttons.button(QDialogButtonBox.StandardButton.Ok)


def click(qtbot: QtBot, button: QPushButton) -> None:
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.fixture
def goals_view(qtbot: QtBot, ctx: AppContext) -> Iterator[GoalsView]:
    view = GoalsView(ctx)
    qtbot.addWidget(view)
    view.resize(1200, 600)
    view.show()
    settle(qtbot, view)
    yield view
    settle(qtbot, view)
    view.close()


def settle(qtbot: QtBot, view: GoalsView) -> None:
    """The goals are evaluated on a worker: wait until the rows shown are current."""
    qtbot.waitUntil(lambda: not view.busy, timeout=30000)


def test_set_close_reopen_delete_a_goal_with_undo(qtbot: QtBot, ctx: AppContext,
                                                  goals_view: GoalsView) -> None:
    before = len(reads.list_goals(ctx.db))
    assert goals_view.model.rowCount() == len(reads.list_goals(ctx.db, open_only=True))
    click(qtbot, goals_view.add_button)
    dialog = next(d for d in goals_view.findChildren(GoalDialog) if d.isVisible())
    qtbot.keyClicks(dialog.name, "Checklist at 95 %")
    dialog.kpi.setCurrentIndex(dialog.kpi.findData("checklist_progress"))
    dialog.target.setValue(95)
    click(qtbot, ok(dialog.buttons))
    settle(qtbot, goals_view)
    goals = reads.list_goals(ctx.db)
    assert len(goals) == before + 1
    new = next(g for g in goals if g.name == "Checklist at 95 %")
    assert new.baseline is not None and new.direction == "up" and new.start_date == TODAY.isoformat()
    assert goals_view.select_goal(new.id)
    click(qtbot, goals_view.close_button)
    settle(qtbot, goals_view)
    closed = reads.get_goal(ctx.db, new.id)
    assert closed.closed_date == TODAY.isoformat() and closed.outcome in ("met", "missed")
    goals_view.show_box.setCurrentIndex(goals_view.show_box.findData(SHOW_HISTORY))
    assert goals_view.select_goal(new.id)
    click(qtbot, goals_view.reopen_button)
    assert reads.get_goal(ctx.db, new.id).closed_date is None
    ctx.undo_stack.undo()  # the reopen
    assert reads.get_goal(ctx.db, new.id).outcome == closed.outcome
    ctx.undo_stack.undo()  # the close
    assert reads.get_goal(ctx.db, new.id).closed_date is None
    ctx.undo_stack.undo()  # the goal itself
    assert len(reads.list_goals(ctx.db)) == before
    ctx.undo_stack.redo()
    assert reads.get_goal(ctx.db, new.id).name == "Checklist at 95 %"
    settle(qtbot, goals_view)
    goals_view.show_box.setCurrentIndex(goals_view.show_box.findData(SHOW_ALL))
    assert goals_view.select_goal(new.id)
    click(qtbot, goals_view.delete_button)
    assert all(g.id != new.id for g in reads.list_goals(ctx.db))


def test_edit_a_goal_records_the_baseline_again(qtbot: QtBot, ctx: AppContext,
                                                goals_view: GoalsView) -> None:
    goal = reads.list_goals(ctx.db, open_only=True)[0]
    assert goals_view.select_goal(goal.id)
    click(qtbot, goals_view.edit_button)
    dialog = next(d for d in goals_view.findChildren(GoalDialog) if d.isVisible())
    dialog.kpi.setCurrentIndex(dialog.kpi.findData("csat"))
    click(qtbot, ok(dialog.buttons))
    edited = reads.get_goal(ctx.db, goal.id)
    assert edited.kpi == "csat" and edited.baseline != goal.baseline
    ctx.undo_stack.undo()
    assert reads.get_goal(ctx.db, goal.id) == goal


@pytest.fixture
def detail(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> Iterator[AccountDetailView]:
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    view = AccountDetailView(ctx, settings=settings)
    qtbot.addWidget(view)
    view.resize(1366, 700)
    view.show()
    yield view
    view.close()


def _account_without_trial(ctx: AppContext) -> int:
    with_trial = {t.account_id for t in reads.list_trials(ctx.db)}
    return next(i for i in range(1, 51) if i not in with_trial)


def test_support_case_add_close_and_undo(qtbot: QtBot, ctx: AppContext,
                                         detail: AccountDetailView) -> None:
    account = _account_without_trial(ctx)
    detail.show_account(account)
    detail.tabs.setCurrentWidget(detail.cases)
    before = len(reads.list_cases(ctx.db, account))
    dialog = detail.cases.open_add()
    assert dialog is not None
    qtbot.keyClicks(dialog.subject, "SSO login loops")
    qtbot.keyClicks(dialog.topic, "Login and SSO")
    dialog.severity.setCurrentIndex(dialog.severity.findData("urgent"))
    click(qtbot, ok(dialog.buttons))
    cases = reads.list_cases(ctx.db, account)
    assert len(cases) == before + 1
    case = next(c for c in cases if c.subject == "SSO login loops")
    assert (case.severity, case.closed_date, case.opened_date) == ("urgent", None, TODAY.isoformat())
    assert detail.cases.cases.rowCount() == before + 1
    assert detail.cases.select_where(lambda c: c.id == case.id)
    click(qtbot, detail.cases.close_button)
    assert next(c for c in reads.list_cases(ctx.db, account) if c.id == case.id).closed_date == \
        TODAY.isoformat()
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    assert len(reads.list_cases(ctx.db, account)) == before
    assert detail.cases.cases.rowCount() == before


def test_trial_and_maturity_tab(qtbot: QtBot, ctx: AppContext, detail: AccountDetailView) -> None:
    account = _account_without_trial(ctx)
    detail.show_account(account)
    panel = detail.trial_maturity
    detail.tabs.setCurrentWidget(panel)
    assert not panel.convert_button.isEnabled()
    click(qtbot, panel.trial_button)
    dialog = next(d for d in panel.findChildren(TrialDialog) if d.isVisible())
    click(qtbot, ok(dialog.buttons))
    trial = reads.trial_of(ctx.db, account)
    assert trial is not None and trial.start_date == TODAY.isoformat() and not trial.converted_date
    click(qtbot, panel.convert_button)
    assert reads.trial_of(ctx.db, account).converted_date == TODAY.isoformat()  # type: ignore[union-attr]
    assert "converted" in panel.trial_label.text()
    ctx.undo_stack.undo()
    assert reads.trial_of(ctx.db, account).converted_date is None  # type: ignore[union-attr]

    history = len(reads.maturity_history(ctx.db, account))
    following = reads.next_level(ctx.db, account)
    level_dialog = panel.open_level()
    assert level_dialog is not None and following is not None
    assert level_dialog.level.currentData() == following.id  # the next level is offered
    click(qtbot, ok(level_dialog.buttons))
    assert len(reads.maturity_history(ctx.db, account)) == history + 1
    assert reads.current_levels(ctx.db)[account] == following.id
    assert following.name in panel.level_label.text()
    ctx.undo_stack.undo()
    assert len(reads.maturity_history(ctx.db, account)) == history


def test_next_level_playbook_is_one_undoable_step(qtbot: QtBot, ctx: AppContext,
                                                  detail: AccountDetailView) -> None:
    tied = set(reads.playbook_levels(ctx.db).values())
    account = next(a for a in range(1, 51) if (n := reads.next_level(ctx.db, a)) and n.id in tied)
    detail.show_account(account)
    panel = detail.trial_maturity
    detail.tabs.setCurrentWidget(panel)
    journeys = len(detail.detail.journeys)  # type: ignore[union-attr]
    click(qtbot, panel.next_button)
    qtbot.waitUntil(lambda: len(detail.detail.journeys) == journeys + 1)  # type: ignore[union-attr]
    ctx.undo_stack.undo()
    qtbot.waitUntil(lambda: len(detail.detail.journeys) == journeys)  # type: ignore[union-attr]


def test_new_models_pass_the_model_tester(qtbot: QtBot, ctx: AppContext,
                                          request: pytest.FixtureRequest) -> None:
    goals = GoalTableModel()
    cases = CaseTableModel()
    steps = MaturityStepModel()
    for model in (goals, cases, steps):
        ModelTester(request.config).check(model, force_py=True)
    goals.set_rows(evaluate_all(ctx.db, reads.list_goals(ctx.db), TODAY))
    cases.set_rows(reads.list_cases(ctx.db))
    steps.set_rows([("2026-01-01", "1. Getting started", "Account")])
    assert goals.rowCount() == len(reads.list_goals(ctx.db)) and cases.rowCount() > 50
    for model in (goals, cases, steps):
        ModelTester(request.config).check(model, force_py=True)


def test_goals_view_calculates_on_a_worker_then_reuses_its_values(qtbot: QtBot, ctx: AppContext
                                                                  ) -> None:
    view = GoalsView(ctx)
    qtbot.addWidget(view)
    assert view.busy and view.summary.text() == "Calculating…"
    assert view.model.rowCount() == 0
    with qtbot.waitSignal(view.evaluated, timeout=30000):
        pass
    open_goals = reads.list_goals(ctx.db, open_only=True)
    assert view.model.rowCount() == len(open_goals) and not view.busy
    computed = view._values.computed
    # A change to the goals alone: the KPI values are the same, so no worker and no new work.
    goal = open_goals[0]
    ctx.bus.announce(ChangeSet(goals=True))
    view.refresh()
    assert not view.busy and view._values.computed == computed
    # A change to the data behind the KPIs: a new version, evaluated on a worker again.
    ctx.bus.announce(ChangeSet(kpis=True))
    view.refresh()
    assert view.busy
    qtbot.waitUntil(lambda: not view.busy, timeout=30000)
    assert any(p.goal.id == goal.id for p in view.rows)
    view.close()


def test_goals_view_says_so_when_the_worker_cannot_read(qtbot: QtBot, ctx: AppContext,
                                                         tmp_path: Path) -> None:
    ctx.db_path = tmp_path / "gone" / "missing.db"  # the worker's own connection fails
    view = GoalsView(ctx)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: not view.busy, timeout=30000)
    assert view.summary.text().startswith("The goals could not be evaluated:")
    assert view.model.rowCount() == 0
    view.close()
