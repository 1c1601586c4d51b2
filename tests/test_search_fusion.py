"""Tests for kg.search.fusion."""

import pytest

from kg.search.fusion import FusionParams, choose_guarded, fuse, grid_table, learn_weights, ranked, rrf


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


def test_prior_override_replaces_the_prior_of_given_rows():
    p = FusionParams(w_lexical=1, w_dense=0, w_prior=1, k=10)
    s = fuse({"lexical": [5, 6]}, p, prior={5: 0.0, 6: 1.0}, prior_override={6: 0.0})
    assert s[5] > s[6]  # without its own citations row 6 has no prior left


def test_lexical_every_keeps_lexical_hits_in_reserved_ranks():
    lists = {"lexical": [7, 8, 9], "memory": list(range(20, 40))}
    p = FusionParams(w_lexical=0.1, w_memory=4, w_dense=0, lexical_every=3)
    order = [r for r, _ in ranked(fuse(lists, p), 10)]
    assert order.index(7) < 3 and order.index(8) < 6 and order.index(9) < 9
    assert order[:2] == [20, 21]  # memory keeps the slots in between
    plain = [r for r, _ in ranked(fuse(lists, FusionParams(w_lexical=0.1, w_memory=4, w_dense=0)), 10)]
    assert 7 not in plain


def test_guarded_choice_keeps_the_rare_subset_at_lexicals_level():
    # Run 0 is about an often-cited row the memory knows; run 1 about a rare row only lexical finds.
    runs = [
        ({"lexical": [1, 2], "memory": [3, 1]}, {3}),
        ({"lexical": [4, 5], "memory": [3, 6]}, {4}),
        ({"lexical": [7, 8], "memory": [9, 7]}, {9}),
    ]
    base = FusionParams(w_dense=0, k=1)
    table = grid_table(runs, None, base, {"w_lexical": (0.1, 3.0), "w_memory": (0.0, 1.0)}, {"rare": [1]})
    unguarded = max(table, key=lambda row: row[1])
    assert unguarded[0].w_lexical == 0.1 and unguarded[2]["rare"] < 1.0
    params, score, means = choose_guarded(table, {"rare": 1.0})
    assert means["rare"] == 1.0 and params.w_memory == 1.0 and params.w_lexical == 3.0
    assert 1 / 3 < score < unguarded[1]  # better than lexical alone, below the unguarded best
    # Floors nobody reaches are lowered until some row does, instead of picking the closest row.
    params, _, means = choose_guarded(table, {"rare": 2.0})
    assert means["rare"] == 1.0 and params.w_lexical == 3.0
