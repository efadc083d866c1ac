"""The account list's fast paths: cells painted from shaped text paint what Qt paints, and a
narrowed filter shows exactly the rows a fresh filter shows."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QImage
from PySide6.QtWidgets import QApplication, QStyledItemDelegate
from pytestqt.qtbot import QtBot

from tests.conftest import TODAY
from tracker.queries.portfolio import account_rows
from ui.context import AppContext
from ui.models.account_filter_proxy import AccountFilterProxy
from ui.models.account_table_model import AccountTableModel
from ui.models.roles import ID_ROLE
from ui.theme import apply_palette
from ui.views.account_cells import AccountCellDelegate
from ui.views.accounts import AccountsView

pytestmark = pytest.mark.gui


@pytest.fixture
def view(ctx: AppContext, qtbot: QtBot) -> Iterator[AccountsView]:
    accounts = AccountsView(ctx)
    qtbot.addWidget(accounts)
    accounts.resize(1366, 768)
    accounts.show()
    qtbot.waitExposed(accounts)
    qtbot.waitUntil(lambda: accounts.model.rowCount() == 50)
    yield accounts
    accounts.close()


def viewport_image(view: AccountsView) -> QImage:
    return view.table.viewport().grab().toImage()


def qt_painted(view: AccountsView) -> QImage:
    """The same viewport painted by Qt's own item delegate."""
    fast = view.table.itemDelegate()
    plain = QStyledItemDelegate(view.table)
    view.table.setItemDelegate(plain)
    try:
        return viewport_image(view)
    finally:
        view.table.setItemDelegate(fast)


@pytest.mark.parametrize("dark", [False, True])
def test_fast_cells_paint_the_pixels_qt_paints(view: AccountsView, qtbot: QtBot,
                                               monkeypatch: pytest.MonkeyPatch, dark: bool) -> None:
    """Light and dark, with a filter typed, a selected row, the current cell, coloured and
    bold cells, health dots and an elided column: the fast delegate draws most cells itself
    and the viewport is the same, pixel for pixel, as Qt's own painting."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    counts = {"fast": 0, "qt": 0}
    paint_text = AccountCellDelegate._paint_text

    def counting(self: AccountCellDelegate, *args: Any) -> bool:
        done = paint_text(self, *args)
        counts["fast" if done else "qt"] += 1
        return done

    monkeypatch.setattr(AccountCellDelegate, "_paint_text", counting)
    try:
        apply_palette(app, dark)
        qtbot.keyClicks(view.filter_edit, "on")
        assert 20 < view.proxy.rowCount() < 50
        view.table.selectRow(2)
        view.table.setFocus()
        qtbot.wait(1)
        fast = viewport_image(view)
        assert counts["fast"] > 5 * counts["qt"] > 0
        assert fast == qt_painted(view)
        # A narrow MRR column: Qt elides the amounts, and those cells are Qt's painting.
        view.table.horizontalHeader().resizeSection(AccountTableModel.MRR, 34)
        assert viewport_image(view) == qt_painted(view)
    finally:
        apply_palette(app, False)


def visible_ids(proxy: AccountFilterProxy) -> list[int]:
    return [proxy.index(r, 0).data(ID_ROLE) for r in range(proxy.rowCount())]


def fresh_ids(model: AccountTableModel, text: str, at_risk: bool = False) -> list[int]:
    fresh = AccountFilterProxy()
    fresh.setSourceModel(model)
    fresh.set_text(text)
    fresh.set_at_risk(at_risk)
    return visible_ids(fresh)


def test_narrowing_gives_the_rows_a_fresh_filter_gives(ctx: AppContext, qtmodeltester: Any) -> None:
    """Typing a query letter by letter (then deleting it again), for a name, two words, a
    CRM id and a contact's name, shows after every letter exactly the rows a new proxy
    given that text shows; so does a source change in the middle of a word."""
    conn = ctx.db.conn
    crm = conn.execute("SELECT external_id FROM account WHERE external_id IS NOT NULL "
                       "ORDER BY id LIMIT 1").fetchone()[0]
    contact = conn.execute("SELECT name FROM contact ORDER BY id LIMIT 1").fetchone()[0]
    name = conn.execute("SELECT name FROM account ORDER BY id LIMIT 1").fetchone()[0]
    model = AccountTableModel()
    model.set_rows(account_rows(ctx.db, TODAY))
    proxy = AccountFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    narrowed = 0
    for query in (name, "cedar  labs", crm, contact, "zz"):
        prefixes = [query[:n] for n in range(1, len(query) + 1)]
        for text in prefixes + prefixes[::-1][1:] + [""]:
            proxy.set_text(text)
            assert visible_ids(proxy) == fresh_ids(model, text), text
            narrowed += 0 < proxy.rowCount() < 50
    assert narrowed > 20  # the queries keep rows visible while they narrow
    assert fresh_ids(model, crm) and fresh_ids(model, contact.lower())
    # A quick filter in between, and new rows read in the middle of a word.
    proxy.set_text("ce")
    proxy.set_at_risk(True)
    proxy.set_text("ced")
    assert visible_ids(proxy) == fresh_ids(model, "ced", at_risk=True)
    proxy.set_at_risk(False)
    rows = account_rows(ctx.db, TODAY)
    model.set_rows(rows[:20])
    proxy.set_text("ceda")
    assert visible_ids(proxy) == fresh_ids(model, "ceda")
    model.set_rows(rows)
    proxy.set_text("cedar")
    assert visible_ids(proxy) == fresh_ids(model, "cedar")
    model.sort(AccountTableModel.MRR, Qt.SortOrder.DescendingOrder)
    proxy.set_text("cedar ")
    proxy.set_text("cedar l")
    assert visible_ids(proxy) == fresh_ids(model, "cedar l")


def same(value: Any, expected: Any) -> bool:
    """Equal values; an icon (copied on its way through ``data()``) by its cache key."""
    if isinstance(expected, QIcon):
        return isinstance(value, QIcon) and value.cacheKey() == expected.cacheKey()
    return bool(value == expected)


def test_painted_roles_answer_as_the_model_does(ctx: AppContext) -> None:
    """The per-row tuples the list paints from hold what ``extra()`` and ``display()`` say
    (the one place that decides a cell's colour, font, icon and text)."""
    model = AccountTableModel()
    model.set_rows(account_rows(ctx.db, TODAY))
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.TextAlignmentRole,
             Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.DecorationRole)
    for at, row in enumerate(model.rows()):
        for column in range(model.columnCount()):
            for role in roles:
                expected = (model.display(row, column) if role == Qt.ItemDataRole.DisplayRole
                            else model.extra(row, column, int(role)))
                assert same(model.cell_at(at, column, int(role)), expected)
                assert same(model.index(at, column).data(role), expected)
    model.palette_changed()
    assert not model._painted  # colours are made again for the new palette
