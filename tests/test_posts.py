"""kg.posts: the offender's post, tier and penalty read from questions; the powers split by post that fit."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from kg.corpus.records import Power
from kg.posts import (
    RANK_AND_FILE,
    PostQuery,
    fitting_points,
    penalty_kind,
    reached,
    reaches,
    read_grades,
    read_posts,
)
from kg.question import parse_question

S = "sanction:pp-90-2030"
LIGHT = [f"{S}/ringan/teguran-lisan"]
MEDIUM = [f"{S}/sedang/potong-tukin-6-bulan"]
HEAVY = [
    f"{S}/berat/penurunan-jabatan",
    f"{S}/berat/pembebasan-jabatan",
    f"{S}/berat/pemberhentian-dengan-hormat",
]
DEMOTION = HEAVY[:2]
DISMISSAL = HEAVY[2:]


def level_of(sid: str) -> str | None:
    return sid.split("/")[1]


@pytest.mark.parametrize(
    ("text", "post", "tier"),
    [
        ("Guru SD sintetis (PNS provinsi, jabatan fungsional) ikut kampanye", "fungsional", "provinsi"),
        ("A synthetic senior-high teacher at a provincial school campaigned", "fungsional", "provinsi"),
        ("Pak camat sintetis di pemkab ikut kampanye", "administrator", "kabupaten-kota"),
        ("A synthetic sub-district head turned up at a rally", "administrator", "kabupaten-kota"),
        ("Kabid sintetis di dinas provinsi ikut deklarasi", "administrator", "provinsi"),
        ("Kabag umum sintetis di pemkot", "administrator", "kabupaten-kota"),
        ("Kasi sintetis di kecamatan", "pengawas", "kabupaten-kota"),
        ("Sekcam sintetis di pemkab", "administrator", "kabupaten-kota"),
        ("An echelon-III official in a synthetic regency", "administrator", "kabupaten-kota"),
        ("Pejabat eselon IV sintetis di kementerian", "pengawas", "pusat"),
        ("Kasubbag sintetis di kementerian", "pengawas", "pusat"),
        ("Kepala dinas sintetis di pemkab", "jpt-pratama", "kabupaten-kota"),
        ("Kadis sintetis (PNS provinsi)", "jpt-pratama", "provinsi"),
        ("Kepala Bappeda sintetis di pemkab", "jpt-pratama", "kabupaten-kota"),
        ("Sekda provinsi sintetis", "jpt-madya", "provinsi"),
        ("Sekda kabupaten sintetis", "jpt-pratama", "kabupaten-kota"),
        ("Staf sintetis di pemkot", "pelaksana", "kabupaten-kota"),
        ("A synthetic staff-level civil servant at a regency office", "pelaksana", "kabupaten-kota"),
        ("Dosen sintetis di kementerian", "fungsional", "pusat"),
        ("Dokter sintetis di puskesmas kabupaten", "fungsional", "kabupaten-kota"),
        ("Bidan sintetis di desa", "fungsional", None),
        ("Peneliti ahli utama sintetis di kementerian", "fungsional-ahli-utama", "pusat"),
        ("A synthetic principal-expert analyst at a ministry", "fungsional-ahli-utama", "pusat"),
        ("A pratama-level senior official in a synthetic province", "jpt-pratama", "provinsi"),
        ("A synthetic provincial agency head", "jpt-pratama", "provinsi"),
        ("an administrator-level post in a synthetic regency", "administrator", "kabupaten-kota"),
        ("A synthetic official holding a top-level (pimpinan tinggi utama) post", "jpt-utama", None),
        ("A synthetic officer of the KBRI in a far country", None, "perwakilan"),
        # the supervisors' tier is the offender's only when nothing else names one
        (
            "Our regency Bawaslu found posts by a synthetic staffer of a provincial office",
            "pelaksana",
            "provinsi",
        ),
        ("Bawaslu kabupaten sintetis menemukan PNS ikut kampanye", None, "kabupaten-kota"),
        # a national agency under no ministry, wherever its station stands
        (
            "A synthetic staff member of the national meteorology agency at a regency airport",
            "pelaksana",
            "pusat",
        ),
        ("A trade-ministry clerk seconded to a synthetic embassy", "pelaksana", "perwakilan"),
        # Said outright, the post class wins over the title ("bureau chief" would be a pratama post).
        (
            "A synthetic bureau chief, which is an administrator-level post, in a regency",
            "administrator",
            "kabupaten-kota",
        ),
        # "PNS" alone says nothing of the post; a lurah's level the texts do not give.
        ("PNS sintetis ikut kampanye", None, None),
        ("Lurah sintetis ikut kampanye", None, "kabupaten-kota"),
    ],
)
def test_the_offenders_post_and_tier_are_read_in_both_languages_formal_or_everyday(text, post, tier):
    asked = read_posts(text)
    assert (asked.post, asked.tier) == (post, tier)


def test_the_seat_contested_and_the_one_punishing_are_not_the_offender():
    # The election's seat is no tier of the offender's agency; who punishes is not who is punished.
    assert read_posts("Staf sintetis datang ke kampanye paslon wali kota").tier is None
    assert read_posts("A synthetic clerk attended a regent pair's rally").tier is None
    assert read_posts("Can the kepala dinas punish a synthetic teacher?").post == "fungsional"
    assert read_posts("Guru sintetis dihukum oleh kepala dinas").post == "fungsional"


def test_a_post_said_to_be_absent_is_not_the_offenders():
    assert read_posts("Di unit sintetis nggak ada pejabat administrator; stafnya kampanye.").post is None
    assert read_posts("Our unit has no administrator-level post; a clerk campaigned.").post == "pelaksana"
    assert read_posts("Pejabat administrator sintetis ikut kampanye.").post == "administrator"


def test_the_askers_own_post_gives_way_to_the_offender_the_question_names():
    # the one asking is the one to act: the section head he is to punish is the offender
    assert (
        read_posts("Saya sekda kabupaten sintetis. Draf SK berat untuk seorang kasi dinas.").post
        == "pengawas"
    )
    told = (
        "I'm the regional secretary (sekda) of a synthetic regency; a section head at an office campaigned."
    )
    assert read_posts(told).post == "pengawas"
    assert read_posts("Saya kasi, atasan langsung seorang staf yang ikut kampanye.").post == "pelaksana"
    # alone, the asker's post is the offender's; and one's husband's post is not one's own
    assert (
        read_posts("Saya kasi di dinas sintetis dan ikut kampanye. Siapa yang menghukum?").post == "pengawas"
    )
    assert read_posts("Suami saya kepala dinas sintetis; stafnya ikut kampanye.").post == "jpt-pratama"


@pytest.mark.parametrize(
    ("told", "post"),
    [
        (
            "I head the synthetic section (supervisor level). A PNS with no post campaigned.",
            "pelaksana",
        ),
        (
            "I run a synthetic unit; my post is at administrator level. A functional official campaigned.",
            "fungsional",
        ),
        ("Saya kasubbag sintetis (eselon IV). Seorang staf tanpa jabatan ikut kampanye.", "pelaksana"),
        ("One of the ordinary staff campaigned; his boss is at supervisor level.", "pelaksana"),
        # the post is the offender's when he is the one said to run the unit
        ("A synthetic official who heads a section (supervisor level) campaigned.", "pengawas"),
    ],
)
def test_the_askers_post_said_of_the_unit_he_runs_or_in_parentheses_is_his_own(told, post):
    assert read_posts(told).post == post


@pytest.mark.parametrize(
    ("told", "post"),
    [
        ("Researcher at a synthetic university mapping rules. A director-general campaigned.", "jpt-madya"),
        ("Dosen HTN nanya: kepala dinas sintetis ikut kampanye, siapa yang menghukum?", "jpt-pratama"),
        # no heading: the researcher who campaigned is the offender
        ("A researcher at a synthetic ministry campaigned for a ticket. Who punishes him?", "fungsional"),
    ],
)
def test_a_post_in_the_heading_the_question_opens_with_is_the_askers(told, post):
    assert read_posts(told).post == post


def test_the_penalty_asked_about_is_read_by_level_and_by_kind():
    asked = read_posts("Kalau guru sintetis mau dipecat siapa? Kalau cuma diturunkan jabatannya?")
    assert asked.kinds == {"pemberhentian", "penurunan-jabatan"} and not asked.levels
    assert read_posts("A synthetic clerk faces a heavy penalty; if dismissed?").levels == {"berat"}
    assert read_posts("A synthetic clerk faces a heavy penalty; if dismissed?").kinds == {"pemberhentian"}
    assert read_posts("Ancaman hukuman sedang bagi staf sintetis").levels == {"sedang"}
    assert read_posts("A light penalty for a synthetic clerk").levels == {"ringan"}
    assert read_posts("Can the governor impose any penalty on a synthetic clerk?").levels == {
        "ringan",
        "sedang",
        "berat",
    }
    # "keberatan" (an objection) is no heavy penalty.
    assert read_posts("Staf sintetis mengajukan keberatan").levels == frozenset()
    assert read_posts("staf sintetis dua tingkat di bawah dubes").levels_below == 2
    assert read_posts("a synthetic clerk one level below the ambassador").levels_below == 1


def test_a_question_object_reads_like_its_text_and_uses_the_parsed_roles():
    q = parse_question("A synthetic sub-district head in a regency campaigned; it carries a medium penalty")
    assert read_posts(q) == read_posts(q.text)
    assert read_posts(q) == PostQuery(
        post="administrator", tier="kabupaten-kota", levels=frozenset({"sedang"})
    )


def test_the_heavy_penalties_kind_is_read_from_the_sanction_id():
    assert [penalty_kind(s) for s in HEAVY] == ["penurunan-jabatan", "pembebasan-jabatan", "pemberhentian"]
    assert penalty_kind(LIGHT[0]) is None


def synthetic_power(provision, posts=(), below=None, tiers=(), sanctions=(), kind="imposes"):
    return Power(
        kind=kind,
        scope_id="sintetis",
        scope_en="synthetic",
        provision=provision,
        offender_posts=list(posts),
        levels_below=below,
        tiers=list(tiers),
        sanctions=list(sanctions),
    )


REG = "pp-90-2030"
CENTRAL, REGENCY = ["pusat", "provinsi"], ["kabupaten-kota"]
POWERS = [
    synthetic_power(f"{REG}/pasal-17/ayat-2/huruf-b", ["fungsional-ahli-utama"], sanctions=DISMISSAL),  # 0
    synthetic_power(
        f"{REG}/pasal-18/ayat-2/huruf-b", ["fungsional-ahli-utama"], tiers=CENTRAL, sanctions=LIGHT + DEMOTION
    ),
    synthetic_power(
        f"{REG}/pasal-18/ayat-2/huruf-c", ["administrator", "pelaksana"], tiers=CENTRAL, sanctions=HEAVY
    ),  # 2
    synthetic_power(f"{REG}/pasal-18/ayat-2/huruf-d", ["fungsional"], tiers=CENTRAL, sanctions=HEAVY),  # 3
    synthetic_power(
        f"{REG}/pasal-18/ayat-3/huruf-c",
        ["administrator", "pelaksana"],
        tiers=REGENCY,
        sanctions=MEDIUM + HEAVY,
    ),
    synthetic_power(f"{REG}/pasal-18/ayat-3/huruf-d", ["fungsional"], tiers=REGENCY, sanctions=HEAVY),  # 5
    synthetic_power(f"{REG}/pasal-19/huruf-a", below=1, tiers=["perwakilan"], sanctions=LIGHT),  # 6
    synthetic_power(f"{REG}/pasal-19/huruf-b", below=2, tiers=["perwakilan"], sanctions=MEDIUM),  # 7
    synthetic_power(
        f"{REG}/pasal-21/huruf-c",
        ["fungsional-ahli-utama", "fungsional"],
        tiers=CENTRAL + REGENCY,
        sanctions=LIGHT + MEDIUM,
    ),  # 8
    synthetic_power(f"{REG}/pasal-17/ayat-1/huruf-a", ["jpt-utama"], sanctions=LIGHT + HEAVY),  # 9
]


def _fit(text):
    return fitting_points(POWERS, read_posts(text), level_of, 2)


def test_the_points_fitting_post_tier_and_penalty_are_chosen():
    # A provincial teacher facing a heavy penalty: the provincial PPK, not the regency one nor the superiors.
    assert _fit("Guru sintetis (PNS provinsi, jabatan fungsional), ancamannya berat") == [3]
    assert _fit("A synthetic regency teacher faces a heavy penalty") == [5]
    # A light or medium one: the head of agency over functional staff.
    assert _fit("Guru sintetis di pemkab, ancamannya sedang") == [8]
    assert _fit("Pak camat sintetis, hukuman sedang") == [4]
    # Dismissal and demotion of an ahli utama: the President for one, the central PPK for the other.
    assert _fit(
        "Peneliti ahli utama sintetis di kementerian: kalau dipecat? kalau diturunkan jabatannya?"
    ) == [0, 1]
    # Two levels below the head of mission: the medium-penalty point, even when a heavy one is asked of.
    assert _fit("Staf sintetis di KBRI, dua tingkat di bawah dubes, kalau ancamannya berat?") == [7]
    # Post unsaid: a power over top executives (any agency, any penalty) names no one the question places.
    assert _fit("Seorang PNS sintetis di KBRI, dua tingkat di bawah dubes, kalau ancamannya berat?") == [7]
    assert _fit("A synthetic top-level (pimpinan tinggi utama) official, a light penalty") == [9]


def test_a_question_that_does_not_place_the_offender_leaves_the_choice_to_the_caller():
    assert _fit("Warga sintetis ikut kampanye, hukumannya berat, siapa yang menghukum?") is None
    # Said of a post no point reaches and nothing else fits: no choice either.
    assert fitting_points(POWERS[:3], read_posts("Guru sintetis di pemkab"), level_of, 2) is None


def test_a_superiors_power_over_those_levels_below_reaches_the_post_that_many_rungs_down():
    assert reached("jpt-madya", 1) == "jpt-pratama" and reached("jpt-madya", 2) == "administrator"
    assert reached("pengawas", 1) == "pelaksana" and reached("pelaksana", 1) is None
    assert reached("fungsional", 1) is None and reached(None, 1) is None  # no rung, no distance
    # A madya executive's light penalty one level below, a pratama executive's one level below: a provincial
    # pratama agency head facing a light penalty is the first's, not the second's.
    madya = synthetic_power(f"{REG}/pasal-20/huruf-a", below=1, tiers=CENTRAL, sanctions=LIGHT)
    pratama = synthetic_power(f"{REG}/pasal-21/huruf-a", below=1, tiers=CENTRAL, sanctions=LIGHT)
    asked = read_posts("Kepala dinas provinsi sintetis (pejabat pimpinan tinggi pratama), hukuman ringan")
    assert asked.post == "jpt-pratama"
    assert fitting_points([madya, pratama], asked, level_of, 2, ["jpt-madya", "jpt-pratama"]) == [0]
    # without the holders' posts the distance says nothing of a post: no choice
    assert fitting_points([madya, pratama], asked, level_of, 2) is None


def test_an_official_the_question_names_is_answered_by_what_his_own_power_reaches_over_the_offender():
    ppk = synthetic_power(
        f"{REG}/pasal-18/ayat-3/huruf-c", ["administrator", "pengawas"], tiers=REGENCY, sanctions=HEAVY
    )
    one_below = synthetic_power(f"{REG}/pasal-21/huruf-a", below=1, tiers=REGENCY, sanctions=LIGHT)
    two_below = synthetic_power(f"{REG}/pasal-21/huruf-b", below=2, tiers=REGENCY, sanctions=MEDIUM)
    powers, holders = [ppk, one_below, two_below], [None, "jpt-pratama", "jpt-pratama"]

    def fit(text):
        return fitting_points(powers, read_posts(text), level_of, 2, holders)

    # A heavy penalty on a section head is the PPK's; the agency head who signed it is answered by how far
    # his own power reaches over a section head (medium, two levels below), not by his light one.
    assert fit("Kasi sintetis di dinas kabupaten, hukuman berat; SK diteken kepala dinas, bukan bupati") == [
        0,
        2,
    ]
    assert fit(
        "A synthetic section head in a regency office faces a heavy penalty: may the head of the agency sign?"
    ) == [
        0,
        2,
    ]
    assert fit("Kasi sintetis di dinas kabupaten, hukuman berat: siapa yang menjatuhkan?") == [0]


def test_a_power_restricted_to_some_posts_or_tiers_reaches_only_the_offenders_it_names():
    proposal = synthetic_power(
        f"{REG}/pasal-17/ayat-3/huruf-b", ["jpt-madya"], kind="recommends", sanctions=HEAVY
    )
    abroad = synthetic_power(
        f"{REG}/pasal-35/ayat-4", tiers=["perwakilan"], kind="recommends", sanctions=HEAVY
    )
    assert reaches(proposal, read_posts("A synthetic madya-level senior official"))
    assert not reaches(proposal, read_posts("A synthetic clerk"))
    assert not reaches(proposal, read_posts("PNS sintetis"))
    assert reaches(abroad, read_posts("Staf sintetis di KBRI"))
    assert not reaches(abroad, read_posts("Staf sintetis di pemkab"))


def test_the_corpus_power_takes_a_post_split_from_the_vocabulary_only():
    assert (
        synthetic_power(f"{REG}/pasal-18/ayat-3/huruf-c", ["administrator"], tiers=REGENCY).tiers == REGENCY
    )
    with pytest.raises(ValidationError):
        synthetic_power(f"{REG}/pasal-18/ayat-3/huruf-c", ["camat"])
    with pytest.raises(ValidationError):
        synthetic_power(f"{REG}/pasal-18/ayat-3/huruf-c", tiers=["desa"])
    with pytest.raises(ValidationError):
        synthetic_power(f"{REG}/pasal-19/huruf-a", below=3)
    with pytest.raises(ValidationError):  # named posts or a distance below, never both
        synthetic_power(f"{REG}/pasal-19/huruf-a", ["pelaksana"], below=1)


def test_a_consulate_general_is_a_mission_abroad():
    assert read_posts("a civil servant at our consulate-general").tier == "perwakilan"
    assert read_posts("konsul jenderal menegur stafnya").tier == "perwakilan"


def test_the_old_names_of_posts_and_penalties_read_as_todays():
    # an echelon I official is a madya-rank executive; the old transfer to a lower post is a demotion
    assert read_posts("A director-general, an eselon I official, used ministry cars.").post == "jpt-madya"
    assert read_posts("pejabat eselon I.b di kementerian").post == "jpt-madya"
    assert read_posts("pejabat eselon II di kabupaten").post == "jpt-pratama"
    assert penalty_kind("sanction:pp-90-2010/berat/pemindahan-turun-jabatan") == "penurunan-jabatan"


def _graded(provision, low, high, posts=("pelaksana",), sanctions=MEDIUM):
    from kg.corpus.records import GradeRange

    power = synthetic_power(provision, list(posts), tiers=REGENCY, sanctions=sanctions)
    return power.model_copy(update={"staff_grades": GradeRange(low=low, high=high)})


def test_pay_grades_are_read_as_people_write_them():
    assert read_grades("staf golongan II/b dan satu gol. iii/A, grade IV / c") == {"II/b", "III/a", "IV/c"}
    assert read_grades("Pasal 4 huruf a, I/e, III/e, 2021/a") == frozenset()  # no such grade


def test_a_grade_said_of_general_staff_places_the_offender_among_them():
    # The camat who punishes is named first; the graded staff are the offenders.
    asked = read_posts(
        "Camat sintetis (eselon III) mau menunda KGB dua staf, satu golongan II/b, satu III/a."
    )
    assert asked.post == "pelaksana" and asked.grades == {"II/b", "III/a"} and asked.levels == {"sedang"}
    assert read_posts("a synthetic grade I/c caretaker at a regency school").post == "pelaksana"
    # a grade with no staff word beside it places no one
    assert read_posts("Kepala dinas sintetis, golongan IV/c, eselon II").post == "jpt-pratama"


def test_a_penalty_named_is_asked_at_its_level_unless_it_is_the_one_given_too_lightly():
    assert read_posts("The synthetic head wants to defer the clerk's periodic pay rise").levels == {"sedang"}
    assert read_posts("Boleh saya beri teguran lisan ke staf sintetis?").levels == {"ringan"}
    assert (
        read_posts("Sekda bilang cukup memberi teguran tertulis saja kepada camat sintetis.").levels == set()
    )


def test_the_points_for_general_staff_of_other_pay_grades_are_left_out():
    points = [
        _graded(f"{REG}/pasal-20/ayat-2/huruf-a/angka-3", "II/c", "III/b"),
        _graded(f"{REG}/pasal-20/ayat-5/huruf-a/angka-2", "II/a", "II/b"),
        _graded(f"{REG}/pasal-20/ayat-1/huruf-a/angka-5", "IV/a", "IV/c", sanctions=HEAVY),
    ]
    assert fitting_points(
        points, read_posts("Staf sintetis di pemkab, golongan II/b, hukuman sedang"), level_of, 2
    ) == [1]
    assert fitting_points(
        points, read_posts("Staf sintetis di pemkab, golongan III/a, hukuman sedang"), level_of, 2
    ) == [0]
    # no grade said: every point for general staff fits as before (too many to choose from)
    assert fitting_points(points[:2], read_posts("Staf sintetis di pemkab, hukuman sedang"), level_of, 2) == [
        0,
        1,
    ]


def test_a_grade_range_runs_upward_over_real_grades_and_grades_general_staff_only():
    from kg.corpus.records import GradeRange

    assert GradeRange(low="II/c", high="III/b").grades() == ["II/c", "II/d", "III/a", "III/b"]
    with pytest.raises(ValidationError):
        GradeRange(low="III/b", high="II/c")
    with pytest.raises(ValidationError):
        GradeRange(low="II/e", high="III/a")
    with pytest.raises(ValidationError):  # grades split the general staff, who must be among the posts
        Power.model_validate(
            {
                **_graded(f"{REG}/pasal-20/ayat-2/huruf-a/angka-3", "II/c", "III/b").model_dump(),
                "offender_posts": ["pengawas"],
            }
        )


@pytest.mark.parametrize(
    "text",
    [
        "Saya PNS staf di KPP Pratama di sebuah kabupaten, ikut kampanye paslon bupati",
        "A clerk at the immigration office in our regency put a candidate's stickers on the queue tickets",
        "A sub-section head at the regency office of a central ministry spoke at a DPR candidate's meeting",
        "Seorang staf Kanwil Kemenag provinsi mengangkut jamaah ke kampanye",
        "A PNS at the land office, based in our regency, joined a rally",
    ],
)
def test_a_central_agencys_office_in_the_regions_is_the_central_tier_wherever_it_sits(text):
    assert read_posts(text).tier == "pusat"


def test_a_penghulu_holds_a_functional_post():
    assert read_posts("Penghulu KUA di kecamatan kami menyelipkan ajakan memilih paslon").post == "fungsional"


def test_who_handles_the_case_and_who_the_papers_go_to_are_not_the_offender():
    told = "Kabid sintetis sudah menyerahkan BAP ke kepala dinas: seorang kasi terbukti datang ke kampanye."
    assert read_posts(told).post == "pengawas"
    told = (
        "A synthetic head of division handed the examination record to the head of the agency: one of the "
        "section heads was shown to have gone to a rally."
    )
    assert read_posts(told).post == "pengawas"
    # handing out goods is the breach itself, not the handling of a case
    assert read_posts("Kabid sintetis menyerahkan kupon BBM ke tim paslon.").post == "administrator"


def test_a_lurah_of_unknown_post_is_reached_only_by_a_power_over_every_post_he_may_hold():
    asked = read_posts(parse_question("Lurah sintetis di pemkab mengajak warga memilih paslon bupati."))
    assert asked.post is None and asked.among == {"administrator", "pengawas"} and asked.says_post
    powers = [
        synthetic_power(
            f"{REG}/pasal-18/ayat-3/huruf-c",
            ["administrator", "pengawas", "pelaksana"],
            tiers=REGENCY,
            sanctions=HEAVY,
        ),
        synthetic_power(f"{REG}/pasal-18/ayat-3/huruf-d", ["administrator"], tiers=REGENCY, sanctions=HEAVY),
        synthetic_power(f"{REG}/pasal-21/huruf-b", below=2, tiers=REGENCY, sanctions=HEAVY),
    ]
    assert fitting_points(powers, asked, level_of, 2, [None, None, "jpt-pratama"]) == [0]
    # his post said outright, the post decides as always
    said = read_posts(parse_question("Lurah sintetis (pejabat administrator) di pemkab ikut kampanye."))
    assert said.post == "administrator" and not said.among


def test_a_civil_servant_of_unsaid_post_is_reached_only_by_a_power_over_all_the_rank_and_file():
    asked = read_posts(
        parse_question("PNS sintetis di dinas provinsi ikut kampanye; siapa yang menghukum berat?")
    )
    assert asked.post is None and asked.among == RANK_AND_FILE and asked.post_unsaid and asked.says_post
    powers = [
        synthetic_power(
            f"{REG}/pasal-18/ayat-2/huruf-c", sorted(RANK_AND_FILE), tiers=CENTRAL, sanctions=HEAVY
        ),
        synthetic_power(f"{REG}/pasal-18/ayat-2/huruf-d", ["fungsional"], tiers=CENTRAL, sanctions=HEAVY),
        synthetic_power(
            f"{REG}/pasal-18/ayat-3/huruf-c", sorted(RANK_AND_FILE), tiers=REGENCY, sanctions=HEAVY
        ),
        synthetic_power(f"{REG}/pasal-22/huruf-b", ["pelaksana"], tiers=CENTRAL, sanctions=MEDIUM),
    ]
    assert fitting_points(powers, asked, level_of, 2) == [0]
    # a light penalty no power over all of them imposes: no choice
    light = read_posts(
        "A synthetic PNS at a provincial office; who gives him a verbal warning (light penalty)?"
    )
    assert light.post_unsaid and fitting_points(powers, light, level_of, 2) is None
    # a title places him: the functional point
    teacher = read_posts("Guru PNS sintetis di dinas provinsi ikut kampanye; siapa yang menghukum berat?")
    assert teacher.post == "fungsional" and not teacher.post_unsaid
    assert fitting_points(powers, teacher, level_of, 2) == [1]
