"""Smoke test of a built bundle: ``python packaging/smoke.py [dist/onboarding-tracker]``.

Runs the bundle's own programs, offscreen, on files made in a temporary folder:

1. ``onboarding-tracker-cli --version``, ``demo`` (creates the database), ``check``, and a
   dry-run ``import`` of a good workbook (its reader child is the CLI program itself);
2. ``onboarding-tracker --db FILE --self-test FOLDER``: the window starts on the database,
   dry-run imports a good workbook and a hostile one (17 KB that asks for gigabytes: the
   memory cap must refuse it and the app must live), exports the report, and quits; the
   app's own record (FOLDER/self-test.json) is checked and it must exit 0;
3. ``check`` again: nothing was written by the dry runs.

Not part of the default test run (it needs a built bundle). Exits 0 when every step passed,
and prints how long each took.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXE = ".exe" if sys.platform == "win32" else ""

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
OOXML = "application/vnd.openxmlformats-officedocument.spreadsheetml"
PARTS = {
    "[Content_Types].xml": (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/xl/workbook.xml" ContentType="{OOXML}.sheet.main+xml"/>'
        f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{OOXML}.worksheet+xml"/></Types>'),
    "_rels/.rels": (
        f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG_RELS}">'
        f'<Relationship Id="rId1" Type="{RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
    "xl/workbook.xml": (
        f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" xmlns:r="{RELS}">'
        '<sheets><sheet name="Accounts" sheetId="1" r:id="rId1"/></sheets></workbook>'),
    "xl/_rels/workbook.xml.rels": (
        f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG_RELS}">'
        f'<Relationship Id="rId1" Type="{RELS}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
}


def workbook(path: Path, rows: str) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in PARTS.items():
            archive.writestr(name, text)
        head = f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}">'
        archive.writestr("xl/worksheets/sheet1.xml", f"{head}<sheetData>{rows}</sheetData></worksheet>")
    return path


def cell(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def good_workbook(path: Path) -> Path:
    names = ("Account", "MRR", "Plan")
    header = "".join(cell(f"{col}1", name) for col, name in zip("ABC", names, strict=True))
    row = cell("A2", "Smoke Test Ltd") + '<c r="B2"><v>1500</v></c>' + cell("C2", "Growth")
    return workbook(path, f'<row r="1">{header}</row><row r="2">{row}</row>')


def memory_bomb(path: Path, rows: int = 6000) -> Path:
    """One cell in the last column makes every row 16,384 cells wide in the reader's grid:
    a few kilobytes that ask for about 3 GB, more than the reader child's 1.5 GB cap."""
    body = '<row r="1"><c r="A1"><v>1</v></c><c r="XFD1"><v>2</v></c></row>' + "".join(
        f'<row r="{n}"><c r="A{n}"><v>{n}</v></c></row>' for n in range(2, rows + 1))
    return workbook(path, body)


def account_count(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return int(conn.execute("SELECT count(*) FROM account").fetchone()[0])
    finally:
        conn.close()


class Smoke:
    def __init__(self, bundle: Path, work: Path) -> None:
        self.app = bundle / f"onboarding-tracker{EXE}"
        self.cli = bundle / f"onboarding-tracker-cli{EXE}"
        self.env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ONBOARDING_TRACKER_HOME=str(work / "home"),
                        XDG_CONFIG_HOME=str(work / "config"), PYTHONPATH="")
        self.failures: list[str] = []
        self.times: list[tuple[str, float]] = []

    def run(self, label: str, command: list[str], expect: int = 0, timeout: float = 180) -> str:
        started = time.monotonic()
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, env=self.env)
        seconds = time.monotonic() - started
        self.times.append((label, seconds))
        status = "ok" if done.returncode == expect else f"FAILED (exit {done.returncode}, expected {expect})"
        print(f"{label:<44} {seconds:6.2f} s  {status}")
        if done.returncode != expect:
            self.failures.append(f"{label}: {done.stdout[-800:]}{done.stderr[-1500:]}")
        if "Traceback" in done.stderr:
            self.failures.append(f"{label} printed a traceback: {done.stderr[-1500:]}")
        return done.stdout

    def check(self, label: str, ok: bool, detail: object = "") -> None:
        print(f"  {'ok  ' if ok else 'FAIL'} {label}")
        if not ok:
            self.failures.append(f"{label}: {detail}")


def main(argv: list[str]) -> int:
    bundle = Path(argv[1]) if len(argv) > 1 else ROOT / "dist" / "onboarding-tracker"
    if not (bundle / f"onboarding-tracker{EXE}").is_file():
        print(f"No bundle at {bundle}: build it first with packaging/build.sh", file=sys.stderr)
        return 1
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="onbt-smoke-") as temp:
        work = Path(temp)
        books = work / "books"
        books.mkdir()
        good = good_workbook(books / "good.xlsx")
        bomb = memory_bomb(books / "hostile-memory-bomb.xlsx")
        db = work / "smoke.db"
        smoke = Smoke(bundle, work)

        cli = str(smoke.cli)
        version = smoke.run("cli --version", [cli, "--version"]).split()[-1:]
        smoke.run("cli demo (creates the database)", [cli, "demo", "--db", str(db), "--size", "XS"])
        smoke.run("cli check", [cli, "check", "--db", str(db)])
        accounts = account_count(db)
        out = smoke.run("cli import --dry-run good.xlsx",
                        [cli, "import", "--db", str(db), str(good), "--dry-run"])
        smoke.check("the CLI previewed the good workbook", "1 to create" in out, out)
        smoke.run("cli import --dry-run memory bomb (refused)",
                  [cli, "import", "--db", str(db), str(bomb), "--dry-run"], expect=1)

        app_version = smoke.run("app --version", [str(smoke.app), "--version"]).split()[-1:]
        smoke.check("the window and the CLI show one version", bool(version) and version == app_version,
                    (version, app_version))
        smoke.run("app: start, dry-run imports, export, quit",
                  [str(smoke.app), "--db", str(db), "--self-test", str(books)])
        record = books / "self-test.json"
        outcome = json.loads(record.read_text(encoding="utf-8")) if record.is_file() else {}
        smoke.check("the app recorded its self-test", bool(outcome), record)
        smoke.check("its window was up on the database", outcome.get("window_visible") is True
                    and outcome.get("database") == str(db), outcome)
        books_seen = outcome.get("workbooks", {})
        first = books_seen.get("good.xlsx", {})
        smoke.check("the good workbook previewed", first.get("ok") is True
                    and any("1 to create" in p for p in first.get("previews", [])), first)
        hostile = books_seen.get("hostile-memory-bomb.xlsx", {})
        smoke.check("the memory bomb was refused with one sentence", hostile.get("ok") is False
                    and hostile.get("code") == "memory" and "\n" not in hostile.get("message", "\n"), hostile)
        smoke.check("the app lived on and exported the report", outcome.get("alive") is True
                    and outcome.get("report", {}).get("ok") is True
                    and (books / "self-test-report.xlsx").stat().st_size > 10_000, outcome.get("report"))
        smoke.run("cli check (the database is sound)", [cli, "check", "--db", str(db)])
        after = account_count(db)
        smoke.check("the dry runs wrote nothing", after == accounts, (accounts, after))
    total = time.monotonic() - started
    print(f"smoke test: {'passed' if not smoke.failures else 'FAILED'} in {total:.1f} s")
    for failure in smoke.failures:
        print(f"\n--- {failure}", file=sys.stderr)
    return 0 if not smoke.failures else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
