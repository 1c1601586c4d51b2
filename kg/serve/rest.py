"""The REST API: FastAPI over ``kg.api``, read-only, with the same records as ``--json``.

Every failure is a ``KgError`` mapped once to its HTTP status (400 bad input, 404 unknown id or name,
422 invalid parameters, 501 not offered, 503 store not ready) with a JSON body
``{"error": class name, "message": what to do}``; nothing a request sends is echoed at length.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import parse_qs

from fastapi import FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from kg import api
from kg.errors import KgError, UsageError, brief

MAX_Q = 2000
MAX_K = 100
MAX_SPARQL = 20_000
T = TypeVar("T")

QText = Query(..., min_length=1, max_length=MAX_Q, description="The query, in Indonesian or English.")
AtDate = Query(None, max_length=40, description="Answer for the law as it stood on this date (YYYY-MM-DD).")


def _error(status: int, name: str, message: str) -> JSONResponse:
    return JSONResponse(status_code=status, content={"error": name, "message": message})


def create_app(store_path: str | Path | None = None) -> FastAPI:
    """The FastAPI app over the store at store_path (default $KG_STORE or ./.kg-store)."""
    store = api.open_store(store_path)
    # The open searcher (index, graph handle) is shared between requests; one request uses it at a time.
    search_lock = threading.Lock()
    app = FastAPI(
        title="kg-asn",
        version="0.1.0",
        description="Cited retrieval and a knowledge graph over Indonesian law on ASN neutrality, read-only.",
    )

    def run(fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        try:
            return fn(*args, **kwargs)
        except Exception as exc:
            known = api.as_kg_error(exc)
            if known is None or known is exc:
                raise
            raise known from exc

    @app.exception_handler(KgError)
    async def kg_error(request: Request, exc: KgError) -> JSONResponse:
        return _error(exc.http_status, type(exc).__name__, brief(str(exc)))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        parts = [f"{'.'.join(str(x) for x in e['loc'])}: {e['msg']}" for e in exc.errors()[:5]]
        return _error(422, "RequestValidationError", "; ".join(parts))

    @app.get("/health")
    def health() -> dict:
        """Liveness, and what the store holds."""
        return {"status": "ok", "store": str(store.path), "documents": len(store.ids())}

    @app.get("/search", response_model=api.SearchResult)
    def search(
        q: str = QText,
        k: int = Query(10, ge=1, le=MAX_K, description="How many hits."),
        at: str | None = AtDate,
    ) -> api.SearchResult:
        """Ranked provisions with pinpoint citations and in-force status (as `kg search --json`)."""
        with search_lock:
            return run(api.search, store, q, k=k, at=at)

    @app.get("/ask", response_model=api.AnswerCard)
    def ask(q: str = QText, at: str | None = AtDate) -> Any:
        """An answer card: every item a pinpoint citation with its status (as `kg ask --json`)."""
        day = api.parse_date(at)
        api.require_content(store)
        with search_lock:
            return run(api.ask, store, q, at=day)

    @app.get("/provisions/{item_id:path}")
    def provision(item_id: str, at: str | None = AtDate) -> dict:
        """A document or provision (the id may contain slashes), as `kg show --json`."""
        return run(api.show, store, item_id, api.parse_date(at))

    @app.get("/documents")
    def documents() -> dict:
        """Every document with its title, kind and counts by level (as `kg stats --json`)."""
        return api.stats(store)

    @app.get("/query/{name}")
    def query(
        name: str,
        q: str = Query(..., min_length=1, max_length=MAX_Q, description="The act, violation or id."),
        at: str | None = AtDate,
    ) -> Any:
        """A graph question: sanctions, authority, amendments, citations or case (as `kg query --json`)."""
        return api.to_jsonable(run(api.run_query, store, name, q, at=at))

    @app.get("/cases")
    def cases(
        provision: str | None = Query(None, max_length=300, description="Cases that applied this provision."),
        actor: str | None = Query(None, max_length=100, description="Cases with an actor of this role."),
        court: str | None = Query(None, max_length=100, description="Cases before this court (pn, mk …)."),
    ) -> Any:
        """Documented cases and decisions, filtered (as `kg query cases --json`)."""
        return run(api.cases, store, provision=provision, actor=actor, court=court)

    @app.get("/norms")
    def norms(
        target: str | None = Query(None, max_length=300, description="A document or provision id."),
        kind: str | None = Query(None, max_length=40, description="obligation, prohibition, permission …"),
        addressee: str | None = Query(None, max_length=100, description="An actor id (pns, kepala-desa …)."),
        source: str | None = Query(None, max_length=40, description="extracted or curated."),
    ) -> Any:
        """Curated and extracted norms on a document or provision (all when none), as `kg query norms`."""
        return api.to_jsonable(run(api.norms, store, target, kind=kind, addressee=addressee, source=source))

    @app.get("/definitions")
    def definitions(
        term: str | None = Query(
            None, max_length=MAX_Q, description="A term or abbreviation (PNS, kampanye)."
        ),
        target: str | None = Query(None, max_length=300, description="Only in this document."),
        at: str | None = AtDate,
    ) -> Any:
        """Terms the texts define, with their meaning and citator flags (as `kg query definitions --json`)."""
        return run(api.definitions, store, term or None, target, at=at)

    def sparql_answer(text: str) -> Any:
        table = run(api.sparql, store, text)
        # One object per row, as `kg sparql --json` prints.
        return api.to_jsonable([dict(zip(table.variables, row, strict=True)) for row in table.rows])

    @app.get("/sparql")
    def sparql_get(
        query: str = Query(..., min_length=1, max_length=MAX_SPARQL, description="A read-only SPARQL query."),
    ) -> Any:
        """A raw read-only SPARQL query over all named graphs; an update is refused with 400."""
        return sparql_answer(query)

    @app.post(
        "/sparql",
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {
                    "application/sparql-query": {"schema": {"type": "string"}},
                    "application/x-www-form-urlencoded": {
                        "schema": {
                            "type": "object",
                            "properties": {"query": {"type": "string"}},
                            "required": ["query"],
                        }
                    },
                },
            }
        },
    )
    async def sparql_post(request: Request) -> Any:
        """The SPARQL protocol's POST: a query as the body or as the form field `query`; updates are 400."""
        body = await request.body()
        if len(body) > MAX_SPARQL * 4:
            raise UsageError(f"the query is longer than {MAX_SPARQL} characters")
        text = body.decode("utf-8", errors="replace")
        if request.headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
            text = (parse_qs(text).get("query") or [""])[0]
        if not text.strip():
            raise UsageError("give a SPARQL query as the body (application/sparql-query) or form field query")
        import anyio

        return await anyio.to_thread.run_sync(sparql_answer, text)

    return app
