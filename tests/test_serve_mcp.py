"""The MCP server (kg.serve.mcp) driven over stdio by the MCP Python SDK's client, as an assistant would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request

import anyio
import pytest
from graph_fixtures import free_port, stop, synthetic_store

from kg.graph.build import build_graph
from kg.search import build_index
from kg.search.encoders import load_encoder

TOOLS = {"search", "ask", "show", "sanctions", "authority_chain", "cases", "citator", "definitions"}


@pytest.fixture(scope="module")
def store(tmp_path_factory):  # type: ignore[no-untyped-def]
    s = synthetic_store(tmp_path_factory.mktemp("mcp"))
    build_graph(s, progress=False, shacl=False)
    build_index(s, load_encoder("hash"))
    return s


def data(result) -> dict:  # type: ignore[no-untyped-def]
    assert not result.is_error, result.content
    return json.loads(result.content[0].text)


def test_tools_over_stdio(store):
    from mcp.client import Client
    from mcp.client.stdio import StdioServerParameters

    params = StdioServerParameters(
        command=sys.executable,
        args=["-m", "kg.cli", "serve", "mcp", "--store", str(store.path)],
        env={**os.environ, "KG_MODEL": "hash", "HF_HUB_OFFLINE": "1"},
    )
    seen: dict = {}

    async def main() -> None:
        async with Client(params, read_timeout_seconds=120) as client:
            call = client.call_tool
            tools = {t.name: t for t in (await client.list_tools()).tools}
            seen["tools"] = tools
            seen["search"] = data(await call("search", {"query": "office vans", "k": 3}))
            seen["ask"] = data(await call("ask", {"question": "office vans at a campaign"}))
            seen["show"] = data(await call("show", {"id": "pp-905-2021/pasal-14"}))
            seen["sanctions"] = data(await call("sanctions", {"act_or_id": "office vans"}))
            seen["chain"] = data(await call("authority_chain", {"violation": "office vans at a rally"}))
            seen["cases"] = data(await call("cases", {}))
            seen["case"] = data(await call("cases", {"case_id": "case:synthetic-van-case"}))
            seen["citator"] = data(await call("citator", {"provision_id": "pp-905-2021/pasal-14"}))
            seen["definitions"] = data(await call("definitions", {"term": "zebra keeper"}))
            seen["definitions_in"] = await call("definitions", {"term": "x", "document_id": "pp-999-2099"})
            seen["unknown"] = await call("show", {"id": "pp-905-2021/pasal-99"})
            seen["too_many"] = await call("search", {"query": "sewa", "k": 1000})

    anyio.run(main)
    tools = seen["tools"]
    assert set(tools) == TOOLS
    # Typed arguments: the schema says what each tool takes and its limits.
    search_args = tools["search"].input_schema["properties"]
    assert search_args["k"]["type"] == "integer" and search_args["k"]["maximum"] == 100
    assert search_args["query"]["maxLength"] == 2000
    assert len(seen["search"]["hits"]) == 3 and seen["search"]["hits"][0]["citation"]
    assert seen["ask"]["question"] == "office vans at a campaign"
    assert seen["show"]["citation"] == "PP No. 905 Tahun 2021, Pasal 14"
    assert seen["sanctions"]["norms"][0]["id"] == "norm:pp-905-2021/no-office-vans"
    assert seen["chain"]["steps"]
    assert [c["id"] for c in seen["cases"]["cases"]] == ["case:synthetic-van-case"]
    assert seen["case"]["case_id"] == "case:synthetic-van-case"
    assert seen["citator"]["provision_id"] == "pp-905-2021/pasal-14" and "flags" in seen["citator"]
    assert seen["definitions"] == {"definitions": []}  # the synthetic acts define no term
    assert seen["definitions_in"].is_error and "pp-999-2099" in seen["definitions_in"].content[0].text
    unknown = seen["unknown"]
    assert unknown.is_error and "pp-905-2021 has no such provision" in unknown.content[0].text
    assert seen["too_many"].is_error


def test_tools_over_streamable_http(store):
    from mcp.client import Client

    port = free_port()
    cmd = [sys.executable, "-m", "kg.cli", "serve", "mcp", "--http", str(port), "--store", str(store.path)]
    proc = subprocess.Popen(cmd, env={**os.environ, "KG_MODEL": "hash"}, stderr=subprocess.DEVNULL)
    seen: dict = {}
    try:
        for _ in range(300):  # up when the port answers at all (GET /mcp without a session is a 4xx)
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/mcp", timeout=2)
            except urllib.error.HTTPError:
                break
            except OSError:
                assert proc.poll() is None, "the MCP server stopped"
                time.sleep(0.1)

        async def main() -> None:
            async with Client(f"http://127.0.0.1:{port}/mcp", read_timeout_seconds=120) as client:
                seen["tools"] = {t.name for t in (await client.list_tools()).tools}
                seen["show"] = data(await client.call_tool("show", {"id": "pp-905-2021/pasal-14"}))

        anyio.run(main)
    finally:
        stop(proc)
    assert seen["tools"] == TOOLS and seen["show"]["id"] == "pp-905-2021/pasal-14"
