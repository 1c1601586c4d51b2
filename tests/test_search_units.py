"""Tests for kg.search.units."""

import pytest
from _search_synthetic import synthetic_beir_store, synthetic_store

from kg.errors import CorpusInvalidError
from kg.search.units import Unit, corpus_dates, corpus_hash, store_units, summary_units


def test_a_pasal_unit_folds_its_parts_and_keeps_their_ids(tmp_path):
    units = {u.key: u for u in store_units(synthetic_store(tmp_path))}
    u = units["pp-90-2030/pasal-3"]
    assert u.citation == "PP No. 90 Tahun 2030, Pasal 3"
    assert "fasilitas negara" in u.text and "hadiah" in u.text
    assert "BAB II KEWAJIBAN DAN LARANGAN" in u.context
    assert "Disiplin Pegawai Sintetis" in u.title
    assert "netral" in u.penjelasan
    labels = {p.id: p.label for p in u.parts}
    assert labels["pp-90-2030/pasal-3/huruf-b/angka-2"] == "huruf b angka 2"
    assert "fasilitas negara" in u.lexical_text()


def test_beir_documents_are_one_unit_with_their_own_id(tmp_path):
    units = store_units(synthetic_beir_store(tmp_path))
    assert [u.id for u in units] == ["10", "11", "12", "12a"]
    assert all(u.kind == "beir" for u in units)


def test_amended_wording_is_a_dated_version_under_the_target_id(tmp_path):
    units = store_units(synthetic_store(tmp_path, amend=True))
    versions = [u for u in units if u.id == "pp-90-2030/pasal-1"]
    assert len(versions) == 2
    old = next(u for u in versions if u.version is None)
    new = next(u for u in versions if u.version == "pp-12-2031")
    assert old.valid_to == "2031-01-02" and new.valid_from == "2031-01-02"
    assert "cabang" in new.text and "cabang" not in old.text
    # the amending instruction itself is not indexed twice
    assert not any(u.id.startswith("pp-12-2031/pasal-i") for u in units)


def test_unit_json_round_trip_and_hash_changes_with_text(tmp_path):
    units = store_units(synthetic_store(tmp_path))
    assert [Unit.from_json(u.to_json()) for u in units] == units
    h = corpus_hash(units)
    from dataclasses import replace

    changed = [replace(units[0], text=units[0].text + " tambahan")] + units[1:]
    assert corpus_hash(changed) != h


def _corpus_store(tmp_path):
    from graph_fixtures import synthetic_store as graph_store

    return graph_store(tmp_path)


def test_curated_summaries_fill_in_provisions_and_gloss_the_official_text_beside_them(tmp_path):
    store = _corpus_store(tmp_path)
    official = {"pp-905-2021/pasal-20"}
    units = {u.id: u for u in summary_units(store, official)}
    # our words stay indexed beside the official text: they carry the English and everyday terms
    assert units["pp-905-2021/pasal-20"].glosses and "who imposes" in units["pp-905-2021/pasal-20"].text
    u = units["uu-906-2017/pasal-8"]
    assert u.is_summary and not u.glosses and u.kind == "summary" and u.key == "uu-906-2017/pasal-8#summary"
    assert "ringkasan sintetis jail" in u.text
    assert corpus_dates(store)["uu-906-2017"] == "2017-08-16"
    # a summary speaks from the day its regulation took effect, so a search dated before drops it
    assert u.valid_from == "2017-08-16"


def test_what_a_provisions_elucidation_adds_is_searched_with_its_summary(tmp_path):
    units = {u.id: u for u in summary_units(_corpus_store(tmp_path), set())}
    text = units["uu-906-2017/pasal-7"].text
    assert "rally organisers must not use office vans" in text and "whoever books the hall" in text


def test_no_curated_corpus_means_no_summaries_and_no_dates(tmp_path):
    from kg.store import Store

    store = Store(tmp_path / "store")
    assert summary_units(store, set()) == [] and corpus_dates(store) == {}


def test_a_damaged_corpus_bundle_is_an_error_naming_the_fix(tmp_path):
    store = _corpus_store(tmp_path)
    (store.path / "corpus" / "bundle.json").write_text('{"regulations": "not a list"}', encoding="utf-8")
    with pytest.raises(CorpusInvalidError, match="kg ingest corpus/"):
        summary_units(store, set())
    with pytest.raises(CorpusInvalidError):
        corpus_dates(store)


def test_a_failure_other_than_an_unreadable_bundle_is_not_swallowed(tmp_path, monkeypatch):
    import kg.search.units as units_module

    def broken(store):
        raise RuntimeError("synthetic failure")

    monkeypatch.setattr(units_module, "load_store_corpus", broken)
    with pytest.raises(RuntimeError, match="synthetic failure"):
        store_units(synthetic_store(tmp_path))
