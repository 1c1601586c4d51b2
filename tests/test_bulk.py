"""Bulk graph writing: the quads rdflib itself would write, in any batching, from any number of workers."""

from __future__ import annotations

import pyoxigraph
import pytest
from graph_fixtures import synthetic_base_act, synthetic_store
from rdflib import Dataset, URIRef

from kg.graph import bulk
from kg.graph.build import (
    _corpus_sources,
    _doc_hash,
    build_graph,
    corpus_triples,
    document_triples,
    ontology_triples,
)
from kg.graph.bulk import GraphWriter, document_nquads
from kg.graph.rdfstore import SOURCE_HASH, graph_iri, open_graph_store
from kg.store import Store


def _quads(store: Store) -> list[str]:
    """Every quad of the built graph, as sorted N-Quads lines."""
    inner = pyoxigraph.Store.read_only(str(store.path / "graph"))
    return sorted(inner.dump(format=pyoxigraph.RdfFormat.N_QUADS).decode().splitlines())


def _reference(store: Store) -> list[str]:
    """The graph the store should give, written by rdflib's N-Quads serialiser and read by Oxigraph."""
    data = Dataset()
    sources = {"ontology": ontology_triples()}
    for doc_id in store.ids():
        sources[doc_id] = document_triples(store.get(doc_id), _doc_hash(store, doc_id))
    bundle, hashes = _corpus_sources(store)
    if bundle is not None:
        sources.update(corpus_triples(bundle, hashes))
    for source_id, triples in sources.items():
        g = data.graph(graph_iri(source_id))
        for t in triples:
            g.add(t)
    ref = pyoxigraph.Store()
    ref.load(data.serialize(format="nquads"), pyoxigraph.RdfFormat.N_QUADS)
    return sorted(ref.dump(format=pyoxigraph.RdfFormat.N_QUADS).decode().splitlines())


def test_build_gives_exactly_the_reference_quads(tmp_path) -> None:
    store = synthetic_store(tmp_path)
    build_graph(store, progress=False, shacl=False, workers=1)
    quads = _quads(store)
    assert len(quads) > 500
    assert quads == _reference(store)


def test_two_workers_and_tiny_bulk_batches_give_the_same_quads(tmp_path, monkeypatch) -> None:
    base = synthetic_base_act()
    docs = [base.model_copy(update={"id": f"uu-{700 + k}-2011"}) for k in range(20)]
    one = synthetic_store(tmp_path / "one", docs=docs)
    two = synthetic_store(tmp_path / "two", docs=docs)
    first = build_graph(one, progress=False, shacl=False, workers=1)
    # Every graph its own batch, each bulk-loaded (not one transaction), triples made by two processes.
    monkeypatch.setattr(bulk, "BATCH_BYTES", 1)
    monkeypatch.setattr(bulk, "ATOMIC_BYTES", 0)
    monkeypatch.setattr(bulk, "DOCS_PER_TASK", 3)
    report = build_graph(two, progress=False, shacl=True, workers=2)
    assert report.shacl_conforms is True and report.rebuilt == first.rebuilt
    assert _quads(two) == _quads(one) == _reference(one)


def test_graph_left_without_its_hash_is_rebuilt_and_orphans_dropped(tmp_path) -> None:
    store = synthetic_store(tmp_path, with_corpus=False)
    build_graph(store, progress=False, shacl=False)
    expected = _quads(store)
    # What a build killed mid bulk-load leaves: a graph with part of its triples and no hash, and a
    # half-loaded graph of a document removed from the store since.
    gs = open_graph_store(store, write=True)
    g = f"<{graph_iri('uu-902-2012')}>"
    gs._update(f"DELETE WHERE {{ GRAPH {g} {{ ?s <{SOURCE_HASH}> ?h }} }}")
    gs._update(
        f"DELETE {{ GRAPH {g} {{ ?s ?p ?o }} }} WHERE {{ GRAPH {g} {{ ?s ?p ?o FILTER(isLiteral(?o)) }} }}"
    )
    gs._update(
        f"INSERT DATA {{ GRAPH <{graph_iri('uu-999-2011')}> {{ <urn:synthetic:a> <urn:synthetic:b> 1 }} }}"
    )
    assert "uu-902-2012" not in gs.graph_hashes()
    gs.close()
    report = build_graph(store, progress=False, shacl=False)
    assert report.rebuilt == ("uu-902-2012",)
    assert report.removed == ("uu-999-2011",)
    assert _quads(store) == expected


def test_writer_keeps_finished_graphs_when_the_build_fails(tmp_path) -> None:
    store = Store(tmp_path / "store")
    gs = open_graph_store(store, write=True)
    p = URIRef("https://kg-asn.example/ontology#text")
    with pytest.raises(RuntimeError, match="synthetic failure"):
        with GraphWriter(gs) as writer:
            writer.write("synthetic-a", [(URIRef("urn:synthetic:x"), p, URIRef("urn:synthetic:y"))])
            raise RuntimeError("synthetic failure")
    assert gs.count_triples("synthetic-a") == 1
    gs.close()


def test_document_nquads_streams_in_order_with_verdicts(tmp_path) -> None:
    base = synthetic_base_act()
    store = synthetic_store(
        tmp_path, with_corpus=False, docs=[base.model_copy(update={"id": "uu-750-2011"}), base]
    )
    todo = [(i, f"synthetic-hash-{i}") for i in store.ids()]

    def check(triples):  # type: ignore[no-untyped-def]
        return (len(triples) > 10, [])

    out = list(document_nquads(store, todo, document_triples, check))
    assert [nq.source_id for nq, _ in out] == ["uu-750-2011", "uu-901-2010"]
    assert all(verdict == (True, []) for _, verdict in out)
    first = out[0][0]
    assert first.marks.count("\n") == 1 and '"synthetic-hash-uu-750-2011"' in first.marks
    assert first.count == first.body.count("\n") + 1


def test_cli_build_workers_reach_the_triple_makers(tmp_path, monkeypatch) -> None:
    from typer.testing import CliRunner

    from kg.cli import app

    base = synthetic_base_act()
    docs = [base.model_copy(update={"id": f"uu-{700 + k}-2011"}) for k in range(5)]
    store = synthetic_store(tmp_path / "s", docs=docs, with_corpus=False)
    asked: list[int] = []
    real = bulk.document_nquads

    def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(args[4] if len(args) > 4 else kwargs.get("workers", 1))
        return real(*args, **kwargs)

    monkeypatch.setattr(bulk, "document_nquads", spy)
    runner = CliRunner()
    env = {"KG_STORE": str(store.path), "COLUMNS": "200"}
    r = runner.invoke(app, ["build", "--workers", "2", "--no-shacl", "--json"], env=env)
    assert r.exit_code == 0, r.output
    # Five documents are far below the size where the build would start workers on its own.
    assert asked == [2]
    assert _quads(store) == _reference(store)
    r = runner.invoke(app, ["build", "--workers", "0"], env=env)
    assert r.exit_code == 2 and "Traceback" not in r.output
