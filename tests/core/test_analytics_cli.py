"""``python -m tracker segments|compare|project`` on the S demo portfolio."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tracker.cli import main
from tracker.storage.db import open_database


@pytest.fixture
def demo_path(demo_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "demo.db"
    shutil.copy(demo_template, target)
    return target


def test_segments_prints_silhouette_and_profiles(demo_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["segments", "--db", str(demo_path)]) == 0
    out = capsys.readouterr().out
    assert "<- best" in out and "suggested name" in out and "median MRR" in out


def test_segments_accept_creates_named_segments(demo_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["segments", "--db", str(demo_path), "--method", "ward", "--k", "3", "--accept",
                 "--names", "Alpha,,Gamma"]) == 0
    assert "Created 2 segments" in capsys.readouterr().out
    db = open_database(demo_path)
    try:
        names = {r[0] for r in db.conn.execute("SELECT name FROM segment")}
        count = db.conn.execute("SELECT count(*) FROM account a JOIN segment s ON s.id = a.segment_id"
                                " WHERE s.name IN ('Alpha', 'Gamma')").fetchone()[0]
    finally:
        db.conn.close()
    assert {"Alpha", "Gamma"} <= names and "" not in names
    assert count > 0


def test_rule_preview_and_create(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["segments", "--db", str(demo_path), "--rule", "plan = Enterprise or mrr > 2000"]) == 0
    assert "Matching plan = Enterprise or mrr > 2000: " in capsys.readouterr().out
    assert main(["segments", "--db", str(demo_path), "--rule", "mrr > 2000", "--name", "Big"]) == 0
    assert "Created segment 'Big'" in capsys.readouterr().out
    assert main(["segments", "--db", str(demo_path), "--rule", "colour = red", "--name", "X"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: 'colour' is not a field") and err.count("\n") == 1


def test_compare_prints_tests_and_verdict(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["compare", "--db", str(demo_path), "--as-of", "2026-06-15",
                 "--a", "segment:Enterprise", "--b", "segment:Self-serve"])
    out = capsys.readouterr().out
    assert code == 0
    assert "log-rank" in out and "Fisher's exact" in out and "Mann-Whitney U" in out
    assert "Verdict: Not enough data to call a winner" in out
    assert main(["compare", "--db", str(demo_path), "--a", "segment:Nope", "--b", "all"]) == 1
    assert "There is no segment named 'Nope'" in capsys.readouterr().err


def test_project_prints_fits_and_both_cltvs(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["project", "--db", str(demo_path), "--as-of", "2026-06-15", "--by", "segment"]) == 0
    out = capsys.readouterr().out
    assert "projected CLTV" in out and "simple CLTV" in out and "Mid-market" in out
    assert main(["project", "--db", str(demo_path), "--margin", "80"]) == 1
    assert "margin" in capsys.readouterr().err


def test_missing_database_is_one_sentence(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["project", "--db", str(tmp_path / "none.db")]) == 1
    assert capsys.readouterr().err.startswith("error: No database at")
