"""Fidelity of the shipped corpus to the official texts in ../shared/corpus-raw (skipped where absent).

Three promises of issue 3: every provision id a checked record names exists in the parsed official
text; every number in a summary appears in that provision's official text (the provision and its
descendants, or the wording an amending act gave it); no corpus file shares a run of 12 words with
the official texts or the founding article.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
from conftest import CORPUS_RAW, SHARED, needs_shared

from kg.corpus import CorpusBundle, KeyProvision, load_corpus
from kg.ids import doc_of

REPO = Path(__file__).resolve().parents[1]
SEED = SHARED / "seed"
NGRAM = 12

pytestmark = needs_shared


def words(text: str) -> list[str]:
    """The words of the 12-gram rule: lowercase runs of [a-z0-9]."""
    return re.findall(r"[a-z0-9]+", text.lower())


def ngrams(ws: list[str], n: int = NGRAM) -> set[tuple[str, ...]]:
    return {tuple(ws[i : i + n]) for i in range(len(ws) - n + 1)}


def numbers(text: str) -> set[str]:
    """Numbers as values: 'Rp6.000.000,00', 'Rp6,000,000' and '6000000' are one number; '25%' is 25."""
    out = set()
    for m in re.finditer(r"\d[\d.,]*\d|\d", text):
        token = re.sub(r",00$", "", m.group()).replace(".", "").replace(",", "")
        out.add(token.lstrip("0") or "0")
    return out


def test_numbers_normalise_rupiah_and_percent() -> None:
    assert numbers("denda Rp6.000.000,00 dan 25% selama 12 bulan") == {"6000000", "25", "12"}
    assert numbers("a fine of Rp6,000,000") == {"6000000"}


@cache
def shipped() -> CorpusBundle:
    return load_corpus(REPO / "corpus")


@cache
def parsed() -> dict:
    """Every official text in corpus-raw, parsed by the ingest pipeline, by document id."""
    from ingest.pipeline import ingest_file

    docs = {}
    for f in sorted(CORPUS_RAW.glob("*.md")):
        if f.name == "MANIFEST.md":
            continue
        for doc in ingest_file(f):
            docs[doc.id] = doc
    return docs


def official_text(p: KeyProvision) -> str | None:
    """The official wording a key provision summarises (with descendants), or None when not found."""
    docs = parsed()
    if p.as_amended_by:
        amending = docs.get(p.as_amended_by)
        if amending is None:
            return None
        parts = [
            np.text
            for a in amending.amendments
            for np in a.new_provisions
            if np.id == p.id or np.id.startswith(p.id + "/")
        ]
        return " ".join(parts) if parts else None
    doc = docs.get(doc_of(p.id))
    if doc is None:
        return None
    parts = [
        x.text + " " + (x.heading or "")
        for x in doc.provisions
        if x.id == p.id or x.id.startswith(p.id + "/")
    ]
    # An amending act's instruction ("Pasal I angka 26") carries its new wording in the amendment record.
    parts += [
        a.instruction + " " + a.new_text
        for a in doc.amendments
        if a.id == p.id or a.id.startswith(p.id + "/")
    ]
    return " ".join(parts) if parts else None


def checked_provisions() -> list[KeyProvision]:
    bundle = shipped()
    return [p for _, p in bundle.provisions() if bundle.is_checked(p.id)]


def test_corpus_files_share_no_12_word_run_with_official_texts_or_seed() -> None:
    sources = list(CORPUS_RAW.glob("*.md")) + list(SEED.glob("*.txt"))
    forbidden: set[tuple[str, ...]] = set()
    for f in sources:
        forbidden |= ngrams(words(f.read_text(encoding="utf-8", errors="ignore")))
    shared_runs = []
    for f in sorted((REPO / "corpus").glob("*.yaml")):
        ws = words(f.read_text(encoding="utf-8"))
        shared_runs += [f"{f.name}: {' '.join(g)}" for g in ngrams(ws) & forbidden]
    assert shared_runs == []


def test_checked_records_come_from_documents_at_hand() -> None:
    """A record flagged as checked must belong to a document whose text is in corpus-raw."""
    at_hand = {f.stem.removesuffix("-partial") for f in CORPUS_RAW.glob("*.md")}
    stray = [p.id for p in checked_provisions() if doc_of(p.id) not in at_hand]
    assert stray == []


@pytest.mark.slow
def test_every_checked_provision_id_exists_in_the_parsed_text() -> None:
    docs = parsed()
    missing = []
    for p in checked_provisions():
        doc = docs[doc_of(p.id)]
        known = {x.id for x in doc.provisions} | {a.id for a in doc.amendments}
        if p.as_amended_by:
            known |= {np.id for a in docs[p.as_amended_by].amendments for np in a.new_provisions}
        if p.id not in known:
            missing.append(p.id)
    assert missing == []


@pytest.mark.slow
def test_every_number_in_a_summary_is_in_the_official_text() -> None:
    wrong = {}
    for p in checked_provisions():
        text = official_text(p)
        assert text and text.strip(), f"no official text found for {p.id}"
        extra = (numbers(p.summary_id) | numbers(p.summary_en)) - numbers(text)
        if extra:
            wrong[p.id] = sorted(extra)
    assert wrong == {}


@pytest.mark.slow
def test_summaries_share_no_12_word_run_with_the_parsed_text() -> None:
    """The parsed text is cleaned (joined lines, fixed hyphenation), so check against it too."""
    forbidden: set[tuple[str, ...]] = set()
    for doc in parsed().values():
        for x in doc.provisions:
            forbidden |= ngrams(words(x.text + " " + (x.penjelasan or "")))
        for a in doc.amendments:
            forbidden |= ngrams(words(a.new_text))
        forbidden |= ngrams(words(doc.penjelasan_umum or ""))
    bundle = shipped()
    copied = [
        p.id
        for _, p in bundle.provisions()
        if ngrams(words(p.summary_id)) & forbidden or ngrams(words(p.summary_en)) & forbidden
    ]
    assert copied == []


@pytest.mark.slow
def test_every_number_in_a_sanction_and_its_range_is_in_its_provisions() -> None:
    bundle = shipped()
    wrong = {}
    for s in bundle.sanctions:
        if not bundle.all_checked(s.provisions):
            continue
        texts = [official_text(bundle.provision(ref)) or "" for ref in s.provisions if "/" in ref]
        stated = numbers(s.description_id) | numbers(s.description_en)
        if s.range is not None:  # fines in rupiah as written; imprisonment in months or whole years
            r = s.range
            stated |= {str(v) for v in (r.min_fine, r.max_fine) if v is not None}
            stated |= {
                str(m if m < 12 or m % 12 else m // 12) for m in (r.min_months, r.max_months) if m is not None
            }
        extra = stated - numbers(" ".join(texts))
        if extra:
            wrong[s.id] = sorted(extra)
    assert wrong == {}
