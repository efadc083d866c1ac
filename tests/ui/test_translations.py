"""The chosen language's Qt translator is loaded from tracker/translations when shipped."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from tracker import i18n
from ui.translations import install_translator, language_code

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
