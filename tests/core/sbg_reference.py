"""The sBG fit as it was before the profile-likelihood fit (Nelder-Mead on betaln), kept
verbatim as the reference the new fit must match or beat. Not a test module itself."""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray
from scipy.optimize import minimize
from scipy.special import betaln

LOG_BOUND = 12.0


def _negative_ll(log_params: NDArray[np.float64], t_lost: NDArray[np.float64],
                 n_lost: NDArray[np.float64], t_alive: NDArray[np.float64],
                 n_alive: NDArray[np.float64]) -> float:
    a, b = np.exp(log_params)
    base = betaln(a, b)
    ll = np.dot(n_lost, betaln(a + 1, b + t_lost - 1) - base)
    ll += np.dot(n_alive, betaln(a, b + t_alive) - base)
    return float(-ll)


def old_fit_log_params(lost_a: NDArray[np.float64], alive_a: NDArray[np.float64]
                       ) -> tuple[float, float]:
    """(log alpha, log beta) as the old ``_fit_counts`` found them."""
    t_lost = np.arange(1, len(lost_a) + 1, dtype=float)
    t_alive = np.arange(len(alive_a), dtype=float)
    keep_l, keep_a = lost_a > 0, alive_a > 0
    args = (t_lost[keep_l], lost_a[keep_l], t_alive[keep_a], alive_a[keep_a])
    exposure = float(np.dot(lost_a, t_lost) + np.dot(alive_a, t_alive))
    rate = float(np.clip(lost_a.sum() / max(exposure, 1.0), 1e-4, 0.9))
    x0 = np.array([0.0, np.log((1 - rate) / rate)])
    result = minimize(_negative_ll, x0=x0, args=args, method="Nelder-Mead",
                      bounds=[(-LOG_BOUND, LOG_BOUND)] * 2,
                      options={"xatol": 1e-7, "fatol": 1e-9, "maxiter": 1500})
    return float(result.x[0]), float(result.x[1])
