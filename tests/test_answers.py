"""Tests for kg.answers (answer cards)."""

import pytest
from _search_synthetic import synthetic_store
from pydantic import ValidationError
from typer.testing import CliRunner

from kg.answers import AnswerCard, ask, render_card
from kg.search import SearchError
from kg.search.encoders import load_encoder


@pytest.fixture()
def store(tmp_path):
    return synthetic_store(tmp_path)


def test_card_names_the_prohibition_and_the_sanction_that_rests_on_it(store):
    card = ask(
        store, "sanksi pegawai sintetis yang kampanye dengan fasilitas negara", encoder=load_encoder("hash")
    )
    assert isinstance(card, AnswerCard) and card.supported
    prohibitions = {i.id: i for i in card.prohibitions}
    assert "pp-90-2030/pasal-3/huruf-b/angka-2" in prohibitions
    item = prohibitions["pp-90-2030/pasal-3/huruf-b/angka-2"]
    assert item.citation == "PP No. 90 Tahun 2030, Pasal 3 huruf b angka 2"
    assert item.status == "in force" and not item.is_summary and "fasilitas negara" in item.snippet
    sanctions = {i.id: i for i in card.sanctions}
    assert "pp-90-2030/pasal-4" in sanctions
    assert sanctions["pp-90-2030/pasal-4"].regime == "discipline"
    text = render_card(card)
    assert "Prohibitions:" in text and "Sanctions by regime:" in text and "Pasal 4" in text


def test_every_cited_id_is_in_the_store(store):
    card = ask(store, "civil servant campaign with state facilities", encoder=load_encoder("hash"))
    assert card.supported
    for pid in card.cited_ids():
        doc, prov = store.provision(pid)
        assert prov is not None


def test_unsupported_question_says_so_and_cites_nothing(store):
    card = ask(store, "resep rendang padang yang enak", encoder=load_encoder("hash"))
    assert not card.supported and card.cited_ids() == []
    assert "Nothing in the store supports" in card.message


def test_card_is_frozen_and_bad_questions_refused(store):
    card = ask(store, "hadiah dari pemasok", encoder=load_encoder("hash"))
    with pytest.raises(ValidationError):
        card.question = "other"  # frozen record
    with pytest.raises(SearchError):
        ask(store, "   ", encoder=load_encoder("hash"))


def test_kg_ask_cli_text_and_json(store):
    from kg.cli import app

    runner = CliRunner()
    r = runner.invoke(app, ["index", "--store", str(store.path), "--model", "none"])
    assert r.exit_code == 0, r.output
    r = runner.invoke(app, ["ask", "pegawai dilarang menerima hadiah", "--store", str(store.path), "--json"])
    assert r.exit_code == 0, r.output
    assert '"pp-90-2030/pasal-3/huruf-a"' in r.stdout
    r = runner.invoke(app, ["ask", "", "--store", str(store.path)])
    assert r.exit_code == 2 and "empty" in r.output
