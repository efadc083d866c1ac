"""The sBG maximum-likelihood fit, by the profile likelihood in log beta.

Period by period the sBG likelihood has a closed form: with ``d_j`` accounts at risk in
period j, ``L_j`` of them lost and ``c_j = d_j - L_j`` kept,
P(lost in j | at risk) = alpha / (alpha + beta + j - 1), so

    LL(alpha, beta) = sum_j L_j log(alpha / s_j) + c_j log((beta + j - 1) / s_j),
    s_j = alpha + beta + j - 1.

One evaluation is a few sums over the periods (no betaln), and the derivatives are as
cheap. For a fixed beta the likelihood is concave in log alpha, so its best alpha is one
safeguarded Newton solve; what is left is a one-dimensional search over log beta, scanned
on a grid that covers the whole box (the geometric limit, beta at the bound, included) and
finished by Newton on the profile's slope. This reaches the box's maximum in tens of cheap
steps where Nelder-Mead crawled thousands along the flat ridge of the geometric limit
(alpha, beta -> infinity, their ratio fixed): about 330 ms per fit for some segments.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

FloatArray = NDArray[np.float64]
LOG_BOUND = 12.0  # exp(12) ~ 160,000: beyond this a parameter is not identified by the data
GRID_STEP = 0.25  # in log beta; the profile is smooth, its extrema far wider apart than this
_NEWTON_STEPS = 80
_TOLERANCE = 1e-12


def period_counts(lost: FloatArray, alive: FloatArray) -> tuple[FloatArray, FloatArray, FloatArray]:
    """Per period with anybody at risk: (j - 1, lost in j, kept through j).

    ``lost[i]``: lost in period i + 1; ``alive[n]``: last seen alive after n periods. Kept
    through period j: lost in a later period, or seen alive after j periods or more.
    """
    periods = max(len(lost), len(alive) - 1)
    lost_p = np.zeros(periods)
    lost_p[: len(lost)] = lost
    alive_p = np.zeros(periods + 1)
    alive_p[: len(alive)] = alive
    later_lost = np.concatenate([np.cumsum(lost_p[::-1])[::-1][1:], [0.0]])
    kept = later_lost + np.cumsum(alive_p[::-1])[::-1][1:]
    at_risk = (lost_p > 0) | (kept > 0)
    return np.arange(periods, dtype=float)[at_risk], lost_p[at_risk], kept[at_risk]


def log_likelihood(log_a: float, log_b: float, k: FloatArray, lost: FloatArray,
                   kept: FloatArray) -> float:
    """LL at (log alpha, log beta), each term as a log1p of a ratio: accurate also at the
    bound, where alpha and beta are ~1e5 and log(alpha) - log(s_j) would cancel."""
    a, u = float(np.exp(log_a)), float(np.exp(log_b)) + k
    return -float(np.dot(lost, np.log1p(u / a)) + np.dot(kept, np.log1p(a / u)))


def _log_likelihoods(log_a: FloatArray, log_b: FloatArray, k: FloatArray, lost: FloatArray,
                     kept: FloatArray) -> FloatArray:
    """:func:`log_likelihood` at many points at once."""
    a, u = np.exp(log_a)[:, None], np.exp(log_b)[:, None] + k
    values: FloatArray = -(np.log1p(u / a) @ lost + np.log1p(a / u) @ kept)
    return values


def _best_log_a(log_b: FloatArray, k: FloatArray, lost: FloatArray, kept: FloatArray,
                start: FloatArray) -> FloatArray:
    """For each log beta, the log alpha in the box that maximises LL.

    LL's slope in log alpha is ``sum L_j - F(alpha)`` with F(alpha) = sum d_j alpha / s_j,
    increasing and concave in alpha: Newton on F(alpha) = sum L_j from a point left of the
    root climbs to it monotonically, never overshooting (a concave curve lies below its
    tangents). ``start`` is tried first, the box's lower end when it is right of the root.
    """
    u = np.exp(log_b)[:, None] + k
    d = lost + kept
    target = float(lost.sum())
    low, high = np.exp(-LOG_BOUND), np.exp(LOG_BOUND)

    def pull(a: FloatArray) -> FloatArray:
        f: FloatArray = (a[:, None] / (a[:, None] + u)) @ d
        return f

    a = np.exp(np.clip(start, -LOG_BOUND, LOG_BOUND))
    a = np.where(pull(a) < target, a, low)
    at_low = pull(np.full(len(u), low)) >= target  # the slope is <= 0 all along the box
    for _ in range(_NEWTON_STEPS):
        s = a[:, None] + u
        f = (a[:, None] / s) @ d
        rise = (u / s**2) @ d
        new = np.minimum(a + np.maximum(target - f, 0.0) / rise, high)
        if np.all(new - a <= _TOLERANCE * new):
            a = new
            break
        a = new
    return np.where(at_low, -LOG_BOUND, np.log(a))


def _profile_slope(log_b: float, k: FloatArray, lost: FloatArray, kept: FloatArray,
                   start: float) -> tuple[float, float, float]:
    """(best log alpha, d profile / d log beta, its derivative) at ``log_b``: the envelope
    theorem gives the slope as LL's partial in log beta at the best alpha."""
    x = float(_best_log_a(np.array([log_b]), k, lost, kept, np.array([start]))[0])
    a, b = np.exp(x), np.exp(log_b)
    u = b + k
    s = a + u
    d = lost + kept
    slope = float(b * (kept @ (1 / u) - d @ (1 / s)))
    ll_bb = float(b * (kept @ (k / u**2) - d @ ((a + k) / s**2)))
    if abs(x) >= LOG_BOUND:  # alpha held at its bound: the plain second derivative
        return x, slope, ll_bb
    ll_aa = -float(a * (d @ (u / s**2)))
    ll_ab = float(a * b * (d @ (1 / s**2)))
    return x, slope, ll_bb - ll_ab**2 / ll_aa if ll_aa < 0 else ll_bb


def fit_log_params(lost: FloatArray, alive: FloatArray) -> tuple[float, float, float]:
    """(log alpha, log beta, LL) maximising the likelihood over the box |log| <= LOG_BOUND."""
    k, n_lost, kept = period_counts(lost, alive)
    if len(k) == 1 and n_lost[0] > 0 and kept[0] > 0 and abs(np.log(kept[0] / n_lost[0])) <= LOG_BOUND:
        # One period observed: the data pin down alpha / (alpha + beta) only, and every point
        # of that line is as likely. The answer with alpha = 1, as the fit has always given.
        log_b = float(np.log(kept[0] / n_lost[0]))
        return 0.0, log_b, log_likelihood(0.0, log_b, k, n_lost, kept)
    total = float(n_lost.sum() + kept.sum())
    rate = float(np.clip(n_lost.sum() / max(total, 1.0), 1e-4, 0.9))
    grid = np.linspace(-LOG_BOUND, LOG_BOUND, round(2 * LOG_BOUND / GRID_STEP) + 1)
    # On the ridge alpha / beta is about the pooled churn odds: a start near each answer.
    grid_a = _best_log_a(grid, k, n_lost, kept, grid + np.log(rate / (1 - rate)))
    values = _log_likelihoods(grid_a, grid, k, n_lost, kept)
    i = int(np.argmax(values))
    best = (float(grid_a[i]), float(grid[i]), log_likelihood(grid_a[i], grid[i], k, n_lost, kept))
    lo, hi = grid[max(i - 1, 0)], grid[min(i + 1, len(grid) - 1)]
    refined = _refine(lo, hi, best[1], best[0], k, n_lost, kept)
    if refined is not None and refined[2] > best[2]:
        best = refined
    return best


def _refine(lo: float, hi: float, y: float, x: float, k: FloatArray, lost: FloatArray,
            kept: FloatArray) -> tuple[float, float, float] | None:
    """Newton on the profile's slope inside [lo, hi] (bisection when a step leaves it); the
    grid's best point is the start. None when the slope does not change sign in there (the
    maximum is then the grid point itself, at an end of the box)."""
    _, s_lo, _ = _profile_slope(lo, k, lost, kept, x)
    _, s_hi, _ = _profile_slope(hi, k, lost, kept, x)
    if not s_lo > 0 > s_hi:
        return None
    for _ in range(_NEWTON_STEPS):
        x, slope, curve = _profile_slope(y, k, lost, kept, x)
        if slope > 0:
            lo = y
        else:
            hi = y
        new = y - slope / curve if curve < 0 else 0.5 * (lo + hi)
        if not lo < new < hi:
            new = 0.5 * (lo + hi)
        if abs(new - y) < _TOLERANCE or hi - lo < _TOLERANCE:
            y = new
            break
        y = new
    x = float(_best_log_a(np.array([y]), k, lost, kept, np.array([x]))[0])
    return x, y, log_likelihood(x, y, k, lost, kept)
