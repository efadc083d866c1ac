"""File > Import support cases…: a Zendesk export previewed, imported, undone and redone."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from tests.conftest import TODAY
from tracker.queries.signals import list_cases
from ui.context import AppContext
from ui.dialogs.cases_import_dialog import CasesImportDialog, run_cases_import

pytestmark = pytest.mark.gui

# The columns of a Zendesk "Export as XLSX" of tickets, in its order (abridged at the end).
ZENDESK = ["Summation column", "Id", "Requester", "Requester id", "Requester external id",
           "Requester email", "Requester domain", "Submitter", "Assignee", "Group", "Subject",
           "Tags", "Status", "Priority", "Via", "Ticket type", "Created at", "Updated at",
           "Assigned at", "Organization", "Due date", "Initially assigned at", "Solved at",
           "Resolution time", "Satisfaction Score", "Reopens", "Replies",
           "First reply time in minutes", "Full resolution time in minutes"]
NEW_CASES = 36


def zendesk_export(path: Path, accounts: list[str], emails: dict[str, str]) -> Path:
    """36 tickets over the demo's accounts (a few solved, priorities mixed, one with a date
    Zendesk never writes), one for an organization the tracker does not know."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Tickets"
    ws.append(ZENDESK)
    opened = datetime(TODAY.year, TODAY.month, TODAY.day, 9, 30) - timedelta(days=80)
    priorities = ["Low", "Normal", "High", "Urgent", "-"]
    topics = ["problem", "question", "incident", "task"]
    for n in range(NEW_CASES):
        org = accounts[n % len(accounts)]
        created = opened + timedelta(days=2 * n, hours=n % 5)
        solved = (created + timedelta(days=3)).strftime("%Y-%m-%d %H:%M:%S") if n % 3 == 0 else ""
        ws.append([1, 5000 + n, f"User {n}", 900 + n, "", emails.get(org, f"user{n}@example.com"),
                   "example.com", "Agent", "Agent", "Support", f"Cannot export report #{n}",
                   "export reports", "Solved" if solved else "Open", priorities[n % 5], "Mail",
                   topics[n % 4], created.strftime("%Y-%m-%d %H:%M:%S"),
                   created.strftime("%Y-%m-%d %H:%M:%S"), "", org, "", "", solved, "", "Not offered",
                   0, 2, 35, ""])
    ws.append([1, 7001, "Stranger", 990, "", "x@unknown.test", "unknown.test", "Agent", "Agent",
               "Support", "Who are we?", "", "Open", "Normal", "Web", "question",
               opened.strftime("%Y-%m-%d %H:%M:%S"), "", "", "Unknown Holdings Ltd", "", "", "", "",
               "", 0, 0, "", ""])
    ws.append([1, 7002, "Someone", 991, "", "", "", "Agent", "Agent", "Support", "Bad date", "",
               "Open", "High", "Web", "problem", "next Tuesday", "", "", accounts[0], "", "", "",
               "", "", 0, 0, "", ""])
    wb.save(path)
    return path


@pytest.fixture
def export(ctx: AppContext, tmp_path: Path) -> Path:
    accounts = [r[0] for r in ctx.db.conn.execute(
        "SELECT name FROM account WHERE status <> 'churned' ORDER BY id LIMIT 12")]
    emails = {name: email for name, email in ctx.db.conn.execute(
        "SELECT account.name, min(contact.email) FROM contact JOIN account ON account.id = account_id"
        " WHERE contact.email <> '' GROUP BY account.id")}
    return zendesk_export(tmp_path / "zendesk-tickets.xlsx", accounts, emails)


@pytest.fixture
def dialog(ctx: AppContext, export: Path, qtbot: QtBot) -> Iterator[CasesImportDialog]:
    opened = run_cases_import(ctx, None, pick_file=lambda _p: export)
    assert opened is not None  # deletes itself when closed: not handed to qtbot
    qtbot.waitUntil(lambda: opened.preview is not None, timeout=60000)
    yield opened
    with contextlib.suppress(RuntimeError):  # deleted on close (WA_DeleteOnClose)
        opened.close()


def test_preview_counts_then_one_undo_step(qtbot: QtBot, ctx: AppContext,
                                          dialog: CasesImportDialog) -> None:
    before = len(list_cases(ctx.db))
    preview = dialog.preview
    assert preview is not None
    assert (preview.rows, preview.created, preview.updated) == (NEW_CASES + 2, NEW_CASES, 0)
    assert [r for r, _ in preview.rejected] == [NEW_CASES + 2, NEW_CASES + 3]
    assert "Unknown Holdings Ltd" in preview.rejected[0][1]
    assert dialog.model.rowCount() == 2 and dialog.rejected_table.isVisible()
    assert f"{NEW_CASES} new cases" in dialog.status.text()
    assert len(list_cases(ctx.db)) == before, "a preview writes nothing"

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ctx.undo_stack.count() == 1, timeout=60000)
    cases = list_cases(ctx.db)
    assert len(cases) == before + NEW_CASES
    ours = [c for c in cases if (c.external_id or "").startswith("50")]
    assert {c.severity for c in ours} == {"low", "normal", "high", "urgent"}
    assert sum(c.closed_date is not None for c in ours) == NEW_CASES // 3
    assert sum(c.contact_id is not None for c in ours) > 0
    assert ctx.undo_stack.count() == 1
    ctx.undo_stack.undo()
    assert len(list_cases(ctx.db)) == before
    ctx.undo_stack.redo()
    assert len(list_cases(ctx.db)) == before + NEW_CASES


def test_the_same_export_again_has_nothing_to_import(qtbot: QtBot, ctx: AppContext, export: Path,
                                                     dialog: CasesImportDialog) -> None:
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ctx.undo_stack.count() == 1, timeout=60000)
    again = run_cases_import(ctx, None, pick_file=lambda _p: export)
    assert again is not None
    qtbot.waitUntil(lambda: again.preview is not None, timeout=60000)
    assert again.preview is not None and again.preview.unchanged == NEW_CASES
    assert not again.import_button.isEnabled()
    with qtbot.waitSignal(again.rejected):
        again.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()


def test_a_file_that_is_no_helpdesk_export_says_so(qtbot: QtBot, ctx: AppContext,
                                                   tmp_path: Path) -> None:
    wb = Workbook()
    wb.active.append(["Name", "Score"])
    wb.active.append(["x", 1])
    wb.save(tmp_path / "other.xlsx")
    opened = run_cases_import(ctx, None, pick_file=lambda _p: tmp_path / "other.xlsx")
    assert opened is not None
    qtbot.waitUntil(lambda: not opened.busy, timeout=60000)
    assert "no columns for the account" in opened.status.text()
    assert not opened.import_button.isEnabled()
    with contextlib.suppress(RuntimeError):
        opened.close()


def test_file_menu_opens_it(qtbot: QtBot, main_window: Any, export: Path,
                            monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.dialogs import cases_import_dialog
    from ui.installers import install_excel

    install_excel(main_window)
    action = main_window.findChild(QAction, "import_cases_action")
    assert action is not None and action.isEnabled() and action in main_window.file_menu.actions()
    monkeypatch.setattr(cases_import_dialog, "pick_spreadsheet", lambda _parent: export)
    action.trigger()
    opened = main_window.findChild(CasesImportDialog)
    assert opened is not None and opened.isVisible()
    qtbot.waitUntil(lambda: opened.preview is not None, timeout=60000)
    assert opened.preview.created == NEW_CASES
    opened.reject()
