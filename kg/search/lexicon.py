"""A bilingual lexicon learned from the curated corpus: English words → the Indonesian words they render.

Every curated record carries the same statement twice, in Indonesian and English, in our own words
(``act_id``/``act_en``, ``summary_id``/``summary_en``, ``description_id``/``description_en`` …). Those
pairs are a small parallel corpus of the store's own domain; word co-occurrence across them (Dice
association) aligns an English word with the Indonesian words that render it ("village" → "desa",
"uniform" → "seragam"). The hand-written glossary (``glossary.py``) covers the concepts we thought of;
this covers every word our summaries use, so an English question is not limited to the glossary's words.
"""

from __future__ import annotations

import re
from collections import Counter

from pydantic import BaseModel

from kg.search.glossary import Concept, load_glossary

MIN_PAIRS = 2  # an English word must occur in at least this many pairs to be aligned
MIN_DICE = 0.35  # association an Indonesian word needs with the English one
MAX_RENDERINGS = 3  # Indonesian words kept per English word
RELATIVE_DICE = 0.75  # a second rendering needs this share of the best one's association
_WORD = re.compile(r"[a-z][a-z0-9-]*[a-z0-9]|[a-z]")

# Function words of English carry no conduct; they would align with whatever is frequent.
_EN_STOP = frozenset(
    """a an the of to in on at by for from with without into onto over under about as and or nor not no
    is are was were be been being has have had do does did can could may might must shall should will would
    this that these those it its their there here which who whom whose what when where while than then
    also only any all each every some such other another same own more most less least very so if
    his her he she they them we you your our one two three but yet still just even like how why whether
    until since during after before through between against both either neither per via up down out off
    because though although however within upon across again ever never now""".split()
)


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def stem_en(word: str) -> str:
    """A light English stem so "campaigns", "campaigning" and "campaign" meet (no library needed)."""
    for suffix, keep in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4 and not word.endswith("ss"):
            return word[: -len(suffix)] + keep
    return word


def parallel_pairs(bundle) -> list[tuple[str, str]]:
    """(Indonesian, English) text pairs from every record field that has both languages."""
    out: list[tuple[str, str]] = []

    def walk(obj) -> None:
        if isinstance(obj, BaseModel):
            fields = type(obj).model_fields
            for name in fields:
                value = getattr(obj, name)
                if name.endswith("_en") and name[:-3] + "_id" in fields:
                    other = getattr(obj, name[:-3] + "_id")
                    if isinstance(value, str) and isinstance(other, str):
                        out.append((other, value))
                    elif isinstance(value, list | tuple) and isinstance(other, list | tuple):
                        out.extend((i, e) for i, e in zip(other, value, strict=False) if i and e)
                elif isinstance(value, BaseModel | list | tuple):
                    walk(value)
        elif isinstance(obj, list | tuple):
            for item in obj:
                walk(item)

    for name in ("regulations", "institutions", "norms", "sanctions", "cases", "articles", "decisions"):
        records = getattr(bundle, name, ()) or ()
        if name == "norms":
            # A norm that answers only when the question names its words (a civil servant's general duties)
            # teaches no association: its glosses' everyday senses ("service" as the public served) would
            # displace the domain's ("service motorbike", an official one).
            records = [n for n in records if not getattr(getattr(n, "conditions", None), "needs", None)]
        walk(records)
    return [(i, e) for i, e in out if i and e and i.strip() != e.strip()]


def learn_concepts(pairs: list[tuple[str, str]]) -> tuple[Concept, ...]:
    """One concept per aligned English stem: its surface forms → its best Indonesian renderings."""
    id_vocab: set[str] = set()
    en_count: Counter[str] = Counter()
    id_count: Counter[str] = Counter()
    joint: Counter[tuple[str, str]] = Counter()
    forms: dict[str, set[str]] = {}
    from kg.search.analyzer import Analyzer

    stops = Analyzer().stopwords
    for id_text, en_text in pairs:
        ids = {w for w in _words(id_text) if w not in stops and len(w) > 1 and not w[0].isdigit()}
        id_vocab |= ids
        ens = set()
        for w in _words(en_text):
            if w in _EN_STOP or len(w) < 3 or w.isdigit():
                continue
            s = stem_en(w)
            ens.add(s)
            forms.setdefault(s, set()).add(w)
        en_count.update(ens)
        id_count.update(ids)
        joint.update((e, i) for e in ens for i in ids)
    best: dict[str, list[tuple[float, str]]] = {}
    for (e, i), c in joint.items():
        if c < MIN_PAIRS or en_count[e] < MIN_PAIRS:
            continue
        dice = 2 * c / (en_count[e] + id_count[i])
        if dice >= MIN_DICE:
            best.setdefault(e, []).append((dice, i))
    out = []
    for e, cands in sorted(best.items()):
        # A word that is Indonesian too (an abbreviation, "media", "program") names itself already.
        surface = tuple(sorted(w for w in forms[e] if w not in id_vocab))
        if not surface:
            continue
        cands.sort(key=lambda x: (-x[0], x[1]))
        # Renderings close to the best one only: the rest co-occur by accident of a few summaries.
        ranked = [i for d, i in cands[:MAX_RENDERINGS] if d >= RELATIVE_DICE * cands[0][0]]
        out.append(Concept(en=surface, id=tuple(ranked), learned=True))
    return tuple(out)


_LEARNED: dict[int, tuple[object, tuple[Concept, ...]]] = {}


def store_concepts(bundle) -> tuple[Concept, ...]:
    """The hand-written glossary, then what the store's curated corpus teaches (glossary only without one)."""
    return load_glossary() + corpus_concepts(bundle)


def corpus_concepts(bundle) -> tuple[Concept, ...]:
    """The concepts learned from a curated corpus bundle (none without one); cached per bundle."""
    if bundle is None:
        return ()
    # The store's loader hands back the same bundle object while its file is unchanged.
    hit = _LEARNED.get(id(bundle))
    if hit is not None and hit[0] is bundle:
        return hit[1]
    if len(_LEARNED) > 8:
        _LEARNED.clear()
    learned = learn_concepts(parallel_pairs(bundle))
    _LEARNED[id(bundle)] = (bundle, learned)
    return learned


__all__ = ["corpus_concepts", "learn_concepts", "parallel_pairs", "stem_en", "store_concepts"]
