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
        text = translations.translated_text(message)
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
               or not translations.translated_text(message).strip()]
    assert not missing, f"translate with packaging/translations.py export/apply: {missing[:5]}"


def test_counted_strings_are_numerus_messages_with_their_one_malay_form(
        fresh: dict[tuple[str, str], ET.Element]) -> None:
    """ntr()/QT_TRANSLATE_N_NOOP strings reach the catalog as numerus="yes" (lupdate alone
    misses them), and Malay, with one plural form, has exactly one finished form each."""
    calls = {(c, t) for c, t, _path, _line in translations._numerus_calls(translations._sources())}
    assert ("AccountsView", "%Ln account(s)") in calls and ("BulkCommands", "%n day(s)") in calls
    assert any(c == "ImportNotices" for c, _t in calls), "the core's counted notice is collected"
    assert all(fresh[key].get("numerus") == "yes" for key in calls)
    shipped = translations._messages(ET.parse(translations.CATALOGS / "tracker_ms.ts"))
    bad = []
    for key in sorted(calls):
        message = shipped.get(key)
        forms = [] if message is None else message.findall("translation/numerusform")
        if (message is None or message.get("numerus") != "yes" or len(forms) != 1
                or not (forms[0].text or "").strip() or message.find("translation").get("type")):
            bad.append(key)
    assert not bad, f"numerus entries without their Malay form: {bad[:5]}"


def test_export_and_apply_treat_a_numerus_translation_as_one_string(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    (tmp_path / "tracker_ms.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="ms"><context>'
        '<name>c</name><message numerus="yes"><source>%n account(s)</source>'
        '<translation type="unfinished"><numerusform /></translation></message></context></TS>', "utf-8")
    monkeypatch.setattr(translations, "CATALOGS", tmp_path)
    monkeypatch.setattr(translations, "ROOT", tmp_path)
    todo = tmp_path / "todo.json"
    translations.export("ms", todo)
    items = json.loads(todo.read_text("utf-8"))
    assert [(i["source"], i["translation"]) for i in items] == [("%n account(s)", "")]
    items[0]["translation"] = "%n akaun"
    todo.write_text(json.dumps(items), "utf-8")
    translations.apply("ms", todo)
    message = translations._messages(ET.parse(tmp_path / "tracker_ms.ts"))[("c", "%n account(s)")]
    assert [f.text for f in message.findall("translation/numerusform")] == ["%n akaun"]
    assert message.find("translation").get("type") is None
    items[0]["translation"] = "akaun"  # the count's %n lost
    todo.write_text(json.dumps(items), "utf-8")
    translations.apply("ms", todo)
    assert translations.translated_text(
        translations._messages(ET.parse(tmp_path / "tracker_ms.ts"))[("c", "%n account(s)")]) == "%n akaun"
