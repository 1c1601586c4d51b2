"""The bilingual lexicon learned from the corpus's own Indonesian/English pairs (kg/search/lexicon.py)."""

from __future__ import annotations

from kg.search.glossary import expansions, matched_concepts
from kg.search.lexicon import corpus_concepts, learn_concepts, parallel_pairs, stem_en, store_concepts

# Synthetic pairs in the shape of our summaries (made up for the test; no statute wording).
SYNTHETIC_PAIRS = [
    ("kepala desa dilarang menjadi pelaksana kampanye", "a village head may not be a campaign organiser"),
    ("kepala desa wajib bersikap netral", "a village head must stay neutral"),
    ("perangkat desa dilarang ikut kampanye", "village officials may not join a campaign"),
    (
        "PNS dilarang memakai seragam dinas saat kampanye",
        "a civil servant may not wear the service uniform at a campaign",
    ),
    ("seragam dinas tidak boleh dipakai", "the service uniform must not be worn"),
    ("hukuman disiplin berat bagi PNS", "a heavy disciplinary penalty for a civil servant"),
]


def test_stem_en_joins_inflections_and_leaves_short_words():
    assert stem_en("campaigns") == stem_en("campaigning") == stem_en("campaign") == "campaign"
    assert stem_en("penalties") == "penalty"
    assert stem_en("bus") == "bus"
    assert stem_en("process") == "process"


def test_learned_concepts_align_english_words_with_their_indonesian_renderings():
    concepts = {c.en: c for c in learn_concepts(SYNTHETIC_PAIRS)}
    village = next(c for en, c in concepts.items() if "village" in en)
    assert village.id[0] == "desa"
    uniform = next(c for en, c in concepts.items() if "uniform" in en)
    assert "seragam" in uniform.id
    assert all(c.learned for c in concepts.values())
    # Function words are never aligned.
    assert not any("the" in en or "may" in en for en in concepts)


def test_a_word_seen_once_is_not_aligned():
    concepts = learn_concepts(SYNTHETIC_PAIRS)
    assert not any("heavy" in c.en for c in concepts)


def test_an_english_word_that_is_indonesian_too_is_not_a_learned_phrasing():
    pairs = [("PNS dilarang kampanye", "PNS may not campaign"), ("PNS wajib netral", "PNS must stay neutral")]
    assert not any("pns" in c.en for c in learn_concepts(pairs))


def test_learned_concepts_expand_english_questions_and_not_indonesian_ones():
    concepts = learn_concepts(SYNTHETIC_PAIRS)
    assert "desa" in expansions("Can a village head campaign?", concepts)
    # Named by an Indonesian word, a learned concept widens retrieval but not a hit's support.
    assert matched_concepts("kepala desa ikut kampanye", concepts)
    assert not matched_concepts("kepala desa ikut kampanye", concepts, learned_by_id=False)


def test_parallel_pairs_walk_nested_records_and_lists():
    from pydantic import BaseModel

    class Inner(BaseModel):
        scope_id: str
        scope_en: str

    class Record(BaseModel):
        act_id: str
        act_en: str
        effects_id: list[str]
        effects_en: list[str]
        powers: list[Inner]

    class Bundle(BaseModel):
        norms: tuple[Record, ...]

    rec = Record(
        act_id="ikut kampanye",
        act_en="join a campaign",
        effects_id=["diberhentikan"],
        effects_en=["dismissed"],
        powers=[Inner(scope_id="menerima laporan", scope_en="receives reports")],
    )
    pairs = parallel_pairs(Bundle(norms=(rec,)))
    assert ("ikut kampanye", "join a campaign") in pairs
    assert ("diberhentikan", "dismissed") in pairs
    assert ("menerima laporan", "receives reports") in pairs


def test_no_corpus_means_the_glossary_alone():
    from kg.search.glossary import load_glossary

    assert corpus_concepts(None) == ()
    assert store_concepts(None) == load_glossary()


def test_the_shipped_corpus_teaches_words_the_glossary_lacks():
    from kg.corpus import load_corpus

    learned = corpus_concepts(load_corpus("corpus"))
    by_word = {w: c for c in learned for w in c.en}
    assert "desa" in by_word["village"].id
    assert corpus_concepts(load_corpus("corpus")) == learned


def test_a_norm_answering_only_when_its_words_are_named_teaches_no_association():
    from pydantic import BaseModel

    class Conditions(BaseModel):
        needs: list[str] = []

    class Norm(BaseModel):
        act_id: str
        act_en: str
        conditions: Conditions = Conditions()

    class Bundle(BaseModel):
        norms: tuple[Norm, ...]

    core = Norm(act_id="memakai motor dinas untuk kampanye", act_en="use a service motorbike for a campaign")
    general = Norm(
        act_id="tidak mempersulit pelayanan warga",
        act_en="not make a public service hard for residents",
        conditions=Conditions(needs=["pelayanan", "public service"]),
    )
    pairs = parallel_pairs(Bundle(norms=(core, general)))
    assert (core.act_id, core.act_en) in pairs
    assert (general.act_id, general.act_en) not in pairs
