"""Tests for kg.search.evaluate."""

import math

import pytest

from kg.search.evaluate import EvalInputError, evaluate, metrics_for, read_qrels, read_queries, write_trec


def test_metrics_for_one_query():
    m = metrics_for(["x", "a", "y", "b"], {"a": 1, "b": 1, "c": 1}, k=10)
    assert m["mrr"] == 0.5
    assert m["recall"] == pytest.approx(2 / 3)
    assert m["hit"] == 1.0
    dcg = 1 / math.log2(3) + 1 / math.log2(5)
    idcg = 1 + 1 / math.log2(3) + 1 / math.log2(4)
    assert m["ndcg"] == pytest.approx(dcg / idcg)


def test_evaluate_counts_missing_runs_as_zero():
    r = evaluate({"q1": ["a"]}, {"q1": {"a": 1}, "q2": {"b": 1}})
    assert r["MRR@10"] == 0.5 and r["hit@10"] == 0.5 and r["queries"] == 2


def test_readers_and_trec_writer(tmp_path):
    q = tmp_path / "synthetic_queries.jsonl"
    q.write_text('{"_id": "q1", "text": "sanksi", "metadata": {"case_name": "c1"}}\n\n', encoding="utf-8")
    assert read_queries(q)[0].metadata["case_name"] == "c1"
    qr = tmp_path / "synthetic_qrels.tsv"
    qr.write_text("query_id\tdoc_id\tscore\nq1\td1\t1\nq1\td2\t0\n", encoding="utf-8")
    assert read_qrels(qr) == {"q1": {"d1": 1}}
    run = tmp_path / "synthetic.trec"
    write_trec(run, {"q1": [("d1", 2.5), ("d2", 1.0)]}, tag="t")
    assert run.read_text().splitlines() == ["q1 Q0 d1 1 2.500000 t", "q1 Q0 d2 2 1.000000 t"]


def test_bad_lines_name_file_and_line(tmp_path):
    q = tmp_path / "synthetic_bad.jsonl"
    q.write_text('{"_id": "q1", "text": "a"}\nnot json\n', encoding="utf-8")
    with pytest.raises(EvalInputError, match="line 2"):
        read_queries(q)
    qr = tmp_path / "synthetic_bad.tsv"
    qr.write_text("q1\td1\t1\nq2\td2\n", encoding="utf-8")
    with pytest.raises(EvalInputError, match="line 2"):
        read_qrels(qr)


def test_per_query_keeps_each_query_its_own_figures():
    from kg.search.evaluate import per_query

    got = per_query(
        {"q2": ["a"], "q10": ["x", "b"], "q1": []}, {"q2": {"a": 1}, "q10": {"b": 1}, "q1": {"z": 1}}
    )
    assert {q: m["mrr"] for q, m in got.items()} == {"q1": 0.0, "q10": 0.5, "q2": 1.0}
    # A document repeated lower in a run keeps its first rank.
    assert per_query({"q": ["x", "a", "a"]}, {"q": {"a": 1}})["q"]["mrr"] == 0.5
