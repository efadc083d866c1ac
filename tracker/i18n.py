"""Words of the core, made in one place and translatable without Qt.

The core speaks in codes and values; when it must hand back a sentence (a KPI's label,
formula or detail, an error), the sentence's English template is marked with
:func:`QT_TRANSLATE_NOOP` so ``pyside6-lupdate`` collects it into the same ``.ts`` catalog
as the interface, and it is rendered through :func:`translate` at the moment it is shown.

The window installs Qt's translator (``QCoreApplication.translate``), so core words and
interface words come from one ``.qm``; the command line, which must not load Qt, installs
a :class:`Catalog` read from the same ``.ts`` source. Until something is installed the
English template is used as it is.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol


class Translator(Protocol):
    """``QCoreApplication.translate``'s shape: a counted text (``n`` >= 0) comes back in the
    plural form the language needs, with ``%n`` filled in."""

    def __call__(self, context: str, text: str, disambiguation: str | None = None,
                 n: int = -1, /) -> str: ...


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark ``text`` for translation in ``context``; returns it unchanged."""
    return text


def QT_TRANSLATE_N_NOOP(context: str, text: str) -> str:
    """Mark a counted ``text`` ("%n account(s)") for translation with plural forms.

    lupdate's Python parser skips this macro; ``packaging/translations.py`` collects it
    (and every ``ntr()`` call) itself, as a numerus message.
    """
    return text


def _identity(_context: str, text: str, _disambiguation: str | None = None, n: int = -1, /) -> str:
    return fill_count(text, n)


_OPTIONAL_S = re.compile(r"\(s\)")


def fill_count(text: str, n: int) -> str:
    """``%n`` and ``%Ln`` replaced by ``n``, as Qt does for a counted text (n < 0: unchanged)."""
    if n < 0:
        return text
    return text.replace("%Ln", f"{n:,}").replace("%n", str(n))


def english_plural(text: str, n: int) -> str:
    """The English source's "(s)" as the right English form: 1 account, 2 accounts.

    Used whenever no catalog supplied a form, so English never reads "1 account(s)".
    """
    return _OPTIONAL_S.sub("" if n == 1 else "s", text)


_translator: Translator = _identity


def install(translator: Translator | None) -> None:
    """Use ``translator`` for every core sentence from now on (None: back to English)."""
    global _translator
    _translator = translator or _identity


def translate(context: str, text: str) -> str:
    """``text`` (an English template marked in ``context``) in the installed language."""
    return _translator(context, text)


def plural(context: str, text: str, n: int) -> str:
    """A counted ``text`` (marked with :func:`QT_TRANSLATE_N_NOOP`) for ``n``, in the plural
    form of the installed language; English forms when nothing translates it."""
    translated = _translator(context, text, None, n)
    untranslated = fill_count(text, n)
    if translated not in (untranslated, text):
        return translated
    return english_plural(untranslated, n)


def counted_words(context: str, template: str, n: int, *args: object) -> str:
    """:func:`plural`, then its ``{0}``, ``{1}`` ... filled in (``%n`` is the count)."""
    text = plural(context, template, n)
    return text.format(*(a.text() if isinstance(a, Phrase) else a for a in args)) if args else text


def words(context: str, template: str, *args: object) -> str:
    """Translate a template, then fill in its ``{0}``, ``{1}`` ... values.

    A value that is itself a :class:`Phrase` is rendered first, so sentences compose.
    """
    text = translate(context, template)
    if not args:
        return text
    return text.format(*(a.text() if isinstance(a, Phrase) else a for a in args))


@dataclass(frozen=True)
class Phrase:
    """A sentence as code and values: rendered in the current language when shown.

    ``template`` is the English text, marked where it is written with
    :func:`QT_TRANSLATE_NOOP` in ``context``.
    """

    context: str
    template: str
    args: tuple[object, ...] = ()

    def text(self) -> str:
        return words(self.context, self.template, *self.args)

    def __str__(self) -> str:
        return self.text()

    @property
    def empty(self) -> bool:
        return not self.template


NO_PHRASE = Phrase("", "")


MoneyFormatter = Callable[[float], str]


def _dollars(amount: float) -> str:
    return f"-${-amount:,.0f}" if amount < 0 else f"${amount:,.0f}"


_money: MoneyFormatter = _dollars


def install_money_format(formatter: MoneyFormatter | None) -> None:
    """Use ``formatter`` for every amount the core writes into a sentence (None: "$1,234")."""
    global _money
    _money = formatter or _dollars


@dataclass(frozen=True)
class Money:
    """An amount inside a sentence, written in the user's currency format when shown."""

    amount: float

    def __format__(self, spec: str) -> str:
        return _money(self.amount)

    def __str__(self) -> str:
        return _money(self.amount)


class Catalog:
    """Translations read from a Qt Linguist ``.ts`` file, for code that runs without Qt.

    Only finished translations are used; an unfinished or missing one falls back to the
    English source, as Qt's own translator does. A numerus message keeps its first form:
    the catalogs' languages (Malay) have one plural form.
    """

    def __init__(self, messages: dict[tuple[str, str], str]) -> None:
        self._messages = messages

    @classmethod
    def from_ts(cls, path: Path) -> Catalog:
        from defusedxml import ElementTree

        root = ElementTree.parse(str(path)).getroot()
        messages: dict[tuple[str, str], str] = {}
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source")
                node = message.find("translation")
                if source is None or node is None or node.get("type") in ("unfinished", "obsolete"):
                    continue
                form = node.find("numerusform") if message.get("numerus") == "yes" else None
                value = form.text if form is not None else node.text
                if value and value.strip():
                    messages[(name, source)] = value
        return cls(messages)

    def __call__(self, context: str, text: str, disambiguation: str | None = None, n: int = -1, /) -> str:
        return fill_count(self._messages.get((context, text), text), n)

    def __len__(self) -> int:
        return len(self._messages)


def translation_file(language: str, suffix: str) -> Path | None:
    """The shipped ``tracker_<language>`` file (``.ts`` source or compiled ``.qm``) for
    ``language`` ('ms', 'ms_MY': the region falls back to the language), or None."""
    from importlib import resources

    folder = resources.files("tracker").joinpath("translations")
    for name in (f"tracker_{language}{suffix}", f"tracker_{language.split('_')[0]}{suffix}"):
        entry = folder.joinpath(name)
        if entry.is_file():
            return Path(str(entry))
    return None


def catalog_path(language: str) -> Path | None:
    """The shipped ``.ts`` catalog for ``language`` ('ms', 'ms_MY'), or None."""
    return translation_file(language, ".ts")


LANGUAGE_VARIABLE = "ONBOARDING_TRACKER_LANG"


def language_from_environment(environ: Mapping[str, str] | None = None) -> str | None:
    """The language the command line speaks: ``ONBOARDING_TRACKER_LANG``, else the POSIX
    locale variables; None for C/POSIX or nothing set (the CLI cannot read the window's
    QSettings without loading Qt)."""
    env = os.environ if environ is None else environ
    for name in (LANGUAGE_VARIABLE, "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "").split(".")[0].split("@")[0]
        if value:
            return None if value in ("C", "POSIX") else value
    return None


def install_catalog(language: str | None) -> Catalog | None:
    """Use the shipped catalog of ``language`` for core sentences; without one, nothing is
    installed (the translator in force, English by default, stays)."""
    path = catalog_path(language) if language else None
    if path is None:
        return None
    catalog = Catalog.from_ts(path)
    install(catalog)
    return catalog
