"""Who is being punished, read from a question: the offender's post, the tier of government and the penalty.

PP 94/2021 Pasal 17-23 split the power to punish by the offender's post, the tier of the agency and the
level and kind of penalty; the curated powers carry the same split (``Power.offender_posts``,
``levels_below``, ``tiers``, ``sanctions``). ``read_posts`` reads it from a question's words, formal or
everyday, Indonesian or English; ``fitting_points`` keeps the powers that fit. What the question does
not say stays None: a civil servant named by the bare word "PNS" is given no post, only the posts of
the rank and file he may hold, so that a power reaching all of them alone (the PPK's medium and heavy
penalties on administrators and below) is chosen, and none reaching only some.

Everyday titles map onto posts as the curated corpus reads them (a camat or a head of division is an
administrator, a head of section a supervisor, a kepala dinas a pratama executive, a teacher or a
doctor a functional official); where a question names the post class itself ("an administrator-level
post", "jabatan fungsional") that wins over the title.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.corpus.records import PAY_GRADES, AgencyTier, OffenderPost

if TYPE_CHECKING:
    from kg.corpus.records import Power
    from kg.question import Question

LEVELS = ("ringan", "sedang", "berat")
# The heavy penalties of PP 94/2021 Pasal 8 ayat (4), by the tail of their sanction ids.
KINDS = {"penurunan-jabatan": "demotion", "pembebasan-jabatan": "removal", "pemberhentian": "dismissal"}
# PP 53/2010's move to a lower post is the demotion PP 94/2021 names otherwise.
_SAME_KIND = {"pemindahan-turun-jabatan": "penurunan-jabatan"}

_I = re.IGNORECASE


def _rx(*alternatives: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])", _I)


# The post class said outright, most specific first ("fungsional ahli utama" before "fungsional"); an
# echelon is the old name of the same post (UU 5/2014 Pasal 131, as the corpus cites it).
_CLASS_WORDS: tuple[tuple[OffenderPost, re.Pattern[str]], ...] = (
    ("fungsional-ahli-utama", _rx(r"ahli utama", r"principal[- ]expert")),
    (
        "fungsional",
        _rx(
            r"ahli (?:madya|muda|pertama)",
            r"(?:jabatan|pejabat|jf) fungsional",
            r"functional",
            # a functional official's grade said alone: "penyuluh jenjang Muda"
            r"jenjang (?:pertama|muda|madya|terampil|mahir|penyelia)",
        ),
    ),
    (
        "jpt-utama",
        _rx(r"(?:pimpinan tinggi|jpt) utama", r"top[- ](?:level|rank)", r"utama[- ](?:level|rank)"),
    ),
    (
        "jpt-madya",
        _rx(
            r"(?:pimpinan tinggi|jpt) madya",
            r"(?:senior )?madya[- ](?:level|rank|post|position)",
            r"e(?:selon|chelon)[- ](?:i|1)(?:\.?[ab])?",
        ),
    ),
    (
        "jpt-pratama",
        _rx(
            r"(?:pimpinan tinggi|jpt) pratama",
            r"(?:senior )?pratama[- ](?:level|rank|post|position)",
            r"e(?:selon|chelon)[- ](?:ii|2)",
        ),
    ),
    (
        "administrator",
        _rx(
            r"(?:jabatan|pejabat) administrator",
            r"administrator[- ](?:level|rank)",
            r"e(?:selon|chelon)[- ](?:iii|3)",
        ),
    ),
    (
        "pengawas",
        _rx(
            r"(?:jabatan|pejabat) pengawas", r"supervisor[- ](?:level|rank)", r"e(?:selon|chelon)[- ](?:iv|4)"
        ),
    ),
    (
        "pelaksana",
        _rx(
            r"(?:jabatan|pejabat|staf) pelaksana",
            r"pelaksana[- ](?:level|rank|post)",
            r"staff?[- ](?:level|rank)",
            r"(?:level|tingkat) staf",
            r"rank[- ]and[- ]file",
            # "a PNS with no post", "staf tanpa jabatan": general staff
            r"with no (?:formal |structural )?(?:post|position)",
            r"tanpa jabatan",
            r"ordinary staff",
            r"(?:staf|pegawai) biasa",
        ),
    ),
)
# Regional agencies whose heads are named by the agency's short name ("kepala Bappeda", "kepala BPBD").
AGENCY_SHORT_NAMES = (
    r"bappeda|bpbd|bapenda|bpkad|bpkd|disdukcapil|dukcapil|kesbangpol|bakesbangpol|"
    # the staffing agency and the offices of communication, health, education, social affairs, trade, youth
    # and sports, tourism, manpower, licensing, village affairs, public works, transport, farming, environment
    r"bkpsdm|bkpsdmd|bkd|bkpp|bpsdm|diskominfo|dinkominfo|dinkes|disdik|dispendik|dinsos|disperindag|disdag|"
    r"dispora|disparbud|dispar|disnaker|disnakertrans|dpmptsp|dpmd|dpupr|dishub|distan|dlh|disperkim"
)
# Everyday titles (the examples the curated scopes give); a provincial secretary is a madya executive,
# a regency or city secretary a pratama one (UU 5/2014 elucidation of Pasal 19, as the corpus cites it).
_TITLES: tuple[tuple[OffenderPost, re.Pattern[str]], ...] = (
    (
        "jpt-madya",
        _rx(r"direktur jenderal", r"dirjen", r"sekjen", r"sekretaris jenderal", r"directors?[- ]general"),
    ),
    (
        "jpt-pratama",
        _rx(
            r"kepala dinas",
            r"kadis",
            r"kepala badan(?: daerah)?",
            rf"kepala (?:{AGENCY_SHORT_NAMES})",
            r"kepala biro",
            r"karo",
            r"heads? of (?:an? |the )?(?:[\w-]+ ){0,2}(?:office|dinas)",
            r"(?:education|health|public[- ]works|[\w-]+) office heads?",
        ),
    ),
    (
        "administrator",
        _rx(
            r"kabid",
            r"kabag",
            r"kepala (?:bidang|bagian)",
            # a camat's secretary holds an administrator post like the camat
            r"sekcam",
            r"sekretaris (?:camat|kecamatan)",
            r"heads? of (?:an? |the )?(?:division|department)",
            r"division heads?",
            r"bureau chiefs?",
        ),
    ),
    (
        "pengawas",
        _rx(
            r"kasie?",
            r"kasubb?ag",
            r"kepala (?:seksi|sub ?bagian|subbagian)",
            r"section heads?",
            r"heads? of (?:an? |the )?(?:section|sub-?division)",
        ),
    ),
    (
        "fungsional",
        _rx(
            r"guru",
            r"dosen",
            r"dokter",
            r"bidan",
            r"perawat",
            r"penyuluh",
            r"penghulu",
            r"peneliti",
            r"analis",
            r"auditor",
            r"widyaiswara",
            r"pranata \w+",
            r"teachers?",
            r"lecturers?",
            r"doctors?",
            r"midwi(?:fe|ves)",
            r"nurses?",
            r"extension workers?",
            r"researchers?",
            r"analysts?",
        ),
    ),
    ("pelaksana", _rx(r"staf", r"staff(?: member)?", r"staffers?", r"clerks?", r"pegawai biasa")),
)
# Posts the one actor vocabulary (ingest.actors) names; a lurah's post is left unknown (the texts at
# hand do not say which level it is), but it is a structural post below the executives': a power over
# both of those reaches him whichever it is.
_ACTOR_POSTS: dict[str, OffenderPost] = {"camat": "administrator", "tenaga-kesehatan": "fungsional"}
_ACTOR_POSTS_AMONG: dict[str, frozenset[OffenderPost]] = {"lurah": frozenset({"administrator", "pengawas"})}
# A civil servant whose post the question does not say, nor any title or functional grade of his: the
# posts of the civil service's rank and file (UU 20/2023 Pasal 14 and 18), for whom PP 94/2021 Pasal 18
# names one punisher of medium and heavy penalties, whichever of them he holds.
_UNSAID_POST_ROLES = frozenset({"pns", "pegawai-asn"})
RANK_AND_FILE: frozenset[OffenderPost] = frozenset({"administrator", "pengawas", "pelaksana"})
_SECRETARY = _rx(r"sekda", r"sekretaris daerah", r"(?:provincial|regional|regency|city) secretar(?:y|ies)")
_AGENCY_HEAD = _rx(r"agency heads?", r"heads? of (?:an? |the )?(?:[\w-]+ )?agency")

# The tier, the mission abroad first: a ministry's civil servant posted to an embassy serves there.
_TIERS: tuple[tuple[AgencyTier, re.Pattern[str]], ...] = (
    (
        "perwakilan",
        _rx(
            r"kbri",
            r"kjri",
            r"kedutaan(?: besar)?",
            r"konsulat(?: jenderal)?",
            r"perwakilan (?:ri|republik indonesia)",
            r"dubes",
            r"duta besar",
            r"atase",
            r"embass(?:y|ies)",
            r"consulates?(?:[- ]general)?",
            r"consuls?(?:[- ]general)?",
            r"konsul(?: jenderal)?",
            r"ambassadors?",
            r"missions? abroad",
            r"attach[ée]s?",
        ),
    ),
    (
        "kabupaten-kota",
        _rx(
            r"pemkab",
            r"pemkot",
            r"kabupaten(?:/kota)?",
            r"kota",
            r"kecamatan",
            r"kelurahan",
            r"camat",
            r"lurah",
            r"regency",
            r"regencies",
            r"city",
            r"municipal(?:ity)?",
            r"sub-?districts?",
        ),
    ),
    ("provinsi", _rx(r"pemprov", r"provinsi", r"provincial", r"province")),
    (
        "pusat",
        _rx(
            r"kementerian",
            r"kemen[a-z]+",
            r"ministry",
            r"ministries",
            r"instansi pusat",
            r"central (?:agency|government)",
            r"lembaga pemerintah non ?kementerian",
            r"lpnk",
            # a national agency, under no ministry: "the national meteorology agency", "BPS kabupaten"
            r"national (?:[\w-]+ ){0,2}agency",
            r"badan (?:[\w-]+ ){0,2}nasional",
            r"bmkg",
            r"bps",
            r"bpn",
            # the courts and prosecutors' offices are vertical offices of central institutions
            r"pengadilan (?:negeri|agama|tinggi|tata usaha negara|militer)",
            r"(?:district|religious|high|administrative) courts?",
            r"kejaksaan(?: negeri| tinggi)?",
            r"(?:district |high )?prosecutors?'? office",
        ),
    ),
)
# A central agency's office in the regions (a tax office, a Kanwil, the KUA, a land or immigration office)
# is the central tier wherever it sits: "a clerk at the immigration office in our regency" works for a
# ministry, whatever regency or province the story also names.
_VERTICAL = _rx(
    r"kpp(?: pratama| madya)?",
    r"kantor (?:pelayanan )?pajak",
    r"tax offices?",
    r"kanwil",
    r"kantor wilayah",
    r"(?:pns|pegawai|asn) kemenag",
    r"kemenag (?:kabupaten|kota|provinsi)",
    r"kua",
    r"penghulu",
    r"(?:kantor )?imigrasi",
    r"immigration offices?",
    r"balai (?:besar )?pom",
    r"bpom",
    r"kantor pertanahan",
    r"land offices?",
    r"central[- ]government civil servants?",
    r"(?:regency|regional|provincial|district) offices? of (?:a|the) (?:central )?ministry",
    r"instansi vertikal",
    r"vertical (?:offices?|agenc(?:y|ies)|units?)",
)
# Words that make a tier word name the election or the candidate, not the offender's agency.
_ELECTION_NEAR = re.compile(
    r"(?:calon|paslon|pasangan|pilkada|pemilihan|kampanye|wali|election|candidate|pair|ticket|rally|race|seat)\W*$",
    _I,
)
_SEAT_AFTER = re.compile(r"^\W*(?:election|candidate|pair|ticket|rally|race|seat)", _I)
# "Bawaslu kabupaten", "the regency Bawaslu": the supervisors' tier, the offender's agency's only when the
# question names no other (a regency's supervisors mostly deal with the regency's own civil servants).
_SUPERVISORS_BEFORE = re.compile(r"(?:bawaslu|panwas\w*|kpu|gakkumdu)\W*$", _I)
_SUPERVISORS_AFTER = re.compile(r"^\W*(?:bawaslu|panwas|kpu\b|gakkumdu)", _I)

# The level of discipline a question names (the answers' catalogue of penalties reads it too).
LEVEL_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("ringan", _rx(r"ringan", r"light", r"minor", r"mild")),
    ("sedang", _rx(r"sedang", r"medium", r"moderate", r"intermediate")),
    ("berat", _rx(r"berat", r"heavy", r"severe", r"serious")),
)
_ANY_LEVEL = _rx(
    r"any (?:penalty|penalties|sanction|level)",
    r"all (?:penalties|levels)",
    r"every (?:penalty|level)",
    r"hukuman apa ?pun",
    r"semua (?:jenis |tingkat )?hukuman",
    r"segala (?:jenis )?hukuman",
)
_KIND_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "pemberhentian",
        _rx(
            r"dipecat",
            r"pecat",
            r"pemecatan",
            r"diberhentikan",
            r"pemberhentian",
            r"dismiss(?:ed|al)?",
            r"fired",
            r"sacked",
            r"discharged?",
        ),
    ),
    (
        "penurunan-jabatan",
        _rx(
            r"(?:di)?turun(?:kan)? jabatan(?:nya)?", r"penurunan jabatan", r"demot(?:e|ed|ion)", r"downgraded"
        ),
    ),
    (
        "pembebasan-jabatan",
        _rx(
            r"dibebaskan dari jabatan(?:nya)?",
            r"pembebasan (?:dari )?jabatan",
            r"removed from (?:his |her |the )?post",
            r"removal from (?:his |her |the )?post",
            r"stripped of (?:his |her |the )?post",
        ),
    ),
)
_LEVELS_BELOW: tuple[tuple[int, re.Pattern[str]], ...] = (
    (1, _rx(r"(?:1|satu) (?:\(satu\) )?tingkat di bawah(?:nya)?", r"one (?:level|rank|grade) below")),
    (2, _rx(r"(?:2|dua) (?:\(dua\) )?tingkat di bawah(?:nya)?", r"two (?:levels|ranks|grades) below")),
)
# A post said with who punishes ("oleh kepala dinas", "can the agency head punish a teacher") names the
# one who punishes, not the one punished.
_BY = re.compile(r"(?:oleh|by)\s+(?:the\s+|an?\s+|pak\s+|bu\s+)?$", _I)
_PASSES_ON = r"(?:menyerahkan|meneruskan|mengirim(?:kan)?|handed|forwarded|passed|sent)"
_CASE_PAPERS = (
    r"(?:bap|berita acara|laporan|hasil|berkas|examination|record|report|file|findings|minutes|the case)"
)
# A post followed by what its holder does to the case (punishes it, examines it, hands its papers on): the one
# acting on the case, not the offender.
_ACTS_ON_CASE = re.compile(
    r"^[^.?!]{0,24}?(?<![\w-])(?:punish(?:es)?|imposes?|sanctions?|disciplines?|menghukum|menjatuhkan)(?![\w-])|"
    # "kabid sudah menyerahkan BAP", "the division head examined him"
    r"^\W{0,3}(?:[\w-]+\s+){0,2}?(?:(?:sudah|telah|already|has|had)\s+)?"
    r"(?:memeriksa|memanggil|examined (?:him|her|them)|"
    rf"summoned (?:him|her|them)|{_PASSES_ON}\s+(?:the\s+|his\s+|her\s+)?{_CASE_PAPERS})(?![\w-])",
    _I,
)
# ... and the one the papers go to ("menyerahkan BAP ke kepala dinas"): who decides, not the offender.
_HANDED_TO = re.compile(
    rf"{_PASSES_ON}\s+(?:[\w-]+\s+){{0,4}}(?:ke|kepada|to)\s+(?:the\s+|pak\s+|bu\s+)?$", _I
)


@dataclass(frozen=True)
class PostQuery:
    """What a question says of the offender and the penalty; None / empty where it says nothing."""

    post: OffenderPost | None = None
    tier: AgencyTier | None = None
    levels_below: int | None = None  # how far below the one punishing ("two levels below the ambassador")
    levels: frozenset[str] = frozenset()  # penalty levels asked about: ringan, sedang, berat
    kinds: frozenset[str] = frozenset()  # heavy penalties asked about by kind (keys of KINDS)
    grades: frozenset[str] = frozenset()  # the offenders' pay grades said ("golongan II/b", "grade IV/a")
    named: frozenset[OffenderPost] = frozenset()  # every post the question names (punisher, asker, offender)
    among: frozenset[OffenderPost] = frozenset()  # the posts an offender of unknown post may hold (a lurah)

    @property
    def post_unsaid(self) -> bool:
        """Whether the offender is a civil servant whose post the question leaves unsaid (read as the rank
        and file's)."""
        return self.post is None and self.among == RANK_AND_FILE

    @property
    def says_post(self) -> bool:
        """Whether the question places the offender in the split by post at all."""
        return self.post is not None or self.levels_below is not None or bool(self.among)


# A post said to be absent ("nggak ada pejabat administrator", "no administrator-level post") is nobody's.
_ABSENT = re.compile(
    r"(?:(?:nggak|gak|enggak|ngga|tidak|tak) ada|tanpa|belum ada|\bno|without|there is no|there are no)\s+"
    r"(?:(?:a|an|any|the|satu|seorang|pun)\s+)?$",
    _I,
)


# A post said of the one asking ("saya sekda kabupaten", "I'm the regional secretary"), at the start of a
# sentence (not "suami saya kepala dinas"), is most often the one who must act on the offender the
# question goes on to name.
_ASKER_SAYS = re.compile(
    r"(?:^|[^\w\s])\s*(?:saya|aku|i'?m|i am)\s+(?:(?:the|a|an|seorang|sebagai|selaku)\s+)?$|"
    # "I head the services section (supervisor level)", "my post is at administrator level", "saya memimpin
    # seksi (eselon IV)": the asker's own post, said of the unit he runs, up to where another is named.
    r"(?:^|[.?!;]\s*)(?:i|saya|aku)\s+(?:head|run|lead|manage|chair|memimpin|mengepalai|menjabat)\b"
    r"(?:(?!\b(?:and|dan|of (?:a|an|one)|whose|who|yang)\b)[^.?!;]){0,60}$|"
    # "Saya kasubbag umum (eselon IV)": the post's class in parentheses after the asker's title.
    r"(?:^|[.?!;]\s*)(?:saya|aku|i'?m|i am)\s+"
    r"(?:(?!\b(?:and|dan|yang|who|of)\b)[^.?!;()]){0,40}\(\s*$|"
    r"\b(?:my (?:own )?(?:post|position|rank)|jabatan saya)\s+(?:is\s+)?(?:at\s+|setingkat\s+)?"
    r"(?:the\s+|an?\s+)?$",
    _I,
)


# A heading the question opens with, naming the one who asks ("Researcher at a foreign university mapping
# enforcement.", "Dosen HTN nanya:"): a post in it is the asker's, not that of the offender the story names.
_HEADING = re.compile(
    r"\s*(?:[\w-]+\s){0,4}?(?:here|question|asking|bertanya|nanya)\b[^.?!:]{0,40}[.:]|"
    r"\s*[A-Z][a-z-]+(?:\s[a-z-]+)?\s(?:at|on|in|from|with|for|looking|studying|mapping|working|writing)\b"
    r"[^.?!:]{0,70}[.:](?=\s)"
)


def _first(
    patterns: Iterable[tuple[str, re.Pattern[str]]], text: str, asker: bool = True
) -> tuple[int, str] | None:
    """The earliest offender mention (position, label) among the patterns, skipping the punisher, a post
    said to be absent and, unless ``asker``, the post of the one asking."""
    best: tuple[int, str] | None = None
    heading = _HEADING.match(text)
    headings_end = heading.end() if heading else -1
    for label, rx in patterns:
        # Where the asker's own post ends: "I'm the regional secretary (sekda)" names it twice.
        askers_end = -9
        for m in rx.finditer(text):
            before = text[max(0, m.start() - 24) : m.start()]
            handed = _HANDED_TO.search(text[max(0, m.start() - 80) : m.start()])
            if (
                _BY.search(before)
                or _ABSENT.search(before)
                or handed
                or _ACTS_ON_CASE.search(text[m.end() :])
            ):
                continue
            asked = m.start() < headings_end or _ASKER_SAYS.search(text[: m.start()])
            if not asker and (asked or m.start() - askers_end <= 3):
                askers_end = m.end()
                continue
            if best is None or m.start() < best[0]:
                best = (m.start(), label)
            break
    return best


def _tier(text: str) -> AgencyTier | None:
    """A mission abroad wherever said; else the tier said first, unless it names the seat contested."""
    found: list[tuple[int, AgencyTier]] = []
    supervisors: list[tuple[int, AgencyTier]] = []
    for tier, rx in _TIERS:
        for m in rx.finditer(text):
            before, after = text[max(0, m.start() - 20) : m.start()], text[m.end() : m.end() + 12]
            if tier != "perwakilan" and (_ELECTION_NEAR.search(before) or _SEAT_AFTER.search(after)):
                continue  # "a regent pair's rally", "paslon wali kota": the seat, not the agency
            if tier == "perwakilan":
                return tier
            if _SUPERVISORS_BEFORE.search(before) or _SUPERVISORS_AFTER.search(after):
                supervisors.append((m.start(), tier))
                continue
            found.append((m.start(), tier))
            break
    if _VERTICAL.search(text):
        return "pusat"
    said = found or supervisors
    return min(said)[1] if said else None


def _post(text: str, roles: Sequence[str], tier: AgencyTier | None) -> OffenderPost | None:
    """The offender's post: another's named beside the asker's own wins, the asker's when it is the only."""
    return _post_said(text, roles, tier, asker=False) or _post_said(text, roles, tier, asker=True)


def _post_said(text: str, roles: Sequence[str], tier: AgencyTier | None, asker: bool) -> OffenderPost | None:
    """The post named first, by class, actor, secretary, title or agency head (counting the asker's if
    ``asker``)."""
    said = _first(_CLASS_WORDS, text, asker)
    if said:
        return said[1]  # type: ignore[return-value]
    for actor in roles:
        if actor in _ACTOR_POSTS:
            return _ACTOR_POSTS[actor]
    if _first([("s", _SECRETARY)], text, asker):
        return _secretarys_post(text, tier)
    titled = _first(_TITLES, text, asker)
    if titled:
        return titled[1]  # type: ignore[return-value]
    if tier in ("provinsi", "kabupaten-kota") and _first([("h", _AGENCY_HEAD)], text, asker):
        return "jpt-pratama"  # a regional agency head; a central one may be a top-level (utama) executive
    return None


# Penalties named by what they are, read as their level for the split by post (not for the catalogue of
# penalties, which the level words alone narrow): a reprimand is light; deferring a periodic pay rise or a
# promotion medium (PP 53/2010 Pasal 7 ayat (3)).
_PENALTIES_NAMED: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("ringan", _rx(r"teguran (?:lisan|tertulis)", r"(?:verbal|written|oral) (?:warning|reprimand)")),
    (
        "sedang",
        _rx(
            r"(?:menunda|penundaan|ditunda) (?:kenaikan gaji berkala|kgb|kenaikan pangkat)",
            r"(?:defer\w*|delay\w*|postpon\w*) (?:[\w']+ ){0,3}(?:periodic )?"
            r"(?:pay rise|salary increase|promotion)",
        ),
    ),
)
# A pay grade as people write it: "golongan III/a", "gol. II/b", "grade IV/a", "(III/c)", "IV / b".
_GRADE = re.compile(r"(?<![\w/])(I{1,3}|IV)\s*/\s*([a-e])(?![\w/])", re.I)


def read_grades(text: str) -> frozenset[str]:
    """The pay grades a text names, normalised ("iii/A" -> "III/a"); a grade that cannot exist is none."""
    said = (f"{m.group(1).upper()}/{m.group(2).lower()}" for m in _GRADE.finditer(text))
    return frozenset(g for g in said if g in PAY_GRADES)


# A pay grade said of general staff ("dua staf PNS, satu golongan II/b", "a grade I/c caretaker", "staf
# pelaksana golongan IV/b", "a grade IV/b staffer with no post"): the offender is a pelaksana, whoever
# else (the camat who punishes) the story names first.
_STAFF = (
    r"(?:staf\w*|staff(?:ers?)?|clerks?|pelaksana|penjaga|caretakers?|guards?|drivers?|sopir|"
    r"tanpa jabatan|no post|without (?:a |any )?post|fungsional umum|general staff)"
)
_GRADED_STAFF = re.compile(
    rf"\b{_STAFF}\b[^.?!;]{{0,50}}?{_GRADE.pattern}|{_GRADE.pattern}[^.?!;]{{0,30}}?\b{_STAFF}\b", re.I
)


def read_posts(question: Question | str) -> PostQuery:
    """The offender's post, tier, distance below the punisher and the penalties a question asks about."""
    from kg.question import find_roles, too_light, without_seats

    raw = question if isinstance(question, str) else question.text
    text = without_seats(" ".join(raw.split()))
    roles = find_roles(raw)[2] if isinstance(question, str) else question.roles
    lenient = too_light(text) if isinstance(question, str) else question.too_light
    tier = _tier(text)
    # A penalty named as one given too lightly ("cukup memberi teguran tertulis saja") is not the one asked.
    named = () if lenient else _PENALTIES_NAMED
    levels = {level for level, rx in (*LEVEL_WORDS, *named) if rx.search(text)}
    if _ANY_LEVEL.search(text):
        levels |= set(LEVELS)
    below = next((n for n, rx in _LEVELS_BELOW if rx.search(text)), None)
    grades = read_grades(text)
    post = "pelaksana" if grades and _GRADED_STAFF.search(text) else _post(text, roles, tier)
    among = (
        frozenset()
        if post
        else next((_ACTOR_POSTS_AMONG[a] for a in roles if a in _ACTOR_POSTS_AMONG), frozenset())
    )
    if not post and not among and below is None and set(roles) & _UNSAID_POST_ROLES:
        among = RANK_AND_FILE
    return PostQuery(
        post=post,
        tier=tier,
        levels_below=below,
        levels=frozenset(levels),
        kinds=frozenset(kind for kind, rx in _KIND_WORDS if rx.search(text)),
        grades=grades,
        named=_posts_named(text, tier),
        among=among,
    )


def _posts_named(text: str, tier: AgencyTier | None) -> frozenset[OffenderPost]:
    """Every post a text names (class, title, secretary, regional agency head), whoever holds it."""
    found: set[str] = {post for post, rx in (*_CLASS_WORDS, *_TITLES) if rx.search(text)}
    secretary = _secretarys_post(text, tier) if _SECRETARY.search(text) else None
    if secretary:
        found.add(secretary)
    if _AGENCY_HEAD.search(text) and tier in ("provinsi", "kabupaten-kota"):
        found.add("jpt-pratama")
    return frozenset(found)  # type: ignore[arg-type]


def _secretarys_post(text: str, tier: AgencyTier | None) -> OffenderPost | None:
    """A regional secretary's post: a province's is a madya executive, a regency's or city's a pratama one."""
    if re.search(r"provinsi|provincial", text, _I):
        return "jpt-madya"
    return "jpt-pratama" if tier == "kabupaten-kota" else None


def penalty_kind(sanction_id: str) -> str | None:
    """The heavy penalty's kind (a key of KINDS) from a PP 94/2021 or PP 53/2010 sanction id, else None."""
    tail = sanction_id.rsplit("/", 1)[-1]
    tail = _SAME_KIND.get(tail, tail)
    return next((k for k in KINDS if tail.startswith(k)), None)


# The structural posts from the top down (UU 20/2023 Pasal 14 and 18; the corpus's note on the JPT madya):
# a superior's power over those some levels below reaches the post that many rungs down.
LADDER: tuple[OffenderPost, ...] = (
    "jpt-utama",
    "jpt-madya",
    "jpt-pratama",
    "administrator",
    "pengawas",
    "pelaksana",
)


def reached(holder: OffenderPost | None, levels_below: int | None) -> OffenderPost | None:
    """The post a power over those ``levels_below`` under a holder of ``holder`` reaches, or None."""
    if holder not in LADDER or levels_below is None:
        return None
    rung = LADDER.index(holder) + levels_below
    return LADDER[rung] if rung < len(LADDER) else None


def _fits_person(p: Power, asked: PostQuery, below: OffenderPost | None = None) -> bool:
    """Whether nothing the question says of the offender rules the power out (post, tier, distance);
    ``below`` is the post the power's distance reaches from its holder's post, when known."""
    if asked.tier and p.tiers and asked.tier not in p.tiers:
        return False
    if asked.post and p.offender_posts and asked.post not in p.offender_posts:
        return False
    if asked.among and not asked.among <= set(p.offender_posts):
        return False  # a power over some of the posts he may hold, or over a distance below, may miss him
    if p.levels_below is not None and asked.levels_below not in (None, p.levels_below):
        return False
    if below is not None and asked.post is not None and asked.post != below:
        return False
    if _graded(p, asked) and not any(p.staff_grades.holds(g) for g in asked.grades):
        return False  # a point for general staff of other pay grades
    return bool(p.offender_posts or p.levels_below is not None)


def _graded(p: Power, asked: PostQuery) -> bool:
    """Whether both the power and the question grade the general staff concerned (PP 53/2010)."""
    return p.staff_grades is not None and asked.post == "pelaksana" and bool(asked.grades)


_PERSON = 2  # what ``_named`` gives a power naming the offender's post or distance: none other is chosen


def _named(p: Power, asked: PostQuery, below: OffenderPost | None = None) -> int:
    """How much of what the question says the power names: its post or distance, then its tier."""
    person = (
        (asked.post in p.offender_posts)
        or bool(asked.among and asked.among <= set(p.offender_posts))
        or (asked.levels_below is not None and asked.levels_below == p.levels_below)
        or (below is not None and asked.post == below)
    )
    return 2 * person + (asked.tier in p.tiers) + _graded(p, asked)


def typed(p: Power) -> bool:
    """Whether the corpus says which offenders a power reaches (posts, distance below or tiers)."""
    return bool(p.offender_posts or p.tiers or p.levels_below is not None)


def splits(p: Power) -> bool:
    """Whether a power is one point of a split of the power to punish by post (or by distance below)."""
    return p.kind == "imposes" and bool(p.offender_posts or p.levels_below is not None)


def reaches(p: Power, asked: PostQuery) -> bool:
    """Whether a power restricted to some posts or tiers (not itself a split point) reaches the offender
    the question describes: it must name that post or tier, and nothing said may rule it out."""
    if not (p.offender_posts or p.tiers):
        return True
    if p.offender_posts and asked.post not in p.offender_posts:
        return False
    return not p.tiers or asked.tier in p.tiers


def fitting_points(
    powers: Sequence[Power],
    asked: PostQuery,
    level_of: Callable[[str], str | None],
    most: int,
    holders: Sequence[OffenderPost | None] | None = None,
) -> list[int] | None:
    """Indexes of the powers that fit the question, or None when the question does not place the
    offender (then the caller decides as before).

    A power fits when nothing said rules it out and it names the offender's post (or distance below
    the punisher); a power of posts the question leaves open (a top executive's, for a clerk whose
    post is not said) is never chosen. Each penalty asked about (a level, a kind, "any penalty") is
    answered by the best-naming powers that cover it, so "dismissal, and if only demoted?" keeps both;
    a penalty more than ``most`` powers answer equally says nothing and is left out. No penalty asked,
    or none of those asked within reach: the best-naming powers. ``level_of`` gives a sanction's level;
    ``holders`` the post each power's holder occupies (a power over those a level below a madya executive
    reaches a pratama one).
    """
    if not asked.says_post:
        return None
    below = [reached(h, p.levels_below) for p, h in zip(powers, holders or [None] * len(powers), strict=True)]
    open_ = [i for i, p in enumerate(powers) if _fits_person(p, asked, below[i])]
    if not open_:
        return None

    def covers(p: Power, want: str) -> bool:
        if want in KINDS:
            return any(penalty_kind(s) == want for s in p.sanctions)
        return any(level_of(s) == want for s in p.sanctions)

    wanted = sorted(asked.kinds | asked.levels) or [None]
    keep: set[int] = set()
    for want in wanted:
        cands = [i for i in open_ if want is None or covers(powers[i], want)]
        if not cands:
            continue
        best = max(_named(powers[i], asked, below[i]) for i in cands)
        top = [i for i in cands if _named(powers[i], asked, below[i]) == best]
        if best >= _PERSON and len(top) <= most:
            keep |= set(top)
    if not keep and not (asked.post_unsaid and wanted != [None]):
        # No power fitting the offender covers the penalty asked: those fitting the offender best. Not for
        # one whose post is unsaid: the posts he may hold answer a lighter penalty each by its own point.
        best = max(_named(powers[i], asked, below[i]) for i in open_)
        top = [i for i in open_ if _named(powers[i], asked, below[i]) == best]
        keep = set(top) if best >= _PERSON and len(top) <= most else set()
    if keep and holders:
        # An official the question names ("the decree was signed by the agency head, not the regent") is
        # answered by what his own power reaches over this offender, whatever penalty it is asked of.
        keep |= {
            i
            for i in open_
            if holders[i] in asked.named
            and holders[i] != asked.post
            and _named(powers[i], asked, below[i]) >= _PERSON
        }
    return sorted(keep) or None


__all__ = [
    "KINDS",
    "LADDER",
    "LEVELS",
    "LEVEL_WORDS",
    "PostQuery",
    "RANK_AND_FILE",
    "fitting_points",
    "penalty_kind",
    "reaches",
    "reached",
    "read_grades",
    "read_posts",
    "splits",
    "typed",
]
