"""The import dialog takes a whole workbook: every sheet listed and previewed together, ticked
sheets imported in one step and undone in one step, with the playbook choice and its forecast."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from tests.multi_workbooks import euro_csv, onboarding_workbook
from tests.ui.test_import_questions import open_dialog, shoot, wait
from ui.context import AppContext
from ui.dialogs.import_dialog import ImportDialog

pytestmark = pytest.mark.gui


def _check_point(dialog: ImportDialog, row: int) -> QPoint:
    """Where the tick box of a sheet's row is drawn (a click elsewhere only selects the row)."""
    view = dialog.sheets_view
    index = dialog.sheets_model.index(row, 0)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = view.visualRect(index)
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    box = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, view)
    return box.center()


def _settled(qtbot: QtBot, dialog: ImportDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.busy() and not dialog._preview_timer.isActive(), timeout=20_000)
    wait(qtbot, dialog)


def test_whole_workbook_previews_every_sheet_and_imports_in_one_undo_step(
        qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    counts = ("SELECT (SELECT count(*) FROM account), (SELECT count(*) FROM contact),"
              " (SELECT count(*) FROM task)")
    before = ctx.db.conn.execute(counts).fetchone()
    dialog = open_dialog(qtbot, ctx, onboarding_workbook(tmp_path / "onboarding.xlsx"))
    _settled(qtbot, dialog)
    model = dialog.sheets_model
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [
        "Instructions", "Accounts", "Contacts", "Tasks", "Feedback", "Notes"]
    assert model.index(0, 2).data() == "skipped: its columns match nothing to import"
    assert model.index(1, 2).data() == "3 to create, 0 to update, 0 unchanged, 0 rejected"
    assert model.index(2, 2).data() == "4 to create, 0 to update, 0 unchanged, 0 rejected"
    assert "showing 'Accounts'" in dialog.status.text()
    assert "Import writes 4 sheets in one step: 10 to create, 0 to update." in dialog.status.text()
    # Playbooks from the signed date (the default), counted by hand from the demo's playbook:
    # Harbour (Kickoff, signed 4 May): 8 done, 22 open, 10 late; Lumen (Embark, 1 June): 30 open,
    # 9 late; Orchid (Live at Adopt, 12 January): 12 done, 18 open, all late.
    assert dialog.playbooks.forecast_label.text() == (
        "Creates 70 open tasks, 37 of them overdue, for 3 new accounts. 20 marked done, 0 skipped.")
    shoot(dialog, "whole_workbook")

    # Check the Contacts sheet: a click on its row shows its columns and rows below.
    view = dialog.sheets_view
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(model.index(2, 1)).center())
    assert dialog.kind_combo.currentData() == "contacts" and dialog.create_model.rowCount() == 4
    # Untick Feedback: the import then writes three sheets.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=_check_point(dialog, 4))
    qtbot.waitUntil(lambda: model.index(4, 2).data() == "not imported")
    _settled(qtbot, dialog)
    assert "Import writes 3 sheets in one step: 9 to create" in dialog.status.text()

    # From today instead: every step dated from today, nothing late.
    combo = dialog.playbooks.combo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert dialog.playbooks.choice() == "today"
    assert dialog.playbooks.forecast_label.text() == (
        "Creates 90 open tasks, 0 of them overdue, for 3 new accounts.")
    shoot(dialog, "playbook_choice")

    stack = ctx.undo_stack
    depth = stack.count()
    with qtbot.waitSignal(ctx.bus.changed, timeout=20_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.import_result is not None
    assert dialog.import_result.created == {"accounts": 3, "contacts": 4, "tasks": 2}
    assert stack.count() == depth + 1
    after = ctx.db.conn.execute(counts).fetchone()
    assert after == (before[0] + 3, before[1] + 4, before[2] + 2 + 90)
    late = ctx.db.conn.execute(
        "SELECT count(*) FROM task t JOIN account a ON a.id = t.account_id WHERE a.external_id IN"
        " ('HF-001', 'LC-002', 'OP-003') AND t.journey_id IS NOT NULL AND t.due_date < '2026-06-15'"
    ).fetchone()
    assert late == (0,)
    stack.undo()
    assert ctx.db.conn.execute(counts).fetchone() == before
    stack.redo()
    assert ctx.db.conn.execute(counts).fetchone() == after
    dialog.close()


def test_a_european_csv_previews_like_a_sheet(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, ctx, euro_csv(tmp_path / "export.csv"))
    _settled(qtbot, dialog)
    assert dialog.sheet_combo.currentText() == "export" and dialog.kind_combo.currentData() == "accounts"
    assert "MRR: 1234.56" in dialog.create_model.index(0, 2).data()
    assert "Müller Logistik GmbH" in dialog.create_model.index(0, 1).data()
    assert dialog.import_button.isEnabled()
    dialog.close()
