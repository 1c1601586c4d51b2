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


def test_every_shipped_concept_has_indonesian_terms():
    concepts = load_glossary()
    assert len(concepts) >= 30 and all(c.id for c in concepts)


def test_malformed_glossary_is_a_clear_error(tmp_path):
    f = tmp_path / "synthetic_glossary.yaml"
    f.write_text("concepts:\n  - en: [x]\n", encoding="utf-8")
    with pytest.raises(GlossaryError, match="needs an 'id' list"):
        load_glossary(str(f))
