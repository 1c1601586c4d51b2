"""Tests for kg.search.index (build, load, checks, staleness, atomic swap)."""

import json

import pytest
from _search_synthetic import synthetic_old_regulation, synthetic_store

from kg.search.encoders import load_encoder
from kg.search.index import SearchIndexError, build_index, ensure_index, index_dir, load_index, read_params
from kg.store import Store


def test_build_writes_plain_files_and_params(tmp_path):
    st = synthetic_store(tmp_path)
    ix = build_index(st, load_encoder("hash"))
    folder = index_dir(st)
    for name in ("params.json", "units.jsonl", "dense.faiss", "vectors.npy", "links.json", "lexical"):
        assert (folder / name).exists()
    params = json.loads((folder / "params.json").read_text())
    assert params["model"] == "synthetic-hash-64" and params["dim"] == 64
    assert params["units"] == len(ix.units) and params["dense_index"] == "flat"
    assert len(params["corpus_hash"]) == 32 and params["version"] == 1
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
