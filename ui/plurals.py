"""Counted words through Qt's numerus translation, with English forms until a catalogue exists.

``ntr(context, "%n account(s)", n)`` asks ``QCoreApplication.translate(context, text, None, n)``,
which is how Qt picks the plural form a language needs (Malay has one, English two). lupdate's
Python parser does not see these calls, so ``packaging/translations.py`` collects every
``ntr()`` with literal context and text as a numerus message itself. Without a loaded
translation Qt gives the source back with only ``%n`` filled in ("1 account(s)"); then the
English source's "(s)" becomes the right English form (:func:`tracker.i18n.english_plural`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from tracker.i18n import english_plural


def ntr(context: str, text: str, n: int) -> str:
    """``text`` with ``%n`` (or ``%Ln``, localised digits) for ``n``, in the right plural form."""
    translated = QCoreApplication.translate(context, text, None, n)
    untranslated = text.replace("%Ln", QLocale().toString(n)).replace("%n", str(n))
    if translated != untranslated:
        return translated  # a catalogue supplied the form
    return english_plural(untranslated, n)
