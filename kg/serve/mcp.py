"""The MCP server: the tools an assistant calls (search, ask, show, sanctions, authority_chain, cases,
citator), each a thin call into ``kg.api`` with typed arguments; a KgError becomes a tool error whose
message names the fix. Runs over stdio (``kg serve mcp``) or streamable HTTP (``--http PORT``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, TypeVar

from pydantic import Field

from kg import api
from kg.errors import brief

MAX_TEXT = 2000
MAX_K = 100
T = TypeVar("T")

Text = Annotated[str, Field(min_length=1, max_length=MAX_TEXT, description="Indonesian or English text.")]
AtDate = Annotated[str | None, Field(max_length=40, description="The law as on a date (YYYY-MM-DD).")]
Id = Annotated[
    str, Field(min_length=1, max_length=300, description="A document or provision id (pp-94-2021/pasal-5).")
]

INSTRUCTIONS = (
    "Indonesian law on the neutrality of civil servants (ASN) in elections. Every answer cites "
    "provisions by id (pp-94-2021/pasal-5/huruf-n) with their in-force status; quote the citation, "
    "and check the official text before relying on it."
)


def create_server(store_path: str | Path | None = None) -> Any:
    """The MCP server over the store at store_path (default $KG_STORE or ./.kg-store)."""
    from mcp.server.mcpserver import MCPServer
    from mcp.server.mcpserver.exceptions import ToolError

    store = api.open_store(store_path)
    server = MCPServer(name="kg-asn", instructions=INSTRUCTIONS, log_level="WARNING")

    def run(fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        try:
            return fn(*args, **kwargs)
        except Exception as exc:
            known = api.as_kg_error(exc)
            if known is None:
                raise
            raise ToolError(brief(str(known))) from exc

    @server.tool()
    def search(query: Text, k: Annotated[int, Field(ge=1, le=MAX_K)] = 10, at: AtDate = None) -> dict:
        """Ranked provisions for a query, each with a pinpoint citation, snippet and in-force status."""
        return run(api.search, store, query, k=k, at=at).model_dump()

    @server.tool()
    def ask(question: Text, at: AtDate = None) -> dict:
        """An answer card for a question: prohibitions, obligations, permissions, sanctions and authorities,
        all cited."""

        def answer() -> dict:
            api.require_content(store)
            return api.ask(store, question, at=api.parse_date(at)).model_dump(mode="json")

        return run(answer)

    @server.tool()
    def show(id: Id, at: AtDate = None) -> dict:
        """A document or provision: text, children, references in and out, Penjelasan, curated norms."""
        return api.to_jsonable(run(api.show, store, id, api.parse_date(at)))

    def query(name: str, text: str, at: str | None = None) -> dict:
        return api.to_jsonable(run(api.run_query, store, name, text, at=at))

    @server.tool()
    def sanctions(act_or_id: Text, at: AtDate = None) -> dict:
        """Norms and sanctions, by regime, for a described act or for a provision id, on a date."""
        return query("sanctions", act_or_id, at)

    @server.tool()
    def authority_chain(violation: Text, at: AtDate = None) -> dict:
        """Who receives reports, investigates, recommends, decides and imposes for a violation, each cited."""
        return query("authority", violation, at)

    @server.tool()
    def cases(case_id: Annotated[str | None, Field(max_length=300)] = None) -> dict:
        """The curated cases; with a case id (case:...), that case's actors by role, norms and outcome."""
        if case_id:
            return query("case", case_id)
        return {"cases": run(api.cases, store)}

    @server.tool()
    def definitions(
        term: Text, document_id: Annotated[str | None, Field(max_length=300)] = None, at: AtDate = None
    ) -> dict:
        """What the texts define a term as (Pasal 1 angka …): meaning, provision, citator flags."""
        return {"definitions": run(api.definitions, store, term, document_id, at=at)}

    @server.tool()
    def citator(provision_id: Id) -> dict:
        """What a provision cites and what cites it, and its citator flags (struck down, reinterpreted …)."""
        found = query("citations", provision_id)
        flags = getattr(api, "citator", None)
        found["flags"] = api.to_jsonable(run(flags, store, provision_id)) if flags else []
        return found

    return server


def serve(store_path: str | Path | None, http_port: int | None = None, host: str = "127.0.0.1") -> None:
    """Run the MCP server over stdio, or over streamable HTTP at http://host:port/mcp."""
    server = create_server(store_path)
    if http_port is None:
        server.run("stdio")
    else:
        server.run("streamable-http", host=host, port=http_port)
