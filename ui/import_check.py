"""A cheaper answer to PySide6's "does this module use PySide6?" question.

PySide6 (6.4 and later, PYSIDE-2029) replaces ``builtins.__import__``; after every import
its ``shibokensupport.feature.feature_imported`` asks ``_mod_uses_pyside`` about each
module it has not seen, which runs ``inspect.getsource`` on it: the file is located,
decoded and split into lines (kept in ``linecache`` for the life of the process) only to
search it for the word "PySide6". The start of the app pays that for about 140 modules,
some 30 ms here, before its first paint.

:func:`install` swaps in a check that reads a plain ``.py`` file as bytes and searches the
same word; any other module (built in, frozen, compiled only, a bundle's archive, a file
that cannot be read) still goes to PySide6's own check, so the answer, and the feature
switching that follows from it, are unchanged. ``_mod_uses_pyside`` is not public API: when
a PySide6 release moves or drops it, :func:`install` changes nothing and the import hook
works as that release made it.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

FEATURE_MODULE = "shibokensupport.feature"
CHECK_NAME = "_mod_uses_pyside"
MARK = "_tracker_fast_check"


def source_mentions_pyside(module: ModuleType, fallback: Callable[[ModuleType], bool]) -> bool:
    """Whether ``module``'s source file holds "PySide6", as PySide6's check answers it."""
    spec = getattr(module, "__spec__", None)
    origin = getattr(spec, "origin", None)
    if isinstance(origin, str) and origin.endswith(".py") and getattr(module, "__file__", None) == origin:
        try:
            with open(origin, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            pass
    return bool(fallback(module))


def install() -> bool:
    """Put the cheaper check in place; False (and nothing changed) where PySide6 has no such
    hook, or it is installed already."""
    feature = sys.modules.get(FEATURE_MODULE)
    original = getattr(feature, CHECK_NAME, None)
    if feature is None or not callable(original) or getattr(original, MARK, False):
        return False

    def uses_pyside(module: ModuleType) -> bool:
        return source_mentions_pyside(module, original)

    setattr(uses_pyside, MARK, True)
    uses_pyside.__wrapped__ = original  # type: ignore[attr-defined]
    setattr(feature, CHECK_NAME, uses_pyside)
    return True
