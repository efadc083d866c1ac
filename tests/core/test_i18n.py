"""Core words: marked for lupdate, rendered through whatever translator is installed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tracker import i18n

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ms_MY">
<context>
    <name>kpi</name>
    <message><source>Activation rate</source><translation>Kadar pengaktifan</translation></message>
    <message><source>{0} of {1}</source><translation>{0} daripada {1}</translation></message>
    <message><source>Churn rate</source><translation type="unfinished">Kadar churn</translation></message>
</context>
</TS>
"""


@pytest.fixture(autouse=True)
def english_again() -> Iterator[None]:
    yield
    i18n.install(None)


def test_english_until_a_translator_is_installed() -> None:
    assert i18n.words("kpi", "{0} of {1}", 3, 4) == "3 of 4"


def test_catalog_from_ts_uses_finished_translations_only(tmp_path: Path) -> None:
    path = tmp_path / "tracker_ms.ts"
    path.write_text(TS, encoding="utf-8")
    catalog = i18n.Catalog.from_ts(path)
    assert len(catalog) == 2
    i18n.install(catalog)
    assert i18n.translate("kpi", "Activation rate") == "Kadar pengaktifan"
    assert i18n.words("kpi", "{0} of {1}", 3, 4) == "3 daripada 4"
    assert i18n.translate("kpi", "Churn rate") == "Churn rate", "unfinished falls back to English"
    assert i18n.translate("other", "Activation rate") == "Activation rate", "contexts are kept apart"


def test_marker_returns_its_text() -> None:
    assert i18n.QT_TRANSLATE_NOOP("kpi", "NPS") == "NPS"
