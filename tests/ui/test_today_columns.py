"""Today's fixed column widths grow to fit their own titles (Malay titles run longer)."""

from __future__ import annotations

from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from ui.views.today_parts import _fit


def test_a_title_wider_than_the_column_widens_it(qtbot: QtBot) -> None:
    table = QTableView()
    qtbot.addWidget(table)
    model = QStandardItemModel(0, 2)
    model.setHorizontalHeaderLabels(["Bila", "Daftar masuk terakhir yang panjang sekali"])
    table.setModel(model)
    header = table.horizontalHeader()
    _fit(table, 0, 100)
    _fit(table, 1, 100)
    assert header.sectionSize(0) == 100  # a short title keeps the width asked for
    title = header.fontMetrics().horizontalAdvance("Daftar masuk terakhir yang panjang sekali")
    assert header.sectionSize(1) >= title + 24
