"""ui.import_check: PySide6's "does this module use PySide6?" answered from the file's bytes,
the same answer as PySide6's own check, and nothing changed where PySide6 has no such hook."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

import tracker.changes
import ui.app
from ui import import_check


def original_check() -> object:
    feature = sys.modules[import_check.FEATURE_MODULE]
    check = getattr(feature, import_check.CHECK_NAME)
    return getattr(check, "__wrapped__", check)


def test_importing_ui_puts_the_cheaper_check_in_place() -> None:
    feature = sys.modules.get(import_check.FEATURE_MODULE)
    if feature is None or not hasattr(feature, import_check.CHECK_NAME):
        pytest.skip("this PySide6 has no source check to replace")
    check = getattr(feature, import_check.CHECK_NAME)
    assert getattr(check, import_check.MARK, False)
    assert import_check.install() is False  # once is enough


@pytest.mark.parametrize("module", [ui.app, import_check, tracker.changes, json, sys, pytest],
                         ids=lambda m: m.__name__)
def test_the_answer_is_pyside6_s_own(module: ModuleType) -> None:
    original = original_check()
    if not callable(original):
        pytest.skip("this PySide6 has no source check")
    assert import_check.source_mentions_pyside(module, original) == original(module)


def test_ui_modules_use_pyside_and_core_modules_do_not() -> None:
    def never(_module: ModuleType) -> bool:
        raise AssertionError("a plain source file needs no fallback")

    assert import_check.source_mentions_pyside(ui.app, never) is True
    assert import_check.source_mentions_pyside(tracker.changes, never) is False


def test_modules_without_a_readable_source_file_go_to_pyside6_s_check(tmp_path: Path) -> None:
    asked: list[str] = []

    def fallback(module: ModuleType) -> bool:
        asked.append(module.__name__)
        return False

    assert import_check.source_mentions_pyside(sys, fallback) is False  # built in
    gone = tmp_path / "gone.py"
    gone.write_text("import PySide6\n", encoding="utf-8")
    spec = importlib.util.spec_from_file_location("gone_module", gone)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    gone.unlink()
    assert import_check.source_mentions_pyside(module, fallback) is False  # file gone: fallback
    assert asked == ["sys", "gone_module"]


def test_install_changes_nothing_where_pyside6_has_no_such_hook(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(sys.modules, import_check.FEATURE_MODULE, raising=False)
    assert import_check.install() is False
    without = ModuleType(import_check.FEATURE_MODULE)
    monkeypatch.setitem(sys.modules, import_check.FEATURE_MODULE, without)
    assert import_check.install() is False
    assert not hasattr(without, import_check.CHECK_NAME)


def test_install_wraps_a_hook_and_keeps_its_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = ModuleType(import_check.FEATURE_MODULE)
    asked: list[str] = []

    def slow_check(module: ModuleType) -> bool:
        asked.append(module.__name__)
        return True

    fake._mod_uses_pyside = slow_check  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, import_check.FEATURE_MODULE, fake)
    assert import_check.install() is True
    check = fake._mod_uses_pyside
    assert check is not slow_check and check.__wrapped__ is slow_check
    assert check(tracker.changes) is False and check(ui.app) is True and asked == []
    assert check(sys) is True and asked == ["sys"]
    assert import_check.install() is False and fake._mod_uses_pyside is check
