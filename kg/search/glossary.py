"""Bilingual (English <-> Indonesian) legal glossary used to expand queries."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

GLOSSARY_FILE = Path(__file__).resolve().parent / "data" / "glossary_id_en.yaml"


@dataclass(frozen=True)
class Concept:
    """One glossary concept: English phrasings and the Indonesian terms they map to.

    A concept with no Indonesian terms holds the glossary's words of narration ("says", "watching"):
    they tell a question's story, not its law, so nothing learned from the corpus renders them.
    """

    en: tuple[str, ...]
    id: tuple[str, ...]
    # Learned from the corpus (lexicon.py): its Indonesian words are associations, not synonyms.
    learned: bool = False
    # Everyday words in either language that name the concept but are never added to a query: "kaos"
    # means party attributes, yet a question naming "atribut partai" must not be padded with "kaos".
    cues: tuple[str, ...] = ()


class GlossaryError(Exception):
    """The glossary file is missing or malformed."""


@lru_cache(maxsize=1 << 16)  # concept terms are normalised again for every question: once is enough
def _norm(text: str) -> str:
    # "The party's scarf" names what "party scarf" does: a possessive is dropped on both sides.
    return " " + " ".join(re.findall(r"[0-9a-z]+", re.sub(r"['’]s\b", "", text.casefold()))) + " "


# An everyday phrase of three or more words still names its concept with a few words put inside it: "moved
# the annual small-business training" says "moved the training".
PHRASE_GAP = 3


@lru_cache(maxsize=1 << 16)
def _gapped(term: str) -> re.Pattern[str] | None:
    words = term.split()
    if len(words) < 3:
        return None
    gap = rf"(?: [0-9a-z]+){{0,{PHRASE_GAP}}}? "
    return re.compile(" " + gap.join(re.escape(w) for w in words) + " ")


def _loose(t: str, q: str) -> list[tuple[int, int]]:
    """Where the normalised query says the normalised phrase ``t`` with at most PHRASE_GAP words inside it."""
    rx = _gapped(t)
    if rx is None:
        return []
    out = []
    first = " " + t.split()[0] + " "
    at = q.find(first)
    while at >= 0:
        m = rx.match(q, at)
        if m and len(m.group(0).split()) - len(t.split()) <= PHRASE_GAP:
            out.append(m.span())
        at = q.find(first, at + 1)
    return out


def _said(term: str, q: str, everyday: bool = True) -> bool:
    """Whether the normalised query says the term; an everyday phrase (English or a cue) also with words
    inside it, at most PHRASE_GAP in all."""
    t = _norm(term)
    return t in q or (everyday and bool(_loose(t, q)))


@lru_cache(maxsize=4)
def load_glossary(path: str | None = None) -> tuple[Concept, ...]:
    """The glossary's concepts (cached)."""
    file = Path(path) if path else GLOSSARY_FILE
    try:
        data = yaml.safe_load(file.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise GlossaryError(f"{file}: cannot read glossary: {exc}") from exc
    concepts = []
    for n, item in enumerate((data or {}).get("concepts") or [], start=1):
        if not isinstance(item, dict) or not item.get("id"):
            raise GlossaryError(f"{file}: concept {n} needs an 'id' list")
        concepts.append(
            Concept(
                en=tuple(str(t).lower() for t in item.get("en") or ()),
                id=tuple(str(t) for t in item["id"]),
                cues=tuple(str(t).lower() for t in item.get("cues") or ()),
            )
        )
    narrative = tuple(str(t).lower() for t in (data or {}).get("narrative") or ())
    if narrative:
        concepts.append(Concept(en=narrative, id=()))
    return tuple(concepts)


def _unclaimed(q: str, concepts: tuple[Concept, ...]) -> str:
    """The normalised query without the phrases a hand-written concept renders (cut at each phrase)."""
    for c in concepts:
        if not c.learned:
            for t in (*c.en, *c.cues):
                q = q.replace(_norm(t), " | ")
                for a, b in reversed(_loose(_norm(t), q)):
                    q = q[:a] + " | " + q[b:]
    return q


def _overridden(c: Concept, q: str, rest: str) -> bool:
    """A learned concept named only by English words inside phrases a hand-written concept renders.

    The glossary says what "civil servant" means (pns, pegawai asn); the words' co-occurrence in the
    corpus adds associations ("sumpah") that would only pull the question off its meaning. A word
    the question uses elsewhere too ("district" beside "sub-district head") still names its concept.
    """
    if not c.learned or any(_norm(t) in q for t in c.id):
        return False
    return any(_said(t, q) for t in c.en) and not any(_said(t, rest) for t in c.en)


def expansions(query: str, concepts: tuple[Concept, ...] | None = None) -> list[str]:
    """Indonesian terms the query implies and does not already contain (in glossary order)."""
    q = _norm(query)
    concepts = concepts if concepts is not None else load_glossary()
    rest = _unclaimed(q, concepts)
    out: list[str] = []
    for c in concepts:
        named = any(_norm(t) in q for t in c.id) or any(_said(t, q) for t in (*c.en, *c.cues))
        if not named or _overridden(c, q, rest):
            continue
        for term in c.id:
            if _norm(term) not in q and term not in out:
                out.append(term)
    return out


def everyday_expansions(query: str, concepts: tuple[Concept, ...] | None = None) -> list[str]:
    """The Indonesian terms of hand-written concepts a query names only in everyday or English words
    ("minibus kantor" for fasilitas negara): the question does not say them itself, so they carry its
    meaning as they do for an English question."""
    q = _norm(query)
    concepts = concepts if concepts is not None else load_glossary()
    out: list[str] = []
    for c in concepts:
        if c.learned or not c.id or any(_norm(t) in q for t in c.id):
            continue
        if any(_said(t, q) for t in (*c.en, *c.cues)):
            out.extend(t for t in c.id if t not in out)
    return out


def matched_concepts(
    query: str, concepts: tuple[Concept, ...] | None = None, learned_by_id: bool = True
) -> list[tuple[Concept, set[str]]]:
    """The concepts a query names, each with the query words its matching phrases cover.

    ``learned_by_id=False``: a learned concept is named by its English words only (where a loose
    association must not count as the question's meaning, e.g. whether a hit supports an answer).
    """
    q = _norm(query)
    concepts = concepts if concepts is not None else load_glossary()
    rest = _unclaimed(q, concepts)
    out = []
    for c in concepts:
        if not c.id or _overridden(c, q, rest):
            continue
        covered: set[str] = set()
        for t in c.en if (c.learned and not learned_by_id) else (*c.en, *c.id, *c.cues):
            if _said(t, q, everyday=t not in c.id):
                covered.update(_norm(t).split())
        if covered:
            out.append((c, covered))
    return out
