"""The operations every interface uses: the CLI, the Streamlit UI, the REST API and the MCP server.

Interfaces import this module only (an import-linter contract in pyproject.toml says so); it holds
no rendering and no interface concerns. Core types an interface needs to name (``Store``, the
errors, the citation formatter) are re-exported here, imported lazily so that ``kg --help`` does
not load torch or rdflib.
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from ingest.records import Document, IngestError
from kg import errors as kg_errors
from kg.errors import (
    BadDateError,
    BadQueryError,
    EmptyStoreError,
    GraphNotBuiltError,
    GraphStoreError,
    KgError,
    MalformedIdError,
    UnknownIdError,
    UnknownNameError,
    UsageError,
    check_id_length,
    shorten,
)
from kg.ids import JENIS_SHORT, format_citation, format_segment, record_id_from_path
from kg.settings import store_path as store_path_setting
from kg.store import Store

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
    "FastQueryEncoder": ("kg.search.index", "FastQueryEncoder"),
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
    "load_index": ("kg.search", "load_index"),
    "ray_session": ("kg.parallel", "ray_session"),
    "read_index_params": ("kg.search.index", "read_params"),
    "index_is_stale": ("kg.search.index", "is_stale"),
    "ask": ("kg.answers", "ask"),
    "scoped_search": ("kg.answers", "search"),  # `kg search`: the question parser's scoping and routing
    "AnswerCard": ("kg.answers", "AnswerCard"),
    "render_card": ("kg.answers", "render_card"),
    "status": ("kg.graph.versions", "status"),
    "text_at": ("kg.graph.versions", "text_at"),
    "run_sparql": ("kg.graph.queries", "run_sparql"),
    "to_jsonable": ("kg.graph.queries", "to_jsonable"),
    "amendment_table": ("kg.graph.queries", "amendment_table"),
    "conflicts": ("kg.graph.citator", "conflicts"),
    "conflicts_for": ("kg.graph.citator", "conflicts_for"),
    "citator_badges": ("kg.graph.citator", "flags_for_ids"),
    "queries": ("kg.graph.queries", None),
    "network": ("kg.graph.network", None),
    "short_name": ("kg.graph.network", "short_name"),
}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module 'kg.api' has no attribute {name!r}")
    module, attr = _LAZY[name]
    value = importlib.import_module(module)
    value = value if attr is None else getattr(value, attr)
    globals()[name] = value
    return value


# -- the one error model at the edge: every interface maps failures through this ------------------
# Core errors that predate the KgError hierarchy, by module, translated when they reach an interface.
_FOREIGN_ERRORS = (
    ("kg.graph.versions", "DateBeforeDocumentError", "DateOutOfRangeError"),
    ("kg.search.index", "SearchIndexError", "NoIndexError"),
    ("kg.search.evaluate", "EvalInputError", "BadInputFileError"),
)


def as_kg_error(exc: BaseException) -> KgError | None:
    """The KgError an exception means for a user, or None when it is a defect (let it propagate)."""
    if isinstance(exc, KgError):
        return exc
    for module, name, target in _FOREIGN_ERRORS:
        loaded = sys.modules.get(module)  # an exception of a module never imported cannot occur
        if loaded is not None and isinstance(exc, getattr(loaded, name)):
            translated = getattr(kg_errors, target)(str(exc))
            translated.__cause__ = exc
            return translated
    if isinstance(exc, OSError):
        translated = kg_errors.FileSystemError.of(exc)
        translated.__cause__ = exc
        return translated
    return None


def parse_date(value: str | date | None) -> date | None:
    """A date given as YYYY-MM-DD (None stays None), else BadDateError."""
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise BadDateError(f"--at wants a date as YYYY-MM-DD, got {shorten(value, 40)!r}") from None


def require_content(store: Store) -> None:
    """EmptyStoreError when the store holds neither documents nor the curated corpus."""
    from kg.corpus import load_store_corpus

    if not store.ids() and load_store_corpus(store) is None:
        raise EmptyStoreError(store.path)


# -- operations the REST API and the MCP server share with the CLI -------------------------------
GRAPH_QUERIES = ("sanctions", "authority", "amendments", "citations", "case")
MAX_TEXT_CHARS = 2000  # a question, an act or a query argument; longer text is never a real one
# A document or provision id (pp-94-2021, pp-94-2021/pasal-5/huruf-n) rather than free text.
QUERY_ID_RE = re.compile(r"^[a-z][a-z0-9]*-[a-z0-9.-]+-\d{4}(?:/[a-z0-9/-]+)?$")


class SearchResult(BaseModel):
    """What `kg search --json`, GET /search and the MCP search tool return."""

    query: str
    at: str | None = None
    hits: list[dict[str, Any]]  # the fields of kg.search.engine.Hit
    notes: list[str] = []


def search(store: Store, query: str, k: int = 10, at: str | date | None = None) -> SearchResult:
    """The k best provisions for a query, with pinpoint citations and in-force status."""
    from kg.search.engine import check_query, get_searcher

    text = check_query(query, k)
    day = parse_date(at)
    require_content(store)
    searcher = get_searcher(store)
    hits = searcher.search(text, k=k, at=day)
    at_iso = day.isoformat() if day else None
    return SearchResult(query=text, at=at_iso, hits=hit_records(store, hits, day), notes=searcher.notes)


def hit_records(store: Store, hits: list, at: date | None = None) -> list[dict[str, Any]]:
    """Search hits as records, each with the citator flags on its provision or a provision holding it."""
    from kg.graph.citator import flags_for_ids

    def ancestors(pid: str) -> list[str]:
        parts = pid.split("/")
        return ["/".join(parts[:n]) for n in range(2, len(parts) + 1)]

    wanted = {h.id: ancestors(h.pinpoint) + ancestors(h.id) for h in hits}
    flags = flags_for_ids(store, [i for ids in wanted.values() for i in ids], at)
    out = []
    for h in hits:
        record = h.to_dict()
        found = {(f["provision"], f["flag"], f["by"]): f for i in wanted[h.id] for f in flags.get(i, [])}
        record["citator"] = list(found.values())
        out.append(record)
    return out


def _checked_text(name: str, text: str) -> str:
    text = (text or "").strip()
    if not text:
        raise UsageError(f"`{name}` needs an argument: an act, violation, document, provision or case id")
    if len(text) > MAX_TEXT_CHARS:
        raise BadQueryError(f"the argument has {len(text)} characters; the limit is {MAX_TEXT_CHARS}")
    return text


def run_query(
    store: Store, name: str, text: str, at: str | date | None = None, sparql_url: str | None = None
) -> Any:
    """A named graph question (sanctions, authority, amendments, citations, case) as its answer record."""
    if name not in GRAPH_QUERIES:
        choices = ", ".join(GRAPH_QUERIES)
        raise UnknownNameError(f"unknown query {shorten(name, 40)!r}; choose one of {choices}")
    text = _checked_text(name, text)
    day = parse_date(at)
    from kg.graph import queries
    from kg.graph.rdfstore import open_graph_store

    gs = open_graph_store(store, sparql_url)
    try:
        if name == "sanctions":
            is_id = bool(QUERY_ID_RE.match(text))
            return queries.sanctions(
                store, act=None if is_id else text, provision=text if is_id else None, at=day, gs=gs
            )
        if name == "authority":
            return queries.authority_chain(store, text, at=day, gs=gs)
        if name == "amendments":
            return queries.amendment_table(store, check_id_length(text), gs=gs)
        if name == "citations":
            return queries.citations(store, check_id_length(text), gs=gs)
        return queries.case_neighbourhood(store, check_id_length(text), gs=gs)
    except LookupError as exc:
        if isinstance(exc, KgError):
            raise
        # queries say "the graph holds no norms: ingest the corpus and run kg build" this way
        raise GraphNotBuiltError(str(exc).strip("'\"")) from exc
    except ValueError as exc:
        if isinstance(exc, KgError):
            raise
        raise UsageError(str(exc)) from exc
    finally:
        gs.close()


def norms(
    store: Store,
    target: str | None = None,
    kind: str | None = None,
    addressee: str | None = None,
    source: str | None = None,
) -> list[dict]:
    """Curated and extracted norms on a document or provision (all when none), filtered, as JSON items."""
    from ingest.actors import ACTORS, UNKNOWN
    from kg.corpus import load_store_corpus
    from kg.graph.norms import KINDS, SOURCES
    from kg.graph.norms import norms as find_norms

    if kind is not None and kind not in KINDS:
        raise UnknownNameError(f"unknown norm kind {kind!r}; choose one of {', '.join(KINDS)}")
    if source is not None and source not in SOURCES:
        raise UnknownNameError(f"unknown norm source {source!r}; choose one of {', '.join(SOURCES)}")
    if addressee is not None and addressee != UNKNOWN and addressee not in ACTORS:
        shown = addressee if len(addressee) <= 40 else addressee[:40] + "…"
        raise UnknownNameError(f"unknown addressee {shown!r}; choose one of {', '.join(sorted(ACTORS))}")
    if target is not None:
        check_id_length(target)
        if not store.has(target.split("/", 1)[0]):
            store.provision(target)  # raises UnknownIdError with suggestions
    bundle = load_store_corpus(store)
    items = find_norms(store, target, kind=kind, addressee=addressee, source=source, bundle=bundle)
    return [i.as_dict() for i in items]


def powers(store: Store, target: str | None = None) -> list[dict]:
    """Powers read from the texts on a document or provision, linked to curated institutions by name."""
    from kg.corpus import load_store_corpus
    from kg.graph.norms import powers as find_powers

    if target is not None and not store.has(check_id_length(target).split("/", 1)[0]):
        store.provision(target)  # raises UnknownIdError with suggestions
    return find_powers(store, target, bundle=load_store_corpus(store))


def definitions(
    store: Store, term: str | None = None, target: str | None = None, at: str | date | None = None
) -> list[dict]:
    """Terms the texts define (Pasal 1 angka …): [{term, abbreviation, provision, meaning, amended_by?,
    flags}], optionally one term and one document; ``flags`` are the citator's (repealed …) on ``at``."""
    from kg.corpus import load_store_corpus
    from kg.graph.citator import citator_flags
    from kg.graph.norms import definitions as find_definitions

    if target is not None and not store.has(check_id_length(target).split("/", 1)[0]):
        store.provision(target)  # raises UnknownIdError with suggestions
    if term is not None:
        term = _checked_text("definitions", term)
    day = parse_date(at)
    bundle = load_store_corpus(store)  # read once for every item's citator flags
    items = []
    for item in find_definitions(store, term, target):
        wording = store.get(item.get("amended_by") or item["provision"].split("/", 1)[0])
        enacted = wording.diundangkan or wording.ditetapkan
        if day and enacted and enacted > day:
            continue  # that wording did not exist yet on the asked date
        flags = citator_flags(bundle, item["provision"], day) if bundle is not None else []
        # The amending act's own wording is not "amended" by itself.
        item["flags"] = [
            {k: f[k] for k in ("flag", "by", "by_citation", "date")}
            for f in flags
            if not (item.get("amended_by") and f["by"].split("/", 1)[0] == item["amended_by"])
        ]
        items.append(item)
    return items


def norm_disagreements(store: Store, corpus_path: str | Path | None = None) -> list[dict]:
    """Curated and extracted norms on the same provision that differ in kind, addressee or sanction level.

    The curated side is the corpus at ``corpus_path`` (validated), else the one ingested into the store.
    """
    from dataclasses import asdict

    from kg.corpus import load_corpus, load_store_corpus
    from kg.graph.norms import disagreements

    bundle = load_corpus(corpus_path) if corpus_path is not None else load_store_corpus(store)
    return [asdict(d) for d in disagreements(store, bundle)]


def _extracted_norms_at(store: Store, item_id: str) -> list[dict]:
    """The extracted norms stated at a provision or below it, each with the sanctions that reach it;
    where a curated norm sits on the same provision, the curated one (already in the view) wins."""
    from kg.corpus import load_store_corpus
    from kg.graph.norms import norms as find_norms

    items = find_norms(store, item_id, bundle=load_store_corpus(store))
    return [i.as_dict() for i in items if i.source == "extracted"]


def sparql(store: Store, query: str, sparql_url: str | None = None) -> Any:
    """A raw read-only SPARQL query over all named graphs (an update is refused) as a SparqlTable."""
    from kg.graph.queries import run_sparql
    from kg.graph.rdfstore import check_read_only, open_graph_store

    check_read_only(query)  # before anything is opened
    gs = open_graph_store(store, sparql_url)
    try:
        return run_sparql(store, query, gs=gs)
    except ValueError as exc:
        if isinstance(exc, KgError):
            raise
        raise GraphStoreError(str(exc)) from exc
    finally:
        gs.close()


def remove(store: Store, doc_id: str, sparql_url: str | None = None) -> bool:
    """Remove a document and its named graph; an unknown id writes nothing. True if a graph was dropped."""
    from kg.graph.build import remove_document
    from kg.graph.rdfstore import doc_iri, open_graph_store

    check_id_length(doc_id)
    try:
        doc_iri(doc_id)
    except ValueError:
        raise MalformedIdError(f"not a document id: {doc_id!r} (give one such as pp-94-2021)") from None
    if not store.has(doc_id):
        # Opening the graph for writing would create it: look read-only first.
        try:
            gs = open_graph_store(store, sparql_url)
        except GraphNotBuiltError:
            gs = None
        try:
            in_graph = gs is not None and doc_id in gs.graph_hashes()
        finally:
            if gs is not None:
                gs.close()
        if not in_graph:
            raise UnknownIdError(doc_id, store.suggest(doc_id), "neither the store nor the graph holds it")
    return remove_document(store, doc_id, sparql_url=sparql_url)


def update_index(
    store: Store,
    model: str | None = None,
    progress: Progress | None = None,
    *,
    force: bool = False,
    use_ray: bool = False,
    ray_address: str | None = None,
) -> dict:
    """Bring the search index up to date with the store, embedding only new or changed units.

    ``model`` (else $KG_MODEL, else the index's own, else the default encoder) chooses the encoder;
    ``progress(done, total, what)`` follows the embedding; ``force`` rebuilds a current index too;
    ``use_ray`` embeds on Ray actors (a local Ray, or the cluster at ``ray_address``). Returns {model,
    units, embedded, rebuilt, seconds}; ``embedded`` 0 means every vector came from the cache.
    """
    from kg.search.index import update_index as update

    require_content(store)
    if not use_ray:
        return update(store, model, progress=progress, force=force)
    from kg.parallel import ray_batch_encoder, ray_session

    with ray_session(ray_address) as cpus:
        return update(
            store, model, progress=progress, force=force, batches_for=lambda m: ray_batch_encoder(m, cpus)
        )


def open_store(path: str | Path | None = None) -> Store:
    """The store at a folder (default $KG_STORE or ./.kg-store)."""
    return Store(path)


def is_corpus_folder(path: Path) -> bool:
    """A folder of curated YAML records (the shipped corpus/) rather than documents."""
    return path.is_dir() and any(path.glob("*.yaml")) and not any(path.glob("*.pdf"))


def ingest_documents(
    paths: list[Path],
    store: Store,
    progress: Progress | None = None,
    *,
    use_ray: bool = False,
    ray_address: str | None = None,
    parse: Callable | None = None,
) -> dict:
    """Ingest files into the store; returns the batch summary (errors are collected, not raised).

    ``progress(done, total, name)`` is told as each file is stored and once at the end. ``use_ray``
    parses on Ray (a local one, or the cluster at ``ray_address``); the store is written here, in
    file order, so the result is the same.
    """
    from ingest.pipeline import collect_input_files
    from kg.parallel import parse_on_ray, parse_serially, ray_session

    if use_ray:
        with ray_session(ray_address):
            return ingest_documents(paths, store, progress, parse=parse_on_ray)
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
    for n, (path, docs, error) in enumerate((parse or parse_serially)(files)):
        tell(n, len(files), path.name)
        if error:
            summary["errors"].append(error)
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
    """Per document: title, kind and counts by level; totals; and the curated corpus, when one is loaded."""
    from kg.corpus import load_store_corpus

    data: dict = {"documents": {}}
    bundle = load_store_corpus(store)
    if bundle is not None:
        data["corpus"] = {
            "counts": bundle.counts(),
            "regulations": [
                {"id": r.id, "title": r.title, "status": r.status.state, "provisions": len(r.provisions)}
                for r in bundle.regulations
            ],
        }
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
    from kg.corpus import load_store_corpus
    from kg.corpus.view import corpus_annotations, corpus_knows, record_view
    from kg.graph.citator import conflicts_for

    check_id_length(item_id)
    bundle = load_store_corpus(store)
    record = record_view(bundle, item_id) if bundle is not None else None
    if record is not None and record["record_type"] == "decision" and store.has(item_id):
        record = None  # an ingested judgment: its text comes first, the curated ruling is added below
    if record is not None:  # a case, decision, institution, norm, sanction or article
        if record["record_type"] == "decision":
            from kg.graph.citator import flags_set_by

            record["citator"] = flags_set_by(bundle, item_id, at)
        if record["record_type"] == "case":
            record["case"] = next(iter(cases(store, case_id=item_id)), None)
        if record["record_type"] == "norm":  # its links from both ends (the record holds only its own)
            from kg.graph.queries import same_conduct, to_jsonable

            try:
                record["same_conduct_norms"] = to_jsonable(same_conduct(store, item_id).linked)
            except GraphNotBuiltError:  # a store not built yet still shows the norm
                pass
        return record
    annotations = corpus_annotations(store, item_id, bundle)
    try:
        doc, prov = store.provision(item_id)
    except UnknownIdError as exc:
        if corpus_knows(annotations):  # known only from the curated corpus (no official text ingested)
            return {
                "id": item_id,
                "citation": format_citation(item_id),
                "official_text": False,
                **annotations,
                "citator": citator(store, item_id, at),
                "conflicts": conflicts_for(store, [item_id], at),
                "cases": [c.id for c in bundle.cases_for_provision(item_id)] if bundle else [],
            }
        doc_id = item_id.split("/", 1)[0]
        if "status" in annotations and not store.has(doc_id):
            raise UnknownIdError(
                item_id,
                exc.suggestions,
                f"{doc_id} has only a curated summary here (no official text ingested) and it does not "
                "cover this provision; `kg ingest FILE` with the official text adds every provision",
            ) from None
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
        if doc.decision is not None:  # a court decision: court, dates, parties by role, the ruling
            view["decision"] = doc.decision.model_dump(mode="json")
        if doc.metadata.get("holds"):  # a text whose body could not be parsed says what it holds
            view["holds"] = doc.metadata["holds"]
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
        if prov.heading_ocr:  # the heading is damaged by OCR ("suspect") or was corrected from the act
            view.update(heading_ocr=prov.heading_ocr, heading_as_read=prov.heading_as_read)
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
    if prov is not None:  # curated norms first (the REST API and the UI read norms[0] as the curated one)
        view["norms"] = list(view.get("norms") or []) + _extracted_norms_at(store, item_id)
    view["citator"] = citator(store, item_id, at)
    view["conflicts"] = conflicts_for(store, [item_id], at)
    view["cases"] = [c.id for c in bundle.cases_for_provision(item_id)] if bundle else []
    if bundle is not None and bundle.decision(item_id) is not None:
        from kg.graph.citator import flags_set_by

        view["curated_decision"] = record_view(bundle, item_id)
        view["citator"] = flags_set_by(bundle, item_id, at)
    return view


def case_figures(store: Store) -> list[dict]:
    """Aggregate figures on neutrality cases as reported: [{id, election_en, as_of, reported_by_en,
    measures: [{label_id, label_en, value, unit}], report: {outlet, locator, date, kind}, note}]."""
    from kg.corpus import load_store_corpus

    bundle = load_store_corpus(store)
    return [f.model_dump(mode="json") for f in bundle.figures] if bundle else []


def citator(store: Store, item_id: str, at: date | None = None) -> list[dict]:
    """Citator flags on a provision or document: [{provision, flag, by, by_citation, date, reading_id,
    reading_en, deadline, note, checked_against_text, reported_by}], those dated after ``at`` left out."""
    from kg.graph.citator import citator_flags

    return citator_flags(store, item_id, at)


def cases(
    store: Store,
    provision: str | None = None,
    actor: str | None = None,
    court: str | None = None,
    case_id: str | None = None,
) -> list[dict]:
    """Documented cases and decisions: [{id, kind, title_id, title_en, court, court_name, number, date, place,
    actors, conduct_en, provisions, outcome_en, outcome_kind, sentence, sources, reported_by}], filtered
    (`kg query case ID` for one in full)."""
    from kg.graph.queries import case_list, to_jsonable

    return to_jsonable(case_list(store, provision=provision, actor=actor, court=court, case_id=case_id))


def versioned_view(store: Store, item_id: str, at: date) -> dict:
    """The text and status in force on a date (from the graph stage's consolidation)."""
    from kg.graph.versions import text_at

    version = text_at(store, item_id, at)
    return version.model_dump(mode="json") if hasattr(version, "model_dump") else dict(vars(version))


# -- what people read: names for ids, points with their lead-in, the answer in plain sentences ----
# Any record id as it can appear inside a sentence (a note, a status remark, a fact).
RECORD_ID_RE = re.compile(
    r"\b(?:(?:norm|sanction|inst|case|article):[a-z0-9]+(?:[-/][a-z0-9]+)*"
    r"|[a-z][a-z0-9]*-[a-z0-9]+(?:-[a-z0-9]+)*-(?:19|20)\d{2}(?:/[a-z]+-[a-z0-9]+)*)"
)


def display_name(item_id: str, bundle: Any = None) -> str:
    """The name a person reads for any record id: a citation, an institution's short name, a title."""
    from kg.graph.network import short_name

    kind, sep, _ = item_id.partition(":")
    rec = bundle.get(item_id) if bundle is not None and sep else None
    if not sep:
        return format_citation(item_id)
    if rec is None:
        return item_id
    if kind == "inst":
        return short_name(rec)
    if kind == "case":
        return rec.title_en
    if kind == "article":
        if not rec.authors:
            return rec.title
        more = " et al." if len(rec.authors) > 1 else ""
        return f"{rec.authors[0].split(',')[0]}{more} ({rec.year or 'n.d.'})"
    if kind == "norm":
        return rec.act_en
    if kind == "sanction":
        return rec.description_en
    return item_id


def name_ids(text: str, bundle: Any = None) -> list[tuple[str, str | None]]:
    """A sentence cut into (words, None) and (name, id) pieces, so that every id it holds reads as a name."""
    from kg.graph.network import short_name

    pieces: list[tuple[str, str | None]] = []
    last = 0
    # An institution written out in full reads as its one short name too.
    insts = bundle.institutions if bundle is not None else ()
    full = {i.name: i.id for i in insts if short_name(i) != i.name}
    names = "|".join(re.escape(n) for n in sorted(full, key=len, reverse=True))
    pattern = re.compile(f"{RECORD_ID_RE.pattern}|{names}") if names else RECORD_ID_RE
    for m in pattern.finditer(text or ""):
        found = full.get(m.group(0), m.group(0))
        name = display_name(found, bundle)
        if ":" not in found and found.split("-", 1)[0] not in JENIS_SHORT:
            continue  # looks like an id but is not one (a word with a year in it)
        pieces.append((text[last : m.start()], None))
        pieces.append((name, found))
        last = m.end()
    pieces.append(((text or "")[last:], None))
    return [p for p in pieces if p[0]]


def lead_in(store: Store, pid: str) -> list[dict]:
    """A provision with the words that introduce it: its Pasal down to it, each {id, label, text}."""
    doc, prov = store.provision(pid)
    if prov is None:
        return []
    by_id = {p.id: p for p in doc.provisions}
    chain = []
    node = prov
    while node is not None:
        chain.append({"id": node.id, "label": node.label, "level": node.level, "text": node.text})
        if node.level == "pasal" or not node.parent:
            break
        node = by_id.get(node.parent)
    return chain[::-1]


ADDRESSEES = {
    "pns": "A civil servant (PNS)",
    "pppk": "A contract government employee (PPPK)",
    "pegawai-asn": "An ASN employee",
    "pejabat-asn": "An ASN official",
    "pejabat-negara": "A state official",
    "pejabat-daerah": "A regional official",
    "kepala-daerah": "A regional head",
    "kepala-desa": "A village head",
    "perangkat-desa": "A village official",
    "badan-permusyawaratan-desa": "A village council (BPD) member",
}
VERBS = {"prohibition": "must not", "obligation": "must", "permission": "may"}
LEVELS = {"ringan": "light", "sedang": "medium", "berat": "heavy"}
REGIMES = {
    "discipline": "disciplinary",
    "criminal-election": "criminal (election law)",
    "ethics": "ethics",
    "administrative": "administrative",
    "principle": "principle",
}


def direct_answer(store: Store, card: Any, bundle: Any = None) -> list[dict]:
    """Two to four plain sentences above an answer card, each {text, cites}; templates over the graph only.

    Who must (not) do what, the penalty level and kinds per regime, who imposes it, and any status flag;
    ``cites`` are the provision ids each sentence rests on. Empty when the card holds no rule.
    """
    from kg.corpus import load_store_corpus
    from kg.graph.network import short_name as network_short_name

    bundle = bundle if bundle is not None else load_store_corpus(store)
    rules = [*card.prohibitions[:2], *card.obligations[:1]]
    out: list[dict] = []
    norms: list[Any] = []
    for rule in rules:
        found = _norms_at(bundle, rule.id)
        if not found:
            verb = "forbids" if rule in card.prohibitions else "requires"
            text = f"{rule.citation} {verb} the conduct closest to the question."
            out.append({"text": text, "cites": [rule.id]})
            continue
        for norm in found[:1]:
            norms.append(norm)
            who = ADDRESSEES.get(norm.addressees[0], norm.addressees[0].replace("-", " ").capitalize())
            verb = VERBS.get(norm.kind, "may")
            out.append({"text": f"{who} {verb} {norm.act_en}.", "cites": [rule.id]})
    by_regime: dict[str, list[Any]] = {}
    attach: dict[str, list[str]] = {}  # regime -> the provisions that attach its penalty to the conduct
    for norm in norms:
        for s in bundle.sanctions_for_norm(norm.id):
            by_regime.setdefault(s.regime, []).append(s)
            attach.setdefault(s.regime, []).extend(norm.sanction_provisions)
    imposers: dict[str, list[str]] = {}
    for regime, sanctions in by_regime.items():
        levels = sorted({s.level for s in sanctions if s.level}, key=list(LEVELS).index)
        level = " or ".join(LEVELS[lv] for lv in levels)
        kinds = list(dict.fromkeys(s.description_en for s in sanctions))
        cites = list(dict.fromkeys([*attach.get(regime, []), *(p for s in sanctions for p in s.provisions)]))
        head = (
            f"The penalty is {level} {REGIMES.get(regime, regime)}"
            if level
            else (f"The {REGIMES.get(regime, regime)} penalty is")
        )
        more = f" (and {len(kinds) - 3} more)" if len(kinds) > 3 else ""
        out.append({"text": f"{head}: {'; '.join(kinds[:3]).lower()}{more}.", "cites": cites[:3]})
        for s in sanctions:
            for inst, power in bundle.imposers_of(s.id):
                imposers.setdefault(network_short_name(inst), []).append(power.provision)
    if imposers:
        names = list(imposers)
        cites = list(dict.fromkeys(p for ps in imposers.values() for p in ps))
        who = ", ".join(names[:-1]) + f" or {names[-1]}" if len(names) > 1 else names[0]
        out.append({"text": f"It is imposed by {who}, according to rank.", "cites": cites[:4]})
    for item in [*rules, *card.sanctions]:
        if item.status not in ("in force", "case", "unknown"):
            out.append({"text": f"{item.citation} is {item.status} on the date asked.", "cites": [item.id]})
            break
    for c in getattr(card, "conflicts", ())[:1]:
        prevails = c.get("prevails")
        text = f"Regulations conflict here; by {c.get('principle', 'the rules on conflicts')}"
        text += f", {display_name(prevails, bundle)} prevails." if prevails else "."
        out.append({"text": text, "cites": list(c.get("provisions") or [])[:3]})
    out.extend(_citator_sentences(store, rules, card))
    return out


def _citator_sentences(store: Store, rules: list[Any], card: Any) -> list[dict]:
    """A court decision that changed how a cited rule reads, one sentence each (the first two)."""
    from kg.graph.citator import citator_flags

    at = date.fromisoformat(card.at) if card.at else None
    out: list[dict] = []
    for rule in rules:
        try:
            flags = citator_flags(store, rule.id, at)
        except Exception:  # noqa: BLE001 — no citator records in this store's corpus
            return out
        for f in flags[:2]:
            reading = f" — {f['reading_en']}" if f.get("reading_en") else ""
            flag = str(f.get("flag", "")).replace("_", " ")
            text = (
                f"{format_citation(f['provision'])} is {flag} by {f.get('by_citation') or f['by']}{reading}."
            )
            out.append({"text": text, "cites": [f["provision"]]})
    return out[:2]


def _norms_at(bundle: Any, pid: str) -> list[Any]:
    """Curated norms resting on this provision, on one containing it, or on one below it (closest first)."""
    if bundle is None:
        return []
    exact = [n for n in bundle.norms if pid in n.provisions]
    above = [n for n in bundle.norms if any(pid.startswith(p + "/") for p in n.provisions)]
    below = bundle.norms_for_provision(pid)
    return list({n.id: n for n in [*exact, *above, *below]}.values())


def kept_alive(store: Store, pid: str, at: date | None = None, bundle: Any = None) -> dict | None:
    """How a repealed act's provision still stands in part: {by, note, summary}, or None.

    From the versions layer's ``kept_by`` (a later act keeping the provision for a purpose); the summary
    is our curated one of the keeping provision (or the Pasal holding it).
    """
    from kg.graph.versions import status as status_of

    try:
        found = status_of(store, pid, at)
    except Exception:  # noqa: BLE001 — a provision the graph does not hold has no keep-alive rule
        return None
    if not getattr(found, "kept_by", None):
        return None
    by = found.kept_by[0]
    summary = None
    if bundle is not None:
        node = by
        while node and summary is None:
            key = bundle.provision(node)
            summary = key.summary_en if key is not None else None
            node = node.rpartition("/")[0] if "/" in node else ""
    return {"by": list(found.kept_by), "status": found.status, "note": found.note, "summary": summary}


def record_id(iri: str) -> str | None:
    """Our record id for one of our graph's IRIs (``…/id/norm/pp-94-2021/x`` → ``norm:pp-94-2021/x``)."""
    from kg.graph.rdfstore import ID

    return record_id_from_path(iri[len(ID) :]) if iri.startswith(ID) else None
