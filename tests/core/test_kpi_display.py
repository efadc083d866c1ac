"""How a KPI reads: one rounding rule for every surface, "not reached" as a flag, and a
previous period without data that gives no comparison."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from sqlite_utils import Database

from tests.conftest import TODAY
from tracker.cli import main
from tracker.cli.kpi_commands import format_value
from tracker.i18n import Phrase
from tracker.kpi.report import previous_kpis
from tracker.kpi.survival import kaplan_meier, survival_kpis
from tracker.kpi.values import KpiValue, display_value, round_half_away


def kpi(value: float | None, unit: str = "score", num: float | None = 1, den: float | None = 2,
        detail: str = "") -> KpiValue:
    return KpiValue("nps", value, unit, num, den, Phrase("kpi detail", detail))


@pytest.mark.parametrize(("value", "decimals", "expected"), [
    (31.25, 1, 31.3), (-31.25, 1, -31.3), (0.15, 1, 0.2), (2.5, 0, 3.0), (-2.5, 0, -3.0),
    (31.24, 1, 31.2), (76.59574468085107, 1, 76.6)])
def test_round_half_away_from_zero(value: float, decimals: int, expected: float) -> None:
    assert round_half_away(value, decimals) == expected


def test_cli_shows_31_25_as_31_3_like_the_dashboard() -> None:
    # Python's own format gives 31.2 here; the tiles (QLocale) gave 31.3.
    assert f"{31.25:.1f}" == "31.2"
    assert format_value(kpi(31.25)) == "31.3"
    assert format_value(kpi(12.5, "days")) == "13 days"
    assert display_value(kpi(31.25)) == 31.3 and display_value(kpi(None)) is None


def test_not_reached_is_a_flag_not_a_phrase() -> None:
    result = kaplan_meier(np.array([10.0, 20.0, 30.0]),
                          np.array([True, True, False]))  # 2/3 reach it by day 20
    median, p75, p90 = survival_kpis(result, "ttfv")
    assert median.value == 20 and not median.not_reached
    assert p75.value is None and p75.not_reached and p90.not_reached
    assert format_value(p90) == "not reached yet"
    # Detail wording no longer matters: a no-data value stays "no data".
    assert format_value(kpi(None, detail="Not reached by anyone")) == "no data"
    empty = survival_kpis(kaplan_meier(np.array([]), np.array([], dtype=bool)), "ttfv")[0]
    assert empty.value is None and not empty.not_reached


def test_has_data_needs_a_value_and_a_denominator() -> None:
    assert kpi(5.0).has_data
    assert not kpi(None).has_data
    assert not kpi(0.0, den=0).has_data
    assert kpi(100.0, num=None, den=None).has_data  # values without counts (CLTV)


def test_previous_feature_adoption_without_history_is_no_data(demo_db: Database) -> None:
    # Adoption dates start when they were recorded: one period before the first one there is
    # nothing to compare with, not a rise from 0 %.
    first = demo_db.conn.execute("SELECT min(adopted_date) FROM feature_adoption").fetchone()[0]
    assert first is not None and first > "2026-02-15"  # TODAY - 120 days
    previous = previous_kpis(demo_db, TODAY, period_days=120)["feature_adoption"]
    assert previous.value is None and not previous.has_data
    assert previous.denominator and previous.denominator > 0
    # With history one period back, the comparison stays.
    recent = previous_kpis(demo_db, TODAY, period_days=30)["feature_adoption"]
    assert recent.has_data and recent.value is not None and recent.value > 0


def test_cli_table_uses_the_shared_rounding(db: Database, db_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["kpis", "--db", str(db_path), "--as-of", "2026-06-15"]) == 0
    assert "no data" in capsys.readouterr().out
