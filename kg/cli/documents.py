"""CLI commands over parsed documents: ``kg ingest``, ``kg stats``, ``kg show``."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from kg import api
from kg.api import Store, UnknownIdError, format_citation
from kg.cli.common import console, err, fail, parse_date_option

StoreOption = typer.Option(None, "--store", help="Store folder (default: $KG_STORE or ./.kg-store).")
SUMMARY_LEVELS = api.SUMMARY_LEVELS


def ingest_with_progress(paths: list[Path], store: Store, show_progress: bool = True) -> dict:
    """api.ingest_documents with a progress bar on stderr."""
    bar = Progress(
        TextColumn("ingest"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.description}"),
        console=err,
        disable=not show_progress,
        transient=True,
    )
    with bar:
        task = bar.add_task("", total=None)

        def tell(done: int, total: int, name: str) -> None:
            bar.update(task, completed=done, total=total, description=name)

        return api.ingest_documents(paths, store, progress=tell)


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
        err.print(f"[red]error:[/red] {line}", highlight=False)
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


def register(app: typer.Typer) -> None:
    """Add ingest, stats and show."""

    @app.command()
    def ingest(
        paths: list[Path] = typer.Argument(
            ..., help="Files or folders: .pdf, .txt/.md, BEIR corpus.jsonl, or the curated corpus/ folder."
        ),
        store_dir: Path | None = StoreOption,
        build: bool = typer.Option(True, "--build/--no-build", help="Update the graph afterwards."),
        as_json: bool = typer.Option(False, "--json", help="Print the summary as JSON."),
    ) -> None:
        """Parse documents into the store (re-ingesting a document replaces it)."""
        store = Store(store_dir)
        missing = [str(p) for p in paths if not p.exists()]
        if missing:
            fail(f"no such file or folder: {', '.join(missing)}")
        corpus_dirs = [p for p in paths if api.is_corpus_folder(p)]
        doc_paths = [p for p in paths if p not in corpus_dirs]
        result: dict = {}
        for folder in corpus_dirs:
            try:
                result.setdefault("corpus", {})[str(folder)] = api.ingest_corpus(folder, store)
            except Exception as exc:  # noqa: BLE001 — the validator names file, record and field
                fail(f"{folder}: corpus not loaded: {exc}")
            console.print(f"corpus {folder}: {result['corpus'][str(folder)]}")
        if doc_paths:
            summary = ingest_with_progress(doc_paths, store, show_progress=not as_json)
            result["documents"] = summary
            if not as_json:
                print_ingest_summary(summary)
        if build and (corpus_dirs or result.get("documents", {}).get("documents")):
            rebuild_after_ingest(store)
        if as_json:
            print(json.dumps(result, ensure_ascii=False, indent=2))
        if result.get("documents", {}).get("errors"):
            raise typer.Exit(1)

    @app.command()
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
        if not data["documents"]:
            console.print(f"the store {store.path} holds no documents yet (kg ingest PATH)")
            return
        table = Table("id", "title", *SUMMARY_LEVELS)
        for doc_id, counts in data["documents"].items():
            table.add_row(doc_id, counts["title"][:60], *(str(counts.get(lv, 0)) for lv in SUMMARY_LEVELS))
        console.print(table)
        console.print(f"{len(data['documents'])} documents")

    @app.command()
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
        except UnknownIdError as exc:
            fail(str(exc))
        except ValueError as exc:
            fail(str(exc))
        if as_json:
            print(json.dumps(view, ensure_ascii=False, indent=2, default=str))
        else:
            print_view(view)


def print_norm(norm: dict) -> None:
    """A norm, its sanctions grouped by regime and level, and who imposes them."""
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


def print_view(view: dict) -> None:
    """Human rendering of `api.show`."""
    console.print(f"[bold]{view['citation']}[/bold]  ({view['id']})")
    if not view.get("official_text"):
        console.print("[yellow]no official text ingested: what follows is our curated summary[/yellow]")
    for key in ("title", "judul", "heading", "ditetapkan", "diundangkan", "ln", "tln"):
        if view.get(key):
            console.print(f"{key}: {view[key]}", highlight=False)
    if view.get("full_text"):
        console.print(view["full_text"], highlight=False)
    elif view.get("children"):
        for child in view["children"][:400]:
            console.print(
                f"  {child['id']}  {child.get('heading') or child.get('text') or ''}"[:160], highlight=False
            )
    for note in view.get("footnotes") or []:
        cites = ", ".join(note["cites"]) or "-"
        console.print(f"  [{note['number']}] {note['text'][:140]}  → {cites}", highlight=False, markup=False)
    if view.get("amendments"):
        console.print(f"amendments: {len(view['amendments'])} (kg query amendments {view['id']})")
    if view.get("penjelasan"):
        console.print(f"[bold]Penjelasan:[/bold] {view['penjelasan']}", highlight=False)
    if view.get("at"):
        console.print(f"[bold]as of {view['at'].get('at', '')}:[/bold] {view['at']}", highlight=False)
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
    for key in ("summary_id", "summary_en"):
        if view.get(key):
            console.print(f"{key}: {view[key]}", highlight=False)
    for norm in view.get("norms", []):
        print_norm(norm)
    if view.get("source", {}).get("file"):
        src = view["source"]
        console.print(
            f"source: {src['file']}"
            + (f", page {src['page']}" if src.get("page") else "")
            + (f", line {src['line']}" if src.get("line") else "")
        )
