"""Tests for kg.search.units."""

from _search_synthetic import synthetic_beir_store, synthetic_store

from kg.search.units import Unit, corpus_hash, store_units


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
