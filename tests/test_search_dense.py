"""Tests for kg.search.dense (exact and approximate faiss indexes)."""

import numpy as np

from kg.search.dense import DenseIndex


def _unit(n, dim=16, seed=0):
    v = np.random.default_rng(seed).standard_normal((n, dim)).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def test_small_corpus_gets_exact_search_and_round_trips(tmp_path):
    v = _unit(50)
    ix = DenseIndex.build(v)
    assert ix.kind == "flat" and ix.size == 50
    rows, scores = ix.search(v[7], 3)
    assert rows[0] == 7 and abs(scores[0] - 1.0) < 1e-5
    ix.save(tmp_path / "d.faiss")
    again = DenseIndex.load(tmp_path / "d.faiss")
    assert again.search(v[7], 1)[0][0] == 7


def test_large_corpus_gets_approximate_index_that_still_finds_exact_matches():
    v = _unit(2000)
    ix = DenseIndex.build(v, approx_threshold=500)
    assert ix.kind == "ivf"
    found = sum(int(ix.search(v[i], 1)[0][0] == i) for i in range(0, 2000, 50))
    assert found >= 36  # of 40 probes; nprobe makes misses rare


def test_k_larger_than_corpus_and_empty_k():
    ix = DenseIndex.build(_unit(5))
    assert len(ix.search(_unit(1, seed=3)[0], 50)[0]) == 5
    assert len(ix.search(_unit(1, seed=3)[0], 0)[0]) == 0
