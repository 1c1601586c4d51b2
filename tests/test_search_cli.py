"""Tests for the search commands (kg search / eval / index) through the CLI."""

import json

import pytest
from _search_synthetic import synthetic_beir_store, synthetic_store
from typer.testing import CliRunner

from kg.cli import app

runner = CliRunner()


def _run(*args, env=None):
    return runner.invoke(app, [str(a) for a in args], env=env or {"KG_MODEL": ""})


@pytest.fixture()
def beir_store(tmp_path):
    synthetic_beir_store(tmp_path / "store")
    r = _run("index", "--store", tmp_path / "store", "--model", "hash")
    assert r.exit_code == 0, r.output
    return tmp_path / "store"


def test_search_json_and_text(beir_store):
    r = _run("search", "ganti rugi lalai", "-k", "2", "--json", "--store", beir_store)
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    assert data["hits"][0]["id"] == "12" and len(data["hits"]) == 2
    r = _run("search", "sewa menyewa", "-k", "1", "--store", beir_store)
    assert r.exit_code == 0 and "Pasal 12a" in r.stdout


def test_queries_to_trec_run_and_eval(beir_store, tmp_path):
    q = tmp_path / "synthetic_queries.jsonl"
    q.write_text(
        '{"_id": "qa", "text": "ahli waris harta peninggalan"}\n'
        '{"_id": "qb", "text": "barang musnah jual beli"}\n'
        '{"_id": "qc", "text": ""}\n',
        encoding="utf-8",
    )
    run = tmp_path / "out.trec"
    r = _run("search", "--queries", q, "--run", run, "-k", "3", "--store", beir_store)
    assert r.exit_code == 0, r.output
    lines = run.read_text().splitlines()
    assert lines[0].split()[:4] == ["qa", "Q0", "11", "1"] and len(lines) == 6
    assert "qc: skipped" in r.output
    qrels = tmp_path / "synthetic_qrels.tsv"
    qrels.write_text("query_id\tdoc_id\tscore\nqa\t11\t1\nqb\t10\t1\n", encoding="utf-8")
    r = _run("eval", "--queries", q, "--qrels", qrels, "--store", beir_store)
    assert r.exit_code == 0, r.output
    result = json.loads(r.stdout)
    assert result["MRR@10"] == 1.0 and result["hit@10"] == 1.0
    assert set(result) >= {"MRR@10", "Recall@10", "hit@10", "nDCG@10"}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["search", ""], "empty"),
        (["search", "x" * 10000], "limit is"),
        (["search", "公务员竞选"], "Latin-script"),
        (["search", "sewa", "-k", "0"], "-k must be"),
        (["search", "sewa", "-k", "100000"], "-k must be"),
        (["search", "sewa", "--at", "soon"], "YYYY-MM-DD"),
        (["search", "--queries", "missing.jsonl"], "go together"),
    ],
)
def test_bad_input_gives_one_clear_message(beir_store, args, message):
    r = _run(*args, "--store", beir_store)
    assert r.exit_code == 2
    assert message in r.output and "Traceback" not in r.output


def test_a_model_the_index_was_not_built_with_is_a_state_error(beir_store):
    r = _run("search", "sewa", "--model", "hash-32", "--store", beir_store)
    assert r.exit_code == 1 and "built with model" in r.output and "Traceback" not in r.output


def test_store_without_documents_or_index(tmp_path):
    r = _run("search", "sanksi", "--store", tmp_path / "nothing")
    assert r.exit_code == 1 and "is empty" in r.output
    synthetic_store(tmp_path / "s")
    r = _run("search", "fasilitas negara", "--store", tmp_path / "s", "--model", "none")
    assert r.exit_code == 0, r.output
    assert "building one" in r.output and "Pasal 3 huruf b angka 2" in r.output


def test_missing_queries_file_is_named(beir_store, tmp_path):
    r = _run(
        "eval", "--queries", tmp_path / "nope.jsonl", "--qrels", tmp_path / "nope.tsv", "--store", beir_store
    )
    assert r.exit_code == 2 and "nope.jsonl" in r.output and "Traceback" not in r.output


def test_index_learn_stores_weights(beir_store, tmp_path):
    q = tmp_path / "synthetic_train.jsonl"
    q.write_text(
        "".join(
            json.dumps({"_id": f"t{i}", "text": t, "metadata": {"case_name": f"c{i}"}}) + "\n"
            for i, t in enumerate(["harta ahli waris", "waris peninggalan", "perikatan lalai ganti rugi"])
        ),
        encoding="utf-8",
    )
    qrels = tmp_path / "synthetic_train.tsv"
    qrels.write_text("t0\t11\t1\nt1\t11\t1\nt2\t12\t1\n", encoding="utf-8")
    r = _run("index", "--store", beir_store, "--model", "hash", "--learn", q, "--qrels", qrels)
    assert r.exit_code == 0, r.output
    learned = beir_store / "index" / "learned"
    assert (learned / "fusion.json").exists() and (learned / "memory" / "queries.jsonl").exists()
    assert json.loads((learned / "fusion.json").read_text())["learned_from"].startswith("synthetic_train")
