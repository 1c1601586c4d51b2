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
    """Nor what a record says an elucidation adds. The parsed text is cleaned (joined lines, fixed
    hyphenation), so check against it too."""
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
        for said in (p.summary_id, p.summary_en, p.elucidation_id, p.elucidation_en)
        if said and ngrams(words(said)) & forbidden
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


# -- the legal review (../shared/facts/review.md): each finding fixed, and kept fixed by a rule -------------
def test_a_provision_read_by_a_court_says_so_and_its_norms_name_the_decision() -> None:
    """Finding 1: a reading a court gave must not be credited elsewhere (nor left unmentioned)."""
    bundle = shipped()
    missing = []
    for d in bundle.decisions:
        for r in d.rulings:
            if r.flag is None:
                continue
            kp = bundle.provision(r.provision)
            if kp is None or d.number not in (kp.note or ""):
                missing.append(f"{r.provision}: note does not name {d.number}")
            for n in bundle.norms_for_provision(r.provision):
                said = " ".join(filter(None, (n.note, n.conditions.other_en, n.conditions.other_id)))
                if d.number not in said:
                    missing.append(f"{n.id}: does not name {d.number}")
    assert missing == []
    assert "mk-41-puu-xii-2014" in {d.id for d in bundle.decisions}


def test_every_conflict_is_flagged_on_the_side_that_gives_way() -> None:
    """Finding 2: a penalty that a higher act overrides must say so where it is recorded."""
    from kg.graph.citator import conflicts

    bundle = shipped()
    found = conflicts(bundle)
    assert found, "the UU 20/2023 / PP 94/2021 conflict on heavy-breach dismissal is not found"
    for c in found:
        loser = next(
            s
            for s in c["sides"]
            if s["sanction"] and not set(s["provisions"]) <= set(c["prevailing_provisions"])
        )
        note = bundle.sanction(loser["sanction"]).note or ""
        assert "UU 20/2023" in note or c["prevails"] in note, loser["sanction"]


def test_criminal_penalties_name_whom_they_punish() -> None:
    """Findings 3, 4, 7: the subjects rule (kg validate) is only as good as the subjects recorded."""
    bundle = shipped()
    blind = [
        (s.id, p)
        for s in bundle.sanctions
        if s.regime == "criminal-election" and s.id != "sanction:uu-1-2015/pidana-pasal-190"
        for p in s.provisions
        if not (bundle.provision(p) and bundle.provision(p).subjects)
    ]
    assert blind == []
    assert bundle.provision("pp-94-2021/pasal-8/ayat-4").subjects == ["pns"]
    assert "kepala-daerah" in {
        a for n in bundle.norms if "sanction:uu-1-2015/pidana-pasal-188" in n.sanctions for a in n.addressees
    }


def test_incumbent_bans_run_as_long_as_the_provisions_say() -> None:
    """Finding 6: Pasal 71 ayat (2) and (3) run past the campaign; the period rule guards the norms."""
    bundle = shipped()
    for pid in ("uu-1-2015/pasal-71/ayat-2", "uu-1-2015/pasal-71/ayat-3"):
        assert "after" in bundle.provision(pid).periods
        for n in bundle.norms_for_provision(pid):
            assert not n.conditions.period or "after" in n.conditions.period, n.id


def test_kasn_is_not_shown_as_the_current_supervisor() -> None:
    """Finding 5: every power of KASN has an end, it has successors, and the MK 121 flag exists."""
    from kg.graph.citator import citator_flags

    bundle = shipped()
    kasn = bundle.institution("inst:kasn")
    assert all(p.valid_to or p.ended_by for p in kasn.powers)
    assert kasn.status.state != "active" and set(kasn.status.successors) == {"inst:bkn", "inst:kemenpanrb"}
    for inst in bundle.institutions:  # the rule: a body whose every power ended is not 'active'
        if inst.powers and all(p.valid_to or p.ended_by for p in inst.powers):
            assert inst.status.state != "active", inst.id
    assert citator_flags(bundle, "uu-20-2023/pasal-26/ayat-2/huruf-d")
    assert bundle.regulation("skb-2-2022").status.state == "unknown"


def test_the_former_discipline_regulations_powers_end_when_its_successor_took_effect() -> None:
    """PP 53/2010's powers hold only while it was in force; its split by post reaches the posts it names."""
    bundle = shipped()
    former = [(i, p) for i in bundle.institutions for p in i.powers if p.provision.startswith("pp-53-2010/")]
    assert len(former) > 40
    for inst, p in former:
        assert p.valid_to is not None and p.valid_to.isoformat() == "2021-08-30", (inst.id, p.provision)
        assert "pp-94-2021" in p.ended_by, (inst.id, p.provision)
    # Pasal 18 ayat (1) huruf a angka 6: the provincial PPK over an administrator (eselon III) in the province
    point = [p for _, p in former if p.provision == "pp-53-2010/pasal-18/ayat-1/huruf-a/angka-6"]
    assert point and "administrator" in point[0].offender_posts and "provinsi" in point[0].tiers


def test_the_imprecise_findings_stay_fixed() -> None:
    """Findings 8 to 16, one check each."""
    bundle = shipped()
    bengkulu = bundle.get("case:bengkulu-dinkes-2024")
    assert {
        "norm:uu-7-2017/larangan-asn-menjadi-tim-kampanye",
        "norm:uu-7-2017/larangan-kegiatan-keberpihakan",
    } <= set(bengkulu.norms)  # 8
    assert "non-permanent" in bengkulu.note
    assert "uu-6-2020" in bundle.regulation("uu-1-2015").amended_by  # 9
    assert "uu-7-2023" in bundle.regulation("uu-7-2017").amended_by
    gakkumdu = bundle.institution("inst:sentra-gakkumdu")  # 10
    assert "uu-7-2017/pasal-486" in {p.provision for p in gakkumdu.powers}
    general = bundle.norm("norm:uu-7-2017/larangan-keputusan-memihak-peserta")  # 11
    assert general.regime != "criminal-election" and not general.sanctions
    assert bundle.norm("norm:uu-7-2017/pidana-kepala-desa-memihak").addressees == ["kepala-desa"]
    atasan = bundle.institution("inst:atasan-langsung")  # 12
    assert "pp-94-2021/pasal-26/ayat-1" in {p.provision for p in atasan.powers}
    p36 = bundle.provision("pp-94-2021/pasal-36")  # 13
    assert "may recommend" not in p36.summary_en and "must coordinate" in p36.summary_en
    assert "visi" in bundle.provision("pp-94-2021/pasal-5/huruf-n/angka-1").summary_id  # 14
    kasn_provs = {p.provision for p in bundle.institution("inst:kasn").powers}  # 15
    assert {"uu-5-2014/pasal-30", "uu-5-2014/pasal-31/ayat-1/huruf-a"} <= kasn_provs
    everything = " ".join(f.read_text(encoding="utf-8") for f in (REPO / "corpus").glob("*.yaml"))
    assert "at every level" not in everything and "di semua tingkat" not in everything  # 16


def test_initials_only_authors_are_flagged_unverified() -> None:
    """The review's note on bibliographic records: each initials-only record carries its own flag."""
    initials = re.compile(r"^[A-Z][a-z]?\.")
    unflagged = [
        a.id
        for a in shipped().articles
        if any(initials.match(x) for x in a.authors) and "authors" not in a.unverified
    ]
    assert unflagged == []


def test_case_facts_do_not_follow_their_article_closely() -> None:
    """The review's note on the Bengkulu case: a fact must not track the article's sentence (8-word runs)."""
    article = ngrams(
        words((SEED / "000_1e361cd7be9bd657.txt").read_text(encoding="utf-8", errors="ignore")), 8
    )
    close = [
        f.statement_id[:60]
        for c in shipped().cases
        for f in c.facts
        if ngrams(words(f.statement_id), 8) & article
    ]
    assert close == []
