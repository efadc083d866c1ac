"""Edit > Preferences: money on every surface, thresholds that move bands, undo, the look."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox, QPushButton
from pytestqt.qtbot import QtBot

from tests.conftest import TODAY
from tracker import i18n, money
from tracker.kpi.values import KpiValue
from tracker.money import MoneyFormat, get_money_format
from tracker.rules import DEFAULT_THRESHOLDS, risk_thresholds
from ui.charts.kpi_tile import KpiTile
from ui.context import AppContext
from ui.dialogs.preferences import PreferencesDialog
from ui.display import install_look
from ui.installers import install_settings
from ui.main_window import MainWindow
from ui.models.account_table_model import AccountTableModel
from ui.models.roles import ROW_ROLE
from ui.settings import AppSettings

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def default_look() -> Iterator[None]:
    yield
    money.install(None)
    i18n.install_money_format(None)
    install_look("iso", "system")


@pytest.fixture
def window(main_window: MainWindow) -> MainWindow:
    install_settings(main_window)
    return main_window


def open_preferences(window: MainWindow, qtbot: QtBot) -> PreferencesDialog:
    action = window.findChild(QAction, "preferences_action")
    assert isinstance(action, QAction)
    assert action.menuRole() == QAction.MenuRole.PreferencesRole
    assert action in window.edit_menu.actions()
    action.trigger()
    dialog = window.dialog
    assert isinstance(dialog, PreferencesDialog)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def click(dialog: PreferencesDialog, which: QDialogButtonBox.StandardButton, qtbot: QtBot) -> None:
    button = dialog.buttons.button(which)
    assert isinstance(button, QPushButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def cells(window: MainWindow, column: int) -> list[Any]:
    model = window.accounts_view.model
    return [model.index(r, column).data() for r in range(model.rowCount())]


def rows(window: MainWindow) -> dict[int, Any]:
    model = window.accounts_view.model
    found = (model.index(r, 0).data(ROW_ROLE) for r in range(model.rowCount()))
    return {row.id: row for row in found}


def test_currency_shows_on_the_account_list_and_tiles_and_undoes(window: MainWindow, ctx: AppContext,
                                                                  qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: window.accounts_view.model.rowCount() == 50)
    assert all(text.startswith("$") for text in cells(window, AccountTableModel.MRR))
    dialog = open_preferences(window, qtbot)
    dialog.currency.setCurrentIndex(dialog.currency.findData("MYR"))
    dialog.decimals.setValue(2)
    assert dialog.money_sample.text() == "RM12,345.50"
    click(dialog, QDialogButtonBox.StandardButton.Ok, qtbot)
    assert get_money_format(ctx.db) == MoneyFormat("MYR", False, 2)
    group, point = QLocale().groupSeparator(), QLocale().decimalPoint()
    qtbot.waitUntil(lambda: all(t.startswith("RM") for t in cells(window, AccountTableModel.MRR)))
    first = next(iter(rows(window).values()))
    shown = dict(zip([r.id for r in rows(window).values()], cells(window, AccountTableModel.MRR),
                     strict=True))[first.id]
    assert shown == money.format_money(first.mrr, MoneyFormat("MYR", False, 2), group=group, point=point)
    tile = KpiTile("cltv")
    qtbot.addWidget(tile)
    tile.set_kpi(KpiValue("cltv", 2500.0, "$", None, None, i18n.NO_PHRASE), None, 90)
    assert tile.value_label.text() == f"RM2{group}500{point}00"
    assert f"{i18n.Money(10)}" == f"RM10{point}00"  # KPI details
    assert window.ctx.undo_stack.undoText() == "Change preferences"
    window.undo_action.trigger()
    assert get_money_format(ctx.db) == MoneyFormat()
    qtbot.waitUntil(lambda: all(t.startswith("$") for t in cells(window, AccountTableModel.MRR)))
    window.redo_action.trigger()
    assert get_money_format(ctx.db).currency == "MYR"


def test_thresholds_move_the_health_band_and_undo(window: MainWindow, ctx: AppContext, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: window.accounts_view.model.rowCount() == 50)
    green = {i: r.health.score for i, r in rows(window).items()
             if r.health is not None and r.health.band == "green" and r.health.score < 95}
    assert green, "the demo has green accounts"
    account, score = next(iter(green.items()))
    dialog = open_preferences(window, qtbot)
    dialog.green_from.setValue(99)
    dialog.yellow_from.setValue(98)
    click(dialog, QDialogButtonBox.StandardButton.Ok, qtbot)
    assert risk_thresholds(ctx.db).green_from == 99
    qtbot.waitUntil(lambda: rows(window)[account].health.band == "red")
    assert rows(window)[account].health.score == pytest.approx(score)
    assert "health_red" in rows(window)[account].reasons
    window.undo_action.trigger()
    assert risk_thresholds(ctx.db) == DEFAULT_THRESHOLDS
    qtbot.waitUntil(lambda: rows(window)[account].health.band == "green")


def test_inconsistent_thresholds_are_explained_and_not_stored(window: MainWindow, ctx: AppContext,
                                                              qtbot: QtBot) -> None:
    dialog = open_preferences(window, qtbot)
    dialog.yellow_from.setValue(80)  # above green (70)
    click(dialog, QDialogButtonBox.StandardButton.Ok, qtbot)
    assert dialog.isVisible() and dialog.error_label.isVisible()
    assert "below green" in dialog.error_label.text()
    assert risk_thresholds(ctx.db) == DEFAULT_THRESHOLDS and ctx.undo_stack.count() == 0
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults),
                     Qt.MouseButton.LeftButton)
    assert dialog.thresholds() == DEFAULT_THRESHOLDS
    click(dialog, QDialogButtonBox.StandardButton.Cancel, qtbot)


def test_language_asks_for_a_restart_and_the_look_goes_to_qsettings(
        window: MainWindow, ctx: AppContext, ui_settings: AppSettings, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: window.accounts_view.model.rowCount() == 50)
    dialog = open_preferences(window, qtbot)
    assert not dialog.restart_label.isVisible()
    dialog.language.setCurrentIndex(dialog.language.findData("ms"))
    assert dialog.restart_label.isVisible() and "Restart" in dialog.restart_label.text()
    dialog.date_style.setCurrentIndex(dialog.date_style.findData("locale"))
    dialog.week_start.setCurrentIndex(dialog.week_start.findData("sunday"))
    click(dialog, QDialogButtonBox.StandardButton.Ok, qtbot)
    assert (ui_settings.language(), ui_settings.date_style(), ui_settings.week_start()) == (
        "ms", "locale", "sunday")
    assert ctx.undo_stack.count() == 0  # the look is not an edit of the data
    due = next(r.next_due for r in rows(window).values() if r.next_due)
    day = QDate.fromString(due[:10], "yyyy-MM-dd")
    short = QLocale().toString(day, QLocale.FormatType.ShortFormat)
    qtbot.waitUntil(lambda: short in cells(window, AccountTableModel.NEXT_DUE))
    from ui.dialogs.fields import date_edit

    edit = date_edit(due, TODAY)
    qtbot.addWidget(edit)
    assert edit.calendarWidget().firstDayOfWeek() == Qt.DayOfWeek.Sunday


def test_every_date_picker_starts_its_week_on_the_chosen_day(ctx: AppContext, qtbot: QtBot) -> None:
    # Pickers built by hand followed the default locale's week: the interface language's
    # once Malay is chosen on an English system, whatever Preferences said.
    from ui.dialogs.export_dialog import ExportDialog
    from ui.dialogs.fields import OptionalDateEdit, date_edit
    from ui.views.dashboard import DashboardView

    install_look("iso", "saturday")
    optional = OptionalDateEdit(lambda: TODAY, TODAY)
    plain = date_edit(TODAY, TODAY)
    dashboard = DashboardView(ctx)
    export = ExportDialog(ctx)
    for widget in (optional, plain, dashboard, export):
        qtbot.addWidget(widget)
    edits = [optional.edit, plain, dashboard.signed_from, dashboard.signed_to, dashboard.as_of_edit,
             export.as_of]
    assert [e.calendarWidget().firstDayOfWeek() for e in edits] == [Qt.DayOfWeek.Saturday] * len(edits)
