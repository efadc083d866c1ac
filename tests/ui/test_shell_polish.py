"""The new-user review of the shell: shortcuts, enabled states, the account form, counts, dark fields."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.conftest import TODAY
from tests.ui.test_accounts import click_cell, select_account
from tracker import __version__
from tracker.domain import STAGES
from tracker.queries.portfolio import account_rows
from ui.context import AppContext
from ui.dialogs.account_dialog import AccountDialog
from ui.dialogs.fields import OptionalDateEdit
from ui.main_window import MainWindow
from ui.models.account_table_model import AccountTableModel
from ui.theme import apply_palette
from ui.views.accounts import AccountsView

pytestmark = pytest.mark.gui


@pytest.fixture
def accounts(main_window: MainWindow, qtbot: QtBot) -> AccountsView:
    main_window.show_view("accounts")
    view = main_window.accounts_view
    qtbot.waitUntil(lambda: view.model.rowCount() == 50)
    return view


class F2Panel(QWidget):
    """Another view with its own F2 and Delete, like the account checklist."""

    def __init__(self) -> None:
        super().__init__()
        self.edit = QPushButton(self)  # takes the focus, leaves Delete to shortcuts
        self.hits: list[str] = []
        for key in ("F2", "Del"):
            action = QAction(key, self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _=False, k=key: self.hits.append(k))
            self.addAction(action)

    def current_account_id(self) -> int:
        """Like the account view, this view has an account, so the account actions are on."""
        return 1


def test_f2_and_delete_belong_to_the_focused_view(main_window: MainWindow, accounts: AccountsView,
                                                   qtbot: QtBot) -> None:
    panel = F2Panel()
    main_window.add_view("panel", panel, "Panel")
    main_window.show_view("panel")
    assert main_window.account_actions.edit.isEnabled()
    main_window.activateWindow()
    panel.edit.setFocus()
    qtbot.waitUntil(panel.edit.hasFocus)
    qtbot.keyClick(panel.edit, Qt.Key.Key_F2)
    qtbot.keyClick(panel.edit, Qt.Key.Key_Delete)
    assert panel.hits == ["F2", "Del"]
    assert main_window.account_actions.dialog is None

    main_window.show_view("accounts")
    account_id = select_account(qtbot, accounts, "Atlas Foundry SA")
    accounts.table.setFocus()
    qtbot.waitUntil(accounts.table.hasFocus)
    qtbot.keyClick(accounts.table, Qt.Key.Key_F2)
    dialog = main_window.account_actions.dialog
    assert isinstance(dialog, AccountDialog) and dialog.account is not None
    assert dialog.account.id == account_id
    dialog.reject()
    # Still in the Edit menu and on the toolbar.
    assert main_window.account_actions.edit in main_window.edit_menu.actions()
    assert main_window.main_toolbar.widgetForAction(main_window.account_actions.edit) is not None


def test_today_selection_enables_the_account_actions(main_window: MainWindow, ctx: AppContext,
                                                     qtbot: QtBot) -> None:
    today = main_window.today_view
    qtbot.waitUntil(lambda: today.overdue_model.rowCount() > 0 and today.risk_model.rowCount() > 0)
    actions = main_window.account_actions
    assert not actions.edit.isEnabled()
    click_cell(qtbot, today.overdue.table, 0, 2)
    assert actions.edit.isEnabled() and actions.delete.isEnabled()
    overdue_account = today.current_account_id()
    assert overdue_account is not None
    # Clicking the toolbar button takes the focus nowhere, yet the account is still meant.
    qtbot.mouseClick(main_window.main_toolbar.widgetForAction(actions.edit), Qt.MouseButton.LeftButton)
    dialog = actions.dialog
    assert isinstance(dialog, AccountDialog) and dialog.account is not None
    assert dialog.account.id == overdue_account
    dialog.reject()
    qtbot.waitUntil(lambda: actions.dialog is None)
    # A row in another section replaces the first one: one account at a time.
    click_cell(qtbot, today.at_risk.table, 0, 2)
    assert not today.overdue.table.selectionModel().hasSelection()
    assert today.current_account_id() == today.risk_model.row_at(
        today.at_risk.proxy.mapToSource(today.at_risk.proxy.index(0, 0)).row()).id
    today.at_risk.table.clearSelection()
    assert not actions.edit.isEnabled()


def test_playbook_choice_follows_the_segment(main_window: MainWindow, ctx: AppContext, qtbot: QtBot) -> None:
    dialog = main_window.account_actions.create()
    qtbot.waitExposed(dialog)
    segment = dialog.fields["segment_id"]
    assert isinstance(segment, QComboBox)
    assert segment.currentData() is None
    # Issue 17: without a segment a playbook can still be chosen (offered, not ticked).
    assert dialog.apply_playbook.isEnabled() and not dialog.apply_playbook.isChecked()
    assert dialog.chosen_playbook() is None
    seg_id, playbook = ctx.db.conn.execute(
        "SELECT s.id, p.name FROM segment s JOIN playbook p ON p.id = s.playbook_id LIMIT 1").fetchone()
    segment.setCurrentIndex(segment.findData(seg_id))
    assert dialog.apply_playbook.isEnabled() and dialog.apply_playbook.isChecked()
    assert dialog.playbook_combo.currentText() == playbook
    segment.setCurrentIndex(0)
    assert not dialog.apply_playbook.isChecked()
    dialog.reject()


def test_dates_can_be_left_empty_and_cleared(main_window: MainWindow, accounts: AccountsView,
                                             ctx: AppContext, qtbot: QtBot) -> None:
    account_id = select_account(qtbot, accounts, "Atlas Foundry SA")
    golive = ctx.db.conn.execute("SELECT golive_date FROM account WHERE id = ?", (account_id,)).fetchone()[0]
    dialog = main_window.account_actions.edit_current()
    assert dialog is not None
    field = dialog.fields["signed_date"]
    assert isinstance(field, OptionalDateEdit) and field.edit.calendarPopup()
    signed = ctx.db.conn.execute("SELECT signed_date FROM account WHERE id = ?", (account_id,)).fetchone()[0]
    assert field.edit.date().toString("yyyy-MM-dd") == signed and field.check.isChecked()
    churned = dialog.fields["churned_date"]
    assert isinstance(churned, OptionalDateEdit)
    assert not churned.check.isChecked() and dialog.values()["churned_date"] is None
    qtbot.mouseClick(churned.check, Qt.MouseButton.LeftButton)
    churned.edit.setDate(QDate(2026, 6, 1))
    assert dialog.changes() == {"churned_date": "2026-06-01"}
    qtbot.mouseClick(field.check, Qt.MouseButton.LeftButton)  # clear the signed date
    assert dialog.changes() == {"signed_date": None, "churned_date": "2026-06-01"}
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    row = ctx.db.conn.execute("SELECT signed_date, churned_date, golive_date FROM account WHERE id = ?",
                              (account_id,)).fetchone()
    assert row == (None, "2026-06-01", golive)


def test_form_mnemonics_are_unique(ctx: AppContext, qtbot: QtBot) -> None:
    dialog = AccountDialog(ctx)
    qtbot.addWidget(dialog)
    letters = []
    for form in dialog.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if isinstance(label, QLabel) and "&" in label.text():
                letters.append(label.text()[label.text().index("&") + 1].lower())
    assert len(letters) == 20 and len(set(letters)) == len(letters)


def test_restore_question_defaults_to_cancel(main_window: MainWindow, ctx: AppContext, qtbot: QtBot) -> None:
    box = main_window.confirm_restore(ctx.db_path.parent / "backups" / "demo-2026-06-01.db")
    qtbot.waitUntil(box.isVisible)
    assert box.defaultButton() is box.button(box.StandardButton.Cancel)
    lines = box.informativeText().splitlines()
    assert lines[0] == "demo-2026-06-01.db" and lines[-1] == f"{ctx.db_path.name}.before-restore"
    wide = box.fontMetrics().horizontalAdvance(lines[-1])
    assert int(box.styleSheet().split("min-width:")[1].split("px")[0]) >= wide + 24
    box.close()


def test_overdue_counts_agree(main_window: MainWindow, ctx: AppContext, qtbot: QtBot) -> None:
    today = main_window.today_view
    qtbot.waitUntil(lambda: today.overdue_model.rowCount() > 0)
    live = "AND account_id IN (SELECT id FROM account WHERE status <> 'churned')"
    tasks = ctx.db.conn.execute(
        "SELECT count(*) FROM task WHERE status IN ('todo', 'in_progress', 'blocked') AND due_date < ? "
        + live, (TODAY.isoformat(),)).fetchone()[0]
    milestones = ctx.db.conn.execute(
        "SELECT count(*) FROM milestone WHERE achieved_date IS NULL AND target_date < ? " + live,
        (TODAY.isoformat(),)).fetchone()[0]
    assert milestones > 0
    expected = f"{tasks + milestones} overdue ({tasks} tasks, {milestones} milestones)"
    # The status bar sums the shared account list, which is read off the GUI thread.
    qtbot.waitUntil(lambda: expected in main_window.counts_label.text())
    assert today.summary.text().startswith(expected + " · Due in the next 7 days: ")
    soon = today.soon_model.rowCount()
    assert f"Due in the next 7 days: {soon}" in today.summary.text()
    assert today.due_soon.label.text() == f"Due in the next 7 days ({soon})"


def field_border(dark: bool, qtbot: QtBot) -> int:
    """Lightness of an empty line edit's left border minus its inside."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_palette(app, dark)
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.resize(160, 28)
    image = edit.grab().toImage()
    middle = image.height() // 2
    return image.pixelColor(0, middle).lightness() - image.pixelColor(8, middle).lightness()


def test_dark_fields_have_a_visible_border(qtbot: QtBot) -> None:
    try:
        assert field_border(True, qtbot) > 40
        assert abs(field_border(False, qtbot)) > 40
    finally:
        apply_palette(QApplication.instance(), False)  # type: ignore[arg-type]
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() > 128


def test_filter_escape_and_no_match_message(accounts: AccountsView, qtbot: QtBot) -> None:
    qtbot.keyClicks(accounts.filter_edit, "zzz")
    assert accounts.proxy.rowCount() == 0
    assert accounts.no_match_label.isVisible() and not accounts.table.isVisible()
    assert "No account matches “zzz”." in accounts.no_match_label.text()
    assert ">Clear filters</a>" in accounts.no_match_label.text()
    qtbot.keyClick(accounts.filter_edit, Qt.Key.Key_Escape)
    assert accounts.filter_edit.text() == ""
    assert accounts.table.isVisible() and not accounts.no_match_label.isVisible()
    accounts.late_button.setChecked(True)
    qtbot.keyClicks(accounts.filter_edit, "zzz")
    accounts.no_match_label.linkActivated.emit("clear")
    assert accounts.proxy.rowCount() == 50 and not accounts.late_button.isChecked()


def test_about_names_the_version(main_window: MainWindow, qtbot: QtBot) -> None:
    box = main_window.show_about()
    assert __version__ in box.text()
    box.close()


def test_file_shortcuts_and_mnemonics(main_window: MainWindow) -> None:
    assert main_window.new_db_action.shortcut().toString() == "Ctrl+Shift+N"
    assert main_window.import_action.shortcut().toString() == "Ctrl+Shift+I"
    assert main_window.export_action.shortcut().toString() == "Ctrl+E"
    main_window.add_view("account", QLabel(), "Account")
    texts = [a.text() for a in main_window.view_menu.actions() if a.text()]
    letters = [t[t.index("&") + 1].lower() for t in texts if "&" in t]
    assert len(letters) == len(texts) and len(set(letters)) == len(letters)
    assert main_window.view_actions["accounts"].iconText() == "Accounts"
    moves = [a.text() for a in main_window.account_actions.move_menu.actions()]
    assert moves == [f"&{n} {stage}" for n, stage in enumerate(STAGES, 1)]


def test_mrr_reads_as_money_and_sorts_as_a_number(ctx: AppContext, qtmodeltester: Any) -> None:
    model = AccountTableModel()
    rows = account_rows(ctx.db, TODAY)
    model.set_rows(rows)
    big = max(rows, key=lambda r: r.mrr or 0.0)
    assert big.mrr is not None and big.mrr >= 1000
    at = model.row_of(big.id)
    assert at is not None
    assert model.index(at, AccountTableModel.MRR).data() == f"${big.mrr:,.0f}"
    assert "," in model.index(at, AccountTableModel.MRR).data()
    model.sort(AccountTableModel.MRR, Qt.SortOrder.DescendingOrder)
    values = [model.row_at(i).mrr for i in range(model.rowCount())]
    assert values == sorted(values, reverse=True)
    qtmodeltester.check(model)
