"""Counted words through Qt's numerus translation, with English forms until a catalogue exists.

``QCoreApplication.translate(context, "%n account(s)", "", n)`` is how Qt picks the plural
form a language needs (Malay has one, English two). Without a loaded translation Qt gives the
source text back with only ``%n`` filled in, which reads "1 account(s)"; here the English
source's "(s)" becomes the right English form, so the interface never says "1 accounts".
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLocale

_OPTIONAL_S = re.compile(r"\(s\)")


def ntr(context: str, text: str, n: int) -> str:
    """``text`` with ``%n`` (or ``%Ln``, localised digits) for ``n``, in the right plural form."""
    translated = QCoreApplication.translate(context, text, "", n)
    untranslated = text.replace("%Ln", QLocale().toString(n)).replace("%n", str(n))
    if translated != untranslated:
        return translated  # a catalogue supplied the form
    return _OPTIONAL_S.sub("" if n == 1 else "s", untranslated)
