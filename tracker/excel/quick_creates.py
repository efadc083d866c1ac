"""The plain new rows of a contacts, tasks or milestones sheet, planned a column at a time.

Nearly every row of a big sheet of new contacts is the same story: no id of its own, an
account that the columns name plainly, nothing in the database with that e-mail or title.
:func:`tracker.excel.resolve.resolve_row` tells that story row by row at about 10 us a row
(100,000 rows: a second of the preview), building a dict twice per row. Here the same
facts are taken a column at a time: the account a reference names is asked of
``resolve._account_ref`` itself, once per distinct (id, CRM ID, name), and the stored values
are what ``resolve._clean`` keeps, every row's dict built in one C loop. What the preview
still does per row is the order-dependent part, whether an earlier row claimed the same key,
and a sheet of nothing but plain creates with keys of their own skips even that. A row that
is anything but such a create (an own id, a match in the database, a missing title, a task's
status, an account by e-mail domain, a cell that failed) gets None, and the preview resolves
it in full, so every verdict and sentence stays the one ``resolve_row`` gives.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import compress, repeat
from typing import Any

from tracker.excel.lookups import Lookups
from tracker.excel.resolve import CHILD_TEXT, OWN_ID, Outcome, _account_ref, _clean

_REFS = ("account_id", "account_external_id", "account_name")
_PLAIN = frozenset({str, int, float, type(None)})


@dataclass(frozen=True)
class QuickPlans:
    """Per data row: the key a plain create claims in the preview's ``seen`` (None: resolve the
    row in full), its label, its account id and the values it stores. ``complete``: every row
    is such a create, each with a key of its own, so no row's verdict depends on another's."""

    keys: list[tuple[Any, str] | None]
    labels: list[str]
    accounts: list[int]
    stored: list[dict[str, Any]]
    complete: bool


def quick_creates(kind: str, keys: Sequence[str], columns: Sequence[list[Any]], lk: Lookups,
                  labels: dict[str, str], failed: Collection[int]) -> QuickPlans | None:
    """The plain creates of a contacts, tasks or milestones sheet; None for the whole sheet
    where another kind or First + Last name columns (joined per row by the preview) leave
    nothing to take column-wise. ``columns`` are the converted columns in ``keys`` order;
    rows in ``failed`` had a cell that did not convert."""
    if kind not in CHILD_TEXT or "first_name" in keys or "last_name" in keys or not columns:
        return None
    own, text = OWN_ID[kind], CHILD_TEXT[kind]
    height = len(columns[0])
    none: list[Any] = [None] * height
    column = dict(zip(keys, columns, strict=True))
    present = [key for key in _REFS if key in column]
    ask: Callable[[Any], tuple[int, str] | None]
    if present == ["account_id"]:  # the usual export of ids: the id alone is the reference
        triples: list[Any] = column["account_id"]
        ask = lambda aid: _account((aid, None, None), lk, labels)  # noqa: E731
    else:
        exts = [v or None for v in column.get("account_external_id", none)]
        names = [v or None for v in column.get("account_name", none)]
        triples = list(zip(column.get("account_id", none), exts, names, strict=True))
        ask = lambda triple: _account(triple, lk, labels)  # noqa: E731
    try:
        accounts = {triple: ask(triple) for triple in set(triples)}
    except TypeError:  # an unhashable cell is no plain reference
        return None
    found = list(map(accounts.__getitem__, triples))
    titles = [str(v or "") for v in column.get(text, none)]
    emails = [str(v).lower() if v else "" for v in column.get("email", none)] if kind == "contacts" \
        else [""] * height
    status = column.get("status", none) if kind == "tasks" else none
    ok = [ref is not None and title != "" and rid is None and not done
          for ref, title, rid, done in zip(found, titles, column.get(own, none), status, strict=True)]
    for offset in failed:
        ok[offset] = False
    ids = [ref[0] if ref is not None else 0 for ref in found]
    texts = [e or t.lower() for e, t in zip(emails, titles, strict=True)]
    claims: list[tuple[Any, str]] = list(zip(ids, texts, strict=True))
    by_key, known = lk.by_key[kind], lk.emails
    # (account, e-mail) or (account, title) is the key of the duplicate check and of the
    # database's match alike; a row the database has is an update or no change.
    for offset in [i for i, aid, good in zip(range(height), ids, ok, strict=True) if good and aid > 0]:
        if (claims[offset] in known) if emails[offset] else by_key.get(claims[offset]):
            ok[offset] = False
    shown = [(f"{ref[1]} · {title}" if ref[1] else title) if good and ref is not None else ""
             for ref, title, good in zip(found, titles, ok, strict=True)]
    planned = list(compress(claims, ok))
    return QuickPlans([c if good else None for c, good in zip(claims, ok, strict=True)], shown, ids,
                      _stored(keys, columns, (own, *_REFS)),
                      len(planned) == height and len(set(planned)) == height)


def _account(triple: tuple[Any, Any, Any], lk: Lookups, labels: dict[str, str]) -> tuple[int, str] | None:
    """What ``_account_ref`` makes of one (id, CRM ID, name): (account id, label), or None where
    it finds a problem or must look further (by e-mail domain)."""
    aid, ext, name = triple
    if aid is None and ext is None and name is None:
        return None
    out = Outcome()
    _account_ref({"account_id": aid, "account_external_id": ext, "account_name": name}, lk, labels, out)
    return None if out.problems or out.account_id is None else (out.account_id, out.label)


def _stored(keys: Sequence[str], columns: Sequence[list[Any]],
            left_out: tuple[str, ...]) -> list[dict[str, Any]]:
    """Each row's values as ``_clean(values, creating=True)`` gives them, less ``left_out``:
    every row's dict built in one C loop, then the blank cells taken out column by column."""
    kept = [(key, col) for key, col in zip(keys, columns, strict=True) if key not in left_out]
    height = len(columns[0]) if columns else 0
    if not kept:
        return [{} for _ in range(height)]
    names = [key for key, _ in kept]
    cells = [col for _, col in kept]
    if any(isinstance(v, date) for col in cells if not set(map(type, col)) <= _PLAIN for v in col):
        return [_clean(dict(zip(names, row, strict=True)), True) for row in zip(*cells, strict=True)]
    out = list(map(dict, map(zip, repeat(names), zip(*cells, strict=True))))
    for name, col in kept:
        if None in col or "" in col:
            for i in [i for i, v in enumerate(col) if v is None or v == ""]:
                del out[i][name]
    return out
