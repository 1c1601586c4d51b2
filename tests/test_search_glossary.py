"""Tests for kg.search.glossary."""

import pytest

from kg.search.glossary import Concept, GlossaryError, expansions, load_glossary


def test_shipped_glossary_maps_english_to_indonesian():
    terms = expansions("penalty for a civil servant who joins a campaign")
    assert "kampanye" in terms
    assert "sanksi" in terms and "hukuman disiplin" in terms
    assert "pns" in terms and "pegawai asn" in terms


def test_indonesian_synonyms_expand_but_present_terms_are_not_repeated():
    terms = expansions("sanksi pns")
    assert "pegawai asn" in terms and "pns" not in terms and "sanksi" not in terms


def test_unrelated_query_gets_nothing():
    assert expansions("resep kue lapis") == []


def test_custom_concepts_and_word_boundaries():
    concepts = (Concept(en=("car",), id=("mobil dinas",)),)
    assert expansions("official car", concepts) == ["mobil dinas"]
    assert expansions("carpet", concepts) == []


def test_every_shipped_concept_has_indonesian_terms_but_the_words_of_narration():
    concepts = load_glossary()
    assert len(concepts) >= 30 and sum(1 for c in concepts if not c.id) == 1
    narration = next(c for c in concepts if not c.id)
    assert "says" in narration.en and expansions("he says he was only there") == []


def test_words_of_narration_silence_what_the_lexicon_learned_of_them():
    from kg.search.glossary import matched_concepts

    concepts = (Concept(en=("says",), id=("mendengar",), learned=True), Concept(en=("says",), id=()))
    assert expansions("he says so", concepts) == []
    assert matched_concepts("he says so", concepts) == []


def test_malformed_glossary_is_a_clear_error(tmp_path):
    f = tmp_path / "synthetic_glossary.yaml"
    f.write_text("concepts:\n  - en: [x]\n", encoding="utf-8")
    with pytest.raises(GlossaryError, match="needs an 'id' list"):
        load_glossary(str(f))


def test_a_hand_written_phrase_overrides_what_the_lexicon_learned_of_its_words():
    concepts = (
        Concept(en=("synthetic servant",), id=("pegawai sintetis",)),
        Concept(en=("servant",), id=("sumpah",), learned=True),
        Concept(en=("district",), id=("kabupaten",), learned=True),
        Concept(en=("sub district head",), id=("camat",)),
    )
    assert expansions("a synthetic servant joins a rally", concepts) == ["pegawai sintetis"]
    # a word the question uses outside the phrase too still names what was learned of it
    assert expansions("a district office finds a sub-district head", concepts) == ["kabupaten", "camat"]
    assert expansions("a servant of the district", concepts) == ["sumpah", "kabupaten"]


def test_matched_concepts_leave_out_overridden_learned_concepts():
    from kg.search.glossary import matched_concepts

    concepts = (
        Concept(en=("synthetic servant",), id=("pegawai sintetis",)),
        Concept(en=("servant",), id=("sumpah",), learned=True),
    )
    assert [c.id for c, _ in matched_concepts("a synthetic servant", concepts)] == [("pegawai sintetis",)]


@pytest.mark.parametrize(
    ("query", "term"),
    [
        ("still in his full Korpri uniform", "atribut pns"),
        ("he lent out the office's tent and chairs", "meminjamkan"),
        ("he lent out the office's tent and chairs", "fasilitas negara"),
        ("a circular that plainly favoured one ticket", "menguntungkan"),
        ("a circular that plainly favoured one ticket", "surat edaran"),
        ("a circular that plainly favoured one ticket", "pasangan calon"),
        ("put me forward as a would-be candidate", "bakal calon"),
        ("gives him only a verbal warning", "teguran lisan"),
        ("an administrator-level post", "jabatan administrator"),
        ("Once the ethics council has ruled", "majelis kode etik"),
        ("reshuffled several agency heads", "penggantian pejabat"),
        ("can he be taken off his post for the time being", "pembebasan sementara"),
        ("a civil servant who took sides in an election", "memihak"),
        ("the district public-works chief", "pekerjaan umum"),
    ],
)
def test_everyday_english_reaches_the_statutory_term(query, term):
    assert term in expansions(query)


def test_a_plain_candidate_is_not_a_would_be_candidate_or_a_contestant():
    terms = expansions("a candidate for regent")
    assert "calon" in terms and "bakal calon" not in terms and "peserta pemilu" not in terms


def test_an_everyday_cue_names_its_concept_but_is_never_added(tmp_path):
    f = tmp_path / "synthetic_glossary.yaml"
    f.write_text(
        "concepts:\n"
        "  - en: [party insignia]\n"
        "    id: [atribut partai, kaos partai]\n"
        "  - en: [campaign shirt]\n"
        "    cues: [kaos sintetis, rompi sintetis]\n"
        "    id: [atribut partai]\n",
        encoding="utf-8",
    )
    concepts = load_glossary(str(f))
    assert expansions("PNS pakai kaos sintetis ke kampanye", concepts) == ["atribut partai"]
    # Naming the statutory term adds its synonyms, never the everyday cues of another concept.
    got = expansions("PNS memakai atribut partai", concepts)
    assert "kaos partai" in got and not {"kaos sintetis", "rompi sintetis"} & set(got)
