"""CLI commands of the graph area: build, remove, query, sparql, serve sparql, export."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer
from rich.markup import escape

from kg.api import GRAPH_QUERIES, Store
from kg.cli.common import StoreOption, console, err, fail, parse_date_option
from kg.errors import KgError, shorten

SparqlOption = typer.Option(
    None, "--sparql", help="A SPARQL 1.1 server (e.g. http://127.0.0.1:7878) instead of the embedded store."
)
# The graph questions kg.api answers, and two listings this command adds.
QUERY_NAMES = (*GRAPH_QUERIES, "norms", "cases", "definitions")


def _guard(fn):  # type: ignore[no-untyped-def]
    """Run a command body; known problems become one error line, never a traceback."""
    from kg.api import as_kg_error

    try:
        return fn()
    except (typer.Exit, KgError):
        raise  # a KgError is mapped to its exit code by the kg group
    except (LookupError, ValueError, OSError) as exc:
        if as_kg_error(exc) is not None:
            raise  # a core error the kg group translates (a date before the document, a file system error)
        fail(str(exc).strip("'\""))
    except KeyboardInterrupt:
        fail("interrupted")


def _print_json(data: object) -> None:
    from kg.api import to_jsonable

    sys.stdout.write(json.dumps(to_jsonable(data), ensure_ascii=False, indent=2) + "\n")


# -- human renderings --------------------------------------------------------------------------------
def _show_sanctions(a) -> None:  # type: ignore[no-untyped-def]
    head = a.act or a.provision
    console.print(f"[bold]Norms and sanctions for[/bold] {escape(head)}" + (f" on {a.at}" if a.at else ""))
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
    console.print(f"[bold]Authority chain for[/bold] {escape(c.violation)}" + (f" on {c.at}" if c.at else ""))
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
    from rich.text import Text

    table = Table(*t.variables)
    for row in t.rows:
        table.add_row(*(Text("" if v is None else str(v)) for v in row))  # data, never markup
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
    console.print(f"{c.title_en} ({c.case_id}) {c.date}, {c.place}", style="bold", markup=False)
    if c.court_name:
        console.print(f"court: {c.court_name} {c.number or '(number not seen)'}", markup=False)
    console.print(f"conduct: {c.conduct_en}", markup=False)
    console.print(f"outcome: {c.outcome_en}", markup=False)
    for r in c.reports:
        console.print("reported: " + ", ".join(str(v) for v in r.values()), markup=False, highlight=False)
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


def _query_norms(
    st: Store, target: str | None, kind: str | None, addressee: str | None, source: str | None, as_json: bool
) -> None:
    from rich.markup import escape

    from kg.api import norms

    items = norms(st, target, kind=kind, addressee=addressee, source=source)
    if as_json:
        _print_json(items)
        return
    if not items:
        console.print("no norm found" + (f" on {escape(target)}" if target else ""))
        return
    for i in items:
        neg = " (negated)" if i["negated"] else ""
        who = ", ".join(i["addressees"]) or "-"
        version = f" (as amended by {i['amended_by']})" if i.get("amended_by") else ""
        tail = escape(f"{i['kind']}{neg} [{i['source']}] {who}{version}")
        console.print(f"[bold]{escape(i['provision'])}[/bold] {tail}")
        console.print(f"  {i['act'][:200]}", markup=False)
        if i["conditions"]:
            console.print(f"  when: {'; '.join(i['conditions'])}", markup=False)
        if i["sanction_provisions"]:
            console.print(f"  sanctioned by: {', '.join(i['sanction_provisions'])}", markup=False)
    console.print(f"\n[dim]{len(items)} norm(s)[/dim]")


def _query_definitions(st: Store, words: list[str], at: str | None, as_json: bool) -> None:
    from kg.api import definitions

    # "kg query definitions uu-7-2017 kampanye": a leading document id scopes the term.
    target = words[0] if words and st.has(words[0]) else None
    term = " ".join(words[1:] if target else words).strip() or None
    items = definitions(st, term, target, at=parse_date_option(at))
    if as_json:
        _print_json(items)
        return
    if not items:
        where = f" in {target}" if target else ""
        console.print(f"no definition found{where}" + (f" for {term!r}" if term else ""), markup=False)
        return
    say = lambda line: console.print(line, highlight=False, markup=False)  # noqa: E731 — user text, no markup
    for i in items:
        abbr = f" ({i['abbreviation']})" if i["abbreviation"] else ""
        version = f", as amended by {i['amended_by']}" if i.get("amended_by") else ""
        say(f"{i['term']}{abbr}  [{i['provision']}{version}]")
        say(f"  {i['meaning'][:400]}")
        for f in i["flags"]:
            say(f"  {f['flag'].upper()}: {f['by_citation'] or f['by']} on {f['date']}")
    console.print(f"\n[dim]{len(items)} definition(s)[/dim]")


def _show_case_list(rows: list[dict]) -> None:
    """One block per case: court and number, date, roles, provisions, outcome and where it was reported."""
    if not rows:
        console.print("no documented case matches")
    for c in rows:
        court = " ".join(x for x in (c["court_name"], c["number"] or "(number not seen)") if x)
        say = lambda line: console.print(line, highlight=False, markup=False)  # noqa: E731 — user text, no markup
        say(f"{c['date']}  {c['id']}  {court}")
        say(f"    {c['title_en']}")
        roles = "; ".join(a["role_en"] + (f" x{a['count']}" if a.get("count") else "") for a in c["actors"])
        say(f"    actors: {roles or 'unknown'}")
        if c["provisions"]:
            say(f"    provisions: {', '.join(c['provisions'])}")
        say(f"    outcome ({c['outcome_kind']}): {c['outcome_en']}")
        where = [
            s.get("article") or " ".join(filter(None, (s.get("outlet"), s.get("locator"))))
            for s in c["sources"]
        ]
        reported = f" (reported by {c['reported_by']})" if c["reported_by"] else ""
        say(f"    sources: {'; '.join(where)}{reported}")
    console.print(f"{len(rows)} case(s)")


def build(
    store: Path | None = StoreOption,
    sparql: str | None = SparqlOption,
    no_shacl: bool = typer.Option(False, "--no-shacl", help="Skip the SHACL check of rebuilt graphs."),
    as_json: bool = typer.Option(False, "--json", help="Print the build report as JSON."),
    workers: int | None = typer.Option(
        None,
        "--workers",
        min=1,
        help="Processes making triples (default: 2 into the embedded store when 100+ documents changed).",
    ),
) -> None:
    """Build the knowledge graph from the store (only changed documents are rebuilt)."""
    from kg.api import build_graph

    def body() -> None:
        report = build_graph(
            Store(store), sparql_url=sparql, progress=not as_json, shacl=not no_shacl, workers=workers
        )
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


def remove(
    doc_id: str = typer.Argument(..., metavar="ID", help="Document id, e.g. pp-94-2021."),
    store: Path | None = StoreOption,
    sparql: str | None = SparqlOption,
) -> None:
    """Remove a document from the store and its named graph from the knowledge graph."""
    from kg.api import remove as remove_document

    def body() -> None:
        dropped = remove_document(Store(store), doc_id, sparql_url=sparql)
        console.print(f"removed {doc_id}" + ("" if dropped else " (it had no graph yet)"), markup=False)

    _guard(body)


def query(
    name: str = typer.Argument(..., help=f"One of: {', '.join(QUERY_NAMES)}."),
    args: list[str] = typer.Argument(None, help="The act, violation, document, provision or case."),
    at: str | None = typer.Option(None, "--at", help="The date to answer for (YYYY-MM-DD)."),
    as_json: bool = typer.Option(False, "--json", help="Print the answer as JSON."),
    kind: str | None = typer.Option(None, "--kind", help="norms: obligation, prohibition, permission, …"),
    addressee: str | None = typer.Option(
        None, "--addressee", help="norms: an actor id (pns, kepala-desa …)."
    ),
    source: str | None = typer.Option(None, "--source", help="norms: extracted or curated."),
    provision: str | None = typer.Option(None, "--provision", help="cases: that applied this provision."),
    actor: str | None = typer.Option(None, "--actor", help="cases: with an actor of this role."),
    court: str | None = typer.Option(None, "--court", help="cases: before this court (pn, mk, Solok …)."),
    store: Path | None = StoreOption,
    sparql: str | None = SparqlOption,
) -> None:
    """Ask the graph: sanctions ACT|ID, authority VIOLATION, amendments DOC, citations ID, case ID,
    norms [DOC_OR_PROVISION], cases [--provision ID] [--actor ROLE] [--court C], definitions [DOC] [TERM]."""
    if name not in QUERY_NAMES:
        fail(f"unknown query {shorten(name)!r}; choose one of {', '.join(QUERY_NAMES)}", 2)
    text = " ".join(args or []).strip()
    if name == "norms":
        _guard(lambda: _query_norms(Store(store), text or None, kind, addressee, source, as_json))
        return
    if name == "definitions":
        _guard(lambda: _query_definitions(Store(store), list(args or []), at, as_json))
        return
    if name == "cases":
        from kg import api

        rows = _guard(lambda: api.cases(Store(store), provision=provision, actor=actor, court=court))
        _print_json(rows) if as_json else _show_case_list(rows)
        return
    if not text:
        fail(f"`kg query {name}` needs an argument", 2)
    day = parse_date_option(at)

    def body() -> None:
        from kg.api import run_query

        answer = run_query(Store(store), name, text, at=day, sparql_url=sparql)
        show = {
            "sanctions": _show_sanctions,
            "authority": _show_chain,
            "amendments": _show_amendments,
            "citations": _show_citations,
            "case": _show_case,
        }[name]
        if as_json:
            _print_json(answer)
        else:
            show(answer)
            if answer.rests_on:
                console.print(f"\n[dim]rests on: {', '.join(answer.rests_on)}[/dim]")

    _guard(body)


def sparql(
    query_text: str = typer.Argument(..., metavar="QUERY", help="A SELECT/ASK/CONSTRUCT query, or @file."),
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
            err.print(f"wrote {output}", markup=False)
        else:
            sys.stdout.write(text)

    _guard(body)


def register(app: typer.Typer) -> None:
    """Add this area's commands to the kg app."""
    app.command()(build)
    app.command()(remove)
    app.command()(query)
    app.command()(sparql)
    app.command()(export)
