"""Translated display names for the core's codes (statuses, roles, kinds).

The core stores stable codes; only the UI turns them into words, through tr().
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def task_status(code: str) -> str:
    return {
        "todo": _t("To do"), "in_progress": _t("In progress"), "done": _t("Done"),
        "blocked": _t("Blocked"), "skipped": _t("Skipped"),
    }.get(code, code)


def account_status(code: str) -> str:
    return {
        "onboarding": _t("Onboarding"), "live": _t("Live"), "paused": _t("Paused"),
        "churned": _t("Churned"),
    }.get(code, code)


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
