"""Holding Python's cyclic garbage collector while a large, acyclic result is built.

The account list and health build tens of thousands of frozen rows and tuples at a time;
each allocation burst triggers the collector's generational passes, and its full passes
walk every object already alive, so at 50,000 accounts they grow faster than the list
(issue 21 item 4 measured them at about a sixth of ``account_rows`` there).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collection_held() -> Iterator[None]:
    """Disable the cyclic collector for the block (or, as ``@collection_held()``, the call)
    and restore it as it was. The switch is process-wide: a hold on another thread may end
    this one early, which costs only speed; whoever found it on turns it back on."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
