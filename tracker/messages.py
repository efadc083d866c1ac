"""Messages to customers: templates with placeholders, filled in and opened as mail drafts.

We are offline and single-user, so a message is a ``mailto:`` draft the user's own mail
program opens (RFC 6068); nothing is sent from here. Placeholders are the names in braces
below; an unknown name in braces (or a brace the user typed) is left as it is, so a
template can never fail to render.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import quote

from tracker.i18n import QT_TRANSLATE_NOOP, translate

PLACEHOLDERS: tuple[str, ...] = ("account", "contact", "next_milestone", "next_milestone_date",
                                 "open_items", "specialist", "last_milestone")
PLACEHOLDER_HELP: dict[str, str] = {
    "account": QT_TRANSLATE_NOOP("messages", "the account's name"),
    "contact": QT_TRANSLATE_NOOP("messages", "the contact's name"),
    "next_milestone": QT_TRANSLATE_NOOP("messages", "the next milestone not reached yet"),
    "next_milestone_date": QT_TRANSLATE_NOOP("messages", "its target date"),
    "open_items": QT_TRANSLATE_NOOP("messages", "the open checklist items, one a line"),
    "specialist": QT_TRANSLATE_NOOP("messages", "your name (the account's owner)"),
    "last_milestone": QT_TRANSLATE_NOOP("messages", "the milestone reached most recently"),
}
PURPOSE_WORDS: dict[str, str] = {
    "welcome": QT_TRANSLATE_NOOP("messages", "Welcome"),
    "kickoff": QT_TRANSLATE_NOOP("messages", "Kickoff invitation"),
    "checkin": QT_TRANSLATE_NOOP("messages", "Check-in"),
    "milestone": QT_TRANSLATE_NOOP("messages", "Milestone reached"),
    "at_risk": QT_TRANSLATE_NOOP("messages", "At-risk follow-up"),
    "custom": QT_TRANSLATE_NOOP("messages", "Other"),
}
_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
# Open items listed in a message at most; more would bury the point of the message.
OPEN_ITEMS_MAX = 8


@dataclass(frozen=True)
class MessageTemplate:
    id: int
    purpose: str
    language: str
    name: str
    subject: str
    body: str


@dataclass(frozen=True)
class Draft:
    """A filled-in message: who it goes to and what it says."""

    to: tuple[str, ...]
    subject: str
    body: str

    def mailto(self) -> str:
        return mailto_url(self.to, self.subject, self.body)


def purpose_label(purpose: str) -> str:
    return translate("messages", PURPOSE_WORDS.get(purpose, purpose))


def render(text: str, values: Mapping[str, str]) -> str:
    """``text`` with every known placeholder replaced; anything else in braces stays."""
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), text)


def unknown_placeholders(text: str) -> list[str]:
    """Names in braces that are not placeholders (a typo the template editor points out)."""
    return sorted({m.group(1) for m in _PLACEHOLDER.finditer(text)} - set(PLACEHOLDERS))


def fill(template: MessageTemplate, values: Mapping[str, str], to: Sequence[str]) -> Draft:
    # A subject is one line: a placeholder holding line breaks must not break the header.
    subject = " ".join(render(template.subject, values).split())
    return Draft(tuple(a for a in to if a), subject, render(template.body, values))


def mailto_url(to: Sequence[str], subject: str, body: str) -> str:
    """A ``mailto:`` URL per RFC 6068: addresses and header values percent-encoded as UTF-8.

    Line breaks in the body become CRLF (``%0D%0A``), as section 5 asks; ``@`` stays in the
    address part, and everything outside the unreserved set is encoded in the header values
    (``&``, ``=``, ``+``, ``#`` and ``%`` among them, so none of them can end a field early).
    """
    addresses = ",".join(quote(a.strip(), safe="@") for a in to if a.strip())
    fields = []
    if subject:
        fields.append("subject=" + quote(subject, safe=""))
    if body:
        crlf = "\r\n".join(body.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
        fields.append("body=" + quote(crlf, safe=""))
    return "mailto:" + addresses + ("?" + "&".join(fields) if fields else "")
