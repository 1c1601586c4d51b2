"""Tests for kg.search.rank (the LightGBM ranker) and its place in fit / save_learned / the Searcher."""

import numpy as np
import pytest
from test_search_candidates import synthetic_store

from kg.search import learn
from kg.search.candidates import FEATURES, Candidates, Structure
from kg.search.engine import Searcher
from kg.search.fusion import fuse
from kg.search.index import SearchIndexError, build_index, load_index
from kg.search.memory import QueryMemory, TrainQuery
from kg.search.rank import Ranker, RankerError, RankParams, held_out, train


def synthetic_examples(n=40, seed=0):
    """Made-up candidate lists where only the feature 'lex_rel' tells the gold row apart."""
    rng = np.random.default_rng(seed)
    out = []
    col = FEATURES.index("lex_rel")
    for _ in range(n):
        x = rng.random((20, len(FEATURES))).astype(np.float32)
        gold = int(rng.integers(20))
        x[:, col] = rng.random(20) * 0.5
        x[gold, col] = 0.9
        out.append((Candidates(np.arange(20), x), {gold}))
    return out


def test_ranker_learns_the_signal_and_round_trips(tmp_path):
    ranker = train(synthetic_examples(), RankParams(trees=20, leaves=4, min_data_in_leaf=5))
    test = synthetic_examples(10, seed=1)
    firsts = [int(c.rows[np.argmax(ranker.score(c))]) in gold for c, gold in test]
    assert sum(firsts) >= 9
    ranker.save(tmp_path)
    again = Ranker.load(tmp_path)
    assert np.allclose(again.score(test[0][0]), ranker.score(test[0][0]))
    assert again.params.trees == 20


def test_missing_damaged_or_foreign_rankers(tmp_path):
    assert Ranker.load(tmp_path) is None
    ranker = train(synthetic_examples(), RankParams(trees=5, leaves=4, min_data_in_leaf=5))
    ranker.save(tmp_path)
    (tmp_path / "ranker.json").write_text('{"features": ["something_else"]}')
    with pytest.raises(RankerError, match="other features"):
        Ranker.load(tmp_path)
    (tmp_path / "ranker.txt").write_text("not a model")
    with pytest.raises(RankerError, match="kg index --learn"):
        Ranker.load(tmp_path)


def test_no_gold_among_candidates_is_an_error():
    x = np.zeros((3, len(FEATURES)), dtype=np.float32)
    with pytest.raises(RankerError, match="nothing to learn"):
        train([(Candidates(np.arange(3), x), {99})], RankParams())


def test_held_out_articles_are_a_stable_share():
    ids = [str(i) for i in range(2000)]
    share = sum(held_out(i, 1, 0.25) for i in ids) / len(ids)
    assert 0.2 < share < 0.3
    assert [held_out(i, 1, 0.25) for i in ids[:50]] == [held_out(i, 1, 0.25) for i in ids[:50]]
    assert [held_out(i, 1, 0.25) for i in ids] != [held_out(i, 2, 0.25) for i in ids]


# Made-up training questions: several cases ask about each article in its own invented words.
SYNTHETIC_TRAIN = [
    TrainQuery(f"q{i}-{c}", text, (gold,), f"case-{i}-{c}")
    for i, (text, gold) in enumerate(
        [
            ("syahbandar mendaftar kapal", "1"),
            ("nakhoda lalai menjaga muatan", "2"),
            ("pengangkut mengganti muatan rusak", "3"),
            ("juru mudi dan nakhoda", "4"),
            ("ahli waris membagi warisan", "5"),
            ("hibah dicatat akta", "5a"),
        ]
    )
    for c in range(3)
]


def test_fit_trains_a_ranker_that_search_uses_and_fallback_without_one(tmp_path, monkeypatch):
    st = synthetic_store(tmp_path)
    s = Searcher(st, build_index(st, None))
    monkeypatch.setattr(learn, "MIN_RANK_QUESTIONS", 10)
    monkeypatch.setattr(learn, "RANK_GRID", ({"holdout_copies": 1},))
    grid = {"w_memory": (0.0, 1.0)}
    params, memory, prior, _ = learn.fit(s, SYNTHETIC_TRAIN, grid=grid, note="synthetic")
    assert s.index.ranker is not None
    learn.save_learned(s, params, memory, prior)
    ix = load_index(st)
    assert ix.ranker is not None and ix.ranker.params.holdout_copies == 1
    hits = Searcher(st, ix).search("nakhoda lalai menjaga muatan", k=3)
    assert hits[0].id == "2" and 0 < hits[0].score < 1
    # Too few questions: no ranker, and search is the fusion it was before.
    params2, memory2, prior2, _ = learn.fit(s, SYNTHETIC_TRAIN[:3], grid=grid, note="synthetic")
    assert s.index.ranker is None
    lists = s.candidate_lists("nakhoda muatan")
    fused = fuse(lists, s.index.fusion, s.prior_rows())
    top = sorted(fused.items(), key=lambda rs: (-rs[1], rs[0]))[:5]
    assert [h.id for h in s.search("nakhoda muatan", k=5)] == [s.index.units[r].id for r, _ in top]


def test_a_damaged_ranker_names_the_fix(tmp_path):
    st = synthetic_store(tmp_path)
    build_index(st, None)
    learned = tmp_path / "index" / "learned"
    learned.mkdir()
    (learned / "ranker.txt").write_text("not a model")
    (learned / "ranker.json").write_text("{}")
    with pytest.raises(SearchIndexError, match="kg index --learn"):
        load_index(st)


def test_own_gold_held_out_copies_hide_each_picked_questions_gold(tmp_path):
    st = synthetic_store(tmp_path)
    s = Searcher(st, build_index(st, None))
    s.index.memory = QueryMemory.build(SYNTHETIC_TRAIN, s.index.lexical.analyzer)
    structure = Structure(s.index)
    params = RankParams(holdout_copies=0, unseen_share=0.5)
    examples = learn.training_examples(s, structure, SYNTHETIC_TRAIN, params)
    picked = [q for q in SYNTHETIC_TRAIN if learn.unseen_pick(q.qid, 0.5)]
    assert 0 < len(picked) < len(SYNTHETIC_TRAIN)
    assert len(examples) == len(SYNTHETIC_TRAIN) + len(picked)
    col = FEATURES.index("known")
    for (cands, gold), q in zip(examples[len(SYNTHETIC_TRAIN) :], picked, strict=True):
        gold_row = s.index.rows_of_id[q.gold[0]][0]
        assert gold == {gold_row}
        assert cands.features[list(cands.rows).index(gold_row), col] == 0  # memory knows nothing of it
    assert len(learn.training_examples(s, structure, SYNTHETIC_TRAIN, RankParams(holdout_copies=0))) == len(
        SYNTHETIC_TRAIN
    )
