"""E-mail domains and company names reduced to what they share: ``ana@acme.co.uk`` and "Acme Ltd".

A contact list without a company column is matched to accounts through the e-mail domain:
the account whose contacts already use that domain, or whose name the domain spells.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from tracker.excel.synonyms import COMPANY_SUFFIXES, FREE_MAIL

__all__ = ["FREE_MAIL", "company_key", "domain_index", "domain_key", "email_domain"]
_SECOND_LEVEL = frozenset({"co", "com", "net", "org", "ac", "gov", "edu", "or", "ne"})


def email_domain(email: str) -> str:
    return email.rsplit("@", 1)[-1].strip().lower() if "@" in email else ""


def company_key(name: str) -> str:
    """'Acme Corp Sdn Bhd' -> 'acme'."""
    return "".join(w for w in re.findall(r"[a-z0-9]+", name.lower()) if w not in COMPANY_SUFFIXES)


def domain_key(domain: str) -> str:
    """'mail.acme.co.uk' -> 'acme': the label before the public suffix."""
    labels = [p for p in domain.split(".") if p]
    if len(labels) > 1:
        labels.pop()
    if len(labels) > 1 and labels[-1] in _SECOND_LEVEL:
        labels.pop()
    return re.sub(r"[^a-z0-9]", "", labels[-1]) if labels else ""


def domain_index(accounts: Mapping[int, Mapping[str, Any]], contacts: Mapping[int, Mapping[str, Any]]
                 ) -> dict[str, int]:
    """Domain (from contacts) or name key (from accounts) -> account id; 0 where two accounts claim it."""
    index: dict[str, int] = {}

    def put(key: str, account: int) -> None:
        if key:
            index[key] = account if index.get(key, account) == account else 0

    for row in contacts.values():
        domain = email_domain(str(row["email"] or ""))
        if domain not in FREE_MAIL:
            put(domain, row["account_id"])
    for aid, row in accounts.items():
        put(company_key(str(row["name"])), aid)
    return index
