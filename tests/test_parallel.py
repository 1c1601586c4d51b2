"""Tests for kg.parallel: parsing and embedding on a local Ray give what one process gives."""

from __future__ import annotations

import json
import shutil

import numpy as np
import pytest
from conftest import CORPUS_RAW, needs_shared

from kg import api
from kg.errors import NotAvailableError
from kg.parallel import parse_on_ray, parse_serially, ray_batch_encoder, ray_session
from kg.search.index import index_dir, load_index
from kg.store import Store

# Three short real texts keep the test to the cost of starting Ray.
FEW = ("pp-42-2004.md", "pp-94-2021.md", "uu-20-2023.md")


def test_without_ray_the_error_names_the_fix(monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_ray(name, *args, **kwargs):  # type: ignore[no-untyped-def]
        if name == "ray":
            raise ImportError("synthetic: no ray here")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_ray)
    with pytest.raises(NotAvailableError, match=r"pip install -e \.\[ray\]"):
        with ray_session():
            pass


def test_an_address_where_no_cluster_answers_fails_fast():
    pytest.importorskip("ray")
    import socket

    with socket.socket() as s:  # a port that was free a moment ago: nothing listens there
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(NotAvailableError, match=f"no Ray cluster answers at 127.0.0.1:{port}"):
        with ray_session(f"127.0.0.1:{port}"):
            pass


@pytest.mark.slow
@pytest.mark.shared
@needs_shared
def test_ray_ingest_and_index_equal_one_process(tmp_path, monkeypatch):
    pytest.importorskip("ray")
    monkeypatch.setenv("KG_MODEL", "hash")
    inputs = tmp_path / "in"
    inputs.mkdir()
    for name in FEW:
        shutil.copy(CORPUS_RAW / name, inputs / name)
    (inputs / "synthetic-broken.pdf").write_bytes(b"not a pdf")  # an error must be reported the same way
    files = sorted(inputs.iterdir())
    serial = [(p, [d.model_dump_json() for d in docs], err) for p, docs, err in parse_serially(files)]
    one, many = Store(tmp_path / "one"), Store(tmp_path / "many")
    summary_one = api.ingest_documents([inputs], one)
    api.update_index(one, "hash")
    with ray_session(workers=2) as cpus:
        assert cpus == 2
        on_ray = [(p, [d.model_dump_json() for d in docs], err) for p, docs, err in parse_on_ray(files)]
        summary_many = api.ingest_documents([inputs], many, use_ray=True)
        report = api.update_index(many, "hash", use_ray=True)
        batches = [["synthetic teks satu", "synthetic teks dua"], ["synthetic teks tiga"]]
        got = dict(ray_batch_encoder("hash", 2)(batches))
    assert [p for p, _, _ in on_ray] == files
    for (path, docs_a, err_a), (_, docs_b, err_b) in zip(serial, on_ray, strict=True):
        assert err_a == err_b, path
        assert docs_a == docs_b, f"{path.name}: {_first_difference(docs_a, docs_b)}"
    assert any(err for _, _, err in serial)  # the broken file is reported, the same way
    assert summary_many == summary_one and summary_one["errors"]
    assert sorted(p.name for p in many.documents_dir.iterdir()) == sorted(
        p.name for p in one.documents_dir.iterdir()
    )
    for doc_id in one.ids():
        assert many.get(doc_id).model_dump() == one.get(doc_id).model_dump()
    a, b = load_index(one), load_index(many)
    assert report["embedded"] == a.params["embedded"] > 0
    assert [u.to_json() for u in a.units] == [u.to_json() for u in b.units]
    assert a.dense.size == b.dense.size == len(a.units)
    np.testing.assert_allclose(
        a.dense.index.reconstruct_n(0, a.dense.size), b.dense.index.reconstruct_n(0, b.dense.size)
    )
    keep = {"units", "corpus_hash", "model", "dim", "embedded"}
    pa = json.loads((index_dir(one) / "params.json").read_text())
    pb = json.loads((index_dir(many) / "params.json").read_text())
    assert {k: pa[k] for k in keep} == {k: pb[k] for k in keep}
    from kg.search.encoders import load_encoder

    hashing = load_encoder("hash")
    np.testing.assert_array_equal(got[0], hashing.encode_passages(batches[0]))
    np.testing.assert_array_equal(got[1], hashing.encode_passages(batches[1]))


def _first_difference(a: list[str], b: list[str]) -> str:
    for x, y in zip(a, b, strict=False):
        if x != y:
            i = next((i for i, (c, d) in enumerate(zip(x, y, strict=False)) if c != d), min(len(x), len(y)))
            return f"one process …{x[max(0, i - 200) : i + 80]}… Ray …{y[max(0, i - 200) : i + 80]}…"
    return f"{len(a)} documents against {len(b)}"
