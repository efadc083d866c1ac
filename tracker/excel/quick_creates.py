"""The plain new row of a contacts, tasks or milestones sheet, planned without the whole resolve.

Nearly every row of a big sheet of new contacts is the same story: no id of its own, an
account that the column names plainly, nothing in the database with that e-mail or title,
no earlier row like it. :func:`tracker.excel.resolve.resolve_row` tells that story at 9 to
10 us a row (100,000 rows: about a second of the preview); here it costs a third of that.
What makes it cheaper is memory, not another rule: the account a reference names is asked
of ``resolve._account_ref`` itself, once per distinct (id, CRM ID, name), and the values are
``resolve._clean``'s. A row that is anything but such a create (an own id, a match, a
duplicate, a missing title, a task's status, a reference by e-mail domain) gets None, and the
caller resolves it in full, so every verdict and sentence stays the one ``resolve_row`` gives.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tracker.excel.resolve import CHILD_TEXT, OWN_ID, Lookups, Outcome, _account_ref, _clean

# What a row's account reference resolved to: (account id, label), or None for a problem.
Ref = tuple[int, str] | None
QuickCreate = Callable[[dict[str, Any], int], tuple[str, int, dict[str, Any]] | None]
_REFS = ("account_id", "account_external_id", "account_name")


def quick_creates(kind: str, lk: Lookups, labels: dict[str, str],
                  seen: dict[tuple[Any, ...], int]) -> QuickCreate | None:
    """For a contacts, tasks or milestones sheet: a function that plans one converted row as a
    create, (label, account id, values to store), claiming its key in ``seen`` as
    ``resolve_row`` would, or answers None (and changes nothing) for the full resolve."""
    if kind not in CHILD_TEXT:
        return None
    own, text = OWN_ID[kind], CHILD_TEXT[kind]
    contacts = kind == "contacts"
    tasks = kind == "tasks"
    by_key = lk.by_key[kind]
    emails = lk.emails
    refs: dict[tuple[Any, Any, Any], Ref] = {}

    def account(aid: Any, ext: Any, name: Any) -> Ref:
        probe: dict[str, Any] = {"account_id": aid, "account_external_id": ext, "account_name": name}
        out = Outcome()
        _account_ref(probe, lk, labels, out)
        return None if out.problems or out.account_id is None else (out.account_id, out.label)

    def plan(values: dict[str, Any], row: int) -> tuple[str, int, dict[str, Any]] | None:
        if values.get(own) is not None or (tasks and values.get("status")):
            return None
        aid, ext, name = values.get("account_id"), values.get("account_external_id") or None, \
            values.get("account_name") or None
        if aid is None and ext is None and name is None:
            return None  # by e-mail domain, or no account at all: the full resolve says
        ref_key = (aid, ext, name)
        try:
            found = refs[ref_key]
        except KeyError:
            found = refs[ref_key] = account(aid, ext, name)
        except TypeError:  # an unhashable value cannot be a plain reference
            return None
        if found is None:
            return None
        account_id, label = found
        title = str(values.get(text) or "")
        if not title:
            return None
        email = values.get("email") if contacts else None
        email_key = str(email).lower() if email else ""
        if account_id > 0:
            if email_key:
                if (account_id, email_key) in emails:
                    return None
            elif by_key.get((account_id, title.lower())):
                return None
        key = (account_id, email_key or title.lower())
        if key in seen:
            return None
        seen[key] = row
        stored = _clean(values, True)
        stored.pop(own, None)
        for ref in _REFS:
            stored.pop(ref, None)
        return (f"{label} · {title}" if label else title), account_id, stored

    return plan
