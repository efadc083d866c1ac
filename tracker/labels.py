"""The app's words for the core's codes, for surfaces that run without Qt (the report, the CLI).

They are marked in the same "labels" context as ``ui/models/labels.py`` with the same English
source text, so one translation serves both and the report says exactly what the app says
("To do", "Executive sponsor", "Green"). ``tests/ui/test_core_labels.py`` keeps the two lists equal.
"""

from __future__ import annotations

from tracker.i18n import QT_TRANSLATE_NOOP, translate
from tracker.rules import (
    HEALTH_NOT_ENOUGH_DATA,
    REASON_HEALTH_RED,
    REASON_NO_FIRST_VALUE,
    REASON_OFF_TRACK,
)

CONTEXT = "labels"

STATUS = {
    "onboarding": QT_TRANSLATE_NOOP("labels", "Onboarding"), "live": QT_TRANSLATE_NOOP("labels", "Live"),
    "paused": QT_TRANSLATE_NOOP("labels", "Paused"), "churned": QT_TRANSLATE_NOOP("labels", "Churned"),
    "todo": QT_TRANSLATE_NOOP("labels", "To do"), "in_progress": QT_TRANSLATE_NOOP("labels", "In progress"),
    "done": QT_TRANSLATE_NOOP("labels", "Done"), "blocked": QT_TRANSLATE_NOOP("labels", "Blocked"),
    "skipped": QT_TRANSLATE_NOOP("labels", "Skipped"), "open": QT_TRANSLATE_NOOP("labels", "Open"),
}
BAND = {
    "green": QT_TRANSLATE_NOOP("labels", "Green"), "yellow": QT_TRANSLATE_NOOP("labels", "Yellow"),
    "red": QT_TRANSLATE_NOOP("labels", "Red"), "on_track": QT_TRANSLATE_NOOP("labels", "On track"),
    "at_risk": QT_TRANSLATE_NOOP("labels", "At risk"), "off_track": QT_TRANSLATE_NOOP("labels", "Off track"),
    HEALTH_NOT_ENOUGH_DATA: QT_TRANSLATE_NOOP("labels", "Not enough data yet"),
}
REASON = {
    REASON_HEALTH_RED: QT_TRANSLATE_NOOP("labels", "Health red"),
    REASON_OFF_TRACK: QT_TRANSLATE_NOOP("labels", "Tasks off track (over 60 % overdue)"),
    REASON_NO_FIRST_VALUE: QT_TRANSLATE_NOOP("labels", "No first value after 90 days"),
}
ROLE = {
    "end_user": QT_TRANSLATE_NOOP("labels", "End user"), "admin": QT_TRANSLATE_NOOP("labels", "Admin"),
    "analyst": QT_TRANSLATE_NOOP("labels", "Analyst"), "developer": QT_TRANSLATE_NOOP("labels", "Developer"),
    "sponsor": QT_TRANSLATE_NOOP("labels", "Executive sponsor"),
}
FEEDBACK_KIND = {"csat": QT_TRANSLATE_NOOP("labels", "CSAT"), "nps": QT_TRANSLATE_NOOP("labels", "NPS")}
MILESTONE_KIND = {
    "implementation": QT_TRANSLATE_NOOP("labels", "Implementation"),
    "provisioning": QT_TRANSLATE_NOOP("labels", "Provisioning"),
    "training": QT_TRANSLATE_NOOP("labels", "Training"),
    "change_management": QT_TRANSLATE_NOOP("labels", "Change management"),
    "first_value": QT_TRANSLATE_NOOP("labels", "First value"),
    "go_live": QT_TRANSLATE_NOOP("labels", "Go-live"), "custom": QT_TRANSLATE_NOOP("labels", "Custom"),
}
STAGE = {s: s for s in ("Embark", "Handoff", "Kickoff", "Adopt", "Review", "Expand")}
_STAGE_MARKS = (QT_TRANSLATE_NOOP("labels", "Embark"), QT_TRANSLATE_NOOP("labels", "Handoff"),
                QT_TRANSLATE_NOOP("labels", "Kickoff"), QT_TRANSLATE_NOOP("labels", "Adopt"),
                QT_TRANSLATE_NOOP("labels", "Review"), QT_TRANSLATE_NOOP("labels", "Expand"))

TABLES: dict[str, dict[str, str]] = {
    "status": STATUS, "band": BAND, "reason": REASON, "role": ROLE, "feedback_kind": FEEDBACK_KIND,
    "milestone_kind": MILESTONE_KIND, "stage": STAGE,
}


def label(kind: str, code: str | None) -> str:
    """The app's word for ``code`` of ``kind`` (a key of :data:`TABLES`); unknown codes as they are."""
    if not code:
        return ""
    text = TABLES[kind].get(code)
    return translate(CONTEXT, text) if text is not None else code
