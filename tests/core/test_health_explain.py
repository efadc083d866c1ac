"""The explanation lines of health scores, built per factor from the matrices
(tracker.kpi.health._factor_columns): the same values as one line per account, shared
where a factor's line is the same, NaN given as None."""

from __future__ import annotations

import math

import numpy as np

from tracker.kpi.health import FACTORS, HealthFactor, _factor_columns

NAN = math.nan


def _matrix(*rows: list[float]) -> np.ndarray:
    """Rows of the first factor's values; every other factor gets the first row's value."""
    out = np.full((len(rows), len(FACTORS)), rows[0][0])
    out[:, 0] = [r[0] for r in rows]
    return out


def test_lines_match_each_accounts_values_and_equal_lines_are_shared() -> None:
    raw = _matrix([50.0], [50.0], [NAN], [NAN], [-0.0])
    sub = _matrix([80.0], [80.0], [NAN], [NAN], [0.0])
    effective = _matrix([20.0], [20.0], [0.0], [0.0], [20.0])
    contribution = np.nan_to_num(sub) * effective / 100.0
    weights = [float(k + 1) for k in range(len(FACTORS))]

    columns = _factor_columns(raw, sub, effective, contribution, weights)

    assert len(columns) == len(FACTORS)
    first = columns[0]
    name = FACTORS[0]
    assert first == [
        HealthFactor(name, 50.0, 80.0, 1.0, 20.0, 16.0),
        HealthFactor(name, 50.0, 80.0, 1.0, 20.0, 16.0),
        HealthFactor(name, None, None, 1.0, 0.0, 0.0),
        HealthFactor(name, None, None, 1.0, 0.0, 0.0),
        HealthFactor(name, -0.0, 0.0, 1.0, 20.0, 0.0),
    ]
    assert first[0] is first[1]  # one frozen line for equal values
    assert first[2] is first[3]  # "no data" lines too
    assert first[4] is not first[0]
    # The other factors hold the first account's values for everyone, each its own name and weight.
    for k in range(1, len(FACTORS)):
        assert columns[k] == [HealthFactor(FACTORS[k], 50.0, 80.0, weights[k], 20.0, 16.0)] * 5
        assert len({id(line) for line in columns[k]}) == 1


def test_no_accounts_gives_empty_columns() -> None:
    empty = np.empty((0, len(FACTORS)))
    assert _factor_columns(empty, empty, empty, empty, [1.0] * len(FACTORS)) == [[]] * len(FACTORS)
