"""The customer's plan as a PDF: the same content as the workbook, laid out to be read.

Qt lays the document out (QTextDocument from simple HTML) and prints it through QPdfWriter,
which works offscreen and needs no printer. The timeline picture is the account view's own
drawing (:func:`ui.charts.timeline.draw_plan`) on a white Matplotlib figure, embedded as an
image, so screen and paper show the same plan. Only :class:`CustomerPlan` goes in: no
health, notes or MRR can reach the customer.
"""

from __future__ import annotations

import html
import io
from datetime import date
from pathlib import Path

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QMarginsF, QSizeF, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from tracker.excel.customer_plan import side_text, state_text
from tracker.queries import customer_plan as cp
from ui.charts.base import LIGHT_EXPORT
from ui.charts.timeline import bars, draw_plan
from ui.models import labels

NEXT_SHOWN = 8
STATE_COLORS = {cp.LATE: "#b42318", cp.DONE: "#1a7f37", cp.NEXT: "#1f4e9a"}


def tr(text: str) -> str:
    return QCoreApplication.translate("CustomerPlanPdf", text)


def _day(value: date | None) -> str:
    if value is None:
        return ""
    # A month in words: "03/04/2026" reads as two different days in the US and in Malaysia.
    return QLocale().toString(QDate(value.year, value.month, value.day), "d MMM yyyy")


def timeline_png(plan: cp.CustomerPlan, width_in: float = 7.2) -> bytes:
    """The plan's timeline as a PNG on white, one row a step."""
    rows = max(1, len(bars(plan)))
    figure = Figure(figsize=(width_in, 0.9 + rows * 0.17), dpi=150)
    FigureCanvasAgg(figure)
    ax = figure.add_subplot()
    figure.subplots_adjust(left=0.34, right=0.98, top=1 - 0.35 / (0.9 + rows * 0.17),
                           bottom=0.4 / (0.9 + rows * 0.17))
    figure.set_facecolor("#ffffff")
    ax.set_facecolor("#ffffff")
    draw_plan(ax, plan, LIGHT_EXPORT)
    ax.tick_params(colors=LIGHT_EXPORT.text, labelsize=7)
    for spine in ("top", "right"):
        ax.spines[spine].set_visible(False)
    out = io.BytesIO()
    figure.savefig(out, format="png", facecolor="#ffffff")
    return out.getvalue()


def plan_html(plan: cp.CustomerPlan) -> str:
    e = html.escape
    # Words first, then markup: lupdate reads tr() calls, not f-string expressions.
    title = tr("Onboarding plan: {0}").format(plan.account)
    as_of = tr("As of {0}").format(_day(plan.as_of))
    heading_next, heading_timeline = tr("What is next"), tr("Timeline")
    heading_milestones, heading_steps = tr("Milestones"), tr("Every step")
    parts = [
        "<html><body style='font-family: sans-serif; font-size: 9pt;'>",
        f"<h1 style='font-size: 16pt;'>{e(title)}</h1>",
        f"<p style='color: #555;'>{e(as_of)}</p>",
        "<table cellspacing='0' cellpadding='2'>",
    ]
    for label, day in ((tr("Contract signed"), plan.signed), (tr("Kickoff"), plan.kickoff),
                       (tr("Planned go-live"), plan.target_golive), (tr("Live since"), plan.golive),
                       (tr("First value reached"), plan.first_value)):
        if day is not None:
            parts.append(f"<tr><td><b>{e(label)}</b></td><td>{e(_day(day))}</td></tr>")
    parts.append("</table>")
    parts.append(f"<h2 style='font-size: 12pt;'>{e(heading_next)}</h2><ul>")
    upcoming = plan.next_steps
    for step in upcoming[:NEXT_SHOWN]:
        color = STATE_COLORS.get(step.state, "#000")
        parts.append(f"<li><b>{e(step.title)}</b> — {e(_day(step.due))}, {e(side_text(step.side))}"
                     f" <span style='color: {color};'>({e(state_text(step.state))})</span></li>")
    if len(upcoming) > NEXT_SHOWN:
        more = tr("… and {0} more (see every step below)").format(len(upcoming) - NEXT_SHOWN)
        parts.append(f"<li>{e(more)}</li>")
    if not upcoming:
        parts.append("<li>" + e(tr("Nothing open: every step is done.")) + "</li>")
    parts.append("</ul>")
    parts.append(f"<h2 style='font-size: 12pt;'>{e(heading_timeline)}</h2>"
                 "<p><img src='timeline.png' width='640'></p>")
    parts.append(f"<h2 style='font-size: 12pt;'>{e(heading_milestones)}</h2>")
    parts.append(_table([tr("Milestone"), tr("Target date"), tr("Reached on"), tr("Status")],
                        [[s.title, _day(s.due), _day(s.done), (state_text(s.state), s.state)]
                         for s in plan.milestones]))
    parts.append(f"<h2 style='font-size: 12pt;'>{e(heading_steps)}</h2>")
    parts.append(_table([tr("Step"), tr("Stage"), tr("Who"), tr("Due"), tr("Done on"), tr("Status")],
                        [[s.title, labels.stage(s.stage or ""), side_text(s.side), _day(s.due),
                          _day(s.done), (state_text(s.state), s.state)]
                         for s in plan.steps if s.kind == "task"]))
    parts.append("</body></html>")
    return "".join(parts)


def _table(headers: list[str], rows: list[list[object]]) -> str:
    e = html.escape
    out = ["<table width='100%' cellspacing='0' cellpadding='3' border='1'"
           " style='border-collapse: collapse; border-color: #9aa4b2;'><tr>"]
    out += [f"<th style='background: #2f5597; color: white;' align='left'>{e(h)}</th>" for h in headers]
    out.append("</tr>")
    for row in rows:
        out.append("<tr>")
        for cell in row:
            if isinstance(cell, tuple):
                text, state = cell
                out.append(f"<td style='color: {STATE_COLORS.get(str(state), '#000')};'>{e(str(text))}</td>")
            else:
                out.append(f"<td>{e(str(cell))}</td>")
        out.append("</tr>")
    out.append("</table>")
    return "".join(out)


def write_plan_pdf(plan: cp.CustomerPlan, target: Path | str) -> Path:
    """Print the plan to ``target`` (A4 portrait), through a temporary file."""
    path = Path(target)
    tmp = path.with_name(path.name + ".part")
    document = QTextDocument()
    image = QImage.fromData(timeline_png(plan))  # the format is read from the PNG header
    document.addResource(QTextDocument.ResourceType.ImageResource, QUrl("timeline.png"), image)
    document.setHtml(plan_html(plan))
    writer = QPdfWriter(str(tmp))
    writer.setTitle(tr("Onboarding plan: {0}").format(plan.account))
    writer.setCreator("Onboarding Tracker")
    # At screen resolution the document's point sizes come out as points on paper; the
    # text stays vector, and the timeline image keeps its own 150 dpi.
    writer.setResolution(96)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
    document.setPageSize(QSizeF(writer.width(), writer.height()))
    document.setDocumentMargin(0)
    try:
        document.print_(writer)
        del writer  # closes the file
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)
    return path
