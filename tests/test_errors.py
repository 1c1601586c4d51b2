"""The one error model: hostile input to every command, endpoint and tool gives a short message.

`[/x]` and `[red]x` would be read as rich markup if user text were rendered as markup, "" is
empty and 10,000 characters exceed every limit. Each must give exit 1 or 2 (HTTP 4xx, an MCP
tool error) with one short line and no traceback, and nothing may be written. Free text that
is merely odd (`search "[/x]"` looks for "x") may also succeed.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

import anyio
import pytest
from fastapi.testclient import TestClient
from graph_fixtures import synthetic_store
from typer.testing import CliRunner

from kg import errors
from kg.cli import app
from kg.graph.build import build_graph
from kg.search import build_index
from kg.search.encoders import load_encoder
from kg.serve.mcp import create_server
from kg.serve.rest import create_app

HOSTILE = {"close-tag": "[/x]", "open-tag": "[red]x", "empty": "", "long": "x" * 10_000}
SHORT = 600  # characters of output an error may take: one line with a suggestion or two
H = "{H}"

# Arguments where any hostile value is an error (ids, dates, names, paths, hosts).
CLI_ERRORS = [
    ["show", H],
    ["show", "pp-905-2021/pasal-14", "--at", H],
    ["remove", H],
    ["query", H, "x"],
    ["query", "amendments", H],
    ["query", "citations", H],
    ["query", "case", H],
    ["query", "sanctions", "office vans", "--at", H],
    ["query", "norms", "--kind", H],
    ["query", "definitions", "pegawai", "--at", H],
    ["sparql", H],
    ["export", "--graph", H],
    ["export", "--format", H],
    ["search", "sewa", "--at", H],
    ["ask", "sewa", "--at", H],
    ["eval", "--queries", H, "--qrels", H],
    ["build", "--sparql", H],
    ["index", "--model", H],
    ["search", "sewa", "--model", H],
    ["serve", "api", "--host", H],
    ["serve", "mcp", "--http", "1", "--host", H],
    ["serve", "sparql", "--host", H],
]
# Free text, filters and paths ("" is the working folder): an error, or an answer (a search for "x").
CLI_TEXT = [
    ["ingest", H, "--no-build"],
    ["validate", H],
    ["query", "sanctions", H],
    ["query", "authority", H],
    ["query", "norms", H],
    ["query", "definitions", H],
    ["query", "cases", "--provision", H],
    ["search", H],
    ["ask", H],
    ["stats", "--store", H],
]


@pytest.fixture(scope="module")
def store(tmp_path_factory):  # type: ignore[no-untyped-def]
    s = synthetic_store(tmp_path_factory.mktemp("errors"))
    build_graph(s, progress=False, shacl=False)
    build_index(s, load_encoder("hash"))
    return s


def snapshot(*roots: Path) -> dict[str, tuple[int, int]]:
    """Every file and folder under the roots with its size and modification time."""
    return {str(p): (p.stat().st_size, p.stat().st_mtime_ns) for root in roots for p in root.rglob("*")}


def fill(template: list[str], value: str) -> list[str]:
    return [value if a == H else a for a in template]


# An empty --sparql or --model means the default (and then build and index write, by design).
DEFAULT_WHEN_EMPTY = ("--sparql", "--model")


def cli_cases(templates: list[list[str]]) -> list:
    return [
        pytest.param(t, v, id=f"{' '.join(t[:2])}-{name}")
        for t in templates
        for name, v in HOSTILE.items()
        if not (v == "" and any(option in t for option in DEFAULT_WHEN_EMPTY))
    ]


def run_cli(store, tmp_path, monkeypatch, args):  # type: ignore[no-untyped-def]
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    monkeypatch.chdir(cwd)
    before = snapshot(store.path, cwd)
    result = CliRunner().invoke(app, args, env={"KG_STORE": str(store.path), "KG_MODEL": "hash"})
    assert snapshot(store.path, cwd) == before, "the command wrote something"
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result


@pytest.mark.parametrize(("template", "value"), cli_cases(CLI_ERRORS))
def test_hostile_value_is_one_short_error(store, tmp_path, monkeypatch, template, value):
    result = run_cli(store, tmp_path, monkeypatch, fill(template, value))
    assert result.exit_code in (1, 2), result.output
    assert 0 < len(result.output) < SHORT, result.output[:SHORT]
    if 0 < len(value) < 40 and template[0] in ("show", "remove", "query") and template[1:2] != ["norms"]:
        assert value in result.output  # echoed as typed, not eaten as markup


@pytest.mark.parametrize(("template", "value"), cli_cases(CLI_TEXT))
def test_hostile_text_is_an_error_or_echoed_verbatim(store, tmp_path, monkeypatch, template, value):
    result = run_cli(store, tmp_path, monkeypatch, fill(template, value))
    assert result.exit_code in (0, 1, 2), result.output
    if result.exit_code:
        assert 0 < len(result.output) < SHORT, result.output[:SHORT]
    if value in ("", HOSTILE["long"]) and template[0] in ("search", "ask"):
        assert result.exit_code == 2  # empty, or over the 2,000-character limit


@pytest.mark.parametrize("value", ["[/x]", "[red]x", "x" * 10_000])
def test_a_usage_error_exits_2_and_a_failure_1(store, tmp_path, monkeypatch, value):
    unknown = run_cli(store, tmp_path, monkeypatch, ["show", "pp-905-2021/pasal-99"])
    assert unknown.exit_code == 1 and "pp-905-2021 has no such provision" in unknown.output
    env = {"KG_STORE": str(store.path)}
    bad_date = CliRunner().invoke(app, ["show", "pp-905-2021", "--at", value], env=env)
    assert bad_date.exit_code == 2 and "YYYY-MM-DD" in bad_date.output


# -- REST ------------------------------------------------------------------------------------------
REST = [
    ("GET", "/search?q={H}"),
    ("GET", "/search?q=sewa&at={H}"),
    ("GET", "/ask?q={H}"),
    ("GET", "/ask?q=sewa&at={H}"),
    ("GET", "/provisions/{H}"),
    ("GET", "/provisions/pp-905-2021/pasal-14?at={H}"),
    ("GET", "/query/{H}?q=x"),
    ("GET", "/query/sanctions?q={H}"),
    ("GET", "/query/citations?q={H}"),
    ("GET", "/query/case?q={H}"),
    ("GET", "/cases?provision={H}"),
    ("GET", "/norms?target={H}"),
    ("GET", "/norms?kind={H}"),
    ("GET", "/sparql?query={H}"),
    ("POST", "/sparql"),
]


@pytest.fixture(scope="module")
def client(store):  # type: ignore[no-untyped-def]
    return TestClient(create_app(store.path), raise_server_exceptions=True)


@pytest.mark.parametrize(("method", "url"), REST, ids=[f"{m} {u.split('?')[0]}" for m, u in REST])
@pytest.mark.parametrize("value", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_value_to_every_endpoint(store, client, method, url, value):
    before = snapshot(store.path)
    if method == "POST":
        r = client.post(url, content=value, headers={"content-type": "application/sparql-query"})
    else:
        r = client.get(url.replace(H, quote(value, safe="")))
    assert snapshot(store.path) == before
    assert len(r.text) < SHORT or r.status_code == 200, r.text[:SHORT]
    if r.status_code == 200:
        # Only odd free text may succeed (a search for "x"), or a filter that matches nothing.
        assert ("q=" in url and value and len(value) < 100 and "query/case" not in url) or "/cases" in url
        return
    assert r.status_code in (400, 404, 422), r.text[:SHORT]
    body = r.json()
    assert set(body) <= {"error", "message", "detail"}, body


# -- MCP (in process; tests/test_serve_mcp.py drives the same server over stdio) ----------------------
MCP = [
    ("search", "query"),
    ("ask", "question"),
    ("show", "id"),
    ("sanctions", "act_or_id"),
    ("authority_chain", "violation"),
    ("cases", "case_id"),
    ("citator", "provision_id"),
]


def test_hostile_value_to_every_mcp_tool(store):
    from mcp.client import Client

    server = create_server(store.path)
    outcomes: list[tuple[str, str, bool, str]] = []

    async def main() -> None:
        async with Client(server) as client:
            for tool, arg in MCP:
                for name, value in HOSTILE.items():
                    r = await client.call_tool(tool, {arg: value})
                    text = " ".join(getattr(c, "text", "") for c in r.content)
                    outcomes.append((tool, name, r.is_error, text))

    before = snapshot(store.path)
    anyio.run(main)
    assert snapshot(store.path) == before
    for tool, name, is_error, text in outcomes:
        if name in ("empty", "long") and not (tool == "cases" and name == "empty"):
            assert is_error, (tool, name, text[:200])
        if is_error:
            assert len(text) < SHORT and "Traceback" not in text, (tool, name, text[:SHORT])


def test_every_error_names_its_exit_code_and_status():
    classes = [c for c in vars(errors).values() if isinstance(c, type) and issubclass(c, errors.KgError)]
    assert len(classes) >= 15
    for cls in classes:
        assert cls.__doc__, cls
        assert cls.http_status in (400, 404, 422, 500, 501, 503), cls
        assert (cls.http_status < 500) or not cls.usage, cls
    assert errors.UnknownIdError("pp-1-2000", [], "x").exit_code == 1
    assert errors.BadDateError("x").exit_code == 2
    message = str(errors.UnknownIdError("pp-1-2000", ["pp-1-2001"]))
    assert message == "unknown id 'pp-1-2000'. Did you mean: pp-1-2001?"


def test_remove_of_an_unknown_id_creates_nothing(tmp_path):
    fresh = tmp_path / "never-made"
    r = CliRunner().invoke(app, ["remove", "pp-1-2000", "--store", str(fresh)])
    assert r.exit_code == 1 and "unknown id 'pp-1-2000'" in r.output
    assert not fresh.exists()


def test_unknown_ids_name_what_is_missing(tmp_path):
    curated_only = synthetic_store(tmp_path, docs=[])
    env = {"KG_STORE": str(curated_only.path)}
    r = CliRunner().invoke(app, ["show", "pp-905-2021/pasal-99"], env=env)
    assert r.exit_code == 1 and "pp-905-2021 has only a curated summary" in r.output
    r = CliRunner().invoke(app, ["show", "pp-1-2000/pasal-1"], env=env)
    assert r.exit_code == 1 and "its document pp-1-2000 is not in the store" in r.output
    r = CliRunner().invoke(app, ["show", "pp-1-2000"], env=env)
    assert r.exit_code == 1 and "no document with this id" in r.output


def test_stored_text_that_looks_like_markup_is_printed_as_it_is(tmp_path):
    from graph_fixtures import synthetic_base_act

    doc = synthetic_base_act()
    odd = "Synthetic rule [/x] with [red]brackets[/red] kept."
    provisions = tuple(
        p.model_copy(update={"text": odd}) if p.id.endswith("pasal-1") else p for p in doc.provisions
    )
    store = synthetic_store(
        tmp_path, with_corpus=False, docs=[doc.model_copy(update={"provisions": provisions})]
    )
    r = CliRunner().invoke(
        app, ["show", "uu-901-2010/pasal-1"], env={"KG_STORE": str(store.path), "COLUMNS": "200"}
    )
    assert r.exit_code == 0, r.output
    assert odd in r.output
