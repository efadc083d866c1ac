"""The interface in Bahasa Melayu, as the app starts it: Qt's translator for the chosen
language plus the core's words through it, then a window built (Preferences applies a
language at the next start, so a new window is the switch).

Every expected word is read from the shipped catalog, never written here in either language.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tracker import i18n
from tracker.excel.report import words as report_words
from tracker.kpi.words import LABELS
from ui.context import AppContext
from ui.dialogs import export_dialog
from ui.settings import AppSettings

pytestmark = pytest.mark.gui

TILE = "activation"


@pytest.fixture(scope="module")
def catalog() -> i18n.Catalog:
    path = i18n.catalog_path("ms")
    assert path is not None
    return i18n.Catalog.from_ts(path)




def _ms(catalog: i18n.Catalog, context: str, english: str) -> str:
    text = catalog(context, english)
    assert text != english, f"the catalog has no Malay for {context}/{english!r}"
    return text


def _surface(ctx: AppContext, settings: AppSettings, qtbot: QtBot) -> dict[str, str]:
    """Build a window and a dashboard, as a start does, and read the words a user sees first."""
    from ui.main_window import MainWindow
    from ui.views.dashboard import DashboardView

    # Not qtbot.addWidget: _dispose deletes both before the test goes on, in every case.
    window = MainWindow(ctx, settings)
    dashboard = DashboardView(ctx)
    try:
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        with qtbot.waitSignal(dashboard.refreshed, timeout=30_000):
            dashboard.show()
        qtbot.waitUntil(lambda: not dashboard.trends_pending, timeout=30_000)
        model = window.accounts_view.table.model()
        return {
            "file": window.file_menu.title(),
            "edit": window.edit_menu.title(),
            "view": window.view_menu.title(),
            "name": str(model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)),
            "owner": str(model.headerData(2, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)),
            "tile": dashboard.tiles[TILE].title_label.text(),
        }
    finally:
        _dispose(dashboard, window)


def _dispose(*widgets: QWidget) -> None:
    """Close and really delete: a translator added or removed later sends every live widget a
    LanguageChange, and a closed dashboard would redraw its charts for it."""
    for widget in widgets:
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_switching_to_malay_changes_menus_headers_and_tiles(
        ctx: AppContext, ui_settings: AppSettings, qtbot: QtBot, qapp: QApplication,
        malay_qm: Path, catalog: i18n.Catalog) -> None:
    english = _surface(ctx, ui_settings, qtbot)
    assert english == {"file": "&File", "edit": "&Edit", "view": "&View", "name": "Name",
                       "owner": "Owner", "tile": LABELS[TILE]}
    translator = QTranslator(qapp)
    assert translator.load(str(malay_qm))
    qapp.installTranslator(translator)
    i18n.install(QCoreApplication.translate)
    try:
        malay = _surface(ctx, ui_settings, qtbot)
    finally:
        qapp.removeTranslator(translator)
        i18n.install(None)
    assert malay == {
        "file": _ms(catalog, "MainWindow", "&File"),
        "edit": _ms(catalog, "MainWindow", "&Edit"),
        "view": _ms(catalog, "MainWindow", "&View"),
        "name": _ms(catalog, "AccountTableModel", "Name"),
        "owner": _ms(catalog, "AccountTableModel", "Owner"),
        "tile": _ms(catalog, "kpi", LABELS[TILE]),
    }
    assert _surface(ctx, ui_settings, qtbot) == english  # and back, once the translator is gone


def test_report_exported_in_malay_has_malay_sheets_and_kpi_names(
        malay: None, ctx: AppContext, qtbot: QtBot, tmp_path: Path, catalog: i18n.Catalog,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(export_dialog, "open_url", lambda _url: True)
    target = tmp_path / "laporan.xlsx"
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    dialog = export_dialog.run_export(ctx, None, pick_file=lambda _p, _s: target, settings=settings)
    qtbot.addWidget(dialog)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.mouseClick(dialog.browse, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report_result is not None, timeout=60_000)
    if dialog.saved_box is not None:
        dialog.saved_box.close()
    dialog.close()

    book = load_workbook(target, read_only=True)
    names = book.sheetnames
    assert names[0] == _ms(catalog, "report", report_words.SUMMARY)
    for english in ("Accounts", "Checklist tasks", "Milestones", "Feedback", "Cohort retention",
                    "Support cases", "Trials"):
        assert _ms(catalog, "report", english) in names, english
    assert "Summary" not in names and "Checklist tasks" not in names
    summary = {str(v) for row in book[names[0]].iter_rows(values_only=True) for v in row if v}
    assert _ms(catalog, "kpi", LABELS["activation"]) in summary
    assert _ms(catalog, "report", report_words.KPI_HEADERS[6]) in summary  # "How it is computed"
    assert LABELS["activation"] not in summary
    book.close()
