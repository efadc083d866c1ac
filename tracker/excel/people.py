"""Telling a list of people from a list of companies by its values, not only its headers.

A sheet with one "Name" column matches the accounts' name field as well as the contacts'
one; "Ana Silva", "Ben Lee" make it a list of people, and an import that made them
accounts would quietly fill the portfolio with companies that do not exist.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from tracker.excel.synonyms import COMPANY_SUFFIXES

_PERSON = re.compile(r"^[A-ZÀ-Ý][a-zà-ÿ'’\-]+"
                     r"(?: (?:de|da|van|von|bin|binti|al|[A-ZÀ-Ý][a-zà-ÿ'’.\-]*)){1,3}$")
# Account fields a plain list of people may still seem to fill.
_PEOPLE_FIT = (None, "name", "owner", "notes", "region")


def people_column(fields: Sequence[str | None], names: Sequence[Any]) -> int | None:
    """The account-name column if its values evidently are people and no column says company.

    ``names`` are the name column's first values. Most must look like personal names and none
    may carry a company suffix (Inc, Ltd, GmbH, Sdn Bhd...); any company-only field mapped
    (industry, MRR, plan...) settles it the other way.
    """
    if "name" not in fields or any(f not in _PEOPLE_FIT for f in fields):
        return None
    values = [str(v).strip() for v in names]
    if len(values) < 2:
        return None
    if any(set(re.findall(r"[a-z]+", v.lower())) & COMPANY_SUFFIXES for v in values):
        return None
    people = sum(1 for v in values if _PERSON.match(v))
    return list(fields).index("name") if people >= 0.8 * len(values) else None
