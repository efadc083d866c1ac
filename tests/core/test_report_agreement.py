"""The report says what the app says: at risk, on time and CLTV from the same rules (issue 16).

The S demo is exported and the report's at-risk list, on-time rate and CLTV are compared with
what the Today and Accounts views read (``tracker.queries.portfolio``) and with ``kpis --json``.
The same check at the L portfolio is marked slow (``-m slow``).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from tests.conftest import TODAY
from tracker.cli import main
from tracker.database import Database
from tracker.demo import generate_demo
from tracker.excel.report import export_report
from tracker.queries.portfolio import account_rows, today_data
from tracker.workspace import open_workspace


def _section(ws: Any, title_start: str) -> list[list[Any]]:
    """The rows of a first-page section's table: from its header row to the first blank row."""
    values = [[c.value for c in row] for row in ws.iter_rows()]
    top = next(i for i, r in enumerate(values) if isinstance(r[0], str) and r[0].startswith(title_start))
    header = next(i for i in range(top + 1, top + 4) if values[i][0] == "Account")
    out = []
    for row in values[header + 1:]:
        if row[0] is None or (isinstance(row[0], str) and row[1] is None and row[3] is None):
            break
        out.append(row)
    return out


def _kpi(ws: Any, label: str) -> Any:
    for row in ws.iter_rows():
        if row[0].value == label:
            return row[1].value
    raise AssertionError(label)


def check_agreement(db: Database, db_file: Path, as_of: date, target: Path,
                    capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    export_report(db, target, as_of=as_of)
    wb = load_workbook(target, read_only=False)
    summary = wb["Summary"]
    rows = account_rows(db, as_of)
    app_risk = {r.name for r in rows if r.at_risk}
    today = {r.name for r in today_data(db, as_of, rows=rows).at_risk}
    assert app_risk == today
    listed = _section(summary, "At-risk accounts")
    assert {r[0] for r in listed} == app_risk
    assert len(listed) == len(app_risk)
    by_name = {r.name: r for r in rows}
    for name, _owner, _stage, health, *_rest in listed:
        app = by_name[name].health
        assert health == (round(app.score) if app is not None else None)
    headline = next(r for r in summary.iter_rows() if r[0].value == "At risk")
    assert headline[1].value == len(app_risk)
    accounts = wb["Accounts"]
    headers = [c.value for c in accounts[1]]
    name_col, risk_col = headers.index("Account"), headers.index("At risk")
    sheet_risk = {r[name_col].value for r in accounts.iter_rows(min_row=2) if r[risk_col].value}
    assert sheet_risk == app_risk

    assert main(["kpis", "--db", str(db_file), "--as-of", as_of.isoformat(), "--json"]) == 0
    cli = {k["key"]: k for k in json.loads(capsys.readouterr().out)["kpis"]}
    on_time = cli["golive_on_time"]["value"]
    assert _kpi(summary, "On-time go-live rate") == pytest.approx(round(on_time, 1) / 100)
    for key, label in (("cltv", "Customer lifetime value (simple)"),
                       ("cltv_projected", "Customer lifetime value (projected)")):
        value = cli[key]["value"]
        shown = _kpi(summary, label)
        assert shown == (pytest.approx(round(value)) if value is not None else "n/a"), key
    return {"at_risk": len(app_risk), "on_time": on_time, "cltv": cli["cltv"]["value"],
            "cltv_projected": cli["cltv_projected"]["value"]}


def test_report_agrees_with_the_app_on_the_s_demo(
    demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db_file = Path(demo_db.conn.execute("PRAGMA database_list").fetchone()[2])
    found = check_agreement(demo_db, db_file, TODAY, tmp_path / "s.xlsx", capsys)
    assert found["at_risk"] > 0 and found["on_time"] is not None


@pytest.mark.slow
def test_report_agrees_with_the_app_on_the_l_demo(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], request: pytest.FixtureRequest
) -> None:
    if "slow" not in (request.config.option.markexpr or ""):
        pytest.skip("the L portfolio takes minutes: run with -m slow")
    db_file = tmp_path / "L.db"
    db = open_workspace(db_file)
    try:
        generate_demo(db, "L", today=TODAY)
        found = check_agreement(db, db_file, TODAY, tmp_path / "l.xlsx", capsys)
    finally:
        db.conn.close()
    with capsys.disabled():
        print(f"\nL agreement: {found}")
