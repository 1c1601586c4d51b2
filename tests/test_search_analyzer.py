"""Tests for kg.search.analyzer."""

from kg.search.analyzer import PROTECTED_TERMS, Analyzer


def test_protected_legal_terms_are_not_over_stemmed():
    a = Analyzer()
    assert a.stem("peraturan") == "peraturan"
    assert a.stem("pengadaan") == "pengadaan"
    assert a.stem("pengadilan") != a.stem("keadilan")  # court is not fairness
    assert {"peraturan", "pengadaan", "hukuman"} <= PROTECTED_TERMS


def test_ordinary_words_are_stemmed_and_cached():
    a = Analyzer()
    assert a.stem("pelanggaran") == "langgar"
    assert a.stem("perceraian") == "cerai"
    assert "pelanggaran" in a._cache


def test_stopwords_dropped_but_legal_keep_words_stay():
    a = Analyzer()
    words = a.words("Yang memihak kepada salah satu pihak adalah PNS")
    assert "yang" not in words and "adalah" not in words and "kepada" not in words
    assert "memihak" in words and "pihak" in words and "pns" in words


def test_english_function_words_dropped_and_case_folded():
    assert Analyzer().words("The Civil Servant IS neutral") == ["civil", "servant", "neutral"]


def test_searchable_words_detects_other_scripts():
    a = Analyzer()
    assert not a.has_searchable_words("公务员竞选")
    assert not a.has_searchable_words("   ---  ")
    assert a.has_searchable_words("PNS 公务员")


def test_without_stemming_terms_are_plain_words():
    assert Analyzer(stem=False).terms("pelanggaran disiplin") == ["pelanggaran", "disiplin"]


def test_chat_verb_forms_stem_to_the_formal_root():
    a = Analyzer()
    # ng-/nge-/ny- for the formal prefix, -in for -kan/-i: the root the formal form stems to
    for chat, formal in (
        ("ngajakin", "mengajak"),
        ("nyebarin", "menyebarkan"),
        ("nyoblos", "mencoblos"),
        ("ngedukung", "mendukung"),
        ("ngumpulin", "mengumpulkan"),
        ("ngasih", "kasih"),
    ):
        assert a.terms(chat) == a.terms(formal), chat
    # an appeal ("ajakan") is what one invites people to do, not "aja" ("only")
    assert a.terms("ajakan") == a.terms("mengajak")
    # words Sastrawi already stems, or knows, and English words ending in -in keep their reading
    assert a.terms("bermain") == ["main"]
    assert a.terms("ngeri") == ["ngeri"]
    assert a.terms("remain") == ["remain"]
