"""Qt's own words in Malay: standard buttons and the text fields' context menu come from our
catalogue (Qt ships no Malay one), and Qt asks for no word in those contexts that we lack."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QMessageBox, QPlainTextEdit, QSpinBox
from pytestqt.qtbot import QtBot

from tracker import i18n
from ui.qt_words import QT_WORDS

pytestmark = pytest.mark.gui

CONTEXTS = {context for context, _text in QT_WORDS}
SB = QDialogButtonBox.StandardButton
EVERY_BUTTON = [SB.Ok, SB.Save, SB.SaveAll, SB.Open, SB.Yes, SB.YesToAll, SB.No, SB.NoToAll, SB.Abort,
                SB.Retry, SB.Ignore, SB.Close, SB.Cancel, SB.Discard, SB.Help, SB.Apply, SB.Reset,
                SB.RestoreDefaults]


class Recorder(QTranslator):
    """Answers nothing; notes every lookup Qt makes."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str]] = set()

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        self.asked.add((context, source))
        return None  # a null string: "not translated here" (an empty one would be a translation)


@pytest.fixture
def recorder(qapp: QApplication) -> Iterator[Recorder]:
    rec = Recorder()
    qapp.installTranslator(rec)
    yield rec
    qapp.removeTranslator(rec)


def _build_everything(qtbot: QtBot) -> list[str]:
    """Every Qt-worded text we show: all standard buttons, details, the edit context menus."""
    texts: list[str] = []
    box = QDialogButtonBox()
    qtbot.addWidget(box)
    for button in EVERY_BUTTON:
        texts.append(box.addButton(button).text())
    message = QMessageBox()
    qtbot.addWidget(message)
    message.setDetailedText("details")
    texts += [b.text() for b in message.buttons()]
    for widget in (QLineEdit(), QPlainTextEdit()):
        qtbot.addWidget(widget)
        texts += [a.text() for a in widget.createStandardContextMenu().actions() if a.text()]
    spin = QSpinBox()
    qtbot.addWidget(spin)
    line = spin.findChild(QLineEdit)
    assert line is not None
    texts += [a.text() for a in line.createStandardContextMenu().actions() if a.text()]
    return texts


def test_qt_asks_for_no_word_we_do_not_carry(recorder: Recorder, qtbot: QtBot) -> None:
    _build_everything(qtbot)
    asked = {pair for pair in recorder.asked if pair[0] in CONTEXTS}
    assert asked, "the recorder saw Qt's lookups"
    assert asked <= set(QT_WORDS), f"Qt asked for words we lack: {sorted(asked - set(QT_WORDS))}"


def test_buttons_and_context_menus_speak_malay(malay: None, qtbot: QtBot) -> None:
    path = i18n.catalog_path("ms")
    assert path is not None
    catalog = i18n.Catalog.from_ts(path)
    box = QDialogButtonBox(SB.Ok | SB.Cancel | SB.Yes | SB.No)
    qtbot.addWidget(box)
    assert box.button(SB.Cancel).text() == catalog("QPlatformTheme", "Cancel") != "Cancel"
    assert box.button(SB.Yes).text() == catalog("QPlatformTheme", "&Yes") != "&Yes"
    edit = QLineEdit()
    qtbot.addWidget(edit)
    menu = [a.text().split("\t")[0] for a in edit.createStandardContextMenu().actions() if a.text()]
    assert catalog("QLineEdit", "Select All") in menu and "Select All" not in menu
    english = {text for _context, text in QT_WORDS} - {"OK"}
    assert not english & {t.split("\t")[0] for t in _build_everything(qtbot)}
