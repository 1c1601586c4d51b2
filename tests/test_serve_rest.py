"""The REST API (kg.serve.rest): every endpoint on a tiny synthetic store, one real uvicorn on loopback,
and schemathesis against the published OpenAPI in a bounded run."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.request

import pytest
from fastapi.testclient import TestClient
from graph_fixtures import free_port, stop, synthetic_store

from kg.graph.build import build_graph
from kg.search import build_index
from kg.search.encoders import load_encoder
from kg.serve.rest import create_app


@pytest.fixture(scope="module")
def store(tmp_path_factory):  # type: ignore[no-untyped-def]
    s = synthetic_store(tmp_path_factory.mktemp("rest"))
    build_graph(s, progress=False, shacl=False)
    build_index(s, load_encoder("hash"))
    return s


@pytest.fixture(scope="module")
def client(store):  # type: ignore[no-untyped-def]
    return TestClient(create_app(store.path))


def test_health_and_documents(client, store):
    assert client.get("/health").json() == {"status": "ok", "store": str(store.path), "documents": 5}
    docs = client.get("/documents").json()
    assert docs["documents"]["pp-905-2021"]["pasal"] >= 4 and docs["totals"]["documents"] == 5


def test_search_returns_the_cli_record(client):
    r = client.get("/search", params={"q": "office vans", "k": 3})
    assert r.status_code == 200, r.text
    body = r.json()
    assert set(body) == {"query", "at", "hits", "notes"} and len(body["hits"]) == 3
    hit = body["hits"][0]
    assert {"id", "rank", "citation", "pinpoint", "status", "snippet"} <= set(hit)
    assert client.get("/search", params={"q": "office vans", "k": 101}).status_code == 422
    assert client.get("/search", params={"q": "x" * 2001}).status_code == 422
    assert client.get("/search", params={"q": "x" * 2000}).status_code in (200, 400)


def test_ask_is_an_answer_card(client):
    r = client.get("/ask", params={"q": "may a civil servant lend office vans to a campaign"})
    assert r.status_code == 200, r.text
    card = r.json()
    assert card["question"].startswith("may a civil servant") and "supported" in card


def test_provisions_take_ids_with_slashes_and_dates(client):
    r = client.get("/provisions/pp-905-2021/pasal-14")
    assert r.status_code == 200 and r.json()["citation"] == "PP No. 905 Tahun 2021, Pasal 14"
    r = client.get("/provisions/uu-901-2010/pasal-2", params={"at": "2011-01-01"})
    assert r.status_code == 200 and r.json()["at"]
    missing = client.get("/provisions/pp-905-2021/pasal-99")
    assert missing.status_code == 404
    assert missing.json()["error"] == "UnknownIdError" and "pp-905-2021/pasal-" in missing.json()["message"]
    assert client.get("/provisions/pp-905-2021", params={"at": "someday"}).status_code == 400


def test_queries_cases_and_norms(client):
    r = client.get("/query/sanctions", params={"q": "office vans"})
    assert r.status_code == 200 and r.json()["norms"][0]["id"] == "norm:pp-905-2021/no-office-vans"
    r = client.get("/query/citations", params={"q": "pp-905-2021/pasal-14"})
    assert r.status_code == 200 and r.json()["provision_id"] == "pp-905-2021/pasal-14"
    assert client.get("/query/nonsense", params={"q": "x"}).status_code == 404
    assert [c["id"] for c in client.get("/cases").json()] == ["case:synthetic-van-case"]
    norms = client.get("/norms")
    assert norms.status_code == 200
    assert any(n["id"] == "norm:pp-905-2021/no-office-vans" for n in norms.json())
    assert client.get("/definitions", params={"term": "zebra"}).json() == []  # the synthetic acts define none
    assert client.get("/definitions", params={"target": "pp-999-2099"}).status_code == 404
    assert client.get("/definitions", params={"at": "2019-13-01"}).status_code == 400


def test_sparql_reads_and_refuses_updates(client):
    q = "SELECT ?n WHERE { ?n a <https://kg-asn.example/ontology#Case> }"
    expected = [{"n": "https://kg-asn.example/id/case/synthetic-van-case"}]  # as `kg sparql --json`
    assert client.get("/sparql", params={"query": q}).json() == expected
    r = client.post("/sparql", content=q, headers={"content-type": "application/sparql-query"})
    assert r.status_code == 200 and r.json() == expected
    assert client.post("/sparql", data={"query": q}).json() == expected
    update = "DELETE WHERE { ?s ?p ?o }"
    for r in (
        client.get("/sparql", params={"query": update}),
        client.post("/sparql", content=update, headers={"content-type": "application/sparql-query"}),
    ):
        assert r.status_code == 400 and r.json()["error"] == "SparqlUpdateRefusedError"
    assert client.get("/sparql", params={"query": q}).json() == expected  # nothing was deleted


def test_openapi_lists_every_endpoint(client):
    paths = set(client.get("/openapi.json").json()["paths"])
    wanted = {"/search", "/ask", "/provisions/{item_id}", "/documents", "/query/{name}", "/cases", "/norms"}
    wanted.add("/definitions")
    assert wanted | {"/sparql", "/health"} <= paths


def test_a_real_server_on_loopback(store):
    port = free_port()
    cmd = [sys.executable, "-m", "kg.cli", "serve", "api", "--port", str(port), "--store", str(store.path)]
    proc = subprocess.Popen(cmd, env={**os.environ, "KG_MODEL": "hash"}, stderr=subprocess.PIPE)
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(300):
            try:
                with urllib.request.urlopen(base + "/health", timeout=2) as r:
                    assert json.load(r)["status"] == "ok"
                break
            except OSError:
                assert proc.poll() is None, proc.stderr.read().decode()
                time.sleep(0.1)
        else:
            pytest.fail("the server did not answer within 30 s")
        with urllib.request.urlopen(base + "/provisions/pp-905-2021/pasal-14", timeout=30) as r:
            assert json.load(r)["id"] == "pp-905-2021/pasal-14"
    finally:
        stop(proc)


def test_serving_an_empty_store_is_refused(tmp_path):
    from typer.testing import CliRunner

    from kg.cli import app

    r = CliRunner().invoke(app, ["serve", "api", "--store", str(tmp_path / "none")])
    assert r.exit_code == 1 and "is empty" in r.output and not (tmp_path / "none").exists()


@pytest.mark.slow
def test_schemathesis_against_the_openapi(store):
    schemathesis = pytest.importorskip("schemathesis")
    from hypothesis import HealthCheck, given, settings

    schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(store.path))
    failures: list[str] = []
    calls: list[int] = []
    operations = 0
    for result in schema.get_all_operations():
        operations += 1
        operation = result.ok()

        @settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        @given(case=operation.as_strategy())
        def check(case) -> None:  # type: ignore[no-untyped-def]
            response = case.call()  # an exception inside the app propagates and fails the test
            calls.append(response.status_code)
            # A server error is the only failure: 4xx answers to generated nonsense are the contract.
            if response.status_code >= 500 and response.status_code not in (501, 503):
                failures.append(f"{case.method} {case.path} {case.query}: {response.status_code}")

        check()
    assert not failures, failures[:5]
    assert operations >= 10 and len(calls) >= 5 * operations and 200 in calls
