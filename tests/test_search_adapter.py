"""Tests for kg.search.adapter (the ridge query adapter) and its place in candidates, ranker and fit."""

import numpy as np
import pytest
from test_search_candidates import synthetic_store
from test_search_rank import SYNTHETIC_TRAIN, synthetic_examples

from kg.search import adapter, learn
from kg.search.candidates import FEATURES, CandidateConfig, Structure, candidates
from kg.search.dense import DenseIndex
from kg.search.engine import Searcher
from kg.search.index import build_index, load_index
from kg.search.rank import Ranker, RankParams, train


def synthetic_pairs(n_passages=60, n_queries=400, dim=16, seed=0):
    """Made-up vectors: each query is its gold passage seen through a fixed distortion, plus noise."""
    rng = np.random.default_rng(seed)
    passages = adapter.normalise(rng.normal(size=(n_passages, dim)))
    distortion = np.eye(dim) + 2.0 * rng.normal(size=(dim, dim)) / np.sqrt(dim)
    gold = rng.integers(n_passages, size=n_queries)
    queries = adapter.normalise(passages[gold] @ distortion + 0.05 * rng.normal(size=(n_queries, dim)))
    return queries, [[int(g)] for g in gold], passages


def _top1(queries, gold, passages):
    return float(np.mean(np.argmax(queries @ passages.T, axis=1) == np.array([g[0] for g in gold])))


def test_ridge_adapter_undoes_a_distortion_on_new_queries():
    q, gold, p = synthetic_pairs()
    w = adapter.fit_ridge(q[:300], gold[:300], p, lam=0.1)
    before = _top1(q[300:], gold[300:], p)
    after = _top1(adapter.adapt(q[300:], w), gold[300:], p)
    assert after > before + 0.2 and after > 0.9


def test_an_adapter_for_another_model_names_the_fix():
    with pytest.raises(ValueError, match="kg index --learn"):
        adapter.adapt(np.ones(8), np.eye(16))


def test_ridge_pulls_towards_identity_and_no_gold_is_identity():
    q, gold, p = synthetic_pairs()
    strong = adapter.fit_ridge(q, gold, p, lam=1e6)
    assert np.allclose(strong, np.eye(p.shape[1]), atol=1e-3)
    assert np.array_equal(adapter.fit_ridge(q, [[] for _ in gold], p), np.eye(p.shape[1]))


def test_fold_adapted_vectors_never_learn_from_their_own_fold():
    q, gold, p = synthetic_pairs(n_queries=120)
    fold = [i % 3 for i in range(len(q))]
    first = adapter.fold_adapted(q, gold, fold, p, lam=1.0)
    # Other fold-0 questions' vectors cannot move a fold-0 question's adapted vector; they move the
    # other folds' (which learn from them).
    in0 = np.array(fold) == 0
    noisy = q.copy()
    others = np.flatnonzero(in0)[1:]
    noisy[others] = adapter.normalise(np.random.default_rng(1).normal(size=(len(others), q.shape[1])))
    second = adapter.fold_adapted(noisy, gold, fold, p, lam=1.0)
    assert np.allclose(first[0], second[0])
    assert not np.allclose(first[~in0], second[~in0])
    # A passage gold in fold 0 is no target for fold 0's adapter, even where other folds cite it.
    banned = {g[0] for g, f in zip(gold, fold, strict=True) if f == 0}
    rest = [[r for r in g if r not in banned] for g, f in zip(gold, fold, strict=True) if f != 0]
    w = adapter.fit_ridge(q[~in0], rest, p, 1.0)
    assert np.allclose(first[in0], adapter.adapt(q[in0], w), atol=1e-5)


@pytest.mark.parametrize("threshold", [10_000, 10])
def test_passage_vectors_read_flat_and_ivf_indexes_in_row_order(threshold):
    _, _, p = synthetic_pairs(n_passages=700)
    dense = DenseIndex.build(p, approx_threshold=threshold)
    assert dense.kind == ("flat" if threshold > 700 else "ivf")
    assert np.allclose(adapter.passage_vectors(dense), p, atol=1e-6)


def test_ranker_keeps_its_adapter(tmp_path):
    w = np.eye(8, dtype=np.float32) * 2
    ranker = train(synthetic_examples(), RankParams(trees=5, leaves=4, min_data_in_leaf=5), adapter=w)
    ranker.save(tmp_path)
    assert np.array_equal(Ranker.load(tmp_path).adapter, w)
    (tmp_path / adapter.ADAPTER_FILE).unlink()
    assert Ranker.load(tmp_path).adapter is None


def _hash_searcher(tmp_path):
    from kg.search.encoders import HashingEncoder

    st = synthetic_store(tmp_path)
    enc = HashingEncoder(32)
    return Searcher(st, build_index(st, enc), enc)


def test_adapted_dense_features_and_source(tmp_path):
    s = _hash_searcher(tmp_path)
    st = Structure(s.index)
    cols = [FEATURES.index(f) for f in ("adense_score", "adense_rank", "adense_rank_unknown")]
    plain = candidates(s, st, "nakhoda muatan", CandidateConfig())
    assert "adapted" not in plain.sources and not plain.features[:, cols[0]].any()
    # An adapted query vector pointing at article 5 makes it the adapted source's first row.
    target = adapter.passage_vectors(s.index.dense)[s.index.rows_of_id["5"][0]]
    c = candidates(s, st, "nakhoda muatan", CandidateConfig(), aqvec=target)
    row5 = s.index.rows_of_id["5"][0]
    assert c.sources["adapted"][0] == row5
    at = list(c.rows).index(row5)
    assert c.features[at, cols[1]] == 1 and c.features[at, cols[0]] == pytest.approx(1, abs=1e-4)


def test_fit_with_an_adapter_saves_it_and_search_uses_it(tmp_path, monkeypatch):
    s = _hash_searcher(tmp_path)
    monkeypatch.setattr(learn, "MIN_RANK_QUESTIONS", 10)
    monkeypatch.setattr(learn, "RANK_GRID", ({"holdout_copies": 1, "adapter_lambda": 1.0},))
    params, memory, prior, _ = learn.fit(s, SYNTHETIC_TRAIN, grid={"w_memory": (1.0,)}, note="synthetic")
    assert s.index.ranker.adapter.shape == (32, 32)
    learn.save_learned(s, params, memory, prior)
    ix = load_index(s.store)
    assert np.allclose(ix.ranker.adapter, s.index.ranker.adapter)
    searcher = Searcher(s.store, ix, s.encoder)
    fused, lists = searcher.learned_ranking("nakhoda lalai menjaga muatan")
    assert "adapted" in lists
    # Without an encoder no adapter is learned, whatever the setting asks.
    lexical = Searcher(s.store, build_index(s.store, None))
    learn.fit(lexical, SYNTHETIC_TRAIN, grid={"w_memory": (1.0,)}, note="synthetic")
    assert lexical.index.ranker is not None and lexical.index.ranker.adapter is None


def test_settings_compared_at_once_share_the_adapter(tmp_path, monkeypatch):
    s = _hash_searcher(tmp_path)
    monkeypatch.setattr(learn, "MIN_RANK_QUESTIONS", 10)
    grid = ({"adapter_lambda": 0.0}, {"adapter_lambda": 10.0})
    with pytest.raises(ValueError, match="adapter_lambda"):
        learn.fit_ranker(s, SYNTHETIC_TRAIN, Structure(s.index), grid=grid)
