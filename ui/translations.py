"""The interface language: Qt's translator for the chosen language, loaded once at start.

The choice is the user's (Edit > Preferences, kept in QSettings); a change applies at the
next start, because every widget's words are made when it is built.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from tracker import i18n


def language_code(choice: str) -> str:
    """The language to load for a Preferences choice ('system', 'en', 'ms')."""
    return QLocale.system().name() if choice == "system" else choice


def install_translator(app: QCoreApplication, choice: str) -> QTranslator | None:
    """Load ``tracker/translations/tracker_<lang>.qm`` for the chosen language, if shipped.

    English is the source language: it needs no file. A missing or unreadable file leaves
    the interface in English rather than stopping the start.
    """
    code = language_code(choice)
    if code.split("_")[0] == "en":
        return None
    path = i18n.translation_file(code, ".qm")
    if path is None:
        return None
    translator = QTranslator(app)
    if not translator.load(str(path)):
        return None
    app.installTranslator(translator)
    return translator
