"""Tests for kg.conduct (matching a question's conduct to norms). Norms here are synthetic: made-up acts."""

from dataclasses import dataclass
from datetime import date

import pytest

from kg.conduct import (
    Matcher,
    NormCandidate,
    NormMatch,
    actor_allows,
    binds,
    extracted_candidates,
    in_force,
    office_duties,
    scope_of,
    select,
)
from kg.question import RegInfo, parse_question


def synthetic_norm(nid, provision, addressees, act, kind="prohibition", elections=(), sanctions=()):
    return NormCandidate(
        id=nid,
        kind=kind,
        addressees=tuple(addressees),
        act_id=act,
        act_en="",
        provisions=(provision,),
        sanction_provisions=tuple(sanctions),
        regime="discipline",
        elections=tuple(elections),
        text=act,
    )


SYNTHETIC_NORMS = [
    synthetic_norm(
        "norm:pp-90-2030/hadiah", "pp-90-2030/pasal-3/huruf-a", ["pns"], "menerima hadiah dari pemasok rekaan"
    ),
    synthetic_norm(
        "norm:pp-90-2030/barang",
        "pp-90-2030/pasal-3/huruf-b/angka-6",
        ["pns"],
        "mengadakan kegiatan keberpihakan berupa ajakan, seruan atau pemberian barang kepada masyarakat",
        elections=("pemilu", "pilkada"),
        sanctions=("pp-90-2030/pasal-4",),
    ),
    synthetic_norm(
        "norm:pp-90-2030/fasilitas",
        "pp-90-2030/pasal-3/huruf-b/angka-4",
        ["pns"],
        "ikut kampanye dengan menggunakan fasilitas negara",
        elections=("pemilu", "pilkada"),
    ),
    synthetic_norm(
        "norm:uu-70-2030/partai-barang",
        "uu-70-2030/pasal-9",
        ["partai-politik", "tim-kampanye"],
        "memberikan barang kepada masyarakat dalam kampanye",
        elections=("pemilu",),
    ),
    synthetic_norm(
        "norm:uu-71-2030/desa-barang",
        "uu-71-2030/pasal-2",
        ["kepala-desa"],
        "membagikan barang kepada warga untuk memihak calon",
        elections=("pilkada",),
    ),
]

SYNTHETIC_CATALOG = {
    "pp-90-2030": RegInfo(id="pp-90-2030", year=2030, state="in_force", enacted=date(2030, 3, 1)),
    "pp-10-2020": RegInfo(
        id="pp-10-2020", year=2020, state="repealed", since=date(2030, 3, 1), enacted=date(2020, 5, 4)
    ),
    "pp-12-2031": RegInfo(id="pp-12-2031", year=2031, state="in_force", amends=("pp-90-2030",)),
}


def ranked(text, norms=SYNTHETIC_NORMS, ranks=None):
    q = parse_question(text, SYNTHETIC_CATALOG)

    def keep(c):
        return actor_allows(c, q) and not (q.election and c.elections and q.election not in c.elections)

    return Matcher(norms).match(q, ranks or {}, keep)


def test_everyday_words_reach_the_statutory_norm_not_its_neighbour():
    # "membagikan sembako … mengajak" is the partisan-activity norm, not the state-facilities one.
    top = ranked("Camat membagikan sembako sambil mengajak warga memilih calon bupati")
    assert top[0].norm.id == "norm:pp-90-2030/barang"
    assert top[0].score > top[1].score


def test_english_wording_reaches_the_same_norm():
    top = ranked(
        "A sub-district head hands out food parcels and urges residents to vote for a regent candidate"
    )
    assert top[0].norm.id == "norm:pp-90-2030/barang"


def test_a_norm_whose_addressees_exclude_the_actor_is_not_an_answer():
    ids = [m.norm.id for m in ranked("PNS membagikan barang kepada masyarakat dalam kampanye pemilu")]
    assert "norm:uu-70-2030/partai-barang" not in ids and "norm:uu-71-2030/desa-barang" not in ids
    ids = [m.norm.id for m in ranked("Kepala desa membagikan barang kepada warga, memihak calon bupati")]
    assert ids[0] == "norm:uu-71-2030/desa-barang" and "norm:pp-90-2030/barang" not in ids


def test_election_kind_filters():
    # The party norm is for general elections only; a regional-election question does not get it.
    ids = [m.norm.id for m in ranked("Tim kampanye memberikan barang kepada masyarakat, calon bupati")]
    assert "norm:uu-70-2030/partai-barang" not in ids
    ids = [m.norm.id for m in ranked("Tim kampanye memberikan barang kepada masyarakat, calon presiden")]
    assert ids[0] == "norm:uu-70-2030/partai-barang"


def test_binds_follows_the_actor_vocabulary():
    assert (
        binds("pegawai-asn", "pns") and binds("pegawai-asn", "pppk") and binds("setiap-orang", "kepala-desa")
    )
    assert binds("pns", "pegawai-asn")  # a question about ASN in general is answered by PNS rules too
    assert not binds("pns", "pppk") and not binds("partai-politik", "pns") and binds("pns", None)


def test_search_rank_adds_to_the_score():
    plain = {m.norm.id: m.score for m in ranked("PNS kampanye")}
    lifted = {m.norm.id: m.score for m in ranked("PNS kampanye", ranks={"pp-90-2030/pasal-3/huruf-a": 1})}
    assert lifted["norm:pp-90-2030/hadiah"] > plain["norm:pp-90-2030/hadiah"]


def _m(nid, doc, score, coverage=0.5):
    return NormMatch(synthetic_norm(nid, f"{doc}/pasal-1", ["pns"], "x"), score, score, coverage, 0.0)


def test_select_best_other_regimes_and_alternatives():
    chosen, alts = select(
        [
            _m("norm:pp-90-2030/a", "pp-90-2030", 0.60),
            _m("norm:pp-90-2030/b", "pp-90-2030", 0.55),  # same act, close: also consider
            _m("norm:uu-70-2030/c", "uu-70-2030", 0.45),  # another act reaching the act: answers too
            _m("norm:pp-90-2030/d", "pp-90-2030", 0.20),  # far below: dropped
        ]
    )
    assert [m.norm.id for m in chosen] == ["norm:pp-90-2030/a", "norm:uu-70-2030/c"]
    assert [m.norm.id for m in alts] == ["norm:pp-90-2030/b"]


def test_select_refuses_weak_matches():
    assert select([_m("norm:pp-90-2030/a", "pp-90-2030", 0.1)]) == ([], [])
    assert select([_m("norm:pp-90-2030/a", "pp-90-2030", 0.5, coverage=0.01)]) == ([], [])
    assert select([]) == ([], [])

    # An actor bound by a handful of norms, in an election named: few shared words still answer.
    thin = _m("norm:uu-70-2030/a", "uu-70-2030", 0.5, coverage=0.01)
    assert [m.norm.id for m in select([thin], placed=True, narrow=True)[0]] == ["norm:uu-70-2030/a"]
    assert select([thin], placed=True) == ([], [])


def test_the_learned_prior_orders_answers_but_does_not_make_or_crowd_them():
    from dataclasses import replace

    # Lifted by the prior alone over a match too weak to answer: still no answer.
    lifted = replace(_m("norm:pp-90-2030/a", "pp-90-2030", 0.40), learned=0.2)
    assert select([lifted, _m("norm:pp-90-2030/b", "pp-90-2030", 0.15)]) == ([], [])
    # A second reading as close as the words found it stays "also consider", though the prior lifted the best.
    best = replace(_m("norm:pp-90-2030/a", "pp-90-2030", 0.80), learned=0.2)
    chosen, alts = select([best, _m("norm:pp-90-2030/b", "pp-90-2030", 0.58)])
    assert [m.norm.id for m in chosen] == ["norm:pp-90-2030/a"]
    assert [m.norm.id for m in alts] == ["norm:pp-90-2030/b"]


def test_readings_the_words_put_close_come_before_one_only_the_prior_lifted():
    from dataclasses import replace

    best = _m("norm:pp-90-2030/a", "pp-90-2030", 0.80)
    lifted = [
        replace(_m(f"norm:pp-90-2030/p{i}", "pp-90-2030", 0.70 - i / 100), learned=0.2) for i in range(3)
    ]
    close = _m("norm:pp-90-2030/w", "pp-90-2030", 0.65)  # below the lifted ones by score, close by words
    _, alts = select([best, *lifted, close])
    assert [m.norm.id for m in alts] == ["norm:pp-90-2030/w", "norm:pp-90-2030/p0", "norm:pp-90-2030/p1"]


def test_a_question_naming_its_actor_and_its_election_needs_fewer_of_its_words_on_the_norm():
    thin = [_m("norm:pp-90-2030/a", "pp-90-2030", 0.5, coverage=0.04)]
    assert select(thin, 30) == ([], [])
    assert [m.norm.id for m in select(thin, 30, placed=True)[0]] == ["norm:pp-90-2030/a"]
    # a long story (40 words) told of a placed actor: three in a hundred of its words on the norm do
    thinner = [_m("norm:pp-90-2030/a", "pp-90-2030", 0.5, coverage=0.032)]
    assert select(thinner, 40) == ([], [])
    assert [m.norm.id for m in select(thinner, 40, placed=True)[0]] == ["norm:pp-90-2030/a"]
    # still not a match that carries almost none of them
    assert select([_m("norm:pp-90-2030/a", "pp-90-2030", 0.5, coverage=0.01)], 30, placed=True) == ([], [])


def test_unrelated_question_matches_nothing_well():
    chosen, _ = select(ranked("Berapa tarif pajak progresif untuk mobil kedua di Jakarta?"))
    assert chosen == []


def test_in_force_by_date_and_named_regulation():
    old = synthetic_norm("norm:pp-10-2020/x", "pp-10-2020/pasal-7", ["pns"], "memakai fasilitas negara")
    new = SYNTHETIC_NORMS[2]
    today = parse_question("PNS memakai fasilitas negara", SYNTHETIC_CATALOG)
    assert in_force(new, today, SYNTHETIC_CATALOG, set()) and not in_force(
        old, today, SYNTHETIC_CATALOG, set()
    )
    then = parse_question("Tahun 2025 PNS memakai fasilitas negara", SYNTHETIC_CATALOG)
    assert in_force(old, then, SYNTHETIC_CATALOG, set()) and not in_force(new, then, SYNTHETIC_CATALOG, set())
    named = parse_question("Menurut PP 10/2020 PNS memakai fasilitas negara", SYNTHETIC_CATALOG)
    scope = scope_of(named, SYNTHETIC_CATALOG)
    assert scope == {"pp-10-2020"} and in_force(old, named, SYNTHETIC_CATALOG, scope)


def test_an_amending_act_scopes_to_the_act_it_amends():
    q = parse_question("Menurut PP 12/2031, apa larangan PNS?", SYNTHETIC_CATALOG)
    assert scope_of(q, SYNTHETIC_CATALOG) == {"pp-12-2031", "pp-90-2030"}


@dataclass
class _SyntheticExtracted:
    id: str
    kind: str
    provision: str
    addressees: tuple
    act: str
    negated: bool = False


@dataclass
class _SyntheticDoc:
    norms: tuple
    provisions: tuple = ()


def test_extracted_norms_join_unless_curated_or_negated():
    doc = _SyntheticDoc(
        norms=(
            _SyntheticExtracted(
                "n1", "prohibition", "pp-90-2030/pasal-3/huruf-a", ("pns",), "menerima hadiah"
            ),
            _SyntheticExtracted("n2", "prohibition", "pp-90-2030/pasal-8", ("pns",), "memasang spanduk"),
            _SyntheticExtracted("n3", "obligation", "pp-90-2030/pasal-9", ("pns",), "lapor", negated=True),
            _SyntheticExtracted("n4", "definition", "pp-90-2030/pasal-1/angka-1", (), "pegawai adalah"),
        )
    )
    out = extracted_candidates([doc], SYNTHETIC_NORMS)
    assert (
        [c.id for c in out] == ["n2"] and out[0].source == "extracted" and out[0].text == "memasang spanduk"
    )


def test_a_rule_for_the_pair_binds_each_candidate():
    assert binds("pasangan-calon", "calon") and not binds("pasangan-calon", "pns")


def test_an_agencys_duty_binds_the_officials_who_run_its_staff_not_its_staff():
    assert binds("instansi-pemerintah", "ppk") and binds("instansi-pemerintah", "pybmh")
    assert not binds("instansi-pemerintah", "pns") and not binds("instansi-pemerintah", "kepala-desa")


def test_power_candidates_carry_the_kind_of_power():
    from types import SimpleNamespace

    from kg.conduct import power_candidates

    power = SimpleNamespace(
        scope_id="menerima laporan sintetis",
        scope_en="receives synthetic reports",
        kind="receives_reports",
        provision="uu-90-2030/pasal-9",
    )
    inst = SimpleNamespace(
        id="inst:synthetic",
        name="Badan Sintetis",
        name_en="Synthetic Agency",
        abbreviation="BS",
        powers=[power],
        needs=[],
    )
    (cand,) = power_candidates(SimpleNamespace(institutions=[inst]), lambda pid: "")
    assert cand.power_kind == "receives_reports" and cand.provisions == ("uu-90-2030/pasal-9",)
    assert cand.elections == ()  # nothing says which election the act is about
    assert cand.needs == ()
    # a body acting abroad only answers where the question names one of its words
    abroad = SimpleNamespace(**{**vars(inst), "needs": ["luar negeri", "abroad"]})
    (cand,) = power_candidates(SimpleNamespace(institutions=[abroad]), lambda pid: "")
    assert cand.needs == ("luar negeri", "abroad")

    def norm(nid, provision, election):
        return SimpleNamespace(id=nid, provisions=[provision], conditions=SimpleNamespace(election=election))

    # Every norm of the act is for regional elections: its powers act there; an act with a norm for
    # any election (or none) says nothing of its powers' election.
    regional = [norm("norm:uu-90-2030/a", "uu-90-2030/pasal-2", ["pilkada"])]
    (cand,) = power_candidates(SimpleNamespace(institutions=[inst], norms=regional), lambda pid: "")
    assert cand.elections == ("pilkada",)
    mixed = [*regional, norm("norm:uu-90-2030/b", "uu-90-2030/pasal-3", [])]
    (cand,) = power_candidates(SimpleNamespace(institutions=[inst], norms=mixed), lambda pid: "")
    assert cand.elections == ()


def test_a_long_fact_pattern_still_reaches_its_norm():
    # Narrative words no norm uses ("latsar", "arisan", "memancing") weigh less than words norms use:
    # they say little about which norm is meant, and must not sink the match below the floor.
    text = (
        "Adik saya baru lulus latsar, rajin ikut arisan angkatan, suka memancing di waduk bersama "
        "tetangga dan sepupu, gemar bersepeda keliling kompleks perumahan tiap subuh, membeli gorengan "
        "dan kopi tubruk di warung pojok, lalu minggu lalu sebagai PNS dia ikut kampanye dengan "
        "fasilitas negara. Kena apa?"
    )
    chosen, _ = select(ranked(text))
    assert [m.norm.id for m in chosen][:1] == ["norm:pp-90-2030/fasilitas"]


def test_a_norm_written_for_the_election_asked_about_gains_over_a_general_one(monkeypatch):
    import kg.conduct

    general = synthetic_norm(
        "norm:pp-90-2030/pinjam", "pp-90-2030/pasal-3/huruf-f", ["pns"], "meminjamkan barang milik negara"
    )
    norms = [general, SYNTHETIC_NORMS[2]]  # the state-facilities norm is written for elections

    def scores(text):
        return {m.norm.id: m.score for m in ranked(text, norms)}

    election = "PNS meminjamkan barang milik kantor untuk acara kampanye calon bupati"
    office = "PNS meminjamkan barang milik kantor untuk acara kantor"
    with_bonus, plain_office = scores(election), scores(office)
    monkeypatch.setattr(kg.conduct, "W_SPECIFIC", 0.0)
    without = scores(election)
    gain = with_bonus["norm:pp-90-2030/fasilitas"] - without["norm:pp-90-2030/fasilitas"]
    assert gain > 0.05 and with_bonus["norm:pp-90-2030/pinjam"] == without["norm:pp-90-2030/pinjam"]
    assert scores(office) == plain_office  # no election in the question: lex specialis does not apply


def test_a_norm_linked_as_the_same_conduct_answers_beside_the_matched_one_where_it_applies():
    from dataclasses import replace

    from kg.conduct import same_conduct

    general = synthetic_norm(
        "norm:uu-72-2030/pemilu-memihak",
        "uu-72-2030/pasal-5",
        ["pegawai-asn"],
        "memihak peserta pemilu",
        elections=("pemilu",),
    )
    regional = synthetic_norm(
        "norm:uu-73-2030/pilkada-memihak",
        "uu-73-2030/pasal-6",
        ["pegawai-asn"],
        "memihak pasangan calon",
        elections=("pilkada",),
    )
    discipline = replace(SYNTHETIC_NORMS[1], same_conduct=(general.id, regional.id))
    norms = [discipline, SYNTHETIC_NORMS[2], general, regional]
    q = parse_question(
        "PNS membagikan barang kepada warga sambil mengajak memilih caleg DPR", SYNTHETIC_CATALOG
    )

    def keep(c):
        return actor_allows(c, q) and not (q.election and c.elections and q.election not in c.elections)

    best = Matcher(norms).match(q, {}, keep)[0]
    assert best.norm.id == discipline.id
    linked = same_conduct([best], norms, keep)
    # Both are linked; the general-election one applies to a DPR election, the regional one does not.
    assert [m.norm.id for m in linked] == [general.id]
    assert linked[0].why and discipline.id in linked[0].why[0]
    assert same_conduct([best], norms, lambda c: False) == []
    assert same_conduct([best, *linked], norms, keep) == []  # an act already answering is not added twice


def test_a_norm_naming_the_actor_gains_over_one_binding_it_only_as_anyone(monkeypatch):
    import kg.conduct

    anyone = synthetic_norm(
        "norm:uu-74-2030/siapa-pun", "uu-74-2030/pasal-1", ["setiap-orang"], "memasang spanduk"
    )
    named = synthetic_norm(
        "norm:uu-75-2030/pegawai", "uu-75-2030/pasal-1", ["pegawai-asn"], "memasang spanduk"
    )
    scores = {m.norm.id: m.score for m in ranked("PNS memasang spanduk", [anyone, named])}
    assert scores[named.id] - scores[anyone.id] == pytest.approx(kg.conduct.W_ADDRESSED)
    monkeypatch.setattr(kg.conduct, "W_ADDRESSED", 0.0)
    scores = {m.norm.id: m.score for m in ranked("PNS memasang spanduk", [anyone, named])}
    assert scores[named.id] == scores[anyone.id]


def test_what_a_gloss_says_is_absent_is_no_evidence_for_the_norm():
    from types import SimpleNamespace

    from kg.conduct import curated_candidates

    def norm(nid, point, act_id, act_en):
        return SimpleNamespace(
            id=nid,
            kind="prohibition",
            addressees=["pns"],
            act_id=act_id,
            act_en=act_en,
            conditions=SimpleNamespace(
                other_id="",
                other_en="",
                election=["pemilu"],
                candidacy=False,
                acting=False,
                needs=[],
                uses=[],
                period=[],
            ),
            provisions=[f"pp-90-2030/pasal-3/huruf-c/angka-{point}"],
            sanction_provisions=[],
            regime="discipline",
            same_conduct=[],
            involving=[],
        )

    bundle = SimpleNamespace(
        norms=[
            norm(
                "norm:pp-90-2030/hadir",
                1,
                "hadir sebagai peserta kampanye untuk mendengarkan program, tanpa atribut partai",
                "attend a campaign to hear the programme, without party insignia",
            ),
            norm(
                "norm:pp-90-2030/atribut",
                2,
                "ikut kampanye dengan memakai atribut partai",
                "attend a campaign wearing party insignia",
            ),
        ]
    )
    candidates = curated_candidates(bundle, lambda pid: "")
    assert "atribut" not in candidates[0].text and "insignia" not in candidates[0].text
    assert "mendengarkan program" in candidates[0].text
    top = ranked("PNS ikut kampanye caleg DPR memakai atribut partai", norms=candidates)
    assert top[0].norm.id == "norm:pp-90-2030/atribut"
    # and what the question says was absent is no evidence either
    text = "A civil servant went to a DPR rally to hear the programme: no party T-shirt."
    top = ranked(text, norms=candidates)
    assert top[0].norm.id == "norm:pp-90-2030/hadir"


def test_whom_the_act_favours_is_not_the_act(monkeypatch):
    import kg.conduct

    resign = synthetic_norm(
        "norm:uu-75-2030/mundur-calon",
        "uu-75-2030/pasal-4",
        ["pns"],
        "mengundurkan diri sejak ditetapkan sebagai calon; resign once confirmed as a candidate",
    )
    campaign = synthetic_norm(
        "norm:pp-90-2030/kampanye",
        "pp-90-2030/pasal-3/huruf-c/angka-1",
        ["pns"],
        "ikut kampanye; join a campaign rally",
    )
    text = "A civil servant cheered on a DPR candidate at a rally. Was that wrong?"
    top = ranked(text, norms=[resign, campaign])
    assert top[0].norm.id == campaign.id
    # Counted as conduct, the candidate words alone carry the resignation rule close to the top.
    monkeypatch.setattr(kg.conduct, "OBJECT_WORDS", {})
    as_conduct = {m.norm.id: m.score for m in ranked(text, norms=[resign, campaign])}
    assert top[1].score < 0.65 * as_conduct[resign.id]


def test_a_duty_of_those_running_for_office_binds_only_a_question_about_running():
    from dataclasses import replace

    resign = replace(
        synthetic_norm(
            "norm:uu-75-2030/mundur-calon",
            "uu-75-2030/pasal-4",
            ["pns"],
            "mengundurkan diri sejak ditetapkan sebagai calon anggota DPR",
        ),
        candidacy=True,
    )
    helping = parse_question("PNS ikut acara kampanye caleg DPR di aula kantor", SYNTHETIC_CATALOG)
    running = parse_question("PNS mau nyalon anggota DPR, kapan harus mundur?", SYNTHETIC_CATALOG)
    english = parse_question("A civil servant runs for the DPR. When must he quit?", SYNTHETIC_CATALOG)
    assert not helping.candidacy and running.candidacy and english.candidacy
    assert not actor_allows(resign, helping)
    assert actor_allows(resign, running) and actor_allows(resign, english)
    assert actor_allows(replace(resign, candidacy=False), helping)


def test_a_same_conduct_link_inside_the_chosen_norms_own_act_is_followed():
    from dataclasses import replace

    from kg.conduct import NormMatch, same_conduct

    officials = synthetic_norm(
        "norm:uu-73-2030/pejabat-memihak",
        "uu-73-2030/pasal-6/ayat-1",
        ["pejabat-asn"],
        "memihak pasangan calon",
    )
    acting = replace(
        synthetic_norm(
            "norm:uu-73-2030/penjabat-memihak",
            "uu-73-2030/pasal-6/ayat-4",
            ["kepala-daerah"],
            "penjabat memihak",
        ),
        same_conduct=(officials.id,),
    )
    chosen = [NormMatch(acting, 0.8, 1.0, 0.3, 0.5)]
    linked = same_conduct(chosen, [acting, officials], lambda c: True)
    assert [m.norm.id for m in linked] == [officials.id]
    # a norm already chosen is not linked again
    assert (
        same_conduct([*chosen, NormMatch(officials, 0.5, 0.5, 0.2, 0.0)], [acting, officials], lambda c: True)
        == []
    )


def test_a_link_from_the_best_match_reaches_an_act_that_answers_only_through_a_weaker_one():
    from dataclasses import replace

    from kg.conduct import NormMatch, same_conduct

    favouring = synthetic_norm(
        "norm:pp-90-2030/keputusan-memihak",
        "pp-90-2030/pasal-3/huruf-b/angka-5",
        ["pns"],
        "keputusan memihak",
    )
    attending = synthetic_norm(
        "norm:pp-90-2030/ikut-kampanye", "pp-90-2030/pasal-3/huruf-b/angka-1", ["pns"], "ikut kampanye"
    )
    election = replace(
        synthetic_norm(
            "norm:uu-72-2030/keputusan-memihak", "uu-72-2030/pasal-282", ["pejabat-asn"], "keputusan memihak"
        ),
        same_conduct=(favouring.id,),
    )
    norms = [election, favouring, attending]
    # The regulation answers only through a weaker reading than the best match's: its linked norm joins.
    chosen = [NormMatch(election, 0.7, 1.0, 0.1, 0.7), NormMatch(attending, 0.4, 0.7, 0.07, 0.1)]
    assert [m.norm.id for m in same_conduct(chosen, norms, lambda c: True)] == [favouring.id]
    # Where it answers this same conduct as well as the best match (through a norm linked to it), it is
    # not cited twice; answering as well on another conduct (attending a campaign) does not stand in.
    level = [chosen[0], NormMatch(attending, 0.7, 1.0, 0.1, 0.7)]
    assert [m.norm.id for m in same_conduct(level, norms, lambda c: True)] == [favouring.id]
    tied = replace(attending, same_conduct=(election.id,))
    named_back = replace(election, same_conduct=(favouring.id, tied.id))
    both = [NormMatch(named_back, 0.7, 1.0, 0.1, 0.7), NormMatch(tied, 0.7, 1.0, 0.1, 0.7)]
    assert same_conduct(both, [named_back, favouring, tied], lambda c: True) == []
    # A norm naming the election's ban as its counterpart, unnamed by it, does not stand in for the ban's own
    # counterpart (a PNS in party insignia at a rally; the ban on siding, read as the activity siding).
    one_way = [chosen[0], NormMatch(tied, 0.7, 1.0, 0.1, 0.7)]
    assert [m.norm.id for m in same_conduct(one_way, norms, lambda c: True)] == [favouring.id]


def test_a_duty_of_those_acting_in_an_office_binds_only_a_question_about_an_acting_head():
    from dataclasses import replace

    acting_only = replace(
        synthetic_norm(
            "norm:uu-73-2030/penjabat",
            "uu-73-2030/pasal-6/ayat-4",
            ["kepala-daerah"],
            "penjabat mengganti pejabat",
        ),
        acting=True,
    )
    incumbent = parse_question("Bupati petahana mengganti kepala dinas menjelang pilkada", SYNTHETIC_CATALOG)
    acting = parse_question("Pj bupati mengganti kepala dinas menjelang pilkada", SYNTHETIC_CATALOG)
    english = parse_question(
        "An acting regent reshuffled agency heads before the election", SYNTHETIC_CATALOG
    )
    assert not incumbent.acting and acting.acting and english.acting
    assert not actor_allows(acting_only, incumbent)
    assert actor_allows(acting_only, acting) and actor_allows(acting_only, english)
    # the acting head is a senior civil servant too: the civil servants' rules reach him
    assert {"pns", "pejabat-asn"} <= set(english.roles)


def test_an_extracted_norm_whose_act_only_names_things_is_no_conduct():
    doc = _SyntheticDoc(
        norms=(
            _SyntheticExtracted(
                "n1", "permission", "pp-90-2030/pasal-20/huruf-a", ("pns",), "gaji, tunjangan, dan cuti"
            ),
            _SyntheticExtracted(
                "n2", "permission", "pp-90-2030/pasal-21", ("pns",), "ibu, bapak, anak, atau menantu"
            ),
            _SyntheticExtracted("n3", "obligation", "pp-90-2030/pasal-22", ("pns",), "menghadiri upacara"),
            _SyntheticExtracted("n4", "prohibition", "pp-90-2030/pasal-23", ("pns",), "ikut arak-arakan"),
        )
    )
    assert [c.id for c in extracted_candidates([doc], SYNTHETIC_NORMS)] == ["n3", "n4"]


def test_a_conduct_an_indonesian_question_names_only_in_everyday_words_weighs_as_its_statutory_words():
    from kg.conduct import EXPANSION_WEIGHT, EXPANSION_WEIGHT_ID
    from kg.search.glossary import Concept

    concepts = (Concept(en=("campaign shirt",), id=("atribut partai",), cues=("kaos sintetis",)),)
    m = Matcher(SYNTHETIC_NORMS, concepts)
    everyday = m.query_terms(parse_question("PNS pakai kaos sintetis ke kampanye", SYNTHETIC_CATALOG))
    assert everyday[m.analyzer.terms("atribut")[0]] == EXPANSION_WEIGHT
    # a question saying the statutory words itself keeps them at its own weight, synonyms lower
    said = m.query_terms(parse_question("PNS memakai atribut partai ke kampanye", SYNTHETIC_CATALOG))
    assert said[m.analyzer.terms("atribut")[0]] == 1.0
    assert EXPANSION_WEIGHT_ID < EXPANSION_WEIGHT


def test_a_regulation_the_question_sets_aside_does_not_scope_it():
    from kg.conduct import scope_of

    text = "Who disciplines contract staff, given that PP 90/2030 only covers PNS?"
    q = parse_question(text, SYNTHETIC_CATALOG)
    assert q.regulations and scope_of(q, SYNTHETIC_CATALOG) == set()
    named = parse_question("Menurut PP 90/2030, apa sanksinya?", SYNTHETIC_CATALOG)
    assert scope_of(named, SYNTHETIC_CATALOG) == {"pp-90-2030"}


def test_an_unqualified_official_and_a_regional_head_are_bound_as_officials():
    # "pejabat" alone may be any office holder; a regional head is a state official (UU 20/2023 Pasal 58)
    assert binds("pejabat-asn", "pejabat") and binds("kepala-daerah", "pejabat")
    assert binds("pejabat-negara", "kepala-daerah") and not binds("pejabat-negara", "pns")


def test_a_regulation_named_as_not_yet_made_on_the_date_does_not_scope_the_answer():
    q = parse_question("Pada tahun 2025, sebelum PP 90/2030 ada, apa kata PP 10/2020?", SYNTHETIC_CATALOG)
    assert scope_of(q, SYNTHETIC_CATALOG) == {"pp-10-2020"}


def test_an_act_whose_norms_mostly_name_one_kind_of_election_is_that_elections_law():
    from types import SimpleNamespace

    from kg.conduct import act_elections

    def norm(pid, election):
        return SimpleNamespace(provisions=(pid,), conditions=SimpleNamespace(election=election))

    bundle = SimpleNamespace(
        norms=[
            norm("uu-71-2040/pasal-70", ["pilkada"]),
            norm("uu-71-2040/pasal-71", ["pilkada"]),
            norm("uu-71-2040/pasal-162", []),  # a ban on reshuffles after inauguration names no election
            norm("pp-70-2040/pasal-4", []),
            norm("pp-70-2040/pasal-5", ["pemilu"]),
        ]
    )
    assert act_elections(bundle) == {"uu-71-2040": ("pilkada",)}


def test_the_english_words_naming_the_actor_weigh_as_its_indonesian_name_does():
    from kg.conduct import ACTOR_WORD_WEIGHT
    from kg.search.glossary import Concept

    concepts = (Concept(en=("civil servant",), id=("pns", "aparatur sipil negara")),)
    m = Matcher(SYNTHETIC_NORMS, concepts)
    said_in_english = "A civil servant wore a synthetic shirt to a rally"
    english = m.query_terms(parse_question(said_in_english, SYNTHETIC_CATALOG))
    indonesian = m.query_terms(parse_question("PNS memakai kaos sintetis ke kampanye", SYNTHETIC_CATALOG))
    for said in ("civil", "servant", "aparatur"):
        assert english[m.analyzer.terms(said)[0]] == ACTOR_WORD_WEIGHT
    assert indonesian[m.analyzer.terms("pns")[0]] == ACTOR_WORD_WEIGHT
    # the conduct words keep their weight
    assert english[m.analyzer.terms("shirt")[0]] == 1.0


def test_the_period_the_facts_happened_in_weighs_less_than_the_conduct():
    from kg.conduct import ACTOR_WORD_WEIGHT

    m = Matcher(SYNTHETIC_NORMS, ())
    (campaign,) = m.analyzer.terms("kampanye")

    def weights(text: str) -> dict[str, float]:
        return m.query_terms(parse_question(text, SYNTHETIC_CATALOG))

    terms = weights("Selama masa kampanye PNS memakai kaos sintetis")
    assert terms[m.analyzer.terms("masa")[0]] == ACTOR_WORD_WEIGHT
    assert terms[m.analyzer.terms("kaos")[0]] == 1.0
    # The campaign named only as when it happened weighs as little; taking part in it, or an event of it,
    # is the conduct.
    assert terms[campaign] == ACTOR_WORD_WEIGHT
    (english,) = m.analyzer.terms("campaign")
    assert weights("During the campaign period a PNS handed out synthetic calendars")[english] < 1.0
    for told in (
        "Selama masa kampanye PNS ikut kampanye memakai kaos sintetis",
        "Saat kampanye akbar PNS memakai kaos sintetis",
    ):
        assert weights(told)[campaign] == 1.0, told
    assert weights("During the campaign a PNS joined the synthetic campaign team")[english] == 1.0


def test_a_norm_needing_words_the_facts_do_not_name_is_no_answer():
    from dataclasses import replace

    letter = replace(
        synthetic_norm(
            "norm:pp-90-2030/surat-dukungan",
            "pp-90-2030/pasal-3/huruf-e",
            ["pns"],
            "menyerahkan surat dukungan dengan fotokopi kartu tanda penduduk sintetis",
        ),
        needs=("dukungan", "support", "tanda tangan"),
    )
    # a phrase it needs is needed whole: "tanda" of "kartu tanda penduduk" is no signature
    service = "PNS kecamatan melayani warga mengurus kartu tanda penduduk sintetis sambil kampanye"
    assert letter.id not in [m.norm.id for m in ranked(service, norms=[letter, *SYNTHETIC_NORMS])]
    signed = "PNS menyerahkan surat dukungan dan fotokopi kartu tanda penduduk sintetis"
    assert ranked(signed, norms=[letter, *SYNTHETIC_NORMS])[0].norm.id == letter.id


def test_a_needed_word_must_be_named_not_reached_through_a_learned_association():
    from dataclasses import replace

    from kg.search.glossary import Concept

    duty = replace(
        synthetic_norm(
            "norm:pp-90-2030/kepentingan-negara",
            "pp-90-2030/pasal-4",
            ["pns"],
            "mendahulukan kepentingan negara di atas kepentingan pribadi sintetis",
        ),
        needs=("kepentingan pribadi", "personal interest"),
    )
    # a learned concept ties an everyday verb to the duty's words, as the lexicon does from parallel glosses
    learned = (Concept(en=("put",), id=("mendahulukan", "kepentingan pribadi"), learned=True),)
    matcher = Matcher([duty, *SYNTHETIC_NORMS], learned)

    def found(text: str) -> bool:
        return duty.id in [m.norm.id for m in matcher.match(parse_question(text, SYNTHETIC_CATALOG))]

    assert not found("A PNS put a synthetic map into a public group.")
    assert found("A PNS put his personal interest above the office's synthetic duty.")


def test_a_needed_word_that_stems_to_another_must_be_said_itself():
    from dataclasses import replace

    remedy = replace(
        synthetic_norm(
            "norm:pp-90-2030/keberatan",
            "pp-90-2030/pasal-9",
            ["pns"],
            "mengajukan keberatan atas hukuman disiplin sintetis",
            kind="permission",
        ),
        needs=("keberatan", "objection"),
    )
    norms = [remedy, *SYNTHETIC_NORMS]
    # "keberatan" (an objection) stems to "berat", as "memberatkan" (aggravating) does: no objection is named
    asked = "Hal apa yang memberatkan hukuman disiplin PNS sintetis?"
    assert remedy.id not in [m.norm.id for m in ranked(asked, norms)]
    objecting = "PNS sintetis mengajukan keberatannya atas hukuman"
    assert remedy.id in [m.norm.id for m in ranked(objecting, norms)]


def test_treating_one_side_otherwise_than_another_is_the_favouring_ban():
    favour = synthetic_norm(
        "norm:pp-90-2030/memihak",
        "pp-90-2030/pasal-3/huruf-b/angka-5",
        ["pns"],
        "membuat keputusan atau tindakan yang menguntungkan atau merugikan salah satu pasangan calon",
        elections=("pemilu", "pilkada"),
    )
    norms = [*SYNTHETIC_NORMS, favour]
    # nothing in these words is the ban's, only the contrast between the two pairs
    text = "Kabid perizinan (PNS) nerbitin izin baliho paslon nomor 1, tapi izin paslon nomor 2 didiemin."
    assert ranked(text, norms=norms)[0].norm.id == favour.id
    alone = "Kabid perizinan (PNS) nerbitin izin baliho paslon nomor 1 dengan cepat."
    assert ranked(alone, norms=norms)[0].norm.id != favour.id


def test_who_drew_the_actor_into_a_campaign_is_bound_by_a_ban_of_its_own():
    from dataclasses import replace

    from kg.conduct import involving

    drew_in = replace(
        synthetic_norm(
            "norm:uu-71-2030/paslon-melibatkan",
            "uu-71-2030/pasal-70",
            ["pasangan-calon"],
            "melibatkan ASN dalam kampanye",
            elections=("pilkada",),
        ),
        involving=("pegawai-asn", "kepala-desa"),
    )
    norms = [*SYNTHETIC_NORMS, drew_in]
    q = parse_question("Seorang PNS masuk tim kampanye paslon bupati. Apa akibatnya?", SYNTHETIC_CATALOG)
    chosen = ranked(q.text, norms=norms)[:1]
    found = involving(chosen, norms, q, lambda c: True)
    assert [m.norm.id for m in found] == [drew_in.id]
    # not for a general election, nor for an actor the ban does not name, nor where no campaign is told
    pemilu = parse_question("Seorang PNS masuk tim kampanye caleg DPR. Apa akibatnya?", SYNTHETIC_CATALOG)
    assert involving(chosen, norms, pemilu, lambda c: True) == []
    polri = parse_question("Anggota Polri masuk tim kampanye paslon bupati.", SYNTHETIC_CATALOG)
    assert involving(chosen, norms, polri, lambda c: True) == []
    gift = parse_question("PNS menerima hadiah dari pemasok menjelang pilkada bupati.", SYNTHETIC_CATALOG)
    assert involving(ranked(gift.text, norms=norms)[:1], norms, gift, lambda c: True) == []
    # a declaration of support for a pair, or canvassing door to door for it, is campaign work too
    for told in (
        "Kades sintetis ikut deklarasi dukung paslon bupati nomor 2 di hotel, dihadiri paslonnya.",
        "Our regent pair's field team hired a synthetic PNS to go door-to-door with a survey.",
    ):
        asked = parse_question(told, SYNTHETIC_CATALOG)
        siding = [NormMatch(SYNTHETIC_NORMS[1], 0.7, 1.0, 0.1, 0.0)]  # its act names no campaign
        assert "kampanye" not in siding[0].norm.act_id
        assert involving(siding, norms, asked, lambda c: True), told


def test_a_campaign_given_the_use_of_government_means_brings_the_campaign_s_own_ban():
    from dataclasses import replace

    from kg.conduct import put_to_use

    facilities = replace(
        synthetic_norm(
            "norm:uu-71-2030/kampanye-fasilitas",
            "uu-71-2030/pasal-69/huruf-h",
            ["setiap-orang"],
            "memakai fasilitas pemerintah dalam kampanye",
            elections=("pilkada",),
        ),
        uses=("government-means",),
    )
    norms = [*SYNTHETIC_NORMS, facilities]
    q = parse_question(
        "Camat (PNS) meminjamkan mobil dinas kecamatan ke tim paslon bupati untuk kampanye.",
        SYNTHETIC_CATALOG,
    )
    chosen = ranked(q.text, norms=norms)[:1]
    found = put_to_use(chosen, norms, q, lambda c: True)
    assert [m.norm.id for m in found] == [facilities.id] and "government property" in found[0].why[0]
    # not once it is chosen, not where the act's rules do not apply, and not without such a use told
    assert put_to_use([*chosen, *found], norms, q, lambda c: True) == []
    assert put_to_use(chosen, norms, q, lambda c: c.id != facilities.id) == []
    own = parse_question("Camat (PNS) naik motor pribadi ke kampanye paslon bupati.", SYNTHETIC_CATALOG)
    assert put_to_use(ranked(own.text, norms=norms)[:1], norms, own, lambda c: True) == []
    # binding others than those it names only as the ones who gave the use, it answers no other story
    from kg.conduct import actor_allows

    assert actor_allows(facilities, q) and not actor_allows(facilities, own)
    team = replace(facilities, addressees=("tim-kampanye", "setiap-orang"))
    asked = parse_question(
        "Tim kampanye paslon bupati memakai fasilitas apa saja yang dilarang?", SYNTHETIC_CATALOG
    )
    assert asked.actor == "tim-kampanye" and actor_allows(team, asked)
    pair = replace(facilities, addressees=("pasangan-calon", "setiap-orang"))
    running = parse_question(
        "Bupati petahana maju lagi di pilbup dan sudah cuti. Apa larangannya?", SYNTHETIC_CATALOG
    )
    assert not running.uses and actor_allows(pair, running)


def test_the_one_a_campaign_team_drew_in_is_bound_by_the_ban_of_its_own_in_the_same_article():
    from dataclasses import replace

    from kg.conduct import drawn_in

    team = replace(
        synthetic_norm(
            "norm:uu-71-2030/tim-melibatkan",
            "uu-71-2030/pasal-80/ayat-2",
            ["tim-kampanye"],
            "mengikutsertakan ASN dalam kegiatan kampanye",
            elections=("pemilu",),
        ),
        involving=("pegawai-asn",),
    )
    member = synthetic_norm(
        "norm:uu-71-2030/asn-anggota-tim",
        "uu-71-2030/pasal-80/ayat-3",
        ["pegawai-asn"],
        "menjadi anggota tim",
    )
    elsewhere = synthetic_norm(
        "norm:uu-71-2030/asn-lain", "uu-71-2030/pasal-81", ["pegawai-asn"], "menjadi anggota tim"
    )
    norms = [*SYNTHETIC_NORMS, team, member, elsewhere]
    q = parse_question(
        "Tim kampanye caleg DPR memasukkan seorang PNS ke daftar tim. Siapa yang bisa dikenai?",
        SYNTHETIC_CATALOG,
    )
    chosen = [m for m in ranked(q.text, norms=norms) if m.norm.id == team.id]
    assert [m.norm.id for m in drawn_in(chosen, norms, q, lambda c: True)] == [member.id]
    # no one drawn in is named: the team's own ban is the whole answer
    alone = parse_question("Tim kampanye caleg DPR menyusun daftar tim. Apa aturannya?", SYNTHETIC_CATALOG)
    assert drawn_in(chosen, norms, alone, lambda c: True) == []


def test_an_actor_outside_the_discipline_rules_still_breaches_the_general_duty_they_link_to():
    from dataclasses import replace

    from kg.conduct import GENERAL_DUTY_LINKS, general_duties

    duty = synthetic_norm(
        "norm:uu-75-2030/netral", "uu-75-2030/pasal-9", ["pegawai-asn"], "menjaga netralitas"
    )
    duty = replace(duty, kind="obligation")
    bans = [
        replace(
            synthetic_norm(
                f"norm:pp-90-2030/ban-{n}", f"pp-90-2030/pasal-5/angka-{n}", ["pns"], "ikut kampanye"
            ),
            same_conduct=(duty.id,),
        )
        for n in range(GENERAL_DUTY_LINKS)
    ]
    team = synthetic_norm(
        "norm:uu-71-2030/tim", "uu-71-2030/pasal-3", ["pegawai-asn"], "masuk tim kampanye paslon"
    )
    norms = [*bans, duty, team]
    text = "Guru PPPK masuk tim kampanye paslon bupati."
    pppk = parse_question(text, SYNTHETIC_CATALOG)
    assert pppk.actor == "pppk" and pppk.election == "pilkada"
    chosen = ranked(text, norms=norms)[:1]
    assert chosen[0].norm.id == team.id

    def keep(c):
        return actor_allows(c, pppk)

    assert [m.norm.id for m in general_duties(chosen, norms, pppk, keep)] == [duty.id]
    # a duty few norms lead to is no general duty; nor is one binding no one the question is about
    assert general_duties(chosen, [*bans[:1], duty, team], pppk, keep) == []
    kades = parse_question("Kepala desa masuk tim kampanye paslon bupati.", SYNTHETIC_CATALOG)
    assert general_duties(chosen, norms, kades, lambda c: actor_allows(c, kades)) == []


def test_a_superior_who_let_a_breach_go_is_matched_to_the_duty_to_punish():
    from dataclasses import replace

    duty = replace(
        synthetic_norm(
            "norm:pp-90-2030/wajib-menghukum",
            "pp-90-2030/pasal-24/ayat-1",
            ["pybmh"],
            "menjatuhkan hukuman kepada PNS yang melanggar; pejabat yang lalai menghukum dihukum atasannya",
        ),
        kind="obligation",
    )
    notice = synthetic_norm(
        "norm:pp-90-2030/keputusan", "pp-90-2030/pasal-33", ["pybmh"], "menyampaikan keputusan hukuman"
    )
    norms = [*SYNTHETIC_NORMS, notice, duty]
    text = "Kadis tahu anak buahnya ikut kampanye tapi enggan menghukum. Kadisnya kena hukuman apa?"
    q = parse_question(text, SYNTHETIC_CATALOG)
    assert q.unpunished and "pybmh" in q.roles
    assert ranked(text, norms=norms)[0].norm.id == duty.id
    # told without the superior's failure, the rule on the penalty decision is no answer about the duty
    told = "Kadis menyampaikan keputusan hukuman kepada anak buahnya yang ikut kampanye."
    assert not parse_question(told, SYNTHETIC_CATALOG).unpunished


def test_an_actor_named_by_its_short_form_counts_as_its_full_name():
    village = synthetic_norm(
        "norm:uu-71-2030/kepala-desa-memihak",
        "uu-71-2030/pasal-90",
        ["kepala-desa"],
        "kepala desa membuat tindakan yang menguntungkan peserta",
        elections=("pemilu",),
    )
    norms = [*SYNTHETIC_NORMS, village]
    short = ranked("kades nyebarin video caleg dpr ke grup warga, boleh?", norms=norms)
    full = ranked("kepala desa nyebarin video caleg dpr ke grup warga, boleh?", norms=norms)
    assert short[0].norm.id == full[0].norm.id == village.id
    assert short[0].score == full[0].score


def test_bringing_fellow_civil_servants_to_a_campaign_is_the_mobilising_ban_not_an_appeal():
    mobilising = synthetic_norm(
        "norm:pp-90-2030/menggerakkan",
        "pp-90-2030/pasal-3/huruf-b/angka-3",
        ["pns"],
        "ikut kampanye dengan menggerakkan PNS lain",
        elections=("pemilu", "pilkada"),
    )
    norms = [*SYNTHETIC_NORMS, mobilising]
    # "mengajak" is the appeal's word; whom the actor asks, and where to, makes it mobilising
    staff = ranked("Kabid mengajak lima staf di bidangnya ikut rapat umum paslon bupati.", norms=norms)
    assert staff[0].norm.id == mobilising.id
    residents = ranked("Camat mengajak warga memilih paslon bupati.", norms=norms)
    assert residents[0].norm.id == "norm:pp-90-2030/barang"


def test_a_permission_does_not_reweigh_the_words_of_the_other_norms():
    from dataclasses import replace

    leave = replace(
        synthetic_norm(
            "norm:uu-70-2030/boleh-kampanye",
            "uu-70-2030/pasal-11",
            ["kepala-daerah"],
            "boleh ikut kampanye dengan cuti kampanye, memakai fasilitas negara tidak",
        ),
        kind="permission",
    )
    text = "Camat membagikan sembako, mengajak warga memilih calon bupati dan menggunakan fasilitas negara"
    alone = {m.norm.id: m.score for m in ranked(text)}
    beside = {m.norm.id: m.score for m in ranked(text, norms=[*SYNTHETIC_NORMS, leave])}
    assert alone and all(beside[i] == score for i, score in alone.items())


def test_a_norm_needing_named_words_changes_no_other_norms_share_of_the_question():
    from dataclasses import replace

    leak = replace(
        synthetic_norm(
            "norm:pp-90-2030/rahasia",
            "pp-90-2030/pasal-4",
            ["pns"],
            "membocorkan rahasia jabatan kepada tim kampanye sintetis",
        ),
        needs=("rahasia", "bocor"),
    )
    text = "PNS membocorkan rahasia jabatan dan memakai mobil dinas untuk kampanye sintetis"
    q = parse_question(text, SYNTHETIC_CATALOG)
    alone = {m.norm.id: m.coverage for m in Matcher(SYNTHETIC_NORMS).match(q)}
    beside = {m.norm.id: m.coverage for m in Matcher([*SYNTHETIC_NORMS, leak]).match(q)}
    assert beside[leak.id] > 0  # it answers, the question naming its words
    # the share of the question each other norm covers, and so their order, as without it
    assert {k: v for k, v in beside.items() if k != leak.id} == alone


def test_the_content_of_a_talk_is_no_material_given_to_voters():
    norms = [
        synthetic_norm(
            "norm:uu-70-2030/uang",
            "uu-70-2030/pasal-7",
            ["setiap-orang"],
            "menjanjikan uang atau materi lainnya",
        ),
        synthetic_norm(
            "norm:pp-90-2030/fasilitas-layar",
            "pp-90-2030/pasal-3/huruf-b/angka-4",
            ["pns"],
            "ikut kampanye dengan menggunakan fasilitas negara",
        ),
    ]
    got = ranked("Kabid sintetis (PNS) nyusun materi slide di kantor. Kena aturan apa?", norms)
    assert "norm:uu-70-2030/uang" not in [m.norm.id for m in got[:1]]
    # money named is still what the norm says
    got = ranked("PNS sintetis menjanjikan uang dan materi lainnya ke warga. Kena aturan apa?", norms)
    assert got and got[0].norm.id == "norm:uu-70-2030/uang"


def test_the_code_of_an_election_body_binds_one_it_seats_though_no_ban_matched_him():
    code = synthetic_norm(
        "norm:uu-71-2040/kode-etik",
        "uu-71-2040/pasal-9",
        ["penyelenggara-pemilu"],
        "taat kode etik",
        "obligation",
    )
    q = parse_question("Ketua KPPS sintetis, guru honorer, bukan PNS dan bukan PPPK. Dia terikat aturan apa?")
    assert "penyelenggara-pemilu" in q.roles and q.actor != "penyelenggara-pemilu"
    assert [m.norm.id for m in office_duties([], [code], q, lambda c: True)] == [code.id]
