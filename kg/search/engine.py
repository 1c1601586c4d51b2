"""The search pipeline: analyze, retrieve (lexical, dense, memory), fuse, apply dates and status, lift."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np

from kg.errors import BadQueryError, KgError
from kg.search.glossary import expansions
from kg.search.index import SANCTION_WORDS, SearchIndex, ensure_index
from kg.search.lexical import top_k
from kg.search.units import Unit
from kg.store import Store

MAX_QUERY_CHARS = 2000
MAX_K = 1000
SNIPPET_CHARS = 300
LIFT_FROM = 5  # how many top hits may lift the provisions they imply
DATE_WINDOW = 100  # for a past date, how many hits beyond k the graph may be asked about
# A scoped dense search looks this many times the fusion depth (at least SCOPED_DENSE_MIN rows) down the
# whole index for rows of the scope's documents: the index cannot search a subset.
SCOPED_DENSE_WIDTH = 20
SCOPED_DENSE_MIN = 2000


class SearchError(BadQueryError):
    """A query the search cannot run (empty, too long, no Latin-script words, bad k or date)."""


@dataclass(frozen=True)
class Hit:
    """One search result with a pinpoint citation."""

    id: str  # unit id: a Pasal / diktum id, a BEIR _id, or a document id
    rank: int
    score: float
    citation: str  # "PP No. 94 Tahun 2021, Pasal 5"
    doc_id: str
    kind: str  # provision | beir | document | summary
    pinpoint: str  # the finer id the query matches best (== id when nothing finer fits)
    pinpoint_citation: str  # "PP No. 94 Tahun 2021, Pasal 5 huruf n angka 4"
    snippet: str  # official text of the pinpoint, or our summary when is_summary
    is_summary: bool
    status: str  # "in force", "repealed", "amended", "unknown"
    status_note: str  # e.g. "repealed by pp-94-2021 (2021-08-31)"
    sources: tuple[str, ...]  # which retrievers found it: lexical, dense, memory, lift
    version: str | None = None  # the amending act whose wording this is
    lifted_from: str | None = None  # the hit that implied this one
    relation: str | None = None  # how: "sets sanction for", "cites", "cited by"
    penjelasan: str = ""

    def to_dict(self) -> dict:
        from dataclasses import asdict

        return asdict(self)


def parse_at(at: str | date | None) -> date | None:
    """A --at value as a date (ISO YYYY-MM-DD)."""
    if at is None or isinstance(at, date):
        return at
    try:
        return date.fromisoformat(str(at).strip())
    except ValueError as exc:
        raise SearchError(f"--at wants a date as YYYY-MM-DD, got {at!r}") from exc


def check_query(query: str, k: int) -> str:
    """The query stripped, or a SearchError saying what is wrong with it or with k."""
    if not isinstance(k, int) or k < 1 or k > MAX_K:
        raise SearchError(f"-k must be between 1 and {MAX_K}, got {k}")
    q = (query or "").strip()
    if not q:
        raise SearchError("the query is empty: type some words to search for")
    if len(q) > MAX_QUERY_CHARS:
        raise SearchError(
            f"the query has {len(q)} characters; the limit is {MAX_QUERY_CHARS}: "
            "shorten it to the question itself"
        )
    from kg.search.analyzer import Analyzer

    if not Analyzer(stem=False).has_searchable_words(q):
        raise SearchError("the query has no Latin-script words: search works on Indonesian and English text")
    return q


class Searcher:
    """An open index over a store, ready to answer many queries."""

    def __init__(self, store: Store, index: SearchIndex, encoder=None):
        self.store = store
        self.index = index
        self.notes: list[str] = []
        self.encoder = encoder
        if encoder is not None and index.dense is not None and encoder.name != index.model:
            # An injected encoder from another model would compare vectors of different spaces.
            self.notes.append(
                f"encoder {encoder.name!r} differs from the index's {index.model!r}: lexical only"
            )
            self.encoder = None
        if index.dense is None:
            self.encoder = None
        if index.repeals is None:
            from kg.search.index import repeal_map

            index.repeals = repeal_map(store)
        self._repeals = index.repeals
        self._graph = None  # the RDF store, opened on first use; False when the store has none
        self._structure = None  # reading order and context BM25 for the learned ranker, built on first use
        self._row_of_id = {uid: rows for uid, rows in index.rows_of_id.items()}
        self._doc_masks: dict[frozenset[str], np.ndarray] = {}  # rows of a scope's documents (``_doc_mask``)

    @classmethod
    def open(cls, store: Store | str | Path | None = None, encoder=None, model: str | None = None, log=None):
        store = store if isinstance(store, Store) else Store(store)
        if encoder is not None:
            from kg.search.index import build_index, is_stale, load_index, read_params

            params = read_params(store)
            if params is None or is_stale(store, params):
                index = build_index(store, encoder, log=log)
            else:
                index = load_index(store)
            return cls(store, index, encoder)
        index, enc = ensure_index(store, model, log=log)
        return cls(store, index, enc)

    # -- status ---------------------------------------------------------------------------
    def status(self, u: Unit, at: date | None) -> tuple[str, str]:
        """In-force status of a unit at a date (today when None), from the store's repeal references."""
        if u.kind == "beir":
            return "unknown", ""
        rep = self._repeals.get(u.doc_id)
        iso = at.isoformat() if at else None
        # A repeal of unknown date counts today, not for a past date (it cannot be placed in time).
        if rep and (iso is None or (rep[1] is not None and rep[1] <= iso)):
            return "repealed", f"repealed by {rep[0]}" + (f" ({rep[1]})" if rep[1] else "")
        if u.version:
            return "in force", f"as amended by {u.version}"
        if u.valid_to and (iso is None or u.valid_to <= iso):
            return "amended", f"wording replaced on {u.valid_to}"
        return "in force", ""

    def _graph_store(self):
        """The store's graph, opened once (None when the store has none)."""
        if self._graph is None:
            from kg.graph import rdfstore

            if not (self.store.path / "graph").exists():
                self._graph = False
            else:
                self._graph = rdfstore.open_graph_store(self.store)
        return self._graph or None

    def graph_amending_points(self, pid: str, at: date | None) -> tuple[str, ...]:
        """The amending points that rewrote pid or a part of it by the date, from the graph (() when it
        cannot say)."""
        from kg.graph import versions

        try:
            gs = self._graph_store()
            return versions.amending_points(self.store, pid, at, gs=gs) if gs is not None else ()
        except (KgError, LookupError):
            return ()

    def graph_status(self, pid: str, at: date | None) -> tuple[str, str] | None:
        """Status from the graph's version history (kg.graph.versions), or None when it cannot say."""
        from kg.graph import versions

        try:
            gs = self._graph_store()
            if gs is None:
                return None
            st = versions.status(self.store, pid, at, gs=gs)
        except versions.DateBeforeDocumentError as exc:
            return "not yet in force", str(exc)
        except (KgError, LookupError):  # the graph cannot be read, or does not hold this document
            return None
        if st.status == "unknown":
            return None
        return st.status.replace("_", " "), st.note or (f"by {st.by}" if st.by else "")

    def _applies(self, u: Unit, at: date | None) -> bool:
        """Whether this unit's wording is the one in force at the date (today: the latest)."""
        iso = at.isoformat() if at else None
        if iso is not None and u.valid_from and u.valid_from > iso:
            return False
        if u.valid_to and (iso is None or u.valid_to <= iso):
            return False
        return True

    def _version_row(self, row: int, at: date | None) -> int | None:
        u = self.index.units[row]
        if self._applies(u, at):
            return row
        for r in self._row_of_id.get(u.id, ()):
            if self._applies(self.index.units[r], at):
                return r
        # No wording applies at that date (not yet enacted): drop it when a date was asked for.
        return None if at is not None else row

    @property
    def concepts(self):
        """The glossary plus the lexicon learned from this store's curated corpus (glossary alone without)."""
        from kg.corpus import load_store_corpus
        from kg.search.lexicon import store_concepts

        try:
            bundle = load_store_corpus(self.store)
        except (OSError, ValueError):  # an unreadable corpus file: the glossary alone still expands
            bundle = None
        return store_concepts(bundle)

    # -- retrieval ------------------------------------------------------------------------
    def query_terms(self, query: str) -> dict[str, float]:
        """The query's analyzed terms with weights, plus glossary expansions at a lower weight.

        Each glossary concept adds the same total weight however many synonyms it lists, so a concept
        with five names (PNS, ASN, pegawai ASN …) does not drown one with a single name. When most of
        the query's words are unknown to the index (an English question), the expansions are the query,
        and they get full weight.
        """
        from kg.search.analyzer import Analyzer
        from kg.search.glossary import matched_concepts

        lex = self.index.lexical
        terms = lex.query_terms(query)
        w = self.index.fusion.w_expansion
        if w <= 0:
            return terms
        words = Analyzer(stem=False).words(query)
        known = sum(1 for x in words if lex.analyzer.stem(x) in lex.vocab)
        if words and known / len(words) < 0.5:
            w = 1.0
        present = set(terms)
        for concept, _covered in matched_concepts(query, self.concepts):
            bag: dict[str, float] = {}
            for phrase in concept.id:
                for t in lex.query_terms(phrase):
                    if t not in present and t in lex.vocab:
                        bag[t] = 1.0
            for t in bag:
                share = w * min(1.0, 2.0 / len(bag))
                terms[t] = max(terms.get(t, 0.0), share)
        return terms

    def candidate_lists(
        self,
        query: str,
        qvec: np.ndarray | None = None,
        exclude_group: str | None = None,
        docs: frozenset[str] | None = None,
    ) -> dict[str, list[int]]:
        """The ranked rows of each retriever for a query; only rows of ``docs`` when given."""
        p = self.index.fusion
        terms = self.query_terms(query)
        lists: dict[str, list[int]] = {}
        mask = self._doc_mask(docs)
        if mask is None:
            rows, _ = self.index.lexical.search(terms, p.depth)
        else:
            rows, _ = top_k(self.index.lexical.scores(terms) * mask, p.depth)
        lists["lexical"] = [int(r) for r in rows]
        if self.encoder is not None and self.index.dense is not None:
            if qvec is None:
                qvec = self.encoder.encode_queries([query])[0]
            # Scoped: the nearest rows of the acts asked of, looked for well beyond the unscoped depth.
            wide = p.depth if mask is None else max(p.depth * SCOPED_DENSE_WIDTH, SCOPED_DENSE_MIN)
            rows, _ = self.index.dense.search(qvec, wide)
            lists["dense"] = [int(r) for r in rows if mask is None or mask[r]][: p.depth]
        if self.index.memory is not None and p.w_memory:
            found = self.memory_list(query, qvec, exclude_group, p.memory_discount)
            lists["memory"] = [r for r in found if mask is None or mask[r]]
        return lists

    def _doc_mask(self, docs: frozenset[str] | None) -> np.ndarray | None:
        """1.0 for the rows of the given documents, 0.0 elsewhere (None: no scope)."""
        if docs is None:
            return None
        if docs not in self._doc_masks:
            self._doc_masks[docs] = np.array([u.doc_id in docs for u in self.index.units], dtype=np.float32)
        return self._doc_masks[docs]

    def memory_list(
        self, query: str, qvec: np.ndarray | None, exclude_group: str | None, discount: float
    ) -> list[int]:
        """Rows the training-question memory votes for, best first."""
        memory = self.index.memory
        votes = memory.votes(
            memory.lexical.query_terms(query), qvec, exclude_group=exclude_group, discount=discount
        )
        ordered = sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))
        return [self._row_of_id[i][0] for i, _ in ordered if i in self._row_of_id][: self.index.fusion.depth]

    def prior_rows(self) -> dict[int, float]:
        if not self.index.prior:
            return {}
        return {self._row_of_id[i][0]: v for i, v in self.index.prior.items() if i in self._row_of_id}

    def search(
        self,
        query: str,
        k: int = 10,
        at: str | date | None = None,
        qvec: np.ndarray | None = None,
        exclude_group: str | None = None,
        docs: frozenset[str] | None = None,
    ) -> list[Hit]:
        """The k best hits for a query, as the law stood at `at` (today when None); only from the documents
        ``docs`` when given, however many other documents the store holds."""
        from kg.search.fusion import fuse

        query = check_query(query, k)
        when = parse_at(at)
        if self.index.ranker is not None:
            fused, lists = self.learned_ranking(query, qvec, exclude_group)
        else:
            lists = self.candidate_lists(query, qvec, exclude_group, docs)
            fused = fuse(lists, self.index.fusion, self.prior_rows())
        if docs is not None:  # the prior and the learned ranker bring rows of their own
            mask = self._doc_mask(docs)
            fused = {row: s for row, s in fused.items() if mask[row]}
        return self._finish(query, fused, lists, k, when, docs)

    def learned_ranking(
        self, query: str, qvec: np.ndarray | None = None, exclude_group: str | None = None
    ) -> tuple[dict[int, float], dict[str, list[int]]]:
        """Scores of the index's learned ranker over its candidates, and which source found each."""
        from kg.search.candidates import Structure, candidates
        from kg.search.rank import ranked_rows

        if self._structure is None:
            self._structure = Structure(self.index, self.index.sections)
        ranker = self.index.ranker
        cands = candidates(self, self._structure, query, ranker.params.candidates, qvec, exclude_group)
        return ranked_rows(ranker, cands), cands.sources

    def _finish(
        self,
        query: str,
        fused: dict[int, float],
        lists: dict[str, list[int]],
        k: int,
        when: date | None,
        docs: frozenset[str] | None = None,
    ) -> list[Hit]:
        p = self.index.fusion
        found_by: dict[int, set[str]] = {}
        for name, rows in lists.items():
            for r in rows[: p.depth]:
                found_by.setdefault(r, set()).add(name)
        scores: dict[int, float] = {}
        sources: dict[int, set[str]] = {}
        statuses: dict[int, tuple[str, str]] = {}
        for row, s in fused.items():
            vr = self._version_row(row, when)
            if vr is None:
                continue
            if s > scores.get(vr, -1.0):
                scores[vr] = s
            sources.setdefault(vr, set()).update(found_by.get(row, ()))
        shown = {row: self._shown(row, when) for row in scores if self.index.units[row].glosses}
        for row in list(scores):
            statuses[row] = self.status(shown[row][0] if shown.get(row) else self.index.units[row], when)
            if statuses[row][0] == "repealed":
                scores[row] *= p.repealed  # below its successor, still findable
        top = sorted(scores.items(), key=lambda rs: (-rs[1], rs[0]))[: max(k, LIFT_FROM)]
        lifted: dict[int, tuple[float, int, str]] = {}
        for row, s in top[:LIFT_FROM]:
            for other, relation in self._implied(row):
                vr = self._version_row(other, when)
                outside = vr is not None and docs is not None and self.index.units[vr].doc_id not in docs
                if vr is None or vr in scores or outside:
                    continue
                if vr not in lifted or lifted[vr][0] < s * p.lift:
                    lifted[vr] = (s * p.lift, row, relation)
        for row, (s, _, _) in lifted.items():
            statuses[row] = self.status(self.index.units[row], when)
            scores[row] = s * (p.repealed if statuses[row][0] == "repealed" else 1.0)
        ranked = sorted(scores.items(), key=lambda rs: (-rs[1], rs[0]))
        terms = self.index.lexical.query_terms(query)
        for phrase in expansions(query, self.concepts):
            for t in self.index.lexical.query_terms(phrase):
                terms.setdefault(t, 0.5)
        pins: dict[int, str] = {}

        def pin(row: int) -> str:
            # A gloss and the official text it describes are one provision: the list names it once.
            if row not in pins:
                u = self.index.units[row]
                pins[row] = u.id if u.kind == "summary" else self._pinpoint(u, terms)[0]
            return pins[row]

        final, taken = [], set()
        for row, s in ranked:
            if len(final) >= k:
                break
            if pin(row) not in taken:
                taken.add(pin(row))
                final.append((row, s))
        # The graph's consolidated history is consulted for a past date only: it costs a query per hit,
        # and for today the store's repeal and amendment records give the same status. It may drop hits
        # (not yet enacted then), so it walks down the ranking until k remain; a document found too new
        # once is skipped without asking again.
        if when is not None and self.index.units and self.index.units[0].kind != "beir":
            refined = []
            too_new: set[str] = set()
            taken = set()
            asked = 0
            for row, s in ranked:
                if len(refined) >= k or asked >= k + DATE_WINDOW:
                    break
                doc = self.index.units[row].doc_id
                if doc in too_new or pin(row) in taken:
                    continue
                asked += 1
                g = self.graph_status(self.index.units[row].id, when)
                if g is not None and g[0] == "not yet in force":
                    if not g[1].startswith("inserted"):  # a later insertion says nothing of its document
                        too_new.add(doc)
                    continue
                if g is not None:
                    if g[0] == "repealed" and statuses[row][0] != "repealed":
                        s *= p.repealed
                    statuses[row] = g
                refined.append((row, s))
                taken.add(pin(row))
            final = sorted(refined, key=lambda rs: (-rs[1], rs[0]))[:k]
        hits = []
        for rank, (row, s) in enumerate(final, start=1):
            u = self.index.units[row]
            lift = lifted.get(row)
            hits.append(
                self._hit(
                    u,
                    rank,
                    s,
                    terms,
                    statuses[row],
                    sources.get(row, set()) | ({"lift"} if lift else set()),
                    lift and self.index.units[lift[1]].id,
                    lift and lift[2],
                    shown.get(row),
                )
            )
        return hits

    def _shown(self, row: int, when: date | None) -> tuple[Unit, str, str] | None:
        """For a gloss: the official unit in force at the date and the label and text of the point it
        describes (None when that wording lacks the point: the summary is shown)."""
        u = self.index.units[row]
        held = self.index.holder(u.id)
        at = self._version_row(held, when) if held is not None else None
        if at is None:
            return None
        official = self.index.units[at]
        if official.id == u.id:
            return official, "", official.text
        part = next((p for p in official.parts if p.id == u.id), None)
        return (official, part.label, part.text) if part else None

    def _implied(self, row: int) -> list[tuple[int, str]]:
        """Units a hit implies: what sets its sanction, what cites it, what it cites."""
        out = []
        for src, _kind in self.index.in_links.get(row, ()):
            text = self.index.units[src].text.lower()
            relation = "sets sanction for" if any(w in text for w in SANCTION_WORDS) else "cites"
            out.append((src, relation))
        for tgt, kind in self.index.out_links.get(row, ()):
            out.append((tgt, "cited by" if kind != "amends" else "amended by"))
        return out

    def _hit(self, u: Unit, rank, score, terms, status, sources, lifted_from, relation, shown=None) -> Hit:
        if shown is not None:  # a gloss matched: cite and show the official text it describes
            pin_id, (u, pin_label, pin_text) = u.id, shown
        else:
            pin_id, pin_label, pin_text = self._pinpoint(u, terms)
        snippet = " ".join((pin_text or u.text).split())
        if len(snippet) > SNIPPET_CHARS:
            snippet = snippet[: SNIPPET_CHARS - 1].rsplit(" ", 1)[0] + "…"
        return Hit(
            id=u.id,
            rank=rank,
            score=round(float(score), 6),
            citation=u.citation,
            doc_id=u.doc_id,
            kind=u.kind,
            pinpoint=pin_id,
            pinpoint_citation=f"{u.citation} {pin_label}".strip() if pin_label else u.citation,
            snippet=snippet,
            is_summary=u.is_summary,
            status=status[0],
            status_note=status[1],
            sources=tuple(sorted(sources)),
            version=u.version,
            lifted_from=lifted_from or None,
            relation=relation or None,
            penjelasan=" ".join(u.penjelasan.split())[:SNIPPET_CHARS],
        )

    def _pinpoint(self, u: Unit, terms: dict[str, float]) -> tuple[str, str, str]:
        """The finer part whose own words match the query best (idf-weighted), else the unit itself."""
        if not u.parts or not terms:
            return u.id, "", ""
        lex = self.index.lexical
        best, best_score = None, 0.0
        for part in u.parts:
            words = set(lex.analyzer.terms(part.text))
            s = sum(w * lex.idf(t) for t, w in terms.items() if t in words)
            # Deeper parts win ties: "angka 4" is a better pinpoint than the "huruf n" above it.
            if s > best_score + 1e-9 or (
                best is not None
                and math.isclose(s, best_score)
                and s > 0
                and part.id.startswith(best.id + "/")
            ):
                best, best_score = part, s
        if best is None:
            return u.id, "", ""
        return best.id, best.label, best.text


_OPEN: dict[tuple[str, int], Searcher] = {}


def get_searcher(store: Store | str | Path | None = None, encoder=None, model: str | None = None) -> Searcher:
    """A Searcher for the store, reused between calls while the index is unchanged."""
    st = store if isinstance(store, Store) else Store(store)
    key = (str(st.path.resolve()), id(encoder))
    s = _OPEN.get(key)
    if s is not None:
        from kg.search.index import read_params

        params = read_params(st)
        if params is not None and params.get("corpus_hash") == s.index.params.get("corpus_hash"):
            from kg.search.index import store_fingerprint

            if params.get("store_fingerprint") == store_fingerprint(st):
                return s
    s = Searcher.open(st, encoder=encoder, model=model)
    _OPEN[key] = s
    return s


def search(store, query: str, k: int = 10, at: str | date | None = None, encoder=None) -> list[Hit]:
    """The k best hits for a query in a store (the index is built or refreshed when needed)."""
    check_query(query, k)
    return get_searcher(store, encoder).search(query, k=k, at=at)
