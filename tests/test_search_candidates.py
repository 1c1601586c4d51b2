"""Tests for kg.search.candidates (candidate pool and per-source features for learning to rank)."""

import numpy as np
import pytest
from _search_synthetic import synthetic_beir_store

from kg.search.candidates import (
    FEATURES,
    CandidateConfig,
    SectionsError,
    Structure,
    candidates,
    natural_key,
    read_sections,
)
from kg.search.engine import Searcher
from kg.search.index import build_index
from kg.search.memory import QueryMemory, TrainQuery
from kg.store import Store

# Made-up articles: each has its own invented words; article 4 points at article 2 by number.
SYNTHETIC_ARTICLES = {
    "1": "Pasal 1: Kapal rekaan wajib didaftar pada syahbandar rekaan.",
    "2": "Pasal 2: Nakhoda rekaan menjaga muatan rekaan selama pelayaran.",
    "3": "Pasal 3: Muatan rekaan yang rusak diganti oleh pengangkut rekaan.",
    "4": "Pasal 4: Ketentuan dalam Pasal 2 berlaku pula bagi juru mudi rekaan.",
    "5": "Pasal 5: Warisan rekaan dibagi rata antara ahli waris rekaan.",
    "5a": "Pasal 5a: Hibah rekaan dicatat dalam akta rekaan.",
    "10": "Pasal 10: Sewa gudang rekaan berakhir saat jangka rekaan habis.",
}


def synthetic_store(path) -> Store:
    return synthetic_beir_store(path, SYNTHETIC_ARTICLES)


def test_natural_order_reads_numbers_as_numbers():
    assert sorted(["10", "5a", "2", "5"], key=natural_key) == ["2", "5", "5a", "10"]


@pytest.fixture
def searcher(tmp_path):
    st = synthetic_store(tmp_path)
    return Searcher(st, build_index(st, None))


def _row(s, uid):
    return s.index.rows_of_id[uid][0]


def test_structure_orders_neighbours_and_references(searcher):
    st = Structure(searcher.index)
    near = {searcher.index.units[r].id for r in st.neighbours([_row(searcher, "5")], 1)}
    assert near == {"4", "5a"}  # reading order 1 2 3 4 5 5a 10, not string order
    assert _row(searcher, "2") in st.refs[_row(searcher, "4")]  # "Pasal 2" in article 4's text
    assert _row(searcher, "4") in st.refs[_row(searcher, "2")]


def test_features_per_candidate_and_neighbours_of_memory_votes(searcher):
    train = [TrainQuery("t1", "nakhoda menjaga muatan", ("2",), "case-a")]
    searcher.index.memory = QueryMemory.build(train, searcher.index.lexical.analyzer)
    st = Structure(searcher.index)
    cfg = CandidateConfig(neighbour_span=1)
    c = candidates(searcher, st, "nakhoda muatan di kapal", cfg)
    assert c.features.shape == (len(c.rows), len(FEATURES))
    col = {f: i for i, f in enumerate(FEATURES)}
    at = {int(r): i for i, r in enumerate(c.rows)}
    assert c.features[at[_row(searcher, "2")], col["mem_rel"]] == 1.0
    assert c.features[at[_row(searcher, "2")], col["count_log"]] == pytest.approx(np.log1p(1))
    # Article 3 follows article 2: its nb1_mem carries 2's vote, and it joined through structure.
    assert c.features[at[_row(searcher, "3")], col["nb1_mem"]] == 1.0
    assert _row(searcher, "3") in c.sources["structure"]


def test_hidden_articles_and_left_out_counts_are_silent(searcher):
    train = [
        TrainQuery("t1", "nakhoda menjaga muatan", ("2",), "case-a"),
        TrainQuery("t2", "nakhoda dan muatan", ("2",), "case-b"),
    ]
    searcher.index.memory = QueryMemory.build(train, searcher.index.lexical.analyzer)
    st = Structure(searcher.index)
    col = {f: i for i, f in enumerate(FEATURES)}

    def feats(**kw):
        c = candidates(searcher, st, "nakhoda muatan", CandidateConfig(), **kw)
        return c.features[list(c.rows).index(_row(searcher, "2"))]

    assert feats()[col["count_log"]] == pytest.approx(np.log1p(2))
    hidden = feats(hide={"2"})
    assert hidden[col["mem_vote"]] == 0 and hidden[col["count_log"]] == 0
    # With its own case left out a question sees one citation, with a fold's counts removed none.
    assert feats(exclude_group="case-a")[col["count_log"]] == pytest.approx(np.log1p(1))
    assert feats(exclude_group="case-a", count_minus={"2": 2})[col["count_log"]] == 0


def test_read_sections(tmp_path):
    f = tmp_path / "synthetic_sections.csv"
    f.write_text("pasal_nomor,bab_judul,bagian_judul\n1,PELAYARAN REKAAN,Kapal\n5,WARISAN REKAAN,\n")
    assert read_sections(f) == {"1": "PELAYARAN REKAAN / Kapal", "5": "WARISAN REKAAN"}
    bad = tmp_path / "synthetic_bad.csv"
    bad.write_text("nomor,judul\n1,x\n")
    with pytest.raises(SectionsError, match="pasal_nomor"):
        read_sections(bad)


def test_section_titles_feed_the_context_index(searcher):
    st = Structure(searcher.index, {"10": "DERMAGA REKAAN"})
    scores = st.context.scores(searcher.query_terms("dermaga"))
    assert np.flatnonzero(scores).tolist() == [_row(searcher, "10")]  # no article text has the word


def test_text_ranks_among_articles_memory_knows_nothing_about(searcher):
    # Article 2 is gold in training, 3 never is: among the unknown articles 3 is the text's best match
    # for "muatan", while 2 keeps no rank there however well its words match.
    train = [TrainQuery("t1", "nakhoda menjaga muatan", ("2",), "case-a")]
    searcher.index.memory = QueryMemory.build(train, searcher.index.lexical.analyzer)
    st = Structure(searcher.index)
    cfg = CandidateConfig()
    c = candidates(searcher, st, "muatan rusak", cfg)
    col = {f: i for i, f in enumerate(FEATURES)}
    at = {int(r): i for i, r in enumerate(c.rows)}
    assert c.features[at[_row(searcher, "3")], col["lex_rank_unknown"]] == 1
    assert c.features[at[_row(searcher, "2")], col["lex_rank_unknown"]] == cfg.lexical_depth + 1
    assert c.features[at[_row(searcher, "2")], col["known"]] == 1
    # Article 3 tops the text's list but is unknown to training: the query-level share says so.
    assert c.features[0, col["q_known_lex10"]] == pytest.approx(0.5)
    # Without any training data every article is unknown, so the two ranks agree.
    searcher.index.memory = None
    c = candidates(searcher, st, "muatan rusak", cfg)
    assert np.array_equal(c.features[:, col["lex_rank_unknown"]], c.features[:, col["lex_rank"]])
