"""CLI commands of the search area: kg search, kg eval, kg index, kg ask."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from kg.cli.common import MODEL_HELP, STORE_HELP, fail
from kg.ids import format_citation
from kg.settings import requested_model

StoreOpt = Annotated[Path | None, typer.Option("--store", envvar="KG_STORE", help=STORE_HELP)]
ModelOpt = Annotated[str | None, typer.Option("--model", envvar="KG_MODEL", help=MODEL_HELP)]


def _fail(message: str, code: int = 2) -> None:
    fail(message, code)


def _fail_known(exc: BaseException) -> None:
    """One line, and the exit code the error model gives the failure (2 for an input file or an OSError)."""
    from kg.api import as_kg_error

    known = as_kg_error(exc)
    _fail(str(exc), known.exit_code if known is not None else 2)


def _log(msg: str) -> None:
    typer.echo(msg, err=True)


def _known_errors() -> tuple[type[BaseException], ...]:
    from kg.api import EncoderError, EvalInputError, SearchError, SearchIndexError, UnknownIdError

    return (SearchError, SearchIndexError, EvalInputError, EncoderError, UnknownIdError, OSError)


def _require_content(st) -> None:
    """EmptyStoreError (exit 1) when the store holds neither documents nor the curated corpus."""
    from kg.api import require_content

    require_content(st)


def _open(store: Path | None, model: str | None):
    from kg.api import Searcher, Store

    st = Store(store)
    _require_content(st)
    return Searcher.open(st, model=model, log=_log)


def _print_hits(query: str, hits, records: list[dict]) -> None:
    if not hits:
        typer.echo("No provision in the store matches this query.")
        return
    for h, record in zip(hits, records, strict=True):
        flag = "" if h.status in ("in force", "unknown") else f"  [{h.status.upper()}]"
        for f in record.get("citator", []):
            where = "" if f["provision"] == h.pinpoint else f" on {format_citation(f['provision'])}"
            by = f.get("by_citation") or f["by"]
            flag += f"  [{f['flag'].replace('_', ' ')}{where}: {by}, {f['date'] or 'date unknown'}]"
        summary = "  [our summary, not official text]" if h.is_summary else ""
        via = f"  (via {h.relation} {h.lifted_from})" if h.lifted_from else ""
        typer.echo(f"{h.rank:>2}. {h.pinpoint_citation}{flag}{summary}{via}")
        typer.echo(f"    id: {h.pinpoint}   score {h.score:.4f}   found by {', '.join(h.sources) or '-'}")
        if h.snippet:
            typer.echo(f"    {h.snippet}")


def search_command(
    query: Annotated[str | None, typer.Argument(help="What to search for, in Indonesian or English.")] = None,
    k: Annotated[int, typer.Option("-k", help="How many hits (1-1000).")] = 10,
    as_json: Annotated[bool, typer.Option("--json", help="Print hits as JSON.")] = False,
    at: Annotated[str | None, typer.Option("--at", help="Search the law as it stood on this date.")] = None,
    queries: Annotated[Path | None, typer.Option("--queries", help="BEIR queries.jsonl to run.")] = None,
    run: Annotated[Path | None, typer.Option("--run", help="Write a TREC run here (with --queries).")] = None,
    store: StoreOpt = None,
    model: ModelOpt = None,
) -> None:
    """Search the store's provisions (or run a BEIR query file into a TREC run)."""
    from kg.api import MAX_K, check_query, parse_at

    try:
        if queries is not None or run is not None:
            if query is not None:
                _fail("give either a QUERY or --queries/--run, not both")
            if queries is None or run is None:
                _fail("--queries and --run go together: --queries QUERIES.jsonl --run OUT.trec")
            if not 1 <= k <= MAX_K:
                _fail(f"-k must be between 1 and {MAX_K}, got {k}")
            _run_file(queries, run, k, store, model)
            return
        if query is None:
            _fail('give a query: kg search "QUERY" (or --queries FILE --run OUT)')
        check_query(query, k)
        parse_at(at)
        searcher = _open(store, model)
        from kg.api import scoped_search

        hits = scoped_search(searcher.store, query, k=k, at=at, searcher=searcher)
        from kg.api import SearchResult, hit_records  # the record GET /search and the MCP search tool return

        records = hit_records(searcher.store, hits, parse_at(at))
        if as_json:
            result = SearchResult(query=query, at=at, hits=records, notes=searcher.notes)
            typer.echo(result.model_dump_json(indent=2))
        else:
            _print_hits(query, hits, records)
    except _known_errors() as exc:
        _fail_known(exc)


def _run_file(queries: Path, run: Path, k: int, store: Path | None, model: str | None) -> None:
    from kg.api import SearchError, read_queries, run_rankings, write_trec

    qs = read_queries(queries)
    searcher = _open(store, model)
    good, skipped = [], 0
    from kg.api import check_query

    for q in qs:
        try:
            check_query(q.text, k)
            good.append(q)
        except SearchError as exc:
            skipped += 1
            _log(f"{queries}: query {q.id}: skipped ({exc})")
    hits = run_rankings(searcher, good, k=k)
    write_trec(run, {qid: [(h.id, h.score) for h in hs] for qid, hs in hits.items()}, tag="kg-hybrid")
    _log(f"wrote {run}: {len(good)} queries, {skipped} skipped")


def eval_command(
    queries: Annotated[Path, typer.Option("--queries", help="BEIR queries.jsonl.")],
    qrels: Annotated[Path, typer.Option("--qrels", help="qrels TSV: query_id, doc_id, score.")],
    k: Annotated[int, typer.Option("-k", help="Cut-off for the metrics.")] = 10,
    store: StoreOpt = None,
    model: ModelOpt = None,
) -> None:
    """Evaluate search on a query set: MRR, Recall, hit and nDCG at k, as JSON."""
    from kg.api import MAX_K, check_query, evaluate, read_qrels, read_queries, run_rankings

    try:
        if not 1 <= k <= MAX_K:
            _fail(f"-k must be between 1 and {MAX_K}, got {k}")
        qs, qr = read_queries(queries), read_qrels(qrels)
        searcher = _open(store, model)
        good = []
        for q in qs:
            try:
                check_query(q.text, k)
                good.append(q)
            except ValueError as exc:
                _log(f"{queries}: query {q.id}: skipped ({exc})")
        hits = run_rankings(searcher, good, k=k)
        result = evaluate({qid: [h.id for h in hs] for qid, hs in hits.items()}, qr, k)
        result["model"] = searcher.index.model
        result["learned"] = searcher.index.fusion.learned_from or "defaults"
        typer.echo(json.dumps(result, indent=2))
    except _known_errors() as exc:
        _fail_known(exc)


def index_command(
    store: StoreOpt = None,
    model: ModelOpt = None,
    learn: Annotated[
        list[Path] | None,
        typer.Option(
            "--learn", help="Training queries.jsonl to learn from (repeatable, paired with --qrels)."
        ),
    ] = None,
    qrels: Annotated[list[Path] | None, typer.Option("--qrels", help="qrels for each --learn file.")] = None,
    ray: Annotated[bool, typer.Option("--ray", help="Embed on Ray actors (a local Ray is started).")] = False,
    ray_address: Annotated[
        str | None,
        typer.Option("--ray-address", help="Join this Ray cluster instead (host:6379 or ray://host:10001)."),
    ] = None,
    sections: Annotated[
        Path | None,
        typer.Option("--sections", help="CSV of section titles per unit (id or pasal_nomor, bab_judul …)."),
    ] = None,
) -> None:
    """Build (or rebuild) the search index; with --learn, learn fusion weights and a ranker from a split."""
    from kg.api import NO_DENSE, Store, build_index, fit, load_encoder, save_learned, train_queries

    try:
        learn, qrels = learn or [], qrels or []
        if len(learn) != len(qrels):
            _fail("--learn and --qrels go together: one qrels file for each queries file")
        if sections is not None and not learn:
            _fail("--sections goes with --learn: the ranker it feeds is learned from training questions")
        st = Store(store)
        _require_content(st)
        name = requested_model(model)
        if ray or ray_address is not None:
            from kg.api import load_index, update_index

            report = update_index(st, name, force=True, use_ray=True, ray_address=ray_address)
            _log(f"embedded {report['embedded']} texts on Ray in {report['seconds']:.1f} s, the rest cached")
            index = load_index(st)
            encoder = None if index.model == NO_DENSE or not learn else load_encoder(name or index.model)
        else:
            encoder = None if name == NO_DENSE else load_encoder(name)
            index = build_index(st, encoder, log=_log, show_progress=sys.stderr.isatty())
        _log(f"index ready in {index.folder}: {len(index.units)} units, model {index.model}")
        if learn:
            from dataclasses import replace

            from kg.api import Searcher, read_qrels, read_queries

            searcher = Searcher(st, index, encoder)
            train = []
            for n, (qf, rf) in enumerate(zip(learn, qrels, strict=True)):
                part = train_queries(read_queries(qf), read_qrels(rf), set(searcher._row_of_id))
                if not part:
                    _fail(f"{qf}: no query has a gold id that is in the index")
                # Query ids repeat across files: prefix them so every question stays in the memory.
                train.extend(replace(t, qid=f"{n}:{t.qid}") for t in part)
            note = f"{', '.join(f.name for f in learn)} ({len(train)} queries)"
            params, memory, prior, score = fit(searcher, train, log=_log, note=note, sections=sections)
            save_learned(searcher, params, memory, prior)
            _log(f"learned from {len(train)} queries (leave-one-case-out MRR@10 {score:.4f})")
    except _known_errors() as exc:
        _fail_known(exc)


def ask_command(
    question: Annotated[str, typer.Argument(help="A question in Indonesian or English.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the answer card as JSON.")] = False,
    at: Annotated[str | None, typer.Option("--at", help="Answer as the law stood on this date.")] = None,
    store: StoreOpt = None,
) -> None:
    """Answer a question with an answer card of pinpoint citations."""
    from kg.api import Store, ask, render_card

    try:
        card = ask(Store(store), question, at=at)
        typer.echo(card.model_dump_json(indent=2) if as_json else render_card(card))
    except _known_errors() as exc:
        _fail_known(exc)


def register(app: typer.Typer) -> None:
    """Add this area's commands to the kg app."""
    app.command("search")(search_command)
    app.command("eval")(eval_command)
    app.command("index")(index_command)
    app.command("ask")(ask_command)
