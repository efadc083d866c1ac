"""Every list model and proxy of the window passes pytest-qt's model tester.

The tester checks the Qt model contract (row counts, parents, signals around inserts,
removals and resets) that views rely on; a broken contract shows up as a crash or a
stale row only much later. Models are filled from the S demo through the same queries
the views use, and checked again after the in-place ``replace_rows`` path a tick takes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import QAbstractItemModel
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tests.conftest import TODAY
from tracker.queries.portfolio import account_rows, due_items, today_data
from ui.context import AppContext
from ui.models.account_filter_proxy import AccountFilterProxy, SourceSortingProxy
from ui.models.account_table_model import AccountTableModel
from ui.models.today_models import AtRiskModel, DueItemModel

pytestmark = pytest.mark.gui

Check = Callable[[QAbstractItemModel], ModelTester]


@pytest.fixture
def tester(request: pytest.FixtureRequest) -> Iterator[Check]:
    """A fresh tester per model: one tester tracks one model's change in flight."""
    testers: list[ModelTester] = []

    def check(model: QAbstractItemModel) -> ModelTester:
        one = ModelTester(request.config)
        one.check(model, force_py=True)
        testers.append(one)
        return one

    yield check
    for one in testers:
        one._cleanup()


def test_account_model_and_filter_proxy(ctx: AppContext, tester: Check) -> None:
    rows = account_rows(ctx.db, TODAY)
    model = AccountTableModel()
    proxy = AccountFilterProxy()
    proxy.setSourceModel(model)
    tester(model)
    tester(proxy)
    model.set_rows(rows)
    proxy.sort(1)
    proxy.set_text(rows[0].name[:3])
    proxy.set_at_risk(True)
    proxy.set_at_risk(False)
    proxy.set_late(True)
    proxy.set_late(False)
    proxy.set_stage(rows[0].stage)
    proxy.set_stage(None)
    proxy.set_text("")
    # The in-place path a tick takes: one row changed, one removed, one added.
    changed = replace(rows[1], name=rows[1].name + " (renamed)")
    added = replace(rows[2], id=max(r.id for r in rows) + 1, name="Zed New Co")
    model.replace_rows([changed, added], removed=[rows[3].id])
    assert model.rowCount() == len(rows)
    assert proxy.rowCount() == len(rows)


def test_today_models_behind_their_sorting_proxies(ctx: AppContext, tester: Check) -> None:
    data = today_data(ctx.db, TODAY)
    due, risk = DueItemModel(), AtRiskModel()
    due.set_rows((*data.overdue, *data.due_soon))
    risk.set_rows(data.at_risk)
    for model in (due, risk):
        proxy = SourceSortingProxy()
        proxy.setSourceModel(model)
        tester(model)
        tester(proxy)
        proxy.sort(1)
    first = data.overdue[0] if data.overdue else data.due_soon[0]
    again = due_items(ctx.db, TODAY, account_ids=[first.account_id])
    ticked = [item for item in again if item.id != first.id or item.kind != first.kind]
    due.replace_rows(ticked, removed=[DueItemModel.key(first)])
    assert due.rowCount() == len(data.overdue) + len(data.due_soon) - 1
    risk.replace_rows(data.at_risk[1:], removed=[data.at_risk[0].id])
    assert risk.rowCount() == len(data.at_risk) - 1


def test_import_dialog_models(qtbot: QtBot, ctx: AppContext, tmp_path: Path,
                              tester: Check) -> None:
    from ui.dialogs.import_dialog import ImportDialog

    path = tmp_path / "crm.xlsx"
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Company", "CRM ID", "Plan", "Go live"])
    ws.append(["Brand New Co", "NEW-1", "Starter", "2026-09-01"])
    ws.append(["Bad Date Co", "NEW-2", "Starter", "someday"])
    wb.save(path)
    dialog = ImportDialog(ctx, pick_file=lambda _parent: path)
    qtbot.addWidget(dialog)
    dialog.load_file(path)
    qtbot.waitUntil(lambda: dialog.preview is not None and not dialog.busy(), timeout=20_000)
    for model in (dialog.mapping_model, dialog.create_model, dialog.update_model, dialog.reject_model,
                  dialog.dropped_model):
        tester(model)
    # the bad go-live date is left out with a warning and the row kept (issue 15)
    assert dialog.create_model.rowCount() == 2 and dialog.reject_model.rowCount() == 0
    assert dialog.dropped_model.rowCount() == 1
    dialog.close()
