"""CLI commands of the graph area: build, remove, query, sparql, serve sparql, export."""

from __future__ import annotations

import json
import os
import re
import shutil
import sys
from pathlib import Path

import typer

from kg.api import Store, UnknownIdError
from kg.cli.common import console, err, fail, parse_date_option

StoreOption = typer.Option(None, "--store", help="Store folder (default: $KG_STORE or ./.kg-store).")
SparqlOption = typer.Option(
    None, "--sparql", help="A SPARQL 1.1 server (e.g. http://127.0.0.1:7878) instead of the embedded store."
)
QUERY_NAMES = ("sanctions", "authority", "amendments", "citations", "case")
# A document or provision id (pp-94-2021, pp-94-2021/pasal-5/huruf-n) rather than free text.
_ID_RE = re.compile(r"^[a-z][a-z0-9]*-[a-z0-9.-]+-\d{4}(?:/[a-z0-9/-]+)?$")


def _guard(fn):  # type: ignore[no-untyped-def]
    """Run a command body; known problems become one error line, never a traceback."""
    from kg.api import DateBeforeDocumentError, GraphStoreError

    try:
        return fn()
    except typer.Exit:
        raise
    except (
        UnknownIdError,
        GraphStoreError,
        DateBeforeDocumentError,
        LookupError,
        ValueError,
        OSError,
    ) as exc:
        fail(str(exc).strip("'\""))
    except KeyboardInterrupt:
        fail("interrupted")


def _print_json(data: object) -> None:
    from kg.api import to_jsonable

    sys.stdout.write(json.dumps(to_jsonable(data), ensure_ascii=False, indent=2) + "\n")


# -- human renderings --------------------------------------------------------------------------------
def _show_sanctions(a) -> None:  # type: ignore[no-untyped-def]
    head = a.act or a.provision
    console.print(f"[bold]Norms and sanctions for[/bold] {head}" + (f" on {a.at}" if a.at else ""))
    if not a.norms:
        console.print("no matching norm in the corpus")
    for regime, ids in a.by_regime.items():
        console.print(f"\n[bold underline]{regime}[/bold underline]")
        for n in (x for x in a.norms if x.id in ids):
            console.print(f"[bold]{n.kind}[/bold] ({', '.join(n.addressees)}): {n.act_en}  [dim]{n.id}[/dim]")
            console.print(f"  rests on: {', '.join(n.provisions)}")
            if n.sanction_provisions:
                console.print(f"  sanction attached by: {', '.join(n.sanction_provisions)}")
            for s in n.sanctions:
                lvl = f"{s.level} " if s.level else ""
                console.print(
                    f"  - {lvl}{s.kind}: {s.description_en}  [dim]({', '.join(s.provisions)})[/dim]"
                )
            if n.enforced_by:
                console.print(f"  enforced by: {', '.join(n.enforced_by)}")
    for nid, why in a.excluded:
        console.print(f"[yellow]not applicable on that date:[/yellow] {nid}: {why}")


def _show_chain(c) -> None:  # type: ignore[no-untyped-def]
    console.print(f"[bold]Authority chain for[/bold] {c.violation}" + (f" on {c.at}" if c.at else ""))
    console.print(f"norms: {', '.join(c.norms) or 'none matched'}")
    for s in c.steps:
        towards = f" -> {', '.join(s.towards)}" if s.towards else ""
        console.print(
            f"[bold]{s.stage:<16}[/bold] {s.institution_name} [dim]({s.institution})[/dim]{towards}"
            f"  [cyan]{s.provision}[/cyan]\n{'':<17}{s.scope_en}"
        )
    if c.missing:
        console.print(f"[yellow]no institution in the corpus for:[/yellow] {', '.join(c.missing)}")
    for what, why in c.excluded:
        console.print(f"[yellow]not on that date:[/yellow] {what}: {why}")


def _show_table(t) -> None:  # type: ignore[no-untyped-def]
    from rich.table import Table

    table = Table(*t.variables)
    for row in t.rows:
        table.add_row(*("" if v is None else str(v) for v in row))
    console.print(table)
    console.print(f"{len(t.rows)} row(s)")


def _show_amendments(t) -> None:  # type: ignore[no-untyped-def]
    console.print(f"[bold]{t.doc_id}[/bold]")
    for title, rows in (("changes it makes", t.made), ("changes made to it", t.received)):
        if rows:
            console.print(f"\n[bold underline]{title}[/bold underline]")
            for r in rows:
                console.print(f"{r.effective or '?'}  {r.kind:<8} {r.target}  [dim]by {r.id}[/dim]")
    if t.repeals:
        console.print(f"repeals: {', '.join(t.repeals)}")
    if t.repealed_by:
        console.print(f"repealed by: {', '.join(t.repealed_by)}")
    if not (t.made or t.received or t.repeals or t.repealed_by):
        console.print("no amendments or repeals recorded")


def _show_citations(c) -> None:  # type: ignore[no-untyped-def]
    console.print(f"[bold]{c.provision_id}[/bold]")
    console.print(f"\n[bold underline]cites ({len(c.cites)})[/bold underline]")
    for link in c.cites:
        console.print(f"{link.source} --{link.kind}--> {link.target}")
    console.print(f"\n[bold underline]cited by ({len(c.cited_by)})[/bold underline]")
    for link in c.cited_by:
        console.print(f"{link.source} --{link.kind}--> {link.target}")


def _show_case(c) -> None:  # type: ignore[no-untyped-def]
    console.print(f"[bold]{c.title_en}[/bold] ({c.case_id}) {c.date}, {c.place}")
    console.print(f"conduct: {c.conduct_en}")
    console.print(f"outcome: {c.outcome_en}")
    for a in c.actors:
        console.print(f"actor: {a['role_en']} (count: {a['count'] if a['count'] is not None else 'unknown'})")
    for n in c.norms:
        console.print(f"norm at stake: {n['act_en']}  [cyan]{', '.join(n['provisions'])}[/cyan]")
    for i in c.institutions:
        console.print(f"institution: {i['name']} ({i['id']})")
    for a in c.articles:
        console.print(f"article: {a['title']} ({a['year']})")
    for u in c.unknowns:
        console.print(f"[yellow]unknown:[/yellow] {u}")


def serve_command(store: Store, host: str, port: int) -> list[str]:
    """The oxigraph command that publishes the store's graph read-only."""
    exe = shutil.which("oxigraph")
    if exe is None:
        raise OSError("the oxigraph server is not installed (pip install oxigraph)")
    location = store.path / "graph"
    if not location.exists():
        raise OSError(f"no graph in {store.path} yet: run `kg build` first")
    return [
        exe,
        "serve-read-only",
        "--location",
        str(location),
        "--bind",
        f"{host}:{port}",
        "--union-default-graph",
    ]


def register(app: typer.Typer) -> None:
    """Add this area's commands to the kg app."""

    @app.command()
    def build(
        store: Path | None = StoreOption,
        sparql: str | None = SparqlOption,
        no_shacl: bool = typer.Option(False, "--no-shacl", help="Skip the SHACL check of rebuilt graphs."),
        as_json: bool = typer.Option(False, "--json", help="Print the build report as JSON."),
    ) -> None:
        """Build the knowledge graph from the store (only changed documents are rebuilt)."""
        from kg.api import build_graph

        def body() -> None:
            report = build_graph(Store(store), sparql_url=sparql, progress=not as_json, shacl=not no_shacl)
            if as_json:
                _print_json(report)
                return
            console.print(
                f"graph: {report.triples} triples in {report.graphs} named graphs ({report.backend}); "
                f"rebuilt {len(report.rebuilt)}, removed {len(report.removed)}, "
                f"unchanged {report.unchanged}; "
                f"{report.seconds:.1f} s"
            )
            if report.shacl_conforms is False:
                console.print(f"[yellow]SHACL: {len(report.shacl_messages)} violation(s)[/yellow]")
                for m in report.shacl_messages[:20]:
                    console.print(f"  {m}")
            elif report.shacl_conforms:
                console.print("SHACL: conforms")

        _guard(body)

    @app.command()
    def remove(
        doc_id: str = typer.Argument(..., metavar="ID", help="Document id, e.g. pp-94-2021."),
        store: Path | None = StoreOption,
        sparql: str | None = SparqlOption,
    ) -> None:
        """Remove a document from the store and its named graph from the knowledge graph."""
        from kg.api import remove_document

        def body() -> None:
            dropped = remove_document(Store(store), doc_id, sparql_url=sparql)
            console.print(f"removed {doc_id}" + ("" if dropped else " (it had no graph yet)"))

        _guard(body)

    @app.command()
    def query(
        name: str = typer.Argument(..., help=f"One of: {', '.join(QUERY_NAMES)}."),
        args: list[str] = typer.Argument(..., help="The act, violation, document, provision or case."),
        at: str | None = typer.Option(None, "--at", help="The date to answer for (YYYY-MM-DD)."),
        as_json: bool = typer.Option(False, "--json", help="Print the answer as JSON."),
        store: Path | None = StoreOption,
        sparql: str | None = SparqlOption,
    ) -> None:
        """Ask the graph: sanctions ACT|ID, authority VIOLATION, amendments DOC, citations ID, case ID."""
        from kg.api import open_graph_store, queries

        if name not in QUERY_NAMES:
            fail(f"unknown query {name!r}; choose one of {', '.join(QUERY_NAMES)}")
        text = " ".join(args).strip()
        day = parse_date_option(at)

        def body() -> None:
            st = Store(store)
            gs = open_graph_store(st, sparql)
            try:
                if name == "sanctions":
                    is_id = bool(_ID_RE.match(text))
                    answer = queries.sanctions(
                        st, act=None if is_id else text, provision=text if is_id else None, at=day, gs=gs
                    )
                    show = _show_sanctions
                elif name == "authority":
                    answer, show = queries.authority_chain(st, text, at=day, gs=gs), _show_chain
                elif name == "amendments":
                    answer, show = queries.amendment_table(st, text, gs=gs), _show_amendments
                elif name == "citations":
                    answer, show = queries.citations(st, text, gs=gs), _show_citations
                else:
                    answer, show = queries.case_neighbourhood(st, text, gs=gs), _show_case
            finally:
                gs.close()
            if as_json:
                _print_json(answer)
            else:
                show(answer)
                if answer.rests_on:
                    console.print(f"\n[dim]rests on: {', '.join(answer.rests_on)}[/dim]")

        _guard(body)

    @app.command()
    def sparql(
        query_text: str = typer.Argument(
            ..., metavar="QUERY", help="A SELECT/ASK/CONSTRUCT query, or @file."
        ),
        as_json: bool = typer.Option(False, "--json", help="Print rows as JSON."),
        store: Path | None = StoreOption,
        endpoint: str | None = SparqlOption,
    ) -> None:
        """Run a raw read-only SPARQL query over all named graphs (updates are refused)."""
        from kg.api import open_graph_store, run_sparql

        def body() -> None:
            q = query_text
            if q.startswith("@"):
                q = Path(q[1:]).read_text(encoding="utf-8")
            st = Store(store)
            from kg.api import check_read_only

            check_read_only(q)  # before opening anything
            gs = open_graph_store(st, endpoint)
            try:
                table = run_sparql(st, q, gs=gs)
            finally:
                gs.close()
            if as_json:
                _print_json([dict(zip(table.variables, r, strict=True)) for r in table.rows])
            else:
                _show_table(table)

        _guard(body)

    serve_app = typer.Typer(help="Publish the store.", no_args_is_help=True)

    @serve_app.command("sparql")
    def serve_sparql(
        port: int = typer.Option(7878, "--port", help="Port to listen on."),
        host: str = typer.Option("127.0.0.1", "--host", help="Address to bind."),
        store: Path | None = StoreOption,
    ) -> None:
        """Serve the graph read-only as a SPARQL endpoint (oxigraph serve-read-only); updates are refused."""

        def body() -> None:
            cmd = serve_command(Store(store), host, port)
            err.print(f"SPARQL endpoint: http://{host}:{port}/query (read-only; Ctrl-C stops it)")
            sys.stdout.flush()
            os.execv(cmd[0], cmd)  # the server takes this process's PID, so stopping it is simple

        _guard(body)

    app.add_typer(serve_app, name="serve")

    @app.command()
    def export(
        fmt: str = typer.Option("ttl", "--format", help="ttl, nt or jsonld."),
        graph: str | None = typer.Option(None, "--graph", help="Only this named graph (e.g. pp-94-2021)."),
        output: Path | None = typer.Option(None, "--output", "-o", help="Write here instead of stdout."),
        store: Path | None = StoreOption,
        endpoint: str | None = SparqlOption,
    ) -> None:
        """Export the graph (or one named graph) as Turtle, N-Triples or JSON-LD."""
        from kg.api import export_graph

        def body() -> None:
            text = export_graph(Store(store), fmt, graph, sparql_url=endpoint)
            if output:
                output.write_text(text, encoding="utf-8")
                err.print(f"wrote {output}")
            else:
                sys.stdout.write(text)

        _guard(body)
