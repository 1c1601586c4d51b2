"""Tests for bench/bench_kuhperdata.py's routing report (what handing questions to the text would give)."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import bench_kuhperdata as bench  # noqa: E402

from kg.search.candidates import FEATURES, Candidates  # noqa: E402
from kg.search.evaluate import Query  # noqa: E402


def _cands(mem: float) -> Candidates:
    feats = np.zeros((1, len(FEATURES)), dtype=np.float32)
    feats[0, FEATURES.index("q_mem_max")] = mem
    return Candidates(np.array([0]), feats)


def test_routing_rows_mark_never_gold_questions_and_score_each_run():
    qrels = {"q1": {"10": 1}, "q2": {"20": 1, "30": 1}}
    counts = Counter({"10": 3, "20": 0, "30": 1})
    rows = bench.routing_rows(
        qrels,
        counts,
        {"q1": ["10"], "q2": ["40", "20"]},
        {"BM25": {"q1": ["40", "50", "10"], "q2": ["30"]}},
        [_cands(0.9), _cands(0.2)],
        [Query("q1", "satu", {}), Query("q2", "dua", {})],
    )
    assert [r["never"] for r in rows] == [False, False]  # q2 cites 30, gold once in training
    assert rows[0]["mem"] == pytest.approx(0.9) and rows[0]["ranker"] == 1.0
    assert rows[0]["BM25"] == pytest.approx(1 / 3)
    assert rows[1]["ranker"] == 0.5 and rows[1]["BM25"] == 1.0


def test_routing_report_prints_the_oracle_and_each_routed_share(capsys):
    rows = [{"never": False, "mem": 0.5 + i / 100, "ranker": 1.0, "BM25": 0.0} for i in range(99)]
    rows.append({"never": True, "mem": 0.1, "ranker": 0.0, "BM25": 0.5})
    bench.routing_report(rows, ["BM25"])
    out = capsys.readouterr().out
    assert (
        "1 of 100 questions cite only never-gold articles; ranker MRR@10 0.990 (never-gold questions 0.000)"
        in out
    )
    assert "oracle (exactly the never-gold questions) 0.995 (never-gold 0.500)" in out
    # The lowest 1 % is the never-gold question alone; the lowest 2 % costs one answered question.
    assert "lowest  1 % by memory similarity (1 q, 1 never-gold): all 0.995, never-gold 0.500" in out
    assert "lowest  2 % by memory similarity (2 q, 1 never-gold): all 0.985, never-gold 0.500" in out


def test_routing_report_is_silent_without_never_gold_questions(capsys):
    bench.routing_report([{"never": False, "mem": 0.5, "ranker": 1.0, "BM25": 0.0}], ["BM25"])
    assert capsys.readouterr().out == ""
