"""Guard against the PySide6 6.12.0 binding bug on CPython 3.11.

There, every wrapped call returning nothing released a reference to ``None`` it never
took (and ``Signal.emit`` one to ``True``); after a few thousand calls the interpreter
aborted with "none_dealloc". pyproject.toml excludes that release; this test catches a
future release with the same fault before users do.
"""

import sys

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

pytestmark = pytest.mark.gui


class _Emitter(QObject):
    fired = Signal(int)


def test_void_calls_and_emits_keep_singleton_refcounts(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    emitter = _Emitter()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for i in range(2000):
        label.setText("x")
        emitter.fired.emit(i)
    # A few references may come and go with unrelated objects; a leak would be ~2,000.
    assert abs(sys.getrefcount(None) - none_before) < 100
    assert abs(sys.getrefcount(True) - true_before) < 100
