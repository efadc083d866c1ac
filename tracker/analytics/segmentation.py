"""Suggested segments by clustering accounts: k-means and Ward, silhouette, profiles, accept.

k-means uses SciPy's kmeans2 with a k-means++ start, repeated from several seeded starts
(one start can land in a poor local optimum); the lowest within-cluster sum of squares
wins. Ward's linkage needs memory quadratic in the number of accounts, so above
WARD_MAX accounts it clusters a seeded sample and gives every account the nearest
sample cluster's centroid. Silhouette is computed in row chunks against the whole
matrix (no n x n matrix in memory) and on a seeded sample above SILHOUETTE_MAX.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from numpy.typing import NDArray
from scipy.cluster.hierarchy import dendrogram, fcluster, linkage
from scipy.cluster.vq import ClusterError, kmeans2
from scipy.spatial.distance import cdist

from tracker.analytics import CLUSTER_METHODS
from tracker.analytics.features import FeatureMatrix, load_features
from tracker.analytics.profiles import ClusterProfile, profile_clusters
from tracker.analytics.segment_rules import SegmentsWritten, ensure_new_segment_name
from tracker.changes import ChangeSet, Written
from tracker.database import Database
from tracker.domain import ValidationError
from tracker.i18n import QT_TRANSLATE_NOOP, words
from tracker.kpi.filters import ids_sql
from tracker.services.records import SEGMENTS, assign_segment
from tracker.storage.db import environment_errors, transaction

FloatArray = NDArray[np.float64]
IntArray = NDArray[np.int64]
Progress = Callable[[int, int, str], None]
N_INIT = 8
WARD_MAX = 2500
SILHOUETTE_MAX = 3000
CHUNK = 512
K_RANGE = range(2, 9)
METHODS = CLUSTER_METHODS


def _relabel_by_size(labels: IntArray) -> IntArray:
    """Cluster 0 is the largest, so results read the same whichever start won."""
    counts = np.bincount(labels)
    order = np.argsort(-counts, kind="stable")
    rank = np.empty_like(order)
    rank[order] = np.arange(len(order))
    return np.asarray(rank[labels], dtype=np.int64)


def kmeans(x: FloatArray, k: int, seed: int = 7, n_init: int = N_INIT) -> tuple[IntArray, float]:
    """Best of ``n_init`` seeded k-means++ runs: (labels 0..k-1 by size, inertia)."""
    if not 1 <= k <= len(x):
        raise ValidationError(words("errors", QT_TRANSLATE_NOOP(
            "errors", "Cannot make {0} clusters from {1} accounts."), k, len(x)), "k", "bad_k")
    rng = np.random.default_rng(seed)
    best: tuple[IntArray, float] | None = None
    for _ in range(n_init):
        try:
            centroids, labels = kmeans2(x, k, iter=50, minit="++", missing="raise", seed=rng)
        except ClusterError:  # an empty cluster: this start is discarded
            continue
        inertia = float(((x - centroids[labels]) ** 2).sum())
        if best is None or inertia < best[1] - 1e-9:
            best = (np.asarray(labels, dtype=np.int64), inertia)
    if best is None:
        raise ValidationError(words("errors", QT_TRANSLATE_NOOP(
            "errors", "The accounts do not split into {0} distinct groups."), k), "k", "bad_k")
    return _relabel_by_size(best[0]), best[1]


def silhouette_scores(x: FloatArray, labelings: Sequence[IntArray], seed: int = 7) -> list[float]:
    """Mean silhouette of each labelling of the same rows (Rousseeuw 1987).

    s(i) = (b - a) / max(a, b), a = mean distance to the own cluster's other members,
    b = the lowest mean distance to another cluster; members of one-point clusters score 0.
    The distances are computed once per chunk and reused for every labelling.
    """
    n = len(x)
    rows = np.arange(n)
    if n > SILHOUETTE_MAX:
        rows = np.sort(np.random.default_rng(seed).choice(n, SILHOUETTE_MAX, replace=False))
    xs = x[rows]
    labs = [np.asarray(lab)[rows] for lab in labelings]
    onehots = [np.eye(int(lab.max()) + 1)[lab] for lab in labs]
    counts = [oh.sum(axis=0) for oh in onehots]
    totals = [0.0 for _ in labs]
    for start in range(0, len(xs), CHUNK):
        dist = cdist(xs[start:start + CHUNK], xs)
        for j, (lab, oh, cnt) in enumerate(zip(labs, onehots, counts, strict=True)):
            sums = dist @ oh
            own = lab[start:start + CHUNK]
            idx = np.arange(len(own))
            own_n = cnt[own]
            a = np.where(own_n > 1, sums[idx, own] / np.maximum(own_n - 1, 1), 0.0)
            means = sums / np.maximum(cnt, 1)
            means[idx, own] = np.inf
            means[:, cnt == 0] = np.inf
            b = means.min(axis=1)
            denom = np.maximum(a, b)
            s = np.where((own_n > 1) & (denom > 0), (b - a) / np.where(denom > 0, denom, 1), 0.0)
            totals[j] += float(s.sum())
    return [t / len(xs) if len(xs) else 0.0 for t in totals]


def silhouette_strength(score: float) -> str:
    """Kaufman & Rousseeuw's reading of an average silhouette: strong / reasonable / weak / none."""
    if score > 0.70:
        return "strong"
    if score > 0.50:
        return "reasonable"
    if score > 0.25:
        return "weak"
    return "none"


@dataclass(frozen=True)
class KScore:
    k: int
    silhouette: float
    inertia: float


def suggest_k(x: FloatArray, ks: Sequence[int] = K_RANGE, seed: int = 7,
              progress: Progress | None = None) -> list[KScore]:
    """k-means for each k and its silhouette; the best k is the highest silhouette."""
    usable = [k for k in ks if 2 <= k < len(x)]
    fits = []
    for i, k in enumerate(usable):
        if progress:
            progress(i, len(usable) + 1, f"k-means with k = {k}")
        fits.append(kmeans(x, k, seed))
    if progress:
        progress(len(usable), len(usable) + 1, "silhouette")
    scores = silhouette_scores(x, [lab for lab, _ in fits], seed)
    return [KScore(k, s, fit[1]) for k, s, fit in zip(usable, scores, fits, strict=True)]


@dataclass(frozen=True)
class Dendrogram:
    """What scipy's dendrogram would draw (no_plot), for the chart widget."""

    icoord: list[list[float]]
    dcoord: list[list[float]]
    leaf_labels: list[str]
    cut_height: float
    sampled: int  # accounts in the linkage (all, or a sample above WARD_MAX)


def ward(x: FloatArray, k: int, seed: int = 7) -> tuple[IntArray, Dendrogram]:
    """Ward clustering into ``k`` clusters, with the dendrogram's top 30 merges."""
    n = len(x)
    if not 2 <= k <= n:
        raise ValidationError(words("errors", QT_TRANSLATE_NOOP(
            "errors", "Cannot make {0} clusters from {1} accounts."), k, n), "k", "bad_k")
    rows = np.arange(n)
    if n > WARD_MAX:
        rows = np.sort(np.random.default_rng(seed).choice(n, WARD_MAX, replace=False))
    z = linkage(x[rows], method="ward")
    sample_labels = fcluster(z, k, criterion="maxclust") - 1
    centroids = np.array([x[rows][sample_labels == c].mean(axis=0)
                          for c in range(int(sample_labels.max()) + 1)])
    labels = sample_labels if len(rows) == n else cdist(x, centroids).argmin(axis=1)
    cut = float((z[-k, 2] + z[-k + 1, 2]) / 2) if 1 < k < len(rows) else 0.0
    tree = dendrogram(z, truncate_mode="lastp", p=min(30, len(rows)), no_plot=True)
    return _relabel_by_size(np.asarray(labels, dtype=np.int64)), Dendrogram(
        [list(map(float, c)) for c in tree["icoord"]], [list(map(float, c)) for c in tree["dcoord"]],
        [str(lab) for lab in tree["ivl"]], cut, len(rows))


@dataclass(frozen=True)
class ClusterSuggestion:
    """A clustering the user can look at, rename and accept as segments."""

    method: str
    k: int
    account_ids: IntArray
    labels: IntArray
    profiles: list[ClusterProfile]
    silhouette: float
    k_scores: list[KScore] = field(default_factory=list)
    dendrogram: Dendrogram | None = None
    imputed: dict[str, int] = field(default_factory=dict)

    def members(self, cluster: int) -> list[int]:
        return [int(i) for i in self.account_ids[self.labels == cluster]]


@environment_errors()
def suggest_segments(db: Database, method: str = "kmeans", k: int | None = None, seed: int = 7,
                     account_ids: Sequence[int] | None = None, include_churned: bool = False,
                     progress: Progress | None = None) -> ClusterSuggestion:
    """Cluster the accounts; without ``k``, k-means picks the k with the best silhouette."""
    if method not in METHODS:
        raise ValidationError(words("errors", QT_TRANSLATE_NOOP(
            "errors", "Unknown clustering method '{0}'; use kmeans or ward."), method))
    fm = load_features(db, account_ids, include_churned)
    if len(fm) < 4:
        raise ValidationError(words("errors", QT_TRANSLATE_NOOP(
            "errors", "Clustering needs at least 4 accounts.")), None, "too_few")
    return cluster_features(fm, method, k, seed, progress)


def cluster_features(fm: FeatureMatrix, method: str = "kmeans", k: int | None = None,
                     seed: int = 7, progress: Progress | None = None) -> ClusterSuggestion:
    x = fm.scaled
    scores: list[KScore] = []
    if k is None:
        scores = suggest_k(x, seed=seed, progress=progress)
        if not scores:
            raise ValidationError(words("errors", QT_TRANSLATE_NOOP(
                "errors", "Too few accounts to suggest a number of clusters.")), "k", "too_few")
        k = max(scores, key=lambda s: s.silhouette).k
    tree: Dendrogram | None = None
    if method == "ward":
        labels, tree = ward(x, k, seed)
    else:
        labels, _ = kmeans(x, k, seed)
    sil = next((s.silhouette for s in scores if s.k == k and method == "kmeans"), None)
    if sil is None:
        sil = silhouette_scores(x, [labels], seed)[0]
    if progress:
        progress(1, 1, "done")
    return ClusterSuggestion(method, k, fm.account_ids, labels, profile_clusters(fm, labels),
                             sil, scores, tree, fm.imputed)


@environment_errors()
def accept_suggestion(db: Database, suggestion: ClusterSuggestion, names: Sequence[str],
                      playbook_ids: Sequence[int | None] | None = None
                      ) -> Written[SegmentsWritten]:
    """Create one segment per cluster and move its accounts there, all in one transaction.

    A blank name skips that cluster (its accounts keep their segment).
    """
    if len(names) != suggestion.k:
        raise ValidationError(words("errors", QT_TRANSLATE_NOOP(
            "errors", "Give {0} names, one per cluster."), suggestion.k), "names")
    chosen = [n.strip() for n in names]
    picked = [n for n in chosen if n]
    if len({n.lower() for n in picked}) != len(picked):
        raise ValidationError(words("errors", QT_TRANSLATE_NOOP(
            "errors", "Two clusters have the same name; each segment needs its own.")), "names")
    pbs = list(playbook_ids) if playbook_ids is not None else [None] * suggestion.k
    created: list[int] = []
    previous: dict[int, int | None] = {}
    change = ChangeSet(accounts=True, segments=True, kpis=True)
    with transaction(db):
        for cluster, (name, pb) in enumerate(zip(chosen, pbs, strict=True)):
            if not name:
                continue
            profile = suggestion.profiles[cluster]
            values: dict[str, Any] = {
                "name": ensure_new_segment_name(db, name), "rule": "",
                "description": f"Suggested by {suggestion.method} clustering: {profile.summary}",
                "playbook_id": pb,
            }
            seg_id = SEGMENTS.create(db, values).value
            moved = assign_segment(db, suggestion.members(cluster), seg_id)
            previous.update(moved.value)
            change = change | moved.change
            created.append(seg_id)
    return Written(change, SegmentsWritten(tuple(created), previous))


@environment_errors()
def previous_segments(db: Database, account_ids: Sequence[int]) -> dict[int, int | None]:
    """Each account's current segment, taken before a change so an undo can put it back."""
    if not account_ids:
        return {}
    cond, params = ids_sql(account_ids, "id")
    return {int(r[0]): r[1] for r in db.conn.execute(
        f"SELECT id, segment_id FROM account WHERE {cond}", params)}


@environment_errors()
def revert_segments(db: Database, created: Sequence[int],
                    previous: dict[int, int | None]) -> ChangeSet:
    """Undo of accepting segments: accounts back where they were, new segments gone, at once."""
    by_old: dict[int | None, list[int]] = {}
    for account_id, seg in previous.items():
        by_old.setdefault(seg, []).append(account_id)
    change = ChangeSet(accounts=True, segments=True, kpis=True)
    with transaction(db):
        for seg, ids in by_old.items():
            change = change | assign_segment(db, ids, seg).change
        for seg_id in created:
            change = change | SEGMENTS.delete(db, seg_id).change
    return change
