"""``kg serve``: publish the store as a SPARQL endpoint, a REST API or an MCP server."""

from __future__ import annotations

import os
import re
import shutil
import sys
from pathlib import Path

import typer

from kg.api import Store, require_content
from kg.cli.common import StoreOption, err
from kg.errors import GraphNotBuiltError, NotAvailableError, UsageError, shorten

serve_app = typer.Typer(
    help="Publish the store: SPARQL endpoint, REST API or MCP server.", no_args_is_help=True
)


# A host name or an IPv4/IPv6 address; anything else is refused before a server starts.
_HOST_RE = re.compile(r"^[A-Za-z0-9.:-]{1,253}$")


def checked_host(host: str) -> str:
    """The host to bind, or a UsageError naming what to give."""
    if not _HOST_RE.match(host):
        raise UsageError(f"--host wants a host name or address such as 127.0.0.1, got {shorten(host, 40)!r}")
    return host


def ready_store(path: Path | None) -> Store:
    """The store to serve; EmptyStoreError before any server starts when it holds nothing."""
    store = Store(path)
    require_content(store)
    return store


def serve_command(store: Store, host: str, port: int) -> list[str]:
    """The oxigraph command that publishes the store's graph read-only."""
    exe = shutil.which("oxigraph")
    if exe is None:
        raise NotAvailableError("the oxigraph server is not installed (pip install oxigraph)")
    location = store.path / "graph"
    if not location.exists():
        raise GraphNotBuiltError(f"no graph in {store.path} yet: run `kg build` first")
    return [
        exe,
        "serve-read-only",
        "--location",
        str(location),
        "--bind",
        f"{host}:{port}",
        "--union-default-graph",
    ]


@serve_app.command("sparql")
def serve_sparql(
    port: int = typer.Option(7878, "--port", help="Port to listen on."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to bind."),
    store: Path | None = StoreOption,
) -> None:
    """Serve the graph read-only as a SPARQL endpoint (oxigraph serve-read-only); updates are refused."""
    cmd = serve_command(Store(store), checked_host(host), port)
    err.print(f"SPARQL endpoint: http://{host}:{port}/query (read-only; Ctrl-C stops it)", markup=False)
    sys.stdout.flush()
    os.execv(cmd[0], cmd)  # the server takes this process's PID, so stopping it is simple


@serve_app.command("api")
def serve_api(
    host: str = typer.Option("127.0.0.1", "--host", help="Address to bind."),
    port: int = typer.Option(8000, "--port", help="Port to listen on."),
    store: Path | None = StoreOption,
) -> None:
    """Serve the REST API (FastAPI + uvicorn): /search, /ask, /provisions/ID, /sparql …, docs at /docs."""
    import uvicorn

    from kg.serve.rest import create_app

    app = create_app(ready_store(store).path)
    host = checked_host(host)
    err.print(f"REST API: http://{host}:{port}/ (OpenAPI at /openapi.json; Ctrl-C stops it)", markup=False)
    uvicorn.run(app, host=host, port=port, log_level="warning")


@serve_app.command("mcp")
def serve_mcp(
    store: Path | None = StoreOption,
    http: int | None = typer.Option(
        None, "--http", metavar="PORT", help="Serve streamable HTTP on this port."
    ),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to bind with --http."),
) -> None:
    """Serve the MCP tools (search, ask, show, sanctions, authority_chain, cases, citator) over stdio."""
    from kg.serve.mcp import serve

    serve(ready_store(store).path, http_port=http, host=checked_host(host))


def register(app: typer.Typer) -> None:
    """Add ``kg serve`` to the kg app."""
    app.add_typer(serve_app, name="serve")
