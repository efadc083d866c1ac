"""Glue for reaching the customer from the desktop: mail drafts, calendar files, the plan.

Nothing here holds a rule or runs SQL: the drafts, calendar items and plan come from
``tracker``; this module asks the user (where to save, whether the mail went out), hands
the ``mailto:`` URL to the desktop, and pushes the undoable write. The desktop, the file
dialogs and the question are parameters, so the tests drive the whole path offscreen.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QDate, QLocale, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from tracker.messages import Draft, MessageTemplate
from tracker.queries.customer_plan import customer_plan
from tracker.queries.messages import Recipient, draft_for, recipients, template_for
from tracker.services.records import ACTIVITIES
from ui.commands.records import AddRecord
from ui.context import AppContext

UrlOpener = Callable[[str], bool]
SentAsker = Callable[[QWidget | None, Draft], bool]
PathAsker = Callable[[QWidget | None, str, str, str], str | None]


def tr(text: str) -> str:
    return QCoreApplication.translate("outreach", text)


def language() -> str:
    """The interface language, which picks the template (ms_MY -> ms)."""
    return QLocale().name()


def date_text(day: date) -> str:
    """A date as a customer reads it: the month in words, never 03/04 ambiguity."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


def open_url(url: str) -> bool:
    """Hand an already percent-encoded URL to the desktop unchanged (no re-encoding)."""
    return QDesktopServices.openUrl(QUrl.fromEncoded(QByteArray(url.encode("ascii")),
                                                     QUrl.ParsingMode.StrictMode))


def ask_sent(parent: QWidget | None, draft: Draft) -> bool:
    answer = QMessageBox.question(
        parent, tr("Was it sent?"),
        tr("Your mail program has the draft “{0}”. Did you send it? If so, it is logged as an "
           "e-mail activity of this account.").format(draft.subject),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def ask_save(parent: QWidget | None, title: str, suggested: str, file_filter: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, file_filter)
    return path or None


def write_email(ctx: AppContext, parent: QWidget | None, account_id: int,
                template: MessageTemplate | None = None, purpose: str = "checkin",
                contact: Recipient | None = None, opener: UrlOpener | None = None,
                asker: SentAsker | None = None) -> Draft | None:
    """Open the draft in the mail program; when the user says it went out, log an e-mail.

    Returns the draft (None when there is no template to write from).
    """
    opener, asker = opener or open_url, asker or ask_sent  # looked up now: tests replace them
    template = template or template_for(ctx.db, purpose, language())
    if template is None:
        return None
    if contact is None:
        found = recipients(ctx.db, account_id)
        contact = found[0] if found else None
    draft = draft_for(ctx.db, template, account_id, ctx.today(), contact, date_text)
    if not opener(draft.mailto()):
        QMessageBox.warning(parent, tr("No mail program"),
                            tr("No mail program opened the draft. Set a default e-mail program in "
                               "your system settings and try again."))
        return draft
    if asker(parent, draft):
        values: dict[str, object] = {"kind": "email", "date": ctx.today(), "summary": draft.subject}
        if contact is not None and contact.contact_id is not None:
            values["contact_id"] = contact.contact_id
        ctx.undo_stack.push(AddRecord(ctx, ACTIVITIES, account_id, values,
                                      tr("Log e-mail “{0}”").format(draft.subject)))
    return draft


def _with_suffix(path: str, suffix: str) -> Path:
    target = Path(path)
    return target if target.suffix.lower() == suffix else target.with_name(target.name + suffix)


def save_calendar(ctx: AppContext, parent: QWidget | None, account_id: int | None = None,
                  asker: PathAsker | None = None) -> Path | None:
    """One account's (or, with None, the portfolio's) milestones, due tasks and check-ins."""
    chosen = (asker or ask_save)(parent, tr("Export calendar"), "onboarding.ics", tr("Calendar (*.ics)"))
    if not chosen:
        return None
    target = _with_suffix(chosen, ".ics")
    ids = [account_id] if account_id is not None else None
    try:
        from tracker.calendar_ics import export_calendar  # icalendar: loaded when used

        count = export_calendar(ctx.db, str(target), ctx.today(), ids)
    except OSError as exc:
        QMessageBox.warning(parent, tr("Export calendar"),
                            tr("The calendar could not be written: {0}").format(exc.strerror or exc))
        return None
    _status(parent, tr("Wrote {0} events to {1}.").format(count, target.name))
    return target


def save_customer_plan(ctx: AppContext, parent: QWidget | None, account_id: int, fmt: str,
                       asker: PathAsker | None = None) -> Path | None:
    """The plan the customer may read, as a workbook (``xlsx``) or a PDF (``pdf``)."""
    plan = customer_plan(ctx.db, account_id, ctx.today())
    suffix = f".{fmt}"
    file_filter = tr("Excel workbook (*.xlsx)") if fmt == "xlsx" else tr("PDF document (*.pdf)")
    chosen = (asker or ask_save)(parent, tr("Save the customer's plan"), f"{plan.account}{suffix}",
                                 file_filter)
    if not chosen:
        return None
    target = _with_suffix(chosen, suffix)
    try:
        if fmt == "xlsx":
            from tracker.excel.customer_plan import build_workbook
            from tracker.excel.writer import save_workbook

            save_workbook(build_workbook(plan), target)
        else:
            from ui.printing.customer_plan_pdf import write_plan_pdf

            write_plan_pdf(plan, target)
    except Exception as exc:  # an ExcelError or OSError: one sentence, nothing half-written
        QMessageBox.warning(parent, tr("Save the customer's plan"),
                            tr("The plan could not be written: {0}").format(getattr(exc, "message", exc)))
        return None
    _status(parent, tr("Saved the plan of {0} to {1}.").format(plan.account, target.name))
    return target


def _status(parent: QWidget | None, text: str) -> None:
    window = parent.window() if parent is not None else None
    bar = getattr(window, "statusBar", None)
    if callable(bar):
        bar().showMessage(text, 6000)
