"""The operations every interface uses: the CLI, the Streamlit UI, the REST API and the MCP server.

Interfaces import this module only (an import-linter contract in pyproject.toml says so); it holds
no rendering and no interface concerns. Core types an interface needs to name (``Store``, the
errors, the citation formatter) are re-exported here, imported lazily so that ``kg --help`` does
not load torch or rdflib.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from ingest.records import Document, IngestError
from kg.ids import format_citation, format_segment
from kg.settings import store_path as store_path_setting
from kg.store import Store, UnknownIdError

# Re-exported for interfaces (which import nothing else of the core).
__all__ = ["Document", "IngestError", "Store", "UnknownIdError", "format_citation", "format_segment"]
__all__ += ["store_path_setting"]

Progress = Callable[[int, int, str], None]
SUMMARY_LEVELS = ("pasal", "ayat", "huruf", "angka")

# Names re-exported from the core, resolved on first use (module, attribute).
_LAZY = {
    "SCHEMA_VERSION": ("ingest.records", "SCHEMA_VERSION"),
    "CORPUS_SCHEMA_VERSION": ("kg.corpus", "CORPUS_SCHEMA_VERSION"),
    "CorpusError": ("kg.corpus", "CorpusError"),
    "GraphStoreError": ("kg.graph.rdfstore", "GraphStoreError"),
    "DateBeforeDocumentError": ("kg.graph.versions", "DateBeforeDocumentError"),
    "STAGES": ("kg.graph.queries", "STAGES"),
    "DEFAULT_MODEL": ("kg.search.encoders", "DEFAULT_MODEL"),
    "EncoderError": ("kg.errors", "EncoderError"),
    "SearchError": ("kg.search", "SearchError"),
    "SearchIndexError": ("kg.search", "SearchIndexError"),
    "EvalInputError": ("kg.search.evaluate", "EvalInputError"),
    "Searcher": ("kg.search.engine", "Searcher"),
    "MAX_K": ("kg.search.engine", "MAX_K"),
    "check_query": ("kg.search.engine", "check_query"),
    "parse_at": ("kg.search.engine", "parse_at"),
    "read_queries": ("kg.search.evaluate", "read_queries"),
    "read_qrels": ("kg.search.evaluate", "read_qrels"),
    "write_trec": ("kg.search.evaluate", "write_trec"),
    "evaluate": ("kg.search.evaluate", "evaluate"),
    "run_rankings": ("kg.search.learn", "run_rankings"),
    "fit": ("kg.search.learn", "fit"),
    "save_learned": ("kg.search.learn", "save_learned"),
    "train_queries": ("kg.search.learn", "train_queries"),
    "NO_DENSE": ("kg.search.index", "NO_DENSE"),
    # operations that are core functions as they stand
    "load_encoder": ("kg.search.encoders", "load_encoder"),
    "ingest_corpus": ("kg.corpus", "ingest_corpus"),
    "load_store_corpus": ("kg.corpus", "load_store_corpus"),
    "validate_corpus": ("kg.corpus", "validate_corpus"),
    "load_corpus": ("kg.corpus", "load_corpus"),
    "build_graph": ("kg.graph.build", "build_graph"),
    "remove_document": ("kg.graph.build", "remove_document"),
    "export_graph": ("kg.graph.build", "export_graph"),
    "open_graph_store": ("kg.graph.rdfstore", "open_graph_store"),
    "check_read_only": ("kg.graph.rdfstore", "check_read_only"),
    "build_index": ("kg.search", "build_index"),
    "read_index_params": ("kg.search.index", "read_params"),
    "index_is_stale": ("kg.search.index", "is_stale"),
    "ask": ("kg.answers", "ask"),
    "render_card": ("kg.answers", "render_card"),
    "status": ("kg.graph.versions", "status"),
    "text_at": ("kg.graph.versions", "text_at"),
    "run_sparql": ("kg.graph.queries", "run_sparql"),
    "to_jsonable": ("kg.graph.queries", "to_jsonable"),
    "amendment_table": ("kg.graph.queries", "amendment_table"),
    "queries": ("kg.graph.queries", None),
    "network": ("kg.graph.network", None),
}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module 'kg.api' has no attribute {name!r}")
    module, attr = _LAZY[name]
    value = importlib.import_module(module)
    value = value if attr is None else getattr(value, attr)
    globals()[name] = value
    return value


def open_store(path: str | Path | None = None) -> Store:
    """The store at a folder (default $KG_STORE or ./.kg-store)."""
    return Store(path)


def is_corpus_folder(path: Path) -> bool:
    """A folder of curated YAML records (the shipped corpus/) rather than documents."""
    return path.is_dir() and any(path.glob("*.yaml")) and not any(path.glob("*.pdf"))


def ingest_documents(paths: list[Path], store: Store, progress: Progress | None = None) -> dict:
    """Ingest files into the store; returns the batch summary (errors are collected, not raised).

    ``progress(done, total, name)`` is told before each file and once at the end.
    """
    from ingest.pipeline import collect_input_files, ingest_file

    files, skipped = collect_input_files(paths)
    summary: dict = {
        "files": len(files),
        "skipped": [str(p) for p in skipped],
        "documents": 0,
        "replaced": 0,
        **{level: 0 for level in SUMMARY_LEVELS},
        "references_resolved": 0,
        "references_unresolved": 0,
        "amendments": 0,
        "warnings": 0,
        "errors": [],
        "ids": [],
    }
    stored: list[Document] = []
    tell = progress or (lambda done, total, name: None)
    for n, path in enumerate(files):
        tell(n, len(files), path.name)
        try:
            docs = ingest_file(path)
        except IngestError as exc:
            summary["errors"].append(str(exc))
            docs = []
        except Exception as exc:  # noqa: BLE001 — one bad file must not stop the batch
            summary["errors"].append(f"{path}: could not be parsed ({type(exc).__name__}: {exc})")
            docs = []
        for doc in docs:
            summary["replaced"] += store.put(doc)
            stored.append(doc)
            summary["ids"].append(doc.id)
            counts = doc.count_by_level()
            for level in SUMMARY_LEVELS:
                summary[level] += counts.get(level, 0)
            summary["references_resolved"] += sum(r.resolved for r in doc.references)
            summary["references_unresolved"] += sum(not r.resolved for r in doc.references)
            summary["amendments"] += len(doc.amendments)
            summary["warnings"] += len(doc.warnings)
    tell(len(files), len(files), "")
    summary["documents"] = len(stored)
    if stored:
        store.update_reference_index(stored)
    return summary


def stats(store: Store) -> dict:
    """Per document: title, kind and counts by level; totals."""
    data: dict = {"documents": {}}
    for doc in store.documents():
        data["documents"][doc.id] = {"title": doc.title, "kind": doc.kind, **doc.count_by_level()}
    totals: dict[str, int] = {}
    for counts in data["documents"].values():
        for key, value in counts.items():
            if isinstance(value, int):
                totals[key] = totals.get(key, 0) + value
    data["totals"] = {"documents": len(data["documents"]), **totals}
    return data


def show(store: Store, item_id: str, at: date | None = None) -> dict:
    """Everything known about a document or provision id, as plain data (what `kg show` prints)."""
    from kg.corpus.view import corpus_annotations, corpus_knows

    annotations = corpus_annotations(store, item_id)
    try:
        doc, prov = store.provision(item_id)
    except UnknownIdError:
        if corpus_knows(annotations):  # known only from the curated corpus (no official text ingested)
            return {
                "id": item_id,
                "citation": format_citation(item_id),
                "official_text": False,
                **annotations,
            }
        raise
    view: dict = {"id": item_id, "citation": format_citation(item_id), "official_text": True}
    if prov is None:
        view.update(
            kind=doc.kind,
            title=doc.title,
            judul=doc.judul,
            ditetapkan=doc.ditetapkan,
            diundangkan=doc.diundangkan,
            ln=doc.ln,
            tln=doc.tln,
            counts=doc.count_by_level(),
            children=[
                {"id": p.id, "label": p.label, "heading": p.heading}
                for p in doc.provisions
                if p.parent is None
            ],
            penjelasan_umum=(doc.penjelasan_umum or "")[:2000] or None,
            amendments=[{"id": a.id, "target": a.target, "kind": a.kind} for a in doc.amendments],
            footnotes=[
                {"number": f.number, "text": f.text, "cites": list(f.cites), "unresolved": list(f.unresolved)}
                for f in doc.footnotes
            ],
            table_rows=len(doc.table_rows),
            source={"file": doc.source.file},
            warnings=[w.message for w in doc.warnings[:20]],
        )
    else:
        by_id = {p.id: p for p in doc.provisions}
        view.update(
            document=doc.id,
            document_title=doc.title,
            level=prov.level,
            label=prov.label,
            heading=prov.heading,
            text=prov.text,
            full_text=doc.full_text(prov.id),
            children=[
                {"id": c, "label": by_id[c].label, "text": by_id[c].text} for c in prov.children if c in by_id
            ],
            penjelasan=prov.penjelasan,
            source=prov.source.model_dump() if prov.source else {"file": doc.source.file},
            parent=prov.parent,
        )
    below = item_id + "/"
    view["references_out"] = [
        {
            "source": r.source,
            "target": r.target,
            "text": r.text,
            "kind": r.kind,
            "resolved": r.resolved,
            "reason": r.reason,
        }
        for r in doc.references
        if r.source == item_id or r.source.startswith(below)
    ]
    view["references_in"] = [
        {
            "source": r.source,
            "citation": format_citation(r.source),
            "target": r.target,
            "text": r.text,
            "kind": r.kind,
        }
        for r in store.incoming_references(item_id)
        if r.source != item_id and not r.source.startswith(below)
    ]
    if at is not None:
        view["at"] = versioned_view(store, item_id, at)
    view.update(annotations)
    return view


def versioned_view(store: Store, item_id: str, at: date) -> dict:
    """The text and status in force on a date (from the graph stage's consolidation)."""
    from kg.graph.versions import text_at

    version = text_at(store, item_id, at)
    return version.model_dump(mode="json") if hasattr(version, "model_dump") else dict(vars(version))
