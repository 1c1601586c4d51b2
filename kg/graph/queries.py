"""Library queries over the graph; every answer is a typed frozen record listing the provisions it rests on.

User text never enters SPARQL: free text (an act, a violation) is matched in Python against the
corpus facts fetched by fixed queries, and ids are bound as values (``GraphStore.select``).
The same functions run on the embedded store and on a SPARQL endpoint.
"""

from __future__ import annotations

import dataclasses
import difflib
import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

from rdflib import Literal as RDFLiteral
from rdflib import URIRef

from kg.errors import NoNormsError
from kg.graph.rdfstore import (
    ID,
    KGA,
    GraphStore,
    check_read_only,
    doc_iri,
    graph_iri,
    local_id,
    nt_term,
    open_graph_store,
    to_python,
)
from kg.ids import record_id_from_path
from kg.store import Store, UnknownIdError

STAGES = ("receives_reports", "investigates", "recommends", "forwards", "decides", "imposes")
CORPUS_GRAPHS = ("regulations", "norms", "sanctions", "institutions", "cases", "articles", "decisions")


# -- records ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class SanctionItem:
    """One sanction a norm carries, with the provisions it rests on."""

    id: str
    regime: str
    kind: str
    level: str | None
    description_id: str
    description_en: str
    provisions: tuple[str, ...]
    max_months: int | None = None
    max_fine: int | None = None


@dataclass(frozen=True)
class NormHit:
    """A norm that matches the question, with its sanctions and who enforces it."""

    id: str
    kind: str
    regime: str
    act_id: str
    act_en: str
    addressees: tuple[str, ...]
    periods: tuple[str, ...]
    provisions: tuple[str, ...]
    sanction_provisions: tuple[str, ...]
    sanctions: tuple[SanctionItem, ...]
    enforced_by: tuple[str, ...]
    score: float
    status: str = "in_force"  # of its provisions on the date asked (or today)
    status_note: str = ""


@dataclass(frozen=True)
class SanctionsAnswer:
    """Norms and sanctions for an act or a provision, grouped by regime."""

    act: str | None
    provision: str | None
    at: date | None
    norms: tuple[NormHit, ...]
    by_regime: dict[str, tuple[str, ...]]
    excluded: tuple[tuple[str, str], ...]  # (norm id, why it does not apply on that date)
    rests_on: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ChainStep:
    """One step of an authority chain: an institution, what it does and the provision granting it."""

    stage: str
    institution: str
    institution_name: str
    provision: str
    scope_id: str
    scope_en: str
    towards: tuple[str, ...] = ()
    norms: tuple[str, ...] = ()
    sanctions: tuple[str, ...] = ()


@dataclass(frozen=True)
class AuthorityChain:
    """Who receives the report, investigates, recommends, decides and imposes, each step cited."""

    violation: str
    at: date | None
    norms: tuple[str, ...]
    steps: tuple[ChainStep, ...]
    missing: tuple[str, ...]  # stages no institution in the corpus covers
    excluded: tuple[tuple[str, str], ...] = ()
    rests_on: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class AmendmentRow:
    id: str
    amending_doc: str
    target: str
    kind: str
    effective: date | None
    instruction: str


@dataclass(frozen=True)
class AmendmentTable:
    """What a document changed in others, and what others changed in it."""

    doc_id: str
    made: tuple[AmendmentRow, ...]  # instructions this document gives
    received: tuple[AmendmentRow, ...]  # instructions other documents give to it
    repealed_by: tuple[str, ...]
    repeals: tuple[str, ...]
    rests_on: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class CitationLink:
    source: str
    target: str
    kind: str  # cites | based_on | amends | repeals | keeps | rests_on (a curated record)


@dataclass(frozen=True)
class Citations:
    """What a provision (or anything below it) cites, and what cites it. Unpacks as (cites, cited_by)."""

    provision_id: str
    cites: tuple[CitationLink, ...]
    cited_by: tuple[CitationLink, ...]
    rests_on: list[str] = field(default_factory=list)

    def __iter__(self) -> Iterator[tuple[CitationLink, ...]]:
        yield self.cites
        yield self.cited_by


@dataclass(frozen=True)
class CaseNeighbourhood:
    """A case with its actors, conduct, norms at stake, institutions, outcome and articles."""

    case_id: str
    title_id: str
    title_en: str
    date: str
    place: str
    election: str
    conduct_id: str
    conduct_en: str
    outcome_id: str
    outcome_en: str
    unknowns: tuple[str, ...]
    actors: tuple[dict[str, Any], ...]
    norms: tuple[dict[str, Any], ...]
    institutions: tuple[dict[str, Any], ...]
    articles: tuple[dict[str, Any], ...]
    facts: tuple[dict[str, Any], ...]
    rests_on: list[str] = field(default_factory=list)
    court_name: str | None = None
    number: str | None = None
    reports: tuple[dict[str, Any], ...] = ()  # public reports (news, court records) the case rests on


@dataclass(frozen=True)
class CaseSummary:
    """One documented case or court decision, as the case list shows it (roles only, outcome as reported)."""

    id: str
    kind: str  # case | decision
    title_id: str
    title_en: str
    court: str | None
    court_name: str | None
    number: str | None
    date: str  # partial ISO date
    place: str
    election: str
    actors: tuple[dict[str, Any], ...]
    conduct_id: str
    conduct_en: str
    provisions: tuple[str, ...]
    norms: tuple[str, ...]
    outcome_id: str
    outcome_en: str
    outcome_kind: str
    sentence: dict[str, Any] | None
    sources: tuple[dict[str, Any], ...]
    reported_by: str | None
    checked_against_text: bool | None
    unknowns: tuple[str, ...]
    rests_on: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class LinkedNorm:
    """A norm of another regulation that reaches the same conduct, with the provisions it rests on."""

    id: str
    # Which record states the link: "links_to" (the norm asked about), "linked_from" (this one), "both".
    direction: str
    regulation: str
    regulation_title: str
    kind: str
    regime: str
    act_id: str
    act_en: str
    provisions: tuple[str, ...]


@dataclass(frozen=True)
class SameConduct:
    """The norms reaching the same conduct as one norm, whichever of the two records the link."""

    norm: str
    linked: tuple[LinkedNorm, ...]
    rests_on: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class SparqlTable:
    """The result of a raw read-only query."""

    variables: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]
    rests_on: list[str] = field(default_factory=list)


def to_jsonable(obj: Any) -> Any:
    """A record as plain JSON-ready data (dates as ISO strings)."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_jsonable(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, dict):
        return {str(k): to_jsonable(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [to_jsonable(x) for x in obj]
    if isinstance(obj, date):
        return obj.isoformat()
    return obj


# -- the corpus facts, fetched by fixed queries ----------------------------------------------------
class _Facts:
    """Corpus triples indexed by subject: values keep their language tag."""

    by_subject: dict[str, dict[str, list[tuple[Any, str | None]]]]

    def all(self, sid: str, pred: str) -> list[Any]:
        return [v for v, _ in self.by_subject.get(sid, {}).get(pred, [])]

    def ids(self, sid: str, pred: str) -> tuple[str, ...]:
        return tuple(local_id(v) for v in self.all(sid, pred))

    def one(self, sid: str, pred: str, lang: str | None = None) -> Any:
        for v, lg in self.by_subject.get(sid, {}).get(pred, []):
            if lang is None or lg == lang:
                return v
        return None

    def is_a(self, sid: str, cls: str) -> bool:
        return KGA + cls in self.all(sid, "type")


def _pred(p: Any) -> str:
    s = str(p)
    if s.startswith(KGA):
        return s[len(KGA) :]
    if s.endswith("#type"):
        return "type"
    return s.rsplit("#", 1)[-1]


def _corpus_id(iri_id: str) -> str:
    """``norm/pp-94-2021/x`` -> ``norm:pp-94-2021/x`` (the corpus's own spelling)."""
    return record_id_from_path(iri_id)


def _iri_id(corpus_id: str) -> str:
    return corpus_id.replace(":", "/", 1)


# -- free-text matching -------------------------------------------------------------------------------
_STOP = set(
    """a an the of in on at to for by with and or is are be was were who whom which that this these those
    as from into during before after any some its it his her their uses use using used
    yang dan di ke dari dalam pada untuk dengan atau oleh sebagai ini itu tersebut para serta
    """.split()
)
_SYNONYMS = {  # English words people ask with -> the Indonesian words the corpus also uses
    "campaign": "kampanye",
    "campaigning": "kampanye",
    "facility": "fasilitas",
    "facilities": "fasilitas",
    "civil": "pns",
    "servant": "pns",
    "servants": "pns",
    "pns": "pns",
    "asn": "asn",
    "state": "negara",
    "government": "pemerintah",
    "election": "pemilu",
    "neutrality": "netralitas",
    "neutral": "netralitas",
    "candidate": "calon",
    "party": "partai",
    "official": "pejabat",
}


@lru_cache(maxsize=1)
def _stemmer() -> Any:
    try:
        from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

        return StemmerFactory().create_stemmer()
    except ImportError:  # matching still works, a little less well
        return None


@lru_cache(maxsize=20000)
def _stem(word: str) -> str:
    st = _stemmer()
    w = st.stem(word) if st is not None else word
    for suf in ("ies", "es", "ing", "ed", "s"):
        if len(w) > len(suf) + 3 and w.endswith(suf) and w.isascii():
            return w[: -len(suf)]
    return w


def concepts(text: str) -> list[frozenset[str]]:
    """Each content word of a text as the set of its forms (stem, and the corpus's Indonesian word)."""
    out: dict[str, frozenset[str]] = {}
    for w in re.findall(r"[a-z0-9]+", text.lower()):
        if w in _STOP or len(w) < 2:
            continue
        forms = {_stem(w)} | ({_SYNONYMS[w]} if w in _SYNONYMS else set())
        out.setdefault(w, frozenset(forms))
    return list(out.values())


def tokens(text: str) -> set[str]:
    """Every form of every content word of a text."""
    return {f for c in concepts(text) for f in c}


def _in_corpus(var: str) -> str:
    """A filter keeping a graph variable to the curated corpus's graphs (whatever else the store holds)."""
    return f"FILTER(?{var} IN ({', '.join(nt_term(graph_iri('corpus/' + n)) for n in CORPUS_GRAPHS)}))"


@lru_cache(maxsize=20)
def _corpus_graphs(var: str) -> str:
    """The curated corpus's graphs bound to a graph variable up front: where a pattern also matches in
    every document's graph (extracted norms), Oxigraph then reads the corpus graphs only, not all and
    filters (60x faster at 6 million triples). Where it does not, the filter above plans better."""
    return f"VALUES ?{var} {{ {' '.join(nt_term(graph_iri('corpus/' + n)) for n in CORPUS_GRAPHS)} }}"


def _values(var: str, ids: Iterable[str]) -> str:
    """A VALUES block binding ``?var`` to the IRIs of ids read from the graph (nt_term checks each IRI)."""
    return f"VALUES ?{var} {{ {' '.join(nt_term(URIRef(ID + i)) for i in sorted(set(ids)))} }}"


# Each norm with the words it is matched on: its act and addressees, and those with its conditions
# and the summaries of the provisions it rests on. One row per norm, so no triple is copied.
_NORM_WORDS = f"""
SELECT ?n ?regime (GROUP_CONCAT(COALESCE(?act, ""); SEPARATOR=" ") AS ?act_words)
       (GROUP_CONCAT(?text; SEPARATOR=" ") AS ?all_words)
WHERE {{
  GRAPH ?gs {{ ?n a kga:Norm OPTIONAL {{ ?n kga:regime ?regime }} }} {_in_corpus("gs")}
  {{ GRAPH ?gn {{ ?n kga:act|kga:addressee ?text }} BIND(?text AS ?act) }}
  UNION {{ GRAPH ?gn {{ ?n kga:condition ?text }} }}
  UNION {{ GRAPH ?gn {{ ?n kga:restsOn ?p }} GRAPH ?gr {{ ?p kga:summaryEn|kga:summaryId ?text }}
           {_in_corpus("gr")} }}
  {_in_corpus("gn")}
}} GROUP BY ?n ?regime
"""
# Norms resting on a provision or anything below it: directly, through the clause that sanctions
# them, or through one of their sanctions (a join from the norms graph into the sanctions graph).
_NORMS_AT = f"""
SELECT DISTINCT ?n WHERE {{
  {_corpus_graphs("gs")}
  {{ GRAPH ?gs {{ ?n a kga:Norm ; kga:restsOn|kga:sanctionProvision ?p }} }}
  UNION {{ GRAPH ?gs {{ ?n a kga:Norm ; kga:sanctionedBy ?s }} GRAPH ?gt {{ ?s kga:restsOn ?p }} }}
  FILTER(?p = ?target || STRSTARTS(STR(?p), ?below))
}}
"""
# The norms linked to ?n by kga:sameConduct from either end (a link may be recorded on one norm only).
_SAME_CONDUCT = f"""
SELECT DISTINCT ?m ?dir WHERE {{
  {_corpus_graphs("gs")}
  {{ GRAPH ?gs {{ ?n kga:sameConduct ?m }} BIND("links_to" AS ?dir) }}
  UNION {{ GRAPH ?gs {{ ?m kga:sameConduct ?n }} BIND("linked_from" AS ?dir) }}
}}
"""
# Every power with its kind and what it is over or points to (a few dozen rows in the corpus).
_POWERS = f"""
SELECT ?inst ?pw ?kind ?over ?rel WHERE {{
  GRAPH ?gs {{
    ?inst a kga:Institution ; kga:hasPower ?pw . ?pw kga:powerKind ?kind .
    OPTIONAL {{
      {{ ?pw kga:overNorm ?over BIND("overNorm" AS ?rel) }}
      UNION {{ ?pw kga:overSanction ?over BIND("overSanction" AS ?rel) }}
      UNION {{ ?pw kga:towards ?over BIND("towards" AS ?rel) }}
    }}
  }} {_in_corpus("gs")}
}}
"""


class _Slice(_Facts):
    """The facts of some subjects only (norms, sanctions, powers, institutions, regulations), by id."""

    def __init__(self, gs: GraphStore, ids: Iterable[str] = ()):
        self.gs = gs
        self.by_subject = defaultdict(lambda: defaultdict(list))
        self.add(ids)

    def add(self, ids: Iterable[str]) -> None:
        """Fetch the facts of the ids not fetched yet (one query)."""
        todo = {i for i in ids if i not in self.by_subject}
        if not todo:
            return
        q = f"SELECT ?s ?p ?o WHERE {{ {_values('s', todo)} GRAPH ?gs {{ ?s ?p ?o }} {_in_corpus('gs')} }}"
        for (s, _), (p, _), o in self.gs.select_tagged(q).rows:
            self.by_subject[local_id(s)][_pred(p)].append(o)
        for i in todo:
            self.by_subject.setdefault(i, defaultdict(list))

    def regulations_of(self, nids: Iterable[str]) -> None:
        """Fetch the regulations the norms' provisions belong to (their status decides on a date)."""
        self.add({p.split("/", 1)[0] for n in nids for p in self.ids(n, "restsOn")})


# Bump when _stem, concepts, the stop words or synonyms change what tokens() gives: words kept with
# the graph (norm_words) are keyed by this, Sastrawi's version and the query, beside the graphs' hashes.
TOKENS_VERSION = "1"


@lru_cache(maxsize=1)
def _tokens_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        sastrawi = version("PySastrawi") if _stemmer() is not None else "none"
    except PackageNotFoundError:
        sastrawi = "unknown"
    words = f"{sorted(_STOP)}{sorted(_SYNONYMS.items())}{_NORM_WORDS}"
    return f"{TOKENS_VERSION}/{sastrawi}/{hashlib.sha1(words.encode()).hexdigest()}"


def norm_words(gs: GraphStore) -> dict[str, tuple[str, set[str], set[str]]]:
    """norm id -> (regime, words of its act and addressees, all its words).

    Read once per open store, and stemmed once per corpus: Sastrawi takes ~0.3 CPU s over the
    corpus's norm words, more than the rest of a CLI question, so the stems are kept beside the
    graph (``GraphStore.kept``) and a new process reads them instead.
    """

    def stem() -> list[tuple[str, str, list[str], list[str]]]:
        return [
            (
                local_id(n),
                str(regime or ""),
                sorted(tokens(act or "")),
                sorted(tokens(f"{act or ''} {words or ''}")),
            )
            for n, regime, act, words in gs.select(_NORM_WORDS).rows
        ]

    def load() -> dict[str, tuple[str, set[str], set[str]]]:
        rows = gs.kept("norm-words", _tokens_version(), [f"corpus/{n}" for n in CORPUS_GRAPHS], stem)
        return {n: (regime, set(act), set(every)) for n, regime, act, every in rows}

    return gs.memo(("queries", "norm_words"), load)


def match_norms(gs: GraphStore, text: str, words: dict | None = None) -> list[tuple[str, float]]:
    """Norms whose act, addressees, conditions and provision summaries share the question's words.

    The best matches of each regime are kept (a question about one act usually touches the
    discipline, ethics and election-crime regimes at once), so long as they cover at least a third
    of the question's words.
    """
    q = concepts(text)
    if not q:
        return []
    words = words if words is not None else norm_words(gs)
    scored: list[tuple[str, float, str]] = []
    for nid, (regime, act_words, all_words) in words.items():
        # Words of the act itself weigh double: they say what is done, summaries say more around it.
        hit_act = sum(1 for c in q if c & act_words)
        hit_all = sum(1 for c in q if c & all_words)
        score = round((2 * hit_act + hit_all) / (3 * len(q)), 3)
        if score >= 0.34:
            scored.append((nid, score, regime))
    best: dict[str, float] = {}
    for _nid, sc, reg in scored:
        best[reg] = max(best.get(reg, 0.0), sc)
    keep = [(n, sc) for n, sc, reg in scored if sc >= 0.75 * best[reg]]
    return sorted(keep, key=lambda x: (-x[1], x[0]))


# -- status on a date -----------------------------------------------------------------------------
def _state(gs: GraphStore, store: Store, f: _Facts, pid: str, at: date) -> tuple[str, str]:
    """(status, note) of a provision or document on a day: parsed history first, else the curated record."""
    from kg.graph.versions import DateBeforeDocumentError, status

    try:
        st = status(_NoSuggestions(store), pid, at, gs=gs)  # type: ignore[arg-type]
        return st.status, st.note
    except DateBeforeDocumentError as exc:
        return "not_yet_in_force", str(exc)
    except (UnknownIdError, LookupError):
        pass
    reg = pid.split("/", 1)[0]
    born = f.one(reg, "date_publication") or f.one(reg, "date_document")
    if isinstance(born, date) and at < born:
        return "not_yet_in_force", f"{reg} dates from {born.isoformat()}"
    state, since = f.one(reg, "statusState"), f.one(reg, "statusSince")
    if state in ("repealed", "replaced") and (not isinstance(since, date) or since <= at):
        by = f.one(reg, "statusBy")
        return "repealed", f"{reg} {state}" + (f" by {local_id(by)}" if by else "") + (
            f" since {since}" if since else ""
        )
    return ("in_force" if state and state != "unknown" else "unknown"), ""


class _NoSuggestions:
    """The store, except that an unknown id gets no "did you mean": _state drops that error anyway, and
    the suggestions (difflib over every id in the store) were most of a sanctions question at scale."""

    def __init__(self, store: Store):
        self._store = store

    def suggest(self, *args: Any, **kwargs: Any) -> list[str]:
        return []

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)


def _applies(states: list[tuple[str, str]]) -> tuple[bool, str]:
    live = [s for s, _ in states if s in ("in_force", "amended", "unknown")]
    if live or not states:
        return True, ""
    return False, "; ".join(n for _, n in states if n) or states[0][0]


# -- the queries ----------------------------------------------------------------------------------------
def _open(store: Store, gs: GraphStore | None) -> tuple[GraphStore, bool]:
    return (gs, False) if gs is not None else (open_graph_store(store), True)


def _sanction_item(f: _Facts, sid: str) -> SanctionItem:
    return SanctionItem(
        id=_corpus_id(sid),
        regime=f.one(sid, "regime") or "",
        kind=f.one(sid, "sanctionKind") or "",
        level=f.one(sid, "sanctionLevel"),
        description_id=f.one(sid, "description", "id") or "",
        description_en=f.one(sid, "description", "en") or "",
        provisions=f.ids(sid, "restsOn"),
        max_months=f.one(sid, "maxMonths"),
        max_fine=f.one(sid, "maxFine"),
    )


def _norm_hit(f: _Facts, nid: str, score: float, status: str = "in_force", note: str = "") -> NormHit:
    return NormHit(
        id=_corpus_id(nid),
        kind=local_id(str(f.one(nid, "normKind") or ""))
        .rsplit("#", 1)[-1]
        .lower()
        .replace("powernorm", "power"),
        regime=f.one(nid, "regime") or "",
        act_id=f.one(nid, "act", "id") or "",
        act_en=f.one(nid, "act", "en") or "",
        addressees=tuple(sorted(map(str, f.all(nid, "addressee")))),
        periods=tuple(sorted(map(str, f.all(nid, "period")))),
        provisions=f.ids(nid, "restsOn"),
        sanction_provisions=f.ids(nid, "sanctionProvision"),
        sanctions=tuple(_sanction_item(f, s) for s in f.ids(nid, "sanctionedBy")),
        enforced_by=tuple(_corpus_id(i) for i in f.ids(nid, "enforcedBy")),
        score=score,
        status=status,
        status_note=note,
    )


def sanctions(
    store: Store,
    act: str | None = None,
    provision: str | None = None,
    at: date | None = None,
    gs: GraphStore | None = None,
) -> SanctionsAnswer:
    """Norms and sanctions for an act (free text) or a provision, across regimes, on a date."""
    if not act and not provision:
        raise ValueError("give an act (free text) or a provision id")
    gs, own = _open(store, gs)
    try:
        words = norm_words(gs)
        if not words:
            raise NoNormsError(
                "the graph holds no norms: ingest the corpus (kg ingest corpus/) and run kg build"
            )
        found: dict[str, float] = {}
        if provision:
            target = doc_iri(provision)
            bound = {"target": target, "below": RDFLiteral(str(target) + "/")}
            found = {local_id(n): 1.0 for (n,) in gs.select(_NORMS_AT, bound).rows}
            if not found:
                _unknown_provision(gs, store, provision)
        if act:
            hits = match_norms(gs, act, words)
            if provision:  # both: the provision's norms, ranked by the act
                found = {n: dict(hits).get(n, 0.0) for n in found}
            else:
                found = dict(hits)
        f = _Slice(gs, found)
        f.add(s for n in found for s in f.ids(n, "sanctionedBy"))
        f.regulations_of(found)
        day = at or date.today()
        norms: list[NormHit] = []
        excluded: list[tuple[str, str]] = []
        for nid, score in sorted(found.items(), key=lambda x: (-x[1], x[0])):
            states = [_state(gs, store, f, p, day) for p in f.ids(nid, "restsOn")]
            ok, why = _applies(states)
            if not ok:  # on the date asked, or today: old regimes are listed as excluded
                excluded.append((_corpus_id(nid), why))
                continue
            status = "in_force" if ok else states[0][0]
            norms.append(_norm_hit(f, nid, score, status, why))
        by_regime: dict[str, list[str]] = defaultdict(list)
        rests: list[str] = []
        for n in norms:
            by_regime[n.regime].append(n.id)
            rests += [*n.provisions, *n.sanction_provisions, *(p for s in n.sanctions for p in s.provisions)]
        return SanctionsAnswer(
            act,
            provision,
            at,
            tuple(norms),
            {k: tuple(v) for k, v in by_regime.items()},
            tuple(excluded),
            list(dict.fromkeys(rests)),
        )
    finally:
        if own:
            gs.close()


def _power_check(gs: GraphStore, store: Store, f: _Facts, inst: str, pw: str, day: date) -> str:
    """Why a power does not hold on a day ('' when it does)."""
    inst_state, inst_since = f.one(inst, "statusState"), f.one(inst, "statusSince")
    granted = f.ids(pw, "grantedBy")[0]
    vf, vt = f.one(pw, "validFrom"), f.one(pw, "validTo")
    if isinstance(vf, date) and day < vf:
        return f"power starts on {vf}"
    if isinstance(vt, date) and day > vt:
        return f"power ended on {vt}"
    for ender in f.ids(pw, "endedBy"):
        # The day an ending act took effect may be unknown (Perpres 91/2024 ending KASN's powers): the power
        # is certainly over once that act's year has passed; inside that year it is left standing.
        born = f.one(ender, "date_publication") or f.one(ender, "date_document")
        year = f.one(ender, "tahun")
        over = born if isinstance(born, date) else (date(int(year) + 1, 1, 1) if year else None)
        if over is not None and day >= over:
            when = "" if isinstance(born, date) else f" (during {year}; day not verified)"
            return f"power ended by {ender}{when}"
    if inst_state in ("dissolved", "functions_transferred") and (
        not isinstance(inst_since, date) or inst_since <= day
    ):
        return f"{_corpus_id(inst)} {inst_state.replace('_', ' ')}" + (
            f" since {inst_since}" if inst_since else ""
        )
    st, note = _state(gs, store, f, granted, day)
    if st in ("repealed", "not_yet_in_force"):
        return f"{granted}: {note or st}"
    return ""


def authority_chain(
    store: Store, violation: str, at: date | None = None, gs: GraphStore | None = None
) -> AuthorityChain:
    """The chain receives_reports -> investigates -> recommends -> decides -> imposes for a violation.

    The violation is matched to norms (free text, or a norm id). A power joins the chain when it
    names one of those norms or their sanctions, or a norm that the same imposing/recommending
    power groups with them (the general neutrality duty beside the specific campaign bans). Bodies
    that such powers point to (``towards``), and the powers of chain bodies that name no norm at
    all (Bawaslu receiving reports, the PPK forming an examining team) complete the chain.
    Powers that do not hold on the date (ended, granted by a repealed provision, body dissolved)
    are listed as excluded.
    """
    gs, own = _open(store, gs)
    try:
        day = at or date.today()
        f = _Slice(gs)
        matched = _chain_norms(gs, store, f, violation, day)
        f.add(matched)
        kind_of, links, powers = _power_table(gs)
        family = set(matched)
        for _inst, pw in powers:  # norms grouped with the matched ones by one power
            if kind_of[pw] in ("imposes", "recommends") and links[pw]["overNorm"] & set(matched):
                family |= links[pw]["overNorm"]
        sanction_ids = {s for n in matched for s in f.ids(n, "sanctionedBy")}
        chosen = _chosen_powers(powers, kind_of, links, family, sanction_ids)
        # The facts of the chosen powers, their bodies and the regulations granting them, in two queries.
        f.add({pw for pw in chosen} | {inst for inst, _ in chosen.values()})
        f.add({p.split("/", 1)[0] for pw in chosen for p in f.ids(pw, "grantedBy")})
        steps, excluded = _chain_steps(gs, store, f, chosen, family, sanction_ids, day)
        present = {s.stage for s in steps}
        missing = tuple(s for s in STAGES if s not in present and s != "forwards")
        rests = [s.provision for s in steps]
        return AuthorityChain(
            violation,
            at,
            tuple(_corpus_id(n) for n in matched),
            tuple(steps),
            missing if matched else STAGES,
            tuple(sorted(excluded)),
            list(dict.fromkeys(rests)),
        )
    finally:
        if own:
            gs.close()


def _chain_norms(gs: GraphStore, store: Store, f: _Slice, violation: str, day: date) -> list[str]:
    """The norms a violation names: a norm id as given, else the matched norms that apply on the day."""
    words = norm_words(gs)
    if violation in {_corpus_id(n) for n in words}:
        return [_iri_id(violation)]
    matched = []
    hits = [n for n, _ in match_norms(gs, violation, words)]
    f.add(hits)
    f.regulations_of(hits)
    for n in hits:
        states = [_state(gs, store, f, p, day) for p in f.ids(n, "restsOn")]
        if _applies(states)[0]:
            matched.append(n)
    return matched


def _power_table(
    gs: GraphStore,
) -> tuple[dict[str, str], dict[str, dict[str, set[str]]], list[tuple[str, str]]]:
    """Every power: its kind, what it is over or points to (by relation), and (institution, power) pairs."""
    kind_of: dict[str, str] = {}
    links: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    inst_powers: dict[str, list[str]] = defaultdict(list)
    for inst, pw, kind, over, rel in sorted(gs.select(_POWERS).rows, key=lambda r: (r[0], r[1])):
        inst, pw = local_id(inst), local_id(pw)
        if pw not in kind_of:
            inst_powers[inst].append(pw)
        kind_of[pw] = str(kind)
        if rel:
            links[pw][rel].add(local_id(over))
    return kind_of, links, [(inst, pw) for inst in sorted(inst_powers) for pw in inst_powers[inst]]


def _chosen_powers(
    powers: list[tuple[str, str]],
    kind_of: dict[str, str],
    links: dict[str, dict[str, set[str]]],
    family: set[str],
    sanction_ids: set[str],
) -> dict[str, tuple[str, str]]:
    """Powers over the norms or their sanctions, closed over the general powers of the bodies reached."""
    chosen: dict[str, tuple[str, str]] = {}
    for inst, pw in powers:
        if kind_of[pw] in STAGES and (
            links[pw]["overNorm"] & family or links[pw]["overSanction"] & sanction_ids
        ):
            chosen[pw] = (inst, pw)
    general = ("receives_reports", "investigates", "decides")
    # A body's powers over no named norm are general to what it handles: taking reports in and
    # examining them wherever the chain reaches. What it decides without naming a norm (forming an
    # examining team) joins only for a body acting on the violation itself, not for one merely passed
    # to (the KPU's administrative rulings, which the regional-election law's powers would flood in).
    acting = {i for i, _ in chosen.values()}
    for _round in range(4):
        bodies = {i for i, _ in chosen.values()}
        bodies |= {t for _, pw in chosen.values() for t in links[pw]["towards"]}
        grown = False
        for inst, pw in powers:
            if pw in chosen or inst not in bodies or kind_of[pw] not in general:
                continue
            if kind_of[pw] == "decides" and inst not in acting:
                continue
            if links[pw]["overNorm"] or links[pw]["overSanction"]:
                continue
            chosen[pw] = (inst, pw)
            grown = True
        if not grown:
            break
    return chosen


def _chain_steps(
    gs: GraphStore,
    store: Store,
    f: _Slice,
    chosen: dict[str, tuple[str, str]],
    family: set[str],
    sanction_ids: set[str],
    day: date,
) -> tuple[list[ChainStep], list[tuple[str, str]]]:
    """The chosen powers that hold on the day as steps in stage order, and the excluded ones with why."""
    steps: list[ChainStep] = []
    excluded: list[tuple[str, str]] = []
    for inst, pw in chosen.values():
        kind = f.one(pw, "powerKind")
        granted = f.ids(pw, "grantedBy")[0]
        why = _power_check(gs, store, f, inst, pw, day)
        if why:
            excluded.append((f"{_corpus_id(inst)} {kind} ({granted})", why))
            continue
        steps.append(
            ChainStep(
                stage=kind,
                institution=_corpus_id(inst),
                institution_name=f.one(inst, "name") or "",
                provision=granted,
                scope_id=f.one(pw, "scope", "id") or "",
                scope_en=f.one(pw, "scope", "en") or "",
                towards=tuple(_corpus_id(x) for x in f.ids(pw, "towards")),
                norms=tuple(sorted(_corpus_id(x) for x in set(f.ids(pw, "overNorm")) & family)),
                sanctions=tuple(sorted(_corpus_id(x) for x in set(f.ids(pw, "overSanction")) & sanction_ids)),
            )
        )
    steps.sort(key=lambda s: (STAGES.index(s.stage), s.institution, s.provision))
    return steps, excluded


def amendment_table(store: Store, doc_id: str, gs: GraphStore | None = None) -> AmendmentTable:
    """The instructions a document gives to others and receives from others, and its repeals."""
    gs, own = _open(store, gs)
    try:
        d = doc_iri(doc_id)
        exists = gs.select("SELECT ?g WHERE { GRAPH ?g { ?doc ?p ?o } } LIMIT 1", {"doc": d}).rows
        if not exists:
            raise UnknownIdError(doc_id, store.suggest(doc_id) or _graph_suggest(gs, doc_id))
        q = """SELECT ?am ?adoc ?target ?kind ?eff ?instr WHERE { GRAPH ?g {
                 ?am a kga:Amendment ; kga:amendingDocument ?adoc ; kga:targetDocument ?tdoc ;
                     kga:target ?target ; kga:amendmentKind ?kind .
                 OPTIONAL { ?am kga:effective ?eff } OPTIONAL { ?am kga:instruction ?instr } } }"""
        made = [_row(r) for r in gs.select(q, {"adoc": d}).rows]
        received = [_row(r) for r in gs.select(q, {"tdoc": d}).rows]
        repealed_by = [
            local_id(r[0])
            for r in gs.select(
                "SELECT DISTINCT ?by WHERE { GRAPH ?g { ?by eli:repeals ?doc } }", {"doc": d}
            ).rows
        ]
        repeals = [
            local_id(r[0])
            for r in gs.select(
                "SELECT DISTINCT ?t WHERE { GRAPH ?g { ?by eli:repeals ?t } FILTER (?by = ?doc "
                '|| STRSTARTS(STR(?by), CONCAT(STR(?doc), "/"))) }',
                {"doc": d},
            ).rows
        ]
        key = lambda r: (r.effective or date.min, r.id)  # noqa: E731
        made.sort(key=key)
        received.sort(key=key)
        rests = [r.id.removesuffix("/amendment") for r in made + received] + repealed_by
        return AmendmentTable(
            doc_id,
            tuple(made),
            tuple(received),
            tuple(sorted(set(repealed_by))),
            tuple(sorted(set(repeals))),
            list(dict.fromkeys(rests)),
        )
    finally:
        if own:
            gs.close()


def _row(r: tuple[Any, ...]) -> AmendmentRow:
    am, adoc, target, kind, eff, instr = r
    return AmendmentRow(
        local_id(am),
        local_id(adoc),
        local_id(target),
        kind,
        eff if isinstance(eff, date) else None,
        instr or "",
    )


_LINKS = {
    "http://data.europa.eu/eli/ontology#cites": "cites",
    "http://data.europa.eu/eli/ontology#based_on": "based_on",
    "http://data.europa.eu/eli/ontology#amends": "amends",
    "http://data.europa.eu/eli/ontology#repeals": "repeals",
    KGA + "keeps": "keeps",
    KGA + "restsOn": "rests_on",
    KGA + "sanctionProvision": "rests_on",
    KGA + "grantedBy": "rests_on",
}


def citations(store: Store, provision_id: str, gs: GraphStore | None = None) -> Citations:
    """What a provision (and anything below it) cites, and what cites it (provisions and curated records)."""
    gs, own = _open(store, gs)
    try:
        p = RDFLiteral(ID + provision_id)
        try:
            bind = {"p": p, "doc": doc_iri(provision_id.split("/", 1)[0]), "self": doc_iri(provision_id)}
        except ValueError:
            raise UnknownIdError(provision_id, []) from None
        preds = " ".join(f"<{u}>" for u in _LINKS)
        # The provision and the nodes below it are found through their document (an index lookup),
        # then the links are followed from them: no scan of every link in a large graph.
        below = 'GRAPH ?g1 { ?x kga:inDocument ?doc } FILTER (STRSTARTS(STR(?x), CONCAT(?p, "/")))'
        outside = 'FILTER (!(STR(?s) = ?p || STRSTARTS(STR(?s), CONCAT(?p, "/"))))'
        rel = f"VALUES ?rel {{ {preds} }}"
        out_rows = gs.select(
            f"SELECT DISTINCT ?self ?rel ?t WHERE {{ {rel} GRAPH ?g2 {{ ?self ?rel ?t }} }}", bind
        ).rows
        out_rows += gs.select(
            f"SELECT DISTINCT ?x ?rel ?t WHERE {{ {below} {rel} GRAPH ?g2 {{ ?x ?rel ?t }} }}", bind
        ).rows
        in_rows = gs.select(
            f"SELECT DISTINCT ?s ?rel ?self WHERE {{ {rel} GRAPH ?g2 {{ ?s ?rel ?self }} {outside} }}", bind
        ).rows
        in_rows += gs.select(
            f"SELECT DISTINCT ?s ?rel ?x WHERE {{ {below} {rel} GRAPH ?g2 {{ ?s ?rel ?x }} {outside} }}", bind
        ).rows
        if not out_rows and not in_rows:
            _unknown_provision(gs, store, provision_id)

        def link(r: tuple[Any, ...]) -> CitationLink:
            s, rel, t = r
            return CitationLink(_corpus_id(local_id(s)), _corpus_id(local_id(t)), _LINKS[rel])

        cites = tuple(sorted({link(r) for r in out_rows}, key=lambda c: (c.kind, c.source, c.target)))
        cited_by = tuple(sorted({link(r) for r in in_rows}, key=lambda c: (c.kind, c.source, c.target)))
        rests = [provision_id] + [c.target for c in cites if "/" in c.target and ":" not in c.target]
        rests += [c.source for c in cited_by if ":" not in c.source]
        return Citations(provision_id, cites, cited_by, list(dict.fromkeys(rests)))
    finally:
        if own:
            gs.close()


def case_neighbourhood(store: Store, case_id: str, gs: GraphStore | None = None) -> CaseNeighbourhood:
    """A case and everything around it: actors, conduct, norms, institutions, outcome, articles."""
    gs, own = _open(store, gs)
    try:
        cid, iri, f = _curated_record(gs, case_id, "case", "Case", _known_cases)
        # The case's own facts name everything around it; journal articles name the case instead.
        discussing = {
            local_id(a)
            for (a,) in gs.select(
                f"SELECT ?a WHERE {{ {_corpus_graphs('gs')} GRAPH ?gs {{ ?a kga:discusses ?c }} }}",
                {"c": iri},
            ).rows
        }
        around = ("involves", "atStake", "institutionInvolved", "describedIn", "hasEvent")
        f.add({i for pred in around for i in f.ids(cid, pred)} | discussing)
        actors = tuple(
            {
                "id": _corpus_id(a),
                "role_id": f.one(a, "role", "id"),
                "role_en": f.one(a, "role", "en"),
                "count": f.one(a, "count"),
                "employment": f.one(a, "employment"),
            }
            for a in f.ids(cid, "involves")
        )
        norms = tuple(
            {
                "id": _corpus_id(n),
                "kind": _norm_hit(f, n, 0).kind,
                "act_en": f.one(n, "act", "en"),
                "act_id": f.one(n, "act", "id"),
                "provisions": list(f.ids(n, "restsOn")),
                "sanction_provisions": list(f.ids(n, "sanctionProvision")),
            }
            for n in f.ids(cid, "atStake")
        )
        insts = tuple(
            {"id": _corpus_id(i), "name": f.one(i, "name"), "name_en": f.one(i, "nameEn")}
            for i in f.ids(cid, "institutionInvolved")
        )
        journal = {a for a in [*f.ids(cid, "describedIn"), *discussing] if f.is_a(a, "JournalArticle")}
        art_ids = set(f.ids(cid, "describedIn")) & journal
        art_ids |= {a for a in journal if cid in f.ids(a, "discusses")}
        reports = tuple(
            {k: f.one(r, k) for k in ("outlet", "locator", "reportDate", "reportKind") if f.one(r, k)}
            for r in f.ids(cid, "describedIn")
            if r not in journal
        )
        articles = tuple(
            {
                "id": _corpus_id(a),
                "title": f.one(a, "title"),
                "year": f.one(a, "year"),
                "authors": list(map(str, f.all(a, "author"))),
            }
            for a in sorted(art_ids)
        )
        facts = tuple(
            {
                "statement_id": f.one(e, "statement", "id"),
                "statement_en": f.one(e, "statement", "en"),
                "sources": [_corpus_id(x) for x in f.ids(e, "describedIn")],
            }
            for e in f.ids(cid, "hasEvent")
        )
        rests = [p for n in norms for p in n["provisions"] + n["sanction_provisions"]]
        return CaseNeighbourhood(
            case_id=_corpus_id(cid),
            title_id=f.one(cid, "title", "id") or "",
            title_en=f.one(cid, "title", "en") or "",
            date=str(f.one(cid, "date") or ""),
            place=f.one(cid, "place") or "",
            election=f.one(cid, "election") or "unknown",
            conduct_id=f.one(cid, "conduct", "id") or "",
            conduct_en=f.one(cid, "conduct", "en") or "",
            outcome_id=f.one(cid, "outcome", "id") or "",
            outcome_en=f.one(cid, "outcome", "en") or "",
            unknowns=tuple(map(str, f.all(cid, "unknown"))),
            actors=actors,
            norms=norms,
            institutions=insts,
            articles=articles,
            facts=facts,
            rests_on=list(dict.fromkeys(rests + list(f.ids(cid, "appliesProvision")))),
            court_name=f.one(cid, "courtName"),
            number=f.one(cid, "caseNumber"),
            reports=reports,
        )
    finally:
        if own:
            gs.close()


def same_conduct(store: Store, norm_id: str, gs: GraphStore | None = None) -> SameConduct:
    """The norms of other regulations reaching the same conduct as a norm, read from both ends of the link."""
    gs, own = _open(store, gs)
    try:
        nid, iri, f = _curated_record(gs, norm_id, "norm", "Norm", _known_norms)
        directions: dict[str, set[str]] = defaultdict(set)
        for m, d in gs.select(_SAME_CONDUCT, {"n": iri}).rows:
            directions[local_id(m)].add(str(d))
        f.add(list(directions))
        regulation = {m: _corpus_id(m).split(":", 1)[1].split("/", 1)[0] for m in directions}
        f.add(regulation.values())
        linked = tuple(
            LinkedNorm(
                id=_corpus_id(m),
                direction=next(iter(d)) if len(d) == 1 else "both",
                regulation=regulation[m],
                regulation_title=f.one(regulation[m], "title") or "",
                kind=_norm_hit(f, m, 0).kind,
                regime=f.one(m, "regime") or "",
                act_id=f.one(m, "act", "id") or "",
                act_en=f.one(m, "act", "en") or "",
                provisions=tuple(sorted(f.ids(m, "restsOn"))),
            )
            for m, d in sorted(directions.items(), key=lambda x: (regulation[x[0]], x[0]))
        )
        rests = sorted(f.ids(nid, "restsOn")) + [p for n in linked for p in n.provisions]
        return SameConduct(_corpus_id(nid), linked, list(dict.fromkeys(rests)))
    finally:
        if own:
            gs.close()


def _curated_record(gs: GraphStore, wanted: str, prefix: str, kind: str, known) -> tuple[str, Any, _Slice]:
    """(id, IRI, facts) of a curated record asked for with or without its prefix ("case:", "norm:");
    an unknown id is an error naming the closest known ones."""
    rid = _iri_id(wanted if wanted.startswith(f"{prefix}:") else f"{prefix}:{wanted}")
    try:
        iri = doc_iri(rid)
    except ValueError:  # not an id at all
        raise UnknownIdError(wanted, known(gs, wanted)) from None
    f = _Slice(gs, [rid])
    if not f.is_a(rid, kind):
        raise UnknownIdError(wanted, known(gs, wanted))
    return rid, iri, f


def _known_norms(gs: GraphStore, wanted: str) -> list[str]:
    """The curated norm ids closest to one not found."""
    known = sorted(_corpus_id(n) for n in norm_words(gs))
    return difflib.get_close_matches(wanted, known, n=5, cutoff=0.5)


def _known_cases(gs: GraphStore, wanted: str) -> list[str]:
    """The case ids closest to one not found (the first few when none is close)."""
    rows = gs.select(f"SELECT ?c WHERE {{ {_corpus_graphs('gs')} GRAPH ?gs {{ ?c a kga:Case }} }}").rows
    known = sorted(_corpus_id(local_id(c)) for (c,) in rows)
    return difflib.get_close_matches(wanted, known, n=5, cutoff=0.3) or known[:5]


def _case_summaries(bundle: Any) -> list[CaseSummary]:
    out = []
    for c in bundle.cases:
        provs = list(c.provisions)
        for nid in c.norms:
            n = bundle.norm(nid)
            provs += (n.provisions + n.sanction_provisions) if n else []
        out.append(
            CaseSummary(
                id=c.id,
                kind="case",
                title_id=c.title_id,
                title_en=c.title_en,
                court=c.court,
                court_name=c.court_name,
                number=c.number,
                date=c.date,
                place=c.place,
                election=c.election,
                actors=tuple(a.model_dump() for a in c.actors),
                conduct_id=c.conduct_id,
                conduct_en=c.conduct_en,
                provisions=tuple(c.provisions),
                norms=tuple(c.norms),
                outcome_id=c.outcome_id,
                outcome_en=c.outcome_en,
                outcome_kind=c.outcome_kind,
                sentence=c.sentence.model_dump() if c.sentence else None,
                sources=tuple(x.model_dump(exclude_none=True) for x in [*c.sources, *c.reports]),
                reported_by=c.reported_by,
                checked_against_text=c.checked_against_text,
                unknowns=tuple(c.unknowns),
                rests_on=list(dict.fromkeys(provs)),
            )
        )
    for d in bundle.decisions:
        provs = list(dict.fromkeys([*d.tested, *(r.provision for r in d.rulings)]))
        out.append(
            CaseSummary(
                id=d.id,
                kind="decision",
                title_id=d.title_id,
                title_en=d.title_en,
                court=d.court,
                court_name=d.court_name,
                number=d.number,
                date=d.date_read.isoformat() if d.date_read else "",
                place=d.court_name,
                election="unknown",
                actors=tuple({"role_en": p, "role": None} for p in d.petitioners),
                conduct_id="",
                conduct_en="judicial review of " + ", ".join(d.tested),
                provisions=tuple(provs),
                norms=(),
                outcome_id=d.result_id,
                outcome_en=d.result_en,
                outcome_kind="decided" if d.date_read else "pending",
                sentence=None,
                sources=tuple(x.model_dump(exclude_none=True) for x in d.reports),
                reported_by=d.reported_by,
                checked_against_text=d.checked_against_text,
                unknowns=tuple(d.unknowns),
                rests_on=provs,
            )
        )
    return sorted(out, key=lambda c: (c.date, c.id))


def case_list(
    store: Store,
    provision: str | None = None,
    actor: str | None = None,
    court: str | None = None,
    case_id: str | None = None,
) -> tuple[CaseSummary, ...]:
    """Documented cases and court decisions in date order, filtered by provision, actor role or court.

    A provision matches a case that applied it, or a provision above or below it (directly or through
    a norm at stake). An actor matches a role slug (``kepala-desa``) or words of the role; a court
    matches its code (``pn``, ``mk``) or words of its name (``Solok``).
    """
    from kg.corpus import load_store_corpus

    bundle = load_store_corpus(store)
    if bundle is None:
        return ()

    def near(ref: str, pid: str) -> bool:
        return ref == pid or ref.startswith(pid + "/") or pid.startswith(ref + "/")

    def keep(c: CaseSummary) -> bool:
        if case_id and c.id != case_id:
            return False
        if provision and not any(near(r, provision.strip()) for r in c.rests_on):
            return False
        if actor:
            want = actor.strip().lower()
            roles = [str(a.get("role") or "") for a in c.actors]
            words = " ".join(f"{a.get('role_en') or ''} {a.get('role_id') or ''}" for a in c.actors)
            if want not in roles and want.replace("-", " ") not in words.lower():
                return False
        if court:
            want = court.strip().lower()
            if want != (c.court or "") and want not in (c.court_name or "").lower():
                return False
        return True

    return tuple(c for c in _case_summaries(bundle) if keep(c))


def run_sparql(store: Store, query: str, gs: GraphStore | None = None) -> SparqlTable:
    """A raw read-only query over all graphs; updates are refused, bad syntax gets the parser's message."""
    check_read_only(query)
    gs, own = _open(store, gs)
    try:
        try:
            result = gs.raw(query)
        except Exception as exc:
            raise ValueError(f"the query failed: {exc}") from exc
        if result.type == "ASK":
            return SparqlTable(("ask",), ((bool(result.askAnswer),),))
        if result.type in ("CONSTRUCT", "DESCRIBE"):
            rows = tuple((to_python(s), to_python(p), to_python(o)) for s, p, o in result.graph)
            return SparqlTable(("subject", "predicate", "object"), rows)
        names = tuple(str(v) for v in result.vars or [])
        rows = tuple(
            tuple(
                to_python(r.get(v)) if hasattr(r, "get") else to_python(x)
                for v, x in zip(result.vars, r, strict=False)
            )
            for r in result
        )
        return SparqlTable(names, rows)
    finally:
        if own:
            gs.close()


def _graph_suggest(gs: GraphStore, wanted: str) -> list[str]:
    doc = wanted.split("/", 1)[0]
    rows = gs.select(
        """SELECT DISTINCT ?p WHERE { GRAPH ?g { ?p kga:inDocument ?doc } }""", {"doc": doc_iri(doc)}
    ).rows
    pool = [local_id(r[0]) for r in rows] or list(gs.graph_hashes())
    return difflib.get_close_matches(wanted, pool, n=5, cutoff=0.5)


def _unknown_provision(gs: GraphStore, store: Store, pid: str) -> None:
    """Raise UnknownIdError for a provision the graph does not know (no-op if it does)."""
    try:
        iri = doc_iri(pid)
    except ValueError:
        raise UnknownIdError(pid, []) from None
    known = gs.select("SELECT ?g WHERE { GRAPH ?g { ?p ?x ?y } } LIMIT 1", {"p": iri}).rows
    known = known or gs.select("SELECT ?g WHERE { GRAPH ?g { ?x ?y ?p } } LIMIT 1", {"p": iri}).rows
    if not known:
        raise UnknownIdError(pid, _graph_suggest(gs, pid))


__all__ = [
    "AmendmentTable",
    "AuthorityChain",
    "CaseNeighbourhood",
    "CaseSummary",
    "Citations",
    "SameConduct",
    "SanctionsAnswer",
    "SparqlTable",
    "amendment_table",
    "authority_chain",
    "case_list",
    "case_neighbourhood",
    "citations",
    "run_sparql",
    "same_conduct",
    "sanctions",
    "to_jsonable",
]
