"""Tests for kg.conduct_prior (the learned prior over norms) and its trainer, bench/train_conduct_prior.py.

The questions and norms trained on here are synthetic: made-up acts and words.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from kg.conduct_prior import PRIOR_FILE, ConductPrior, ConductPriorError, load_prior, term_counts

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import train_conduct_prior as trainer  # noqa: E402


def test_term_counts_hold_words_and_word_pairs():
    counts = term_counts("Bagi kalender, bagi kalender lagi")
    assert counts["bagi"] == 2 and counts["bagi kalender"] == 2 and counts["kalender lagi"] == 1


def synthetic_rows(n=12):
    """Made-up questions: 'stiker' stories expect the first rekaan norm, 'mobil' stories the second."""
    rows = []
    for i in range(n):
        rows.append(
            {"id": f"s{i}a", "question": f"pegawai rekaan {i} menyebar stiker calon", "expected": ["a"]}
        )
        rows.append(
            {"id": f"s{i}b", "question": f"pegawai rekaan {i} memakai mobil kantor", "expected": ["b"]}
        )
    return rows


def test_fitted_prior_ranks_the_norm_whose_questions_are_told_alike():
    rows = synthetic_rows()
    labels = [[int(r["expected"] == ["a"]), int(r["expected"] == ["b"])] for r in rows]
    prior = trainer.fit(rows, ["norm:a", "norm:b"], labels, c=4.0, min_df=2, prune=0.0)
    p = prior.probabilities("seorang pegawai menyebar stiker di pasar")
    assert p["norm:a"] > 0.5 > p["norm:b"]
    q = prior.probabilities("dia memakai mobil kantor ke acara")
    assert q["norm:b"] > q["norm:a"]


def test_prior_survives_its_file(tmp_path):
    rows = synthetic_rows()
    labels = [[int(r["expected"] == ["a"])] for r in rows]
    prior = trainer.fit(rows, ["norm:a"], labels, c=4.0, min_df=2, prune=0.0)
    path = tmp_path / "prior.json"
    path.write_text(json.dumps(prior.to_json()), encoding="utf-8")
    again = load_prior(path)
    question = "menyebar stiker calon"
    assert again.probabilities(question) == pytest.approx(prior.probabilities(question))


def test_the_file_stores_gaps_between_term_places_and_reads_them_back_exactly(tmp_path):
    # Gaps keep the shipped model small (the repository's 2 MB limit); reading must restore each place.
    idf = {t: 1.0 for t in ("a", "b", "c", "d", "e", "f")}
    prior = ConductPrior(idf, {"norm:x": -1.0}, {"norm:x": {"d": 0.5, "f": -0.25, "a": 2.0}}, trained_on=3)
    data = prior.to_json()
    assert data["labels"]["norm:x"]["term_gaps"] == [0, 3, 2]
    path = tmp_path / "prior.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    again = load_prior(path)
    assert again.weights == prior.weights and again.idf == idf


def test_none_answers_without_a_prior(monkeypatch):
    monkeypatch.setenv("KG_CONDUCT_PRIOR", "none")
    assert load_prior() is None


def test_a_broken_file_names_itself_and_the_fix(tmp_path):
    bad = tmp_path / "synthetic_bad_prior.json"
    bad.write_text('{"format": 1, "idf": {}}', encoding="utf-8")
    with pytest.raises(ConductPriorError, match="synthetic_bad_prior.json.*train_conduct_prior.py"):
        load_prior(bad)
    with pytest.raises(ConductPriorError, match="KG_CONDUCT_PRIOR=none"):
        load_prior(tmp_path / "missing.json")
    # One of the project's errors, which the interfaces map once (the CLI: one line, exit 1).
    from kg.errors import KgError

    assert issubclass(ConductPriorError, KgError) and ConductPriorError("x").exit_code == 1


def test_shipped_prior_models_curated_norms_and_reads_everyday_words():
    prior = load_prior(PRIOR_FILE)
    assert isinstance(prior, ConductPrior) and prior.trained_on > 1000
    from kg.corpus import load_corpus

    norms = {n.id for n in load_corpus(Path(__file__).resolve().parents[1] / "corpus").norms}
    assert set(prior.bias) <= norms
    # A calendar with a candidate's face handed to clients is an activity siding with one (angka 6),
    # not a decision favouring one (angka 5).
    p = prior.probabilities("PNS di kantor pengadilan membagikan kalender bergambar caleg ke para pihak")
    assert (
        p["norm:pp-94-2021/larangan-kegiatan-keberpihakan"] > p["norm:pp-94-2021/larangan-keputusan-memihak"]
    )


def test_trainer_labels_norms_by_their_provisions(tmp_path):
    rows = [
        {"id": "x", "question": "q", "expected": ["pp-94-2021/pasal-5/huruf-n/angka-6"], "split": "dev"}
    ] * 3
    norm_ids, labels = trainer.labelled(rows, Path(__file__).resolve().parents[1] / "corpus", 3)
    assert "norm:pp-94-2021/larangan-kegiatan-keberpihakan" in norm_ids
    assert all(sum(y) == len(norm_ids) for y in labels)


def test_trainer_labels_provisions_themselves_when_asked():
    rows = [{"id": "x", "question": "q", "expected": ["synthetic-1/pasal-1", "synthetic-1/pasal-2"]}] * 2
    rows.append({"id": "y", "question": "q", "expected": ["synthetic-1/pasal-1"]})
    ids, labels = trainer.labelled(rows, Path(__file__).resolve().parents[1] / "corpus", 3, by="provisions")
    assert ids == ["synthetic-1/pasal-1"] and labels == [[1], [1], [1]]
