"""Matching import rows to what the database holds, so re-importing updates instead of duplicating.

Accounts match on Account ID, then CRM ID, then name (only if the name is unique); their
first-value and go-live dates follow achieved milestones, so a blank cell does not clear them;
contacts on Contact ID, then e-mail within the account, then name within the account;
tasks and milestones on their id, then title/name within the account; feedback on its id,
then (account, survey, date, contact). Everything is loaded once into dictionaries, so a
100,000-row sheet costs dictionary lookups, not queries.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from tracker.excel.domains import FREE_MAIL, domain_index, domain_key, email_domain
from tracker.excel.lookups import TABLES, Lookups

ACCOUNT_REFS = ("account_id", "account_external_id", "account_name")
# Fields a blank cell leaves as they are (the column is NOT NULL or an identity).
KEEP_ON_BLANK = frozenset({"name", "mrr", "status", "stage", "title", "kind", "score", "date",
                           "role", "company_size", "tech_proficiency"})
OWN_ID = {"contacts": "contact_id", "tasks": "task_id", "milestones": "milestone_id"}
CHILD_TEXT = {"contacts": "name", "tasks": "title", "milestones": "name"}  # what names the row


@dataclass(slots=True)
class Outcome:
    label: str = ""
    target_id: int | None = None
    account_id: int | None = None
    values: dict[str, Any] = field(default_factory=dict)
    changes: dict[str, tuple[Any, Any]] = field(default_factory=dict)
    problems: list[tuple[str, str]] = field(default_factory=list)


def _clean(values: dict[str, Any], creating: bool) -> dict[str, Any]:
    if creating:
        return {k: (v.isoformat() if isinstance(v, date) else v) for k, v in values.items()
                if v is not None and v != ""}
    out: dict[str, Any] = {}
    for key, value in values.items():
        if isinstance(value, date):
            value = value.isoformat()
        if value is None or value == "":
            if key in KEEP_ON_BLANK or creating:
                continue
            value = None if key.endswith(("_date", "_id")) or key in ("segment_id",) else ""
        out[key] = value
    return out


def _diff(current: dict[str, Any], values: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    return {k: (current.get(k), v) for k, v in values.items() if k in current and current.get(k) != v}


def _duplicate(seen: dict[tuple[Any, ...], int], key: tuple[Any, ...], row: int, out: Outcome,
               column: str) -> None:
    first = seen.setdefault(key, row)
    if first != row:
        out.problems.append((column, f"duplicate of row {first}"))


def _account_ref(values: dict[str, Any], lk: Lookups, labels: dict[str, str], out: Outcome) -> None:
    aid = values.pop("account_id", None)
    ext = values.pop("account_external_id", None) or None
    name = values.pop("account_name", None) or None
    out.label = name or ext or (str(aid) if aid is not None else "")
    if aid is not None:
        if aid in lk.accounts:
            out.account_id = aid
            out.label = lk.accounts[aid]["name"]
        else:
            out.problems.append((labels["account_id"], f"no account with id {aid}"))
        return
    if ext:
        found = lk.by_ext.get(ext) or lk.pending_ext.get(ext)
        if found:
            out.account_id = found
            return
        if not name:
            out.problems.append((labels["account_external_id"], f"no account with CRM ID '{ext}'"))
            return
    if name:
        ids = lk.by_name.get(name.lower(), [])
        if len(ids) == 1:
            out.account_id = ids[0]
        elif len(ids) > 1:
            out.problems.append((labels["account_name"], f"{len(ids)} accounts are named '{name}'; "
                                 "add an Account ID or CRM ID column"))
        elif name.lower() in lk.pending_name:
            out.account_id = lk.pending_name[name.lower()]
        else:
            out.problems.append((labels["account_name"], f"no account named '{name}'"))
        return
    email = str(values.get("email") or "")
    if "email" in labels and email:
        _account_by_domain(email, lk, labels["email"], out)
        return
    out.problems.append(("", "missing account (map an Account, CRM ID or Account ID column)"))


def _account_by_domain(email: str, lk: Lookups, column: str, out: Outcome) -> None:
    """A contact with no company column belongs to the one account its e-mail domain points at:
    the account whose other contacts use that domain, or whose name the domain spells."""
    domain = email_domain(email)
    if not domain:
        return  # the e-mail check of the row says why
    if domain in FREE_MAIL:
        out.problems.append((column, f"a {domain} address does not say which account; add a Company column"))
        return
    if lk.domains is None:
        lk.domains = domain_index(lk.accounts, lk.rows.get("contacts", {}))
    found = lk.domains.get(domain) or lk.domains.get(domain_key(domain))
    if found is None and domain_key(domain) in lk.pending_keys:
        found = lk.pending_keys[domain_key(domain)]
    if not found:
        why = "several accounts match" if found == 0 else "no account matches"
        out.problems.append((column, f"{why} the e-mail domain '{domain}'; add a Company column"))
        return
    out.account_id = found
    out.label = lk.accounts[found]["name"] if found in lk.accounts else out.label


def _accounts(values: dict[str, Any], lk: Lookups, labels: dict[str, str], seen: dict[tuple[Any, ...], int],
              row: int, today: date, out: Outcome) -> None:
    aid = values.pop("account_id", None)
    if "segment" in values:
        values["segment_id"] = values.pop("segment")
    ext = values.get("external_id") or None
    name = values.get("name") or ""
    out.label = name or ext or (str(aid) if aid is not None else "")
    target: int | None = None
    if aid is not None:
        if aid not in lk.accounts:
            out.problems.append((labels["account_id"], f"no account with id {aid}"))
            return
        target = aid
    elif ext and ext in lk.by_ext:
        target = lk.by_ext[ext]
    elif name:
        ids = [i for i in lk.by_name.get(name.lower(), []) if not (ext and lk.accounts[i]["external_id"])]
        if len(ids) > 1:
            out.problems.append((labels["name"], f"{len(ids)} accounts are named '{name}'; "
                                 "add an Account ID or CRM ID column"))
            return
        target = ids[0] if ids else None
    key: tuple[Any, ...] = ("id", target) if target else ("ext", ext) if ext else ("name", name.lower())
    _duplicate(seen, key, row, out, labels.get("name") or labels.get("external_id") or "")
    if ext and ext in lk.by_ext and lk.by_ext[ext] != target:
        other = lk.accounts[lk.by_ext[ext]]["name"]
        out.problems.append((labels["external_id"], f"CRM ID '{ext}' already belongs to '{other}'"))
    # MRR, proficiency and size ranges: tracker.validation, through tracker.excel.row_checks.
    if target is None and not name:
        out.problems.append((labels.get("name", "Account"), "missing name"))
    if "name" in values and not name and target is not None:
        values.pop("name")
    current = lk.account_row(target) if target else None
    for date_key in ("first_value_date", "golive_date"):
        # These dates follow an achieved milestone (as in the app); a blank cell does not undo it.
        if date_key in values and values[date_key] is None and target and lk.achieved(target, date_key):
            values.pop(date_key)
    status = values.get("status")
    if status and "churned_date" not in values:
        was = current["status"] if current else None
        if status == "churned" and was != "churned":
            values["churned_date"] = today
        elif status != "churned" and was == "churned":
            values["churned_date"] = None
    out.target_id = target
    out.values = _clean(values, target is None)
    if current is not None:
        out.changes = _diff(current, out.values)


def _child(kind: str, text: str, values: dict[str, Any], lk: Lookups, labels: dict[str, str],
           seen: dict[tuple[Any, ...], int], row: int, out: Outcome) -> None:
    """Contacts, tasks and milestones: own id, else unique text (or e-mail) within the account."""
    own = OWN_ID[kind]
    rid = values.pop(own, None)
    _account_ref(values, lk, labels, out)
    title = str(values.get(text) or "")
    out.label = f"{out.label} · {title}" if out.label else title
    table = lk.rows[kind]
    email = values.get("email") if kind == "contacts" else None
    email_key = str(email).lower() if email else ""
    target: int | None = None
    if rid is not None:
        if rid not in table:
            out.problems.append((labels[own], f"no {TABLES[kind]} with id {rid}"))
            return
        target = rid
        out.account_id = table[rid]["account_id"]
    elif out.account_id is not None and out.account_id > 0:
        if email_key:
            target = lk.emails.get((out.account_id, email_key))
        elif title:
            ids = lk.by_key[kind].get((out.account_id, title.lower()), [])
            if len(ids) > 1:
                out.problems.append((labels[text], f"{len(ids)} rows of this account are called "
                                     f"'{title}'; keep the ID column to tell them apart"))
                return
            target = ids[0] if ids else None
    if out.problems:
        return
    key = ("id", target) if target else (out.account_id, email_key or title.lower())
    _duplicate(seen, key, row, out, labels.get(text) or labels.get(own) or "")
    if target is None and not title:
        out.problems.append((labels.get(text, text), f"missing {text}"))
    current = table.get(target) if target else None
    if current is not None and kind == "contacts" and email_key == str(current["email"]).lower():
        values.pop("email", None)  # a change of case only is not a change
    if kind == "tasks" and values.get("status"):
        status = values["status"]
        if status == "done" and not values.get("done_date"):
            was_done = current is not None and current["status"] == "done"
            values["done_date"] = current["done_date"] if was_done and current else lk.today
        elif status != "done" and "done_date" not in values and current and current["done_date"]:
            values["done_date"] = None
    out.target_id = target
    out.values = _clean(values, target is None)
    if current is not None:
        out.changes = _diff(current, out.values)


def _feedback(values: dict[str, Any], lk: Lookups, labels: dict[str, str], seen: dict[tuple[Any, ...], int],
              row: int, out: Outcome) -> None:
    fid = values.pop("feedback_id", None)
    _account_ref(values, lk, labels, out)
    email = str(values.pop("contact_email", None) or "").lower()
    table = lk.rows["feedback"]
    target: int | None = None
    if fid is not None:
        if fid not in table:
            out.problems.append((labels["feedback_id"], f"no feedback with id {fid}"))
            return
        target = fid
        out.account_id = table[fid]["account_id"]
    if out.problems:
        return
    assert out.account_id is not None
    contact = lk.emails.get((out.account_id, email)) if email else None
    if "contact_email" in labels:
        values["contact_id"] = contact
    current = table.get(target) if target else None
    kind = values.get("kind") or (current["kind"] if current else None)
    when = values.get("date")
    when_text = when.isoformat() if isinstance(when, date) else when if isinstance(when, str) else None
    score = values.get("score")
    comment = values.get("comment") or ""
    if target is None and out.account_id > 0 and kind and when_text:
        ids = lk.by_key["feedback"].get((out.account_id, kind, when_text, contact), [])
        if contact is None:  # anonymous: several a day are several responses; only the same one matches
            ids = [i for i in ids if (table[i]["score"], table[i]["comment"] or "") == (score, comment)][:1]
        target = ids[0] if len(ids) == 1 else None
        current = table.get(target) if target else None
    if kind is None and target is None:
        out.problems.append((labels.get("kind", "Survey"), "missing survey kind (CSAT or NPS)"))
    if score is not None and kind:
        low, high = (1, 5) if kind == "csat" else (0, 10)
        if not low <= score <= high:
            out.problems.append((labels["score"], f"a {kind.upper()} score is {low} to {high}"))
    if target is None and score is None:
        out.problems.append((labels.get("score", "Score"), "missing score"))
    if target is None and when is None:
        out.problems.append((labels.get("date", "Date"), "missing date"))
    out.label = f"{out.label} · {str(kind or '').upper()} {score if score is not None else ''}".strip()
    if out.problems:
        return  # a rejected row claims no key
    # Only an identical row is a duplicate: two anonymous CSATs of one day are two responses.
    # Said of the row, not of a column: the preview would otherwise try the row without its date.
    key = ("id", target) if target else (out.account_id, kind, when_text, contact, score, comment)
    _duplicate(seen, key, row, out, "")
    out.target_id = target
    out.values = _clean(values, target is None)
    if current is not None:
        out.changes = _diff(current, out.values)


def resolve_row(kind: str, values: dict[str, Any], lk: Lookups, labels: dict[str, str],
                seen: dict[tuple[Any, ...], int], row: int, today: date) -> Outcome:
    """Match one converted row; the outcome is a create, an update, no change, or problems."""
    out = Outcome()
    lk.today = today
    if kind == "accounts":
        _accounts(values, lk, labels, seen, row, today, out)
    elif kind == "feedback":
        _feedback(values, lk, labels, seen, row, out)
    else:
        _child(kind, CHILD_TEXT[kind], values, lk, labels, seen, row, out)
    return out
