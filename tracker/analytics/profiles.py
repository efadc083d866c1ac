"""What each cluster is like, in the user's units, and a name to start from.

The suggested name compares the cluster with the whole portfolio (terciles of company
size and MRR, the tech-proficiency scale's middle, half a product either side of the
average, an industry that holds half the cluster), so it says what sets the cluster
apart; the user renames it before accepting.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from tracker.analytics.features import NUMERIC, FeatureMatrix

SIZE, TECH, MRR, PRODUCTS = (NUMERIC.index(c) for c in ("company_size", "tech_proficiency", "mrr",
                                                          "products"))
DOMINANT_SHARE = 0.5


@dataclass(frozen=True)
class ClusterProfile:
    cluster: int
    accounts: int
    share: float  # of all clustered accounts
    median_size: float
    median_mrr: float
    total_mrr: float
    mean_tech: float
    mean_products: float
    top_industry: str
    top_industry_share: float
    suggested_name: str
    z_means: tuple[float, ...]  # mean of each scaled NUMERIC feature: how far from the portfolio

    @property
    def summary(self) -> str:
        return (f"{self.accounts} accounts, median {self.median_size:,.0f} employees, "
                f"median MRR {self.median_mrr:,.0f}, tech {self.mean_tech:.1f}/5, "
                f"{self.mean_products:.1f} products, {self.top_industry_share:.0%} "
                f"{self.top_industry}")


def _band(value: float, low: float, high: float, words: tuple[str, str, str]) -> str:
    if value < low:
        return words[0]
    if value > high:
        return words[2]
    return words[1]


def profile_clusters(fm: FeatureMatrix, labels: NDArray[np.int64]) -> list[ClusterProfile]:
    raw = fm.raw
    n = len(labels)
    size_lo, size_hi = np.percentile(raw[:, SIZE], [33.3, 66.7]) if n else (0.0, 0.0)
    mrr_lo, mrr_hi = np.percentile(raw[:, MRR], [33.3, 66.7]) if n else (0.0, 0.0)
    products_mean = float(raw[:, PRODUCTS].mean()) if n else 0.0
    out: list[ClusterProfile] = []
    taken: Counter[str] = Counter()
    for c in range(int(labels.max()) + 1 if n else 0):
        mask = labels == c
        sub = raw[mask]
        if not len(sub):
            continue
        industry, count = Counter(fm.industries[mask].tolist()).most_common(1)[0]
        ind_share = count / len(sub)
        med_size, med_mrr = float(np.median(sub[:, SIZE])), float(np.median(sub[:, MRR]))
        tech = float(sub[:, TECH].mean())
        words = [_band(med_size, size_lo, size_hi, ("Small", "Mid-size", "Large"))]
        if ind_share >= DOMINANT_SHARE:
            words.append(industry)
        mrr_word = _band(med_mrr, mrr_lo, mrr_hi, ("low-MRR", "", "high-MRR"))
        tech_word = "technical" if tech >= 3.5 else ("hands-on" if tech <= 2.5 else "")
        products = float(sub[:, PRODUCTS].mean())
        products_word = _band(products, products_mean - 0.5, products_mean + 0.5,
                              ("single-product", "", "multi-product"))
        extras = [w for w in (mrr_word, tech_word, products_word) if w]
        name = " ".join(words) + (", " + ", ".join(extras) if extras else "")
        taken[name] += 1
        if taken[name] > 1:
            name = f"{name} ({taken[name]})"
        out.append(ClusterProfile(
            cluster=c, accounts=int(mask.sum()), share=float(mask.sum() / n),
            median_size=med_size, median_mrr=med_mrr, total_mrr=float(sub[:, MRR].sum()),
            mean_tech=tech, mean_products=products,
            top_industry=industry, top_industry_share=ind_share, suggested_name=name,
            z_means=tuple(float(v) for v in fm.scaled[mask, :len(NUMERIC)].mean(axis=0)),
        ))
    return out
