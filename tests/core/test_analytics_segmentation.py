"""Feature scaling, rule segments, k-means/Ward clustering, silhouette and accepting segments."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.spatial.distance import pdist, squareform
from scipy.stats import zscore
from sqlite_utils import Database

from tracker.analytics.features import build_matrix, load_features
from tracker.analytics.segment_rules import create_rule_segment, matching_accounts, parse_rule
from tracker.analytics.segmentation import (
    ClusterSuggestion,
    cluster_features,
    kmeans,
    silhouette_scores,
    suggest_k,
    suggest_segments,
    ward,
)
from tracker.domain import ValidationError


def blobs(per: int = 60, seed: int = 3) -> tuple[np.ndarray, np.ndarray]:
    """Three tight, far-apart clouds in 4-D and their true labels."""
    rng = np.random.default_rng(seed)
    centres = np.array([[0, 0, 0, 0], [10, 10, 0, 0], [0, 10, 10, 10]], dtype=float)
    x = np.vstack([c + rng.normal(0, 0.5, (per, 4)) for c in centres])
    return x, np.repeat(np.arange(3), per)


def same_partition(a: np.ndarray, b: np.ndarray) -> bool:
    pairs = set(zip(a.tolist(), b.tolist(), strict=True))
    return len(pairs) == len(set(a.tolist())) == len(set(b.tolist()))


def test_kmeans_recovers_separated_clusters() -> None:
    x, truth = blobs()
    labels, inertia = kmeans(x, 3, seed=1)
    assert same_partition(labels, truth)
    assert inertia < 3 * 60 * 4 * 0.5**2 * 1.5
    again, _ = kmeans(x, 3, seed=1)
    assert np.array_equal(labels, again)  # seeded: same answer every time


def test_ward_recovers_separated_clusters_and_dendrogram() -> None:
    x, truth = blobs()
    labels, tree = ward(x, 3)
    assert same_partition(labels, truth)
    assert tree.sampled == len(x)
    assert len(tree.icoord) == len(tree.dcoord) == 29  # 30 leaves shown, 29 merges
    top_merges = sorted(max(d) for d in tree.dcoord)[-2:]
    assert top_merges[0] > tree.cut_height > max(sorted(max(d) for d in tree.dcoord)[:-2])


def test_ward_on_a_sample_labels_every_account(monkeypatch: pytest.MonkeyPatch) -> None:
    import tracker.analytics.segmentation as seg

    monkeypatch.setattr(seg, "WARD_MAX", 90)
    x, truth = blobs()
    labels, tree = seg.ward(x, 3)
    assert tree.sampled == 90
    assert same_partition(labels, truth)


def brute_silhouette(x: np.ndarray, labels: np.ndarray) -> float:
    d = squareform(pdist(x))
    out = []
    for i in range(len(x)):
        own = labels == labels[i]
        if own.sum() == 1:
            out.append(0.0)
            continue
        a = d[i, own].sum() / (own.sum() - 1)
        b = min(d[i, labels == c].mean() for c in set(labels.tolist()) if c != labels[i])
        out.append((b - a) / max(a, b))
    return float(np.mean(out))


def test_silhouette_by_hand_and_against_brute_force() -> None:
    x = np.array([[0.0], [1.0], [10.0], [11.0]])
    (score,) = silhouette_scores(x, [np.array([0, 0, 1, 1])])
    # Point 0: a = 1, b = 10.5; point 1: a = 1, b = 9.5; symmetric for the others.
    assert score == pytest.approx(((9.5 / 10.5) + (8.5 / 9.5)) / 2)
    xb, truth = blobs(per=250)  # 750 rows: more than one chunk
    rng = np.random.default_rng(0)
    noisy = np.where(rng.random(len(truth)) < 0.1, rng.integers(0, 4, len(truth)), truth)
    got = silhouette_scores(xb, [truth, noisy])
    assert got[0] == pytest.approx(brute_silhouette(xb, truth))
    assert got[1] == pytest.approx(brute_silhouette(xb, noisy))
    assert got[0] > 0.8 > got[1]


def test_silhouette_suggests_the_true_k() -> None:
    x, _ = blobs()
    scores = suggest_k(x, range(2, 7), seed=2)
    assert max(scores, key=lambda s: s.silhouette).k == 3
    assert [s.k for s in scores] == [2, 3, 4, 5, 6]


def test_feature_scaling_logs_and_weights_industry() -> None:
    raw = np.array([[10, 3, 100, 1], [1000, 3, 10000, 1], [100, 3, 1000, 1]], dtype=float)
    x, cols = build_matrix(raw, ["Retail", "Retail", "Media"])
    assert cols == ("company_size", "tech_proficiency", "mrr", "products", "industry=Media",
                    "industry=Retail")
    assert np.allclose(x[:, 0].mean(), 0) and np.allclose(x[:, 0].std(), 1)
    assert x[:, 0] == pytest.approx(zscore(np.log1p([10, 1000, 100])))
    assert x[2, 0] == pytest.approx((x[0, 0] + x[1, 0]) / 2, abs=0.05)  # log scale: 100 ~ mid-way
    assert np.all(x[:, 1] == 0)  # no spread: zeros, not NaN
    # Two accounts differing only in industry are one unit apart on it.
    assert np.linalg.norm(x[0, 4:] - x[2, 4:]) == pytest.approx(1.0)


def test_features_from_demo_skip_churned_and_fill_gaps(demo_db: Database) -> None:
    demo_db.conn.execute("UPDATE account SET company_size = NULL WHERE id = 1")
    fm = load_features(demo_db)
    churned = demo_db.conn.execute("SELECT count(*) FROM account WHERE status = 'churned'").fetchone()[0]
    assert len(fm) == 50 - churned
    assert fm.imputed["company_size"] == (1 if 1 in fm.account_ids else 0)
    assert not np.isnan(fm.scaled).any()


def test_suggest_segments_profiles_add_up(demo_db: Database) -> None:
    sug = suggest_segments(demo_db, "kmeans", k=3, seed=5)
    assert sug.k == 3 and len(sug.profiles) == 3
    assert sum(p.accounts for p in sug.profiles) == len(sug.account_ids)
    assert sug.profiles[0].accounts >= sug.profiles[1].accounts >= sug.profiles[2].accounts
    assert len({p.suggested_name for p in sug.profiles}) == 3
    assert -1 <= sug.silhouette <= 1


def _seed_accounts(db: Database) -> None:
    rows = [(1, "Healthcare", 800, 5000, 4, "Core, Analytics"), (2, "Healthcare", 200, 900, 2, "Core"),
            (3, "Retail", 1500, 7000, 3, ""), (4, " healthcare ", 600, 100, None, "Core, Analytics, Connect")]
    for r in rows:
        db.conn.execute("INSERT INTO account (id, name, industry, company_size, mrr, tech_proficiency,"
                        " products) VALUES (?, ?, ?, ?, ?, ?, ?)", (r[0], f"A{r[0]}", *r[1:]))


@pytest.mark.parametrize(("rule", "expected"), [
    ("industry = Healthcare and company size > 500", [1, 4]),
    ("industry = healthcare or mrr >= 7000", [1, 2, 3, 4]),
    ("industry != Healthcare", [3]),
    ("company_size <= 600 and products >= 1", [2, 4]),
    ("products = 0", [3]),
    ("industry in (Retail, Media)", [3]),
    ("industry not in (Retail)", [1, 2, 4]),
    ("tech >= 3", [1, 3]),
    ("name contains a1", [1]),
    ("industry = 'Healthcare' and mrr < 1000 and products >= 2", [4]),
])
def test_rule_segments_select_by_hand(db: Database, rule: str, expected: list[int]) -> None:
    _seed_accounts(db)
    assert matching_accounts(db, rule) == expected


@pytest.mark.parametrize(("rule", "message"), [
    ("", "empty"),
    ("colour = red", "not a field"),
    ("industry > 5", "is text"),
    ("mrr = lots", "not a number"),
    ("mrr > 5 and", "missing"),
    ("industry = x' OR 1=1 --", "cannot be read|one value"),
    ("1; DROP TABLE account", "operator|not a field"),
])
def test_bad_rules_get_one_sentence(db: Database, rule: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        parse_rule(rule)
    assert db.conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'account'").fetchone()[0]


def test_create_rule_segment_assigns_in_one_go(db: Database) -> None:
    _seed_accounts(db)
    written = create_rule_segment(db, "Large healthcare", "industry = Healthcare and size > 500")
    (seg_id,), count, change = written.value.created, written.value.count, written.change
    assert count == 2 and change.segments and change.accounts
    assert change.account_ids == frozenset({1, 4}), "the moved accounts are named"
    members = [r[0] for r in db.conn.execute("SELECT id FROM account WHERE segment_id = ? ORDER BY id",
                                             (seg_id,))]
    assert members == [1, 4]
    assert db.conn.execute("SELECT rule FROM segment WHERE id = ?", (seg_id,)).fetchone()[0] == \
        "industry = Healthcare and size > 500"
    with pytest.raises(ValidationError, match="already exists"):
        create_rule_segment(db, "large HEALTHCARE", "mrr > 0")
    with pytest.raises(ValidationError):
        create_rule_segment(db, "Broken", "mrr > ")
    assert db.conn.execute("SELECT count(*) FROM segment WHERE name = 'Broken'").fetchone()[0] == 0


def test_accept_suggestion_creates_segments_atomically(demo_db: Database) -> None:
    from tracker.analytics.segmentation import accept_suggestion

    sug = suggest_segments(demo_db, "ward", k=2)
    before = demo_db.conn.execute("SELECT count(*) FROM segment").fetchone()[0]
    with pytest.raises(ValidationError, match="already exists"):
        accept_suggestion(demo_db, sug, ["Fresh name", "Enterprise"])
    assert demo_db.conn.execute("SELECT count(*) FROM segment").fetchone()[0] == before
    accepted = accept_suggestion(demo_db, sug, ["Cluster A", "Cluster B"])
    created, change = accepted.value.created, accepted.change
    assert len(created) == 2 and change.segments
    for cluster, seg_id in enumerate(created):
        got = sorted(r[0] for r in demo_db.conn.execute(
            "SELECT id FROM account WHERE segment_id = ?", (seg_id,)))
        assert got == sorted(sug.members(cluster))
    with pytest.raises(ValidationError, match="same name"):
        accept_suggestion(demo_db, sug, ["Twin", "twin"])


def test_cluster_features_needs_enough_accounts(db: Database) -> None:
    _seed_accounts(db)
    with pytest.raises(ValidationError, match="at least 4"):
        suggest_segments(db, include_churned=False, account_ids=[1, 2])
    fm = load_features(db)
    sug = cluster_features(fm, "kmeans", 2)
    assert sug.k == 2


def test_revert_segments_puts_everything_back(demo_db: Database) -> None:
    from tracker.analytics.segmentation import accept_suggestion, previous_segments, revert_segments

    before = demo_db.conn.execute("SELECT id, segment_id FROM account ORDER BY id").fetchall()
    segments_before = demo_db.conn.execute("SELECT count(*) FROM segment").fetchone()[0]
    sug = suggest_segments(demo_db, "kmeans", k=2)
    previous = previous_segments(demo_db, [int(i) for i in sug.account_ids])
    accepted = accept_suggestion(demo_db, sug, ["One", "Two"]).value
    assert accepted.previous == previous, "the write reports where every account was"
    assert demo_db.conn.execute("SELECT id, segment_id FROM account ORDER BY id").fetchall() != before
    change = revert_segments(demo_db, accepted.created, accepted.previous)
    assert change.segments and change.accounts
    assert demo_db.conn.execute("SELECT id, segment_id FROM account ORDER BY id").fetchall() == before
    assert demo_db.conn.execute("SELECT count(*) FROM segment").fetchone()[0] == segments_before


def test_silhouette_strength_bands() -> None:
    from tracker.analytics.segmentation import silhouette_strength

    assert [silhouette_strength(s) for s in (0.8, 0.6, 0.3, 0.1)] == ["strong", "reasonable", "weak",
                                                                       "none"]
    x, _ = blobs()
    sug = cluster_features_from_matrix(x, 3)
    assert all(len(p.z_means) == 4 for p in sug.profiles)


def cluster_features_from_matrix(x: np.ndarray, k: int) -> ClusterSuggestion:
    """Profiles need a FeatureMatrix; build one around synthetic scaled rows."""
    from tracker.analytics.features import FeatureMatrix

    n = len(x)
    fm = FeatureMatrix(np.arange(n), [f"A{i}" for i in range(n)], np.array(["X"] * n), np.abs(x),
                       x, ("company_size", "tech_proficiency", "mrr", "products"), {})
    return cluster_features(fm, "kmeans", k)
