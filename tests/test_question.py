"""Tests for kg.question (the question parser). The catalog is synthetic: made-up regulations and names."""

from datetime import date
from pathlib import Path

import pytest

from ingest.actors import ACTORS
from kg.question import (
    RegInfo,
    asks,
    asks_remedy,
    brings_staff,
    campaign_uses,
    detect_language,
    election_kind,
    fails_to_punish,
    find_actors,
    find_date,
    find_roles,
    foreign_jurisdiction,
    month_after,
    other_election_kind,
    parse_question,
    sets_sides,
    too_light,
)

# Two made-up versions of one discipline regulation sharing a popular name, and an amending act.
SYNTHETIC_CATALOG = {
    "pp-10-2020": RegInfo(
        id="pp-10-2020",
        year=2020,
        state="repealed",
        by="pp-90-2030/pasal-5",
        since=date(2030, 3, 1),
        enacted=date(2020, 5, 4),
        names_id=("PP Disiplin Sintetis", "PP Disiplin Sintetis lama"),
        names_en=("synthetic discipline regulation",),
    ),
    "pp-90-2030": RegInfo(
        id="pp-90-2030",
        year=2030,
        state="in_force",
        enacted=date(2030, 3, 1),
        names_id=("PP Disiplin Sintetis",),
        names_en=("synthetic discipline regulation",),
    ),
    "pp-12-2031": RegInfo(
        id="pp-12-2031", year=2031, state="in_force", enacted=date(2031, 1, 5), amends=("pp-90-2030",)
    ),
}


def parse(text, **kw):
    return parse_question(text, SYNTHETIC_CATALOG, **kw)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Apa sanksi bagi PNS yang ikut kampanye?", "id"),
        ("sanksi PNS kampanye", "id"),
        ("What is the penalty for a civil servant who joins a campaign?", "en"),
        ("Quelle est la sanction pour un fonctionnaire qui fait campagne?", "other"),
    ],
)
def test_language(text, lang):
    assert detect_language(text) == lang


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Apa yang dimaksud dengan kampanye pemilu?", "definition"),
        ("What counts as a campaign under the election law?", "definition"),
        ("Apakah PP Disiplin Sintetis lama masih berlaku?", "status"),
        ("PP Disiplin Sintetis itu berlakunya mulai kapan?", "status"),
        ("Since when has the synthetic discipline regulation been in effect?", "status"),
        ("A 2020 memo cites PP 90/2030. Can that memo still guide us?", "status"),
        ("Petunjuk teknis PP Disiplin Sintetis lama masih bisa dipakai?", "status"),
        ("Is the synthetic rule on resigning still the one that applies?", "status"),
        ("Siapa yang berwenang menjatuhkan hukuman disiplin?", "authority"),
        ("A teacher canvassed voters at our polling station. Through whom does my report go?", "authority"),
        ("Who imposes the penalty on a civil servant?", "authority"),
        ("Apa sanksi bagi PNS yang ikut kampanye?", "sanction"),
        ("Bolehkah PNS hadir di kampanye?", "prohibition"),
        ("Apa kewajiban PNS yang menjadi calon?", "obligation"),
        ("PNS kampanye", "general"),
        ("What is a Pejabat Pembina Kepegawaian (staffing authority)?", "definition"),
        ("What is a civil servant allowed to do?", "prohibition"),
        # English cues for who receives or what a body does, and for criminal consequences.
        (
            "Once the synthetic council has ruled, can he challenge it, and who is the ruling sent to?",
            "authority",
        ),
        ("Am I allowed to report it, to whom, and how long do I have?", "authority"),
        (
            "In 2031, could members of the public report a partisan civil servant to the commission?",
            "authority",
        ),
        ("What was the synthetic commission's job regarding neutrality back then?", "authority"),
        ("He approved only pair 2's request. What has he breached, and could it be a crime?", "sanction"),
        ("Is he criminally liable for that?", "sanction"),
        # "maksudnya" after a comma glosses the facts; after "itu" it asks what a term means
        ("Camat minta warga 'pilih yang terbukti', maksudnya bupati petahana. Apa sanksinya?", "sanction"),
        ("Unit kerja itu maksudnya apa?", "definition"),
        ("What follows if someone ignores the synthetic duty?", "sanction"),
    ],
)
def test_intent(text, intent):
    assert parse(text).intent == intent


def test_actor_is_who_acts_not_whom_the_act_favours():
    actor, actors, roles = find_roles("Camat membagikan sembako sambil mengajak warga memilih calon bupati")
    assert actor in ("camat", "pns") and {"pns", "pejabat-asn"} <= set(roles) and "calon" in actors
    assert find_actors("Calon bupati mengerahkan lurah untuk kampanye")[0] == "calon"
    assert find_actors("Can a contract employee join a rally?")[0] == "pppk"
    assert find_actors("A village head joins a campaign team")[0] == "kepala-desa"
    assert find_actors("Apakah hujan turun hari ini?") == (None, ())
    # In English the office comes first: "a regent candidate" is a candidate, "the regent" holds office.
    assert find_roles("A regent candidate gets contract teachers on stage")[0] == "calon"
    assert find_roles("The regent replaced officials before the election")[0] == "kepala-daerah"
    # A step of the election naming the candidates ("setelah pendaftaran calon") makes them no actor.
    told = "Setelah pendaftaran calon ditutup, Pak camat (PNS) naik panggung deklarasi salah satu pasangan."
    assert find_roles(told)[0] == "camat"


def test_a_health_worker_said_in_the_same_breath_to_be_a_civil_servant_is_one():
    actor, _, roles = find_roles(
        "Saya dokter spesialis anak, PNS di RSUD. Tim caleg minta saya jadi narasumber."
    )
    assert actor == "pns" and "tenaga-kesehatan" in roles
    # a civil servant named in another sentence is someone else
    actor, _, roles = find_roles("Saya dokter di RSUD. Atasan saya, PNS, ikut kampanye caleg.")
    assert actor == "tenaga-kesehatan" and "pns" not in roles
    # a functional post only a civil servant holds says so too
    actor, _, roles = find_roles("Dokter spesialis di RSUD, jabatan fungsional ahli utama, ikut kampanye.")
    assert actor == "pns" and "pejabat-asn" in roles


def test_the_one_after_a_passive_verb_acts_too():
    actor, _, roles = find_roles("Polisi aktif dilibatkan paslon walikota untuk kampanye")
    assert actor == "anggota-polri" and "pasangan-calon" in roles
    assert "pasangan-calon" not in find_roles("Polisi aktif ikut kampanye paslon walikota")[2]
    # who asks before a colon is not who acted
    assert find_roles("PPK di kabupaten nanya: PPPK guru yang melanggar netralitas kena apa?")[0] == "pppk"
    assert find_roles("Camat di sini nanya: apakah dia boleh hadir kampanye?")[0] == "camat"
    # "A pair running for district head" is the candidate pair, whose rally a civil servant spoke at
    told = "A pair running for district head (regent) had a PNS headmaster speak at their rally."
    assert find_roles(told)[0] == "pasangan-calon"
    assert find_actors("Do contract government employees (PPPK) have campaign limits?")[0] == "pppk"


def test_actor_ids_come_from_the_one_actor_vocabulary():
    for text in ("camat", "civil servant", "village official", "polisi", "menteri", "tim sukses", "PPPK"):
        actor, actors = find_actors(text)
        assert actor in ACTORS and all(a in ACTORS for a in actors), text


def test_election_kind():
    assert election_kind("mengajak memilih calon bupati") == "pilkada"
    assert election_kind("kampanye calon presiden") == "pemilu"
    assert election_kind("a regent candidate's rally") == "pilkada"
    assert election_kind("rapat kantor") is None
    # the everyday short names of a governor's, regent's and mayor's election
    assert election_kind("PNS ikut kampanye pilgub") == "pilkada"
    assert election_kind("jelang pilwalkot dan pilbup") == "pilkada"
    # a campaign for a regional head's seat, said without "calon" or "election"
    assert election_kind("camat yang ikut kampanye bupati") == "pilkada"
    assert election_kind("she campaigned for the mayor") == "pilkada"
    assert election_kind("A pair running for district head had a PNS speak at their rally") == "pilkada"
    assert election_kind("in the run-up to the mayoral vote") == "pilkada"
    # a regional head seeking another term
    assert election_kind("The regent is running again and is on campaign leave now.") == "pilkada"
    assert election_kind("Wali kota kami nyalon lagi untuk periode kedua.") == "pilkada"
    assert election_kind("Wakil bupati kami nyalon jadi bupati di kabupaten yang sama.") == "pilkada"
    assert election_kind("The regent went on leave to campaign for a presidential ticket.") == "pemilu"
    assert election_kind("Bupati periode kedua kami mengerahkan ASN ke kampanye capres.") == "pemilu"
    # the seat a pair would win: "kalo paslon 01 jadi bupati"; a pair's number alone says no seat
    assert election_kind("Balasannya: 'sabar ya, kalo paslon 01 jadi bupati pasti beres'.") == "pilkada"
    assert election_kind("He keeps saying things will be fixed once that pair becomes mayor.") == "pilkada"
    assert election_kind("Dia pasang stiker paslon 01 di mobil dinas.") is None
    # the incumbent's pair: a regional head running again, beside a legislative race told first
    told = "Januari dia minta bantu caleg DPR; Oktober dia minta kades amankan suara paslon petahana."
    assert (election_kind(told), other_election_kind(told, election_kind(told))) == ("pemilu", "pilkada")
    assert election_kind("He asked them to lock in votes for the incumbent's pair.") == "pilkada"


def test_a_regulation_named_to_say_it_does_not_reach_the_case_is_set_aside():
    for text in (
        "Who disciplines contract staff, given that PP 90/2030 only covers PNS?",
        "PP 90/2030 nggak berlaku buat PPPK, terus aturan apa?",
        "Dia kena aturan apa (bukan PNS, jadi PP 90/2030 tidak berlaku)?",
        "Ini bukan urusan disiplin, jadi PP 90/2030 tidak kena. Lalu aturan apa yang mengikat dia?",
        "Selain PP 90/2030, aturan apa yang melarang PPPK ikut kampanye?",
        "She is a contract nurse, so PP 90/2030 does not apply. Which rules bind her?",
        # an act one option of a multiple-choice item offers is a reading to weigh
        "Soal: PNS memakai mobil dinas untuk kampanye. Mana yang benar? (a) ditegur; (b) dihukum menurut "
        "PP 90/2030; (c) bebas.",
    ):
        (r,) = parse(text).regulations
        assert r.id == "pp-90-2030" and r.set_aside, text
    # asking whether it applies, or whether it still stands, names it to be answered from
    for text in (
        "Apakah PP 90/2030 berlaku untuk PPPK?",
        "PP 90/2030 tidak berlaku lagi, kan?",
        "Menurut PP 90/2030, mana yang benar: (a) ditegur; (b) dihukum?",
        "Soal: mana yang benar? (a) ditegur; (b) dihukum. Kunci saya (b); apa kata PP 90/2030?",
        # besides it, not instead of it
        "Selain PP 90/2030 kami mau mengacu juga ke pedoman bersama. Dasar apa saja yang bisa dikutip?",
    ):
        assert not parse(text).regulations[0].set_aside, text


def test_regulation_by_citation_and_by_alias_with_year_or_in_force():
    q = parse("Menurut PP 90/2030, bolehkah PNS memakai mobil dinas?")
    assert [r.id for r in q.regulations] == ["pp-90-2030"] and q.regulations[0].known
    assert parse("Menurut PP Disiplin Sintetis, apa sanksinya?").regulations[0].id == "pp-90-2030"
    assert parse("Menurut PP Disiplin Sintetis 2020, apa sanksinya?").regulations[0].id == "pp-10-2020"
    assert (
        parse("Under the old synthetic discipline regulation, what applies?").regulations[0].id
        == "pp-10-2020"
    )
    q = parse("Menurut PP Disiplin Sintetis lama, apa sanksinya?")
    r = q.regulations[0]
    assert (r.id, r.state, r.successor) == ("pp-10-2020", "repealed", "pp-90-2030")
    assert q.at is None and not q.problems  # the year of a name is not the date of the facts
    # the name with "-nya" after it is still the name, not an unknown act
    q = parse("PNS sintetis dihukum berat. PP Disiplin Sintetis-nya kan ganti, jadi pakai yang mana?")
    assert [r.id for r in q.regulations] == ["pp-90-2030"] and not q.problems


def test_the_shipped_aliases_name_both_discipline_regulations_alike_so_a_date_picks_between_them():
    from kg.corpus import load_corpus
    from kg.question import catalog_from_corpus

    catalog = catalog_from_corpus(load_corpus(Path(__file__).parent.parent / "corpus"))
    for reg in ("pp-53-2010", "pp-94-2021"):
        assert "PNS discipline regulation" in catalog[reg].names_en
    q = parse_question(
        "Old case, March 2019. A PNS took colleagues to her husband's rally. Under the PNS discipline "
        "regulation then applying, which breach was that?",
        catalog,
    )
    assert [r.id for r in q.regulations] == ["pp-53-2010"] and not q.problems


def test_a_date_in_the_question_picks_the_version_in_force_then():
    q = parse("Pada tahun 2025, menurut PP Disiplin Sintetis, apa sanksi PNS yang kampanye?")
    assert q.at == date(2025, 7, 1) and q.regulations[0].id == "pp-10-2020" and not q.problems


def test_dates():
    assert parse("PNS ikut kampanye pada 17 April 2031").at == date(2031, 4, 17)
    assert parse("civil servant at a rally on 2031-04-17").at == date(2031, 4, 17)
    assert parse("Tahun 2031 PNS ikut kampanye").at == date(2031, 7, 1)
    assert parse("Tahun 2031 PNS ikut kampanye", at=date(2032, 1, 1)).at == date(2032, 1, 1)


def test_definition_term():
    assert parse("Apa yang dimaksud dengan kampanye pemilu?").term == "kampanye pemilu"
    assert parse("What counts as a campaign under the election law?").term == "campaign"


def test_definition_term_ends_with_its_question():
    q = parse("Apa pengertian pelanggaran sintetis? Apakah yang di luar jam kerja juga termasuk?")
    assert q.term == "pelanggaran sintetis"
    q = parse("What is meant by a synthetic agency under PP 90/2030? Is a regency office one?")
    assert q.term == "synthetic agency"
    # "what is the difference?" names no term: the terms are those set side by side
    q = parse("I see ASN, PNS and also 'honorer'. What is the difference? Is ASN the same as PNS?")
    assert q.intent == "definition" and q.term is None
    q = parse("Ada 'pelanggaran kode sintetis' dan 'pelanggaran disiplin'. Definisinya bedanya apa sih?")
    assert q.intent == "definition" and q.term is None


def test_conduct_words_leave_out_the_regulation_and_function_words():
    q = parse("Menurut PP 90/2030, apakah PNS boleh memakai mobil dinas?")
    assert "mobil" in q.conduct and "dinas" in q.conduct
    assert not {"menurut", "apakah", "boleh", "90", "2030"} & set(q.conduct)


# -- bad input: each gives problems that say what was understood and why there is no answer ----------
def test_unknown_regulation_is_a_problem():
    q = parse("Menurut UU 99/2099, apa sanksi PNS yang kampanye?")
    assert q.regulations[0].id == "uu-99-2099" and not q.regulations[0].known
    assert any("not in the store" in p for p in q.problems)


def test_stop_words_only_is_a_problem():
    q = parse("yang dan di atau ini itu")
    assert q.conduct == () and any("no words" in p for p in q.problems)


def test_other_language_is_a_problem():
    q = parse("Quelle est la sanction pour un fonctionnaire qui fait campagne?")
    assert q.lang == "other" and any("neither Indonesian nor English" in p for p in q.problems)


def test_date_before_any_regulation_is_a_problem():
    q = parse("Pada tahun 1950, apa sanksi PNS yang ikut kampanye?")
    assert any("before every regulation" in p for p in q.problems)


def test_date_before_every_regulation_naming_one_says_when_that_one_came():
    q = parse("Pada tahun 2019, menurut PP 10/2020, bolehkah PNS ikut kampanye?")
    assert q.problems and not any("before every regulation" in p for p in q.problems)
    assert any("PP No. 10 Tahun 2020 was enacted on 2020-05-04" in p for p in q.problems)


def test_repealed_act_with_a_later_date_is_contradictory():
    q = parse("Under PP 10/2020, in 2035, may a civil servant campaign with an official car?")
    assert q.lang == "en" and q.at == date(2035, 7, 1)
    assert any("repealed on 2030-03-01" in p and "PP No. 90 Tahun 2030" in p for p in q.problems)
    assert "regulation PP No. 10 Tahun 2020" in q.understood()


def test_asking_whether_a_named_act_still_holds():
    from kg.question import asks_still

    for asked in (
        "Daftar periksa kami dari 2017 merujuk PP 53/2010. Sekarang pasalnya apa?",
        "Can our SOP still cite PP 53/2010?",
        "What replaced the 2014 law?",
        "The decree rests on PP 10/2020. Is PP 10/2020 the right regulation to cite here?",
        "Apa dasar hukum yang tepat dikutip di SK itu?",
    ):
        assert asks_still(asked), asked
    assert not asks_still("Under PP 10/2020, in 2035, may a civil servant campaign with an official car?")


def test_an_old_act_named_with_the_new_names_both():
    q = parse("Pasal berapa yang mewajibkan PNS lepas dari pengaruh parpol, di PP 10/2020 maupun yang baru?")
    assert {r.id for r in q.regulations} == {"pp-10-2020", "pp-90-2030"}
    assert {r.id for r in parse("Apa bunyi PP 10/2020 soal kampanye PNS?").regulations} == {"pp-10-2020"}
    # the new one by its year ("the 2020 rule or the 2030 one"), not a year that is not the successor's
    q = parse("In June 2031, did PP 10/2020 or the 2030 one govern her campaigning?")
    assert {r.id for r in q.regulations} == {"pp-10-2020", "pp-90-2030"} and not q.problems
    assert {r.id for r in parse("Did PP 10/2020 or the 2025 one govern it?").regulations} == {"pp-10-2020"}


def test_one_named_regulation_in_force_on_the_date_is_enough():
    q = parse("Pada Mei 2025 PNS kampanye; pakai PP 10/2020 atau PP 90/2030?")
    assert q.at == date(2025, 5, 15) and not q.problems


def test_a_head_of_office_by_short_name_acts_and_staff_named_as_the_audience_do_not():
    from kg.question import find_roles

    for told in (
        "Bukber pegawai di aula dinas, kadisnya ngundang caleg DPR kasih sambutan.",
        "Kadinkes ngadain donor darah di kantor, tiap pendonor (kebanyakan pegawai) dapat kaos caleg.",
        "Camatnya ikut kampanye caleg DPRD.",
    ):
        actor, _, roles = find_roles(told)
        assert actor == "pns" and "pejabat-asn" in roles, told
    assert find_roles("Pegawai kantor pos ikut kampanye.")[0] == "pegawai"


def test_who_asks_only_where_it_opens_a_clause():
    from kg.question import find_intent

    assert find_intent("Now that the new law is in force, who supervises the merit system?") == "authority"
    assert find_intent("Who imposes the penalty?") == "authority"
    # A relative "who" describes the actor; the question is about the consequence.
    assert find_intent("Can a contract employee who joins a political party be dismissed?") == "sanction"


def test_a_question_asking_two_things_asks_the_one_read_second_as_well():
    from kg.question import asks, find_intent

    both = "Apa yang dimaksud kampanye di UU Pilkada? Definisi itu masih bunyi yang asli?"
    assert find_intent(both) == "definition" and asks(both, "status")
    assert not asks("Apa yang dimaksud kampanye di UU Pilkada?", "status")
    still = "Pasal 152 UU Pilkada soal Sentra Gakkumdu masih bunyi yang asli? Sekarang di lembaga mana?"
    assert find_intent(still) == "status"
    # the decree's taking effect is a fact of the story, not whether a provision stands
    assert not asks("SK hukumannya mulai berlaku bulan depan; siapa yang menjatuhkannya?", "status")


def test_the_start_of_the_campaign_dates_the_facts_and_asks_no_status():
    from kg.question import find_intent

    text = "Sejak awal masa kampanye saya tahu guru PNS kami masuk tim kampanye. Apa risikonya buat saya?"
    assert find_intent(text) != "status"
    assert find_intent("Larangan itu ada sejak awal, atau disisipkan belakangan?") == "status"


def test_english_level_questions_ask_for_the_sanction():
    from kg.question import find_intent

    assert find_intent("Is wearing party colours a light, medium or heavy breach?") == "sanction"
    assert find_intent("Which discipline rule applied and at what level?") == "sanction"


def test_a_bare_election_is_the_general_election_unless_a_regional_cue_says_otherwise():
    from kg.question import election_kind

    assert election_kind("What is an election campaign?") == "pemilu"
    assert election_kind("before a regional election") == "pilkada"
    assert election_kind("a civil servant posts on social media") is None


def test_a_sub_district_head_is_a_camat_in_english_too():
    from kg.question import find_roles

    actor, _, roles = find_roles("A sub-district head hands out food parcels")
    assert actor == "camat" and "pns" in roles


@pytest.mark.parametrize(
    "text",
    [
        "Pejabat eselon II mendaftar sebagai calon wakil bupati",
        "An echelon II official registers as a candidate for deputy regent",
        "Seorang kabid di dinas sintetis ikut konvoi kampanye",
        "A bureau chief in a synthetic secretariat spoke at a rally",
    ],
)
def test_an_echelon_official_is_a_civil_servant_holding_a_post(text):
    from kg.question import find_roles

    _, _, roles = find_roles(text)
    assert {"pns", "pejabat-asn"} <= set(roles), roles


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # two terms told apart by their definitions
        ("Apa bedanya 'PS' dengan 'pegawai sintetis'?", "definition"),
        ("Is a 'synthetic employee' the same thing as a 'PS'?", "definition"),
        # Indonesian puts "siapa" last; English asks which official is competent
        ("Yang berhak membentuk majelis sintetis siapa?", "authority"),
        ("Which official is competent to decide the synthetic penalty?", "authority"),
        ("Can the supervisors send their recommendation to the agency?", "authority"),
        # "the same thing again" is no comparison of terms
        ("He does exactly the same thing again. Is the penalty heavier?", "sanction"),
    ],
)
def test_intent_cues_for_comparisons_and_who_decides(text, intent):
    from kg.question import find_intent

    assert find_intent(text) == intent


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # a relative said to be a civil servant acts, not the one whose relative she is
        ("Istri bupati sintetis itu dokter PNS. Dia naik panggung kampanye suaminya.", "pns"),
        ("Adik perempuan bupati sintetis itu guru berstatus PNS dan jadi MC kampanye.", "pns"),
        ("The synthetic regent's wife is a civil-servant doctor who joins his rallies.", "pns"),
        # … but not one who is named again acting himself, nor one with no civil servant beside him
        ("Istri bupati nyaleg DPRD. Bupati memerintahkan dinas sintetis membagi bantuan.", "kepala-daerah"),
        ("Istri camat ikut kampanye sintetis.", "camat"),
        # "anak buah" are a superior's staff; "Bapak bupati" is the regent himself
        ("Anak buah camat ikut kampanye sintetis.", "camat"),
        ("Bapak bupati ikut kampanye sintetis.", "kepala-daerah"),
    ],
)
def test_a_relative_named_by_whose_relative_she_is_is_who_acts(text, actor):
    assert find_roles(text)[0] == actor


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # whether the one asking, or someone named, may punish or sign: a question of power, not of penalty
        ("The draft decree has my name on it. Am I the one with the power to sign it?", "authority"),
        ("A nurse wore a synthetic shirt. Can the senior doctor impose the penalty himself?", "authority"),
        ("Guru sintetis ikut kampanye. Bisakah saya menjatuhkan hukumannya sendiri?", "authority"),
        ("He plans to dock her allowance for six months. Is that within his power?", "authority"),
        ("The record says the penalty is beyond the camat's own power. What now?", "authority"),
        # what follows for someone, or what someone said, is no term to define
        ("Teman saya bilang artinya temuan kami bisa langsung jadi hukuman. Hukumannya apa?", "sanction"),
        ("Apakah bupati terikat pada tingkat sanksi yang disebut Bawaslu?", "sanction"),
        ("The team proposes a demotion. What does that mean for a teacher with no post?", "general"),
        ("What exactly is he accused of, and does the booking help him?", "general"),
        ("Saya diberhentikan tidak dengan hormat. Bedanya apa buat saya?", "sanction"),
        ("Saya bikin ringkasan 'dulu vs sekarang' soal guru PNS yang nyaleg.", "general"),
        ("What does the law say about the two synthetic bodies in the meantime?", "general"),
        # … while terms still are
        ("Yang disebut kampanye dalam pilkada itu apa?", "definition"),
        ("What does the principle of synthetic neutrality mean for civil servants?", "definition"),
        ("PNS dan PPPK itu bedanya apa kalau dilihat dari definisinya?", "definition"),
        ("PNS vs PPPK: tetap atau kontrak saja?", "definition"),
        # ("any difference between" two people asks whether they are treated alike)
        ("Is there any difference between the synthetic meter readers and the section head?", "general"),
        ("What is the difference between a PNS and a PPPK?", "definition"),
    ],
)
def test_intent_of_asking_who_may_punish_and_of_words_that_only_look_like_a_definition(text, intent):
    from kg.question import find_intent

    assert find_intent(text) == intent


@pytest.mark.parametrize(
    ("text", "actor", "role"),
    [
        # English names the unit before the post
        ("The district public-works chief ordered the roads fixed first", "pns", "pejabat-asn"),
        ("Is a health-centre head who signs off a decision at risk?", "pns", "pejabat-asn"),
        # the head of an urban village is a lurah (a civil servant), not a village head
        ("Our urban village head handed out calendars", "lurah", "pns"),
        ("The ward head drags his feet on paperwork", "lurah", "pns"),
        # a ministry's or a public hospital's director holds a senior civil-service post
        ("A director in one of our directorates-general let a campaign use the room", "pns", "pejabat-asn"),
        ("Director of a regency hospital. One of our surgeons is a DPR candidate.", "pns", "pejabat-asn"),
        ("Direktur RSUD kabupaten kami setara JPT pratama.", "pns", "pejabat-asn"),
        # a regional agency's head named by its short name
        ("Suami saya kepala Bappeda di kabupaten sintetis.", "pns", "pejabat-asn"),
        ("Kepala BPBD membagikan paket sintetis.", "pns", "pejabat-asn"),
        # a camat's secretary holds a structural post
        ("Sekcam sintetis bikin surat pakai kop kecamatan.", "pns", "pejabat-asn"),
    ],
)
def test_english_heads_of_units_and_urban_villages(text, actor, role):
    got, _, roles = find_roles(text)
    assert got == actor and role in roles, (got, roles)
    assert "kepala-desa" not in find_roles(text)[1]


def test_a_village_head_is_still_a_village_head():
    assert find_actors("A village head joins a campaign team")[0] == "kepala-desa"


@pytest.mark.parametrize(
    "text",
    [
        "In the cohort's group he keeps pushing everyone to vote for one pair. Is he a civil servant?",
        "A civil servant spoke at a rally. Who calls him in before anyone decides on a penalty?",
    ],
)
def test_everyone_or_anyone_is_whom_the_conduct_aims_at_not_who_acts(text):
    assert find_actors(text)[0] in ("pns", None)


def test_every_person_opening_the_question_still_acts():
    assert find_actors("Setiap orang yang mengajak PNS kampanye dipidana?")[0] == "setiap-orang"


def test_english_election_cues_for_councils_and_hyphenated_offices():
    assert election_kind("went to a local council candidate's campaign event") == "pemilu"
    assert election_kind("turned down a governor-candidate pair's request") == "pilkada"
    assert election_kind("pushing everyone to vote for a particular mayoral pair") == "pilkada"


def test_a_relative_who_after_and_is_not_a_question():
    from kg.question import find_intent

    # "and who" joins a second question only after a comma; here it describes the actor.
    assert find_intent("Can a servant and who else be dismissed?") == "sanction"


def test_regional_election_cues_for_paslon_and_running_for_an_office():
    assert election_kind("mengajak memilih paslon walikota tertentu") == "pilkada"
    assert election_kind("Our secretary wants to run for regent next year") == "pilkada"
    assert election_kind("is a vote for governor an election like the national polls?") == "pilkada"


def test_a_year_said_as_the_time_of_the_facts_stays_even_when_an_act_bears_it():
    q = parse("A servant demoted under PP 10/2020 in early 2030 was still serving it when PP 90/2030 came in")
    assert q.at == date(2030, 7, 1) and q.at_said == "2030"
    # the year only as the name of the act is no date of the facts
    assert parse("What does the 2030 regulation (PP 90/2030) say about rallies?").at is None


@pytest.mark.parametrize(
    "text, country",
    [
        ("Pegawai negeri di Malaysia boleh ikut kampanye pemilu nggak?", "Malaysia"),
        ("Can civil servants in Japan campaign for a party?", "Japan"),
        ("What do British civil servants risk for campaigning?", "British"),
        ("PNS di KBRI Kuala Lumpur ikut kampanye caleg, kena sanksi apa?", None),  # posted abroad: our law
        ("WNI di Malaysia memilih di mana?", None),
        ("For our comparison: in the Philippines, how are officials who campaign punished?", "Philippines"),
        ("Untuk studi banding: di Filipina, bagaimana pegawai yang ikut kampanye dihukum?", "Filipina"),
        ("Di Malaysia, staf KBRI (PNS) ikut kampanye caleg DPR. Kena apa?", None),
        (
            "Untuk perbandingan: di Brasil, lembaga apa yang mengawasi pegawai negeri yang berkampanye?",
            "Brasil",
        ),
        ("US law firm here: which Indonesian statute stops candidates using civil servants?", None),
        ("Is an official in the US embassy bound by the neutrality rules?", None),
    ],
)
def test_a_question_about_another_countrys_law_is_told_the_store_holds_indonesian_law(text, country):
    q = parse_question(text)
    assert foreign_jurisdiction(text) == country
    assert any("Indonesian law only" in p for p in q.problems) == (country is not None)


def test_words_asking_how_heavy_the_penalty_is_are_not_conduct():
    q = parse_question("PNS bikin video ajakan coblos paslon. Kena aturan apa dan berat nggak hukumannya?")
    assert {"ajakan", "coblos", "video"} <= set(q.conduct)
    assert not {"berat", "nggak", "hukumannya", "aturan"} & set(q.conduct)


@pytest.mark.parametrize(
    "text, roles",
    [
        (
            "Calon bupati sintetis ngajak guru PPPK jadi jurkam. Guru PPPK kan bukan PNS. "
            "Siapa yang melanggar dan apa akibatnya buat masing-masing?",
            ("calon", "pppk"),
        ),
        ("Kaur desa ikut bantu kampanye calon bupati. Yang bisa dipidana kaurnya atau calonnya?", None),
        ("Calon bupati ngajak guru PPPK jadi jurkam. Apa sanksinya?", ("calon",)),
    ],
)
def test_a_question_asking_who_of_them_is_in_breach_binds_every_actor_it_names(text, roles):
    actor, named, found = find_roles(text)
    if roles is None:  # every actor named, whatever the parser calls them
        assert set(found) == set(named) and len(found) >= 2
    else:
        assert found == roles


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # who the asker says they are acts, whoever else the question names first
        ("Istri saya nyaleg DPRD. Saya PNS, tiap Minggu ikut nemenin dia kampanye.", "pns"),
        ("My sister runs for the DPRD and I'm a civil servant. May I join her rally?", "pns"),
        ("Istri saya caleg DPRD, saya sendiri PNS. Rumah kami jadi posko, boleh?", "pns"),
        ("My husband is an army officer, and I myself am a PNS. May I share his poster?", "pns"),
        # the longest name wins: a doctor who is a PNS, a candidate civil servant, a candidate's team
        ("Dokter PNS ikut acara kampanye caleg di aula puskesmas.", "pns"),
        ("A candidate civil servant signed a support form for a mayoral hopeful.", "pns"),
        ("A mayoral candidate's team holds a rally outside the schedule.", "tim-kampanye"),
        # a hyphen joins the words of a role's name
        ("A civil-servant doctor joined a campaign event in the health centre's hall.", "pns"),
        # the office before "race" or "candidate" names the seat contested, not who acts
        ("In a governor race, a provincial agency head campaigned for one pair.", "pns"),
        ("A DPR candidate's campaign team invites an agency head to speak.", "tim-kampanye"),
        # the body a legislative candidate runs for: "caleg DPRD", "nyaleg DPR RI"
        (
            "Bapak saya caleg DPRD kabupaten; fotonya bareng saya, anggota TNI aktif, dipasang di baliho.",
            "anggota-tni",
        ),
        ("Teman saya nyaleg DPR RI dan minta guru PPPK ikut timnya.", "pppk"),
        # a village secretary appointed a civil servant under the old rules is one still, unless denied
        ("Sekdes di desa kami ternyata masih PNS. Dia bagi kalender caleg ke warga.", "pns"),
        ("Sekdes di desa kami (bukan PNS) cuma melayani warga yang pasang stiker paslon.", "perangkat-desa"),
        # a bare participant of a course is who asks, not who acts
        ("Pertanyaan dari peserta PPPK: kalau saya datang ke kampanye, kena apa?", "pppk"),
        # who finds or reports a breach is not who commits it, unless nobody else is named
        ("Bawaslu kabupaten menemukan camat tidak netral. Apa yang bisa dilakukan?", "camat"),
        ("Sub-district election supervisors found a civil servant campaigning.", "pns"),
        ("What must the election supervisors do with a report?", "penyelenggara-pemilu"),
        # a candidate is the object of the act only when a cue just before it says so
        ("What penalty does a candidate face for drawing civil servants into the campaign?", "calon"),
        ("A soldier goes door to door steering residents towards one regent candidate.", "anggota-tni"),
        # whom a decision favours is its object, not who decides
        (
            "The old rule banned decisions favouring a synthetic ticket, so a division head who let one DPD "
            "candidate use a hall was not caught.",
            "pns",
        ),
        ("Larangan membuat keputusan yang menguntungkan pasangan calon sintetis itu berlaku kapan?", None),
        # becoming a candidate is the conduct asked about, not the actor
        ("He was registered as a DPR candidate. When did he have to resign?", None),
        # the village supervisor who reports is no village; the civil servant reported acts
        ("Pengawas desa kami melaporkan seorang guru PNS yang membagikan stiker caleg DPR.", "pns"),
        # "suami saya" is the asker's husband; "saya bidan PNS" is the asker, by trade
        ("Suami saya kepala desa di tim paslon. Saya bidan PNS dan ikut mengajak warga memilihnya.", "pns"),
        # senior posts as English names them
        ("The head of one of the province's agencies, a senior pratama post, turned up campaigning.", "pns"),
        ("regional hospital director orders all the doctors to a governor pair's meet-and-greet", "pns"),
        ("the head of the regional library let a ticket's volunteers use the library's power", "pns"),
        # a stage of the election named by the pair ("regent-pair registration") is no act of the pair
        (
            "Second day of regent-pair registration. The acting regent lent trucks to one pair.",
            "kepala-daerah",
        ),
    ],
)
def test_the_acting_actor_in_a_fact_pattern(text, actor):
    assert find_roles(text)[0] == actor, find_roles(text)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("In the 2021 regulation, who counts as a 'campaign participant'?", "definition"),
        ("Who are the 'election contestants' under the law?", "definition"),
        ("Did Law 8/2015 change the wording of Pasal 71?", "status"),
        ("Apakah UU 8/2015 mengubah isi Pasal 71 UU Pilkada?", "status"),
        ("Is it the head of the office or the regent who punishes her?", "authority"),
        ("Whose written approval does a regent need before replacing officials?", "authority"),
        ("Wajib pakai tim pemeriksa? Siapa saja anggotanya?", "authority"),
        ("Siapa yang melanggar di sini dan apa akibatnya buat masing-masing?", "sanction"),
        ("So who is in breach here, and what does each of them face?", "sanction"),
        ("Does the ban on reshuffling officials also bind an acting regent?", "prohibition"),
        # as "kena apa?", "melanggar apa?", "diteruskan ke mana?"
        ("If he goes ahead, what could happen to him?", "sanction"),
        ("How much trouble is she in?", "sanction"),
        ("What is he risking, for his candidacy and under criminal law?", "sanction"),
        ("What exactly has the head nurse breached?", "prohibition"),
        ("What can we do ourselves with the finding, and where does it go?", "authority"),
    ],
)
def test_english_and_indonesian_cues_ask_the_same_thing(text, intent):
    from kg.question import find_intent

    assert find_intent(text) == intent


def test_what_the_question_says_was_absent_is_not_conduct():
    q = parse_question("A civil servant went to a rally to hear the speeches: no T-shirt, no badge, nothing.")
    assert {"rally", "speeches"} <= set(q.conduct)
    assert not {"t-shirt", "badge"} & set(q.conduct)
    assert "T-shirt" not in q.affirmed() and "rally" in q.affirmed()
    q = parse_question("PNS datang ke kampanye paslon no. 3 tanpa atribut partai")
    assert "atribut" not in q.conduct and "kampanye" in q.conduct
    # the verb of what was not done goes with its object ("nggak bawa atribut" brings nothing along)
    q = parse_question("Dia datang ke kampanye caleg, nggak bawa atribut apa pun, nggak ikut yel-yel.")
    assert not {"bawa", "atribut", "yel-yel"} & set(q.conduct) and "kampanye" in q.conduct
    # "boleh nggak ikut kampanye?" asks whether he may, and negates nothing
    assert "kampanye" in parse_question("Menteri boleh nggak ikut kampanye calon gubernur?").conduct


@pytest.mark.parametrize(
    "text",
    [
        "Berapa gaji pokok guru PNS golongan IIIb tahun ini?",
        "How much is the monthly allowance of a PPPK nurse?",
        "Berapa uang harian dinas luar kota untuk PNS sintetis?",
        "How much is the per diem on a synthetic work trip?",
        "Siapa yang menang pilbup kemarin?",
        "Tell me who won the regent election in our regency.",
        "Mobil pribadi saya yang masih kredit mau ditarik debt collector di jalan. Boleh begitu?",
        "How many terms may a member of the village consultative body (BPD) serve?",
        "How many votes did the winning pair get in the 2020 mayoral race?",
        "Berapa kursi yang diraih partai itu di DPRD?",
        "Kalau suami saya kepilih, gaji anggota DPRD itu berapa per bulan?",
        "Berapa besar penghasilan tetap perangkat desa sintetis per bulan?",
        "What income-tax rate is withheld from a polling officer's honorarium?",
        "Berapa tarif pajak reklame untuk baliho caleg?",
        "Can a PPPK nurse apply for a subsidised home loan, and what is the income cap?",
        "PNS kena tilang karena parkir di trotoar, dendanya berapa?",
        "Camat itu minta hak jawab ke redaksi kami; menurut UU Pers berapa lama kami wajib memuatnya?",
        "Do we need a licence from a collecting society to rework a pop song as our jingle?",
        "Kami mau menerbangkan drone di kampanye akbar. Izin terbangnya ke mana?",
        "Our monitoring group wants to register as a legal association. Which ministry registers it?",
        "Can the regency deduct zakat from our salary without asking us?",
        "Saya mau lapor balik orang yang menyebar foto editan itu atas pencemaran nama baik. Pasal apa?",
        "Bagaimana minta TikTok menghapus video pemeriksaan saya yang diunggah diam-diam?",
        "Berapa batas nilai pengadaan langsung untuk beli laptop kantor lewat e-katalog?",
        "What is the duty-free allowance for a returning CPNS bringing home a laptop?",
        "Which documents does the survey team check for a health centre's re-accreditation?",
        "After resigning to stand for regent, how does he move his BPJS Kesehatan to self-paying class 1?",
        "Berapa tahun arsip kuitansi dinas sintetis disimpan sebelum dimusnahkan?",
        "How many working days does the regency's information officer have to answer my FOI request?",
        "Dana BOS reguler per siswa SD negeri tahun ini berapa, dan maksimal berapa persen buat honor guru?",
        "Can I deduct my campaign donation from my income tax?",
        "The bank offers a loan with my appointment decree as collateral. How much can I borrow?",
        "Saya terpilih jadi ketua RW. Berapa lama masa jabatan ketua RW?",
        "Iuran jaminan hari tuanya masih bisa dicairkan setelah dia diberhentikan?",
        "Kok uang pensiun om saya beda dengan bapak saya? Rumus hitungannya berubah?",
        "Kalau diangkat jadi PPPK, apakah guru sintetis bisa dapat tunjangan profesi?",
        "How do I apply to the LPSK for protection after reporting my boss?",
        "To report on the regional elections, do I need a journalist visa and a press permit?",
        "Who sets the honorarium of a synthetic examining team, and can the regional budget pay it?",
        "Advokat tim hukum paslon diadukan ke dewan kehormatan organisasi advokat. Sanksi terberatnya?",
        "Can the medical council suspend a private doctor's licence for endorsing a candidate?",
        "SK hukdis sintetis sudah diteken. Upload ke SIASN lewat menu apa?",
        "Anggota KPPS sintetis meninggal setelah penghitungan. Berapa santunan dari KPU?",
        "Untuk buku sejarah: siapa ketua KASN waktu pemilu 2019, dan sekarang menjabat di mana?",
        "For a history of oversight: who chaired KASN at the time of the 2019 election?",
        "How much compensation does the KPU pay to families of synthetic polling officers who died?",
        "Tanggal berapa persisnya rekapitulasi kecamatan menurut jadwal tahapan KPU untuk pilkada sintetis?",
        "In the synthetic regional election, how many voters at most may one polling station take?",
        "What does Article 6(2) of the Bawaslu regulation on neutrality say about the report?",
        "Menurut PKPU berapa batas peserta rapat umum caleg sintetis?",
        "Kades mau memberhentikan kaur sintetis yang jadi timses. Prosedurnya bagaimana?",
        "Menurut Peraturan KASN, dalam berapa hari kerja KASN harus mengeluarkan rekomendasi?",
        "Translator here. How does the Indonesian Criminal Code (KUHP) define a 'pegawai negeri'?",
        "Berapa jumlah tenaga honorer di Provinsi Sintetis yang belum diangkat jadi PPPK?",
        "How many honorary workers in the synthetic province were still unappointed after the deadline?",
        "Menurut peraturan bersama Ketua Bawaslu, Kapolri, dan Jaksa Agung, rapat pertama digelar kapan?",
        "Under the joint regulation on Sentra Gakkumdu, how many hours does the first meeting take?",
        "Ada peraturan rektor sintetis soal atribut partai di kampus. Isinya apa, pasal berapa?",
        "I'm told a synthetic rector's regulation bars party attributes on campus. What does it say?",
        "Which ministerial regulation sets the code of conduct of synthetic village facilitators?",
        "What does the Home Affairs ministerial regulation on acting regional heads say about removal?",
        "Apa isi Permendagri sintetis soal evaluasi penjabat kepala daerah?",
        "kode etik guru dr PGRI ngatur guru sintetis gak boleh kampanye gak?",
        "Does the teachers' association's code of ethics bar a synthetic teacher from campaigning?",
        # the codes' and a ministry's own words, asked in an election story
        "Camat sintetis memihak paslon di pilkada. Bagaimana bunyi aturan perbarengan di KUHP itu?",
        "A synthetic official's favouring decision in an election was also a cash handout. How do the KUHP's "
        "concurrence rules read?",
        "A synthetic camat is a suspect in an election case. Under the Criminal Procedure Code (KUHAP), how "
        "many days can he be held?",
        "Takmir masjid sintetis PNS. Kementerian Agama punya surat edaran soal ceramah kampanye; isinya "
        "persisnya apa?",
        "Menurut peraturan menteri desa tentang dana desa, uang sembako kades sintetis harus dikembalikan "
        "kapan?",
        # the election bodies' rules by a looser name, or by "which article of", and a ministry's own code
        "We're organising a rally for a synthetic DPR candidate. Under the KPU's campaign rules, how many "
        "people may attend?",
        "KPU minta SK pemberhentian suami sintetis sekian hari sebelum pencoblosan. Itu diatur di pasal "
        "berapa Peraturan KPU-nya?",
        "Which article of the KPU regulation sets how many days before voting the decree is due?",
        "Di bimtek KPPS sintetis katanya pemilih dilarang bawa HP ke bilik. Diatur di Peraturan KPU nomor "
        "berapa?",
        "Which KPU regulation and which article say a synthetic voter may not take a phone into the booth?",
        "Does the finance ministry's own code of ethics list taking sides in an election as a breach?",
        # a minister named by his short title; a minister's regulation named by what it is about
        "Katanya ada surat edaran Mendagri sintetis soal mutasi oleh Pj. Apa isi persisnya?",
        "Under the performance management regulation of the synthetic ministry, what rating must he get?",
        # the Head of BKN's regulation, which the leave procedure is left to
        "Menurut peraturan Kepala BKN, cuti tahunan PNS sintetis diajukan berapa hari sebelumnya?",
        "Under that BKN regulation, which form does a synthetic civil servant use to ask for annual leave?",
        # what it takes to earn a state honour
        "Ibu saya PNS sintetis 19 tahun. Apa syarat dapat Satyalancana Karya Satya 20 tahun?",
        "What are the conditions for the synthetic 20-year long-service medal?",
        "Does my synthetic report to the regency Bawaslu need a stamp duty seal (materai)?",
        "perbawaslu yg atur tata cara lapor pelanggaran pemilu sintetis nomor brp ya? mau baca",
    ],
)
def test_synthetic_questions_asking_results_pay_tax_loans_or_traffic_are_said_to_be_beyond_the_answers(text):
    from kg.question import unanswerable_kind

    assert unanswerable_kind(text)
    assert parse_question(text).problems


@pytest.mark.parametrize(
    "text",
    [
        "Berapa persen tunjangan kinerja dipotong kalau PNS kena hukuman disiplin sedang?",
        "How are DPR seats allocated among parties that pass the threshold?",
        "PNS ikut kampanye, sanksinya apa?",
        "Siapa yang menjatuhkan hukuman kepada camat?",
        "How much will he have to pay in fines?",
        "Who won the case at the administrative court?",
        "PNS di kantor pajak ikut kampanye caleg, sanksinya apa?",
        "Berapa denda pidana bagi ASN yang terlibat kampanye?",
        "A civil servant used the tax office's car for a campaign convoy. What penalty?",
        "PNS memakai drone kantor untuk memotret kampanye caleg, kena sanksi apa?",
        "A civil servant chairs a foundation that campaigns for a regent pair. Is that a breach?",
        "Kepala dinas mengatur pengadaan seragam hanya untuk pendukung paslon bupati. Melanggar apa?",
        "PNS mengunggah video TikTok mengajak memilih caleg. Sanksinya apa?",
        "My husband, a PNS, was appointed to the provincial information commission. May he speak at a rally?",
        "A PNS at the BPJS office urged patients to vote for a regent pair. Which rule applies?",
        "Lembaga kami belum minta akreditasi ke KPU kabupaten; bisakah kami melaporkan camat di pilbup?",
        "Kabid menyuruh dokumen bukti kampanye dimusnahkan sebelum tim pemeriksa datang. Melanggar apa?",
        "Anggota BPD ikut kampanye caleg DPR di balai desa. Melanggar aturan apa?",
        "Petugas Bea Cukai (PNS) membagikan stiker paslon bupati ke sopir truk. Aturan apa yang berlaku?",
        "Apakah PNS yang diberhentikan tidak dengan hormat kehilangan hak pensiun?",
        "Guru PNS sintetis pemegang Satyalancana diberhentikan. Apakah satyalancananya ikut dicabut?",
        "Ketua RW (PNS) mengajak warga memilih paslon bupati. Sanksinya apa?",
        "Anggota BPD dipidana berapa tahun kalau masuk tim kampanye caleg?",
        # an official car, leased or withdrawn, is no loan of the asker's
        "Kepala dinas sintetis mencairkan pinjaman dana bergulir hanya ke pendukung paslon. Melanggar apa?",
        "PNS sintetis membagikan santunan anak yatim bergambar caleg DPR. Sanksinya apa?",
        "In 2018 a PNS who headed a synthetic division campaigned for a pair. What penalty?",
        "Camat pakai mobil dinas hasil leasing untuk kampanye caleg, kena sanksi apa?",
        "Bupati memerintahkan penarikan kendaraan dinas dari camat yang ikut kampanye. Sah?",
        # one who won is told of, not asked about
        "A civil servant who won a DPD seat in 2024 wants to keep his post. Which article applies?",
        # school funds spent on a campaign are a breach, not the funds' rules
        "Kepala sekolah PNS pakai dana BOS untuk cetak kaos caleg. Sanksinya berapa berat?",
        # an immigration office is a workplace; who sets a penalty is asked of the cards
        "A section head at the city immigration office (PNS) gave a pair's supporters a fast lane. Breach?",
        "Who sets the penalty when a PNS's pay is docked for joining a campaign?",
        # health insurance, zakat and visas told as where one works or what one handled, not asked about
        "PPPK ngurus data BPJS PBI (iurannya dibayar pemda). Dia ngirim daftar ke tim caleg. Hukumannya?",
        "The secretary of our synthetic zakat agency (BAZNAS), a PNS, urged staff to back a pair. Breach?",
        # a civil servant's own code of ethics is in the store
        "Dokter PNS di RSUD melanggar kode etik PNS karena ikut kampanye. Siapa majelisnya?",
        # a village official still on the books while campaigning is the election law's question
        "Kades belum mengeluarkan pemberhentian saya sebagai kaur; saya masuk tim kampanye. Aman?",
        "Camat ikut kampanye pada masa kampanye sesuai jadwal KPU. Sanksinya apa?",
        "Bawaslu found a camat campaigning; which law sets his penalty?",
        # the Criminal Code beside the election laws' crimes, and a count a case record holds
        "Is a PNS who hands out money at a campaign charged under the KUHP or the election law?",
        "A synthetic regent's circular told staff to attend a rally. What does the law say about it?",
        "Bupati sintetis menerbitkan surat edaran agar ASN hadir di kampanye. Isinya melanggar apa?",
        "How many civil servants did Bawaslu question in the synthetic health office case?",
        "How many days does the superior have to examine a PNS in the synthetic regency?",
        # a campus and its rector named, the civil servants' rules asked
        "Rektor sintetis menegur dosen PNS yang kampanye di kampus. Sanksi dari PP disiplin apa?",
        "A lecturer (PNS) hung a party flag in the faculty under the rector's regulation. Which ban?",
        # the BKN regulation named, not asked what it says
        "Peraturan Kepala BKN yang dulu jadi petunjuk PP 53/2010, apa masih bisa dipakai sekarang?",
    ],
)
def test_synthetic_questions_the_answers_hold_are_not_turned_away(text):
    from kg.question import unanswerable_kind

    assert unanswerable_kind(text) is None


def test_a_foreign_statute_or_a_federal_employee_is_another_countrys_law():
    assert foreign_jurisdiction("Under the US Hatch Act, may a clerk wear a badge?") == "US"
    assert foreign_jurisdiction("May a federal employee campaign for a senator?") == "a federal state"
    assert foreign_jurisdiction("Under Law 7/2017, may a civil servant campaign?") is None
    # one country's own rules, named by its possessive
    assert foreign_jurisdiction("Under Canada's federal public service rules, may a clerk run?") == "Canada"
    assert (
        foreign_jurisdiction("May a federal public servant run for a synthetic council?") == "a federal state"
    )
    assert foreign_jurisdiction("Japan's embassy staff met a synthetic PNS.") is None
    # a country written with its hyphen
    assert foreign_jurisdiction("In Timor-Leste, must a public servant resign to run?") == "Timor-Leste"


def test_status_cues_for_whether_a_provision_still_reads_as_enacted():
    from kg.question import find_intent

    for text in (
        "Pasal 9 PP Sintetis itu masih bunyi aslinya?",
        "Is Pasal 9 of the synthetic law still in its original wording?",
        "Is the synthetic article still as it was in 2015?",
        "Article 9 of the synthetic law: is that still the original 2015 wording?",
        "Has Article 9 been rewritten, or is it still the 2015 text?",
        "Is Article 87(4)(c) of the synthetic law still the ground for dismissing a member of a party?",
        "Does Article 71(4) of the synthetic law still say that today, or has it moved to another paragraph?",
        "A 2015 synthetic handbook says so. Is that time limit still in Article 71(1)?",
        "Masih cocok dengan Pasal 71 ayat (2) UU sintetis yang sekarang?",
    ):
        assert find_intent(text) == "status", text


def test_provisions_named_by_number_go_with_the_nearest_regulation():
    from kg.question import NamedRegulation, named_provisions

    def reg(doc_id, said):
        return NamedRegulation(id=doc_id, said=said, citation=doc_id, known=True)

    a, b = reg("uu-90-2030", "UU 90/2030"), reg("pp-91-2031", "PP 91/2031")
    twelve = named_provisions("Pasal 12 ayat (3) UU 90/2030 masih berlaku?", [a])
    assert twelve == ("uu-90-2030/pasal-12/ayat-3",)
    assert named_provisions("PP 91/2031 Pasal 5 huruf n dan UU 90/2030 apa bedanya?", [b, a]) == (
        "pp-91-2031/pasal-5/huruf-n",
    )
    assert named_provisions("Menurut UU 90/2030 Pasal 7 dan Pasal 9, apa sanksinya?", [a]) == (
        "uu-90-2030/pasal-7",
        "uu-90-2030/pasal-9",
    )
    # a number with no regulation to belong to names nothing
    assert named_provisions("Apa isi Pasal 5?", []) == ()
    # English references: parts in parentheses or by name, several articles at once
    assert named_provisions("Law 90/2030 Article 490: whom does it target?", [a]) == ("uu-90-2030/pasal-490",)
    assert named_provisions("Is Article 87(4)(c) of the synthetic law still the ground?", [a]) == (
        "uu-90-2030/pasal-87/ayat-4/huruf-c",
    )
    assert named_provisions("Under PP 91/2031 Art. 5(n)(6), what is banned?", [b]) == (
        "pp-91-2031/pasal-5/huruf-n/angka-6",
    )
    assert named_provisions("Article 280 paragraph (2) point h of UU 90/2030", [a]) == (
        "uu-90-2030/pasal-280/ayat-2/huruf-h",
    )
    assert named_provisions("Articles 280 and 494 of UU 90/2030", [a]) == (
        "uu-90-2030/pasal-280",
        "uu-90-2030/pasal-494",
    )


def test_pinpoints_as_people_shorten_or_number_them():
    from kg.question import NamedRegulation, named_provisions

    def reg(i, said):
        return NamedRegulation(id=i, said=said, citation=said, known=True, state="in_force")

    a, b = reg("pp-91-2031", "PP 91/2031"), reg("pp-53-2010", "PP 53/2010")
    # a point numbered under an article is its angka; a letter under that angka its huruf
    assert named_provisions("Art. 45 point 3 PP 91/2031 repeals?", [a]) == ("pp-91-2031/pasal-45/angka-3",)
    no_12 = named_provisions("'Art. 4 no. 12 letter b of PP 53/2010'", [b])
    assert no_12 == ("pp-53-2010/pasal-4/angka-12/huruf-b",)
    assert named_provisions("PP 53/2010 pasal 4 angka 15 huruf a dan Pasal 12 angka 9", [b]) == (
        "pp-53-2010/pasal-4/angka-15/huruf-a",
        "pp-53-2010/pasal-12/angka-9",
    )
    # chat shortenings, an ayat without parentheses, a bare pinpoint after the article named once
    short = named_provisions("PP 91/2031 ps 5 hrf n angka 1 itu apa?", [a])
    assert short == ("pp-91-2031/pasal-5/huruf-n/angka-1",)
    assert named_provisions("PP 91/2031 pasal 9 ayat 2 isinya apa?", [a]) == ("pp-91-2031/pasal-9/ayat-2",)
    assert named_provisions("In PP 91/2031, which ban is punished by 14(i)(3)?", [a]) == (
        "pp-91-2031/pasal-14/huruf-i/angka-3",
    )
    # a bare pinpoint in parentheses ("the moral sanction (15(3)(b))")
    assert named_provisions("PP 91/2031 allows an open statement (15(3)(b)). Still used?", [a]) == (
        "pp-91-2031/pasal-15/ayat-3/huruf-b",
    )
    # a bare pinpoint of one part ("the six-month rule, 71(2)"), not where a word before it reads it already
    assert named_provisions("PP 91/2031: everyone calls it 'the six-month rule, 71(2)'. Is it?", [a]) == (
        "pp-91-2031/pasal-71/ayat-2",
    )
    board = named_provisions("The lecturer wrote 'PP 91/2031, 6(h)' on the board", [a])
    assert board == ("pp-91-2031/pasal-6/huruf-h",)
    form = named_provisions("'PP 53/2010, 4 point 12(a)' on the form", [b])
    assert form == ("pp-53-2010/pasal-4/angka-12/huruf-a",)
    assert named_provisions("PP 91/2031 Art. 10(c) and Art. 23(b)", [a]) == (
        "pp-91-2031/pasal-10/huruf-c",
        "pp-91-2031/pasal-23/huruf-b",
    )


def test_a_pinpoint_with_no_act_named_is_read_under_the_one_act_holding_it_on_the_date():
    from kg.question import named_provisions

    old = RegInfo(
        id="pp-10-2020",
        year=2020,
        state="repealed",
        since=date(2030, 3, 1),
        enacted=date(2020, 5, 4),
        paths=frozenset({"pasal-4/angka-15/huruf-a", "pasal-12"}),
    )
    new = RegInfo(
        id="pp-90-2030", year=2030, state="in_force", enacted=date(2030, 3, 1), paths=frozenset({"pasal-12"})
    )
    catalog = {old.id: old, new.id: new}
    text = "SK lama cuma menulis 'melanggar pasal 4 angka 15 huruf a'. Itu aturan apa?"
    assert named_provisions(text, [], catalog) == ("pp-10-2020/pasal-4/angka-15/huruf-a",)
    # held by two acts: the one in force on the date of the facts, none without a date
    assert named_provisions("Pasal 12 itu isinya apa?", [], catalog, date(2025, 1, 1)) == (
        "pp-10-2020/pasal-12",
    )
    assert named_provisions("Pasal 12 itu isinya apa?", [], catalog, date(2031, 1, 1)) == (
        "pp-90-2030/pasal-12",
    )
    assert named_provisions("Pasal 12 itu isinya apa?", [], catalog) == ()
    # a pinpoint no act holds is not guessed
    assert named_provisions("Pasal 99 ayat 9?", [], catalog) == ()


def test_the_year_of_a_date_beside_a_name_is_no_version_not_yet_in_force_on_that_date():
    # pp-90-2030 took effect in March 2030: a decision of January 2030 fell under pp-10-2020
    asked = "Which synthetic discipline regulation applied?"
    text = f"A PNS campaigned in June 2029; it was decided in January 2030. {asked}"
    assert [r.id for r in parse(text).regulations] == ["pp-10-2020"]
    text = f"A PNS campaigned in June 2029; it was decided in June 2030. {asked}"
    assert [r.id for r in parse(text).regulations] == ["pp-90-2030"]


def test_a_government_regulation_cited_as_gr_is_a_pp():
    q = parse("What does GR 90/2030 say about attributes, and GR No. 12 of 2031?")
    assert [r.id for r in q.regulations] == ["pp-90-2030", "pp-12-2031"]


def test_an_indonesian_kind_of_act_cited_the_english_way_is_that_act():
    q = parse("Under PP 90 of 2030 and UU No. 12 Year 2031, how many days of leave may he take?")
    assert [(r.id, r.said) for r in q.regulations] == [
        ("pp-90-2030", "PP 90 of 2030"),
        ("uu-12-2031", "UU No. 12 Year 2031"),
    ]
    assert not parse("In 2029 about 90 of 2030 staff campaigned.").regulations


def test_a_point_of_an_amending_act_under_its_roman_article_is_named():
    q = parse("Pasal I angka 66 PP 12/2031 itu mengubah apa di Pasal 7 PP 90/2030?")
    assert q.provisions == ("pp-12-2031/pasal-i/angka-66", "pp-90-2030/pasal-7")
    assert parse("What did Article I point 5 of PP 12/2031 insert?").provisions == (
        "pp-12-2031/pasal-i/angka-5",
    )
    assert parse("Pasal 1 angka 5 PP 12/2031").provisions == ("pp-12-2031/pasal-1/angka-5",)


def test_a_regulation_the_asker_was_told_about_and_asks_what_actually_provides_is_doubted():
    text = "I've been told PP 90/2030 treats liking a post as an ethics breach. Which regulation actually "
    text += "provides for that sanction?"
    r = parse(text).regulations[0]
    assert (r.set_aside, r.doubted) == (True, True)
    assert (
        not parse("PP 90/2030 treats liking a post as an ethics breach. What sanction?")
        .regulations[0]
        .set_aside
    )


def test_who_is_most_of_something_in_quotes_ranks_people_and_asks_no_term():
    text = "They joke about who is 'most forbidden' from politics. Which rules reach each of them?"
    assert parse(text).intent != "definition"
    assert parse("Who are the 'synthetic contestants'?").intent == "definition"


def test_the_one_said_to_be_a_civil_servant_acts_not_the_office_holders_of_the_scene():
    text = "Dua minggu setelah bupati dilantik, camat (PNS) menyuruh kades memasang baliho paslon. Kena apa?"
    assert parse(text).actor == "pns"
    text = "A month before candidate pairs registered, the radio station's head, a PNS, gave one a free show."
    assert parse(text).actor == "pns"
    # said in passing, before the noun: "a civil-servant operator", "a PNS nurse"
    text = "A DPR candidate visited town. A civil-servant operator put his name on the road signs. Which ban?"
    assert parse(text).actor == "pns"
    text = "During the regent's campaign a PNS nurse handed out the pair's calendars. Which ban?"
    assert parse(text).actor == "pns"
    # asked of the candidate pair itself, the pair acts
    text = "A candidate pair called an office head, a civil servant, on stage. Is the candidate pair liable?"
    assert parse(text).actor == "pasangan-calon"
    text = "A candidate pair had a headmaster, a PNS, speak at its rally. What penalty for the pair?"
    assert parse(text).actor == "pasangan-calon"


def test_a_post_or_a_profession_said_to_be_a_civil_servant_names_a_pns():
    # the unit's name between the profession and "(PNS)"; a denial in between names no PNS
    assert parse_question("Pegawai KPP Pratama (PNS) ganti foto profil WA-nya").actor == "pns"
    q = parse_question("Calon bupati ngajak guru PPPK naik panggung. Guru PPPK kan bukan PNS. Siapa salah?")
    assert "pns" not in q.roles
    # a functional post, said of the asker, is who acts, not the candidate the question names
    auditor = parse_question("I am auditor ahli madya at the inspektorat. May I back a DPD candidate online?")
    assert auditor.actor == "pns" and "pejabat-asn" in auditor.roles


def test_the_election_a_regional_head_faces_is_a_pilkada():
    regent = parse_question("Two months after the election a new regent sacked several agency heads.")
    assert regent.actor == "kepala-daerah" and regent.election == "pilkada"
    assert parse_question("A civil servant campaigned before the election.").election == "pemilu"
    assert election_kind("during the election", bare="pilkada") == "pilkada"


def test_synthetic_everyday_words_for_aiming_at_an_office_are_candidacy():
    q = parse_question("Walikota kami ngincer kursi bupati di kabupaten sebelah, wajib lengser?")
    assert q.candidacy and q.election == "pilkada"
    assert parse_question("A PPPK asked to be calon wakil bupati").election == "pilkada"


def test_us_and_uk_name_a_country_only_in_capitals():
    assert foreign_jurisdiction("Is it allowed for us civil servants to attend a rally?") is None
    assert foreign_jurisdiction("Can you tell us the Code of ethics for civil servants?") is None
    assert foreign_jurisdiction("Can US civil servants campaign?") == "US"


def test_a_month_named_without_its_year_follows_the_last_date_given():
    told = date(2021, 8, 20)
    assert month_after(". The superior is deciding it now, in late September.", told) == date(2021, 9, 15)
    assert month_after(", then in April the board ruled", told) == date(2022, 4, 15)  # the year after
    assert month_after(", then they march to the office", told) is None  # nor "march" a month
    assert month_after(" may he still appeal?", told) is None  # "may" is a modal, not May
    assert month_after(" and the decision of 3 September 2021", told) is None  # a month with its year


def test_a_year_joined_to_its_part_by_a_hyphen_is_a_date():
    assert find_date("In mid-2020 a PPPK teacher held party office")[0] == date(2020, 7, 1)
    assert find_date("the 2014-2019 term")[0] is None  # a range of years is no date of the facts
    # a day and month told without a year, beside the one year the story names
    told = "About the 2024 general election. On 12 February, in the quiet days, he handed out rice."
    assert find_date(told)[0] == date(2024, 2, 12)
    assert find_date("Pemilu 2024: pada 12 Februari dia bagi sembako.")[0] == date(2024, 2, 12)
    assert find_date("In 2019 and in 2024, on 12 February, he did it.")[0] == date(2019, 7, 1)  # two years
    assert find_date("In 2024 he may 2 times have done it.")[0] == date(2024, 7, 1)  # "may 2" is no date


def test_when_an_offices_term_ends_is_no_date_of_the_facts_the_story_dates():
    told = (
        "Bupati petahana sintetis (masa jabatan habis Feb 2016) bulan Agustus 2015 nyuruh dinsos bagi raskin."
    )
    assert find_date(told)[0] == date(2015, 8, 15)
    told = (
        "A synthetic regent, whose term was due to end in early 2016, gave free connections from August 2015."
    )
    assert find_date(told)[0] == date(2015, 8, 15)
    # the term's end, the only date told, is still the story's
    assert find_date("Masa jabatan bupati sintetis habis Februari 2016.")[0] == date(2016, 2, 15)


def test_synthetic_english_ways_of_asking_the_consequence_read_as_the_indonesian_akibatnya():
    from kg.question import find_intent

    for text in (
        "Under the law then, what happened to his contract?",
        "Could it cost him his appointment?",
        "If he is let go, is that honourable or dishonourable?",
    ):
        assert find_intent(text) == "sanction", text
    assert find_intent("What happened to the law after 2016?") != "sanction"


# -- a repeated breach (PP 94/2021 Pasal 35 ayat (2)) ------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Synthetic: sudah pernah dihukum ringan karena hal yang sama, sekarang mengulangi lagi. Hukumannya?",
        "Synthetic: PNS itu dulu ditegur karena kampanye, lalu mengulanginya.",
        "Synthetic: guru PNS itu ketahuan lagi ikut kampanye paslon.",
        "Synthetic: lurah itu tertangkap untuk kedua kalinya membagikan sembako.",
        "Synthetic: tahun lalu sudah ditegur karena pasang baliho, sekarang pasang baliho lagi.",
        "Synthetic: a teacher was caught a second time at a rally.",
        "Synthetic: he campaigned again after last year's reprimand.",
        "Synthetic: already punished once for partisanship, she does it again.",
        "Synthetic: is a repeat offender punished more heavily?",
        "Synthetic: in 2028 he got a 12-month delay of his raise for it; in 2029 he was at a rally again.",
        # a penalty told as given, then the act again; one still being served, and the next asked heavier
        "Synthetic: Februari dia dihukum sedang karena kaos paslon. November kemarin dia ulangi.",
        "Synthetic: tahun 2028 dia dihukum penundaan pangkat. Tahun 2029 dia masuk tim kampanye lagi.",
        "Synthetic: dia masih menjalani hukuman yang lama, hukumannya nanti jadi lebih berat nggak?",
        "Synthetic: in 2028 a PNS was penalised with a postponed promotion. In 2029 he joined a team again.",
        "Synthetic: since he's still serving the old penalty, will the new one be heavier?",
    ],
)
def test_a_story_of_a_repeated_breach_is_read_as_a_repeat(text):
    assert parse_question(text).repeat


@pytest.mark.parametrize(
    "text",
    [
        "Synthetic: bupati petahana yang maju lagi memakai bansos daerah.",
        "Synthetic: gubernur yang mencalonkan diri lagi boleh kampanye?",
        "Synthetic: saya kan lagi cuti, boleh ikut kampanye?",
        "Synthetic: selain teguran, bisa dikenai tindakan apa lagi?",
        "Synthetic: PNS yang sudah dihukum disiplin boleh maju lagi jadi caleg?",
        "Synthetic: PNS sudah dua kali dipanggil tapi tidak datang.",
        "Synthetic: KPU mengulang pemungutan suara di dua TPS.",
        "Synthetic: can the regent run again after two terms?",
        "Synthetic: a civil servant previously reprimanded wants to stand again for the council.",
        "Synthetic: what was that penalty again?",
        "Synthetic: a civil servant campaigned for a candidate. What is the penalty?",
        "Synthetic: he got a written warning in 2028 and is now running again for village head.",
        # a penalty supposed, or the same facts supposed anew, is no second act
        "Synthetic: kalau nanti dihukum saya mau keberatan lagi ke atasan.",
        "Synthetic: tahun 2028 kabid itu dihukum sedang. Kalau sekarang terjadi lagi, pasalnya apa?",
        "Synthetic: PNS yang ikut kampanye dihukum apa lagi selain teguran?",
    ],
)
def test_lagi_or_again_that_repeats_no_breach_is_no_repeat(text):
    assert not parse_question(text).repeat


@pytest.mark.parametrize(
    "text",
    [
        "Synthetic: bendahara kami terbukti dua hal: surat dukungan dan pungutan untuk posko paslon.",
        "Synthetic: kasubbag itu dilaporkan dua hal. Hukumannya masing-masing atau satu aja?",
        "Synthetic: kasinya mau menegur soal kaos, konvoinya diproses belakangan. Boleh dipisah begitu?",
        "Synthetic: his head wants to reprimand him now and deal with the convoy later. Can it be split?",
    ],
)
def test_two_acts_charged_at_once_ask_how_many_penalties(text):
    assert parse_question(text).several


@pytest.mark.parametrize(
    "text",
    [
        "Synthetic: saya mau tanya dua hal: cuti dan kampanye.",
        "Synthetic: dia kepikiran dua hal: ikut tes CPNS lagi atau maju pilkada.",
        "Synthetic: itu kapasitasnya sebagai ketua ormas, bukan PNS. Bisa dipisah gitu?",
    ],
)
def test_two_questions_or_two_capacities_are_not_two_breaches(text):
    assert not parse_question(text).several


def test_asking_whether_one_act_may_be_punished_twice():
    for text in (
        "Synthetic: bisa dihukum dua kali untuk hal yang sama?",
        "Synthetic: would disciplining him now be punishing him twice?",
        "Synthetic: is that double punishment?",
        "Synthetic: beberapa pelanggaran sekaligus, dihukum berkali-kali?",
        "Synthetic: can she be punished more than once for it?",
        "Synthetic: SK gabungin sanksi moral dan hukdis berat. Dua sanksi sekaligus, bukannya dobel hukuman?",
        "Synthetic: turun jabatan DAN potong TPP dalam satu SK. Boleh digabung seperti itu?",
        "Synthetic: kabid cuma menegur lisan; bupati ingin menjatuhkan hukuman baru yang lebih berat. Bisa?",
    ):
        assert parse_question(text).twice, text
    for text in ("Synthetic: he was warned twice", "Synthetic: dua kali dipanggil Bawaslu"):
        assert not parse_question(text).twice, text


# -- a story of a sentence or a detention (UU 20/2023 Pasal 52 ayat (3) huruf h-i, Pasal 53 ayat (2)) ----
@pytest.mark.parametrize(
    ("text", "steps"),
    [
        ("Synthetic: PNS itu divonis dua tahun penjara karena politik uang.", ("sentenced",)),
        ("Synthetic: ASN yang divonis kurungan karena jadi tim kampanye.", ("confinement",)),
        ("Synthetic: a clerk sentenced to six months' confinement for campaigning.", ("confinement",)),
        ("Synthetic: the clerk was convicted and then dipenjara.", ("sentenced",)),
        ("Synthetic: lurah itu ditahan polisi sebagai tersangka.", ("detained", "suspect")),
        ("Synthetic: a teacher was taken into custody after the rally.", ("detained",)),
        ("Synthetic: a civil servant held as a suspect in a vote-buying case.", ("detained",)),
        ("Synthetic: camat itu kini berstatus tersangka.", ("suspect",)),
    ],
)
def test_a_story_of_a_sentence_or_a_detention_is_read(text, steps):
    assert parse_question(text).criminal == steps


@pytest.mark.parametrize(
    "text",
    [
        "Synthetic: PNS ikut kampanye di media sosial, apa sanksinya?",
        "Synthetic: PNS itu tidak ditahan, hanya diperiksa Bawaslu.",
        "Synthetic: he has not been detained, only questioned.",
        "Synthetic: a civil servant suspected of campaigning for a candidate.",
        "Synthetic: what sentence can a court impose for vote-buying?",
    ],
)
def test_no_sentence_or_detention_told_is_no_criminal_step(text):
    assert parse_question(text).criminal == ()


@pytest.mark.parametrize(
    ("text", "actor", "roles"),
    [
        ("A contract government teacher (PPPK) was put on a campaign team.", "pppk", ("pppk",)),
        ("KASN found that a district head (bupati) erred.", "kepala-daerah", ("kepala-daerah",)),
        # a gloss saying again what the name said, or denying a role, changes nothing
        ("Camat (PNS) ikut kampanye.", "camat", ("camat", "pns", "pejabat-asn")),
        ("Guru PPPK (bukan PNS) ikut kampanye, kena apa?", "pppk", ("pppk",)),
    ],
)
def test_a_role_glossed_in_parentheses_names_who_it_is(text, actor, roles):
    q = parse(text)
    assert (q.actor, q.roles) == (actor, roles)


def test_a_school_head_named_by_the_schools_kind_is_a_civil_servant():
    for text in ("Kepala SMPN sintetis undang caleg ke perkemahan.", "Kepsek SD ikut kampanye, kena apa?"):
        assert "pns" in parse(text).roles, text
    # a school head who introduces himself, after a comma too, asks about the teacher he reports
    told = "Saya kepala SMA negeri sintetis, baru pindah. Guru PPPK kami masuk tim kampanye caleg DPR RI."
    assert parse(told).actor == "pppk"


def test_who_wears_the_corps_uniform_is_a_civil_servant():
    assert "pns" in parse("Wearing the Korpri uniform to a synthetic rally: what level is it?").roles
    assert "pns" not in parse("Korpri's legal aid office: must it represent a member?").roles


def test_the_seat_a_relative_runs_for_names_no_body_that_acts():
    text = "My neighbour is a synthetic PNS. His brother-in-law is running for the regency DPRD. A breach?"
    assert "dprd" not in parse(text).actors


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Our cousin works at the regency health office and was put on the DPRD list.", "pns"),
        ("Someone in our district planning office is secretary of a party branch.", "pns"),
        ("A district health office employee went to a DPR candidate's rally.", "pns"),
        ("My husband heads a section at the provincial fisheries agency.", "pns"),
        ("My boss the sub-district chief posted a selfie with a candidate.", "camat"),
        ("A village secretary handed out calendars with a candidate's face.", "perangkat-desa"),
        ("Kaur pemerintahan di desa kami ikut kelompok relawan seorang caleg.", "perangkat-desa"),
        ("A police brigadier was seen dropping off leaflets.", "anggota-polri"),
        ("She works at a private company office and campaigns.", None),
        # whom the asker advises, as a heading, is not who acts
        ("Adviser to a regent. Bawaslu recommended a penalty for a camat who issued a decision.", "camat"),
        (
            "Staf ahli bupati. Bawaslu merekomendasikan hukuman untuk camat yang menerbitkan keputusan.",
            "camat",
        ),
    ],
)
def test_who_works_where_is_read_from_everyday_english(text, actor):
    assert parse(text).actor == actor


def test_running_denied_is_no_candidacy_but_not_resigning_still_is():
    assert not parse("Our deputy regent isn't running for anything, but he praised one pair.").candidacy
    assert not parse("Kades itu tidak ikut nyalon, tapi mengajak warga memilih.").candidacy
    assert parse("PNS itu tidak mundur padahal nyaleg DPRD.").candidacy
    assert parse("He did not resign before running for the DPR.").candidacy


def test_an_overseer_named_in_passing_does_not_act():
    text = "A colleague took unpaid leave to run for the DPR. Once the KPU confirms him, what happens?"
    assert parse(text).actor is None
    assert parse("Anggota KPU ikut kampanye, sanksinya apa?").actor == "penyelenggara-pemilu"


def test_a_head_introducing_himself_asks_about_the_one_he_reports():
    text = (
        "Puskesmas head here. Our synthetic ambulance driver is on a PPPK contract. He played a pair's song "
        "through the loudspeaker on his rounds. What can we do, since he isn't a PNS?"
    )
    assert parse(text).actor == "pppk"
    told = (
        "Kepala dinas sosial sintetis di sini. Bawaslu kabupaten meneruskan temuan bahwa seorang PPPK kami "
        "membagikan stiker paslon bupati. Proses disiplin PNS berlaku juga?"
    )
    assert parse(told).actor == "pppk"
    said = "Saya kepala puskesmas sintetis. Bidan kami yang PPPK membawa ambulans ke kampanye paslon bupati."
    assert parse(said).actor == "pppk"
    # a head saying who he is beside a team that is no civil servant asks what he may do
    museum = "I head a synthetic regency museum (I'm a PNS). A regent pair's team wants to rent our hall."
    assert parse(museum).actor == "pns"
    # one who introduces himself by his kind of employment is who acts
    assert parse("CPNS nurse here. A candidate's team asked me to join their screening.").actor == "pns"
    # nobody else named who may act: the head asks about himself
    assert parse("Kepala dinas sintetis di sini. Bolehkah saya hadir di kampanye?").actor == "pns"


def test_the_one_a_story_accuses_acts_not_the_one_it_names_first():
    text = (
        "Our synthetic school got a new principal: she is a PPPK teacher. One of our PNS teachers is accused "
        "of telling parents to vote for a regent pair."
    )
    assert parse(text).actor == "pns"
    # the civil servant glossed in the same breath as the one accused is that one
    glossed = "A camat (administrator-level PNS) is accused of rallying village heads for a regent pair."
    assert parse(glossed).actor == "camat"


def test_whom_a_brief_is_written_for_is_not_who_acted():
    text = "Bahan telaah untuk PPK. Kepala SMP negeri (guru PNS) mengundang caleg DPR jadi pembicara HUT."
    assert parse(text).actor == "pns"


def test_the_head_whose_circular_is_being_drafted_is_not_who_acted():
    text = "Draf surat edaran bupati sintetis menulis 'PNS dilarang hadir kampanye'. Itu di aturan mana?"
    assert parse(text).actor == "pns"
    assert parse("Drafting a regent's instruction: may civil servants join a party?").actor != "kepala-daerah"
    # a head who sends a circular himself still acts
    assert parse("Bupati menerbitkan surat edaran mengajak ASN memilih petahana.").actor == "kepala-daerah"


def test_an_overseer_saying_who_he_is_reports_the_one_who_acted():
    text = "Saya staf Bawaslu. Kepala desa sintetis bikin grup WA ajak warga pilih paslon 2. Kena apa?"
    assert parse(text).actor == "kepala-desa"
    assert parse("Saya staf Bawaslu, bolehkah saya ikut kampanye caleg?").actor == "penyelenggara-pemilu"


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Under the 2020 regulation, what penalty did a civil servant at a rally face?", ["pp-10-2020"]),
        ("Which points of the 2030 code of ethics does serving a pair's fans first touch?", ["pp-90-2030"]),
        ("Menurut kode etik 2030, PNS yang pasang stiker paslon melanggar apa?", ["pp-90-2030"]),
        # another version of the act named, by its year alone
        ("Under PP 90/2030, who punishes an idle superior? Did anything change compared to 2020?",
         ["pp-90-2030", "pp-10-2020"]),
        # a regulation in lieu of law is no government regulation
        ("A textbook written from the 2020 regulation in lieu of law says what?", []),
    ],
)  # fmt: skip
def test_a_government_regulation_named_by_its_year(text, named):
    assert [r.id for r in parse(text).regulations] == named, text


def test_a_regulation_named_as_not_yet_in_force_is_set_aside_and_the_date_told_stays():
    for text in (
        "Tanggal 20 Februari 2030 seorang PNS ikut kampanye. Waktu itu PP Disiplin Sintetis 2030 belum "
        "berlaku. Aturan apa yang mengikat dia?",
        "On 20 February 2030 a civil servant joined a rally; PP 90/2030 was not yet in force then. Which "
        "rules bound him?",
    ):
        q = parse(text)
        assert [(r.id, r.set_aside) for r in q.regulations] == [("pp-90-2030", True)], text
        # the year beside the act's name is the name's; the date of the facts is the one told
        assert q.at == date(2030, 2, 20) and not q.problems, text


def test_an_act_asked_for_as_the_one_in_force_at_the_time_when_the_store_holds_only_a_later_one():
    catalog = {
        **SYNTHETIC_CATALOG,
        "uu-3-2031": RegInfo(
            id="uu-3-2031", year=2031, state="in_force", enacted=date(2031, 2, 1),
            names_en=("synthetic elections law",), names_id=("UU Pemilu Sintetis",),
        ),
    }  # fmt: skip
    for text in (
        "In June 2025, under the synthetic elections law in force at the time, what was the penalty for a "
        "civil servant on a campaign team?",
        "Juni 2025: menurut UU Pemilu Sintetis yang berlaku waktu itu, apa pidana PNS di tim kampanye?",
    ):
        (problem,) = parse_question(text, catalog).problems
        assert "in force on 2025-06-15 is an earlier act the store does not hold" in problem, text
    # named by number, the act itself is what is asked of, and its date is the problem
    (problem,) = parse_question(
        "In June 2025, under UU 3/2031 in force at the time, what penalty?", catalog
    ).problems
    assert problem.startswith("UU No. 3 Tahun 2031 was enacted on 2031-02-01"), problem


def test_a_regulation_named_as_gone_is_set_aside_and_its_repeal_is_not_what_is_asked():
    for text in (
        "Pada tahun 2031, karena PP 10/2020 sudah dicabut, aturan apa yang berlaku bagi PNS yang kampanye?",
        "In 2031 a civil servant campaigned. PP 10/2020 is gone by then, so which rules applied?",
    ):
        q = parse(text)
        (r,) = q.regulations
        assert r.set_aside and q.intent != "status" and not q.problems, text
    q = parse("Apakah PP 10/2020 sudah dicabut?")
    assert not q.regulations[0].set_aside and q.intent == "status"


def test_definition_term_named_before_the_question_or_before_itu():
    text = "PP 90/2030 keeps mentioning the 'corps spirit' of staff (jiwa korps). What does the term mean?"
    assert parse(text).term == "jiwa korps"
    q = parse("Di PP 90/2030 sering disebut jiwa korps. Jiwa korps itu artinya apa?")
    assert q.term.lower() == "jiwa korps"
    q = parse("Teman bilang saya sama dengan PPPK. Menurut UU 71/2040, PPPK itu sebenarnya apa, dan bedanya?")
    assert q.intent == "definition" and q.term == "PPPK"
    # whom a quoted term covers, asked in chat
    q = parse("'peserta pemilu sintetis' tu siapa aja sih? caleg DPRD termasuk gk?")
    assert q.intent == "definition" and q.term == "peserta pemilu sintetis"
    q = parse("Yang masuk hitungan 'Pegawai Sintetis' itu siapa saja? PPPK termasuk?")
    assert q.intent == "definition" and q.term == "Pegawai Sintetis"
    # what held at the time, or a conduct, before "itu apa" is no term
    assert parse("Dasar hukum pemberhentiannya waktu itu apa?").intent != "definition"
    assert parse("Pelapornya itu siapa saja? Dua warga sintetis.").intent != "definition"
    assert parse("Menurut UU Pilkada, ancaman pidana untuk ucapannya itu apa?").intent != "definition"


def test_a_penalty_told_then_the_same_act_again_is_a_repeat():
    text = "Last year a civil servant got a 12-month demotion for it. This year he does exactly the same."
    assert parse(text).repeat


def test_a_terse_english_query_without_function_words_is_english():
    assert detect_language("disaster office staff handing out candidate-branded blankets") == "en"
    assert detect_language("sanksi PNS kampanye") == "id"


def test_a_prosecutor_told_of_as_a_person_is_a_civil_servant_but_not_the_prosecutor_of_a_case():
    toured = parse("Synthetic: a public prosecutor toured villages beside a DPR candidate. Is he bound?")
    assert toured.actor == "pns"
    assert "pns" in parse("Seorang jaksa sintetis ikut konvoi caleg DPR. Kena aturan apa?").roles
    case = parse("Synthetic: the prosecutor sent a candidate's file back as incomplete. How long now?")
    assert case.actor != "pns"


def test_ranks_of_the_armed_forces_name_a_soldier():
    assert parse("An active navy petty officer joined a campaign team.").actor == "anggota-tni"
    assert parse("A police sergeant liked a candidate's post.").actor == "anggota-polri"


def test_forest_rangers_and_the_public_order_force_are_not_the_national_police():
    for text in (
        "Polisi kehutanan sintetis menyetir mobil patroli di konvoi caleg.",
        "Anggota polisi pamong praja sintetis ikut konvoi caleg.",
    ):
        assert "anggota-polri" not in parse(text).actors, text
    assert parse("Polisi sintetis ikut konvoi caleg.").actor == "anggota-polri"


def test_a_regulation_named_as_one_of_several_sides_does_not_narrow_the_answer():
    q = parse("A PPPK joined a campaign team: penalties both from the ASN side and the PP 90/2030 side?")
    assert [r.set_aside for r in q.regulations] == [True]
    assert not parse("Menurut PP 90/2030, apa sanksi PNS yang jadi tim kampanye?").regulations[0].set_aside


def test_english_names_of_a_regional_heads_election_are_a_pilkada():
    assert election_kind("in the run-up to a regency election the office held back services") == "pilkada"
    assert election_kind("our city's election") == "pilkada"
    assert election_kind("the provincial council election") == "pemilu"


def test_a_regional_head_registered_with_the_kpu_runs_in_a_regional_election():
    assert election_kind("Bupati sintetis udah daftar ke KPU minggu lalu, paslon blm ditetapkan") == "pilkada"
    assert election_kind("The synthetic regent registered with the election commission.") == "pilkada"
    # a council candidate registers with the KPU too, and says so
    assert election_kind("Caleg DPRD sintetis daftar ke KPU; bupati hadir.") == "pemilu"


def test_a_civil_servant_asked_whether_allowed_is_the_actor_whoever_asks():
    q = parse(
        "I'm a village secretary. A synthetic PNS from the social office said residents shouldn't vote for "
        "one ticket. Is a civil servant allowed to say that in public?"
    )
    assert q.actor == "pns"
    q = parse("Sy sekdes. Staf dinsos sintetis (PNS) bilang jgn pilih paslon 2. Boleh gak buat PNS?")
    assert q.actor == "pns"
    # a body's power is not asked of a civil servant, nor an acting head of the civil servant he is
    assert parse("Sy kades, camat kami PNS. Is the Panwaslu allowed to summon me?").actor == "kepala-desa"
    acting = "Our acting governor, a senior PNS, wants to campaign. Is an acting governor allowed that?"
    assert parse(acting).actor == "kepala-daerah"


def test_a_public_hospitals_deputy_director_is_an_official():
    assert "pejabat-asn" in parse("The regency hospital's deputy director let a synthetic pollster in.").roles
    assert "pejabat-asn" in parse("Wadir RSUD sintetis ngizinin tim paslon survei di ruang tunggu.").roles


def test_a_pupil_asking_whom_the_teacher_votes_for_asks_no_authority():
    q = parse(
        "Sy guru PNS sintetis, jelasin visi misi ketiga paslon capres. Murid nanya 'ibu pilih siapa?', sy "
        "jawab nomornya. Yg mana yg salah?"
    )
    assert q.intent != "authority"
    assert parse("Laporannya ke siapa?").intent == "authority"


def test_what_a_side_risks_is_not_a_definition():
    risk = "We hired PPPK enumerators for a regent pair. What exactly is the candidates' exposure?"
    assert parse(risk).intent != "definition"
    assert parse("What exactly is a PPPK?").intent == "definition"


def test_the_one_whose_outcome_the_closing_question_asks_is_the_actor():
    q = parse(
        "I act for a synthetic former head of office. The regent, who means to run again, removed my client "
        "without the minister's approval. What does the regent face?"
    )
    assert q.actor == "kepala-daerah" and "petahana" in q.roles and q.election == "pilkada"
    # not when the asker asks of himself as well
    both = (
        "I head a section at the synthetic provincial bureau. At the swearing-in the governor told us to "
        "secure votes for his ticket, and we posed. What does the governor face? And what about us?"
    )
    assert parse(both).actor != "kepala-daerah"


def test_one_named_after_and_with_himself_is_asked_of_too():
    q = parse(
        "Kadis sintetis pidato 'kita jaga bupati tetap memimpin'. Kadis melanggar apa? "
        "Dan bupatinya sendiri bisa dibatalkan pencalonannya?"
    )
    assert q.actor == "pns" and "kepala-daerah" in q.roles
    q = parse("The synthetic agency head praised the regent. And could the regent himself be punished?")
    assert "kepala-daerah" in q.roles
    assert "kepala-daerah" not in parse("Kadis sintetis memuji bupati dalam pidato. Kadis kena apa?").roles


def test_asking_who_gets_punished_asks_what_each_faces_not_who_decides():
    q = parse("Village heads sat on the candidate's stage. Who gets punished, the candidate or the heads?")
    assert q.intent == "sanction" and q.each
    assert parse("Who decides the penalty?").intent == "authority"


@pytest.mark.parametrize(
    "text",
    [
        "Objections were in Article 129 of PP 90/2030. Is that article still the basis?",
        "Was the vote-buying crime in PP 90/2030 from the start, or was it inserted later?",
        "Does the synthetic agency carry on under PP 90/2030, and where does its old rule stand today?",
    ],
)
def test_whether_a_provision_still_stands_or_was_put_there_later_is_a_status_question(text):
    assert parse(text).intent == "status"


def test_two_terms_set_against_each_other_ask_for_their_definitions():
    assert parse("PNS vs PPPK under PP 90/2030: just permanent against fixed-term?").intent == "definition"


def test_a_private_employers_question_is_out_of_the_stores_reach():
    assert parse("private company fire staff over facebook politics posts").problems
    assert not parse("Can a private company hire a civil servant who campaigned?").problems


@pytest.mark.parametrize(
    "text",
    [
        "synthetic discipline regulation amended since 2031? by which law",
        "Is PP 90/2030 still in its 2030 form, or was it amended later?",
        "Kapan Komisi Lama Sintetis berhenti bekerja, dan lewat aturan apa?",
        "Is PP 90/2030 still a valid basis today, and through which transitional clauses?",
    ],
)
def test_asking_what_amended_an_act_or_ended_a_body_is_a_status_question(text):
    assert parse(text).intent == "status"


def test_a_year_that_starts_a_span_or_names_an_act_is_not_the_date_asked():
    assert parse("synthetic discipline regulation amended since 2031?").at is None
    assert parse("sejak 2031 dia aktif di partai; PNS itu kena apa?").at is None
    assert parse("Is the definition still the wording of the 2020 Perppu?").at is None
    # a year before an act's popular name, though the name picks no version by it
    assert parse("PP 90/2030 was issued under the 1974 synthetic discipline regulation.").at is None
    assert parse("In 2031 a civil servant joined a rally.").at == date(2031, 7, 1)


def test_the_year_of_a_bare_law_names_that_version_of_an_act_named_nearby():
    q = parse(
        "Did the 2020 synthetic discipline regulation say so, and does the 2030 regulation still say so?"
    )
    assert {r.id for r in q.regulations} == {"pp-10-2020", "pp-90-2030"}
    assert q.at is None


def test_years_listed_beside_a_name_name_each_version():
    for text in (
        "How did the penalty change between the 2020 and 2030 synthetic discipline regulations?",
        "Compare the 2020 and the 2030 synthetic discipline regulation on campaigning.",
        "Bandingkan PP Disiplin Sintetis 2020 dan 2030 soal kampanye.",
        "Bandingkan PP Disiplin Sintetis tahun 2020 dan tahun 2030.",
    ):
        q = parse(text)
        assert [r.id for r in q.regulations] == ["pp-10-2020", "pp-90-2030"], text
        assert q.at is None, text
    # one year of the list names no version: the name alone, as before
    assert [r.id for r in parse("The 2020 and 2025 synthetic discipline regulation?").regulations] == [
        "pp-10-2020"
    ]


def test_an_act_cited_by_the_name_the_store_holds_it_under():
    catalog = dict(SYNTHETIC_CATALOG)
    catalog["pp-90-2030"] = RegInfo(
        id="pp-90-2030", year=2030, state="in_force", enacted=date(2030, 3, 1), names_id=("Perppu 7/2029",)
    )
    q = parse_question("Menurut Perppu 7/2029, PNS boleh kampanye?", catalog)
    assert [r.id for r in q.regulations] == ["pp-90-2030"] and not q.problems
    assert [r.id for r in parse_question("Menurut Perppu 8/2029?", catalog).regulations] == ["perppu-8-2029"]


def test_a_relatives_running_is_not_the_actors_candidacy():
    assert not parse(
        "The village head's son is running for regent and the head lends him the village tent."
    ).candidacy
    # an office holder running again is told as such, whose staff the question is about
    assert not parse("I'm the regent's PNS aide. He's running for a second term. May I go along?").candidacy
    assert not parse("The synthetic governor stands for re-election; his speechwriter is a PNS.").candidacy
    assert not parse(
        "Kadis sintetis majuin jadwal bansos pas bupati (yg nyalon lg) keliling kecamatan."
    ).candidacy
    assert not parse("Lurah kami PNS, istrinya nyaleg DPRD kota. Dia ngundang RT ke rumah.").candidacy
    assert parse("The village head is running for regent. Must he step down?").candidacy


def test_who_acts_read_past_a_workplace_a_seat_and_the_one_who_punishes():
    # the contract named right after the workplace says which kind of employee
    assert (
        find_roles("A lecturer at a state polytechnic, employed on a PPPK contract, posted a clip.")[0]
        == "pppk"
    )
    assert find_roles("A lecturer at a state polytechnic posted a clip for a ticket.")[0] == "pns"
    # the office an election is for names no one who acts
    assert find_roles("Di pilkada bupati, seorang PNS dinas pendidikan masuk tim kampanye.")[0] == "pns"
    # who disciplines is not who is asked about; who sacks may be
    assert (
        find_roles("Our regent demoted a camat after the camat drove the official car to a rally.")[0]
        == "camat"
    )
    assert find_roles("A new regent sacked agency heads who had not backed him.")[0] == "kepala-daerah"
    # nor is who has others discipline him, an aside between them
    assert (
        find_roles(
            "Sy di BKPSDM sintetis. Bupati (lagi cuti kampanye, nyalon lg) minta kami proses camat yg ngajak "
            "warga pilih petahana."
        )[0]
        == "camat"
    )
    assert (
        find_roles("The synthetic regent asked us to discipline the camat who urged residents.")[0] == "camat"
    )


def test_a_head_of_office_by_the_offices_short_name_is_an_official():
    assert find_roles("Kadinsos sintetis atur jadwal bansos ngikutin kampanye bupati.")[2] == (
        "pns",
        "pejabat-asn",
    )
    assert find_roles("Tapi kaban sintetis minta NPHD diteken minggu ini juga.")[2] == ("pns", "pejabat-asn")
    # "Kadin", the chamber of commerce, is no office of the state
    assert find_roles("Kadin kota sintetis mendukung paslon nomor 1.")[0] != "pns"


def test_a_post_in_a_state_or_region_owned_company_is_not_one_in_the_civil_service():
    told = (
        "I collect fees at the synthetic city market company (perumda pasar). Our unit head told us to hang "
        "banners."
    )
    assert not set(find_roles(told)[1]) & {"pns", "pejabat-asn"}
    # a civil servant said to be one, or an official of a government agency, still is
    assert "pns" in find_roles("A PNS from the synthetic finance agency now works at the regional bank.")[1]
    assert (
        "pns"
        in find_roles(
            "A head of division at the synthetic revenue agency is a commissioner of the provincial bank."
        )[1]
    )


def test_who_organises_a_sides_volunteers_or_the_incumbents_team_is_a_campaign_team():
    assert find_roles("I coordinate volunteers for a synthetic regent pair. Can we sign up meter readers?")[
        0
    ] == ("tim-kampanye")
    told = "We have photos of the incumbent's team holding a briefing in the synthetic bank's hall."
    assert find_roles(told)[0] == "tim-kampanye"


def test_how_two_terms_differ_asks_for_their_definitions():
    assert (
        parse("In PP 90/2030, how does an 'objection' (keberatan) differ from an 'appeal'?").intent
        == "definition"
    )
    assert parse("Dalam PP 90/2030, apa beda keberatan dengan banding?").intent == "definition"


def test_an_acting_regional_head_names_the_office_held_not_the_race():
    assert election_kind("Our acting regent posted a photo with one presidential ticket") == "pemilu"
    assert election_kind("Penjabat bupati kami mengunggah foto bersama pasangan capres") == "pemilu"
    assert election_kind("The acting regent favoured one pair") == "pilkada"


def test_an_actor_the_store_does_not_address_ties_no_question_to_it():
    q = parse("Iuran BPJS Kesehatan kelas 1 untuk peserta mandiri sekarang berapa per bulan?")
    assert q.actor == "bpjs" and not q.anchored
    assert parse("PNS ikut kampanye").anchored


@pytest.mark.parametrize(
    "text",
    [
        "Kabid perizinan nerbitin izin baliho paslon nomor 1, tapi izin paslon nomor 2 didiemin.",
        "The lurah let ticket 2's volunteers use the hall but turned ticket 1's away.",
        "He lent the excavators for one pair's rally. No other pair got any such help.",
        "Lurah mempersulit surat pengantar warga yang pasang spanduk paslon penantang.",
        "He closed the schools on the incumbent's rally day; on the challenger's day classes ran.",
        "The van went only to neighbourhoods that back one ticket.",
        "Angkot yg ada stiker paslon no 3 boleh langsung ngetem, yg gak pasang stiker disuruh antre.",
        "He issued the cards on the spot to one ticket's volunteers and told everyone else to come back.",
        "Kepala instalasi nyimpen bed kelas 3 khusus buat pasien yg bawa kartu anggota relawan paslon.",
        "Nama-nama dari koordinator relawan dinaikin ke urutan atas, nyalip warga yg udah daftar.",
        "Poktan yg udah tanda tangan dukungan buat caleg DPR dikirim duluan pupuknya.",
        "A section head struck about 40 households from villages that backed the losing ticket.",
    ],
)
def test_facts_setting_one_side_against_another(text):
    assert sets_sides(text) and parse(text).sides


@pytest.mark.parametrize(
    "text",
    [
        "Menurut UU No. 7 Tahun 2017 dan UU No. 10 Tahun 2016, bolehkah PNS ikut kampanye?",
        "Camat mengajak warga memilih paslon nomor 1.",
        "A civil servant joined the incumbent's rally.",
        # served first, but not by whom they back; or backers named, but no one served first
        "Pasien darurat didahulukan di IGD. Relawan PMI membantu.",
        "The camat's volunteers put up banners for the pair.",
    ],
)
def test_one_side_named_or_two_act_numbers_set_no_sides(text):
    assert not sets_sides(text)


def test_what_was_done_after_polling_day_is_told_apart_from_the_campaign():
    for text in (
        "Ibu saya PNS. 2 hari setelah coblosan pilkada beliau ikut konvoi kemenangan paslon bupati sintetis.",
        "A synthetic PNS joined the victory convoy. His friends say the campaign period is over.",
        "Katanya masa kampanye udah lewat, jadi aman? Dia ikut syukuran kemenangan paslon.",
        # the campaign named only to say it is not the time of the facts
        "Dua hari setelah pencoblosan saya upload foto sintetis. Kan udah bukan masa kampanye?",
        "After the vote he posted a synthetic thank-you, outside the campaign period.",
    ):
        assert parse(text).after_vote, text
    for text in (
        "Selama masa kampanye dia ikut rapat paslon; setelah coblosan dia diperiksa.",
        "He handed the village to his secretary until after the vote and joined a DPR candidate's team.",
        "PNS ikut kampanye paslon bupati.",
    ):
        assert not parse(text).after_vote, text


def test_whose_thing_and_where_one_works_name_no_actor():
    # "a DPD candidate's convoy" is whose convoy, not who drove in it
    text = "Over the campaign weeks one of our staff drove the agency's pickup in a DPD candidate's convoy."
    assert find_roles(text)[0] is None
    assert find_roles("The candidate's wife, a PNS teacher, joined the rally.")[0] == "pns"
    assert find_roles("A candidate promised money to voters.")[0] == "calon"
    # a body's secretariat is a workplace: its staff are not members of the body
    text = "HR query from a regency DPRD secretariat. One of our civil servants posted."
    assert find_roles(text)[0] == "pns"
    assert find_roles("Staf sekretariat DPRD (PNS) ikut kampanye.")[0] == "pns"
    assert find_roles("Anggota DPRD itu ikut kampanye.")[0] == "dprd"


# A superior who lets a breach go, and one who punishes it too lightly.
_LEFT_UNPUNISHED = [
    "Kadis kami ogah menghukum anak buahnya yang jelas jadi tim sukses.",
    "Atasan langsungnya tidak memanggil dan tidak memeriksa staf itu sama sekali.",
    "The section head knew his clerk had campaigned and did nothing.",
    "The camat, who should punish it, has done nothing for two months.",
    "The agency head decided not to punish anyone for the rally.",
    "Bukannya memanggil dan memeriksa, kabid itu malah menghapus pesannya dari grup.",
    "Saya tahu guru PNS kami masuk tim kampanye, tapi saya biarkan karena dia senior.",
    # said as people say it
    "Warga sudah lapor ke kasubbag sintetis itu, tapi dia diam aja, nggak manggil, nggak meriksa.",
    # a word in private or a move in place of the procedure
    "Kasinya hanya menegur lisan di ruangannya, tanpa surat panggilan dan tanpa BAP.",
    "His section head just had a word with him: no written summons, nothing passed upward.",
    "Kepala dinasnya malah cuma memindahkannya ke seksi lain lalu menganggap urusannya beres.",
    "The agency head just moved him to another section and treated that as the end of it.",
    # a letter left unanswered
    "The synthetic principal, his direct superior, put the letter in a drawer and never called him in.",
    # the superior named just before, the head of a mission among them; the one who asks owning up
    "Our consul general got the synthetic recommendation. He put it in a drawer, saying it was over.",
    "Staf saya ikut kampanye sintetis; laporannya masuk ke saya, tapi jujur saya diemin dulu karena sibuk.",
]
_PUNISHED_TOO_LIGHTLY = [
    "Pejabat yang menangani cuma memberi teguran tertulis kepada staf sintetis itu.",
    "Atasannya mau kasih teguran lisan aja, bisa gitu?",
    "Camat memeriksanya lalu hanya menjatuhkan teguran lisan.",
    "The synthetic agency head gave him only a written reprimand for the gathering.",
    "His boss wants to let him off with a verbal warning. Is that allowed?",
    "Instead he signed a written reprimand and closed the file.",
    "The synthetic boss gave a colleague just a verbal warning for the rally.",
    "Kalaupun menghukum, paling cuma teguran lisan.",
    "The synthetic clerk got a slap on the wrist: the penalty was too lenient.",
]


@pytest.mark.parametrize(
    ("text", "reads", "flag"),
    [(t, fails_to_punish, "unpunished") for t in _LEFT_UNPUNISHED]
    + [(t, too_light, "too_light") for t in _PUNISHED_TOO_LIGHTLY],
)
def test_a_superior_who_lets_a_breach_go_or_punishes_it_too_lightly_is_asked_about_beside_the_offender(
    text, reads, flag
):
    q = parse(text)
    assert reads(text) and getattr(q, flag)
    assert {"pybmh", "atasan-langsung"} <= set(q.roles) and q.each


@pytest.mark.parametrize(
    "text",
    [
        "Kapolsek membubarkan acara paslon satu, sementara acara paslon lain dibiarkan jalan.",
        "Kalau PPK tidak menindaklanjuti rekomendasi KASN, apa yang bisa dilakukan KASN?",
        "The civil servant did nothing wrong at the rally, he says.",
        "A PNS teacher went to the rally in a party T-shirt.",
        "Baliho paslon kami diturunkan, sementara baliho paslon lain di titik yang sama dibiarkan.",
    ],
)
def test_inaction_with_no_superior_or_a_recommendation_left_unfollowed_is_not_a_breach_left_unpunished(text):
    assert not fails_to_punish(text) and not parse(text).unpunished


@pytest.mark.parametrize(
    "text",
    [
        # the level asked about, not one going light
        "The penalty would only be a verbal warning. Who gives it when there is no supervisor?",
        "Apakah pejabat pengawas itu memang cuma bisa menegur, atau bisa lebih?",
        "Katanya PP 94 itu cuma buat PNS, jadi paling ditegur.",
        "Kalau hukumannya lebih ringan dari itu, siapa yang menjatuhkan?",
        "Someone asked me to go easy on his medical report.",
    ],
)
def test_a_penalty_level_asked_about_is_not_a_penalty_given_too_lightly(text):
    assert not too_light(text) and not parse(text).too_light


def test_an_act_named_by_a_title_and_a_year_the_store_has_no_act_of_is_a_problem():
    known = RegInfo(id="uu-20-2031", year=2031, names_id=("UU ASN Sintetis",))
    catalog = {**SYNTHETIC_CATALOG, "uu-20-2031": known}
    text = "Isi Pasal 12 Undang-Undang Netralitas Aparatur Sipil Negara Tahun 2032?"
    made_up = parse_question(text, catalog)
    assert any("Undang-Undang Netralitas Aparatur Sipil Negara Tahun 2032" in p for p in made_up.problems)
    english = parse_question("What does the 2032 Law on Civil Service Neutrality say about PNS?", catalog)
    assert english.problems
    # a year the store has an act of and a name the catalog knows are not flagged
    for text in (
        "Apa isi Undang-Undang Netralitas Aparatur Sipil Negara Tahun 2031?",
        "Menurut UU ASN Sintetis Tahun 2031, bolehkah PNS ikut kampanye?",
    ):
        assert not parse_question(text, catalog).problems, text


def test_a_law_asked_from_by_a_short_name_no_held_act_goes_by_is_a_problem():
    known = RegInfo(id="uu-20-2031", year=2031, names_id=("UU ASN Sintetis",))
    catalog = {**SYNTHETIC_CATALOG, "uu-20-2031": known}
    for text, name in (
        ("Menurut UU Pers Sintetis, berapa hari hak jawab dimuat?", "UU Pers Sintetis"),
        ("UU Desa katanya sudah direvisi. Berlaku juga buat kades lama?", "UU Desa"),
        ("Can a blogger be jailed under the XYZ law for a post about the regent?", "XYZ law"),
        ("Under the Village Law as amended, what sanctions can a regent impose on a kades?", "Village Law"),
        ("According to the Synthetic Press Act, how fast must a reply run?", "Synthetic Press Act"),
        # a law the store does not hold, by its English name in lower case
        (
            "Under the anti-corruption law, how many days does a PNS have to report a gift?",
            "anti-corruption law",
        ),
        (
            "A source says an 'UU Netralitas Rekaan' was passed and jails ASN for comments. Which number?",
            "UU Netralitas Rekaan",
        ),
    ):
        problems = parse_question(text, catalog).problems
        assert [p for p in problems if f"'{name}'" in p], text
    for text in (
        # told in passing, not asked from
        "Sekdes kami PNS, diangkat sebelum ada UU Desa. Namanya di tim kampanye: kena apa?",
        # a name the catalog knows, or a held act named beside it
        "Menurut UU ASN Sintetis, bolehkah PNS ikut kampanye?",
        "Menurut UU Rekaan Lain dan UU ASN Sintetis, bolehkah PNS ikut kampanye?",
        # a capitalised English name only after "under the" or "according to the"
        "The Village Law aside, may a kades campaign for a DPR candidate?",
    ):
        assert not parse_question(text, catalog).problems, text


def test_the_generic_election_law_of_a_regional_race_is_not_the_general_elections_act():
    catalog = {
        "uu-77-2031": RegInfo(id="uu-77-2031", year=2031, names_en=("election law", "general election law")),
        "uu-78-2031": RegInfo(id="uu-78-2031", year=2031, names_en=("regional election law",)),
    }
    regent = "Before the regent election the agency head moved ten teachers. Which election-law rules apply?"
    assert parse_question(regent, catalog).regulations == ()
    general = "Before the DPR election the agency head moved ten teachers. Which election-law rules apply?"
    assert [r.id for r in parse_question(general, catalog).regulations] == ["uu-77-2031"]
    # a name that can only mean the general elections act still names it
    named = "Unlike the general election law, what does a regent race's law say of civil servants on a team?"
    assert [r.id for r in parse_question(named, catalog).regulations] == ["uu-77-2031"]


@pytest.mark.parametrize(
    "text",
    [
        "A staffer hung banners. Which rules reach him, the disciplinary rules and the PP 90/2030 law?",
        "Kepala UPT menggratiskan bus pendukung caleg. Ini disiplin saja, atau juga kena UU PP 90/2030?",
        "What does PP 90/2030 add, on the discipline side and as an election offence?",
        "Which discipline rule applied on that date, at what tier, and did the PP 90/2030 law also apply?",
        # "sama" for "and", in chat
        "Postingan pribadi begitu apa bisa kena aturan disiplin sama UU PP 90/2030 sekaligus?",
    ],
)
def test_discipline_asked_beside_another_regime_does_not_narrow_the_answer_to_a_named_act(text):
    assert all(r.set_aside for r in parse(text).regulations)


def test_a_relative_clause_after_a_comma_is_no_question_of_who_acts():
    told = "The agency head printed calendars of the incumbent, who is running again, and handed them out."
    assert parse(told + " What do the rules say?").intent != "authority"
    assert parse("A clerk campaigned for a pair, who decides his penalty?").intent == "authority"


def test_when_the_act_was_done_is_not_a_duty_or_an_amendment_asked_about():
    q = parse("I'm a PNS on annual leave, officially off duty. Does being on leave change anything?")
    assert q.intent not in ("status", "obligation")
    told = "The sekda asked members to re-elect the incumbent pair. He says he spoke as chair of a union."
    assert parse(told + " Does that change anything?").intent != "status"
    assert parse("Did PP 12/2031 change the penalty?").intent == "status"
    assert parse("Is a PNS on duty obliged to stay neutral?").intent == "obligation"


def test_comparing_what_befalls_two_people_is_no_definition():
    assert parse("Dua PNS diproses Bawaslu. Apa bedanya nasib mereka, bisa dipidana?").intent != "definition"
    assert parse("Apa bedanya 'ASN' dengan 'Pegawai ASN'?").intent == "definition"


def test_the_head_of_an_office_with_a_long_name_is_an_asn_official():
    q = parse("The head of a regency communication and informatics office screened a debate.")
    assert "pejabat-asn" in q.roles
    q = parse("The head of the city's population and civil registry office had his staff print cards.")
    assert "pejabat-asn" in q.roles


@pytest.mark.parametrize(
    "text",
    [
        "He held back identity cards for villages that back pair 1, while the other villages were served.",
        "Kadis cuma tanda tangan surat buat relawan paslon itu, sementara warga lain disuruh bayar.",
        # only those at one candidate's event served, the rest left out
        "Yang dapat bantuan cuma pedagang yang ikut pertemuan seorang caleg sintetis minggu lalu.",
        "Bantuan dibagi ke pedagang tertentu; pedagang lain di pasar yang sama nggak kebagian.",
        "Sanggar milik caleg sintetis dapat slot utama, sementara sanggar lain cuma dapat slot sore.",
    ],
)
def test_one_group_served_while_others_are_not_sets_sides(text):
    assert sets_sides(text)


def test_who_broke_what_asks_what_each_faces_not_who_decides():
    q = parse("A PNS and a camat joined a rally. Who has breached what here?")
    assert q.intent != "authority" and q.each
    # "are the two caught …? what does each one face?": both act, the civil servant among them
    q = parse(
        "Our village head and his village secretary, still a PNS, went house to house with a synthetic "
        "pair's calendars. Are the two caught by the same rules? What does each one face?"
    )
    assert q.each and {"kepala-desa", "pns"} <= set(q.roles)
    q = parse("Kades dan sekdesnya yang PNS membagi kalender paslon sintetis. Apakah keduanya kena aturan?")
    assert q.each and {"kepala-desa", "pns"} <= set(q.roles)


def test_who_is_actually_in_breach_asks_of_each_and_one_singled_out_by_himself_acts():
    q = parse(
        "Our regent wants another term and is on campaign leave. His aide, a PPPK, drives the official car "
        "to every rally. Who is actually in breach here, the aide or the regent?"
    )
    assert q.each and {"kepala-daerah", "pppk"} <= set(q.roles) and q.intent != "authority"
    assert q.election == "pilkada"  # a regent wanting another term runs in a regional election
    assert parse("The camat never examined the lurah. Is the camat himself at risk?").actor == "camat"
    q = parse("Kaur keuangan desa masuk tim kampanye paslon gubernur. Paslonnya sendiri bisa kena masalah?")
    assert q.actor == "pasangan-calon"


def test_a_candidates_greeting_passed_on_by_a_civil_servant_makes_the_civil_servant_act():
    q = parse(
        "Yesterday the tax office's helpline sent a greeting card from a DPD candidate with his photo. The "
        "PNS who runs the helpline did it on his own. What's the problem with that?"
    )
    assert q.actor == "pns"


def test_a_second_question_opened_by_and_who_or_a_term_asked_plainly_is_read():
    q = parse(
        "I'm on the village election supervisors. Is a village supervisor even allowed to ask for that? "
        "and who do i send the report to?"
    )
    assert q.intent == "authority"
    q = parse(
        "Under the ASN law, what actually is a PPPK, and where's the difference from a contract like mine?"
    )
    assert q.intent == "definition"
    # "the 1945 Constitution" is the constitution's name, not a date before every act
    q = parse(
        "A PNS lecturer told his classes the 1945 Constitution should be swapped. Only a light penalty?"
    )
    assert q.at is None and not q.problems


def test_what_has_happened_is_told_and_what_may_befall_is_asked():
    q = parse(
        "Saya calon bupati. Adik saya camat (PNS). Dia minta warga memilih saya. Lawan sudah lapor. Apa "
        "risikonya buat saya, dan apa yang bisa menimpa adik saya?"
    )
    assert q.intent == "sanction"
    assert parse("Camat ikut kampanye paslon bupati. Saya mau lapor, ke mana?").intent == "authority"
    # one who heads a section, said of himself
    q = parse("My brother is running for regent, and I head a section at the social affairs office. Ok?")
    assert q.actor == "pns"


def test_when_a_penalty_decision_takes_effect_is_no_status_question():
    assert parse("SK hukumannya diterima kemarin. SK itu mulai berlaku kapan?").intent != "status"
    assert parse("His penalty decree came. From when does the decision take effect?").intent != "status"
    assert parse("Apakah PP 90/2030 masih berlaku?").intent == "status"
    assert parse("When did PP 90/2030 take effect?").intent == "status"


def test_whether_what_an_older_text_said_still_stands_is_a_status_question():
    assert parse("A 2014 commentary says officials resign on registering. Does that still stand?").intent == (
        "status"
    )
    assert parse("An old explainer says the commission may do so. Is that still true?").intent == "status"


@pytest.mark.parametrize(
    "text",
    [
        "Surat 2015 menyebut Pasal 71 ayat (4) UU Pilkada. Ayat itu masih berbunyi begitu, atau pindah ayat?",
        "Sebenarnya apa yang diubah UU 8/2015 di Pasal 71, dan kapan ayat-ayatnya ditulis ulang?",
        "Nota dinas sintetis 2015 menulis hanya petahana yang disanksi. Kalimat itu masih benar sekarang?",
        "Would Article 71 as it stood in 2015 have caught a synthetic regent's reshuffle?",
        "A synthetic party handbook says a DPRD member only notifies the leadership. Is that still the rule?",
        "Our synthetic 2015 guidance binds only the incumbent. Does it still match the law as it reads now?",
        "Makalah sintetis mengutip 'Perppu 1/2014'. Perppu itu masih berdiri sendiri?",
    ],
)
def test_whether_a_provision_still_reads_so_or_what_a_later_act_rewrote_is_a_status_question(text):
    assert parse(text).intent == "status"


@pytest.mark.parametrize(
    "text",
    [
        "Fotokopi UU sintetis saya hanya menyebut calon bupati. Apa teks itu masih yang berlaku?",
        "Dulu syarat sintetis itu melarang keluarga petahana maju. Aturan itu masih ada?",
        "Dulu yang boleh melapor hanya pemilih. Sekarang masih begitu?",
        "Buku saku sintetis 2015 menulis 14 hari. Angka itu masih sama persis?",
        "Bukankah Pasal 30 UU sintetis itu sudah diganti?",
        "Buku ajar sintetis menulis PNS mundur sejak mendaftar. Bunyi pasalnya sekarang bagaimana?",
        "A synthetic 2014 copy defines the election without deputies. Is that still how the law defines it?",
        "Is the synthetic public test still part of the elections law, and if not, what took it out?",
    ],
)
def test_whether_an_older_rule_is_still_there_however_asked_is_a_status_question(text):
    assert asks(text, "status")


def test_still_the_same_told_of_a_person_asks_no_status():
    assert not asks("Kasi sintetis itu masih begitu saja di kantor, tetap memasang stiker paslon.", "status")


def test_a_wording_quoted_as_the_facts_is_no_status_question_but_asking_if_it_still_holds_is():
    quoted = "Surat edaran sintetis masih berbunyi: 'PNS dilarang ikut kampanye'."
    assert parse(f"{quoted} Sanksinya apa?").intent != "status"
    assert parse(f"{quoted} Kalimat itu masih benar?").intent == "status"


def test_who_one_says_one_is_not_does_not_act():
    q = parse("My husband is not a police officer, he's a civilian PNS in the police admin section.")
    assert q.actor == "pns" and "anggota-polri" not in q.roles
    honorer = parse("Aku honorer, bukan PNS bukan PPPK. Ditawarin masuk tim sukses caleg.")
    assert honorer.actor not in ("pns", "pppk")


@pytest.mark.parametrize(
    "text",
    [
        "Saya tenaga honorer di KUA kecamatan, bukan PNS dan bukan PPPK. Caleg mengajak saya jadi relawan.",
        "I've been an honorary admin (honorer) at the regency health office for eight years, not PNS.",
        "We reported a woman at the counter. The office says she is a 'tenaga honorer', not a PNS or PPPK.",
        "At our office the Instagram account is run by an honorary worker who posted a pair's videos.",
        "Non-ASN staff at the synthetic office shared a candidate's poster.",
    ],
)
def test_an_honorary_worker_acts_as_one_neither_pns_nor_pppk(text):
    assert parse(text).actor == "pegawai-non-asn"


@pytest.mark.parametrize(
    "text",
    [
        "Kepala sekolah (PNS) ngajak 15 guru honorer ke kampanye caleg DPR.",  # the PNS acts, on them
        "Our honorary consul, a businessman, hosted a presidential ticket's rally.",  # no employee
        "The rector, a PNS professor, awarded an honorary doctorate to a candidate.",
    ],
)
def test_honorary_workers_named_beside_the_one_who_acts_or_an_honorary_title_do_not_act(text):
    assert parse(text).actor != "pegawai-non-asn"


def test_the_civil_servant_who_directed_honorary_workers_acts_beside_them():
    told = parse(
        "Saya honorer di dinas sosial sintetis. Kabid kami (PNS) menyuruh saya menempel stiker paslon di "
        "karung beras bantuan. Kami melanggar apa, dan kabidnya?"
    )
    assert told.actor == "pegawai-non-asn" and "pns" in told.roles and told.each
    everyday = parse(
        "Saya sopir honorer di setda sintetis. Kabag saya nyuruh saya nganter dia ke kampanye istrinya pakai "
        "mobil dinas. Saya bisa kena sanksi? Bapaknya sendiri kena pasal apa?"
    )
    assert everyday.actor == "pegawai-non-asn" and "pns" in everyday.roles
    nextsentence = parse(
        "Saya cleaning service honorer. Koordinator kami seorang PPPK. Selama kampanye dia mewajibkan kami "
        "datang ke kampanye akbar. Dia bisa kena apa?"
    )
    assert "pppk" in nextsentence.roles
    # a civil servant who only threatens a report is no actor in the story
    bystander = parse(
        "Saya tenaga honorer di KUA, bukan PNS. Kepala KUA (PNS) bilang saya akan dilaporkan. Status saya?"
    )
    assert bystander.roles == ("pegawai-non-asn",) and not bystander.each


def test_one_outside_the_service_who_asks_only_of_a_civil_servant_he_tells_of_asks_about_him():
    told = parse(
        "Saya kaur keuangan di desa sintetis. Pj kades kami itu PNS, kasi di kantor camat. Waktu pembagian "
        "BLT dia pakai mic mengajak warga coblos paslon nomor 2. Itu pelanggaran apa? Dia kena sbg PNS?"
    )
    assert told.actor == "pns"
    # asking of himself too, he is still the one asking about himself
    himself = parse(
        "Saya kaur keuangan di desa sintetis. Pj kades kami itu PNS. Dia menyuruh saya membagikan kalender "
        "paslon. Saya kena apa?"
    )
    assert himself.actor == "perangkat-desa"


def test_one_the_law_does_not_address_telling_what_a_civil_servant_did_asks_about_the_civil_servant():
    told = (
        "Saya wajib pajak. Waktu bayar pajak motor di loket, amplop tanda terima berisi brosur paslon "
        "gubernur. Petugas loketnya dua: satu CPNS, satu lagi tenaga honorer. Siapa yang melanggar?"
    )
    assert parse(told).actor == "pns"
    assert parse("Saya wajib pajak. Apakah saya boleh ikut kampanye paslon gubernur?").actor == "wajib-pajak"


def test_the_act_named_as_doubted_beside_what_applies_instead_does_not_narrow_the_answer():
    q = parse("They would charge the lurah under PP 90/2030. Is that right, or what applies to him instead?")
    assert [r.set_aside for r in q.regulations] == [True]
    q = parse("Katanya kena PP 90/2030. Bener, atau aturan apa yang berlaku buat lurah?")
    assert [r.set_aside for r in q.regulations] == [True]
    assert not parse("Is that right under PP 90/2030?").regulations[0].set_aside


def test_an_act_cited_in_a_claim_the_question_doubts_is_checked_not_answered_from_alone():
    for text in (
        "A friend says he is in the clear because Article 5 of PP 90/2030 covers only campaign teams. Is he?",
        "My manager says 'Article 7 of PP 90/2030 bans it, so that is what she broke.' Is that how it works?",
        "Kepala sekolah bilang saya melanggar 'PP 90/2030 Pasal 5 huruf n'. Memangnya berlaku buat PPPK?",
        "Di draf tertulis sanksinya 'berdasarkan PP 90/2030 Pasal 15'. Nomor itu sudah benar?",
        "Our draft gave the legal basis as 'Article 280(2) of PP 90/2030'. What actually applied to him?",
        "Kata temen, PP 90/2030 itu cuma buat PNS jadi aku aman. Bener nggak?",
        # the dots of "Art. 280(3) jo. Art. 494" end no sentence; "does that fit …? If not, what …" doubts
        "My senior wrote the basis as 'Art. 280(3) jo. Art. 494 of PP 90/2030'. Does that fit a regional "
        "election? If not, what should it cite?",
        "Senior saya nulis dasarnya 'Pasal 280 ayat (3) jo. Pasal 494 PP 90/2030'. Ini pas gak buat pilkada? "
        "Kalo gak, harusnya pasal apa?",
    ):
        r = parse(text).regulations[0]
        assert (r.id, r.set_aside, r.doubted) == ("pp-90-2030", True, True), text
    # named again later in other words, the act is doubted where the claim cites it
    text = "A column claims the synthetic discipline regulation jails campaigners, which sounds off. "
    text += "I read PP 90/2030 twice and found nothing."
    assert parse(text).regulations[0].said == "PP 90/2030" and parse(text).regulations[0].doubted
    two = "Skripsi menulis PNS itu 'melanggar PP 90/2030'. Bukannya PP 90 Tahun 2030 baru ada 2030?"
    assert parse(two).regulations[0].doubted
    # the claim is about the act's own standing: a status question, answered from the act
    gone = parse("My head of division says PP 90/2030 is dead and the template must go. Is that right?")
    assert not gone.regulations[0].doubted
    # asked whether the cited provision says it: read there, as the draft reads it
    said = (
        "Our draft says: 'Under Article 9 of PP 90/2030 he is dismissed.' Does Article 9 actually say that?"
    )
    assert not parse(said).regulations[0].set_aside
    # cited, but not doubted; or doubted, but cited by no one
    assert not parse("The memo cites PP 90/2030 Pasal 5. What penalty follows?").regulations[0].set_aside
    assert not parse("Is PP 90/2030 Pasal 5 really the rule for campaign teams?").regulations[0].set_aside


def test_an_act_doubted_beside_some_other_provision_or_named_only_to_be_denied_does_not_narrow_the_answer():
    told = "PP 90/2030 speaks of support for candidates."
    assert (
        parse(told + " Does backing a party slip through, or does some other provision catch it?")
        .regulations[0]
        .set_aside
    )
    assert parse("Kena PP 90/2030, atau ada aturan lain yang kena?").regulations[0].set_aside
    said = "Katanya yang berlaku cuma kode etik penyelenggara, bukan PP 90/2030. Bener gitu?"
    assert parse(said).regulations[0].set_aside
    assert not parse("Under PP 90/2030, does backing a party slip through?").regulations[0].set_aside
    assert not parse("Apakah PP 90/2030 berlaku buat dia?").regulations[0].set_aside


def test_whoever_in_a_sentence_that_does_not_ask_is_no_question_of_who_decides():
    told = "Dosen PNS bilang ke mahasiswa: siapa yang datang ke kampanye dapat nilai tambahan."
    assert parse(told + " Aturan apa yang dia langgar?").intent != "authority"
    assert parse("PNS ikut kampanye. Siapa yang menjatuhkan hukumannya?").intent == "authority"
    assert parse("PNS ikut kampanye, siapa yang memeriksa dia?").intent == "authority"


def test_a_seat_contested_in_a_campaign_or_vote_names_no_one_who_acts():
    assert find_roles("During the governor campaign, a PNS handed out rice.")[0] == "pns"
    assert find_roles("In the run-up to the mayoral vote, a PNS handed out rice.")[0] == "pns"
    # the regent's own campaign is his: he may be who acts
    assert find_roles("The regent's campaign used office cars; what does he face?")[0] == "kepala-daerah"


def test_a_kind_and_number_without_a_year_names_the_one_act_the_store_holds_of_them():
    named = parse("Menurut pp 90, bolehkah PNS memakai mobil dinas?").regulations
    assert [r.id for r in named] == ["pp-90-2030"]
    aside = parse("PP 90 nggak berlaku buat PPPK, terus aturan apa?").regulations
    assert [(r.id, r.set_aside) for r in aside] == [("pp-90-2030", True)]
    # another act of that number in the store leaves the bare number unread
    two = parse("Menurut PP 90, apa sanksinya?", known={"pp-90-2030", "pp-90-2012"})
    assert two.regulations == ()


def test_asking_what_replaces_a_repealed_acts_articles_is_a_status_question():
    text = "Our circular cites Article 2(f) of PP 10/2020. Can we keep those citations, or what then?"
    assert parse(text).intent == "status"
    assert parse("Pasal itu sudah dicabut, diganti pasal apa?").intent == "status"


def test_the_year_a_text_took_its_wording_is_not_the_date_asked_about():
    for text in (
        "Is the vote-buying article of PP 90/2030 still as it was in 2015?",
        "Pasal 70 itu masih bunyi aslinya dari tahun 2015, atau sudah diubah?",
        "Is the 2014 rule that officials resign on registering still the one that applies?",
        "Our 2019 circular cites PP 90/2030 Pasal 2. Can we keep that citation?",
        "Since Article 71(2) was rewritten in 2016, does the crime still reach it?",
        # when a working paper or a local rule was written, told before or after it
        "Our 2019 SOP says a superior who fails to examine faces nothing. Is that still correct?",
        "SOP pemberhentian kami (2022) berbunyi: PNS yang dipidana langsung diberhentikan. Masih tepat?",
        "Daftar periksa kami dari tahun 2019 menyebut larangan itu hanya selama kampanye.",
        "Kami mau mengganti Perbup kode etik pegawai tahun 2012 yang masih menyebut PP 90/2030.",
        # a code named by its year, and each year of a list before the kind of text
        "Does the 2004 code of ethics reach a candidate civil servant?",
        "Do the 2010 and the 2021 discipline rules both reach a candidate civil servant?",
        "Compare the 2014, the 2023 and the 2030 synthetic laws on resigning to run.",
        "The 2014 text of Article 71(2) barred an incumbent from replacing officials. Is it still so?",
    ):
        assert parse(text).at is None, text
    # the year of the facts still dates the question
    assert parse("In 2015 a PNS campaigned for a regent pair. Which rule applied?").at is not None
    assert parse("A civil servant campaigned in 2019; what did the rules then say?").at is not None


def test_an_article_only_an_older_version_reaches_names_that_version():
    from dataclasses import replace

    catalog = {
        "pp-10-2020": replace(SYNTHETIC_CATALOG["pp-10-2020"], last_pasal=60),
        "pp-90-2030": replace(SYNTHETIC_CATALOG["pp-90-2030"], last_pasal=40),
    }
    old = parse_question("Pasal 55 PP Disiplin Sintetis itu masih berlaku?", catalog)
    assert [r.id for r in old.regulations] == ["pp-10-2020"]  # today's version ends at Pasal 40
    english = parse_question("Is Article 55 of the synthetic discipline regulation still in force?", catalog)
    assert [r.id for r in english.regulations] == ["pp-10-2020"]
    now = parse_question("Pasal 12 PP Disiplin Sintetis itu masih berlaku?", catalog)
    assert [r.id for r in now.regulations] == ["pp-90-2030"]  # both reach it: the one in force


def test_apa_opening_a_yes_or_no_question_asks_no_definition():
    assert parse("Lurah menolak paslon 2 pakai lapangan. Apa itu memang dilarang?").intent != "definition"
    assert parse("Is acting against one pair treated the same as helping one?").intent != "definition"
    assert parse("Apa itu kampanye?").intent == "definition"
    assert parse("Is a PPPK the same as a PNS?").intent == "definition"


@pytest.mark.parametrize(
    "text",
    [
        "He gave boat owners flying the synthetic candidate's flag first call, and the rest had to wait.",
        "The director had let a parliamentary candidate's team register the patients in the ward.",
        "Kabid itu mengizinkan tim kampanye salah satu paslon memakai aula kantor.",
    ],
)
def test_others_made_to_wait_or_one_sides_team_let_in_sets_sides(text):
    assert sets_sides(text)


def test_papers_sent_to_another_hopefuls_people_set_sides():
    assert sets_sides("A synthetic clerk sent the internal notes to another hopeful's liaison officer.")


def test_a_programme_laid_along_one_sides_campaign_sets_sides():
    assert sets_sides("Titik bagi beras sintetis pun disamain sm lokasi kampanye bupati.")
    assert sets_sides("Kadinsos sintetis atur jadwal bansos ngikutin kampanye bupati petahana.")
    assert sets_sides("The synthetic handouts were timed to the regent's campaign stops.")
    # taking part in a campaign is no programme laid along it
    assert not sets_sides("PNS sintetis ikut kampanye paslon bupati pake kaos.")
    assert not sets_sides("Saya ngikutin kampanye caleg sintetis kemarin.")


def test_a_team_let_in_with_no_side_named_or_the_rest_served_sets_no_sides():
    assert not sets_sides("He let the team use the hall for the office party.")
    assert not sets_sides("The synthetic clinic served the first ten, and the rest came back on Monday.")


def test_others_turned_away_without_a_while_sets_sides():
    assert sets_sides("Dia cuma tanda tangan surat buat relawan paslon 1; warga lain disuruh bayar.")
    assert sets_sides("Surat cuma buat relawan paslon 1; warga lain harus bayar.")
    assert not sets_sides("Dia tanda tangan surat buat warga; warga lain juga datang.")
    # others told of, not treated otherwise
    assert not sets_sides("Camat bilang orang lain tidak boleh tahu soal ini.")
    assert not sets_sides("Warga lain wajib lapor ke Panwas kalau melihatnya.")
    # those at an event that is no candidate's, and others who simply did not come
    assert not sets_sides("Bantuan cuma untuk pedagang yang ikut pelatihan dinas koperasi sintetis.")
    assert not sets_sides("Pedagang lain tidak datang ke pelatihan sintetis itu.")


def test_whom_the_asker_acts_for_is_not_who_acted():
    q = parse(
        "Kami kuasa hukum salah satu paslon walikota. Kepala Satpol PP kota (PNS) menurunkan baliho kami."
    )
    assert q.actor == "pns"
    q = parse(
        "We are lawyers for a regent pair. The head of the regency Satpol PP, a PNS, pulled our banners."
    )
    assert q.actor == "pns"


def test_a_facility_is_where_not_who_acts():
    q = parse("Follow-up from the same puskesmas: the head, a PNS doctor, sent the ambulance to a rally.")
    assert q.actor == "pns" and "fasilitas-kesehatan" in q.actors
    # nor is a village: "Desa kami punya kanal YouTube …, pak kades mengundang caleg"
    q = parse("Desa sintetis kami punya kanal YouTube. Saat kampanye pak kades mengundang caleg DPR. Boleh?")
    assert q.actor == "kepala-desa" and "desa" in q.actors
    q = parse("Kami pemantau pemilu di tingkat desa. Sekretaris desa sintetis muncul di video caleg DPR.")
    assert q.actor == "perangkat-desa"


def test_a_denial_reaches_the_second_role_it_names():
    q = parse(
        "Saya sopir kontrak, bukan PNS atau PPPK; kepala desa menyuruh saya mengantar pendukung paslon."
    )
    assert q.actor == "kepala-desa"
    q = parse("Dia pegawai kontrak, bukan PNS maupun PPPK. Boleh ikut kampanye?")
    assert q.actor not in ("pns", "pppk")


def test_an_acting_village_head_said_to_be_a_civil_servant_is_one():
    q = parse("Pj kades di desa kami itu PNS dari kantor kecamatan. Dia bilang pilih paslon nomor 1.")
    assert q.actor == "kepala-desa" and "pns" in q.roles
    q = parse("Pj kades di desa kami bukan PNS. Dia bilang pilih paslon nomor 1.")
    assert "pns" not in q.roles


def test_an_acting_regional_head_first_named_by_the_office_is_still_a_civil_servant():
    q = parse(
        "Since our regent's term ended, a Pj bupati, a senior PNS, has run the regency. He urged votes."
    )
    assert q.actor == "kepala-daerah" and {"pns", "pejabat-asn"} <= set(q.roles)
    # the Indonesian title before the English office
    q = parse("Our client, the Pj (acting) regent, is a senior PNS. May he speak for a pair?")
    assert q.acting and {"pns", "pejabat-asn"} <= set(q.roles)
    # an elected regent, with no acting head in the story, is no civil servant
    assert "pns" not in parse("Our regent told the village heads to vote for his son.").roles


def test_a_story_with_several_people_asks_about_the_one_it_singles_out():
    q = parse(
        "Pak camat (PNS) datang ke acara caleg di balai desa. Kadesnya nanti lain soal. "
        "Saya tanya camatnya dulu."
    )
    assert q.actor in ("camat", "pns") and "pns" in q.roles
    q = parse(
        "A DPR candidate held a dialogue at the village head's house; the camat sat in the front row. "
        "Leave the camat aside for now: what rule did the village head break?"
    )
    assert q.actor == "kepala-desa"
    q = parse(
        "The regent told the sekda to send a circular. This memo concerns the sekda only: which rules apply?"
    )
    assert "pns" in q.roles
    # whom the asker asked is not whom the question is about
    q = parse("Camat ikut kampanye caleg. Saya sudah tanya kepala desa, katanya boleh. Melanggar?")
    assert q.actor != "kepala-desa"
    # the closing question names whom it asks of ("apa yang dilanggar bupati?", "what did the regent breach?")
    told = "Di apel wajib seluruh ASN pemkab, bupati mempersilakan caleg DPR naik mimbar. "
    assert parse(told + "Apa yang dilanggar bupati dan ancamannya apa?").actor == "kepala-daerah"
    told = "All the regency's ASN staff had to attend as the regent gave a DPR candidate the floor. "
    assert parse(told + "What did the regent breach?").actor == "kepala-daerah"
    told = "The synthetic regent, running again, cut the ribbon; the agency head praised him on stage. "
    assert parse(told + "What has the agency head breached?").actor != "kepala-daerah"
    # whom the outcome is asked of ("akibatnya buat bupati apa?"), unless a bare official who dealt with it
    told = "Sy kuasa hukum kabag sintetis. Bupati nyopot klien sy tanpa izin Mendagri. "
    assert parse(told + "Akibatnya buat bupati apa?").actor == "kepala-daerah"
    told = "A synthetic PNS clerk was removed by the regent without the minister's approval. "
    assert parse(told + "What are the consequences for the regent?").actor == "kepala-daerah"
    told = "Staf kecamatan (PNS) memberi surat dukungan. Pejabat yang menangani cuma menegur. "
    assert parse(told + "Ada akibatnya buat pejabat itu?").actor == "pns"
    # the closing question points at one named ("Kadesnya ini kena …?"), not at a relative clause's end
    told = "Sy anggota BPD sintetis. Kades nyuruh kadus ngajak warga ke acara caleg. "
    assert parse(told + "Kadesnya ini kena larangan apa?").actor == "kepala-desa"
    told = "Kepala puskesmas sintetis yang membuat keputusan yang menguntungkan satu pasangan calon itu "
    assert parse(told + "kena hukuman apa?").actor != "pasangan-calon"
    # the civil servant who passes on an order to an honorary worker acts too, further along the sentence
    told = "Sy honorer, bukan PNS. Kasi bilang ini pesan dari kantor, trus nyuruh sy nempel stiker paslon."
    assert "pejabat-asn" in parse(told + " Sy kena ga?").roles


def test_a_lawyer_asks_about_the_client_and_a_profession_said_to_be_pppk_is_one():
    q = parse("Saya advokat. SK bupati untuk klien saya, kasi di kantor kecamatan, berbunyi dua tahun. Sah?")
    assert q.actor != "kepala-daerah" and "pns" in q.roles
    assert parse("Saya dokter PPPK di puskesmas. Boleh masuk tim kampanye paslon?").actor == "pppk"
    assert parse("Saya dokter di puskesmas. Boleh masuk tim kampanye paslon?").actor != "pppk"
    # the status said of the one just named, however far along the sentence
    text = "Penyuluh pertanian di desa sintetis kami statusnya PPPK. Dia bisa kena sanksi apa?"
    assert parse(text).actor == "pppk"


@pytest.mark.parametrize(
    "text, both",
    [
        (
            "Januari dia kampanye buat caleg DPR, Oktober buat paslon bupati. Kena pasal apa?",
            ("pemilu", "pilkada"),
        ),
        (
            "He backed a regent pair in 2020 and a presidential ticket in 2024: which rules?",
            ("pilkada", "pemilu"),
        ),
        ("Ini pilpres, bukan pilkada: PNS unggah foto dengan capres, kena apa?", ("pemilu", None)),
        ("A presidential rally, not a regional election one: may a PNS attend?", ("pemilu", None)),
        ("Pj bupati kami unggah foto bareng capres, kena apa?", ("pemilu", None)),
        ("PNS ikut kampanye caleg DPRD, kena apa?", ("pemilu", None)),
    ],
)
def test_a_story_of_both_kinds_of_election_tells_the_other_kind(text, both):
    q = parse_question(text)
    assert (q.election, q.other_election) == both


# Made-up acts named by what they are about: two versions of one law, its amending act, and a PP.
SUBJECT_CATALOG = {
    "uu-8-2020": RegInfo(
        id="uu-8-2020",
        year=2020,
        state="replaced",
        by="uu-3-2031/pasal-90",
        since=date(2031, 2, 1),
        subject=frozenset({"layan", "awan", "sinte", "synth", "cloud", "servi"}),
    ),
    "uu-3-2031": RegInfo(
        id="uu-3-2031",
        year=2031,
        state="in_force",
        subject=frozenset({"layan", "awan", "sinte", "synth", "cloud", "servi"}),
    ),
    "uu-9-2032": RegInfo(id="uu-9-2032", year=2032, state="in_force", amends=("uu-3-2031",)),
    "pp-4-2029": RegInfo(
        id="pp-4-2029", year=2029, state="in_force", subject=frozenset({"etika", "synth", "cloud", "ethic"})
    ),
}


@pytest.mark.parametrize(
    "text, doc_id, said",
    [
        ("Menurut UU tahun 2020 tentang Layanan Awan Sintetis, apa sanksinya?", "uu-8-2020", None),
        ("UU tentang layanan awan sintetis melarang apa?", "uu-3-2031", "UU tentang layanan awan sintetis"),
        (
            "The 2031 Law on Synthetic Cloud Services has an article on it?",
            "uu-3-2031",
            "2031 Law on Synthetic Cloud Services",
        ),
        ("Under the Law on Synthetic Cloud Services, the 2020 one, what applied?", "uu-8-2020", None),
        ("What does the PP on synthetic cloud ethics say?", "pp-4-2029", None),
    ],
)
def test_an_act_named_by_its_kind_and_what_it_is_about(text, doc_id, said):
    q = parse_question(text, SUBJECT_CATALOG)
    assert [r.id for r in q.regulations] == [doc_id] and not q.problems
    assert said is None or q.regulations[0].said == said


def test_words_about_no_act_of_that_kind_name_none():
    assert parse_question("Is there a Law on Weather Forecasting?", SUBJECT_CATALOG).regulations == ()
    # A PP's subject does not name a law.
    assert parse_question("UU tentang etika awan?", SUBJECT_CATALOG).regulations == ()


def test_a_year_with_its_digits_swapped_reads_the_act_of_that_number_and_says_so():
    q = parse("Menurut PP 90/2003, bolehkah PNS memakai mobil dinas?")
    r = q.regulations[0]
    assert (r.id, r.read_for, r.known) == ("pp-90-2030", "pp-90-2003", True) and not q.problems
    q = parse("Menurut PP 90/2099, bolehkah PNS memakai mobil dinas?")
    assert q.regulations[0].read_for is None and q.problems
    # a year one off ("PP 90 Tahun 2031 kalau tidak salah") is the act of that number a year apart
    q = parse("Aturannya PP 90 Tahun 2031 kalau tidak salah. Bolehkah PNS memakai mobil dinas?")
    r = q.regulations[0]
    assert (r.id, r.read_for, r.known) == ("pp-90-2030", "pp-90-2031", True) and not q.problems
    q = parse("Menurut PP 90/2032, bolehkah PNS memakai mobil dinas?")  # two years off: not that act
    assert q.regulations[0].read_for is None and q.problems


def test_an_act_cited_by_a_number_it_does_not_have_but_its_title_and_year_is_that_act():
    q = parse_question(
        "Menurut UU Nomor 5 Tahun 2031 tentang Layanan Awan Sintetis, apa sanksinya?", SUBJECT_CATALOG
    )
    r = q.regulations[0]
    assert (r.id, r.read_for, r.known) == ("uu-3-2031", "uu-5-2031", True) and not q.problems
    # a title no act of that year holds leaves the number as written, unknown
    q = parse_question(
        "Menurut UU Nomor 5 Tahun 2030 tentang Layanan Awan Sintetis, apa sanksinya?", SUBJECT_CATALOG
    )
    assert q.regulations[0].read_for is None and q.problems


@pytest.mark.parametrize(
    "text",
    [
        "Menurut UU Nomor 3 Tahun 2033 tentang Layanan Awan Sintetis?",
        "Di UU 3 Tahun 2033 tentang layanan awan?",
        "An extract from 'Law No. 3 of 2033 on Synthetic Cloud Services' bans it?",
    ],
)
def test_an_act_cited_by_its_number_and_title_with_a_slipped_year_is_that_act(text):
    r = (q := parse_question(text, SUBJECT_CATALOG)).regulations[0]
    assert (r.id, r.read_for, r.known) == ("uu-3-2031", "uu-3-2033", True) and not q.problems
    # neither the number nor the year of any act with that title: left as written, unknown
    q = parse_question("Menurut UU Nomor 4 Tahun 2033 tentang Layanan Awan Sintetis?", SUBJECT_CATALOG)
    assert q.regulations[0].read_for is None and q.problems


def test_a_verb_applying_the_regulation_named_is_no_conduct_word():
    applied = parse_question("Pakai PP 10/2020, apa hukuman PNS yang hadir di kampanye?", SYNTHETIC_CATALOG)
    assert "pakai" not in applied.conduct and "hadir" in applied.conduct
    used = parse_question("Dia pakai mobil dinas ke kampanye. Menurut PP 10/2020?", SYNTHETIC_CATALOG)
    assert "pakai" in used.conduct  # a car used is conduct
    assert (
        "using" not in parse_question("Using PP 10/2020, what applies to a rally?", SYNTHETIC_CATALOG).conduct
    )


def test_a_year_the_facts_fall_before_does_not_pick_a_version():
    assert (
        parse("PP Disiplin Sintetis yang lama, sebelum 2030, apa sanksinya?").regulations[0].id
        == "pp-10-2020"
    )


def test_a_letter_o_typed_for_a_zero_in_a_year_still_names_the_act():
    q = parse("Under Government Regulation 90/2O30, may a civil servant use an official car?")
    assert [r.id for r in q.regulations] == ["pp-90-2030"] and not q.problems


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("pp 94 msh berlaku gk? udh dicabut blm?", "pp 94 masih berlaku nggak? sudah dicabut belum?"),
        ("Udh ngajakin staf rame2 dtg", "sudah ngajakin staf rame rame datang"),
        ("hukdis yg dijatuhkan skrg", "hukuman disiplin yang dijatuhkan sekarang"),
        ("sejak 2023 jd anggota Bawaslu", "sejak 2023 jadi anggota Bawaslu"),
        # capitals may be an acronym; a web address or an e-mail is left alone
        ("YG and UDH at example.org or sy@mail.id", "YG and UDH at example.org or sy@mail.id"),
    ],
)
def test_chat_shorthand_is_written_out_before_the_question_is_read(text, written):
    from kg.question import written_out

    assert written_out(text) == written


def test_pay_asked_in_rupiah_and_who_holds_an_office_today_are_beyond_the_answers():
    pay = "For a memo on a synthetic penalty's cost: the monthly salary and allowance, in rupiah, of a camat?"
    assert "amount of pay" in parse_question(pay).problems[0]
    assert parse_question("Berapa rupiah denda bagi kades sintetis yang ikut kampanye?").problems == ()
    holder = "We want to address our letter by name. Who currently chairs the synthetic supervisory board?"
    assert "who holds an office" in parse_question(holder).problems[0]
    assert parse_question("Siapa ketua tim pemeriksa untuk PNS sintetis yang ikut kampanye?").problems == ()


def test_an_amount_of_pay_asked_in_chat_words_is_beyond_the_answers():
    assert parse_question("tunjangan anak pns dibayarin sampe anak ke brp sih?").problems
    assert parse_question("Berapa honor anggota Linmas sintetis yang menjaga TPS?").problems


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Menurut UU sintetis, kades ini bisa dikenai apa?", "sanction"),
        ("Could the synthetic commission punish him, or who had to act on its ruling?", "authority"),
        (
            "Does the President sign such dismissals personally, or does someone lower down do it?",
            "authority",
        ),
        ("What kind of body was the synthetic commission under the 2014 law?", "definition"),
        # a who that describes, not asks
        ("The clerk, or who he says he is, went to a synthetic rally. Is that allowed?", "prohibition"),
    ],
)
def test_what_can_be_brought_against_him_and_who_signs_are_read(text, intent):
    from kg.question import find_intent

    assert find_intent(text) == intent


def test_a_status_question_in_chat_words_names_both_acts_typed_with_spaces():
    q = parse("pp 90 2030 msh berlaku gk sih? kan pp 10 2020 udh dicabut")
    assert q.intent == "status" and q.at is None and not q.problems
    assert [r.id for r in q.regulations] == ["pp-90-2030", "pp-10-2020"]


def test_a_law_named_by_its_year_alone_is_the_one_law_of_that_year():
    catalog = {
        **SUBJECT_CATALOG,
        # an amending act of the same year is named by what it amends, and a second law of that year by
        # what it is about
        "uu-7-2031": RegInfo(id="uu-7-2031", year=2031, state="in_force", amends=("uu-8-2020",)),
        "uu-5-2029": RegInfo(id="uu-5-2029", year=2029, subject=frozenset({"pajak", "tax"})),
        "uu-6-2029": RegInfo(id="uu-6-2029", year=2029, subject=frozenset({"layan", "awan", "cloud"})),
    }

    def read(text):
        return [r.id for r in parse_question(text, catalog).regulations]

    assert read("Under the 2020 law the commission could act; under the 2031 law, who does?") == [
        "uu-8-2020",
        "uu-3-2031",
    ]
    assert read("Menurut UU tahun 2020, siapa yang memutus?") == ["uu-8-2020"]
    assert read("Under the 2029 law on tax, what applies?") == ["uu-5-2029"]
    assert read("Does the 2029 Act reach cloud services?") == ["uu-6-2029"]
    assert read("Does the 2029 Act reach this?") == []  # neither law's subject is asked of
    assert read("In 2031 the act of campaigning was new") == []
    assert read("On what footing did the board keep working after the 2020 law came in?") == []
    assert parse_question("What did the 2020 law say?", catalog).at is None


@pytest.mark.parametrize(
    "text",
    [
        "In January a director at a central ministry (a JPT pratama post) urged everyone to back ticket 3.",
        "Seorang pejabat pimpinan tinggi pratama di kementerian mengunggah dukungan untuk capres.",
    ],
)
def test_a_senior_executive_post_is_held_by_a_civil_servant(text):
    actor, _, roles = find_roles(text)
    assert actor == "pns" and "pejabat-asn" in roles


@pytest.mark.parametrize(
    "text",
    [
        "Kabid mengajak lima staf di bidangnya ikut rapat umum paslon bupati.",
        "camat ngajakin staf kecamatan rame2 dtg ke kampanye caleg dprd",
        "I took six colleagues, all PNS, to an open-air rally for a DPRD candidate.",
        "The division head ordered his staff onto the office buses to attend a DPR hopeful's rally.",
        "The head of a synthetic school required eleven teachers to attend a candidate's Sunday rally.",
    ],
)
def test_fellow_civil_servants_brought_to_a_campaign(text):
    assert brings_staff(text) and parse(text).mobilises


@pytest.mark.parametrize(
    "text",
    [
        "Camat mengajak warga memilih paslon nomor 1.",  # residents, to vote
        "Kepala sekolah ngajak 15 guru honorer ke kampanye caleg DPR.",  # not civil servants
        "Kabid bawa mobil dinas ke kampanye terbuka caleg DPR.",  # a car, not a colleague
        "He drove his official car to a governor pair's rally.",
        "Kabid mengundang semua staf ke syukuran kemenangan caleg.",  # not a campaign
        "The bureau chief told reporters that a civil servant who drives to a rally breaks the rules.",
        "The synthetic rally required a permit, and the teachers' union asked the police for one.",
    ],
)
def test_no_fellow_civil_servant_brought_to_a_campaign(text):
    assert not brings_staff(text)


@pytest.mark.parametrize(
    ("text", "uses"),
    [
        (
            "Camat (PNS) meminjamkan mobil dinas kecamatan ke tim paslon bupati buat angkut baliho.",
            ("government-means",),
        ),
        ("sy disuruh ngeprint stiker paslon bupati pake printer kantor", ("government-means",)),
        (
            "The public works office sent two regency trucks and a stage to one regent pair's rally.",
            ("government-means",),
        ),
        (
            "I head a small regency-run museum. A regent pair's team wants to rent our hall for an evening.",
            ("government-means",),
        ),
        (
            "Kepala SMP negeri meminjamkan aula sekolah kepada tim paslon bupati untuk pertemuan tatap muka.",
            ("government-means", "school-or-worship"),
        ),
        (
            "A regent pair held its limited meeting in the courtyard of the village mosque after prayers.",
            ("school-or-worship",),
        ),
        # an election body's own car is the state's too
        (
            "A synthetic clerk used the committee's operational car to take a pair's volunteers to a rally.",
            ("government-means",),
        ),
        (
            "Staf pake mobil operasional panwascam sintetis buat antar relawan paslon ke kampanye.",
            ("government-means",),
        ),
    ],
)
def test_what_a_regional_campaign_was_given_the_use_of(text, uses):
    assert campaign_uses(text) == uses


@pytest.mark.parametrize(
    "text",
    [
        "A synthetic regent running for a second term arrives at rallies in his official car. What breaks?",
        "A synthetic governor seeking a second term keeps his police escort on campaign days. Allowed?",
        "Bupati sintetis kami maju lagi di pilkada tahun ini. Apa saja larangannya?",
    ],
)
def test_a_regional_head_running_in_a_regional_election_is_the_incumbent(text):
    assert "petahana" in parse(text).roles


def test_a_regional_head_not_running_is_no_incumbent():
    assert "petahana" not in parse("Bupati sintetis tidak ikut pilkada, tapi hadir di kampanye paslon.").roles
    assert (
        "petahana"
        not in parse("Our synthetic regent isn't running again, but he posts for a governor pair.").roles
    )
    # nor one running in a general election, nor for another seat
    assert "petahana" not in parse("Bupati sintetis nyaleg DPR dan berkampanye di pemilu.").roles
    assert "petahana" not in parse("Bupati sintetis mau maju jadi calon gubernur. Cukup cuti?").roles


def test_only_a_regional_campaign_is_read_for_what_it_was_given():
    # The ban on a campaign's use of government means binds whoever gives it in a regional election only.
    regional = parse("Camat meminjamkan mobil dinas kecamatan ke tim paslon bupati buat kampanye. Sanksinya?")
    general = parse("Camat meminjamkan mobil dinas kecamatan ke tim caleg DPR buat kampanye. Sanksinya?")
    assert regional.election == "pilkada" and regional.uses == ("government-means",)
    assert general.election == "pemilu" and general.uses == ()


@pytest.mark.parametrize(
    "text",
    [
        "Camat datang ke kampanye paslon bupati naik motor pribadi, pulangnya ke kantor.",  # his own bike
        "A PNS on unpaid leave outside the state budget handed out a regent pair's T-shirts.",
        "Saya guru SD negeri. Boleh nggak saya datang ke kampanye paslon bupati hari Minggu?",  # works there
        "Kepala dinas mengumpulkan staf di aula dinas untuk rapat anggaran.",  # no campaign
        "Camat tidak memakai mobil dinas kecamatan waktu datang ke kampanye paslon bupati.",  # denied
    ],
)
def test_no_use_given_to_a_regional_campaign(text):
    assert not parse(text + " Ini pilkada bupati.").uses


@pytest.mark.parametrize(
    "text",
    [
        "Aku kena hukuman sedang gara-gara kaos partai. Terus aku masih bisa keberatan nggak?",
        "Bupati menurunkan jabatan saya setahun. Apa yang masih bisa saya lakukan?",
        "Does that regulation cover me at all, and do I have the same right to object to a penalty?",
        "The decree took effect last year. Who, if anyone, can still change the penalty?",
        "A civil servant we're profiling wants to challenge the penalty he got for campaigning.",
        "SK hukuman sintetisnya sudah diantar. Masih bisa dilawan tidak?",
        "Does the synthetic regulation lay down how a civil servant appeals a discipline penalty?",
        "He got a synthetic written reprimand after the examination. Could he lodge an objection against it?",
        "Dia dapat teguran tertulis sintetis. Bisakah dia mengajukan keberatan atas teguran itu?",
    ],
)
def test_asking_what_can_still_be_done_against_a_decision(text):
    assert asks_remedy(text) and parse(text).remedy


@pytest.mark.parametrize(
    "text",
    [
        "PNS ikut kampanye, hukumannya apa?",
        "SK lama sudah berlaku dan camatnya tidak pernah mengajukan keberatan. Siapa yang menghukum?",
        "Dia sekarang lagi banding administratif, dan naik panggung jadi jurkam. Benar begitu?",
    ],
)
def test_a_remedy_told_or_not_named_is_not_asked(text):
    assert not asks_remedy(text)


def test_the_candidate_pictured_on_what_was_handed_out_is_not_who_acted():
    text = (
        "Anak saya pulang bawa buku tulis, sampulnya foto calon anggota DPD. Katanya dibagi bu guru (PNS) "
        "ke semua murid."
    )
    assert find_roles(text)[0] == "pns"
    # whose clip or programme was passed on, not who passed it on
    text = "Akun IG kelurahan sintetis repost video program paslon bupati no 3. Adminnya staf kelurahan PNS."
    assert find_roles(text)[0] == "pns"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        # Pancasila beside the constitution: the foundations the conduct is about, not the act asked from
        (
            "Seorang dosen PNS bilang Pancasila dan UUD 1945 mesti diganti. Cukup hukuman ringan kan?",
            False,
        ),
        ("PNS itu menulis di grup bahwa UUD 1945 dan Pancasila sudah usang; hukumannya apa?", False),
        # asked from the constitution itself: the store does not hold it, and says so
        ("Apa kata UUD 1945 tentang netralitas PNS?", True),
    ],
)
def test_the_constitution_named_with_pancasila_is_what_the_conduct_is_about(text, problem):
    q = parse_question(text)
    assert [r.id for r in q.regulations] == ["uud-1945"]
    assert any("is not in the store" in p for p in q.problems) is problem
    assert q.regulations[0].set_aside is not problem


def test_a_pinpoint_far_from_the_only_act_named_and_beyond_its_articles_is_another_acts():
    from kg.question import NamedRegulation, named_provisions

    short = NamedRegulation(id="pp-91-2031", said="PP 91/2031", citation="PP 91/2031", known=True)
    catalog = {
        "pp-91-2031": RegInfo(
            id="pp-91-2031", year=2031, last_pasal=45, paths=frozenset({"pasal-5/huruf-n"})
        ),
        "uu-90-2030": RegInfo(id="uu-90-2030", year=2030, last_pasal=560, paths=frozenset({"pasal-494"})),
    }
    text = (
        "A synthetic teacher was convicted under Article 494 for staying on a campaign team. A trainee asks "
        "which rule reaches him, since PP 91/2031 covers only PNS?"
    )
    assert named_provisions(text, [short], catalog) == ("uu-90-2030/pasal-494",)
    # beside the act, or within its articles, the pinpoint stays the named act's
    assert named_provisions("Pasal 99 PP 91/2031 itu apa isinya?", [short], catalog) == (
        "pp-91-2031/pasal-99",
    )
    far = "Apa isi Pasal 5 huruf n? Seorang guru rekaan bertanya, katanya diatur di PP 91/2031 yang sintetis."
    assert named_provisions(far, [short], catalog) == ("pp-91-2031/pasal-5/huruf-n",)


def test_a_pinpoint_the_only_act_named_does_not_hold_is_read_under_the_act_that_does():
    from kg.question import NamedRegulation, named_provisions

    law = NamedRegulation(id="uu-90-2030", said="UU 90/2030", citation="UU 90/2030", known=True)
    catalog = {
        "pp-91-2031": RegInfo(
            id="pp-91-2031",
            year=2031,
            last_pasal=45,
            paths=frozenset({"pasal-5/huruf-n/angka-6", "pasal-280"}),
        ),
        "uu-90-2030": RegInfo(
            id="uu-90-2030",
            year=2030,
            last_pasal=560,
            paths=frozenset({"pasal-1/angka-27", "pasal-280/ayat-2"}),
            subject=frozenset({"elect", "campa"}),
        ),
    }
    text = (
        "The synthetic discipline rule '5(n)(6)' speaks of a contestant. Who counts as one under UU 90/2030?"
    )
    assert named_provisions(text, [law], catalog) == ("pp-91-2031/pasal-5/huruf-n/angka-6",)
    # an article two acts hold, named with no act: the one whose subject the question's words name
    told = "His defence: 'Article 280 covers only election campaign teams, and I am on none.'"
    assert named_provisions(told, [], catalog) == ("uu-90-2030/pasal-280",)
    assert named_provisions("Apa isi Pasal 280?", [], catalog) == ()


def test_a_year_naming_a_precedent_is_not_the_date_of_the_facts():
    text = "If a dozen camats made a video like the 2019 synthetic one during the 2024 race, which penalty?"
    assert parse_question(text, SYNTHETIC_CATALOG).at == date(2024, 7, 1)
    alone = "Seandainya camat membuat video seperti kasus rekaan 2019 itu, hukumannya apa sekarang?"
    assert parse_question(alone, SYNTHETIC_CATALOG).at is None
    # "I'd like to know" names no precedent
    told = "I'd like to know what happened in 2019 when a synthetic camat made a video."
    assert parse_question(told, SYNTHETIC_CATALOG).at == date(2019, 7, 1)


def test_an_act_said_to_cover_only_others_or_not_to_apply_to_him_is_set_aside():
    for text in (
        "A contract teacher was convicted; since PP 10/2020 covers only PNS, which rule reaches him?",
        "Guru itu PPPK; kalau PP 10/2020 tidak berlaku untuknya, aturan apa yang menjangkau dia?",
    ):
        (reg,) = parse_question(text, SYNTHETIC_CATALOG).regulations
        assert reg.set_aside, text
    # a limit of time is no limit of whom it binds
    text = "Someone argues PP 10/2020 covers only the campaign period. Does it reach a PNS after the vote?"
    (reg,) = parse_question(text, SYNTHETIC_CATALOG).regulations
    assert not reg.set_aside


@pytest.mark.parametrize(
    ("text", "each"),
    [
        (
            "A PPPK teacher hosted a meet-the-candidates afternoon for a regent pair at his house. Did the "
            "pair do anything wrong by coming?",
            True,
        ),
        (
            "A PNS handed out food packs from a regent candidate pair. Can the pair get into trouble too?",
            True,
        ),
        ("A PNS handed out food packs from a regent candidate pair. Can he get into trouble?", False),
        ("Tetangga saya PNS membagikan sembako dari tim paslon bupati. Dia bisa kena apa?", False),
    ],
)
def test_whether_another_named_is_in_breach_too_asks_of_each(text, each):
    assert parse(text).each is each


@pytest.mark.parametrize(
    "text",
    [
        "Adik saya guru PNS sintetis, jadi anggota KPPS waktu pilbup. Malamnya dia berterima kasih ke warga.",
        "My synthetic brother is a PNS teacher and sat on the polling-station committee (KPPS) for the "
        "regent vote.",
        "Ketua KPPS di TPS kami guru honorer sintetis. Dia terikat aturan apa?",
        "Saya PNS sintetis dan tahun ini juga anggota PPS di desa.",
    ],
)
def test_a_person_the_story_puts_on_an_election_body_is_an_organiser_too(text):
    assert "penyelenggara-pemilu" in parse(text).roles


def test_an_election_body_that_asks_or_reports_is_not_the_one_who_acts():
    asks = parse(
        "Saya anggota Panwaslu kecamatan sintetis. Warga lapor ada guru PNS jadi pembawa acara kampanye."
    )
    assert "penyelenggara-pemilu" not in asks.roles
    seconded = parse(
        "A synthetic PNS on the regency KPU secretariat staff shared a party's posts. What follows?"
    )
    assert "penyelenggara-pemilu" not in seconded.roles


def test_a_ppk_member_is_on_the_sub_district_election_committee_not_a_staffing_officer():
    q = parse("Seorang anggota PPK sintetis, PNS staf bappeda, masuk tim kampanye caleg DPR. Akibatnya apa?")
    assert "ppk" not in q.roles and "penyelenggara-pemilu" in q.roles
    assert "ppk" in parse("PPK sintetis belum juga menjatuhkan hukuman kepada PNS itu. Bagaimana?").roles


def test_an_acting_regent_with_the_indonesian_title_in_brackets_is_a_civil_servant():
    _, _, roles = find_roles("Our acting (Pj) regent in the synthetic regency replaced four heads of office.")
    assert {"kepala-daerah", "pns", "pejabat-asn"} <= set(roles)


def test_the_six_months_before_the_pairs_are_set_is_a_regional_election():
    text = "Sudah masuk 6 bulan sebelum penetapan paslon; buat pemilu Februari ada aturan kayak gini juga?"
    assert election_kind(text) == "pilkada"
    assert other_election_kind(text, "pilkada") == "pemilu"


@pytest.mark.parametrize("text", ["Kalo dilanggar, ancamannya apa?", "Apa konsekuensinya buat dia?"])
def test_the_threat_asked_of_is_a_sanction(text):
    assert asks(text, "sanction")


def test_a_year_of_the_successor_does_not_pick_the_version_named():
    from kg.corpus import load_corpus
    from kg.question import catalog_from_corpus

    catalog = catalog_from_corpus(load_corpus(Path(__file__).parent.parent / "corpus"))
    for text in (
        "Under the old Indonesian ASN law - the one the 2023 law replaced - which body kept civil servants "
        "neutral? A synthetic comparison.",
        "Which body watched neutrality under the ASN law replaced by the 2023 law? Synthetic notes.",
    ):
        assert "uu-5-2014" in [r.id for r in parse_question(text, catalog).regulations]
    q = parse_question("Which body watches neutrality under the 2023 ASN law? Synthetic notes.", catalog)
    assert [r.id for r in q.regulations] == ["uu-20-2023"]


@pytest.mark.parametrize(
    "text", ["Saya panitera pengganti di pengadilan negeri sintetis.", "Dia juru sita PN sintetis."]
)
def test_a_courts_clerk_is_a_civil_servant(text):
    assert "pns" in find_roles(text)[2]


@pytest.mark.parametrize(
    "text",
    [
        "Kepala madrasah sintetis ngumpulin guru2 PNS madrasahnya buat hadir kampanye caleg DPR.",
        "Dewan minta saya ngumpulin teman2 PNS buat hadir di kampanyenya.",
        "The synthetic division head gathered his staff for the regent pair's rally.",
    ],
)
def test_gathering_fellow_civil_servants_for_a_campaign_mobilises_them(text):
    assert brings_staff(text)


def test_a_day_told_as_lately_is_not_put_in_the_year_of_an_earlier_penalty():
    told = (
        "Teman sintetis saya PNS, tahun 2019 udah pernah kena hukuman disiplin sedang. Nah 27 Desember "
        "kemarin dia dateng lagi ke acara kampanye caleg pakai kaos partai."
    )
    assert find_date(told) == (None, None)
    assert find_date("Pemilu 2024. Pada 12 Februari lalu dia ikut kampanye.")[0] == date(2024, 2, 12)


def test_bringing_staff_to_a_rally_mobilises_them():
    assert brings_staff("I was punished for bringing five of my staff to a regent ticket's big rally.")


@pytest.mark.parametrize(
    "text",
    [
        "Kabid sintetis di dinas kami nyuruh staf ikut kampanye terbuka caleg DPR.",
        "Camat sintetis menyuruh lurah-lurah hadir di kampanye paslon nomor 2.",
        "Kepala dinas sintetis mengerahkan guru-guru ke rapat umum calon bupati.",
        "Sekdes sintetis ngerahin PNS lain di kantornya buat ikut kampanye caleg.",
        "Kadis sintetis memerintahkan bawahannya datang ke kampanye akbar paslon.",
    ],
)
def test_an_order_in_its_nasal_forms_brings_staff_to_a_campaign(text):
    assert brings_staff(text)


def test_an_indonesian_title_or_an_incumbent_head_in_any_language_is_a_regional_election():
    assert election_kind("My uncle, a synthetic retired colonel, is now running for bupati.") == "pilkada"
    assert election_kind("Who polices the walikota race in the synthetic city?") == "pilkada"
    assert election_kind("Videotron pemkab sintetis memutar foto bupati petahana.") == "pilkada"
    assert election_kind("A synthetic office head praised the incumbent governor on stage.") == "pilkada"
    # a seat said without a race stays unread
    assert election_kind("The synthetic bupati opened a market.") is None


@pytest.mark.parametrize(
    "text",
    [
        "Synthetic: penyuluh PNS udh dihukum turun jabatan 12 bln krn bagi kalender caleg di acara panen "
        "raya Januari. Td di acara Hari Pangan dia nyelipin stiker paslon di tiap paket benih. Kali ini "
        "hukumannya gmn?",
        "Synthetic: Januari dia udh kena hukdis sedang krn siaran live acara caleg. Skrg dia bacain jingle "
        "paslon bupati. Hukumannya bakal lebih berat ga?",
        "Synthetic: an extension worker was demoted for 12 months in April for handing out a candidate's "
        "calendars. Today he slipped a regent pair's sticker into every seed package. What's the penalty "
        "this time?",
        "Synthetic: sy guru PNS, bulan Maret udah dijatuhi hukdis sedang krn pake kaos caleg pas kampanye "
        "pemilu. Oktober ini di rapat ranting organisasi guru sy bacain pernyataan dukungan buat paslon "
        "bupati dan ngajak anggota milih. Kalo diperiksa lagi, hukuman sy bisa seberat apa?",
    ],
)
def test_a_penalty_told_then_the_penalty_asked_this_time_is_a_repeat(text):
    assert parse_question(text).repeat


def test_punishing_the_same_act_again_this_time_properly_is_no_repeat():
    text = (
        "Synthetic: our admin officer was punished in March for sharing a flyer. In April the penalty was "
        "made lighter on objection. A new head says the decision was too soft and wants it done properly "
        "this time. Can he?"
    )
    assert not parse_question(text).repeat


def test_since_the_start_of_a_month_dates_the_facts_and_asks_no_status():
    text = "Synthetic: videotron pemkab sejak awal Oktober muter foto bupati. Kabid itu kena aturan apa?"
    assert parse_question(text).intent != "status"


def test_a_stalled_information_request_told_is_answered_and_one_asked_about_is_turned_away():
    from kg.question import unanswerable_kind

    told = (
        "Kakak sy staf PPID sintetis (PNS). Tim paslon 1 ngajuin permohonan info, atasannya bilang diulur "
        "aja, tim paslon 2 dilayani hari itu juga. Dia bisa kena apa?"
    )
    assert unanswerable_kind(told) is None
    assert unanswerable_kind("Berapa hari batas menjawab permohonan informasi publik di PPID sintetis?")


def test_what_an_organisations_own_statutes_provide_is_turned_away_and_a_story_naming_them_is_not():
    from kg.question import unanswerable_kind

    assert unanswerable_kind(
        "Pengurus Korpri sintetis dukung paslon. Menurut AD/ART Korpri, DPP bisa membekukan pengurus?"
    )
    assert unanswerable_kind("Is the synthetic union obliged by its own statutes to defend a member?")
    told = "Ketua ikatan sintetis bilang AD/ART-nya netral, tapi dia ngajak pilih paslon 1. Dia kena apa?"
    assert unanswerable_kind(told) is None


@pytest.mark.parametrize(
    "text",
    [
        "Sy tim kampanye caleg DPRD kota sintetis. Kasubbag humas setwan (PNS) upload video reses anggota "
        "dewan di akun resmi DPRD. Mau lapor ke mana, dan siapa yg ngehukum si kasubbag?",
        "Legal desk of a synthetic governor pair's team. The head of a provincial agency (PNS) read out a "
        "statement that his staff stand behind number 1. What's the heaviest he can get?",
    ],
)
def test_one_who_speaks_for_a_side_asks_about_the_civil_servant_reported(text):
    assert parse_question(text).actor == "pns"


@pytest.mark.parametrize(
    "text",
    [
        "Sy tim kampanye resmi caleg DPR sintetis. Kmrn sy minta tolong sekdes dan guru PPPK jadi "
        "koordinator lapangan. Sy kena apa?",
        "Saya koordinator tim kampanye caleg sintetis. Kami ingin meminta seorang guru PPPK jadi pembawa "
        "acara. Boleh tidak, dan siapa yang kena?",
    ],
)
def test_a_side_that_asks_a_civil_servant_for_help_is_asked_about_itself(text):
    assert parse_question(text).actor == "tim-kampanye"


def test_a_question_opening_with_a_role_and_its_breach_asks_of_that_one():
    told = (
        "Musrenbang kecamatan sintetis td pagi. Anggota DPRD dapil kami (nyaleg lg) dtg, stafnya bagi2 "
        "kalender bergambar dia. Pak camat di sambutan bilang jgn lupa tgl 14 ya. Sy sekcam, bingung mau "
        "negur atasan. "
    )
    assert parse_question(told + "Camat melanggar apa? berat gak?").actor == "camat"
    assert parse_question(told + "Camatnya kena apa?").actor == "camat"


def test_one_picked_as_a_running_mate_is_a_candidate():
    text = (
        "The synthetic regent is running again and picked our sekda (a PNS) as his running mate. When does "
        "the sekda have to stop being a PNS?"
    )
    assert parse_question(text).candidacy
    # a running mate named as someone else met is no candidacy of the one asked about
    met = "A synthetic PNS took a selfie with the running mate at a rally. Breach?"
    assert not parse_question(met).candidacy


def test_one_asked_about_as_well_is_not_the_one_the_story_is_about():
    told = (
        "Adikku PPPK penyiar di radio pemkab sintetis. Dia jd MC di kampanye terbuka paslon bupati nomor 1, "
        "dimintain langsung sama tim paslonnya. Trus dia kena aturan apa? "
    )
    assert parse_question(told + "paslonnya bisa kena juga?").actor == "pppk"


def test_the_role_a_permission_is_asked_for_is_whom_the_question_asks_of():
    text = (
        "I'm a synthetic provincial DPRD candidate. My younger brother is an active police brigadier. He "
        "offered to drive me to campaign events on his days off. Is that allowed for a police officer?"
    )
    assert parse_question(text).actor == "anggota-polri"


def test_thanks_on_a_banner_receive_nothing():
    q = parse_question("Spanduk dinas sintetis: 'Terima kasih, lanjutkan 2 periode'. Kadisnya melanggar apa?")
    assert "terima" not in q.conduct and "kasih" not in q.conduct
    assert "terima" in parse_question("Camat sintetis terima uang dari tim paslon. Melanggar apa?").conduct


@pytest.mark.parametrize(
    "text",
    [
        "Kepala BKPSDM sintetis bikin malam anugerah untuk bupati yang maju lagi.",
        "Kepala Diskominfo sintetis memutar video paslon di videotron.",
        "Kepala Dinkes sintetis ikut kampanye paslon.",
    ],
)
def test_a_regional_agency_named_by_its_short_name_has_a_civil_servant_for_its_head(text):
    assert parse_question(text).actor == "pns"


@pytest.mark.parametrize(
    "text",
    [
        # one who works for a side says who he is, then tells what a civil servant did
        "Kami LO paslon bupati sintetis no 2. Izin GOR kami ditahan, punya paslon 1 langsung keluar. Kasi "
        "perizinan yg pegang berkas itu PNS. Dia bisa dilaporin melanggar apa aja?",
        # a donor to a side, who is no actor the store addresses
        "Sy punya hotel kecil, nyumbang ke paslon bupati sintetis no 2. Petugas bapenda bilang pemeriksaan "
        "pajaknya bisa panjang kalau masih bantu nomor 2. Petugasnya PNS. Dia langgar apa?",
        # a village official who asks only of the civil servant, named by post in the asking sentence
        "Sy sekdes sintetis. Kasi di kantor pertanahan menggeser desa kami dari program sertifikat krn kades "
        "dukung paslon 2. Kasi BPN kan pegawai pusat, kena aturan netralitas pilkada juga ga?",
        # the head of the public-order force
        "Sy wartawan. Bawaslu nyatakan Kasatpol PP sintetis (ipar bupati) nyopot APK paslon 2 doang. Ancaman "
        "hukumannya apa?",
    ],
)
def test_the_civil_servant_told_of_is_whom_one_outside_the_service_asks_about(text):
    assert parse_question(text).actor in ("pns", "pejabat-asn")


def test_a_head_who_asks_what_he_himself_breaches_is_the_actor():
    text = (
        "Sy kepala BKPSDM sintetis. Bupati (petahana) minta disusun daftar pejabat yg gak datang "
        "deklarasinya, buat bahan rotasi. Kalo sy kerjain sy melanggar apa?"
    )
    assert parse_question(text).actor == "pns"
    english = (
        "I head a synthetic regency's staffing agency. The regent, who is running again, asked me for a list "
        "of echelon III officials who are 'not loyal' for a rotation. If I draw it up, what am I breaking?"
    )
    q = parse_question(english)
    assert q.actor == "pejabat-asn" and q.intent != "definition"


@pytest.mark.parametrize(
    "text",
    [
        "Kasi ops satpol PP sintetis nurunin APK paslon 2 doang.",
        "Satpol PP sintetis took down only pair 2's banners.",
        "Kasi dishub sintetis nolak izin paslon bupati 2, seminggu kemudian ngasih izin ke paslon bupati 1.",
        "Kabid pasar sintetis: yg punya kartu relawan didahuluin dapat kios depan, sisanya nunggu.",
        "Kabid sintetis: yg diusulkan ikut ujian cuma yg udah upload foto bareng paslon walikota no 1.",
    ],
)
def test_one_side_treated_otherwise_sets_sides(text):
    assert parse_question(text).sides


def test_a_side_named_once_without_contrast_sets_no_sides():
    assert not parse_question("Camat sintetis datang ke kampanye paslon bupati 2.").sides


def test_everyone_ordered_at_the_office_assembly_to_a_rally_is_the_staff_mobilised():
    assert brings_staff(
        "At Monday's assembly the head of a synthetic office told everyone to turn up at a Sunday rally for "
        "DPR candidate number 3."
    )
    assert not brings_staff("At the market the synthetic head told everyone he would go to the rally.")


def test_the_elections_under_a_law_named_by_number_are_its_kind():
    catalog = {
        "uu-99-2030": RegInfo(
            id="uu-99-2030",
            year=2030,
            state="in_force",
            names_id=("UU Pilkada Sintetis",),
            names_en=("synthetic law",),
        )
    }
    text = "Could someone explain Article 71 of UU 99/2030 as it stands for the November 2031 elections?"
    assert parse_question(text, catalog, known={"uu-99-2030"}).election == "pilkada"
    assert parse_question(text.replace("UU 99/2030", "the synthetic law"), catalog).election == "pilkada"


@pytest.mark.parametrize(
    "text",
    [
        "Do you have figures on how many civil servants were sanctioned in the synthetic elections, broken "
        "down by province?",
        "APK paslon sintetis yg dipasang tim kena pajak reklame daerah ga? tarifnya berapa per meter?",
        "Berapa hari kerja maksimal pemda sintetis wajib nerbitin SLF setelah berkas lengkap?",
    ],
)
def test_questions_another_body_of_law_answers_are_refused(text):
    assert parse_question(text).problems


def test_a_building_certificate_told_in_the_story_does_not_refuse_the_siding_asked():
    text = (
        "Gedung yg kami sewa buat kampanye paslon sintetis 2 disegel damkar, alasannya ga punya SLF. "
        "Paslon 1 di gedung yg sama aman. Kabid yg tanda tangan itu PNS. Ini bisa dipidana ga?"
    )
    assert not parse_question(text).problems


@pytest.mark.parametrize(
    "text",
    [
        "Sy lurah sintetis. Walikota petahana menang lagi, tp di kelurahan sy paslon lawan unggul. Minggu "
        "lalu sy dicopot & dijadiin staf pelaksana. Ini sah gak?",
        "I'm a lurah in a synthetic city. The incumbent mayor won again; on 10 December I was removed and "
        "made a junior staff member. Is that lawful?",
        # a relative's post
        "My brother-in-law was a camat in a synthetic regency. The new regent was sworn in in February, and "
        "in April my brother-in-law was removed and made an ordinary staff member. Is that right?",
        "Suami sy camat sintetis. Bupati baru dilantik Februari, April kemarin suami sy dicopot tanpa "
        "pemeriksaan. Boleh gitu?",
    ],
)
def test_one_whose_post_a_regional_head_took_asks_about_the_heads_act(text):
    assert parse_question(text).actor == "kepala-daerah"


def test_one_dismissed_as_a_penalty_is_still_the_one_asked_about():
    text = (
        "Klien saya PNS guru sintetis diberhentikan tidak dengan hormat. SK bupati sudah keluar. Jalur apa "
        "yang bisa ditempuh?"
    )
    assert parse_question(text).actor != "kepala-daerah"


def test_a_rival_side_that_spreads_or_reports_what_a_servant_did_sets_no_sides():
    assert not sets_sides("Minggu lalu foto itu disebar tim paslon sintetis lain di FB.")
    assert not sets_sides("Fotonya dilaporin sama tim paslon lawan ke Bawaslu.")
    assert not sets_sides("The photo was reported by another pair's team.")
    # one side's banners taken down, or one served sooner than the other, still sets sides
    assert sets_sides("APK tim paslon lain dicopot, APK paslon sintetis 1 dibiarkan.")
    assert sets_sides("Izinnya keluar lebih cepat dibanding paslon lain.")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("On polling day, 27 November 2024, the synthetic village head told the queue: number 1.", "pilkada"),
        ("Tgl 14 Februari 2024 kades sintetis bilang ke antrean TPS ingat nomor 1. Kena apa?", "pemilu"),
        ("On April 17, 2019 a synthetic teacher told voters at the TPS to pick number 2.", "pemilu"),
    ],
)
def test_a_story_dated_to_a_nationwide_polling_day_is_about_that_election(text, kind):
    assert parse_question(text).election == kind


def test_a_month_alone_names_no_election():
    text = "In November 2024 the synthetic village head told the queue to pick number 1."
    assert parse_question(text).election is None


@pytest.mark.parametrize(
    "text",
    [
        "In 2020 my wife ran for deputy regent. I'm a synthetic civil servant; I drove her to her stops.",
        "A synthetic agency head registered as running mate for governor in the June 2018 election.",
    ],
)
def test_one_who_ran_or_is_a_running_mate_for_a_regional_head_is_in_a_pilkada(text):
    assert parse_question(text).election == "pilkada"


@pytest.mark.parametrize(
    "text",
    [
        "For a timeline: what were the exact start and end dates of the campaign period for the April 2031 "
        "synthetic election, and on what date did the KPU announce the results?",
        "Akun medsos pribadi PNS wajib didaftarin ke instansi/BKPSDM ga? ada format laporannya?",
        "Must civil servants register their personal social media accounts with the agency?",
    ],
)
def test_a_calendar_date_or_registering_ones_accounts_is_beyond_the_store(text):
    assert parse_question(text).problems


def test_a_story_telling_of_a_reported_account_is_still_answered():
    text = "Akun medsos pribadi sy dilaporin ke Bawaslu krn share poster paslon sintetis. Sy kena apa?"
    assert not parse_question(text).problems
