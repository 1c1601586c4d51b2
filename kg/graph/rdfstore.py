"""Where the RDF lives: an embedded Oxigraph store in ``<store>/graph``, or any SPARQL 1.1 endpoint.

Both go through one rdflib ``Graph``: oxrdflib's Oxigraph store for the embedded case and rdflib's
``SPARQLUpdateStore`` for an endpoint, so every query and update in the project runs the same code.
Every fact sits in a named graph (one per source document or corpus file); queries name the graphs
they read with ``GRAPH ?g {...}`` patterns so they work whatever the server's default graph is.

A named graph is replaced by one SPARQL update (``DROP SILENT GRAPH`` + ``INSERT DATA``), which
Oxigraph (embedded and server) runs as a single transaction: a build that dies half-way leaves
every graph either as it was or fully replaced, never half-written. Many graphs at once go into the
embedded store as N-Quads (``graph_nquads``, ``load_nquads``), far faster than SPARQL; a bulk load is
not a transaction, so ``kg.graph.bulk`` writes each graph's ``kga:sourceHash`` last, in a
transaction of its own: a graph that carries its hash is complete, one without is rebuilt.
"""

from __future__ import annotations

import json
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal, TypeVar

from rdflib import Graph, Namespace, URIRef
from rdflib import Literal as RDFLiteral
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID, Dataset
from rdflib.term import BNode, Node, Variable

from kg.errors import GraphNotBuiltError, GraphStoreError, SparqlSyntaxError, SparqlUpdateRefusedError
from kg.store import Store, atomic_write_text

T = TypeVar("T")

BASE = "https://kg-asn.example/"
ID = BASE + "id/"
GRAPH = BASE + "graph/"
KGA = BASE + "ontology#"
ELI = "http://data.europa.eu/eli/ontology#"
ONTOLOGY_GRAPH = GRAPH + "ontology"
PREFIXES = (
    f"PREFIX eli: <{ELI}>\nPREFIX kga: <{KGA}>\nPREFIX id: <{ID}>\n"
    "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n"
    "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n"
    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
)
GRAPH_DIR = "graph"
BACKEND_FILE = "graph-backend.json"
KEPT_DIR = "graph-kept"  # values derived from the embedded graph, beside it (GraphStore.kept)


# The graph-store errors belong to the one error model (usage errors exit 2 / HTTP 400).
SparqlRefusedError = SparqlUpdateRefusedError


_SAFE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._\-/]*$")


class CachedNamespace(Namespace):
    """An rdflib ``Namespace`` that makes each ``NS.term`` once: the build asks for millions of them."""

    def __getattr__(self, name: str) -> URIRef:
        if name.startswith("__"):  # as rdflib's: never pretend to have special attributes
            raise AttributeError(name)
        term = self.term(name)
        self.__dict__[name] = term  # found by normal lookup from now on, before __getattr__
        return term


def doc_iri(any_id: str) -> URIRef:
    """The IRI of a document, provision, amendment or corpus record id (ids are checked, never pasted)."""
    if not _SAFE_ID.match(any_id):
        raise ValueError(f"not a usable id: {any_id!r}")
    return URIRef(ID + any_id)


def graph_iri(source_id: str) -> URIRef:
    """The named graph holding the facts of one source (a document id or ``corpus/<file>``)."""
    if not _SAFE_ID.match(source_id):
        raise ValueError(f"not a usable graph id: {source_id!r}")
    return URIRef(GRAPH + source_id)


def local_id(iri: str) -> str:
    """The readable id behind one of our IRIs (other IRIs come back unchanged)."""
    for base in (ID, GRAPH):
        if iri.startswith(base):
            return iri[len(base) :]
    return iri


def endpoint_urls(url: str) -> tuple[str, str]:
    """The query and update URLs for a SPARQL server URL (Oxigraph: ``…/query`` and ``…/update``)."""
    url = url.rstrip("/")
    if url.endswith("/query"):
        return url, url[: -len("/query")] + "/update"
    if url.endswith("/sparql"):  # Virtuoso, GraphDB-style single endpoint
        return url, url
    return url + "/query", url + "/update"


# -- N-Triples writing ------------------------------------------------------------------------
# rdflib's Literal.n3() is correct but slow for millions of terms; literals here are plain strings,
# dates, ints and booleans, so a small escaper is enough and keeps the scale build fast.
def _escape(lex: str) -> str:
    # Five C-level passes: str.translate looks each character up in a dict, ~30x slower on long texts.
    return (
        lex.replace("\\", "\\\\")
        .replace('"', '\\"')
        .replace("\n", "\\n")
        .replace("\r", "\\r")
        .replace("\t", "\\t")
    )


_SAFE_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]*$")
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def nt_term(term: Node) -> str:
    """One RDF term in N-Triples syntax."""
    if isinstance(term, URIRef):
        if not _SAFE_IRI.match(term):
            raise ValueError(f"not a usable IRI: {str(term)!r}")
        return f"<{term}>"
    if isinstance(term, RDFLiteral):
        lex = _escape(str(term))
        language, datatype = term.language, term.datatype
        if language:
            return f'"{lex}"@{language}'
        if datatype and str(datatype) != _XSD_STRING:
            return f'"{lex}"^^<{datatype}>'
        return f'"{lex}"'
    if isinstance(term, BNode):
        return f"_:{term}"
    raise TypeError(f"not an RDF term: {term!r}")


SOURCE_HASH = URIRef(KGA + "sourceHash")
_SOURCE_HASH_NT = f"<{SOURCE_HASH}>"


@dataclass(frozen=True)
class NQuads:
    """One named graph as N-Quads: its triples but the source hash, and the source-hash line(s)."""

    source_id: str
    body: str
    marks: str
    count: int


def graph_nquads(source_id: str, triples: Iterable[tuple[Node, Node, Node]]) -> NQuads:
    """Serialise one named graph's triples as N-Quads, the same terms ``replace_graph`` writes."""
    tail = f" {nt_term(graph_iri(source_id))} .\n"
    body: list[str] = []
    marks: list[str] = []
    # Subjects, predicates and classes recur within a graph: check and write each IRI once.
    iris: dict[Node, str] = {}
    for s, p, o in triples:
        subj = iris.get(s)
        if subj is None:
            subj = iris[s] = nt_term(s)
        pred = iris.get(p)
        if pred is None:
            pred = iris[p] = nt_term(p)
        if isinstance(o, URIRef):
            obj = iris.get(o)
            if obj is None:
                obj = iris[o] = nt_term(o)
        else:
            obj = nt_term(o)
        (marks if pred == _SOURCE_HASH_NT else body).append(f"{subj} {pred} {obj}{tail}")
    return NQuads(source_id, "".join(body), "".join(marks), len(body) + len(marks))


def to_python(term: Node | None) -> Any:
    """A result term as a plain Python value: IRIs as strings, literals as their value."""
    if term is None:
        return None
    if isinstance(term, RDFLiteral):
        value = term.toPython()
        return value if isinstance(value, (str, int, float, bool, date, datetime)) else str(term)
    return str(term)


_XSD = "http://www.w3.org/2001/XMLSchema#"
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _iso_date(lex: str) -> date:
    if not _ISO_DATE.match(lex):
        raise ValueError(lex)  # time zones, far years …: rdflib's own reading decides
    return date.fromisoformat(lex)


# The literal kinds this project writes, read as ``to_python`` reads them through rdflib.
_READ = {
    _XSD + "integer": int,
    _XSD + "date": _iso_date,
    _XSD + "boolean": {"true": True, "false": False}.__getitem__,
}


def _value(term: Any) -> Any:
    """A pyoxigraph term as ``to_python`` gives it, without making rdflib terms for the common kinds."""
    if term is None:
        return None
    kind = type(term).__name__
    if kind == "NamedNode":
        return term.value
    if kind == "Literal":
        datatype = term.datatype.value
        if term.language or datatype == _XSD_STRING:
            return term.value
        read = _READ.get(datatype)
        if read is not None:
            try:
                return read(term.value)
            except (KeyError, ValueError):
                pass
    from oxrdflib._converter import from_ox

    return to_python(from_ox(term))


def _tagged(value: Any, term: Any) -> tuple[Any, str | None]:
    """A value with the language tag of the term it came from (rdflib or pyoxigraph)."""
    return value, getattr(term, "language", None) or None


@dataclass
class Rows:
    """A SELECT result: variable names and rows of plain Python values."""

    variables: list[str]
    rows: list[tuple[Any, ...]] = field(default_factory=list)

    def dicts(self) -> list[dict[str, Any]]:
        return [dict(zip(self.variables, r, strict=True)) for r in self.rows]


MEMO_SIZE = 256  # values kept by GraphStore.memo: a UI holds its store open for hours


class GraphStore:
    """An open RDF store: embedded Oxigraph or a SPARQL endpoint, behind the same methods."""

    def __init__(
        self,
        graph: Graph | None,
        kind: Literal["embedded", "sparql"],
        location: str,
        kept_dir: Path | None = None,
        inner: Any = None,
    ):
        """``graph`` may be None for an embedded store given as pyoxigraph's ``inner``: its rdflib view
        is then made on first use, since oxrdflib imports rdflib's SPARQL engine (~0.1 CPU s) and a
        graph question reads through pyoxigraph alone."""
        self._graph, self._inner_store, self.kind, self.location = graph, inner, kind, location
        self.kept_dir = kept_dir if kind == "embedded" else None
        self._memo: OrderedDict[Hashable, Any] = OrderedDict()
        self._memo_lock = threading.Lock()  # a UI's sessions share one open store
        self._generation = 0  # writes through this object so far
        self._prefixes: dict[str, str] | None = None

    @property
    def graph(self) -> Graph:
        """The store as an rdflib Graph (updates, user queries, rdflib terms)."""
        if self._graph is None:
            if self._inner_store is None:
                raise GraphStoreError(f"the graph store {self.location} is closed: open it again")
            from oxrdflib import OxigraphStore

            oxigraph = OxigraphStore(store=self._inner_store)
            self._graph = Graph(store=oxigraph, identifier=DATASET_DEFAULT_GRAPH_ID)
        return self._graph

    def memo(self, key: Hashable, make: Callable[[], T]) -> T:
        """``make()``, computed once per key while this store's contents stay as they are.

        An embedded store opened for reading is a snapshot of the moment it was opened, and every
        write through this object clears the memo, so a kept value is always what ``make`` would
        return now. A SPARQL server can be changed by others at any time: there it is asked anew.
        The value is shared: callers read it and never change it.
        """
        if self.kind != "embedded":
            return make()
        with self._memo_lock:
            if key in self._memo:
                self._memo.move_to_end(key)
                return self._memo[key]
            generation = self._generation
        value = make()
        with self._memo_lock:
            if generation == self._generation:  # no write since make() began reading
                self._memo[key] = value
                if len(self._memo) > MEMO_SIZE:
                    self._memo.popitem(last=False)
        return value

    def kept(self, name: str, version: str, sources: Iterable[str], make: Callable[[], Any]) -> Any:
        """``make()``, a JSON value read from the named graphs ``sources``, kept in a file across processes.

        The file is keyed by ``version`` (the caller's code) and the source hash of each graph: a
        rebuilt graph has a new hash, so a kept value is what ``make`` would return now. Nothing is
        kept or trusted while a source graph lacks its hash (a build in progress or killed half-way),
        nor on a SPARQL server, which others may change without a hash. The value comes back as JSON
        gives it (lists, not tuples or sets), whether made or read.
        """
        kept_dir = self.kept_dir
        key = None if kept_dir is None else self._sources_key(version, sources)
        if kept_dir is None or key is None:
            return json.loads(json.dumps(make()))
        path = kept_dir / f"{name}.json"
        try:
            held = json.loads(path.read_text(encoding="utf-8"))
            if held.get("key") == key:
                return held["value"]
        except (OSError, ValueError, AttributeError, KeyError):
            pass  # absent, unreadable or of another shape: made anew below
        value = json.loads(json.dumps(make()))
        try:
            atomic_write_text(path, json.dumps({"key": key, "value": value}, ensure_ascii=False))
        except OSError:
            pass  # a read-only store still answers; the next process makes it again
        return value

    def _sources_key(self, version: str, sources: Iterable[str]) -> str | None:
        """``version`` and each source graph's hash ("-" when absent), or None when one has no hash."""
        import pyoxigraph

        inner = self._inner("key values kept from")
        wanted = sorted(set(sources))
        graphs = " ".join(nt_term(graph_iri(s)) for s in wanted)
        query = f"SELECT ?g ?h WHERE {{ VALUES ?g {{ {graphs} }} GRAPH ?g {{ ?g kga:sourceHash ?h }} }}"
        hashes = dict(self.select(query).rows)
        parts = [version]
        for s in wanted:
            h = hashes.get(str(graph_iri(s)))
            if h is None and inner.contains_named_graph(pyoxigraph.NamedNode(str(graph_iri(s)))):
                return None
            parts.append(f"{s}={h or '-'}")
        return "\n".join(parts)

    # -- reading ---------------------------------------------------------------------------
    def select(self, query: str, bindings: Mapping[str, Node] | None = None) -> Rows:
        """Run a SELECT written by this package; user values only ever arrive as bindings."""
        if bindings:
            # An inline VALUES block at the head of the WHERE clause binds the values the same way
            # on every backend, before the patterns are joined (so indexes are used); terms are
            # written by nt_term, which escapes literals and checks IRIs.
            names = " ".join("?" + k for k in bindings)
            terms = " ".join(nt_term(v) for v in bindings.values())
            # Inside the first GRAPH group when there is one: Oxigraph then joins the values first
            # instead of evaluating the group (OPTIONALs and all) over every graph.
            marker = "GRAPH ?g {" if "GRAPH ?g {" in query and "g" not in bindings else "WHERE {"
            head, sep, tail = query.partition(marker)
            if not sep:
                raise ValueError("a bound query needs a 'WHERE {' clause")
            query = f"{head}{marker} VALUES ({names}) {{ ({terms}) }}{tail}"
        if self.kind == "embedded":
            return self._select_embedded(PREFIXES + query)
        try:
            result = self.graph.query(PREFIXES + query)
        except Exception as exc:  # the backends raise many types; the caller wants one
            raise GraphStoreError(f"query failed on the {self.kind} store {self.location}: {exc}") from exc
        names = [str(v) for v in (result.vars or [])]
        rows = [tuple(to_python(row.get(Variable(n))) for n in names) for row in result.bindings]
        return Rows(names, rows)

    def select_tagged(self, query: str) -> Rows:
        """Like ``select``, each value paired with its language tag (None but for tagged literals)."""
        if self.kind == "embedded":
            return self._select_embedded(PREFIXES + query, tagged=True)
        try:
            result = self.graph.query(PREFIXES + query)
        except Exception as exc:
            raise GraphStoreError(f"query failed on the {self.kind} store {self.location}: {exc}") from exc
        names = [str(v) for v in (result.vars or [])]
        terms = ([row.get(Variable(n)) for n in names] for row in result.bindings)
        rows = [tuple(_tagged(to_python(t), t) for t in ts) for ts in terms]
        return Rows(names, rows)

    def _select_embedded(self, query: str, tagged: bool = False) -> Rows:
        """A SELECT straight on pyoxigraph: rdflib's term objects cost more than the query at scale."""
        inner = self._inner("query")
        if self._prefixes is None:  # the prefixes rdflib would hand Oxigraph, so queries read alike
            # rdflib's default bindings, the same for a plain Graph as for one on Oxigraph.
            graph = self._graph if self._graph is not None else Graph(identifier=DATASET_DEFAULT_GRAPH_ID)
            self._prefixes = {p: str(ns) for p, ns in graph.namespaces()}
        try:
            result = inner.query(query, prefixes=self._prefixes)
            names = [v.value for v in result.variables]
            if tagged:
                rows = [tuple(_tagged(_value(t), t) for t in solution) for solution in result]
            else:
                rows = [tuple(_value(term) for term in solution) for solution in result]
        except Exception as exc:
            raise GraphStoreError(f"query failed on the {self.kind} store {self.location}: {exc}") from exc
        return Rows(names, rows)

    def triples_of(self, source_id: str) -> list[tuple[Node, Node, Node]]:
        """Every triple of one named graph, as rdflib terms (literals keep their language)."""
        q = "SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }"
        head, _, tail = q.partition("WHERE {")
        q = f"{head}WHERE {{ VALUES (?g) {{ ({nt_term(graph_iri(source_id))}) }}{tail}"
        try:
            result = self.graph.query(q)
        except Exception as exc:
            raise GraphStoreError(f"query failed on the {self.kind} store {self.location}: {exc}") from exc
        return [(r[0], r[1], r[2]) for r in result]  # type: ignore[index]

    def raw(self, query: str) -> Any:
        """Run a user's read-only query (already checked) over the union of all graphs."""
        if self.kind == "embedded":
            data = Dataset(store=self.graph.store, default_union=True)
            return data.query(query)
        return self.graph.query(query)

    def graph_hashes(self) -> dict[str, str]:
        """Each named graph we built and the hash of the record it was built from."""
        rows = self.select("SELECT ?g ?h WHERE { GRAPH ?g { ?g kga:sourceHash ?h } }")
        return {local_id(g): h for g, h in rows.rows}

    def count_triples(self, source_id: str | None = None) -> int:
        """Triples in one named graph, or in all of them."""
        if source_id is None:
            rows = self.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        else:
            rows = self.select(
                "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", {"g": graph_iri(source_id)}
            )
        return int(rows.rows[0][0]) if rows.rows else 0

    # -- writing ---------------------------------------------------------------------------
    def replace_graph(self, source_id: str, triples: Iterable[tuple[Node, Node, Node]]) -> int:
        """Replace one named graph by these triples, in one transaction; returns the triple count."""
        return self.replace_nquads(graph_nquads(source_id, triples))

    def replace_nquads(self, nq: NQuads) -> int:
        """Replace one named graph by its N-Quads, in one SPARQL update; returns the triple count."""
        g = nt_term(graph_iri(nq.source_id))
        # Literals escape their newlines, so the graph term before a raw newline ends a line.
        triples = (nq.body + nq.marks).replace(f" {g} .\n", " .\n")
        self._update(f"DROP SILENT GRAPH {g} ;\nINSERT DATA {{ GRAPH {g} {{\n{triples}}} }}")
        return nq.count

    def drop_graph(self, source_id: str) -> None:
        """Drop one named graph (nothing happens if it is absent)."""
        self._update(f"DROP SILENT GRAPH {nt_term(graph_iri(source_id))}")

    def drop_graphs(self, source_ids: Iterable[str]) -> None:
        """Drop these named graphs in one transaction (absent ones are skipped)."""
        drops = [f"DROP SILENT GRAPH {nt_term(graph_iri(i))}" for i in source_ids]
        if drops:
            self._update(" ;\n".join(drops))

    def named_graph_ids(self) -> set[str]:
        """Every named graph in the embedded store, whether or not it carries a source hash."""
        return {local_id(g.value) for g in self._inner("list the named graphs of").named_graphs()}

    def load_nquads(self, data: str, atomic: bool = True) -> None:
        """Add N-Quads to the embedded store: in one transaction, or (``atomic=False``) as a bulk load.

        A bulk load is several times faster and needs less memory, but a crash may leave part of it.
        """
        import pyoxigraph

        inner = self._inner("load N-Quads into")
        self._forget()
        try:
            if atomic:
                inner.load(data, pyoxigraph.RdfFormat.N_QUADS)
            else:
                inner.bulk_load(data, pyoxigraph.RdfFormat.N_QUADS)
        except (OSError, SyntaxError, ValueError) as exc:
            raise GraphStoreError(f"loading N-Quads into {self.location} failed: {exc}") from exc
        finally:
            self._forget()  # also what was read while the load ran

    def _inner(self, action: str) -> Any:
        if self.kind != "embedded":
            raise GraphStoreError(f"cannot {action} a SPARQL server; only the embedded store offers this")
        if self._inner_store is None:
            self._inner_store = self.graph.store._inner  # type: ignore[attr-defined]
        return self._inner_store

    def _forget(self) -> None:
        with self._memo_lock:
            self._memo.clear()
            self._generation += 1

    def _update(self, update: str) -> None:
        self._forget()
        try:
            self.graph.update(update)
        except Exception as exc:
            raise GraphStoreError(f"update failed on the {self.kind} store {self.location}: {exc}") from exc
        finally:
            self._forget()

    def compact(self) -> None:
        """Flush and compact the embedded store, so that later read-only opens need not replay its log."""
        if self.kind == "embedded":
            inner = self._inner("compact")
            inner.flush()
            inner.optimize()

    def close(self) -> None:
        """Release the store (the embedded store holds a lock while open read-write)."""
        graph, self._graph, self._inner_store = self._graph, None, None
        self._forget()
        # pyoxigraph releases its lock when the last reference to the store goes: none may stay here.
        if graph is None:  # read-only pyoxigraph: nothing held but memory
            return
        try:
            graph.close()
        except Exception:  # closing twice or a remote store: nothing to release
            pass


def graph_dir(store: Store) -> Path:
    return store.path / GRAPH_DIR


def remember_backend(store: Store, sparql_url: str | None) -> None:
    """Record where the graph was built, so later queries go to the same place."""
    info = {"backend": "sparql", "url": sparql_url} if sparql_url else {"backend": "embedded"}
    atomic_write_text(store.path / BACKEND_FILE, json.dumps(info))


def recorded_backend(store: Store) -> str | None:
    """The SPARQL URL the last build used, or None for the embedded store."""
    f = store.path / BACKEND_FILE
    if not f.exists():
        return None
    try:
        info = json.loads(f.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return info.get("url") if info.get("backend") == "sparql" else None


def open_graph_store(store: Store, sparql_url: str | None = None, write: bool = False) -> GraphStore:
    """Open the graph of a store: the given endpoint, else the one the last build used, else embedded.

    Readers open the embedded store read-only so that a UI, the CLI and ``kg serve sparql`` can
    all read while nothing blocks the next ``kg build``.
    """
    url = sparql_url or (None if write else recorded_backend(store))
    if url:
        from rdflib.plugins.stores.sparqlstore import SPARQLUpdateStore

        query_url, update_url = endpoint_urls(url)
        # context_aware=False: Oxigraph rejects the GRAPH wrapping rdflib adds otherwise; named
        # graphs are spelt out in our own SPARQL instead.
        remote = SPARQLUpdateStore(query_url, update_url, context_aware=False, returnFormat="json")
        return GraphStore(Graph(store=remote, identifier=DATASET_DEFAULT_GRAPH_ID), "sparql", url)

    import pyoxigraph

    path = graph_dir(store)
    if write:
        path.mkdir(parents=True, exist_ok=True)
        try:
            graph = Graph(store="Oxigraph", identifier=DATASET_DEFAULT_GRAPH_ID)
            graph.open(str(path))
        except OSError as exc:
            raise GraphStoreError(f"cannot open the graph store {path} for writing: {exc}") from exc
        return GraphStore(graph, "embedded", str(path), store.path / KEPT_DIR)
    if not path.exists():
        raise GraphNotBuiltError(f"no graph in {store.path} yet: run `kg build` first")
    try:
        inner = pyoxigraph.Store.read_only(str(path))
    except OSError as exc:
        raise GraphStoreError(f"cannot open the graph store {path}: {exc}") from exc
    return GraphStore(None, "embedded", str(path), store.path / KEPT_DIR, inner=inner)


def check_read_only(query: str) -> str:
    """Return the query if it is one well-formed read (SELECT/ASK/CONSTRUCT/DESCRIBE), else raise."""
    from pyparsing import ParseException
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    try:
        parseQuery(query)
        return query
    except ParseException as exc:
        query_error = exc
    try:
        parseUpdate(query)
    except ParseException:
        pass
    else:
        raise SparqlRefusedError("refused: this is a SPARQL update; only read queries are allowed here")
    line = query.splitlines()[query_error.lineno - 1] if query.strip() else ""
    caret = " " * max(query_error.col - 1, 0) + "^"
    raise SparqlSyntaxError(
        f"malformed SPARQL at line {query_error.lineno}, column {query_error.col}: "
        f"{query_error.msg}\n  {line}\n  {caret}"
    )
