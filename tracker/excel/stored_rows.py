"""A table's stored rows for matching an import, read only if something asks for them.

A sheet of new rows is matched on a few columns (e-mail, name, title within the account);
only an update compares against the whole stored row. Reading every contact of an L
portfolio as a dict cost a fifth of previewing 100,000 new ones, for rows nobody read.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any


class LazyRows(Mapping[int, dict[str, Any]]):
    """A table's stored rows by id, read from the database the first time anything asks."""

    def __init__(self, load: Callable[[], dict[int, dict[str, Any]]]) -> None:
        self._load: Callable[[], dict[int, dict[str, Any]]] | None = load
        self._rows: dict[int, dict[str, Any]] = {}

    def _loaded(self) -> dict[int, dict[str, Any]]:
        if self._load is not None:
            self._rows, self._load = self._load(), None
        return self._rows

    def __getitem__(self, rid: int) -> dict[str, Any]:
        return self._loaded()[rid]

    def __iter__(self) -> Iterator[int]:
        return iter(self._loaded())

    def __len__(self) -> int:
        return len(self._loaded())
