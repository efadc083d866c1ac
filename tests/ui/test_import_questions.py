"""The import dialog tells the guessed kind and why, asks about ambiguous dates, keeps rows
without a bad optional value, and remembers a corrected mapping (issue 15)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests import crm_workbooks as W
from tracker.excel.columns import LocaleHints
from tracker.excel.mapping import KINDS
from ui.context import AppContext
from ui.dialogs.import_dialog import ImportDialog
from ui.theme import apply_palette

pytestmark = pytest.mark.gui
SHOTS = os.environ.get("IMPORT_SHOTS")  # a folder: save screenshots of the previews there


def open_dialog(qtbot: QtBot, ctx: AppContext, path: Path, hints: LocaleHints | None = None) -> ImportDialog:
    dialog = ImportDialog(ctx, None, pick_file=lambda _p: path, hints=hints or LocaleHints("dmy", "."))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load_file(path)
    wait(qtbot, dialog)
    return dialog


def wait(qtbot: QtBot, dialog: ImportDialog) -> None:
    qtbot.waitUntil(lambda: dialog.preview is not None and not dialog.busy(), timeout=20_000)


def shoot(dialog: ImportDialog, name: str) -> None:
    if not SHOTS:
        return
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    for dark in (False, True):
        apply_palette(app, dark)
        dialog.repaint()
        QApplication.processEvents()
        dialog.grab().save(str(Path(SHOTS) / f"shot_{name}_{'dark' if dark else 'light'}.png"))
    apply_palette(app, False)


def test_ambiguous_dates_ask_and_the_answer_rereads(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, ctx, W.save(tmp_path / "amb.xlsx", W.AMBIGUOUS_DATES), LocaleHints("mdy"))
    facts = dialog.facts
    assert facts.date_box.isVisible()
    assert facts.order_buttons["mdy"].isChecked()  # the locale's reading until the user chooses
    shown = [facts.examples.itemAtPosition(1, c).widget().text() for c in range(3)]  # type: ignore[union-attr]
    assert shown == ["03/04/2026 (Signed)", "3 April 2026", "4 March 2026"]
    assert "Delta Air Parts" in dialog.create_model.index(0, 1).data()
    assert "2026-03-04" in dialog.create_model.index(0, 2).data()
    shoot(dialog, "ambiguous_dates")
    button = facts.order_buttons["dmy"]  # click on its indicator: a radio only hits there and on its text
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    qtbot.waitUntil(lambda: dialog.preview is not None and dialog.preview.mapping.date_order == "dmy"
                    and not dialog.busy(), timeout=20_000)
    assert "2026-04-03" in dialog.create_model.index(0, 2).data()
    assert facts.order_buttons["dmy"].isChecked()
    dialog.close()


def test_people_only_sheet_is_a_question_not_accounts(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, ctx, W.save(tmp_path / "names.xlsx", W.PEOPLE_NO_EMAIL))
    assert dialog.kind_combo.currentData() == "contacts"
    assert "Not sure what the rows are" in dialog.facts.kind_label.text()
    assert "'Phone'" in dialog.facts.ignored_label.text()
    assert not dialog.import_button.isEnabled()
    shoot(dialog, "people_only")
    dialog.kind_combo.setCurrentIndex(KINDS.index("accounts"))  # the user says: these are accounts
    dialog.kind_combo.activated.emit(KINDS.index("accounts"))
    wait(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.preview is not None and dialog.preview.kind == "accounts", timeout=20_000)
    assert "as you chose" in dialog.facts.kind_label.text()
    assert dialog.import_button.isEnabled()
    dialog.close()


def test_crm_export_shows_why_ignored_and_dropped(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, ctx, W.save(tmp_path / "hubspot.xlsx", W.HUBSPOT_COMPANIES))
    facts = dialog.facts
    assert "Rows look like accounts" in facts.kind_label.text()
    assert "'Create Date', 'Last Activity Date'" in facts.ignored_label.text()
    assert dialog.tabs.tabText(3) == "Kept without a value (3)"
    assert "unknown stage 'closedwon'" in dialog.dropped_model.index(0, 3).data()
    assert facts.date_box.isVisible()
    shoot(dialog, "crm_export")
    dialog.close()


def test_a_corrected_mapping_is_offered_next_time(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    path = W.save(tmp_path / "sf.xlsx", W.SALESFORCE_ACCOUNTS)
    dialog = open_dialog(qtbot, ctx, path)
    model = dialog.mapping_model
    row = dialog.preview.mapping.headers.index("Annual Revenue")  # type: ignore[union-attr]
    model.setData(model.index(row, 2), "notes", Qt.ItemDataRole.EditRole)
    qtbot.waitUntil(lambda: not dialog.busy() and dialog.preview is not None
                    and "notes" in dialog.preview.mapping.fields, timeout=20_000)
    dialog.close()
    again = open_dialog(qtbot, ctx, path)
    assert again.preview is not None and again.preview.mapping.fields[row] == "notes"
    assert "as you saved them" in again.facts.notes_label.text()
    again.close()
