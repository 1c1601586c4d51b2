"""Tests for kg.answers (answer cards)."""

import json
import re
from datetime import date
from types import SimpleNamespace

import pytest
from _search_synthetic import synthetic_store
from pydantic import ValidationError
from typer.testing import CliRunner

from kg import answers as A
from kg.answers import CARD_GROUPS, AnswerCard, ask, render_card
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


# -- answers that reason: parsed question, norms binding the actor, regimes, refusals ------------------
SYNTHETIC_CORPUS = """
regulations:
  - id: pp-90-2030
    jenis: pp
    nomor: "90"
    tahun: 2030
    judul: Disiplin Pegawai Sintetis
    title: Peraturan Pemerintah Nomor 90 Tahun 2030
    diundangkan: 2030-03-01
    status: {state: in_force}
    amended_by: [pp-12-2031]
    official_source: {issuer: synthetic test fixture}
    checked_against_text: false
    provisions:
      - id: pp-90-2030/pasal-1
        citation: "PP No. 90 Tahun 2030, Pasal 1"
        summary_id: definisi pegawai sintetis
        summary_en: synthetic employee defined
      - id: pp-90-2030/pasal-2/huruf-b
        citation: "PP No. 90 Tahun 2030, Pasal 2 huruf b"
        summary_id: hadir tepat waktu
        summary_en: be on time
      - id: pp-90-2030/pasal-3/huruf-a
        citation: "PP No. 90 Tahun 2030, Pasal 3 huruf a"
        summary_id: larangan hadiah
        summary_en: no gifts
      - id: pp-90-2030/pasal-3/huruf-b/angka-1
        citation: "PP No. 90 Tahun 2030, Pasal 3 huruf b angka 1"
        summary_id: larangan spanduk
        summary_en: no banners
      - id: pp-90-2030/pasal-3/huruf-b/angka-2
        citation: "PP No. 90 Tahun 2030, Pasal 3 huruf b angka 2"
        summary_id: larangan fasilitas
        summary_en: no state facilities
      - id: pp-90-2030/pasal-4
        citation: "PP No. 90 Tahun 2030, Pasal 4"
        summary_id: hukuman berat
        summary_en: heavy penalty
      - id: pp-90-2030/pasal-5
        citation: "PP No. 90 Tahun 2030, Pasal 5"
        summary_id: pencabutan
        summary_en: repeal
      - id: pp-90-2030/pasal-6
        citation: "PP No. 90 Tahun 2030, Pasal 6"
        summary_id: PP Nomor 3 Tahun 1999 tentang pegawai sintetis kuno dicabut dan dinyatakan tidak berlaku.
        summary_en: The synthetic 1999 regulation is repealed.
      - id: pp-90-2030/pasal-1/angka-1
        citation: "PP No. 90 Tahun 2030, Pasal 1 angka 1"
        summary_id: PS (Pegawai Sintetis) ialah orang yang bekerja pada instansi sintetis.
        summary_en: A PS is a person working for a synthetic agency.
      - id: pp-90-2030/pasal-1/angka-2
        citation: "PP No. 90 Tahun 2030, Pasal 1 angka 2"
        summary_id: Kode Etik Pegawai Sintetis didefinisikan sebagai pedoman sikap setiap pegawai sintetis.
        summary_en: The code of ethics of synthetic employees is a guide to their conduct.
      - id: pp-90-2030/pasal-7
        citation: "PP No. 90 Tahun 2030, Pasal 7"
        summary_id: Pelanggaran sebelum peraturan ini berlaku yang belum diperiksa ditangani menurutnya.
        summary_en: A breach before this regulation took effect and not yet examined is handled under it.
      - id: pp-90-2030/pasal-10
        citation: "PP No. 90 Tahun 2030, Pasal 10"
        summary_id: Gaji sintetis ditunda setahun.
        summary_en: The synthetic salary is deferred for a year.
      - id: pp-90-2030/pasal-11
        citation: "PP No. 90 Tahun 2030, Pasal 11"
        summary_id: Hukuman dalam Pasal 10 baru berlaku setelah peraturan gaji sintetis terbit.
        summary_en: The penalty of Pasal 10 applies only once the synthetic pay regulation is issued.
      - id: pp-90-2030/pasal-13
        citation: "PP No. 90 Tahun 2030, Pasal 13"
        summary_id: Sampai peraturan gaji terbit, hukuman dijatuhkan menurut Pasal 7 PP Nomor 10 Tahun 2020.
        summary_en: Until the synthetic pay regulation is issued, penalties are imposed under the 2020 one.
      - id: pp-90-2030/pasal-12
        citation: "PP No. 90 Tahun 2030, Pasal 12"
        summary_id: Ketentuan peraturan ini mutatis mutandis berlaku untuk calon PNS.
        summary_en: This regulation applies, with the necessary changes, to civil-service candidates.
      - id: pp-90-2030/pasal-8
        citation: "PP No. 90 Tahun 2030, Pasal 8"
        summary_id: Dewan Pengawas Sintetis dibentuk di setiap instansi sintetis.
        summary_en: A synthetic supervisory board is set up in every synthetic agency.
      - id: pp-90-2030/pasal-9
        citation: "PP No. 90 Tahun 2030, Pasal 9"
        summary_id: Tugas dewan pengawas sintetis.
        summary_en: The board's tasks.
      - id: pp-90-2030/pasal-9/huruf-a
        citation: "PP No. 90 Tahun 2030, Pasal 9 huruf a"
        summary_id: Dewan mengawasi netralitas pegawai sintetis.
        summary_en: The board supervises synthetic employees' neutrality.
  - id: pp-12-2031
    jenis: pp
    nomor: "12"
    tahun: 2031
    judul: Perubahan atas Disiplin Pegawai Sintetis
    title: Peraturan Pemerintah Nomor 12 Tahun 2031
    diundangkan: 2031-01-05
    status: {state: in_force}
    amends: [pp-90-2030]
    purpose_id: Mengubah beberapa ketentuan disiplin pegawai sintetis.
    purpose_en: Amends some synthetic discipline rules.
    official_source: {issuer: synthetic test fixture}
    checked_against_text: false
  - id: pp-10-2020
    jenis: pp
    nomor: "10"
    tahun: 2020
    judul: Disiplin Pegawai Sintetis Lama
    title: Peraturan Pemerintah Nomor 10 Tahun 2020
    diundangkan: 2020-05-04
    status: {state: repealed, by: pp-90-2030/pasal-5, since: 2030-03-01}
    official_source: {issuer: synthetic test fixture}
    checked_against_text: false
    provisions:
      - id: pp-10-2020/pasal-7
        citation: "PP No. 10 Tahun 2020, Pasal 7"
        summary_id: larangan lama
        summary_en: old ban
norms:
  - id: norm:pp-90-2030/larangan-hadiah
    kind: prohibition
    addressees: [pns]
    act_id: menerima hadiah dari pemasok
    act_en: accept gifts from suppliers
    provisions: [pp-90-2030/pasal-3/huruf-a]
    regime: discipline
  - id: norm:pp-90-2030/larangan-spanduk
    kind: prohibition
    addressees: [pns]
    act_id: memasang spanduk peserta di ruang kerja
    act_en: put up a contestant's banner at work
    provisions: [pp-90-2030/pasal-3/huruf-b/angka-1]
    regime: discipline
  - id: norm:pp-90-2030/larangan-fasilitas
    kind: prohibition
    addressees: [pns]
    act_id: memakai mobil dinas dan fasilitas negara untuk kampanye
    act_en: use an official car or state facilities for a campaign
    provisions: [pp-90-2030/pasal-3/huruf-b/angka-2]
    sanction_provisions: [pp-90-2030/pasal-4]
    regime: discipline
  - id: norm:pp-90-2030/larangan-partai-fasilitas
    kind: prohibition
    addressees: [partai-politik]
    act_id: memakai mobil dinas dan fasilitas negara untuk kampanye partai
    act_en: use official cars and state facilities for a party campaign
    provisions: [pp-90-2030/pasal-2/huruf-b]
    regime: administrative
  - id: norm:pp-10-2020/larangan-fasilitas-lama
    kind: prohibition
    addressees: [pns]
    act_id: memakai mobil dinas dan fasilitas negara untuk kampanye
    act_en: use an official car or state facilities for a campaign
    provisions: [pp-10-2020/pasal-7]
    regime: discipline
sanctions:
  - id: sanction:pp-90-2030/sedang/tunda-gaji
    regime: discipline
    kind: disciplinary
    level: sedang
    description_id: Gaji sintetis ditunda setahun
    description_en: Synthetic salary deferred for a year
    provisions: [pp-90-2030/pasal-10]
institutions:
  - id: inst:komisi-lama-sintetis
    name: Komisi Lama Sintetis
    name_en: Old Synthetic Commission
    abbreviation: KLS
    sources: [pp-10-2020/pasal-7]
    status:
      state: functions_transferred
      by: pp-90-2030/pasal-8
      since: 2030-03-01
      successors: [inst:dewan-pengawas-sintetis]
    powers:
      - kind: supervises
        scope_id: mengawasi netralitas pegawai sintetis
        scope_en: supervised the neutrality of synthetic employees
        provision: pp-10-2020/pasal-7
        ended_by: [pp-12-2031]
  - id: inst:dewan-pengawas-sintetis
    name: Dewan Pengawas Sintetis
    name_en: Synthetic Supervisory Board
    sources: [pp-90-2030/pasal-8]
    powers:
      - kind: supervises
        scope_id: mengawasi netralitas pegawai sintetis
        scope_en: supervises the neutrality of synthetic employees
        provision: pp-90-2030/pasal-9
      - kind: supervises
        scope_id: mengawasi netralitas pegawai sintetis
        scope_en: supervises the neutrality of synthetic employees
        provision: pp-90-2030/pasal-9/huruf-a
aliases:
  - id: alias:pp-90-2030
    regulation: pp-90-2030
    names_id: [PP Disiplin Sintetis]
    names_en: [synthetic discipline regulation]
  - id: alias:pp-10-2020
    regulation: pp-10-2020
    names_id: [PP Disiplin Sintetis, PP Disiplin Sintetis lama]
    names_en: [synthetic discipline regulation, old synthetic discipline regulation]
"""


def _curated_store(tmp_path, corpus_yaml: str, st=None):
    """A store (by default an empty one) with a synthetic curated corpus ingested into it."""
    from kg.corpus import ingest_corpus
    from kg.store import Store

    st = st if st is not None else Store(tmp_path / "store")
    folder = tmp_path / "synthetic_corpus"
    folder.mkdir()
    (folder / "synthetic_corpus.yaml").write_text(corpus_yaml, encoding="utf-8")
    ingest_corpus(folder, st)
    return st


_TITLES = {"pp": "Peraturan Pemerintah", "uu": "Undang-Undang"}


def _synthetic_act(doc_id: str, judul: str, diundangkan: str, status: str = "{state: in_force}") -> str:
    """A made-up act's record in a synthetic corpus, up to its provisions (which the fixture adds)."""
    jenis, nomor, tahun = doc_id.split("-")
    return f"""
  - id: {doc_id}
    jenis: {jenis}
    nomor: "{nomor}"
    tahun: {tahun}
    judul: {judul}
    title: {_TITLES[jenis]} Nomor {nomor} Tahun {tahun}
    diundangkan: {diundangkan}
    status: {status}
    official_source: {{issuer: synthetic test fixture}}
    checked_against_text: false
    provisions:
"""


@pytest.fixture()
def reasoning_store(tmp_path):
    return _curated_store(tmp_path, SYNTHETIC_CORPUS, synthetic_store(tmp_path / "store"))


def _ask(st, text):
    return ask(st, text, encoder=load_encoder("hash"))


def test_card_cites_the_norm_binding_the_actor_with_its_sanction(reasoning_store):
    card = _ask(reasoning_store, "PNS memakai mobil dinas untuk kampanye peserta lomba, apa sanksinya?")
    assert card.supported and card.parsed.actor == "pns" and card.parsed.intent == "sanction"
    prohibitions = [i.id for i in card.prohibitions]
    assert prohibitions[0] == "pp-90-2030/pasal-3/huruf-b/angka-2"
    assert "pp-90-2030/pasal-4" in [i.id for i in card.sanctions]
    # the party's norm shares the words but does not bind a civil servant
    assert "pp-90-2030/pasal-2/huruf-b" not in card.cited_ids()
    # the repealed predecessor is not today's answer
    assert "pp-10-2020/pasal-7" not in prohibitions


def test_english_question_gets_the_rule_the_indonesian_one_gets(reasoning_store):
    id_card = _ask(reasoning_store, "PNS memakai mobil dinas untuk kampanye, apa sanksinya?")
    en_card = _ask(
        reasoning_store, "What is the penalty for a civil servant who uses an official car for a campaign?"
    )
    assert en_card.parsed.lang == "en" and en_card.parsed.actor == "pns"
    assert en_card.prohibitions[0].id == id_card.prohibitions[0].id == "pp-90-2030/pasal-3/huruf-b/angka-2"


def test_the_actor_decides_which_norm_answers(reasoning_store):
    card = _ask(reasoning_store, "Partai politik memakai mobil dinas untuk kampanye partai")
    assert card.parsed.actor == "partai-politik"
    ids = [i.id for i in card.prohibitions]
    assert "pp-90-2030/pasal-2/huruf-b" in ids and "pp-90-2030/pasal-3/huruf-b/angka-2" not in ids


def test_named_repealed_regulation_is_answered_from_itself_marked_with_its_successor(reasoning_store):
    card = _ask(
        reasoning_store, "Menurut PP Disiplin Sintetis lama, bolehkah PNS memakai mobil dinas untuk kampanye?"
    )
    assert card.supported and [r.id for r in card.parsed.regulations] == ["pp-10-2020"]
    assert all(i.startswith("pp-10-2020") for i in [x.id for x in card.prohibitions])
    assert "pp-10-2020/pasal-7" in card.cited_ids()
    assert "repealed" in card.message and "PP No. 90 Tahun 2030" in card.message


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("Menurut UU 99/2099, apa sanksi PNS yang kampanye?", "is not in the store"),
        ("yang dan di atau ini itu", "no words that describe"),
        ("Quelle est la sanction pour un fonctionnaire qui fait campagne?", "neither Indonesian nor English"),
        ("Pada tahun 1950, apa sanksi PNS yang memakai mobil dinas?", "before every regulation"),
        (
            "Under PP 10/2020, in 2035, may a civil servant use an official car for a campaign?",
            "was repealed",
        ),
        ("Berapa tarif pajak progresif untuk mobil kedua di Jakarta?", "no tax law"),
    ],
)
def test_bad_input_says_what_was_understood_and_why_there_is_no_answer(reasoning_store, text, why):
    card = _ask(reasoning_store, text)
    assert not card.supported and card.cited_ids() == []
    assert why in card.message and "Understood:" in card.message


def test_a_date_before_every_act_asked_of_a_named_act_is_answered_from_the_acts_first_day(reasoning_store):
    # "September 2004 … under the 2004 ethics regulation?": the act came later, which is half the answer;
    # what it provides from its first day is the other half, not a refusal.
    card = _ask(
        reasoning_store,
        "Pada tahun 2019, menurut PP 10/2020, bolehkah PNS memakai mobil dinas untuk kampanye?",
    )
    assert card.supported and card.at == "2020-05-04"
    assert "pp-10-2020/pasal-7" in card.cited_ids()
    assert "after the date asked" in card.message and "did not apply then" in card.message


def test_kg_ask_json_keeps_its_fields_and_adds_the_parse_alternatives_and_conflicts(reasoning_store):
    from kg.cli import app

    runner = CliRunner()
    r = runner.invoke(app, ["index", "--store", str(reasoning_store.path), "--model", "none"])
    assert r.exit_code == 0, r.output
    r = runner.invoke(
        app, ["ask", "PNS memakai mobil dinas untuk kampanye", "--store", str(reasoning_store.path), "--json"]
    )
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    for key in (
        "question",
        "at",
        "supported",
        "message",
        "prohibitions",
        "sanctions",
        "authorities",
        "related",
    ):
        assert key in data
    assert (
        data["parsed"]["actor"] == "pns"
        and data["alternatives"] == []
        or isinstance(data["alternatives"], list)
    )
    assert isinstance(data["conflicts"], list) and data["parsed"]["lang"] == "id"


def test_kg_search_is_scoped_to_a_named_regulation(reasoning_store):
    from kg.answers import search

    hits = search(
        reasoning_store, "menurut PP 10/2020 mobil dinas fasilitas negara", encoder=load_encoder("hash")
    )
    assert hits and {h.doc_id for h in hits} == {"pp-10-2020"}
    hits = search(reasoning_store, "mobil dinas fasilitas negara", encoder=load_encoder("hash"))
    assert "pp-90-2030" in {h.doc_id for h in hits}


def test_kg_search_cli_uses_the_parser_scoping(reasoning_store):
    from kg.cli import app

    runner = CliRunner()
    args = ["--store", str(reasoning_store.path), "--model", "none", "--json"]
    r = runner.invoke(app, ["search", "menurut PP 10/2020 mobil dinas fasilitas negara", *args])
    assert r.exit_code == 0, r.output
    assert {h["doc_id"] for h in json.loads(r.stdout)["hits"]} == {"pp-10-2020"}


def test_render_groups_sanctions_by_regime_and_lists_alternatives():
    from kg.answers import CitedItem

    def item(pid, regime=None, note=""):
        return CitedItem(
            id=pid, citation=pid, status="in force", snippet="", is_summary=False, regime=regime, note=note
        )

    card = AnswerCard(
        question="synthetic",
        at=None,
        supported=True,
        message="done",
        sanctions=(item("pp-90-2030/pasal-4", "discipline"), item("uu-70-2030/pasal-9", "criminal-election")),
        alternatives=(item("pp-90-2030/pasal-3/huruf-b/angka-1", note="also consider: banners"),),
        conflicts=({"note": "synthetic conflict note"},),
    )
    text = render_card(card)
    assert text.index("  discipline:") < text.index("pp-90-2030/pasal-4") < text.index("  criminal-election:")
    assert "Also consider:" in text and "also consider: banners" in text
    assert "Conflicts between regulations:" in text and "synthetic conflict note" in text


def test_kg_search_leads_with_what_the_answer_rests_on(reasoning_store):
    from kg.answers import search

    hits = search(
        reasoning_store,
        "PNS memakai mobil dinas untuk kampanye, apa sanksinya?",
        encoder=load_encoder("hash"),
    )
    assert hits[0].pinpoint == "pp-90-2030/pasal-3/huruf-b/angka-2" and "answer" in hits[0].sources
    assert len({h.pinpoint for h in hits}) == len(hits)


def test_kg_search_follows_the_learned_result_order_when_shipped_and_the_cards_own_without(
    reasoning_store, monkeypatch
):
    text, enc = "PNS memakai mobil dinas untuk kampanye, apa sanksinya?", load_encoder("hash")
    q, cands = A.search_candidates(reasoning_store, text, encoder=enc)
    assert q.intent == "sanction" and cands[0].group == "prohibitions" and cands[0].lead_pos == 0
    assert any(c.group is None and c.plain_pos != 99 for c in cands)  # plain hits not on the card
    monkeypatch.setattr(A, "load_order", lambda: None)
    assert A.search(reasoning_store, text, encoder=enc)[0].pinpoint == cands[0].pinpoint

    class SyntheticOrder:  # prefers the plain search's order, the card's after
        def order(self, cands, intent, lang, named):
            ranked = sorted(cands, key=lambda c: (c.plain_pos, c.lead_pos))
            return [(-float(n), c) for n, c in enumerate(ranked)]

    monkeypatch.setattr(A, "load_order", SyntheticOrder)
    hits = A.search(reasoning_store, text, encoder=enc)
    ordered = [c.pinpoint for _, c in SyntheticOrder().order(cands, q.intent, q.lang, ())]
    # ... except that a point under an article listed before it goes after the rest
    under = [p for n, p in enumerate(ordered) if any(p.startswith(x + "/") for x in ordered[:n])]
    assert under and ordered.index(under[0]) < 10
    want = ([p for p in ordered if p not in under] + under)[:10]
    assert [h.pinpoint for h in hits] == want and [h.rank for h in hits] == list(range(1, len(want) + 1))
    score = {c.pinpoint: s for s, c in SyntheticOrder().order(cands, q.intent, q.lang, ())}
    assert [h.score for h in hits] == [score[p] for p in want]  # the model's scores
    assert {h.sources for h in hits if h.pinpoint not in {c.pinpoint for c in cands if c.group is None}} == {
        ("answer",)
    }


def test_a_definition_asked_is_ordered_among_the_cards_items_by_the_model_and_leads_without_it(
    reasoning_store, monkeypatch
):
    text, enc = "Apa yang dimaksud dengan pegawai sintetis?", load_encoder("hash")
    q, cands = A.search_candidates(reasoning_store, text, encoder=enc)
    defined = "pp-90-2030/pasal-1/angka-1"
    assert q.intent == "definition" and any(c.pinpoint == defined and c.group == "definitions" for c in cands)
    assert next(c for c in cands if c.pinpoint == defined).plain_pos == 0  # the plain hits lead with it
    monkeypatch.setattr(A, "load_order", lambda: None)
    assert A.search(reasoning_store, text, encoder=enc)[0].pinpoint == defined

    class LastDefinitionOrder:  # puts what the card defines last
        def order(self, cands, intent, lang, named):
            ranked = sorted(cands, key=lambda c: c.group == "definitions")
            return [(-float(n), c) for n, c in enumerate(ranked)]

    monkeypatch.setattr(A, "load_order", LastDefinitionOrder)
    assert defined not in [h.pinpoint for h in A.search(reasoning_store, text, k=2, encoder=enc)]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Siapa yang mengawasi netralitas pegawai sintetis?", "pp-90-2030/pasal-9/huruf-a"),
        ("Apakah PP 3/1999 masih berlaku?", "pp-90-2030/pasal-6"),
    ],
)
def test_kg_search_leads_with_what_answers_the_kind_of_question(reasoning_store, text, first):
    from kg.answers import search

    hits = search(reasoning_store, text, encoder=load_encoder("hash"))
    assert hits[0].pinpoint == first and "answer" in hits[0].sources


def _institution(inst_id, name, abbreviation=None, also_named=(), name_en=None, state="active"):
    """A made-up institution with the fields naming it, as the answers read them."""
    return SimpleNamespace(
        id=inst_id,
        name=name,
        abbreviation=abbreviation,
        also_named=list(also_named),
        name_en=name_en,
        status=SimpleNamespace(state=state),
    )


def test_a_body_is_named_by_its_english_name_and_asking_whether_its_power_still_holds_asks_its_status():
    from kg.answers import _asks_currency, _named_institutions
    from kg.question import parse_question

    gone = _institution(
        "inst:synthetic-k", "Komisi Sintetis", "KS", name_en="Synthetic Commission", state="dissolved"
    )
    bundle = SimpleNamespace(institutions=[gone], institution=lambda i: gone if i == gone.id else None)
    text = "Our handbook says the synthetic commission can ask the President to act. Is that still the law?"
    assert _named_institutions(bundle, text, english=True) == {"inst:synthetic-k"}
    assert _named_institutions(bundle, text) == set()  # a procedure's common words name no body
    assert _asks_currency(parse_question(text), bundle)
    assert not _asks_currency(
        parse_question("Can the synthetic commission ask the President to act?"), bundle
    )
    gone.status.state = "active"
    assert not _asks_currency(parse_question(text), bundle)


def test_a_named_rule_brings_the_penalties_our_records_give_its_breach():
    from kg.answers import _penalties_of

    norm = SimpleNamespace(
        provisions=["pp-90-2030/pasal-6", "pp-90-2030/pasal-6/huruf-h"],
        sanction_provisions=["pp-90-2030/pasal-15/ayat-1", "pp-90-2030/pasal-16"],
        regime="ethics",
    )
    other = SimpleNamespace(
        provisions=["pp-90-2030/pasal-6", "pp-90-2030/pasal-6/huruf-d"],
        sanction_provisions=["pp-90-2030/pasal-17"],
        regime="discipline",
    )
    corpus = SimpleNamespace(norms=[norm, other])
    assert _penalties_of(corpus, "pp-90-2030/pasal-6/huruf-h") == [
        ("pp-90-2030/pasal-15/ayat-1", "ethics"),
        ("pp-90-2030/pasal-16", "ethics"),
    ]
    # a point no norm lists brings nothing
    assert _penalties_of(corpus, "pp-90-2030/pasal-6/huruf-a") == []
    assert _penalties_of(None, "pp-90-2030/pasal-6/huruf-h") == []


def test_institutions_named_with_english_level_words():
    from kg.answers import _named_institutions

    kab = _institution("inst:synthetic-kab", "Bawaslu Kabupaten/Kota")
    ri = _institution("inst:synthetic-ri", "Badan Pengawas Sintetis", "Bawaslu")
    bundle = SimpleNamespace(institutions=[kab, ri])
    assert _named_institutions(bundle, "A district Bawaslu finds a breach") == {"inst:synthetic-kab"}
    assert _named_institutions(bundle, "Bawaslu kabupaten menemukan") == {"inst:synthetic-kab"}
    assert _named_institutions(bundle, "Bawaslu finds a breach") == {"inst:synthetic-ri"}


def test_either_member_of_a_paired_name_names_the_body():
    from kg.answers import _named_institutions

    kab = _institution("inst:synthetic-kab", "Pengawas Sintetis Kabupaten/Kota")
    desa = _institution("inst:synthetic-desa", "Pengawas Sintetis Kelurahan/Desa", "PKS")
    bundle = SimpleNamespace(institutions=[kab, desa])
    assert _named_institutions(bundle, "pengawas sintetis kota menemukan") == {"inst:synthetic-kab"}
    assert _named_institutions(bundle, "pengawas sintetis desa menemukan") == {"inst:synthetic-desa"}


def test_a_body_is_named_by_what_people_call_it_besides():
    from kg.answers import _asking_body, _named_institutions

    kec = _institution("inst:synthetic-kec", "Pengawas Sintetis Kecamatan", "PSK", ["Wascam"])
    bundle = SimpleNamespace(institutions=[kec])
    assert _named_institutions(bundle, "Wascam menemukan") == {"inst:synthetic-kec"}
    assert _asking_body(bundle, "Kami Wascam. Pengawas desa kami melapor.") == {"inst:synthetic-kec"}
    # an everyday English name, its level word read as the question's is ("district" as "kabupaten kota")
    kab = _institution("inst:synthetic-kab", "Pengawas Sintetis Kabupaten/Kota", None, ["regency watchdogs"])
    bundle = SimpleNamespace(institutions=[kec, kab])
    assert _named_institutions(bundle, "The district watchdogs decide it") == {"inst:synthetic-kab"}


@pytest.mark.parametrize(
    "text, asker",
    [
        ("Saya anggota Pengawas Sintetis Kecamatan. Warga lapor ada guru kampanye.", {"inst:synthetic-kec"}),
        ("Kami Pengawas Sintetis Kabupaten, pilkada 2031. Laporan masuk.", {"inst:synthetic-kab"}),
        ("Sebagai PSK, temuan ini saya teruskan ke mana?", {"inst:synthetic-kec"}),
        ("Pengawas Sintetis Kabupaten here. Our finding concerns a teacher.", {"inst:synthetic-kab"}),
        ("I'm a member of the sub-district panel (Pengawas Sintetis Kecamatan).", {"inst:synthetic-kec"}),
        # Whom the asker turns to or speaks of is not who asks.
        ("Saya lapor ke Pengawas Sintetis Kabupaten kemarin.", set()),
        ("We filed a report with the Pengawas Sintetis Kabupaten about a teacher.", set()),
        ("Pengawas Sintetis Kabupaten kirim rekomendasi ke bupati.", set()),
    ],
)
def test_the_body_asking_of_its_own_powers_is_read_from_who_the_asker_says_they_are(text, asker):
    from kg.answers import _asking_body

    kec = _institution("inst:synthetic-kec", "Pengawas Sintetis Kecamatan", "PSK")
    kab = _institution("inst:synthetic-kab", "Pengawas Sintetis Kabupaten", "Synthetic district supervisor")
    assert _asking_body(SimpleNamespace(institutions=[kec, kab]), text) == asker


def test_powers_within_share_keep_the_asking_bodys_and_share_places_between_elections():
    from kg.answers import MAX_POWERS, _within_share

    def power(pid, weight, elections=()):
        return SimpleNamespace(id=pid, w=weight, norm=SimpleNamespace(elections=elections))

    found = [
        power("general-1", 1.0, ("pemilu",)),
        power("general-2", 0.95, ("pemilu",)),
        power("general-3", 0.9, ("pemilu",)),
        power("regional-1", 0.85, ("pilkada",)),
        power("general-4", 0.8, ("pemilu",)),
        power("asker-regional", 0.3, ("pilkada",)),
    ]
    one = SimpleNamespace(other_election=None)
    both = SimpleNamespace(other_election="pilkada")
    asker = {"asker-regional"}
    # The asking body's own power takes its place first, however far below the best: others' powers sharing
    # more words do not push it out.
    kept = _within_share(found, lambda m: m.w, lambda m: m.id in asker, one)
    assert [m.id for m in kept] == ["asker-regional", "general-1", "general-2", "general-3"][:MAX_POWERS]
    kept = _within_share(found, lambda m: m.w, lambda m: m.id in asker, both)
    assert [m.id for m in kept] == ["asker-regional", "general-1", "general-2", "regional-1"]
    # Below the share of the best, only the asking body's power stays.
    assert [m.id for m in _within_share(found[3:], lambda m: m.w, lambda m: False, one)] == [
        "regional-1",
        "general-4",
    ]


def test_support_is_measured_without_the_words_naming_date_and_regulation():
    from kg.answers import _asked
    from kg.question import parse_question

    q = parse_question("Pertengahan 2015, PNS mendaftar sebagai calon bupati")
    assert q.at is not None
    assert _asked(q) == ", PNS mendaftar sebagai calon bupati"


def test_a_question_naming_no_actor_election_or_regulation_needs_more_than_a_shared_phrase(
    reasoning_store, monkeypatch
):
    import kg.answers

    text = "Berapa harga mobil dinas bekas di pasar Jakarta?"
    assert not _ask(reasoning_store, text).supported
    monkeypatch.setattr(kg.answers, "UNANCHORED_COVERAGE", 0.0)  # without the rule it would be "answered"
    assert _ask(reasoning_store, text).supported
    assert _ask(reasoning_store, "PNS memakai mobil dinas untuk kampanye").supported


def test_a_store_of_official_text_alone_answers_without_a_traceback(tmp_path, monkeypatch):
    """No curated corpus, so the graph holds no curated norms: the card falls back, never crashes."""
    from synthetic_texts import SYNTHETIC_PP

    from kg.cli import app

    monkeypatch.setenv("KG_MODEL", "hash")
    src = tmp_path / "synthetic_pp.txt"
    src.write_text(SYNTHETIC_PP, encoding="utf-8")
    store = tmp_path / "store"
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(src), "--store", str(store)]).exit_code == 0
    for command in ("ask", "search"):
        question = "pegawai percobaan membawa hewan ke ruang rapat"
        result = runner.invoke(app, [command, question, "--store", str(store)])
        assert result.exit_code == 0, result.output
        assert "Traceback" not in result.output
    found = runner.invoke(app, ["search", "hewan peliharaan ruang rapat", "--store", str(store)])
    assert "pasal-2" in found.output


def test_a_status_question_about_an_act_the_store_lacks_cites_what_repealed_it(reasoning_store):
    card = _ask(reasoning_store, "Apakah PP 3/1999 masih berlaku?")
    assert card.supported and card.parsed.intent == "status"
    assert "pp-90-2030/pasal-6" in [i.id for i in card.related]
    assert "not in the store" in card.message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "ialah"/"didefinisikan sebagai" open a definition as "adalah" does
        ("Apa yang dimaksud dengan pegawai sintetis?", "pp-90-2030/pasal-1/angka-1"),
        # an abbreviation asks for the name it stands for: "kode etik PS" is the code of Pegawai Sintetis
        ("Apa yang dimaksud dengan kode etik PS?", "pp-90-2030/pasal-1/angka-2"),
    ],
)
def test_definitions_read_the_defined_name_in_all_its_forms(reasoning_store, text, expected):
    card = _ask(reasoning_store, text)
    assert [i.id for i in card.definitions][:1] == [expected], card.definitions


def test_a_term_the_named_act_uses_without_defining_it_is_defined_from_the_act_that_does(reasoning_store):
    card = _ask(reasoning_store, "Di PP 10/2020 ada istilah 'pegawai sintetis', maksudnya apa sih?")
    assert card.parsed.intent == "definition" and [r.id for r in card.parsed.regulations] == ["pp-10-2020"]
    assert [i.id for i in card.definitions][:1] == ["pp-90-2030/pasal-1/angka-1"]


def test_terms_a_question_quotes_are_each_defined(reasoning_store):
    card = _ask(reasoning_store, "Apa bedanya 'PS' dengan 'Kode Etik Pegawai Sintetis'?")
    assert card.parsed.intent == "definition"
    assert {"pp-90-2030/pasal-1/angka-1", "pp-90-2030/pasal-1/angka-2"} <= {i.id for i in card.definitions}


def test_an_authority_is_cited_at_its_finest_point_with_the_provision_saying_who_holds_it(reasoning_store):
    card = _ask(reasoning_store, "Siapa yang mengawasi netralitas pegawai sintetis?")
    assert card.parsed.intent == "authority"
    ids = [i.id for i in card.authorities]
    assert "pp-90-2030/pasal-9/huruf-a" in ids and "pp-90-2030/pasal-9" not in ids
    holder = next(i for i in card.authorities if i.id == "pp-90-2030/pasal-8")
    assert "Synthetic Supervisory Board" in holder.note


def test_a_question_naming_an_act_and_its_successor_gets_the_transitional_provision(reasoning_store):
    card = _ask(
        reasoning_store,
        "PNS memakai mobil dinas untuk kampanye pada 2029, baru diperiksa 2031. PP 10/2020 atau PP 90/2030?",
    )
    related = {i.id: i.note for i in card.related}
    assert "pp-90-2030/pasal-7" in related and "transitional" in related["pp-90-2030/pasal-7"]


def test_asking_whether_what_a_replaced_act_imposed_still_runs_gets_the_successors_transitional_provision(
    reasoning_store,
):
    card = _ask(reasoning_store, "hukdis dr zaman pp 10 2020 yg blm kelar dijalanin, msh berlaku skrg?")
    related = {i.id: i.note for i in card.related}
    assert "pp-90-2030/pasal-7" in related and "transitional" in related["pp-90-2030/pasal-7"]


def test_a_case_dated_before_the_act_it_names_gets_that_acts_transitional_provision(reasoning_store):
    text = "Pelanggaran PNS terjadi Mei 2029, belum diperiksa. Setelah PP 90/2030 keluar, aturan mana?"
    card = _ask(reasoning_store, text)
    assert card.supported and "before PP No. 90 Tahun 2030" in card.message
    assert "pp-90-2030/pasal-7" in [i.id for i in card.related]


def test_a_provision_named_brings_its_norm_and_what_follows_from_it(reasoning_store):
    # "Article 9(2) says employees must stay free of parties: does it carry a sanction?"
    card = _ask(reasoning_store, "PP 90/2030 Pasal 3 huruf b angka 2 itu ada hukumannya atau tidak?")
    assert "pp-90-2030/pasal-3/huruf-b/angka-2" in [i.id for i in card.prohibitions]
    assert "pp-90-2030/pasal-4" in [i.id for i in card.sanctions]


def test_a_case_dated_before_the_act_it_names_gets_the_rules_of_then_beside_the_transitional_provision(
    reasoning_store,
):
    # "A decree of 5 August 2021 … three weeks later PP 94/2021 came out": the transitional provision says
    # which act governs; the act in force then says what the conduct and its penalty were.
    text = "Mei 2029 seorang PNS memakai mobil dinas untuk kampanye. Setelah PP 90/2030 keluar, aturan mana?"
    card = _ask(reasoning_store, text)
    assert card.supported and "before PP No. 90 Tahun 2030" in card.message
    assert "pp-90-2030/pasal-7" in [i.id for i in card.related]
    assert "pp-10-2020/pasal-7" in [i.id for i in card.prohibitions]


@pytest.mark.parametrize(
    "text",
    [
        # begun under an act named, examined after its successor came in
        "PNS memakai mobil dinas Mei 2029 menurut PP 10/2020, diperiksa Juni 2031. Sah?",
        # naming no act
        "PNS memakai mobil dinas untuk kampanye pada Mei 2029, baru diperiksa Juni 2031. Aturan mana?",
        # examined still under the old act, decided under the new: the last date given counts
        "PNS memakai mobil dinas untuk kampanye Mei 2029, diperiksa Juli 2029, diputus Juni 2031. Sah?",
        # objected to under the old act, decided in a month told without its year
        "PNS dihukum menurut PP 10/2020 Mei 2029, keberatan 20 Februari 2030; kini, Juni, diputus?",
    ],
)
def test_a_case_straddling_a_replacement_gets_the_successors_transitional_provision(reasoning_store, text):
    card = _ask(reasoning_store, text)
    related = {i.id: i.note for i in card.related}
    assert "pp-90-2030/pasal-7" in related and "transitional" in related["pp-90-2030/pasal-7"]


def test_a_case_of_an_earlier_year_reported_or_examined_only_now_straddles_to_today(
    reasoning_store, monkeypatch
):
    from datetime import date as real_date

    class Today(real_date):
        @classmethod
        def today(cls):
            return real_date(2031, 6, 15)

    monkeypatch.setattr(A, "date", Today)
    for text in (
        "Tahun 2029 seorang PNS memakai mobil dinas untuk kampanye. Kasusnya baru dilaporin sekarang dan "
        "belum pernah diperiksa. Aturan mana yang dipakai?",
        "In May 2029 a PNS used an official car for a campaign; it came to light only now. Which rules?",
    ):
        card = _ask(reasoning_store, text)
        related = {i.id: i.note for i in card.related}
        assert "pp-90-2030/pasal-7" in related and "transitional" in related["pp-90-2030/pasal-7"], text
        assert card.later_at is None  # one case handled today, not two occasions compared


def test_another_countrys_case_straddling_a_replacement_is_still_refused(reasoning_store):
    text = "Pegawai negeri di Malaysia ikut kampanye pada Mei 2029, baru diperiksa Juni 2031. Aturan mana?"
    card = _ask(reasoning_store, text)
    assert not card.supported and "Indonesian law only" in card.message


def test_a_status_asked_beside_a_kind_of_question_the_cards_do_not_answer_is_refused(reasoning_store):
    text = (
        "For a history: who chaired KASN at the time of the 2029 election, and is PP 10/2020 still in force?"
    )
    card = _ask(reasoning_store, text)
    assert not card.supported and "who held an office" in card.message


def test_a_straddling_case_naming_no_act_is_read_so(reasoning_store):
    text = "PNS memakai mobil dinas untuk kampanye pada Mei 2029, baru diperiksa Juni 2031. Aturan mana?"
    assert not _ask(reasoning_store, text).parsed.regulations


def test_a_case_examined_only_after_a_replacement_is_judged_by_the_successors_rules(reasoning_store):
    text = "PNS memakai mobil dinas untuk kampanye pada Mei 2029, baru diperiksa Juni 2031. Aturan mana?"
    card = _ask(reasoning_store, text)
    prohibitions = [i.id for i in card.prohibitions]
    assert prohibitions[:1] == ["pp-90-2030/pasal-3/huruf-b/angka-2"], prohibitions
    assert "pp-10-2020/pasal-7" not in prohibitions
    assert "pp-90-2030/pasal-4" in [i.id for i in card.sanctions]
    assert "Examined or decided on 2031-06" in card.message


@pytest.mark.parametrize(
    "text",
    [
        "PNS memakai mobil dinas untuk kampanye Mei 2029, lalu hal serupa terulang Juni 2031. Sanksinya?",
        "Two files: in May 2029 a PNS used an official car for a campaign; in June 2031 another PNS did the "
        "same. What rule applied to each?",
        "A PNS used an official car for a campaign. The first time was May 2029; the second, in another "
        "regency, June 2031. Which rule governs each?",
    ],
)
def test_two_occasions_compared_across_a_replacement_are_each_answered_by_the_acts_of_their_date(
    reasoning_store, text
):
    card = _ask(reasoning_store, text)
    prohibitions = [i.id for i in card.prohibitions]
    assert "pp-10-2020/pasal-7" in prohibitions and "pp-90-2030/pasal-3/huruf-b/angka-2" in prohibitions
    assert prohibitions.index("pp-10-2020/pasal-7") < prohibitions.index("pp-90-2030/pasal-3/huruf-b/angka-2")
    assert "later occasion (2031-06" in card.message and card.at.startswith("2029-05")
    assert card.later_at.startswith("2031-06") and "as of 2031-06" in render_card(card).splitlines()[0]


def test_a_straddling_case_turning_on_an_objection_keeps_the_date_it_happened(reasoning_store):
    from kg.answers import _examined_under
    from kg.question import parse_question

    said = "PNS memakai mobil dinas untuk kampanye pada Mei 2029, diperiksa Juni 2031"
    assert _examined_under(parse_question(said + "."), {"pp-90-2030"}).year == 2031
    # an objection filed, a penalty served, no later step told, or no act changed between: as it happened
    assert _examined_under(parse_question(said + ", lalu ia mengajukan keberatan."), {"pp-90-2030"}) is None
    assert _examined_under(parse_question(said + "; hukumannya sedang dijalani."), {"pp-90-2030"}) is None
    assert _examined_under(parse_question("PNS memakai mobil dinas Mei 2029, lalu Juni 2031."), {"x"}) is None
    assert _examined_under(parse_question(said + "."), set()) is None


def test_the_same_act_put_on_a_later_date_is_a_second_occasion_not_the_examination():
    from kg.answers import _examined_under
    from kg.question import parse_question

    said = "Maret 2029 PNS sintetis ceramah ngajak milih paslon, diperiksa April 2029."
    assert _examined_under(parse_question(said + " Beda gak kalo kejadiannya Juni 2031?"), {"x"}) is None
    english = "In March 2029 a synthetic PNS urged a vote; he was examined in April 2029."
    assert _examined_under(parse_question(english + " What if it had happened in June 2031?"), {"x"}) is None
    assert _examined_under(parse_question(english + " The summons came in June 2031."), {"x"}).year == 2031


def test_a_short_opening_sentence_dated_after_the_facts_is_when_the_case_is_examined():
    from kg.answers import _examined_under
    from kg.question import parse_question

    story = " Laporan lama: pada 7 Mei 2029 PNS memakai mobil dinas untuk kampanye; pemeriksaan baru dimulai."
    changed = {"pp-90-2030"}
    assert _examined_under(parse_question("BKPSDM kabupaten, Juni 2031." + story), changed).year == 2031
    english = "Regency BKPSDM, June 2031. Old report: on 7 May 2029 a PNS campaigned; examination starts now."
    assert _examined_under(parse_question(english), changed).year == 2031
    # a month beside an election names the election; a long first sentence tells facts, not the day of asking
    assert _examined_under(parse_question("Arsip pilkada Juni 2031." + story), changed) is None
    long = "Di kantor kami yang besar di kabupaten sebelah pada bulan Juni 2031 ada rapat."
    assert _examined_under(parse_question(long + story), changed) is None


def test_synthetic_power_cues_read_suffixed_and_checking_words():
    from kg.answers import _POWER_CUES

    def kinds(text):
        return {k for rx, ks in _POWER_CUES for k in ks if rx.search(text)}

    assert "recommends" in kinds("Boleh rekomendasinya kami kirim langsung ke bupati?")
    # setting a body up is a decision ("dibentuk oleh siapa?"), not an examination
    assert "decides" in kinds("Tim pemeriksa sintetis dibentuk oleh siapa?")
    assert "decides" in kinds("Who sets up the synthetic examining team?")
    # the everyday verbs: "siapa yg mutus?", "yg ngehukum siapa?"
    assert "decides" in kinds("Perlu tim gak, siapa yg mutus?")
    assert "imposes" in kinds("Yg ngehukum dia siapa?")
    assert "supervises" in kinds("Siapa yang mengecek keputusan itu dijalankan?")
    assert "supervises" in kinds("Who makes sure the decision is carried out?")
    # the examination's file goes up the line when the penalty lies higher up
    assert "forwards" in kinds("What does the camat have to do with the file now?")
    assert "forwards" in kinds("BAP-nya harus dibawa ke mana?")
    # what a body cannot deal with itself it passes on
    assert "forwards" in kinds("They said it is not within our authority to punish. Pass it on to whom?")
    assert "forwards" in kinds("Kalau laporan itu bukan kewenangan Panwas, ke mana?")
    # "where does it go?", as "diteruskan ke mana?"
    assert "forwards" in kinds("What can we do ourselves with a finding about him, and where does it go?")
    # the superior who may not impose it himself asks where it goes instead
    assert "forwards" in kinds("May I impose it myself? If not, to whom do I pass the file?")
    assert "forwards" in kinds("Can I impose it myself, or does it go to the regent?")
    assert "forwards" in kinds("Kalau tidak boleh, berkasnya harus saya naikkan ke siapa?")
    assert "forwards" in kinds("Boleh saya jatuhkan sendiri, atau harus ke bupati?")
    assert "forwards" not in kinds("Can I impose it myself?")
    # the way a report goes up: "lewat siapa?", "through whom?"
    assert "forwards" in kinds("Yang bisa aku lakukan apa, dan laporanku harus lewat siapa?")
    assert "forwards" in kinds("What could I do, and through whom does my report go?")
    # a lower tier that cannot act taken over, and a supervisor asking a party for what it holds
    assert "supervises" in kinds("Can we take over that regency's file while its members are suspended?")
    assert "supervises" in kinds("Bisakah Bawaslu provinsi mengambil alih laporan itu?")
    assert "investigates" in kinds("Can we ask the agency for its vehicle log and the disposition sheets?")
    assert "investigates" in kinds("Bolehkah kami meminta sekolah menyerahkan daftar hadir guru?")
    assert "investigates" not in kinds("He asked for a day off.")


def test_two_dates_telling_no_case_get_no_transitional_provision(reasoning_store):
    card = _ask(reasoning_store, "How did the synthetic allowance rate change from May 2029 to June 2031?")
    assert "pp-90-2030/pasal-7" not in [i.id for i in card.related]


def test_a_status_question_cites_the_later_provision_still_applying_the_repealed_act(reasoning_store):
    card = _ask(reasoning_store, "Apakah PP 10/2020 masih berlaku?")
    assert card.parsed.intent == "status"
    assert "pp-90-2030/pasal-13" in [i.id for i in card.related]


def test_a_question_asking_whether_a_repealed_act_it_names_still_holds_cites_what_repealed_it(
    reasoning_store,
):
    card = _ask(
        reasoning_store,
        "PNS memakai mobil dinas untuk kampanye. Larangan di PP 10/2020 itu sekarang masih ada?",
    )
    assert card.parsed.intent != "status"
    related = {i.id: i.note for i in card.related}
    assert related.get("pp-90-2030/pasal-5") == "PP No. 10 Tahun 2020 is repealed by this provision"
    plain = _ask(
        reasoning_store, "PNS memakai mobil dinas untuk kampanye. Apa larangannya menurut PP 10/2020?"
    )
    assert "pp-90-2030/pasal-5" not in {i.id for i in plain.related}  # it asks nothing of the present


# A made-up later act whose transitional provision keeps the older acts made under it in force.
_SYNTHETIC_KEEPING_ACT = _synthetic_act("uu-71-2040", "Aparatur Rekaan", "2040-01-02") + (
    """      - id: uu-71-2040/pasal-75
        citation: "UU No. 71 Tahun 2040, Pasal 75"
        summary_id: Peraturan pelaksanaan undang-undang aparatur lama tetap berlaku bila tidak bertentangan.
        summary_en: The old apparatus law's implementing rules stay in force where they do not conflict.
"""
)
SYNTHETIC_KEPT_IN_FORCE = (
    """
regulations:"""
    + _SYNTHETIC_KEEPING_ACT
    + _synthetic_act(
        "pp-70-2039",
        "Disiplin Pegawai Rekaan",
        "2039-03-01",
        "{state: in_force, kept_by: uu-71-2040/pasal-75}",
    )
    + """      - id: pp-70-2039/pasal-3
        citation: "PP No. 70 Tahun 2039, Pasal 3"
        summary_id: PNS dilarang memakai mobil dinas untuk kampanye.
        summary_en: A civil servant may not use an official car for a campaign.
"""
)


def test_a_status_question_cites_the_later_acts_provision_keeping_the_act_in_force(tmp_path):
    st = _curated_store(tmp_path, SYNTHETIC_KEPT_IN_FORCE)
    card = _ask(st, "Apakah PP 70/2039 masih berlaku setelah UU 71/2040 terbit?")
    assert card.parsed.intent == "status"
    related = {i.id: i.note for i in card.related}
    assert "keeps PP No. 70 Tahun 2039 in force" in related.get("uu-71-2040/pasal-75", "")


def test_an_act_named_beside_the_later_act_keeping_it_in_force_cites_the_keeping_provision(tmp_path):
    st = _curated_store(tmp_path, SYNTHETIC_KEPT_IN_FORCE)
    # not a status question, yet asking whether the older act still binds beside the later one
    for text in (
        "Bagian hukum. UU 71/2040 diam soal mobil dinas. Larangan PP 70/2039 masih bisa kami pakai?",
        "Someone posted that since UU 71/2040, PP 70/2039 udah gak berlaku. Is that right?",
    ):
        card = _ask(st, text)
        assert card.parsed.intent != "status", text
        related = {i.id: i.note for i in card.related}
        assert "keeps PP No. 70 Tahun 2039 in force" in related.get("uu-71-2040/pasal-75", ""), text
    # the later act not named: nothing joins them
    alone = _ask(st, "PNS memakai mobil dinas untuk kampanye. Larangan PP 70/2039 masih bisa kami pakai?")
    assert "uu-71-2040/pasal-75" not in {i.id for i in alone.related}


def test_a_cpns_gets_the_clause_extending_the_pns_rules_to_them(reasoning_store):
    card = _ask(reasoning_store, "Seorang CPNS memakai mobil dinas untuk kampanye. Apa aturan PNS berlaku?")
    related = {i.id: i.note for i in card.related}
    assert "extends these rules to calon PNS" in related.get("pp-90-2030/pasal-12", "")
    plain = _ask(reasoning_store, "PNS memakai mobil dinas")
    assert "extends" not in {i.id: i.note for i in plain.related}.get("pp-90-2030/pasal-12", "")


def test_a_catalogue_of_penalties_at_a_named_level_lists_them_however_wordy_the_question(reasoning_store):
    card = _ask(
        reasoning_store,
        "Apa saja jenis hukuman disiplin sedang bagi PNS penjaga mercusuar yang bertugas di kantor rekaan "
        "cabang timur laut dekat pelabuhan lama pulau terluar?",
    )
    assert "pp-90-2030/pasal-10" in [i.id for i in card.sanctions]


def test_the_point_cited_for_a_norm_is_one_the_norm_names_not_a_sibling_the_search_found(reasoning_store):
    from kg.answers import _Builder, _finer_rule
    from kg.question import parse_question
    from kg.search.engine import get_searcher

    searcher = get_searcher(reasoning_store, load_encoder("hash"))
    b = _Builder(reasoning_store, searcher, None)
    q = parse_question("PNS memakai mobil dinas untuk kampanye")
    hits = searcher.search(q.text, k=10)
    assert any(h.pinpoint == "pp-90-2030/pasal-3/huruf-b/angka-2" for h in hits)
    # the sibling angka 2 is what the search pinpoints; a norm stated by angka 1 does not take it
    assert _finer_rule(b, "pp-90-2030/pasal-3/huruf-b", q, hits) == "pp-90-2030/pasal-3/huruf-b/angka-2"
    own = ("pp-90-2030/pasal-3/huruf-b/angka-1",)
    assert _finer_rule(b, "pp-90-2030/pasal-3/huruf-b", q, hits, own) != "pp-90-2030/pasal-3/huruf-b/angka-2"


def test_a_question_naming_a_body_that_no_longer_acts_cites_the_provision_that_changed_it(reasoning_store):
    card = _ask(reasoning_store, "Sekarang siapa yang mengawasi netralitas yang dulu diawasi KLS?")
    changed = next(i for i in card.authorities if i.id == "pp-90-2030/pasal-8")
    assert "Old Synthetic Commission" in changed.note and "Synthetic Supervisory Board" in changed.note


@pytest.mark.parametrize(
    ("text", "step"),
    [
        ("Pejabat yang Berwenang Menghukum menjatuhkan Hukuman Disiplin sintetis.", True),
        ("Berdasarkan pemeriksaan sintetis Pejabat yang Berwenang Menghukum menjatuhkan hukuman.", True),
        ("Dalam hal tidak ada atasan sintetis, tim pemeriksa dibentuk oleh PPK.", True),
        ("PNS yang melanggar larangan sintetis dijatuhi Hukuman Disiplin berat.", False),
    ],
)
def test_a_provision_whose_subject_is_the_acting_body_is_a_step_not_a_penalty(text, step):
    from kg.answers import _AUTHORITY_SUBJECT

    assert bool(_AUTHORITY_SUBJECT.match(text)) is step


def test_a_question_whether_a_penalty_applies_yet_cites_the_provision_deferring_it(reasoning_store):
    card = _ask(reasoning_store, "Menurut PP 90/2030, penundaan gaji sintetis sudah bisa dijatuhkan?")
    assert "pp-90-2030/pasal-10" in card.cited_ids()
    deferring = next(i for i in card.related if i.id == "pp-90-2030/pasal-11")
    assert "takes effect" in deferring.note


def test_a_power_is_cited_at_the_point_its_own_words_state_or_else_at_its_provision(reasoning_store):
    from kg.answers import _point_stating
    from kg.search.engine import get_searcher

    searcher = get_searcher(reasoning_store, load_encoder("hash"))
    stated = _point_stating(searcher, "pp-90-2030/pasal-9", "mengawasi netralitas pegawai sintetis")
    assert stated == "pp-90-2030/pasal-9/huruf-a"
    assert _point_stating(searcher, "pp-90-2030/pasal-9", "membentuk dewan") is None


def test_a_sanction_point_the_norm_names_is_cited_without_guessing_among_its_siblings():
    from types import SimpleNamespace

    from kg.answers import _add_sanctions

    added, guessed = [], []

    class SyntheticBuilder:
        corpus = None

        def finer(self, sanction, rule):
            guessed.append(sanction)
            return sanction + "/angka-7"  # what a word-overlap guess might pick

        def add(self, group, pid, note="", regime=None):
            added.append(pid)
            return True

    norm = SimpleNamespace(
        sanction_provisions=("pp-90-2030/pasal-12", "pp-90-2030/pasal-12/angka-9"),
        act_en="synthetic act",
        act_id="",
        regime="discipline",
    )
    _add_sanctions(SyntheticBuilder(), SimpleNamespace(norm=norm), "pp-90-2030/pasal-4", "sanction for")
    assert guessed == ["pp-90-2030/pasal-12/angka-9"]
    assert "pp-90-2030/pasal-12/angka-7" not in added


@pytest.mark.parametrize(
    ("text", "short"),
    [
        ("Pegawai Sintetis yang selanjutnya disingkat PS adalah", "PS"),
        ("Pegawai Aparatur Sintetis yang selanjutnya disebut Pegawai AS adalah", "Pegawai AS"),
        # an OCR'd text may lower-case the short name
        ("Pemilihan Sintetis yang selanjutnya disebut pemilis adalah sarana", "pemilis"),
    ],
)
def test_the_short_name_a_definition_gives_is_read(text, short):
    from kg.answers import _ABBREVIATED

    assert _ABBREVIATED.search(text).group(1) == short


class _SyntheticIndex:
    """Just enough of a search index for the point-choosing helpers: units by id, each with its parts."""

    def __init__(self, units):
        from types import SimpleNamespace

        from kg.search.analyzer import Analyzer

        self.units = [
            SimpleNamespace(id=u, text=t, parts=tuple(SimpleNamespace(id=i, text=x) for i, x in ps))
            for u, t, ps in units
        ]
        self.rows_of_id = {u.id: [n] for n, u in enumerate(self.units)}
        self.lexical = SimpleNamespace(analyzer=Analyzer())


def test_synthetic_power_point_is_read_with_the_lead_in_above_it():
    from types import SimpleNamespace

    from kg.answers import _point_along

    pasal = "pp-90-2030/pasal-18"
    parts = [
        (f"{pasal}/ayat-2", "Dewan provinsi sintetis menghukum:"),
        (f"{pasal}/ayat-2/huruf-c", "pejabat administrator sintetis dengan hukuman berat"),
        (f"{pasal}/ayat-3", "Dewan kabupaten kota sintetis menghukum:"),
        (f"{pasal}/ayat-3/huruf-a", "pejabat pratama sintetis dengan hukuman berat"),
        (f"{pasal}/ayat-3/huruf-c", "pejabat administrator sintetis dengan hukuman berat"),
    ]
    searcher = SimpleNamespace(index=_SyntheticIndex([(pasal, "Pasal 18", parts)]))
    an = searcher.index.lexical.analyzer
    # Only the lead-in says which level's board; the huruf alone ties with its twin under ayat (2).
    want = set(an.terms("administrator berat kabupaten kota"))
    assert _point_along(searcher, pasal, want) == f"{pasal}/ayat-3/huruf-c"
    # Points tied at the top are cited at the point holding them both.
    assert _point_along(searcher, pasal, set(an.terms("berat kabupaten kota"))) == f"{pasal}/ayat-3"
    assert _point_along(searcher, pasal, set(an.terms("netralitas"))) is None


def test_synthetic_english_level_words_reach_the_indonesian_point():
    from types import SimpleNamespace

    from kg.answers import _wanted_terms
    from kg.question import parse_question

    searcher = SimpleNamespace(index=_SyntheticIndex([]), concepts=None)
    q = parse_question("Which official punishes a synthetic officer in a regency office?")
    assert {"kabupaten", "kota"} <= _wanted_terms(searcher, q)
    assert "kabupaten" not in _wanted_terms(searcher, parse_question("Siapa menghukum pejabat sintetis?"))


def test_synthetic_points_beside_a_cited_power_join_as_its_steps(monkeypatch):
    from types import SimpleNamespace

    import kg.answers as A

    pasal = "pp-90-2030/pasal-29"

    def hit(point, text):
        pid = f"pp-90-2030/{point}"
        return SimpleNamespace(pinpoint=pid, doc_id="pp-90-2030", kind="provision", text=text)

    hits = [
        hit("pasal-29/ayat-2", "power"),
        hit("pasal-40", "elsewhere"),
        hit("pasal-29/ayat-1", "rule"),
        hit("pasal-29/ayat-3", "members"),
        hit("pasal-29/ayat-3", "members"),  # the same point found again by the asking sentence
        hit("pasal-29/ayat-6", "weak"),
        hit("pasal-29/ayat-4", "penalty"),
        hit("pasal-29/ayat-5", "third step"),
    ]
    kinds = {"rule": "prohibition", "penalty": "sanction"}
    monkeypatch.setattr(A, "_meaning", lambda searcher, text, lang=None: [])
    monkeypatch.setattr(A, "_support", lambda searcher, meaning, h: 0.0 if h.text == "weak" else 0.3)
    monkeypatch.setattr(A, "_kind", lambda searcher, h: kinds.get(h.text, "authority"))
    monkeypatch.setattr(A, "_unit_text", lambda searcher, h: "sanksi moral")
    added = []

    class SyntheticBuilder:
        searcher = None
        groups = {"authorities": {f"{pasal}/ayat-2": None}, "related": {}}

        def add(self, group, pid, note="", regime=None):
            added.append((group, pid))
            return True

    q = SimpleNamespace(
        text="Wajib tim sintetis? Siapa saja anggotanya?", at_said=None, regulations=(), lang="id"
    )
    A._procedure_steps(SyntheticBuilder(), q, hits)
    # Not the power itself, another Pasal, a rule the matcher owns, a point sharing too little, nor
    # more than MAX_STEPS; a penalty beside the power is a sanction.
    assert added == [("authorities", f"{pasal}/ayat-3"), ("sanctions", f"{pasal}/ayat-4")]


def test_synthetic_fact_pattern_sentence_is_not_what_the_question_asks():
    from types import SimpleNamespace

    from kg.answers import _POWER_CUES, _asking
    from kg.question import parse_question

    q = parse_question(
        "A synthetic clerk reportedly spoke at a rally for a candidate. "
        "Who has to call him in and question him before anyone decides on a penalty?"
    )
    searched = []
    searcher = SimpleNamespace(search=lambda text, k, at=None: searched.append(text) or [])
    qa, _ = _asking(searcher, q, set())
    assert qa.text.startswith("Who has to call him in") and searched == [qa.text]
    assert "clerk" in q.conduct and "clerk" not in qa.conduct
    kinds = {k for rx, ks in _POWER_CUES for k in ks if rx.search(qa.text)}
    assert "investigates" in kinds
    assert not {k for rx, ks in _POWER_CUES for k in ks if rx.search("The clerk reportedly spoke.")}
    assert _asking(searcher, parse_question("Who examines a synthetic clerk?"), set()) is None


def test_synthetic_what_the_asking_sentence_alone_finds_joins_within_the_questions_acts(monkeypatch):
    from types import SimpleNamespace

    import kg.answers as A

    def hit(pid, text):
        return SimpleNamespace(pinpoint=pid, doc_id=pid.split("/")[0], kind="provision", text=text)

    whole = [hit("uu-91-2031/pasal-70/ayat-1", "the facts' rule")]
    asked = [
        hit("uu-91-2031/pasal-134/ayat-4", "reports within 7 days"),
        hit("pp-92-2032/pasal-9", "another act's reporting duty"),
        hit("uu-91-2031/pasal-71", "rule"),
    ]
    monkeypatch.setattr(A, "_direct_hits", lambda searcher, text, hits, q, floor: list(hits))
    monkeypatch.setattr(A, "_same_election", lambda corpus, pid, q: True)
    monkeypatch.setattr(A, "_kind", lambda searcher, h: "prohibition" if h.text == "rule" else "related")
    added = []

    class SyntheticBuilder:
        searcher = corpus = None

        def add(self, group, pid, note="", regime=None):
            added.append((group, pid))
            return True

    qa = SimpleNamespace(text="Boleh lapor? Ke mana, dan batas waktunya berapa hari?")
    A._asked_items(SyntheticBuilder(), SimpleNamespace(), (qa, asked), whole)
    assert added == [("authorities", "uu-91-2031/pasal-134/ayat-4")]


def test_synthetic_a_storys_closing_question_on_the_procedure_is_searched_alone():
    from types import SimpleNamespace

    from kg.answers import _asking
    from kg.question import parse_question

    searcher = SimpleNamespace(search=lambda text, k, at=None: [])
    q = parse_question(
        "A synthetic clerk wore a pair's shirt at a futsal final and was examined. His penalty decree came "
        "yesterday. Can he still object, and does the decree keep running while he does?"
    )
    qa, _ = _asking(searcher, q, set())
    assert qa.text.startswith("Can he still object")
    # a fact sentence naming the procedure is no question about it
    told = parse_question("A synthetic clerk was examined; his decree took effect. Was his shirt a breach?")
    assert _asking(searcher, told, set()) is None


def test_synthetic_an_act_told_as_done_off_duty_cites_the_definition_counting_breaches_out_of_hours(
    monkeypatch,
):
    from types import SimpleNamespace

    import kg.answers as A

    def hit(pid, text):
        return SimpleNamespace(pinpoint=pid, doc_id=pid.split("/")[0], text=text, rank=1)

    found = [
        hit("pp-92-2032/pasal-1/angka-5", "masuk kerja sintetis ialah hadir di kantor"),
        hit("pp-93-2033/pasal-1/angka-3", "pelanggaran rekaan di dalam maupun di luar jam kerja"),
        hit("pp-92-2032/pasal-7", "larangan sintetis di luar jam kerja"),
        hit("pp-92-2032/pasal-1/angka-6", "pelanggaran sintetis, baik di dalam maupun di luar jam kerja"),
    ]
    monkeypatch.setattr(A, "_unit_text", lambda searcher, h: h.text)
    added = []

    class SyntheticBuilder:
        searcher = SimpleNamespace(
            search=lambda text, k, at=None, docs=None: [h for h in found if docs is None or h.doc_id in docs]
        )
        groups = {"prohibitions": {"pp-92-2032/pasal-3/huruf-a": None}, "obligations": {}}

        def add(self, group, pid, note="", regime=None):
            added.append((group, pid))
            return True

    A._off_duty_items(SyntheticBuilder())
    assert added == [("related", "pp-92-2032/pasal-1/angka-6")]
    for told in (
        "I'm on annual leave next week",
        "di luar jam kerja",
        "as a private citizen",
        "no uniform",
        "katanya dia nulis di rumah, bukan jam kantor",
        "he wrote it at home, not on office time",
    ):
        assert A._OFF_DUTY.search(told), told
    assert not A._OFF_DUTY.search("Pada jam kerja ia memasang spanduk paslon di kantor.")


def test_a_hit_on_our_gloss_is_supported_by_the_glosss_words_too(tmp_path):
    from graph_fixtures import synthetic_glossed_store

    from kg.answers import _meaning, _support
    from kg.search.engine import Searcher
    from kg.search.index import build_index

    st = synthetic_glossed_store(tmp_path)
    build_index(st, None)
    searcher = Searcher.open(st, model="none")
    question = "ringkasan sintetis vans"  # "ringkasan sintetis" is in our summary only, not the official text
    hit = searcher.search(question, k=3)[0]
    assert hit.pinpoint == "pp-905-2021/pasal-5/huruf-n/angka-4" and not hit.is_summary
    assert _support(searcher, _meaning(searcher, question), hit) == 1.0


def _synthetic_index_of(units, glossed=()):
    """A searcher stand-in holding just these units (and summaries glossing the given points)."""
    from kg.search.units import Unit

    def unit(uid, text, **kw):
        return Unit(
            key=kw.pop("key", uid),
            id=uid,
            doc_id=uid.split("/")[0],
            kind="provision",
            citation=uid,
            title="",
            context="",
            text=text,
            **kw,
        )

    built = [unit(uid, text, parts=parts) for uid, text, parts in units]
    built += [unit(p, t, key=f"s:{p}", is_summary=True, glosses=True) for p, t in glossed]
    index = SimpleNamespace(
        units=built,
        rows_of_id={u.id: [i] for i, u in enumerate(built) if not u.glosses},
        gloss_rows={u.id: i for i, u in enumerate(built) if u.glosses},
    )
    return SimpleNamespace(index=index)


def _synthetic_point(pasal, heading, point, label, text, glossed=()):
    """A searcher holding one Pasal with one point under its heading, and a hit pinpointing that point."""
    from kg.search.units import Part

    part = Part(id=f"{pasal}/{point}", label=label, text=text)
    searcher = _synthetic_index_of([(pasal, f"{heading}\n{label} {text}", (part,))], glossed)
    return searcher, SimpleNamespace(id=pasal, pinpoint=part.id)


def test_an_official_ayat_addressed_to_parties_does_not_answer_a_civil_servants_question():
    searcher, hit = _synthetic_point(
        "uu-91-2031/pasal-76",
        "Pasal 76",
        "ayat-3",
        "ayat (3)",
        "Partai Politik sintetis yang melanggar dilarang mengusulkan calon berikutnya.",
    )
    q = SimpleNamespace(actor="pns", roles=())
    # The Pasal opens with its bare heading: the addressee is read from the ayat holding the point.
    assert not A._hit_binds(searcher, hit, q)
    assert A._hit_binds(searcher, hit, SimpleNamespace(actor="partai-politik", roles=()))


def test_our_gloss_names_whom_an_amended_point_binds_before_its_official_wording():
    gloss = "Pegawai ASN dan kepala desa dilarang memihak (rumusan sintetis setelah perubahan)."
    searcher, hit = _synthetic_point(
        "uu-91-2031/pasal-71",
        "Pasal 71",
        "ayat-1",
        "ayat (1)",
        "Partai Politik sintetis dilarang memihak.",
        glossed=[("uu-91-2031/pasal-71/ayat-1", gloss)],
    )
    assert A._hit_binds(searcher, hit, SimpleNamespace(actor="pns", roles=()))


def test_a_point_of_a_bodys_powers_that_mentions_a_sanction_is_a_power():
    searcher, hit = _synthetic_point(
        "uu-91-2031/pasal-106",
        "Pasal 106 Panwas sintetis berwenang:",
        "huruf-e",
        "huruf e",
        "merekomendasikan agar pegawai sintetis yang terbukti melanggar dikenai sanksi;",
    )
    assert A._kind(searcher, hit) == "authority"
    lone = "uu-91-2031/pasal-107"
    searcher = _synthetic_index_of([(lone, "Pasal 107 Pegawai sintetis yang melanggar dikenai sanksi.", ())])
    assert A._kind(searcher, SimpleNamespace(id=lone, pinpoint=lone)) == "sanction"


def test_a_status_question_dated_before_the_successor_is_not_answered_from_it(reasoning_store):
    later = _ask(reasoning_store, "Apakah PP 10/2020 masih berlaku?")
    dated = _ask(reasoning_store, "Pada tahun 2025, apakah PP 10/2020 masih berlaku?")
    assert later.parsed.at is None and dated.parsed.at is not None and dated.parsed.at.year == 2025
    successor = {i for i in later.cited_ids() if i.startswith("pp-90-2030/")}
    # Undated, the successor's provisions on what it repealed or kept answer; in 2025 it did not exist
    # yet: only the provision that later repealed the act is named (so the reader knows what came).
    assert len(successor) > 1
    assert {i for i in dated.cited_ids() if i.startswith("pp-90-2030/")} <= {"pp-90-2030/pasal-5"}


def _synthetic_ban(nid: str, addressees: tuple[str, ...], act: str):
    """A made-up prohibition binding ``addressees``, resting on Pasal 1 of the act its id names."""
    from kg.conduct import NormCandidate

    provision = nid.replace("norm:", "").replace("/x", "/pasal-1")
    return NormCandidate(
        id=nid,
        kind="prohibition",
        addressees=addressees,
        act_id=act,
        act_en="",
        provisions=(provision,),
        text=act,
    )


def test_asked_what_each_actor_faces_the_card_takes_the_best_norm_binding_each():
    from kg.conduct import Matcher
    from kg.question import parse_question

    norm = _synthetic_ban

    candidate = norm("norm:uu-76-2030/x", ("calon",), "mengajak guru sintetis naik panggung kampanye")
    teacher = norm("norm:uu-77-2030/x", ("pegawai-asn",), "naik panggung kampanye sebagai jurkam sintetis")
    matcher = Matcher([candidate, teacher])
    q = parse_question(
        "Calon bupati ngajak guru PPPK naik panggung jadi jurkam. Siapa yang melanggar, masing-masing?"
    )
    assert q.each and set(q.roles) == {"calon", "pppk"}
    best = matcher.match(q, {}, lambda c: True)[0]
    added = A._for_each_actor(matcher, q, {}, [best], lambda c: True)
    assert {best.norm.id, *(m.norm.id for m in added)} == {candidate.id, teacher.id}
    alone = parse_question("Calon bupati ngajak guru PPPK naik panggung jadi jurkam. Apa sanksinya?")
    assert not alone.each


def test_a_superior_punishing_too_lightly_is_answered_beside_the_offenders_ban_in_each_regime():
    from kg.conduct import Matcher
    from kg.question import parse_question

    norm = _synthetic_ban

    lenient = norm(
        "norm:pp-78-2030/x", ("pybmh",), "menjatuhkan hukuman tidak sepadan terlalu ringan sintetis"
    )
    # The clerk's act breaks two regulations' bans: a question about him alone gets both.
    discipline = norm("norm:pp-79-2030/x", ("pns",), "membagikan kalender bergambar caleg sintetis")
    election = norm(
        "norm:uu-80-2030/x", ("pns",), "membagikan kalender bergambar caleg di kecamatan sintetis"
    )
    matcher = Matcher([lenient, discipline, election])
    q = parse_question(
        "Staf PNS kecamatan membagikan kalender bergambar caleg sintetis. Atasannya mau kasih teguran lisan "
        "aja. Bisa gitu?"
    )
    assert q.too_light and q.each
    first = next(m for m in matcher.match(q, {}, lambda c: True) if m.norm.id == lenient.id)
    added = A._for_each_actor(matcher, q, {}, [first], lambda c: True)
    assert {m.norm.id for m in added} == {discipline.id, election.id}


def test_the_authority_chain_leaves_out_steps_of_the_other_kind_of_elections_law(tmp_path, monkeypatch):
    from kg.graph import queries, rdfstore

    (tmp_path / "graph").mkdir()
    store = SimpleNamespace(path=tmp_path)

    def step(provision):
        return SimpleNamespace(
            stage="receives_reports", institution_name="Synthetic", scope_en="", provision=provision
        )

    chain = SimpleNamespace(
        steps=[step("uu-96-2030/pasal-5"), step("uu-97-2030/pasal-6"), step("pp-98-2030/pasal-7")]
    )
    norm = SimpleNamespace(
        id="norm:pp-98-2030/x", sanctions=[], sanction_provisions=[], act_en="", regime="discipline"
    )
    monkeypatch.setattr(rdfstore, "open_graph_store", lambda st: object())
    monkeypatch.setattr(queries, "sanctions", lambda *a, **k: SimpleNamespace(norms=[norm]))
    monkeypatch.setattr(queries, "authority_chain", lambda *a, **k: chain)

    def elections(pid, kinds):
        return SimpleNamespace(provisions=[pid], conditions=SimpleNamespace(election=kinds))

    corpus = SimpleNamespace(
        norms=[elections("uu-96-2030/pasal-1", ["pemilu"]), elections("uu-97-2030/pasal-1", ["pilkada"])],
        cases_for_norm=lambda nid: [],
    )
    added = []
    b = SimpleNamespace(corpus=corpus, add=lambda group, pid, **k: added.append(pid), finer=lambda p, q: p)
    assert A._from_graph(b, store, ["pp-98-2030/pasal-2"], None, "pilkada")
    assert added == ["uu-97-2030/pasal-6", "pp-98-2030/pasal-7"]  # the general-election law's step left out
    added.clear()
    A._from_graph(b, store, ["pp-98-2030/pasal-2"], None, None)
    assert len(added) == 3


def test_an_amending_instruction_is_cited_as_the_provision_it_rewrites(store):
    from kg.search.engine import get_searcher

    b = A._Builder(store, get_searcher(store, load_encoder("hash")), None)
    # Synthetic: PP 90/2030 Pasal 4 stands for an amending instruction rewriting Pasal 3 huruf b angka 2.
    instruction, target = "pp-90-2030/pasal-4", "pp-90-2030/pasal-3/huruf-b/angka-2"
    b.rewritten = {instruction: (target,)}
    assert b.add("sanctions", instruction, note="hit")
    item = b.groups["sanctions"][target]
    assert instruction not in b.groups["sanctions"]
    assert "as rewritten by PP No. 90 Tahun 2030, Pasal 4" in item.note and instruction in item.rests_on
    # A target the store does not hold leaves the instruction as it is: never cite what is not there.
    b.rewritten = {instruction: ("pp-90-2030/pasal-99",)}
    assert b.add("related", instruction) and instruction in b.groups["related"]


def test_a_question_about_the_amending_act_or_a_provisions_status_keeps_the_instructions():
    rewritten = {"uu-91-2031/pasal-i/angka-2": ("uu-90-2030/pasal-7",)}
    ask_about = SimpleNamespace(intent="sanction", regulations=())
    assert A._rewrites_for(rewritten, ask_about) == rewritten
    naming_it = SimpleNamespace(intent="sanction", regulations=(SimpleNamespace(id="uu-91-2031"),))
    assert A._rewrites_for(rewritten, naming_it) == {}
    assert A._rewrites_for(rewritten, SimpleNamespace(intent="status", regulations=())) == {}


def test_of_a_bodys_powers_post_by_post_the_card_keeps_the_ones_the_question_names():
    from kg.question import parse_question
    from kg.search.analyzer import Analyzer

    def an():
        return Analyzer()

    def step(provision, scope, inst="inst:ppk-sintetis", stage="imposes"):
        return SimpleNamespace(
            institution=inst, provision=provision, scope_id="", scope_en=scope, stage=stage
        )

    article = step("pp-90-2030/pasal-18", "imposes discipline according to rank")
    points = [
        step("pp-90-2030/pasal-18/huruf-a", "heavy penalties on senior executives in a regency"),
        step("pp-90-2030/pasal-18/huruf-b", "heavy penalties on administrators such as a camat in a regency"),
        step("pp-90-2030/pasal-18/huruf-c", "heavy penalties on functional staff (teachers) in a regency"),
    ]
    other = step("pp-90-2030/pasal-29/ayat-1", "examines", inst="inst:tim-sintetis", stage="investigates")
    steps = [article, *points, other]
    kept = A._fitting_steps(steps, parse_question("Camat sintetis membagikan sembako, apa sanksinya?"), an)
    assert kept == [article, points[1], other]
    # Nothing in the question names a post: the article states the power, its points stay out.
    plain = parse_question("PNS sintetis ikut kampanye, apa sanksinya?")
    assert A._fitting_steps(steps, plain, an) == [article, other]
    # Without the article, the body is never left out; a lone point (a superior's duty) is no split by post.
    assert A._fitting_steps(points, parse_question("PNS sintetis ikut kampanye"), an) == points
    duty = step("pp-90-2030/pasal-24/ayat-1", "the superior must punish", inst="inst:atasan-sintetis")
    assert duty in A._fitting_steps([article, *points, duty], plain, an)


def test_without_official_text_the_point_is_chosen_among_the_ones_our_summaries_describe(
    reasoning_store, monkeypatch
):
    from kg.answers import _Builder, _curated_children, _finer_rule
    from kg.question import parse_question
    from kg.search.engine import get_searcher

    searcher = get_searcher(reasoning_store, load_encoder("hash"))
    b = _Builder(reasoning_store, searcher, None)
    kids = _curated_children(b.corpus, "pp-90-2030/pasal-3/huruf-b")
    assert set(kids) == {"pp-90-2030/pasal-3/huruf-b/angka-1", "pp-90-2030/pasal-3/huruf-b/angka-2"}
    assert "no banners" in kids["pp-90-2030/pasal-3/huruf-b/angka-1"]
    monkeypatch.setattr(reasoning_store, "lookup", lambda pid: None)  # a store of our records alone
    q = parse_question("PNS memasang spanduk, apakah ada larangan spanduk?")
    assert _finer_rule(b, "pp-90-2030/pasal-3/huruf-b", q, []) == "pp-90-2030/pasal-3/huruf-b/angka-1"
    # a question that names neither point keeps the provision above them
    vague = parse_question("PNS berbuat sesuatu")
    assert _finer_rule(b, "pp-90-2030/pasal-3/huruf-b", vague, []) == "pp-90-2030/pasal-3/huruf-b"


def test_asked_whether_a_provision_still_reads_as_enacted_the_card_cites_the_points_that_rewrote_it(
    store, monkeypatch
):
    from kg.search.engine import get_searcher

    b = A._Builder(store, get_searcher(store, load_encoder("hash")), None)
    # Synthetic: PP 90/2030 Pasal 4 stands for an amending point rewriting Pasal 3 huruf b.
    point = SimpleNamespace(id="pp-90-2030/pasal-4", rewrites=["pp-90-2030/pasal-3/huruf-b"])
    b.corpus = SimpleNamespace(
        provisions=lambda: [(None, point)],
        provision=lambda pid: None,
        regulation=lambda doc: None,
        decision=lambda did: None,
    )
    b.add("prohibitions", "pp-90-2030/pasal-3/huruf-b/angka-2")
    A._amending_points(b)
    assert "pp-90-2030/pasal-4" in b.groups["related"]
    note = b.groups["related"]["pp-90-2030/pasal-4"].note
    assert "amends PP No. 90 Tahun 2030, Pasal 3 huruf b angka 2" in note
    # a card citing nothing that point rewrote gets nothing from it
    other = A._Builder(store, b.searcher, None)
    other.corpus = b.corpus
    other.add("prohibitions", "pp-90-2030/pasal-2/huruf-b")
    A._amending_points(other)
    assert "pp-90-2030/pasal-4" not in other.groups["related"]
    # where the store holds the amending acts' text, the graph's instructions count as well
    graph_point = "pp-90-2030/pasal-5"
    in_graph = {"pp-90-2030/pasal-3/huruf-b/angka-2": (graph_point,)}
    monkeypatch.setattr(b.searcher, "graph_amending_points", lambda pid, at: in_graph.get(pid, ()))
    A._amending_points(other)
    assert graph_point not in other.groups["related"]
    A._amending_points(b)
    assert graph_point in b.groups["related"]
    # a power or a definition the card cites is asked after as much as a rule
    for group in ("authorities", "definitions"):
        cited = A._Builder(store, b.searcher, None)
        cited.corpus = b.corpus
        cited.add(group, "pp-90-2030/pasal-3/huruf-b")
        A._amending_points(cited)
        assert "pp-90-2030/pasal-4" in cited.groups["related"], group
    # the whole act cited beside a point ("the act asked about") does not bring every point amending it
    beside = A._Builder(store, b.searcher, None)
    beside.corpus = b.corpus
    beside.add("related", "pp-90-2030")
    beside.add("prohibitions", "pp-90-2030/pasal-2/huruf-b")
    assert "pp-90-2030" in beside.groups["related"]
    A._amending_points(beside)
    assert "pp-90-2030/pasal-4" not in beside.groups["related"]


def test_the_point_that_rewrote_a_provision_is_cited_as_itself_where_other_instructions_read_as_their_targets(
    store,
):
    from kg.search.engine import get_searcher

    b = A._Builder(store, get_searcher(store, load_encoder("hash")), None)
    # Synthetic: PP 90/2030 Pasal 4 stands for an amending point rewriting Pasal 3 huruf b, on a card (not a
    # status question) where an amending instruction found by search is cited as the provision it rewrites.
    point = SimpleNamespace(id="pp-90-2030/pasal-4", rewrites=["pp-90-2030/pasal-3/huruf-b"])
    b.corpus = SimpleNamespace(
        provisions=lambda: [(None, point)],
        provision=lambda pid: None,
        regulation=lambda doc: None,
        decision=lambda did: None,
    )
    b.rewritten = {"pp-90-2030/pasal-4": ("pp-90-2030/pasal-3/huruf-b",)}
    b.add("prohibitions", "pp-90-2030/pasal-3/huruf-b/angka-2")
    A._amending_points(b)
    assert "pp-90-2030/pasal-4" in b.groups["related"]
    # elsewhere the instruction still reads as what it rewrites
    b.add("alternatives", "pp-90-2030/pasal-4")
    assert "pp-90-2030/pasal-3/huruf-b" in b.groups["alternatives"]


def test_asked_whether_a_repealed_acts_provision_still_governs_the_card_cites_its_successors_point(
    store, monkeypatch
):
    from kg.question import parse_question
    from kg.search.engine import get_searcher

    heir = {"pp-90-2030/pasal-2/huruf-b": ("pp-90-2030/pasal-3/huruf-b",)}
    monkeypatch.setattr("kg.corpus.carried_on", lambda bundle, pid: heir.get(pid, ()))

    def norm(rule, penalty):
        return SimpleNamespace(provisions=[rule], sanction_provisions=[penalty], regime="discipline")

    # synthetic: the old rule and its successor, each with the point setting its penalty
    corpus = SimpleNamespace(
        norms=[
            norm("pp-90-2030/pasal-2/huruf-b", "pp-90-2030/pasal-2/huruf-a"),
            norm("pp-90-2030/pasal-3/huruf-b", "pp-90-2030/pasal-4"),
        ]
    )
    cards = {}
    for asked, old_penalty_cited in (
        ("Is Pasal 2 huruf b still the ground?", False),
        ("Is Pasal 2 huruf b still the ground, and is the penalty still medium?", False),
        ("Is Pasal 2 huruf b still the ground?", True),
    ):
        b = A._Builder(store, get_searcher(store, load_encoder("hash")), None)
        b.add("related", "pp-90-2030/pasal-2/huruf-b")
        if old_penalty_cited:
            b.add("sanctions", "pp-90-2030/pasal-2/huruf-a")
        b.corpus = corpus
        A._carried_on(b, parse_question(asked), A._cited_provisions(b))
        item = b.groups["related"]["pp-90-2030/pasal-3/huruf-b"]
        assert "carries on PP No. 90 Tahun 2030, Pasal 2 huruf b" in item.note
        cards[(asked, old_penalty_cited)] = "pp-90-2030/pasal-4" in b.groups["sanctions"]
    # the successor's penalty where the question asks one or the card cites the old rule's
    assert list(cards.values()) == [False, True, True]


def test_a_repealed_acts_named_provision_is_set_beside_its_successors_closest_in_wording(tmp_path):
    # synthetic: the old act's duty to report one's wealth, said again in the act that repealed it, and an
    # old provision on post horses that the new act has nothing like
    old = """      - id: pp-10-2020/pasal-3
        citation: "PP No. 10 Tahun 2020, Pasal 3"
        summary_id: Pegawai sintetis wajib melaporkan harta kekayaannya setiap tahun kepada atasan langsung.
        summary_en: A synthetic employee must report his wealth every year to his direct superior.
      - id: pp-10-2020/pasal-9
        citation: "PP No. 10 Tahun 2020, Pasal 9"
        summary_id: Kuda pos kantor diberi pakan gandum dua kali sehari oleh juru kandang.
        summary_en: The office post horses are fed oats twice a day by the stable keeper.
"""
    heir = """      - id: pp-90-2030/pasal-43
        citation: "PP No. 90 Tahun 2030, Pasal 43"
        summary_id: Pegawai sintetis wajib melaporkan hartanya setiap tahun kepada atasan langsungnya.
        summary_en: A synthetic employee must report his wealth each year to his direct superior.
"""
    corpus = SYNTHETIC_CORPUS.replace(
        "        summary_en: old ban\n", "        summary_en: old ban\n" + old, 1
    )
    corpus = corpus.replace("      - id: pp-90-2030/pasal-9\n", heir + "      - id: pp-90-2030/pasal-9\n", 1)
    st = _curated_store(tmp_path, corpus, synthetic_store(tmp_path / "store"))
    for asked in (
        "Apakah Pasal 3 PP 10/2020 tentang laporan harta pegawai sintetis masih berlaku?",
        # told as a story, not asked as a status: the rule of today stands beside the one cited then
        "Dulu pegawai sintetis dihukum berdasarkan Pasal 3 PP 10/2020 karena tidak melaporkan harta. Apa "
        "dasarnya sekarang?",
    ):
        card = _ask(st, asked)
        related = {i.id: i for i in card.related}
        assert "pp-90-2030/pasal-43" in related, asked
        assert "closest in wording to PP No. 10 Tahun 2020, Pasal 3" in related["pp-90-2030/pasal-43"].note
    # a provision the successor has nothing like gets no counterpart
    card = _ask(st, "Apakah Pasal 9 PP 10/2020 tentang kuda pos masih berlaku?")
    assert card.supported and "closest in wording" not in render_card(card)


# -- penalties graded by how far the harm reached (issue 10) ------------------------------------------------
SYNTHETIC_GRADED_BY_HARM = (
    """
regulations:"""
    + _synthetic_act("pp-72-2040", "Disiplin Pegawai Rekaan", "2040-03-01")
    + """      - id: pp-72-2040/pasal-5
        citation: "PP No. 72 Tahun 2040, Pasal 5"
        summary_id: PNS dilarang memungut biaya di luar ketentuan dari warga.
        summary_en: A civil servant may not levy fees outside the rules on residents.
      - id: pp-72-2040/pasal-8/ayat-3
        citation: "PP No. 72 Tahun 2040, Pasal 8 ayat (3)"
        summary_id: Hukuman sedang rekaan ialah penundaan gaji.
        summary_en: The synthetic medium penalty is a deferred salary.
      - id: pp-72-2040/pasal-8/ayat-4
        citation: "PP No. 72 Tahun 2040, Pasal 8 ayat (4)"
        summary_id: Hukuman berat rekaan ialah pemberhentian.
        summary_en: The synthetic heavy penalty is dismissal.
      - id: pp-72-2040/pasal-13
        citation: "PP No. 72 Tahun 2040, Pasal 13"
        summary_id: Hukuman sedang bagi pungutan liar yang berdampak pada unit kerja atau instansi.
        summary_en: A medium penalty for levies outside the rules harming the work unit or the agency.
        harm: [unit, agency]
        penalty_level: sedang
      - id: pp-72-2040/pasal-14
        citation: "PP No. 72 Tahun 2040, Pasal 14"
        summary_id: Hukuman berat bagi pungutan di luar ketentuan yang berdampak pada negara.
        summary_en: A heavy penalty for levies outside the rules harming the state.
        harm: [state]
        penalty_level: berat
norms:
  - id: norm:pp-72-2040/larangan-pungutan
    kind: prohibition
    addressees: [pns]
    act_id: memungut biaya di luar ketentuan dari warga
    act_en: levy fees outside the rules on residents
    provisions: [pp-72-2040/pasal-5]
    sanction_provisions: [pp-72-2040/pasal-13, pp-72-2040/pasal-14]
    sanctions: [sanction:pp-72-2040/sedang/tunda-gaji, sanction:pp-72-2040/berat/pemberhentian]
    regime: discipline
sanctions:
  - id: sanction:pp-72-2040/sedang/tunda-gaji
    regime: discipline
    kind: disciplinary
    level: sedang
    description_id: Gaji rekaan ditunda
    description_en: Synthetic salary deferred
    provisions: [pp-72-2040/pasal-8/ayat-3]
  - id: sanction:pp-72-2040/berat/pemberhentian
    regime: discipline
    kind: disciplinary
    level: berat
    description_id: Pemberhentian rekaan
    description_en: Synthetic dismissal
    provisions: [pp-72-2040/pasal-8/ayat-4]
"""
)


@pytest.mark.parametrize(
    ("text", "kept", "left_out"),
    [
        (
            "Seorang PNS memungut biaya di luar ketentuan dari warga; dampaknya hanya terasa di unit "
            "kerjanya. Apa sanksinya?",
            ["pp-72-2040/pasal-13", "pp-72-2040/pasal-8/ayat-3"],
            ["pp-72-2040/pasal-14", "pp-72-2040/pasal-8/ayat-4"],
        ),
        (
            "A civil servant levied fees outside the rules on residents, and the harm reached the state. "
            "What penalty?",
            ["pp-72-2040/pasal-14", "pp-72-2040/pasal-8/ayat-4"],
            ["pp-72-2040/pasal-13", "pp-72-2040/pasal-8/ayat-3"],
        ),
        (  # no reach told: every level, each saying the reach it covers
            "Seorang PNS memungut biaya di luar ketentuan dari warga. Apa sanksinya?",
            [
                "pp-72-2040/pasal-13",
                "pp-72-2040/pasal-14",
                "pp-72-2040/pasal-8/ayat-3",
                "pp-72-2040/pasal-8/ayat-4",
            ],
            [],
        ),
    ],
)
def test_the_reach_of_the_harm_told_picks_the_penalty_level(tmp_path, text, kept, left_out):
    card = _ask(_curated_store(tmp_path, SYNTHETIC_GRADED_BY_HARM), text)
    sanctions = {i.id: i.note for i in card.sanctions}
    assert card.prohibitions[0].id == "pp-72-2040/pasal-5"
    assert all(p in sanctions for p in kept) and not any(p in sanctions for p in left_out)
    if not left_out:
        assert "where the harm reaches the work unit or the agency" in sanctions["pp-72-2040/pasal-13"]
        assert "where the harm reaches the state or government" in sanctions["pp-72-2040/pasal-14"]


@pytest.fixture(scope="module")
def shipped_corpus_store(tmp_path_factory):
    """The shipped curated corpus alone, in a store of its own (no official texts)."""
    from pathlib import Path

    from kg.corpus import ingest_corpus
    from kg.store import Store

    st = Store(tmp_path_factory.mktemp("shipped") / "store")
    ingest_corpus(Path(__file__).resolve().parents[1] / "corpus", st)
    return st


def test_neutrality_asked_of_as_a_principle_gets_the_principle_by_the_date(shipped_corpus_store):
    now = (
        "Is neutrality one of the core principles of the ASN law, and where is it written? Synthetic module."
    )
    assert "uu-20-2023/pasal-2/huruf-f" in [i.id for i in _ask(shipped_corpus_store, now).related]
    then = "Maret 2019: asas netralitas ASN waktu itu diatur di mana? Untuk modul sintetis."
    assert "uu-5-2014/pasal-2/huruf-f" in [i.id for i in _ask(shipped_corpus_store, then).related]


def test_kasn_asked_of_after_the_2023_law_gets_how_long_it_stays(shipped_corpus_store):
    now = (
        "Our synthetic SOP sends neutrality findings to KASN. Is KASN still in charge after the new ASN law?"
    )
    assert "uu-20-2023/pasal-70/ayat-3" in [i.id for i in _ask(shipped_corpus_store, now).related]
    before = "Our synthetic SOP sends neutrality findings to KASN. What does KASN do with them?"
    notes = [i.note for i in _ask(shipped_corpus_store, before).related]
    assert not any(n.startswith("KASN after the 2023 ASN law") for n in notes)  # not asked of the law's end


def test_one_put_out_of_the_service_who_means_to_apply_again_gets_who_may_apply(shipped_corpus_store):
    asked = (
        "A synthetic clerk was discharged, honourably but not at his own request, for a heavy neutrality "
        "breach. He wants to sit the CPNS test again next year. Can he?"
    )
    assert "pp-11-2017/pasal-23/ayat-1/huruf-c" in [i.id for i in _ask(shipped_corpus_store, asked).related]
    plain = (
        "A synthetic clerk wants to sit the CPNS test next year while campaigning for a regent pair. Allowed?"
    )
    assert "pp-11-2017/pasal-23/ayat-1/huruf-c" not in _ask(shipped_corpus_store, plain).cited_ids()


def test_a_transfer_or_a_rise_falling_due_while_examined_or_objecting_gets_the_old_bars(shipped_corpus_store):
    then = _ask(
        shipped_corpus_store,
        "Maret 2020. Staf dinas sintetis yang sedang diperiksa karena ikut konvoi paslon mengajukan pindah "
        "ke pemerintah provinsi. Boleh disetujui?",
    )
    related = [i.id for i in then.related]
    assert "pp-53-2010/pasal-42" in related and "pp-94-2021/pasal-45/angka-3" not in related
    now = _ask(
        shipped_corpus_store,
        "A synthetic staffer objected to her medium penalty. Our SOP, from the 2010 regulation, freezes pay "
        "rises while an objection is pending. Can we still apply it, and what if the objection succeeds?",
    )
    related = [i.id for i in now.related]
    assert {"pp-53-2010/pasal-41/ayat-1", "pp-53-2010/pasal-41/ayat-2"} <= set(related)
    assert {"pp-94-2021/pasal-45/angka-3", "pp-94-2021/pasal-38/ayat-3"} <= set(related)
    assert "pp-53-2010/pasal-42" not in related  # no transfer told
    plain = _ask(shipped_corpus_store, "Saya mengajukan keberatan atas penundaan kenaikan pangkat. Ke siapa?")
    assert "pp-53-2010/pasal-41/ayat-1" not in plain.cited_ids()  # the penalty's name is no rise falling due


def test_a_penalty_gets_the_remedy_route_of_the_regulation_standing_on_the_day(shipped_corpus_store):
    told = "the synthetic regent demoted a camat one rank for a year for lending a hall. Can he object?"
    then = _ask(shipped_corpus_store, "In May 2019 " + told)
    assert {"pp-53-2010/pasal-33/huruf-b", "pp-53-2010/pasal-43/huruf-b"} <= {i.id for i in then.related}
    now = _ask(shipped_corpus_store, "In May 2023 " + told + " From when does it run?")
    assert not any(i.startswith("pp-53-2010/pasal-33") for i in now.cited_ids())
    assert "pp-94-2021/pasal-38/ayat-1" in {i.id for i in now.related}


@pytest.mark.parametrize(
    ("text", "ban", "penalty", "not_cited"),
    [
        (  # a general ban with no election in it: the ban and the level the reach of the harm told
            "Seorang PNS di loket perizinan memungut biaya di luar ketentuan dari warga; dampaknya hanya "
            "terasa di unit kerjanya. Apa hukuman disiplinnya?",
            "pp-94-2021/pasal-5/huruf-g",
            "pp-94-2021/pasal-13/huruf-b",
            "pp-94-2021/pasal-14/huruf-f",
        ),
        (
            "A civil servant leaked confidential personnel files, and the leak embarrassed the whole agency. "
            "What penalty applies?",
            "pp-94-2021/pasal-3/huruf-g",
            "pp-94-2021/pasal-10/ayat-1/huruf-f",
            "pp-94-2021/pasal-11/ayat-1/huruf-g",
        ),
    ],
)
def test_a_general_duty_or_ban_is_answered_with_its_penalty_point(
    shipped_corpus_store, text, ban, penalty, not_cited
):
    card = _ask(shipped_corpus_store, text)
    cited = card.cited_ids()
    assert ban in [i.id for i in (*card.prohibitions, *card.obligations)]
    assert penalty in [i.id for i in card.sanctions] and not_cited not in cited


@pytest.mark.parametrize(
    ("text", "ban"),
    [
        (
            "Selama masa kampanye pilbup, camat (PNS) meminjamkan pikap dinas kecamatan ke tim salah satu "
            "paslon untuk mengangkut baliho. Dia melanggar apa saja?",
            "uu-1-2015/pasal-69/huruf-h",
        ),
        (
            "The head of a state junior high school, a civil servant, let a regent pair's team hold a "
            "campaign meeting with parents in the school hall. What rules did he break?",
            "uu-1-2015/pasal-69/huruf-i",
        ),
    ],
)
def test_a_regional_campaign_given_government_means_or_a_school_brings_the_campaign_ban(
    shipped_corpus_store, text, ban
):
    card = _ask(shipped_corpus_store, text)
    assert ban in [i.id for i in card.prohibitions]
    assert "uu-1-2015/pasal-187/ayat-3" in [i.id for i in card.sanctions]
    # the civil servant's own rules stay on the card beside it
    assert any(i.id.startswith("pp-94-2021/pasal-5/huruf-n") for i in card.prohibitions)


def test_a_regional_head_running_again_in_his_official_car_breaks_the_ban_on_the_facilities_of_office(
    shipped_corpus_store,
):
    card = _ask(
        shipped_corpus_store,
        "A regent running for a second term keeps campaigning on weekdays and arrives at rallies in his "
        "official car. Which provisions does that break?",
    )
    rules = [i.id for i in (*card.prohibitions, *card.obligations)]
    # the ban on the facilities of office, and the campaign's own ban on government facilities beside it
    assert "uu-1-2015/pasal-70/ayat-3/huruf-b" in rules and "uu-1-2015/pasal-69/huruf-h" in rules


def test_a_general_election_campaign_given_an_office_car_does_not_bring_the_regional_ban(
    shipped_corpus_store,
):
    card = _ask(
        shipped_corpus_store,
        "Camat (PNS) meminjamkan mobil dinas kecamatan ke tim caleg DPR untuk kampanye. Dia melanggar apa?",
    )
    assert "uu-1-2015/pasal-69/huruf-h" not in card.cited_ids()


def test_a_general_duty_answers_only_a_question_naming_one_of_its_words(shipped_corpus_store):
    said = _ask(
        shipped_corpus_store, "A civil servant let the office laptop, state property, be damaged. Penalty?"
    )
    assert "pp-94-2021/pasal-4/huruf-g" in [i.id for i in said.obligations]
    # "office" and "property" are among the duty's words, but a trademark is not state property
    card = _ask(
        shipped_corpus_store,
        "How long does it take to register a trademark at the intellectual property office?",
    )
    assert not any(i.startswith("pp-94-2021/pasal-4/huruf-g") for i in card.cited_ids())


def test_a_contract_employee_before_an_ethics_council_is_bound_by_the_acts_ethics_duty(shipped_corpus_store):
    card = _ask(
        shipped_corpus_store,
        "A synthetic PPPK librarian shared a regent pair's poster in the readers' WhatsApp group, and the "
        "agency's code-of-ethics council wants to judge him. Which ethical duty binds a PPPK, and what "
        "follows?",
    )
    obligations = [i.id for i in card.obligations]
    assert card.parsed.actor == "pppk"
    assert "uu-20-2023/pasal-24/ayat-1/huruf-c" in obligations  # the Act's duty behind the ethics codes
    assert not any(i.startswith("pp-42-2004/pasal-6") for i in obligations)  # PP 42/2004 binds PNS
    # a civil servant asking about the moral sanction still gets PP 42/2004's, beside the Act's duty
    moral = "Sanksi moral bagi PNS sintetis yang melanggar kode etik itu seperti apa?"
    pns = _ask(shipped_corpus_store, moral)
    assert any(i.startswith("pp-42-2004/pasal-15/ayat-3") for i in pns.cited_ids())


def test_an_ethics_council_named_by_its_common_name_answers_with_its_own_procedure(shipped_corpus_store):
    card = _ask(
        shipped_corpus_store,
        "Our synthetic regional secretary is accused of a code breach for speaking at the regent's "
        "declaration. The regent has to set up the ethics council, but nobody here holds a post and rank at "
        "least equal to his. Who can sit on it?",
    )
    cited = card.cited_ids()
    assert "pp-42-2004/pasal-18/ayat-3" in cited  # members not below the accused in post and rank
    assert "pp-42-2004/pasal-17/ayat-1" in cited  # every agency has a council


@pytest.mark.parametrize(
    "told",
    [
        "Bapak saya pensiunan PNS sintetis, sudah pensiun tiga tahun, sekarang jadi jurkam caleg DPRD. "
        "Masih kena aturan netralitas?",
        "My sister teaches at a synthetic provincial high school on a provincial contract (she's not PNS and "
        "not PPPK). She went to a DPRD candidate's meet-and-greet. Can the civil-servant rule apply to her?",
    ],
)
def test_one_at_the_edge_of_the_service_asking_whether_the_rules_reach_him_gets_whom_they_bind(
    shipped_corpus_store, told
):
    card = _ask(shipped_corpus_store, told)
    definitions = [i.id for i in card.definitions]
    assert "pp-94-2021/pasal-1/angka-1" in definitions  # whom the discipline regulation binds
    assert "uu-20-2023/pasal-1/angka-2" in definitions  # who an ASN employee is
    serving = _ask(shipped_corpus_store, "Seorang PNS sintetis jadi jurkam caleg DPRD. Apa sanksinya?")
    assert "pp-94-2021/pasal-1/angka-1" not in [i.id for i in serving.definitions]


def test_a_staffing_authority_ignoring_the_old_commissions_finding_gets_the_route_to_its_sanction(
    shipped_corpus_store,
):
    card = _ask(
        shipped_corpus_store,
        "Back in 2020 KASN told a synthetic regent, as staffing authority, to act on its findings about a "
        "partisan camat, and nothing happened. What could KASN do next, and who would sanction the regent?",
    )
    cited = card.cited_ids()
    assert "uu-5-2014/pasal-33/ayat-1" in cited  # KASN recommends sanctions to the President
    assert "uu-5-2014/pasal-33/ayat-3/huruf-b" in cited  # the Minister sanctions a regency's PPK
    today = _ask(
        shipped_corpus_store,
        "Bawaslu sent a synthetic regent its finding about a partisan camat and nothing happened. What next?",
    )
    assert not any(i.startswith("uu-5-2014/pasal-33") for i in today.cited_ids())


# -- penalties graded by days absent (issue 10) -----------------------------------------------------------
def _synthetic_absence_corpus():
    """Synthetic PP 90/2030: Pasal 9 light (3-6, 7-10 days), Pasal 10 medium (11-16), Pasal 11 heavy
    (17 or more, and 10 in a row); Pasal 12 says how the days are counted."""
    from kg.corpus.records import DayRange

    def point(pid, low, high, consecutive=False):
        rng = DayRange(low=low, high=high, consecutive=consecutive, read_with=["pp-90-2030/pasal-12"])
        return (None, SimpleNamespace(id=pid, days_absent=rng))

    return SimpleNamespace(
        provision=lambda pid: None,
        provisions=lambda: [
            point("pp-90-2030/pasal-9/angka-1", 3, 6),
            point("pp-90-2030/pasal-9/angka-2", 7, 10),
            point("pp-90-2030/pasal-10/angka-1", 11, 16),
            point("pp-90-2030/pasal-11/angka-1", 17, None),
            point("pp-90-2030/pasal-11/angka-2", 10, None, consecutive=True),
            (None, SimpleNamespace(id="pp-90-2030/pasal-12", days_absent=None)),
        ],
    )


class _SyntheticAbsenceBuilder:
    def __init__(self):
        self.corpus = _synthetic_absence_corpus()
        self.added, self.guessed = [], []

    def finer(self, sanction, rule):
        self.guessed.append(sanction)
        return sanction

    def add(self, group, pid, note="", regime=None):
        self.added.append(pid)
        return True


_ABSENCE_NORM = SimpleNamespace(
    id="norm:pp-90-2030/synthetic-masuk-kerja",
    sanction_provisions=("pp-90-2030/pasal-9", "pp-90-2030/pasal-10", "pp-90-2030/pasal-11"),
    act_en="come to work",
    act_id="",
    regime="discipline",
)
_ABSENCE_MATCH = SimpleNamespace(norm=_ABSENCE_NORM)


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        # 15 days is the medium point, not a light one, however the levels are listed
        ("Synthetic: seorang PNS bolos 15 hari kerja tahun ini.", "pp-90-2030/pasal-10/angka-1"),
        ("Synthetic: a civil servant missed eight separate days.", "pp-90-2030/pasal-9/angka-2"),
        ("Synthetic: PNS itu tidak masuk sepuluh hari kerja berturut-turut.", "pp-90-2030/pasal-11/angka-2"),
        ("Synthetic: he took forty days off work this year.", "pp-90-2030/pasal-11/angka-1"),
    ],
)
def test_a_stated_count_of_days_absent_cites_the_point_whose_range_holds_it(text, cited):
    from kg.question import parse_question

    b = _SyntheticAbsenceBuilder()
    A._add_sanctions(b, _ABSENCE_MATCH, "pp-90-2030/pasal-4", "sanction for", parse_question(text))
    assert b.added == [cited, "pp-90-2030/pasal-12"] and b.guessed == []


def test_without_a_count_of_days_the_sanctions_are_found_as_before():
    from kg.question import parse_question

    for text in ("Synthetic: PNS itu sering bolos. Hukumannya apa?", "Synthetic: bolos 2 hari, sanksinya?"):
        b = _SyntheticAbsenceBuilder()
        A._add_sanctions(b, _ABSENCE_MATCH, "pp-90-2030/pasal-4", "sanction for", parse_question(text))
        assert b.guessed == list(_ABSENCE_NORM.sanction_provisions) == b.added


def test_absence_taken_to_campaign_answers_with_both_breaches_of_the_one_regulation():
    from kg.conduct import NormCandidate, NormMatch
    from kg.question import parse_question

    def match(nid, sanctions, score):
        norm = NormCandidate(
            id=nid,
            kind="obligation",
            addressees=("pns",),
            act_id="",
            act_en="",
            provisions=(nid.replace("norm:", "").replace("/synthetic-", "/pasal-") + "-1",),
            sanction_provisions=sanctions,
        )
        return NormMatch(norm, score, score, 0.3, 0.0)

    absence = match("norm:pp-90-2030/synthetic-absence", _ABSENCE_NORM.sanction_provisions, 0.6)
    campaign = match("norm:pp-90-2030/synthetic-campaign", ("pp-90-2030/pasal-14",), 0.42)
    faint = match("norm:pp-90-2030/synthetic-decision", ("pp-90-2030/pasal-15",), 0.25)
    b = _SyntheticAbsenceBuilder()
    text = "Synthetic: PNS bolos 15 hari kerja karena ikut kampanye. Hukumannya apa?"
    chosen, _ = A._select_counted(b, parse_question(text), [absence, campaign, faint])
    assert [m.norm.id for m in chosen] == [absence.norm.id, campaign.norm.id]
    # no count stated: one norm per regulation, as before
    vague = parse_question("Synthetic: PNS bolos untuk ikut kampanye.")
    chosen, _ = A._select_counted(b, vague, [absence, campaign])
    assert [m.norm.id for m in chosen] == [absence.norm.id]
    # a second conduct only faintly matched does not join
    chosen, _ = A._select_counted(b, parse_question(text), [absence, faint])
    assert [m.norm.id for m in chosen] == [absence.norm.id]
    # the campaign norm won outright: the count adds the absence norm, and no third norm of the act
    won = match("norm:pp-90-2030/synthetic-campaign", ("pp-90-2030/pasal-14",), 0.7)
    third = match("norm:pp-90-2030/synthetic-decision", ("pp-90-2030/pasal-15",), 0.45)
    chosen, _ = A._select_counted(b, parse_question(text), [won, absence, third])
    assert [m.norm.id for m in chosen] == [won.norm.id, absence.norm.id]


def test_of_the_points_split_by_post_the_card_keeps_the_ones_fitting_the_offenders_post_tier_and_penalty():
    from test_posts import synthetic_power

    from kg.question import parse_question
    from kg.search.analyzer import Analyzer

    heavy = [
        "sanction:pp-90-2030/berat/penurunan-jabatan",
        "sanction:pp-90-2030/berat/pemberhentian-dengan-hormat",
    ]
    light = ["sanction:pp-90-2030/ringan/teguran-lisan"]

    def power(provision, posts=(), tiers=(), sanctions=heavy, kind="imposes"):
        return synthetic_power(provision, posts, tiers=tiers, sanctions=sanctions, kind=kind)

    ppk = [
        power("pp-90-2030/pasal-18/ayat-2/huruf-d", ["fungsional"], ["pusat", "provinsi"]),
        power("pp-90-2030/pasal-18/ayat-3/huruf-c", ["administrator"], ["kabupaten-kota"]),
        # Its scope shares the question's words ("teachers", "regency"): the words alone would keep it.
        power("pp-90-2030/pasal-18/ayat-3/huruf-d", ["fungsional"], ["kabupaten-kota"]),
        power("pp-90-2030/pasal-17/ayat-3/huruf-b", ["jpt-madya"], kind="recommends"),
    ]
    head = [power("pp-90-2030/pasal-21/huruf-c", ["fungsional"], sanctions=light)]
    insts = {
        "inst:ppk-sintetis": SimpleNamespace(powers=ppk),
        "inst:kadis-sintetis": SimpleNamespace(powers=head),
    }
    corpus = SimpleNamespace(
        institution=insts.get, sanction=lambda sid: SimpleNamespace(level=sid.split("/")[1])
    )

    def step(p, inst, scope):
        return SimpleNamespace(
            institution=inst, provision=p.provision, scope_id="", scope_en=scope, stage=p.kind
        )

    article = SimpleNamespace(
        institution="inst:ppk-sintetis",
        provision="pp-90-2030/pasal-18",
        scope_id="",
        scope_en="imposes discipline according to rank",
        stage="imposes",
    )
    scopes = [
        "heavy on functional staff in a province",
        "heavy on a camat in a regency",
        "heavy on state-school teachers in a regency",
        "proposes dismissal of a madya executive",
    ]
    steps = [article] + [step(p, "inst:ppk-sintetis", s) for p, s in zip(ppk, scopes, strict=True)]
    steps.append(step(head[0], "inst:kadis-sintetis", "light on teachers in a regency"))
    q = parse_question(
        "Guru SMA sintetis di sekolah negeri (PNS provinsi, jabatan fungsional) ikut kampanye, "
        "ancamannya berat. Siapa yang menghukum?"
    )
    kept = A._fitting_steps(steps, q, Analyzer, corpus)
    assert kept == [article, steps[1]]
    # The question says nothing of the post: the words choose as before, and a proposal restricted to a
    # post stays out; without the corpus the words choose as they always did.
    plain = parse_question("PNS sintetis ikut kampanye di sekolah, siapa yang menghukum?")
    assert steps[4] not in A._fitting_steps(steps, plain, Analyzer, corpus)
    assert A._fitting_steps(steps, q, Analyzer) == A._fitting_steps(steps, q, Analyzer, None)
    madya = parse_question(
        "A synthetic madya-level senior official in a province campaigned; can he be dismissed?"
    )
    assert steps[4] in A._fitting_steps(steps, madya, Analyzer, corpus)


def test_who_punishes_an_offender_the_question_places_is_answered_from_the_posts_split_without_a_chain():
    from datetime import date

    from kg.corpus.records import Power
    from kg.question import catalog_from_corpus, parse_question

    heavy = ["sanction:pp-90-2030/berat/pemberhentian-dengan-hormat"]
    medium = ["sanction:pp-90-2030/sedang/potong-tukin-6-bulan"]
    powers = [
        Power(
            kind="imposes",
            scope_id="s",
            scope_en="regency PPK on administrators",
            sanctions=medium + heavy,
            provision="pp-90-2030/pasal-18/ayat-3/huruf-c",
            offender_posts=["administrator"],
            tiers=["kabupaten-kota"],
        ),
        Power(
            kind="imposes",
            scope_id="s",
            scope_en="provincial PPK on administrators",
            sanctions=heavy,
            provision="pp-90-2030/pasal-18/ayat-2/huruf-c",
            offender_posts=["administrator"],
            tiers=["provinsi"],
        ),
    ]
    inst = SimpleNamespace(id="inst:ppk-sintetis", name="PPK sintetis", powers=powers)
    added = []
    b = SimpleNamespace(
        corpus=SimpleNamespace(
            institutions=(inst,),
            institution={inst.id: inst}.get,
            sanction=lambda sid: SimpleNamespace(level=sid.split("/")[1]),
        ),
        add=lambda group, pid, note="": added.append((group, pid)),
    )
    camat = parse_question("Camat sintetis di pemkab ikut kampanye, hukuman sedang. Siapa yang menghukum?")
    catalog = catalog_from_corpus(b.corpus)
    A._post_powers(b, camat, catalog)
    assert added == [("authorities", "pp-90-2030/pasal-18/ayat-3/huruf-c")]
    # the province's point is ruled out for the regency's camat: the catalogue of powers drops it
    assert A._powers_by_post(b, camat, catalog)[1] == {"pp-90-2030/pasal-18/ayat-2/huruf-c"}
    added.clear()
    bare = parse_question("PNS sintetis ikut kampanye. Siapa yang menghukum?")
    A._post_powers(b, bare, catalog)
    assert added == [] and A._powers_by_post(b, bare, catalog) is None
    # a power of an act not yet made on the question's date punished nobody then
    status = SimpleNamespace(state="in_force", by=None, since=None)
    act = SimpleNamespace(
        id="pp-90-2030", tahun=2030, status=status, diundangkan=date(2030, 3, 1), ditetapkan=None, amends=()
    )
    b.corpus.regulations = (act,)
    before = parse_question("Tahun 2025 camat sintetis di pemkab ikut kampanye, hukuman sedang. Siapa?")
    catalog = catalog_from_corpus(b.corpus)
    A._post_powers(b, before, catalog)
    assert added == []
    A._post_powers(b, camat, catalog)
    assert added == [("authorities", "pp-90-2030/pasal-18/ayat-3/huruf-c")]


def test_who_punishes_a_civil_servant_of_unsaid_post_is_the_point_over_all_the_rank_and_file_with_a_note():
    from test_posts import synthetic_power

    from kg.question import catalog_from_corpus, parse_question

    heavy = ["sanction:pp-90-2030/berat/pemberhentian-dengan-hormat"]
    regency = ["kabupaten-kota"]
    powers = [
        synthetic_power(
            "pp-90-2030/pasal-18/ayat-3/huruf-c",
            ["administrator", "pengawas", "pelaksana"],
            None,
            regency,
            heavy,
        ),
        synthetic_power("pp-90-2030/pasal-18/ayat-3/huruf-d", ["fungsional"], None, regency, heavy),
    ]
    inst = SimpleNamespace(id="inst:ppk-sintetis", name="PPK sintetis", powers=powers)
    b = SimpleNamespace(
        corpus=SimpleNamespace(
            institutions=(inst,),
            institution={inst.id: inst}.get,
            sanction=lambda sid: SimpleNamespace(level=sid.split("/")[1]),
        ),
        groups={"authorities": {}},
    )
    b.add = lambda group, pid, note="": b.groups[group].setdefault(pid, note)
    catalog = catalog_from_corpus(b.corpus)
    bare = parse_question(
        "PNS sintetis di dinas kabupaten ikut kampanye, pelanggaran berat. Siapa yang menghukum?"
    )
    A._post_powers(b, bare, catalog)
    assert list(b.groups["authorities"]) == ["pp-90-2030/pasal-18/ayat-3/huruf-c"]
    assert A._punisher_by_unsaid_post(b, bare)  # the card says the post was not told
    teacher = parse_question(
        "Guru PNS sintetis di kabupaten ikut kampanye, pelanggaran berat. Siapa yang menghukum?"
    )
    assert not A._punisher_by_unsaid_post(b, teacher)
    b.groups["authorities"].clear()
    A._post_powers(b, teacher, catalog)
    assert list(b.groups["authorities"]) == ["pp-90-2030/pasal-18/ayat-3/huruf-d"]


def test_a_provision_the_question_names_by_number_is_cited(reasoning_store, monkeypatch):
    card = _ask(reasoning_store, "Pasal 5 PP 90/2030 itu mengatur soal apa?")
    assert card.parsed.provisions == ("pp-90-2030/pasal-5",)
    assert "pp-90-2030/pasal-5" in card.cited_ids()
    # a store of our records alone holds Pasal 3 huruf b only in parts (its angka): the parts are cited
    monkeypatch.setattr(reasoning_store, "lookup", lambda pid: None)
    parts = _ask(reasoning_store, "Apa isi Pasal 3 huruf b PP 90/2030?")
    both = {"pp-90-2030/pasal-3/huruf-b/angka-1", "pp-90-2030/pasal-3/huruf-b/angka-2"}
    assert both <= set(parts.cited_ids())


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("Can the ambassador punish him directly?", True),
        ("Siapa yang menjatuhkan hukumannya?", True),
        ("Dubes bisa langsung menghukum?", True),
        ("What penalty does he face?", False),
    ],
)
def test_a_sanction_question_asking_who_punishes_is_told_apart(text, asks):
    assert bool(A._ASKS_WHO_PUNISHES.search(text)) is asks


# -- several breaches get one penalty, the heaviest; a repeat a heavier one (PP 94/2021 Pasal 35) ----------
class _SyntheticPenaltyBuilder:
    """A card so far: the matched norms with the rule cited for each, and the discipline sanctions cited."""

    def __init__(self, matched, sanctions=()):
        self.matched = matched
        self.groups = {"sanctions": {pid: SimpleNamespace(regime="discipline") for pid in sanctions}}
        self.added = []

    def add(self, group, pid, note="", regime=None, rests_on=()):
        self.added.append((group, pid, tuple(rests_on), regime))
        return True


def _breach(pid, addressees=("pns",), regime="discipline", penalty=True):
    punished_by = (pid + "-x",) if penalty else ()
    norm = SimpleNamespace(addressees=addressees, regime=regime, sanction_provisions=punished_by)
    return (norm, pid)


_ABSENT, _CAMPAIGN = "pp-94-2021/pasal-4/huruf-f", "pp-94-2021/pasal-5/huruf-n/angka-1"
_OLD_INSIGNIA, _OLD_CAR = "pp-53-2010/pasal-4/angka-12/huruf-b", "pp-53-2010/pasal-4/angka-12/huruf-d"
_STORY, _REPEAT_STORY = "Synthetic story.", "Synthetic: sudah pernah ditegur, sekarang mengulanginya."
_SEVERAL = "pp-94-2021/pasal-35/ayat-1"


@pytest.mark.parametrize(
    ("matched", "text", "added"),
    [
        # absence taken to campaign: two breaches of the one regulation, one penalty
        ([_breach(_ABSENT), _breach(_CAMPAIGN)], _STORY, [(_SEVERAL, (_ABSENT, _CAMPAIGN))]),
        # at a date before 2021 the regulation then in force says the same
        (
            [_breach(_OLD_INSIGNIA), _breach(_OLD_CAR)],
            _STORY,
            [("pp-53-2010/pasal-30/ayat-1", (_OLD_INSIGNIA, _OLD_CAR))],
        ),
        ([_breach(_CAMPAIGN)], _STORY, []),  # one breach
        ([_breach(_CAMPAIGN)], _REPEAT_STORY, [("pp-94-2021/pasal-35/ayat-2", (_CAMPAIGN,))]),
        # the ASN law's neutrality duty is the same conduct, not a second breach of the discipline regulation
        ([_breach(_CAMPAIGN), _breach("uu-20-2023/pasal-24/ayat-1/huruf-d")], _STORY, []),
        # a superior's failure to punish is the superior's breach, not a second one of the offender
        ([_breach(_CAMPAIGN), _breach("pp-94-2021/pasal-24/ayat-1", ("pybmh",))], _STORY, []),
        # a rule carrying no penalty of its own, or of another regime, is no breach to weigh
        ([_breach(_CAMPAIGN), _breach("pp-94-2021/pasal-35/ayat-3", penalty=False)], _STORY, []),
        ([_breach(_CAMPAIGN), _breach("pp-94-2021/pasal-99", regime="ethics")], _STORY, []),
    ],
)
def test_several_breaches_of_one_discipline_regulation_or_a_repeat_cite_how_the_penalty_is_set(
    matched, text, added
):
    from kg.question import parse_question

    b = _SyntheticPenaltyBuilder(matched)
    A._combined_penalties(b, parse_question(text))
    assert [(pid, on) for _, pid, on, _ in b.added] == added
    assert all(group == "sanctions" and regime == "discipline" for group, _, _, regime in b.added)


def test_breaches_by_several_people_are_not_several_breaches_of_one():
    from kg.question import parse_question

    b = _SyntheticPenaltyBuilder([_breach(_ABSENT), _breach(_CAMPAIGN)])
    q = parse_question("Synthetic: camat dan lurah, siapa yang melanggar dan apa sanksi masing-masing?")
    assert q.each
    A._combined_penalties(b, q)
    assert b.added == []


def test_a_repeat_with_no_discipline_rule_found_cites_the_regulation_whose_penalties_are_cited():
    from kg.question import parse_question

    q = parse_question("Synthetic: already punished once for partisanship, she does it again.")
    b = _SyntheticPenaltyBuilder([], sanctions=["pp-94-2021/pasal-14/huruf-i"])
    A._combined_penalties(b, q)
    assert [pid for _, pid, _, _ in b.added] == ["pp-94-2021/pasal-35/ayat-2"]
    b = _SyntheticPenaltyBuilder([], sanctions=[])
    A._combined_penalties(b, q)
    assert b.added == []


def test_asked_whether_one_act_may_be_punished_twice_the_card_cites_the_one_penalty_rule():
    from datetime import date

    from kg.question import parse_question

    q = parse_question("Synthetic: PNS itu sudah divonis pidana pemilihan, bisa dihukum dua kali?")
    assert q.twice and "pns" in q.roles
    b = _SyntheticPenaltyBuilder([_breach(_CAMPAIGN)])
    A._combined_penalties(b, q)
    assert [pid for _, pid, _, _ in b.added] == ["pp-94-2021/pasal-35/ayat-3"]
    # no discipline rule on the card: the civil servant's discipline regulation in force on the day
    from kg.question import RegInfo

    catalog = {
        "pp-94-2021": RegInfo(id="pp-94-2021", year=2021, state="in_force", enacted=date(2021, 8, 31)),
        "pp-53-2010": RegInfo(
            id="pp-53-2010", year=2010, state="repealed", since=date(2021, 8, 31), enacted=date(2010, 6, 6)
        ),
    }
    b = _SyntheticPenaltyBuilder([])
    A._combined_penalties(b, q, catalog)
    assert [pid for _, pid, _, _ in b.added] == ["pp-94-2021/pasal-35/ayat-3"]
    b = _SyntheticPenaltyBuilder([])
    A._combined_penalties(b, q.model_copy(update={"at": date(2019, 5, 1)}), catalog)
    assert [pid for _, pid, _, _ in b.added] == ["pp-53-2010/pasal-30/ayat-3"]
    # no question of punishing twice: nothing
    b = _SyntheticPenaltyBuilder([_breach(_CAMPAIGN)])
    A._combined_penalties(b, parse_question("Synthetic: PNS itu sudah divonis pidana pemilihan."))
    assert b.added == []


def test_asked_whether_two_acts_draw_two_penalties_the_card_cites_the_one_heaviest_penalty_rule():
    from kg.conduct import NormCandidate, NormMatch
    from kg.question import parse_question

    q = parse_question("Synthetic: PNS berkaos partai naik mobil dinas ke kampanye. Satu hukuman atau dua?")
    b = _SyntheticPenaltyBuilder([_breach(_CAMPAIGN)])  # however many breaches the card found
    A._combined_penalties(b, q)
    assert [pid for _, pid, _, _ in b.added] == ["pp-94-2021/pasal-35/ayat-1"]
    for asked in ("Does he get two penalties?", "Dua pelanggaran sekaligus, dihukum berapa?", "One or two?"):
        assert parse_question(asked).several, asked
    assert not parse_question("He skipped one or two days of work for the rally.").several

    def match(nid, score, regime="discipline"):
        pid = nid.replace("norm:", "").replace("/synthetic-", "/pasal-")
        norm = NormCandidate(nid, "prohibition", ("pns",), "", "", (pid,), regime=regime)
        return NormMatch(norm, score, score, 0.3, 0.0)

    shirt, car = match("norm:pp-90-2030/synthetic-5", 0.6), match("norm:pp-90-2030/synthetic-6", 0.4)
    faint = match("norm:pp-90-2030/synthetic-7", 0.2)
    # the second act's norm, of the same regulation, joins the first
    assert A._second_breach([shirt], [car], [shirt, car, faint]) == ([shirt, car], [])
    # not one matched far below the best
    assert A._second_breach([shirt], [], [shirt, faint]) == ([shirt], [])


def test_a_card_for_a_repeated_breach_adds_the_repeat_rule_and_nothing_else(reasoning_store, monkeypatch):
    # The synthetic regulation's Pasal 5 and 7 stand in for its several-breaches and repeat rules.
    monkeypatch.setitem(A._COMBINED_PENALTIES, "pp-90-2030", ("pp-90-2030/pasal-5", "pp-90-2030/pasal-7"))
    once = _ask(reasoning_store, "PNS memakai mobil dinas untuk kampanye, apa sanksinya?")
    again = _ask(
        reasoning_store,
        "PNS yang sudah pernah dihukum karena memakai mobil dinas untuk kampanye, sekarang mengulanginya "
        "lagi. Apa sanksinya?",
    )
    assert not once.parsed.repeat and again.parsed.repeat
    assert once.cited_ids() == ["pp-90-2030/pasal-3/huruf-b/angka-2", "pp-90-2030/pasal-4"]
    assert again.cited_ids() == [*once.cited_ids(), "pp-90-2030/pasal-7"]
    item = again.sanctions[-1]
    assert item.regime == "discipline" and item.rests_on == ("pp-90-2030/pasal-3/huruf-b/angka-2",)
    said = "the question says the breach (PP No. 90 Tahun 2030, Pasal 3 huruf b angka 2) repeats"
    assert item.note.startswith(said)


# -- what a sentence or a detention does to the job (synthetic stand-ins for UU 20/2023 Pasal 52-53) ---
_SYN_PROVISIONS = {
    "pasal-52/ayat-3/huruf-h": "dismissed after a synthetic prison term",
    "pasal-52/ayat-3/huruf-i": "dismissed for a synthetic office crime",
    "pasal-52/ayat-4": "huruf i is dishonourable",
    "pasal-53/ayat-2": "suspended while held",
    "pasal-53/ayat-3": "reinstated",
}
_H, _I, _CLASSED, _HELD, _BACK = (f"uu-91-2031/{x}" for x in _SYN_PROVISIONS)


def _synthetic_consequence(slug, effect, trigger, condition, pid, **more):
    return {
        "id": f"consequence:uu-91-2031/{slug}",
        "effect": effect,
        "trigger": trigger,
        "addressees": ["pegawai-asn"],
        "condition": condition,
        "description_id": f"synthetic {slug}",
        "description_en": f"Synthetic {slug}.",
        "provisions": [pid],
        **more,
    }


SYNTHETIC_CONSEQUENCES = {
    "regulations": [
        {
            "id": "uu-91-2031",
            "jenis": "uu",
            "nomor": "91",
            "tahun": 2031,
            "judul": "Pegawai Sintetis",
            "title": "Undang-Undang Nomor 91 Tahun 2031",
            "status": {"state": "in_force"},
            "official_source": {"issuer": "synthetic test fixture"},
            "checked_against_text": False,
            "provisions": [
                {"id": f"uu-91-2031/{x}", "citation": f"UU 91/2031 {x}", "summary_id": en, "summary_en": en}
                for x, en in _SYN_PROVISIONS.items()
            ],
        }
    ],
    "consequences": [
        _synthetic_consequence(
            "h",
            "dismissal",
            "final-prison-sentence",
            {"min_prison_months": 24},
            _H,
            dishonourable=False,
            classed_by=_CLASSED,
        ),
        _synthetic_consequence(
            "i",
            "dismissal",
            "final-prison-or-confinement-sentence",
            {"offence_of_office": True},
            _I,
            dishonourable=True,
            classed_by=_CLASSED,
        ),
        _synthetic_consequence(
            "held", "temporary-suspension", "detention", {"detained_as": ["suspect", "accused"]}, _HELD
        ),
        _synthetic_consequence(
            "back",
            "reinstatement",
            "detention",
            {"detained_as": ["suspect", "accused"]},
            _BACK,
            by="inst:dewan-pengawas-sintetis",
            follows="consequence:uu-91-2031/held",
        ),
    ],
}


@pytest.fixture()
def consequence_store(reasoning_store, tmp_path):
    from kg.corpus import ingest_corpus

    folder = tmp_path / "synthetic_corpus"
    (folder / "synthetic_consequences.json").write_text(json.dumps(SYNTHETIC_CONSEQUENCES), encoding="utf-8")
    ingest_corpus(folder, reasoning_store)
    return reasoning_store


def _consequences(card) -> dict:
    return {i.id: i for i in card.sanctions if i.id.startswith("uu-91-2031")}


def test_a_civil_servant_held_as_a_suspect_gets_suspension_and_who_reinstates(consequence_store):
    card = _ask(consequence_store, "PNS memakai mobil dinas untuk kampanye, lalu ditahan sebagai tersangka.")
    got = _consequences(card)
    assert card.parsed.criminal == ("detained", "suspect")
    assert list(got) == [_HELD, _BACK]  # no sentence told and no crime cited: no dismissal ground
    assert got[_HELD].regime == got[_BACK].regime == "administrative"
    said = "Condition (held in custody as suspect or accused): met, the question tells of custody."
    assert got[_HELD].note == f"Synthetic held. {said}"
    assert got[_BACK].note == f"Synthetic back. {said} Done by: Dewan Pengawas Sintetis."


def test_a_confinement_sentence_meets_no_prison_threshold_and_the_office_ground_stays_unknown(
    consequence_store,
):
    text = "PNS yang divonis kurungan karena memakai mobil dinas untuk kampanye, dipecat?"
    card = _ask(consequence_store, text)
    got = _consequences(card)
    assert list(got) == [_H, _I, _CLASSED]
    assert got[_H].note.endswith(": not met, the question tells of confinement (kurungan), not prison.")
    assert "unknown, our records do not say whether the offence is one" in got[_I].note
    act = "UU No. 91 Tahun 2031, Pasal 52"
    h, i = f"{act} ayat (3) huruf h", f"{act} ayat (3) huruf i"
    said = f"{act} ayat (4) does not list {h} as dishonourable; classes {i} as dishonourable"
    assert got[_CLASSED].note == said
    assert got[_CLASSED].rests_on == (_H, _I)


def test_without_a_sentence_detention_or_cited_crime_no_consequence_joins(consequence_store):
    card = _ask(consequence_store, "PNS memakai mobil dinas untuk kampanye, apa sanksinya?")
    assert card.parsed.criminal == () and _consequences(card) == {}


def test_a_cited_crime_with_no_sentence_told_brings_only_the_dismissal_ground_it_surely_meets(
    consequence_store, monkeypatch
):
    text = "PNS memakai mobil dinas untuk kampanye, apa sanksinya?"
    grave = _synthetic_crime("uu-91-2031/pasal-1", least=36)
    monkeypatch.setattr(A, "_cited_prison_sanctions", lambda b: [grave])
    got = _consequences(_ask(consequence_store, text))
    assert list(got) == [_H, _CLASSED] and ": met" in got[_H].note
    # a crime below the threshold, or one whose least term is unknown: no "maybe" without a sentence told
    for crime in (_synthetic_crime("uu-91-2031/pasal-2", least=1), _synthetic_crime("uu-91-2031/pasal-5")):
        monkeypatch.setattr(A, "_cited_prison_sanctions", lambda b, crime=crime: [crime])
        assert _consequences(_ask(consequence_store, text)) == {}


def _synthetic_crime(pid, least=None, most=None):
    return SimpleNamespace(
        provisions=[pid],
        prison_minimum=SimpleNamespace(months=least) if least else None,
        range=SimpleNamespace(max_months=most) if most else None,
    )


@pytest.mark.parametrize(
    ("crime", "verdict"),
    [
        (_synthetic_crime("uu-91-2031/pasal-1", least=36), "met"),
        (_synthetic_crime("uu-91-2031/pasal-2", least=1), "not met"),
        (_synthetic_crime("uu-91-2031/pasal-3", most=12), "not met"),  # its maximum is below the threshold
        (_synthetic_crime("uu-91-2031/pasal-4", most=72), "unknown"),
        (_synthetic_crime("uu-91-2031/pasal-5"), "unknown"),
    ],
)
def test_a_crimes_least_prison_term_decides_the_two_year_ground_only_where_recorded(crime, verdict):
    b = SimpleNamespace(corpus=SimpleNamespace(all_checked=lambda refs: False))
    assert A._threshold_verdict(b, crime, 24)[0] == verdict


def test_a_norm_resting_on_several_provisions_is_cited_at_the_one_naming_the_actor():
    from kg.question import parse_question

    subjects = {
        "uu-90-2030/pasal-73/ayat-1": ["calon", "tim-kampanye"],
        "uu-90-2030/pasal-73/ayat-4": ["tim-kampanye", "setiap-orang"],
    }
    corpus = SimpleNamespace(provision=lambda pid: SimpleNamespace(subjects=subjects.get(pid, [])))
    b = SimpleNamespace(corpus=corpus)
    norm = SimpleNamespace(provisions=list(subjects))
    # a civil servant is "anyone else" of ayat (4); a candidate is named by ayat (1)
    clerk = parse_question("PNS sintetis mengantar amplop uang dari tim paslon ke rumah warga")
    assert A._provision_for_actor(b, norm, clerk) == "uu-90-2030/pasal-73/ayat-4"
    candidate = parse_question("Calon bupati sintetis membagi amplop uang ke warga")
    assert A._provision_for_actor(b, norm, candidate) == "uu-90-2030/pasal-73/ayat-1"
    # without our records of whom a provision names, the first stands
    bare = SimpleNamespace(corpus=SimpleNamespace(provision=lambda pid: None))
    assert A._provision_for_actor(bare, norm, clerk) == "uu-90-2030/pasal-73/ayat-1"


# A made-up discipline regulation binding PNS and a made-up ASN law binding every ASN employee, whose
# neutrality duty our records link to the regulation's campaign ban as the same conduct.
SYNTHETIC_TWO_REGIMES = (
    """
regulations:"""
    + _synthetic_act("pp-70-2040", "Disiplin Pegawai Rekaan", "2040-03-01")
    + """      - id: pp-70-2040/pasal-1/angka-1
        citation: "PP No. 70 Tahun 2040, Pasal 1 angka 1"
        summary_id: PNS adalah warga negara yang diangkat sebagai pegawai tetap oleh pejabat pembina.
        summary_en: A PNS is a citizen appointed as a permanent employee by the staffing official.
      - id: pp-70-2040/pasal-3
        citation: "PP No. 70 Tahun 2040, Pasal 3"
        summary_id: PNS dilarang memakai mobil dinas untuk kampanye.
        summary_en: A civil servant may not use an official car for a campaign.
      - id: pp-70-2040/pasal-4
        citation: "PP No. 70 Tahun 2040, Pasal 4"
        summary_id: Pelanggaran Pasal 3 dijatuhi hukuman disiplin berat.
        summary_en: A breach of Pasal 3 draws a heavy disciplinary penalty.
      - id: pp-70-2040/pasal-30
        citation: "PP No. 70 Tahun 2040, Pasal 30"
        summary_id: Tim pemeriksa memeriksa PNS yang diduga melanggar Pasal 3.
        summary_en: An examining team examines a civil servant suspected of breaching Pasal 3.
"""
    + _synthetic_act("uu-71-2040", "Aparatur Rekaan", "2040-01-02")
    + """      - id: uu-71-2040/pasal-1/angka-4
        citation: "UU No. 71 Tahun 2040, Pasal 1 angka 4"
        summary_id: Pegawai Pemerintah dengan Perjanjian Kerja (PPPK) adalah pegawai ASN rekaan berkontrak.
        summary_en: A contract employee (PPPK) is a synthetic ASN employee working under a contract.
      - id: uu-71-2040/pasal-24/ayat-1
        citation: "UU No. 71 Tahun 2040, Pasal 24 ayat (1)"
        summary_id: Pegawai ASN wajib menjaga netralitas.
        summary_en: An ASN employee must keep neutral.
      - id: uu-71-2040/pasal-24/ayat-2
        citation: "UU No. 71 Tahun 2040, Pasal 24 ayat (2)"
        summary_id: Pegawai ASN yang tidak menjaga netralitas dijatuhi hukuman disiplin.
        summary_en: An ASN employee who does not keep neutral is disciplined.
      - id: uu-71-2040/pasal-24/ayat-3
        citation: "UU No. 71 Tahun 2040, Pasal 24 ayat (3)"
        summary_id: Instansi pemerintah wajib menegakkan disiplin pegawai ASN.
        summary_en: A government agency must enforce the discipline of its ASN employees.
institutions:
  - id: inst:tim-pemeriksa-sintetis
    name: Tim Pemeriksa Sintetis
    name_en: Synthetic Examining Team
    sources: [pp-70-2040/pasal-30]
    powers:
      - kind: investigates
        scope_id: memeriksa PNS yang diduga memakai mobil dinas untuk kampanye
        scope_en: examines a civil servant suspected of using an official car for a campaign
        provision: pp-70-2040/pasal-30
        norms: [norm:pp-70-2040/larangan-mobil-dinas, norm:uu-71-2040/menjaga-netralitas]
  - id: inst:instansi-sintetis
    name: Instansi Sintetis
    name_en: Synthetic employing agency
    sources: [uu-71-2040/pasal-24/ayat-3]
    powers:
      - kind: supervises
        scope_id: wajib menegakkan disiplin pegawai ASN, PNS maupun PPPK
        scope_en: must enforce the discipline of its ASN employees, PNS and PPPK alike
        provision: uu-71-2040/pasal-24/ayat-3
        norms: [norm:uu-71-2040/menjaga-netralitas]
norms:
  - id: norm:pp-70-2040/larangan-mobil-dinas
    kind: prohibition
    addressees: [pns]
    act_id: memakai mobil dinas untuk kampanye
    act_en: use an official car for a campaign
    provisions: [pp-70-2040/pasal-3]
    sanction_provisions: [pp-70-2040/pasal-4]
    regime: discipline
    same_conduct: [norm:uu-71-2040/menjaga-netralitas]
  - id: norm:uu-71-2040/menjaga-netralitas
    kind: obligation
    addressees: [pegawai-asn]
    act_id: menjaga netralitas
    act_en: keep neutral
    provisions: [uu-71-2040/pasal-24/ayat-1]
    sanction_provisions: [uu-71-2040/pasal-24/ayat-2]
    regime: discipline
"""
)


@pytest.fixture()
def two_regimes_store(tmp_path):
    return _curated_store(tmp_path, SYNTHETIC_TWO_REGIMES)


def test_an_act_whose_best_rule_binds_someone_else_is_answered_by_the_rule_linked_to_it_binding_the_actor(
    two_regimes_store,
):
    text = (
        "Seorang guru PPPK memakai mobil dinas sekolah untuk mengangkut massa ke kampanye akbar di lapangan "
        "kota, apa sanksinya?"
    )
    card = _ask(two_regimes_store, text)
    cited = card.cited_ids()
    assert card.parsed.actor == "pppk"
    assert "uu-71-2040/pasal-24/ayat-1" in cited and "uu-71-2040/pasal-24/ayat-2" in cited
    assert "pp-70-2040/pasal-3" not in cited  # the civil servants' rule itself does not bind a PPPK
    pns = _ask(two_regimes_store, "PNS memakai mobil dinas untuk kampanye, apa sanksinya?")
    assert pns.prohibitions[0].id == "pp-70-2040/pasal-3"


def test_a_named_regulation_holding_nothing_for_the_actor_is_set_aside_and_says_so(two_regimes_store):
    card = _ask(
        two_regimes_store,
        "Menurut PP 70/2040, apa sanksi guru PPPK yang memakai mobil dinas sekolah untuk mengangkut massa ke "
        "kampanye akbar?",
    )
    assert card.supported and "uu-71-2040/pasal-24/ayat-1" in card.cited_ids()
    assert "PP No. 70 Tahun 2040 binds civil servants with PNS status only, not a PPPK" in card.message


def test_a_contract_employee_gets_the_duties_of_every_asn_employee_and_nothing_of_the_pns_only_act(
    two_regimes_store,
):
    card = _ask(
        two_regimes_store,
        "Guru PPPK mengangkut massa ke kampanye akbar naik mobil dinas sekolah. PP 70/2040 cuma untuk PNS, "
        "jadi aturan apa yang mengikatnya?",
    )
    cited = card.cited_ids()
    assert card.supported and card.parsed.actor == "pppk"
    assert {"uu-71-2040/pasal-24/ayat-1", "uu-71-2040/pasal-24/ayat-2"} <= set(cited)
    assert not {"pp-70-2040/pasal-3", "pp-70-2040/pasal-4", "pp-70-2040/pasal-30"} & set(cited)
    # the act set aside is cited by whom it binds, and the ASN law by its word that a PPPK is an ASN employee
    assert [i.id for i in card.definitions] == ["pp-70-2040/pasal-1/angka-1", "uu-71-2040/pasal-1/angka-4"]
    assert "binds civil servants with PNS status only" in card.message


def test_asked_who_acts_on_a_contract_employee_the_employing_agency_enforces_not_the_pns_procedure(
    two_regimes_store, monkeypatch
):
    monkeypatch.setattr(A, "_direct_hits", lambda *a, **k: [])  # what the rules and the graph bring, alone
    asked = (
        "Kepala sekolah di sini. Guru PPPK kami mengangkut massa ke kampanye akbar naik mobil dinas sekolah. "
        "Staf mau membentuk tim pemeriksa. Siapa yang wajib menegakkan disiplinnya?"
    )
    card = _ask(two_regimes_store, asked)
    authorities = [i.id for i in card.authorities]
    assert card.parsed.actor == "pppk"  # the head who introduces himself asks about his teacher
    assert "uu-71-2040/pasal-24/ayat-3" in authorities and "pp-70-2040/pasal-30" not in authorities
    pns = _ask(two_regimes_store, asked.replace("PPPK", "PNS"))
    assert "pp-70-2040/pasal-30" in [i.id for i in pns.authorities]


# The same acts, with the ASN law's definition and its terms for non-ASN staff, and a synthetic election law's
# ban on anyone using government cars for a campaign.
SYNTHETIC_NON_ASN = (
    SYNTHETIC_TWO_REGIMES.replace(
        "institutions:\n",
        """      - id: uu-71-2040/pasal-1/angka-2
        citation: "UU No. 71 Tahun 2040, Pasal 1 angka 2"
        summary_id: Pegawai Aparatur Sipil Negara adalah PNS dan PPPK.
        summary_en: ASN employees are PNS and PPPK.
      - id: uu-71-2040/pasal-66
        citation: "UU No. 71 Tahun 2040, Pasal 66"
        summary_id: Penataan pegawai non-ASN wajib selesai paling lambat Desember 2041.
        summary_en: The regularisation of non-ASN staff must be finished by December 2041.
"""
        + _synthetic_act("uu-72-2040", "Pemilihan Rekaan", "2040-01-03")
        + """      - id: uu-72-2040/pasal-69
        citation: "UU No. 72 Tahun 2040, Pasal 69"
        summary_id: Setiap orang dilarang memakai mobil dinas atau fasilitas pemerintah untuk kampanye.
        summary_en: No one may use an official car or other government facilities for a campaign.
      - id: uu-72-2040/pasal-187
        citation: "UU No. 72 Tahun 2040, Pasal 187"
        summary_id: Setiap orang yang melanggar Pasal 69 dipidana penjara paling lama 6 bulan.
        summary_en: Whoever breaches Pasal 69 faces up to 6 months in prison.
institutions:
""",
        1,
    )
    + """  - id: norm:uu-72-2040/larangan-fasilitas
    kind: prohibition
    addressees: [setiap-orang]
    act_id: memakai mobil dinas atau fasilitas pemerintah untuk kampanye
    act_en: use an official car or other government facilities for a campaign
    provisions: [uu-72-2040/pasal-69]
    sanction_provisions: [uu-72-2040/pasal-187]
    regime: criminal-election
"""
)


def test_an_honorary_worker_gets_the_rules_binding_anyone_and_is_told_the_asn_rules_are_not_his(tmp_path):
    st = _curated_store(tmp_path, SYNTHETIC_NON_ASN)
    told = (
        "Saya tenaga honorer di dinas, bukan PNS dan bukan PPPK. Saya memakai mobil dinas untuk mengangkut "
        "massa ke kampanye akbar. Aturan apa yang mengikat saya?"
    )
    card = _ask(st, told)
    cited = card.cited_ids()
    assert card.supported and card.parsed.actor == "pegawai-non-asn"
    assert {"uu-72-2040/pasal-69", "uu-72-2040/pasal-187"} <= set(cited)  # the ban on anyone
    assert not {"pp-70-2040/pasal-3", "pp-70-2040/pasal-4", "pp-70-2040/pasal-30"} & set(cited)
    # who is an ASN employee, and whom the discipline regulation binds
    assert {i.id for i in card.definitions} == {"uu-71-2040/pasal-1/angka-2", "pp-70-2040/pasal-1/angka-1"}
    related = {i.id: i.note for i in card.related}
    assert "uu-71-2040/pasal-66" in related  # the law's terms for staff like him
    # the ASN duty the same act breaches is cited as binding ASN employees, not as his duty
    assert "not a non-ASN worker" in related["uu-71-2040/pasal-24/ayat-1"]
    assert "uu-71-2040/pasal-24/ayat-1" not in [i.id for i in card.obligations]
    pns = _ask(st, told.replace("tenaga honorer", "PNS").replace(", bukan PNS dan bukan PPPK", ""))
    assert "pp-70-2040/pasal-3" in pns.cited_ids() and "uu-71-2040/pasal-66" not in pns.cited_ids()
    named = _ask(st, "Saya guru honorer, bukan PNS. Apakah PP 70/2040 mengikat saya kalau ikut kampanye?")
    assert "binds civil servants with PNS status only, not a non-ASN (honorary) worker" in named.message
    assert "pp-70-2040/pasal-1/angka-1" in [i.id for i in named.definitions]
    assert "pp-70-2040/pasal-3" not in named.cited_ids()
    # told with the civil servant who gave the order, said as people say it: both are answered
    directed = _ask(
        st,
        "Saya sopir honorer di dinas. Kabag saya nyuruh saya memakai mobil dinas untuk mengangkut massa ke "
        "kampanye akbar. Saya bisa kena sanksi? Kabagnya kena pasal apa?",
    )
    assert directed.parsed.actor == "pegawai-non-asn" and "pns" in directed.parsed.roles
    assert "pp-70-2040/pasal-1/angka-1" in [i.id for i in directed.definitions]
    assert "pp-70-2040/pasal-3" in directed.cited_ids()


def test_an_act_the_question_names_does_not_keep_out_the_other_regimes_the_conduct_breaches(
    two_regimes_store,
):
    asked = "Menurut PP 70/2040, apa sanksi PNS yang memakai mobil dinas untuk kampanye?"
    card = _ask(two_regimes_store, asked)
    cited = card.cited_ids()
    assert "pp-70-2040/pasal-3" in cited and "pp-70-2040/pasal-4" in cited
    # the ASN law's duty the same conduct breaches, though the question names only the regulation
    assert "uu-71-2040/pasal-24/ayat-1" in cited


SYNTHETIC_DRAWN_IN = (
    """
regulations:"""
    + _synthetic_act("pp-70-2040", "Disiplin Pegawai Rekaan", "2040-03-01")
    + """      - id: pp-70-2040/pasal-5
        citation: "PP No. 70 Tahun 2040, Pasal 5"
        summary_id: PNS dilarang ikut kampanye.
        summary_en: A civil servant may not take part in a campaign.
"""
    + _synthetic_act("uu-74-2040", "Pemilihan Kepala Daerah Rekaan", "2040-01-02")
    + """      - id: uu-74-2040/pasal-70
        citation: "UU No. 74 Tahun 2040, Pasal 70"
        summary_id: Pasangan calon dilarang melibatkan ASN dalam kampanye.
        summary_en: A candidate pair may not involve ASN in the campaign.
      - id: uu-74-2040/pasal-71
        citation: "UU No. 74 Tahun 2040, Pasal 71"
        summary_id: Pejabat ASN dilarang membuat keputusan yang menguntungkan pasangan calon.
        summary_en: ASN officials may not take decisions that favour a candidate pair.
norms:
  - id: norm:pp-70-2040/larangan-ikut-kampanye
    kind: prohibition
    addressees: [pns]
    act_id: ikut kampanye atau masuk tim kampanye
    act_en: take part in a campaign or sit on a campaign team
    conditions: {election: [pilkada]}
    provisions: [pp-70-2040/pasal-5]
    regime: discipline
  - id: norm:uu-74-2040/larangan-paslon-melibatkan-asn
    kind: prohibition
    addressees: [pasangan-calon]
    act_id: melibatkan ASN dalam kampanye
    act_en: involve ASN in the campaign
    conditions: {election: [pilkada]}
    provisions: [uu-74-2040/pasal-70]
    regime: criminal-election
    involving: [pegawai-asn]
    same_conduct: [norm:pp-70-2040/larangan-ikut-kampanye]
  - id: norm:uu-74-2040/larangan-keputusan-memihak
    kind: prohibition
    addressees: [pns]
    act_id: membuat keputusan yang menguntungkan pasangan calon
    act_en: take decisions that favour a candidate pair
    conditions: {election: [pilkada]}
    provisions: [uu-74-2040/pasal-71]
    regime: administrative
"""
)


def test_a_civil_servant_a_pair_drew_into_its_campaign_is_cited_at_his_own_ban_whatever_act_is_named(
    tmp_path,
):
    st = _curated_store(tmp_path, SYNTHETIC_DRAWN_IN)
    asked = "Menurut UU 74/2040, seorang PNS masuk tim kampanye paslon bupati. Apa akibatnya bagi PNS itu?"
    cited = _ask(st, asked).cited_ids()
    assert "uu-74-2040/pasal-70" in cited  # the pair's ban on drawing him in
    # his own side of the act, from a regime the named act does not hold
    assert "pp-70-2040/pasal-5" in cited


SYNTHETIC_ALTERNATIVE_READING = (
    """
regulations:"""
    + _synthetic_act("pp-70-2040", "Disiplin Pegawai Rekaan", "2040-03-01")
    + """      - id: pp-70-2040/pasal-5
        citation: "PP No. 70 Tahun 2040, Pasal 5"
        summary_id: PNS dilarang menempel stiker pasangan calon pada kantong obat.
        summary_en: A civil servant may not stick a candidate pair's sticker on medicine bags.
      - id: pp-70-2040/pasal-6
        citation: "PP No. 70 Tahun 2040, Pasal 6"
        summary_id: PNS dilarang menempel stiker pasangan calon pada kantong belanja.
        summary_en: A civil servant may not stick a candidate pair's sticker on shopping bags.
"""
    + _synthetic_act("uu-77-2040", "Pemilihan Umum Rekaan", "2040-01-02")
    + """      - id: uu-77-2040/pasal-283
        citation: "UU No. 77 Tahun 2040, Pasal 283"
        summary_id: Aparatur dilarang mengadakan kegiatan keberpihakan.
        summary_en: The apparatus may not hold partisan activities.
norms:
  - id: norm:pp-70-2040/larangan-stiker-kantong-obat
    kind: prohibition
    addressees: [pns]
    act_id: menempel stiker pasangan calon pada kantong obat
    act_en: stick a candidate pair's sticker on medicine bags
    provisions: [pp-70-2040/pasal-5]
    regime: discipline
  - id: norm:pp-70-2040/larangan-stiker
    kind: prohibition
    addressees: [pns]
    act_id: menempel stiker pasangan calon pada kantong belanja
    act_en: stick a candidate pair's sticker on shopping bags
    provisions: [pp-70-2040/pasal-6]
    regime: discipline
    same_conduct: [norm:uu-77-2040/larangan-keberpihakan]
  - id: norm:uu-77-2040/larangan-keberpihakan
    kind: prohibition
    addressees: [pegawai-asn]
    act_id: mengadakan kegiatan keberpihakan
    act_en: hold partisan activities
    provisions: [uu-77-2040/pasal-283]
    regime: administrative
"""
)


def test_an_alternative_reading_brings_the_other_regime_linked_to_it_as_the_same_conduct(tmp_path):
    st = _curated_store(tmp_path, SYNTHETIC_ALTERNATIVE_READING)
    card = _ask(st, "PNS menempel stiker pasangan calon pada kantong plastik. Apa akibatnya?")
    assert [x.id for x in card.prohibitions][:1] == ["pp-70-2040/pasal-5"]
    alternatives = {x.id: x.note for x in card.alternatives}
    assert "pp-70-2040/pasal-6" in alternatives
    # the other act reaching the alternative's conduct, which the question's words do not match
    assert "the same conduct as norm:pp-70-2040/larangan-stiker" in alternatives["uu-77-2040/pasal-283"]


SYNTHETIC_READING_BROUGHT_TWICE = SYNTHETIC_ALTERNATIVE_READING.replace(
    """    provisions: [pp-70-2040/pasal-5]
    regime: discipline
""",
    """    provisions: [pp-70-2040/pasal-5]
    regime: discipline
    same_conduct: [norm:uu-77-2040/larangan-keberpihakan]
""",
).replace(
    """    provisions: [uu-77-2040/pasal-283]
    regime: administrative
""",
    """    provisions: [uu-77-2040/pasal-283]
    regime: administrative
    same_conduct: [norm:pp-70-2040/larangan-stiker]
""",
)


def test_a_reading_the_chosen_norm_also_links_still_brings_its_own_counterpart_as_an_alternative(
    tmp_path, monkeypatch
):
    # The words put the election act's ban close (an alternative) and the chosen norm links it (so it
    # answers): the discipline point that ban names as its counterpart is still offered to consider.
    st = _curated_store(tmp_path, SYNTHETIC_READING_BROUGHT_TWICE)
    chosen, close = "norm:pp-70-2040/larangan-stiker-kantong-obat", "norm:uu-77-2040/larangan-keberpihakan"

    def select(b, q, matches):
        return [m for m in matches if m.norm.id == chosen], [m for m in matches if m.norm.id == close]

    monkeypatch.setattr(A, "_select_counted", select)
    card = _ask(st, "PNS menempel stiker pasangan calon pada kantong obat. Apa akibatnya?")
    assert "uu-77-2040/pasal-283" in [x.id for x in card.prohibitions]
    assert "pp-70-2040/pasal-6" in [x.id for x in card.alternatives]


def test_only_a_long_story_is_searched_again_by_its_questions():
    story = (
        "Last week at the office party a colleague from the planning unit brought leaflets for one pair and "
        "handed them round the tables while everyone ate. Who has to examine him? And how fast?"
    )
    assert A._asking_sentences(story) == "Who has to examine him? And how fast?"
    assert A._asking_sentences("Who examines a civil servant who handed out leaflets? Quickly?") == ""
    assert A._asking_sentences(story.replace("?", ".")) == ""


SYNTHETIC_SIBLINGS = """
regulations:
  - id: uu-72-2040
    jenis: uu
    nomor: "72"
    tahun: 2040
    judul: Pemilihan Rekaan
    title: Undang-Undang Nomor 72 Tahun 2040
    diundangkan: 2040-01-02
    status: {state: in_force}
    official_source: {issuer: synthetic test fixture}
    checked_against_text: false
    provisions:
      - id: uu-72-2040/pasal-71/ayat-2
        citation: "UU No. 72 Tahun 2040, Pasal 71 ayat (2)"
        summary_id: Bupati dilarang mengganti pejabat menjelang pemilihan rekaan.
        summary_en: A regent may not replace officials ahead of the synthetic election.
      - id: uu-72-2040/pasal-71/ayat-3
        citation: "UU No. 72 Tahun 2040, Pasal 71 ayat (3)"
        summary_id: Bupati dilarang memakai program dan kegiatan pemerintah untuk pasangan calon rekaan.
        summary_en: A regent may not use government programmes and activities for a synthetic pair.
norms:
  - id: norm:uu-72-2040/larangan-mutasi-program
    kind: prohibition
    addressees: [kepala-daerah]
    act_id: mengganti pejabat atau memakai program dan kegiatan untuk pasangan calon
    act_en: replace officials or use programmes and activities for a candidate pair
    provisions: [uu-72-2040/pasal-71/ayat-2, uu-72-2040/pasal-71/ayat-3]
    regime: administrative
"""


def test_of_a_norms_sibling_provisions_the_one_the_question_is_about_is_cited_too(tmp_path, monkeypatch):
    monkeypatch.setattr(A, "_direct_hits", lambda *a, **k: [])  # what the norm matcher cites, alone
    st = _curated_store(tmp_path, SYNTHETIC_SIBLINGS)
    card = _ask(st, "Bupati meluncurkan program seragam gratis untuk pasangan calon, melanggar apa?")
    prohibitions = [i.id for i in card.prohibitions]
    assert prohibitions[:2] == ["uu-72-2040/pasal-71/ayat-2", "uu-72-2040/pasal-71/ayat-3"]


def test_an_english_word_the_index_never_saw_weighs_less_than_an_indonesian_one(store):
    from kg.search.engine import get_searcher

    searcher = get_searcher(store, load_encoder("hash"))
    (as_id,) = A._meaning(searcher, "zzyzxq")
    (as_en,) = A._meaning(searcher, "zzyzxq", "en")
    assert as_en[0] == pytest.approx(A.UNSEEN_EN * as_id[0]) and A.UNSEEN_EN < 1


def test_a_hit_on_a_rule_our_records_say_binds_only_others_is_no_answer_for_the_actor(two_regimes_store):
    from kg.corpus.load import load_store_corpus
    from kg.question import parse_question

    corpus = load_store_corpus(two_regimes_store)
    pppk = parse_question("PPPK memakai mobil dinas untuk kampanye")
    pns = parse_question("PNS memakai mobil dinas untuk kampanye")
    assert not A._fits_records(corpus, "pp-70-2040/pasal-3", pppk)
    assert A._fits_records(corpus, "pp-70-2040/pasal-3", pns)
    assert A._fits_records(corpus, "uu-71-2040/pasal-24/ayat-1", pppk)


def test_a_named_penalty_is_read_with_the_rule_it_punishes(two_regimes_store):
    card = _ask(two_regimes_store, "What is Article 4 of PP 70/2040 about?")
    assert "pp-70-2040/pasal-3" in card.cited_ids()


def test_a_rule_for_another_kind_of_civil_servant_or_for_civil_servants_alone_is_filtered():
    from types import SimpleNamespace

    from kg.question import parse_question

    def norm(pid, *addressees):
        return SimpleNamespace(kind="obligation", addressees=addressees, provisions=(pid,))

    bundle = SimpleNamespace(norms=[norm("pp-70-2040/pasal-3", "pns"), norm("pp-70-2040/pasal-37", "pybmh")])
    pppk = parse_question("PPPK memakai mobil dinas untuk kampanye")
    assert not A._binds_by_records(bundle, "pp-70-2040/pasal-3", pppk)
    assert A._binds_by_records(bundle, "pp-70-2040/pasal-37", pppk)  # the punishing official's duty
    # A village head is no civil servant: the PNS rule is no answer, unless the question names one too.
    village = parse_question("Kepala desa memakai mobil dinas untuk kampanye")
    assert not A._binds_by_records(bundle, "pp-70-2040/pasal-3", village)
    told = parse_question("Kepala desa menyuruh seorang PNS memakai mobil dinas untuk kampanye")
    assert A._binds_by_records(bundle, "pp-70-2040/pasal-3", told)


def test_asking_whether_an_official_can_give_a_penalty_asks_who_punishes():
    assert A._ASKS_WHO_PUNISHES.search("Can the consul-general give him a written reprimand himself?")
    assert A._ASKS_WHO_PUNISHES.search("can the head of office hand down a medium penalty to a teacher?")
    assert not A._ASKS_WHO_PUNISHES.search("Can a civil servant give a speech at a rally?")


def test_a_status_question_cites_the_act_asked_about_and_the_acts_amending_it(reasoning_store):
    card = _ask(reasoning_store, "Apakah PP Disiplin Sintetis sudah pernah diubah?")
    assert card.parsed.intent == "status" and card.supported
    related = {i.id: i for i in card.related}
    assert "pp-12-2031" in related and "amends" in related["pp-12-2031"].note
    assert "pp-90-2030" in related and related["pp-12-2031"].citation.startswith("PP No. 12 Tahun 2031")
    assert related["pp-12-2031"].status == "in force"  # the state our records give the act


def test_asking_when_a_body_stopped_cites_what_changed_it_and_the_acts_ending_its_powers(reasoning_store):
    card = _ask(reasoning_store, "Kapan Komisi Lama Sintetis berhenti bekerja, dan lewat aturan apa?")
    assert card.parsed.intent == "status"
    assert "pp-90-2030/pasal-8" in [i.id for i in card.authorities]
    assert "pp-12-2031" in [i.id for i in card.related]


def test_two_terms_told_apart_without_quotes_are_each_defined(reasoning_store):
    card = _ask(reasoning_store, "Apa beda PS dengan kode etik pegawai sintetis?")
    assert {"pp-90-2030/pasal-1/angka-1", "pp-90-2030/pasal-1/angka-2"} <= {i.id for i in card.definitions}


def test_a_question_naming_two_acts_gets_each_acts_best_provision(reasoning_store):
    from kg.question import catalog_from_corpus, parse_question
    from kg.search.engine import get_searcher

    searcher = get_searcher(reasoning_store, load_encoder("hash"))
    b = A._Builder(reasoning_store, searcher, None)
    catalog = catalog_from_corpus(b.corpus, reasoning_store.ids())
    known = set(reasoning_store.ids())
    both = parse_question(
        "Menurut PP 10/2020 dan PP 90/2030, bolehkah PNS memakai mobil dinas untuk kampanye peserta lomba?",
        catalog,
        known=known,
    )
    assert {r.id for r in both.regulations} == {"pp-10-2020", "pp-90-2030"}
    found = A._each_act_hits(b, both, catalog)
    assert sorted(h.doc_id for h in found) == ["pp-10-2020", "pp-90-2030"]
    one = parse_question("Menurut PP 90/2030, bolehkah PNS memakai mobil dinas?", catalog, known=known)
    assert A._each_act_hits(b, one, catalog) == []


def test_search_ranks_the_actors_own_rules_before_the_ban_on_whoever_drew_the_actor_in():
    from kg.answers import CitedItem
    from kg.question import parse_question

    def item(pid, note):
        return CitedItem(id=pid, citation=pid, status="in force", snippet="", is_summary=True, note=note)

    card = SimpleNamespace(
        supported=True,
        definitions=[],
        prohibitions=[
            item("uu-71-2030/pasal-70", f"prohibition: involve ASN ({A.DREW_IN_WHY})"),
            item("pp-90-2030/pasal-3/huruf-b/angka-2", "prohibition: use an official car"),
        ],
        obligations=[],
        permissions=[],
        sanctions=[
            item("uu-71-2030/pasal-189", f"{A.DREW_IN_SANCTION}: involve civil servants"),
            item("pp-90-2030/pasal-4", "sanction for: use an official car"),
        ],
        authorities=[],
    )
    q = parse_question("PNS memakai mobil dinas untuk kampanye paslon")
    searcher = SimpleNamespace(index=SimpleNamespace(rows_of_id={}))
    hits = A._reasoned_hits(searcher, card, q, 10)
    assert [h.pinpoint for h in hits] == [
        "pp-90-2030/pasal-3/huruf-b/angka-2",
        "pp-90-2030/pasal-4",
        "uu-71-2030/pasal-70",
        "uu-71-2030/pasal-189",
    ]


def test_a_best_rule_binding_someone_else_with_no_link_gives_way_to_the_next_that_leads_to_the_actor():
    from dataclasses import replace

    from kg.conduct import NormCandidate, NormMatch
    from kg.question import parse_question

    def norm(nid, addressees, links=()):
        return NormCandidate(
            id=nid,
            kind="prohibition",
            addressees=addressees,
            act_id="",
            act_en="",
            provisions=(nid.replace("norm:", "") + "/pasal-1",),
            same_conduct=links,
        )

    duty = replace(norm("norm:uu-71-2040/synthetic-duty", ("pegawai-asn",)), kind="obligation")
    incumbent = norm("norm:uu-72-2040/synthetic-incumbent-leave", ("petahana",))
    campaign = norm("norm:pp-70-2040/synthetic-campaign", ("pns",), (duty.id,))
    ranked = [NormMatch(incumbent, 0.6, 1.0, 0.2, 0.0), NormMatch(campaign, 0.43, 0.7, 0.13, 0.0)]
    matcher = SimpleNamespace(match=lambda q, ranks, keep: ranked, candidates=[duty, incumbent, campaign])
    q = parse_question("Synthetic: guru PPPK bikin video joget pakai jingle paslon bupati. Kena apa?")
    assert q.actor == "pppk"

    def keep(c):
        return A.actor_allows(c, q)

    found = A._through_excluded(matcher, q, {}, [], keep, lambda c: True)
    assert [m.norm.id for m in found] == [duty.id]
    # a chosen rule binding the actor that matches better than the linked reading keeps the answer
    ours = NormMatch(norm("norm:uu-72-2040/synthetic-ours", ("pppk",)), 0.65, 1.0, 0.2, 0.0)
    assert A._through_excluded(matcher, q, {}, [ours], keep, lambda c: True) == []


def test_a_ban_on_drawing_people_into_a_campaign_is_cited_at_the_point_naming_who_was_drawn_in():
    from kg.conduct import NormCandidate
    from kg.question import parse_question

    summaries = {
        "uu-74-2040/pasal-70/ayat-1/huruf-a": "Paslon dilarang melibatkan pejabat BUMN dalam kampanye.",
        "uu-74-2040/pasal-70/ayat-1/huruf-b": "Paslon dilarang melibatkan ASN dalam kampanye.",
        "uu-74-2040/pasal-70/ayat-1/huruf-c": "Paslon dilarang melibatkan kepala desa dan perangkat desa.",
    }

    def provision(pid):
        return SimpleNamespace(summary_id=summaries[pid], summary_en="") if pid in summaries else None

    corpus = SimpleNamespace(provision=provision)
    b = SimpleNamespace(corpus=corpus, official=lambda pid: None)
    ban = NormCandidate(
        id="norm:uu-74-2040/synthetic-involving",
        kind="prohibition",
        addressees=("pasangan-calon",),
        act_id="",
        act_en="",
        provisions=("uu-74-2040/pasal-70/ayat-1", *summaries),
        involving=("pegawai-asn", "kepala-desa", "perangkat-desa"),
    )
    pns = parse_question("Synthetic: paslon bupati menyuruh seorang PNS jadi MC kampanye di balai desa.")
    assert A._points_naming(b, ban, pns) == ["uu-74-2040/pasal-70/ayat-1/huruf-b"]
    both = parse_question("Synthetic: paslon bupati melibatkan kepala desa dan seorang PNS dalam kampanye.")
    assert A._points_naming(b, ban, both) == [
        "uu-74-2040/pasal-70/ayat-1/huruf-b",
        "uu-74-2040/pasal-70/ayat-1/huruf-c",
    ]
    assert A._points_naming(b, ban, parse_question("Synthetic: paslon bupati berkampanye di pasar.")) == []


def test_the_search_leads_with_each_rule_followed_by_its_sanction():
    card = SimpleNamespace(
        definitions=["def"],
        prohibitions=["ban-1", "ban-2"],
        obligations=["duty"],
        permissions=[],
        sanctions=["penalty-1", "penalty-2"],
        authorities=["who"],
        related=["repeal"],
    )
    conduct = SimpleNamespace(intent="general")
    paired = ["ban-1", "penalty-1", "ban-2", "penalty-2", "duty"]
    assert A._leading_items(card, conduct) == [*paired, "def", "who"]
    who = SimpleNamespace(intent="authority")
    assert A._leading_items(card, who)[0] == "who"
    status = SimpleNamespace(intent="status")
    assert A._leading_items(card, status)[0] == "repeal"


def test_each_act_named_beside_another_gives_its_own_definition_of_the_term(monkeypatch):
    from kg.question import parse_question

    found = [
        (2.0, "uu-71-2040/pasal-1/angka-10"),
        (1.9, "uu-71-2040/pasal-1/angka-11"),
        (1.1, "uu-74-2040/pasal-1/angka-12"),
        (0.4, "uu-75-2040/pasal-1/angka-3"),
    ]
    monkeypatch.setattr(A, "_defined_terms", lambda b, scope: ([], {}))
    monkeypatch.setattr(A, "_defining", lambda b, q, asked, entries, spelled, scope: found)
    added = []
    b = SimpleNamespace(add=lambda group, pid, note="": added.append(pid))
    q = parse_question("Synthetic: arti PPK menurut dua undang-undang itu?")
    A._definitions(b, q, {"uu-71-2040", "uu-74-2040", "uu-75-2040"})
    assert "uu-74-2040/pasal-1/angka-12" in added  # the second act's own, though below the best
    assert "uu-75-2040/pasal-1/angka-3" not in added  # too faint a match to be its definition
    added.clear()
    A._definitions(b, q, {"uu-71-2040"})
    assert "uu-74-2040/pasal-1/angka-12" not in added


def test_a_sanction_a_higher_act_overrides_brings_the_prevailing_one_onto_the_card():
    conflict = {
        "principle": "lex superior",
        "sides": [
            {
                "provisions": ["uu-71-2040/pasal-9/ayat-3/huruf-g", "uu-71-2040/pasal-9/ayat-4"],
                "regime": "adm",
            },
            {"provisions": ["pp-90-2030/pasal-8/ayat-4/huruf-c"], "regime": "discipline"},
        ],
    }
    added = []
    b = SimpleNamespace(
        groups={"sanctions": {"pp-90-2030/pasal-8/ayat-4/huruf-c": None}},
        conflicts=(conflict,),
        add=lambda group, pid, note="", regime=None: added.append((group, pid, regime)),
    )
    A._prevailing_sanctions(b)
    assert added == [
        ("sanctions", "uu-71-2040/pasal-9/ayat-3/huruf-g", "adm"),
        ("sanctions", "uu-71-2040/pasal-9/ayat-4", "adm"),
    ]
    added.clear()
    b.groups = {"sanctions": {"pp-90-2030/pasal-4": None}}  # the overridden penalty is not on the card
    A._prevailing_sanctions(b)
    assert added == []


_ANY_QUESTION = SimpleNamespace(text="", actor=None, roles=())  # for points that read nothing of it


def _point_finder(texts: dict, status: dict, jenis: dict):
    """A builder whose search returns ``texts``' ids in order, each with its text, status and act's kind."""
    hits = [SimpleNamespace(pinpoint=p, doc_id=p.split("/")[0], rank=n) for n, p in enumerate(texts, start=1)]
    added = []
    return added, SimpleNamespace(
        searcher=SimpleNamespace(
            search=lambda query, k=20, at=None, docs=None: [
                h for h in hits if docs is None or h.doc_id in docs
            ]
        ),
        at=None,
        official=lambda pid: ("citation", texts[pid], False) if pid in texts else None,
        status=lambda pid: status.get(pid, "in force"),
        corpus=SimpleNamespace(regulation=lambda doc: SimpleNamespace(jenis=jenis[doc])),
        add=lambda group, pid, note="": added.append((group, pid)),
    )


def test_a_story_point_said_by_an_article_and_by_its_ayat_cites_the_ayat():
    texts = {
        "pp-90-2030/pasal-339": "Cuti di luar negeri hanya dapat diberikan oleh PPK; izin sementara.",
        "pp-90-2030/pasal-311": "Cuti tahunan 12 hari kerja.",
        "pp-90-2030/pasal-339/ayat-1": "Cuti yang dijalani di luar negeri hanya boleh diberikan oleh PPK.",
    }
    _, b = _point_finder(texts, {}, {"pp-90-2030": "pp"})
    said = re.compile(r"luar negeri\b[^.]{0,40}\bhanya (?:dapat|boleh) diberikan")
    assert A._highest_point(b, "cuti di luar negeri", said) == "pp-90-2030/pasal-339/ayat-1"
    # a point whose parts do not say it is cited whole
    del texts["pp-90-2030/pasal-339/ayat-1"]
    assert A._highest_point(b, "cuti di luar negeri", said) == "pp-90-2030/pasal-339"


def test_a_story_of_retiring_cites_where_the_highest_act_in_force_ends_service_at_retirement_age():
    from kg.question import parse_question

    texts = {
        "pp-90-2030/pasal-239": "PNS yang mencapai batas usia pensiun diberhentikan dengan hormat.",
        "uu-70-2020/pasal-87/ayat-1/huruf-c": "mencapai batas usia pensiun;",
        "uu-71-2040/pasal-5": "Pegawai ASN wajib netral.",
        "uu-71-2040/pasal-52/ayat-3/huruf-c": "mencapai batas usia pensiun jabatan;",
    }
    added, b = _point_finder(
        texts,
        {"uu-70-2020/pasal-87/ayat-1/huruf-c": "repealed"},
        {"pp-90-2030": "pp", "uu-70-2020": "uu", "uu-71-2040": "uu"},
    )
    A._cite_story_point(b, A._RETIREMENT, _ANY_QUESTION)
    assert added == [
        ("related", "uu-71-2040/pasal-52/ayat-3/huruf-c")
    ]  # the law over the PP; not the repealed one
    for told in (
        "Ayah saya PNS, dua bulan lagi masuk usia pensiun, diajak jadi tim kampanye caleg.",
        "If a civil servant has already retired and joins a campaign team, do the rules apply?",
        "Bapak saya pensiunan PNS, sekarang jadi jurkam caleg.",
        "Bapak saya pensiunan guru PNS, pensiun tahun lalu, masih tinggal di rumah dinas.",
    ):
        assert A._RETIRING.search(parse_question(told).affirmed()), told
    for told in (
        "Kadis kami pensiun, siapa yang menghukum staf?",
        "He began his masa persiapan pensiun in January.",
    ):
        assert not A._RETIRING.search(told), told


def test_one_who_says_he_is_neither_pns_nor_pppk_gets_the_definition_of_an_asn_employee():
    texts = {
        "uu-71-2040/pasal-5": "Pegawai ASN terdiri atas PNS dan PPPK.",
        "uu-71-2040/pasal-1/angka-4": "PPPK adalah warga negara yang diangkat dengan perjanjian kerja.",
        "uu-71-2040/pasal-1/angka-2": "Pegawai Aparatur Sipil Negara adalah PNS dan PPPK.",
    }
    added, b = _point_finder(texts, {}, {"uu-71-2040": "uu"})
    A._cite_story_point(b, A._ASN_EMPLOYEE, _ANY_QUESTION)
    assert added == [("definitions", "uu-71-2040/pasal-1/angka-2")]
    for told in (
        "Aku tenaga honorer di kantor kecamatan, bukan PNS bukan PPPK. Boleh jadi tim sukses?",
        "My cousin is neither PNS nor PPPK. Does the discipline regulation apply?",
        "I've been an honorary admin at the health office for eight years.",
        "I am neither a civil servant nor a government contract employee at the synthetic school.",
        "She is not a civil servant or a contract government worker.",
    ):
        assert A._NOT_ASN.search(told), told
    assert not A._NOT_ASN.search("Kepala sekolah PNS mengajak guru honorer ke kampanye caleg.")


def test_a_state_officials_standing_cites_the_list_item_naming_his_post_and_a_civil_servants_suspension():
    from kg.question import parse_question

    letters = "abcdefghijklm"
    posts = [
        "Presiden;",
        "anggota MPR;",
        "anggota DPR;",
        "anggota DPD;",
        "hakim agung;",
        "anggota MK;",
        "anggota BPK;",
        "anggota KY;",
        "pimpinan KPK;",
        "menteri;",
        "duta besar;",
        "gubernur;",
        "bupati/walikota dan wakil bupati/wakil walikota;",
    ]
    texts = {
        "uu-71-2040/pasal-58/huruf-m": posts[-1],  # the search finds an item; its list is the one cited
        "uu-70-2020/pasal-122": "Pejabat negara sebagaimana dimaksud dalam Pasal 121 yaitu: bupati.",
        "uu-71-2040/pasal-58": "Pejabat negara sebagaimana dimaksud dalam Pasal 57, yaitu:",
        **{f"uu-71-2040/pasal-58/huruf-{c}": t for c, t in zip(letters, posts, strict=True)},
        "uu-71-2040/pasal-59/ayat-1": "PNS yang diangkat menjadi: diberhentikan sementara.",
        "uu-71-2040/pasal-59/ayat-1/huruf-a": "anggota BPK;",
        "uu-71-2040/pasal-59/ayat-1/huruf-c": "menteri;",  # no huruf b: the items read past a gap
    }
    del texts["uu-71-2040/pasal-58/huruf-k"]
    status = {"uu-70-2020/pasal-122": "replaced"}

    def cited(asked):
        added, b = _point_finder(texts, status, {"uu-70-2020": "uu", "uu-71-2040": "uu"})
        A._state_office_items(b, parse_question(asked))
        return added

    for asked, item in (
        ("Wakil bupati itu ASN bukan? Wabup kami mau jadi ketua tim kampanye paslon gubernur.", "huruf-m"),
        ("Our deputy regent isn't running for anything. Is he bound by any rule on this?", "huruf-m"),
        (
            "During the governor race our regent spoke at a rally. Is he an ASN or a state official?",
            "huruf-m",
        ),
    ):
        assert cited(asked) == [("definitions", f"uu-71-2040/pasal-58/{item}")], asked
    # an ambassador, whose item this list lacks, is asked about by his post alone: the list itself
    assert cited("An ambassador hosted one ticket's volunteers. Is an ambassador covered by the rules?") == [
        ("definitions", "uu-71-2040/pasal-58")
    ]
    # a post the list does not hold, named beside the words "pejabat negara": the list itself
    assert cited("Anggota DPRD kabupaten itu pejabat negara atau bukan?") == [
        ("definitions", "uu-71-2040/pasal-58")
    ]
    # a civil servant made a minister: the list's item and the item suspending him, past the missing huruf b
    assert cited("Seorang PNS kami diangkat menjadi menteri. Bagaimana status kepegawaiannya?") == [
        ("definitions", "uu-71-2040/pasal-58/huruf-j"),
        ("related", "uu-71-2040/pasal-59/ayat-1/huruf-c"),
    ]
    # no standing asked, or the regent only as the office a pair runs for: nothing
    assert cited("Camat membagikan sembako untuk paslon bupati. Apa hukumannya?") == []
    assert cited("A PNS teacher campaigned for a regent pair. Is he bound by the discipline rules?") == []


def test_a_civil_servant_on_a_commission_on_unpaid_leave_or_detained_gets_the_point_discharging_him():
    from kg.question import parse_question

    texts = {
        # an item's words repeat its list's opening; the list is what is read for the grounds
        "uu-71-2040/pasal-53/ayat-1/huruf-b": "PNS diberhentikan sementara bila diangkat menjadi komisioner.",
        "uu-70-2020/pasal-88/ayat-1": "PNS diberhentikan sementara, apabila:",
        "uu-70-2020/pasal-88/ayat-1/huruf-b": "diangkat menjadi komisioner atau anggota lembaga nonstruktur;",
        "uu-70-2020/pasal-88/ayat-1/huruf-c": "ditahan karena menjadi tersangka tindak pidana.",
        "uu-71-2040/pasal-53": "Mengatur pemberhentian sementara PNS dan pengaktifan kembali oleh PPK.",
        "uu-71-2040/pasal-53/ayat-1": "PNS diberhentikan sementara, apabila:",
        "uu-71-2040/pasal-53/ayat-1/huruf-a": "diangkat menjadi pejabat negara;",
        "uu-71-2040/pasal-53/ayat-1/huruf-c": "menjalani cuti di luar tanggungan negara.",
        "uu-71-2040/pasal-53/ayat-2": "Pegawai ASN yang ditahan sebagai tersangka diberhentikan sementara.",
        "uu-71-2040/pasal-53/ayat-3": "Pengaktifan kembali PNS itu dilakukan oleh Pejabat Pembina.",
    }
    # the older law's list and items are replaced: never cited
    status = {f"uu-70-2020/pasal-88/ayat-1{x}": "replaced" for x in ("", "/huruf-b", "/huruf-c")}

    def cited(asked):
        added, b = _point_finder(texts, status, {"uu-70-2020": "uu", "uu-71-2040": "uu"})
        A._temporary_discharge_items(b, parse_question(asked))
        return added

    assert cited(
        "Saya PNS, lagi cuti di luar tanggungan negara. Boleh gabung tim relawan paslon gubernur?"
    ) == [("related", "uu-71-2040/pasal-53/ayat-1/huruf-c")]
    # detained, with the status asked: the 2023 law's own ayat (the older law's item is replaced)
    assert cited("A PNS clerk was detained as a suspect in a vote-buying case. What is his status now?") == [
        ("related", "uu-71-2040/pasal-53/ayat-2")
    ]
    # appointed to a commission and brought back: the item, found from the search's hit on it, and who
    # reactivates her (the point saying so, not the article's summary naming reactivation)
    assert cited(
        "A civil servant lecturer was appointed a member of the regency KPU. Is she still bound, and who "
        "brings her back afterwards?"
    ) == [("related", "uu-71-2040/pasal-53/ayat-1/huruf-b"), ("authorities", "uu-71-2040/pasal-53/ayat-3")]
    # a seat held for a while, told in the perfect, with the standing asked
    assert cited(
        "My synthetic uncle was a civil servant at the agriculture office, and since 2023 he's been a member "
        "of the regency Bawaslu. Is he still a civil servant at all?"
    ) == [("related", "uu-71-2040/pasal-53/ayat-1/huruf-b")]
    # a Bawaslu member asking from his seat, or detention without the status asked: nothing
    assert (
        cited("I'm a member of the regency Bawaslu. A PNS handed out stickers. Is he bound by the rules?")
        == []
    )
    assert cited("Seorang PNS ditahan polisi karena politik uang. Pidananya apa?") == []


def test_whether_an_act_fell_in_a_regional_campaign_or_its_quiet_days_cites_when_they_run():
    from kg.question import parse_question

    texts = {
        "uu-90-2030/pasal-60": "Kampanye meliputi pertemuan terbatas dan rapat umum.",
        "uu-90-2030/pasal-67/ayat-1": "Kampanye dilaksanakan 3 (tiga) hari setelah penetapan pasangan calon.",
        "uu-90-2030/pasal-67/ayat-2": "Masa tenang berlangsung selama 3 (tiga) hari sebelum pencoblosan.",
    }

    def cited(asked):
        q = parse_question(asked)
        added, b = _point_finder(texts, {}, {"uu-90-2030": "uu"})
        for point in (A._CAMPAIGN_START, A._QUIET_PERIOD):
            if point.told(q):
                A._cite_story_point(b, point, q)
        return [pid for _, pid in added]

    assert cited(
        "KPU netapin paslon bupati 22 Sept, besoknya aku dateng ke syukuran paslon pake kaos partai. "
        "Kampanye resminya kan baru mulai 25 Sept. Jadi waktu itu udah kena?"
    ) == ["uu-90-2030/pasal-67/ayat-1"]
    assert cited(
        "Pilbup coblosannya 27 November. Tgl 24 seorang guru PNS upload video ajakan milih paslon. "
        "Sebenernya masa tenang itu mulai tanggal berapa?"
    ) == ["uu-90-2030/pasal-67/ayat-1", "uu-90-2030/pasal-67/ayat-2"]
    # a general election's campaign, or a campaign told without its timing asked: nothing
    assert cited("Kampanye caleg DPR baru mulai bulan depan. PNS boleh pasang stiker?") == []
    assert cited("A PNS went to a regent pair's rally during the campaign. What penalty?") == []


def test_a_civil_servant_fixed_as_a_candidate_gets_when_his_discharge_runs_and_that_it_is_final():
    from kg.question import parse_question

    texts = {
        "uu-70-2020/pasal-40/huruf-k": "Calon DPD mundur dengan surat yang tidak dapat ditarik kembali.",
        "pp-90-2030/pasal-254/ayat-2": "Pernyataan pengunduran diri itu tidak dapat ditarik kembali.",
        "pp-90-2030/pasal-254/ayat-5": "Pemberhentian itu berlaku mulai akhir bulan sejak ditetapkan.",
        "uu-71-2040/pasal-56": "Pejabat pimpinan tinggi pratama yang akan mencalonkan diri wajib mundur.",
    }
    jenis = {"uu-70-2020": "uu", "pp-90-2030": "pp", "uu-71-2040": "uu"}

    def cited(asked):
        q = parse_question(asked)
        added, b = _point_finder(texts, {}, jenis)
        for point in (A._DISCHARGE_DATED, A._RESIGNATION_FINAL, A._SENIOR_RUNS):
            if point.told(q):
                A._cite_story_point(b, point, q)
        return [pid for _, pid in added]

    # withdrawing the letter to go back to work: the PP's own point, not a candidacy requirement of a law
    assert cited(
        "Suami saya PNS, nyaleg DPRD dan sudah masuk DCT. Ternyata kalah, dia mau narik surat itu dan balik "
        "kerja. SK berhentinya berlaku sejak kapan?"
    ) == ["pp-90-2030/pasal-254/ayat-5", "pp-90-2030/pasal-254/ayat-2"]
    assert cited(
        "Kadis kesehatan (JPT pratama) maju pilbup, KPU netapin paslon 22 September. Dia wajib mundur sejak "
        "kapan?"
    ) == ["uu-71-2040/pasal-56"]
    # a civil servant not running, or running and asking only what he may do: nothing
    assert cited("Kadis kesehatan ikut kampanye paslon bupati. Hukumannya berlaku mulai kapan?") == []
    assert cited("A PNS teacher is running for the DPRD. May she still teach?") == []


def test_a_head_meaning_to_relieve_him_of_his_post_for_a_while_is_told_in_any_order():
    for told in (
        "Bupati mau membebaskan dia sementara dari jabatan. Yang berwenang siapa?",
        "Bupati membebaskan camatnya sementara selama diperiksa.",
    ):
        assert A._RELIEF_ASKED.search(told), told


def test_one_asking_whether_he_may_report_a_regional_election_breach_gets_who_may_report_at_his_own_item():
    from kg.question import parse_question

    listing = "Laporan dapat disampaikan oleh: huruf a Pemilih; huruf b pemantau; huruf c peserta."
    texts = {
        "uu-90-2030/pasal-50/ayat-1": "Laporan pelanggaran pemilihan disampaikan kepada pengawas pemilihan.",
        "uu-90-2030/pasal-50/ayat-2": listing,
        "uu-90-2030/pasal-50/ayat-2/huruf-a": "Pemilih;",
        "uu-90-2030/pasal-50/ayat-2/huruf-b": "pemantau Pemilihan; atau",
        "uu-90-2030/pasal-50/ayat-2/huruf-c": "peserta Pemilihan.",
    }
    for asked, item in (
        ("Saya warga biasa, lihat lurah bagi kalender calon walikota. Saya boleh lapor?", "huruf-a"),
        ("Kami lembaga pemantau pilkada yang terdaftar. Bolehkah kami melaporkan camat itu?", "huruf-b"),
        ("We're an accredited regional-election monitoring group. What must our report contain?", "huruf-b"),
        ("Kami tim hukum paslon bupati nomor 2. Bisa kami laporkan camat yang memihak?", "huruf-c"),
        # a body asking for itself, with its own name between the modal and the verb
        ("We are an observer mission in a regent race. Can our delegation itself lodge a report?", "huruf-b"),
        ("Lembaga kami belum terdaftar di KPU. Bisakah lembaga kami melaporkan lurah di pilbup?", "huruf-a"),
    ):
        q = parse_question(asked)
        assert A._MAY_REPORT_POINT.told(q), asked
        added, b = _point_finder(texts, {}, {"uu-90-2030": "uu"})
        A._cite_story_point(b, A._MAY_REPORT_POINT, q)
        assert added == [("authorities", f"uu-90-2030/pasal-50/ayat-2/{item}")], asked
    # a store holding the provision without its items cites the provision
    added, b = _point_finder({"uu-90-2030/pasal-50/ayat-2": listing}, {}, {"uu-90-2030": "uu"})
    voter = parse_question("Saya warga, boleh lapor camat ke Panwas pilkada?")
    A._cite_story_point(b, A._MAY_REPORT_POINT, voter)
    assert added == [("authorities", "uu-90-2030/pasal-50/ayat-2")]
    for asked in (
        "Panwas kabupaten dapat laporan bahwa kepala dinas memihak calon bupati. Apa langkahnya?",
        "In a regional election, who can receive a report of an election violation?",
        "Saya warga, boleh lapor kades yang memihak caleg DPR di pemilu legislatif?",  # a general election
    ):
        assert not A._MAY_REPORT_POINT.told(parse_question(asked)), asked


def test_one_asking_what_a_report_must_hold_gets_every_item_of_the_list():
    from kg.question import parse_question

    listing = "Laporan disampaikan secara tertulis memuat paling sedikit: nama dan alamat pelapor; terlapor."
    texts = {
        "uu-90-2030/pasal-50/ayat-3": listing,
        "uu-90-2030/pasal-50/ayat-3/huruf-a": "nama dan alamat pelapor;",
        "uu-90-2030/pasal-50/ayat-3/huruf-b": "pihak terlapor;",
        "uu-90-2030/pasal-50/ayat-3/huruf-c": "waktu dan tempat kejadian perkara; dan",
    }
    q = parse_question("Mau lapor ke Panwascam soal lurah dukung paslon walikota. Isi laporannya apa aja?")
    assert A._REPORT_CONTENTS_POINT.told(q)
    added, b = _point_finder(texts, {}, {"uu-90-2030": "uu"})
    A._cite_story_point(b, A._REPORT_CONTENTS_POINT, q)
    assert added == [("authorities", f"uu-90-2030/pasal-50/ayat-3/huruf-{x}") for x in "abc"]
    # the item saying the reporter's address found first: still the whole list
    first = {"uu-90-2030/pasal-50/ayat-3/huruf-a": texts["uu-90-2030/pasal-50/ayat-3/huruf-a"], **texts}
    added, b = _point_finder(first, {}, {"uu-90-2030": "uu"})
    A._cite_story_point(b, A._REPORT_CONTENTS_POINT, q)
    assert added == [("authorities", f"uu-90-2030/pasal-50/ayat-3/huruf-{x}") for x in "abc"]
    # a store holding the list without its items cites the list
    added, b = _point_finder({"uu-90-2030/pasal-50/ayat-3": listing}, {}, {"uu-90-2030": "uu"})
    A._cite_story_point(b, A._REPORT_CONTENTS_POINT, q)
    assert added == [("authorities", "uu-90-2030/pasal-50/ayat-3")]


def test_a_step_of_the_discipline_procedure_asked_about_is_cited_with_every_ayat_of_its_article():
    from kg.question import parse_question

    texts = {
        "uu-71-2040/pasal-9/ayat-1": "Pegawai ASN dapat diberhentikan sementara bila ditahan.",
        "pp-90-2030/pasal-31": "Mengatur pembebasan sementara dari tugas jabatan.",
        "pp-90-2030/pasal-31/ayat-1": "PNS terancam hukuman berat dapat dibebaskan sementara dari jabatan.",
        "pp-90-2030/pasal-31/ayat-2": "Pembebasan sementara berlaku sampai keputusan hukuman ditetapkan.",
        "pp-90-2030/pasal-31/ayat-3": "Selama itu ditunjuk pejabat pelaksana harian.",
        "pp-90-2030/pasal-32/ayat-1": "Pemeriksaan dituangkan dalam berita acara.",
    }
    added, b = _point_finder(texts, {}, {"uu-71-2040": "uu", "pp-90-2030": "pp"})
    asked = parse_question("A camat may get a heavy penalty. While relieved of duty, who runs the office?")
    assert A._RELIEF.told(asked)
    A._cite_story_point(b, A._RELIEF, asked)
    assert added == [("authorities", f"pp-90-2030/pasal-31/ayat-{n}") for n in (1, 2, 3)]
    for told, point in (
        ("PNS yang jadi jurkam sudah dua kali dipanggil tapi nggak pernah datang.", A._SUMMONS),
        ("I summoned my clerk in writing for Monday; he didn't come. What now?", A._SUMMONS),
        ("The minister signed a heavy penalty for a lecturer. Who must hand him the decision?", A._DELIVERY),
        ("SK hukuman disiplin suami saya diantar ke rumah kemarin. Kapan berlakunya?", A._DELIVERY),
        # kept away, relieved, never heard, heard online: as people tell it
        ("I'm a PNS, summoned for Tuesday, but I was in hospital. Am I counted as a no-show?", A._SUMMONS),
        (
            "I signed a note relieving the PNS of his duties until further notice. Did I jump the gun?",
            A._RELIEF,
        ),
        (
            "Nobody ever summoned or questioned the PNS before the penalty decree. Can we attack it?",
            A._EXAMINATION,
        ),
        ("Could the PNS's hearing be done by video call from his hospital bed?", A._HEARING),
        ("Pemeriksaan PNS itu boleh lewat Zoom, dan boleh saya rekam?", A._HEARING),
        ("The PNS sent his lawyers to the hearing to answer on his behalf. Sent away?", A._HEARING),
    ):
        assert point.told(parse_question(told)), told
    for untold, point in (
        ("Kepala desa dinonaktifkan bupati karena kasus korupsi dana desa.", A._RELIEF),  # no ASN, no penalty
        ("Bawaslu memanggil camat sebagai saksi dan dia datang.", A._SUMMONS),
        ("KPU's decision on the candidate list was delivered late. Can the pair object?", A._DELIVERY),
        ("The camat (PNS) held a Zoom meeting with village heads for a pair. Which ban?", A._HEARING),
        ("I reported my boss, a PNS, and was examined; now I may be moved to a remote post.", A._HEARING),
    ):
        assert not point.told(parse_question(untold)), untold


def _story_point_reads(point, texts: dict, told: tuple, untold: tuple, cited: list[str]) -> None:
    """Each of ``told`` tells the story ``point`` needs, none of ``untold`` does, and a store holding
    ``texts`` has the point cite ``cited``."""
    from kg.question import parse_question

    for text in told:
        assert point.told(parse_question(text)), text
    for text in untold:
        assert not point.told(parse_question(text)), text
    added, b = _point_finder(texts, {}, {"pp-90-2030": "pp"})
    A._cite_story_point(b, point, parse_question(told[-1]))
    assert added == [("authorities", pid) for pid in cited]


def test_a_superior_who_took_part_in_the_breach_brings_the_rule_on_who_examines_in_his_place():
    texts = {
        "pp-90-2030/pasal-29/ayat-3": "Tim pemeriksa terdiri atas atasan langsung dan unsur pengawasan.",
        "pp-90-2030/pasal-29/ayat-6": "Bila atasan langsung terlibat dalam pelanggaran itu, anggota tim "
        "pemeriksa adalah atasan yang lebih tinggi secara berjenjang.",
    }
    told = (
        "Kabid (PNS) ikut kampanye paslon; kepala dinasnya, atasan langsungnya, juga ikut di rombongan. "
        "Siapa yang memeriksa?",
        "The camat is the kasi's direct superior and was at the same rally. Who sits on the examining team?",
        "His agency head, his direct superior, was in the procession too. Who examines him?",
    )
    untold = (
        # no superior's part; no examination
        "Saya PNS, diperiksa atasan karena foto bareng caleg. Berhak minta salinan BAP?",
        "The direct superior was also at the rally as a guest of honour. May he attend rallies?",
        "Our examination found a section head did two things in one campaign. Two penalties?",
    )
    _story_point_reads(A._SUPERIOR_STANDS_DOWN, texts, told, untold, ["pp-90-2030/pasal-29/ayat-6"])


def test_who_sits_on_the_examining_team_brings_the_rule_on_its_members():
    texts = {
        "pp-90-2030/pasal-29/ayat-2": "Pelanggaran dengan hukuman berat diperiksa oleh tim pemeriksa.",
        "pp-90-2030/pasal-29/ayat-3": "Tim pemeriksa terdiri dari atasan langsung, unsur pengawasan, "
        "dan unsur kepegawaian.",
    }
    told = (
        "Pelanggaran netralitas yang ancamannya berat wajib pakai tim pemeriksa? Siapa saja anggotanya?",
        "Who sets up the examining team for a heavy neutrality case, and who sits on it?",
        "Siapa unsur pengawasan di tim pemeriksanya: inspektorat atau pengawas sekolah?",
        # the team unnamed, the examination and its make-up asked of a civil servant
        "Kabid (PNS) itu ancamannya berat. Siapa yang wajib memeriksa dia, terdiri dari unsur apa saja?",
    )
    untold = (
        # no team's members asked; a campaign team's members
        "Kabid (PNS) itu ancamannya berat. Siapa yang wajib memeriksa dia?",
        "May a PNS be a member of a candidate's campaign team?",
        "A PNS lecturer sits on the team a DPD candidate filed with the KPU. What penalty does he face?",
    )
    _story_point_reads(A._TEAM_MEMBERS, texts, told, untold, ["pp-90-2030/pasal-29/ayat-3"])


def test_what_the_auditors_findings_serve_for_brings_the_rule_on_them():
    texts = {
        "pp-90-2030/pasal-34": "Hasil pemeriksaan unsur pengawasan dapat digunakan sebagai bahan untuk "
        "melakukan pemeriksaan dan melengkapi pertimbangan untuk menjatuhkan hukuman disiplin.",
        "pp-90-2030/pasal-36/ayat-1": "Tim pemeriksa wajib berkoordinasi dengan aparat pengawas intern.",
    }
    told = (
        "can the inspectorate itself punish a pns it caught campaigning, or can it only report?",
        "Inspektorat sudah audit dan menemukan kabid (PNS) pakai anggaran dinas untuk kampanye. Laporan "
        "hasil audit kami bisa langsung dipakai untuk menghukum?",
        "Who sits on the examining team, and can the inspectorate's audit findings be used?",
    )
    untold = (
        # the auditors tell a finding and ask the conduct; a head punishes, not the auditors
        "Inspectorate finding: a section head (PNS) lent the hall to one pair only. Which ban is that?",
        "In May 2018 a PNS went to a rally. Could the head of the office punish him?",
    )
    _story_point_reads(A._AUDIT_FINDINGS, texts, told, untold, ["pp-90-2030/pasal-34"])


def test_the_examination_record_signed_refused_or_copied_brings_every_ayat_on_it():
    texts = {
        "pp-90-2030/pasal-32/ayat-1": "Berita acara pemeriksaan ditandatangani pejabat pemeriksa dan PNS.",
        "pp-90-2030/pasal-32/ayat-2": "PNS yang tidak bersedia menandatangani tetap dijadikan dasar hukuman.",
        "pp-90-2030/pasal-32/ayat-3": "PNS yang diperiksa berhak mendapat salinan.",
        "pp-90-2030/pasal-33/ayat-1": "Berdasarkan hasil pemeriksaan dijatuhkan hukuman.",
    }
    told = (
        "Camat (PNS) itu menolak meneken BAP. Apakah pemeriksaan tetap sah?",
        "The PNS signed the examination record with a scanned signature. Does that count?",
        "Can the PNS still get a copy of the examination record a week later?",
    )
    untold = (
        # no record; no civil servant's examination
        "Dinas mewajibkan semua guru PNS menandatangani pakta integritas netralitas. Boleh?",
        "A voter refused to sign the minutes at the polling station. What now?",
    )
    cited = [f"pp-90-2030/pasal-32/ayat-{n}" for n in (1, 2, 3)]
    _story_point_reads(A._RECORD, texts, told, untold, cited)


def test_a_candidate_civil_servant_in_a_medium_or_heavy_breach_gets_the_ground_discharging_a_candidate():
    from kg.question import parse_question

    texts = {
        "pp-91-2030/pasal-37/huruf-a": "mengundurkan diri atas permintaan sendiri;",
        "pp-91-2030/pasal-37/huruf-c": "terbukti melakukan pelanggaran disiplin tingkat sedang atau berat;",
    }
    added, b = _point_finder(texts, {}, {"pp-91-2030": "pp"})
    heavy = SimpleNamespace(level="berat", provisions=("pp-90-2030/pasal-14/huruf-i",))
    light = SimpleNamespace(level="ringan", provisions=("pp-90-2030/pasal-12",))
    b.corpus.sanctions = (heavy, light)
    b.add = lambda group, pid, note="", regime=None: added.append((group, pid))
    b.groups = {
        "prohibitions": {"pp-90-2030/pasal-5/huruf-n/angka-6": None},
        "obligations": {},
        "sanctions": {"pp-90-2030/pasal-14/huruf-i/angka-4": None},
    }
    cpns = parse_question("Aku CPNS, baru 8 bulan, upload ajakan pilih caleg di IG story.")
    A._extension_items(b, cpns)
    assert ("sanctions", "pp-91-2030/pasal-37/huruf-c") in added
    added.clear()
    A._extension_items(b, parse_question("Aku PNS, upload ajakan pilih caleg di IG story."))
    assert added == []  # not a candidate civil servant
    b.groups["sanctions"] = {"pp-90-2030/pasal-12": None}  # a light penalty only
    A._extension_items(b, cpns)
    assert ("sanctions", "pp-91-2030/pasal-37/huruf-c") not in added


def test_a_decision_an_asn_employee_fights_gets_the_forms_of_remedy_the_law_in_force_names():
    from kg.question import parse_question

    texts = {
        "uu-71-2040/pasal-64/ayat-1": "Sengketa Pegawai ASN diselesaikan melalui upaya administratif.",
        "uu-72-2050/pasal-9/ayat-2": "Upaya administratif terdiri atas keberatan dan banding administratif.",
        "uu-71-2040/pasal-64/ayat-2": "Upaya administratif terdiri atas keberatan dan banding administratif.",
    }
    added, b = _point_finder(
        texts, {"uu-72-2050/pasal-9/ayat-2": "not yet in force"}, {"uu-71-2040": "uu", "uu-72-2050": "uu"}
    )
    A._cite_story_point(b, A._REMEDY, _ANY_QUESTION)
    # every ayat of the article in force (the route, its forms), not the act not yet in force
    assert added == [("authorities", f"uu-71-2040/pasal-64/ayat-{n}") for n in (1, 2)]
    for asked in (
        "Guru PPPK kami diberhentikan karena jadi tim kampanye. Bisakah dia melawan keputusan itu?",
        "My husband, a PNS, got a disciplinary decree yesterday. Can he still fight it?",
        "A civil servant wants to challenge the penalty he got for campaigning. By what route?",
    ):
        assert A._fights_decision(parse_question(asked)), asked
    # "keberatannya": the objection, with its suffix; "menyoal" a decision; "hukdis", a penalty
    for asked in (
        "PNS kami kena SK penurunan jabatan. Keberatannya diajukan ke siapa?",
        "PNS kami kena SK penurunan jabatan. Lewat jalur apa kami menyoalnya?",
        "Kami menyusun templat keberatan untuk PNS yang kena hukdis.",
    ):
        assert A._fights_decision(parse_question(asked)), asked
    for asked in (
        "PNS yang melawan hukum dengan ikut kampanye, sanksinya apa?",  # a breach, not a challenge
        "Can the KPU's decision on the candidate list be challenged?",  # no ASN employee
        "A civil servant wants to appeal to voters at a rally. Allowed?",  # no decision fought
    ):
        assert not A._fights_decision(parse_question(asked)), asked


def test_a_penalty_asked_of_without_an_examination_gets_the_superiors_duty_to_examine_first():
    texts = {
        "pp-90-2030/pasal-26/ayat-1": "Atasan langsung memanggil secara tertulis PNS yang diduga melanggar.",
        "pp-89-2010/pasal-24/ayat-1": "Atasan langsung wajib memeriksa lebih dahulu PNS yang diduga.",
        "pp-90-2030/pasal-27/ayat-1": "Atasan langsung wajib memeriksa PNS yang diduga melanggar.",
    }
    added, b = _point_finder(
        texts, {"pp-89-2010/pasal-24/ayat-1": "repealed"}, {"pp-90-2030": "pp", "pp-89-2010": "pp"}
    )
    A._cite_story_point(b, A._EXAMINATION, _ANY_QUESTION)
    assert added == [("authorities", "pp-90-2030/pasal-27/ayat-1")]
    for asked in (
        "Bupati minta SK hukuman langsung dibuat tanpa pemeriksaan lagi. Boleh?",
        "The regent says we can impose a heavy penalty straight away without any examination.",
        "Apakah atasan langsungnya masih harus memeriksa lagi?",
    ):
        assert A._EXAMINATION_ASKED.search(asked), asked
    done = "Inspektorat sudah selesai memeriksa; siapa yang menjatuhkan hukuman?"
    assert not A._EXAMINATION_ASKED.search(done)


def test_an_act_named_that_did_not_exist_on_the_date_is_set_aside_and_the_acts_then_in_force_answer(
    reasoning_store,
):
    card = _ask(
        reasoning_store, "Pada tahun 2025, menurut PP 12/2031, bolehkah PNS pakai mobil dinas untuk kampanye?"
    )
    assert card.supported
    assert "PP No. 12 Tahun 2031 was enacted on 2031-01-05" in card.message
    assert "pp-10-2020/pasal-7" in card.cited_ids()  # the rule in force in 2025
    assert not any(i.startswith("pp-90-2030") for i in card.cited_ids())  # not yet enacted either


def test_whether_an_act_was_in_force_on_a_date_before_it_is_answered_by_its_own_status_provisions(
    reasoning_store,
):
    card = _ask(reasoning_store, "Pada Februari 2030, apakah PP 90/2030 sudah berlaku? Sejak kapan?")
    assert card.supported and "PP No. 90 Tahun 2030 was enacted on 2030-03-01" in card.message
    assert "pp-90-2030/pasal-6" in card.cited_ids()  # what it says of its own force, though dated later


def test_an_old_document_citing_a_replaced_act_is_answered_from_the_act_in_force(reasoning_store):
    card = _ask(
        reasoning_store,
        "Our old checklist cites PP 10/2020 for a civil servant who uses an official car for a campaign. "
        "In 2035, which article applies now?",
    )
    assert card.supported and card.parsed.at is not None and card.parsed.at.year == 2035
    assert "repealed on 2030-03-01 by PP No. 90 Tahun 2030: answered from the acts in force" in card.message
    assert "answered from it as it stood" not in card.message
    assert "pp-90-2030/pasal-3/huruf-b/angka-2" in [i.id for i in card.prohibitions]
    # asked of the old act itself on a later date, the cues still contradict each other
    contradictory = "Under PP 10/2020, in 2035, may a civil servant campaign with an official car?"
    card = _ask(reasoning_store, contradictory)
    assert not card.supported and "repealed on 2030-03-01" in card.message and card.cited_ids() == []


def test_a_story_telling_what_a_replaced_act_said_and_asking_of_a_later_date_is_answered_then(
    reasoning_store,
):
    card = _ask(
        reasoning_store,
        "Under PP 10/2020 a civil servant could use an official car for a campaign, so he kept doing it. "
        "In 2035 he drove one to a rally again. What does he face for that?",
    )
    assert card.supported and not card.parsed.problems
    assert "repealed on 2030-03-01 by PP No. 90 Tahun 2030: answered from the acts in force" in card.message
    assert "pp-90-2030/pasal-3/huruf-b/angka-2" in [i.id for i in card.prohibitions]


_EXAMINER_CORPUS = SYNTHETIC_CORPUS.replace(
    "  - id: pp-12-2031\n",
    """      - id: pp-90-2030/pasal-14
        citation: "PP No. 90 Tahun 2030, Pasal 14"
        summary_id: Tata cara kerja pemeriksa sintetis.
        summary_en: How the synthetic examiner works.
  - id: pp-12-2031
""",
).replace(
    "aliases:\n",
    """  - id: inst:pemeriksa-sintetis
    name: Pemeriksa Sintetis
    name_en: Synthetic Examiner
    sources: [pp-90-2030/pasal-14]
    powers:
      - kind: investigates
        scope_id: boleh meminta keterangan pihak lain, misalnya saksi atau pelapor, saat memeriksa
        scope_en: may hear other people, such as witnesses or the person who reported, while examining
        provision: pp-90-2030/pasal-14
aliases:
""",
)


def test_a_story_asking_how_its_examination_runs_gets_the_power_asked_about(tmp_path):
    st = _curated_store(tmp_path, _EXAMINER_CORPUS, synthetic_store(tmp_path / "store"))
    card = _ask(
        st,
        "Saya yang merekam video PNS memakai mobil dinas untuk kampanye. Sekarang pemeriksa minta saya "
        "datang memberi keterangan sebagai saksi. Apakah pemeriksa boleh meminta keterangan dari orang luar?",
    )
    assert card.parsed.intent != "authority"
    assert "pp-90-2030/pasal-14" in [i.id for i in card.authorities]
    # with no conduct of the domain told, a procedural closing question asks nothing of the examiners
    card = _ask(
        st,
        "Saya PNS. Tahun lalu saya mewarisi rumah almarhum ayah dan sekarang tagihan pajak bumi dan "
        "bangunannya jauh lebih tinggi dari tetangga. Bagaimana pajak itu dihitung? Apakah saya boleh "
        "meminta keterangan petugas dan mengajukan keberatan?",
    )
    assert "pp-90-2030/pasal-14" not in card.cited_ids()


def test_whether_a_rule_on_a_conduct_still_holds_is_answered_with_the_rule_in_force(reasoning_store):
    card = _ask(reasoning_store, "Larangan PNS memakai mobil dinas untuk kampanye pemilu masih berlaku?")
    assert card.parsed.intent == "status" and card.parsed.actor == "pns" and card.parsed.election
    # as the rule binding him (matched as a norm, not only found by the search), with its penalty
    rule = next(i for i in card.prohibitions if i.id == "pp-90-2030/pasal-3/huruf-b/angka-2")
    assert rule.note.startswith("prohibition: use an official car")
    assert "pp-90-2030/pasal-4" in [i.id for i in card.sanctions]
    # naming no act and no election, the question still asks of a conduct, which the rules answer
    unplaced = _ask(
        reasoning_store,
        "Our SOP says a civil servant who uses an official car for a campaign faces nothing. "
        "Is that still in force?",
    )
    assert unplaced.parsed.intent == "status" and not unplaced.parsed.regulations
    rule = next(i for i in unplaced.prohibitions if i.id == "pp-90-2030/pasal-3/huruf-b/angka-2")
    assert rule.note.startswith("prohibition: use an official car")


def test_from_when_a_penalty_runs_and_how_an_objection_is_lodged_come_from_the_articles_that_say_so():
    from kg.question import parse_question

    texts = {
        # the day a decision counts as served on one who stayed away is not when a penalty runs
        "pp-89-2010/pasal-46": "Bila PNS tidak hadir saat keputusan disampaikan, hukuman berlaku pada "
        "hari ke-15 sejak tanggal penyampaian.",
        "pp-90-2030/pasal-38/ayat-1": "Keputusan hukuman disiplin mulai berlaku pada hari ke-15 setelah "
        "diterima.",
        "pp-90-2030/pasal-38/ayat-2": "Bila ditempuh upaya administratif, berlaku menurut keputusan atasnya.",
        "uu-70-2020/pasal-129/ayat-3": "Keberatan diajukan tertulis kepada atasan pejabat yang menghukum.",
        "pp-89-2010/pasal-35/ayat-1": "Keberatan diajukan tertulis kepada atasan pejabat yang menghukum.",
        "pp-89-2010/pasal-35/ayat-2": "Keberatan diajukan dalam 14 hari sejak keputusan diterima.",
    }
    kinds = {"pp-89-2010": "pp", "pp-90-2030": "pp", "uu-70-2020": "uu"}
    added, b = _point_finder(texts, {}, kinds)
    A._cite_story_point(b, A._EFFECT, _ANY_QUESTION)
    assert added == [("authorities", f"pp-90-2030/pasal-38/ayat-{n}") for n in (1, 2)]
    added.clear()
    A._cite_story_point(b, A._OBJECTION, _ANY_QUESTION)
    # the article that gives the days, every ayat of it, not the law's article naming only to whom
    assert added == [("authorities", f"pp-89-2010/pasal-35/ayat-{n}") for n in (1, 2)]
    for told in (
        "SK hukuman disiplin staf kami (PNS) sudah diteken. Hukumannya mulai berlaku kapan?",
        "My father, a PNS, was demoted while on hajj leave. Does the penalty start while he is abroad?",
        "A PNS was demoted in 2016. From when did the demotion run?",
        "A clerk got a postponement decree on 1 March. From which day did the penalty start?",
        # the decision told in the sentence before the one asking
        "On 1 March a clerk received a decree postponing his pay rise. From which day did it start?",
        "Our old practice was that a penalty the regent signs runs from the day he signs. Still true?",
        # what holds while a remedy against the penalty is pending
        "Bupati memberhentikan seorang kasi. Selama bandingnya belum diputus, gajinya masih dibayar?",
        "His disciplinary decree came yesterday. Can he fight it? Does it run while he challenges it?",
        "Kakak saya PNS dapat SK pemberhentian dan sekarang lagi banding administratif. Dia bebas kampanye?",
        "SK hukuman saya baru diterima. Kalau saya menempuh upaya, SK ini berlakunya kapan?",
    ):
        assert A._EFFECT.told(parse_question(told)), told
    for untold in (
        "Kapan PP disiplin PNS yang baru mulai berlaku?",  # an act, not a penalty
        "When did the discipline regulation take effect?",
        # relieved of his post while examined: no remedy is pending
        "Kasi itu dibebaskan sementara selama proses pemeriksaan. Siapa yang menggantikan?",
    ):
        assert not A._EFFECT.told(parse_question(untold)), untold


def test_a_story_of_both_kinds_of_election_gets_the_norms_written_for_the_other_kind_too():
    from kg.conduct import Matcher, NormCandidate
    from kg.question import parse_question

    def norm(nid, election, act):
        return NormCandidate(
            id=nid,
            kind="prohibition",
            addressees=("pns",),
            act_id=act,
            act_en="",
            provisions=(nid.replace("norm:", "").replace("/x", "/pasal-1"),),
            elections=(election,),
            text=act,
        )

    general = norm("norm:uu-78-2030/x", "pemilu", "membagikan kalender sintetis bergambar calon kepada warga")
    regional = norm(
        "norm:uu-79-2030/x", "pilkada", "membagikan kalender sintetis bergambar calon kepada warga"
    )
    matcher = Matcher([general, regional])
    q = parse_question(
        "PNS membagikan kalender sintetis bergambar caleg DPR ke warga waktu pemilu, lalu kalender "
        "paslon bupati waktu pilkada. Kena aturan apa?"
    )
    assert (q.election, q.other_election) == ("pemilu", "pilkada")
    best = matcher.match(q, {}, lambda c: q.election in c.elections)[0]
    assert best.norm.id == general.id
    added = A._for_other_election(SimpleNamespace(corpus=None), matcher, q, {}, [best], ({}, set()))
    assert [m.norm.id for m in added] == [regional.id]


def test_an_act_named_whose_provisions_the_store_lacks_is_cited_as_its_record(tmp_path):
    corpus = (
        "\nregulations:"
        + _synthetic_act("pp-70-2040", "Disiplin Pegawai Rekaan", "2040-03-01")
        + """      - id: pp-70-2040/pasal-3
        citation: "PP No. 70 Tahun 2040, Pasal 3"
        summary_id: PNS dilarang memakai mobil dinas untuk kampanye.
        summary_en: A civil servant may not use an official car for a campaign.
"""
        + _synthetic_act("uu-72-2041", "Netralitas Rekaan", "2041-05-02").replace(
            "provisions:\n", "provisions: []\n"
        )
    )
    st = _curated_store(tmp_path, corpus)
    card = _ask(
        st, "Orang kantor sering menyebut UU 72/2041. Itu diterbitkan siapa, dan isinya bisa dibaca di sini?"
    )
    assert card.supported and [i.id for i in card.related] == ["uu-72-2041"]
    assert "record" in card.related[0].note
    # An act whose provisions the store holds is answered from them, not cited as a whole.
    card = _ask(st, "Menurut PP 70/2040, bolehkah PNS memakai mobil dinas untuk kampanye?")
    assert "pp-70-2040" not in card.cited_ids()


def test_a_named_provision_is_read_as_the_store_holds_it():
    held = {"pp-1-2030/pasal-4/angka-13/huruf-a", "pp-1-2030/pasal-5/ayat-2"}
    b = SimpleNamespace(official=lambda pid: ("c", "t", False) if pid in held else None, corpus=None)
    # "Art. 4(13)(a)" of an act whose Pasal 4 runs by angka
    assert A._as_held(b, "pp-1-2030/pasal-4/ayat-13/huruf-a") == "pp-1-2030/pasal-4/angka-13/huruf-a"
    assert A._as_held(b, "pp-1-2030/pasal-5/ayat-2") == "pp-1-2030/pasal-5/ayat-2"
    assert A._as_held(b, "pp-1-2030/pasal-6/ayat-1") == "pp-1-2030/pasal-6/ayat-1"  # held neither way


def test_a_doubted_citation_of_a_replaced_act_is_said_to_be_checked_against_the_acts_in_force():
    from datetime import date

    from kg.question import NamedRegulation

    def named(**kw):
        base = dict(id="pp-10-2020", said="PP 10/2020", citation="PP No. 10 Tahun 2020", known=True)
        return NamedRegulation(**{**base, **kw})

    gone = dict(state="replaced", successor="pp-90-2030", since=date(2030, 3, 1), set_aside=True)
    notes = A._regulation_notes(SimpleNamespace(regulations=(named(**gone, doubted=True),)))
    assert notes == [
        "PP No. 10 Tahun 2020, as cited, was replaced on 2030-03-01; its successor is PP No. 90 Tahun 2030: "
        "checked against the acts in force."
    ]
    # set aside for another reason, or doubted while in force: no such note
    assert A._regulation_notes(SimpleNamespace(regulations=(named(**gone),))) == []
    assert A._regulation_notes(SimpleNamespace(regulations=(named(set_aside=True, doubted=True),))) == []
    # an act read for another number by its title says so
    titled = named(id="uu-3-2031", citation="UU No. 3 Tahun 2031", read_for="uu-5-2031")
    assert A._regulation_notes(SimpleNamespace(regulations=(titled,)))[0].endswith(
        "of that year with the title given."
    )
    near = named(id="pp-90-2030", citation="PP No. 90 Tahun 2030", read_for="pp-90-2031")
    assert A._regulation_notes(SimpleNamespace(regulations=(near,)))[0].endswith(
        "of that number a year apart."
    )


def test_a_story_of_several_acts_cites_each_acts_own_best_norm():
    from kg.question import parse_question

    text = (
        "Selama kampanye seorang kepala dinas (1) memutar video paslon di rapat staf dan mengajak staf "
        "memilihnya; (2) membawa dua puluh staf naik bus kantor ke kampanye akbar paslon itu. Sebulan "
        "kemudian dia menghadiri rapat koordinasi logistik yang diundang KPU kabupaten. Apa pelanggarannya?"
    )
    q = parse_question(text)
    acts = A._acts_told(q)
    assert len(acts) == 3 and not any("Apa pelanggarannya" in x for x in acts)
    assert (
        A._acts_told(parse_question("Seorang kepala dinas mengajak staf memilih paslon. Apa sanksinya?"))
        == []
    )

    def match(nid, score=0.0, kind="prohibition"):
        return SimpleNamespace(norm=SimpleNamespace(id=nid, kind=kind), score=score)

    best = {
        "video": match("norm:ajakan", 0.8),
        "bus": match("norm:mengerahkan", 0.7),
        "logistik": match("norm:rapat", 0.3),
    }

    class Matcher:  # each act's words find the one norm the table gives them
        def match(self, qa, ranks, keep):
            return [m for word, m in best.items() if word in qa.text][:1]

    chosen = [match("norm:ajakan")]
    added = A._for_each_act(Matcher(), q, {}, chosen, lambda c: True)
    # the bus ride is a second breach; the video's norm is chosen already; the meeting is no confident match
    assert [m.norm.id for m in added] == ["norm:mengerahkan"]
    # a duty the act's words match best is no breach of its own to add
    best["bus"] = match("norm:menjaga-netralitas", 0.9, kind="obligation")
    assert A._for_each_act(Matcher(), q, {}, chosen, lambda c: True) == []


def test_an_article_named_whole_is_cited_with_its_few_parts(reasoning_store):
    card = _ask(reasoning_store, "A head argued Article 9 of PP 90/2030 backs him. What does it say?")
    related = {i.id: i.note for i in card.related}
    assert "pp-90-2030/pasal-9" in related
    assert "part of" in related.get("pp-90-2030/pasal-9/huruf-a", ""), related


def _store_with(tmp_path, provision: str, norm: str):
    """The reasoning store's synthetic corpus with one more provision of PP 90/2030 and one more norm."""
    corpus = SYNTHETIC_CORPUS.replace(
        "      - id: pp-90-2030/pasal-9\n", provision + "      - id: pp-90-2030/pasal-9\n", 1
    )
    corpus = corpus.replace("sanctions:\n", norm + "sanctions:\n", 1)
    return _curated_store(tmp_path, corpus, synthetic_store(tmp_path / "store"))


def test_what_the_actor_may_do_is_cited_as_a_permission_not_an_obligation(tmp_path):
    provision = """      - id: pp-90-2030/pasal-41
        citation: "PP No. 90 Tahun 2030, Pasal 41"
        summary_id: Kepala daerah sintetis boleh ikut kampanye dengan cuti kampanye.
        summary_en: A synthetic regional head may join a campaign on campaign leave.
"""
    norm = """  - id: norm:pp-90-2030/boleh-kampanye-dengan-cuti
    kind: permission
    addressees: [kepala-daerah]
    act_id: boleh ikut kampanye dengan mengajukan cuti kampanye
    act_en: may join a campaign after applying for campaign leave
    provisions: [pp-90-2030/pasal-41]
    regime: administrative
"""
    st = _store_with(tmp_path, provision, norm)
    card = _ask(st, "Bolehkah bupati ikut kampanye dengan cuti kampanye?")
    assert [i.id for i in card.permissions] == ["pp-90-2030/pasal-41"]
    assert "pp-90-2030/pasal-41" not in [i.id for i in card.obligations]
    assert "Permissions" in render_card(card)


def test_a_question_asking_what_can_still_be_done_against_a_penalty_gets_the_remedy(tmp_path):
    provision = """      - id: pp-90-2030/pasal-42
        citation: "PP No. 90 Tahun 2030, Pasal 42"
        summary_id: Pegawai sintetis dapat mengajukan keberatan dan banding administratif.
        summary_en: A synthetic employee may lodge an objection and an administrative appeal.
"""
    norm = """  - id: norm:pp-90-2030/upaya-administratif
    kind: permission
    addressees: [pns]
    act_id: mengajukan upaya administratif berupa keberatan dan banding administratif atas hukuman
    act_en: challenge a penalty by an objection and an administrative appeal
    conditions: {needs: [keberatan, banding, objection, appeal]}
    provisions: [pp-90-2030/pasal-42]
    regime: administrative
"""
    st = _store_with(tmp_path, provision, norm)
    story = "PNS memakai mobil dinas untuk kampanye dan sudah dihukum."
    card = _ask(st, story + " Apa yang masih bisa saya lakukan?")
    assert "pp-90-2030/pasal-42" in [i.id for i in card.permissions]
    assert "pp-90-2030/pasal-3/huruf-b/angka-2" in [i.id for i in card.prohibitions]
    # told without asking what can be done, the remedy is no answer
    assert not _ask(st, story + " Pasal apa yang dilanggar?").permissions


def test_a_permission_leads_the_search_once_paired_like_the_other_rules():
    card = SimpleNamespace(
        definitions=[],
        prohibitions=["ban"],
        obligations=[],
        permissions=["may"],
        sanctions=["penalty"],
        authorities=["who"],
        related=[],
    )
    assert A._leading_items(card, SimpleNamespace(intent="general")) == ["ban", "penalty", "may", "who"]


def test_an_acting_head_from_the_civil_service_answers_as_regional_head_and_as_civil_servant(tmp_path):
    provision = """      - id: pp-90-2030/pasal-43
        citation: "PP No. 90 Tahun 2030, Pasal 43"
        summary_id: Kepala daerah sintetis dilarang memakai mobil dinas untuk kampanye pasangan calon.
        summary_en: A synthetic regional head must not use an official car for a candidate pair's campaign.
"""
    norm = """  - id: norm:pp-90-2030/kepala-daerah-mobil-dinas
    kind: prohibition
    addressees: [kepala-daerah]
    act_id: memakai mobil dinas untuk kampanye pasangan calon kepala daerah
    act_en: use an official car for a regional candidate pair's campaign
    provisions: [pp-90-2030/pasal-43]
    regime: administrative
"""
    st = _store_with(tmp_path, provision, norm)
    acting = "Penjabat bupati memakai mobil dinas untuk kampanye pasangan calon kepala daerah. Aturan apa?"
    card = _ask(st, acting)
    prohibitions = [i.id for i in card.prohibitions]
    # the regional head's norm the words match best, and the civil servant's he is bound by as well
    assert "pp-90-2030/pasal-43" in prohibitions and "pp-90-2030/pasal-3/huruf-b/angka-2" in prohibitions
    # an elected regent is no civil servant: his norm only
    elected = _ask(st, "Bupati memakai mobil dinas untuk kampanye pasangan calon kepala daerah. Aturan apa?")
    assert "pp-90-2030/pasal-3/huruf-b/angka-2" not in [i.id for i in elected.prohibitions]


def _synthetic_point_builder(texts: dict[str, str], parent: str):
    """Just enough of a card builder for the point-choosing helpers: official texts of ``parent``'s points."""
    from kg.search.analyzer import Analyzer

    doc = SimpleNamespace(provisions=[SimpleNamespace(id=i, text=t) for i, t in texts.items()])
    prov = SimpleNamespace(children=list(texts))
    return SimpleNamespace(
        store=SimpleNamespace(lookup=lambda pid: (doc, prov) if pid == parent else None),
        searcher=SimpleNamespace(index=SimpleNamespace(lexical=SimpleNamespace(analyzer=Analyzer()))),
        official=lambda pid: ("", texts.get(pid, ""), True),
        corpus=None,
    )


def test_synthetic_points_tied_as_the_best_fit_are_each_cited_instead_of_the_provision_above(monkeypatch):
    from kg.search.analyzer import Analyzer

    ayat = "uu-9-2039/pasal-70/ayat-3"
    texts = {
        f"{ayat}/huruf-a": "menjalani cuti di luar tanggungan negara sintetis",
        f"{ayat}/huruf-b": "dilarang menggunakan fasilitas jabatan sintetis",
        f"{ayat}/huruf-c": "jadwal rekaan ditetapkan kemudian",
    }
    b = _synthetic_point_builder(texts, ayat)
    want = set(Analyzer().terms("cuti tanggungan fasilitas jabatan"))
    monkeypatch.setattr(A, "_wanted_terms", lambda searcher, q: want)
    assert A._finer_points(b, ayat, None, [], ties=True) == [f"{ayat}/huruf-a", f"{ayat}/huruf-b"]
    # one point choosing keeps the provision above a tie
    assert A._finer_rule(b, ayat, None, []) == ayat
    # a tie of every point is the whole provision
    monkeypatch.setattr(A, "_wanted_terms", lambda searcher, q: set(Analyzer().terms("sintetis rekaan")))
    every = {pid: f"{text} rekaan sintetis" for pid, text in texts.items()}
    assert A._finer_points(_synthetic_point_builder(every, ayat), ayat, None, [], ties=True) == [ayat]


def test_synthetic_a_norm_on_two_ayat_is_cited_at_both_when_the_words_fit_neither_better(monkeypatch):
    from kg.search.analyzer import Analyzer

    second, third = "uu-9-2039/pasal-71/ayat-2", "uu-9-2039/pasal-71/ayat-3"
    texts = {second: "dilarang mengganti pejabat rekaan", third: "dilarang memakai program rekaan"}
    b = _synthetic_point_builder(texts, "uu-9-2039/pasal-71")
    norm = SimpleNamespace(provisions=(second, third))
    monkeypatch.setattr(A, "_wanted_terms", lambda searcher, q: set(Analyzer().terms("beasiswa kuliah")))
    assert A._sibling_asked(b, norm, None, second) == [third]
    # words clearly fitting the first keep it alone
    monkeypatch.setattr(A, "_wanted_terms", lambda searcher, q: set(Analyzer().terms("mengganti pejabat")))
    assert A._sibling_asked(b, norm, None, second) == []


def test_a_term_outside_the_domain_sharing_one_word_with_a_defined_name_gets_no_definition(reasoning_store):
    card = _ask(reasoning_store, "Apa yang dimaksud dengan kebun binatang sintetis?")
    assert card.parsed.intent == "definition" and not card.parsed.anchored
    assert not card.definitions
    # the defined name itself is still found
    named = _ask(reasoning_store, "Apa yang dimaksud dengan pegawai sintetis?")
    assert [i.id for i in named.definitions][:1] == ["pp-90-2030/pasal-1/angka-1"]


def test_an_alternative_read_at_a_point_already_cited_as_a_rule_still_brings_its_own_sanction(tmp_path):
    from kg.question import parse_question
    from kg.search.engine import get_searcher

    provision = """      - id: pp-90-2030/pasal-44
        citation: "PP No. 90 Tahun 2030, Pasal 44"
        summary_id: Pemakaian fasilitas negara untuk kampanye pemilu dipidana kurungan sintetis.
        summary_en: Using state facilities in an election campaign is punished with synthetic detention.
"""
    norm = """  - id: norm:pp-90-2030/fasilitas-dalam-kampanye-pemilu
    kind: prohibition
    addressees: [pns]
    act_id: menggunakan fasilitas negara dalam kampanye pemilu
    act_en: use state facilities in an election campaign
    provisions: [pp-90-2030/pasal-3/huruf-b/angka-2]
    sanction_provisions: [pp-90-2030/pasal-44]
    regime: discipline
"""
    st = _store_with(tmp_path, provision, norm)
    b = A._Builder(st, get_searcher(st, load_encoder("hash")), None)
    rule = "pp-90-2030/pasal-3/huruf-b/angka-2"
    b.add("prohibitions", rule, note="prohibition: use an official car for a campaign")
    alternative = SimpleNamespace(
        norm=b.corpus.norm("norm:pp-90-2030/fasilitas-dalam-kampanye-pemilu"), score=0.8
    )
    q = parse_question("PNS memakai fasilitas negara dalam kampanye pemilu")
    A._cite_alternatives(b, q, [alternative], {alternative.norm.id})
    # the point stays a rule, not an alternative, and the alternative's sanction is on the card, marked so
    assert rule not in b.groups["alternatives"]
    assert b.groups["sanctions"]["pp-90-2030/pasal-44"].note.startswith("sanction if the alternative applies")


def test_a_superior_asking_of_his_own_staff_gets_his_own_steps_beside_the_powers_the_words_find(tmp_path):
    provision = """      - id: pp-90-2030/pasal-45
        citation: "PP No. 90 Tahun 2030, Pasal 45"
        summary_id: Atasan langsung memanggil secara tertulis pegawai sintetis yang diduga melanggar.
        summary_en: The direct superior summons in writing a synthetic employee suspected of a breach.
"""
    corpus = SYNTHETIC_CORPUS.replace(
        "      - id: pp-90-2030/pasal-9\n", provision + "      - id: pp-90-2030/pasal-9\n", 1
    ).replace(
        "institutions:\n",
        """institutions:
  - id: inst:atasan-langsung
    name: Atasan langsung
    name_en: Direct superior
    sources: [pp-90-2030/pasal-45]
    powers:
      - kind: investigates
        scope_id: memanggil secara tertulis pegawai sintetis yang diduga melanggar
        scope_en: summons in writing a synthetic employee suspected of a breach
        provision: pp-90-2030/pasal-45
""",
        1,
    )
    st = _curated_store(tmp_path, corpus, synthetic_store(tmp_path / "store"))
    told = "memakai mobil dinas untuk kampanye. Langkah resmi pertama saya apa, dan ada tenggatnya?"
    own = _ask(st, "Saya kepala seksi sintetis. Staf saya " + told)
    assert "pp-90-2030/pasal-45" in [i.id for i in own.authorities]
    # one telling of someone else's staff asks nothing of the superior's own steps
    other = _ask(st, "Seorang PNS sintetis " + told)
    assert "pp-90-2030/pasal-45" not in [i.id for i in other.authorities]


def test_asking_for_the_first_formal_step_or_its_time_limit_asks_how_the_procedure_runs():
    assert A._asks_procedure("What is the first formal step I'm required to take, and is there a time limit?")
    assert A._asks_procedure("Langkah resmi pertama saya apa, dan paling lambat kapan?")
    assert not A._asks_procedure("Is wearing the pair's T-shirt at the rally a breach?")


def test_asking_whether_a_decree_may_be_sent_and_from_when_it_runs_asks_how_the_procedure_runs():
    assert A._asks_procedure("Boleh SK-nya kami kirim lewat WhatsApp saja?")
    assert A._asks_procedure("Kalau begitu, hukumannya mulai jalan kapan?")
    assert A._asks_procedure("If we do, from when does the penalty run?")
    assert not A._asks_procedure("Is sending the pair's flyer to the office group a breach?")


@pytest.mark.parametrize(
    ("text", "narrow"),
    [
        # A village head or a village council member in a general election: few norms bind them at all.
        ("Kades sintetis membagikan tas bergambar caleg DPR di posyandu. Bisa dikenai apa?", True),
        ("Saya anggota BPD sintetis, didaulat bicara di acara caleg DPR. Apa saya melanggar?", True),
        # A civil servant is bound by many: his story must share words with the one that answers.
        ("PNS sintetis membagikan tas bergambar caleg DPR di posyandu. Bisa dikenai apa?", False),
    ],
)
def test_an_actor_few_norms_bind_is_answered_with_few_shared_words(monkeypatch, text, narrow):
    from kg.question import parse_question

    seen = []
    monkeypatch.setattr(A, "select", lambda matches, words, placed, narrow: seen.append(narrow) or ([], []))
    A._select_counted(SimpleNamespace(corpus=None), parse_question(text), [])
    assert seen == [narrow]


def test_a_term_the_question_quotes_is_defined_whatever_it_asks(reasoning_store):
    text = "PNS memasang spanduk peserta. Apakah dia 'Pegawai Sintetis' menurut PP 90/2030?"
    card = _ask(reasoning_store, text)
    assert card.parsed.intent != "definition"
    assert "pp-90-2030/pasal-1/angka-1" in card.cited_ids()
    # a quoted phrase no definition names brings none
    card = _ask(reasoning_store, "PNS memasang spanduk bertuliskan 'pilih nomor satu'. Apa sanksinya?")
    assert not [i for i in card.cited_ids() if "/pasal-1/angka-" in i]


def test_a_power_punishing_an_official_who_skipped_a_step_cites_the_duty_it_enforces():
    added = []

    def norm(addressees, provisions, sanction_provisions):
        return SimpleNamespace(
            addressees=addressees, provisions=provisions, sanction_provisions=sanction_provisions
        )

    superior = norm(["atasan-langsung"], ["pp-90-2030/pasal-27/ayat-1"], ["pp-90-2030/pasal-28/ayat-1"])
    servant = norm(["pns"], ["pp-90-2030/pasal-5/huruf-a"], ["pp-90-2030/pasal-14/huruf-a"])
    b = SimpleNamespace(
        corpus=SimpleNamespace(norms=[superior, servant]),
        groups={
            "authorities": {"pp-90-2030/pasal-28/ayat-1": None},
            "sanctions": {"pp-90-2030/pasal-14/huruf-a": None},
            "related": {},
        },
        add=lambda group, pid, note="": added.append((group, pid, note)),
    )
    A._duties_enforced(b)
    # the superior's duty to examine, which the cited power punishes the neglect of; not the servant's ban,
    # a conduct norm whose sanction is cited for the conduct itself
    assert [(g, pid) for g, pid, _ in added] == [("related", "pp-90-2030/pasal-27/ayat-1")]
    assert "the duty whose neglect" in added[0][2]
    added.clear()
    b.groups["related"]["pp-90-2030/pasal-27/ayat-1"] = None  # already cited: not again
    A._duties_enforced(b)
    assert added == []


def _synthetic_repeal_list_store(tmp_path):
    """A made-up act whose closing article repeals two older acts the store does not hold, in one list."""
    from datetime import date

    from _search_synthetic import SRC, _p

    from ingest.records import Document, Reference
    from kg.store import Store

    d = "pp-95-2035"
    provs = [
        _p(
            d,
            "pasal-12",
            "pasal",
            "12",
            "Pasal 12",
            "Pegawai rekaan mengucapkan sumpah rekaan di depan atasan.",
        ),
        _p(
            d,
            "pasal-50",
            "pasal",
            "50",
            "Pasal 50",
            "Pada saat Peraturan Pemerintah ini mulai berlaku:",
            children=("pasal-50/angka-1", "pasal-50/angka-2"),
        ),
        _p(
            d,
            "pasal-50/angka-1",
            "angka",
            "1",
            "angka 1",
            "Peraturan Pemerintah Nomor 3 Tahun 1999 tentang Sumpah Pegawai Rekaan;",
            parent="pasal-50",
        ),
        _p(
            d,
            "pasal-50/angka-2",
            "angka",
            "2",
            "angka 2",
            "Peraturan Pemerintah Nomor 8 Tahun 2001 tentang Cuti Pegawai Rekaan, dicabut dan dinyatakan "
            "tidak berlaku.",
            parent="pasal-50",
        ),
    ]
    refs = tuple(
        Reference(source=f"{d}/pasal-50/angka-{n}", target=t, text=t, kind="repeal", resolved=True)
        for n, t in ((1, "pp-3-1999"), (2, "pp-8-2001"))
    )
    doc = Document(
        id=d,
        kind="regulation",
        jenis="pp",
        nomor="95",
        tahun=2035,
        title="Peraturan Pemerintah Nomor 95 Tahun 2035",
        judul="Manajemen Pegawai Rekaan",
        diundangkan=date(2035, 1, 2),
        provisions=tuple(provs),
        references=refs,
        source=SRC,
    )
    st = Store(tmp_path / "store")
    st.put(doc)
    st.update_reference_index([doc])
    return st


def test_an_act_the_store_lacks_asked_whether_it_still_holds_gets_the_list_that_repealed_it(tmp_path):
    st = _synthetic_repeal_list_store(tmp_path)
    for text in (
        "Naskah sumpah kami masih mengutip PP 3/1999. Apakah PP itu masih berlaku?",  # a status question
        # not a status question, yet asking whether the act it names can still be used
        "Konsep SK kami mencantumkan PP 3/1999. Peraturan itu masih bisa dijadikan dasar sumpah pegawai?",
    ):
        card = _ask(st, text)
        assert card.supported, text
        related = {i.id: i.note for i in card.related}
        # its own point names it; the list's closing words repeal it
        assert "is repealed or kept" in related.get("pp-95-2035/pasal-50/angka-1", ""), text
        assert "not in the store" in card.message
    # an act nothing in the store names stays unanswered
    assert not _ask(st, "Apakah PP 77/2077 masih berlaku?").supported


def test_the_act_that_repealed_an_act_asked_about_is_cited_with_what_keeps_it_in_force(tmp_path):
    st = _synthetic_repeal_list_store(tmp_path)
    curated = (
        "\nregulations:"
        + _SYNTHETIC_KEEPING_ACT
        + _synthetic_act(
            "pp-95-2035",
            "Manajemen Pegawai Rekaan",
            "2035-01-02",
            "{state: in_force, kept_by: uu-71-2040/pasal-75}",
        )
        + """      - id: pp-95-2035/pasal-12
        citation: "PP No. 95 Tahun 2035, Pasal 12"
        summary_id: Pegawai rekaan bersumpah di depan atasannya.
        summary_en: A made-up employee takes the oath before the superior.
"""
    )
    st = _curated_store(tmp_path, curated, st)
    card = _ask(st, "Naskah sumpah kami masih mengutip PP 3/1999. Apakah PP itu masih berlaku?")
    related = {i.id: i.note for i in card.related}
    assert "which repealed PP No. 3 Tahun 1999" in related.get("uu-71-2040/pasal-75", "")


def test_an_official_who_lets_a_breach_go_fails_the_agencys_duty_to_enforce_discipline(shipped_corpus_store):
    # PP 94/2021 binds the punishing official; the Act behind it binds the agency he acts for, and both
    # are cited, whoever the story's actor is.
    card = _ask(
        shipped_corpus_store,
        "Kepala BKPSDM sintetis. Tim pemeriksa sudah selesai: seorang kabid terbukti membawa stafnya ke "
        "kampanye caleg DPRD pada Januari 2024 dan layak dihukum berat. Pejabat yang berwenang menghukum "
        "tidak mau menjatuhkan hukuman. Apa yang mengikat dia dan instansinya?",
    )
    cited = card.cited_ids()
    assert "pp-94-2021/pasal-24/ayat-1" in cited and "uu-20-2023/pasal-24/ayat-3" in cited


def test_a_contract_employee_before_the_2023_act_was_bound_by_the_2014_acts_rule_on_party_influence(
    shipped_corpus_store,
):
    card = _ask(
        shipped_corpus_store,
        "Desember 2022 seorang guru PPPK sintetis menandatangani formulir dukungan bakal calon DPD. PP "
        "disiplin PNS tidak berlaku untuk PPPK. Dasar hukum netralitasnya apa menurut UU ASN yang berlaku "
        "saat itu?",
    )
    assert "uu-5-2014/pasal-9/ayat-2" in card.cited_ids()


@pytest.mark.parametrize(
    "text",
    [
        "Teman PNS sintetis memakai akun IG kedua dengan nama samaran dan tiap hari berkomentar "
        "'pilih nomor 1' di postingan paslon gubernur. Katanya aman karena bukan akun asli. Benar?",
        "A synthetic PNS nurse was tagged by her son's TikTok for a DPR candidate. "
        "She never posted anything. Is she in trouble?",
        "On a Sunday a synthetic PNS clerk handed out a DPR candidate's flyers at the market. A breach?",
    ],
)
def test_whether_an_act_is_the_civil_servants_own_or_off_duty_cites_what_counts_as_a_breach(
    shipped_corpus_store, text
):
    assert "pp-94-2021/pasal-1/angka-6" in _ask(shipped_corpus_store, text).cited_ids()


def test_a_status_question_naming_an_act_still_cites_the_rule_it_asks_of(shipped_corpus_store):
    # Whether a duty in an act still holds is answered by the duty itself, not by the act's status alone.
    card = _ask(
        shipped_corpus_store,
        "Catatan pelatihan sintetis. PP 94/2021 dibuat untuk melaksanakan UU 5/2014, yang sudah dicabut UU "
        "20/2023. Apakah kewajiban pejabat yang berwenang menghukum untuk menjatuhkan hukuman disiplin di "
        "PP 94/2021 masih berlaku?",
    )
    assert card.parsed.intent == "status"
    assert "pp-94-2021/pasal-24/ayat-1" in card.cited_ids()


def test_asked_whether_a_repealed_acts_remedy_still_runs_the_card_cites_its_successors(shipped_corpus_store):
    card = _ask(
        shipped_corpus_store,
        "Is an appeal to BAPEK under Article 38 of PP 53/2010 still the way a synthetic civil servant fights "
        "a dismissal for campaigning?",
    )
    assert card.parsed.intent == "status" and card.parsed.remedy
    assert "pp-94-2021/pasal-38/ayat-3" in {i.id for i in card.permissions}


@pytest.mark.parametrize(
    "text",
    [
        "Panwas kabupaten sintetis memutuskan laporan soal kades yang memihak paslon itu tindak pidana "
        "pemilihan. Terus diteruskan ke siapa dan paling lambat kapan?",
        "A synthetic campus watch group reports a village head's trucks carrying voters to a regent pair's "
        "rally to the regency Bawaslu. If it is a crime, where does our report go next?",
    ],
)
def test_a_report_passed_on_is_followed_to_the_body_that_takes_it_up(shipped_corpus_store, text):
    authorities = {i.id: i.note for i in _ask(shipped_corpus_store, text).authorities}
    assert "uu-1-2015/pasal-135/ayat-2" in authorities
    assert "Indonesian National Police" in authorities.get("uu-1-2015/pasal-135/ayat-1/huruf-d", "")


def test_a_report_not_asked_onward_is_not_followed_to_the_police(shipped_corpus_store):
    card = _ask(
        shipped_corpus_store,
        "Panwas kabupaten sintetis menerima laporan soal kades yang memihak paslon bupati. Apa saja "
        "kewenangan kami?",
    )
    assert "uu-1-2015/pasal-135/ayat-1/huruf-d" not in card.cited_ids()


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (
            "Saya warga sintetis, lihat lurah bagi-bagi kalender bergambar calon walikota. Saya boleh "
            "lapor? Ke mana, dan batas waktunya berapa hari?",
            True,
        ),
        (
            "I'm a synthetic voter and saw our urban village head hand out calendars with a mayoral "
            "candidate's face. Am I allowed to report it, to whom, and how long do I have?",
            True,
        ),
        (
            "A synthetic lurah handed out a mayoral candidate's calendars on the 18th; I found out on the "
            "21st. Where do I report, and am I still in time?",
            True,
        ),
        (
            "Saya warga sintetis, lihat lurah bagi-bagi kalender bergambar calon walikota. Saya boleh "
            "lapor? Ke mana?",
            False,
        ),
    ],
)
def test_a_time_limit_asked_cites_the_point_stating_it(shipped_corpus_store, text, asked):
    # whether one may still report is asking the time limit too
    for still in ("Sy mau lapor: masih keburu gak?", "Masih bisa saya laporkan?", "am I still in time?"):
        assert A._TIME_LIMIT_ASKED.search(still), still
    authorities = {i.id: i.note for i in _ask(shipped_corpus_store, text).authorities}
    if asked:
        assert authorities.get("uu-1-2015/pasal-134/ayat-4") == "the time limit the question asks"
    else:
        assert "the time limit the question asks" not in authorities.values()


def test_the_clock_of_a_regional_election_crime_is_cited_for_each_stage_asked(shipped_corpus_store):
    asked = (
        "Camat sintetis dilaporkan ke Gakkumdu karena keputusan yang menguntungkan satu paslon bupati. "
        "Berapa hari penyidik polisi punya untuk menyelesaikan berkas, dan berapa lama banding di pengadilan "
        "tinggi?"
    )
    authorities = [i.id for i in _ask(shipped_corpus_store, asked).authorities]
    assert {"uu-1-2015/pasal-146/ayat-3", "uu-1-2015/pasal-148/ayat-4"} <= set(authorities)
    assert "uu-1-2015/pasal-146/ayat-5" not in authorities  # the prosecutor's step was not asked
    # a discipline case's administrative appeal is no criminal appeal
    discipline = (
        "Camat sintetis dihukum karena memihak paslon bupati. Berapa hari batas banding administratif dan "
        "keberatannya?"
    )
    notes = [i.note for i in _ask(shipped_corpus_store, discipline).authorities]
    assert "the time a regional-election crime may take at this stage" not in notes


@pytest.mark.parametrize(
    "text",
    [
        "Pendamping desa sintetis (kontrak kemendes, bukan asn) masuk tim kampanye caleg DPR, bisa "
        "kena pidana?",
        "A synthetic hospital worker on a BLUD contract (not PPPK, not PNS) joins a regent pair's campaign "
        "team. Does the ban on involving ASN cover him?",
        "I'm a synthetic foreign national advising a ministry. Do the neutrality rules apply to someone "
        "like me?",
    ],
)
def test_one_outside_the_service_gets_the_definition_of_an_asn_employee(shipped_corpus_store, text):
    assert "uu-20-2023/pasal-1/angka-2" in {i.id for i in _ask(shipped_corpus_store, text).definitions}


def test_asked_whether_the_pair_is_in_breach_too_the_card_cites_the_pairs_ban(shipped_corpus_store):
    card = _ask(
        shipped_corpus_store,
        "One of my synthetic teachers is on a PPPK contract. Last Sunday he hosted a 'meet the candidates' "
        "afternoon at his house for the regent pair he supports, and the pair came and spoke. Which rules "
        "apply to him, and did the pair do anything wrong by coming?",
    )
    assert "uu-1-2015/pasal-70/ayat-1/huruf-b" in card.cited_ids()


def test_a_past_act_compared_with_today_is_answered_by_both_dates_acts(shipped_corpus_store):
    told = (
        "Synthetic journalist. In March 2019 a civil-servant teacher gave pupils' parents wall calendars of "
        "a presidential ticket at a school meeting. What penalty level did that carry then"
    )
    both = _ask(shipped_corpus_store, told + ", and would the same act be graded differently today?")
    then = _ask(shipped_corpus_store, told + "?")
    assert "pp-53-2010/pasal-4/angka-13/huruf-b" in then.cited_ids()
    assert "pp-94-2021/pasal-5/huruf-n/angka-6" not in then.cited_ids()
    assert {"pp-53-2010/pasal-4/angka-13/huruf-b", "pp-94-2021/pasal-5/huruf-n/angka-6"} <= set(
        both.cited_ids()
    )
    assert both.later_at == date.today().isoformat() and "Today (" in both.message


def test_a_term_asked_in_a_story_of_conduct_cites_the_rules_the_act_breaks(shipped_corpus_store):
    card = _ask(
        shipped_corpus_store,
        "Saya staf pelaksana PNS sintetis, nggak punya jabatan struktural. Ketahuan bagi sembako bergambar "
        "caleg DPR ke warga kampung. Kalau hukumannya berat, 'turun jabatan' buat saya artinya apa?",
    )
    assert card.parsed.intent == "definition"
    assert "pp-94-2021/pasal-5/huruf-n/angka-6" in {i.id for i in card.prohibitions}


@pytest.mark.parametrize(("day", "near"), [("20 Oktober 2023", True), ("20 Juli 2023", False)])
def test_a_date_close_to_an_acts_repeal_cites_the_repeal_and_the_successors_entry_into_force(
    shipped_corpus_store, day, near
):
    card = _ask(
        shipped_corpus_store,
        f"Seorang PNS sintetis ikut kampanye caleg DPR tanggal {day}. Dia kena undang-undang ASN yang mana?",
    )
    related = {i.id: i.note for i in card.related}
    assert ("uu-20-2023/pasal-76" in related and "uu-20-2023/pasal-77" in related) is near
    if near:
        assert related["uu-20-2023/pasal-76"] == "UU No. 5 Tahun 2014 gave way on 2023-10-31"


@pytest.mark.parametrize(
    ("told", "first"),
    [
        ("Tim pemeriksa sudah memeriksanya dan BAP ditandatangani Juli 2021.", "pp-94-2021/pasal-40/ayat-4"),
        ("Dia belum pernah diperiksa sampai sekarang, Oktober 2021.", "pp-94-2021/pasal-40/ayat-3"),
        (
            "Laporannya masuk September 2021 dan pemeriksaan dijadwalkan Oktober 2021.",
            "pp-94-2021/pasal-40/ayat-3",
        ),
    ],
)
def test_a_breach_straddling_the_change_is_first_answered_by_the_point_for_how_far_its_examination_got(
    shipped_corpus_store, told, first
):
    # The store holds each ayat of PP 94/2021 Pasal 40 apart: the ayat beside the one the search found are
    # read, and the one for a case examined, or not yet, comes first as the story tells it.
    card = _ask(
        shipped_corpus_store,
        "Waktu pilbup November 2020 seorang kabid PNS sintetis membawa traktor dinas ke panggung kampanye "
        f"paslon. {told} SK-nya nanti pakai PP 53/2010 atau PP 94/2021?",
    )
    transitional = [i.id for i in card.related if i.note.startswith("transitional")]
    assert transitional[0] == first


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (
            "Kepala dinas sintetis bilang, 'tunggu saja rekomendasi Bawaslu'. Siapa yang wajib bergerak "
            "duluan?",
            True,
        ),
        (
            "A synthetic PPPK teacher sits on a DPR candidate's team. Whose duty is it to enforce "
            "discipline?",
            True,
        ),
        ("Benarkah dinas sintetis bebas mengabaikan rekomendasi Bawaslu soal kepala SD yang kampanye?", True),
        ("Seorang PNS sintetis ikut kampanye caleg DPR. Apa sanksinya?", False),
    ],
)
def test_asked_whether_the_agency_must_act_the_card_cites_its_duty_to_enforce_discipline(
    shipped_corpus_store, text, asked
):
    obligations = {i.id: i.note for i in _ask(shipped_corpus_store, text).obligations}
    said = (
        obligations.get("uu-20-2023/pasal-24/ayat-3")
        == "the agency's own duty to enforce its employees' discipline"
    )
    assert said is asked


def test_two_dates_years_apart_across_a_replacement_are_two_occasions_however_told(reasoning_store):
    card = _ask(
        reasoning_store,
        "PNS memakai mobil dinas untuk kampanye pada Mei 2029. Keponakannya, juga PNS, berbuat sama pada "
        "Juni 2031. Sanksinya?",
    )
    assert card.at.startswith("2029-05") and card.later_at.startswith("2031-06")
    prohibitions = [i.id for i in card.prohibitions]
    assert {"pp-10-2020/pasal-7", "pp-90-2030/pasal-3/huruf-b/angka-2"} <= set(prohibitions)
    # dates closer together tell one case's steps, not two occasions
    close = _ask(
        reasoning_store, "PNS memakai mobil dinas untuk kampanye pada Mei 2029; SK-nya terbit April 2030."
    )
    assert close.later_at is None


def test_a_dated_guide_asked_whether_it_still_holds_is_answered_by_todays_law_too(shipped_corpus_store):
    card = _ask(
        shipped_corpus_store,
        "Synthetic legal desk. A briefing note from March 2019 says a PNS teacher who hands out a "
        "presidential ticket's leaflets door to door breaks no rule. Does the note still hold?",
    )
    assert card.at.startswith("2019-03") and card.later_at == date.today().isoformat()
    assert any(pid.startswith("pp-94-2021/pasal-5/huruf-n/") for pid in card.cited_ids())


def test_an_act_named_of_which_the_store_holds_only_our_record_does_not_narrow_the_answer(
    shipped_corpus_store,
):
    card = _ask(
        shipped_corpus_store,
        "Synthetic Bawaslu desk. A PNS section head posted a photo with a presidential candidate, flashing "
        "the ticket's number, during the campaign. Our template asks us to follow the joint decree. What "
        "should the recommendation rest on?",
    )
    assert "skb-2-2022" in [i.id for i in card.related]
    assert any(pid.startswith("pp-94-2021/pasal-5/huruf-n/") for pid in card.cited_ids())


def test_search_is_not_confined_to_an_act_of_which_the_store_holds_only_our_record(shipped_corpus_store):
    # as the answer is: the joint decree (SKB) has no text in the store to search
    hits = A.search(
        shipped_corpus_store,
        "Apa yang dimaksud dengan netralitas menurut SKB netralitas?",
        k=10,
        encoder=load_encoder("hash"),
    )
    assert len(hits) == 10 and all(h.doc_id != "skb-2-2022" for h in hits[:3])


def test_the_level_of_the_breach_stands_for_the_penalty_the_question_does_not_name():
    from types import SimpleNamespace

    from test_posts import synthetic_power

    from kg.question import parse_question

    light = synthetic_power(
        "pp-90-2030/pasal-21/huruf-a",
        ["pengawas"],
        tiers=["kabupaten-kota"],
        sanctions=["sanction:pp-90-2030/ringan/teguran-lisan"],
    )
    medium = synthetic_power(
        "pp-90-2030/pasal-21/huruf-b",
        ["pengawas"],
        tiers=["kabupaten-kota"],
        sanctions=["sanction:pp-90-2030/sedang/potong-tukin-6-bulan"],
    )
    insts = {"inst:kadis-sintetis": SimpleNamespace(powers=[light, medium])}
    corpus = SimpleNamespace(
        institution=insts.get, sanction=lambda sid: SimpleNamespace(level=sid.split("/")[1])
    )
    steps = [
        SimpleNamespace(
            institution="inst:kadis-sintetis",
            provision=p.provision,
            scope_id="",
            scope_en="",
            stage="imposes",
        )
        for p in (light, medium)
    ]
    q = parse_question("Kasi sintetis di pemkab datang ke kampanye memakai seragam. Siapa yang menghukum?")
    assert A._points_by_post(steps, q, corpus) == (steps, True)
    assert A._points_by_post(steps, q, corpus, frozenset({"sedang"})) == ([steps[1]], True)
    # a breach of several levels, or a level the question names, leaves the question's own reading
    assert A._points_by_post(steps, q, corpus, frozenset({"ringan", "sedang"})) == (steps, True)
    light_asked = parse_question(
        "Kasi sintetis di pemkab ikut kampanye, hukuman ringan. Siapa yang menghukum?"
    )
    assert A._points_by_post(steps, light_asked, corpus, frozenset({"sedang"})) == ([steps[0]], True)


def test_an_election_law_named_for_the_other_kind_of_election_does_not_narrow_the_answer(
    shipped_corpus_store,
):
    card = _ask(
        shipped_corpus_store,
        "Synthetic draft from a regency Bawaslu. In this year's governor race a PNS midwife sits on a "
        "governor pair's registered campaign team; our draft cites UU 7/2017 Pasal 280 ayat (3). What "
        "governs her and the pair?",
    )
    assert card.parsed.election == "pilkada"
    assert "uu-1-2015/pasal-70/ayat-1/huruf-b" in card.cited_ids()


@pytest.mark.parametrize(
    ("text", "route"),
    [
        (
            "I'm on a synthetic sub-district election supervisory panel (Panwaslu kecamatan). A PNS "
            "teacher emceed a DPRD candidate's campaign event. What can we do with the finding, and where "
            "does it go?",
            "uu-7-2017/pasal-106/huruf-c",
        ),
        (
            "Saya anggota Panwaslu desa sintetis. Guru PNS membagikan kalender caleg DPD di posyandu. Apa "
            "tugas saya, dan siapa yang bisa merekomendasikan tindakan ke instansinya?",
            "uu-7-2017/pasal-106/huruf-c",
        ),
        (
            "Synthetic provincial Bawaslu, general election. A PNS teacher at a provincial school campaigned "
            "for a DPR candidate. What may we do with what we found?",
            "uu-7-2017/pasal-99/huruf-d",
        ),
    ],
)
def test_a_supervisors_tier_named_passes_its_finding_on_by_its_own_recommendation(
    shipped_corpus_store, text, route
):
    authorities = {i.id: i.note for i in _ask(shipped_corpus_store, text).authorities}
    assert route in authorities
    assert "recommends" in authorities[route]


def test_a_finding_of_no_named_tier_keeps_the_district_bodys_recommendation_alone(shipped_corpus_store):
    cited = _ask(
        shipped_corpus_store,
        "A synthetic PNS teacher campaigned for a DPR candidate at the school. Who deals with it?",
    ).cited_ids()
    assert "uu-7-2017/pasal-106/huruf-c" not in cited
    assert "uu-7-2017/pasal-99/huruf-d" not in cited


@pytest.mark.parametrize(
    ("text", "code", "council"),
    [
        (
            "Adik saya guru SD PNS sintetis, jadi anggota KPPS waktu pilbup. Malamnya dia kirim pesan ke "
            "grup WA warga: 'makasih warga yang sudah memilih paslon 2'. Melanggar apa?",
            "uu-1-2015/pasal-136",
            "uu-1-2015/pasal-137/ayat-1",
        ),
        (
            "I'm a synthetic PNS at the agriculture office and also sit on our village polling committee "
            "(PPS). After the vote I gave a speech at a DPD candidate's thank-you event praising him. What "
            "did I breach?",
            "uu-7-2017/pasal-157/ayat-3",
            "uu-7-2017/pasal-159",
        ),
    ],
)
def test_a_civil_servant_on_an_election_body_answers_to_its_code_beside_his_own_rules(
    shipped_corpus_store, text, code, council
):
    card = _ask(shipped_corpus_store, text)
    cited = card.cited_ids()
    assert code in [i.id for i in card.obligations]
    assert council in cited
    # the code joins the bans of his own post, not in their place
    assert any(i.id.startswith("pp-94-2021/pasal-5/") for i in card.prohibitions)


def test_an_election_bodys_code_is_no_answer_for_a_civil_servant_on_no_such_body(shipped_corpus_store):
    cited = _ask(
        shipped_corpus_store,
        "A synthetic PNS gave a speech at a DPD candidate's thank-you event praising him. What did he "
        "breach?",
    ).cited_ids()
    assert "uu-7-2017/pasal-157/ayat-3" not in cited and "uu-1-2015/pasal-136" not in cited


def test_joining_a_party_breaks_the_duty_to_stay_free_of_party_influence_too(shipped_corpus_store):
    card = _ask(
        shipped_corpus_store,
        "Seorang PNS sintetis dilantik menjadi bendahara ranting partai politik di desanya. Apa akibatnya?",
    )
    assert "uu-20-2023/pasal-52/ayat-3/huruf-j" in card.cited_ids()
    assert "uu-20-2023/pasal-9/ayat-2" in [i.id for i in card.obligations]


def test_a_question_on_a_constitutional_court_ruling_cites_our_record_of_it_and_what_it_tested(
    shipped_corpus_store,
):
    card = _ask(
        shipped_corpus_store,
        "I read that the Constitutional Court ruled on the 2023 ASN law's clause on supervising the merit "
        "system and ordered an independent body. What did the ruling say, and by what date must it exist?",
    )
    items = {it.id: it for g in CARD_GROUPS for it in getattr(card, g)}
    ruling = items["mk-121-puu-xxii-2024"]
    assert ruling.status == "decision" and ruling.is_summary and "not its text" in ruling.note
    tested = items["uu-20-2023/pasal-26/ayat-2/huruf-d"]
    assert "independent body" in tested.note and "2027-10-16" in tested.note
    named = _ask(shipped_corpus_store, "Putusan MK 87/PUU-XVI/2018 membatalkan Pasal 87 ayat (4) UU 5/2014?")
    assert "Putusan MK No. 87/PUU-XVI/2018 is not among the decisions the store holds." in named.message


def test_an_appeal_lodged_before_the_new_discipline_regulation_cites_the_old_ones_remedy_it_keeps(
    shipped_corpus_store,
):
    card = _ask(
        shipped_corpus_store,
        "In May 2021 the regent dismissed one of our PNS honourably but not at his own request, for rallying "
        "village heads behind a pair. In June 2021 he lodged an administrative appeal, and there is still no "
        "ruling. Now that PP 94/2021 is in force, which rules settle that appeal, and before which body?",
    )
    why = "keeps this for a banding administratif already lodged"
    kept = [it for it in card.related if it.note.endswith(why)]
    assert "pp-94-2021/pasal-40/ayat-2" in {it.id for it in card.related}
    assert kept and all(it.id.startswith("pp-53-2010/") for it in kept)


def test_a_story_told_before_the_named_act_and_asked_after_it_cites_the_acts_transitional_point(
    shipped_corpus_store,
):
    told = (
        "Kantor kepegawaian kabupaten, September 2021. Seorang PNS penyuluh berkali-kali mengajak warga "
        "memilih paslon petahana di Facebook waktu pilbup November 2020. Pemeriksaannya selesai Juni 2021, "
        "tapi keputusan hukumannya belum dibuat ketika PP 94/2021 terbit. Kami pakai aturan yang mana?"
    )
    card = _ask(shipped_corpus_store, told)

    def transitional(card):
        return [it.id for it in card.related if it.note.startswith("transitional")]

    assert transitional(card) and all(p.startswith("pp-94-2021/pasal-40/") for p in transitional(card))
    # told and asked on one side of the act, there is nothing to straddle
    after = told.replace("November 2020", "Oktober 2021").replace("Juni 2021", "November 2021")
    after = after.replace("September 2021", "Desember 2021")
    after = after.replace("ketika PP 94/2021 terbit", "sampai kini")
    assert transitional(_ask(shipped_corpus_store, after)) == []


def test_a_civil_servant_held_as_a_suspect_gets_how_long_his_discharge_runs_and_his_pay_where_asked(
    shipped_corpus_store,
):
    told = (
        "My uncle is a PNS at the district office. He was held by police for about a month as a suspect in a "
        "vote-buying case, then released to city arrest while the case goes on. His office suspended him"
    )
    card = _ask(shipped_corpus_store, told + " and pays him only half. Can he go back to work now?")
    cited = {it.id for it in card.related}
    assert {"pp-11-2017/pasal-282", "pp-11-2017/pasal-281"} <= cited
    unpaid = _ask(shipped_corpus_store, told + ". Does the suspension run until the case is over?")
    assert "pp-11-2017/pasal-282" in {it.id for it in unpaid.related}
    assert "pp-11-2017/pasal-281" not in {it.id for it in unpaid.related}


def test_a_term_quoted_is_defined_by_the_name_that_is_the_word_itself_not_one_that_only_stems_alike(
    shipped_corpus_store,
):
    # "Pemilihan" stems as "pemilih" does; the regional-elections law defines both in its Pasal 1.
    card = _ask(shipped_corpus_store, "Moot court: who is a 'pemilih' in the regional-elections law?")
    assert card.definitions[0].id == "uu-1-2015/pasal-1/angka-6"


def test_a_superior_who_makes_staff_pay_for_refusing_to_side_breaks_the_ban_on_arbitrary_treatment(
    shipped_corpus_store,
):
    told = (
        "Inspektorat kabupaten. Kabid di dinas pertanian (PNS) mengajak semua stafnya masuk grup WA "
        "pemenangan paslon bupati nomor 1. Tiga staf yang menolak lalu dicoret dari daftar petugas "
        "lapangan yang dapat uang perjalanan; dampaknya hanya terasa di bidang itu. Pelanggaran apa "
        "saja yang bisa kami catat?"
    )
    card = _ask(shipped_corpus_store, told)
    rules = {it.id for it in card.prohibitions}
    assert "pp-94-2021/pasal-5/huruf-i" in rules
    assert "pp-94-2021/pasal-12/huruf-c" in {it.id for it in card.sanctions}  # the harm stayed in the unit
    # the siding is still answered beside it
    assert any(pid.startswith("pp-94-2021/pasal-5/huruf-n/") for pid in rules)
    # staff who were never made to pay for a choice: no arbitrary treatment read into the story
    plain = told.replace("Tiga staf yang menolak lalu dicoret dari", "Tiga staf ikut masuk dan tercatat di")
    plain_rules = {it.id for it in _ask(shipped_corpus_store, plain).prohibitions}
    assert "pp-94-2021/pasal-5/huruf-i" not in plain_rules


def test_a_superior_who_makes_staff_pay_for_being_seen_with_the_losing_side_treats_them_arbitrarily(
    shipped_corpus_store,
):
    told = (
        "Istri saya perawat PNS di puskesmas sintetis. Pas kampanye dia kelihatan di acara paslon yg kalah. "
        "Habis pilkada kepala puskesmas mencoret dia dari tim program dan memindahkan tugasnya ke pustu. "
        "Boleh begitu?"
    )
    assert "pp-94-2021/pasal-5/huruf-i" in {it.id for it in _ask(shipped_corpus_store, told).prohibitions}


def test_a_story_dated_before_2021_gets_the_older_ban_on_arbitrary_treatment(shipped_corpus_store):
    card = _ask(
        shipped_corpus_store,
        "Maret 2019, seorang kabid dengan sengaja mencopot semua tugas seorang staf dan memindahkan "
        "mejanya ke lorong karena staf itu menolak ikut pertemuan caleg. Pelanggaran disiplin apa?",
    )
    assert "pp-53-2010/pasal-4/angka-9" in {it.id for it in card.prohibitions}


def test_a_civil_servant_placed_where_other_rules_seem_to_govern_gets_whom_the_discipline_rules_bind(
    shipped_corpus_store,
):
    asked = (
        "Min, sy PNS yg ditempatkan di bagian administrasi kantor Kodim, atasannya tentara. Kalo pemilu, "
        "aturan netralitas sy ikut TNI apa PNS? Ada yg bilang sy ikut aturan TNI krn kantornya TNI."
    )
    assert "pp-94-2021/pasal-1/angka-1" in {it.id for it in _ask(shipped_corpus_store, asked).definitions}
    told = "Sy PNS yg ditempatkan di bagian administrasi kantor Kodim. Kalo pemilu, sy boleh kampanye?"
    assert "pp-94-2021/pasal-1/angka-1" not in {it.id for it in _ask(shipped_corpus_store, told).definitions}


def test_a_named_provision_the_store_does_not_hold_is_said_to_be_missing(shipped_corpus_store):
    card = _ask(shipped_corpus_store, "Pasal 523 ayat 2 UU Pemilu bunyinya apa, ancaman pidananya berapa?")
    assert "UU No. 7 Tahun 2017, Pasal 523 ayat (2) is not in the store" in card.message
    held = _ask(shipped_corpus_store, "Pasal 494 UU Pemilu bunyinya apa?")
    assert "is not in the store" not in held.message


def test_a_punishing_officials_post_left_empty_gets_who_punishes_instead(shipped_corpus_store):
    told = (
        "Kepala dinas sosial kami meninggal bulan lalu, jabatannya sekarang dipegang Plt. Seorang kabid "
        "mengerahkan staf ke kampanye caleg DPR. Siapa yang berwenang menjatuhkan hukumannya?"
    )
    assert "pp-94-2021/pasal-25" in {it.id for it in _ask(shipped_corpus_store, told).authorities}
    english = (
        "The head of the synthetic transport office has retired and the post is still empty, held by an "
        "acting official (Plt). A division head took staff to a DPR candidate's rally. Who punishes him?"
    )
    assert "pp-94-2021/pasal-25" in {it.id for it in _ask(shipped_corpus_store, english).authorities}
    filled = "Seorang kabid mengerahkan staf ke kampanye caleg DPR. Siapa yang berwenang menghukumnya?"
    assert "pp-94-2021/pasal-25" not in {it.id for it in _ask(shipped_corpus_store, filled).authorities}


def test_a_civil_servant_on_leave_gets_what_the_leave_keeps_and_who_grants_it(shipped_corpus_store):
    def cited(text):
        return set(_ask(shipped_corpus_store, text).cited_ids())

    unpaid = cited(
        "Istri saya guru PNS, mau ambil cuti di luar tanggungan negara dua tahun untuk bantu kampanye "
        "kakaknya yang maju pilbup. Dia masih digaji? Boleh kampanye selama cuti?"
    )
    assert {"pp-11-2017/pasal-337", "pp-11-2017/pasal-335"} <= unpaid
    long_leave = cited(
        "Saya PNS, lagi cuti besar tiga bulan. Tim paslon bupati minta saya jadi bendahara tim. Boleh?"
    )
    assert "pp-11-2017/pasal-318" in long_leave and "pp-11-2017/pasal-337" not in long_leave
    abroad = cited(
        "I'm a PNS. I took a week's annual leave in Kuala Lumpur, signed by my head of office, and spoke at "
        "a DPR candidate's meeting there. Who grants leave spent abroad, and was mine valid?"
    )
    # the ayat that says it, finer than the article's own record, which says it too
    assert {"pp-11-2017/pasal-339/ayat-1", "pp-11-2017/pasal-309"} <= abroad
    # no leave told: none of the leave rules
    home = cited("Saya PNS. Tim paslon bupati minta saya jadi bendahara tim. Boleh?")
    leave_rules = {f"pp-11-2017/pasal-{n}" for n in range(309, 342)}
    assert not home & leave_rules


def test_the_voter_who_took_the_money_gets_the_takers_crime_only_when_told(shipped_corpus_store):
    took = (
        "Tetangga saya PNS kelurahan kirim token listrik 50rb ke HP saya lalu WA 'jangan lupa coblos no 2' "
        "di pilwalkot sintetis. Saya yang nerima tokennya ikut salah gak?"
    )
    cited = set(_ask(shipped_corpus_store, took).cited_ids())
    assert {
        "uu-1-2015/pasal-73/ayat-4",
        "uu-1-2015/pasal-187a/ayat-1",
        "uu-1-2015/pasal-187a/ayat-2",
    } <= cited
    gave = (
        "Seorang PNS sintetis bagi-bagi amplop ke warga sambil ajak coblos paslon bupati nomor 1. Kena apa?"
    )
    cited = set(_ask(shipped_corpus_store, gave).cited_ids())
    assert "uu-1-2015/pasal-187a/ayat-1" in cited and "uu-1-2015/pasal-187a/ayat-2" not in cited


def test_campaign_money_from_a_region_owned_enterprise_gets_the_donation_ban(shipped_corpus_store):
    told = (
        "Our synthetic acting regent had the regional water company (a BUMD) pay for a regent pair's "
        "calendars out of its promotion budget. What can happen?"
    )
    cited = set(_ask(shipped_corpus_store, told).cited_ids())
    assert {
        "uu-1-2015/pasal-76/ayat-1/huruf-d",
        "uu-1-2015/pasal-76/ayat-4",
        "uu-1-2015/pasal-187/ayat-6",
    } <= cited
    plain = "Our synthetic acting regent praised a regent pair at a road opening. What can happen?"
    assert "uu-1-2015/pasal-76/ayat-1/huruf-d" not in _ask(shipped_corpus_store, plain).cited_ids()


def test_an_incumbents_cancellation_is_cited_at_the_number_it_had_on_the_date_of_the_facts(
    shipped_corpus_store,
):
    def cited(year):
        told = (
            f"Bupati petahana sintetis yang maju lagi di pilkada Desember {year} mengganti tiga kepala dinas "
            f"pada September {year}. Apa akibatnya buat pencalonannya?"
        )
        return set(_ask(shipped_corpus_store, told).cited_ids())

    # UU 1/2015 Pasal 71 ayat (4) as first enacted; ayat (5) since UU 10/2016 (1 July 2016)
    before, after = cited(2015), cited(2024)
    assert "uu-1-2015/pasal-71/ayat-4" in before and "uu-1-2015/pasal-71/ayat-5" not in before
    assert "uu-1-2015/pasal-71/ayat-5" in after and "uu-1-2015/pasal-71/ayat-4" not in after


def test_a_region_owned_company_drawn_into_a_pairs_campaign_gets_the_ban_on_involving_its_officers(
    shipped_corpus_store,
):
    told = (
        "Our synthetic regency water company's director sent one of the company's tanker trucks to regent "
        "pair 2's open-air rally. Who is in trouble here, the director or the pair?"
    )
    cited = set(_ask(shipped_corpus_store, told).cited_ids())
    assert {"uu-1-2015/pasal-70/ayat-1/huruf-a", "uu-1-2015/pasal-189"} <= cited
    plain = "A synthetic camat sent the office's truck to regent pair 2's open-air rally. Who is in trouble?"
    assert "uu-1-2015/pasal-70/ayat-1/huruf-a" not in _ask(shipped_corpus_store, plain).cited_ids()


def test_a_victory_convoy_after_polling_day_gets_the_ban_of_after_the_campaign_too(shipped_corpus_store):
    told = (
        "Ibu saya guru SD negeri sintetis, PNS. 2 hari setelah coblosan pilkada beliau ikut konvoi "
        "kemenangan paslon bupati no 2 pakai seragam Korpri. Katanya masa kampanye udah lewat. Kena apa?"
    )
    cited = set(_ask(shipped_corpus_store, told).cited_ids())
    assert {"pp-94-2021/pasal-5/huruf-n/angka-6", "pp-94-2021/pasal-14/huruf-i/angka-4"} <= cited


def test_what_a_provision_keeps_of_a_replaced_act_is_cited_with_until_when(shipped_corpus_store):
    asked = "A synthetic post says PP 53/2010 is totally dead since 2021. Does any part of it still get used?"
    cited = set(_ask(shipped_corpus_store, asked).cited_ids())
    assert {"pp-94-2021/pasal-42/ayat-2", "pp-94-2021/pasal-42/ayat-1", "pp-53-2010/pasal-7/ayat-3"} <= cited


def test_a_civil_servants_own_donation_to_a_pair_gets_the_cap_and_its_crime(shipped_corpus_store):
    gave = (
        "My synthetic father, a PNS teacher, has lent his private motorboat to a governor ticket's team "
        "for a month. Does that count as a campaign donation, and is there a cap?"
    )
    cited = set(_ask(shipped_corpus_store, gave).cited_ids())
    assert {"uu-1-2015/pasal-74/ayat-5", "uu-1-2015/pasal-74/ayat-6", "uu-1-2015/pasal-187/ayat-5"} <= cited
    # a free public service an official launches is no donation to a campaign
    free = (
        "Kadis sintetis meluncurkan layanan ambulans gratis pakai stiker wajah bupati petahana, tiga bulan "
        "sebelum penetapan paslon. Siapa yang kena?"
    )
    assert "uu-1-2015/pasal-187/ayat-5" not in _ask(shipped_corpus_store, free).cited_ids()


def test_a_levy_on_staff_allowances_for_a_pair_is_a_levy_outside_the_rules(shipped_corpus_store):
    told = (
        "Kadis sintetis nyuruh bendahara nahan 5% TPP semua pegawai buat 'iuran pemenangan' paslon bupati. "
        "Itu pelanggaran apa?"
    )
    assert "pp-94-2021/pasal-5/huruf-g" in _ask(shipped_corpus_store, told).cited_ids()
    debt = "Saya PNS. Penagih utang minta gaji saya dipotong buat bayar utang kampanye suami. Boleh?"
    assert "pp-94-2021/pasal-5/huruf-g" not in _ask(shipped_corpus_store, debt).cited_ids()


def test_may_he_and_must_he_asked_together_get_what_he_may_do(shipped_corpus_store):
    asked = "bupati sintetis yg gak nyalon lagi boleh ikut kampanye paslon gubernur? hrs cuti jg ndak?"
    card = _ask(shipped_corpus_store, asked)
    assert card.parsed.intent == "obligation"
    assert "uu-1-2015/pasal-70/ayat-2" in [i.id for i in card.permissions]


def test_replacing_officials_in_the_six_months_before_the_pairs_is_a_regional_election_ban(
    shipped_corpus_store,
):
    asked = (
        "Synthetic regency, April 2024. Our acting (Pj) regent wants to replace three heads of office, "
        "and we are inside the six months before the pairs are fixed. Was there a rule like this for the "
        "February general election? And what's the penalty if it's ignored?"
    )
    cited = set(_ask(shipped_corpus_store, asked).cited_ids())
    assert {"uu-1-2015/pasal-71/ayat-2", "uu-1-2015/pasal-71/ayat-4", "uu-1-2015/pasal-190"} <= cited


def test_suspended_from_duties_in_the_meantime_asks_of_the_relief_while_examined(shipped_corpus_store):
    asked = (
        "The head of a synthetic community health centre, a PNS, allegedly told all the health workers "
        "to attend a regent ticket's event, and the health office wants to examine him. Can he be suspended "
        "from his duties in the meantime, and for how long at most? Does he keep getting paid?"
    )
    cited = set(_ask(shipped_corpus_store, asked).cited_ids())
    assert {"pp-94-2021/pasal-31/ayat-2", "pp-94-2021/pasal-31/ayat-4"} <= cited


def test_one_sides_banners_taken_down_on_an_officials_word_are_the_props_crime_beside_the_harm(
    shipped_corpus_store,
):
    told = (
        "Sy staf kelurahan (PNS) di kota sintetis. Pak lurah nyuruh sy nurunin baliho paslon walikota no 2, "
        "tp baliho paslon no 1 di sebelahnya disuruh biarin. Sy kena apa?"
    )
    card = _ask(shipped_corpus_store, told)
    rules = {it.id for it in card.prohibitions}
    assert {"uu-1-2015/pasal-71/ayat-1", "uu-1-2015/pasal-69/huruf-g"} <= rules
    assert "uu-1-2015/pasal-187/ayat-3" in {it.id for it in card.sanctions}
    # the banners put up for one side only: a favour, but nothing taken down
    plain = told.replace("nurunin baliho", "masang baliho").replace("disuruh biarin", "gak boleh dipasang")
    assert "uu-1-2015/pasal-69/huruf-g" not in _ask(shipped_corpus_store, plain).cited_ids()


def test_a_team_kept_out_of_a_village_and_a_hoax_about_a_candidate_are_the_campaigns_crimes(
    shipped_corpus_store,
):
    kept_out = _ask(
        shipped_corpus_store,
        "Kami relawan paslon bupati no 2 di kabupaten sintetis. Di gapura desa kami dicegat linmas atas "
        "perintah kades: tim no 2 gak boleh masuk, tim no 1 bebas keliling. Ada pidananya?",
    )
    assert "uu-1-2015/pasal-187/ayat-4" in kept_out.cited_ids()
    hoax = _ask(
        shipped_corpus_store,
        "Rekan kerja sy (PNS) nyebarin video hoaks di FB bahwa calon bupati sintetis no 2 pemakai narkoba. "
        "Dia kena apa?",
    )
    assert {"uu-1-2015/pasal-69/huruf-c", "uu-1-2015/pasal-187/ayat-2"} <= set(hoax.cited_ids())
    # a venue refused to one side is a harm, neither a crime against the props nor one against the campaign
    refused = _ask(
        shipped_corpus_store,
        "Tim kami (paslon gubernur no 3) mau pinjam balai desa sintetis. Kades nolak, padahal paslon no 1 "
        "bikin acara di balai yg sama. Ada pidananya?",
    )
    assert not {"uu-1-2015/pasal-69/huruf-g", "uu-1-2015/pasal-187/ayat-4"} & set(refused.cited_ids())


def test_a_civil_servant_campaigning_abroad_is_reported_to_the_overseas_supervisors(shipped_corpus_store):
    card = _ask(
        shipped_corpus_store,
        "Seorang PNS di KBRI sintetis terus mengkampanyekan satu paslon capres di acara mahasiswa. "
        "Kami mau lapor, ke mana?",
    )
    powers = {i.id: i.note for i in card.authorities}
    assert "Overseas election supervisory committee" in powers.get("uu-7-2017/pasal-112/huruf-a", "")


def test_the_overseas_supervisors_answer_no_story_set_at_home(shipped_corpus_store):
    card = _ask(
        shipped_corpus_store,
        "Saya sekda kabupaten sintetis. BKPSDM menyodorkan draf SK hukuman disiplin berat untuk seorang kasi "
        "yang memakai mobil dinas mengangkut spanduk caleg. Memangnya saya yang berwenang meneken SK itu?",
    )
    assert not any(i.id.startswith(("uu-7-2017/pasal-111", "uu-7-2017/pasal-112")) for i in card.authorities)


def test_a_soldiers_or_police_officers_own_vote_is_answered_only_where_voting_is_asked(shipped_corpus_store):
    voting = _ask(shipped_corpus_store, "Anggota Polri di polsek sintetis boleh ikut nyoblos pileg 2024 gak?")
    assert "uu-7-2017/pasal-200" in {i.id for i in voting.prohibitions}
    rally = _ask(
        shipped_corpus_store, "An active soldier in a synthetic battalion joined a DPR candidate's rally"
    )
    assert "uu-7-2017/pasal-200" not in rally.cited_ids()


def test_each_short_name_a_definition_question_lists_is_defined(reasoning_store):
    card = _ask(
        reasoning_store,
        "hello, english is not my first language. in reports i see TNI, POLRI, PS and also 'honorer'. what "
        "is the difference between them? i need to write it correct in our report",
    )
    assert card.parsed.intent == "definition"
    assert "pp-90-2030/pasal-1/angka-1" in {i.id for i in card.definitions}


@pytest.mark.parametrize(
    "text",
    [
        "What penalties fall under medium discipline for a PNS who used an official car for a campaign?",
        "What does a medium penalty consist of for a PNS who used an official car for a campaign?",
    ],
)
def test_the_kinds_of_a_level_asked_in_english_are_listed_beside_the_conduct(reasoning_store, text):
    card = _ask(reasoning_store, text)
    assert "pp-90-2030/pasal-10" in [i.id for i in card.sanctions]


def test_a_pppk_who_doubts_the_rules_reach_her_gets_the_definition_of_pppk(shipped_corpus_store):
    card = _ask(
        shipped_corpus_store,
        "Sy guru PPPK sintetis di SD. Kepsek nyuruh sy posting dukungan ke paslon bupati nomor 1 pas "
        "pilkada 2024. Sy kan PPPK bukan PNS, aturan netralitas berlaku ke sy gak? Sy ikut kena?",
    )
    assert "uu-20-2023/pasal-1/angka-4" in [i.id for i in card.definitions]


def test_a_past_penalty_asked_again_as_if_it_happened_now_is_answered_by_todays_acts_too(
    shipped_corpus_store,
):
    card = _ask(
        shipped_corpus_store,
        "Buat skripsi. Dosen PNS sintetis, Maret 2019 upload video 'Alasan Saya Pilih 01'. Juni 2019 dia "
        "dihukum penundaan kenaikan gaji berkala 1 thn. Waktu itu pakai PP apa? kalo kejadiannya skrg "
        "tingkatnya beda ga?",
    )
    assert card.later_at == date.today().isoformat()
    assert "pp-94-2021/pasal-5/huruf-n/angka-6" in card.cited_ids()
