"""Answer cards: what applies to a question, each item a pinpoint citation of something in the store.

``ask(store, question)`` parses the question (``kg.question``: language, named regulation, date,
intent, actor, election kind, conduct), matches the conduct to norms that bind the actor
(``kg.conduct``), follows each norm to its sanctions in every regime and the authorities that impose
them, and adds what the search finds directly (scoped to a named regulation, definitions from
Pasal 1). It sorts that into obligations, prohibitions, permissions, sanctions by regime, authorities and
steps, definitions and related cases, with close alternatives ("also consider") and conflicts.
Items come from official text in the
store where it was ingested, else from our curated corpus summaries (marked as summaries). Nothing is
cited that the store does not hold; when no provision supports an answer, the card says so.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import partial
from itertools import zip_longest
from weakref import WeakKeyDictionary

from pydantic import BaseModel, ConfigDict

from ingest.actors import ACTORS
from ingest.citations import find_citations
from kg.conduct import (
    DREW_IN_WHY,
    MIN_CONFIDENCE,
    OTHER_REGIME_SHARE,
    act_applies,
    actor_allows,
    best_by_words,
    binds,
    drawn_in,
    general_duties,
    implied_words,
    in_force,
    involving,
    office_duties,
    period_allows,
    put_to_use,
    same_conduct,
    scope_of,
    second_office,
    select,
)
from kg.conduct_prior import load_prior
from kg.errors import KgError
from kg.harm import REACH_EN, Reach, harm_reach, points_reaching
from kg.ids import doc_number, doc_of, format_citation, format_document_citation, format_segment, pasal_of
from kg.posts import LEVEL_WORDS, fitting_points, reaches, read_posts, splits, typed
from kg.quantities import DayRange, days_absent, points_holding
from kg.question import (
    ASN_ACTORS,
    QUOTED_TERM,
    NamedRegulation,
    Question,
    asks,
    asks_still,
    catalog_from_corpus,
    conduct_words,
    find_date,
    find_intent,
    find_regulations,
    in_force_on,
    is_question,
    month_after,
    named_provisions,
    parse_question,
    split_sentences,
)
from kg.remedies import pending_bars, route_2010, route_2021
from kg.result_order import GROUPS, Candidate, candidates, covered_last, load_order
from kg.rulings import rulings_asked
from kg.search.engine import Hit, Searcher, SearchError, check_query, get_searcher, parse_at
from kg.search.units import provision_citation
from kg.store import Store

# Share of the query's term weight (idf) a hit must cover to count as support for an answer.
MIN_SUPPORT = 0.34
# An English word the index never saw weighs half the rarest one: it may translate a word the index holds.
UNSEEN_EN = 0.5
RELATIVE_SUPPORT = 0.6  # a hit needs this share of the best hit's support to join the card
# The words of the remedies against a decision, as the norms granting them say it (``Question.remedy``).
REMEDY_WORDS = "upaya administratif keberatan banding administratif"
# The card's group for each kind of norm the matcher may choose.
_RULE_GROUPS = {"prohibition": "prohibitions", "obligation": "obligations", "permission": "permissions"}
MAX_RULES = 4  # prohibitions/obligations whose sanctions and authorities are followed
ASK_FUSION = 1.0  # weight of the search for a story's asking sentences alone beside the whole question's
RRF_K = 60  # the reciprocal-rank constant fusing the two
ASK_MIN_WORDS = 25  # only a story long enough to drown its question is searched twice
SEARCH_DEPTH = 10
SNIPPET_CHARS = 280
FINER_OVERLAP = 0.5  # share of words a sanction's point must share with the rule to stand for it
FINER_FLOOR = 2  # question terms a point must share to be cited instead of the provision above it
DREW_IN_SANCTION = "sanction on those who drew the actor in"  # the penalty of a ban ``involving`` adds

_PROHIBIT = re.compile(r"\b(dilarang|larangan)\b", re.I)
_OBLIGE = re.compile(r"\b(wajib|kewajiban|harus)\b", re.I)
_SANCTION = re.compile(
    r"\b(dijatuhi|dijatuhkan|dikenai|dikenakan|hukuman disiplin|sanksi|dipidana|pidana penjara|denda)\b", re.I
)
# A provision whose subject is the body that acts: a procedural step or a power.
_AUTHORITY_SUBJECT = re.compile(
    r"\s*(?:(?:dalam hal|apabila|berdasarkan)\b[^.;]{0,200}?)?(?:pejabat yang berwenang menghukum|"
    r"tim pemeriksa|pejabat pembina kepegawaian|ppk|bawaslu|presiden)\b(?!\s+yang\s+(?:tidak|melanggar))",
    re.I,
)
# The lead-in of a list of a body's powers or duties: "Panwaslu Kecamatan berwenang:".
_POWER_LIST = re.compile(r"\b(?:berwenang|bertugas|tugas|wewenang)\b[^.;:]{0,40}[:\s]*$", re.I)
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
    note: str = ""  # why it is here, in citations ("sets the sanction for PP No. 94 Tahun 2021, Pasal 5 …")
    rests_on: tuple[str, ...] = ()  # the provision ids this item rests on


# The card's groups of cited provisions, in the order a card lists them (the learned result order numbers
# them so).
CARD_GROUPS = GROUPS


class AnswerCard(_Frozen):
    """The answer to one question."""

    question: str
    at: str | None
    supported: bool
    message: str
    obligations: tuple[CitedItem, ...] = ()
    prohibitions: tuple[CitedItem, ...] = ()
    permissions: tuple[CitedItem, ...] = ()  # what the actor may do, and on what terms
    sanctions: tuple[CitedItem, ...] = ()
    authorities: tuple[CitedItem, ...] = ()
    cases: tuple[CitedItem, ...] = ()
    related: tuple[CitedItem, ...] = ()
    definitions: tuple[CitedItem, ...] = ()
    alternatives: tuple[CitedItem, ...] = ()  # close seconds to the best norm: "also consider"
    conflicts: tuple[dict, ...] = ()  # conflicts between regulations bearing on the cited provisions
    parsed: Question | None = None  # what the parser understood (``question`` in JSON)
    later_at: str | None = None  # a second occasion compared, answered as of this date after ``at``'s

    def cited_ids(self) -> list[str]:
        """Every id the card cites, in card order."""
        out: list[str] = []
        for group in CARD_GROUPS:
            out.extend(i.id for i in getattr(self, group) if i.id not in out)
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
        self.groups: dict[str, dict[str, CitedItem]] = {g: {} for g in CARD_GROUPS}
        self.conflicts: tuple[dict, ...] = ()
        self.matched: list[tuple] = []  # (norm, the rule cited for it): what the facts were found to breach
        self.duties: set[str] = set()  # rules cited as a duty the act also breaches, followed after the bans
        self.corpus = None
        try:
            from kg.corpus import load_store_corpus

            self.corpus = load_store_corpus(store)
        except (OSError, ValueError):  # no readable curated corpus in this store
            self.corpus = None
        self.rewritten: dict[str, tuple[str, ...]] = {}
        if self.corpus is not None:
            from kg.corpus import rewritten_by

            self.rewritten = rewritten_by(self.corpus)

    def official(self, pid: str) -> tuple[str, str, bool] | None:
        """(citation, text, is_summary) for a provision id: official text first, our summary second."""
        doc, prov = self.store.lookup(pid) or (None, None)
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
        decision = self.corpus.decision(pid) if self.corpus is not None and "/" not in pid else None
        if decision is not None:  # our record of a court decision, from public reporting
            readings = [r.reading_id for r in decision.rulings if r.reading_id]
            return (
                format_document_citation(pid),
                " ".join([f"{decision.title_id}. {decision.result_id}.", *readings[:1]]),
                True,
            )
        if "/" not in pid:
            # A whole act, cited as such where a status question asks what amended or replaced one.
            reg = self.corpus.regulation(pid) if self.corpus is not None else None
            if reg is not None:
                return (
                    format_document_citation(pid),
                    reg.purpose_id or f"{reg.title} tentang {reg.judul}",
                    True,
                )
            if doc is not None and doc.kind != "beir":
                return format_document_citation(pid), f"{doc.title} {doc.judul or ''}".strip(), False
        return None

    def status(self, pid: str) -> str:
        if self.corpus is not None and "/" not in pid and self.corpus.decision(pid) is not None:
            return "decision"
        g = self.searcher.graph_status(pid, self.at)
        if g is not None:
            return g[0]
        reg = self.corpus.regulation(pid) if self.corpus is not None and "/" not in pid else None
        if reg is not None:  # a whole act our records hold: the state they give it
            return reg.status.state.replace("_", " ")
        rows = self.searcher.index.rows_of_id.get(_unit_of(pid, self.searcher))
        if rows:
            row = self.searcher._version_row(rows[0], self.at)  # the wording that applies on the date
            return self.searcher.status(
                self.searcher.index.units[row if row is not None else rows[0]], self.at
            )[0]
        return "unknown"

    def finer(self, sanction: str, rule: str) -> str:
        """The point under a sanction provision that restates the rule's conduct, else the provision itself.

        PP 94/2021 Pasal 14 huruf i repeats each conduct of Pasal 5 huruf n it punishes as its own angka;
        citing that angka pins the level to the exact conduct.
        """
        doc, prov = self.store.lookup(sanction) or (None, None)
        ruled = (self.store.lookup(rule) or (None, None))[1]
        if prov is None or ruled is None or not prov.children:
            return sanction
        want = set(re.findall(r"[a-z]{3,}", ruled.text.lower()))
        by_id = {p.id: p for p in doc.provisions}
        best, best_score = sanction, 0.0
        stack = list(prov.children)
        while stack:
            child = by_id.get(stack.pop())
            if child is None:
                continue
            stack.extend(child.children)
            got = set(re.findall(r"[a-z]{3,}", child.text.lower()))
            score = len(want & got) / len(want | got) if got else 0.0
            if score > best_score:
                best, best_score = child.id, score
        return best if best_score >= FINER_OVERLAP else sanction

    def add(
        self, group: str, pid: str, note: str = "", regime: str | None = None, rests_on=(), as_point=False
    ) -> bool:
        """Cite a provision in a group of the card; ``as_point``: an amending instruction as itself, not as
        the provision it rewrites (what "does it still read so?" is answered by)."""
        point = next((p for p in self.rewritten if pid == p or pid.startswith(p + "/")), None)
        if point is not None and not as_point and self.official(self.rewritten[point][0]) is not None:
            # An amending instruction ("Pasal I angka 27: Pasal 71 is rewritten …") is cited as the provision
            # it rewrites, which reads as amended; the instruction stays as what the item rests on.
            amending = self.official(point)
            said = f"as rewritten by {amending[0] if amending else point}"
            rests_on = (*rests_on, pid)
            pid, note = self.rewritten[point][0], f"{note}; {said}" if note else said
        told = pid
        earlier = self._as_first_enacted(pid)
        if earlier is not None:
            pid, said = earlier
            note = f"{note}; {said}" if note else said
        if pid in self.groups[group]:
            held = self.groups[group][pid]
            if note and not held.note:  # a search hit added first: the reason found later says why
                self.groups[group][pid] = held.model_copy(update={"note": note})
            return True
        if group == "alternatives" and any(pid in items for items in self.groups.values()):
            return False  # already on the card as an answer
        found = self.official(pid)
        if found is None:
            return False  # never cite what the store does not hold
        citation, text, is_summary = found
        if told != pid:
            # the rule's words are those of the provision it became; the number is the one it had then
            text, is_summary = (self.official(told) or found)[1:]
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

    def _as_first_enacted(self, pid: str) -> tuple[str, str] | None:
        """For facts dated before the amendment that renumbered a rule: the provision the rule was then, and
        a note saying so (None when the facts are later, undated, or the rule kept its number)."""
        if self.corpus is None or self.at is None:
            return None
        kp = self.corpus.provision(pid)
        if kp is None or kp.first_numbered is None or kp.as_amended_by is None:
            return None
        reg = self.corpus.regulation(kp.as_amended_by)
        since = reg.enacted if reg else None
        if since is None or self.at >= since or self.official(kp.first_numbered) is None:
            return None
        return kp.first_numbered, f"the rule of {kp.citation}, numbered so before {reg.title}"

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

    def card(
        self, question: str, at: str | None, supported: bool, message: str, parsed: Question | None = None
    ) -> AnswerCard:
        groups = {g: _in_force_first(items.values()) for g, items in self.groups.items()} if supported else {}
        return AnswerCard(
            question=question,
            at=at,
            supported=supported,
            message=message,
            conflicts=self.conflicts if supported else (),
            parsed=parsed,
            **groups,
        )


def _in_force_first(items) -> tuple[CitedItem, ...]:
    """Keep the found order, but repealed or replaced provisions go below those in force."""
    return tuple(sorted(items, key=lambda i: i.status.split()[0] in ("repealed", "replaced")))


def _unit_of(pid: str, searcher: Searcher) -> str:
    while pid and pid not in searcher.index.rows_of_id:
        pid = pid.rpartition("/")[0]
    return pid


def _meaning(
    searcher: Searcher, question: str, lang: str | None = None
) -> list[tuple[float, list[list[str]]]]:
    """The question's meaning as (idf weight, ways to find it) pairs; read once, matched against each hit.

    A word the index has never seen weighs like the rarest one, so a question about something absent
    from the store is not "supported" by its few common words. Words a glossary concept explains
    (an English phrase, a synonym) count once, as the concept, satisfied by any of its Indonesian terms.
    """
    from kg.search.analyzer import Analyzer
    from kg.search.glossary import matched_concepts

    lex = searcher.index.lexical
    ceiling = math.log(1 + (lex.num_docs - 0.5) / 1.5)  # the idf of a word found in one unit
    out: list[tuple[float, list[list[str]]]] = []
    explained: set[str] = set()
    for concept, covered in matched_concepts(question, searcher.concepts, learned_by_id=False):
        explained |= covered
        terms = [lex.analyzer.terms(t) for t in concept.id]
        known = [lex.idf(t) for ts in terms for t in ts if t in lex.vocab]
        out.append((max(known, default=ceiling), terms))
    for w in set(Analyzer(stem=False).words(question)) - explained:
        t = lex.analyzer.stem(w)
        out.append((lex.idf(t) if t in lex.vocab else ceiling * (UNSEEN_EN if lang == "en" else 1.0), [[t]]))
    return out


def _support(searcher: Searcher, meaning: list[tuple[float, list[list[str]]]], hit: Hit) -> float:
    """Share of the question's meaning (``_meaning``) found in the hit's unit and our gloss of its point."""
    ix = searcher.index
    rows = ix.rows_of_id.get(hit.id, [])
    if not rows:
        return 0.0
    gloss = ix.gloss_rows.get(hit.pinpoint)
    text = ix.units[rows[0]].lexical_text() + ("\n" + ix.units[gloss].text if gloss is not None else "")
    return _support_text(searcher, meaning, text)


def _support_text(searcher: Searcher, meaning: list[tuple[float, list[list[str]]]], text: str) -> float:
    """Share of the question's meaning found in a text."""
    words = set(searcher.index.lexical.analyzer.terms(text))
    total = matched = 0.0
    for weight, ways in meaning:
        total += weight
        if any(ts and all(t in words for t in ts) for ts in ways):
            matched += weight
    return matched / total if total else 0.0


def ask(
    store: Store | str | None,
    question: str,
    at: str | date | None = None,
    encoder=None,
    searcher_: Searcher | None = None,
) -> AnswerCard:
    """The answer card for a question (the library call behind `kg ask` and the UI)."""
    st = store if isinstance(store, Store) else Store(store)
    question = check_query(question, SEARCH_DEPTH)
    when = parse_at(at)
    searcher = searcher_ or get_searcher(st, encoder)
    b = _Builder(st, searcher, when)
    catalog = catalog_from_corpus(b.corpus)
    q = _parsed(b, question, catalog, when)
    later = None if when else _second_occasion(q, catalog)
    card = _card(b, q, catalog, question, straddles=later is None)
    if later is None:
        return card
    # Two occasions compared across a change of the law ("March 2019 … and again in January 2024"): each is
    # answered by the acts of its own date, the later one's provisions after the earlier one's.
    then = _Builder(st, searcher, later)
    second = _card(then, _parsed(then, question, catalog, later), catalog, question, straddles=False)
    return _joined(card, second, later)


def _parsed(b: _Builder, question: str, catalog: dict, at: date | None) -> Question:
    """The question parsed as of ``at``, the provisions it names as the store holds them."""
    q = parse_question(question, catalog, known=set(b.store.ids()), at=at)
    return q.model_copy(update={"provisions": tuple(_as_held(b, pid) for pid in q.provisions)})


# A question comparing two occasions, not one case running on: a second file, letter or case, the same thing
# happening again, a comparison or a side-by-side reading.
_OCCASIONS = re.compile(
    r"\b(?:dua (?:berkas|kasus|sk|surat|keputusan|perkara|file|kejadian)|"
    r"two (?:files|cases|decrees|letters|decisions|incidents|episodes)|"
    r"terulang|berulang|kasus (?:serupa|mirip|yang sama)|(?:hal|kejadian) (?:serupa|yang sama)|"
    r"(?:pns|asn|camat|kepala \w+|staf) (?:yang )?lain\b|"
    r"similar (?:case|incident|thing)|the same (?:thing|again)|happened again|(?:again|repeated) in|"
    r"another (?:civil servant|pns|case|file|camat|head|official|regent|staffer)|"
    r"bandingkan|membandingkan|dibandingkan|menyandingkan|perbandingan|compar(?:e|es|ed|ing|ison)|"
    r"lining up|side by side|then and now|dulu dan sekarang|masing-masing|"
    # "The first time was March 2021 …; the second, in another regency, March 2025."
    r"the (?:first|second) time|the second,|a second (?:time|case|incident|occasion)|"
    r"kejadian (?:pertama|kedua)|in another (?:regency|city|province|agency|office|district|village)|"
    # "beda gak kalo kejadiannya 2024?", "had it happened in 2024": the same act put on another date.
    r"(?:kalau|kalo|jika|bila|seandainya|andai(?:kan)?) (?:\w+ )?(?:kejadiannya|terjadinya|terjadi|kejadian)|"
    r"(?:if|had) (?:it|this|that|the same(?: thing)?) (?:had )?happen(?:ed|s)? (?:in|on)\b)\b",
    re.I,
)


APART_DAYS = 730  # dates two years apart tell two occasions, however the question says so


def _second_occasion(q: Question, catalog: dict) -> date | None:
    """The date of a second occasion the question compares with its first, when an act in force on the first
    was replaced or repealed by the second (today, for "would it be graded differently today?"); else None."""
    if q.at is None:
        return None
    later = _later_date(q)
    compared = _COMPARED_WITH_NOW.search(q.text)
    # Dates close together, or a case's own steps however far apart (done in May 2029, examined in June
    # 2031), tell one case: the transitional provisions answer it, not two occasions.
    if later is not None and not _OCCASIONS.search(q.text):
        one_case = (later - q.at).days < APART_DAYS or bool(
            _CASE_STEP_DATED.search(q.text) or _HANDLED_NOW.search(q.text)
        )
        if compared or one_case:
            later = None
    # "Juni 2019 dia dihukum … kalau kejadiannya sekarang tingkatnya beda?": when nothing was replaced by the
    # later date told, and the comparison names now, today is the occasion compared.
    unchanged = later is not None and not _replaced_between(catalog, q.at, later)
    if compared and (later is None or later <= q.at or (unchanged and _SAYS_NOW.search(compared.group(0)))):
        later = date.today()
    if later is None or later <= q.at:
        return None
    return later if _replaced_between(catalog, q.at, later) else None


# A past occasion set beside today's law: "would the same act be graded differently today?", "kalau sekarang?"
_COMPARED_WITH_NOW = re.compile(
    r"\b(?:(?:graded|treated|handled|punished|judged|classed|rated|different(?:ly)?|differ|change[sd]?)\b"
    r"[^.?!]{0,40}\b(?:today|now|these days|nowadays)|(?:today|now)['’]s (?:rules?|law|regulations?)|"
    r"under (?:today|the current|the present)|what about (?:today|now)|and (?:today|now)\?|"
    r"(?:if|when|should) (?:it|this|that|the same|she|he)\b[^.?!]{0,25}\b(?:now|today)\b|"
    # "a 2019 note says …: does it still hold?": the note's date, and today's law
    r"still (?:holds?|right|correct|accurate|valid|appl(?:y|ies)|good|true|the same)\b|"
    r"masih (?:sama|berlaku|benar|tepat|relevan|bisa dipakai|dipakai)\b|"
    r"(?:kalau|jika|bila|kalo|bagaimana|gimana) (?:\w+ )?(?:sekarang|saat ini|kini)|"
    r"(?:aturan|ketentuan|hukum|tingkat\w*) (?:yang berlaku )?(?:sekarang|saat ini|kini)|"
    r"(?:sekarang|saat ini|kini) (?:bagaimana|gimana|beda|berbeda|apa)\b)",
    re.I,
)


_SAYS_NOW = re.compile(r"\b(?:today|now|these days|nowadays|current|present|sekarang|saat ini|kini)\b", re.I)


def _replaced_between(catalog: dict, start: date, end: date) -> list:
    """The acts replaced or repealed after ``start`` and on or before ``end``."""
    return [
        info
        for info in catalog.values()
        if info.state in ("repealed", "replaced") and info.since and start < info.since <= end
    ]


def _joined(first: AnswerCard, second: AnswerCard, later: date) -> AnswerCard:
    """One card for two occasions: the first's items, then the second's not already cited."""
    if not second.supported:
        return first
    occasion = "Today" if later == date.today() else "The later occasion"
    said = f"{occasion} ({later.isoformat()}) is answered by the acts in force then, cited after."
    message = f"{first.message} {said}" if first.supported else f"{said} {second.message}"
    if not first.supported:
        first = first.model_copy(update={g: () for g in CARD_GROUPS})
    groups = {}
    for g in CARD_GROUPS:
        had = {i.id for i in getattr(first, g)}
        groups[g] = getattr(first, g) + tuple(i for i in getattr(second, g) if i.id not in had)
    return first.model_copy(
        update={
            **groups,
            "supported": True,
            "message": message,
            "later_at": later.isoformat(),
            "conflicts": first.conflicts + tuple(c for c in second.conflicts if c not in first.conflicts),
        }
    )


def _card(b: _Builder, q: Question, catalog: dict, question: str, straddles: bool = True) -> AnswerCard:
    """The card for a parsed question on its own date; ``straddles``: whether a later date it gives may be
    the same case examined or decided under a later act."""
    b.at = q.at
    b.rewritten = _rewrites_for(b.rewritten, q)
    at_s = q.at.isoformat() if q.at else None
    beyond = q.out_of_scope
    # An act the store lacks, asked whether it still holds: answered by what repealed it, where that is found.
    of_status = q.intent == "status" or (asks_still(q.text) and any(not r.known for r in q.regulations))
    if q.problems and (beyond or not (of_status and _status_items(b, q, catalog))):
        later = _named_after(q, catalog) if straddles and not beyond else set()
        aside = _without_acts_not_yet_enacted(q, catalog)
        if later and _transitional_items(b, q, later):
            # A case begun before a named act took effect: its transitional provisions decide it, beside what
            # the acts in force on the date provide (the penalty imposed then).
            said = ", ".join(format_document_citation(x) for x in sorted(later))
            why = f"The date asked ({at_s}) is before {said}; its transitional provisions say what applies."
            if aside is not None:
                return _answer(b, aside, catalog, why, straddles)
            return b.card(question, at_s, True, why, q)
        if aside is not None:  # some act named was not yet enacted on the (given) date
            early = _enacted_after(q, catalog)
            if q.at < min(i.enacted for i in catalog.values() if i.enacted):
                # "September 2004 … under the 2004 ethics regulation?": nothing in the store was in force yet;
                # the act named answers by when it took effect, and by what it provides from that day.
                _status_items(b, q, catalog)
                since = min(catalog[r.id].enacted for r in early)
                then = f"It did not apply then; shown is what it provides from {since.isoformat()}."
                first_day = q.model_copy(update={"at": since, "problems": ()})
                return _answer(b, first_day, catalog, " ".join([*q.problems, then]))
            # "In 2013 … a crime under Law 1/2015?": the act named did not exist yet, which is the answer's
            # first half (its own provision on when it took effect); the acts in force on the date answer
            # the rest.
            for r in early:
                _took_effect(b, r.id)
            then = "It did not apply then; answered from the acts in force on the date."
            why = " ".join([*q.problems, then])
            return _answer(b, aside, catalog, why, straddles)
        replaced = _without_acts_gone(q)
        if replaced is not None:
            # "Our 2017 checklist cites PP 53/2010: what is the article now?": the act named is what an old
            # document cites; the acts in force on the date answer, and the card says what became of it.
            return _answer(b, replaced, catalog, " ".join(_gone_notes(q)), straddles)
        return b.card(question, at_s, False, _refusal(q, " ".join(q.problems)), q)
    gone = [r for r in q.regulations if not r.known and not r.set_aside]
    if of_status and gone:
        # "PP 21/1975 still in force? If not, where is the oath now?": what repealed it was found; the rest
        # is asked of the acts in force.
        said = " ".join(
            f"{r.citation} is not in the store; the provisions below say what became of it." for r in gone
        )
        return _answer(b, _without(q, gone), catalog, said, straddles)
    # A status asked of a date the act does not reach is answered by what brought it into force; the
    # date's problem is said first.
    return _answer(b, q, catalog, " ".join(q.problems), straddles)


def _without_acts_not_yet_enacted(q: Question, catalog: dict) -> Question | None:
    """The question with the acts it names that were not yet enacted on its date set aside, when those acts
    are all that kept it from an answer (else None)."""
    early = _enacted_after(q, catalog)
    said = tuple(f"{r.citation} was enacted on " for r in early)
    return _setting_aside(q, early, said)


def _setting_aside(q: Question, acts: list[NamedRegulation], said: tuple[str, ...]) -> Question | None:
    """The question with these named acts set aside and its problems gone, when every problem is one of
    theirs (each begins with one of ``said``); else None."""
    if not acts or not all(p.startswith(said) for p in q.problems):
        return None
    return _without(q, acts)


def _without(q: Question, acts: list[NamedRegulation]) -> Question:
    """The question with these named acts set aside and its problems gone."""
    return _with_set_aside(q, acts).model_copy(update={"problems": ()})


def _with_set_aside(q: Question, acts) -> Question:
    """The question with these named acts marked as set aside (named, but not to answer from)."""
    kept = tuple(r.model_copy(update={"set_aside": True}) if r in acts else r for r in q.regulations)
    return q.model_copy(update={"regulations": kept})


def _gone(q: Question) -> list[NamedRegulation]:
    """The named acts replaced or repealed before the question's date, or not in the store at all."""
    return [
        r
        for r in q.regulations
        if not r.known or (r.state in ("repealed", "replaced") and r.since and q.at and q.at >= r.since)
    ]


def _without_acts_gone(q: Question) -> Question | None:
    """The question with the acts it names that no longer stood on its date (or that the store does not
    hold) set aside, when it asks whether they still hold and another named act, or the law in force,
    can answer; those acts must be all that kept it from an answer (else None).

    "Under PP 10/2020, in 2035, may he campaign?" asks nothing of the present and stays contradictory;
    "UU 99/2099" named alone is no act the store can answer from. A story telling what an old act said
    ("under the 2014 law only PNS had to resign, so he stayed on; the list came out in November 2023") and
    asking of the date without naming it ("did he have to resign then?") asks what held on that date."""
    gone = _gone(q)
    if not gone or not (asks_still(q.text) or _told_not_asked(q.text, gone)):
        return None
    if any(not r.known for r in gone) and all(not r.known for r in q.regulations):
        return None
    said = tuple(f"{r.citation} was {r.state} on " for r in gone if r.known)
    said += tuple(f"{r.citation} ('{r.said}') is not in the store" for r in gone if not r.known)
    return _setting_aside(q, gone, said)


def _told_not_asked(text: str, acts: list[NamedRegulation]) -> bool:
    """Whether the question asks (a sentence ending in '?') and names these acts only in what it tells."""
    sentences = split_sentences(text)
    asking = " ".join(x for x in sentences if is_question(x)).casefold()
    if not asking or len(sentences) < 2:
        return False
    return not any(r.said.casefold() in asking for r in acts)


def _gone_notes(q: Question) -> list[str]:
    """What became of each named act that no longer stood on the question's date, for the card."""
    out = []
    for r in _gone(q):
        if not r.known:
            out.append(f"{r.citation} is not in the store; answered from the other acts named and in force.")
            continue
        succ = f" by {format_document_citation(r.successor)}" if r.successor else ""
        when = r.since.isoformat() if r.since else "an unknown day"
        out.append(f"{r.citation} was {r.state} on {when}{succ}: answered from the acts in force.")
    return out


def _successors_asked(q: Question, catalog: dict) -> set[str]:
    """For a status question naming a replaced or repealed act ("does a penalty from PP 53's time still
    run?"): its successors enacted by the date asked, whose transitional provisions answer it."""
    if q.intent != "status":
        return set()
    out = set()
    for r in q.regulations:
        info = catalog.get(r.successor) if r.successor and r.state in ("replaced", "repealed") else None
        if info is not None and (q.at is None or (info.enacted is not None and info.enacted <= q.at)):
            out.add(info.id)
    return out


def _enacted_after(q: Question, catalog: dict) -> list[NamedRegulation]:
    """The regulations the question names that were not yet enacted on its date."""
    if q.at is None:
        return []
    return [r for r in q.regulations if (info := catalog.get(r.id)) and info.enacted and q.at < info.enacted]


def _answer(b: _Builder, q: Question, catalog: dict, aside: str = "", straddles: bool = True) -> AnswerCard:
    """The card for a parsed question; a named regulation with nothing for it is set aside once."""
    q, contract = _for_contract_employee(b, q)
    aside = " ".join(x for x in (aside, contract) if x)
    question = q.text
    st, searcher = b.store, b.searcher
    straddled = _named_after(q, catalog) if straddles else set()
    straddling = straddled or _successors_asked(q, catalog) or _named_since_story(q, catalog)
    _transitional_items(b, q, straddling or None)
    notes = _regulation_notes(q) + ([aside] if aside else [])
    later = _examined_under(q, straddled)
    if later is not None:
        acts = ", ".join(format_document_citation(x) for x in sorted(straddled))
        notes.append(
            f"Examined or decided on {later.isoformat()}, under {acts}: answered by the acts of then."
        )
        q = q.model_copy(update={"at": later})
        b.at = later
    at_s = q.at.isoformat() if q.at else None
    # An act the store holds only our record of ("SKB netralitas") has no provision to answer from, and an
    # election law named for the other kind of election than the one told ("Article 280 of the general
    # elections law", in a regent's race) does not govern it: named alone, either leaves the question to be
    # answered from every act, as though it named none.
    scope = _scope(b, q, catalog)
    if _asks_currency(q, b.corpus) and not q.problems:
        _status_items(b, q, catalog)
    _change_near_date(b, q, catalog)
    if q.intent == "definition":
        _definitions(b, q, scope)
        if scope and not b.groups["definitions"]:
            # "di PP disiplin ada kata 'peserta pemilu'": the act named uses the term without defining it;
            # the act that defines it answers.
            _definitions(b, q, set())
    else:
        _quoted_definitions(b, q, scope)
    hits = _search(searcher, q, scope)
    asked = _asking(searcher, q, scope) if q.intent not in ("definition", "status") else None
    rules = _norm_rules(b, q, catalog, scope, hits, asked)
    # Beside matched rules only strong hits join, except for "who decides": the procedure is the answer.
    crowded = bool(rules) and q.intent != "authority"
    direct = _direct_hits(searcher, _asked(q), hits, q, DIRECT_WITH_RULES if crowded else MIN_SUPPORT)
    if q.anchored:
        # A long fact pattern shares few of its words with any provision; the search's first hits,
        # carrying some of them, are still what it is about.
        lead = _direct_hits(searcher, _asked(q), hits[:LEAD_HITS], q, LEAD_SUPPORT)
        direct = [h for h in lead if h not in direct] + direct
    direct = [h for h in direct if _fits_records(b.corpus, h.pinpoint, q)]
    for h in direct[: MAX_DIRECT if crowded else len(direct)]:
        _add_hit(b, h, q, hits, rules)
    for h in _each_act_hits(b, q, catalog):
        _add_hit(b, h, q, hits, rules)
    if asked is not None and (q.intent == "authority" or rules):
        # Beside a conduct the facts matched, what the closing question asks of the procedure; with no
        # such conduct a procedural word ("how can he object to the tax?") is no answer of its own.
        _asked_items(b, q, asked, hits)
    notes += _named_items(b, q)
    _named_records(b, q)
    notes += _ruling_items(b, q)
    _kept_procedure_items(b, q, catalog)
    if q.intent == "status" or asks(q.text, "status"):
        _amending_points(b)
        _carried_on(b, q, _cited_provisions(b))
    else:
        # A story naming a repealed act's provision ("the 2018 decree cited PP 53/2010 Art. 4(10)") is told
        # today: the provision that now says the like stands beside it.
        _carried_on(b, q, [_as_held(b, pid) for pid in q.provisions])
    # Every ban on the act is followed to its penalty before a duty it also breaches (to keep neutral, to
    # uphold neutrality as a basic value): only the first MAX_RULES rules are followed.
    rules.sort(key=lambda pid: pid in b.duties)
    for pin in rules[:MAX_RULES]:
        for src in _sanctions_citing(searcher, pin):
            rows = searcher.index.rows_of_id.get(_unit_of(src, searcher), [])
            regime = _regime(searcher.index.units[rows[0]].text, src) if rows else None
            b.add(
                "sanctions",
                b.finer(src, pin),
                note=f"sets the sanction for {format_citation(pin)}",
                regime=regime,
            )
    if not _from_graph(b, st, rules[:MAX_RULES], q.at, q.election, q):
        _from_corpus(b, rules[:MAX_RULES], q)
    _add_route_of_findings(b, q)
    _procedure_steps(b, q, hits + (asked[1] if asked else []))
    _add_taken_up(b, q)
    if q.intent != "authority" and _ASKS_WHO_PUNISHES.search(q.text):
        # "What penalty, and can the ambassador impose it?": who, by the offender's post.
        _post_powers(b, q, catalog)
    if _ASKS_WHEN_IN_EFFECT.search(q.text):
        _taking_effect(b)
    _extension_items(b, q)
    if _OFF_DUTY.search(q.text) or _WHOSE_ACT.search(q.text):
        _off_duty_items(b)
    for point in _STORY_POINTS:
        if point.told(q):
            _cite_story_point(b, point, q)
    # After the story's own points: who may report is told in the article that also says by when.
    _add_time_limits(b, q)
    _criminal_clock(b, q)
    _combined_penalties(b, q, catalog)
    _remedy_route(b, q, catalog)
    _employment_consequences(b, q)
    _contract_employee_items(b, q, catalog)
    _pppk_doubts_items(b, q, catalog)
    _non_asn_items(b, q, catalog, _asn_contrast(b, q, (catalog, scope), hits))
    if _asks_if_bound(q) and _of_elections(q):
        _whom_discipline_binds(b, q, catalog)
    _duties_enforced(b)
    empty = not any(b.groups[g] for g in b.groups if g != "alternatives")
    if empty and scope and q.actor and q.intent not in ("definition", "status"):
        # "Does PP 94/2021 apply to a village head, and if not, what does?": the named act holds
        # nothing for this actor, which is itself the answer's first half; the rest of the store answers.
        said = ", ".join(r.citation for r in q.regulations if not r.set_aside)
        aside_q = _with_set_aside(q, q.regulations)
        why = (
            f"{said} holds no provision on this for the actor asked about ({q.actor}); "
            "answered from the rest of the store."
        )
        fresh = _Builder(st, searcher, q.at)
        fresh.at, fresh.rewritten = b.at, b.rewritten
        return _answer(fresh, aside_q, catalog, why, straddles)
    # After the named act is set aside, not before: a post's place among the state officials does not
    # answer what the act named holds for him, but it does answer "is a DPR member a state official?".
    _state_office_items(b, q)
    _temporary_discharge_items(b, q)
    if not any(b.groups[g] for g in b.groups if g != "alternatives"):
        return b.card(
            question,
            at_s,
            False,
            _refusal(q, NO_MATCH),
            q,
        )
    b.conflicts = _conflicts(st, b, q.at)
    _prevailing_sanctions(b)
    if _punisher_by_unsaid_post(b, q):
        notes.append(UNSAID_POST_NOTE)
    message = " ".join(
        [*notes, "Answer assembled from the provisions below; check the official text before relying on it."]
    )
    return b.card(question, at_s, True, message, q)


def _add_hit(b: _Builder, h: Hit, q: Question, hits: list[Hit], rules: list[str]) -> None:
    """Cite a search hit in the group its kind of provision belongs to; a rule joins ``rules``."""
    if h.kind == "beir":
        _add_beir(b, h)
        return
    kind = _kind(b.searcher, h)
    pin = h.pinpoint
    if kind not in ("prohibition", "obligation"):  # a rule's point is the norm matcher's to choose
        pin = _finer_rule(b, pin, q, hits)  # a hit on a Pasal: the point the question is about
    if kind == "sanction":
        b.add("sanctions", pin, regime=_regime(_unit_text(b.searcher, h), h.doc_id))
    elif kind in ("prohibition", "obligation"):
        if b.add(kind + "s", pin) and pin not in rules:
            rules.append(pin)
    elif kind == "authority":
        b.add("authorities", pin, note="authority or procedure")
    elif q.intent == "definition" and "/pasal-1" in pin:
        b.add("definitions", pin, note="definition")
    else:
        b.add("related", pin)


def _each_act_hits(b: _Builder, q: Question, catalog: dict) -> list[Hit]:
    """For a question naming two acts or more ("who did it under UU 5/2014, and who under UU 20/2023?"):
    each act's best supported hit, searched in that act alone, so that one act's wording does not crowd
    the other's provision off the card."""
    named = [r for r in q.regulations if r.known and not r.set_aside]
    if len({r.id for r in named}) < 2 or q.problems:
        return []
    out: list[Hit] = []
    for r in named:
        scope = scope_of(q.model_copy(update={"regulations": (r,)}), catalog)
        lead = _search(b.searcher, q, scope)[:LEAD_HITS]
        found = _direct_hits(b.searcher, _asked(q), lead, q, LEAD_SUPPORT)
        found = [h for h in found if _fits_records(b.corpus, h.pinpoint, q)]
        out.extend(found[:1])
    return out


_ASKS_WHO_PUNISHES = re.compile(
    r"\b(?:who|siapa)\b[^?.]{0,40}\b(?:punish\w*|impos\w*|menghukum|menjatuhkan)|"
    r"\bcan (?:the |an? |his |her )?[\w -]{1,30} (?:punish|discipline|impose)\b|"
    # "Can the consul-general give him a written reprimand himself?", "hand down a medium penalty"
    r"\bcan (?:the |an? |his |her )?[\w -]{1,50} (?:give|hand down|issue) (?:him|her|them|an? )?"
    r"(?:[\w-]+ ){0,3}(?:reprimand|warning|penalty|punishment|demotion|dismissal)\b|"
    r"\b(?:bisa|boleh|dapat|berwenang) (?:langsung )?menghukum\b",
    re.I,
)
NO_MATCH = (
    "Nothing in the store supports an answer to this question: no norm or provision matches it well enough."
)
DIRECT_WITH_RULES = 0.45  # beside matched norms, a search hit needs this share of the question's words
LEAD_HITS = 3  # the search's first hits join for a question tied to the domain (actor, election, act) …
LEAD_SUPPORT = 0.12  # … when they carry this share of its words
MAX_DIRECT = 3  # search hits added beside the matched norms (alone, every supported hit is added)


_WHEN_WORDS = re.compile(
    r"\b(pertengahan|awal|akhir|kejadiannya|tahun|bulan|tanggal|mid|early|late|back in|in|on|"
    r"saat itu|waktu itu)\s*$",
    re.I,
)


def _asked(q: Question) -> str:
    """The question without the words naming its date and regulations: they are not found in a hit's text."""
    text = q.text
    for said in [q.at_said or ""] + [r.said for r in q.regulations]:
        if not said or said not in text:
            continue
        head, _, tail = text.partition(said)
        text = _WHEN_WORDS.sub("", head.rstrip()) + " " + tail
    return " ".join(text.split())


def _refusal(q: Question, why: str) -> str:
    return f"{why} {q.understood()}"


def _regulation_notes(q: Question) -> list[str]:
    """A named repealed or replaced regulation is answered from itself, marked, with its successor; one cited
    in a claim the question doubts is marked so, and checked against the acts in force."""
    out = []
    for r in q.regulations:
        gone = r.state in ("repealed", "replaced")
        since = f" on {r.since.isoformat()}" if r.since else ""
        succ = f"; its successor is {format_document_citation(r.successor)}" if r.successor else ""
        if r.read_for:
            out.append(
                f"The store holds no {format_document_citation(r.read_for)}; read as {r.citation}, the act "
                + (
                    "of that year with the title given."
                    if r.read_for.rpartition("-")[0] != r.id.rpartition("-")[0]
                    else "of that number whose year has the same digits."
                    if sorted(r.read_for.rpartition("-")[2]) == sorted(r.id.rpartition("-")[2])
                    else "of that number a year apart."
                )
            )
        if r.doubted and gone:
            out.append(
                f"{r.citation}, as cited, was {r.state}{since}{succ}: checked against the acts in force."
            )
        if r.set_aside:  # named as not what the answer comes from: nothing is answered from it
            continue
        if not r.known:  # only a status question gets this far: other provisions say what became of it
            out.append(f"{r.citation} is not in the store; the provisions below say what became of it.")
        elif gone:
            out.append(f"{r.citation} was {r.state}{since}: answered from it as it stood{succ}.")
    return out


# What a status question looks for in the named act and the acts around it (our own search phrases).
_TAKES_EFFECT_PHRASE = "mulai berlaku pada tanggal diundangkan"  # how an act says when it took effect
_STATUS_PHRASES = (
    "dicabut dan dinyatakan tidak berlaku",
    _TAKES_EFFECT_PHRASE,
    "peraturan pelaksanaan dinyatakan masih tetap berlaku sepanjang tidak bertentangan",
)


def _asks_currency(q: Question, bundle=None) -> bool:
    """A status question, or one asking whether an act it names that was replaced or repealed, or a body
    that no longer acts as it did, still holds ("our SOP still cites PP 53/2010; is that right now?",
    "the handbook says the commission can ask the President to act: still the law?")."""
    if q.intent == "status":
        return True
    if not asks_still(q.text):
        return False
    if any(r.state in ("repealed", "replaced") for r in q.regulations):
        return True
    if bundle is not None and _kept_by_named(q, bundle):
        return True
    named = _named_institutions(bundle, q.text, english=True) if bundle is not None else set()
    return any((inst := bundle.institution(i)) is not None and inst.status.state != "active" for i in named)


def _kept_by_named(q: Question, bundle) -> bool:
    """Whether the question names an act that stands on a later act's transitional provision beside that
    later act ("since the 2023 ASN law, does PP 94/2021 still bind?"): the provision is what joins them."""
    named = {r.id for r in q.regulations if not r.set_aside}
    for r in q.regulations:
        info = bundle.regulation(r.id)
        kept_by = info.status.kept_by if info is not None else None
        if kept_by and doc_of(kept_by) in named:
            return True
    return False


def _status_items(b: _Builder, q: Question, catalog: dict) -> bool:
    """For "is it still in force?": what repealed, kept or brought each named act into force."""
    added = False
    targets: set[str] = set()
    for r in q.regulations:
        targets.add(r.id)
        info = b.corpus.regulation(r.id) if b.corpus is not None else None
        by = info.status.by if info is not None else None
        if r.successor:
            targets.add(r.successor)
        if by:
            what = "provision" if "/" in by else "act"
            added |= b.add("related", by, note=f"{r.citation} is {r.state} by this {what}")
        if info is not None and info.status.kept_by:
            # An act made under a law since replaced stands on the later law's transitional provision.
            note = f"keeps {r.citation} in force so far as it is consistent with the later act"
            added |= b.add("related", info.status.kept_by, note=note)
        for later in info.amended_by if info is not None else ():
            added |= b.add("related", later, note=f"amends {r.citation}")
        stated = _repealing_units(b.searcher, r.id, r.citation, q.at)
        for ref in _repealing_references(b.store, r.id) + stated:
            added |= b.add("related", ref, note=f"says {r.citation} is repealed or kept")
            _kept_points(b, ref, r, catalog)
            # The act that repealed it may itself stand only on a later act's transitional provision.
            later = b.corpus.regulation(doc_of(ref)) if b.corpus is not None else None
            if later is not None and later.status.kept_by and doc_of(ref) != r.id:
                note = f"keeps {format_document_citation(later.id)}, which repealed {r.citation}, in force"
                b.add("related", later.status.kept_by, note=note)
        b.add("related", r.id, note=f"the act asked about: {r.state.replace('_', ' ')}")
    for inst_id in _named_institutions(b.corpus, q.text, english=True) if b.corpus is not None else ():
        added |= _add_status_change(b, inst_id)
    if not targets:
        return added
    meaning = _meaning(b.searcher, _asked(q), q.lang)
    # An act named but not yet enacted on the date asked ("was PP 42/2004 in force in September 2004?")
    # answers by its own provision on when it took effect.
    early = {r.id for r in _enacted_after(q, catalog)}
    for phrase in _STATUS_PHRASES:
        # Searched at the date asked about: a successor not yet enacted then says nothing of it.
        hits = _search_in(b.searcher, phrase, targets - early, 5, q.at, wide=100)
        if early:
            hits += _search_in(b.searcher, phrase, early, 5, wide=100)
        # The provision saying this most plainly, and the one closest to what the question tells.
        for h in dict.fromkeys(hits[:1] + sorted(hits, key=lambda h: -_support(b.searcher, meaning, h))[:1]):
            added |= b.add("related", h.pinpoint, note="status: repeal, entry into force or what stays")
    return added


MAX_NAMED_PARTS = 6  # parts of a named provision cited when the store holds it only in parts
NAMED_ARTICLE_PARTS = 3  # an article named whole is cited with its parts when it has no more than this


def _as_held(b: _Builder, pid: str) -> str:
    """A named provision as the store holds it: "Art. 4(13)(a)" of an act whose Pasal 4 runs by angka, not
    ayat, is its angka 13 (PP 53/2010); as named where the store holds it, or holds neither."""

    def held(x: str) -> bool:
        return b.official(x) is not None or bool(_curated_children(b.corpus, x))

    alt = pid.replace("/ayat-", "/angka-")
    return alt if alt != pid and not held(pid) and held(alt) else pid


def _named_items(b: _Builder, q: Question) -> list[str]:
    """The provisions the question names by number ("Pasal 547 UU Pemilu"), when the store holds them; a
    note for each one of a known act it does not hold (a part of the act not ingested, a wrong number)."""
    cited = _cited_so_far(b)
    notes = []
    for pid in q.provisions:
        if any(c == pid or c.startswith(pid + "/") for c in cited):
            continue
        # A Pasal we hold only in parts (our records of its ayat) is cited by those parts.
        held = [pid] if b.official(pid) is not None else list(_curated_children(b.corpus, pid))
        act = doc_of(pid)
        if not held and (b.store.has(act) or (b.corpus is not None and b.corpus.regulation(act) is not None)):
            notes.append(f"{format_citation(pid)} is not in the store: its wording cannot be given here.")
        for part in held[:MAX_NAMED_PARTS]:
            b.add("related", part, note="the provision the question names")
            for child in _few_parts(b, part):
                b.add("related", child, note=f"part of {format_citation(part)}, which the question names")
        for rule in _rules_punished_by(b.corpus, pid):
            # "Art. 494: who is punished, for doing what?": a penalty is read with the rule it enforces.
            b.add("related", rule, note=f"the rule {format_citation(pid)} punishes a breach of")
        if asks(q.text, "sanction"):
            # "It cites only Art. 6(h): what sanction follows?": the penalty our records give its breach.
            _add_penalties_of(b, pid)
    return notes


def _few_parts(b: _Builder, pid: str) -> list[str]:
    """The parts of an article named whole ("Article 9 of the 2014 law") when it has only a few: each is a
    pinpoint of its own, which a longer article's parts are not all."""
    if pid.count("/") != 1 or "/pasal-" not in pid:
        return []
    found = b.store.lookup(pid)
    held = found is not None and found[1] is not None
    parts = list(found[1].children) if held else list(_curated_children(b.corpus, pid))
    return parts if len(parts) <= NAMED_ARTICLE_PARTS else []


def _scope(b: _Builder, q: Question, catalog: dict) -> set[str]:
    """The acts the answer and the search are confined to: those the question names (``scope_of``), less
    an act the store holds only our record of and an election law for the other kind of election."""
    return scope_of(q, catalog) - _records_only(b, q) - _other_elections_acts(b, q)


def _records_only(b: _Builder, q: Question) -> set[str]:
    """The acts the question names of which the store holds no provision, only our record."""
    out = set()
    for r in q.regulations:
        reg = b.corpus.regulation(r.id) if b.corpus is not None else None
        if reg is not None and not reg.provisions and not b.store.has(r.id):
            out.add(r.id)
    return out


def _other_elections_acts(b: _Builder, q: Question) -> set[str]:
    """The election laws the question names that govern only the other kind of election than the one (or
    the two) it tells of."""
    if q.election is None or b.corpus is None:
        return set()
    from kg.conduct import act_elections

    kinds = act_elections(b.corpus)
    told = {q.election, q.other_election} - {None}
    named = [r.id for r in q.regulations if kinds.get(r.id)]
    if len({k for doc in named for k in kinds[doc]}) > 1:
        return set()  # "UU Pemilu and UU Pilkada": the two laws set side by side, each asked of
    return {doc for doc in named if not told & set(kinds[doc])}


def _named_records(b: _Builder, q: Question) -> None:
    """An act the question names of which the store holds no provision ("SKB netralitas") is cited as the
    act: our record of it (who issued it, when, its status) is what the store can say of it."""
    records = _records_only(b, q)
    for r in q.regulations:
        if r.id in records and not r.set_aside:
            b.add(
                "related",
                r.id,
                note="the act the question names; the store holds our record of it, not its text",
            )


def _ruling_items(b: _Builder, q: Question) -> list[str]:
    """The court rulings the question asks about (``rulings_asked``), each with the provisions it tested and
    how it reads them; a note for each decision it names that the store holds no record of."""
    if b.corpus is None:
        return []
    acts = {r.id for r in q.regulations if not r.set_aside}
    terms = b.searcher.index.lexical.analyzer.terms
    found = rulings_asked(b.corpus, q.text, terms, q.provisions, acts, q.at)
    for did in found.decisions:
        d = b.corpus.decision(did)
        court = format_document_citation(did)
        reported = "" if d.checked_against_text else "; from our record of public reporting, not its text"
        b.add("related", did, note=f"the ruling the question asks about: {d.result_en.lower()}{reported}")
        for r in d.rulings:
            held = r.reading_en or r.note or "what the Court held on it is not verified"
            deadline = f" (by {r.deadline.isoformat()})" if r.deadline else ""
            b.add("related", _as_held(b, r.provision), note=f"tested in {court}: {held}{deadline}")
    missing = "is not among the decisions the store holds."
    return [f"{format_document_citation(x)} {missing}" for x in found.missing]


def _rules_punished_by(corpus, pid: str) -> list[str]:
    """The provisions of the curated norms whose penalty this provision sets."""
    if corpus is None:
        return []
    return list(
        dict.fromkeys(
            n.provisions[0]
            for n in corpus.norms
            if n.provisions and any(s == pid or s.startswith(pid + "/") for s in n.sanction_provisions)
        )
    )[:MAX_NAMED_PARTS]


def _penalties_of(corpus, pid: str) -> list[tuple[str, str | None]]:
    """(provision, regime) of the penalties our norms resting on this provision give its breach."""
    if corpus is None:
        return []
    found = {s: n.regime for n in corpus.norms if pid in n.provisions for s in n.sanction_provisions}
    return list(found.items())[:MAX_NAMED_PARTS]


def _add_penalties_of(b: _Builder, pid: str) -> None:
    """Cite the penalties our records give a provision's breach, each in its regime."""
    for penalty, regime in _penalties_of(b.corpus, pid):
        b.add("sanctions", penalty, note=f"sets the penalty for {format_citation(pid)}", regime=regime)


def _cited_so_far(b: _Builder) -> set[str]:
    """Every id the card cites so far, in any group."""
    return {pid for group in b.groups.values() for pid in group}


def _cited_provisions(b: _Builder) -> list[str]:
    """The provisions the card cites (rules, powers, definitions, related), whose currency a status asks;
    a whole act cited beside them ("the act asked about") is not asked after point by point."""
    groups = ("definitions", *_RULE_GROUPS.values(), "sanctions", "authorities", "related")
    cited = [p for g in groups for p in b.groups[g]]
    points = [p for p in cited if "/" in p]
    return points or cited


def _amending_points(b: _Builder) -> None:
    """For "does it still read as enacted?": the points of later acts that rewrote a provision cited."""
    if b.corpus is None:
        return
    from kg.corpus import rewriting

    for pid in _cited_provisions(b):
        # Our records' rewrites, then the amending acts' own instructions where the store holds their text.
        for point in dict.fromkeys((*rewriting(b.corpus, pid), *b.searcher.graph_amending_points(pid, b.at))):
            b.add("related", point, note=f"amends {format_citation(pid)}", as_point=True)


def _carried_on(b: _Builder, q: Question, provisions: list[str]) -> None:
    """For "is it still the ground?" of each repealed act's provision in ``provisions``: where its successor
    carries it on (as our records say; else, for one the question names, the successor's provision closest
    in wording), and what that provision's breach now costs, when the question asks the penalty or the card
    cites the old one's."""
    if b.corpus is None:
        return
    from kg.corpus import carried_on

    penalty_asked = asks(q.text, "sanction")
    cited = _cited_so_far(b)
    named = {_as_held(b, pid) for pid in q.provisions}
    for pid in provisions:
        old_penalty = any(p in cited for p, _ in _penalties_of(b.corpus, pid))
        heirs = carried_on(b.corpus, pid)
        note = f"carries on {format_citation(pid)} in the act that replaced it"
        if not heirs and pid in named:
            heirs = _closest_in_successor(b, pid)
            note = (
                f"the provision of the act that replaced it closest in wording to {format_citation(pid)}, "
                "found by comparing the texts (our records do not say it carries it on): read the two side "
                "by side"
            )
        if len(heirs) > MAX_NAMED_PARTS:
            continue  # a whole article carried on point by point into many: naming them all says nothing
        for heir in heirs:
            b.add("related", heir, note=note)
            if penalty_asked or old_penalty:
                _add_penalties_of(b, heir)


HEIR_QUERY_CHARS = 600  # of a repealed provision's text, searched for its successor's like
HEIR_RANK = 3  # the successor's provision must be among the search's first hits for it
HEIR_SHARE = 0.85  # and score at least this share of the search's first hit
HEIR_SUPPORT = 0.3  # and carry this share of the repealed provision's words (``_support``)


def _closest_in_successor(b: _Builder, pid: str) -> list[str]:
    """The provisions of the act that replaced ``pid``'s act closest in wording to it, where they stand out:
    among the first hits a search for its own text finds, carrying a good share of its words; a whole
    article found with its parts close behind is cited by those parts. Nothing when the successor says
    nothing alike."""
    reg = b.corpus.regulation(doc_of(pid)) if b.corpus is not None else None
    own = b.official(pid)
    if reg is None or own is None or reg.status.state not in ("repealed", "replaced") or not reg.status.by:
        return []
    heir = doc_of(reg.status.by)
    hits = b.searcher.search(own[1][:HEIR_QUERY_CHARS], k=SEARCH_DEPTH)
    if not hits:
        return []
    floor = HEIR_SHARE * hits[0].score
    meaning = _meaning(b.searcher, own[1][:HEIR_QUERY_CHARS])
    near = [
        h
        for h in hits[:HEIR_RANK]
        if h.doc_id == heir and h.score >= floor and _support(b.searcher, meaning, h) >= HEIR_SUPPORT
    ]
    if not near:
        return []
    best = near[0].pinpoint
    parts = [
        h.pinpoint
        for h in hits
        if h.doc_id == heir and h.pinpoint.startswith(best + "/") and h.score >= floor
    ]
    return parts[:NAMED_ARTICLE_PARTS] or [best]


_TRANSITIONAL = re.compile(
    r"sebelum (?:peraturan|undang-undang|ketentuan)[\w ]{0,30}? ini (?:mulai )?berlaku|"
    r"sebelum (?:mulai )?berlakunya (?:peraturan|undang-undang)|ketentuan peralihan|"
    r"before this (?:regulation|law|act) took effect",
    re.I,
)


# Actors the law reaches by a clause extending another actor's rules to them: how a question names
# them, and how the extending clause does ("… mutatis mutandis berlaku untuk calon PNS").
_EXTENDED_ACTORS = (
    (
        re.compile(
            r"\b(?:cpns|calon pns|calon pegawai negeri sipil|"
            r"civil[- ]service (?:candidates?|recruits?|trainees?)|"
            r"(?:candidate|probationary|prospective|trainee) civil servants?)\b",
            re.I,
        ),
        "calon PNS",
        r"calon (?:pns|pegawai negeri sipil)",
        # A candidate civil servant found in a medium or heavy breach is discharged as a candidate.
        (
            "calon PNS diberhentikan karena pelanggaran disiplin tingkat sedang atau berat",
            re.compile(r"(?:pelanggaran|melanggar) disiplin tingkat sedang atau berat", re.I),
        ),
    ),
)
_EXTENDS = r"berlaku(?:[\s,]+\S+){0,5}?[\s,]+(?:untuk|bagi|terhadap|kepada)\s+"


def _extension_items(b: _Builder, q: Question) -> None:
    """For an actor reached by an extending clause (a CPNS under the PNS discipline rules): that clause,
    from the acts of the rules cited, and the ground discharging such an actor for a medium or heavy breach
    the card cites."""
    docs = {pid.split("/", 1)[0] for g in ("prohibitions", "obligations", "sanctions") for pid in b.groups[g]}
    for said, name, statutory, (discharge, discharge_said) in _EXTENDED_ACTORS:
        if not said.search(q.text):
            continue
        clause = re.compile(_EXTENDS + statutory, re.I)
        asked = f"ketentuan ini mutatis mutandis berlaku untuk {name}"
        for h in _search_in(b.searcher, asked, docs, 50, wide=50) if docs else b.searcher.search(asked, k=50):
            if clause.search(_unit_text(b.searcher, h)):
                b.add("related", h.pinpoint, note=f"extends these rules to {name}")
                break
        pid = _highest_point(b, discharge, discharge_said) if _cites_level(b, ("sedang", "berat")) else None
        if pid:
            b.add(
                "sanctions",
                pid,
                note=f"discharges {name} for a medium or heavy breach",
                regime="administrative",
            )


def _cites_level(b: _Builder, levels: tuple[str, ...]) -> bool:
    """Whether the card cites a disciplinary penalty of one of these levels (by our sanction records)."""
    if b.corpus is None:
        return False
    return any(s.level in levels and _cites_sanction(b, s.provisions) for s in b.corpus.sanctions)


def _cites_sanction(b: _Builder, provisions) -> bool:
    """Whether the card's sanctions cite one of these provisions, or a point inside one."""
    return any(i == p or i.startswith(p + "/") for p in provisions for i in b.groups["sanctions"])


# The act told as done off duty, on leave or in another capacity ("as a private citizen", "ketua ormas,
# bukan sebagai PNS"): whether the discipline rules still reach it is what the asker doubts.
_OFF_DUTY = re.compile(
    r"\b(cuti|on (?:annual |his |her |my )?leave|off[- ]duty|day off|after (?:work|hours|office hours)|"
    r"outside (?:of )?(?:working|office|work) hours|(?:di )?luar jam (?:kerja|kantor|dinas)|"
    r"bukan (?:di |pas )?jam (?:kerja|kantor|dinas)|"
    r"not (?:on|in|during) (?:office|work|working) (?:time|hours)|"
    r"luar (?:kantor|dinas)|private (?:citizen|capacity|person)|"
    r"(?:kapasitas|sebagai) (?:pribadi|warga biasa)|"
    r"bukan sebagai (?:pns|asn|pegawai)|not as an? (?:pns|asn|civil servant)|"
    r"(?:no|without|out of|tanpa|tidak pakai|nggak pakai|ga pakai) (?:the )?(?:uniform|seragam)|"
    # a day or time of his own: "on a Sunday", "hari Minggu kan libur", "on study leave", "his own time"
    r"(?:on|last|every) (?:a )?(?:sunday|saturday|weekend)s?|(?:at|on|over) the weekend|"
    r"hari (?:minggu|sabtu|libur)|akhir pekan|(?:my|his|her) own time|waktu (?:pribadi|luang)|"
    r"study leave|tugas belajar)\b",
    re.I,
)
# Whether the act is the civil servant's own at all: a second or anonymous account, a post or photo others
# made of him, a tag he never agreed to. The definition of a breach as his own words, writing or conduct, in
# or out of working hours, answers it.
_WHOSE_ACT = re.compile(
    r"\b(?:akun (?:kedua|palsu|samaran|anonim|alter|fake)|(?:second|fake|anonymous|alt|burner) account|"
    r"(?:nama|name) samaran|pseudonym\w*|"
    r"tanpa (?:sepengetahuan|seizin|izin|persetujuan) (?:saya|aku|dia|beliau)|"
    r"without (?:my|his|her) (?:knowledge|consent|permission|agreement)|"
    r"never (?:agreed|consented|posted|shared)|"
    r"(?:tidak|nggak|gak|ga) pernah (?:setuju|posting|memposting|share)|"
    r"tagged me|tags me|men-?tag saya|nge-?tag saya)\b",
    re.I,
)
# A definition saying a breach counts in and out of working hours (PP 94/2021 Pasal 1 angka 6).
_IN_AND_OUT_OF_HOURS = re.compile(
    r"jam kerja.{0,60}\bluar|luar jam kerja|outside (?:working hours|them)", re.I
)


def _off_duty_items(b: _Builder) -> None:
    """For an act told as done off duty, or as perhaps not the civil servant's own: the definition, in the act
    of each cited discipline rule, that counts his own words, writing or acts, in or out of working hours."""
    docs = {pid.split("/", 1)[0] for g in ("prohibitions", "obligations") for pid in b.groups[g]}
    for h in _search_in(
        b.searcher, "pelanggaran disiplin di dalam maupun di luar jam kerja", docs, 40, wide=40
    ):
        if h.doc_id not in docs or "/pasal-1/" not in h.pinpoint:
            continue
        if _IN_AND_OUT_OF_HOURS.search(_unit_text(b.searcher, h)):
            b.add("related", h.pinpoint, note="a breach counts in and out of working hours")
            docs.discard(h.doc_id)


# The actor has retired or is about to: "pensiunan PNS", "sudah pensiun", "usia pensiun", "BUP", "has already
# retired", "hits retirement age". A post left by someone else's retirement ("kadis kami pensiun") or the
# pre-retirement year ("masa persiapan pensiun") is no such story.
_RETIRING = re.compile(
    r"\b(?:pensiunan (?:\w+ )?(?:pns|asn|pegawai)|(?:sudah|telah|udah|baru|akan|mau) pensiun|"
    r"pensiun (?:sejak|tahun lalu|\w+ tahun (?:lalu|yang lalu))|"
    r"(?:batas )?usia pensiun|bup|"
    r"retired (?:civil servant|pns|asn|teacher|official)s?|(?:has|had|have|already|just) retired|"
    r"(?:retirement|pension|pensionable) age)\b",
    re.I,
)
_RETIREMENT_AGE = re.compile(r"batas usia pensiun", re.I)


def _list_of(pid: str) -> str:
    """The list an item belongs to ("…/pasal-53/ayat-1" for "…/pasal-53/ayat-1/huruf-b"), else the point."""
    return re.sub(r"/huruf-[a-z]+$", "", pid)


def _civil_servant_told(q: Question) -> bool:
    """Whether a civil servant acts in the story or is said to be one."""
    return bool(set(q.acting_roles) & _CIVIL_SERVICE or _CIVIL_SERVANT_SAID.search(q.text))


def _highest_point(
    b: _Builder, query: str, pattern: re.Pattern, where: str = "", lists: bool = False
) -> str | None:
    """The point in force, of the highest act, among the search's hits for ``query`` whose own text (or our
    summary of it) ``pattern`` finds; ``where``: a part its id must hold ("/pasal-1/" for a definition);
    ``lists``: a hit on an item stands for the list it belongs to as well."""
    from kg.graph.citator import hierarchy_rank

    found = []
    for n, h in enumerate(b.searcher.search(query, k=20, at=b.at)):
        listed = _list_of(h.pinpoint) if lists else h.pinpoint
        for pid in dict.fromkeys((h.pinpoint, listed)):
            said = b.official(pid)
            if where not in pid or said is None or not pattern.search(said[1]):
                continue
            if b.status(pid).split()[0] in ("repealed", "replaced", "not"):  # "not yet in force"
                continue
            reg = b.corpus.regulation(h.doc_id) if b.corpus is not None else None
            found.append((hierarchy_rank(reg.jenis if reg else None), n, pid))
            break
    if not found:
        return None
    best = min(found)[2]
    # A part of the point that says it too is the finer citation ("Pasal 339 ayat (1)", not "Pasal 339").
    return next((pid for _, _, pid in sorted(found) if pid.startswith(best + "/")), best)


# The one acting says he is neither PNS nor PPPK, or an honorary worker: whether the ASN rules reach him is
# whether he is an ASN employee at all.
# A PPPK as English speakers name one: "a government contract employee", "a contract government worker".
_PPPK_SAID = r"(?:pppk|p3k|(?:government |state )?contract (?:government |state )?(?:employee|worker|staff))"
_NOT_ASN = re.compile(
    rf"\b(?:neither (?:a )?(?:pns|civil servant) nor (?:a )?{_PPPK_SAID}|"
    rf"not (?:a )?(?:pns|civil servant)(?:,| or| nor| and)? (?:not )?(?:a )?{_PPPK_SAID}|"
    r"bukan pns(?:,| dan| atau| maupun)? (?:juga )?(?:bukan )?pppk|"
    rf"not (?:a )?{_PPPK_SAID},? (?:and |or |nor )?not (?:a )?(?:pns|civil servant)|"
    # not in the service at all: "bukan ASN", "isn't a government employee", "none of them are civil
    # servants", a foreign national
    r"bukan (?:pegawai )?asn|not (?:an? )?asn|bukan pegawai (?:apa(?:-apa|2)?|negeri|pemerintah)\b|"
    r"(?:is ?n[o']t|not|never been) (?:an? )?"
    r"(?:government employee|civil servant|public servant|state employee)|"
    r"none of (?:them|us) (?:are|is) (?:civil servants|asn|pns)|foreign national|warga negara asing|"
    r"(?:aku|saya|gue|gw|i am|i'm|i've been|is|was) (?:an? )?(?:tenaga |guru |pegawai |staf )?"
    r"(?:honorer|honorary))\b",
    re.I,
)
# "PPPK kan bukan PNS", "since she isn't a civil servant": a PPPK who doubts the rules reach her.
_NOT_PNS = re.compile(
    r"\bbukan (?:pns|pegawai negeri)\b|"
    r"\b(?:is ?n[o']t|not|never been) (?:an? )?(?:pns|civil servant|public servant)",
    re.I,
)
# One at the edge of the service, whom the story asks the rules reach at all: a retired civil servant, an
# intern, a private foundation's or a school's own contract teacher ("still bound?", "does it apply to her?").
_AT_THE_EDGE = re.compile(
    r"\b(?:pensiunan|purnabakti|retired|retiree|magang|intern(?:ship)?|yayasan|foundation|swasta|"
    r"private (?:school|company|firm|employer)|(?:provincial|local|school|foundation) contract|"
    r"kontrak (?:provinsi|daerah|sekolah|yayasan)|"
    # a civil servant placed where other rules seem to govern: away studying, lent out, about to retire,
    # working in a military or police office
    r"tugas belajar|study leave|dipekerjakan|diperbantukan|seconded|masa persiapan pensiun|pre-?retirement|"
    r"kodim|koramil|korem|polres|polsek|polda|army hospital|military hospital|rumah sakit tentara)\b",
    re.I,
)
_ASKS_COVERAGE = re.compile(
    r"\b(?:masih (?:kena|terikat|dihitung|termasuk|berlaku)|kena aturan|terikat|mengikat|"
    r"berlaku (?:juga )?(?:buat|bagi|untuk|ke)|"
    r"still (?:count\w*|bound|covered|subject)|appl(?:y|ies) to (?:her|him|me|them|us|you)|bound by|held to|"
    r"covered by|binds? (?:him|her|me|them|us)|(?:do|does) (?:the |these |those )?[\w -]{0,40}?\bbind\b|"
    # "the rules no longer apply to him", "which rules do I follow, the army's or the PNS's?"
    r"(?:nggak|tidak|gak|ga|enggak) berlaku (?:lagi )?(?:buat|bagi|untuk)|ikut aturan|"
    r"aturan (?:apa|mana) yang|"
    r"(?:which|whose) (?:rules?|regulations?|code)\b|falls? under|no longer appl(?:y|ies))",
    re.I,
)


def _asks_if_bound(q: Question) -> bool:
    """Whether the one acting stands outside the civil service, or at its edge and the story asks whether the
    rules reach him at all: who an ASN employee is, and whom the discipline regulation binds, answer it."""
    return (
        bool(_NOT_ASN.search(q.text))
        or _non_asn_only(q)
        # an honorary worker telling of the civil servant who directed him is still asking about himself
        or q.actor == _NON_ASN
        or bool(_AT_THE_EDGE.search(q.text) and _ASKS_COVERAGE.search(q.text))
    )


# The term the point defines first (in the official text or our summary): "Pegawai ASN ialah/mencakup …".
_ASN_DEFINED = re.compile(r"^\W*(?:\d+\.\s*)?Pegawai (?:ASN|Aparatur Sipil Negara)\b", re.I)


ASKED_ON_WORDS = 8  # a first sentence this short that gives a date says when the question is asked
_ELECTION_NAMED = re.compile(
    r"\b(?:pemilu|pilkada|pilbup|pilgub|pilwalkot|pilpres|pileg|elections?|race|vote|polls?)\b", re.I
)


def _asked_on(q: Question) -> date | None:
    """The date a short opening sentence gives, after the question's own ("BKPSDM kabupaten, Oktober 2021.
    Ada laporan lama: pada 7 Desember 2020 …"): the day it is asked, when the case is still running."""
    if q.at is None or not q.at_said:
        return None
    first = split_sentences(q.text)[0]
    # A year alone, or a month beside an election, names the election ("Pemilu 2019.", "Arsip pilkada
    # Desember 2015."), not the day it is asked.
    if q.at_said in first or len(first.split()) > ASKED_ON_WORDS or _ELECTION_NAMED.search(first):
        return None
    found, said = find_date(first)
    return found if found and found > q.at and not said.isdigit() else None


def _dates_told(text: str) -> tuple[list[date], str]:
    """The dates a text gives, in order, and what follows the last of them."""
    dates, rest = [], text
    while rest:
        found, said = find_date(rest)
        if found is None or not said:
            break
        dates.append(found)
        rest = rest.split(said, 1)[-1]
    return dates, rest


def _later_date(q: Question) -> date | None:
    """The latest date the question gives after its own ("diperiksa Agustus 2021 … keputusan Oktober 2021"):
    a case examined in July and decided in October was decided under what held in October."""
    told_after = q.text.split(q.at_said, 1)[-1] if q.at_said else ""
    latest = _asked_on(q)
    dates, rest = _dates_told(told_after)
    for found in dates:
        latest = max(latest or found, found)
    # "… on 20 August 2021. The superior is deciding it now, in late September": the year goes without saying.
    after = month_after(rest, latest or q.at) if rest and (latest or q.at) else None
    later = max(after, latest) if after and latest else after or latest
    early = later is None or (q.at is not None and later <= q.at)
    if early and _HANDLED_NOW.search(told_after):
        # "Tahun 2013 … baru dilaporin sekarang", "found out only now and to be examined": the case is
        # handled today, under what holds today.
        later = date.today()
    return later


# A case of an earlier date reported, found or examined now.
_HANDLED_NOW = re.compile(
    r"\b(?:(?:baru|mau|akan|sedang|lagi)\s+(?:\w+\s+){0,2}?(?:dilapor\w*|lapor\w*|diperiksa|ketahuan|"
    r"diproses|terungkap)\s+(?:\w+\s+)?(?:sekarang|skrg|saat ini|kini|bulan ini|minggu ini)|"
    r"(?:lapor\w*|dilapor\w*|diperiksa|diproses)\s+(?:ke\s+\w+\s+)?(?:sekarang|skrg|bulan ini|minggu ini)|"
    r"(?:reported|found out|discovered|examined|brought|came to light)\s+(?:only\s+)?"
    r"(?:now|this (?:month|week)|today)|"
    r"(?:to be|will be|is being|being)\s+examined\s+(?:only\s+)?(?:now|this (?:month|week)))\b",
    re.I,
)


# The stage a straddling case had reached when the later act took effect, as the question tells it, and the
# words of the transitional point for that stage: examined (or not yet), objected to, a penalty being served.
_EXAMINED = r"diperiksa|pemeriksaan|memeriksa|bap|dipanggil|panggilan|examin\w*|summon\w*|questioned"
_TOLD_EXAMINED = re.compile(rf"\b({_EXAMINED})\b", re.I)
# A step of the case itself dated ("diperiksa Juni 2031", "decided in June 2031"): the date is the case's.
_CASE_STEP_DATED = re.compile(
    rf"\b(?:{_EXAMINED}|diputus\w*|dijatuhi\w*|dijatuhkan|divonis|decided|sentenced|imposed)\b"
    r"[^.?!;]{0,25}?\b(?:19|20)\d\d\b",
    re.I,
)
_STAGES = (
    (_TOLD_EXAMINED, re.compile(r"pemeriksaan|diperiksa", re.I)),
    (
        re.compile(r"\b(keberatan|banding|objection|objected|appeal\w*)\b", re.I),
        re.compile(r"keberatan|banding", re.I),
    ),
    (re.compile(r"\b(sedang dijalani|menjalani|serving|being served)\b", re.I), re.compile(r"dijalani")),
)


# A case told: a step of its procedure, or a penalty, an objection or a breach.
_CASE_TOLD = re.compile(
    rf"\b({_EXAMINED}|hukum\w*|sanksi|penalt\w*|punish\w*|disiplin\w*|discipline\w*|keberatan|banding|"
    r"objection|appeal\w*|pelanggaran|melanggar|breach\w*|violat\w*|kampanye|campaign\w*|diproses|processed)\b",
    re.I,
)


def _examined_under(q: Question, straddled: set[str]) -> date | None:
    """The later date on which a case that straddles an act's replacement is examined or decided, when the
    successor's rules govern it: a breach examined only after the change, or examined before and decided
    after, is judged by the new act (its conduct and penalty), not by the one in force when it happened.
    None when it turned on an objection or a penalty already being served, which the old act keeps."""
    later = _later_date(q) if straddled and q.at else None
    if later is None or not _TOLD_EXAMINED.search(q.text) or _OCCASIONS.search(q.text):
        return None
    if any(told.search(q.text) for told, _ in _STAGES if told is not _TOLD_EXAMINED):
        return None
    return later


def _named_after(q: Question, catalog: dict) -> set[str]:
    """The acts a case straddles: named ones enacted after the question's date, and the successor of a
    named act replaced between that date and a later one the question gives."""
    if q.at is None:
        return set()
    later = _later_date(q)
    early = _enacted_after(q, catalog)
    out = {r.id for r in early}
    for r in q.regulations:
        if r not in early and r.successor and r.since and q.at < r.since and later and later >= r.since:
            out.add(r.successor)  # named the act of the case's start; it ends under its successor
    if later and not q.regulations and _CASE_TOLD.search(q.text):
        # Naming no act, a case begun under one and examined under its successor ("in March 2019 he took
        # his staff to a rally; the summons came in June 2022") straddles every replacement between. Two
        # years alone ("how did the rate change between 2019 and 2024?") tell no case.
        out |= {doc_of(info.by) for info in _replaced_between(catalog, q.at, later) if info.by}
    return out


def _named_since_story(q: Question, catalog: dict) -> set[str]:
    """The acts a story told before the question's date straddles: those it names that were enacted after
    the earliest date it tells and by the question's own ("September 2021 … the act in November 2020, the
    examination done in June 2021, no decision yet when PP 94/2021 came out")."""
    if q.at is None or not _CASE_TOLD.search(q.text):
        return set()
    earliest = min([q.at, *_dates_told(q.text)[0]])

    def enacted(doc: str) -> date | None:
        info = catalog.get(doc)
        return info.enacted if info else None

    return {r.id for r in q.regulations if not r.set_aside and earliest < (enacted(r.id) or earliest) <= q.at}


CHANGE_WINDOW = 45  # days: a date this close to an act's repeal asks which side of the change it falls on


def _change_near_date(b: _Builder, q: Question, catalog: dict) -> None:
    """For a date close to the day an act gave way to its successor ("campaigned on 20 October 2023: which
    law?"): the provision repealing it and the successor's own on when it took effect."""
    if q.at is None:
        return
    for info in catalog.values():
        if info.state not in ("repealed", "replaced") or not info.since or not info.by or "/" not in info.by:
            continue
        if abs((info.since - q.at).days) > CHANGE_WINDOW:
            continue
        b.add(
            "related",
            info.by,
            note=f"{format_document_citation(info.id)} gave way on {info.since.isoformat()}",
        )
        _took_effect(b, doc_of(info.by))


def _took_effect(b: _Builder, doc_id: str) -> None:
    """The act's own provision on when it took effect."""
    for h in _search_in(b.searcher, _TAKES_EFFECT_PHRASE, {doc_id}, 1, wide=100):
        b.add("related", h.pinpoint, note=f"when {format_document_citation(doc_id)} took effect")


def _transitional_items(b: _Builder, q: Question, acts: set[str] | None = None) -> bool:
    """For a question naming an act and its successor ("PP 53/2010 or PP 94/2021?"), or the ``acts``
    given: the successor's transitional provisions, which say which of the two governs a case that
    straddles the change."""
    named = {r.id for r in q.regulations}
    successors = acts or {r.successor for r in q.regulations if r.successor in named}
    if not successors:
        return False
    # Which point applies turns on the stage the case had reached, not on who the actor is.
    actor_words = {w for a in q.roles or () for form in ACTORS.get(a, ()) for w in form.split()}
    meaning = _meaning(b.searcher, " ".join(w for w in q.conduct if w not in actor_words))
    scored: dict[str, tuple[float, float, int]] = {}
    # Among the whole store's first hits (not searched within the successors): a transitional point only
    # the scope would bring up is not what the question is about.
    for h in b.searcher.search(q.text, k=200):
        if h.doc_id not in successors or h.kind == "beir":
            continue
        rows = b.searcher.index.rows_of_id.get(h.id, [])
        parts = [(p.id, p.text) for p in (b.searcher.index.units[rows[0]].parts or ())] if rows else []
        # The point that is itself transitional, not the one the search pinpointed by shared words.
        found = dict(
            [x for x in parts if _TRANSITIONAL.search(x[1])] or [(h.pinpoint, _unit_text(b.searcher, h))]
        )
        # Where the index holds each ayat apart, an ayat beside the one found joins if it fits the stage told.
        beside = {
            i: t for i, t in _indexed_points(b.searcher, pasal_of(h.pinpoint)).items() if i not in found
        }
        for pid, text in {**found, **beside}.items():
            if not _TRANSITIONAL.search(text):
                continue
            stage = _stage_fit(q.text, text)
            if pid in beside and not stage:
                continue
            key = (stage, _support_text(b.searcher, meaning, text), -h.rank)
            scored[pid] = max(key, scored.get(pid, key))
    added = False
    for pid in sorted(scored, key=lambda x: scored[x], reverse=True)[:2]:
        added |= b.add("related", pid, note="transitional: which of the two governs a straddling case")
    return added


# A case told as not yet examined when the later act took effect ("never been examined", "pemeriksaan
# dijadwalkan Oktober"), and a transitional point for such a case ("belum dilakukan pemeriksaan").
_NOT_YET_EXAMINED = re.compile(
    r"\b(?:belum (?:pernah )?(?:di)?periksa|belum (?:ada |dilakukan )?pemeriksaan|"
    r"(?:pemeriksaan|diperiksa)\w* (?:baru )?(?:dijadwalkan|akan)|never (?:been )?(?:examined|questioned)|"
    r"not (?:yet )?(?:been )?examined|(?:examination|hearing) (?:is )?(?:scheduled|set for|planned)|"
    r"will be examined)\b",
    re.I,
)
_SAYS_NOT_YET = re.compile(r"\bbelum\b|\bnot yet\b", re.I)


# A transitional point keeping the act it replaced for a matter already begun (PP 94/2021 Pasal 40 ayat (2):
# an objection or appeal lodged before it took effect is settled under PP 53/2010).
_SETTLED_UNDER = re.compile(
    r"diselesaikan (?:sesuai dengan|menurut|berdasarkan)|settled under|(?:tetap|masih) berlaku", re.I
)
# The remedies a kept act settles, as the question tells them and as the act names them.
_REMEDIES = (
    (re.compile(r"\b(?:banding|appeal\w*)\b", re.I), "banding administratif"),
    (re.compile(r"\b(?:keberatan|objection|objected|object)\b", re.I), "keberatan"),
)
KEPT_PROCEDURE_HITS = 2  # the predecessor's provisions cited for a remedy it still governs


def _kept_procedure_items(b: _Builder, q: Question, catalog: dict) -> None:
    """A transitional point the card cites that keeps the act it replaced for a remedy already sought ("an
    appeal lodged before this regulation is settled under PP 53/2010") brings what that act provides for the
    remedy the question tells of (PP 53/2010's appeal to the board), as it stood before its successor."""
    for pid in [p for p in b.groups["related"] if "/" in p]:
        found = b.official(pid)
        if found is None or not _TRANSITIONAL.search(found[1]) or not _SETTLED_UNDER.search(found[1]):
            continue
        doc = doc_of(pid)
        successor = catalog.get(doc)
        before = successor.enacted - timedelta(days=1) if successor and successor.enacted else None
        replaced = [
            i.id for i in catalog.values() if i.by and doc_of(i.by) == doc and _names_act(found[1], i.id)
        ]
        for told, named in _REMEDIES:
            if not (replaced and told.search(q.text) and named in found[1].lower()):
                continue
            hits = _search_in(b.searcher, named, set(replaced), KEPT_PROCEDURE_HITS, before)
            for h in hits:
                point = _finer_rule(b, h.pinpoint, q, hits)
                note = f"{format_citation(pid)} keeps this for a {named} already lodged"
                b.add("related", point, note=note)


def _names_act(text: str, act: str) -> bool:
    """Whether a provision's text names an act ("Peraturan Pemerintah Nomor 53 Tahun 2010", "PP No. 53")."""
    number = doc_number(act)
    return bool(number) and re.search(rf"\b(?:Nomor|No\.?)\s*{re.escape(number)}\b", text, re.I) is not None


def _stage_fit(told: str, text: str) -> float:
    """How well a transitional point's text fits the stage the case told had reached: a stage both name,
    and for the examination whether it had yet taken place."""
    stage = sum(1 for said, says in _STAGES if said.search(told) and says.search(text))
    told_examined, says_examined = _STAGES[0]
    if told_examined.search(told) and says_examined.search(text):
        not_yet = bool(_NOT_YET_EXAMINED.search(told))
        stage += 0.5 if bool(_SAYS_NOT_YET.search(text)) == not_yet else 0
    return stage


# "Can it be imposed yet?", "masih berlaku?", "already in effect?": the question is when a provision applies.
_ASKS_WHEN_IN_EFFECT = re.compile(
    r"\b(sudah bisa|sudah berlaku|belum berlaku|masih berlaku|sudah dapat|mulai berlaku|kapan berlaku|"
    r"already|yet|in effect|take effect|takes effect|come into force|in force)\b",
    re.I,
)
_DEFERS = re.compile(
    r"\b(berlaku setelah|baru berlaku|ditunda|tidak berlaku|takes? effect|appl(?:y|ies) only)\b", re.I
)


def _taking_effect(b: _Builder) -> None:
    """Provisions of the same act that say when a cited rule or penalty takes effect (PP 94/2021 Pasal 42)."""
    cited = [pid for g in ("prohibitions", "obligations", "sanctions", "related") for pid in b.groups[g]][:8]
    for pid in cited:
        doc, _, path = pid.partition("/")
        parts = path.split("/")
        # As the text cites it: the ayat holding the point ("Pasal 8 ayat (3)"), else its Pasal.
        upto = 2 if len(parts) > 1 and parts[1].startswith("ayat-") else 1
        label = " ".join(format_segment(x) for x in parts[:upto])
        rx = re.compile(re.escape(label) + (r"(?![\w(])" if upto == 2 else r"(?!\w|\s*ayat)"), re.I)
        for h in _search_in(b.searcher, f"{label} berlaku setelah", {doc}, 40, wide=40):
            if h.pinpoint == pid:
                continue
            text = _unit_text(b.searcher, h)
            if rx.search(text) and _DEFERS.search(text):
                b.add("related", h.pinpoint, note=f"when {format_citation(pid)} takes effect")


# "Sampai saat itu, …", "until then": a provision that keeps something only until the one before it applies.
_UNTIL = r"sampai(?: dengan)? saat itu|until then|in the meantime"
_UNTIL_THEN = re.compile(rf"\b(?:{_UNTIL})\b", re.I)
# What a provision naming a replaced act says it keeps of it: "tetap berlaku", "until then … under …".
_KEEPS = re.compile(rf"\b(?:tetap|masih|still|imposed under|dijatuhkan menurut|{_UNTIL})\b", re.I)


def _kept_points(b: _Builder, ref: str, r: NamedRegulation, catalog: dict) -> None:
    """Of a provision keeping part of a replaced act ("until then, medium penalties follow Pasal 7 ayat (3)
    of PP 53/2010"), the points it keeps, and the provision before it that says until when."""
    words = _provision_words(b, ref)
    if doc_of(ref) == r.id or not _KEEPS.search(words):
        return
    # Only the acts and pinpoints it names are wanted, not a whole question's parse.
    regs = find_regulations(words, catalog)[0]
    for pid in named_provisions(words, regs, catalog):
        if doc_of(pid) == r.id:
            b.add("related", pid, note=f"kept by {format_citation(ref)}")
    parent, _, last = ref.rpartition("/")
    number = last.removeprefix("ayat-")
    if _UNTIL_THEN.search(words) and number.isdigit() and int(number) > 1:
        until = f"{parent}/ayat-{int(number) - 1}"
        b.add("related", until, note=f"until when {format_citation(ref)} keeps it")


def _repealing_references(store: Store, doc_id: str) -> list[str]:
    """Provisions elsewhere citing this document that say it is repealed or kept (dicabut, tetap berlaku)."""
    out = []
    try:
        refs = store.incoming_references(doc_id)
    except (OSError, ValueError, KeyError):  # an old store without the reverse index
        return out
    for r in refs:
        if "/pasal-" not in r.source or r.source in out:
            continue
        doc, prov = store.lookup(r.source) or (None, None)
        if prov is not None and _REPEAL_WORDS.search(_with_list_ends(doc, prov)):
            out.append(r.source)
    return out[:3]


def _with_list_ends(doc, prov) -> str:
    """A provision's words with, for a point of a list, its article's lead-in and the list's last point: a
    repeal list ("Pada saat … mulai berlaku: 1. PP 4/1966 …; 2. PP 21/1975 …; … dicabut dan dinyatakan
    tidak berlaku") says what becomes of every act it names only once, at its end."""
    if prov.level not in ("ayat", "angka", "huruf") or not prov.parent:
        return prov.text  # an article of a closing chapter is no point of a list
    parent = doc.provision(prov.parent)
    if parent is None or not parent.children:
        return prov.text
    last = doc.provision(parent.children[-1])
    return " ".join((parent.text, prov.text, last.text if last is not None else ""))


_REPEAL_WORDS = re.compile(
    r"dicabut|tidak berlaku|tetap berlaku|\brepealed\b|remains? in force|"
    # a later act still applying the old one's rule ("hukuman sedang dijatuhkan menurut … PP 53/2010")
    r"\b(?:dijatuhkan|diselesaikan|dipakai|digunakan|berlaku(?: ketentuan)?)\s+(?:menurut|sesuai|"
    r"berdasarkan|sebagaimana diatur dalam|dari)\b|\b(?:imposed|settled|used|appl(?:y|ies)) under\b",
    re.I,
)


def _repealing_units(searcher: Searcher, doc_id: str, citation: str, at: date | None = None) -> list[str]:
    """Indexed provisions in force at the date whose own words cite this act and repeal or keep it (the
    store may lack the act)."""
    out: list[str] = []
    for h in searcher.search(f"{citation} dicabut dinyatakan tidak berlaku tetap berlaku", k=60, at=at):
        if h.kind == "beir" or h.doc_id == doc_id or h.pinpoint in out:
            continue
        text = _unit_text(searcher, h)
        if _REPEAL_WORDS.search(text) and any(c.doc_id == doc_id for c in find_citations(text)):
            out.append(h.pinpoint)
    return out[:3]


def _search(searcher: Searcher, q: Question, scope: set[str], depth: int = SEARCH_DEPTH) -> list[Hit]:
    """Search hits for the question, only from the named regulations when it names some.

    A story followed by its questions is also searched by the questions alone, the two lists fused by
    reciprocal rank: what is asked ("who had to summon him, with how many days' notice?") drowns in the
    facts told before it in a search for the whole text.
    """
    hits = _search_text(searcher, q.text, q.at, scope, depth)
    asking = _asking_sentences(q.text)
    if not asking or not ASK_FUSION:
        return hits
    both: dict[str, float] = {}
    first: dict[str, Hit] = {}
    for weight, found in ((1.0, hits), (ASK_FUSION, _search_text(searcher, asking, q.at, scope, depth))):
        for n, h in enumerate(found):
            both[h.pinpoint] = both.get(h.pinpoint, 0.0) + weight / (RRF_K + n + 1)
            first.setdefault(h.pinpoint, h)
    order = sorted(both, key=lambda pid: -both[pid])[:depth]
    return [replace(first[pid], rank=n + 1) for n, pid in enumerate(order)]


def _asking_sentences(text: str) -> str:
    """The sentences of a long question that ask who acts or how (ending in '?'), when others only tell
    facts ('' if none). What the act is, and its penalty, the facts themselves say best."""
    if len(text.split()) < ASK_MIN_WORDS:
        return ""
    sentences = split_sentences(text)
    asking = [x for x in sentences if is_question(x)]
    if not asking or len(asking) == len(sentences) or not _asks_procedure(" ".join(asking)):
        return ""
    return " ".join(asking)


# What a story's closing question asks of the procedure besides who acts: whether and where to object,
# from when and for how long a penalty runs, what happens to pay meanwhile, by when a step is due.
_CHALLENGE = (
    r"keberatan|banding|upaya administratif|dilawan|digugat|menggugat|menyoal\w*|mempersoalkan|dipersoalkan|"
    r"objections?|object|"
    r"appeal|challenge|contest|fight it"
)
_PROCEDURE_ASKED = re.compile(
    rf"\b({_CHALLENGE}|melawan|mulai berlaku|berlaku (?:sejak|mulai|kapan|berapa lama)|"
    r"kapan berlaku|"
    r"tetap (?:jalan|berjalan|berlaku)|take effect|takes effect|in effect|keeps? running|still runs?|"
    r"berapa lama|how long|how fast|batas waktu|tenggat|deadline|berapa hari|how many days|"
    r"time limits?|paling lambat|(?:what is )?the latest (?:it|date|day)|"
    # "what is the first formal step I must take?", "langkah resmi pertama saya apa?"
    r"(?:first|next) (?:formal |official )?steps?|langkah (?:resmi |pertama |awal |selanjutnya )\w*|"
    r"gaji(?:nya)?|salary|pay|paid|tunjangan(?:nya)?|allowances?|diserahkan|penyerahan|delivered|handover|"
    r"hand(?:ed)? over|tim pemeriksa|examining team|sit on the|"
    # the decision sent rather than handed over, and when it starts to run
    r"(?:di)?kirim(?:kan)?|send|sent|hand\w* (?:it |them )?over|mulai jalan|berjalan kapan|sejak kapan|"
    r"from when|start(?:s|ed)? (?:to )?run\w*|"
    # the steps of the examination itself: summons, hearing others, the record, relief from duties
    r"panggilan|dipanggil|summons(?:ed)?|diperiksa|periksa|memeriksa|examin\w*|keterangan|saksi|witness\w*|"
    r"berita acara|bap|tanda ?tangan\w*|sign|salinan|copy|dibebaskan sementara|reliev\w*)\b",
    re.I,
)


# A decision on an ASN employee fought ("mau melawan SK-nya", "challenge the penalty"): the ASN law in force
# says by what route (today UU 20/2023 Pasal 64 ayat (2), for PNS and PPPK alike). "Melawan hukum" is a
# breach, not a challenge.
_CHALLENGES = re.compile(rf"\b(?:{_CHALLENGE}|melawan(?! hukum))(?:nya)?\b", re.I)
_DECISION_FOUGHT = re.compile(
    r"\b(?:hukuman\w*|hukdis|sanksi\w*|sk|keputusan\w*|penalt(?:y|ies)|decisions?|decrees?|dismiss\w*|"
    r"(?:di|mem)berhentikan|pemberhentian|dipecat|discharged?|punish\w*|penurunan|demot\w*)\b",
    re.I,
)
# The ASN law's words for the forms a remedy takes, in its text or our summary of it.
_REMEDY_FORMS = re.compile(
    r"keberatan dan banding administratif|objection\b.{0,40}\badministrative appeal", re.I
)


def _fights_decision(q: Question) -> bool:
    """Whether the question asks how an ASN employee can fight a decision (a penalty, a dismissal)."""
    return q.actor in ASN_ACTORS and bool(_CHALLENGES.search(q.text) and _DECISION_FOUGHT.search(q.text))


# Whether a penalty may come without the examination ("langsung SK tanpa pemeriksaan", "must he still be
# examined?"): the superior's duty to examine first answers it.
_EXAMINATION_ASKED = re.compile(
    r"\b(?:tanpa|without|no|skip\w*|melewati|dilewati)\s+(?:any |an |the |a |his |her |its )?(?:\w+ ){0,2}"
    r"(?:pemeriksaan|diperiksa|examination|examined|bap)\b"
    r"|\b(?:must|harus|wajib|perlu|still have to|need to)\s+(?:\w+\s+){0,3}"
    r"(?:diperiksa|be examined|memeriksa|examine)\b"
    # "nobody ever summoned or questioned him", "tanpa dipanggil"
    r"|\b(?:(?:nobody|no one) (?:ever )?(?:summoned|questioned|examined|heard)|"
    r"never (?:been )?(?:summoned|questioned|examined|heard)|"
    r"tidak pernah (?:di)?(?:panggil|periksa)|tanpa (?:di)?(?:panggil|periksa)\w*)\b",
    re.I,
)
# The duty in its text or our summary: "atasan langsung wajib memeriksa" (PP 94/2021 Pasal 27 ayat (1)).
_MUST_EXAMINE = re.compile(r"wajib (?:lebih (?:dulu|dahulu) )?memeriksa|must examine", re.I)


@dataclass(frozen=True)
class _StoryPoint:
    """A point a kind of story needs on the card, found by search (``query``) among the points in force on the
    date whose text or our summary says ``says``, the highest act first (``where``: a part its id holds)."""

    told: Callable[[Question], bool]  # whether the question tells this kind of story
    query: str
    says: re.Pattern
    group: str
    note: str
    where: str = ""
    # Which of the point's own items the question is about (the reporter's kind among those who may
    # report), as the words that item's text starts with; cited instead where the store holds the items.
    item: Callable[[Question], re.Pattern] | None = None
    # A step of a procedure asked about as a whole (temporary relief from the post): every ayat of the
    # article the point sits in, each a part of the answer (who orders it, how long, who acts meanwhile).
    whole: bool = False
    # A list asked for as a whole (what a report must hold): each of the point's items, where the store holds
    # them, since the point alone does not cite what each item says.
    items: bool = False


# "May I report it?", "who may report?" (a modal before the verb to report, not "can receive a report").
_MAY_REPORT = re.compile(
    r"\b(?:(?:boleh|bisa|dapat|berhak)(?:kah)? (?:(?:lembaga|organisasi|lsm|kelompok|komunitas) )?"
    r"(?:saya |aku |kami |kita |dia |warga |masyarakat )?(?:sendiri )?(?:yang )?(?:me)?lapor(?:kan)?\b"
    r"|siapa (?:saja )?yang (?:boleh|bisa|dapat|berhak) (?:me)?lapor"
    # a body asking for itself: "can our delegation itself lodge a report?"
    r"|(?:may|can|could) (?:(?:our|my|the|a) (?:delegation|organi[sz]ation|group|ngo|mission|team|body|"
    r"association)|i|we|he|she|they|anyone|a voter|voters|citizens?) (?:itself |themselves |ourselves )?"
    r"(?:still |also |even )?(?:file a |make a |lodge a )?report\b"
    r"|(?:allowed|entitled) to (?:file a |make a |lodge a )?report\b"
    r"|who (?:may|can|is allowed to|is entitled to) (?:file |make |lodge |submit )?(?:a )?report\b)",
    re.I,
)
_REPORT_CONTENTS = re.compile(
    r"\b(?:laporan\w* (?:\w+ ){0,3}?(?:memuat|berisi|isinya)|isi laporan\w*|"
    r"what (?:must|should|does|do) (?:our|the|a|my) (?:\w+ )?report (?:contain|include|say|have)|"
    r"contents? of (?:the|a|our|my) (?:\w+ )?report)\b",
    re.I,
)
# Who reports, told in the first person: a monitoring body, a contestant's side; anyone else as a voter.
_MONITOR_REPORTS = re.compile(
    r"\b(?:kami|we(?:'re| are)|our) (?:\S+ ){0,4}?(?:pemantau|monitor\w*|observer\w*)", re.I
)
_CONTESTANT_REPORTS = re.compile(
    r"\b(?:kami|we(?:'re| are)) (?:dari |the |from |of )?(?:tim (?:kampanye|pemenangan|hukum)|campaign team|"
    r"paslon|pasangan calon|peserta pemilihan)\b",
    re.I,
)


# How each item of those who may report starts (UU 1/2015 Pasal 134 ayat (2) huruf a-c).
_AS_MONITOR = re.compile(r"^\W*pemantau", re.I)
_AS_CONTESTANT = re.compile(r"^\W*peserta", re.I)
_AS_VOTER = re.compile(r"^\W*pemilih\b|^\W*warga negara", re.I)


def _reporter(q: Question) -> re.Pattern:
    """The item of those who may report a regional-election violation that the one asking is."""
    if _MONITOR_REPORTS.search(q.text):
        return _AS_MONITOR
    if _CONTESTANT_REPORTS.search(q.text):
        return _AS_CONTESTANT
    return _AS_VOTER


def _reports_in_regional_election(q: Question) -> bool:
    return q.election == "pilkada" and bool(_MAY_REPORT.search(q.text) or _REPORT_CONTENTS.search(q.text))


# A story of retiring: the provision by which service ends at the retirement age (bound by every ASN rule
# until that day, by none of them after).
_RETIREMENT = _StoryPoint(
    lambda q: q.anchored and bool(_RETIRING.search(q.affirmed())),
    "diberhentikan karena mencapai batas usia pensiun",
    _RETIREMENT_AGE,
    "related",
    "service ends at the retirement age: bound by the ASN rules until that day, not after",
)
# One who says he is neither PNS nor PPPK: the ASN law's definition of an ASN employee (those two only).
_ASN_EMPLOYEE = _StoryPoint(
    lambda q: _asks_if_bound(q),
    "Pegawai Aparatur Sipil Negara adalah PNS dan PPPK",
    _ASN_DEFINED,
    "definitions",
    "who is an ASN employee: only PNS and PPPK",
    "/pasal-1/",
)
# A state official's standing asked ("is the deputy regent an ASN?", "a minister is a pejabat negara, so which
# rules?"): the point of the ASN law's list of state officials that names his post, else the list itself.
_STATE_OFFICIALS_QUERY = "pejabat negara yaitu presiden menteri gubernur bupati walikota duta besar"
_STATE_OFFICIALS_LISTED = re.compile(
    r"^\W*(?:pejabat negara\b[^.:]{0,60}\byaitu|daftar jabatan\b[^.]{0,30}\bpejabat negara)", re.I
)
# (the post as people name it, the words of the list's item naming it)
_STATE_POSTS = tuple(
    (re.compile(rf"\b(?:{said})\b", re.I), re.compile(item, re.I))
    for said, item in (
        (r"(?:wakil |deputy )?(?:bupati|wali ?kota|regents?|mayors?)|wabup|wawali|wawalkot", r"\bbupati\b"),
        (r"(?:wakil |deputy |vice[- ])?(?:gubernur|governors?)|wagub", r"\bgubernur\b"),
        (r"menteri|ministers?", r"\bmenteri\b"),
        (r"duta besar|dubes|ambassadors?", r"\bduta besar\b"),
        (
            r"anggota dpr|dpr members?|members? of the (?:dpr|house of representatives)",
            r"\bDPR\b|Perwakilan Rakyat",
        ),
        (r"anggota dpd|dpd members?|members? of the dpd", r"\bDPD\b|Perwakilan Daerah"),
        (r"hakim konstitusi|constitutional (?:court )?(?:judges?|justices?)", r"Mahkamah Konstitusi"),
        (r"hakim|judges?|justices?", r"\bhakim\b"),
        (r"anggota bpk|bpk members?|audit board", r"Badan Pemeriksa Keuangan"),
        (r"komisi yudisial|judicial commission", r"Komisi Yudisial"),
        (r"pimpinan kpk|ketua kpk|corruption eradication commission", r"\bKPK\b|Pemberantasan Korupsi"),
    )
)
# The post said as the office an election fills, not as the one acting: "paslon gubernur", "the regent race".
_POST_RUN_FOR = re.compile(
    r"\b(?:calon|paslon|pasangan|cabup|cagub|pemilihan|pilkada|kandidat|candidates?|running|run|ran|stand\w*|"
    r"campaign\w*|election of)[\s'\"‘’]+(?:\w+\s+)?$",
    re.I,
)
_POST_ELECTED = re.compile(
    r"^\W*(?:races?|elections?|pairs?|candidates?|tickets?|campaigns?|seats?|hopefuls?|rall(?:y|ies)|nominees?)\b",
    re.I,
)
_STANDING_ASKED = re.compile(
    r"\b(?:pejabat negara|state officials?|termasuk (?:asn|pns)|(?:asn|pns) (?:atau |apa )?bukan|"
    r"(?:is ?n[o']t|not|bukan)(?: an?)? (?:pns|asn|civil servant)|"
    r"(?:asn|pns|civil servants?)['’]?,? (?:or|atau)\b|"
    r"(?:civil[- ]service|discipline|neutrality|disiplin|asn)\b[^.?]{0,30}\b"
    r"(?:rules?|regulations?|laws?|rulebook)\b[^.?]{0,30}\b(?:appl\w*|reach\w*|touch\w*|follow\w*|binds?|cover\w*|out|berlaku|kena)\b|"
    r"(?:kena|terkena)\b[^.?]{0,15}\b(?:pp disiplin|uu asn|aturan asn)|tell (?:them|the two) apart|"
    r"(?:different|another|other) (?:category|regime)|"
    r"which (?:rules?|provisions?|laws?)\b[^.?]{0,30}\b(?:binds?|reach\w*|covers?|appl\w*)|"
    r"aturan (?:mana|apa)(?: saja)? yang (?:mengikat|menjangkau|berlaku)|"
    r"(?:what is|what's) (?:his|her) status|"
    r"status(?:nya| kepegawaian))",
    re.I,
)
# The list of state offices whose holders, if PNS, are suspended from the civil service while they serve.
_SUSPENDED_QUERY = "PNS yang diangkat menjadi menteri duta besar anggota BPK diberhentikan sementara"
_SUSPENDED_LISTED = re.compile(r"^\W*(?:Pegawai ASN dari )?PNS yang diangkat (?:menjadi|ke)\b", re.I)
_CIVIL_SERVANT_SAID = re.compile(r"\b(?:pns|asn|civil servants?|career diplomat)\b", re.I)
_STATE_OFFICE_ROLES = frozenset({"kepala-daerah", "penjabat-kepala-daerah", "pejabat-negara", "menteri"})


def _state_post(text: str) -> re.Pattern | None:
    """The words of the state officials' list item naming the first post the text gives to one acting."""
    found = []
    for said, item in _STATE_POSTS:
        for m in said.finditer(text):
            if not (
                _POST_RUN_FOR.search(text[max(0, m.start() - 30) : m.start()])
                or _POST_ELECTED.match(text[m.end() :])
            ):
                found.append((m.start(), item))
                break
    return min(found, key=lambda f: f[0])[1] if found else None


def _asks_standing(q: Question) -> bool:
    """Whether the story asks what a state official is under the law, or which regime reaches him."""
    said = bool(re.search(r"\b(?:pejabat negara|state officials?)\b", q.text, re.I))
    # An acting head (Pj) is not on the list unless the story calls him a state official.
    roles = set(q.acting_roles)
    office = said or (
        not q.acting
        and bool(roles & _STATE_OFFICE_ROLES or (roles & _CIVIL_SERVICE and _state_post(q.text) is not None))
    )
    return office and (
        bool(_STANDING_ASKED.search(q.text)) or _asks_if_bound(q) or bool(_ASKS_COVERAGE.search(q.text))
    )


def _state_office_items(b: _Builder, q: Question) -> None:
    """The point of the ASN law's list of state officials (in force on the date) naming the post asked about,
    the list itself where the post is not in it or none is named; for a civil servant in such a post, the
    point suspending him from the civil service while he holds it."""
    if not _asks_standing(q):
        return
    post = _state_post(q.text)
    listed = _highest_point(b, _STATE_OFFICIALS_QUERY, _STATE_OFFICIALS_LISTED, lists=True)
    if listed is not None:
        item = next((i for i, text in _items_of(b, listed) if post is not None and post.search(text)), None)
        b.add("definitions", item or listed, note="who the law counts as a state official")
    if post is None or not _civil_servant_told(q):
        return
    suspended = _highest_point(b, _SUSPENDED_QUERY, _SUSPENDED_LISTED, lists=True)
    said = b.official(suspended) if suspended else None
    if said is None:
        return
    items = _items_of(b, suspended)
    # The older law names the posts in the point's own sentence, with no items under it.
    item = next((i for i, text in items if post.search(text)), None) if items else None
    if item or (not items and post.search(said[1])):
        b.add("related", item or suspended, note="a civil servant in this post is suspended, not dismissed")


# A civil servant temporarily discharged from the service (UU 20/2023 Pasal 53, UU 5/2014 Pasal 88): made a
# commissioner or member of a non-structural body (an election commission, an information commission), on
# unpaid leave outside the state budget, or detained as a suspect; and who brings him back.
_DISCHARGED_QUERY = (
    "PNS diberhentikan sementara apabila diangkat menjadi komisioner anggota lembaga nonstruktural"
)
_DISCHARGED_LISTED = re.compile(r"^\W*PNS diberhentikan sementara\b", re.I)
_BODY = (
    r"(?:kpu|bawaslu|kpid|ombudsman|komisi \w+|(?:\w+ )?commission|lembaga non-?struktural|"
    r"non-?structural (?:state )?(?:body|bodies|institution))"
)
_JOINS_BODY = re.compile(
    r"\b(?:diangkat|dilantik|terpilih|lolos|menjadi|jadi|appointed|sworn in|chosen|selected|elected|"
    r"shortlist\w*|apply|applies|applying|register\w*|currently|become|becomes|became|made|"
    # "since 2023 he's been a member of the regency Bawaslu"
    r"(?:'s|has|have|had) been|is now)\b[^.?!]{0,40}?"
    r"\b(?:anggota|komisioner|members?|commissioners?|seat)\b(?:\s+(?:of|on|di))?(?:\s+(?:the|a|an))?"
    r"(?:\s+(?:regency|provincial|city|district|kabupaten|provinsi|kota|national))?\s+" + _BODY + r"\b|"
    r"\b(?:sits?|sat|serves?|served|serving) on (?:the |a |an )?(?:\w+ )?(?:kpu|bawaslu|commission)\b|"
    r"\bshortlist for (?:the )?(?:\w+ )?(?:kpu|bawaslu)\b",
    re.I,
)
_UNPAID_LEAVE = re.compile(
    r"\b(?:cuti di luar tanggungan negara|cltn|unpaid leave|leave without pay|"
    r"leave (?:outside|without) (?:the )?state (?:budget|responsibility|pay))\b",
    re.I,
)
_DETAINED = re.compile(
    r"\b(?:ditahan|detained|in (?:police )?custody|"
    r"held (?:by (?:the )?police )?(?:[\w ]{0,30} )?as (?:a )?suspect)\b",
    re.I,
)
_DISCHARGE_ASKED = re.compile(
    r"\b(?:status\w*|diberhentikan sementara|berhenti sementara|pemberhentian sementara|non-?aktif\w*|"
    r"temporar\w* (?:dismiss|discharg|suspen)\w*|suspen\w+|gaji\w*|salary|paid|"
    r"(?:quit|leave|resign from|give up) the civil service|mundur dari (?:pns|asn)|keluar dari (?:pns|asn)|"
    r"masih (?:pns|asn|terikat)|still (?:a )?(?:civil servant|pns|asn|bound)|bound by|"
    r"masa kerja|years of service|service count)",
    re.I,
)
_BROUGHT_BACK = re.compile(
    r"\b(?:diaktifkan kembali|mengaktifkan(?:nya)? kembali|pengaktifan kembali|reactivat\w+|reinstat\w+|"
    r"brings? (?:him|her|them) back|"
    r"kembali (?:jadi|menjadi|ke|bekerja sebagai) (?:pns|asn))\b",
    re.I,
)
_DETENTION_QUERY = "pegawai ASN yang ditahan karena menjadi tersangka diberhentikan sementara"
# What the implementing rules add for a detained civil servant: how long the discharge runs, and, where pay
# is asked, what he is paid meanwhile.
_DETENTION_LASTS = (
    "pemberhentian sementara karena penahanan berlaku sejak ditahan sampai putusan berkekuatan hukum tetap",
    re.compile(r"\b(?:berlaku|berlangsung) sejak (?:dikenakan penahanan|ditahan)\b", re.I),
)
_DETENTION_PAY = (
    "PNS yang diberhentikan sementara karena ditahan diberikan uang pemberhentian sementara 50 persen",
    re.compile(r"\buang pemberhentian sementara\b", re.I),
)
_PAY_ASKED = re.compile(r"\b(?:gaji\w*|penghasilan\w*|salary|pay|pays|paid|half)\b", re.I)
_DETENTION_SAID = re.compile(r"\bditahan\b[^.]{0,40}\btersangka|held in detention as a suspect", re.I)
_REACTIVATION_QUERY = (
    "pengaktifan kembali PNS yang diberhentikan sementara dilakukan oleh Pejabat Pembina Kepegawaian"
)
_REACTIVATION_SAID = re.compile(
    r"^\W*(?:pengaktifan kembali\b[^.]{0,150}\bdilakukan oleh|(?:PPK|Pejabat Pembina Kepegawaian) (?:yang )?"
    r"mengaktifkan kembali)|\b(?:PPK|staffing officer) reinstates\b",
    re.I,
)


def _temporary_discharge_items(b: _Builder, q: Question) -> None:
    """For a civil servant made a member of a non-structural body, on unpaid leave outside the state budget,
    or detained as a suspect, the point of the ASN law in force temporarily discharging him, and who brings
    him back where that is asked."""
    if not _civil_servant_told(q):
        return
    text = q.text
    grounds = []
    joins, asked = bool(_JOINS_BODY.search(text)), bool(_DISCHARGE_ASKED.search(text))
    if joins and (asked or _ASKS_COVERAGE.search(text)):
        grounds.append(re.compile(r"komisioner|nonstruktural|non-structural", re.I))
    if _UNPAID_LEAVE.search(text):
        grounds.append(re.compile(r"cuti di luar tanggungan negara|unpaid leave", re.I))
    detained = bool(_DETAINED.search(text) and asked)
    back = bool(_BROUGHT_BACK.search(text))
    if not grounds and not detained and not (back and (joins or _DETAINED.search(text))):
        return
    listed = _highest_point(b, _DISCHARGED_QUERY, _DISCHARGED_LISTED, lists=True)
    # an item's own words repeat the list's opening: the list is what holds the grounds
    items = _items_of(b, _list_of(listed)) if listed else []
    for ground in grounds:
        item = next((i for i, said in items if ground.search(said)), None)
        if item:
            b.add("related", item, note="a civil servant temporarily discharged from the service")
    if detained:
        # Under the 2014 law detention is an item of the same list; under the 2023 law an ayat of its own.
        point = _highest_point(b, _DETENTION_QUERY, _DETENTION_SAID, lists=True)
        if point:
            b.add("related", point, note="an employee detained as a suspect is temporarily discharged")
        rules = [_DETENTION_LASTS] + ([_DETENTION_PAY] if _PAY_ASKED.search(text) else [])
        for query, said in rules:
            point = _highest_point(b, query, said)
            if point:
                b.add(
                    "related",
                    point,
                    note="a detained civil servant's discharge: how long it runs, what he is paid",
                )
    if back:
        point = _highest_point(b, _REACTIVATION_QUERY, _REACTIVATION_SAID)
        if point:
            b.add("authorities", point, note="who brings a temporarily discharged civil servant back")


# An agency's non-ASN worker: the ASN law's terms for such staff (regularised by a deadline, none appointed
# anew), where the store holds them in force.
_NON_ASN_STAFF = _StoryPoint(
    lambda q: _non_asn_only(q),
    "penataan pegawai non-ASN wajib diselesaikan paling lambat Desember 2024",
    re.compile(r"penataan pegawai non-?ASN|regularisation of non-ASN", re.I),
    "related",
    "non-ASN staff: regularised by a deadline, and no new ones appointed",
)
# A decision fought: the forms of administrative remedy (objection, appeal) the ASN law names.
_REMEDY = _StoryPoint(
    _fights_decision,
    "upaya administratif terdiri atas keberatan dan banding administratif",
    _REMEDY_FORMS,
    "authorities",
    "the route against a decision on an ASN employee: objection, appeal",
    whole=True,
)
# An objection to a penalty, where the discipline regulation in force on the date says how it is lodged:
# in writing, to whom, within how many days (PP 53/2010 Pasal 35; today's regulation leaves it to another).
_OBJECTION = _StoryPoint(
    _fights_decision,
    "keberatan diajukan secara tertulis kepada atasan pejabat yang berwenang menghukum dalam 14 hari",
    re.compile(
        r"keberatan\b[^.]{0,60}?\bdiajukan\b[^.]{0,60}?\b\d+ (?:\([\w ]+\) )?hari|"
        r"objection\b[^.]{0,60}?\b(?:lodged|filed|made)\b[^.]{0,60}?\b\d+ days",
        re.I,
    ),
    "authorities",
    "how and by when an objection to a penalty is lodged",
    whole=True,
)
# A penalty without the examination: the direct superior's duty to examine a suspected breach first.
_EXAMINATION = _StoryPoint(
    lambda q: bool(_EXAMINATION_ASKED.search(q.text)),
    "atasan langsung wajib memeriksa PNS yang diduga melakukan pelanggaran disiplin",
    _MUST_EXAMINE,
    "authorities",
    "no penalty without the direct superior's examination first",
)
# Steps of the discipline procedure a story asks about, for an ASN employee: relieved of the post while
# examined; summoned and not coming; the penalty decision handed over (or not yet).
_RELIEF_ASKED = re.compile(
    # ("Bupati mau membebaskan dia sementara dari jabatan": the one relieved may come between.)
    r"\b(?:(?:di|mem)?bebas(?:kan)?(?: (?:dia|dirinya|beliau|mereka|camat\w*|kabid\w*|\w+nya))? sementara|"
    r"pembebasan sementara|dinonaktifkan|nonaktif sementara|"
    r"relieved of (?:his |her |their )?(?:duty|duties|post|functions?|position)|"
    r"taken off (?:his|her|their) (?:post|job|duties)|"
    r"temporar(?:y|ily) (?:relie\w+|remov\w+|suspen\w+|(?:taken|stood) (?:off|down))|"
    r"suspended (?:from (?:his|her|their) (?:post|duties|job) )?"
    r"(?:pending|while|during|in the meantime|meanwhile)|"
    r"reliev(?:e|es|ed|ing) (?:him|her|them|(?:the|a|an|our|my) [\w-]+) of (?:his |her |their )?"
    r"(?:duty|duties|post|functions?|position)|"
    r"(?:mem|di)?bebastugas\w*|bebas tugas)",
    re.I,
)
_SUMMONS_UNANSWERED = re.compile(
    r"\b(?:dipanggil|panggilan|memanggil|summon\w*|called (?:him|her|them) in)\b[^.?!]{0,120}\b"
    r"(?:tidak|nggak|gak|ga|never|didn't|did not|not|won't|doesn't|does not|refus\w*|menolak|mangkir)\s+"
    r"(?:pernah\s+|mau\s+)?(?:datang|hadir|memenuhi|show(?:ed)? up|come|came|turn(?:ed)? up|appear\w*|"
    r"attend\w*|respond\w*)"
    # kept away: "a no-show", "berhalangan hadir", "couldn't make it", "missed the hearing"
    r"|\b(?:no-show|mangkir|berhalangan hadir|"
    r"(?:can't|cannot|couldn't|could not|unable to) (?:attend|come|make it|appear)|"
    r"tidak (?:bisa|dapat) (?:hadir|datang)|missed (?:the|his|her) (?:hearing|summons|examination))\b",
    re.I,
)
_DECISION_DELIVERED = re.compile(
    r"\b(?:(?:sk|keputusan|decision|decree)\w*\b[^.?!]{0,60}\b(?:diserahkan|disampaikan|diantar\w*|dikirim\w*|"
    r"handed|delivered|delivery|deliver|served)|(?:menyerahkan|serahkan|menyampaikan|penyerahan|penyampaian|"
    r"hand(?:ing|s|ed)? (?:over|it|him|her)|deliver\w*|serv(?:e|ed|ing))\b[^.?!]{0,40}\b"
    r"(?:sk|keputusan|decision|decree))",
    re.I,
)


# The direct superior took part in the breach he would examine: "kepala dinasnya juga ikut di rombongan",
# "the camat himself is involved", "his own principal was seen at the same rally"; who examines is asked.
_SUPERIOR = (
    r"(?:atasan(?: langsung)?|kepala (?:dinas|sekolah|bagian|seksi)|kadis|kasi|kabag|kasubbag|camat|sekda)"
    r"(?:nya)?"
    r"|direct superior|(?:own |his |her |their )boss|superior|principal|section head|agency head"
)
_TOOK_PART = (
    r"(?:ikut |juga )?terlibat|juga (?:ikut|hadir)|ikut (?:melanggar|hadir|serta|di)|"
    r"(?:himself |herself )?(?:involved|mixed up|took part|taking part|joined in)|was (?:at|in) the same|"
    r"(?:was|were) (?:at|in) the (?:\w+ ){1,2}too|was there too|seen at the same|"
    r"the same (?:rally|event|procession)|"
    r"both (?:showed up|went|attended)|(?:nyuruh|menyuruh|ordered|told) (?:\w+ of )?(?:us|me|kami)"
)
_SUPERIOR_INVOLVED = re.compile(
    rf"\b(?:{_SUPERIOR})\b[^.?!]{{0,80}}?\b(?:{_TOOK_PART})\b|\b(?:{_TOOK_PART})\b[^.?!]{{0,60}}?\b(?:{_SUPERIOR})\b",
    re.I,
)
_EXAMINING = re.compile(r"\b(?:tim pemeriksa|(?:me|di)?meriksa|memeriksa|diperiksa|examin\w*)", re.I)


_DISCIPLINE_WORDS = re.compile(r"\b(?:disiplin|discipline|disciplinary|hukuman|penalt(?:y|ies))\b", re.I)

# How the examination is held: online or in person, behind closed doors, recorded ("bisa diperiksa lewat
# Zoom?", "may his wife sit in?", "can I record it on my phone?"); asked of an examination, not a meeting.
_HEARING_MANNER = re.compile(
    r"\b(?:virtual\w*|video ?call|zoom|google meet|online|daring|tatap muka|face[- ]to[- ]face|in person|"
    r"tertutup|behind closed doors|in private|in public|terbuka untuk umum|sit in|ikut mendengarkan|"
    r"(?:me|di)?rekam\w*|record (?:the|it)|remotely|remote (?:examination|hearing)|jarak jauh|"
    r"(?:the )?same room|"
    # who speaks at it: "sent his lawyers to answer on his behalf", "can I bring him along to the hearing?"
    r"on (?:his|her|my|our client's) behalf|power of attorney|diwakil\w*|speak for (?:me|him|her)|"
    r"bring (?:\w+ ){0,2}(?:along )?to the hearing|what (?:exactly )?do i (?:write|record)|write down)\b",
    re.I,
)
_EXAMINATION_WORDS = re.compile(
    r"\b(?:pemeriksaan|diperiksa|periksa|examin\w+|hearing|questioned|questioning)\b", re.I
)

# The examination record signed, refused or copied: "menolak meneken BAP", "a scanned signature on the
# record", "can she still get a copy of the examination record?".
_RECORD_SIGNED = re.compile(
    r"\b(?:(?:menolak|refus\w*|won't|will not|wouldn't|tidak mau|nggak mau|ogah|enggan|declin\w*)\s+"
    r"(?:to\s+)?"
    r"(?:\w+\s+){0,2}(?:meneken|menandatangani|teken|tanda ?tangan\w*|sign\w*)|"
    r"(?:sign\w*|tanda ?tangan\w*|teken|meneken|menandatangani)\s+(?:\w+\s+){0,3}(?:bap|berita acara|"
    r"(?:examination )?record|minutes)|salinan\s+(?:\w+\s+){0,2}(?:bap|berita acara)|"
    r"cop(?:y|ies) of (?:the |his |her |my )?(?:examination )?(?:record|minutes|bap)|scanned signature|"
    r"tanda tangan (?:elektronik|scan\w*))\b",
    re.I,
)
_EXAMINATION_RECORD = re.compile(
    r"\b(?:bap\w*|berita acara|(?:examination|hearing) (?:record|report|minutes)|"
    r"record of (?:the |his |her )?(?:examination|hearing)|the record|minutes)\b",
    re.I,
)


def _asn_step(cue: re.Pattern, context: re.Pattern | None = None) -> Callable[[Question], bool]:
    """Whether a story asks about the procedure step the cue names, of an ASN employee or of a penalty (the
    one acting may be the minister who signed it), and, where given, in the ``context`` it needs (an
    examination, its record)."""

    def told(q: Question) -> bool:
        return _of_asn_discipline(q) and bool(
            cue.search(q.text) and (context is None or context.search(q.text))
        )

    return told


def _of_asn_discipline(q: Question) -> bool:
    """Whether the question is of an ASN employee or of a discipline penalty."""
    return bool(ASN_ACTORS.intersection((q.actor, *q.roles)) or _DISCIPLINE_WORDS.search(q.text))


_RELIEF = _StoryPoint(
    _asn_step(_RELIEF_ASKED),
    "PNS yang diduga melakukan pelanggaran disiplin berat dapat dibebaskan sementara dari tugas jabatannya",
    re.compile(r"dibebaskan sementara|pembebasan sementara|temporarily relieved", re.I),
    "authorities",
    "temporary relief from the post while the examination runs",
    whole=True,
)
_SUMMONS = _StoryPoint(
    _asn_step(_SUMMONS_UNANSWERED),
    "PNS yang tidak memenuhi panggilan pemeriksaan dipanggil kedua kali, bila tetap tidak hadir dihukum",
    re.compile(r"panggilan (?:kedua|pertama)|misses the first summons", re.I),
    "authorities",
    "the summons, and what follows when it is not answered",
    whole=True,
)
_HEARING = _StoryPoint(
    _asn_step(_HEARING_MANNER, _EXAMINATION_WORDS),
    "pemeriksaan dilakukan secara tertutup, tatap muka langsung maupun virtual, hasilnya dituangkan dalam "
    "berita acara",
    re.compile(r"tertutup[^.]{0,80}?(?:virtual|daring)|closed doors[^.]{0,60}?online", re.I),
    "authorities",
    "how the examination is held: behind closed doors, in person or online, recorded in a report",
)
_RECORD = _StoryPoint(
    _asn_step(_RECORD_SIGNED, _EXAMINATION_RECORD),
    "berita acara pemeriksaan ditandatangani pejabat pemeriksa dan PNS yang diperiksa; tetap menjadi dasar "
    "bila PNS menolak menandatanganinya",
    re.compile(
        r"berita acara pemeriksaan[^.]{0,80}?ditandatangani|examination report[^.]{0,60}?signed", re.I
    ),
    "authorities",
    "the examination record: who signs it, what a refusal to sign changes, the right to a copy",
    whole=True,
)
_SUPERIOR_STANDS_DOWN = _StoryPoint(
    _asn_step(_SUPERIOR_INVOLVED, _EXAMINING),
    "atasan langsung ikut terlibat dalam pelanggaran yang diperiksa, tim pemeriksa diisi atasan yang lebih "
    "tinggi",
    re.compile(
        r"\bterlibat\b[^.]{0,120}\batasan yang lebih tinggi\b|\binvolved\b[^.]{0,120}\bnext superior up", re.I
    ),
    "authorities",
    "a direct superior who took part in the breach does not examine it: the next superior up sits instead",
)
# Who sits on the examining team: "siapa saja anggotanya?", "terdiri dari unsur apa saja", "who sits on it?",
# "does our office have to sit on the team?", "made up of whom".
_TEAM_MEMBERS_ASKED = re.compile(
    r"\b(?:anggota\w*|terdiri (?:dari|atas)|susunan\w*|komposisi\w*|"
    r"unsur (?:apa|siapa|pengawasan|kepegawaian)|"
    r"(?:duduk|masuk|ikut) (?:\w+ ){0,2}(?:di |ke |dalam )?tim|"
    r"sits? on|sitting on|(?:be|is|are) on (?:it|the (?:\w+ )?(?:team|panel))|made up of|members?\b|"
    r"membership|composition|who (?:is|are|else is) on)",
    re.I,
)
_EXAMINING_TEAM = re.compile(
    r"\b(?:tim (?:pemeriksa|pemeriksaan)\w*|(?:examining|examination|examiners'?|disciplinary|investigat\w+) "
    r"(?:team|panel))\b",
    re.I,
)
_THE_TEAM = re.compile(r"\bthe (?:team|panel)\b", re.I)  # of an examination told: "who sits on the team?"
# ... or told of the examination alone: "siapa yang wajib memeriksa dia, terdiri dari unsur apa saja".
_TEAM_OF_WHOM = re.compile(r"\b(?:terdiri (?:dari|atas) unsur|unsur apa|made up of (?:whom|who))\b", re.I)
_TEAM_OF_WHOM_STEP = _asn_step(_TEAM_OF_WHOM, _EXAMINING)


def _asks_team_members(q: Question) -> bool:
    """Whether the question asks who sits on the examining team (named, or "the team" of an examination)."""
    # The examining team is the discipline procedure's own: naming it is context enough.
    team = _EXAMINING_TEAM.search(q.text) or (_THE_TEAM.search(q.text) and _EXAMINING.search(q.text))
    return bool(team and _TEAM_MEMBERS_ASKED.search(q.text)) or _TEAM_OF_WHOM_STEP(q)


_TEAM_MEMBERS = _StoryPoint(
    _asks_team_members,
    "tim pemeriksa terdiri dari atasan langsung, unsur pengawasan, dan unsur kepegawaian",
    re.compile(r"unsur pengawasan[^.]{0,80}?unsur kepegawaian|oversight[^.]{0,60}?personnel", re.I),
    "authorities",
    "who sits on the examining team: the direct superior, the oversight unit and the personnel unit",
)
# What the internal auditors' findings are worth in a discipline case: "can the inspectorate itself punish,
# or only report?", "hasil audit inspektorat bisa dipakai buat pemeriksaan?".
_AUDITORS = re.compile(
    r"\b(?:inspektorat\w*|inspektur\w*|inspectorate\w*|inspector|apip|auditor\w*|audit\w*|itjen|"
    r"unsur pengawasan|aparat pengawas\w*|oversight unit|internal (?:audit|oversight)\w*)\b",
    re.I,
)
_AUDITORS_ROLE = re.compile(
    r"\b(?:(?:temuan|hasil (?:audit|pemeriksaan)|laporan hasil|findings?|audit report)\w*\b[^.?!]{0,60}\b"
    r"(?:dipakai|dipake|digunakan|(?:jadi|menjadi|sebagai) dasar|dijadikan|kedudukan\w*|used|use|basis|"
    r"grounds?|serve|count|weight|evidence)|"
    r"(?:bisa|dapat|boleh|can|could|may) (?:the |our )?(?:inspektorat|inspectorate|auditors?) "
    r"(?:itself |sendiri )?(?:menghukum|punish)|"
    r"(?:inspektorat|inspectorate|auditors?|kami|we) (?:itself |sendiri )?"
    r"(?:bisa|dapat|boleh|can|could|may) (?:\w+ )?(?:menghukum|punish)|"
    r"only report|hanya (?:bisa |boleh )?(?:melapor|merekomendasi))",
    re.I,
)


def _asks_audit_findings(q: Question) -> bool:
    """Whether the question asks what the auditors' findings serve for, of an ASN employee or a penalty, or
    of the examining team."""
    told = _AUDITORS_ROLE.search(q.text) and _AUDITORS.search(q.text)
    return bool(told and (_of_asn_discipline(q) or _EXAMINING_TEAM.search(q.text)))


_AUDIT_FINDINGS = _StoryPoint(
    _asks_audit_findings,
    "hasil pemeriksaan unsur pengawasan dapat digunakan sebagai bahan pemeriksaan dan pertimbangan "
    "menjatuhkan hukuman disiplin",
    re.compile(
        r"hasil pemeriksaan unsur pengawasan|temuan pemeriksaan unit pengawasan|findings of the oversight",
        re.I,
    ),
    "authorities",
    "what the internal oversight unit's findings serve for: the examination and the weighing of the penalty",
)
_DELIVERY = _StoryPoint(
    _asn_step(_DECISION_DELIVERED),
    "keputusan hukuman disiplin disampaikan kepada PNS yang dijatuhi hukuman paling lama 14 hari kerja",
    re.compile(
        r"keputusan\b[^.]{0,80}\b14 (?:\(empat belas\) )?hari kerja|decision[^.]{0,80}14 working days", re.I
    ),
    "authorities",
    "how the penalty decision is handed over, and by when",
    whole=True,
)
# From when a penalty decision runs: "hukumannya mulai berlaku kapan?", "does the penalty start while he is
# away?", "from when did the demotion run?".
_EFFECT_ASKED = re.compile(
    r"\b(?:mulai berlaku|berlaku(?:nya)? (?:sejak|mulai|kapan)|kapan (?:mulai )?berlaku(?:nya)?|"
    r"mulai (?:dihitung|berjalan|jalan)|mulai kapan (?:\w+ )?(?:hitungan\w*|dihitung|berlaku\w*|jalan\w*)|"
    r"when (?:does|did|will) the clock (?:start|begin|run)|"
    r"dihitung (?:sejak|mulai|dari)|take[sn]? effect|took effect|"
    r"(?:start|starts|begin|begins|run|runs|ran|count|counted) (?:from|since) (?:when|what|which)|"
    r"(?:from|since) when (?:did|does|do|will|is|was)|(?:from|on) which (?:day|date) (?:did|does|will)|"
    # "a penalty the regent signs runs from the day he signs", "we used to start the penalty on the 15th day"
    r"(?:runs?|ran|starts?|started|begins?|counts?) from the (?:day|date)|"
    r"start(?:ed)? the (?:penalty|decree) on|"
    r"(?:does|did|will) (?:the|his|her) "
    r"(?:penalty|demotion|decision|decree|discharge|dismissal|punishment) (?:start|begin|run|bite))\b",
    re.I,
)


_EFFECT_STEP = _asn_step(_EFFECT_ASKED)
# … or what holds while an objection or an appeal against it is pending ("selama bandingnya belum diputus,
# gajinya distop?", "does the decree keep running while he challenges it?", "SK ini berlakunya kapan?").
_REMEDY_PENDING = re.compile(
    r"\b(?:selama (?:proses |masa )?(?:keberatan|banding|upaya|melawan|saya melawan)\w*|"
    r"(?:keberatan|banding)\w* (?:masih |sedang )?(?:belum diputus|diproses|berjalan)|"
    r"(?:lagi|sedang|masih) (?:mengajukan )?(?:keberatan|banding)|"
    r"(?:while|during) (?:the |his |her |my |an? |it(?:'s| is) |he |she |they |i |we )?"
    r"(?:objection|appeal|pending|challeng\w*|fight\w*|contest\w*)|selama proses(?:nya)?(?! pemeriksaan)|"
    r"(?:objection|appeal) (?:is |was )?(?:pending|undecided|under way))\b",
    re.I,
)
_PENDING_STEP = _asn_step(_REMEDY_PENDING, _CHALLENGES)


def _asks_effect(q: Question) -> bool:
    """Whether a sentence asks from when a penalty or a decision on an ASN employee runs (not an act), or
    the story asks what holds while a remedy against one is pending."""
    told = split_sentences(q.text)
    # "… received a decree postponing his pay rise. From which day did it start?": the decision may be told
    # in the sentence before the one asking.
    asked = _EFFECT_STEP(q) and any(
        _EFFECT_ASKED.search(x) and _DECISION_FOUGHT.search(" ".join(told[max(0, i - 1) : i + 1]))
        for i, x in enumerate(told)
    )
    return asked or (_PENDING_STEP(q) and bool(_DECISION_FOUGHT.search(q.text)))


_EFFECT = _StoryPoint(
    _asks_effect,
    "keputusan hukuman disiplin mulai berlaku pada hari ke-15 setelah diterima",
    # (not the day a decision counts as served on one who stayed away, PP 53/2010 Pasal 46)
    re.compile(
        r"(?:hari ke-? ?15|hari kelima belas)\b[^.]{0,80}?\b(?:di|men)?terima|"
        r"(?:fifteenth|15th) day[^.]{0,40}?\breceiv",
        re.I,
    ),
    "authorities",
    "from when a penalty decision takes effect, with and without an administrative remedy",
    whole=True,
)
# Who may report a regional-election violation (the one asking among them), and what a report must hold.
_MAY_REPORT_POINT = _StoryPoint(
    _reports_in_regional_election,
    "laporan pelanggaran pemilihan dapat disampaikan oleh pemilih, pemantau pemilihan, peserta pemilihan",
    re.compile(r"pemilih\b.{0,80}pemantau.{0,60}peserta", re.I | re.S),
    "authorities",
    "who may report a violation of a regional election: a voter, an election monitor, a contestant",
    item=_reporter,
)
_REPORT_CONTENTS_POINT = _StoryPoint(
    lambda q: q.election == "pilkada" and bool(_REPORT_CONTENTS.search(q.text)),
    "laporan pelanggaran disampaikan secara tertulis memuat nama dan alamat pelapor, pihak terlapor",
    re.compile(r"alamat pelapor|reporter's name and address", re.I),
    "authorities",
    "what a written report of a regional-election violation must hold",
    items=True,
)
# Whether the agency itself must act: "does the agency have a duty to enforce discipline?", "whose duty is it
# to enforce discipline in his case?", "siapa yang tetap wajib menindaklanjuti?", "dinas bebas mengabaikan?"
_DUTY = r"(?:kewajiban|wajib|duty|duties|obliged|obligation)"
_ENFORCES = (
    r"(?:menegakkan|enforc\w*|menindaklanjuti|tindak lanjut|follow(?:ing)? up|act on|bergerak|bertindak)"
)
_AGENCY_DUTY_ASKED = re.compile(
    rf"\b(?:(?:instansi|agency|agencies)\b[^.?!]{{0,50}}\b{_DUTY}\b|{_DUTY}\b[^.?!]{{0,15}}\b(?:instansi|agency)\b|"
    rf"(?:whose|siapa(?: yang)?)\b[^.?!]{{0,25}}\b{_DUTY}\b[^.?!]{{0,30}}\b{_ENFORCES}|"
    rf"{_DUTY}\b[^.?!]{{0,30}}\b(?:menegakkan disiplin|enforce (?:the )?discipline)|"
    r"(?:bebas|free to) (?:\w+ ){0,2}(?:mengabaikan|ignore)\b)",
    re.I,
)
_AGENCY_DUTY = _StoryPoint(
    lambda q: bool(_AGENCY_DUTY_ASKED.search(q.text)),
    "instansi pemerintah wajib menegakkan disiplin pegawai ASN dan melakukan upaya peningkatan disiplin",
    re.compile(r"instansi pemerintah (?:wajib|harus) menegakkan disiplin|agenc(?:y|ies) must enforce", re.I),
    "obligations",
    "the agency's own duty to enforce its employees' discipline",
)
# When a regional election's campaign and quiet period run, where the story turns on whether an act fell
# inside them ("kampanye resminya kan baru mulai 25 Sept", "masa tenang itu mulai tanggal berapa?").
_CAMPAIGN_DAYS = (
    r"(?:masa )?kampanye(?:nya)?(?: resmi(?:nya)?| (?:pilkada|pilbup|pilgub|pilwalkot))?|"
    r"(?:the |an? )?(?:official )?campaign(?: period)?"
)
_CAMPAIGN_START_ASKED = re.compile(
    rf"\b(?:{_CAMPAIGN_DAYS})\s+(?:(?:itu|baru|belum|kan|sih|resmi|officially|only|had ?n['’]?t|has ?n['’]?t|"
    r"not yet|had not|has not)\s+){0,3}(?:mulai|dimulai|start(?:s|ed)?|beg[iau]n\w*)\b|"
    r"\b(?:sudah|udah|belum|masih)\s+(?:masuk\s+)?masa kampanye\b|"
    r"\b(?:before|outside) the (?:official )?campaign(?: period)? (?:started|began|opened)\b",
    re.I,
)
_QUIET_ASKED = re.compile(
    r"\b(?:masa tenang|quiet (?:period|days))\b[^?]{0,60}?\b(?:mulai|dimulai|berapa hari|kapan|"
    r"tanggal berapa|hitungan(?:nya)?|termasuk|start\w*|begin\w*|how long|count\w* as)\b",
    re.I,
)
_CAMPAIGN_START = _StoryPoint(
    lambda q: (
        q.election == "pilkada" and bool(_CAMPAIGN_START_ASKED.search(q.text) or _QUIET_ASKED.search(q.text))
    ),
    "kampanye dilaksanakan 3 hari setelah penetapan pasangan calon sampai dengan dimulainya masa tenang",
    re.compile(
        r"^\W*kampanye\b[^.]{0,80}?\b(?:3|tiga)\b[^.]{0,20}?hari setelah|campaign runs from 3 days", re.I
    ),
    "related",
    "when a regional election's campaign starts and ends",
)
_QUIET_PERIOD = _StoryPoint(
    lambda q: q.election == "pilkada" and bool(_QUIET_ASKED.search(q.text)),
    "masa tenang berlangsung selama 3 hari sebelum hari pemungutan suara",
    re.compile(r"^\W*masa tenang\b[^.]{0,60}?\bberlangsung|quiet period lasts", re.I),
    "related",
    "the quiet period before a regional election's polling day",
)
# A civil servant fixed as a candidate: when his discharge takes effect, that his resignation cannot be taken
# back, and for a senior executive running for regional head, the ASN law's own duty to resign.
_CANDIDACY = re.compile(
    r"\b(?:ditetapkan (?:kpu )?(?:sebagai |jadi |menjadi )?(?:calon|paslon|pasangan calon|cabup|cagub)|"
    r"netapin|"
    r"menetapkan (?:\w+ )?(?:sebagai |jadi )?calon|masuk dct|daftar calon tetap|nyaleg|nyalon|"
    r"maju (?:jadi |sebagai )?(?:calon|caleg|cabup|cagub|bupati|gubernur|wali ?kota|wakil|pilkada|pilbup|"
    r"pilgub)|"
    r"mencalonkan diri|(?:fixed|set|confirmed|named|registered) (?:by the (?:\w+ )?kpu )?as (?:a |the |its )?"
    r"(?:\w+ )?(?:\w+ )?candidate|final (?:candidate )?list|running for|runs for|run for)\b",
    re.I,
)
_WHEN_DISCHARGED = re.compile(
    r"\b(?:tmt|terhitung mulai|(?:berlaku|efektif) (?:mulai|sejak)|mulai berlaku|akhir bulan|"
    r"end of (?:the|that) month|takes? effect|took effect|effective (?:from|date|on)|"
    r"from (?:what|which) date)\b",
    re.I,
)
_TAKES_BACK = re.compile(
    r"\b(?:(?:menarik|narik|tarik|mencabut|cabut|membatalkan|batalkan)\s+(?:\w+\s+){0,2}?"
    r"(?:surat\s+)?(?:pengunduran|mundur\w*)|"
    r"(?:withdraw|retract|take back|revoke|cancel)\w*\s+(?:\w+\s+){0,2}?(?:resignation|letter)|"
    r"balik (?:kerja|ke dinas|ke kantor|jadi pns)|kembali (?:bekerja|jadi pns|menjadi pns|ke dinas)|"
    r"go(?:ing)? back to (?:work|the office|(?:his|her|my) (?:job|post|office|desk))|"
    r"return to (?:work|the civil service|(?:his|her|my) (?:job|post|desk)))\b",
    re.I,
)
_SENIOR_POST = re.compile(
    r"\b(?:jpt|pimpinan tinggi|kepala dinas|kadis|kepala badan|sekda|sekretaris daerah|"
    r"regional secretary|agency head|senior executive|eselon ii|echelon ii|"
    r"head of (?:the |a |our )?(?:regency |provincial |city )?(?:\w+ ){0,2}(?:office|agency|department))\b",
    re.I,
)


def _candidate_servant(q: Question) -> bool:
    """Whether a civil servant's own candidacy is told (fixed as a candidate, running, on the final list)."""
    return _civil_servant_told(q) and bool(_CANDIDACY.search(q.text))


_DISCHARGE_DATED = _StoryPoint(
    lambda q: _candidate_servant(q) and bool(_WHEN_DISCHARGED.search(q.text)),
    "pemberhentian dengan hormat sebagai PNS berlaku terhitung mulai akhir bulan sejak ditetapkan calon",
    re.compile(r"\bberlaku (?:terhitung )?mulai akhir bulan\b|takes effect from the end of the month", re.I),
    "related",
    "from when the discharge of a civil servant fixed as a candidate takes effect",
)
_RESIGNATION_FINAL = _StoryPoint(
    lambda q: _candidate_servant(q) and bool(_TAKES_BACK.search(q.text)),
    "pernyataan pengunduran diri PNS yang ditetapkan sebagai calon tidak dapat ditarik kembali",
    # the point saying so of itself, not a candidacy requirement whose letter must be irrevocable
    re.compile(
        r"^\W*(?:surat |pernyataan )?pengunduran diri\b[^.]{0,80}?\btidak (?:dapat|bisa) ditarik\b|"
        r"^\W*the resignation\b[^.]{0,80}?\bcannot be withdrawn",
        re.I,
    ),
    "related",
    "a candidate's resignation from the civil service cannot be taken back",
)
_SENIOR_RUNS = _StoryPoint(
    lambda q: q.election == "pilkada" and _candidate_servant(q) and bool(_SENIOR_POST.search(q.text)),
    "pejabat pimpinan tinggi madya dan pratama yang akan mencalonkan diri menjadi gubernur bupati walikota "
    "wajib menyatakan pengunduran diri secara tertulis dari PNS",
    re.compile(
        r"pimpinan tinggi\b[^.]{0,60}?\b(?:mencalonkan diri|maju|hendak maju)|"
        r"senior executive\b[^.]{0,60}?\brun",
        re.I,
    ),
    "related",
    "a senior executive running for regional head resigns from the civil service",
)
# The one who would punish has left his post empty (died, retired, resigned to run, only an acting official
# holds it) or the unit has no such post: who punishes instead.
_POST_VACANT = re.compile(
    r"\bjabatan(?:nya)? (?:\w+ ){0,4}?(?:masih )?(?:kosong|lowong)|\b(?:kosong|lowong)(?:nya)? sejak\b|"
    r"\b(?:dipegang|diisi|dijabat) (?:oleh )?(?:seorang )?(?:plt|plh|pelaksana tugas)\b|"
    r"\btidak (?:ada|memiliki|punya) (?:jabatan |pejabat )?(?:atasan langsung|administrator|pengawas)\b|"
    r"\bposts? (?:\w+ ){0,3}?(?:is|was|has been|stays|remains|sits|left) (?:still )?"
    r"(?:empty|vacant|unfilled)\b|"
    r"\b(?:empty|vacant|unfilled) (?:post|seat|position)\b|\bacting official \(plt\)|"
    r"\bno (?:direct superior|punishing official|such post)\b|\bhas no (?:direct )?superior\b",
    re.I,
)


def _tells_all(*cues: re.Pattern) -> Callable[[Question], bool]:
    """Whether a question's text says every one of ``cues``."""
    return lambda q: all(cue.search(q.text) for cue in cues)


_POWER_PASSES_UP = _StoryPoint(
    _tells_all(_POST_VACANT),
    "jabatan pejabat yang berwenang menghukum kosong kewenangan menghukum beralih ke pejabat lebih tinggi",
    re.compile(r"\b(?:kosong|lowong|vacant)\b|\btidak (?:ada|terdapat) pejabat yang berwenang\b", re.I),
    "authorities",
    "the punishing official's post empty: who punishes instead",
)
# KASN asked of after the 2023 ASN law ("is KASN still in charge?", "who takes over now KASN is gone?"):
# the law keeps the commission at its tasks only until its implementing regulations (UU 20/2023 Pasal 70
# ayat (3)).
_KASN = re.compile(r"\bkasn\b|komisi aparatur sipil negara|civil service commission", re.I)
_KASN_NOW = re.compile(
    r"\b(?:masih|still|now|sekarang|kini|saat ini|today|abolish\w*|dibubarkan|bubar\w*|dihapus\w*|"
    r"no longer|tidak lagi|gone|ended|end of|after the (?:2023|new)|uu (?:asn )?(?:yang )?baru|"
    r"new (?:asn )?law|2023 law|uu 20/2023|law 20/2023|20 tahun 2023|replac\w*|pengganti|takes? over|"
    r"ambil alih|mengambil alih)\b",
    re.I,
)
_KASN_AFTER_2023 = _StoryPoint(
    _tells_all(_KASN, _KASN_NOW),
    "KASN tetap menjalankan tugas dan fungsinya sampai peraturan pelaksanaan undang-undang ini ditetapkan",
    re.compile(r"\bKASN\b[^.]{0,60}\b(?:tetap|keeps)\b", re.I),
    "related",
    "KASN after the 2023 ASN law: at its tasks only until the law's implementing regulations",
)
# Neutrality asked of as a principle ("asas netralitas", "neutrality as a core principle"): the ASN law's
# list of principles names it (UU 20/2023 Pasal 2 huruf f; UU 5/2014 Pasal 2 huruf f before it).
_PRINCIPLE = re.compile(r"\b(?:asas|prinsip|principles?)\b", re.I)
_NEUTRALITY = re.compile(r"\b(?:netral\w*|neutral\w*)\b", re.I)
_NEUTRALITY_PRINCIPLE = _StoryPoint(
    _tells_all(_PRINCIPLE, _NEUTRALITY),
    "netralitas sebagai salah satu asas penyelenggaraan kebijakan dan manajemen ASN",
    re.compile(r"\bnetralitas\b[^.]{0,40}\basas\b|\bneutrality\b[^.]{0,40}\bprinciples?\b", re.I),
    "related",
    "neutrality as a principle of the ASN law",
)
# One who left the civil service (dismissed, discharged, resigned to run) and means to apply again: who may
# apply to become a PNS (PP 11/2017 Pasal 23 ayat (1) huruf c, never discharged other than at one's request).
_APPLIES_AGAIN = re.compile(
    r"\b(?:apply|applying|re-?apply|sit|melamar|daftar|mendaftar|ikut)\b[^.?!]{0,40}\b(?:cpns|casn|"
    r"civil[- ]service (?:intake|test|selection))\b|\b(?:cpns|casn)\b[^.?!]{0,20}\b(?:again|lagi|intake|test|"
    r"tes|seleksi)\b",
    re.I,
)
_LEFT_SERVICE = re.compile(
    r"\b(?:diberhentikan|dipecat|dismiss\w*|discharged|pdhtaps|pdhtdaps|fired|diputus|put out of|resigned|"
    r"mengundurkan diri|left the civil service|keluar dari (?:pns|asn))\b",
    re.I,
)
_APPLICANT = _StoryPoint(
    _tells_all(_APPLIES_AGAIN, _LEFT_SERVICE),
    "pelamar PNS belum pernah diberhentikan dengan hormat tidak atas permintaan sendiri",
    re.compile(
        r"\bpelamar\b[^.]{0,80}\b(?:diberhentikan|dikeluarkan)\b|\bapplicant\b[^.]{0,80}\bdischarged\b", re.I
    ),
    "related",
    "who may apply to become a civil servant: not one discharged other than at his own request",
)
# A civil servant on leave is still one: the leave rules say what the kind told keeps (pay, the post), who
# grants it, when it is spent abroad, and that the service may call him back.
_LEAVE_KINDS = {
    "besar": r"cuti besar|long(?:-service)? leave",
    "melahirkan": r"cuti (?:melahirkan|bersalin)|maternity leave",
    "alasan penting": r"cuti (?:karena )?alasan penting|leave for an important reason|compassionate leave",
    "cltn": r"cuti di luar tanggungan negara|cltn|unpaid leave|leave without pay",
}
_ON_LEAVE = re.compile(
    # a regional head's campaign leave is not a civil servant's
    r"\bcuti\b(?! kampanye)|"
    r"\b(?:annual|long(?:-service)?|maternity|sick|unpaid|collective|compassionate) leave\b|"
    r"\bon leave\b|\bcltn\b",
    re.I,
)
_LEAVE_GRANTER_ASKED = re.compile(
    r"\b(?:siapa (?:yang )?(?:\w+ ){0,2}(?:memberi|memberikan|menyetujui|meneken|menandatangani|berwenang)|"
    r"(?:surat )?cuti(?:nya)? (?:\w+ ){0,2}(?:diteken|ditandatangani|disetujui|diberikan)|"
    r"who (?:\w+ ){0,2}(?:grants?|approves?|signs?)|(?:signed|approved|granted) by|"
    r"(?:delegated|hold) (?:\w+ ){0,2}power to grant|power to grant|"
    r"(?:delegasi|wewenang|kewenangan) (?:\w+ ){0,2}memberi(?:kan)? cuti|tolak cuti\w*|menolak cuti\w*)",
    re.I,
)
_LEAVE_ABROAD = re.compile(
    r"\b(?:luar negeri|abroad|overseas)\b|\bke (?:kuala lumpur|singapura|malaysia)\b", re.I
)
_CALLED_BACK = re.compile(
    r"\b(?:(?:di|me)?panggil(?:nya)? (?:kembali|masuk)|menarik cuti\w*|"
    r"membatalkan cuti\w*|call(?:ed|ing)? (?:him|her|them)? ?back|recall\w*|cancel(?:led)? (?:\w+ )?leave|"
    r"cut (?:\w+ )?leave short)",
    re.I,
)


def _leave_of(kind: str) -> Callable[[Question], bool]:
    """Whether a story tells a civil servant on this kind of leave."""
    told = re.compile(rf"\b(?:{_LEAVE_KINDS[kind]})\b", re.I)
    return lambda q: _civil_servant_told(q) and bool(told.search(q.text))


def _on_leave_and(asked: re.Pattern) -> Callable[[Question], bool]:
    """Whether a story tells a civil servant on leave and says ``asked`` of it."""
    told = _tells_all(_ON_LEAVE, asked)
    return lambda q: _civil_servant_told(q) and told(q)


_LEAVE_POINTS = (
    *(
        _StoryPoint(
            _leave_of(kind),
            f"selama cuti {kind} PNS yang bersangkutan menerima penghasilan PNS",
            re.compile(
                rf"\bcuti (?:karena )?{kind}\b[^.]{{0,40}}\bmenerima penghasilan|"
                rf"\bon {en} keeps receiving",
                re.I,
            ),
            "related",
            "a civil servant on leave is still one: what the leave keeps",
        )
        for kind, en in (
            ("besar", "long-service leave"),
            ("melahirkan", "maternity leave"),
            ("alasan penting", "important-reason leave"),
        )
    ),
    _StoryPoint(
        _leave_of("cltn"),
        "selama cuti di luar tanggungan negara PNS tidak menerima penghasilan dan tidak dihitung masa kerja",
        re.compile(r"\btidak menerima penghasilan PNS|\breceives no civil-service pay", re.I),
        "related",
        "a civil servant on leave outside the state budget is still one: no pay, no service counted",
    ),
    _StoryPoint(
        _leave_of("cltn"),
        "cuti di luar tanggungan negara mengakibatkan PNS diberhentikan dari jabatannya",
        re.compile(r"\bdiberhentikan dari jabatannya|\bremoves the civil servant from their post", re.I),
        "related",
        "leave outside the state budget takes the civil servant out of his post",
    ),
    _StoryPoint(
        _on_leave_and(_LEAVE_GRANTER_ASKED),
        "cuti diberikan oleh PPK yang dapat mendelegasikan sebagian wewenangnya kepada pejabat",
        re.compile(r"^\W*cuti diberikan (?:oleh )?PPK|^\W*leave is granted by the PPK", re.I),
        "authorities",
        "who grants leave",
    ),
    _StoryPoint(
        _on_leave_and(_LEAVE_ABROAD),
        "hak atas cuti yang akan dijalankan di luar negeri hanya dapat diberikan oleh PPK",
        re.compile(
            r"\bdi luar negeri\b[^.]{0,40}\bhanya (?:dapat|boleh) diberikan|"
            r"\bspent abroad can only be granted",
            re.I,
        ),
        "authorities",
        "leave spent abroad: who grants it",
    ),
    _StoryPoint(
        _on_leave_and(_CALLED_BACK),
        "PNS yang sedang cuti dapat dipanggil kembali bekerja apabila kepentingan dinas mendesak",
        re.compile(r"\bdipanggil kembali bekerja|\bcalled back to work", re.I),
        "authorities",
        "a civil servant on leave may be called back to work",
    ),
)
_STORY_POINTS = (
    _AGENCY_DUTY,
    _DISCHARGE_DATED,
    _RESIGNATION_FINAL,
    _SENIOR_RUNS,
    _CAMPAIGN_START,
    _QUIET_PERIOD,
    _RETIREMENT,
    _ASN_EMPLOYEE,
    _NON_ASN_STAFF,
    _REMEDY,
    _EXAMINATION,
    _MAY_REPORT_POINT,
    _REPORT_CONTENTS_POINT,
    _RELIEF,
    _SUMMONS,
    _HEARING,
    _RECORD,
    _SUPERIOR_STANDS_DOWN,
    _TEAM_MEMBERS,
    _AUDIT_FINDINGS,
    _DELIVERY,
    _OBJECTION,
    _EFFECT,
    _POWER_PASSES_UP,
    _APPLICANT,
    _KASN_AFTER_2023,
    _NEUTRALITY_PRINCIPLE,
    *_LEAVE_POINTS,
)


def _items_of(b: _Builder, pid: str) -> list[tuple[str, str]]:
    """The huruf of a point the store holds, in order, each with its text."""
    items = []
    for letter in "abcdefghijklmnopqrstuvwxyz":
        said = b.official(f"{pid}/huruf-{letter}")
        if said is None:
            continue
        items.append((f"{pid}/huruf-{letter}", said[1]))
    return items


def _cite_story_point(b: _Builder, point: _StoryPoint, q: Question) -> None:
    """Cite the point a story needs, where the store holds one in force: the item of it the question is
    about, where the store holds its items."""
    pid = _highest_point(b, point.query, point.says, point.where)
    if not pid:
        return
    if point.item is not None:
        starts = point.item(q)
        pid = next((item for item, text in _items_of(b, pid) if starts.search(text)), pid)
    if point.items:
        pid = _list_of(pid)  # one item found by its words: the list it belongs to
    listed = [item for item, _ in _items_of(b, pid)] if point.items else []
    if listed:
        for item in listed:
            b.add(point.group, item, note=point.note)
        return
    if point.whole and "/pasal-" in pid:
        article = re.sub(r"(/pasal-[^/]+).*", r"\1", pid)
        for n in range(1, 13):
            if b.official(f"{article}/ayat-{n}") is None:
                break
            b.add(point.group, f"{article}/ayat-{n}", note=point.note)
        return
    b.add(point.group, pid, note=point.note)


def _asks_procedure(text: str) -> bool:
    """Whether asking sentences ask who acts or how the procedure runs (not what the act is)."""
    return find_intent(text) == "authority" or bool(_PROCEDURE_ASKED.search(text))


def _search_text(
    searcher: Searcher, text: str, at, scope: set[str], depth: int, wide: int = 200
) -> list[Hit]:
    if not scope:
        return searcher.search(text, k=depth, at=at)
    return _search_in(searcher, text, scope, depth, at, wide)


def _search_in(searcher: Searcher, text: str, docs: set[str], k: int, at=None, wide: int = 200) -> list[Hit]:
    """The first k hits from the acts ``docs``: as the whole store ranks them among its first ``wide`` hits,
    then, where too few of those are from ``docs`` (a store holding many other acts), the next ones found
    within them, ranked after."""
    if not docs:
        return []
    found = [h for h in searcher.search(text, k=wide, at=at) if h.doc_id in docs][:k]
    if len(found) < k:
        seen = {h.pinpoint for h in found}
        last = max((h.rank for h in found), default=0)
        more = [h for h in searcher.search(text, k=k, at=at, docs=frozenset(docs)) if h.pinpoint not in seen]
        found += [replace(h, rank=last + n) for n, h in enumerate(more[: k - len(found)], start=1)]
    return found


def _rewrites_for(rewritten: dict[str, tuple[str, ...]], q: Question) -> dict[str, tuple[str, ...]]:
    """The amending instructions to cite as what they rewrite: not for a question about the amending act
    itself ("what did UU 10/2016 change?") nor whether a provision still reads as printed."""
    if q.intent == "status":
        return {}
    named = {r.id for r in q.regulations}
    return {p: t for p, t in rewritten.items() if p.split("/", 1)[0] not in named}


def _ranks(hits: list[Hit]) -> dict[str, int]:
    """Where the search ranks each provision: by its pinpoint and by its unit, the first hit's rank."""
    ranks: dict[str, int] = {}
    for h in hits:
        ranks.setdefault(h.pinpoint, h.rank)
        ranks.setdefault(h.id, h.rank)
    return ranks


def _tells_conduct(q: Question) -> bool:
    """Whether a question asking what a term means tells of an actor's act in an election as well ("I
    handed out a caleg's food parcels: if the penalty is heavy, what does 'demotion' mean for me?"): the rules
    the act breaks answer it beside the term."""
    return bool(q.actor and q.election and q.conduct)


def _norm_rules(
    b: _Builder, q: Question, catalog: dict, scope: set[str], hits: list[Hit], asked: _Asked | None = None
) -> list[str]:
    """Norms the conduct falls under (binding the actor) as cited rules; returns their provisions."""
    if b.corpus is None or (q.intent == "definition" and not _tells_conduct(q)):
        return []
    matcher = _matcher(b)
    ranks = _ranks(hits)

    anyone = partial(_keep_any_actor, catalog, scope, q)

    def keep(c) -> bool:
        return actor_allows(c, q) and anyone(c)

    def matching(c) -> bool:  # the duty of a second office joins the conduct's norms, never outranks them
        return keep(c) and not second_office(c, q)

    # An act named ("convicted under the regional elections law") scopes what the words match, not the other
    # regimes the matched conduct breaches: those in force on the date are followed.
    any_linked = partial(_keep_any_actor, catalog, set(), q)

    needs_named = matcher.needs_named(q)

    def keep_linked(c) -> bool:
        # A linked norm needing named words joins only where they are named (the voter who took the money,
        # beside the one who gave it); a remedy in another act joins the one asked, however it was asked.
        named = c.kind == "permission" or needs_named(c)
        return actor_allows(c, q) and any_linked(c) and named

    if q.intent == "authority":
        _catalogue(b, q, (catalog, scope), ranks, hits, "powers", asked)
    if q.intent == "sanction" and _ASKS_KINDS.search(q.text):
        _catalogue(b, q, (catalog, scope), ranks, hits, "sanctions")
    ranked = matcher.match(q, ranks, matching)
    chosen, alternatives = _select_counted(b, q, ranked)
    chosen, alternatives = _after_the_vote(q, chosen, alternatives, ranked)
    # As in ``select``: the words' own best match, not the prior's, says whether the domain is asked of.
    plain = best_by_words(ranked)
    if chosen and not q.anchored and plain.coverage < UNANCHORED_COVERAGE:
        # Nothing ties the question to this domain: one shared word ("pajak") is not an answer.
        chosen, alternatives = [], []
    # "Article 9(2) says employees must stay free of parties: does it carry a sanction?": the norm of a
    # provision the question names is asked about, however few of its words the question shares.
    named = {_as_held(b, pid) for pid in q.provisions}
    taken = {m.norm.id for m in chosen}
    chosen += [m for m in ranked if m.norm.provisions[0] in named and m.norm.id not in taken]
    if q.intent != "authority" and asked is not None and chosen:
        # A story asking how its procedure runs asks for the powers of those who run it, whatever else its
        # words ask ("may they ask me, an outsider, for a statement?"); with no conduct of the domain matched,
        # a procedural word ("how can he object to the tax?") asks nothing of it.
        _catalogue(b, q, (catalog, scope), ranks, hits, "powers", asked)
    if q.intent == "sanction" and not chosen:
        # "Which penalties are there?" names no conduct: the penalties themselves are the answer.
        _catalogue(b, q, (catalog, scope), ranks, hits, "sanctions")
    if q.each or _holds_two_statuses(q):
        chosen += _for_each_actor(matcher, q, ranks, chosen, matching)
    if _RETALIATES.search(q.text) and _FOR_CHOICE.search(q.text):
        chosen += _arbitrary_to_staff(matcher, q, ranks, chosen, keep)
    if q.remedy and chosen:  # a remedy against a decision of the domain, not a tax bill's
        chosen += _remedy(matcher, q, ranks, chosen, keep)
        later = _successors_asked(q, catalog)
        if later:  # "is the appeal under PP 53/2010 still the way?": the remedy its successor gives
            chosen += _remedy(
                matcher,
                q,
                ranks,
                chosen,
                lambda c: actor_allows(c, q) and _keep_any_actor(catalog, later, q, c),
            )
    if chosen and q.anchored:
        chosen += _for_each_act(matcher, q, ranks, chosen, matching)
        alternatives = [m for m in alternatives if m.norm.id not in {x.norm.id for x in chosen}]
    if q.other_election and chosen:
        chosen += _for_other_election(b, matcher, q, ranks, chosen, (catalog, scope))

    def linking(c) -> bool:  # a linked norm needing named words joins only where they are named
        return matching(c) and needs_named(c)

    chosen = _through_excluded(matcher, q, ranks, chosen, linking, anyone) + chosen
    linked = same_conduct(chosen, matcher.candidates, keep_linked)
    duties = [m for m in linked if m.norm.kind == "obligation"]
    chosen += [m for m in linked if m not in duties]
    duties += general_duties(chosen + duties, matcher.candidates, q, keep)
    # The code of the election body the actor sits on is followed to its sanction and its council beside the
    # first ban, not after every other duty (only the first MAX_RULES rules are followed).
    chosen[1:1] = office_duties(chosen + duties, matcher.candidates, q, keep)
    # Who drew the actor into the campaign breaks a ban of their own: cited with its penalty, after the
    # actor's rules, whose consequences it does not take the place of.
    drew_in = involving(chosen + duties, matcher.candidates, q, anyone)
    # The actor's own side of a ban on drawing it in: a civil servant on a regent pair's team took part in
    # the campaign, whatever act the question named and whatever else the words matched.
    taken = {m.norm.id for m in chosen + duties}
    chosen += [m for m in same_conduct(drew_in, matcher.candidates, keep_linked) if m.norm.id not in taken]
    # And the ban on the one the actor drew in, when the question names him (the team listed a civil servant),
    # with every other regime reaching his act (the discipline rules for a civil servant on a team).
    drawn = drawn_in(chosen, matcher.candidates, q, anyone)
    taken = {m.norm.id for m in chosen + duties + drawn}
    regimes = same_conduct(drawn, matcher.candidates, any_linked)
    chosen += drawn + [m for m in regimes if m.norm.id not in taken]
    # A campaign given the use of government property or a school breaks the campaign's own ban, whoever
    # gave it; added after the links, which would read the office's rules from it, not the act's own.
    chosen += put_to_use(chosen + duties, matcher.candidates, q, keep)
    chosen += duties
    # A reading the words put close that a chosen norm's link also brought is answered, not an alternative;
    # the readings it links to stay alternatives below.
    matched_readings = alternatives
    alternatives = [m for m in alternatives if m.norm.id not in {x.norm.id for x in linked + chosen}]
    # An alternative reading brings the other regimes that reach the same conduct, as the chosen reading
    # does: a poster handed out may be an activity siding with a contestant (PP 94/2021 Pasal 5 huruf n
    # angka 6), which the Elections Law bars too (Pasal 283), not a decision favouring one.
    readings = {m.norm.id for m in alternatives}
    answering = readings | {m.norm.id for m in chosen + drew_in}
    alternatives += [
        m
        for m in same_conduct(matched_readings, matcher.candidates, keep_linked)
        if m.norm.id not in answering
    ]
    rules: list[str] = []
    for m in chosen + drew_in:
        group = _RULE_GROUPS.get(m.norm.kind, "obligations")
        base = _provision_for_actor(b, m.norm, q)
        points = _points_naming(b, m.norm, q)
        if not points:
            finer = _finer_points(b, base, q, hits, _own_points(m.norm), ties=True)
            points = [*finer, *_sibling_asked(b, m.norm, q, base)]
        for n, pid in enumerate(points):
            why = m.why[0] if m.why else f"match {m.score:.2f}"
            note = f"{m.norm.kind}: {m.norm.act_en or m.norm.act_id} ({why})"
            if b.add(group, pid, note=note) and n == 0 and m not in drew_in:
                rules.append(pid)  # a sibling point shares its norm's consequences
                b.matched.append((m.norm, pid))
                if m in duties:
                    b.duties.add(pid)
            _add_sanctions(b, m, pid, DREW_IN_SANCTION if m in drew_in else "sanction for", q)
    _cite_alternatives(b, q, alternatives, readings)
    return rules


def _cite_alternatives(b: _Builder, q: Question, alternatives: list, readings: set[str]) -> None:
    """Each alternative reading at its first point, with what follows if it is the one that applies: its
    sanctions, marked so, also where the point is already cited as another norm's rule, which brought only
    that norm's sanctions."""
    for m in alternatives:
        for pid in _points_naming(b, m.norm, q)[:1] or m.norm.provisions[:1]:
            why = f"match {m.score:.2f}" if m.norm.id in readings else m.why[0]
            note = f"also consider: {m.norm.act_en or m.norm.act_id} ({why})"
            as_rule = pid in b.groups["prohibitions"] or pid in b.groups["obligations"]
            if b.add("alternatives", pid, note=note) or as_rule:
                _add_sanctions(b, m, pid, "sanction if the alternative applies", q)


ACT_CONFIDENCE = 0.55  # an act's own best norm joins the card at this score (tuned on dev: 0.55-0.60 alike)
ACT_MIN_WORDS = 5  # a clause tells an act of its own when it has this many conduct words
_ACT_BREAK = re.compile(r"\s*(?:\(\d\)|;)\s*")


def _acts_told(q: Question) -> list[str]:
    """The clauses of a story that each tell an act: its sentences that do not ask, cut at "(1)", "(2)" and
    semicolons; none where the story tells fewer than two."""
    told = [x for x in split_sentences(q.text) if not is_question(x)]
    parts = [p for x in told for p in _ACT_BREAK.split(x) if p and p.strip()]
    acts = [p for p in parts if len(conduct_words(p, [])) >= ACT_MIN_WORDS]
    return acts if len(acts) >= 2 else []


def _for_each_act(matcher, q: Question, ranks: dict[str, int], chosen: list, keep) -> list:
    """For a story telling several acts: each act's best norm, matched on that act's own words, when it is
    confident and not yet chosen ("went to the rally with fifteen staff; a week later told the aid
    recipients help keeps coming if the right pair wins" is two breaches)."""
    out: list = []
    taken = {m.norm.id for m in chosen}
    for text in _acts_told(q):
        best = next(iter(matcher.match(_cut_to(q, text), ranks, keep)), None)
        if (
            best is None
            or best.score < ACT_CONFIDENCE
            or best.norm.id in taken
            or best.norm.kind != "prohibition"
        ):
            continue
        taken.add(best.norm.id)
        out.append(best)
    return out


# A superior who makes staff pay for their part in an election (dropped from paid teams, moved away, marked
# down, pay docked, for staying away from a rally or backing a rival) treats subordinates arbitrarily: a ban
# of its own beside the siding, which the story rarely names ("bawahan", "sewenang-wenang").
_RETALIATES = re.compile(
    r"\b(?:dicoret\w*|mencoret\w*|dipindah(?:kan)?|memindahkan|dimutasi|memutasi|dicopot|mencopot|"
    r"(?:dipotong|memotong|potong)\w* (?:honor|tpp|tukin|tunjangan|gaji)\w*|dijelekkan|"
    r"(?:kasih|diberi|dikasih|beri) (?:nilai )?jelek|dikucilkan|"
    r"dropped from|took (?:\w+ ){0,3}off|moved (?:them|him|her) to|shipped (?:a|the|him|her)|docked|"
    r"(?:score|rating)s? (?:would|will) suffer|removed (?:\w+ ){0,2}from|transferred (?:them|him|her)|"
    r"marked (?:him|her|them) down)\b",
    re.I,
)
_FOR_CHOICE = re.compile(
    r"\b(?:(?:yang|karena|krn|sebab) (?:\w+ ){0,2}"
    r"(?:menolak|nolak|(?:tidak|nggak|gak|ga) (?:mau|datang|hadir|ikut))|"
    r"saya (?:me)?nolak|menolak (?:ikut|datang|hadir|masuk|tanda)|memberi keterangan|saingan|"
    r"refus\w+|wouldn'?t|would not|stayed away|(?:didn'?t|did not) (?:come|attend|show|join|sign)|"
    r"made their choice|backed the (?:losing|other|rival)|gave (?:\w+ ){0,2}statement|running against|"
    # seen on the side that lost: "kelihatan di acara paslon yg kalah", "spotted at the losing ticket's rally"
    r"(?:paslon|calon|caleg|kandidat) (?:yang|yg) kalah|losing (?:pair|ticket|side|candidate)s?\b|"
    r"(?:kelihatan|terlihat|kepergok|ketahuan) (?:\w+ ){0,2}di acara|(?:seen|spotted) at)",
    re.I,
)
ARBITRARY_WORDS = "bertindak sewenang-wenang terhadap bawahan"


def _arbitrary_to_staff(matcher, q: Question, ranks: dict[str, int], chosen: list, keep) -> list:
    """For a superior who made staff pay for their choice: the ban on treating subordinates arbitrarily in
    force on the date, matched on its own words alone (the story's are the siding's)."""
    # The norm needs its own words said (Conditions.needs): the story's reading, not its text, says them.
    asked = q.model_copy(update={"text": ARBITRARY_WORDS, "conduct": tuple(ARBITRARY_WORDS.split())})
    return _best_beside(
        matcher, asked, ranks, chosen, keep, lambda n: n.kind == "prohibition" and "sewenang" in n.act_id
    )


def _remedy(matcher, q: Question, ranks: dict[str, int], chosen: list, keep) -> list:
    """For "can I still object?" after a penalty: the remedy the actor may take (a permission the question
    must name, ``Conditions.needs``), matched on the remedy's words beside the story's."""
    asked = q.model_copy(update={"conduct": (*q.conduct, *REMEDY_WORDS.split())})
    found = _best_beside(
        matcher, asked, ranks, chosen, keep, lambda n: n.kind == "permission" and bool(n.needs)
    )
    return found if found and found[0].score >= MIN_CONFIDENCE else []


def _best_beside(matcher, asked: Question, ranks: dict[str, int], chosen: list, keep, fits) -> list:
    """The best match for ``asked`` (a list of one, or empty) whose norm ``fits`` and is not chosen yet."""
    taken = {m.norm.id for m in chosen}
    return next(
        ([m] for m in matcher.match(asked, ranks, keep) if fits(m.norm) and m.norm.id not in taken), []
    )


# Statuses bound by norms of their own beside the civil servant's: an acting regent or an acting village
# head put in from the civil service, a village secretary still a civil servant. Told of with a civil
# servant, as one person's two statuses or as two people, each answers under its own norms.
_OWN_NORM_STATUSES = frozenset({"kepala-daerah", "kepala-desa", "perangkat-desa"})


def _holds_two_statuses(q: Question) -> bool:
    """Whether the question places a civil servant beside a status with norms of its own (an acting head)."""
    return "pns" in q.roles and bool(_OWN_NORM_STATUSES & set(q.roles))


def _for_each_actor(matcher, q: Question, ranks: dict[str, int], chosen: list, keep) -> list:
    """For "who is in breach, and what does each face?": the best norms (one a regime) binding each actor
    named that no chosen norm names, as a question about that actor alone would find them."""
    from kg.conduct import MIN_CONFIDENCE, NormMatch, names_actor

    out: list[NormMatch] = []
    for role in q.roles:
        if any(names_actor(m.norm, (role,)) for m in chosen + out):
            continue
        alone = q.model_copy(update={"actor": role, "roles": (role,)})
        taken = {m.norm.id for m in chosen + out}
        ranked = matcher.match(alone, ranks, partial(_keep_for, keep, alone))
        found = [m for m in ranked if m.norm.id not in taken]
        if found and found[0].score >= MIN_CONFIDENCE:
            # As a question about that actor alone would choose: its best norm in each regime it reaches.
            picked, _ = select(found, len(alone.conduct), bool(alone.actor and alone.election))
            out += [m for m in picked if m.norm.id not in taken] or [found[0]]
    return out


def _for_other_election(b: _Builder, matcher, q: Question, ranks: dict[str, int], chosen: list, acts) -> list:
    """A story telling of both kinds of election ("campaigned for a DPR candidate in January and for a
    regent pair in October"): the norms written for the other kind that the conduct falls under, as the
    same story told of that election alone would find them, with the norms they link to in that election."""
    other = q.model_copy(update={"election": q.other_election, "other_election": None})
    catalog, scope = acts

    def keep(c) -> bool:
        return actor_allows(c, other) and _keep_any_actor(catalog, scope, other, c)

    taken = {m.norm.id for m in chosen}
    ranked = [
        m
        for m in matcher.match(other, ranks, keep)
        if other.election in m.norm.elections and q.election not in m.norm.elections
    ]
    found, _ = _select_counted(b, other, ranked)
    found = [m for m in found if m.norm.id not in taken]
    return found + [m for m in same_conduct(found, matcher.candidates, keep) if m.norm.id not in taken]


# The intents a norm granting leave to act answers: whether something may be done, or nothing in
# particular. A question on who decides, what is required or what follows is not answered by what is allowed,
# unless it asks what can still be done against a decision (``Question.remedy``: "can I still object?").
_PERMISSION_ANSWERS = ("prohibition", "general")


def _asks_leave(q: Question) -> bool:
    """Whether what the actor may do answers the question: it asks that, or what can still be done against
    a decision, or what he must do beside whether he may ("boleh ikut kampanye? harus cuti juga?")."""
    if q.intent in _PERMISSION_ANSWERS or q.remedy:
        return True
    return q.intent == "obligation" and asks(q.text, "prohibition")


def _keep_any_actor(catalog: dict, scope: set[str], q: Question, c) -> bool:
    """Whatever its addressees, whether a norm is in force for the question and of its election (and, for
    a permission, whether the question asks what may be done)."""
    if c.kind == "permission" and not _asks_leave(q):
        return False
    if not in_force(c, q, catalog, scope):
        return False
    return not (q.election and c.elections and q.election not in c.elections)


EXCLUDED_DEPTH = 3  # how many of the best norms binding others are followed to the actor's


def _through_excluded(matcher, q: Question, ranks: dict[str, int], chosen: list, keep, keep_any) -> list:
    """The norms binding the actor that are linked as the same conduct to the norm the conduct matches
    best, when that norm binds someone else: a PPPK at a rally in a party T-shirt breaks the PNS rule on
    party insignia in what she does, and the ASN duty to keep neutral (UU 20/2023 Pasal 24) in who she is."""
    if not q.actor:
        return []
    free = matcher.match(q, ranks, keep_any)
    if not free or actor_allows(free[0].norm, q):
        return []
    taken = {m.norm.id for m in chosen}
    # The best norm may bind another actor and lead nowhere (an incumbent's leave); the first of the
    # next few that leads to a norm binding the actor is the conduct's reading.
    for m in free[:EXCLUDED_DEPTH]:
        if m.score < MIN_CONFIDENCE or (chosen and chosen[0].score >= m.score) or actor_allows(m.norm, q):
            break
        found = [x for x in same_conduct([m], matcher.candidates, keep) if x.norm.id not in taken]
        if found:
            return found
    return []


def _keep_for(keep, q: Question, c) -> bool:
    return keep(c) and actor_allows(c, q)


# How one penalty is set for several breaches found at once (ayat (1): the heaviest only), for a breach of
# the same kind repeated after a penalty (ayat (2): heavier than the last) and for one breach (ayat (3): one
# penalty only), in the discipline regulation in force and in the one it replaced, which said the same
# (PP 53/2010 Pasal 30, for facts before 31 August 2021).
_COMBINED_PENALTIES = {
    "pp-94-2021": ("pp-94-2021/pasal-35/ayat-1", "pp-94-2021/pasal-35/ayat-2", "pp-94-2021/pasal-35/ayat-3"),
    "pp-53-2010": ("pp-53-2010/pasal-30/ayat-1", "pp-53-2010/pasal-30/ayat-2", "pp-53-2010/pasal-30/ayat-3"),
}


def _combined_penalties(b: _Builder, q: Question, catalog: dict | None = None) -> None:
    """Add how the penalty is set when the card's rules are several breaches of one discipline regulation
    (one penalty, the heaviest), the question says the breach is a repeat (heavier than the last) or asks
    whether one act may be punished twice (one penalty only)."""
    breaches = _discipline_breaches(b)
    # The discipline regulations whose penalties the card cites: where no breach of one was found.
    cited = dict.fromkeys(doc_of(p) for p, i in b.groups["sanctions"].items() if i.regime == "discipline")
    for (doc, _), pids in breaches.items():
        said = ", ".join(format_citation(p) for p in pids)
        if len(pids) > 1 and not q.each:  # breaches by several people are not several breaches of one
            note = f"several breaches on this card ({said}) get one penalty only, the heaviest"
            b.add("sanctions", _COMBINED_PENALTIES[doc][0], note=note, regime="discipline", rests_on=pids)
    if q.twice or q.several:
        acts = dict(cited)
        if "pns" in q.roles:  # a civil servant's: the discipline regulation in force on the day
            day = q.at or date.today()
            stood = [d for d in _COMBINED_PENALTIES if d in (catalog or {}) and in_force_on(catalog[d], day)]
            acts.update(dict.fromkeys(stood))
        for doc in [d for d in (*(d for d, _ in breaches), *acts) if d in _COMBINED_PENALTIES][:1]:
            if q.several:  # "two acts, two penalties?": however many the card found, one, the heaviest
                note = "several breaches get one disciplinary penalty only, the heaviest"
                b.add("sanctions", _COMBINED_PENALTIES[doc][0], note=note, regime="discipline")
            if q.twice:
                # "Punished twice?": one breach gets one disciplinary penalty; a sentence under another regime
                # (the criminal election law) is no second disciplinary penalty, and the card says so.
                note = (
                    "one breach gets one disciplinary penalty only; this says nothing against a criminal or "
                    "administrative sanction beside it"
                )
                b.add("sanctions", _COMBINED_PENALTIES[doc][2], note=note, regime="discipline")
    if not q.repeat:
        return
    on: dict[str, list[str]] = {}
    for (doc, _), pids in breaches.items():
        on.setdefault(doc, []).extend(pids)
    # No breach of a discipline regulation among the rules: the regulation whose penalties the card cites.
    for doc in list(on) or [d for d in cited if d in _COMBINED_PENALTIES]:
        pids = on.get(doc, [])
        said = f" ({', '.join(format_citation(p) for p in pids)})" if pids else ""
        note = f"the question says the breach{said} repeats one of its kind: heavier than the last penalty"
        b.add("sanctions", _COMBINED_PENALTIES[doc][1], note=note, regime="discipline", rests_on=pids)


def _remedy_route(b: _Builder, q: Question, catalog: dict) -> None:
    """Under the discipline regulation standing on the day the story happens: what a pending examination or
    remedy bars, whether the penalty the story tells of admits an objection, an appeal or no remedy (2010),
    and from when it runs (both)."""
    day = q.at or date.today()
    stood = {doc: doc in catalog and in_force_on(catalog[doc], day) for doc in ("pp-53-2010", "pp-94-2021")}
    points = pending_bars(q.text, repealed="pp-53-2010" in catalog and not stood["pp-53-2010"])
    for doc, route in (("pp-53-2010", route_2010), ("pp-94-2021", route_2021)):
        if stood[doc]:
            points += route(q.text)
    for point in points:
        b.add("related", point.provision, note=point.note)


def _discipline_breaches(b: _Builder) -> dict[tuple[str, tuple[str, ...]], list[str]]:
    """The rules cited for matched norms carrying a penalty under a discipline regulation, one per norm, by
    regulation and addressees (a superior's failure to punish is not the offender's breach). A search hit
    filed as a rule shares words with the facts: no breach was found in it."""
    out: dict[tuple[str, tuple[str, ...]], list[str]] = {}
    for norm, pid in b.matched:
        doc = doc_of(pid)
        if norm.regime == "discipline" and norm.sanction_provisions and doc in _COMBINED_PENALTIES:
            held = out.setdefault((doc, tuple(norm.addressees)), [])
            if pid not in held:
                held.append(pid)
    return out


def _add_sanctions(b: _Builder, m, pid: str, why: str, q: Question | None = None) -> None:
    """The sanctions a matched norm links to, each at the point that restates its conduct, or, for a
    penalty graded by days absent or by the reach of the harm, at the point holding what the question
    states (each graded point says the reach it covers when the question states none)."""
    if q is not None and (_add_counted(b, m, q, why) or _add_reached(b, m, q, why)):
        return
    sps = m.norm.sanction_provisions
    reaches = _graded_points(b.corpus, sps)
    for sp in sps:
        if any(o.startswith(sp + "/") for o in sps):
            continue  # the norm names the point itself (PP 53/2010 Pasal 12 angka 9): no guessing among angka
        where = f" (where the harm reaches {_reach_words(reaches[sp])})" if sp in reaches else ""
        note = f"{why}: {m.norm.act_en or m.norm.act_id}{where}"
        b.add("sanctions", b.finer(sp, pid), note=note, regime=m.norm.regime)


def _graded_points(corpus, sanction_provisions) -> dict[str, list[Reach]]:
    """Of these sanction provisions, the curated ones graded by the reach of the harm, with their reaches."""
    if corpus is None:
        return {}
    kps = (corpus.provision(sp) for sp in sanction_provisions)
    return {kp.id: list(kp.harm) for kp in kps if kp is not None and kp.harm}


def _reach_words(reaches) -> str:
    return " or ".join(REACH_EN[r] for r in reaches)


@dataclass(frozen=True)
class _Reached:
    """A norm's penalty points holding the reach of the harm a question tells, and their levels."""

    reach: Reach
    points: tuple[str, ...]  # the graded points covering the reach
    kept: tuple[str, ...]  # those, and the norm's points not graded by reach
    levels: frozenset[str]

    def carries(self, level: str | None) -> bool:
        """Whether a sanction of this level stays (one with no level always does)."""
        return level is None or level in self.levels


def _reached(corpus, sanction_provisions, text: str) -> _Reached | None:
    """What the reach the question tells keeps of these sanction provisions (harm that stayed in the work
    unit is light, not the heavy point for harm to the state); None when it tells none or no point of
    them is graded by it."""
    graded = _graded_points(corpus, sanction_provisions)
    reach = harm_reach(text) if graded else None
    points = points_reaching(reach, graded) if reach is not None else []
    if not points:
        return None
    kept = [*points, *(sp for sp in sanction_provisions if sp not in graded)]
    levels = {corpus.provision(p).penalty_level for p in points} - {None}
    return _Reached(reach, tuple(points), tuple(kept), frozenset(levels))


def _add_reached(b: _Builder, m, q: Question, why: str) -> bool:
    """Cite the norm's penalty points holding the reach of the harm the question tells; False when
    ``_reached`` keeps nothing."""
    reached = _reached(b.corpus, m.norm.sanction_provisions, q.text)
    if reached is None:
        return False
    for p in reached.kept:
        told = f" (the harm told reached {REACH_EN[reached.reach]})" if p in reached.points else ""
        b.add("sanctions", p, note=f"{why}: {m.norm.act_en or m.norm.act_id}{told}", regime=m.norm.regime)
    return True


def _ranged_points(corpus, sanction_provisions=None) -> dict[str, DayRange]:
    """The curated points under these sanction provisions (None: anywhere) covering a range of days absent."""
    if corpus is None:
        return {}
    under = sanction_provisions
    return {
        kp.id: kp.days_absent
        for _, kp in corpus.provisions()
        if kp.days_absent is not None
        and (under is None or any(kp.id == sp or kp.id.startswith(sp + "/") for sp in under))
    }


def _after_the_vote(q: Question, chosen: list, alternatives: list, matches: list) -> tuple[list, list]:
    """Done after polling day: beside a campaign's own ban chosen (which no longer reaches it, and is cited
    to say so), the best norm of the same act that binds after the campaign too (PP 94/2021 Pasal 5 huruf n
    angka 6 beside angka 1)."""
    if not q.after_vote:
        return chosen, alternatives
    taken = {m.norm.id for m in chosen}
    added = []
    for m in chosen:
        if period_allows(m.norm, q):
            continue
        # of the same act and kind, one whose periods name the time after the campaign
        same = [o for o in matches if o.norm.doc_id == m.norm.doc_id and o.norm.kind == m.norm.kind]
        after = next((o for o in same if o.norm.id not in taken and "after" in o.norm.periods), None)
        if after is not None:
            taken.add(after.norm.id)
            added.append(after)
    return chosen + added, [m for m in alternatives if m.norm.id not in taken]


def _second_breach(chosen: list, alternatives: list, matches: list) -> tuple[list, list]:
    """For "two acts, two penalties?": beside the best discipline norm chosen, the best norm of another
    conduct in the same regulation, when its score is as close to the best as another regime's must be."""
    first = next((m for m in chosen if m.norm.regime == "discipline"), None)
    if first is None:
        return chosen, alternatives
    second = _closest_other(matches, first.norm.doc_id, {m.norm.id for m in chosen}, chosen[0].score)
    if second is None:
        return chosen, alternatives
    return [*chosen, second], [m for m in alternatives if m.norm.id != second.norm.id]


def _closest_other(matches: list, doc: str, taken: set[str], top: float, skip=lambda m: False):
    """The best norm of ``doc`` not taken (nor skipped), when its score is as close to ``top`` as another
    regime's norm must be to join; else None. ``matches`` come best first."""
    second = next(
        (m for m in matches if m.norm.doc_id == doc and m.norm.id not in taken and not skip(m)), None
    )
    return second if second is not None and second.score >= OTHER_REGIME_SHARE * top else None


def _select_counted(b: _Builder, q: Question, matches: list) -> tuple[list, list]:
    """``select``, and when the question states days absent, the norm whose penalty range holds them
    answers on that count, with the best norm of another conduct in the same regulation beside it.

    ``select`` keeps one norm per regulation, but absence taken to campaign is two breaches of PP 94/2021
    (Pasal 4 huruf f and Pasal 5 huruf n, counted under Pasal 15 and punished once, Pasal 35). The second
    joins when its score is as close to the best as another regime's norm must be; coverage is not
    compared, since the absence words the count explains swell the counted norm's coverage.
    """
    placed = bool(q.actor and q.election)
    roles = set(q.acting_roles)
    narrow = placed and bool(roles) and roles <= _OUTSIDE_CIVIL_SERVICE
    chosen, alternatives = select(matches, len(q.conduct), placed, narrow)
    if q.several:
        chosen, alternatives = _second_breach(chosen, alternatives, matches)
    count = days_absent(q.text)
    ranged = _ranged_points(b.corpus) if count is not None else {}
    if not ranged:
        return chosen, alternatives
    holding = set(points_holding(count, ranged))

    def counts(m) -> bool:
        return any(p == sp or p.startswith(sp + "/") for p in holding for sp in m.norm.sanction_provisions)

    counted = next((m for m in matches if counts(m) and m.score >= MIN_CONFIDENCE), None)
    if counted is None:
        return chosen, alternatives
    top = max(m.score for m in [counted, *chosen])
    taken = {m.norm.id for m in chosen} | {counted.norm.id}
    # The best norm of another conduct, unless select already chose one of this act (it won outright).
    won = any(m.norm.doc_id == counted.norm.doc_id and not counts(m) for m in chosen)
    second = None if won else _closest_other(matches, counted.norm.doc_id, taken, top, skip=counts)
    extra = [counted] + ([second] if second is not None else [])
    joined = sorted({m.norm.id: m for m in [*chosen, *extra]}.values(), key=lambda m: -m.score)
    ids = {m.norm.id for m in joined}
    return joined, [m for m in alternatives if m.norm.id not in ids]


def _add_counted(b: _Builder, m, q: Question, why: str) -> bool:
    """Cite the point(s) whose range holds the days absent the question states, across levels (15 days
    is medium, not light), each with the provisions it is read with (how the days are counted, PP 94/2021
    Pasal 15). False when the question states no count or no point of the norm holds it."""
    count = days_absent(q.text)
    ranges = _ranged_points(b.corpus, m.norm.sanction_provisions) if count is not None else {}
    points = points_holding(count, ranges) if ranges else []
    said = f"{count.days} working days {'in a row' if count.consecutive else 'in the year'}" if count else ""
    for p in points:
        note = f"{why}: {m.norm.act_en or m.norm.act_id} ({said} lie within this point's range)"
        b.add("sanctions", p, note=note, regime=m.norm.regime)
        for x in ranges[p].read_with:
            b.add("sanctions", x, note=f"read with {format_citation(p)} for {said}", regime=m.norm.regime)
    return bool(points)


def _own_points(norm) -> tuple[str, ...]:
    """The points under a norm's first provision that the norm itself names as stating it."""
    first = norm.provisions[0] if norm.provisions else ""
    return tuple(p for p in norm.provisions[1:] if p.startswith(first + "/"))


def _points_naming(b: _Builder, norm, q: Question) -> list[str]:
    """Of a ban on drawing others into a campaign, the points naming those the question tells were drawn
    in: a civil servant on a regent pair's stage is UU 1/2015 Pasal 70 ayat (1) huruf b (ASN), not huruf c.
    None for any other norm."""
    from ingest.actors import actors_in

    drawn = [a for a in (q.actors or q.roles) if any(binds(i, a) for i in norm.involving)]
    if not drawn:
        return []
    return [
        pid
        for pid in _own_points(norm)
        if any(binds(a, r) for a in actors_in(_provision_words(b, pid)) for r in drawn)
    ]


def _sibling_asked(b: _Builder, norm, q: Question, base: str) -> list[str]:
    """Other provisions the norm rests on, beside ``base``, that the question may be about: the one its
    words clearly fit (UU 1/2015 Pasal 71 ayat (3), programmes, for a new programme where the norm also
    cites ayat (2)), or, when the words fit none better than the rest, all of them, for the question does
    not say which (a scholarship launched from the budget is neither word of either ayat)."""
    parent = base.rsplit("/", 1)[0]
    siblings = [p for p in norm.provisions if p.rsplit("/", 1)[0] == parent]
    if base not in siblings or len(siblings) < 2:
        return []
    texts = {p: _provision_words(b, p) for p in siblings}
    best = _clearly_best(b.searcher.index.lexical.analyzer, _wanted_terms(b.searcher, q), texts, FINER_FLOOR)
    if best is None:
        return [p for p in siblings if p != base]
    return [best] if best != base else []


def _provision_words(b: _Builder, pid: str) -> str:
    """A provision's official text (where the store holds it) and our summary of it, as one text."""
    return f"{(b.official(pid) or ('', '', False))[1]} {_summary_words(b.corpus, pid)}"


def _summary_words(corpus, pid: str) -> str:
    kp = corpus.provision(pid) if corpus is not None else None
    return f"{kp.summary_id or ''} {kp.summary_en or ''}" if kp is not None else ""


def _provision_for_actor(b: _Builder, norm, q: Question) -> str:
    """The norm's provision that names the question's actor: a norm resting on a candidate's ban and on
    the same ban for anyone else (UU 1/2015 Pasal 73 ayat (1) and (4)) is cited, for a civil servant, at
    the second. Our records' ``subjects`` say whom each provision names; without them, the first."""
    first = norm.provisions[0]
    if b.corpus is None or len(norm.provisions) < 2 or not q.roles:
        return first
    said = set(q.roles)

    def subjects(pid: str) -> set[str]:
        kp = b.corpus.provision(pid)
        return set(kp.subjects) if kp is not None and kp.subjects else set()

    if not subjects(first) or subjects(first) & said:
        return first
    named = [p for p in norm.provisions[1:] if subjects(p) & said]
    anyone = [p for p in norm.provisions[1:] if "setiap-orang" in subjects(p)]
    return (named or anyone or [first])[0]


def _finer_rule(b: _Builder, pid: str, q: Question, hits: list[Hit], among: tuple[str, ...] = ()) -> str:
    """The point under a norm's provision the question is about (PP 53/2010 Pasal 4 angka 12 huruf b).

    The search's pinpoint decides when it lies under the provision; else the point sharing most of the
    question's words (with lexicon expansions), when it shares clearly more than its siblings. When the
    norm names its own points (``among``), the choice is among those: a sibling states another norm.
    """
    return _finer_points(b, pid, q, hits, among)[0]


def _finer_points(
    b: _Builder, pid: str, q: Question, hits: list[Hit], among: tuple[str, ...] = (), ties: bool = False
) -> list[str]:
    """``_finer_rule``'s choice as a list; with ``ties``, the points that tie as the best fit instead of the
    provision above them, when they are some of its points and not all: a question telling of both the
    official's leave and his use of office facilities is about huruf a and huruf b, not the whole ayat."""
    inside = (lambda x: any(x == a or x.startswith(a + "/") for a in among)) if among else None
    for h in hits:
        if h.pinpoint.startswith(pid + "/") and (inside is None or inside(h.pinpoint)):
            return [h.pinpoint]
    doc, prov = b.store.lookup(pid) or (None, None)
    if prov is not None:
        by_id = {p.id: p for p in doc.provisions}
        children = {c: by_id[c].text for c in prov.children if c in by_id}
    else:
        # No official text in the store: the points our summaries describe stand for it.
        children = _curated_children(b.corpus, pid)
    children = {c: t for c, t in children.items() if inside is None or inside(c)}
    if not children:
        return [pid]
    best = _best_fits(b.searcher.index.lexical.analyzer, _wanted_terms(b.searcher, q), children, FINER_FLOOR)
    if len(best) == 1 or (ties and 1 < len(best) < len(children)):
        return best
    return [pid]


def _curated_children(corpus, pid: str) -> dict[str, str]:
    """The key provisions one level under ``pid``, with our Indonesian and English words for each."""
    if corpus is None:
        return {}
    return {
        kp.id: f"{kp.summary_id or ''} {kp.summary_en or ''}"
        for _, kp in corpus.provisions()
        if kp.id.startswith(pid + "/") and kp.id.count("/") == pid.count("/") + 1
    }


def _wanted_terms(searcher: Searcher, q: Question) -> set[str]:
    """The index terms of the question's conduct words, with lexicon expansions and, for English level
    words ("a regency secretariat"), the Indonesian names of the level ("kabupaten kota")."""
    from kg.search.glossary import expansions

    an = searcher.index.lexical.analyzer
    levels = [word for rx, word in _EN_LEVELS if rx.search(q.text.lower())] if q.lang == "en" else []
    phrases = [" ".join(q.conduct), *expansions(q.text, searcher.concepts), *levels, implied_words(q)]
    return {t for x in phrases for t in an.terms(x)}


def _clearly_best(an, want: set[str], texts: dict[str, str], floor: int) -> str | None:
    """The id whose text shares at least ``floor`` of these terms and more than any other (None: no such)."""
    best = _best_fits(an, want, texts, floor)
    return best[0] if len(best) == 1 else None


def _best_fits(an, want: set[str], texts: dict[str, str], floor: int) -> list[str]:
    """The ids whose texts share the most of these terms, at least ``floor`` (in id order; none: empty)."""
    shared = {i: len(want & set(an.terms(t))) for i, t in texts.items()}
    top = max(shared.values(), default=0)
    return sorted(i for i, n in shared.items() if n == top) if top >= floor else []


def _catalogue(
    b: _Builder,
    q: Question,
    acts: tuple[dict, set[str]],
    ranks: dict[str, int],
    hits: list[Hit],
    what: str,
    asked: _Asked | None = None,
) -> None:
    """For "who decides / where to report" (powers) and "which penalties" (sanctions): the records meant,
    among those of the acts that apply (``acts``: the answer's catalog and the acts the question names)."""
    from kg.conduct import Matcher, power_candidates, sanction_candidates

    catalog, scope = acts
    # The records of the acts that apply to the question only: how rare a word is among the powers of
    # today's law is not to shift because the powers of a repealed one say it too.
    applying = frozenset(doc for doc in catalog if act_applies(doc, q, catalog, scope))
    key = (what, str(b.store.path.resolve()), applying)
    matcher = _MATCHERS.get(key)
    if matcher is None:
        build = power_candidates if what == "powers" else sanction_candidates
        records = build(b.corpus, lambda pid: (b.official(pid) or ("", ""))[1])
        kept = [c for c in records if c.doc_id in applying or c.doc_id not in catalog]
        matcher = Matcher(kept, b.searcher.concepts, prior=load_prior())
        _MATCHERS[key] = matcher
    level = next((lv for rx, lv in _LEVEL_CUES if rx.search(q.text)), None)

    def keep(c) -> bool:
        # "Hukuman disiplin berat apa saja?" asks for the penalties of that level only.
        if q.election and c.elections and not {q.election, q.other_election} & set(c.elections):
            return False  # a power of the regional-election law does not act in a general election
        return in_force(c, q, catalog, scope) and (level is None or c.level in (None, level))

    ranked = matcher.match(q, ranks, keep)
    if asked is not None:
        # A fact pattern's facts find the conduct; the sentence asking "who" finds the power asked about.
        # Each power is read both ways, the better reading kept.
        qa, asked_hits = asked
        best = {m.norm.id: m for m in ranked}
        for m in matcher.match(qa, _ranks(asked_hits[:SEARCH_DEPTH]), keep, told=q):
            if m.score > best[m.norm.id].score:
                best[m.norm.id] = m
        ranked = sorted(best.values(), key=lambda m: (-m.score, m.norm.id))
    if level is not None:
        ranked = [m for m in ranked if m.norm.level == level] or ranked
    named: set[str] = set()
    kinds: set[str] = set()
    asker: set[str] = set()
    if what == "powers":
        named = _named_institutions(b.corpus, q.text)
        if _SUPERIOR_ASKS.search(q.text):
            named |= {DIRECT_SUPERIOR}
        kinds = {k for rx, ks in _POWER_CUES for k in ks if rx.search(q.text)}
        asker = _asking_body(b.corpus, q.text)

    kinds_of_level = what == "sanctions" and level is not None and bool(_ASKS_KINDS.search(q.text))

    def own(m) -> bool:  # a power of the kind asked, of the body that asks; every penalty of the level asked
        if kinds_of_level:
            return m.norm.level == level
        return m.norm.holder in asker and m.norm.power_kind in kinds

    # The direct superior, named or asking of his own staff: his steps (of the kind asked, if any) are cited.
    superior_asked = DIRECT_SUPERIOR in named

    def superiors(m) -> bool:
        asked = superior_asked and m.norm.holder == DIRECT_SUPERIOR
        return asked and (not kinds or m.norm.power_kind in kinds)

    def weight(m) -> float:
        bonus = NAMED_BONUS if m.norm.holder in named else 0.0
        return m.score + bonus + (KIND_BONUS if m.norm.power_kind in kinds else 0.0)

    # A question naming no actor, election or regulation must say more of its own to get a catalogue.
    floor = MIN_POWER_COVERAGE if q.anchored else UNANCHORED_COVERAGE
    # A penalty of the level asked for is what "which medium penalties?" means, whatever words it shares.
    found = sorted(
        (
            m
            for m in ranked
            if m.coverage >= floor
            or (level is not None and m.norm.level == level)
            # The body that asks what it does ("we are the sub-district committee: where does our finding
            # go?") is answered by its powers of that kind, however few words they share.
            or own(m)
            or superiors(m)
        ),
        key=lambda m: -weight(m),
    )
    found = [m for m in found if not _restated_finer(m, found)]
    fit = _powers_by_post(b, q, catalog) if what == "powers" else None
    if fit is not None:
        # A power to punish split by post that the offender's post rules out is no answer, however
        # many words it shares ("the regent punishes functional staff", asked of a camat).
        found = [m for m in found if m.norm.provisions[0] not in fit[1]]
    group = "authorities" if what == "powers" else "sanctions"
    # A body the question names that no longer acts as it did: the provision that changed it comes first,
    # with that reason, whichever of its successor's powers are cited beside it.
    for inst_id in named if what == "powers" else ():
        _add_status_change(b, inst_id)
    # The superior's own steps are cited beside the powers the words find, not in their place.
    steps = [m for m in found if superiors(m)][:SUPERIOR_STEPS]
    for m in _within_share([m for m in found if m not in steps], weight, own, q) + steps:
        first = m.norm.provisions[0]
        # A power is cited at the point stating it, read from the power's own words, not the question's.
        if what == "powers":
            pid = _point_stating(b.searcher, first, m.norm.act_id) or first
            # Finer still where the search or the question's words place it (which level of office).
            under = [h.pinpoint for h in hits[:POWER_HIT_DEPTH] if h.pinpoint.startswith(pid + "/")]
            pid = under[0] if under else _point_along(b.searcher, pid, _wanted_terms(b.searcher, q)) or pid
        else:
            pid = _finer_rule(b, first, q, hits)
        if b.add(group, pid, note=f"{m.norm.act_en} (match {m.score:.2f})", regime=m.norm.regime):
            if what == "powers":
                _add_holder(b, m.norm.holder, pid)
    _add_fitting_powers(b, fit)


# "By when?", "how many days?", "was the report too late?": the time limit the procedure sets.
_TIME_LIMIT_ASKED = re.compile(
    r"\b(?:batas waktu\w*|tenggat\w*|deadlines?|berapa hari|how many days|time limits?|paling lambat|"
    r"kedaluwarsa|kadaluarsa|by when|within how (?:long|many)|too late|"
    # "masih keburu gak?", "am I still in time?", "masih bisa saya laporkan?"
    r"masih (?:keburu|sempat)|still (?:in|on) time|still time|"
    r"(?:masih|still) (?:bisa|can|able to|be able to) (?:\w+ )?(?:lapor\w*|dilapor\w*|report\w*)|"
    # a report or objection late, not a civil servant late for work
    r"(?:(?:ter)?lambat|telat) (?:\w+ )?(?:lapor\w*|melapor\w*|dilaporkan|diajukan|mengajukan|masuk)|"
    r"late (?:reports?|filing|complaints?|objections?|appeals?)|(?:filed|reported|lodged|submitted) late|"
    r"(?:laporan|report)\w* (?:\w+ )?(?:yang )?(?:telat|terlambat)|"
    r"batas (?:\w+ )?hari|how long (?:do|does|did) (?:\w+ ){1,3}have|how much time|"
    r"berapa lama (?:\w+ ){0,4}(?:boleh|bisa|harus|wajib|diberi waktu))\b",
    re.I,
)
# A point stating one, in the official text or our summary ("paling lama 7 (tujuh) hari", "dalam 7 hari").
_STATES_TIME_LIMIT = re.compile(
    r"\b(?:paling (?:lama|lambat)|dalam (?:waktu )?\d+|within (?:\d+|one|two|three|seven|fourteen)|"
    r"\d+ ?(?:x ?24 ?jam|\(\w+\) hari|hari|days?|hours?))",
    re.I,
)
MAX_TIME_LIMITS = 2


def _add_time_limits(b: _Builder, q: Question) -> None:
    """For "by when?" or "was it too late?": the points stating a time limit in the articles of the cited
    powers and procedure, those sharing most of the question's words first (UU 1/2015 Pasal 134 ayat (4):
    a report within seven days of the breach becoming known, beside ayat (1)'s supervisors who take it)."""
    if not _TIME_LIMIT_ASKED.search(q.text):
        return
    an = b.searcher.index.lexical.analyzer
    asked = set(an.terms(q.text))
    found: dict[str, int] = {}
    for pasal in dict.fromkeys(pasal_of(pid) for pid in b.groups["authorities"]):
        for pid, text in _indexed_points(b.searcher, pasal).items():
            if _STATES_TIME_LIMIT.search(text) and pid not in b.groups["authorities"]:
                found[pid] = len(asked & set(an.terms(text)))
    for pid in sorted(found, key=lambda x: -found[x])[:MAX_TIME_LIMITS]:
        b.add("authorities", pid, note="the time limit the question asks")


# The clock of a regional-election crime, stage by stage (UU 1/2015 Pasal 146, 148 as UU 10/2016 wrote them):
# the police inquiry and file, the prosecutor's return of an incomplete file and the charge, the district
# court, the appeal and its finality. Asked as "how long do the police have", "berapa hari jaksa", "the
# clock".
_CLOCK_ASKED = re.compile(
    rf"{_TIME_LIMIT_ASKED.pattern}|\b(?:berapa (?:hari|lama)|how long|clock|timeline|jangka waktu|"
    r"working days|hari kerja|calendar days|hari kalender)\b",
    re.I,
)
_A_CRIME = re.compile(
    r"\b(?:pidana|criminal|crimes?|gakkumdu|penyidik\w*|jaksa|prosecut\w*|terdakwa|tersangka|suspect|accused)\b",
    re.I,
)
_CRIME_STAGES = (
    (
        re.compile(
            r"\b(?:polisi|kepolisian|penyidik\w*|penyidikan|police|investigators?|investigation)\b", re.I
        ),
        ("uu-1-2015/pasal-146/ayat-1", "uu-1-2015/pasal-146/ayat-3"),
    ),
    (
        re.compile(
            r"\b(?:jaksa|kejaksaan|penuntut\w*|penuntutan|prosecut\w*|incomplete|belum lengkap)\b", re.I
        ),
        ("uu-1-2015/pasal-146/ayat-4", "uu-1-2015/pasal-146/ayat-5", "uu-1-2015/pasal-146/ayat-6"),
    ),
    (
        re.compile(
            r"\b(?:pengadilan negeri|sidang|persidangan|district court|trial|(?<!administrative )court)\b",
            re.I,
        ),
        ("uu-1-2015/pasal-148/ayat-1",),
    ),
    (
        re.compile(
            r"\b(?:banding(?! administratif)|kasasi|(?<!administrative )appeals?|cassation|high court|"
            r"pengadilan tinggi)\b",
            re.I,
        ),
        ("uu-1-2015/pasal-148/ayat-2", "uu-1-2015/pasal-148/ayat-4", "uu-1-2015/pasal-148/ayat-5"),
    ),
)


def _criminal_clock(b: _Builder, q: Question) -> None:
    """For the time a regional-election crime may take at each stage the question names: that stage's
    points (the police's days, the prosecutor's, the court's, the appeal's)."""
    regional = q.election == "pilkada" or any(r.id == "uu-1-2015" for r in q.regulations)
    if not regional or not _CLOCK_ASKED.search(q.text) or not _A_CRIME.search(q.text):
        return
    for stage, points in _CRIME_STAGES:
        if stage.search(q.text):
            for pid in points:
                b.add("authorities", pid, note="the time a regional-election crime may take at this stage")


# What a body does with what reaches it.
_TAKES_UP = ("receives_reports", "investigates", "decides", "imposes")


def _add_taken_up(b: _Builder, q: Question) -> None:
    """Where a thing passed on goes next, asked "where does it go?": for each cited power to pass something
    on, the power the same article gives the body it goes to (UU 1/2015 Pasal 135 ayat (2) hands
    election-crime reports to the police, whose follow-up is ayat (1) huruf d)."""
    if b.corpus is None or not _ASKS_ONWARD.search(q.text):
        return
    cited = set(b.groups["authorities"])
    for power in [p for i in b.corpus.institutions for p in i.powers]:
        provision = power.provision
        if power.kind != "forwards" or provision not in cited:
            continue
        article = pasal_of(provision)
        for target in filter(None, map(b.corpus.institution, power.towards)):
            taken = [
                p
                for p in target.powers
                if p.kind in _TAKES_UP and p.provision != provision and p.provision.startswith(article + "/")
            ]
            if taken and b.add(
                "authorities", taken[0].provision, note=f"{target.name_en}: {taken[0].scope_en}"
            ):
                _add_holder(b, target.id, taken[0].provision)


def _within_share(found: list, weight, asked_of: Callable[[object], bool], q: Question) -> list:
    """The first MAX_POWERS records of ``found`` within POWER_SHARE of the best one's weight.

    A power of the kind asked, of the body that asks (``asked_of``), stays however far below the best it
    falls. A story told of both kinds of election gets up to half the places for each.
    """
    out: list = []
    per_election: dict[tuple[str, ...], int] = {}
    # The asking body's own powers of the kind asked take their places first: another body's power sharing
    # more words does not push out what the body asked of itself.
    top = weight(found[0]) if found else 0.0
    found = [m for m in found if asked_of(m)] + [m for m in found if not asked_of(m)]
    for m in found:
        if len(out) == MAX_POWERS:
            break
        if weight(m) < POWER_SHARE * top and not asked_of(m):
            continue
        if q.other_election and m.norm.elections:
            if per_election.get(m.norm.elections, 0) == MAX_POWERS // 2:
                continue
            per_election[m.norm.elections] = per_election.get(m.norm.elections, 0) + 1
        out.append(m)
    return out


_Asked = tuple[Question, list[Hit]]  # the question cut to its asking sentences, and their search hits


def _asking(searcher: Searcher, q: Question, scope: set[str]) -> _Asked | None:
    """The sentences of a question that ask who acts, where to turn or how the procedure runs, when others
    only tell the facts, with the search's hits for them alone (None: no such split)."""
    sentences = split_sentences(q.text)
    # A sentence asking who acts counts however it ends; one on the procedure only as a question.
    asking = [
        x for x in sentences if find_intent(x) == "authority" or (is_question(x) and _asks_procedure(x))
    ]
    if not asking or len(asking) == len(sentences):
        return None
    qa = _cut_to(q, " ".join(asking))
    return qa, _search(searcher, qa, scope, ASKED_DEPTH)


def _cut_to(q: Question, text: str) -> Question:
    """The question read as only this part of its text, with the conduct words that part says."""
    said = set(conduct_words(text, []))
    return q.model_copy(update={"text": text, "conduct": tuple(w for w in q.conduct if w in said)})


def _asked_items(b: _Builder, q: Question, asked: _Asked, hits: list[Hit]) -> None:
    """The search's first hits for the asking sentences alone, in the acts the whole question is about.

    "Saya boleh lapor? Ke mana, dan batas waktunya berapa hari?" finds the reporting procedure, which
    the facts before it ("lurah bagi-bagi kalender") drown in a search for the whole question.
    """
    qa, found = asked
    acts = {h.doc_id for h in hits}
    lead = _direct_hits(b.searcher, qa.text, found[:LEAD_HITS], q, LEAD_SUPPORT)
    for h in lead:
        if h.kind == "beir" or h.doc_id not in acts or not _same_election(b.corpus, h.pinpoint, q):
            continue
        if _kind(b.searcher, h) in _RULE_KINDS:
            continue  # a rule the conduct falls under is the norm matcher's to choose
        b.add("authorities", h.pinpoint, note="what the question asks: who acts, where to turn, how, when")


def _procedure_steps(b: _Builder, q: Question, hits: list[Hit]) -> None:
    """Search hits at other points of a Pasal holding a cited power: the steps around it.

    A question asking two things ("must a team examine it, and who sits on it?") finds the power in
    one ayat and the rest of its answer in the ayat beside it, which shares too few of its words to
    stand alone as an answer. A penalty stated beside the power ("sanksi moral berbentuk …") is a
    sanction; a rule of conduct beside it is the norm matcher's to cite, not a step.
    """
    meaning = _meaning(b.searcher, _asked(q), q.lang)
    cited = _cited_so_far(b)
    for pasal in dict.fromkeys(pasal_of(pid) for pid in b.groups["authorities"]):
        taken = 0
        for h in hits:
            if taken >= MAX_STEPS:
                break
            if not h.pinpoint.startswith(pasal + "/") or h.pinpoint in cited or h.kind == "beir":
                continue
            kind = _kind(b.searcher, h)
            if kind in ("prohibition", "obligation") or _support(b.searcher, meaning, h) < LEAD_SUPPORT:
                continue
            note = f"the same procedure as {format_citation(pasal)}"
            if kind == "sanction":
                b.add("sanctions", h.pinpoint, note=note, regime=_regime(_unit_text(b.searcher, h), h.doc_id))
            else:
                b.add("authorities", h.pinpoint, note=note)
            cited.add(h.pinpoint)
            taken += 1


def _add_status_change(b: _Builder, inst_id: str) -> bool:
    """For a body the question names that no longer acts as it did: the provision that changed it, and
    the acts that ended its powers."""
    inst = b.corpus.institution(inst_id)
    if inst is None or inst.status.state == "active" or "/" not in (inst.status.by or ""):
        return False
    heirs = ", ".join(getattr(b.corpus.institution(x), "name_en", x) for x in inst.status.successors)
    went = f"; its functions went to {heirs}" if heirs else ""
    added = b.add(
        "authorities", inst.status.by, note=f"{inst.name_en}: {inst.status.state} by this provision{went}"
    )
    for act in dict.fromkeys(x for p in inst.powers for x in p.ended_by):
        added |= b.add("related", act, note=f"ended powers of {inst.name_en}")
    return added


def _point_stating(searcher: Searcher, pid: str, words: str) -> str | None:
    """The point under pid whose text shares clearly the most of these words (None: no clear one)."""
    an = searcher.index.lexical.analyzer
    return _clearly_best(an, set(an.terms(words)), _indexed_points(searcher, pid), 3)


def _indexed_points(searcher: Searcher, pid: str) -> dict[str, str]:
    """Every point under pid the index holds (its own units, or parts of its Pasal's unit), with its text."""
    texts: dict[str, str] = {}
    head = pasal_of(pid)  # the Pasal whose unit may hold pid's points as parts
    for uid in (head, *[u for u in searcher.index.rows_of_id if u.startswith(pid + "/")]):
        rows = searcher.index.rows_of_id.get(uid)
        if not rows:
            continue
        unit = searcher.index.units[rows[0]]
        if uid != head:  # the Pasal itself is not a point under pid
            texts[uid] = unit.text
        texts.update({p.id: p.text for p in unit.parts or () if p.id.startswith(pid + "/")})
    return texts


def _point_along(searcher: Searcher, pid: str, want: set[str]) -> str | None:
    """The point under pid, at any depth, whose text read with its ancestors' shares clearly the most
    of these terms; when several tie, the point holding them all (None: nothing finer than pid).

    A lead-in ("PPK kabupaten/kota menetapkan … bagi:") says half of what a huruf under it means
    ("pejabat administrator … berat"), so a point is read together with the points above it.
    """
    an = searcher.index.lexical.analyzer
    texts = _indexed_points(searcher, pid)
    own = {i: set(an.terms(t)) & want for i, t in texts.items()}
    scored: list[tuple[int, str]] = []
    for i in texts:
        path = [i[: m.start()] for m in re.finditer("/", i) if len(i[: m.start()]) > len(pid)] + [i]
        scored.append((len(set().union(*(own.get(x, set()) for x in path))), i))
    if not scored:
        return None
    top = max(n for n, _ in scored)
    if top < FINER_FLOOR:
        return None
    tied = sorted(i for n, i in scored if n == top)
    common = tied[0]
    while common and any(not (i == common or i.startswith(common + "/")) for i in tied):
        common = common.rpartition("/")[0]
    return common if common.startswith(pid + "/") else None


def _restated_finer(m, found) -> bool:
    """True for a power whose institution has the same kind of power at a point under its provision."""
    inst, pid = m.norm.holder, m.norm.provisions[0]
    return any(
        o.norm.holder == inst
        and o.norm.power_kind == m.norm.power_kind
        and o.norm.provisions[0].startswith(pid + "/")
        for o in found
    )


def _add_holder(b: _Builder, inst_id: str, pid: str) -> None:
    """Who holds a cited power: the institution's defining provisions in the power's own regulation."""
    inst = b.corpus.institution(inst_id)
    if inst is None:
        return
    doc = pid.split("/", 1)[0]
    for src in [x for x in inst.sources if x.split("/", 1)[0] == doc and x != pid][:2]:
        b.add("authorities", src, note=f"who the {inst.name_en} is")


_LEVEL_CUES = tuple((rx, level) for level, rx in LEVEL_WORDS)  # the level of discipline a question names
# A question asking for the kinds of penalty there are, rather than the penalty for a conduct.
_ASKS_KINDS = re.compile(
    r"\b(apa saja|apa aja|bentuk(?:nya)?|jenis(?:nya)?|macam(?:nya)?|"
    r"what (?:are|were) the (?:forms|kinds|types)|"
    r"(?:forms|kinds|types) of (?:\w+ )?(?:disciplinary )?(?:penalt|punishment|sanction)|"
    # "What penalties fall under heavy discipline?", "what does a heavy penalty consist of?"
    r"(?:what|which) (?:penalties|punishments|sanctions) (?:fall|come|are) (?:under|in|within|included)|"
    r"(?:what|which) (?:penalties|punishments|sanctions) (?:are|does it|do they) (?:there|include|mean)|"
    r"(?:consists?|consisting) of|"
    r"what (?:does|do) (?:an? |the )?(?:\w+ ){0,3}(?:penalty|penalties|discipline) "
    r"(?:include|involve|cover|mean))",
    re.I,
)
# English level words before an abbreviation ("a district Bawaslu") → the Indonesian name's words.
_EN_LEVELS = (
    (re.compile(r"\bsub-?districts?\b"), "kecamatan"),
    (re.compile(r"\b(?:districts?|regency|regencies|city|municipal)\b"), "kabupaten kota"),
    (re.compile(r"\bprovinc(?:e|es|ial)\b"), "provinsi"),
)


def _named_institutions(bundle, text: str, english: bool = False) -> set[str]:
    """Institutions the question names ("Bawaslu kabupaten", "KASN"), most specific only; ``english`` also
    by their English names ("the civil service commission"), whose common words ("examining team") would
    otherwise name a body in every question on procedure."""
    text = text.lower()
    for rx, word in _EN_LEVELS:
        text = rx.sub(word, text)
    words = set(re.findall(r"[a-z]+", text))
    hits: dict[str, int] = {}
    for inst in bundle.institutions:
        for name in (inst.abbreviation, inst.name, *inst.also_named, *([inst.name_en] if english else [])):
            # "Bawaslu Kabupaten/Kota" is named by "Bawaslu kabupaten" or "Bawaslu kota": either will do.
            name = (name or "").lower()
            for rx, word in _EN_LEVELS:  # "regency election supervisors" reads as the question's words do
                name = rx.sub(word, name)
            for one in (re.sub(r"/\s*\w+", "", name), re.sub(r"\w+\s*/\s*", "", name)):
                parts = set(re.findall(r"[a-z]+", one))
                if parts and parts <= words:
                    hits[inst.id] = max(hits.get(inst.id, 0), len(parts))
    top = max(hits.values(), default=0)
    return {i for i, n in hits.items() if n == top}


# Who asks, when a body asks of its own powers: "Saya anggota Panwaslu kecamatan", "Kami Bawaslu kabupaten",
# "Sebagai PKD, …", "I'm a member of the Panwaslu kecamatan", "Regency Bawaslu here", or a first line
# naming it ("Regency Bawaslu. Our finding …").
_ASKER = re.compile(
    r"\b(?:saya|aku|kami)\s+(?:(?:adalah|sebagai|anggota|ketua|staf|petugas|pegawai|dari|di)\s+)*"
    r"([^.,;:?!]{2,60})|\bsebagai\s+([^.,;:?!]{2,60})|"
    r"\b(?:I'm|I am|we're|we are)\s+(?:(?:a|an|the|our|member|members|chair|staff|on|with|at|of|from|in)\s+)*"
    r"([^.,;:?!]{2,60})|(?:^|[.!?]\s+)([^.,;:?!]{2,40}?)\s+(?:here|di sini|again|lagi)\b|"
    r"^\W*((?:\w+\s+){0,3}\w+)\s*[.:]",
    re.I,
)
# Where the one asking turns or whom they speak of, not who they are: "saya lapor ke Bawaslu".
_NOT_ASKER = re.compile(
    r"\b(?:ke|kepada|dengan|soal|tentang|terhadap|to|with|about|for|against|by)\b.*", re.I
)


DIRECT_SUPERIOR = "inst:atasan-langsung"
SUPERIOR_STEPS = 3  # steps of the direct superior cited when he asks of his own staff
# One asking of his own staff ("staf loket kami", "one of my staff", "reports straight to me") is their direct
# superior, whose steps (summons, examination, reporting up) the question asks about as if he were named.
_SUPERIOR_ASKS = re.compile(
    r"\b(?:(?:staf|bawahan|anak buah|pegawai)(?: \w+){0,2} (?:saya|kami)|"
    r"(?:my|our) (?:own )?(?:staff|staffer|subordinates?|clerks?|front-desk clerk|teachers?|nurses?)|"
    r"(?:staff|one) of mine|"
    r"(?:one|some|two|three) of (?:my|our) (?:staff|staffers|subordinates|clerks|teachers)|"
    r"reports? (?:directly |straight )?to me|(?:langsung )?di bawah saya|atasan langsungnya (?:adalah )?saya|"
    r"I am (?:his|her|their) direct superior|I'm (?:his|her|their) (?:direct )?(?:superior|boss))\b",
    re.I,
)


def _asking_body(bundle, text: str) -> set[str]:
    """The institutions the asker says they belong to ("Saya anggota Panwaslu kecamatan")."""
    out: set[str] = set()
    for m in _ASKER.finditer(text):
        said = _NOT_ASKER.sub("", next(g for g in m.groups() if g))
        out |= _named_institutions(bundle, " ".join(said.split()[:6]))
    return out


UNANCHORED_COVERAGE = 0.3  # a question naming no actor, election or regulation needs this much matched
NAMED_BONUS = 0.3  # a power of an institution the question names outranks one that only shares words
KIND_BONUS = 0.15  # a power of the kind the question asks about ("lapor ke mana" → receives reports)
# The question's verb names the kind of power it asks about (kinds of kg.corpus PowerKind).
_POWER_CUES: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (
        re.compile(
            r"\b(lapor\w*|melapor\w*|dilaporkan|pengaduan|mengadu|report(?!edly)\w*|complain\w*)\b", re.I
        ),
        ("receives_reports", "supervises"),
    ),
    (
        re.compile(
            r"\b(menjatuhkan|dijatuhkan|menghukum|ngehukum|jatuhin|ngejatuhin|impos\w*|punish\w*|"
            r"menyatakan sanksi)\b",
            re.I,
        ),
        ("imposes",),
    ),
    (
        # A supervisor passes a finding on by recommending it to the agency concerned.
        re.compile(
            r"\b(diteruskan|meneruskan|teruskan|dilimpahkan|serahkan|menyerahkan|diserahkan|forward\w*|"
            r"passed on|where (?:does|do|should|would|will) (?:it|this|that|they|"
            r"(?:the|our|my|his|her|their|this|that) (?:reports?|complaints?|case|file|findings?)) "
            r"(?:go|end up)|"
            r"sent on|hand(?:s|ed)? (?:it |them )?over|"
            # "laporanku harus lewat siapa?", "through whom does my report go?": the way it is passed up
            r"(?:lewat|melalui) siapa|(?:through|via) (?:whom|who)|"
            # What becomes of the examination's file when the penalty lies higher up: it goes up the line.
            r"(?:do|done) with (?:the|this|that|his|her|our|my) (?:file|records?|report|BAP|findings)|"
            r"(?:BAP|berita acara)(?:-?nya)? (?:\w+ ){0,2}(?:diapakan|dibawa|dikirim|naik)|"
            r"secara (?:hierarki|berjenjang)|up the (?:line|hierarchy|chain)|"
            # "May I impose it myself? If not, to whom do I pass the file?": where it goes when it is not his.
            r"go(?:es)? up to|must it go up|"
            r"pass(?:es|ed)? (?:the|this|that|his|her|my|our) (?:file|case|records?)|"
            r"(?:if not|otherwise),? (?:then )?(?:to )?(?:who|whom)\b|"
            r"(?:kalau|jika|bila|kalo) (?:tidak|bukan|nggak|gak|ga)(?: bisa| boleh| berwenang)?,? "
            r"(?:lalu |terus )?(?:ke )?siapa|naik ke (?:siapa|atas)|(?:di)?naikkan ke|"
            r"(?:or|atau) (?:must|does|should|would|will) it go (?:up )?to|"
            r"(?:atau|or) harus (?:naik |dibawa |diteruskan )?ke "
            r"(?:siapa|atasan|bupati|wali ?kota|gubernur|camat|menteri|kepala|pejabat|sekda|ppk)\b|"
            # What a body does with what it cannot deal with itself: it passes it on to who can.
            r"(?:can'?t|cannot|could not|unable to) (?:handle|deal with|act on)|"
            r"not (?:within|in) (?:our|its|their|his|her) (?:authority|remit|power)|"
            r"outside (?:our|its|their) (?:remit|authority|power)|pass(?:es|ed|ing)? (?:\w+ ){0,2}on\b|"
            r"bukan (?:wewenang|kewenangan)(?:nya|kami)?|di luar (?:wewenang|kewenangan)(?:nya|kami)?)\b",
            re.I,
        ),
        ("forwards", "recommends"),
    ),
    (
        re.compile(
            r"\b(mengawasi|diawasi|pengawasan|memantau|dipantau|mengecek|memastikan|supervis\w*|oversee\w*|"
            r"oversight|monitor\w*|watch(?:es|ing|ed)?|makes? sure|ensur\w*|follow\w* up)\b",
            re.I,
        ),
        ("supervises",),
    ),
    (
        re.compile(
            r"\b(memeriksa|diperiksa|pemeriksaan|menyelidiki|memanggil|dipanggil|examin\w*|investigat\w*|"
            # "call him in and question him": a summons and a hearing, not a doubt ("the question is …")
            r"summon\w*|call\w* (?:him|her|them) in|question\w* (?:him|her|them))\b",
            re.I,
        ),
        ("investigates",),
    ),
    (
        # A lower tier that cannot act is taken over by the one above: a step of its supervision.
        re.compile(
            r"\b(take over|taking over|took over|takes over|(?:meng)?ambil alih|diambil alih)\b", re.I
        ),
        ("supervises",),
    ),
    (
        # "Can we ask the agency for its vehicle log?": a supervisor's power to request information.
        re.compile(
            r"\b((?:ask|request)\w* (?:\w+ ){0,4}?for (?:the |their |his |her |its )?(?:\w+ )?"
            r"(?:information|documents?|data|records?|logs?|evidence|statements?|timetables?|lists?)|"
            r"(?:meminta|minta) (?:\w+ ){0,3}?(?:keterangan|data|dokumen|bukti|catatan|daftar))\b",
            re.I,
        ),
        ("investigates",),
    ),
    # ("siapa yg mutus?", "yg mutusin siapa?": the everyday verb.)
    (re.compile(r"\b(memutus\w*|mutus(?:in)?|menetapkan|decid\w*|rules? on)\b", re.I), ("decides",)),
    # "Tim pemeriksa dibentuk oleh siapa?", "who sets up the team?": setting a body up is a decision.
    (re.compile(r"\b(dibentuk|membentuk|pembentukan|sets? up|setting up|formed)\b", re.I), ("decides",)),
    (re.compile(r"\b(merekomendasikan|rekomendasi\w*|recommend\w*)\b", re.I), ("recommends",)),
)
_ASKS_ONWARD = next(rx for rx, kinds in _POWER_CUES if "forwards" in kinds)  # "where does it go?"
MIN_POWER_COVERAGE = 0.1
POWER_HIT_DEPTH = 5  # a search hit this high under a power's provision says which point the question is about
MAX_POWERS = 4
ASKED_DEPTH = 30  # hits read for a question's asking sentences alone
_RULE_KINDS = ("prohibition", "obligation", "sanction")  # provisions that state rules, not procedure
MAX_STEPS = 2  # points beside a cited power's, found by the search, that join it as steps of its procedure
POWER_SHARE = 0.7  # powers within this share of the best one join it
_MATCHERS: dict[tuple, object] = {}


def _matcher(b: _Builder):
    """The conduct matcher for this store's norms (cached while the corpus and documents are unchanged)."""
    from kg.conduct import Matcher, curated_candidates, extracted_candidates
    from kg.search.analyzer import Analyzer

    key = (str(b.store.path.resolve()), hash(tuple(sorted(b.store.ids()))) ^ id(b.corpus.__class__))
    found = _MATCHERS.get(key)
    if found is not None and getattr(found, "_bundle_id", None) == len(b.corpus.norms):
        return found

    def text(pid: str) -> str:
        got = b.official(pid)
        return got[1] if got else ""

    curated = curated_candidates(b.corpus, text)
    docs = []
    for reg in b.corpus.regulations:
        found = b.store.lookup(reg.id)
        if found is not None:
            docs.append(found[0])
    analyzer = Analyzer()  # one stem cache for reading the extracted acts and for matching
    candidates = curated + extracted_candidates(docs, curated, analyzer)
    m = Matcher(candidates, b.searcher.concepts, analyzer, prior=load_prior())
    m._bundle_id = len(b.corpus.norms)
    _MATCHERS[key] = m
    return m


def _direct_hits(
    searcher: Searcher, question: str, hits: list[Hit], q: Question, floor: float = MIN_SUPPORT
) -> list[Hit]:
    """Search hits that carry enough of the question and do not address another actor."""
    meaning = _meaning(searcher, question, q.lang)
    scored = [(h, _support(searcher, meaning, h)) for h in hits if h.lifted_from is None]
    best = max((sc for _, sc in scored), default=0.0)
    # Weak matches beside a strong one are noise; alone, below MIN_SUPPORT, nothing supports an answer.
    out = [h for h, sc in scored if sc >= max(floor, RELATIVE_SUPPORT * best)]
    named = {r.id for r in q.regulations}
    # A repealed act answers only when the question names it (or asks about a date it was in force).
    out = [h for h in out if h.doc_id in named or h.status.split()[0] not in ("repealed", "replaced", "not")]
    return [h for h in out if _hit_binds(searcher, h, q)]


def _same_election(bundle, pid: str, q: Question) -> bool:
    """False for a provision whose curated norms all belong to the other kind of election."""
    if bundle is None or q.election is None:
        return True
    norms = [
        n
        for n in bundle.norms
        if any(pid == p or pid.startswith(p + "/") or p.startswith(pid + "/") for p in n.provisions)
    ]
    return not norms or any(not n.conditions.election or q.election in n.conditions.election for n in norms)


def _fits_records(bundle, pid: str, q: Question) -> bool:
    """Whether our records let a provision answer: its norms are of the election asked and bind the actor."""
    return _same_election(bundle, pid, q) and _binds_by_records(bundle, pid, q)


# The civil service's own kinds of employee: a rule for one of them is no rule for another.
_CIVIL_SERVICE = frozenset({"pns", "pppk", "pegawai-asn", "pejabat-asn"})
# Office-holders bound by rules of their own, never by the civil service's.
_OUTSIDE_CIVIL_SERVICE = frozenset(
    {"kepala-desa", "perangkat-desa", "badan-permusyawaratan-desa", "anggota-tni", "anggota-polri"}
)


def _binds_by_records(bundle, pid: str, q: Question) -> bool:
    """False for a provision stating only curated rules for another kind of civil-service employee than
    the question's (the PNS ban of PP 94/2021 Pasal 5 huruf n for a PPPK), whatever words of it the search
    found. Rules for those who punish, and for other actors the question may also be about, stay; for
    a village head, village staff, a soldier or a police officer they fit only where the question names
    a civil servant too."""
    roles = set(q.acting_roles)
    if bundle is None or not roles:
        return True
    if roles <= _OUTSIDE_CIVIL_SERVICE:
        roles |= set(q.actors)
    elif not roles <= _CIVIL_SERVICE:
        return True
    norms = [
        n
        for n in bundle.norms
        if n.kind in ("prohibition", "obligation")
        and set(n.addressees) <= _CIVIL_SERVICE
        and any(pid == p or pid.startswith(p + "/") for p in n.provisions)
    ]
    return not norms or any(binds(a, x) for n in norms for a in n.addressees for x in roles)


def _hit_binds(searcher: Searcher, h: Hit, q: Question) -> bool:
    """False for a provision whose own lead-in names only actors the question's actor is not."""
    if not q.actor:
        return True
    named = _addressees(searcher, h)
    return not named or any(binds(a, x) for a in named for x in (q.roles or (q.actor,)))


_MODAL = re.compile(r"\b(dilarang|wajib|dipidana|dikenai|harus)\b", re.I)


def _addressees(searcher: Searcher, h: Hit) -> list[str]:
    """The actors a hit's rule binds: the subject before its modal, in our gloss of the point or its lead-in.

    Our gloss comes first because it reads the point as amended, where the official text of an
    amended ayat still names the old addressees; a gloss of a listed point names none ("Dilarang
    mendukung …"), and then the official lead-in does: the Pasal's, and the ayat's below a bare
    heading ("Pasal 76" / "ayat (3) Partai Politik … dilarang …"). Actors after the modal are what
    the rule is about, not whom it binds ("… dilarang melibatkan ASN").
    """
    from ingest.actors import actors_in

    ix = searcher.index
    heads = []
    gloss = ix.gloss_rows.get(h.pinpoint)
    if gloss is not None:
        heads.append(ix.units[gloss].text.split("\n", 1)[0])
    rows = ix.rows_of_id.get(h.id, [])
    if rows:
        u = ix.units[rows[0]]
        head = u.text.split("\n", 1)[0]
        for p in u.parts:
            holds = h.pinpoint == p.id or h.pinpoint.startswith(p.id + "/")
            if holds and p.id.rsplit("/", 1)[-1].startswith("ayat-"):
                head += " " + p.text.split("\n", 1)[0]
        heads.append(head)
    for head in heads:
        modal = _MODAL.search(head[:300])
        subject = head[: modal.start()] if modal else ""
        named = [a for a in actors_in(subject) if a not in ("calon", "pasangan-calon", "peserta-pemilu")]
        if named:
            return named
    return []


# "… yang selanjutnya disingkat PNS", "… selanjutnya disebut Pegawai ASN": the short name defined too.
_ABBREVIATED = re.compile(
    r"\b(?:disingkat|disebut)(?:\s+dengan)?\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*|[a-z][\w-]*(?=\s+adalah))"
)
_DEFINED_BY = re.compile(
    r"\s+(?:adalah|ialah|yaitu|yakni|didefinisikan|diartikan|berarti|meliputi|mencakup|yang selanjutnya|"
    r"selanjutnya disebut|merupakan)\b"
)


def _definitions(b: _Builder, q: Question, scope: set[str]) -> None:
    """Pasal 1 definitions of the term asked about, from the named regulation first.

    Terms the question quotes ("apa bedanya 'ASN' dengan 'Pegawai ASN'?") are each looked up too.
    """
    term = q.term or " ".join(q.conduct)
    quoted = [t.strip() for t in QUOTED_TERM.findall(q.text)]
    quoted += [t for pair in _VERSUS.findall(q.text) for t in pair]
    quoted += [t for pair in _CONTRASTED.findall(q.text) for t in pair if t]
    quoted += [t for m in _LISTED.finditer(q.text) for t in _LIST_SEP.split(m.group(0)) if t]
    entries, spelled = _defined_terms(b, scope)
    for i, asked in enumerate(dict.fromkeys([term, *quoted] if term else quoted)):
        found = _defining(b, q, asked, entries, spelled, scope)
        if not found or (not q.anchored and found[0][0] < UNANCHORED_DEFINITION):
            # Nothing ties the question to the domain: a name sharing a word ("daerah", "official") is
            # not the term asked about ("pemekaran daerah", "a notary").
            continue
        top = found[0][0]
        for score, pid in found[: 4 if i == 0 else 1]:
            if score >= 0.8 * top:
                b.add("definitions", pid, note=f"defines '{asked}'")
        if len(scope) > 1:
            # "PPK menurut UU Pilkada vs UU ASN": each act named defines the term its own way.
            for doc in sorted(scope):
                own = next((x for x in found if x[1].split("/", 1)[0] == doc), None)
                if own is not None and own[0] >= OWN_DEFINITION_SHARE * top:
                    b.add("definitions", own[1], note=f"defines '{asked}'")


def _quoted_definitions(b: _Builder, q: Question, scope: set[str]) -> None:
    """A term the question quotes, whatever it asks ("is he a 'pejabat ASN'?"), defined where the law
    defines it by that very name or one its words spell out whole."""
    quoted = [t.strip() for t in QUOTED_TERM.findall(q.text)]
    if not quoted or not q.anchored:
        return
    entries, spelled = _defined_terms(b, scope)
    for asked in quoted:
        found = _defining(b, q, asked, entries, spelled, scope)
        if found and found[0][0] >= QUOTED_DEFINITION:
            b.add("definitions", found[0][1], note=f"defines '{asked}'")


# A quoted term's definition joins a card asking something else at this score: the very name (2.0) or a name
# all of whose words the term says (tuned on dev: 1.5 and 1.0 alike).
QUOTED_DEFINITION = 1.5


# The score a definition needs when nothing else ties the question to the domain: its whole name among the
# words asked (0.5) and a good share of them (tuned on dev: 0.8 and 1.0 alike).
UNANCHORED_DEFINITION = 0.8
OWN_DEFINITION_SHARE = 0.5  # an act named beside others gives its own definition from this share of the best
OPENS_WITH_TERM = 0.01  # a tie-break only: of two very names, the one whose text opens with the word asked

# "PNS vs PPPK": each side of the contrast is a term to define.
_VERSUS = re.compile(r"\b([A-Za-z][\w-]{1,30}) (?:vs\.?|versus) ([A-Za-z][\w-]{1,30})\b")
# "I see ASN, PNS, PPPK and also 'honorer'. What is the difference?": each short name listed.
_LISTED = re.compile(
    r"\b(?:[A-Z][\w-]{1,12}\s*,\s*){1,6}[A-Z][\w-]{1,12},?\s+(?:and|dan|atau|or|&)\s+(?:also\s+|juga\s+)?"
    r"['‘\"]?[\w-]{2,20}\b"
)
_LIST_SEP = re.compile(r"\s*,\s*|\s+(?:and|dan|atau|or|&)\s+(?:also\s+|juga\s+)?|['‘’\"]")
# "apa beda keberatan dengan banding administratif?", "the difference between X and Y": both sides.
_CONTRASTED = re.compile(
    r"\b(?:beda(?:nya)?|perbedaan)(?: antara)? ((?:\w+ ){0,2}\w+) (?:dengan|dan) "
    r"((?:\w+ ){0,2}?\w+)(?=[?,.;]|$)|"
    r"\bdifference between ((?:\w+ ){0,2}\w+) and ((?:\w+ ){0,2}?\w+)(?=[?,.;]|$)",
    re.I,
)

_Defined = list[tuple[str, list[set[str]]]]  # (provision, the names it defines, as terms)


# Each searcher's Pasal 1 points read once per scope (its index never changes): a question quoting a term
# looks them up whatever it asks.
_DEFINED_TERMS: WeakKeyDictionary = WeakKeyDictionary()


def _defined_terms(b: _Builder, scope: set[str]) -> tuple[_Defined, dict[str, set[str]]]:
    """(provision, the names it defines as terms) for every Pasal 1 point, and abbreviations spelled out."""
    per_scope = _DEFINED_TERMS.setdefault(b.searcher, {})
    key = frozenset(scope)
    if key not in per_scope:
        per_scope[key] = _read_defined_terms(b, scope)
    return per_scope[key]


def _read_defined_terms(b: _Builder, scope: set[str]) -> tuple[_Defined, dict[str, set[str]]]:
    """``_defined_terms`` read from the index."""
    an = b.searcher.index.lexical.analyzer
    entries: _Defined = []
    spelled: dict[str, set[str]] = {}  # an abbreviation -> the terms of the name it stands for
    for u in b.searcher.index.units:
        if u.kind == "beir" or (scope and u.doc_id not in scope):
            continue
        if not (u.id.endswith("/pasal-1") or "/pasal-1/" in u.id):
            continue
        parts = u.parts or ()
        pool = [(p.id, p.text) for p in parts if p.id.count("/") >= 2] or [(u.id, u.text)]
        for pid, text in pool:
            defined = re.split(_DEFINED_BY, text, maxsplit=1)[0]
            # The term may go by several names: "PPPK (Pegawai … Kerja)", "… disingkat KASN".
            names = [re.sub(r"\([^)]*\)", " ", defined), *re.findall(r"\(([^)]*)\)", defined)]
            short = _ABBREVIATED.search(text[: len(defined) + 80])
            if short:
                names.append(short.group(1))
            terms = [t for t in (set(an.terms(n)) for n in names) if t]
            if not terms:
                continue
            entries.append((pid, terms))
            longest = max(terms, key=len)
            for t in terms:
                if len(t) == 1 and len(longest) > 1:
                    spelled.setdefault(next(iter(t)), longest)
    return entries, spelled


def _defining(
    b: _Builder,
    q: Question,
    term: str,
    entries: _Defined,
    spelled: dict[str, set[str]],
    scope: set[str],
) -> list[tuple[float, str]]:
    """The Pasal 1 points defining a term, best first, as (score, provision)."""
    from kg.search.glossary import expansions

    an = b.searcher.index.lexical.analyzer
    as_said = set(an.terms(term))
    wanted = set(as_said)
    vocab = b.searcher.index.lexical.vocab
    if q.lang == "en" or not any(t in vocab for t in wanted):
        wanted |= {t for phrase in expansions(term, b.searcher.concepts) for t in an.terms(phrase)}
    # "kode etik PNS" asks about the same thing as "Kode Etik Pegawai Negeri Sipil".
    for t in list(wanted):
        wanted |= spelled.get(t, set())
    if not wanted:
        return []
    found: list[tuple[float, str]] = []
    for pid, terms in entries:
        best = 0.0
        for dterms in terms:
            if dterms == as_said:
                # The very name asked about ("Pegawai ASN"), not a name its words spell out; above one that
                # only stems alike ("pemilih" is not "Pemilihan"), the one that opens with the word itself.
                said = b.official(pid)
                opens = said is not None and re.match(rf"\W*{re.escape(term)}\b", said[1], re.I) is not None
                best = 2.0 + (OPENS_WITH_TERM if opens else 0.0)
                break
            overlap = len(wanted & dterms)
            if overlap:
                best = max(best, overlap / len(dterms | wanted) + (0.5 if dterms <= wanted else 0.0))
        if best:
            found.append((best, pid))
    found = sorted(found, key=lambda x: -x[0])[:20]
    if not scope and b.at is None:  # undated: the definition in force, when one is found
        live = [(sc, pid) for sc, pid in found if b.status(pid).split()[0] not in ("repealed", "replaced")]
        found = live or found
    return found


def _conflicts(store: Store, b: _Builder, when: date | None) -> tuple[dict, ...]:
    """Conflicts (the citator's) bearing on what the card cites; none when the citator is absent."""
    try:
        from kg.graph.citator import conflicts_for
    except ImportError:
        return ()
    ids = [i for g in ("prohibitions", "obligations", "sanctions") for i in b.groups[g]]
    try:
        return tuple(conflicts_for(store, ids, when))
    except (KgError, OSError, ValueError):  # the citator cannot read this store's corpus: no conflicts
        return ()


def _prevailing_sanctions(b: _Builder) -> None:
    """A sanction the card cites that a higher or later act overrides: the one that prevails is cited too.

    A heavy breach may end in honourable dismissal by PP 94/2021, but UU 20/2023 counts that dismissal as
    dishonourable; the consequence in force is the prevailing side's, so it is among the card's sanctions.
    """
    # Which sanctions are overridden is read from the card as it stood, not as the prevailing ones join it.
    for c in [c for c in b.conflicts if _cites_sanction(b, c["sides"][1]["provisions"])]:
        win, lose = c["sides"][0], c["sides"][1]
        for pid in win["provisions"]:
            b.add(
                "sanctions",
                pid,
                note=f"prevails over {format_citation(lose['provisions'][-1])} ({c['principle']})",
                regime=win.get("regime"),
            )


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
    if "/pasal-1/" in h.pinpoint + "/" and _DEFINED_BY.search(text):
        return "related"  # a definition naming a penalty ("… the official who imposes discipline") is none
    if _AUTHORITY_SUBJECT.match(chain[-1]) or any(_POWER_LIST.search(c) for c in chain[:-1]):
        # "Pejabat yang Berwenang Menghukum menjatuhkan …" is a step, not a penalty, and so is a point
        # of a body's list of powers that mentions one ("Panwaslu Kecamatan berwenang: … dikenai sanksi").
        return "authority"
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
    found = searcher.store.lookup(pin.split("/", 1)[0])
    if found is None:
        return out
    doc = found[0]
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


def _from_graph(
    b: _Builder,
    store: Store,
    rules: list[str],
    when: date | None,
    election: str | None = None,
    q: Question | None = None,
) -> bool:
    """Sanctions, authorities and cases the knowledge graph derives for the rules; False without a graph.

    A step granted by an election law for the other kind of election than the one asked about is
    left out (Bawaslu under UU 7/2017 for a regent's election); of the points of one article that
    grant one body its powers by post (PP 94/2021 Pasal 18), those fitting the question stay."""
    if not (store.path / "graph").exists():
        return False
    from kg.conduct import act_elections

    acts = act_elections(b.corpus) if election and b.corpus is not None else {}
    try:
        from kg.graph import queries
        from kg.graph.rdfstore import open_graph_store

        gs = open_graph_store(store)
    except (KgError, OSError):  # no usable graph: the corpus fallback answers instead
        return False
    for pid in rules:
        try:
            answer = queries.sanctions(store, provision=pid, at=when, gs=gs)
        except KgError:  # the graph knows nothing of this provision
            continue
        for norm in answer.norms:
            reached = _reached(b.corpus, norm.sanction_provisions, q.text) if q is not None else None
            for s in norm.sanctions:
                if reached is not None and not reached.carries(s.level):
                    continue  # a level the reach of the harm told does not carry
                for p in s.provisions:
                    b.add(
                        "sanctions",
                        p,
                        note=f"{s.description_en} (for {format_citation(pid)})",
                        regime=s.regime,
                        rests_on=s.provisions,
                    )
            for p in reached.kept if reached is not None else norm.sanction_provisions:
                b.add("sanctions", b.finer(p, pid), note=f"sanction for: {norm.act_en}", regime=norm.regime)
            try:
                chain = queries.authority_chain(store, norm.id, at=when, gs=gs)
            except KgError:  # no chain for this norm
                chain = None
            steps = _fitting_steps(
                getattr(chain, "steps", ()),
                q,
                lambda: b.searcher.index.lexical.analyzer,
                b.corpus,
                frozenset(s.level for s in norm.sanctions if s.level),
            )
            for step in steps:
                kinds = acts.get(step.provision.split("/", 1)[0], ())
                if kinds and election not in kinds:
                    continue
                b.add(
                    "authorities",
                    step.provision,
                    note=_power_note(step.stage, step.institution_name, step.scope_en),
                )
            if b.corpus is not None:
                for case in b.corpus.cases_for_norm(norm.id):
                    b.add_case(case)
    return True


_AGENCY = "inst:instansi-pemerintah"  # the agency a supervisor's neutrality finding is recommended to


def _add_route_of_findings(b: _Builder, q: Question) -> None:
    """A supervisors' tier the question names passes its findings on by its own recommendation: where the
    card cites a recommendation to the agency under an act, the named tier's recommendation under that act
    is cited too, or, for a tier with none (a village committee, a polling-station supervisor), that of
    the first tier above it (the sub-district committee, which recommends through the district body)."""
    if b.corpus is None:
        return
    cited = set(b.groups["authorities"])
    powers = [(inst, p) for inst in b.corpus.institutions for p in inst.powers]
    routes = [
        (inst, p)
        for inst, p in powers
        if p.kind == "recommends" and _AGENCY in p.towards and p.valid_to is None and not p.ended_by
    ]
    # The acts under which the card shows the supervisors acting on a breach of a norm (the neutrality duty):
    # a recommendation to the agency, or a power of a body that recommends so, enforcing a norm.
    recommending = {(inst.id, doc_of(p.provision)) for inst, p in routes}
    acts = {
        doc_of(p.provision)
        for inst, p in powers
        if p.provision in cited
        and (inst.id, doc_of(p.provision)) in recommending
        and ((inst, p) in routes or p.norms)
    }
    if not acts:
        return
    named = _named_institutions(b.corpus, q.text, english=True) | _asking_body(b.corpus, q.text)
    for inst_id in sorted(named):
        seen: set[str] = set()
        while inst_id and inst_id not in seen:
            seen.add(inst_id)
            inst = b.corpus.institution(inst_id)
            if inst is None:
                break
            route = [p for holder, p in routes if holder.id == inst_id and doc_of(p.provision) in acts]
            if route:
                p = route[-1]  # the point stating it, after the article that lists it
                b.add("authorities", p.provision, note=_power_note(p.kind, inst.name_en, p.scope_en))
                break
            inst_id = inst.parent


MAX_FITTING_POINTS = 2  # points of one article granting one body powers by post, kept per question
MIN_FIT = 2  # a point joins on two of its own words in the question, or on the actor's own name
_NO_POST = frozenset(
    {"pns", "pegawai-asn", "pppk", "pejabat-asn", "pegawai", "pegawai-non-asn", "calon", "pasangan-calon"}
)


def _fitting_steps(steps, q: Question | None, analyzer_of, corpus=None, breach_levels=frozenset()) -> list:
    """The chain's steps, keeping of the points that split one regulation's power to impose by post
    ("the regent imposes on administrators", "a head of agency on functional staff") only those whose
    own words the question names, the actor's own name counting double (a "camat", however the
    question says it, is an administrator); the articles stating the power in general stay.

    When no point fits the question, none is kept where an article of that regulation states the
    power, and every point is kept where none does (never leave the power out); a lone point (the
    superior's duty to punish) is no split by post and stays. The seat a candidate runs for ("a
    regent candidate") is not the actor's post. Words are the search's terms (``analyzer_of()``, asked
    for only when there are points to choose among).

    Where the corpus types the points (the offender's post, tier and distance below, ``kg.posts``) and
    the question places the offender, those choose instead (``_points_by_post``); ``breach_levels``, the
    levels of the penalties the breach carries, stand for the penalty when the question names none.
    """
    from kg.question import without_seats

    steps, decided = _points_by_post(steps, q, corpus, breach_levels)
    if decided:
        return steps

    def article(st) -> str:
        return pasal_of(st.provision)

    points = [st for st in steps if st.stage == "imposes" and st.provision != article(st)]
    per_article = Counter(article(st) for st in points)
    groups: dict[str, list] = {}
    for st in points:
        if per_article[article(st)] > 1:  # an article split into points by post, not a lone duty
            groups.setdefault(st.provision.split("/", 1)[0], []).append(st)
    groups = {doc: group for doc, group in groups.items() if len(group) > MAX_FITTING_POINTS}
    if not groups:
        return list(steps)
    analyzer = analyzer_of()
    words = set(analyzer.terms(without_seats(q.text))) if q else set()
    # Only an actor named by its post says which point applies; "a PNS" says nothing of the post.
    post = q.actor if q and q.actor not in _NO_POST else None
    own_name = {t for f in ACTORS.get(post or "", ()) for t in analyzer.terms(f)}
    drop: set[int] = set()
    for doc, group in groups.items():
        own = [set(analyzer.terms(f"{p.scope_id} {p.scope_en}")) for p in group]
        shared = set.intersection(*own)
        fit = [len((o - shared) & words) + 2 * len((o - shared) & own_name) for o in own]
        best = max(fit)
        keep = [p for p, f in zip(group, fit, strict=True) if best >= MIN_FIT and f == best]
        stated = any(
            st.stage == "imposes" and st.provision == article(st) and st.provision.startswith(doc + "/")
            for st in steps
        )
        if not keep and not stated:
            continue
        drop |= {id(p) for p in group if p not in keep[:MAX_FITTING_POINTS]}
    return [st for st in steps if id(st) not in drop]


def _points_by_post(steps, q: Question | None, corpus, breach_levels=frozenset()) -> tuple[list, bool]:
    """The steps with the powers the corpus splits by post chosen by what the question says of the
    offender and the penalty (``kg.posts``), and whether that decided; undecided, the split points are
    left for the words to choose.

    A power that is no split of its own but reaches only some posts or tiers (the PPK's proposal to the
    President for a madya executive, a mission's proposal to the home agency) stays only where the
    question names them.
    """
    power_of = {}
    institution = getattr(corpus, "institution", None)  # a bare bundle (no institutions) types nothing
    for st in steps:
        inst = institution(st.institution) if institution is not None else None
        for p in inst.powers if inst is not None else ():
            if p.provision == st.provision and p.kind == st.stage and typed(p):
                power_of[id(st)] = p
    if not power_of:
        return list(steps), False
    asked = read_posts(q) if q is not None else None
    if asked is not None and len(breach_levels) == 1 and not (asked.levels or asked.kinds):
        # A breach of one level (attending a rally in uniform: medium) is punished at that level.
        asked = replace(asked, levels=frozenset(breach_levels))
    split = [st for st in steps if id(st) in power_of and splits(power_of[id(st)])]

    def level_of(sid: str) -> str | None:
        s = corpus.sanction(sid)
        return s.level if s is not None else None

    points = [power_of[id(st)] for st in split]
    holders = [getattr(institution(st.institution), "holds_post", None) for st in split]
    kept = None if asked is None else fitting_points(points, asked, level_of, MAX_FITTING_POINTS, holders)
    chosen = {id(split[i]) for i in kept or ()}
    out = []
    for st in steps:
        p = power_of.get(id(st))
        if p is None:
            out.append(st)
        elif splits(p):
            if kept is None or id(st) in chosen:
                out.append(st)
        elif asked is not None and reaches(p, asked):
            out.append(st)
    return out, kept is not None


def _powers_by_post(b: _Builder, q: Question, catalog: dict) -> tuple[list, set[str]] | None:
    """The corpus's typed powers that fit the offender the question places (post, tier, distance below),
    and the provisions of those it rules out; None when the question does not place the offender."""
    from kg.graph.queries import ChainStep

    if b.corpus is None:
        return None
    # A power of an act not yet made or already replaced on the question's date punished nobody then.
    steps = [
        ChainStep(p.kind, inst.id, inst.name, p.provision, p.scope_id, p.scope_en)
        for inst in b.corpus.institutions
        for p in inst.powers
        if typed(p) and act_applies(doc_of(p.provision), q, catalog, set())
    ]
    kept, decided = _points_by_post(steps, q, b.corpus)
    if not decided:
        return None
    return kept, {st.provision for st in steps} - {st.provision for st in kept}


UNSAID_POST_NOTE = (
    "The offender's post is not said: the official cited to punish him is the one for administrators, "
    "supervisors and staff; a functional official (a teacher, a doctor) answers to the points for functional "
    "posts instead."
)


def _punisher_by_unsaid_post(b: _Builder, q: Question) -> bool:
    """Whether the card cites a point of the split by post chosen for an offender whose post is not said."""
    if b.corpus is None or not b.groups["authorities"]:
        return False
    points = {p.provision for inst in b.corpus.institutions for p in inst.powers if splits(p)}
    return any(pid in points for pid in b.groups["authorities"]) and read_posts(q).post_unsaid


def _post_powers(b: _Builder, q: Question, catalog: dict) -> None:
    """For "who punishes" asked of an offender the question places: the powers split by post that fit,
    straight from the corpus, when no rule of conduct brought a chain."""
    _add_fitting_powers(b, _powers_by_post(b, q, catalog))


def _add_fitting_powers(b: _Builder, fit: tuple[list, set[str]] | None) -> None:
    """The powers ``_powers_by_post`` found fitting, as authorities."""
    for st in fit[0] if fit else ():
        b.add("authorities", st.provision, note=_power_note(st.stage, st.institution_name, st.scope_en))


def _power_note(kind: str, institution: str, scope_en: str) -> str:
    """How a cited power reads on the card: "receives reports: Bawaslu … - …"."""
    return f"{kind.replace('_', ' ')}: {institution} - {scope_en}"


# A story of elections or of keeping neutral, whatever else it tells.
_NEUTRALITY_STORY = re.compile(
    r"\b(?:kampanye|campaign\w*|netral\w*|neutral\w*|partai|part(?:y|ies)|caleg|paslon|calon|candidate\w*|"
    r"pemilu|pilkada|pilpres|pileg|election\w*|rally|rallies|memihak|berpihak|sides? with|taking sides)\b",
    re.I,
)


def _of_elections(q: Question) -> bool:
    """Whether the question tells a story of elections or of keeping neutral."""
    return bool(q.election or _NEUTRALITY_STORY.search(q.text))


def _contract_only(q: Question) -> bool:
    """Whether the one acting is a PPPK and no other kind of civil-service employee."""
    return set(q.acting_roles) & _CIVIL_SERVICE == {"pppk"}


# An agency's staff who are neither PNS nor PPPK: honorary workers (UU 20/2023 Pasal 65-66).
_NON_ASN = "pegawai-non-asn"


def _non_asn_only(q: Question) -> bool:
    """Whether the one acting is an agency's non-ASN (honorary) worker and no civil-service employee."""
    roles = set(q.acting_roles)
    return _NON_ASN in roles and not roles & (_CIVIL_SERVICE | {"cpns"})


def _outside_pns(q: Question) -> str:
    """Who the one acting is, when an act binding only PNS is not his to answer from ("" when it may be)."""
    if _contract_only(q):
        return "a PPPK"
    return "a non-ASN (honorary) worker" if _non_asn_only(q) else ""


def _pns_only_acts(corpus) -> frozenset[str]:
    """The acts whose curated rules bind, of the civil service, only PNS (PP 94/2021, PP 53/2010, …)."""
    bound: dict[str, set[str]] = {}
    for n in corpus.norms:
        for pid in n.provisions:
            bound.setdefault(doc_of(pid), set()).update(set(n.addressees) & _CIVIL_SERVICE)
    return frozenset(doc for doc, who in bound.items() if who == {"pns"})


def _for_contract_employee(b: _Builder, q: Question) -> tuple[Question, str]:
    """A PPPK's or a non-ASN worker's question naming an act that binds only PNS ("PP 94/2021 covers PNS
    only, so what binds her?"): the act set aside, and the note saying why; else the question as it was."""
    who = _outside_pns(q)
    if b.corpus is None or not who:
        return q, ""
    pns_only = _pns_only_acts(b.corpus)
    named = [r for r in q.regulations if r.known and not r.set_aside and r.id in pns_only]
    if not named:
        return q, ""
    said = ", ".join(r.citation for r in named)
    rest = (
        "every ASN employee" if _contract_only(q) else "anyone, with the law's definition of an ASN employee"
    )
    why = f"{said} binds civil servants with PNS status only, not {who}; answered from the rules binding "
    why += f"{rest}."
    return _with_set_aside(q, named), why


def _contract_employee_items(b: _Builder, q: Question, catalog: dict) -> None:
    """For a PPPK in a story of elections: the duties binding every ASN employee with their sanctions
    (UU 20/2023 Pasal 24: keep neutral, on pain of discipline) and, asked who acts, the employing agency's
    duty to enforce that discipline; nothing from an act binding only PNS, whose rules and procedure are
    not hers. An act of that kind the question named is cited by its definition of whom it binds."""
    if b.corpus is None or not _contract_only(q) or not _of_elections(q):
        return
    pns_only = _pns_only_acts(b.corpus)
    _drop_acts(b, pns_only)
    duties = _neutrality_duties(b, q, catalog)
    for n in duties:
        for pid in n.provisions:
            b.add("obligations", pid, note=f"obligation of every ASN employee, PPPK included: {n.act_en}")
        for pid in n.sanction_provisions:
            b.add("sanctions", pid, note=f"sanction for: {n.act_en}", regime=n.regime)
    if q.intent == "authority" or _ASKS_WHO_PUNISHES.search(q.text) or _ASKS_AGENCY.search(q.text):
        norms = {n.id for n in duties}
        for inst in b.corpus.institutions:
            for p in inst.powers:
                if norms & set(p.norms) and doc_of(p.provision) not in pns_only:
                    b.add("authorities", p.provision, note=_power_note(p.kind, inst.name, p.scope_en))
    if _whom_named_acts_bind(b, q, pns_only):
        # "PP disiplin PNS gak berlaku buat PPPK, jadi aman?": the ASN law's own word that a PPPK is one of
        # the employees its duties bind.
        _define_pppk(b, q, duties)


def _pppk_doubts_items(b: _Builder, q: Question, catalog: dict) -> None:
    """A PPPK who doubts the rules reach her ("Sy kan PPPK bukan PNS, aturan netralitas berlaku ke sy gak?"),
    whoever else the story names: the ASN law's own word that a PPPK is an ASN employee."""
    if b.corpus is None or q.actor != "pppk" or not _of_elections(q):
        return
    if _NOT_PNS.search(q.text) or _ASKS_COVERAGE.search(q.text):
        _define_pppk(b, q, _neutrality_duties(b, q, catalog))


def _define_pppk(b: _Builder, q: Question, duties) -> None:
    """Cite the definition of PPPK in the acts whose duties bind her."""
    acts = {doc_of(pid) for n in duties for pid in n.provisions}
    entries, spelled = _defined_terms(b, acts)
    found = _defining(b, q, "PPPK", entries, spelled, acts)
    if found:
        b.add("definitions", found[0][1], note="what a PPPK is under the ASN law: an ASN employee")


def _drop_acts(b: _Builder, acts: frozenset[str]) -> None:
    """Nothing of these acts on the card."""
    for group in ("obligations", "prohibitions", "sanctions", "authorities", "alternatives", "related"):
        for pid in [pid for pid in b.groups[group] if doc_of(pid) in acts]:
            del b.groups[group][pid]


def _neutrality_duties(b: _Builder, q: Question, catalog: dict) -> list:
    """The duties of every ASN employee that some ban is recorded as the same conduct as (keeping neutral),
    with a sanction, in force on the date; not every duty an ASN employee bears (the ethics codes answer a
    question about ethics, through the matcher)."""
    linked = {m for n in b.corpus.norms if n.kind == "prohibition" for m in n.same_conduct}
    return [
        n
        for n in b.corpus.norms
        if n.kind == "obligation"
        and n.id in linked
        and n.sanction_provisions
        and set(n.addressees) & {"pegawai-asn", "pppk"}
        and all(act_applies(doc_of(pid), q, catalog, set()) for pid in n.provisions)
    ]


def _whom_named_acts_bind(b: _Builder, q: Question, acts: frozenset[str]) -> bool:
    """For each of these acts the question named and had set aside: its definition of whom it binds (PNS);
    whether there was one."""
    named = [r for r in q.regulations if r.set_aside and r.id in acts]
    for r in named:
        _cite_whom_it_binds(b, q, r.id, r.citation)
    return bool(named)


def _cite_whom_it_binds(b: _Builder, q: Question, act: str, citation: str) -> None:
    """Cite the act's own definition of the PNS it binds."""
    entries, spelled = _defined_terms(b, {act})
    found = _defining(b, q, "PNS", entries, spelled, {act})
    if found:
        b.add("definitions", found[0][1], note=f"whom {citation} binds: PNS")


def _whom_discipline_binds(b: _Builder, q: Question, catalog: dict) -> None:
    """The definition of whom the discipline regulation in force binds (PNS): of the acts binding only PNS,
    the one holding most of their bans."""
    if b.corpus is None:
        return
    pns_only = _pns_only_acts(b.corpus)
    bans = Counter(
        doc_of(pid)
        for n in b.corpus.norms
        if n.kind == "prohibition"
        for pid in n.provisions[:1]
        if doc_of(pid) in pns_only and act_applies(doc_of(pid), q, catalog, set())
    )
    if not bans:
        return
    act = bans.most_common(1)[0][0]
    _cite_whom_it_binds(b, q, act, format_document_citation(act))


def _asn_contrast(b: _Builder, q: Question, acts: tuple[dict, set[str]], hits: list[Hit]) -> list:
    """For a non-ASN worker: the norm the facts best match were he an ASN employee, of an act binding more
    than PNS, when it does not bind him (the duty to resign to run for office, the ban on a campaign team)."""
    if b.corpus is None or not _non_asn_only(q):
        return []
    catalog, scope = acts
    as_asn = q.model_copy(update={"actor": "pegawai-asn", "roles": ("pegawai-asn",)})
    pns_only = _pns_only_acts(b.corpus)

    def keep(c) -> bool:
        return (
            c.doc_id not in pns_only
            and actor_allows(c, as_asn)
            and not actor_allows(c, q)
            and _keep_any_actor(catalog, scope, as_asn, c)
        )

    chosen, _ = _select_counted(b, as_asn, _matcher(b).match(as_asn, _ranks(hits), keep))
    return [m.norm for m in chosen[:1]]


def _non_asn_items(b: _Builder, q: Question, catalog: dict, contrast: list) -> None:
    """For an agency's non-ASN (honorary) worker: nothing of the acts binding only PNS; in a story of
    elections the ASN duty to keep neutral, and the best rule the facts match for an ASN employee
    (``contrast``), cited as what binds ASN employees and not him; whom a named PNS-only act binds."""
    if b.corpus is None or not _non_asn_only(q):
        return
    pns_only = _pns_only_acts(b.corpus)
    _drop_acts(b, pns_only)
    duties = _neutrality_duties(b, q, catalog) if _of_elections(q) else []
    for n in duties + contrast:
        for pid in n.provisions:
            if doc_of(pid) not in pns_only:
                note = f"binds ASN employees (PNS and PPPK), not a non-ASN worker: {n.act_en}"
                b.add("related", pid, note=note)
    _whom_named_acts_bind(b, q, pns_only)


# "What can we, as his agency, do?", "kewajiban dinas", "who must act on it": what the employer must do.
_ASKS_AGENCY = re.compile(
    r"\b(?:(?:as |his |her |their |the |our )(?:employing )?agency|(?:kewajiban|wajib) (?:dinas|instansi)|"
    r"(?:dinas|instansi)(?: kami)? (?:wajib|harus)|(?:what|apa) (?:can|should|must) (?:we|the agency)|"
    r"who (?:must|should|has to) (?:act|enforce)|"
    r"siapa yang (?:wajib|harus|berwenang) (?:menegakkan|menindak\w*)|"
    r"right route|jalur\w*|dasar (?:hukum|apa)|apa dasar(?:nya| hukumnya)?|atas dasar apa|"
    r"on what (?:basis|grounds?|legal basis)|the legal basis)\b",
    re.I,
)

_PRISON_KINDS = ("imprisonment", "imprisonment-and-fine")
_CUSTODY = {"detained", "suspect"}  # story steps that call up suspension and reinstatement


# Those who run the discipline procedure: a duty of theirs is what a power to punish them enforces.
_PROCEDURE_ROLES = frozenset({"pybmh", "atasan-langsung", "ppk", "tim-pemeriksa"})


def _duties_enforced(b: _Builder) -> None:
    """For a cited power or sanction that punishes an official who neglects a step of the procedure (the
    superior who never examined, the official who never punished): the duty it enforces, when not cited."""
    if b.corpus is None:
        return
    cited = {pid for g in ("authorities", "sanctions") for pid in b.groups[g]}
    held = _cited_so_far(b)
    for norm in b.corpus.norms:
        if not _PROCEDURE_ROLES & set(norm.addressees) or not cited & set(norm.sanction_provisions):
            continue
        if any(p in held for p in norm.provisions):
            continue
        punishing = next(p for p in norm.sanction_provisions if p in cited)
        for pid in norm.provisions:
            b.add("related", pid, note=f"the duty whose neglect {format_citation(punishing)} punishes")


def _employment_consequences(b: _Builder, q: Question) -> None:
    """What a sentence or a detention does to an ASN employee's job (our consequence records), each cited
    with whether its condition is met, not met or unknown from the cited sanctions and the story.

    A dismissal ground joins when the card cites a crime carrying prison or the story tells of a sentence;
    suspension and reinstatement join when it tells of custody or of the actor as suspect or accused."""
    from kg.corpus.load import covered

    c = b.corpus
    if c is None or not c.consequences or q.actor is None:
        return
    crimes = _cited_prison_sanctions(b)
    story = set(q.criminal)
    classed: dict[str, list] = {}  # the provision classing dismissals -> the grounds cited under it
    for cons in c.consequences:
        if not any(covered(x, cons.addressees) for x in q.roles or (q.actor,)):
            continue
        called = story & _CUSTODY if cons.trigger == "detention" else crimes or story - _CUSTODY
        if not called:
            continue
        least = cons.condition.min_prison_months
        if not story and not (least and any(_threshold_verdict(b, s, least)[0] == "met" for s in crimes)):
            continue  # no sentence told: only a dismissal ground a cited crime surely meets, no "maybe"
        said = _consequence_condition(b, cons, crimes, story)
        for pid in cons.provisions:
            b.add("sanctions", pid, note=f"{cons.description_en} {said}", regime=cons.regime)
        if cons.classed_by:
            classed.setdefault(cons.classed_by, []).append(cons)
    for pid, grounds in classed.items():
        said = "; ".join(
            ("classes " if g.dishonourable else "does not list ")
            + ", ".join(format_citation(x) for x in g.provisions)
            + " as dishonourable"
            for g in grounds
        )
        on = tuple(x for g in grounds for x in g.provisions)
        b.add("sanctions", pid, note=f"{format_citation(pid)} {said}", regime=grounds[0].regime, rests_on=on)


def _cited_prison_sanctions(b: _Builder) -> list:
    """Our criminal-election sanction records carrying prison that the card cites (or a part of)."""
    cited = [i.id for i in b.groups["sanctions"].values() if i.regime == "criminal-election"]
    return [
        s
        for s in b.corpus.sanctions
        if s.regime == "criminal-election"
        and s.kind in _PRISON_KINDS
        and any(x == p or x.startswith(p + "/") or p.startswith(x + "/") for p in s.provisions for x in cited)
    ]


def _consequence_condition(b: _Builder, cons, crimes: list, story: set[str]) -> str:
    """The note "Condition (…): met / not met / unknown, why", from the store's records and the question."""
    need = cons.condition
    if need.detained_as:
        inst = b.corpus.institution(cons.by) if cons.by else None
        by = f" Done by: {inst.name}." if inst else ""
        head = "Condition (held in custody as suspect or accused)"
        if "detained" in story:
            return f"{head}: met, the question tells of custody.{by}"
        return f"{head}: unknown, the question does not say the employee is held.{by}"
    if need.offence_of_office:
        return (
            "Condition (a final sentence for an offence of office or one connected with the office): "
            "unknown, our records do not say whether the offence is one."
        )
    least = need.min_prison_months
    head = f"Condition (a final prison sentence for a crime carrying at least {least} months in prison)"
    if "confinement" in story and "sentenced" not in story:
        return f"{head}: not met, the question tells of confinement (kurungan), not prison."
    verdicts = [_threshold_verdict(b, s, least) for s in crimes]
    if not verdicts:
        return f"{head}: unknown, the card cites no crime whose prison term our records hold."
    statuses = {v for v, _ in verdicts}
    status = statuses.pop() if len(statuses) == 1 else "depends on the crime"
    told = "" if "sentenced" in story else " No sentence is told: it takes a final judgment imposing prison."
    return f"{head}: {status}, " + "; ".join(why for _, why in verdicts) + "." + told


def _threshold_verdict(b: _Builder, s, least: int) -> tuple[str, str]:
    """Whether one crime's least prison term reaches the threshold, and on what record."""
    where = ", ".join(format_citation(p) for p in s.provisions)
    if s.prison_minimum is not None:
        months = s.prison_minimum.months
        return ("met" if months >= least else "not met"), f"{where}: at least {months} months in prison"
    top = s.range.max_months if s.range is not None else None
    unchecked = "" if b.corpus.all_checked(s.provisions) else " (a record not checked against the text)"
    if top is not None and top < least:
        return "not met", f"{where}: at most {top} months{unchecked}"
    return "unknown", f"{where}: least prison term not recorded from an official text at hand"


def _from_corpus(b: _Builder, rules: list[str], q: Question | None = None) -> None:
    """Norms, sanctions, authorities and cases our curated corpus links to the rules (when no graph)."""
    c = b.corpus
    if c is None:
        return
    for pid in rules:
        for norm in c.norms_for_provision(pid):
            reached = _reached(c, norm.sanction_provisions, q.text) if q is not None else None
            for p in reached.kept if reached is not None else norm.sanction_provisions:
                b.add("sanctions", b.finer(p, pid), note=f"sanction for: {norm.act_en}", regime=norm.regime)
            for s in c.sanctions_for_norm(norm.id):
                if reached is not None and not reached.carries(s.level):
                    continue  # a level the reach of the harm told does not carry
                for p in s.provisions:
                    b.add("sanctions", p, note=s.description_en, regime=s.regime)
                for inst, power in c.imposers_of(s.id):
                    b.add("authorities", power.provision, note=f"imposes: {inst.name} - {power.scope_en}")
            for inst, power in c.enforcers_of(norm.id):
                b.add("authorities", power.provision, note=f"{power.kind}: {inst.name} - {power.scope_en}")
            for case in c.cases_for_norm(norm.id):
                b.add_case(case)


def search(
    store: Store | str | None,
    query: str,
    k: int = 10,
    at: str | date | None = None,
    encoder=None,
    searcher: Searcher | None = None,
) -> list[Hit]:
    """Search as `kg search` runs it: scoped to a regulation the query names, definitions first when asked.

    The date in the query (or ``at``) applies; an English query is searched with the concept lexicon
    as the engine always does. What the answer card rests on leads, in the learned result order when
    the model is shipped (``kg.result_order``, a definition asked among the card's items), else the card's
    own order for at most REASONED_SHARE of k (a definition asked: the plain hits, the definitions first);
    then a point under an article already listed goes after the rest.
    """
    st = store if isinstance(store, Store) else Store(store)
    searcher = searcher or get_searcher(st, encoder)
    q, hits, card = _result_pool(st, searcher, query, k, at)
    if card is not None:
        model = load_order()
        if model is None:
            if q.intent != "definition":  # the plain hits already lead with the definitions asked
                hits = _reasoned_hits(searcher, card, q, k) + hits
        else:
            pairs = _candidates(searcher, card, q, hits)
            hit_of = {c.pinpoint: h for c, h in pairs}
            ranked = model.order([c for c, _ in pairs], q.intent, q.lang, {r.id for r in q.regulations})
            hits = [replace(hit_of[c.pinpoint], score=round(score, 6)) for score, c in ranked]
    seen: set[str] = set()
    unique = [h for h in hits if not (h.pinpoint in seen or seen.add(h.pinpoint))]
    if card is not None:
        unique = covered_last(unique, lambda h: h.pinpoint)
    return [replace(h, rank=n) for n, h in enumerate(unique[:k], start=1)]


def search_candidates(
    store: Store | str | None, query: str, k: int = 10, at: str | date | None = None, encoder=None
) -> tuple[Question, list[Candidate]]:
    """The parsed query and the candidates `kg search` orders (the card's items, then the plain hits);
    empty when no card leads (an unsupported question). For training the result order."""
    st = store if isinstance(store, Store) else Store(store)
    searcher = get_searcher(st, encoder)
    q, hits, card = _result_pool(st, searcher, query, k, at)
    return q, ([c for c, _ in _candidates(searcher, card, q, hits)] if card is not None else [])


def _result_pool(
    st: Store, searcher: Searcher, query: str, k: int, at: str | date | None
) -> tuple[Question, list[Hit], AnswerCard | None]:
    """(the parsed query, the plain hits in order, the definitions asked first, and the supported card that
    leads them or None)."""
    query = check_query(query, k)
    b = _Builder(st, searcher, None)
    catalog = catalog_from_corpus(b.corpus)
    q = parse_question(query, catalog, known=set(st.ids()), at=parse_at(at))
    scope = _scope(b, q, catalog) if all(r.known for r in q.regulations) else set()
    depth = min(max(k * 10, 100), 1000) if (scope or q.intent == "definition") else k
    hits = _search_text(searcher, query, q.at, scope, depth, wide=depth)
    if q.intent == "definition":
        b = _Builder(st, searcher, q.at)
        _definitions(b, q, scope)
        first = list(b.groups["definitions"])
        defs = [h for h in hits if h.pinpoint in first or h.id in first]
        hits = defs + [h for h in hits if h not in defs]
    elif q.problems and q.intent != "status":  # as ask() answers them
        return q, hits, None
    card = ask(st, query, at=q.at, searcher_=searcher)
    return q, hits, card if card.supported else None


def _items_by_id(card: AnswerCard) -> dict[str, CitedItem]:
    """The card's items by id, each as its first group lists it."""
    out: dict[str, CitedItem] = {}
    for g in CARD_GROUPS:
        for it in getattr(card, g):
            out.setdefault(it.id, it)
    return out


def _candidates(
    searcher: Searcher, card: AnswerCard, q: Question, hits: list[Hit]
) -> list[tuple[Candidate, Hit]]:
    """The card's items and the plain hits as candidates, each with the share of the query it carries, and
    the hit each is listed as: what the card cites reads as the card gives it (found by the answer, with its
    note), a plain hit as the search found it."""
    items = _items_by_id(card)
    rows = [
        (g, n, it.note, it.regime, it.status, it.is_summary, it.id)
        for g in CARD_GROUPS
        for n, it in enumerate(getattr(card, g))
        if it.status != "case"
    ]
    leading = [h.pinpoint for h in _leading_hits(searcher, card, q)]
    meaning = _meaning(searcher, _asked(q), q.lang)
    by_pin = {h.pinpoint: h for h in hits}
    out = []
    for c in candidates(rows, leading, [h.pinpoint for h in hits]):
        h = _card_hit(searcher, c.pinpoint, items[c.pinpoint]) if c.group is not None else by_pin[c.pinpoint]
        out.append((replace(c, support=_support(searcher, meaning, h)), h))
    return out


def _card_hit(searcher: Searcher, pid: str, it: CitedItem) -> Hit:
    """A card item as a search hit."""
    return Hit(
        id=_unit_of(pid, searcher) or pid,
        rank=0,
        score=1.0,
        citation=it.citation,
        doc_id=pid.split("/", 1)[0],
        kind="summary" if it.is_summary else "provision",
        pinpoint=pid,
        pinpoint_citation=it.citation,
        snippet=it.snippet,
        is_summary=it.is_summary,
        status=it.status,
        status_note="",
        sources=("answer",),
        relation=it.note or None,
    )


REASONED_SHARE = 0.7  # at most this share of the top k comes from the answer's reasoning
_GROUPS = ("definitions", *_RULE_GROUPS.values(), "sanctions", "authorities")
_PAIRED = (*_RULE_GROUPS.values(), "sanctions")
# What answers leads: the procedure for "who decides", the repealing provision for "still in force?".
_GROUPS_FIRST = {
    "authority": ("authorities", "prohibitions", "obligations", "sanctions", "definitions"),
    "status": ("related", *_GROUPS),
}


def _reasoned_hits(searcher: Searcher, card: AnswerCard, q: Question, k: int) -> list[Hit]:
    """The provisions the answer card rests on (matched norms, their sanctions, powers), as hits, for at
    most REASONED_SHARE of k.

    Conduct matching reads the question's actor, election and everyday words, which plain ranking
    cannot; what it finds leads the list.
    """
    return _leading_hits(searcher, card, q)[: max(1, int(k * REASONED_SHARE))]


def _leading_hits(searcher: Searcher, card: AnswerCard, q: Question) -> list[Hit]:
    """The card's leading items as hits, the bans on whoever drew the actor in (and their penalties) after
    the actor's own."""
    out = [
        _card_hit(searcher, it.id, it)
        for it in _leading_items(card, q)
        if it.status != "case" and "/" in it.id
    ]
    others = [
        h
        for h in out
        if h.relation and (DREW_IN_WHY in h.relation or h.relation.startswith(DREW_IN_SANCTION))
    ]
    return [h for h in out if h not in others] + others


def _leading_items(card: AnswerCard, q: Question) -> list[CitedItem]:
    """The card's items in the order a result list shows them: for a conduct, each rule followed by its
    sanction, as a reader takes them in pairs; for "who decides" or "still in force?", what answers it."""
    if q.intent in _GROUPS_FIRST:
        return [it for group in _GROUPS_FIRST[q.intent] for it in getattr(card, group)]
    rules = [it for group in _RULE_GROUPS.values() for it in getattr(card, group)]
    paired = [it for pair in zip_longest(rules, card.sanctions) for it in pair if it is not None]
    return paired + [it for group in _GROUPS if group not in _PAIRED for it in getattr(card, group)]


def render_card(card: AnswerCard) -> str:
    """The card as plain text: sanctions grouped by regime, alternatives and conflicts last."""
    later = f", and as of {card.later_at} for the later occasion" if card.later_at else ""
    lines = [f"Question: {card.question}" + (f"  (law as of {card.at}{later})" if card.at else "")]
    if not card.supported:
        lines.append(card.message)
        return "\n".join(lines)
    titles = {
        "definitions": "Definitions",
        "obligations": "Obligations",
        "prohibitions": "Prohibitions",
        "permissions": "Permissions (what may be done, and on what terms)",
        "sanctions": "Sanctions by regime",
        "authorities": "Authorities and steps",
        "cases": "Related cases",
        "related": "Other relevant provisions",
        "alternatives": "Also consider",
    }
    for group, title in titles.items():
        items = getattr(card, group)
        if not items:
            continue
        lines.append(f"\n{title}:")
        if group == "sanctions":
            regimes = list(dict.fromkeys(it.regime or "unspecified" for it in items))
            for regime in regimes:
                lines.append(f"  {regime}:")
                lines.extend(
                    _item_lines([it for it in items if (it.regime or "unspecified") == regime], "  ")
                )
        else:
            lines.extend(_item_lines(items, ""))
    if card.conflicts:
        lines.append("\nConflicts between regulations:")
        lines.extend(f"- {c.get('note', '')}" for c in card.conflicts)
    lines.append(f"\n{card.message}")
    return "\n".join(lines)


def _item_lines(items, indent: str) -> list[str]:
    out = []
    for it in items:
        tags = [it.status] if it.status not in ("in force", "case") else []
        if it.is_summary:
            tags.append("our summary, not official text")
        tag = f" [{'; '.join(tags)}]" if tags else ""
        out.append(f"{indent}- {it.citation}{tag}  ({it.id})")
        if it.note:
            out.append(f"{indent}    {it.note}")
        if it.snippet:
            out.append(f'{indent}    "{it.snippet}"')
    return out


__all__ = ["AnswerCard", "CitedItem", "SearchError", "ask", "render_card", "search"]
