"""Report workbook, template, playbooks, atomic writes and the Excel commands."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import zipfile
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from sqlite_utils import Database

from tests.conftest import TODAY
from tracker.cli import main
from tracker.excel.errors import ExcelError, ExportCancelled
from tracker.excel.playbook_io import apply_playbooks, export_playbooks, preview_playbooks
from tracker.excel.report import export_report
from tracker.excel.template import export_template
from tracker.excel.writer import atomic_write, partial_path
from tracker.kpi.filters import KpiFilter
from tracker.kpi.report import portfolio_kpis


def test_report_sheets_are_formatted_tables(demo_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "report.xlsx"
    result = export_report(demo_db, path, as_of=TODAY)
    tasks = demo_db.conn.execute("SELECT count(*) FROM task").fetchone()[0]
    assert result.rows["Checklist tasks"] == tasks and result.rows["Accounts"] == 50
    wb = load_workbook(path)
    assert wb.sheetnames == [
        "Summary",
        "Accounts",
        "Checklist tasks",
        "Milestones",
        "Contacts",
        "Feedback",
        "Cohort retention",
        "Goals",
        "Support cases",
        "Trials",
        "Maturity",
    ]
    for name in wb.sheetnames[1:]:
        ws = wb[name]
        # The wide Accounts sheet keeps its id and name columns in view (issue 16).
        assert ws.freeze_panes == ("D2" if name == "Accounts" else "A2"), name
        (table,) = ws.tables.values()
        assert table.ref.startswith("A1:") and table.autoFilter is not None
        assert [c.name for c in table.tableColumns] == [c.value for c in ws[1]]
    accounts = wb["Accounts"]
    headers = [c.value for c in accounts[1]]
    row = [c for c in accounts[2]]
    assert isinstance(row[headers.index("Signed")].value, datetime)
    assert row[headers.index("Signed")].number_format == "yyyy-mm-dd"
    assert row[headers.index("MRR")].number_format == '"$"#,##0'
    assert row[headers.index("Checklist progress")].number_format == "0%"
    assert isinstance(row[headers.index("MRR")].value, int | float)
    rules = [r.formula for cf in accounts.conditional_formatting for r in cf.rules]
    # Red rows are the app's at-risk accounts (the "At risk" column AB), not only health red.
    assert ['$AB2<>""'] in rules and ["$Z2>0"] in rules
    late = wb["Checklist tasks"]
    days = [c.value for c in late["L"][1:]]
    # Open work of a churned account is abandoned, not late (the rule book): no days late there.
    overdue = demo_db.conn.execute(
        "SELECT count(*) FROM task t JOIN account a ON a.id = t.account_id"
        " WHERE t.status IN ('todo', 'in_progress', 'blocked') AND t.due_date < ?"
        " AND a.status <> 'churned'",
        (TODAY.isoformat(),),
    ).fetchone()[0]
    assert sum(1 for d in days if d) == overdue > 0
    with zipfile.ZipFile(path) as archive:
        charts = [n for n in archive.namelist() if n.startswith("xl/charts/chart")]
    assert len(charts) == 4  # stages now, health, go-lives with the on-time line, CSAT
    summary = wb["Summary"]
    rows = kpi_rows(summary)
    assert next(iter(rows)) == "Activation rate"
    assert rows["Activation rate"][1].number_format == "0.0%"


def kpi_rows(summary: Any) -> dict[str, list[Any]]:
    """The KPI table of the first page: label -> its cells (group rows left out)."""
    top = next(r for r in range(1, 40) if summary.cell(row=r, column=1).value == "KPI")
    out: dict[str, list[Any]] = {}
    for r in range(top + 1, top + 60):
        cells = list(summary[r])
        if not cells or cells[0].value is None or str(cells[0].value).startswith("Previous period:"):
            break
        if any(c.value is not None for c in cells[1:]):
            out[cells[0].value] = cells
    return out


def test_report_summary_kpis_previous_period_change_and_target_columns(
    demo_db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "report.xlsx"
    export_report(demo_db, path, as_of=TODAY)
    summary = load_workbook(path)["Summary"]
    top = next(r for r in range(1, 40) if summary.cell(row=r, column=1).value == "KPI")
    assert [c.value for c in summary[top]][:6] == ["KPI", "Value", "Previous period", "Change", "Target",
                                                   "Status"]
    now = {k.key: k for k in portfolio_kpis(demo_db, TODAY)}
    before = {k.key: k for k in portfolio_kpis(demo_db, TODAY - timedelta(days=90))}
    rows = kpi_rows(summary)
    assert len(rows) == len(now)
    activation = rows["Activation rate"]
    previous = before["activation"].value
    assert previous is not None
    assert activation[2].value == pytest.approx(round(previous, 1) / 100)
    assert activation[2].number_format == activation[1].number_format == "0.0%"
    assert activation[4].value is None and activation[5].value is None  # targets come with goals
    # CLTV is two labelled lines (issue 12), Analytics' simple and projected values.
    projected = now["cltv_projected"].value
    assert projected is not None
    assert rows["Customer lifetime value (projected)"][1].value == pytest.approx(round(projected))
    assert rows["Customer lifetime value (projected)"][1].number_format == '"$"#,##0'
    # Direction against the previous period, better or worse for the business.
    for label, key in (("Activation rate", "activation"), ("Overdue tasks", "task_overdue")):
        change = rows[label][3].value
        a, b = round(now[key].value or 0.0, 1), round(before[key].value or 0.0, 1)
        if a == b:
            assert change == "same"
        else:
            up = a > b
            better = up if key == "activation" else not up
            assert change == ("\u25b2 " if up else "\u25bc ") + ("better" if better else "worse")
    # The task band colours the value, as the dashboard's tile does.
    assert rows["Overdue tasks"][1].fill.fgColor.rgb.endswith("C6EFCE")
    # Headline.
    labels = [summary.cell(row=r, column=1).value for r in range(1, top)]
    assert "Onboarding now" in labels and "At risk" in labels and "Median time to first value" in labels


def test_report_prints_readably(demo_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "report.xlsx"
    export_report(demo_db, path, as_of=TODAY)
    wb = load_workbook(path)
    summary = wb["Summary"]
    # fitToWidth 1 is the file format's default: XlsxWriter leaves it out, openpyxl reads None.
    assert summary.page_setup.orientation == "landscape" and summary.page_setup.fitToWidth in (1, None)
    assert summary.sheet_properties.pageSetUpPr.fitToPage
    breaks = sorted(b.id for b in summary.row_breaks.brk)
    kpi_end = breaks[0]
    labels = [summary.cell(row=r, column=1).value for r in range(1, kpi_end + 1)]
    assert "Customer lifetime value (projected)" in labels  # the KPIs end on the first pages
    anchors = [c.anchor._from.row + 1 for c in summary._charts]
    assert len(anchors) == 4 and min(anchors) > kpi_end  # the charts start on a page after the KPIs
    for ws in wb.worksheets:
        assert "Page &P of &N" in ws.oddFooter.right.text, ws.title
        assert ws.oddHeader.left.text == "Onboarding report" and ws.oddHeader.right.text == TODAY.isoformat()
        assert ws.oddHeader.center.text == "all accounts"
    assert "Red rows" in wb["Accounts"].oddFooter.center.text
    accounts = wb["Accounts"]
    assert accounts.page_setup.fitToWidth == 3 and accounts.page_setup.pageOrder == "overThenDown"
    assert accounts.print_title_rows == "$1:$1" and accounts.print_title_cols == "$A:$C"
    tasks = wb["Checklist tasks"]
    assert tasks.page_setup.fitToWidth in (1, None) and tasks.print_title_rows == "$1:$1"
    assert tasks.sheet_properties.pageSetUpPr.fitToPage
    assert wb.properties.title == "Onboarding report" and wb.properties.creator == "Onboarding Tracker"
    fonts = {c.font.name for ws in wb.worksheets for row in ws.iter_rows(max_row=40) for c in row
             if c.value is not None}
    assert fonts == {"Calibri"}


def test_report_health_is_a_whole_number_and_tables_filter(demo_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "report.xlsx"
    export_report(demo_db, path, as_of=TODAY)
    wb = load_workbook(path)
    accounts = wb["Accounts"]
    column = [c.value for c in accounts[1]].index("Health")
    scored = [row[column] for row in accounts.iter_rows(min_row=2) if row[column].value is not None]
    assert scored and all(c.number_format == "0" for c in scored)
    for ws in wb.worksheets[1:]:
        (table,) = ws.tables.values()
        assert table.headerRowCount != 0 and table.autoFilter is not None
        assert table.autoFilter.ref == table.ref, ws.title
        # Every row inside the table (declared over two rows, then widened: sheets.py).
        assert table.ref == f"A1:{get_column_letter(ws.max_column)}{max(ws.max_row, 2)}", ws.title


def test_report_honours_the_filter(demo_db: Database, tmp_path: Path) -> None:
    segment = demo_db.conn.execute(
        "SELECT segment_id, count(*) FROM account GROUP BY segment_id ORDER BY segment_id LIMIT 1"
    ).fetchone()
    result = export_report(
        demo_db, tmp_path / "f.xlsx", as_of=TODAY, flt=KpiFilter(segment_ids=(segment[0],))
    )
    assert result.rows["Accounts"] == segment[1]
    tasks = demo_db.conn.execute(
        "SELECT count(*) FROM task JOIN account a ON a.id = task.account_id WHERE a.segment_id = ?",
        (segment[0],),
    ).fetchone()[0]
    assert result.rows["Checklist tasks"] == tasks


def test_cancelled_or_failed_export_leaves_the_previous_file(demo_db: Database, tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    path = tmp_path / "out" / "report.xlsx"
    path.write_bytes(b"previous")
    with pytest.raises(ExportCancelled):
        export_report(demo_db, path, as_of=TODAY, cancelled=lambda: True)
    assert path.read_bytes() == b"previous"

    def broken(temp: Path) -> None:
        temp.write_bytes(b"half")
        raise OSError(28, "No space left on device")

    with pytest.raises(ExcelError) as err:
        atomic_write(path, broken)
    assert err.value.message == "The disk is full; report.xlsx was not written."
    assert path.read_bytes() == b"previous"
    assert [p.name for p in path.parent.iterdir()] == ["report.xlsx"]


def test_export_removes_partial_files_killed_exports_left_and_nothing_else(
    demo_db: Database, tmp_path: Path
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    ended = subprocess.Popen([sys.executable, "-c", "pass"])
    ended.wait()
    running = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE)
    try:
        target = folder / "report.xlsx"
        target.write_bytes(b"previous")
        dead = partial_path(target, ended.pid)
        dead_other = partial_path(folder / "other.xlsx", ended.pid)
        live = partial_path(folder / "other.xlsx", running.pid)
        live_but_old = partial_path(folder / "old.xlsx", running.pid)
        unrelated = folder / f"notes.{ended.pid}.partial.xlsx"  # not hidden: not one of ours
        for path in (dead, dead_other, live, live_but_old, unrelated):
            path.write_bytes(b"half")
        hours_ago = time.time() - 2 * 3600
        os.utime(live_but_old, (hours_ago, hours_ago))
        export_report(demo_db, target, as_of=TODAY)
        assert sorted(p.name for p in folder.iterdir()) == sorted([target.name, live.name, unrelated.name])
        assert load_workbook(target, read_only=True).sheetnames[0] == "Summary"
    finally:
        running.kill()
        running.wait()
    other = tmp_path / "sub"
    other.mkdir()
    export_report(demo_db, other / "again.xlsx", as_of=TODAY)
    assert live.exists(), "a folder other than the target's is not swept"
    export_report(demo_db, target, as_of=TODAY)
    assert not live.exists(), "its process has ended now"


def test_a_file_open_in_another_program_gets_a_clear_message(demo_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "report.xlsx"
    (tmp_path / ".~lock.report.xlsx#").write_text("someone")
    with pytest.raises(ExcelError) as err:
        export_report(demo_db, path, as_of=TODAY)
    assert err.value.message == "report.xlsx is open in another program; close it there and try again."
    assert not path.exists()


def test_template_has_dropdowns_instructions_and_importable_headers(
    demo_db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "template.xlsx"
    export_template(demo_db, path)
    wb = load_workbook(path)
    assert wb.sheetnames[0] == "Instructions" and wb["Lists"].sheet_state == "hidden"
    accounts = wb["Accounts"]
    headers = [c.value for c in accounts[1]]
    assert headers[:3] == ["CRM ID", "Account", "Industry"]
    formulas = {dv.formula1 for dv in accounts.data_validations.dataValidation}
    assert len(formulas) == 3  # segment, status, stage
    lists = wb["Lists"]
    segment_col = [c.value for c in lists[1]].index("segment") + 1
    segments = [lists.cell(row=r, column=segment_col).value for r in range(2, 6)]
    assert segments == [r[0] for r in demo_db.conn.execute("SELECT name FROM segment ORDER BY name")]
    ws = wb["Checklist tasks"]
    status = [dv for dv in ws.data_validations.dataValidation if "C" in str(dv.formula1)]
    assert status


def test_template_writes_risky_segment_names_as_text_the_dropdown_still_offers(
    db: Database, tmp_path: Path
) -> None:
    names = ["=cmd|' /C calc'!A0", "+1+1", "@SUM(A1)", "-2", "\t=1+1", "Plain"]
    with db.conn:
        db.conn.executemany("INSERT INTO segment (name) VALUES (?)", [(n,) for n in names])
    expected = [r[0] for r in db.conn.execute("SELECT name FROM segment ORDER BY name")]
    wb = load_workbook(export_template(db, tmp_path / "template.xlsx"))
    lists = wb["Lists"]
    col = [c.value for c in lists[1]].index("segment") + 1
    cells = [lists.cell(row=r, column=col) for r in range(2, len(expected) + 2)]
    assert [c.value for c in cells] == expected
    assert all(c.data_type == "s" for c in cells)
    risky = [c for c in cells if str(c.value).startswith(("=", "+", "-", "@", "\t"))]
    assert len(risky) == 5 and all(c.quotePrefix for c in risky)
    letter = cells[0].column_letter
    (segment_check,) = [dv for dv in wb["Accounts"].data_validations.dataValidation
                        if f"${letter}$" in str(dv.formula1)]
    assert segment_check.formula1 == f"=Lists!${letter}$2:${letter}${len(expected) + 1}"


def test_filled_template_imports(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "template.xlsx"
    export_template(db, path)
    wb = load_workbook(path)
    wb["Accounts"].append(["CRM-1", "Tiny Co", "Retail", 12, "Europe", "Starter", 99])
    wb["Contacts"].append(["CRM-1", "Tiny Co", "Tia", "tia@tiny.co", "Admin", date(2026, 6, 1)])
    wb.save(path)
    assert (
        main(
            [
                "import",
                "--db",
                str(db.conn.execute("PRAGMA database_list").fetchone()[2]),
                str(path),
                "--today",
                "2026-06-15",
            ]
        )
        == 0
    )
    assert db.conn.execute(
        "SELECT a.name, c.email, c.role, c.invited_date FROM contact c JOIN account a ON a.id = c.account_id"
    ).fetchall() == [("Tiny Co", "tia@tiny.co", "admin", "2026-06-01")]


def test_playbooks_round_trip_and_replace_by_name(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "playbooks.xlsx"
    export_playbooks(db, path)
    wb = load_workbook(path)
    steps = wb["Steps"]
    first = steps.cell(row=2, column=1).value
    steps.append(["Shared Playbook", 1, "+1 call the sponsor", "Kickoff", 3, "CSM", "No", None])
    steps.append(["Shared Playbook", 2, "Go live", "Review", 30, "CSM", "Yes", "Go live"])
    steps.append(["Shared Playbook", 3, "Bad", "Kickoff", -4, "CSM", "No", None])
    wb["Playbooks"].append(["Shared Playbook", "Delta", "From a colleague"])
    wb.save(path)
    plan = preview_playbooks(db, path)
    assert plan.problems == [f"Steps row {steps.max_row}: the due offset is 0 to 3650 days"]
    shared = next(p for p in plan.playbooks if p.name == "Shared Playbook")
    assert shared.replaces is None and shared.kind == "delta" and len(shared.steps) == 2
    assert next(p for p in plan.playbooks if p.name == first).replaces is not None
    before = db.conn.execute("SELECT count(*) FROM playbook").fetchone()[0]
    apply_playbooks(db, plan)
    assert db.conn.execute("SELECT count(*) FROM playbook").fetchone()[0] == before + 1
    rows = db.conn.execute(
        "SELECT s.title, s.is_milestone, s.milestone_kind FROM playbook_step s JOIN playbook p"
        " ON p.id = s.playbook_id WHERE p.name = 'Shared Playbook' ORDER BY position"
    ).fetchall()
    assert rows == [("+1 call the sponsor", 0, None), ("Go live", 1, "go_live")]


def test_cli_export_dry_run_and_errors(
    demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db_file = str(demo_db.conn.execute("PRAGMA database_list").fetchone()[2])
    out = tmp_path / "r.xlsx"
    assert main(["export", "--db", db_file, str(out), "--as-of", "2026-06-15"]) == 0
    assert "Wrote" in capsys.readouterr().out
    assert main(["import", "--db", db_file, str(out), "--sheet", "Accounts", "--dry-run"]) == 0
    text = capsys.readouterr().out
    assert "Accounts from 'Accounts': 0 to create, 0 to update, 50 unchanged, 0 rejected." in text
    assert "Dry run: nothing was written." in text
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"garbage" * 20)
    assert main(["import", "--db", db_file, str(bad)]) == 1
    assert capsys.readouterr().err.startswith("error: bad.xlsx is damaged")
    assert main(["template", str(tmp_path / "t.xlsx"), "--db", str(tmp_path / "none.db")]) == 0
    assert (tmp_path / "t.xlsx").is_file() and not (tmp_path / "none.db").exists()


def test_an_empty_export_says_so_and_draws_no_empty_chart(demo_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "empty.xlsx"
    result = export_report(demo_db, path, as_of=TODAY, flt=KpiFilter(owners=("Nobody at all",)))
    assert result.rows["Accounts"] == 0
    wb = load_workbook(path)
    summary = wb["Summary"]
    texts = [c.value for row in summary.iter_rows() for c in row if isinstance(c.value, str)]
    assert any(t.startswith("No accounts match this filter") for t in texts)
    assert summary._charts == []
    assert summary.oddHeader.center.text == "owner Nobody at all"


def test_milestones_achieved_late_say_how_late(demo_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "report.xlsx"
    export_report(demo_db, path, as_of=TODAY)
    ws = load_workbook(path)["Milestones"]
    headers = [c.value for c in ws[1]]
    target, achieved, days = (headers.index(h) for h in ("Target", "Achieved", "Days late"))
    late = [r for r in ws.iter_rows(min_row=2, values_only=True)
            if r[achieved] is not None and r[target] is not None and r[achieved] > r[target]]
    assert late, "the demo has milestones achieved late"
    assert all(r[days] == (r[achieved] - r[target]).days for r in late)
    on_time = [r for r in ws.iter_rows(min_row=2, values_only=True)
               if r[achieved] is not None and r[target] is not None and r[achieved] <= r[target]]
    assert on_time and all(r[days] is None for r in on_time)


def test_report_words_codes_as_the_app_does(demo_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "report.xlsx"
    export_report(demo_db, path, as_of=TODAY)
    wb = load_workbook(path, read_only=True)

    def column(sheet: str, header: str) -> set[Any]:
        rows = list(wb[sheet].iter_rows(values_only=True))
        i = list(rows[0]).index(header)
        return {r[i] for r in rows[1:] if r[i] is not None}

    assert column("Checklist tasks", "Status") <= {"To do", "In progress", "Done", "Blocked", "Skipped"}
    assert "To do" in column("Checklist tasks", "Status")
    assert "Executive sponsor" in column("Contacts", "Role")
    assert column("Accounts", "Health band") <= {"Green", "Yellow", "Red"}
