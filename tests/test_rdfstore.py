"""The RDF store layer: embedded Oxigraph and a real Oxigraph server behind the same methods."""

from __future__ import annotations

import shutil
from datetime import date

import pytest
from graph_fixtures import start_oxigraph, stop
from rdflib import XSD, Literal, URIRef

from kg.errors import GraphStoreError
from kg.graph.rdfstore import (
    KGA,
    SOURCE_HASH,
    CachedNamespace,
    SparqlRefusedError,
    SparqlSyntaxError,
    check_read_only,
    doc_iri,
    endpoint_urls,
    graph_iri,
    graph_nquads,
    nt_term,
    open_graph_store,
)
from kg.store import Store

P = URIRef(KGA + "text")
needs_oxigraph = pytest.mark.skipif(shutil.which("oxigraph") is None, reason="oxigraph server not installed")


def _roundtrip(gs) -> None:  # type: ignore[no-untyped-def]
    tricky = 'synthetic "quoted" \\ back\nslash\ttab } ; DROP ALL'
    gs.replace_graph("synthetic-a", [(doc_iri("synthetic-a/x"), P, Literal(tricky))])
    gs.replace_graph("synthetic-b", [(doc_iri("synthetic-b/y"), P, Literal("other"))])
    rows = gs.select("SELECT ?o WHERE { GRAPH ?g { ?s ?p ?o } }", {"s": doc_iri("synthetic-a/x")}).rows
    assert rows == [(tricky,)]
    # A hostile value is bound, never pasted: it matches nothing and breaks nothing.
    hostile = Literal('"} } ; DROP ALL ; SELECT * WHERE { ?s ?p "')
    assert gs.select("SELECT ?s WHERE { GRAPH ?g { ?s ?p ?o } }", {"o": hostile}).rows == []
    assert gs.count_triples() == 2
    # Replacing a graph replaces exactly that graph.
    gs.replace_graph("synthetic-a", [(doc_iri("synthetic-a/z"), P, Literal("new"))])
    assert gs.count_triples("synthetic-a") == 1
    assert gs.count_triples("synthetic-b") == 1
    gs.drop_graph("synthetic-a")
    assert gs.count_triples() == 1


def test_embedded_roundtrip_and_binding(tmp_path) -> None:
    store = Store(tmp_path / "store")
    gs = open_graph_store(store, write=True)
    try:
        _roundtrip(gs)
    finally:
        gs.close()
    # Persisted: a read-only open sees what was written.
    ro = open_graph_store(store)
    assert ro.count_triples() == 1
    ro.close()


@needs_oxigraph
def test_sparql_endpoint_same_code_path(tmp_path) -> None:
    proc, url = start_oxigraph(tmp_path / "server")
    try:
        gs = open_graph_store(Store(tmp_path / "store"), sparql_url=url)
        assert gs.kind == "sparql"
        _roundtrip(gs)
    finally:
        stop(proc)
    assert proc.poll() is not None


def test_ids_are_checked_before_they_become_iris() -> None:
    assert str(doc_iri("pp-94-2021/pasal-5/huruf-n/angka-4")).endswith(
        "/id/pp-94-2021/pasal-5/huruf-n/angka-4"
    )
    for bad in ("a> <b", "x y", "", "../etc", 'q"uote'):
        with pytest.raises(ValueError):
            doc_iri(bad)
    with pytest.raises(ValueError):
        graph_iri("bad id")
    with pytest.raises(ValueError):
        nt_term(URIRef("http://example.org/a> <b"))


def test_read_only_check() -> None:
    assert check_read_only("SELECT * WHERE { ?s ?p ?o }")
    assert check_read_only("ASK { ?s ?p ?o }")
    for update in ("DROP ALL", "INSERT DATA { <a:b> <a:c> <a:d> }", "DELETE WHERE { ?s ?p ?o }"):
        with pytest.raises(SparqlRefusedError, match="refused"):
            check_read_only(update)
    with pytest.raises(SparqlSyntaxError, match=r"line 2, column \d+"):
        check_read_only("SELECT ?x WHERE {\n  ?x ?p }")


def test_endpoint_urls() -> None:
    assert endpoint_urls("http://h:1") == ("http://h:1/query", "http://h:1/update")
    assert endpoint_urls("http://h:1/query") == ("http://h:1/query", "http://h:1/update")
    assert endpoint_urls("http://h:1/sparql/") == ("http://h:1/sparql", "http://h:1/sparql")


SYNTHETIC_TERMS = [
    Literal('synthetic "quoted" \\ back\nslash\ttab\r end } .\n <x> .'),
    Literal("synthetic kalimat", lang="id"),
    Literal(date(2021, 8, 31).isoformat(), datatype=XSD.date),
    Literal("7", datatype=XSD.integer),
    Literal(True),
    Literal("plain", datatype=XSD.string),
    doc_iri("synthetic-a/pasal-1"),
]


def test_nquads_bulk_load_gives_back_every_term(tmp_path) -> None:
    s = doc_iri("synthetic-a")
    triples = [(s, P, o) for o in SYNTHETIC_TERMS] + [(graph_iri("synthetic-a"), SOURCE_HASH, Literal("h1"))]
    nq = graph_nquads("synthetic-a", triples)
    assert nq.count == len(triples) and nq.marks.count("\n") == 1 and '"h1"' in nq.marks
    gs = open_graph_store(Store(tmp_path / "store"), write=True)
    try:
        gs.load_nquads(nq.body, atomic=False)
        assert gs.graph_hashes() == {}  # the body alone: no hash, so a build would redo this graph
        gs.load_nquads(nq.marks)
        assert gs.graph_hashes() == {"synthetic-a": "h1"}
        got = {o for _, _, o in gs.triples_of("synthetic-a")}
        assert {str(o) for o in got} == {str(o) for o in SYNTHETIC_TERMS} | {"h1"}
        assert Literal("synthetic kalimat", lang="id") in got
        gs.load_nquads(graph_nquads("synthetic-b", [(s, P, Literal("b"))]).body)
        assert gs.named_graph_ids() == {"synthetic-a", "synthetic-b"}
        gs.drop_graphs(["synthetic-a", "synthetic-b", "synthetic-absent"])
        assert gs.named_graph_ids() == set() and gs.count_triples() == 0
    finally:
        gs.close()


def test_nquads_refuse_unsafe_iris_and_bad_input(tmp_path) -> None:
    with pytest.raises(ValueError):
        graph_nquads("synthetic-a", [(URIRef("http://example.org/a> <b"), P, Literal("x"))])
    gs = open_graph_store(Store(tmp_path / "store"), write=True)
    try:
        with pytest.raises(GraphStoreError, match="loading N-Quads"):
            gs.load_nquads("<urn:a> <urn:b> broken .\n", atomic=False)
    finally:
        gs.close()


def test_bulk_methods_are_embedded_only(tmp_path) -> None:
    gs = open_graph_store(Store(tmp_path / "store"), sparql_url="http://127.0.0.1:9")
    with pytest.raises(GraphStoreError, match="only the embedded store"):
        gs.named_graph_ids()
    with pytest.raises(GraphStoreError, match="only the embedded store"):
        gs.load_nquads("")


def test_cached_namespace_makes_each_term_once() -> None:
    ns = CachedNamespace(KGA)
    assert ns.text == P and ns.text is ns.text
    assert ns["text"] == P and ns.title == URIRef(KGA + "title")
    with pytest.raises(AttributeError):
        ns.__synthetic__  # noqa: B018 — special names are never invented
