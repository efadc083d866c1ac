"""Import and export dialogs: real clicks, work on workers, nothing written until Import."""

from __future__ import annotations

import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox
from pytestqt.qtbot import QtBot

from tests.conftest import TODAY
from tracker.excel.preview import PlannedRow, RejectedRow
from tracker.excel.report import export_report
from tracker.excel.template import export_template
from ui.context import AppContext
from ui.dialogs import export_dialog, import_dialog
from ui.dialogs.export_dialog import (
    ExportDialog,
    export_playbooks_to_file,
    import_playbooks_from_file,
    run_export,
    save_template,
)
from ui.dialogs.import_dialog import ImportDialog, run_import
from ui.models.import_mapping_model import COL_FIELD, MappingModel

pytestmark = pytest.mark.gui


def crm_file(path: Path, ctx: AppContext, extra_rows: int = 0) -> Path:
    ext, name, golive = ctx.db.conn.execute(
        "SELECT external_id, name, target_golive_date FROM account ORDER BY id LIMIT 1"
    ).fetchone()
    wb = Workbook()
    ws = wb.active
    ws.title = "CRM"
    ws.append(["Company", "CRM ID", "Plan", "Go live", "Location"])
    ws.append([name, ext, "Enterprise", golive, "Europe"])
    ws.append(["Brand New Co", "NEW-1", "Starter", "2026-09-01", "Asia Pacific"])
    ws.append(["Bad Date Co", "NEW-2", "Starter", "someday", None])
    for i in range(extra_rows):
        ws.append([f"Bulk {i}", f"BULK-{i}", "Starter", None, None])
    wb.save(path)
    return path


def record(seen: list[str], text: str) -> bool:
    """A stand-in for the confirmation box: remember the question and answer yes."""
    seen.append(text)
    return True


def wait_idle(qtbot: QtBot, dialog: ImportDialog) -> None:
    qtbot.waitUntil(lambda: dialog.preview is not None and not dialog.busy(), timeout=20_000)


def open_import(qtbot: QtBot, ctx: AppContext, path: Path) -> ImportDialog:
    dialog = run_import(ctx, None, pick_file=lambda _parent: path)
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    wait_idle(qtbot, dialog)
    return dialog


def test_import_previews_then_writes_on_click(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    path = crm_file(tmp_path / "crm.xlsx", ctx)
    before = ctx.db.conn.execute("SELECT count(*) FROM account").fetchone()[0]
    dialog = open_import(qtbot, ctx, path)
    # A bad optional value (the go-live "someday") is left out with a warning, the row kept (issue 15)
    assert [dialog.tabs.tabText(i) for i in range(4)] == [
        "To create (2)", "To update (1)", "Rejected (0)", "Kept without a value (1)"]
    assert dialog.dropped_model.rowCount() == 1
    assert "'someday' is not a date" in dialog.dropped_model.index(0, 3).data()
    plan = ctx.db.conn.execute("SELECT plan FROM account ORDER BY id LIMIT 1").fetchone()[0]
    assert dialog.update_model.index(0, 2).data() == f"Plan: {plan} → Enterprise"
    assert ctx.db.conn.execute("SELECT count(*) FROM account").fetchone()[0] == before
    with qtbot.waitSignal(ctx.bus.changed, timeout=20_000) as changed:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert changed.args[0].accounts
    assert dialog.import_result is not None and dialog.import_result.created == {"accounts": 2}
    assert ctx.db.conn.execute("SELECT count(*) FROM account").fetchone()[0] == before + 2
    assert ctx.db.conn.execute("SELECT plan FROM account ORDER BY id LIMIT 1").fetchone()[0] == "Enterprise"
    dialog.close()


def test_user_corrects_the_mapping_with_the_field_editor(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    dialog = open_import(qtbot, ctx, crm_file(tmp_path / "crm.xlsx", ctx))
    model = dialog.mapping_model
    index = model.index(4, COL_FIELD)  # "Location": not recognised
    assert index.data() == "(not imported)"
    view = dialog.mapping_view
    view.scrollTo(index)
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: view.viewport().findChild(QComboBox) is not None)
    editor = view.viewport().findChild(QComboBox)
    assert isinstance(editor, QComboBox)
    editor.setCurrentIndex(editor.findText("Region"))
    editor.activated.emit(editor.currentIndex())
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.index(4, COL_FIELD).data() == "Region")
    qtbot.waitUntil(
        lambda: (
            dialog.preview is not None
            and not dialog.busy()
            and "Region: Asia Pacific" in dialog.create_model.index(0, 2).data()
        ),
        timeout=20_000,
    )
    dialog.close()


def test_cancelled_import_writes_nothing(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tracker.excel.importer import apply_import as real

    def waits_for_cancel(db: Any, previews: Any, **kwargs: Any) -> Any:
        while not kwargs["cancelled"]():
            time.sleep(0.01)
        return real(db, previews, **kwargs)

    monkeypatch.setattr(import_dialog, "apply_import", waits_for_cancel)
    dialog = open_import(qtbot, ctx, crm_file(tmp_path / "crm.xlsx", ctx, extra_rows=200))
    before = ctx.db.conn.execute("SELECT count(*) FROM account").fetchone()[0]
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.cancel_button.isVisible() and not dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled())
    time.sleep(0.1)  # let the cancelled job roll back before counting
    qtbot.waitUntil(lambda: ctx.db.conn.execute("SELECT count(*) FROM account").fetchone()[0] == before)
    assert dialog.import_result is None and dialog.isVisible()
    dialog.close()


def test_a_damaged_file_gets_one_sentence(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    bad = tmp_path / "broken.xlsx"
    bad.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    dialog = ImportDialog(ctx, pick_file=lambda _p: bad)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy() and "broken.xlsx" in dialog.status.text(), timeout=20_000)
    assert dialog.status.text() == "broken.xlsx is damaged or not a valid workbook."
    assert not dialog.import_button.isEnabled()
    dialog.close()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the "Open"/"Show folder" buttons asked the desktop to open."""
    urls: list[str] = []

    def record_url(url: str) -> bool:
        urls.append(QUrl(url).toLocalFile())
        return True

    monkeypatch.setattr(export_dialog, "open_url", record_url)
    return urls


def saved_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() + [w for t in QApplication.topLevelWidgets()
                                                          for w in t.findChildren(QMessageBox)]
            if isinstance(w, QMessageBox) and w.objectName() == "savedBox" and w.isVisible()]


def click_saved_box(qtbot: QtBot, box: QMessageBox, text: str) -> None:
    (button,) = [b for b in box.buttons() if b.text().replace("&", "") == text]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize("maker", ["template", "report"])
def test_import_opens_on_the_first_sheet_that_maps(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, maker: str
) -> None:
    path = tmp_path / f"{maker}.xlsx"
    if maker == "template":
        export_template(ctx.db, path)
        first = "Instructions"
    else:
        export_report(ctx.db, path, as_of=TODAY)
        first = "Summary"
    dialog = open_import(qtbot, ctx, path)
    assert dialog.sheet_combo.currentText() == "Accounts" and dialog.kind_combo.currentText() == "Accounts"
    assert f"Sheet '{first}' matches nothing to import; showing 'Accounts'" in dialog.status.text()
    assert dialog.mapping_model.mapping() is not None
    dialog.close()


def test_export_dialog_writes_the_report(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, settings: QSettings, opened: list[str]
) -> None:
    target = tmp_path / "out" / "report.xlsx"
    target.parent.mkdir()
    dialog = run_export(ctx, None, pick_file=lambda _p, _s: target, settings=settings)
    assert Path(dialog.target.text()).name == f"onboarding-report-{TODAY.isoformat()}.xlsx"
    qtbot.addWidget(dialog)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.mouseClick(dialog.browse, Qt.MouseButton.LeftButton)
    assert dialog.target.text() == str(target)
    dialog.owner.setCurrentIndex(1)
    owner = dialog.owner.currentText()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report_result is not None, timeout=30_000)
    assert not dialog.progress.isVisible() and dialog.status.text().startswith("Saved")
    owned = ctx.db.conn.execute("SELECT count(*) FROM account WHERE owner = ?", (owner,)).fetchone()[0]
    assert load_workbook(target)["Accounts"].max_row == owned + 1
    box = dialog.saved_box
    assert box is not None and box.isVisible() and not box.isModal() and str(target) in box.text()
    click_saved_box(qtbot, box, "Open")
    assert opened == [str(target)]
    dialog.close()
    again = ExportDialog(ctx, settings=settings)  # the next export starts in the same folder
    qtbot.addWidget(again)
    assert Path(again.target.text()).parent == target.parent


def test_cancelled_export_keeps_the_previous_file(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tracker.excel.report import export_report as real

    def waits_for_cancel(db: Any, target: Any, **kwargs: Any) -> Any:
        while not kwargs["cancelled"]():
            time.sleep(0.01)
        return real(db, target, **kwargs)

    monkeypatch.setattr(export_dialog, "export_report", waits_for_cancel)
    target = tmp_path / "report.xlsx"
    target.write_bytes(b"last week's report")
    dialog = ExportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.target.clear()
    qtbot.keyClicks(dialog.target, str(target))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=20_000)
    assert dialog.status.text() == "The export was cancelled; no file was written."
    assert target.read_bytes() == b"last week's report"
    dialog.close()


def test_template_and_playbook_files(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, settings: QSettings, opened: list[str]
) -> None:
    (tmp_path / "shared").mkdir()
    suggested: list[str] = []

    def pick(_parent: object, suggestion: str) -> Path:
        suggested.append(suggestion)
        return tmp_path / "shared" / Path(suggestion).name

    template = save_template(ctx, None, pick_file=pick, settings=settings)
    assert template is not None and "Instructions" in load_workbook(template).sheetnames
    (box,) = saved_boxes()
    assert "import template" in box.text() and not box.isModal()
    click_saved_box(qtbot, box, "Show folder")
    assert opened == [str(tmp_path / "shared")]
    exported = export_playbooks_to_file(ctx, None, pick_file=pick, settings=settings)
    assert exported == tmp_path / "shared" / "playbooks.xlsx"
    assert Path(suggested[1]).parent == tmp_path / "shared"  # remembered from the template
    (box,) = saved_boxes()
    assert "playbooks" in box.text()
    box.close()
    wb = load_workbook(exported)
    wb["Steps"].append(["Team Playbook", 1, "Say hello", "Kickoff", 2, "CSM", "No", None])
    wb.save(exported)
    questions: list[str] = []
    with qtbot.waitSignal(ctx.bus.changed):
        plan = import_playbooks_from_file(
            ctx, None, pick_file=lambda _p: exported, ask=lambda _p, text: record(questions, text)
        )
    assert plan is not None and questions and "1 playbooks to create" in questions[0]
    assert (
        ctx.db.conn.execute("SELECT count(*) FROM playbook WHERE name = 'Team Playbook'").fetchone()[0] == 1
    )
    failures: list[str] = []
    ctx.bus.failed.connect(failures.append)
    missing = import_playbooks_from_file(ctx, None, pick_file=lambda _p: tmp_path / "nope.xlsx")
    assert missing is None and failures == [f"There is no file at {tmp_path / 'nope.xlsx'}."]


def test_models_pass_the_model_tester(
    qtmodeltester: Any, ctx: AppContext, tmp_path: Path, qtbot: QtBot
) -> None:
    dialog = open_import(qtbot, ctx, crm_file(tmp_path / "crm.xlsx", ctx))
    for model in (dialog.mapping_model, dialog.create_model, dialog.update_model, dialog.reject_model,
                  dialog.dropped_model):
        qtmodeltester.check(model)
    empty = MappingModel()
    qtmodeltester.check(empty)
    dialog.create_model.set_rows([PlannedRow(2, "X", {"name": "X"})])
    dialog.reject_model.set_rows([RejectedRow(3, "Y", ())])
    qtmodeltester.check(dialog.create_model)
    qtmodeltester.check(dialog.reject_model)
    dialog.close()


def test_import_goes_on_the_undo_stack(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    """Import, then tick a task: two undos bring back the database from before the import
    (row counts and the updated plan), and two redos re-apply both."""
    from ui.commands.tasks import SetTaskStatus

    def state() -> tuple[Any, ...]:
        counts = tuple(ctx.db.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                       for t in ("account", "stage_history", "journey", "task", "milestone"))
        plan = ctx.db.conn.execute("SELECT plan FROM account ORDER BY id LIMIT 1").fetchone()[0]
        task = ctx.db.conn.execute("SELECT status FROM task WHERE id = ?", (task_id,)).fetchone()[0]
        return counts, plan, task

    task_id = ctx.db.conn.execute(
        "SELECT id FROM task WHERE status = 'todo' ORDER BY id LIMIT 1").fetchone()[0]
    stack = ctx.undo_stack
    stack.push(SetTaskStatus(ctx, task_id, "in_progress"))  # an older, unrelated edit
    pre_import = state()
    dialog = open_import(qtbot, ctx, crm_file(tmp_path / "crm.xlsx", ctx))
    with qtbot.waitSignal(ctx.bus.changed, timeout=20_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert stack.count() == 2 and stack.undoText().startswith("Import")
    imported = state()
    # Brand New Co, and Bad Date Co kept without its unreadable go-live date.
    assert imported[0][0] == pre_import[0][0] + 2 and imported[1] == "Enterprise"
    stack.push(SetTaskStatus(ctx, task_id, "done"))
    edited = state()
    assert edited[2] == "done"

    stack.undo()
    assert state() == imported
    stack.undo()
    assert state() == pre_import, "undo removed the created account and restored the plan"
    assert stack.undoText() != "" and not stack.undoText().startswith("Import")
    stack.redo()
    assert state() == imported
    stack.redo()
    assert state() == edited
    dialog.close()


def test_export_from_the_dashboard_takes_its_filter_and_shows_a_percentage(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, settings: QSettings
) -> None:
    from tracker.kpi.filters import KpiFilter

    sid, _name = ctx.db.conn.execute("SELECT id, name FROM segment ORDER BY name LIMIT 1").fetchone()
    owner = ctx.db.conn.execute("SELECT owner FROM account WHERE segment_id = ? LIMIT 1",
                                (sid,)).fetchone()[0]
    flt = KpiFilter(segment_ids=(sid,), owners=(owner,), signed_from=date(2025, 1, 1))
    target = tmp_path / "filtered.xlsx"
    dialog = run_export(ctx, None, pick_file=lambda _p, _s: target, settings=settings, flt=flt,
                        as_of=TODAY - timedelta(days=10))
    qtbot.addWidget(dialog)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    assert dialog.kpi_filter() == flt
    assert dialog.as_of.date().toPython() == TODAY - timedelta(days=10)
    dialog.target.setText(str(target))
    seen: list[int] = []
    dialog.progress.valueChanged.connect(seen.append)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.progress.maximum() == 100  # determinate from the start, not a busy bar
    qtbot.waitUntil(lambda: dialog.report_result is not None, timeout=60_000)
    assert seen and seen == sorted(seen) and seen[-1] == 100
    expected = ctx.db.conn.execute(
        "SELECT count(*) FROM account WHERE segment_id = ? AND owner = ? AND signed_date >= '2025-01-01'"
        " AND signed_date <= ?", (sid, owner, (TODAY - timedelta(days=10)).isoformat())).fetchone()[0]
    assert dialog.report_result is not None and dialog.report_result.rows["Accounts"] == expected
    dialog.close()
