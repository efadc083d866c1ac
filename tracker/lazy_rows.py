"""A module's row classes loaded on first use (PEP 562), for the modules start-up reads early.

:mod:`tracker.domain` and :mod:`tracker.domain_signals` hold vocabularies the first paint needs
and row dataclasses it does not: defining 16 dataclasses costs about 1.2 ms each at import.
Both hand their rows out through the ``__getattr__`` made here, so ``from tracker.domain
import Task`` keeps working and the class is defined only when someone asks for it.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable


def rows_on_first_use(module: str, source: str, names: frozenset[str]) -> Callable[[str], object]:
    """The ``__getattr__`` of ``module``: ``names`` come from ``source``, imported on first use
    and then kept in ``module``, so later lookups no longer go through here."""

    def __getattr__(name: str) -> object:
        if name in names:
            value = getattr(importlib.import_module(source), name)
            setattr(sys.modules[module], name, value)
            return value
        raise AttributeError(f"module {module!r} has no attribute {name!r}")

    return __getattr__
