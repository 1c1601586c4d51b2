"""CLI commands over parsed documents: ``kg ingest``, ``kg stats``, ``kg show``."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

import typer
from rich.markup import escape
from rich.table import Table

from kg import api
from kg.api import Store, format_citation
from kg.cli.common import (
    MODEL_HELP,
    StoreOption,
    console,
    fail,
    parse_date_option,
    print_error,
    progress_bar,
)
from kg.errors import KgError

SUMMARY_LEVELS = api.SUMMARY_LEVELS


def ingest_with_progress(
    paths: list[Path], store: Store, show_progress: bool = True, use_ray: bool = False
) -> dict:
    """api.ingest_documents with a progress bar on stderr (parsing on Ray when asked)."""
    with progress_bar("ingest", show_progress) as tell:
        return api.ingest_documents(paths, store, progress=tell, use_ray=use_ray)


def print_ingest_summary(summary: dict) -> None:
    """The human summary of a batch."""
    table = Table(title="ingested", show_header=False)
    for key in (
        "files",
        "documents",
        "replaced",
        *SUMMARY_LEVELS,
        "references_resolved",
        "references_unresolved",
        "amendments",
        "warnings",
    ):
        table.add_row(key.replace("_", " "), str(summary[key]))
    table.add_row("errors", str(len(summary["errors"])))
    console.print(table)
    for line in summary["errors"]:
        print_error(line)
    if summary["skipped"]:
        console.print(
            f"skipped {len(summary['skipped'])} non-document file(s): "
            + ", ".join(Path(p).name for p in summary["skipped"][:10])
        )


def rebuild_after_ingest(store: Store) -> None:
    """Bring the graph up to date after an ingest, when the graph stage is installed."""
    report = api.build_graph(store, progress=True)
    shacl = {True: "SHACL conforms", False: "SHACL violations (kg build --json)", None: "SHACL skipped"}
    console.print(
        f"graph: {report.triples} triples in {report.graphs} named graphs; rebuilt {len(report.rebuilt)}, "
        f"unchanged {report.unchanged}; {shacl[report.shacl_conforms]}; {report.seconds:.1f} s"
    )


def index_after_ingest(
    store: Store, model: str | None, show_progress: bool = True, use_ray: bool = False
) -> dict:
    """api.update_index with a progress bar on stderr and a one-line report."""
    with progress_bar("index", show_progress) as tell:
        try:
            report = api.update_index(store, model, progress=tell, use_ray=use_ray)
        except Exception as exc:
            known = api.as_kg_error(exc)
            if known is None:
                raise
            fail(f"the documents are stored, but the search index was not updated: {known}", known.exit_code)
    if show_progress:
        what = (
            f"{report['embedded']} new or changed units embedded, the rest cached"
            if report["rebuilt"]
            else "already up to date"
        )
        console.print(
            f"index: {report['units']} units, model {report['model']}; {what}; {report['seconds']:.1f} s",
            highlight=False,
            markup=False,
        )
    return report


def ingest(
    paths: list[Path] = typer.Argument(
        ..., help="Files or folders: .pdf, .txt/.md, BEIR corpus.jsonl, or the curated corpus/ folder."
    ),
    store_dir: Path | None = StoreOption,
    build: bool = typer.Option(
        True, "--build/--no-build", help="Update the graph and the search index afterwards."
    ),
    index: bool = typer.Option(
        True,
        "--index/--no-index",
        help="Update the search index (only new or changed units are embedded).",
    ),
    model: str | None = typer.Option(None, "--model", envvar="KG_MODEL", help=MODEL_HELP),
    ray: bool = typer.Option(False, "--ray", help="Parse and embed as Ray tasks (a local Ray is started)."),
    ray_address: str | None = typer.Option(
        None,
        "--ray-address",
        help="Join this Ray cluster instead (host:6379 or ray://host:10001); implies --ray.",
    ),
    as_json: bool = typer.Option(False, "--json", help="Print the summary as JSON."),
) -> None:
    """Parse documents into the store (re-ingesting one replaces it), then update graph and index."""
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        fail(f"no such file or folder: {', '.join(missing)}")
    use_ray = ray or ray_address is not None
    # One Ray session for parsing and embedding: starting Ray costs seconds.
    with api.ray_session(ray_address) if use_ray else contextlib.nullcontext():
        _ingest(paths, store_dir, build, index, model, as_json, use_ray)


def _ingest(paths, store_dir, build, index, model, as_json, use_ray) -> None:  # type: ignore[no-untyped-def]
    store = Store(store_dir)
    corpus_dirs = [p for p in paths if api.is_corpus_folder(p)]
    doc_paths = [p for p in paths if p not in corpus_dirs]
    result: dict = {}
    for folder in corpus_dirs:
        try:
            result.setdefault("corpus", {})[str(folder)] = api.ingest_corpus(folder, store)
        except Exception as exc:  # noqa: BLE001 — the validator names file, record and field
            fail(f"{folder}: corpus not loaded: {exc}")
        console.print(f"corpus {folder}: {result['corpus'][str(folder)]}", markup=False)
    if doc_paths:
        summary = ingest_with_progress(doc_paths, store, show_progress=not as_json, use_ray=use_ray)
        result["documents"] = summary
        if not as_json:
            print_ingest_summary(summary)
    if build and (corpus_dirs or result.get("documents", {}).get("documents")):
        rebuild_after_ingest(store)
        if index:
            result["index"] = index_after_ingest(store, model, show_progress=not as_json, use_ray=use_ray)
    if as_json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    if result.get("documents", {}).get("errors"):
        raise typer.Exit(1)


def stats(
    store_dir: Path | None = StoreOption,
    as_json: bool = typer.Option(False, "--json", help="Print as JSON."),
) -> None:
    """Per document: id, title and counts by level."""
    store = Store(store_dir)
    data = api.stats(store)
    if as_json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return
    corpus = data.get("corpus")
    if corpus:
        table = Table("regulation", "title", "status", "key provisions", title="curated corpus")
        for r in corpus["regulations"]:
            table.add_row(r["id"], r["title"][:60], r["status"], str(r["provisions"]))
        console.print(table)
        console.print("corpus records: " + ", ".join(f"{v} {k}" for k, v in corpus["counts"].items()))
    if not data["documents"]:
        if corpus:
            console.print("no official texts ingested yet: `kg ingest FILE` adds them")
        else:
            console.print(f"the store {store.path} holds no documents yet (kg ingest PATH)", markup=False)
        return
    table = Table("id", "title", *SUMMARY_LEVELS)
    for doc_id, counts in data["documents"].items():
        title = escape(counts["title"][:60])
        table.add_row(doc_id, title, *(str(counts.get(lv, 0)) for lv in SUMMARY_LEVELS))
    console.print(table)
    console.print(f"{len(data['documents'])} documents")


def show(
    item_id: str = typer.Argument(
        ..., metavar="ID", help="A document or provision id, e.g. pp-94-2021/pasal-5."
    ),
    store_dir: Path | None = StoreOption,
    at: str | None = typer.Option(None, "--at", help="Show the text in force on this date (YYYY-MM-DD)."),
    as_json: bool = typer.Option(False, "--json", help="Print as JSON."),
) -> None:
    """One document or provision with its children, references in and out, Penjelasan and source."""
    store = Store(store_dir)
    at_date = parse_date_option(at)
    try:
        view = api.show(store, item_id.strip(), at_date)
    except KgError:
        raise  # mapped to its exit code by the kg group
    except ValueError as exc:
        fail(str(exc))
    if as_json:
        print(json.dumps(view, ensure_ascii=False, indent=2, default=str))
    else:
        print_view(view)


def register(app: typer.Typer) -> None:
    """Add ingest, stats and show."""
    app.command()(ingest)
    app.command()(stats)
    app.command()(show)


def print_extracted_norm(norm: dict) -> None:
    """A norm the norms stage read from the text, and the sanction provisions that reach it."""
    neg = " (negated)" if norm["negated"] else ""
    who = ", ".join(norm["addressees"]) or "-"
    console.print(
        f"[bold]{norm['kind']}{neg}[/bold] (extracted; {escape(who)}): {escape(norm['act'][:200])} — "
        f"{escape(format_citation(norm['provision']))}",
        highlight=False,
    )
    if norm["conditions"]:
        console.print(f"    when: {'; '.join(norm['conditions'])}", highlight=False, markup=False)
    for s in norm.get("sanctions") or []:
        bounds = []
        kinds = (("prison_months", "prison", " months"), ("kurungan_months", "kurungan", " months"))
        for key, name, unit in (*kinds, ("fine_rupiah", "fine Rp", "")):
            if s.get(key):
                low, high = s[key]
                bounds.append(f"{name} {low or '-'}-{high or '-'}{unit}")
        what = ", ".join(x for x in (s["regime"], s.get("level"), s["penalty"]) if x)
        where = format_citation(s["provision"])
        line = f"    sanction ({what}{'; ' + '; '.join(bounds) if bounds else ''}): {where}"
        console.print(line, highlight=False, markup=False)


def print_norm(norm: dict) -> None:
    """A norm, its sanctions grouped by regime and level, and who imposes them."""
    if norm.get("source") == "extracted":
        print_extracted_norm(norm)
        return
    rests_on = ", ".join(format_citation(p) for p in norm["provisions"])
    console.print(
        f"[bold]{norm['kind']}[/bold] ({norm['regime']}; {', '.join(norm['addressees'])}): "
        f"{escape(norm['act_id'])} / {escape(norm['act'])} — {rests_on}",
        highlight=False,
    )
    groups: dict[str, list[dict]] = {}
    for sanction in norm["sanctions"]:
        groups.setdefault(f"{sanction['regime']}, {sanction['level'] or sanction['kind']}", []).append(
            sanction
        )
    if not groups and norm["sanction_provisions"]:
        cited = ", ".join(format_citation(p) for p in norm["sanction_provisions"])
        console.print(f"    sanction set by {cited} (no level fixed)", highlight=False)
    for group, sanctions in groups.items():
        console.print(f"    sanctions ({group}):", highlight=False)
        for sanction in sanctions:
            cited = ", ".join(format_citation(p) for p in sanction["provisions"])
            console.print(
                f"      - {escape(sanction['description'])} [{cited}]", highlight=False, markup=False
            )
        imposers = {(i["name"], format_citation(i["provision"])) for s in sanctions for i in s["imposed_by"]}
        for name, cited in sorted(imposers):
            console.print(f"      imposed by {name} ({cited})", highlight=False)


def print_citator(flags: list[dict]) -> None:
    """Citator flags: how the provision reads today, by whom and from when."""
    for f in flags:
        when = f" on {f['date']}" if f["date"] else " (date not known)"
        line = f"CITATOR {f['flag'].replace('_', ' ')}: {f['by_citation']}{when}"
        if f["provision"] != f.get("shown", f["provision"]):
            line += f" [{f['provision']}]"
        console.print(line, highlight=False, markup=False, style="bold yellow")
        for extra in (f["reading_en"], f["deadline"] and f"deadline: {f['deadline']}", f["note"]):
            if extra:
                console.print(f"    {extra}", highlight=False, markup=False)


def print_record(view: dict) -> None:
    """A curated record other than a regulation or provision (case, decision, institution, norm …)."""
    console.print(f"{view['record_type']} {view['id']}", style="bold", highlight=False, markup=False)
    skip = {"id", "record_type", "official_text", "citator", "case", "view"}
    for key, value in view.items():
        if key in skip or value in (None, [], {}, ""):
            continue
        nested = isinstance(value, (list, dict))
        text = json.dumps(value, ensure_ascii=False, default=str) if nested else value
        console.print(f"{key}: {text}", highlight=False, markup=False)
    print_citator(view.get("citator") or [])


def print_view(view: dict) -> None:
    """Human rendering of `api.show`."""
    if "record_type" in view:
        print_record(view)
        return
    console.print(f"[bold]{escape(view['citation'])}[/bold]  ({escape(view['id'])})")
    if not view.get("official_text"):
        console.print("[yellow]no official text ingested: what follows is our curated summary[/yellow]")
    for key in ("title", "judul", "heading", "ditetapkan", "diundangkan", "ln", "tln"):
        if view.get(key):
            console.print(f"{key}: {view[key]}", highlight=False, markup=False)
    if view.get("full_text"):
        console.print(view["full_text"], highlight=False, markup=False)  # official text, never markup
    elif view.get("children"):
        for child in view["children"][:400]:
            console.print(
                f"  {child['id']}  {child.get('heading') or child.get('text') or ''}"[:160],
                highlight=False,
                markup=False,
            )
    for note in view.get("footnotes") or []:
        cites = ", ".join(note["cites"]) or "-"
        console.print(f"  [{note['number']}] {note['text'][:140]}  → {cites}", highlight=False, markup=False)
    if view.get("amendments"):
        console.print(f"amendments: {len(view['amendments'])} (kg query amendments {view['id']})")
    if view.get("penjelasan"):
        console.print(f"[bold]Penjelasan:[/bold] {escape(view['penjelasan'])}", highlight=False)
    if view.get("at"):
        when = view["at"].get("at", "")
        console.print(f"[bold]as of {when}:[/bold] {escape(str(view['at']))}", highlight=False)
    for title, key, field in (
        ("references out", "references_out", "target"),
        ("references in", "references_in", "source"),
    ):
        refs = view.get(key) or []
        if refs:
            console.print(f"[bold]{title}[/bold] ({len(refs)}):")
            for r in refs[:50]:
                line = f"  {r[field] or '(unresolved)'}  «{r['text']}»  [{r['kind']}]"
                console.print(escape(line), highlight=False)
    for key in ("summary_id", "summary_en", "elucidation_id", "elucidation_en"):
        if view.get(key):
            console.print(f"{key}: {view[key]}", highlight=False, markup=False)
    if view.get("carried_on_in"):
        heirs = ", ".join(f"{format_citation(x)} ({x})" for x in view["carried_on_in"])
        console.print(f"lives on in: {heirs}", highlight=False, markup=False)
    print_citator([{**f, "shown": view["id"]} for f in view.get("citator") or []])
    for c in view.get("conflicts") or []:
        console.print(f"CONFLICT ({c['principle']}, {c['prevails']} prevails): {c['note']}", markup=False)
    for norm in view.get("norms", []):
        print_norm(norm)
    if view.get("cases"):
        console.print(f"cases that applied it: {', '.join(view['cases'])}", highlight=False, markup=False)
    if view.get("source", {}).get("file"):
        src = view["source"]
        console.print(
            f"source: {src['file']}"
            + (f", page {src['page']}" if src.get("page") else "")
            + (f", line {src['line']}" if src.get("line") else "")
        )
