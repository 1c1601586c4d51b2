"""Answer cards: what applies to a question, each item a pinpoint citation of something in the store.

``ask(store, question)`` searches, then sorts what it found into obligations, prohibitions,
sanctions by regime, authorities and steps, and related cases. Items come from official text in the
store where it was ingested, else from our curated corpus summaries (marked as summaries). Nothing is
cited that the store does not hold; when no provision supports an answer, the card says so.
"""

from __future__ import annotations

import math
import re
from datetime import date

from pydantic import BaseModel, ConfigDict

from kg.search.engine import Hit, Searcher, SearchError, check_query, get_searcher, parse_at
from kg.search.units import provision_citation
from kg.store import Store, UnknownIdError

# Share of the query's term weight (idf) a hit must cover to count as support for an answer.
MIN_SUPPORT = 0.34
RELATIVE_SUPPORT = 0.6  # a hit needs this share of the best hit's support to join the card
MAX_RULES = 4  # prohibitions/obligations whose sanctions and authorities are followed
SEARCH_DEPTH = 10
SNIPPET_CHARS = 280

_PROHIBIT = re.compile(r"\b(dilarang|larangan)\b", re.I)
_OBLIGE = re.compile(r"\b(wajib|kewajiban|harus)\b", re.I)
_SANCTION = re.compile(
    r"\b(dijatuhi|dijatuhkan|dikenai|dikenakan|hukuman disiplin|sanksi|dipidana|pidana penjara|denda)\b", re.I
)
_AUTHORITY = re.compile(
    r"\b(berwenang|tim pemeriksa|pemeriksaan|rekomendasi|merekomendasikan|bawaslu|komisi aparatur|kasn|"
    r"pejabat pembina kepegawaian|menjatuhkan)\b",
    re.I,
)


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class CitedItem(_Frozen):
    """One item of an answer with its pinpoint citation."""

    id: str  # provision id (or corpus record id for a case)
    citation: str  # "PP No. 94 Tahun 2021, Pasal 14 huruf i"
    status: str  # in force / repealed / amended / unknown
    snippet: str  # official text where ingested, else our summary
    is_summary: bool  # True when the snippet is our curated summary, not official text
    regime: str | None = None  # for sanctions: disciplinary, criminal, ethics, administrative
    note: str = ""  # why it is here ("sets the sanction for pp-94-2021/pasal-5/huruf-n/angka-4")
    rests_on: tuple[str, ...] = ()  # the provision ids this item rests on


class AnswerCard(_Frozen):
    """The answer to one question."""

    question: str
    at: str | None
    supported: bool
    message: str
    obligations: tuple[CitedItem, ...] = ()
    prohibitions: tuple[CitedItem, ...] = ()
    sanctions: tuple[CitedItem, ...] = ()
    authorities: tuple[CitedItem, ...] = ()
    cases: tuple[CitedItem, ...] = ()
    related: tuple[CitedItem, ...] = ()

    def cited_ids(self) -> list[str]:
        """Every id the card cites, in card order."""
        out: list[str] = []
        for group in (
            self.obligations,
            self.prohibitions,
            self.sanctions,
            self.authorities,
            self.cases,
            self.related,
        ):
            out.extend(i.id for i in group if i.id not in out)
        return out


def _short(text: str) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= SNIPPET_CHARS else text[: SNIPPET_CHARS - 1].rsplit(" ", 1)[0] + "…"


def _regime(text: str, doc_id: str) -> str:
    """The sanction regime, in the curated corpus's vocabulary (discipline, criminal-election …)."""
    t = text.lower()
    if "pidana" in t or "penjara" in t:
        return "criminal-election"
    if "hukuman disiplin" in t or doc_id.startswith("pp-94-2021") or doc_id.startswith("pp-53-2010"):
        return "discipline"
    if "kode etik" in t or "sanksi moral" in t:
        return "ethics"
    return "administrative"


class _Builder:
    """Collects items without duplicates and cites only what the store (or its corpus) holds."""

    def __init__(self, store: Store, searcher: Searcher, at: date | None):
        self.store, self.searcher, self.at = store, searcher, at
        self.groups: dict[str, dict[str, CitedItem]] = {
            g: {} for g in ("obligations", "prohibitions", "sanctions", "authorities", "cases", "related")
        }
        self.corpus = None
        try:
            from kg.corpus import load_store_corpus

            self.corpus = load_store_corpus(store)
        except Exception:  # no curated corpus in this store
            self.corpus = None

    def official(self, pid: str) -> tuple[str, str, bool] | None:
        """(citation, text, is_summary) for a provision id: official text first, our summary second."""
        try:
            doc, prov = self.store.provision(pid)
        except (UnknownIdError, ValueError):
            doc, prov = None, None
        if doc is not None and prov is not None:
            by_id = {p.id: p for p in doc.provisions}
            parts = [prov.text]
            stack = list(prov.children)
            while stack and sum(len(x) for x in parts) < SNIPPET_CHARS:
                child = by_id.get(stack.pop(0))
                if child is not None:
                    parts.append(f"{child.label} {child.text}")
                    stack = list(child.children) + stack
            return provision_citation(doc, pid, by_id), " ".join(p for p in parts if p), False
        if self.corpus is not None:
            kp = self.corpus.provision(pid)
            if kp is not None:
                return kp.citation, kp.summary_id or kp.summary_en, True
        return None

    def status(self, pid: str) -> str:
        g = self.searcher.graph_status(pid, self.at)
        if g is not None:
            return g[0]
        rows = self.searcher.index.rows_of_id.get(_unit_of(pid, self.searcher))
        if rows:
            row = self.searcher._version_row(rows[0], self.at)  # the wording that applies on the date
            return self.searcher.status(
                self.searcher.index.units[row if row is not None else rows[0]], self.at
            )[0]
        return "unknown"

    def add(self, group: str, pid: str, note: str = "", regime: str | None = None, rests_on=()) -> bool:
        if pid in self.groups[group]:
            return True
        found = self.official(pid)
        if found is None:
            return False  # never cite what the store does not hold
        citation, text, is_summary = found
        self.groups[group][pid] = CitedItem(
            id=pid,
            citation=citation,
            status=self.status(pid),
            snippet=_short(text),
            is_summary=is_summary,
            regime=regime,
            note=note,
            rests_on=tuple(rests_on) or (pid,),
        )
        return True

    def add_case(self, case) -> None:
        """A curated case (our own words, from its cited sources), marked as a summary."""
        if case.id in self.groups["cases"]:
            return
        self.groups["cases"][case.id] = CitedItem(
            id=case.id,
            citation=f"{case.title_id} ({case.date}, {case.place})",
            status="case",
            snippet=_short(f"{case.conduct_id} Hasil: {case.outcome_id}."),
            is_summary=True,
            note="from our curated corpus",
            rests_on=tuple(case.norms),
        )

    def card(self, question: str, at: str | None, supported: bool, message: str) -> AnswerCard:
        return AnswerCard(
            question=question,
            at=at,
            supported=supported,
            message=message,
            **{g: _in_force_first(items.values()) for g, items in self.groups.items()},
        )


def _in_force_first(items) -> tuple[CitedItem, ...]:
    """Keep the found order, but repealed or replaced provisions go below those in force."""
    return tuple(sorted(items, key=lambda i: i.status.split()[0] in ("repealed", "replaced")))


def _unit_of(pid: str, searcher: Searcher) -> str:
    while pid and pid not in searcher.index.rows_of_id:
        pid = pid.rpartition("/")[0]
    return pid


def _support(searcher: Searcher, question: str, hit: Hit) -> float:
    """Share of the question's meaning (idf-weighted words and glossary concepts) found in the hit.

    A word the index has never seen weighs like the rarest one, so a question about something absent
    from the store is not "supported" by its few common words. Words a glossary concept explains
    (an English phrase, a synonym) count once, as the concept, satisfied by any of its Indonesian terms.
    """
    from kg.search.analyzer import Analyzer
    from kg.search.glossary import matched_concepts

    lex = searcher.index.lexical
    rows = searcher.index.rows_of_id.get(hit.id, [])
    if not rows:
        return 0.0
    words = set(lex.analyzer.terms(searcher.index.units[rows[0]].lexical_text()))
    ceiling = math.log(1 + (lex.num_docs - 0.5) / 1.5)  # the idf of a word found in one unit
    total = matched = 0.0
    explained: set[str] = set()
    for concept, covered in matched_concepts(question):
        explained |= covered
        terms = [lex.analyzer.terms(t) for t in concept.id]
        known = [lex.idf(t) for ts in terms for t in ts if t in lex.vocab]
        weight = max(known, default=ceiling)
        total += weight
        if any(ts and all(t in words for t in ts) for ts in terms):
            matched += weight
    plain = Analyzer(stem=False)
    for w in set(plain.words(question)) - explained:
        t = lex.analyzer.stem(w)
        weight = lex.idf(t) if t in lex.vocab else ceiling
        total += weight
        if t in words:
            matched += weight
    return matched / total if total else 0.0


def ask(store: Store | str | None, question: str, at: str | date | None = None, encoder=None) -> AnswerCard:
    """The answer card for a question (the library call behind `kg ask` and the UI)."""
    st = store if isinstance(store, Store) else Store(store)
    question = check_query(question, SEARCH_DEPTH)
    when = parse_at(at)
    at_s = when.isoformat() if when else None
    searcher = get_searcher(st, encoder)
    b = _Builder(st, searcher, when)
    hits = searcher.search(question, k=SEARCH_DEPTH, at=when)
    scored = [(h, _support(searcher, question, h)) for h in hits if h.lifted_from is None]
    best = max((s for _, s in scored), default=0.0)
    # Weak matches beside a strong one are noise; alone, below MIN_SUPPORT, nothing supports an answer.
    direct = [h for h, s in scored if s >= max(MIN_SUPPORT, RELATIVE_SUPPORT * best)]
    if not direct:
        return b.card(
            question,
            at_s,
            False,
            "Nothing in the store supports an answer to this question: no provision matches it well enough.",
        )
    rules: list[str] = []
    for h in direct:
        if h.kind == "beir":
            _add_beir(b, h)
            continue
        kind = _kind(searcher, h)
        pin = h.pinpoint
        if kind == "sanction":
            b.add("sanctions", pin, regime=_regime(_unit_text(searcher, h), h.doc_id))
        elif kind in ("prohibition", "obligation"):
            if b.add(kind + "s", pin):
                rules.append(pin)
        elif kind == "authority":
            b.add("authorities", pin, note="authority or procedure")
        else:
            b.add("related", pin)
    for pin in rules[:MAX_RULES]:
        for src in _sanctions_citing(searcher, pin):
            rows = searcher.index.rows_of_id.get(_unit_of(src, searcher), [])
            regime = _regime(searcher.index.units[rows[0]].text, src) if rows else None
            b.add("sanctions", src, note=f"sets the sanction for {pin}", regime=regime)
    if not _from_graph(b, st, rules[:MAX_RULES], when):
        _from_corpus(b, rules[:MAX_RULES])
    message = "Answer assembled from the provisions below; check the official text before relying on it."
    return b.card(question, at_s, True, message)


def _kind(searcher: Searcher, h: Hit) -> str:
    """What kind of rule a hit is, read from its chapeau chain (the words above the pinpoint too)."""
    rows = searcher.index.rows_of_id.get(h.id, [])
    if not rows:
        return "related"
    u = searcher.index.units[rows[0]]
    chain = [u.text.split("\n", 1)[0]]
    for p in u.parts:
        if h.pinpoint == p.id or h.pinpoint.startswith(p.id + "/"):
            chain.append(p.text)
    text = " ".join(chain)
    if _SANCTION.search(text):
        return "sanction"
    if _PROHIBIT.search(text):
        return "prohibition"
    if _OBLIGE.search(text):
        return "obligation"
    if _AUTHORITY.search(text):
        return "authority"
    return "related"


def _sanctions_citing(searcher: Searcher, pin: str) -> list[str]:
    """Provisions whose reference names this provision (or one containing it) and attach a sanction."""
    out: list[str] = []
    try:
        doc = searcher.store.get(pin.split("/", 1)[0])
    except (UnknownIdError, ValueError):
        return out
    by_id = {p.id: p for p in doc.provisions}
    for ref in doc.references:
        t = ref.target
        if not ref.resolved or not t or "/" not in t or not (pin == t or pin.startswith(t + "/")):
            continue
        chain, node = [], by_id.get(ref.source)
        while node is not None and node.level not in ("bab", "bagian", "paragraf"):
            chain.append(node.text)
            node = by_id.get(node.parent) if node.parent else None
        if chain and _SANCTION.search(" ".join(chain)) and ref.source not in out:
            out.append(ref.source)
    return out


def _add_beir(b: _Builder, h: Hit) -> None:
    b.groups["related"][h.id] = CitedItem(
        id=h.id, citation=h.citation, status=h.status, snippet=_short(h.snippet), is_summary=False
    )


def _unit_text(searcher: Searcher, h: Hit) -> str:
    rows = searcher.index.rows_of_id.get(h.id, [])
    return searcher.index.units[rows[0]].text if rows else h.snippet


def _from_graph(b: _Builder, store: Store, rules: list[str], when: date | None) -> bool:
    """Sanctions, authorities and cases the knowledge graph derives for the rules; False without a graph."""
    if not (store.path / "graph").exists():
        return False
    try:
        from kg.graph import queries
        from kg.graph.rdfstore import open_graph_store

        gs = open_graph_store(store)
    except Exception:  # no usable graph: the corpus fallback answers instead
        return False
    for pid in rules:
        try:
            answer = queries.sanctions(store, provision=pid, at=when, gs=gs)
        except Exception:  # the graph knows nothing of this provision
            continue
        for norm in answer.norms:
            for s in norm.sanctions:
                for p in s.provisions:
                    b.add(
                        "sanctions",
                        p,
                        note=f"{s.description_en} (for {pid})",
                        regime=s.regime,
                        rests_on=s.provisions,
                    )
            for p in norm.sanction_provisions:
                b.add("sanctions", p, note=f"sanction for: {norm.act_en}", regime=norm.regime)
            try:
                chain = queries.authority_chain(store, norm.id, at=when, gs=gs)
            except Exception:  # no chain for this norm
                chain = None
            for step in getattr(chain, "steps", ()):
                note = f"{step.stage.replace('_', ' ')}: {step.institution_name} - {step.scope_en}"
                b.add("authorities", step.provision, note=note)
            if b.corpus is not None:
                for case in b.corpus.cases_for_norm(norm.id):
                    b.add_case(case)
    return True


def _from_corpus(b: _Builder, rules: list[str]) -> None:
    """Norms, sanctions, authorities and cases our curated corpus links to the rules (when no graph)."""
    c = b.corpus
    if c is None:
        return
    for pid in rules:
        for norm in c.norms_for_provision(pid):
            for p in norm.sanction_provisions:
                b.add("sanctions", p, note=f"sanction for: {norm.act_en}", regime=norm.regime)
            for s in c.sanctions_for_norm(norm.id):
                for p in s.provisions:
                    b.add("sanctions", p, note=s.description_en, regime=s.regime)
                for inst, power in c.imposers_of(s.id):
                    b.add("authorities", power.provision, note=f"imposes: {inst.name} - {power.scope_en}")
            for inst, power in c.enforcers_of(norm.id):
                b.add("authorities", power.provision, note=f"{power.kind}: {inst.name} - {power.scope_en}")
            for case in c.cases_for_norm(norm.id):
                b.add_case(case)


def render_card(card: AnswerCard) -> str:
    """The card as plain text for the terminal."""
    lines = [f"Question: {card.question}" + (f"  (law as of {card.at})" if card.at else "")]
    if not card.supported:
        lines.append(card.message)
        return "\n".join(lines)
    titles = {
        "obligations": "Obligations",
        "prohibitions": "Prohibitions",
        "sanctions": "Sanctions by regime",
        "authorities": "Authorities and steps",
        "cases": "Related cases",
        "related": "Other relevant provisions",
    }
    for group, title in titles.items():
        items = getattr(card, group)
        if not items:
            continue
        lines.append(f"\n{title}:")
        for it in items:
            tags = [it.status] if it.status not in ("in force", "case") else []
            if it.regime:
                tags.append(it.regime)
            if it.is_summary:
                tags.append("our summary, not official text")
            tag = f" [{'; '.join(tags)}]" if tags else ""
            lines.append(f"- {it.citation}{tag}  ({it.id})")
            if it.note:
                lines.append(f"    {it.note}")
            if it.snippet:
                lines.append(f'    "{it.snippet}"')
    lines.append(f"\n{card.message}")
    return "\n".join(lines)


__all__ = ["AnswerCard", "CitedItem", "SearchError", "ask", "render_card"]
