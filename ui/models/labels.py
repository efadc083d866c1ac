"""Translated display names for the core's codes (statuses, bands, reasons, roles, kinds).

The core stores stable codes; only the UI turns them into words, through tr().
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from tracker.queries.portfolio import (
    HEALTH_NOT_ENOUGH_DATA,
    REASON_HEALTH_RED,
    REASON_NO_FIRST_VALUE,
    REASON_OFF_TRACK,
    AccountRow,
)


def tr(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def status(code: str) -> str:
    """Account and task statuses share one list: the same word is translated once."""
    return {
        "onboarding": tr("Onboarding"), "live": tr("Live"), "paused": tr("Paused"),
        "churned": tr("Churned"), "todo": tr("To do"), "in_progress": tr("In progress"),
        "done": tr("Done"), "blocked": tr("Blocked"), "skipped": tr("Skipped"), "open": tr("Open"),
    }.get(code, code)


def band(code: str | None) -> str:
    """Health bands and task on-time bands."""
    return {
        "green": tr("Green"), "yellow": tr("Yellow"), "red": tr("Red"),
        "on_track": tr("On track"), "at_risk": tr("At risk"), "off_track": tr("Off track"),
        HEALTH_NOT_ENOUGH_DATA: tr("Not enough data yet"),
    }.get(code or "", code or "")


def no_health() -> str:
    """What every surface shows instead of a score for an account without enough data."""
    return band(HEALTH_NOT_ENOUGH_DATA)


def no_health_tip() -> str:
    """Why there is no score, as the rule in tracker.kpi.health has it."""
    return tr("No health score yet: nothing is known about this account besides its signed date "
              "(no tasks, contacts, surveys or activity). It is not at risk because of its health.")


def reason(code: str, row: AccountRow | None = None) -> str:
    """Why an account is at risk (the rule book's reason codes), with its numbers when known."""
    if code == REASON_HEALTH_RED:
        if row is not None and row.health is not None:
            return tr("Health {0:.0f} (Red)").format(row.health.score)
        return tr("Health red")
    if code == REASON_OFF_TRACK:
        return tr("Tasks off track (over 60 % overdue)")
    if code == REASON_NO_FIRST_VALUE:
        days = row.days_since_signed if row is not None else None
        if days is not None:
            return tr("No first value after {0} days").format(days)
        return tr("No first value after 90 days")
    return code


def contact_role(code: str) -> str:
    return {
        "end_user": tr("End user"), "admin": tr("Admin"), "analyst": tr("Analyst"),
        "developer": tr("Developer"), "sponsor": tr("Executive sponsor"),
    }.get(code, code)


def feedback_kind(code: str) -> str:
    return {"csat": tr("CSAT"), "nps": tr("NPS")}.get(code, code)


def activity_kind(code: str) -> str:
    return {
        "call": tr("Call"), "email": tr("E-mail"), "meeting": tr("Meeting"), "note": tr("Note"),
        "login": tr("Login seen"),
    }.get(code, code)


def milestone_kind(code: str | None) -> str:
    return {
        "implementation": tr("Implementation"), "provisioning": tr("Provisioning"),
        "training": tr("Training"), "change_management": tr("Change management"),
        "first_value": tr("First value"), "go_live": tr("Go-live"), "custom": tr("Custom"),
        None: "",
    }.get(code, code or "")


def playbook_kind(code: str) -> str:
    return {
        "initial": tr("Initial onboarding"), "delta": tr("Product update (delta)"),
        "new_product": tr("New product"), "new_division": tr("New division"),
    }.get(code, code)


def stage(name: str) -> str:
    return {
        "Embark": tr("Embark"), "Handoff": tr("Handoff"), "Kickoff": tr("Kickoff"),
        "Adopt": tr("Adopt"), "Review": tr("Review"), "Expand": tr("Expand"),
    }.get(name, name)


def days(n: int) -> str:
    """A short day count: '1 d', '12 d'."""
    return tr("{0} d").format(n)


def money(value: float | None) -> str:
    """Money as the Excel report and the command line write it: "$794,870", never "794870"
    or "1.628e+05" (the locale's number options drop the separators in the C locale)."""
    from ui.display import format_money  # the one money format of the window

    return format_money(value)


def count(value: float) -> str:
    """A whole number with thousands separators ("12,400 employees")."""
    return f"{value:,.0f}"
