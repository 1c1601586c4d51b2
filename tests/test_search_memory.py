"""Tests for kg.search.memory and kg.search.learn (learning from a train split)."""

import pytest
from _search_synthetic import synthetic_beir_store

from kg.search.analyzer import Analyzer
from kg.search.engine import Searcher
from kg.search.evaluate import Query
from kg.search.index import build_index
from kg.search.learn import article_prior, fit, save_learned, train_queries
from kg.search.memory import QueryMemory, TrainQuery

TRAIN = [
    TrainQuery("t1", "ahli waris rekaan menuntut harta", ("11",), "case-a"),
    TrainQuery("t2", "pembagian harta peninggalan kepada ahli waris", ("11",), "case-b"),
    TrainQuery("t3", "ganti rugi karena lalai", ("12",), "case-c"),
]


def test_nearest_training_questions_vote_for_their_gold():
    mem = QueryMemory.build(TRAIN, Analyzer())
    votes = mem.votes(mem.lexical.query_terms("siapa ahli waris harta ini"), None)
    assert max(votes, key=votes.get) == "11"
    assert "12" not in votes or votes["12"] < votes["11"]


def test_a_question_never_sees_its_own_case():
    mem = QueryMemory.build(TRAIN[2:], Analyzer())
    assert mem.votes(mem.lexical.query_terms("ganti rugi lalai"), None, exclude_group="case-c") == {}


def test_discount_lifts_a_rarely_cited_unit_over_an_often_cited_one():
    train = [
        TrainQuery("a", "synthetic sewa kapal rusak", ("31",), "c1"),
        TrainQuery("b", "synthetic sewa kapal hilang", ("31",), "c2"),
        TrainQuery("c", "synthetic sewa kapal tenggelam", ("31",), "c3"),
        TrainQuery("d", "synthetic sewa kapal bocor", ("32",), "c4"),
    ]
    mem = QueryMemory.build(train, Analyzer())
    terms = mem.lexical.query_terms("sewa kapal")
    plain = mem.votes(terms, None)
    assert plain["31"] > plain["32"]
    discounted = mem.votes(terms, None, discount=2.0)
    assert discounted["32"] > discounted["31"]
    # A left-out case's own citations do not count toward the discount.
    left_out = mem.votes(terms, None, exclude_group="c1", discount=2.0)
    assert left_out["31"] == pytest.approx(mem.votes(terms, None, exclude_group="c1")["31"] / 9)


def test_memory_round_trips(tmp_path):
    mem = QueryMemory.build(TRAIN, Analyzer())
    mem.save(tmp_path / "m")
    again = QueryMemory.load(tmp_path / "m", Analyzer())
    assert again.queries == TRAIN


def test_prior_and_train_query_filtering():
    prior = article_prior(TRAIN)
    assert prior["11"] == 1.0 and 0 < prior["12"] < 1
    qs = [Query("a", "x", {"case_name": "c1"}), Query("b", "y", {})]
    got = train_queries(qs, {"a": {"11": 1, "99": 1}, "b": {"99": 1}}, known={"11", "12"})
    assert [(t.qid, t.gold, t.group) for t in got] == [("a", ("11",), "c1")]


def test_fit_learns_weights_and_saves_them(tmp_path):
    st = synthetic_beir_store(tmp_path)
    s = Searcher(st, build_index(st, None))
    grid = {"w_memory": (0.0, 1.0), "memory_discount": (0.0, 0.5)}
    params, memory, prior, score = fit(s, TRAIN, grid=grid, note="synthetic")
    assert params.learned_from == "synthetic" and 0.0 <= score <= 1.0
    assert params.memory_discount in (0.0, 0.5)
    save_learned(s, params, memory, prior)
    assert (tmp_path / "index" / "learned" / "fusion.json").exists()
    from kg.search.index import load_index

    assert load_index(st).memory is not None


def test_a_left_out_case_does_not_shrink_the_other_votes():
    # Scaled before the exclusion, the own case's near-duplicate would set the scale and shrink the rest.
    train = [
        TrainQuery("a", "synthetic gadai kapal rekaan", ("41",), "own"),
        TrainQuery("b", "synthetic gadai rekaan", ("42",), "other"),
    ]
    mem = QueryMemory.build(train, Analyzer())
    terms = mem.lexical.query_terms("gadai kapal rekaan")
    left_out = mem.votes(terms, None, exclude_group="own")
    alone = QueryMemory.build(train[1:], Analyzer()).votes(terms, None)
    assert set(left_out) == {"42"}
    assert left_out["42"] == pytest.approx(alone["42"])
