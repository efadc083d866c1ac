"""The chosen language's Qt translator is loaded from tracker/translations when shipped."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import QApplication

from tracker import i18n
from ui.translations import install_interface_locale, install_translator, interface_locale, language_code

pytestmark = pytest.mark.gui

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ms">
<context><name>app</name>
<message><source>Database in use</source><translation>Pangkalan data sedang digunakan</translation></message>
</context>
</TS>
"""


def test_english_and_missing_languages_load_nothing(qapp: QApplication,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    assert install_translator(qapp, "en") is None
    monkeypatch.setattr(i18n, "translation_file", lambda _language, _suffix: None)
    assert install_translator(qapp, "ms") is None
    assert language_code("ms") == "ms" and language_code("system")


def test_a_shipped_qm_is_installed(qapp: QApplication, tmp_path: Path,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "tracker_ms.ts"
    source.write_text(TS, encoding="utf-8")
    compiled = tmp_path / "tracker_ms.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease is not installed")
    subprocess.run([str(lrelease), str(source), "-qm", str(compiled)], check=True, capture_output=True)
    monkeypatch.setattr(i18n, "translation_file",
                        lambda language, suffix: compiled if (language, suffix) == ("ms", ".qm") else None)
    translator = install_translator(qapp, "ms")
    assert translator is not None
    try:
        assert QCoreApplication.translate("app", "Database in use") == "Pangkalan data sedang digunakan"
    finally:
        qapp.removeTranslator(translator)
    assert QCoreApplication.translate("app", "Database in use") == "Database in use"
    catalog = i18n.Catalog.from_ts(source)  # the CLI reads the same source without Qt
    assert catalog("app", "Database in use") == "Pangkalan data sedang digunakan"


@pytest.fixture
def default_locale() -> Iterator[None]:
    """Qt's default locale, put back after a test that sets it."""
    before = QLocale()
    yield
    QLocale.setDefault(before)


def test_the_interface_locale_speaks_the_chosen_language_in_the_systems_place() -> None:
    us, germany, malaysia = QLocale("en_US"), QLocale("de_DE"), QLocale("ms_MY")
    malay = interface_locale("ms", system=us)
    assert malay is not None and malay.name() == "ms_MY"  # no ms_US: Malay's own place
    day = QDate(2026, 6, 15)
    assert malay.toString(day, QLocale.FormatType.LongFormat) == "Isnin, 15 Jun 2026"
    english = interface_locale("en", system=germany)
    assert english is not None and english.name() == "en_DE" and english.decimalPoint() == ","
    english_here = interface_locale("en", system=malaysia)
    assert english_here is not None and english_here.name() == "en_MY"
    # The system's own language, or "system": Qt's default is left alone.
    assert interface_locale("ms", system=malaysia) is None
    assert interface_locale("en", system=us) is None
    assert interface_locale("system", system=germany) is None


def test_a_language_that_did_not_load_leaves_the_locale(default_locale: None) -> None:
    before = QLocale().name()
    assert install_interface_locale("ms", translated=False) is None
    assert QLocale().name() == before


def test_malay_dates_in_the_window_and_the_systems_own_choices_kept(default_locale: None) -> None:
    """With Malay chosen, long dates say Malay month and day names; the week start and the short
    date style that Preferences call "the system's" still follow the system."""
    from ui import display

    system = QLocale.system()
    chosen = "ms" if system.language() != QLocale.Language.Malay else "en"
    locale = install_interface_locale(chosen, translated=True)
    assert locale is not None and QLocale().language() == locale.language() != system.language()
    before = display.look_before()
    try:
        display.install_look("locale", "system")
        assert display.format_date("2026-06-15") == system.toString(QDate(2026, 6, 15),
                                                                    QLocale.FormatType.ShortFormat)
        assert display.first_day_of_week() == system.firstDayOfWeek()
    finally:
        display.install_look(*before)
    if chosen == "ms":
        assert QLocale().toString(QDate(2026, 6, 15), "d MMMM yyyy") == "15 Jun 2026"
    # A default whose week starts on another day than the system's: "system" is still the system's.
    other = QLocale("en_US") if system.firstDayOfWeek() != Qt.DayOfWeek.Sunday else QLocale("ms_MY")
    QLocale.setDefault(other)
    assert QLocale().firstDayOfWeek() != system.firstDayOfWeek()
    display.install_look("iso", "system")
    try:
        assert display.first_day_of_week() == system.firstDayOfWeek()
    finally:
        display.install_look(*before)
