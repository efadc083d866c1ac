"""The explanation lines of health scores, built per factor from the matrices
(tracker.kpi.health._factor_columns): the same values as one line per account, shared
where a factor's line is the same (from SHARE_LINES_FROM accounts on), NaN given as None."""

from __future__ import annotations

import math

import numpy as np

from tracker.kpi.health import FACTORS, SHARE_LINES_FROM, HealthFactor, _factor_columns

NAN = math.nan
REPEAT = SHARE_LINES_FROM // 5 + 1  # the five accounts below, enough times to share lines


def _matrix(values: list[float], repeat: int) -> np.ndarray:
    """The first factor's values per account, repeated; every other factor holds values[0]."""
    out = np.full((len(values) * repeat, len(FACTORS)), values[0])
    out[:, 0] = values * repeat
    return out


def _columns(repeat: int) -> list[list[HealthFactor]]:
    raw = _matrix([50.0, 50.0, NAN, NAN, -0.0], repeat)
    sub = _matrix([80.0, 80.0, NAN, NAN, 0.0], repeat)
    effective = _matrix([20.0, 20.0, 0.0, 0.0, 20.0], repeat)
    contribution = np.nan_to_num(sub) * effective / 100.0
    return _factor_columns(raw, sub, effective, contribution, WEIGHTS)


WEIGHTS = [float(k + 1) for k in range(len(FACTORS))]
NAME = FACTORS[0]
EXPECTED_FIRST = [
    HealthFactor(NAME, 50.0, 80.0, 1.0, 20.0, 16.0),
    HealthFactor(NAME, 50.0, 80.0, 1.0, 20.0, 16.0),
    HealthFactor(NAME, None, None, 1.0, 0.0, 0.0),
    HealthFactor(NAME, None, None, 1.0, 0.0, 0.0),
    HealthFactor(NAME, -0.0, 0.0, 1.0, 20.0, 0.0),
]


def test_many_accounts_share_equal_lines_with_each_accounts_values() -> None:
    columns = _columns(REPEAT)
    assert len(columns) == len(FACTORS)
    first = columns[0]
    assert len(first) == 5 * REPEAT >= SHARE_LINES_FROM
    assert first == EXPECTED_FIRST * REPEAT
    assert first[0] is first[1] is first[5]  # one frozen line for equal values
    assert first[2] is first[3] is first[7]  # "no data" lines too
    assert first[4] is not first[0]
    negative_zero = first[4].raw
    assert negative_zero is not None and math.copysign(1.0, negative_zero) == -1.0  # the value itself
    # The other factors hold the first account's values for everyone, each its own name and weight.
    for k in range(1, len(FACTORS)):
        assert columns[k] == [HealthFactor(FACTORS[k], 50.0, 80.0, WEIGHTS[k], 20.0, 16.0)] * (5 * REPEAT)
        assert len({id(line) for line in columns[k]}) == 1


def test_a_few_accounts_get_the_same_lines_one_each() -> None:
    columns = _columns(1)
    assert columns[0] == EXPECTED_FIRST
    assert [c[:5] for c in _columns(REPEAT)] == columns
    for k in range(1, len(FACTORS)):
        assert columns[k] == [HealthFactor(FACTORS[k], 50.0, 80.0, WEIGHTS[k], 20.0, 16.0)] * 5


def test_no_accounts_gives_empty_columns() -> None:
    empty = np.empty((0, len(FACTORS)))
    assert _factor_columns(empty, empty, empty, empty, WEIGHTS) == [[]] * len(FACTORS)
