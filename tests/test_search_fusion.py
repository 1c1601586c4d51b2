"""Tests for kg.search.fusion."""

import pytest

from kg.search.fusion import FusionParams, fuse, learn_weights, ranked, rrf


def test_rrf_sums_weighted_reciprocal_ranks():
    s = rrf({"a": [1, 2], "b": [2, 3]}, {"a": 1.0, "b": 2.0}, k=10)
    assert s[1] == pytest.approx(1 / 11)
    assert s[2] == pytest.approx(1 / 12 + 2 / 11)
    assert s[3] == pytest.approx(2 / 12)
    assert [r for r, _ in ranked(s, 2)] == [2, 3]


def test_zero_weight_list_is_ignored_and_prior_only_nudges_found_rows():
    p = FusionParams(w_lexical=1, w_dense=0, w_prior=1, k=10)
    s = fuse({"lexical": [5, 6], "dense": [7]}, p, prior={6: 1.0, 9: 1.0})
    assert set(s) == {5, 6}
    assert s[6] > s[5]


def test_learning_prefers_the_list_that_holds_the_gold():
    runs = [({"lexical": [1, 2, 3], "dense": [3, 1, 2]}, {3}), ({"lexical": [4, 5], "dense": [5, 4]}, {5})]
    params, score = learn_weights(runs, None, FusionParams(), {"w_dense": (0.0, 2.0)}, note="synthetic")
    assert params.w_dense == 2.0 and score == 1.0 and params.learned_from == "synthetic"


def test_params_round_trip(tmp_path):
    p = FusionParams(w_memory=2.0, learned_from="x")
    p.save(tmp_path / "fusion.json")
    import json

    assert FusionParams.from_dict(json.loads((tmp_path / "fusion.json").read_text())) == p
