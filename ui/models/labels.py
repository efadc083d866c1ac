"""Translated display names for the core's codes (statuses, bands, reasons, roles, kinds).

The core stores stable codes; only the UI turns them into words, through tr().
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from tracker.queries.portfolio import (
    REASON_HEALTH_RED,
    REASON_NO_FIRST_VALUE,
    REASON_OFF_TRACK,
    AccountRow,
)


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def status(code: str) -> str:
    """Account and task statuses share one list: the same word is translated once."""
    return {
        "onboarding": _t("Onboarding"), "live": _t("Live"), "paused": _t("Paused"),
        "churned": _t("Churned"), "todo": _t("To do"), "in_progress": _t("In progress"),
        "done": _t("Done"), "blocked": _t("Blocked"), "skipped": _t("Skipped"), "open": _t("Open"),
    }.get(code, code)


def band(code: str | None) -> str:
    """Health bands and task on-time bands."""
    return {
        "green": _t("Green"), "yellow": _t("Yellow"), "red": _t("Red"),
        "on_track": _t("On track"), "at_risk": _t("At risk"), "off_track": _t("Off track"),
    }.get(code or "", code or "")


def reason(code: str, row: AccountRow | None = None) -> str:
    """Why an account is at risk (the rule book's reason codes), with its numbers when known."""
    if code == REASON_HEALTH_RED:
        if row is not None and row.health is not None:
            return _t("Health {0:.0f} (Red)").format(row.health.score)
        return _t("Health red")
    if code == REASON_OFF_TRACK:
        return _t("Tasks off track (over 60 % overdue)")
    if code == REASON_NO_FIRST_VALUE:
        days = row.days_since_signed if row is not None else None
        if days is not None:
            return _t("No first value after {0} days").format(days)
        return _t("No first value after 90 days")
    return code


def contact_role(code: str) -> str:
    return {
        "end_user": _t("End user"), "admin": _t("Admin"), "analyst": _t("Analyst"),
        "developer": _t("Developer"), "sponsor": _t("Executive sponsor"),
    }.get(code, code)


def feedback_kind(code: str) -> str:
    return {"csat": _t("CSAT"), "nps": _t("NPS")}.get(code, code)


def activity_kind(code: str) -> str:
    return {
        "call": _t("Call"), "email": _t("E-mail"), "meeting": _t("Meeting"), "note": _t("Note"),
        "login": _t("Login seen"),
    }.get(code, code)


def milestone_kind(code: str | None) -> str:
    return {
        "implementation": _t("Implementation"), "provisioning": _t("Provisioning"),
        "training": _t("Training"), "change_management": _t("Change management"),
        "first_value": _t("First value"), "go_live": _t("Go-live"), "custom": _t("Custom"),
        None: "",
    }.get(code, code or "")


def playbook_kind(code: str) -> str:
    return {
        "initial": _t("Initial onboarding"), "delta": _t("Product update (delta)"),
        "new_product": _t("New product"), "new_division": _t("New division"),
    }.get(code, code)


def stage(name: str) -> str:
    return {
        "Embark": _t("Embark"), "Handoff": _t("Handoff"), "Kickoff": _t("Kickoff"),
        "Adopt": _t("Adopt"), "Review": _t("Review"), "Expand": _t("Expand"),
    }.get(name, name)


def days(n: int) -> str:
    """A short day count: '1 d', '12 d'."""
    return _t("{0} d").format(n)


def money(value: float | None) -> str:
    """Money as the Excel report and the command line write it: "$794,870", never "794870"
    or "1.628e+05" (the locale's number options drop the separators in the C locale)."""
    if value is None:
        return "–"
    return f"-${-value:,.0f}" if value < 0 else f"${value:,.0f}"


def count(value: float) -> str:
    """A whole number with thousands separators ("12,400 employees")."""
    return f"{value:,.0f}"
