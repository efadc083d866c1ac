"""The translation catalog: strings land in the context Qt looks them up in at run time."""

from __future__ import annotations

import sys
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

import translations  # type: ignore[import-not-found]  # noqa: E402


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], ET.Element]:
    folder = tmp_path_factory.mktemp("ts")
    target = folder / "fresh.ts"
    translations._extract(target)
    messages: dict[tuple[str, str], ET.Element] = translations._messages(
        translations._regroup(ET.parse(target), folder))
    return messages


def test_module_helpers_are_filed_under_their_runtime_context(
        fresh: dict[tuple[str, str], ET.Element]) -> None:
    # labels.py words through tr() = QCoreApplication.translate("labels", ...)
    assert ("labels", "To do") in fresh
    # analytics_compare.py imports analytics_parts' tr() ("AnalyticsView")
    assert any(c == "AnalyticsView" and s.startswith("Pick two groups") for c, s in fresh)
    # the core marks its words with QT_TRANSLATE_NOOP in explicit contexts
    assert ("kpi", "Activation rate") in fresh and ("health", "Latest CSAT/NPS") in fresh
    assert not [key for key in fresh if key[0] == ""], "no string left without a context"


def test_shipped_catalog_has_every_string_of_the_code(fresh: dict[tuple[str, str], ET.Element]) -> None:
    shipped = translations._messages(ET.parse(translations.CATALOGS / "tracker_ms.ts"))
    missing = sorted(set(fresh) - set(shipped))
    assert not missing, f"run 'python packaging/translations.py update': {missing[:5]}"


def test_every_translation_keeps_its_placeholders() -> None:
    shipped = translations._messages(ET.parse(translations.CATALOGS / "tracker_ms.ts"))
    bad = []
    for (context, source), message in shipped.items():
        text = message.findtext("translation")
        if text and message.find("translation").get("type") is None:
            problem = translations.placeholder_problem(source, text)
            if problem:
                bad.append((context, source, problem))
    assert not bad, bad[:5]


def test_every_string_has_its_malay_translation() -> None:
    """New strings get their Malay translation in the same change (the project's rule)."""
    shipped = translations._messages(ET.parse(translations.CATALOGS / "tracker_ms.ts"))
    missing = [key for key, message in shipped.items()
               if message.find("translation") is None
               or message.find("translation").get("type") == "unfinished"
               or not message.findtext("translation")]
    assert not missing, f"translate with packaging/translations.py export/apply: {missing[:5]}"
