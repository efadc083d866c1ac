"""The interface language: Qt's translator for the chosen language, loaded once at start,
and the locale that names months and weekdays in that language.

The choice is the user's (Edit > Preferences, kept in QSettings); a change applies at the
next start, because every widget's words are made when it is built. A user who picks Malay
on an English system should read "Isnin, 15 Jun 2026", not a Malay sentence around an
English date; what Preferences calls the system's (the short date style, the week start)
and what a workbook from this computer was written with (the import's hints) keep asking
``QLocale.system()``.
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


def interface_locale(choice: str, system: QLocale | None = None) -> QLocale | None:
    """The default locale for an interface language other than the system's, else None.

    It keeps the system's territory where the pair exists (English on a German system still
    writes 1.234,5), and otherwise takes the language's own (Malay on a US system: ms_MY).
    """
    system = QLocale.system() if system is None else system
    if choice == "system":
        return None
    wanted = QLocale(choice)
    if wanted.language() == system.language():
        return None
    here = QLocale(wanted.language(), system.territory())
    return here if here.language() == wanted.language() else wanted


def install_interface_locale(choice: str, translated: bool) -> QLocale | None:
    """Make :func:`interface_locale` Qt's default, when the interface really speaks it: a
    language whose catalog did not load leaves the words, and so the dates, in English.
    English is the source language and needs no catalog."""
    locale = interface_locale(choice) if translated or choice == "en" else None
    if locale is not None:
        QLocale.setDefault(locale)
    return locale
