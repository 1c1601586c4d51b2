"""The question parser: a question as people ask it → a typed ``Question`` the answers layer reasons on.

``parse_question(text, catalog)`` reads the language, the regulations named (the ingest citation
grammar, then the short and popular names of ``corpus/aliases.yaml``, with a year to tell versions
apart), a date or year (the ``at`` of the answer), the intent, the actors (ids of the one actor
vocabulary in ``ingest.actors``), the kind of election and the words left that describe the conduct.
It also says why a question cannot be answered (``problems``): a regulation the store does not hold,
a date before any regulation, a repealed act asked about after its repeal, no words to go on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict

from ingest.actors import ACTORS, actors_in
from ingest.citations import find_citations, provision_path, reference_groups, reference_tokens
from kg.corpus.records import CampaignUse
from kg.harm import reach_spans
from kg.ids import format_document_citation
from kg.posts import AGENCY_SHORT_NAMES

Lang = Literal["id", "en", "other"]
Intent = Literal["definition", "status", "authority", "sanction", "obligation", "prohibition", "general"]
ElectionKind = Literal["pemilu", "pilkada"]
# What the story says befell the actor in a criminal process (a sentence, and of what kind; custody).
CriminalStep = Literal["sentenced", "confinement", "detained", "suspect"]

# A year alone is read as the middle of that year: the parser cannot know the month.
YEAR_ONLY_DAY = (7, 1)


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class NamedRegulation(_Frozen):
    """A regulation the question names, as resolved against the store."""

    id: str  # uu-5-2014
    said: str  # the words of the question that name it
    citation: str  # "UU No. 5 Tahun 2014"
    known: bool  # the store (documents or curated corpus) holds it
    state: str = "unknown"  # in_force | amended | repealed | replaced | unknown
    successor: str | None = None  # for a repealed act: the regulation that ended it
    since: date | None = None  # when it was repealed or replaced
    # The question says it does not reach the case ("given that PP 94/2021 only covers PNS"): it names the
    # act to set it aside, so the answer is not sought in it alone.
    set_aside: bool = False
    # Cited in someone's claim that the question doubts ("my manager says 'Article 70 of the Pilkada law …'.
    # Is that how it works?"): set aside as well, the citation is checked against the acts that apply.
    doubted: bool = False
    # The id the question wrote, where it names no act and another is read instead: the one whose year has the
    # same digits in another order ("PP 94/2012" for PP 94/2021), or the one of that year with the title
    # given ("UU Nomor 23 Tahun 2023 tentang ASN" for UU 20/2023).
    read_for: str | None = None


class Question(_Frozen):
    """What a question asks, as far as the parser understood it."""

    text: str
    lang: Lang
    intent: Intent
    actor: str | None = None  # the actor the question is about (ingest.actors id)
    actors: tuple[str, ...] = ()  # every actor named, in order
    candidacy: bool = False  # the question is about running for office (or resigning to run)
    acting: bool = False  # the actor acts in a regional head's office (a Pj), not its elected holder
    roles: tuple[str, ...] = ()  # the acting actor's ids ("camat" is both pns and pejabat-asn)
    each: bool = False  # asks which of the actors named is in breach, or what each of them faces
    repeat: bool = False  # the act repeats a breach of the same kind, punished or caught before
    twice: bool = False  # asks whether one act may be punished twice (again, or under a second regime)
    several: bool = False  # asks whether several acts draw several penalties
    sides: bool = False  # the facts set how one candidate or camp was treated against another (``_SIDES``)
    unpunished: bool = False  # a superior let a breach go unpunished (``fails_to_punish``)
    too_light: bool = False  # the penalty given or meant is lighter than the breach calls for (``too_light``)
    mobilises: bool = False  # the actor brought other civil servants to a campaign (``brings_staff``)
    after_vote: bool = False  # done after polling day, the campaign not told (``after_the_vote``)
    uses: tuple[CampaignUse, ...] = ()  # what a campaign, not of a general election, was given the use of
    remedy: bool = False  # asks what can still be done against a decision (``asks_remedy``)
    criminal: tuple[CriminalStep, ...] = ()  # the story tells of a sentence or a detention (``_CRIMINAL``)
    election: ElectionKind | None = None
    # The other kind the story also tells of ("in the legislative campaign, and again in the regent race").
    other_election: ElectionKind | None = None
    regulations: tuple[NamedRegulation, ...] = ()
    at: date | None = None
    at_said: str | None = None  # the words that gave the date
    conduct: tuple[str, ...] = ()  # content words describing the act
    provisions: tuple[str, ...] = ()  # provisions named by number ("Pasal 547 UU Pemilu"), as ids
    term: str | None = None  # for a definition: the term asked about
    problems: tuple[str, ...] = ()  # why the question cannot be answered, in plain words

    @property
    def out_of_scope(self) -> bool:
        """Whether it asks another country's law, or a kind of question the cards do not answer by its nature
        (an election's results, a tax, who held an office): no status or transitional point answers it."""
        return bool(foreign_jurisdiction(self.text) or unanswerable_kind(self.text))

    @property
    def acting_roles(self) -> tuple[str, ...]:
        """The roles of the one whose conduct is asked about: the roles read, else the actor, else none."""
        return self.roles or ((self.actor,) if self.actor else ())

    @property
    def anchored(self) -> bool:
        """Whether something ties the question to the domain: an actor of it, an election or a named act."""
        return bool((self.actor and self.actor not in ELSEWHERE_ACTORS) or self.election or self.regulations)

    def affirmed(self) -> str:
        """The question without what it says did not happen ("no T-shirt", "tanpa atribut")."""
        return blank_spans(self.text, negated_spans(self.text))

    def understood(self) -> str:
        """One line saying what was understood (for refusals)."""
        parts = [f"language {self.lang}", f"intent {self.intent}"]
        if self.actor:
            parts.append(f"actor {self.actor}")
        if self.election:
            parts.append(f"election {self.election}")
        if self.regulations:
            parts.append("regulation " + ", ".join(r.citation for r in self.regulations))
        if self.at:
            parts.append(f"date {self.at.isoformat()}")
        if self.term:
            parts.append(f"term '{self.term}'")
        if self.conduct:
            parts.append("conduct words: " + " ".join(self.conduct[:12]))
        return "Understood: " + "; ".join(parts) + "."


# Actors of the shared vocabulary (ingest.actors) that the law of this store does not address: a question
# about an insurance fund's members or a company's directors is not tied to it by naming them.
ELSEWHERE_ACTORS = frozenset(
    {
        "bpjs",
        "direksi",
        "fasilitas-kesehatan",
        "konsumen",
        "korporasi",
        "notaris",
        "pekerja",
        "pelaku-usaha",
        "pemberi-kerja",
        "pemegang-saham",
        "penanggung-jawab-usaha",
        "pengemudi",
        "pengguna-jalan",
        "penyelenggara-sistem-elektronik",
        "perseroan",
        "perusahaan-angkutan-umum",
        "peserta",
        "serikat-pekerja",
        "wajib-pajak",
    }
)


@dataclass(frozen=True)
class RegInfo:
    """What the parser needs to know of one regulation the store holds."""

    id: str
    year: int
    state: str = "unknown"
    by: str | None = None
    since: date | None = None
    enacted: date | None = None
    names_id: tuple[str, ...] = ()
    names_en: tuple[str, ...] = ()
    amends: tuple[str, ...] = ()
    last_pasal: int = 0  # the highest Pasal number our records hold of it (0: unknown)
    # The provision paths our records hold of it ("pasal-4/angka-15/huruf-a"): a pinpoint written with no
    # act named is read as the one act holding it.
    paths: frozenset[str] = frozenset()
    subject: frozenset[str] = frozenset()  # stems of what it is about ("aparatur sipil negara", "discipline")


# -- language ---------------------------------------------------------------------------------
_ID_WORDS = frozenset(
    "yang dan di ke dari apa apakah siapa bagaimana dengan untuk dalam tidak boleh bolehkah jika kalau "
    "oleh ini itu atau menurut adalah seorang sebagai pada saat masih sudah bagi tersebut karena akan "
    "dapat ada kena dikenai sanksi hukuman dilarang wajib berlaku maksud dimaksud mengikuti ikut warga "
    "kampanye pemilu pilkada pegawai calon desa kepala mana berapa kapan apabila sedang telah lalu".split()
)
_EN_WORDS = frozenset(
    "the a an of what who whom is are was were does do can may might must for under to in and or if "
    "which how with by his her their it this that be been being when where whose should would could "
    "penalty servant campaign election law counts meant allowed still "
    # a terse English query has few function words: its prepositions and the domain's common nouns tell
    "at on from into about after before during over out off than as "
    "servants civil staff office officer officers official officials employee employees teacher teachers "
    "candidate candidates rally rallies vote voters voting party elections campaigning penalties punishment "
    "government village head regulation rules fired dismissed".split()
)
# Function words of other languages people may try (French, Spanish, German, Dutch, Malay-free).
_OTHER_WORDS = frozenset(
    "le la les est un une des pour qui que et dans du au el los las por para qué es una der die das ist "
    "und ein eine nicht het een van voor wat".split()
)
_WORD = re.compile(r"[a-zà-ÿ]+(?:-[a-zà-ÿ]+)*", re.I)


def detect_language(text: str) -> Lang:
    """Indonesian, English or another language, from the function words used."""
    words = [w.lower() for w in _WORD.findall(text)]
    ind = sum(w in _ID_WORDS for w in words)
    eng = sum(w in _EN_WORDS for w in words)
    if sum(w in _OTHER_WORDS for w in words) > max(ind, eng):
        return "other"
    if ind == 0 and eng == 0:
        legal = {"pns", "asn", "pppk", "uu", "pp", "pasal", "netralitas", "camat", "kades", "bawaslu"}
        return "id" if any(w in legal for w in words) else "other"
    return "en" if eng > ind else "id"


# -- actors -------------------------------------------------------------------------------------
# An acting governor, regent or mayor (a Pj, UU 10/2016 Pasal 201 ayat (10)-(11)), however said; a Plt is
# the deputy standing in, an elected official, not a Pj.
_ACTING_HEAD = (
    # "acting (Pj) regent": the Indonesian title between the English word and the office
    r"acting (?:\(pj\.?\) )?(?:governors?|regents?|mayors?|regional heads?)|"
    r"(?:pj\.?|penjabat) (?:gubernur|bupati|wali ?kota|kepala daerah)|"
    # "the Pj regent", "the Pj (acting) regent": the Indonesian title before the English office
    r"pj\.? (?:\(acting\) )?(?:governors?|regents?|mayors?|regional heads?)"
)
_ACTING_ROLES = ("kepala-daerah", "pns", "pejabat-asn")
# Everyday and English names of roles, mapped onto ids of the one actor vocabulary (ingest.actors).
# A role that is both a PNS and a position holder names both.
_ROLE_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        # "kadinkes", "kadinsos", "kadisdik", "kadishub", "kaban": a head of office named by the office's
        # short name (not "Kadin", the chamber of commerce).
        r"camat|lurah|sekda|sekretaris daerah|kepala dinas|kadis\w*|kadin(?:kes|sos|as)|kaban|kabag|kabid|"
        r"kasubag|kasubbag|kasie?|sekdis|kapus|sekcam|sekretaris (?:camat|kecamatan)|"
        # the head of the regional public-order force ("Kasatpol PP")
        r"kasatpol(?: pp)?|kepala (?:satpol pp|satuan polisi pamong praja)|"
        r"kepala (?:kantor|badan|balai|bagian|bidang|seksi|sekolah|puskesmas|sub ?bagian|uptd?)|"
        # a regional agency's head named by its short name ("kepala Bappeda", "kepala BPBD")
        rf"kepala (?:{AGENCY_SHORT_NAMES})",
        ("pns", "pejabat-asn"),
    ),
    (
        # Echelon is the everyday name of a structural position in the civil service.
        r"pejabat (?:eselon|struktural)|eselon (?:i{1,3}|iv|[1-4])|jpt(?: (?:pratama|madya|utama))?|"
        r"(?:jabatan |pejabat )?pimpinan tinggi (?:pratama|madya|utama)|"
        r"echelon[- ]?(?:i{1,3}|iv|[1-4])(?: officials?)?|structural officials?|"
        r"senior (?:civil servants?|officials?)|high-ranking (?:civil servants?|officials?)|"
        # "a pratama-level official", "a senior pratama post": the first rank of the senior posts
        r"pratama[- ]level(?: officials?| officers?| posts?)?|(?:senior )?pratama posts?|"
        r"(?:provincial|regional|regency|district|city) secretar(?:y|ies)|"
        # "our agency secretary, at administrator level": the second post of an agency, a structural one
        r"(?:agency|office|department) secretar(?:y|ies)|administrator[- ]level|"
        r"(?:jabatan|pejabat) administrator",
        ("pns", "pejabat-asn"),
    ),
    # "Dokter PNS", "staf BPKAD (PNS)": a profession or post said to be a PNS names a PNS.
    (
        r"(?:guru|dosen|dokter|bidan|perawat|penyuluh|staf|pegawai|karyawan)"
        r"(?: (?!bukan\b|not\b|tidak\b|kan\b)\w+){0,3} \(?(?:pns|asn)\)?|"
        r"aparatur|abdi negara|clerks?|"
        # "Kepala SMPN", "kepsek SD": a state school's head is a teacher with a head's task
        r"kepsek|kepala (?:sd|smp|sma|smk|mts|man|min|slb)n?|"
        # "wearing the Korpri uniform to a rally": only a civil servant wears the corps' uniform
        r"korpri (?:uniforms?|batik|shirts?)|(?:seragam|baju|batik) korpri",
        ("pns",),
    ),
    # … and one said to be a PPPK a PPPK ("saya dokter PPPK di puskesmas", "guru PJOK berstatus PPPK").
    (
        r"(?:guru|dosen|dokter|bidan|perawat|penyuluh|staf|pegawai|karyawan)"
        r"(?: (?!bukan\b|not\b|tidak\b|kan\b)\w+){0,3} \(?pppk\)?|"
        # "Penyuluh pertanian di desa kami statusnya PPPK": the status said of the one just named.
        r"(?:guru|dosen|dokter|bidan|perawat|penyuluh|staf|pegawai|karyawan)"
        r"(?: (?!bukan\b|not\b|tidak\b|kan\b)\w+){0,5} (?:statusnya|berstatus) pppk",
        ("pppk",),
    ),
    # A functional post (an auditor, an "ahli madya") is held by a civil servant; so is a prosecutor's, one
    # the story tells of as a person ("a public prosecutor went on tours"), not the office in a case.
    (
        r"(?<=\ba )(?:public )?prosecutor|(?<=\bseorang )jaksa|"
        r"jabatan fungsional|functional (?:officials?|posts?|positions?)|auditors?|"
        r"ahli (?:pertama|muda|madya|utama)",
        ("pns", "pejabat-asn"),
    ),
    # A court's clerks and bailiffs are civil servants of the court, unlike its judges (state officials).
    (r"panitera(?: pengganti| muda)?|juru ?sita|court clerks?|court registrars?|bailiffs?", ("pns",)),
    # (Forest rangers and the regional public-order force are civil servants, not the national police.)
    (
        r"polisi(?!\s+(?:kehutanan|hutan|pamong\s+praja)\b)|polwan|bhayangkara|kapolsek|kapolres|kapolda",
        ("anggota-polri",),
    ),
    (r"tentara|prajurit", ("anggota-tni",)),
    # A village secretary appointed a civil servant under the old rules is still one: "sekdes kami ternyata
    # masih PNS", "a village secretary who is still a civil servant".
    (
        r"(?:sekretaris desa|sekdes|village secretar(?:y|ies))\b"
        r"(?:(?!\b(?:bukan|not|non|tidak|tanpa|no longer)\b)[^.?!]){0,40}?\b(?:pns|civil servants?)\b",
        ("pns", "perangkat-desa"),
    ),
    (r"sekretaris desa|sekdes|kaur(?: \w+)?(?: di)? desa|kepala dusun|kadus", ("perangkat-desa",)),
    # So is an acting village head put in from the sub-district office: "Pj kades kami itu PNS kecamatan".
    (
        r"(?:(?:pj\.?|penjabat) (?:kepala desa|kades)|acting village heads?)\b"
        r"(?=(?:(?!\b(?:bukan|not|non|tidak|tanpa|no longer)\b)[^.?!]){0,40}?\b(?:pns|civil servants?)\b)",
        ("kepala-desa", "pns"),
    ),
    (r"menteri|ministers?", ("pejabat-negara",)),
    (r"duta besar|dubes|ambassadors?", ("pejabat-negara",)),
    (
        r"sub-?district (?:heads?|chiefs?)|heads? of (?:an? |the )?sub-?district",
        ("camat", "pns", "pejabat-asn"),
    ),
    # The lurah heads an urban village (kelurahan); unlike a village head he is a civil servant.
    (
        r"urban[- ]village heads?|(?:urban )?ward heads?|"
        r"heads? of (?:an? |the )?(?:urban village|ward|kelurahan)",
        ("lurah", "pns", "pejabat-asn"),
    ),
    (
        # English names the unit before the post: "public-works chief", "health-centre head".
        r"(?:agency|department|office|bureau|division|section|unit|service|public[- ]works|"
        r"health[- ]cent(?:re|er)|puskesmas|school) (?:heads?|chiefs?)",
        ("pns", "pejabat-asn"),
    ),
    (
        r"district heads?|department heads?|heads? of (?:an? )?(?:agency|department|office)|"
        r"school principals?|agency heads?|bureau chiefs?|division heads?|section heads?|"
        r"heads? of (?:an? |the )?(?:division|bureau|section|unit|community health cent(?:re|er))|"
        r"administrator-level (?:officials?|officers?)",
        ("pns", "pejabat-asn"),
    ),
    (r"civil[- ]service officials?|civil[- ]service officers?", ("pns", "pejabat-asn")),
    # A ministry's or a public hospital's director holds a senior post (pimpinan tinggi).
    (
        r"directors?[- ]general|dirjen|direktur jenderal|secretar(?:y|ies)[- ]general|sekretaris jenderal|"
        r"directors? (?:in|of|at) (?:one of )?(?:our |the |a |an )?(?:central |line )?"
        r"(?:directorates?(?: general)?|"
        r"ministry|ministries|"
        r"(?:regional |regency |provincial |public |state |city )?(?:general )?hospitals?|rsud)|"
        r"(?:regional|regency|provincial|city|district|public|state) (?:general )?hospital(?:'s)? "
        r"(?:deputy |vice )?directors?|"
        r"(?:direktur|wadir) (?:di |pada )?(?:direktorat|kementerian|rsud|rumah sakit (?:umum )?daerah)",
        ("pns", "pejabat-asn"),
    ),
    # The verb: "my husband heads a section at the fisheries agency".
    (
        # ("I head a section at the social affairs office": the first person too.)
        r"(?:heads|headed|runs|ran|leads|led|chairs|(?<=\bI )(?:head|run|lead))\s+"
        r"(?:a|the|his|her|their|our) "
        r"(?:section|division|sub-?division|unit|bureau|department|office|agency|sub-?district)",
        ("pns", "pejabat-asn"),
    ),
    # Who works in a government office, said in English: "our cousin works at the regency health office",
    # "a district health office employee", "someone in our district planning office".
    (
        r"(?:works?|working|worked|employed|someone|somebody|an? (?:employee|staffer|clerk|colleague))"
        r" (?:at|in|for|from) (?![\w' -]{0,30}\b(?:private|company|firm|bank|swasta)\b)"
        r"(?:an? |the |our |his |her |their |my )?"
        r"(?:[\w'-]+ ){0,3}(?:office|agency|department|dinas|ministry|puskesmas|kecamatan|kelurahan|"
        r"town hall|city hall|regency government|provincial government)(?![\w-])|"
        r"(?:office|agency|department|dinas|ministry|puskesmas|kecamatan|kelurahan) "
        r"(?:employees?|staff(?:ers?)?|workers?|clerks?)",
        ("pns",),
    ),
    (
        # "The head of the regency's village-empowerment office": the unit's name comes between.
        r"heads? of (?:an? |the |our |his |her |their |my |one of the )?(?:[\w'-]+ ){0,5}"
        r"(?:office|agency|department|service|bureau|division|section|training cent(?:re|er)|institute|"
        # "the head of one of the province's agencies", "the head of the regional library"
        r"offices|agencies|departments|library|archives)",
        ("pns", "pejabat-asn"),
    ),
    (
        # Who works for the state in everyday English: a state-school teacher, a regency employee.
        r"(?:state|public|government)[- ]"
        r"(?:(?:primary|elementary|junior[- ]high|senior[- ]high|high|vocational) )?"
        r"(?:school )?(?:teachers?|lecturers?|doctors?|nurses?|midwives?)|"
        r"lecturers? at (?:an? |the )?(?:state|public) (?:university|college|polytechnic)|"
        r"(?:regency|district|city|municipal|provincial|regional|local) government "
        r"(?:employees?|staff|workers?)|"
        r"ministry (?:employees?|staff)|pegawai (?:pemda|pemkab|pemkot|pemprov|kecamatan|kelurahan|dinas)|"
        r"asn pemda|staf (?:kecamatan|kelurahan|dinas|pemda)",
        ("pns",),
    ),
    # A candidate civil servant (CPNS) is a PNS to the discipline rules, not an election candidate.
    (r"candidate civil servants?|probationary civil servants?|civil servants? on probation|cpns", ("pns",)),
    (r"civil servants?|public servants?|government employees?|state employees?|bureaucrats?", ("pns",)),
    (r"asn employees?|state civil apparatus", ("pegawai-asn",)),
    # An honorary worker is neither PNS nor PPPK ("an honorary admin", "non-ASN staff"); an honorary consul,
    # doctorate or adviser is no employee.
    (
        r"honorary (?:workers?|staff(?:ers?)?|teachers?|admins?|administrators?|employees?|officers?|clerks?|"
        r"drivers?|nurses?|assistants?|ticket clerks?)|non-asn (?:employees?|workers?|staff(?:ers?)?)",
        ("pegawai-non-asn",),
    ),
    (
        r"contract (?:government |state |civil )?(?:employees?|workers?|staff|teachers?|nurses?|doctors?|"
        r"midwives?|lecturers?)|"
        r"government employees? (?:with|under) (?:a )?(?:work )?contract|"
        r"p3k",
        ("pppk",),
    ),
    (r"(?<!urban )(?<!urban-)(?:village heads?|village chiefs?)", ("kepala-desa",)),
    (
        r"village (?:officials?|apparatus|officers?|staff|secretar(?:y|ies)|treasurers?|clerks?)|"
        r"hamlet heads?",
        ("perangkat-desa",),
    ),
    (r"regional heads?|governors?|regents?|mayors?", ("kepala-daerah",)),
    # An acting governor, regent or mayor is a senior civil servant put in the office (UU 10/2016 Pasal
    # 201 ayat (10)-(11)): the regional head's rules and the civil servant's both bind him.
    (_ACTING_HEAD, _ACTING_ROLES),
    # An incumbent regent is both the office holder and the incumbent the election law names.
    (
        r"incumbent (?:governors?|regents?|mayors?|regional heads?)|(?:bupati|gubernur|wali ?kota) petahana",
        ("kepala-daerah", "petahana"),
    ),
    (r"incumbents?", ("petahana",)),
    (
        r"soldiers?|military officers?|members? of the (?:armed forces|military)|babinsa|"
        r"(?:army|navy|naval|air force|military|marine) "
        r"(?:officers?|personnel|members?|sergeants?|captains?)|"
        r"(?:petty|non-commissioned|warrant) officers?|servicem[ae]n|servicewom[ae]n|marines|sergeants?|"
        r"corporals?|active[- ]duty (?:officers?|soldiers?|members?)",
        ("anggota-tni",),
    ),
    (
        r"police (?:officers?|brigadiers?|sergeants?|inspectors?|chiefs?|commissioners?|personnel|members?)|"
        r"policem[ae]n|policewom[ae]n|cops?|members? of the police",
        ("anggota-polri",),
    ),
    (
        r"candidate pairs?|pairs? of candidates|tickets?|pairs?(?= (?:running|standing|contesting) for)|"
        r"(?:regent|regency|mayoral|mayor|governor|gubernatorial|presidential|regional[- ]head) pairs?\b",
        ("pasangan-calon",),
    ),
    (
        r"campaign teams?|campaign staff|tim sukses|timses|campaign volunteers?|relawan kampanye|"
        # "I coordinate volunteers for a regent pair": who organises a side's volunteers works for its team
        r"volunteer coordinators?|coordinat(?:e|es|ed|ing) (?:the |our )?volunteers|"
        r"(?:candidate|pair|ticket|incumbent)(?:'s|s') (?:campaign )?(?:teams?|staff|coordinators?)",
        ("tim-kampanye",),
    ),
    (r"campaign (?:organi[sz]ers?|executors?|implementers?)", ("pelaksana-kampanye",)),
    (r"political part(?:y|ies)", ("partai-politik",)),
    (r"state officials?", ("pejabat-negara",)),
    (r"election (?:organi[sz]ers?|supervisors?|commission)", ("penyelenggara-pemilu",)),
    (r"anyone|any person|everyone|every person", ("setiap-orang",)),
    (r"candidates?", ("calon",)),
)


def _spaced(m: re.Match) -> str:
    """A space in a role's name (outside a character class) also matches a hyphen: "civil-servant"."""
    return r"[\s-]" if m.group(0) == " " else m.group(0)


_ROLE_RE = [
    # "camatnya", "kabidnya": a role word takes the Indonesian -nya ("his", "the") and stays that role.
    (re.compile(r"(?<!\w)(?:" + re.sub(r"\[[^\]]*\]| ", _spaced, p) + r")(?:nya)?(?![\w-])", re.I), ids)
    for p, ids in _ROLE_WORDS
]
# "paslon walikota", "calon bupati": the office names whom the conduct is for, not who acts.
_OFFICE_OF_CANDIDATE = re.compile(
    r"\b(paslon|pasangan calon|calon(?: anggota)?|caleg|nyaleg|nyalon|candidates?|pairs?|pilkada|pemilihan|"
    r"kampanye|(?:elections?|races?|run(?:s|ning)?|ran|stand(?:s|ing)?|stood) for(?: the)?)\s+"
    # "running for the regency DPRD": the level of the seat said before it
    r"(?:(?:regency|provincial|city|district|municipal|local|national)\s+)?"
    r"(?:kepala daerah|gubernur|bupati|wali ?kota|"
    # "caleg DPRD kabupaten", "nyaleg DPR RI": the body a legislative candidate runs for acts no more.
    r"dprd?|dpd|"
    r"governor|regent|mayor(?:al)?|district head|regional head)\b",
    re.I,
)
# The English order: "a regent candidate", "the governor's ticket" name a candidate, not the office holder.
# So do "a DPR candidate" and "a governor race": the office names the seat contested.
_OFFICE_BEFORE_CANDIDATE = re.compile(
    r"\b(governor|gubernatorial|regent|mayor(?:al)?|regional[- ]head|dprd?|dpd|legislative|"
    r"parliamentary|presidential)"
    r"(?:(?:'s)?(?=\s+(?:candidates?|pairs?|tickets?|hopefuls?|contenders?|races?|elections?|polls?|contests?|"
    r"seats?)\b)|"
    # "during the governor campaign", "the mayoral vote" (not "the regent's campaign": his own).
    r"(?=\s+(?:campaigns?|votes?|voting)\b))",
    re.I,
)
# Running for office, being nominated, or resigning to run: what a candidacy duty is about.
_CANDIDACY = re.compile(
    r"\b(?:nyalon|nyaleg|mencalonkan|dicalonkan|pencalonan|mendaftar(?:kan diri)?(?: sebagai| jadi)? calon|"
    r"ditetapkan (?:sebagai|jadi) (?:pasangan )?calon|maju (?:sebagai |jadi )?(?:calon|caleg|bakal calon|"
    r"bupati|gubernur|wali ?kota|anggota|dpr|dprd|dpd|presiden|kepala daerah)|bakal calon|"
    r"mundur|mengundurkan diri|pengunduran diri|berhenti|lengser|"
    # "ngincer kursi bupati", "eyeing the regent's seat": aiming at an office to run for.
    r"(?:ngincer|ngincar|mengincar|incar) (?:kursi|jabatan)|eyeing (?:the|a) [\w' -]{0,30}(?:seat|office)|"
    r"run(?:s|ning)? for|ran for|stand(?:s|ing)? for|stood for|candidacy|nominat(?:ed|ion|es?)|"
    r"registered as|register(?:s|ing)? as|become a candidate|becomes? (?:a |the )?candidate|"
    r"would-be candidate|prospective candidate|put (?:his|her|their) name forward|"
    r"as (?:his|her|their) running mate|"
    r"stop(?:s|ped)? being an? (?:pns|civil servant|asn)|"
    r"resign(?:s|ed|ing|ation)?|step(?:s|ped)? down|quit)\b",
    re.I,
)
# "Isn't running for anything", "tidak ikut nyalon": running denied. Not resigning stays a candidacy matter.
_NEGATION = r"(?:not|isn't|aren't|wasn't|won't|never|tidak|tak|nggak|gak|enggak|bukan|belum)"
_NOT_RUNNING = re.compile(rf"\b{_NEGATION}\s+(?:\w+\s+)?$", re.I)
_RESIGNING = re.compile(r"mundur|mengundurkan|pengunduran|berhenti|lengser|resign|step|stepped|quit", re.I)


# Relatives, in English and in Indonesian.
_KIN_EN = (
    r"sons?|daughters?|wife|husband|brothers?|sisters?|father|mother|cousins?|nephews?|nieces?|uncles?|"
    r"aunts?|(?:brother|sister|son|daughter|father|mother)-in-law"
)
_KIN_ID = r"anak|istri|isteri|suami|adik|kakak|ayah|keponakan|paman|bibi|mertua|menantu"
# "The village head's son is running for regent", "istrinya nyaleg": a relative runs, not the one asked about.
_RELATIVE_RUNS = re.compile(
    rf"\b(?:{_KIN_EN}|{_KIN_ID})(?:nya)?\s+(?:is\s+|was\s+|will\s+be\s+|yang\s+|lagi\s+|sedang\s+|"
    r"mau\s+|akan\s+)?$",
    re.I,
)


# "He's running for a second term", "standing for re-election", "nyalon lagi": an office holder runs again,
# whose staff the question is about more often than not; his running is told by his office ("petahana"),
# not as a candidacy of the one asked about.
_AGAIN = re.compile(
    r"\s+(?:a\s+)?(?:second|third|another|new)\s+term\b|\s+re-?election\b|"
    # "bupati (yg nyalon lg, udh cuti kampanye)", "maju lagi": the Indonesian of running again
    r"\s+(?:lagi|lg)\b",
    re.I,
)


def _runs_for_office(text: str) -> bool:
    """Whether the question tells of running for office (or resigning to run), not denied, and not of
    a relative's running or an office holder's running again."""
    return any(
        _RESIGNING.match(m.group(0))
        or not (
            _NOT_RUNNING.search(text[max(0, m.start() - 24) : m.start()])
            or _RELATIVE_RUNS.search(text[max(0, m.start() - 30) : m.start()])
            or _AGAIN.match(text, m.end())
        )
        for m in _CANDIDACY.finditer(text)
    )


# "Registered as a DPR candidate", "maju sebagai calon": becoming a candidate is the conduct asked about.
_AS_CANDIDATE = re.compile(r"(\b(?:as|sebagai)\s+(?:an?\s+)?(?:[\w-]+\s+)?)(?:candidates?|calon)\b", re.I)
# Actors that are usually what the conduct is aimed at, not who acts ("memilih calon bupati").
_OBJECT_ACTORS = frozenset(
    {
        "calon",
        "pasangan-calon",
        "peserta-pemilu",
        "partai-politik",
        "peserta",
        "dpr",
        "dprd",
        "masyarakat",
        "desa",
        # "pushing everyone to vote", "before anyone decides": in a question, mostly not who acts.
        "setiap-orang",
    }
)


# "A contract government teacher (PPPK)", "a district head (bupati)": the role in parentheses says which.
_GLOSSED = re.compile(r"\s*\((?!\s*(?:bukan|not|non|tidak|nor)\b)([^()]{2,30})\)", re.I)


def _actor_spans(text: str) -> list[tuple[float, int, str]]:
    """(start, end, actor) of each role named, a role glossed in parentheses replaced by the gloss."""
    spans = _named_spans(text)
    for m in _GLOSSED.finditer(text):
        inner = [(m.start(1) + s, m.start(1) + e, a) for s, e, a in _named_spans(m.group(1))]
        before = [x for x in spans if m.start() - 1 <= x[1] <= m.start() and int(x[0]) < m.start()]
        # "Camat (PNS)" says again what the name said; only a gloss naming someone else replaces it.
        if inner and before and not {a for *_, a in inner} <= {a for *_, a in before}:
            start = min(x[0] for x in before)
            gone = {id(x) for x in before} | {id(x) for x in spans if m.start(1) <= x[0] < m.end(1)}
            spans = [x for x in spans if id(x) not in gone]
            spans.extend((start + n / 10, e, a) for n, (_, e, a) in enumerate(inner))
    return sorted(spans)


def _named_spans(text: str) -> list[tuple[float, int, str]]:
    found: list[tuple[int, int, str]] = []
    for actor in actors_in(text):
        forms = sorted(ACTORS[actor], key=len, reverse=True)
        pat = "|".join(r"\s+".join(re.escape(w) for w in f.split()) for f in forms)
        m = re.search(rf"(?<![\w-])(?:{pat})(?![\w-])", text, re.I)
        if m:
            found.append((m.start(), m.end(), actor))
    for rx, ids in _ROLE_RE:
        m = rx.search(text)
        if m:
            found.extend((m.start() + n / 10, m.end(), a) for n, a in enumerate(ids))
    # The longest name wins: "dokter PNS" is a PNS, "a candidate's team" a campaign team.
    spans = [(int(s), e) for s, e, _ in found]
    kept = [
        (s, e, a)
        for s, e, a in found
        if not any(o_s <= int(s) and e <= o_e and (o_e - o_s) > (e - int(s)) for o_s, o_e in spans)
    ]
    return sorted(kept)


def find_actors(text: str) -> tuple[str | None, tuple[str, ...]]:
    """(the acting actor, every actor named) as ids of the shared actor vocabulary."""
    actor, actors, _ = find_roles(text)
    return actor, actors


def _keep_head(m: re.Match) -> str:
    """A match blanked after its first group ("calon bupati" -> "calon      "), offsets kept."""
    return m.group(1) + " " * (len(m.group(0)) - len(m.group(1)))


def without_seats(text: str) -> str:
    """The text without the offices candidates run for ("calon bupati", "a regent candidate", "a
    governor race"): the seat contested names no one who acts (offsets kept)."""
    text = _OFFICE_OF_CANDIDATE.sub(_keep_head, text)
    return _OFFICE_BEFORE_CANDIDATE.sub(lambda m: " " * len(m.group(0)), text)


# A body's secretariat or office is a workplace ("the regency DPRD secretariat", "kantor KPU"): those who
# work there are civil servants, not members of the body.
_WORKPLACE = re.compile(
    r"\b(?:dprd|dpr|dpd|kpu|bawaslu|panwaslu)(?:\s+(?:provinsi|kabupaten|kota|ri))?(?:['’]s)?\s+"
    r"(?:secretariat|office|building|compound)\b|"
    r"\b(?:sekretariat|kantor|gedung|setwan)\s+(?:dprd|dpr|dpd|kpu|bawaslu|panwaslu)\b|"
    # whom a brief is written for ("bahan telaah untuk PPK", "a brief for the staffing authority") is no actor
    r"\b(?:telaah(?:an)?|brief(?:ing)?|memo)\s+(?:\w+\s+)?(?:untuk|kepada|for|to)\s+(?:the\s+)?"
    r"(?:ppk|staffing (?:authority|official))\b|"
    # whose circular or instruction is being drafted ("draf surat edaran bupati", "drafting a regent's
    # instruction") issues it; the question is about those it binds
    r"\b(?:draf|draft|drafting|rancangan|editing|clauses of)\s+(?:(?:a|an|the|our)\s+)?"
    r"(?:(?:(?:surat\s+)?edaran|instruksi|peraturan|keputusan)\s+)?(?:bupati|wali\s*kota|gubernur)\b|"
    r"\b(?:draf|draft|drafting|rancangan|editing|clauses of)\s+(?:(?:a|an|the|our)\s+)?"
    r"(?:regent|mayor|governor)['’]s\s+(?:circular|instruction|regulation|decree)\b|"
    # whom the asker advises, said as a heading ("Staf ahli bupati.", "Adviser to a regent."): the asker's
    # post, not who acts
    r"\bstaf\s+ahli\s+(?:bupati|wali\s*kota|gubernur)(?=\s*[.:;])|"
    r"\b(?:adviser|advisor|expert staff)\s+to\s+(?:a|an|the|our)\s+(?:regent|mayor|governor)(?=\s*[.:;])",
    re.I,
)


# Words just before a role saying the one spoken of is not that ("not a police officer", "bukan PNS").
_DENIED = re.compile(
    r"(?:\bnot|n't|\bbukan(?:lah)?|\bnon|\bneither)[\s-]*(?:an?\s+|seorang\s+|sebagai\s+|the\s+)?"
    # "not PNS or PPPK", "bukan PNS maupun PPPK": the denial reaches the second role named.
    r"(?:[\w-]{2,12}\s+(?:or|nor|atau|maupun)\s+)?$",
    re.I,
)


def _denied(text: str, pos: float, denying: re.Pattern[str] = _DENIED, reach: int = 24) -> bool:
    """Whether the words just before ``pos`` (up to ``reach`` characters) deny the role or act named there."""
    return pos >= 0 and bool(denying.search(text[max(0, int(pos) - reach) : int(pos)]))


# A relative named by whose relative they are: "istri bupati", "adik perempuan camat", "the regent's wife",
# "the son of our village head". ("Anak buah camat" are his staff; "Bapak bupati", "Ibu camat" address him.)
_KIN_BEFORE = re.compile(
    rf"\b(?:{_KIN_ID}|ponakan|ipar|sepupu|cucu)"
    r"(?: (?:perempuan|laki-laki|lelaki|kandung|sulung|bungsu|tertua|kesayangan))?\s+$|"
    rf"\b(?:{_KIN_EN}) of (?:the |our |a |an |my |their )?(?:[\w-]+ )?$",
    re.I,
)
_KIN_AFTER = re.compile(
    rf"['’]s (?:own |eldest |youngest |younger |older |elder )?(?:{_KIN_EN})\b",
    re.I,
)


def _kin_of(text: str, start: int, end: int) -> bool:
    """Whether the role named at ``start:end`` says whose relative someone is, and is not named again
    acting himself ("Istri bupati nyaleg DPRD; bupati memerintahkan dinas sosial …")."""

    def kin(at: int, to: int) -> bool:
        return bool(_KIN_BEFORE.search(text[max(0, at - 30) : at]) or _KIN_AFTER.match(text, to))

    if not kin(start, end):
        return False
    again = re.compile(rf"(?<![\w-]){re.escape(text[start:end])}(?![\w-])", re.I)
    return all(kin(m.start(), m.end()) for m in again.finditer(text, end))


# The asking sentences speak of a third person only ("Dia kena sbg PNS?", "what does he face?"), not of the
# one asking ("saya", "I", "me", "my").
_THIRD_PERSON = re.compile(r"\b(?:dia|beliau|ia|he|she|him|her|they|them)\b", re.I)
_ASKER_WORDS = r"saya|aku|gue|gw|kami|i|i'm|me|we|us"
_FIRST_PERSON = re.compile(rf"\b(?:{_ASKER_WORDS}|my|our)\b", re.I)


def _asks_of_another(text: str) -> bool:
    """Whether the question's asking sentences speak of another person (by pronoun, or a civil servant by
    post: "Kasi BPN kan pegawai pusat, kena aturan netralitas juga?") and never of the one asking."""
    asking = [x for x in split_sentences(text) if is_question(x)]
    return (
        bool(asking)
        and any(_THIRD_PERSON.search(x) or ASN_ACTORS & {a for *_, a in _named_spans(x)} for x in asking)
        and not any(_FIRST_PERSON.search(x) for x in asking)
    )


# The asker asks of his own liability or choice: "Kalo sy kerjain sy melanggar apa?", "can I refuse?"
_SELF_LIABLE = re.compile(
    r"\b(?:saya|aku|gue|gw)\s+(?:\w+\s+)?(?:melanggar|langgar|ngelanggar|kena|dihukum|dipidana|menolak|nolak)\b|"
    r"\b(?:am|would|could|can|do|will|should)\s+i\s+(?:be\s+)?(?:\w+\s+)?"
    r"(?:breach\w*|break\w*|violat\w*|punish\w*|disciplin\w*|refuse|liable)\b",
    re.I,
)


def _asks_of_self(text: str) -> bool:
    """Whether the question's asking sentences ask what the asker himself breaches, faces or may refuse."""
    return any(_SELF_LIABLE.search(x) for x in split_sentences(text) if is_question(x))


# The asker's own post, or a relative's, taken or moved: "sy dicopot", "sy & 4 kadis lain 'ditugaskan
# khusus'", "I was removed", "my brother-in-law was removed and made an ordinary staff member".
_REMOVED_SELF = re.compile(
    # (a post taken or moved, not a penalty: "diberhentikan", "dismissed" are the discipline's own words)
    rf"(?:\b(?:saya|aku|kami)\b|\b(?:{_KIN_ID})\s+(?:saya|sy|aku|ku)\b)(?:\s+[\w&]+){{0,5}}?\s+['‘\"]?"
    r"(?:dicopot|dimutasi|dirotasi|dipindah(?:kan)?|diganti|dinonjobkan|digeser|ditugaskan\s+khusus)\b|"
    rf"(?:\b(?:i|we)|\bmy\s+(?:{_KIN_EN}))\s+(?:was|were|have been|had been|has been|got)\s+(?:\w+\s+)?"
    r"(?:removed|moved|transferred|replaced|reassigned|put on (?:a )?['‘\"]?special)",
    re.I,
)


def _intro_at(text: str) -> int:
    """Where the first sentence (the asker's self-introduction, if any) ends."""
    end = re.search(r"[.?!](?:\s|$)", text)
    return end.end() if end else len(text)


def find_roles(text: str) -> tuple[str | None, tuple[str, ...], tuple[str, ...]]:
    """(the acting actor, every actor named, the ids the acting actor's own words name)."""
    text = _WORKPLACE.sub(lambda m: " " * len(m.group(0)), without_seats(text))
    text = _AS_CANDIDATE.sub(_keep_head, text)
    spans = [x for x in _actor_spans(text) if x[2] in ACTORS]
    if (
        _STATE_COMPANY.search(text)
        and not _SAYS_SERVANT_KIND.search(text)
        and not _GOVERNMENT_OFFICE.search(text)
    ):
        # "I collect fees at the city market company (perumda pasar); our unit head told us …": a post in a
        # state- or region-owned company is not one in the civil service (UU 1/2015 Pasal 70 ayat (1) names
        # the companies' officers apart from the ASN).
        spans = [x for x in spans if x[2] not in ASN_ACTORS]
    # "He is not a police officer, he's a civilian PNS", "honorer, bukan PNS": who one is not does not act.
    spans = [x for x in spans if not _denied(text, x[0])] or spans
    # "Peserta PPPK bertanya …", "a participant works as …": a bare participant (of a course, a programme)
    # is who asks, not who acts, when anyone else is named.
    spans = [x for x in spans if x[2] != "peserta"] or spans
    positions = [(pos, a) for pos, _, a in spans]
    named = tuple(dict.fromkeys(a for _, a in positions))
    # "Istri bupati petahana itu dokter PNS", "the regent's wife, a civil-servant doctor": the one whose
    # relative acts is named, not who acts, when the relative is said to be a civil servant.
    kin = {pos for pos, end, _ in spans if _kin_of(text, int(pos), end)}
    acting = list(dict.fromkeys(a for pos, a in positions if pos not in kin))
    ordered = acting if kin and ASN_ACTORS & set(acting) else list(named)
    # "The head of our puskesmas, a PNS doctor, sent the ambulance": a facility is where, not who.
    ordered = [a for a in ordered if a not in _PLACES] or ordered
    said_here = _INTRO.match(text)
    intro = said_here or _SELF_INTRO.match(text)
    intro_end = -1.0
    # Who, told after the introduction, does not make the head give way: a bystander after "X here.",
    # anyone but a civil servant after "Saya kepala …" ("I head a museum. A pair's team wants …" asks what
    # he may do).
    bystanding = _OBJECT_ACTORS | _OVERSEERS if said_here else set(ACTORS) - ASN_ACTORS
    of_self = _asks_of_self(text)
    if intro and _HEAD.search(intro.group(0)) and not of_self:
        # "Puskesmas head here. Our ambulance driver, on a PPPK contract, …", "Saya kepala puskesmas. Perawat
        # PPPK kami …": a head who introduces himself asks about the one he reports, when the story names one
        # who may act.
        told: dict[str, float] = {}
        for pos, a in positions:
            if pos >= intro.end():
                told.setdefault(a, pos)
        if any(a in told and a not in bystanding for a in ordered):
            ordered = sorted((a for a in ordered if a in told), key=lambda a: (a in _SCENE_ACTORS, told[a]))
            intro_end = intro.end()
    team_intro = _TEAM_INTRO.match(text)
    if (
        intro_end < 0
        and team_intro
        and any(a in ("tim-kampanye", "pasangan-calon") for pos, a in positions if pos < team_intro.end())
        and not _SIDE_ASKS.search(text, team_intro.end())
    ):
        # "Sy tim kampanye caleg DPRD kota. Kasubbag humas setwan (PNS) upload …", "Legal desk of a governor
        # pair's team. The head of a provincial agency (PNS) read out …": one who speaks for a side reports
        # what a civil servant did.
        told = {a: pos for pos, a in reversed(positions) if pos >= team_intro.end()}
        servants = sorted((a for a in told if a in ASN_ACTORS), key=told.__getitem__)
        if servants:
            ordered = servants + [a for a in ordered if a not in servants]
            intro_end = team_intro.end()
    actor: str | None = None
    first = ordered[0] if ordered else None
    # "Istri saya nyaleg DPRD … Saya PNS": who the asker says they are is who acts.
    self_named = [
        a for pos, a in positions if pos >= intro_end and _SELF.search(text[max(0, int(pos) - 30) : int(pos)])
    ]
    reported = [a for a in ordered if a not in _OBJECT_ACTORS | _OVERSEERS]
    if self_named and self_named[0] in ELSEWHERE_ACTORS and ASN_ACTORS & set(reported):
        # "Saya wajib pajak. … petugas loketnya satu CPNS, satu honorer": one whom the law of this store does
        # not address, telling what a civil servant did, asks about the civil servant.
        self_named = [a for a in reported if a in ASN_ACTORS][:1]
    if self_named and self_named[0] not in ASN_ACTORS and _asks_of_another(text):
        # "Saya kaur keuangan di desa. Pj kades kami itu PNS … Dia kena sbg PNS atau sbg kades?": one outside
        # the civil service who says who he is, then asks only of another, asks about the civil servant told.
        told_after = _intro_at(text)
        servants = [a for pos, a in positions if a in ASN_ACTORS and pos > told_after]
        self_named = servants[:1] or self_named
    if not self_named and intro and not said_here and of_self and "pejabat-asn" in named:
        # "I head our regency's staffing agency. The regent asked me for a list … what am I breaking?": the
        # head who says who he is asks of himself.
        self_named = ["pejabat-asn"]
    if (
        next(iter(self_named or ordered), None) in _HELD_POSTS
        and "kepala-daerah" in named
        and not of_self
        and _REMOVED_SELF.search(text)
    ):
        # "Sy lurah. Walikota petahana menang lagi … sy dicopot & dijadiin staf pelaksana. Ini sah gak?", "My
        # brother-in-law was a camat … the new regent … he was removed": one whose post (or a relative's) was
        # taken asks about the act of the regional head who took it.
        self_named = ["kepala-daerah"]
    if self_named and self_named[0] in _OVERSEERS and reported:
        # "Saya staf Bawaslu … kepala dinas (PNS) mencairkan pinjaman …": an overseer who says who he is
        # reports what another did; the one reported acts.
        self_named = []
    # "Leave the camat aside: what did the village head break?", "Kadesnya nanti lain soal. Saya tanya
    # camatnya dulu": a story with several people asks about the one it singles out.
    singled, set_aside = _singled_out(text)
    singled = [a for a in singled if a not in set_aside and a in ordered]
    # "I'm a DPRD candidate. My brother, a police brigadier, offered to drive me … Is that allowed for a
    # police officer?": the question names whom it asks of, whoever the asker said he is.
    allowed_for = [
        a for m in _ALLOWED_FOR.finditer(text) for a in _roles_at(text, start=m.end()) if a in ordered
    ]
    for m in _EMPLOYEE_ALLOWED.finditer(text):
        kinds = _roles_at(text, start=m.end())
        if set(kinds) <= ASN_ACTORS:  # a kind of public employee, not a body or an acting head
            allowed_for += [a for a in kinds if a in ordered]
    if allowed_for:
        self_named = allowed_for[:1]
    if not self_named and (singled or set_aside):
        rest = [a for a in ordered if a not in set_aside and a not in _OBJECT_ACTORS]
        self_named = singled[:1] or ([rest[0]] if set_aside and rest else [])
    bystanders = _OBJECT_ACTORS | _OVERSEERS | _SCENE_ACTORS
    first_at = next((int(pos) for pos, a in positions if a == first), 0)
    # One named beside the first in the same breath ("a camat (administrator-level PNS) is accused") is him.
    accused = [
        a
        for pos, end, a in spans
        if _ACCUSED.match(text, end)
        and a in ordered
        and a not in bystanders
        and re.search(r"[.?!;]", text[first_at : int(pos)])
    ]
    if self_named:
        actor = self_named[0]
    elif accused and first not in accused and not singled:
        # "A PPPK teacher was made principal. One of our PNS teachers is accused of …": the one accused acts.
        actor = accused[0]
    elif first in _OBJECT_ACTORS:
        # "Calon bupati mengerahkan …" acts; "… memilih calon bupati" is the object of the act.
        at, end = int(spans[0][0]), spans[0][1]
        # "A DPD candidate's convoy": whose thing the act touched, not who acts.
        owner = re.match(r"['’]s?(?!\w)", text[end:])
        # "regent-pair registration", "candidate verification": a step of the election, not an act
        owner = owner or re.match(r"\s*(?:registration|nominations?|verification)\b", text[end:], re.I)
        cued = _OBJECT_CUE.search(text[max(0, at - 30) : at]) or _VOTE_CUE.search(text) or owner
        if (at < 12 and not owner) or not cued:
            actor = first
    if actor is None:
        actor = next((a for a in ordered if a not in _OBJECT_ACTORS), None)
    if actor == "pegawai" and not self_named:
        # "Bukber pegawai di aula dinas, kadisnya mengundang caleg": the staff are the audience; the
        # civil servant named by kind or post acts.
        actor = next((a for a in ordered if a in ASN_ACTORS), actor)
    if actor in _OVERSEERS and not self_named:
        # "Bawaslu menemukan camat tidak netral": the one found out is the actor, not who finds.
        actor = next((a for a in ordered if a not in _OBJECT_ACTORS | _OVERSEERS), actor)
        first_end = re.search(r"[.?!](?:\s|$)", text)
        named_at = min(int(p) for p, a in positions if a == actor)
        if actor in _OVERSEERS and first_end and named_at > first_end.start():
            # "A colleague ran for the DPR. Once the KPU confirms him …": the overseer the story names after
            # its subject does not act.
            return None, named, ()
    glossed = _glossed_servant(text, spans)
    scene = actor in _SCENE_ACTORS and not (actor == "kepala-daerah" and _ACTING.search(text))
    if glossed and scene and not self_named and not singled and not _asked_of(text, actor, glossed):
        # "Bupati baru dilantik. Camat (PNS) menyuruh …", "the head of the radio station, a PNS, gave …":
        # the one the question says is a civil servant is whose conduct it asks about, not the office
        # holders, candidates or judges its scene names.
        actor = glossed
    profession = actor if actor in _PROFESSIONS else None
    if profession:
        # "Saya dokter spesialis anak, PNS di RSUD": a health worker said in the same breath to be a civil
        # servant is one, bound by the civil servants' rules besides those of the profession.
        actor = _servant_beside(text, spans, profession) or actor
    if actor is None:
        return None, named, ()
    at = min(int(pos) for pos, a in positions if a == actor)
    if not self_named:
        # "Our regent demoted a camat after the camat drove …": who punishes is not who is asked about, nor
        # who asks.
        end = max((e for s, e, a in spans if int(s) == at and a == actor), default=at)
        if _PUNISHES.match(text, end) or _ASKS_NEXT.match(text, end):
            later = [(int(p), a) for p, a in positions if int(p) >= end and a not in _OBJECT_ACTORS | {actor}]
            if later:
                at, actor = later[0]
    if actor == "pns" and not _SAYS_PNS.search(text):
        # "A lecturer at a state polytechnic, employed on a PPPK contract": the workplace made him a civil
        # servant; the contract said next tells which kind.
        contract = [int(p) for p, a in positions if a == "pppk" and 0 < int(p) - at < 80]
        if contract:
            actor, at = "pppk", contract[0]
    roles = [actor] + [a for pos, a in positions if int(pos) == at and a != actor]
    if profession and profession != actor:
        roles.append(profession)
    if actor == "kepala-daerah" and _ACTING.search(text):
        # "Since our regent's term ended, a Pj bupati, a senior PNS, …": the head the story is about is the
        # acting one, a civil servant, however the office was named first.
        roles += [a for a in _ACTING_ROLES if a not in roles]
    # "Polisi dilibatkan paslon …": the one after a passive verb acts too, so rules binding it answer.
    passive = _PASSIVE.search(text, at)
    if passive:
        roles += [a for pos, a in positions if passive.end() <= pos <= passive.end() + 2]
    if actor == "pegawai-non-asn":
        # "Saya honorer. Kabid kami (PNS) menyuruh kami menempel stiker paslon …": the civil servant who
        # directed the honorary workers acts too.
        roles += [a for pos, end, a in spans if a in ASN_ACTORS and _DIRECTS.match(text, end)]
    for m in _ASKED_OF_TOO.finditer(text):
        # "… dan bupatinya sendiri bisa dibatalkan?": the one named right before "sendiri" is asked of too.
        roles += _roles_at(text, end=m.end(1))
    if _ASKS_EACH.search(text):
        # "Who is in breach here, and what does each face?": every actor named acts, except one the
        # question says the actor is not ("guru PPPK kan bukan PNS").
        denied = {a for pos, a in positions if _denied(text, pos)}
        roles += [a for a in ordered if a not in denied]
    return actor, named, tuple(dict.fromkeys(roles))


# Who a story may name before the one it asks about, as its setting: office holders sworn in, candidates,
# a court, a village, a hospital, an assembly (not those who act themselves: a campaign team, a village head).
_SCENE_ACTORS = frozenset(
    {
        None, "kepala-daerah", "calon", "pasangan-calon", "peserta-pemilu", "hakim", "desa",
        "tenaga-kesehatan", "fasilitas-kesehatan", "dprd", "dpr", "partai-politik", "pemerintah-daerah",
        "instansi-pemerintah", "bpjs", "pemerintah", "presiden", "menteri",
    }
)  # fmt: skip
# A civil servant's kind said of someone as an aside: "Kepala Disdukcapil kabupaten (PNS, …)", "the head
# of the radio station, a PNS, gave …", "seorang PNS".
_SERVANT_KIND = re.compile(
    r"pns|cpns|pppk|asn|civil[- ]servant|public servant|pegawai negeri(?: sipil)?|"
    # a functional post only a civil servant holds: "dokter spesialis, jabatan fungsional ahli utama"
    r"jabatan fungsional|functional (?:officials?|posts?|positions?)|ahli (?:pertama|muda|madya|utama)",
    re.I,
)
_SERVANT_GLOSS = re.compile(r"(?:\(\s*|,\s*(?:a |an |seorang |sebagai )?)$", re.I)
# "Bupati memberhentikan seorang kasi": one civil servant singled out by post.
_ONE_SERVANT = re.compile(r"\bseorang $", re.I)
# "a civil-servant operator", "a PNS nurse": one person said in passing to be a civil servant, unless the
# object of another's act ("had a PNS headmaster speak", "with a PNS teacher").
_ONE_OF_KIND = re.compile(r"\b(?:a|an) $", re.I)
_OBJECT_OF = re.compile(r"\b(?:had|has|have|got|let|asked|invited|told|with|for|by|to) (?:a|an) $", re.I)


_PROFESSIONS = frozenset({"tenaga-kesehatan"})  # a trade whose holder may or may not be a civil servant
_SAME_BREATH = 40  # characters between a person named and the aside saying what kind of servant they are


def _servant_beside(text: str, spans: list[tuple[float, int, str]], who: str) -> str | None:
    """The kind of civil servant an aside right after ``who`` is named says they are ("dokter spesialis
    anak, PNS di RSUD"), else None."""
    ends = [end for pos, end, a in spans if a == who]
    if not ends:
        return None
    first = min(ends)
    for pos, end, a in spans:
        between = text[first : int(pos)]
        if a in ASN_ACTORS and 0 <= int(pos) - first <= _SAME_BREATH and not re.search(r"[.?!;]", between):
            if _SERVANT_GLOSS.search(between) and _SERVANT_KIND.fullmatch(text[int(pos) : end]):
                return a
    return None


def _glossed_servant(text: str, spans: list[tuple[float, int, str]]) -> str | None:
    """The kind of civil servant the question first says someone is in an aside, else None."""
    for pos, end, a in spans:
        if a not in ASN_ACTORS:
            continue
        before = text[max(0, int(pos) - 12) : int(pos)]
        glossed = _SERVANT_GLOSS.search(before) or (
            _ONE_OF_KIND.search(before) and not _OBJECT_OF.search(before)
        )
        if _ONE_SERVANT.search(before) or (glossed and _SERVANT_KIND.fullmatch(text[int(pos) : end])):
            return a
    return None


def split_sentences(text: str) -> list[str]:
    """The text's sentences, each ending at '.', '?' or '!'."""
    return [x for x in re.split(r"(?<=[.?!])\s+", text.strip()) if x]


def is_question(sentence: str) -> bool:
    """Whether a sentence asks (ends in a question mark), as against telling the facts."""
    return sentence.rstrip().endswith("?")


def _asked_of(text: str, actor: str | None, other: str) -> bool:
    """Whether the question's closing sentences (ending in '?') name ``actor`` and not ``other`` ("Can the
    candidate pair itself be charged?")."""
    sentences = split_sentences(text)
    asking = [x for x in sentences if is_question(x)]
    if not asking or len(asking) == len(sentences):
        return False
    said = " ".join(asking)
    named = {a for _, _, a in _actor_spans(said)}
    if actor == "pasangan-calon" and re.search(r"\b(?:pair|ticket|paslon\w*)\b", said, re.I):
        named.add(actor)  # "what penalty for the pair?": the pair named before, by its short name
    return actor in named and other not in named


def _roles_at(text: str, start: int = -1, end: int = -1) -> list[str]:
    """The actors a role named right after ``start`` (or right before ``end``) names, "-nya" allowed."""
    if start >= 0:
        part = text[start : start + 50]
        return [a for s, e, a in _actor_spans(part) if int(s) == 0]
    # within its own clause: a role named earlier in the window is read once, and may hide this mention
    part = re.split(r"[.?!;,:]\s", text[max(0, end - 50) : end])[-1]
    part = part[:-3] if part.lower().endswith("nya") else part
    return [a for s, e, a in _actor_spans(part) if e == len(part)]


def _singled_out(text: str) -> tuple[list[str], set[str]]:
    """(the actors a story singles out to ask about, the actors it sets aside), in the story's order."""
    singled: list[str] = []
    for m in _SINGLED_BEFORE.finditer(text):
        singled += _roles_at(text, start=m.end())
    for m in _SINGLED_AFTER.finditer(text):
        singled += _roles_at(text, end=m.start())
    for m in _POINTED.finditer(text):
        if not re.search(r"\byang\b", re.split(r"[.?!]\s", text[: m.start()])[-1], re.I):
            singled += _roles_at(text, end=m.start())
    for m in _OUTCOME_FOR.finditer(text):
        singled += [a for a in _roles_at(text, start=m.end()) if a not in _HANDLERS]
    # "… Sy sekcam, bingung mau negur atasan. Camat melanggar apa? berat gak?": a question that opens with a
    # role and its breach asks of that one, unless the asker also asks of himself ("Saya bisa kena sanksi?
    # Kabagnya kena pasal apa?").
    of_self = any(_ASKER.search(_KIN_OF_ASKER.sub(" ", x)) for x in split_sentences(text) if is_question(x))
    for m in () if of_self else _OUTCOME_ASKED.finditer(text):
        singled += _roles_at(text, start=m.end())
    for m in () if of_self else _ASKED_OF.finditer(text):
        part = text[m.end() : m.end() + 60]
        word = re.match(r"\w+", part)
        if word and word.group(0).lower().endswith("nya"):  # "Camatnya kena apa?"
            part = part[: word.end() - 3] + "   " + part[word.end() :]
        spans = [(e, a) for st, e, a in _actor_spans(part) if int(st) == 0]
        end = max((e for e, _ in spans), default=0)
        asked = part.split("?")[0]
        # "… paslonnya bisa kena juga?": one asked about as well is not the one the story is about
        if spans and _BREACH_VERB.match(part, end) and not re.search(r"\b(?:juga|jg|pula)\b", asked, re.I):
            singled += [a for _, a in spans]
    aside: set[str] = set()
    for m in _PUT_ASIDE.finditer(text):
        aside.update(_roles_at(text, start=m.end()))
    for m in _PUT_ASIDE_AFTER.finditer(text):
        aside.update(_roles_at(text, end=m.start()))
    return singled, aside


# "What does the regent face?": whom the closing question asks the outcome of (not "what do we face?").
_OUTCOME_ASKED = re.compile(
    r"\bwhat (?:does|do|would|could|will|might)\s+(?:the |our |that |this )?"
    r"(?=[\w ]{2,30}? (?:face|risk)\b)",
    re.I,
)
# Said right after a role, the one a story accuses: "is accused of", "was reported for", "diduga".
_ACCUSED = re.compile(
    r"[^.?!;]{0,25}?\b(?:(?:is|was|were|are|has been|have been|had been) "
    r"(?:accused|alleged|reported|caught|suspected|found to have|filmed|seen|spotted)|"
    r"dituduh|diduga|dilaporkan|ketahuan|kedapatan|tertangkap)\b",
    re.I,
)
# Words before a role that single out the one a story asks about ("my question is only about the", "this
# memo concerns the", "as for the", "saya tanya", "posisi", "untuk si").
_SINGLED_BEFORE = re.compile(
    r"\b(?:(?:only|just) about|question is (?:only |just )?about|(?:memo|note|file|question|this) concerns|"
    r"as for|asking about|ask about|posisi|untuk si|"
    # "apa yang dilanggar bupati?", "what did the regent breach?": the closing question names whom it asks of
    r"(?:apa|pasal apa|aturan apa)\s+(?:saja\s+)?yang\s+dilanggar(?:\s+oleh)?|"
    r"what (?:rules? |law |provisions? )?(?:did|has)"
    r"(?=\s+(?:the |our )?[\w ]{2,30}? (?:break|breach|violate)\w*\b)|"
    # "Saya tanya camatnya dulu" ("saya sudah tanya kades, katanya boleh" asked him, not about him)
    r"tanya(?:kan)?(?=\s+(?:si\s+|pak\s+|bu\s+)?[\w ]{2,30}?(?:nya)?\s+dulu\b)|"
    # "SK bupati untuk klien saya, kasi di kantor kecamatan": a lawyer asks about the client.
    r"(?:klien (?:saya|kami)|(?:my|our) client)(?:,|\s+(?:adalah|is|was|seorang|a|an))?)\s+"
    r"(?:the\s+|si\s+|pak\s+|bu\s+|sang\s+)?",
    re.I,
)
# "Akibatnya buat bupati apa?", "what are the consequences for the regent?": whom the outcome is asked of. A
# bare "official" named so ("ada akibatnya buat pejabat itu?") is mostly the one who dealt with the breach,
# asked about beside the one who breached, not instead of him.
_OUTCOME_FOR = re.compile(
    r"\b(?:(?:akibat|sanksi|hukuman|konsekuensi)(?:nya)?\s+(?:buat|untuk|bagi)|"
    r"(?:consequences?|penalt(?:y|ies)|sanctions?|punishment)\s+for)\s+(?:the\s+|si\s+|pak\s+|bu\s+|sang\s+)?",
    re.I,
)
_HANDLERS = frozenset({"pejabat"})
# Words after a role singling it out when the question turns to what it faces: "what penalty can the pair
# themselves face?", "sekdanya sendiri bisa dikenai sanksi apa?".
_SINGLED_AFTER = re.compile(
    r"\s+(?:themselves|himself|herself|itself)\b(?=[^.?!]{0,30}\b(?:face|risk|be (?:punished|charged|"
    r"sanctioned|prosecuted)|liable)\b)|"
    r"(?<=nya)\s+sendiri\s+(?=(?:bisa|dapat|juga) (?:dikenai|dikenakan|kena|dihukum|dipidana|disanksi)\b)",
    re.I,
)
# "Kadesnya ini kena larangan apa?", "bikin paslon itu kena masalah?": the closing question points at one
# named, unless the role ends a relative clause ("kepala puskesmas yang … menguntungkan satu pasangan calon
# itu kena …" points at the head of the clause).
_BREACH_VERBS = r"kena|dikenai|dikenakan|melanggar|dihukum|dipidana|disanksi"
_POINTED = re.compile(
    rf"\s+(?:ini|itu|tersebut)\s+(?=(?:(?:bisa|dapat|juga)\s+)?(?:{_BREACH_VERBS})\b[^.!]{{0,60}}\?)", re.I
)
# "Is that allowed for a police officer?", "boleh bagi PNS?": the role the permission is asked for.
_ALLOWED_FOR = re.compile(
    r"\b(?:allowed|ok(?:ay)?|fine|legal|permitted|lawful|boleh)(?:\s+(?:gak|ga|nggak|ngga|enggak|tidak|nggak\s+sih))?"
    r"\s+(?:for|bagi|buat|untuk)\s+(?:an?\s+|the\s+|seorang\s+)?",
    re.I,
)
# "Is a civil servant allowed to …?", "Apakah PNS boleh …?": asked of a kind of public employee, whoever asks
# (not "is the Panwaslu allowed to write …?", a body's power).
_EMPLOYEE_ALLOWED = re.compile(
    r"\b(?:is|are|may)\s+(?=(?:an?\s+|the\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:allowed|permitted)\b)(?:an?\s+|the\s+)?|"
    r"\b(?:apakah|apa|emang|emangnya)\s+(?=(?:seorang\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:boleh|dibolehkan|diperbolehkan)\b)"
    r"(?:seorang\s+)?",
    re.I,
)
# The asker in a question ("Saya bisa kena?", "can I be punished?"), not a relative ("bapak saya", "my dad").
_ASKER = re.compile(rf"\b(?:{_ASKER_WORDS})\b", re.I)
_KIN_OF_ASKER = re.compile(
    rf"\b(?:{_KIN_ID}|bapak|ibu|teman|rekan|atasan|om|tante)\s+(?:saya|aku|kami)\b", re.I
)
# A question sentence opening with a role ("Camat melanggar apa?", "Pak kades kena pasal apa?").
_ASKED_OF = re.compile(r"(?:^|[.?!]\s+)(?:(?:pak|bu|bapak|ibu|si|sang)\s+)?(?=[^.?!]{2,60}\?)", re.I)
_BREACH_VERB = re.compile(
    rf"(?:nya)?\s+(?:(?:ini|itu|tersebut)\s+)?(?:(?:bisa|dapat|sudah)\s+)?(?:{_BREACH_VERBS})\b", re.I
)
# And words setting the others aside: "leave the camat aside/out", "we'll deal with the PPPK workers
# separately", "kadesnya nanti lain soal".
_PUT_ASIDE = re.compile(
    r"\b(?:leave|leaving|set|setting|put|putting)\s+(?:the\s+)?(?=[\w ]{2,30}\s+(?:aside|out)\b)|"
    r"\bdeal with\s+(?:the\s+)?(?=[\w ]{2,30}\s+(?:separately|later)\b)",
    re.I,
)
_PUT_ASIDE_AFTER = re.compile(r"\s+(?:nanti|biar)\s+(?:lain soal|dulu|belakangan)\b", re.I)
# Actors of the shared vocabulary that are places (a health facility, a village): they act only when nobody
# else is named.
_PLACES = frozenset({"fasilitas-kesehatan", "desa"})
# Civil servants, named by kind or by post.
ASN_ACTORS = frozenset({"pns", "pppk", "cpns", "pegawai-asn", "pejabat-asn"})
# Whose post a regional head may take: a civil servant, a camat, a lurah.
_HELD_POSTS = ASN_ACTORS | {"camat", "lurah"}
# A verb of disciplining right after the one named first ("the regent demoted …", "bupati menjatuhkan
# hukuman …"); firing or sacking may be the conduct asked about (a new regent sacking agency heads).
_PUNISHES = re.compile(
    r"\s+(?:\([^()]{0,60}\)\s*)?(?:\w+\s+)?(?:demoted|punished|sanctioned|disciplined|reprimanded|penali[sz]ed|"
    r"menghukum|menurunkan|menegur|menjatuhkan|"
    # "Bupati (lagi cuti kampanye) minta kami proses camat …", "the regent asked us to discipline the camat":
    # who has others punish is not whom the question asks about either.
    r"(?:minta|meminta|nyuruh|menyuruh|asked|asks|told|wants)\s+(?:kami|saya|aku|us|me)\s+"
    r"(?:untuk\s+|buat\s+|to\s+)?(?:proses|memproses|periksa|memeriksa|meriksa|menindak|nindak|"
    r"process|examine|discipline|punish))\b",
    re.I,
)
# "PPK di kabupaten nanya: PPPK guru …", "A BKD officer asks: …": the one named before the colon asks.
_ASKS_NEXT = re.compile(
    r"\s+(?:\w+\s+){0,3}?(?:nanya|bertanya|menanyakan|tanya|asks|asked|asking|wants to know|wanted to know)"
    r"\s*:",
    re.I,
)
# A civil servant (PNS) named as such, not only by where the person works.
_PNS_WORDS = r"pns|civil[- ]servants?|pegawai negeri(?: sipil)?|public servants?"
_SAYS_PNS = re.compile(rf"\b(?:{_PNS_WORDS})\b", re.I)
# A state- or region-owned company, a workplace outside the civil service.
_STATE_COMPANY = re.compile(
    r"\b(?:bumn|bumd|perumda|perusda|pdam|badan usaha milik (?:negara|daerah)|"
    r"(?:state|region(?:ally)?|regional(?:ly)?|city|regency|province)[- ]owned|"
    r"(?:regional|regency|city|municipal) water (?:company|utility)|water company|"
    r"(?:regional|provincial) (?:development )?bank|bank (?:pembangunan )?daerah)\b",
    re.I,
)
# Any kind of public employee named as such, or a government office where one works.
_SAYS_SERVANT_KIND = re.compile(rf"\b(?:{_PNS_WORDS}|asn|pppk|cpns|aparatur|honorer)\b", re.I)
_GOVERNMENT_OFFICE = re.compile(
    r"\b(?:dinas|kantor (?:bupati|camat|desa|lurah|kecamatan|kelurahan)|kecamatan|kelurahan|pemkab|pemkot|"
    r"pemprov|pemda|setda|bkd|bkpsdm|bappeda|puskesmas|rsud|sekolah|agency|agencies|ministry|kementerian|"
    r"(?:regency|provincial|city) (?:government|secretariat)|town hall|city hall|government office)\b",
    re.I,
)

# Words just before a candidate or party that make it the object of the act ("memilih calon").
_OBJECT_CUE = re.compile(
    r"\b(?:memilih|mendukung|kepada|untuk|buat|bantu|membantu|memenangkan|kampanye|bersama|dengan|for|"
    # "nyumbang ke paslon", "donated to pair 2": whom a gift went to
    r"nyumbang|menyumbang|sumbangan|donated to|donating to|donations? to|"
    r"support(?:s|ed|ing)?|vote|votes|voting|help(?:s|ed|ing)?|towards?|back(?:s|ed|ing)?|behind|with|"
    r"endors(?:e|es|ed|ing)|promot(?:e|es|ed|ing)|prais(?:e|es|ed|ing)|"
    # "decisions favouring a presidential ticket", "keputusan yang menguntungkan paslon": whom the act helps
    r"favou?r(?:s|ed|ing)?|benefit(?:s|ed|ing|ting)?|menguntungkan|merugikan|"
    # "setelah pendaftaran calon ditutup", "before the registration of candidates": a step of the election
    r"pendaftaran|penetapan|registration of|nomination of|"
    # "Kami kuasa hukum salah satu paslon", "lawyers for pair 2": whom the asker acts for, not who acted.
    r"kuasa hukum|tim hukum|pengacara|advokat|lawyers? (?:for|of)|legal team (?:for|of)|"
    r"counsel (?:for|to)|"
    # "sampulnya foto calon anggota DPD", "a poster of the candidate": who is pictured, not who acts.
    r"foto|fotonya|gambar|bergambar|wajah|stiker|poster|baliho|spanduk|photos?|pictures?|faces?|portraits?|"
    r"images?|stickers?|posters?|banners?|"
    # "repost video program paslon", "shared the candidate's clip": whose content was passed on.
    r"video|videonya|videos?|klip|clips?|konten|content|program|programs?|programmes?|unggahan|postingan|"
    # "a greeting card from a DPD candidate", "kartu ucapan dari caleg": whose greeting was passed on.
    r"greeting cards?|greetings?(?: from)?|(?:kartu )?ucapan(?: dari)?)\b",
    re.I,
)
# Anywhere in the question, a call to vote or back someone makes the candidate named its object.
_VOTE_CUE = re.compile(r"\b(?:memilih|mendukung|support|vote)\b", re.I)
# Who finds, receives or reports a breach; the actor when nobody else is named.
_OVERSEERS = frozenset({"penyelenggara-pemilu", "masyarakat"})
# A question opening with who asks: "Puskesmas head here.", "Kepala dinas sosial kabupaten di sini."
_INTRO = re.compile(r"\s*[^.?!]{3,90}?\s+(?:here|di sini|disini)\s*[.:;,]", re.I)
# … or with "Saya kepala puskesmas.", "I head a puskesmas.": a first sentence saying only who asks.
_SELF_INTRO = re.compile(
    r"\s*(?:(?:saya|aku|i am|i'm)\s+(?:(?:the|a|an|seorang)\s+)?(?:kepala|head)\b|i head\b|"
    # or with the title alone: "Head of a regency education office.", "Kepala dinas sosial kabupaten."
    r"head of (?:an? |the |our )?[\w-]+|"
    r"kepala (?:dinas|badan|sekolah|puskesmas|bidang|bagian|seksi|kantor|upt|biro)\b)"
    # "Saya kepala SMA negeri, baru pindah ke sini.": a clause after a comma still introduces him
    r"[^.?!;:]{0,60}[.!]",
    re.I,
)
# … or with the side the asker works for: "Sy tim kampanye caleg DPRD kota.", "I'm on the campaign team of a
# city council candidate.", "DPR candidate's team, general election.", "Legal desk of a governor pair's team."
_TEAM_INTRO = re.compile(
    r"\s*(?:(?:saya|aku|kami|i am|i'm|we are|we're)\s+(?:(?:on|in|with|from|part of|a member of|anggota|"
    r"koordinator|ketua|admin|bendahara|sekretaris)\s+)?)?(?:(?:the|a|an|our)\s+)?"
    r"(?:legal desk of (?:the |a |an |our )?)?"
    r"(?:tim (?:kampanye|sukses|pemenangan|relawan)|timses|campaign team|"
    r"(?:[\w-]+\s+){0,2}?(?:candidate|pair|ticket|caleg|paslon)(?:'s|s'|’s)?\s+(?:campaign\s+)?team|"
    # "Kami LO paslon bupati no 2.", "I'm a liaison officer for a mayoral pair.": one who works for a side
    r"(?:lo|liaison officers?|saksi|relawan)\s+(?:of\s+|for\s+|dari\s+)?(?:the\s+|a\s+|an\s+|one\s+)?"
    r"(?:[\w-]+\s+)?(?:paslon|pasangan calon|caleg|capres|cagub|cabup|cawalkot|pair|ticket|candidate)s?)\b"
    r"[^.?!;:]{0,60}[.!:]",
    re.I,
)
# … unless the story goes on with what the asker's side asks of others ("kami ingin meminta seorang guru PPPK
# …", "sy minta tolong sekdes …"): then the side's own conduct is asked about.
_SIDE_ASKS = re.compile(
    r"\b(?:saya|aku|kami|kita|i|we)\s+(?:\w+\s+){0,2}?(?:minta|meminta|mengajak|ajak|ngajak|mengundang|ngundang|"
    r"undang|ingin|mau|"
    r"masukin|memasukkan|asked|ask|invited|invite|want|wanted|plan|planned|recruited|put)\b"
    r"(?!\s+(?:to\s+)?(?:report|lapor|melapor|melaporkan|know|tahu))",
    re.I,
)
_HEAD = re.compile(r"\b(?:head|heads|kepala|kadis|camat|chief|director|direktur|sekda|secretary)\b", re.I)
_SELF = re.compile(
    # "Suami saya kepala desa" is the asker's husband, not the asker; "saya bidan PNS" is the asker by trade.
    r"(?<!suami )(?<!istri )(?<!adik )(?<!kakak )(?<!anak )(?<!teman )(?<!rekan )(?<!atasan )(?<!bapak )"
    r"(?<!ayah )(?<!ibu )(?<!om )(?<!tante )(?<!paman )(?<!sepupu )(?<!tetangga )(?<!keponakan )"
    r"\b(?:saya|aku|I am|I'm|I myself am|my status is|status (?:saya|ku)|(?:saya |aku )?berstatus)\s+"
    r"(?:(?:ini|adalah|seorang|sebagai|cuma|hanya|juga|sendiri|an?|just|only|also)\s+)*"
    r"(?:(?:guru|bidan|perawat|dokter|dosen|staf|analis|penyuluh|operator)\s+)?$",
    re.I,
)
# Said right after a civil servant, that he directed others: "(PNS) menyuruh saya …", "a PNS, invited all
# of us".
_DIRECTS = re.compile(
    # in the same breath, or in the next sentence of which he is the subject ("… seorang PPPK. Selama kampanye
    # dia mewajibkan kami …")
    r"(?:[^.?!;]{0,40}?|[^.?!;]{0,20}[.;]\s+[^.?!;]{0,40}?\b(?:dia|ia|beliau|he|she)\s+(?:\w+\s+)?)"
    r"\b(?:menyuruh|mewajibkan|memerintahkan|mengajak|meminta|mengerahkan|memaksa|"
    # the everyday forms: "Kabag saya nyuruh saya nganter dia …"
    r"nyuruh(?:in)?|merintahin|ngajak(?:in)?|maksa(?:in)?|ngerahin|"
    r"told|ordered|asked|invited|made|required|instructed|pressed|urged|forced|summoned)\b",
    re.I,
)
# A question asking which of the actors it names is in breach, or what each of them faces.
_ASKS_EACH = re.compile(
    r"\b(?:masing-masing|"
    r"siapa (?:saja )?yang (?:melanggar|salah|bisa (?:kena|dipidana|dihukum)|kena|dipidana)|"
    r"yang (?:bisa )?(?:dipidana|kena pidana|melanggar) .{0,30}\batau\b|"
    r"each of them|both of them|which of them|"
    r"who(?:'s| is) (?:actually |really )?(?:in breach|at fault|liable)|"
    # "Are the two caught by the same rules? What does each one face?"
    r"each one|(?:are )?the two (?:of them )?(?:caught|bound|covered|liable)|"
    r"keduanya (?:kena|terkena|melanggar|dihukum|bisa dihukum)|"
    r"who (?:can|could) be (?:prosecuted|punished|charged)|"
    r"who (?:gets|get|is|will be|would be) (?:prosecuted|punished|charged|sanctioned)|"
    r"who(?:'s| is| are) (?:breaking|violating|in the wrong)|who(?:,? if anyone,?)? (?:faces?|risks?)\b|"
    r"who (?:has |have |had )?(?:breached|broken|broke|violated) what\b|"
    # "Tim calonnya juga salah?": whether another is in breach too ("or both?" may set regimes side by side).
    r"(?:juga|ikut) (?:salah|melanggar|kena)\b|"
    r"(?:done|did) anything wrong (?:as well|too)|"
    # "did the pair do anything wrong by …?", "can the pair get into trouble too?"
    r"did (?:the |that |this )?\w+ (?:\w+ )?do anything wrong|"
    r"(?:get|be|land) (?:\w+ )?in(?:to)? trouble (?:too|as well)|"
    r"siapa yang (?:dihukum|disanksi|kena sanksi))",
    re.I,
)
# A second one asked of, by name, after the first question: "… dan bupatinya sendiri bisa dibatalkan?",
# "And could the regent himself lose his candidacy?".
_ASKED_OF_TOO = re.compile(
    r"\b(?:dan|and|terus|trus|lalu|then)\s+((?:the\s+|si\s+|pak\s+|bu\s+)?[\w-]+)\s+"
    r"(?:sendiri|himself|herself)\s+(?:bisa|juga|kena|could|can|would|might|will)\b",
    re.I,
)

# The act repeats a breach of the same kind (PP 94/2021 Pasal 35 ayat (2)): a verb of repeating, being caught
# again, or "lagi"/"again" after a past penalty. "Maju lagi", "lagi cuti", "run again" repeat no breach.
_PUNISHED_ID = (
    r"(?<!belum )(?:pernah|sudah|sempat)\s+(?:\w+\s+){0,2}?"
    r"(?:dihukum|disanksi|ditegur|dijatuhi|kena\s+(?:hukuman|hukdis|sanksi|teguran))"
)
_PUNISHED_EN = (
    r"(?:(?:already|previously|once before)\s+(?:been\s+)?(?:\w+\s+)?|(?:was|were|had been|has been)\s+)"
    r"(?:punished|disciplined|sanctioned|reprimanded|penali[sz]ed|warned|demoted)"
)
# A penalty told as already given ("dihukum penundaan …", "kena hukuman sedang"), not one asked about
# ("bisa dihukum?", "dihukum apa?").
_GIVEN_ID = (
    r"(?<!bisa )(?<!akan )(?<!dapat )(?<!apakah )(?<!kalau )(?<!jika )(?<!apa )(?<!agar )(?<!supaya )"
    r"(?<!nanti )"
    r"\b(?:dihukum|disanksi|kena\s+(?:hukuman|hukdis|sanksi)|dijatuhi\s+(?:hukuman|hukdis))\b"
    r"(?!\s+(?:apa|berapa|lagi)\b)"
)
# Still serving a penalty: "masih menjalani hukuman yang lama", "still serving the old penalty".
_SERVING = (
    r"\b(?:(?:masih|sedang|lagi)\s+menjalani|still\s+(?:serving|under))\s+(?:[\w-]+\s+){0,3}?"
    r"(?:hukuman|sanksi|penalty|punishment|sanction)\b"
)
# "Again", not of standing or running again.
_AGAIN_EN = r"(?<!run )(?<!stand )(?<!elected )(?<!running )(?<!standing )\bagain\b"
_REPEAT = re.compile(
    r"\b(?:mengulang(?:i|nya|inya)?\b(?!\s+(?:pemungutan|penghitungan|pemilihan|pencoblosan|ujian))|"
    r"diulangi(?:nya)?\b|(?<![\w-])ulangi(?:n|nya)?\b|residivis|"
    # a penalty already given, then the act again, or the question whether the next is heavier
    # ("terjadi lagi": the same facts supposed anew, no second act)
    rf"{_GIVEN_ID}[^?!]{{0,160}}?(?<!maju )(?<!nyalon )(?<!diri )(?<!terpilih )(?<!terjadi )"
    r"\b(?:lagi|kembali)\b|"
    # "… udh dihukum turun jabatan … Kali ini hukumannya gmn?", "… hukumannya bakal lebih berat?": a next act.
    # The penalty is named beside "kali ini": "mau menghukum lagi, kali ini yang benar" punishes an act twice.
    rf"{_GIVEN_ID}[^?!]{{0,320}}?\b(?:kali\s+ini\s+(?:\w+\s+)?(?:hukuman|sanksi)\w*|"
    # "… udah dijatuhi hukdis sedang … Kalo diperiksa lagi, hukuman sy bisa seberat apa?"
    r"(?:diperiksa|dilapor(?:in|kan)?|ketahuan)\s+lagi|"
    r"(?:hukuman|sanksi)\w*\s+(?:\w+\s+){0,2}?(?:bakal|akan|jadi|makin|tambah)\s+(?:lebih\s+)?berat)\b|"
    rf"{_SERVING}[^?!]{{0,200}}?(?:\blebih\s+berat|\bheavier|{_AGAIN_EN}|\b(?:lagi|kembali)\b)|"
    r"kembali\s+(?:melanggar|melakukan\s+(?:hal|pelanggaran|perbuatan|kesalahan))|"
    r"(?:ketahuan|tertangkap|kedapatan|kepergok|melanggar)\s+(?:lagi|(?:untuk\s+)?(?:yang\s+)?kedua\s+kali(?:nya)?)\b|"
    rf"{_PUNISHED_ID}\b[^?!]{{0,160}}?(?:(?:hal|pelanggaran|perbuatan|kesalahan)\s+(?:yang\s+)?sama\b|"
    r"(?<!maju )(?<!nyalon )(?<!diri )(?<!terpilih )\b(?:lagi|kembali)\b)|"
    r"repeat(?:s|ed|ing)?\s+(?:(?:the|a|an|his|her|this|that|same)\s+)*"
    r"(?:breach|offen[cs]e|violation|conduct|act|thing|misconduct)|"
    r"repeat offen\w+|re-?offend\w*|second offen[cs]e|"
    r"(?:caught|found|reported|disciplined|punished|sanctioned)\s+(?:\w+\s+){0,2}?(?:a|the)\s+second\s+time|"
    r"(?:does|did|doing|do|done)\s+(?:it|so|that|this|(?:exactly\s+)?the\s+same(?:\s+thing)?)\s+again|"
    r"again\s+after\s+(?:[\w']+\s+){0,3}?(?:reprimand|warning|penalty|punishment|sanction)|"
    rf"{_PUNISHED_EN}\b[^?!]{{0,160}}?{_AGAIN_EN}|"
    # "… was demoted in April … What's the penalty this time?"
    rf"{_PUNISHED_EN}\b[^?!]{{0,320}}?\b(?:penalty|punishment|sanction)\s+(?:\w+\s+)?this\s+time\b|"
    # "Last year he got a 12-month demotion for it … this year he does exactly the same", "in 2018 he got a
    # one-year delay of his increment for it … in 2019 he turned up in party colours again."
    r"(?:got|received|was given|was handed|earned)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:demotion|penalty|reprimand|warning|sanction|punishment|delay|postponement)\b[^?!]{0,160}?"
    rf"(?:\b(?:does|did|doing|do|done)\s+(?:(?:exactly|precisely|just)\s+)?the\s+same\b|{_AGAIN_EN}))",
    re.I,
)


# A story of a criminal process against the actor; each named group is a ``CriminalStep``. A sentence to
# confinement (kurungan) is told apart: the ASN law's dismissal for a crime of 2 years speaks of prison only.
_CRIMINAL = re.compile(
    r"(?<!\btidak )(?<!\bbelum )(?<!\bbukan )(?<!\bnot )(?<!\bnever )(?<!\bnot been )"
    r"\b(?:(?P<confinement>(?:di)?vonis\s+(?:pidana\s+)?kurungan|dihukum\s+kurungan|"
    r"sentenced\s+to\s+(?:[\w']+\s+){0,3}?(?:confinement|detention)(?!\s+(?:centre|center|facility)))|"
    r"(?P<sentenced>divonis|dipenjara|dipidana\s+penjara|terpidana|sentenced|convicted)|"
    r"(?P<detained>ditahan|ditangkap|taken\s+into\s+custody|held\s+(?:in\s+custody|as\s+an?\s+(?:suspect|accused))|"
    r"detained|arrested)|"
    r"(?P<suspect>tersangka|terdakwa|as\s+an?\s+(?:suspect|accused)))\b",
    re.I,
)


def criminal_steps(text: str) -> tuple[CriminalStep, ...]:
    """What the story says befell the actor in a criminal process, in order, once each (denials left out)."""
    found = (m.lastgroup for m in _CRIMINAL.finditer(blank_spans(text, negated_spans(text))))
    return tuple(dict.fromkeys(x for x in found if x))  # type: ignore[misc]


# Whether several acts draw several penalties: "two penalties or one?", "dua pelanggaran sekaligus".
_SEVERAL = re.compile(
    r"\b(?:(?:two|dua|several|beberapa|multiple)\s+(?:separate\s+)?(?:penalt(?:y|ies)|hukuman|sanksi|"
    r"breach(?:es)?|pelanggaran|things|acts|perbuatan|offen[cs]es)|one (?:penalty )?or two(?! [a-z])|"
    # two acts one is charged with ("terbukti dua hal:", "diperiksa karena dua hal"), not two questions
    r"(?:terbukti|dilaporkan|dituduh|melakukan|menemukan|ketahuan|(?:di)?periksa\s+(?:karena|untuk))"
    r"\s+(?:\w+\s+)?dua hal|"
    # whether two acts may be dealt with apart: "boleh dipisah begitu?", "can it be split like that?"
    r"boleh dipisah|can (?:it|they|the two) be split|"
    r"(?:satu|1) (?:hukuman |sanksi )?atau dua|pelanggaran\w* (?:\w+ )?sekaligus|breaches at once|"
    r"both (?:are|were|is) proven)\b",
    re.I,
)
# Whether one act may be punished twice: "dihukum dua kali?", "double punishment", "punishing him twice".
_TWICE = re.compile(
    r"\b(?:(?:dihukum|disanksi|dijatuhi hukuman|dihukum lagi)\s+"
    r"(?:dua kali|berkali-kali|lebih dari (?:sekali|satu kali)|ganda|lagi untuk (?:hal|perbuatan) yang sama)|"
    r"hukuman ganda|sanksi ganda|double (?:punishment|jeopardy|penalt(?:y|ies))|"
    # said as people say it: "dobel hukuman", two penalties "boleh digabung?", a heavier one after the first
    r"dobel (?:hukuman|sanksi)|(?:hukuman|sanksi) dobel|(?:boleh|bisa) (?:di)?gabung\w*|"
    r"hukuman baru yang lebih berat|"
    r"(?:punish(?:ed|ing)?|penali[sz](?:ed|ing)|sanction(?:ed|ing)?)\s+(?:\w+\s+){0,2}"
    r"(?:twice|more than once|again for the same)|"
    r"twice for (?:the same|one)|ne bis in idem|nebis in idem)\b",
    re.I,
)

# The story tells of a superior who leaves a breach unpunished: "kadisnya ogah menghukum", "atasannya malah
# diam", "decided not to punish anyone", "he did nothing", a word in private in place of the procedure. That
# superior is an actor of its own, bound by the duty to summon, examine and punish (PP 94/2021 Pasal 24, 28;
# PP 53/2010 Pasal 21). Bare inaction ("did nothing") counts only beside a superior or a subordinate in the
# same sentence. Punishing too lightly is ``too_light``'s to read.
_FAILS_TO_PUNISH = re.compile(
    r"\b(?:(?:tidak|tak|nggak|ngga|gak|ga|enggan|ogah|menolak|belum(?: juga)?|malas)\s+"
    r"(?:mau\s+|pernah\s+|juga\s+)?"
    r"(?:menghukum|menjatuhkan (?:hukuman|sanksi)|memanggil|memeriksa|menindak\b|memproses|"
    # the everyday forms: "nggak manggil, nggak meriksa"
    r"manggil|meriksa|ngehukum|nindak(?:lanjuti)?\b|proses)|"
    r"(?:not|n't|never|refus\w* to|declin\w* to|fail\w* to|decided not to|chose not to)\s+"
    r"(?:to\s+)?(?:punish|discipline|sanction|summon|examine|penali[sz]e|take action)|"
    # "Bukannya memanggil dan memeriksa, kabid itu malah menghapus pesannya": inaction told by its opposite.
    r"bukannya\s+(?:memanggil|memeriksa|menghukum|menindak|melaporkan)|"
    r"instead of (?:summoning|examining|punishing|disciplining|reporting)|"
    # A word in private in place of the procedure: "hanya menegur lisan … tanpa surat panggilan, tanpa BAP",
    # "just had a word with him", "just a verbal warning", "just moved him to another section".
    r"(?:hanya|cuma|sekadar) (?:menegur|ditegur|memberi teguran)|"
    r"(?:just|only|merely) (?:had a (?:quiet )?word|"
    r"gave (?:him|her|them) a (?:verbal|spoken) (?:warning|reprimand)|"
    r"an? (?:verbal|spoken) (?:warning|reprimand))|"
    r"(?:tanpa|no) (?:written )?(?:surat )?(?:panggilan|summons)\b|"
    r"(?:hanya|cuma|malah) (?:\w+ )?memindahkan(?:nya)? ke (?:seksi|bagian|unit|bidang) lain|"
    r"(?:just|only|merely) moved (?:him|her|them) to another|"
    r"nothing (?:passed|sent|reported) (?:up|upward|on)|tidak melapor(?:kan)?(?:nya)? ke atas)",
    re.I,
)
_INACTION = re.compile(
    r"\b(?:did nothing|does nothing|do nothing|(?:has|had|have) done nothing|chose (?:to do )?nothing|"
    r"took no action|takes no action|"
    r"turn(?:ed|s)? a blind eye|let (?:it|him|her|them) (?:go|slide|off)|"
    r"(?:sat|sitting|sits) on (?:it|the (?:case|report|recommendation))|"
    r"malah diam|diam saja|cuma diam|membiarkan(?:nya)?|diam aja|diem (?:aja|saja)|dibiarin\w*|didiemin|"
    r"(?:saya|aku|dia|beliau) (?:(?:cuma |hanya )?biarkan|diemin)|"
    r"let it pass|looked the other way|covered (?:it|this|that) up|menutup-nutupi|"
    # A letter left unanswered: "put the letter in a drawer and never called the teacher in"
    r"(?:put|left|kept) (?:it|the (?:letter|report|recommendation)) in (?:a|his|her|the) drawer|"
    r"never (?:called|summoned) (?:\w+ ){0,3}in|(?:disimpan|didiamkan|dibiarkan) (?:saja )?di laci)\b",
    re.I,
)
_SUPERIOR_OR_STAFF = re.compile(
    r"\b(?:atasan\w*|kepala|kadis\w*|kasi|kabid|kabag|kasubbag|camat|sekda|anak buah\w*|bawahan\w*|staf\w*|"
    r"boss?|head|superior|supervisor|manager|chief|subordinates?|staff|guru|teachers?|principal|"
    # the head of a mission abroad, of a university or a faculty
    r"consul(?:ate)?s?(?: general| gen)?|ambassador|dubes|konjen|rektor|rector|dekan|dean)\b",
    re.I,
)


# The penalty a superior gives or means to give is lighter than the breach calls for: "cuma memberi teguran
# tertulis", "atasannya mau kasih teguran lisan aja", "gave him only a written reprimand", "wants to let him
# off with a verbal warning", "instead he signed a written reprimand". The official who punishes out of
# proportion is punished more heavily himself (PP 94/2021 Pasal 24 ayat (3)), a rule apart from the one on
# not punishing at all. Said of what one may or would get ("cuma bisa menegur?", "the penalty would only
# be a verbal warning", "paling ditegur") it is a question of the level, not of one going light.
_TOO_LIGHT = re.compile(
    r"\b(?:"
    r"(?:hanya|cuma|sekadar|paling(?: cuma)?|cukup)\s+(?:mau\s+|akan\s+)?"
    r"(?:(?:mem)?beri(?:kan)?|kasih|menjatuhkan|dijatuhi)?\s*teguran (?:lisan|tertulis)|"
    r"(?:hanya|cuma|sekadar)\s+menegur\b|"
    r"(?:(?:mem)?beri(?:kan)?|kasih|menjatuhkan) teguran (?:lisan|tertulis)\s+(?:saja|aja|doang)|"
    r"(?:hukuman|sanksi)(?:nya)?\s+(?:yang\s+)?(?:terlalu|kelewat) ringan|"
    r"(?:hukuman|sanksi)(?:nya)?\s+(?:yang\s+)?lebih ringan dari(?:pada)? "
    r"(?:yang )?(?:seharusnya|semestinya)|"
    r"tidak (?:sesuai|sepadan|setimpal) dengan (?:tingkat|berat|bobot)|kalaupun menghukum|"
    r"(?:gave|gives|give|giving|signed|issued|handed)\s+(?:\w+\s+){0,3}?(?:only|just|merely)\s+"
    r"an?\s+(?:verbal|written|oral|spoken)\s+(?:warning|reprimand)|"
    r"(?:only|just|merely)\s+(?:gave|give|signed|issued)\s+(?:\w+\s+)?an?\s+(?:verbal|written|oral|spoken)\s+"
    r"(?:warning|reprimand)|"
    r"let (?:him|her|them) off with|"
    r"instead,? (?:he|she|they) (?:signed|gave|issued|handed)\s+(?:\w+\s+){0,2}(?:reprimand|warning)|"
    r"too (?:light|lenient) a (?:penalty|punishment)|"
    r"(?:penalty|punishment) (?:was |is )?too (?:light|lenient)|"
    r"slap on the wrist|going that easy|"
    r"(?:lighter|milder|more lenient) (?:penalty|punishment|sanction) than (?:the|it|what)"
    r")",
    re.I,
)


# Those who must examine and punish a breach: the official empowered to punish, the direct superior.
SUPERIOR_ROLES = ("pybmh", "atasan-langsung")


def too_light(text: str) -> bool:
    """Whether the story tells of a penalty given or meant that is lighter than the breach calls for."""
    return bool(_TOO_LIGHT.search(text))


def fails_to_punish(text: str) -> bool:
    """Whether the story tells of a superior who leaves a breach unpunished."""
    if _FAILS_TO_PUNISH.search(text):
        return True
    sentences = re.split(r"(?<=[.?!;])\s+", text)
    # ("Our consul general got the recommendation. He put it in a drawer.": the superior just named.)
    return any(
        _INACTION.search(s) and _SUPERIOR_OR_STAFF.search(" ".join(sentences[max(0, i - 1) : i + 1]))
        for i, s in enumerate(sentences)
    )


# The facts set one candidate or camp against another: "nomor 1 ... nomor 2", "the other pair", "no other
# pair got it", "paslon penantang", "only to villages that back one ticket". Treating sides differently is
# the decision or action favouring or harming a candidate that the election and discipline law forbid.
_SIDE = (
    r"(?:pair|pairs|ticket|tickets|candidates?|hopefuls?|contenders?|camp|side|team|party|parties|volunteers)"
)
_SIDES = re.compile(
    rf"\b(?:the\s+other|another|rival|opposing|competing|challenger'?s?|opponent'?s?)\s+(?:\w+\s+)?{_SIDE}\b|"
    rf"\bno\s+other\s+(?:\w+\s+)?{_SIDE}\b|\bnobody\s+else\b|"
    r"\b(?:paslon|pasangan|calon|kubu|tim|partai|caleg|capres|cabup|cagub|cawalkot)\s+(?:\w+\s+)?"
    r"(?:lain(?:nya)?|lawan|penantang|sebelah|rival|pesaing|saingan)\b|"
    r"\bonly\s+(?:\w+\s+){0,8}?(?:that|who|which|where)\s+(?:\w+\s+)?"
    r"(?:back|backs|backed|support|supports|supported|lean|leans|voted|favou?r)\b|"
    r"\b(?:hanya|cuma|khusus)\s+(?:\w+\s+){0,6}?(?:pendukung|yang\s+(?:mendukung|dukung|mendukungnya|milih|memilih))\b|"
    # "yang dapat cuma pedagang yang ikut pertemuan seorang caleg": only those at one candidate's event
    r"\b(?:hanya|cuma|khusus)\s+(?:\w+\s+){0,6}?yang\s+(?:ikut|hadir|datang)\s+(?:\w+\s+){0,3}?"
    r"(?:caleg|paslon|calon|capres|cagub|cabup|cawalkot|tim\s+(?:sukses|kampanye|pemenangan))\b|"
    # "pedagang lain di pasar yang sama nggak kebagian", "sementara sanggar lain cuma dapat slot sore"
    r"\b\w+\s+lain(?:nya)?\s+(?:[\w-]+\s+){0,5}?(?:tidak|nggak|gak|ga|enggak)\s+kebagian\b|"
    r"\b(?:sementara|sedangkan)\s+(?:pedagang|peserta|sanggar|kelompok|penerima|pelaku usaha|umkm|petani|"
    r"nelayan)\s+lain(?:nya)?\b|"
    # "…, while the other villages were served at once", "sementara warga lain disuruh menunggu".
    r"\b(?:while|whereas)\s+(?:the\s+other\s+|all\s+other\s+|other\s+)?(?:villages|residents|applicants|people|"
    r"households|voters|neighbourhoods|neighborhoods|groups|schools|everyone else|everybody else|the rest)\b|"
    r"\b(?:sementara|sedangkan)\s+(?:warga|desa|kampung|kelurahan|orang|pemohon|sekolah|kelompok)\s+"
    r"(?:yang\s+)?lain(?:nya)?\b|"
    # "…; warga lain disuruh bayar", "pemohon lainnya ditolak": the others were treated otherwise.
    # ("orang lain tidak boleh tahu", "warga lain wajib lapor" tell of no one treated otherwise.)
    r"\b(?:warga|orang|pemohon|kelompok|sekolah|desa|kampung)\s+lain(?:nya)?\s+(?:disuruh|ditolak|"
    r"(?:harus|wajib|diminta)\s+(?:bayar|membayar|menunggu|nunggu|antre|antri)|"
    r"tidak\s+(?:dapat|diberi|dilayani)|nggak\s+(?:dapat|dikasih|dilayani))\b|"
    # "…, and the rest had to wait": the others were served later or not at all.
    r"\b(?:and|but)\s+(?:the\s+rest|the\s+others|everyone\s+else|everybody\s+else|all\s+(?:the\s+)?others)\s+"
    r"(?:had\s+to\s+wait|waited|were\s+made\s+to\s+wait|got\s+nothing|went\s+without|were\s+turned\s+away)\b|"
    # An official letting one side's team use what his office runs: "had let a candidate's team register
    # the patients", "mengizinkan tim caleg memasang spanduk di bangsal".
    r"\b(?:let|allowed|permitted)\s+(?:a|the|one)\s+(?:[\w-]+\s+){0,2}(?:candidate'?s?|pair'?s?|ticket'?s?)\s+"
    r"(?:team|people|volunteers|campaigners)\b|"
    r"\b(?:mengizinkan|membolehkan|mempersilakan)\s+tim\s+(?:sukses|kampanye|pemenangan|paslon|caleg|capres|"
    r"cagub|cabup|cawalkot)\b|"
    # "yg lain kebagian los belakang", "yg gak pasang stiker disuruh antre", "yg lain disuruh balik"
    r"\b(?:yg|yang)\s+(?:lain(?:nya)?|gak|nggak|ga|tidak|enggak|belum)\b[^.?!]{0,40}?\b(?:disuruh|kebagian|"
    r"nunggu|menunggu|ditunda|dibelakangin|ditolak|dipersulit|belakangan)\b|"
    # "told everyone else to come back in five days", "everyone else was sent to the back"
    r"\b(?:told|made|sent|asked)\s+(?:everyone|everybody)\s+else\b|"
    r"\b(?:everyone|everybody)\s+else\s+(?:had|has|was|were|got|gets|must|waited|waits)\b|"
    # "khusus buat pasien yg bawa kartu anggota relawan paslon": kept for one side's volunteers or backers
    r"\b(?:khusus|cuma|hanya)\s+(?:[\w-]+\s+){0,7}?(?:relawan|pendukung|simpatisan|timses)\b|"
    # A programme laid along one side's campaign: "titik bagi berasnya disamain sm lokasi kampanye beliau",
    # "atur jadwal bansos ngikutin kampanye bupati", "the handouts were timed to the regent's campaign stops".
    r"\b(?:disamain|disamakan|disesuaikan|dibarengin|dibarengkan|dicocokin|dicocokkan)\s+(?:\w+\s+){0,3}?"
    r"(?:lokasi|jadwal|titik|rute|agenda)?\s*kampanye\b|"
    # (following one's campaign is laying a schedule along it, not attending it: "ikut kampanye" is neither)
    r"\b(?:jadwal|lokasi|titik)\s+(?:\w+\s+){1,2}?(?:ngikutin|mengikuti)\s+(?:jadwal\s+|lokasi\s+)?kampanye\b|"
    r"\b(?:timed|matched|lined up|scheduled|moved)\s+(?:\w+\s+){0,4}?(?:to|with)\s+(?:the\s+|his\s+|her\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?campaign\s+(?:stops?|tour|schedule|visits?|route|events?)\b|"
    # "nyalip warga yg udah daftar", "jumped the queue ahead of": one side's people put before the rest
    r"\bnyalip\b|\bjump(?:ed|s|ing)?\s+(?:the\s+)?(?:queue|line)\b|"
    # "nurunin APK paslon 2 doang", "only pair 2's banners came down": one side singled out
    r"\b(?:paslon|pasangan|caleg|capres|calon|nomor|no)\s+(?:[\w.]+\s+){0,2}?\d{1,2}\s+(?:doang|aja|saja)\b|"
    r"\b(?:only|just)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:pair|ticket|candidate|party)\s+(?:no\.?\s*|number\s+)?\d{1,2}(?:'s)?\b|"
    # "yg punya kartu relawan didahuluin …, sisanya nunggu": the rest served later
    r"\bsisanya\s+(?:\w+\s+){0,2}?(?:nunggu|menunggu|ditolak|belakangan|disuruh|dapat\s+(?:sisa|belakang))\b|"
    # "cuma yg udah upload foto bareng paslon no 1": only those seen with one side
    r"\b(?:hanya|cuma|khusus)\s+(?:\w+\s+){0,6}?yang\s+(?:\w+\s+){0,4}?(?:bareng|bersama|sama|dengan)\s+"
    r"(?:paslon|caleg|capres|cagub|cabup|cawalkot|calon|pasangan)\b",
    re.I,
)
# "foto itu disebar tim paslon lain", "reported by a rival pair's team": a rival side that spreads or reports
# what a civil servant did acts on him; no side is treated otherwise by it.
_RIVAL_AGENT = re.compile(
    r"\b(?:di(?!banding)[a-z]{3,}(?:in|kan|i)?|by)\s+(?:(?:oleh|sama|sm|ama)\s+)?(?:the\s+|a\s+)?(?:"
    r"(?:tim|kubu|relawan|pendukung)\s+(?:paslon|pasangan|calon|caleg|capres)\s+(?:\w+\s+)?"
    r"(?:lain(?:nya)?|lawan|sebelah|rival|saingan)|"
    r"(?:another|rival|opposing|competing|the\s+other)\s+(?:\w+\s+)?(?:pair|ticket|candidate|camp|side|party)"
    r"(?:'s)?(?:\s+(?:team|camp|volunteers|supporters))?)\b",
    re.I,
)
_NUMBERED = re.compile(
    r"\b(?:nomor|nomer|no\.?|number|ticket|pair|paslon|pasangan|urut)\s+"
    # "paslon bupati 2", "regent pair 2": the office sought may come between
    r"(?:(?:bupati|wali ?kota|walkot|gubernur|gub|cabup|cagub|cawalkot|capres|presiden|regent|mayor|"
    r"governor)\s+)?"
    r"(?:urut\s+)?(\d{1,2})\b"
    r"(?!\s*(?:tahun|th\.?|of|year|/))",
    re.I,
)


# The actor brings others to a campaign: "mengajak lima staf di bidangnya ikut rapat umum", "took six
# colleagues, all PNS, to an open-air rally". Taking part while mobilising other civil servants is its own
# point of the discipline rules (PP 94/2021 Pasal 5 huruf n angka 3, PP 53/2010 Pasal 4 angka 12 huruf c),
# apart from an appeal or a gathering that sides with a candidate (angka 6): what tells them apart is whom
# the actor asks (fellow civil servants: staff, subordinates, teachers, lurah, not residents, voters or
# honorary staff) and where to (the campaign itself, not a vote or a thanksgiving).
_BRINGS = (
    r"(?:(?:meng|ng|di)?ajak(?:in|kan)?|(?:mem|di)?bawa|(?:meng|ng|di)?kerah(?:kan|in)|(?:meng|di)?gerakkan|"
    # (the nasal forms too: "menyuruh", "nyuruh", "mengerahkan", "memerintahkan")
    r"(?:me|di|nyu)?suruh|(?:me)?nyuruh(?:in)?|(?:me)?ngerah(?:kan|in)|(?:me)?merintah(?:kan|in)|"
    r"(?:mem|di)?perintah(?:kan)?|(?:me|di)?wajibkan|(?:meng|ng|di)?undang|"
    r"(?:meng|ng|di)?angkut|invit(?:e|es|ed|ing)|br(?:ing|ings|inging|ought)|t(?:ake|ook|akes)|order(?:s|ed)?|"
    # "ngumpulin guru2 PNS buat hadir kampanye", "gathered the teachers for the rally"
    r"(?:meng|ng)umpul(?:kan|in)|(?:di)?kumpul(?:kan|in)|gather(?:s|ed|ing)?|"
    r"t(?:ell|old|ells)|mobili[sz](?:e|es|ed|ing)|round(?:s|ed)? up|herd(?:s|ed)?|dr(?:ove|ive|ives)|talked|"
    # the English of "mewajibkan", "menyuruh": "required eleven teachers to attend the rally"
    r"requir(?:e|es|ed|ing)|oblig(?:e|es|ed|ing)|forc(?:e|es|ed|ing)|instruct(?:s|ed|ing)?|direct(?:s|ed)|"
    r"summon(?:s|ed)|pressur(?:e|es|ed))"
)
_FELLOW_SERVANTS = (
    r"(?:staf(?:nya)?|staff|bawahan(?:nya)?|anak buah(?:nya)?|pegawai(?:nya)?|pns|asn|lurah|"
    r"guru(?:-guru|2)?(?:nya)?|rekan(?:-rekan|2)?(?:nya)?|kolega|teman sekantor|colleagues?|subordinates?|"
    r"teachers?|civil servants?|employees?|co-?workers?|perawat|nurses?|"
    r"kepala(?:-kepala)? (?:dinas|seksi|bidang|sekolah|puskesmas|uptd))"
)
_BRINGS_STAFF = re.compile(
    rf"\b{_BRINGS}\b(?:[ ,]+(?!that\b|who\b|yang\b)[\w'-]+){{0,4}}?[ ,]+"
    rf"(?:{_FELLOW_SERVANTS}|(?P<pronoun>mereka|them))\b"
    r"(?!'|\s+(?:\w+\s+)?(?:honorer|pppk|kontrak|honorary|contract))",
    re.I,
)
_NAMES_SERVANTS = re.compile(rf"\b{_FELLOW_SERVANTS}\b", re.I)
# Everyone at the office's own assembly is its staff: "At Monday's assembly the head told everyone to turn
# up at the rally", "Apel senin kadis bilang semua wajib datang kampanye".
_ASSEMBLY_ORDER = re.compile(
    r"\b(?:assembly|roll call|apel|staff meeting|briefing)\b[^.?!]{0,80}?\b(?:told|ordered|asked|instructed|"
    r"bilang|menyuruh|nyuruh|memerintahkan|minta)\b[^.?!]{0,20}?\b(?:everyone|everybody|all of us|us all|"
    r"semua(?:nya)?|seluruh(?:nya)?)\b",
    re.I,
)
_CAMPAIGN_EVENT = re.compile(
    r"\b(?:kampanye(?:nya)?|campaign(?! team| tim)|rall(?:y|ies)|rapat umum|konvoi)\b", re.I
)


# After polling day: "2 hari setelah coblosan", "habis pilkada", "konvoi kemenangan", "after polling day".
_AFTER_VOTE = re.compile(
    # ("sampai setelah coblosan", "until after the vote": what lasts until then happened before it)
    r"(?<!sampai )(?<!hingga )\b(?:setelah|sesudah|habis|abis|pasca|usai|selepas|sehari\s+habis)\s+"
    r"(?:hari\s+)?(?:coblosan|pencoblosan|nyoblos|pemungutan\s+suara|pilkada|pemilu|pileg|pilpres|pilgub|"
    r"pilbup|pilwalkot|hari\s+h|penghitungan|rekapitulasi|quick\s+count)\b|"
    r"(?<!until )(?<!till )\b(?:after|since)\s+(?:the\s+)?(?:polling\s+day|vote\b|voting|election\s+day|"
    r"polls?\s+closed|(?:official\s+)?results?\s+(?:came|were|was)|count\b)|"
    r"\b(?:konvoi|pesta|syukuran|deklarasi|perayaan|acara)\s+kemenangan\b|"
    r"\bvictory\s+(?:convoy|party|parade|celebration|rally|declaration)\b",
    re.I,
)
# The campaign itself told as when something happened: the story is not only of after the vote.
# ("masa kampanye udah lewat", "the campaign period is over": told as ended, it is no time of the facts.)
_DURING_CAMPAIGN = re.compile(
    # ("udah bukan masa kampanye", "outside the campaign period": told as not the time of the facts.)
    r"(?<!bukan )(?<!luar )(?<!not )(?<!outside )(?<!outside the )"
    r"(?:\b(?:masa|selama|saat|waktu|pas|sepanjang)\s+kampanye\b|\bduring\s+the\s+(?:\w+\s+)?campaign\b|"
    r"\bcampaign\s+period\b)"
    r"(?!\s+(?:(?:udah|sudah|telah|kan|sdh|dah)\s+)?(?:lewat|selesai|berakhir|habis|usai|tutup)\b)"
    r"(?!\s+(?:is|was|has|had)\s+(?:been\s+)?(?:over|ended|closed|finished)\b)",
    re.I,
)


def after_the_vote(text: str) -> bool:
    """Whether the facts happened after polling day, the campaign period not told: the campaign's own bans
    (taking part, its attributes, its facilities) no longer reach them; the bans of before, during and after
    it do (PP 94/2021 Pasal 5 huruf n angka 6)."""
    return bool(_AFTER_VOTE.search(text)) and not _DURING_CAMPAIGN.search(text)


def brings_staff(text: str) -> bool:
    """Whether the actor brought, asked or ordered fellow civil servants to a campaign (in one sentence;
    "…, mengajak mereka ke kampanye" when they were named before)."""
    for sentence in re.split(r"(?<=[.?!;])\s+", text):
        if not _CAMPAIGN_EVENT.search(sentence):
            continue
        if _ASSEMBLY_ORDER.search(sentence):
            return True
        for m in _BRINGS_STAFF.finditer(sentence):
            if not m.group("pronoun") or _NAMES_SERVANTS.search(text[: text.find(sentence) + m.start()]):
                return True
    return False


# What a campaign of a regional election was given the use of: the government's property or budget (UU 1/2015
# Pasal 69 huruf h), a place of education or worship (huruf i). Whoever knowingly lets it happen breaks the
# campaign's ban too (Pasal 187 ayat (3): "setiap orang"), beside the rules of his own office. Told as people
# tell it: "mobil dinas kecamatan", "aula milik pemkab", "dana BOS", "the office's stage and tent", "the
# regency's free health-insurance cards", "a regent pair's meeting in the school hall".
_GOV_OWNER_ID = (
    r"(?:dinas|kantor|kecamatan|kelurahan|desa|pemkab|pemkot|pemda|pemprov|kabupaten|kota|provinsi|setda|"
    r"puskesmas|rsud|rumah sakit|sekolah|panti|bpbd|instansi|pemerintah(?: daerah)?|negara|bupati|"
    # the election bodies' own cars and halls are the state's too ("mobil operasional panwascam")
    r"wali ?kota|gubernur|camat|kpu|bawaslu|panwaslu|panwascam)"
)
_GOV_THING_ID = (
    r"(?:mobil|kendaraan|truk|bus|pikap|pick-?up|ambulans|motor|kapal|feri|aula|gedung|balai|ruangan|rumah|logo|"
    r"ruang (?:rapat|kerja|kelas|pertemuan)|pendopo|pendapa|rumah jabatan|wisma|mes|lapangan|"
    r"halaman|printer|tinta|mesin cetak|sound system|pengeras suara|tenda|panggung|genset|alat(?:-alat)?|"
    r"akun(?: media sosial| medsos| instagram| facebook| youtube)?(?: resmi)?|anggaran|dana|uang|kas|"
    r"fasilitas|bantuan|beras|paket|kartu|kop surat|stempel)"
)
_GOV_OWNER_EN = (
    r"(?:official|office|government|regency|council|agency|department|unit|sub-?district|district|village|"
    r"provincial|province|state|city|municipal|puskesmas|school|ministry|camat|kecamatan|home|museum|"
    r"secretariat|hospital|cent(?:re|er)|post|brigade|polytechnic|campus|kpu|bawaslu|panwaslu|panwascam|"
    r"(?:supervisory |election )?committee)(?:['’]s)?"
)
_GOV_THING_EN = (
    r"(?:cars?|suvs?|vehicles?|trucks?|(?:mini)?bus(?:es)?|pickups?|pick-ups?|vans?|ambulances?|motorbikes?|"
    r"ferry|boats?|motor grader|grader|excavator|heavy equipment|fire engine|halls?|buildings?|auditorium|"
    r"guesthouse|residence|premises|kitchen|computers?|(?:computer )?lab|printers?|ink|offset press|press|"
    r"stage|logo|marquee|chairs|tents?|generators?|sound system|loudspeakers?|equipment|field|yard|accounts?|"
    r"facebook|youtube|instagram|page|channel|budget|funds?|money|treasury|coffers|payments?|cards?|aid|rice|"
    r"letterhead|stamp)"
)
_GOVERNMENT_MEANS = re.compile(
    rf"(?:\b{_GOV_THING_ID}(?:nya)?\s+(?:\w+\s+){{0,2}}?(?:milik\s+|punya\s+|resmi\s+)?{_GOV_OWNER_ID}\b|"
    rf"\b(?:milik|punya|dibiayai)\s+(?:\w+\s+)?{_GOV_OWNER_ID}\b|"
    r"\bfasilitas (?:negara|pemerintah|dinas|kantor)\b|\b(?:pelat|plat) merah\b|\bapb[dn]\b|"
    r"\bdana (?:bos|desa)\b|\bbansos\b|\bbantuan sosial\b|"
    rf"\b{_GOV_OWNER_EN}\s+(?:own\s+)?(?:[\w-]+\s+){{0,2}}?{_GOV_THING_EN}\b|"
    rf"\b{_GOV_THING_EN} of the (?:[\w-]+\s+){{0,3}}?{_GOV_OWNER_EN}\b|"
    r"\b(?:government|state|public|official) facilities\b|"
    r"\b(?:regency|province|council|government|village|city|municipal)-(?:run|owned)\b|"
    r"\b(?:red|government) (?:number )?plates?\b|\bpublic (?:money|funds?)\b|"
    r"\b(?:regional|state|village|school)[ -](?:budget|funds?|grant)\b|\bbos (?:money|funds?|grant)\b|"
    r"\bsocial aid\b)"
    # a PNS on unpaid leave "outside the state budget" (CLTN) says where his pay comes from, not what he used
    r"(?![\w-])(?<!outside the state budget)(?<!luar tanggungan negara)",
    re.I,
)
_PLACE_ID = (
    r"(?:sekolah|sd|smp|sma|smk|mi|mts|ma|man|madrasah(?: aliyah| tsanawiyah| ibtidaiyah)?|kampus|kelas|"
    r"masjid|musholl?a|mushala|surau|langgar|gereja|pura|vihara|klenteng|tempat ibadah|pesantren|"
    r"jamaah|jemaah)"
)
_PLACE_EN = (
    r"(?:school|classrooms?|class|campus|university|madrasa|madrasah|mosque|church|temple|prayer hall|"
    r"place of worship|congregation|friday prayers)"
)
_AT_SCHOOL_OR_WORSHIP = re.compile(
    rf"\b(?:di|ke|dalam|pada)\s+(?:\w+\s+){{0,2}}?{_PLACE_ID}\b|"
    rf"\b(?:aula|ruang kelas|ruangan|halaman|lapangan|gedung|pelataran|serambi)\s+(?:\w+\s+)?{_PLACE_ID}\b|"
    rf"\b(?:in|at|into|to|inside|on)\s+(?:the|our|a|his|her|their|my)?\s*(?:[\w'’-]+\s+){{0,4}}?{_PLACE_EN}\b|"
    rf"\b{_PLACE_EN}(?:['’]s)?\s+(?:hall|yard|field|courtyard|premises|flag ceremony)\b",
    re.I,
)
_CAMPAIGN_SIDE = re.compile(
    r"\b(?:kampanye|paslon|pasangan calon|calon|cabup|cagub|cawalkot|petahana|timses|tim sukses|"
    r"tim pemenangan|pendukung|campaign\w*|pair|ticket|candidate|rally|rallies|supporters?|incumbent)\b",
    re.I,
)
_GATHERING = re.compile(
    r"\b(?:kampanye|pertemuan|tatap muka|orasi|dialog|pengajian|debat|kunjungan|acara|rapat|speech\w*|"
    r"meeting|rally|address|visit|gathering|video|campaign\w*|event|talk|night)\b",
    re.I,
)


def campaign_uses(text: str) -> tuple[CampaignUse, ...]:
    """What the facts tell a campaign was given the use of: "government-means" (the government's property
    or budget, told beside a candidate or campaign in that sentence or the next to it), "school-or-worship"
    (a candidate's gathering at a school or a place of worship, told in one sentence)."""
    sentences = split_sentences(text)
    found: list[CampaignUse] = []
    if any(
        _GOVERNMENT_MEANS.search(x) and _CAMPAIGN_SIDE.search(" ".join(sentences[max(0, i - 1) : i + 2]))
        for i, x in enumerate(sentences)
    ):
        found.append("government-means")
    gatherings = (x for x in sentences if _CAMPAIGN_SIDE.search(x) and _GATHERING.search(x))
    if any(_AT_SCHOOL_OR_WORSHIP.search(x) for x in gatherings):
        found.append("school-or-worship")
    return tuple(found)


# The question asks what can still be done against a decision taken: "masih bisa keberatan nggak?", "apa
# yang masih bisa saya lakukan?", "do I have the same right to object?", "who can still change the penalty?".
# The administrative remedies answer it (UU 20/2023 Pasal 64), whatever the facts before it.
_ASKS_REMEDY = re.compile(
    r"\b(?:(?:bisa|boleh|dapat|berhak)(?:kah)?\s+(?:\w+\s+)?(?:mengajukan\s+|ajukan\s+|menempuh\s+)?"
    r"(?:keberatan|banding|upaya administratif)|"
    r"apa yang (?:masih )?(?:bisa|dapat) (?:saya|kami|dia|ia|beliau) (?:lakukan|tempuh)|"
    r"(?:siapa|who)\b[^?.]{0,30}\b(?:masih bisa|masih dapat|can still|could still)\s+"
    r"(?:mengubah|membatalkan|change|overturn|undo|cancel)|"
    r"what (?:can|could) (?:i|he|she|we|they) (?:still )?do(?: about it)?|"
    r"right to (?:object|appeal|challenge)|"
    r"\b(?:wants?|wanted|plans?|intends?) to (?:challenge|contest|appeal against|object to)\b|"
    r"\b(?:ingin|mau|hendak|berencana) (?:mengajukan )?(?:keberatan|banding)\b|"
    r"(?:can|could|may) (?:i|he|she|we|they) (?:still )?(?:object|appeal|challenge|contest)\b|"
    r"(?:can|could|may) (?:i|he|she|we|they) (?:still )?(?:lodge|file|submit|raise|bring|make|put in) "
    r"an? (?:formal |written |administrative )?(?:objection|appeal)\b|"
    # "Masih bisa dilawan?", "how a civil servant appeals a discipline penalty", "fights a dismissal"
    r"(?:bisa|dapat|boleh) (?:di)?lawan\b|"
    r"\b(?:appeals?|fights?|contests?) (?:against )?(?:a|the|his|her|this|that) (?:[\w-]+ ){0,2}"
    r"(?:penalty|penalties|decision|dismissal|sanction)\b)",
    re.I,
)


def asks_remedy(text: str) -> bool:
    """Whether the question asks what can still be done against a decision taken (an objection, an appeal)."""
    return bool(_ASKS_REMEDY.search(text))


_INCUMBENT = re.compile(r"\b(?:incumbent|petahana)\b", re.I)
_CHALLENGER = re.compile(r"\b(?:challengers?|penantang|opposition|oposisi)\b", re.I)


# A service, list or schedule ordered by whom people back: "poktan yg udah tanda tangan dukungan buat caleg
# dikirim duluan", "jadwalnya cuma ke desa2 yg jadi basis paslon", "villages that backed the losing ticket
# were struck": one side's people served first or last, in the same sentence.
_ORDERED_BY_SIDE = re.compile(
    r"\b(?:didahulukan|duluan|dikirim\s+duluan|diprioritaskan|prioritas|dicoret|nyoret|ditaruh\s+paling\s+bawah|"
    r"dipersulit|sehari\s+jadi|langsung\s+jadi|priority|first\s+in\s+line|struck|crossed\s+off|held\s+back|"
    r"bumped|moved\s+(?:up|to\s+the\s+top))\b",
    re.I,
)
_WHOM_THEY_BACK = re.compile(
    r"\b(?:basis|pendukung|relawan|simpatisan|yg\s+dukung|yang\s+(?:men)?dukung|tanda\s+tangan\s+dukungan|"
    r"suaranya\s+(?:menang|kalah)|backers?|supporters?|volunteers?|backed|signed\s+up\s+to\s+back|"
    r"(?:losing|winning)\s+(?:ticket|pair|candidate|side))\b",
    re.I,
)


def sets_sides(text: str) -> bool:
    """Whether the facts set one candidate or camp against another (two numbers, "the other pair", the
    incumbent and the challenger, a service ordered by whom people back)."""
    if _SIDES.search(_RIVAL_AGENT.sub(" ", text)) or (_INCUMBENT.search(text) and _CHALLENGER.search(text)):
        return True
    if any(_ORDERED_BY_SIDE.search(x) and _WHOM_THEY_BACK.search(x) for x in split_sentences(text)):
        return True
    return len({m.group(1) for m in _NUMBERED.finditer(text)}) > 1


_PASSIVE = re.compile(
    r"\b(?:dilibatkan|dikerahkan|diikutsertakan|dimobilisasi|diajak|disuruh|diperintah|diminta)"
    r"(?:\s+oleh)?\s+|"
    r"\b(?:involved|mobili[sz]ed|recruited|drawn in|enlisted|used|ordered) by\s+(?:an?\s+|the\s+)?",
    re.I,
)


# -- election kind --------------------------------------------------------------------------------
# A regional head seeking another term: "the regent is running again", "bupati kami nyalon lagi".
_RUNS_AGAIN = (
    r"(?:governor|regent|mayor|gubernur|bupati|wali ?kota)\b[^.?!]{0,25}\b(?:(?:is |was )?running again|"
    r"runs again|ran again|to run again|to stand again|standing again|stands again|"
    r"maju lagi|nyalon lagi|mencalonkan diri lagi|"
    r"seeking re-?election|for re-?election|(?:for|seeking) (?:a )?second term|"
    r"(?:wants?|seeks?|seeking|after|going for|running for|runs? for) (?:another|a second|a new) term|"
    r"(?:maju|nyalon|mencalonkan diri)(?: lagi)?(?: untuk)? periode kedua)"
)
_RUNS_AGAIN_RE = re.compile(_RUNS_AGAIN, re.I)
# Said not to run again: "our regent isn't running again", "bupati kami tidak maju lagi".
_NOT_AGAIN = re.compile(rf"\b{_NEGATION}\b|n't\b", re.I)
# A person the story puts on an election body ("guru PNS jadi anggota KPPS", "a PNS teacher on the KPPS"),
# in one sentence with who he is: he is an organiser too, bound by the organisers' code of ethics. A body
# that asks alone ("Saya anggota Panwaslu kecamatan.") names who reports, not who acts.
_SITS_ON = re.compile(
    r"\b(?:anggota|ketua|member|members|chair|chairs|chaired|chairing|(?:sits?|sat|sitting|serves?|served|"
    r"serving) on)\b(?:\s+(?:of\s+)?(?:the|our|a|an|its)?)?\s*(?:village\s+|sub-district\s+|regency\s+)?"
    r"(?:KPPS|PPS|PPK|PKD|PPL|Panwas\w*|pengawas (?:TPS|desa|kelurahan|kecamatan)|"
    r"polling[- ]station (?:committee|supervisors?)|polling committee|election (?:committee|supervisory)\w*)"
    r"(?![\w-])(?!\s+(?:secretariat|sekretariat))",
    re.I,
)
_ORGANISER_PERSON = re.compile(
    r"\b(?:PNS|ASN|PPPK|P3K|CPNS|honorer|civil[- ]servants?|contract (?:employee|worker)|guru|teacher|staf|"
    r"staff|clerk|pegawai|perangkat desa|kaur|sekdes|village (?:official|secretary|finance officer)|"
    r"midwife|bidan|nurse|perawat|lecturer|dosen)\b",
    re.I,
)


# "Anggota PPK", "a PPK member", "the sub-district election committee (PPK)": the election's sub-district
# committee, not the staffing officer the same letters name elsewhere.
_PPK_COMMITTEE = re.compile(
    r"\b(?:anggota|ketua|members?|chair) (?:of )?(?:the )?PPK\b|\bPPK (?:members?|chair)\b|"
    r"\b(?:sub-district election committee|panitia pemilihan kecamatan) \(PPK\)",
    re.I,
)
_PPK_SPELLED = "anggota panitia pemilihan kecamatan"


def sits_on_election_body(text: str) -> bool:
    """Whether the story puts a person it names by post or status on an election body (KPPS, PPS, PPK,
    a supervisory committee), in one sentence."""
    return any(_SITS_ON.search(x) and _ORGANISER_PERSON.search(x) for x in split_sentences(text))


_PILKADA = re.compile(
    r"\b(pilkada|pilgub|pilbup|pilwalkot|pilwako|"
    r"pemilihan (?:kepala daerah|gubernur|bupati|wali ?kota)|calon (?:wakil )?(?:gubernur|bupati|wali ?kota|"
    r"kepala daerah)|paslon (?:gubernur|bupati|wali ?kota|walkot)|"
    r"cagub|cabup|cawalkot|cawagub|cawabup|cawawalkot|kursi (?:gubernur|bupati|wali ?kota)|"
    # the incumbent's pair: a regional head running again with a deputy
    r"paslon petahana|pasangan (?:calon )?petahana|incumbent(?:'s)? (?:pair|ticket)|"
    # an incumbent regional head is one who runs in the regional election
    r"(?:bupati|gubernur|wali ?kota|walkot) petahana|incumbent (?:regent|governor|mayor)|"
    r"(?:governor|regent|mayor)'s (?:seat|chair)|"
    r"regional[- ]elections?|local[- ]elections?|gubernatorial|"
    # "the regency election", "our city's mayoral race", "the provincial poll": a regional head is chosen.
    r"(?:regency|city|municipal|provincial|regional[- ]head)(?:'s)? (?:elections?|polls?|votes?|races?)|"
    # Running for, or acting in, a regional head's office; UU 1/2015 calls its crimes "pidana pemilihan".
    r"(?:nyalon|maju(?: sebagai)?(?: calon)?|mencalonkan diri)(?: jadi| menjadi| sebagai)? "
    r"(?:gubernur|bupati|wali ?kota)|"
    # A campaign or a winning team for a regional head's seat ("ikut kampanye bupati", "timses cagub").
    r"(?:kampanye|timses|tim sukses|tim pemenangan) (?:calon )?(?:gubernur|bupati|wali ?kota)|"
    rf"{_ACTING_HEAD}|"
    rf"{_RUNS_AGAIN}|"
    # A regional head who has registered with the KPU runs for a regional head's seat ("Bupati udah daftar
    # ke KPU", "the regent registered with the election commission"); a run for a council says "caleg".
    r"(?:bupati|gubernur|wali ?kota|walkot|regent|governor|mayor)\b[^.?!]{0,40}\b(?:daftar|mendaftar|"
    r"registered|registers|registering|signed up)(?: \w+)? (?:ke|di|with|at) (?:the )?"
    r"(?:KPU|(?:regency |provincial |city )?election commission)|"
    r"pidana pemilihan(?! umum)|"
    # The regional elections law's window for replacing officials: "6 bulan sebelum penetapan paslon".
    r"(?:6|enam|six) (?:bulan|months?) (?:sebelum|before) (?:the )?(?:penetapan )?(?:paslon|pasangan calon|"
    r"(?:candidate )?pairs?)|"
    # "kalo paslon 01 jadi bupati", "if that pair becomes mayor": the seat the pair is running for.
    r"(?:paslon|pasangan calon|pair|ticket)\b[^.?!]{0,25}\b(?:jadi|menjadi|terpilih|menang|becomes?|wins?)\b"
    r"[^.?!]{0,12}\b(?:gubernur|bupati|wali ?kota|governor|regent|mayor)|"
    # English questions keep the Indonesian titles too: "running for bupati", "the walikota race".
    r"(?:governor|regent|mayor|bupati|wali ?kota|gubernur)(?:al)?(?:'s)?[- ](?:elections?|candidates?|race|"
    r"pairs?|tickets?|contests?|votes?|voting|polls?|ballots?|campaigns?)|"
    r"(?:elections?|candidates?|votes?|voting|race|run|runs|running|running mates?|ran|stands?|standing|"
    r"stood|campaign(?:ed|ing|s)?) "
    r"(?:for|of) (?:an? |the )?(?:(?:deputy|vice)[- ])?"
    r"(?:governor|regent|mayor|district head|regional head|bupati|wali ?kota|gubernur))\b",
    re.I,
)
_PEMILU = re.compile(
    r"\b(pemilu|pemilihan umum|pilpres|pileg|"
    r"calon (?:presiden|wakil presiden|legislatif|anggota (?:dpr|dpd|dprd))|"
    r"capres|cawapres|caleg|dpr|dpd|dprd|presidential|legislative|parliamentary|general elections?|"
    # A local or regional council (DPRD) is elected in the general election, not in a pilkada.
    r"(?:local|regional|city|municipal|district|regency|provincial) "
    r"(?:councils?|legislatures?|parliaments?))\b",
    re.I,
)


# The days the whole country voted (the simultaneous regional elections and the general elections): a story
# dated to one of them tells which kind of election it is about, though it names none.
_POLLING_DAYS: dict[date, ElectionKind] = {
    **dict.fromkeys((date(2014, 4, 9), date(2014, 7, 9), date(2019, 4, 17), date(2024, 2, 14)), "pemilu"),
    **dict.fromkeys(
        (date(2015, 12, 9), date(2017, 2, 15), date(2018, 6, 27), date(2020, 12, 9), date(2024, 11, 27)),
        "pilkada",
    ),
}

# "the election", "election campaign" with no other cue: the general election, as "pemilu" is in Indonesian.
_ELECTION = re.compile(r"\belections?\b", re.I)


def election_kind(text: str, bare: ElectionKind = "pemilu") -> ElectionKind | None:
    """pilkada for governor/regent/mayor elections, pemilu for president and legislatures, else None;
    ``bare`` is what "the election" alone means (a regional head's election is a pilkada)."""
    a, b = _PILKADA.search(text), _PEMILU.search(text)
    if a and b and _ACTING.fullmatch(a.group(0)):
        # "Our acting regent posted a photo with a presidential ticket": the office held, not the race.
        a = next((m for m in _PILKADA.finditer(text) if not _ACTING.fullmatch(m.group(0))), None)
    if a and b:
        return "pilkada" if a.start() < b.start() else "pemilu"
    if not a and not b and _ELECTION.search(text):
        return bare
    return "pilkada" if a else "pemilu" if b else None


def other_election_kind(text: str, election: ElectionKind | None) -> ElectionKind | None:
    """The other kind of election the text also tells of, besides ``election`` ("a DPR candidate in
    February, the regent race in November"); not one it denies ("pilpres, bukan pilkada") nor the office
    an acting head holds."""
    if election is None:
        return None
    other: ElectionKind = "pemilu" if election == "pilkada" else "pilkada"
    found = (_PEMILU if other == "pemilu" else _PILKADA).finditer(text)
    told = [m for m in found if not _ACTING.fullmatch(m.group(0)) and not _denied(text, m.start(), _NOT_THIS)]
    return other if told else None


# Words setting one kind of election against the one the story is about: "bukan pilkada", "not a regional
# election", "rather than the regent race", "beda dengan pilkada".
_NOT_THIS = re.compile(
    r"(?:\bnot|n't|\bbukan(?:nya|lah)?|\btidak|\bnon|instead of|rather than|unlike|beda(?:nya)? dengan|"
    r"berbeda dengan|apart from)[\s-]*(?:an?\s+|the\s+|a\s+|sebuah\s+|di\s+|in\s+|for\s+)?$",
    re.I,
)


_ACTING = re.compile(rf"\b(?:{_ACTING_HEAD})", re.I)
# Those elected, or standing in, as governor, regent or mayor: "the election" they face is a pilkada.
_REGIONAL_HEADS = frozenset({"kepala-daerah", "petahana"})


# -- intent ---------------------------------------------------------------------------------------
_INTENTS: tuple[tuple[Intent, re.Pattern[str]], ...] = (
    (
        "definition",
        re.compile(
            r"\b(apa (?:yang )?dimaksud(?: dengan)?|apakah yang dimaksud|"
            # "Apa itu memang dilarang?" asks whether it is banned: "apa" opens a yes-or-no question.
            r"apa itu(?! (?:memang|sudah|masih|benar|betul|boleh|bisa|dilarang|melanggar|salah|sah|juga)\b)|"
            r"apa arti|apa pengertian|"
            # "Menurut UU ASN, PPPK itu sebenarnya apa?": a short term before "itu apa" ("waktu itu apa?" asks
            # what held then; "ucapannya itu apa?" of a conduct).
            r"(?:(?<=^)|(?<=[.?!,:]\s))(?![\w'‘’\" -]*?\b(?:waktu|saat|ketika|kala|saya|aku|kami)\b)"
            r"[\w'‘’\" -]{2,40}?(?<!nya)\s+itu (?:sebenarnya |sebetulnya |sih |tuh )?apa(?=\s*[?,.])|"
            # ("…, maksudnya bupati petahana": after a comma it glosses the facts, "by which he meant".)
            # ("Teman saya bilang artinya …", "hukuman itu nggak ada artinya": what follows, not a term.)
            r"pengertian(?:nya)?|definisi(?:nya)?|arti(?: dari)? istilah|"
            r"(?<![,;] )(?<!bilang )(?<!ada )(?:artinya|maksudnya)|"
            # "Yang disebut kampanye itu apa?"; not "sanksi yang disebut Bawaslu", "yang disebut di situ".
            r"yang disebut(?! (?:di|dalam|oleh|pada|Bawaslu|Panwas\w*|KPU|BKN|KASN)\b)|singkatan|"
            r"legally speaking|what is the legal meaning|"
            # ("What exactly is the candidates' exposure?" asks what they risk, not what a word means.)
            r"what exactly is(?! (?:he|she|they|I|we)\b)"
            r"(?![^?]{0,40}\b(?:exposure|risks?|liabilit(?:y|ies)|penalt(?:y|ies)|sanctions?|consequences?)\b)|"
            # "what actually is a PPPK, and where's the difference from a contract like mine?"
            r"what (?:actually|really|precisely) is an? (?=[\w'-]+(?: [\w'-]+)?\s*[,?])|"
            r"where(?:'s| is) the difference\b|"
            r"what (?:is|are) meant by|what counts as|who counts as|ada istilah|"
            # "Who are the 'election contestants'?": a quoted term asks what it covers.
            # ("who is 'most forbidden' from politics" ranks people: not a term.)
            # ("officials who are 'not loyal'" tells of people: the question opens with "who".)
            r"(?:^|(?<=[.?!:,(]\s)|(?<=\bso\s)|(?<=\band\s)|(?<=\bbut\s)|(?<=\bthen\s))"
            r"who (?:is|are) (?:the )?['‘\"](?!(?:most|least|more|less|really|truly|not) )|"
            # "'peserta pemilu' tu siapa aja sih?": whom a quoted term covers.
            r"(?<=['‘\"])[\w -]{2,40}['’\"]\s+(?:itu|tu)\s+(?:sebenarnya |sih |tuh )?siapa (?:saja|aja)\b|"
            # "Does what I post at night count as a 'disciplinary violation'?": whether a term covers it.
            r"counts? as (?:an? |the )?['‘\"]|termasuk (?:dalam )?(?:pengertian|istilah) ['‘\"]?|"
            # "What kind of body was it under the 2014 law?": what the law makes it.
            r"what kind of (?:body|institution|agency|organ)\b|"
            # "What is a PPPK?": a short noun phrase, no verb of conduct after it.
            r"^\s*what(?:'s| is) an? (?!.*\b(?:to|can|may|must|if|when|for|allowed)\b)"
            r"(?=(?:[\w'()/-]+\s*){1,6}\??$)|"
            # ("What does that mean for the draft?" asks what follows from the facts.)
            r"what does (?!(?:that|it|this) mean for\b).{1,40} mean\b|"
            r"definition of|define|defined as|meaning of|what is an? (?=\w+ under)|"
            # "Apa bedanya 'ASN' dengan 'Pegawai ASN'?": two terms told apart by their definitions.
            # ("apa bedanya nasib mereka?" compares what befalls two people: not a definition).
            r"apa beda(?!(?:nya)? (?:nasib|akibat|hukuman|sanksi|konsekuensi|perlakuan|ancaman))(?:nya)?|"
            # ("Bedanya apa buat saya?", "bedanya apa secara hukum?" weigh two outcomes, not two terms.)
            r"bedanya (?:apa|di ?mana)(?! (?:buat|bagi|untuk) (?:saya|aku|kami|dia|mereka)\b| secara hukum)|"
            r"apa perbedaan|perbedaan antara|"
            r"how (?:does|do|is|are) (?:an? |the )?['‘\"]?[\w -]{1,40}['’\"]?(?: \([\w -]+\))? differ|"
            # ("Is there any difference between the meter readers and the section head?" asks whether two
            # people are treated alike.)
            r"(?:what'?s|what is) the difference|(?<!any )difference between|"
            # ("Is acting against one pair treated the same as helping one?" asks how conduct is judged.)
            r"(?<!treated )(?<!handled )(?<!punished )(?<!judged )the same (?:thing )?as|"
            # "PNS vs PPPK: is it just permanent against fixed-term?": two terms set against each other.
            # ("dulu vs sekarang", "then vs now" set two dates against each other.)
            r"(?<=\w)(?<!\bdulu)(?<!\bthen) (?:vs\.?|versus) (?=\w)(?!sekarang\b|now\b))",
            re.I,
        ),
    ),
    (
        "status",
        re.compile(
            # "Apakah aturan itu berlaku (sama) untuk pegawai Bawaslu?" asks whom it binds, not if it stands.
            r"\b(masih berlaku|"
            r"apakah .{0,60}berlaku(?! (?:sama |juga |pula )?(?:untuk|bagi|buat|kepada|terhadap)\b)|"
            r"sudah dicabut|"
            r"masih (?:bisa |boleh |dapat )?(?:dipakai|digunakan)|"
            r"mulai berlaku|"
            r"still in force|"
            r"still (?:a |an |the )?valid|take effect|took effect|transitional (?:clauses?|provisions?)|"
            r"come into force|came into force|in force since|survives?|"
            # "berlakunya mulai kapan?", "since when has it been in effect?": when it took effect
            r"berlakunya (?:mulai |sejak )?kapan|(?:sejak|mulai) kapan .{0,40}berlaku|"
            r"kapan (?:mulai )?berlaku|"
            r"been in effect|in effect since|effective (?:date|from|since)|"
            # "Can that memo still guide us?": whether what it rests on still stands.
            r"still (?:apply|applies|the one that applies|be used|usable|guide|govern|be relied on)|"
            r"been repealed|is .{0,60} repealed|no longer in force|status of|"
            # "Apakah UU 8/2015 mengubah Pasal 71?", "did Law 8/2015 change it?": whether it was amended
            # ("does being on leave change anything?", "does that change anything?" ask about the facts).
            r"apakah .{0,40}\bmengubah|(?:did|does|has) (?!\w+ing\b).{0,40}\b(?:change|amend)(?:ed)?\b"
            r"(?! (?:anything|things|matters|the (?:answer|picture|assessment|outcome|situation|"
            r"analysis))\b)|"
            # "masih bunyi aslinya?", "still in its original wording?": whether a later act rewrote it.
            r"(?:ber)?bunyi (?:yang |seperti )?(?:asli|aslinya|awal|awalnya|semula)|"
            r"sudah (?:pernah )?(?:diubah|berubah)|"
            # "masih berbunyi begitu, atau sudah pindah ayat?", "apa yang diubah UU 8/2015 di Pasal 71?"
            r"masih (?:ber)?bunyi\b(?!\s*:)|pindah (?:ke )?(?:ayat|pasal)\b|ditulis ulang|dirumuskan ulang|"
            r"(?:apa|bagian mana|pasal mana|ayat mana) (?:saja )?yang (?:di)?ubah\b|"
            r"masih (?:benar|tepat|akurat)\b|as it stood\b|"
            r"original (?:\d{4} )?(?:wording|text|version)|still (?:reads?|worded|as it was)|"
            r"still the (?:\d{4} )?(?:wording|text|version)|"
            # "Is Article 87(4)(c) still the ground for dismissal?": whether a provision still governs.
            r"still (?:the |a )?(?:legal )?(?:ground|basis|rule|law) (?:for|of|on)|"
            # "Is that article still the basis?", "where does that rule stand today?", "does BKN carry on?"
            r"still (?:the |a )?(?:legal )?(?:basis|way|route)\b|where does .{0,40} stand|stands? today|"
            r"still good law|carr(?:y|ies) on under|masih (?:jadi |menjadi )?(?:dasar|landasan)|"
            # "Is that still the rule?", "does the guidance still match the law as it reads now?"
            r"still (?:the |a )rule\b|still match(?:es)? (?:the )?(?:law|act|text|rules?)\b|"
            r"as (?:it|the law|the act) reads (?:now|today)|masih berdiri sendiri|"
            # "Can we keep those citations, or what should replace them?": what now stands in its place.
            r"(?:can|may|should) (?:we|I) (?:still )?(?:keep|cite) (?:those|these|that|this|the)\b|"
            r"what (?:should|would|will|could) replace (?:it|them|that|those)\b|"
            r"(?:diganti|digantikan) (?:dengan )?(?:pasal|ketentuan|aturan) apa|pasal penggantinya|"
            # "A 2014 commentary says X. Does that still stand?", "is that still true under the 2023 law?"
            r"(?:does|do|would) (?:that|it|this) still (?:stand|hold)|still stands?\b|"
            # "Does Article 71(4) still say that today?", "Is that time limit still in Article 71(1)?",
            # "has the rule moved to another paragraph?", "masih cocok dengan Pasal 71 ayat (2) …?"
            r"still (?:says?|reads?|contains?) (?:that|this|so|it)\b|"
            r"(?:is|are) (?:that|this|the|those|these) [\w -]{0,30}still in "
            r"(?:article|art\.|pasal|section)\b|"
            r"moved to (?:another|a different|a new) (?:paragraph|article|section|ayat|pasal)|"
            r"masih (?:cocok|sesuai|sama) dengan (?:bunyi )?(?:pasal|ketentuan|rumusan)\b|"
            r"(?:is|are) (?:that|it|this|those|these) still (?:true|the case|right|correct|accurate)|"
            # "Was it in the law from the start, or inserted later?": which act put it there.
            r"from the start|inserted (?:later|by|afterwards)|added (?:later|afterwards|by)|"
            # ("sejak awal masa kampanye", "sejak awal Oktober" date the facts)
            r"sejak (?:awal|semula)(?! (?:masa|kampanye|tahun|bulan|minggu|pekan|pemilu|pilkada|\d|januari|"
            r"februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember)\b)|"
            r"disisipkan|ditambahkan (?:kemudian|belakangan|oleh)|"
            r"(?:been|was|were) (?:amended|rewritten)|"
            # "amended since 2017? by which law", "was it amended later?", "still in its 2017 form?"
            r"amended (?:since|later|afterwards|after|by which|by what)|"
            r"(?:was|were|has|have|is) (?:it|this|that|they) (?:ever |later |since )?(?:been )?"
            r"(?:amended|changed|replaced|revoked|repealed)|"
            r"still in its (?:\d{4} |original |first )?(?:form|wording|version)|"
            r"which (?:later )?(?:laws?|acts?|instruments?|regulations?) (?:amended|replaced|changed|ended)|"
            # A body the law wound up: "when did the KASN stop working?", "sudah bubar?"
            r"berhenti (?:bekerja|beroperasi)|dibubarkan|(?:sudah|telah) bubar|dissolved|abolished|"
            r"ceased to (?:exist|operate|work)|stopped (?:working|operating)|vanished|"
            r"(?:still|the same) as (?:it was )?(?:in|when) (?:\d{4}|enacted|first)|"
            # "Apa teks itu masih yang berlaku?", "Aturan itu masih ada?", "Sekarang masih begitu?", "sudah
            # diganti?", "is that still how the law defines it?", "still part of the law, or what took it
            # out?"
            r"masih yang berlaku|masih sama persis|(?:sekarang|kini) masih begitu|masih begitu(?=\s*\?)|"
            r"(?:sudah|telah) diganti|"
            r"(?:aturan|ketentuan|pasal|syarat|kewenangan|larangan)(?:nya)?(?: \w+)? (?:itu |tersebut )?"
            r"masih ada|bunyi(?:nya| pasal(?:nya)?)? (?:sekarang|saat ini|kini)|"
            r"still how (?:the|that|this|our) (?:law|act|article|regulation|text) "
            r"(?:defines?|says?|reads?|puts?)|"
            r"still (?:a )?part of (?:the|that|this)|(?:what|which \w+) took (?:it|them) out)\b",
            re.I,
        ),
    ),
    (
        "authority",
        re.compile(
            r"\b(siapa (?:yang )?(?:berwenang|memutus|menjatuhkan|memeriksa|menangani|mengawasi|"
            r"memberi|memberikan)|siapa saja anggota(?:nya)?|izin siapa|persetujuan siapa|"
            r"whose (?:written )?(?:approval|permission|consent)|"
            # ("Lawan sudah lapor." tells what happened, not where a report goes.)
            r"(?<!sudah )(?<!udah )(?<!telah )lapor(?:nya|kan)?|ke ?mana|"
            r"apa yang (?:bisa|dapat|harus) dilakukan|"
            r"wewenang|tugas|diteruskan|"
            r"(?:lembaga|badan|instansi|pengawas)(?: \w+){0,3} (?:apa|mana)\b(?! saja)|"
            r"which (?:[\w-]+ ){0,3}(?:body|bodies|institutions?|agency|agencies|authority|authorities)|"
            r"tasked|in charge|what can (?:it|they|the \w+) do|where (?:is|are) .{0,40} sent|"
            # "Siapa yang melanggar?" asks who is in breach, not who acts on it.
            # A "siapa yang" clause in a sentence that does not ask is "whoever": "bilang: siapa yang
            # datang ke kampanye dapat nilai tambahan."
            r"siapa yang(?! (?:melanggar|salah|bisa (?:kena|dipidana|dihukum)|kena|dipidana))"
            r"(?=[^.!]*(?:\?|$))|"
            r"berwenang|kewenangan|ke mana (?:melapor|dilaporkan)|melapor(?:kan)?|dilaporkan|"
            r"diperiksa|pemeriksaan|prosedur|mekanisme|tata cara|"
            r"who (?:decides|imposes|examines|investigates|"
            r"handles|can impose|has the power|is competent|rules|punishes|penali[sz]es|disciplines)|"
            r"which (?:official|officer|authority) (?:is|has|can|decides|imposes)|competent to|"
            # Indonesian puts "siapa" last: "yang berhak membentuk majelisnya siapa?"
            # ("'Ibu pilih siapa?'": whom one votes for, not who acts on it.)
            r"yang berhak|(?:oleh|ke|kepada) siapa|"
            r"(?<!pilih )(?<!milih )(?<!coblos )(?<!nyoblos )(?<!dukung )siapa(?=\s*[?,])|"
            r"rekomendasi|recommendations?|"
            # "who" asks only where it opens a clause; "a civil servant who joins …" describes the actor.
            # After a comma only in a sentence that asks: ", who is running again," describes someone.
            # "… allowed to ask for that? and who do I send the report to?": a second question.
            r"(?:^|(?<=[.?!;:]\s)|(?<=[.?!] and )|(?<=,\s)(?=who\b[^.!?]*\?))"
            r"who\b(?! (?:gets?|is|are|will be|would be|can be|could be) (?:actually |really |then |now )?"
            r"(?:punished|prosecuted|charged|sanctioned|in breach|at fault|liable|breaking|violating))"
            r"(?!,? if anyone,? faces?)(?! (?:has |have |had )?(?:breached|broken|broke|violated|committed))|"
            # "…, and who sits on it?": a second question joined on.
            r"(?<=[,;] and )who\b|(?<=, or )who\b(?=[^.!?]*\?)|to whom|(?:through|via) whom|"
            # "Can members of the public report it?": whether and where to report, as "boleh lapor?".
            r"(?:can|could|may|should|allowed to|want to) (?:[\w'-]+ ){0,4}report\b|"
            # "KASN's job", "what was its role": the body's task, as "tugas"/"peran".
            r"(?:'s|their|its) (?:jobs?|roles?|tasks?|powers?|functions?)\b|"
            # Whether someone may punish or sign himself: "can the senior doctor impose the penalty himself?",
            # "am I the one with the power to sign it?", "bisakah saya menjatuhkan hukumannya sendiri?".
            r"(?:can|may|could) (?:I|we|he|she|they|the [\w-]+(?: [\w-]+)?) (?:actually |really |also )?"
            r"(?:impose|sign|issue|hand down|decide)\b(?=[^.?!]*\?)|"
            # "Does the President sign such dismissals personally, or does someone lower down do it?"
            r"(?:does|do|did|would|will) (?:the [\w-]+|someone|anyone) (?:personally |himself |herself )?"
            r"(?:sign|impose|issue|hand down|decide)\b(?=[^.?!]*\?)|"
            r"(?:the|any|what) powers? (?:to|does|do|did)\b|"
            r"within (?:his|her|their|my|our|its) (?:power|remit)|"
            # "the record says the penalty is beyond the camat's own power": who holds it then.
            r"(?:beyond|outside|exceeds?) (?:his|her|their|my|our|its|the [\w-]+(?:'s)?) (?:own )?"
            r"(?:powers?|remit|competence)|"
            r"(?:theirs|ours|his|hers) to (?:do|decide)|allowed to do about|"
            r"(?:boleh|bisa|bisakah|dapatkah|berhak) (?:\w+ ){0,2}(?:menjatuhkan|meneken|menandatangani|"
            r"tanda ?tangan)\b|"
            r"where (?:to|can|do|does) .{0,30}report|"
            # "where does it go?", "what can we do ourselves?": as "diteruskan ke mana", "apa yang bisa …"
            r"where (?:does|do|should|would|will) (?:it|this|that|they|the \w+) (?:go|end up|be sent)|"
            r"where (?:do|should|can|must) (?:we|I) (?:send|forward|pass|take) it|what can (?:we|I|you) do\b|"
            r"forwarded|passed on to|sent on to|"
            r"how (?:is|are) .{0,60}(?:reported|examined|investigated|handled)|procedure|authority)\b",
            re.I,
        ),
    ),
    (
        "sanction",
        re.compile(
            r"\b(sanksi(?:nya)?|hukuman|hukumannya|dihukum|dipidana|pidana|denda|dipecat|diberhentikan|akibat(?:nya)?|"
            # "apa risikonya buat saya?", "apa yang bisa menimpa adik saya?"
            r"risiko(?:nya)?|menimpa|"
            r"konsekuensi(?:nya)?|ancaman(?:nya)?|penalt(?:y|ies)|sanctions?|punish(?:ed|ment)?|fine[sd]?|prison|jail|"
            r"consequences?|what happens|what follows|dismiss(?:ed|al)?|imposed|(?:at )?what level|"
            # "what happened to his contract?", "could it cost him his appointment?", "honourable or not?"
            r"what (?:happened|will happen|would happen) to (?:him|her|them|his|her|their)|"
            r"cost (?:him|her|them) (?:his|her|their)|"
            r"honou?rabl[ey] or (?:dishonou?rabl[ey]|not)|"
            # "could it be a crime?", as "bisa dipidana?"
            r"(?:be |a )crimes?|criminal(?:ly)? (?:liable|liability|offen[cs]es?|charges?)|prosecuted|"
            r"how (?:heavy|severe|serious)|(?:does|do|would|will|could|can) .{0,40}\bface\b|"
            # "what can happen to him?", "how much trouble is she in?", "what is he risking?", as "kena apa?"
            r"what (?:can|could|might|may) happen to|worst (?:that )?(?:can|could|might) happen|"
            r"how much trouble|how bad is (?:it|this|that)|(?:is|are|am) (?:\w+ ){0,2}risking|"
            r"what (?:does|do|did) (?:\w+ ){0,3}risk\b|exposure|exposed to|(?:criminal|disciplinary) side|"
            r"(?:get|gets|got) (?:\w+ ){0,2}into trouble|"
            # "kades ini bisa dikenai apa?", "dikenakan pasal apa?": what can be brought against him
            r"(?:di)?kena(?:i|kan) (?:sanksi |hukuman |pasal )?apa\b|"
            r"(?:light|medium|heavy|severe)(?:,| or) (?:medium|heavy|severe))\b",
            re.I,
        ),
    ),
    (
        "obligation",
        re.compile(
            # "Off duty" / "on duty" say when the act happened, not that a duty is asked about.
            r"\b(wajib|kewajiban|harus|diharuskan|must (?!not)|obliged|required to|"
            r"(?<!off )(?<!off-)(?<!on )duty|duties|"
            r"have to|has to)\b",
            re.I,
        ),
    ),
    (
        "prohibition",
        re.compile(
            r"\b(boleh(?:kah)?|dilarang|larangan|diperbolehkan|dibolehkan|bisakah|dapatkah|melanggar|"
            r"may|allowed|permitted|can an?|can civil|prohibited|forbidden|must not|banned|bans?|"
            r"restrictions?|"
            # "what has he breached?", as "dia melanggar apa?"
            r"breach(?:ed|es|ing)?|broken|broke|violat(?:e|es|ed|ing|ion)|barred|"
            r"against the (?:law|rules))\b",
            re.I,
        ),
    ),
)


# When a penalty decision takes effect ("SK itu mulai berlaku kapan?") is a step of the procedure, not
# whether a regulation is in force.
_DECISION_TAKES_EFFECT = re.compile(
    r"\b(?:SK|surat keputusan|keputusan|decree|decision|penalty|hukuman|sanksi)(?:nya)?\b[^.?!]{0,40}?"
    r"\b(?:mulai berlaku|berlaku|takes? effect|took effect|in effect|come into force|effective)\b"
    r"[^.?!,]{0,20}",
    re.I,
)


_INTENT_RX = dict(_INTENTS)


def find_intent(text: str) -> Intent:
    """What the question asks for, the most specific reading first."""
    for intent, _ in _INTENTS:
        if asks(text, intent):
            return intent
    return "general"


def asks(text: str, intent: Intent) -> bool:
    """Whether the text asks for this, whichever reading ``find_intent`` puts first ("Does Pasal 152 still
    read as enacted? Which body is it attached to now?" asks a status as well as an authority)."""
    rx = _INTENT_RX[intent]
    if intent == "status":  # "the decree takes effect on …" is the facts, not a question of currency
        text = _DECISION_TAKES_EFFECT.sub(" ", text)
    return bool(rx.search(text))


_TERM_AFTER = re.compile(
    r"(?:apa (?:yang )?dimaksud(?: dengan)?|apakah yang dimaksud(?: dengan)?|apa itu|apa arti|"
    r"apa pengertian|pengertian|definisi|what (?:is|are) meant by|what counts as|definition of|meaning of|"
    r"what is an?|what is)\s+(?:an? |the )?([^?]+?)"
    r"(?:\s+(?:menurut|dalam|di dalam|berdasarkan|under|in|according to|"
    r"by)\b[^?]*)?[.!]*(?:\?.*)?$",  # the term ends where its question does ("Apa itu X? Kalau …")
    re.I | re.S,
)


def definition_term(text: str) -> str | None:
    """The term a definition question asks about ("kampanye pemilu"), or None."""
    term = None
    m = _TERM_AFTER.search(text.strip())
    if m:
        # "Definisi 'Disiplin PNS' di PP 53/2010 dan PP 94/2021 kok beda?": the quotes close the term.
        # Two terms quoted side by side ("'atribut PNS' dan 'atribut partai'") are read as one span.
        quoted = QUOTED_TERM.match(m.group(1))
        if quoted and _ANOTHER_QUOTED.match(m.group(1), quoted.end()):
            quoted = None
        term = quoted.group(1) if quoted else m.group(1).split(",")[0].strip(" ?.,\"'“”") or None
    else:
        m = _TERM_BEFORE.search(text)
        if m:
            # "yang masuk hitungan 'Pegawai ASN' itu siapa saja?": a term quoted in it is the term.
            said = m.group(1) or m.group(2)
            quoted = QUOTED_TERM.search(said)
            term = quoted.group(1) if quoted else said.strip(" ?.,\"'") or None
    if term is not None and term.lower() in _DIFFERENCE_ASKED:
        return None
    if term is not None and term.lower() in _TERM_POINTERS:
        # "… the 'corps spirit' of civil servants (jiwa korps). What does the term mean?": the term named
        # before, in the law's own words (in parentheses) or in quotes.
        named = [x for x in _GLOSS_TERM.findall(text) if not re.search(r"\d", x)]
        quoted = QUOTED_TERM.findall(text)
        term = (named or quoted or [term])[-1]
    return term


_ANOTHER_QUOTED = re.compile(r"\s*(?:,|and|or|dan|atau|dengan|vs\.?|versus)\s+(?:an? |the )?['\"‘“]", re.I)
_TERM_BEFORE = re.compile(
    r"what does (.+?) mean|"
    r"(?:^|[.?!]\s+|,\s*)([\w' -]{3,40}?)\s+(?:itu|tu)\s+(?:sebenarnya\s+|sih\s+|tuh\s+)?"
    r"(?:artinya|maksudnya|apa|siapa (?:saja|aja))\b",
    re.I,
)
_TERM_POINTERS = frozenset(
    {"the term", "this term", "that term", "it", "this", "that", "the word", "istilah itu"}
)
# "What is the difference?" names no term: the terms are those the question sets side by side.
_DIFFERENCE_ASKED = frozenset(
    {"difference", "the difference", "legal difference", "bedanya", "apa bedanya", "bedanya apa sih"}
)
_GLOSS_TERM = re.compile(r"\(([a-z][a-z -]{2,40})\)", re.I)
# A term in quotes: "apa bedanya 'ASN' dengan 'Pegawai ASN'?".
QUOTED_TERM = re.compile(r"['\"‘“]([^'\"’”]{2,60})['\"’”]")


# -- dates ----------------------------------------------------------------------------------------
_MONTHS = {
    **dict.fromkeys(("januari", "january", "jan"), 1),
    **dict.fromkeys(("februari", "february", "feb", "pebruari"), 2),
    **dict.fromkeys(("maret", "march", "mar"), 3),
    **dict.fromkeys(("april", "apr"), 4),
    **dict.fromkeys(("mei", "may"), 5),
    **dict.fromkeys(("juni", "june", "jun"), 6),
    **dict.fromkeys(("juli", "july", "jul"), 7),
    **dict.fromkeys(("agustus", "august", "aug", "agu"), 8),
    **dict.fromkeys(("september", "sep", "sept"), 9),
    **dict.fromkeys(("oktober", "october", "oct", "okt"), 10),
    **dict.fromkeys(("november", "nov", "nopember"), 11),
    **dict.fromkeys(("desember", "december", "dec", "des"), 12),
}
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_ISO = re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b")
_DMY = re.compile(rf"\b(\d{{1,2}})\s+({_MONTH_RE})\s+((?:19|20)\d\d)\b", re.I)
_MDY = re.compile(rf"\b({_MONTH_RE})\s+(\d{{1,2}}),?\s+((?:19|20)\d\d)\b", re.I)
_MY = re.compile(rf"\b({_MONTH_RE})\s+((?:19|20)\d\d)\b", re.I)
_MONTH_BEFORE = re.compile(rf"\b({_MONTH_RE})\s*$", re.I)
# A day and month told without a year ("On 12 February, in the quiet days"; "pada 12 Februari"), taken
# with the one year the story names elsewhere ("the 2024 general election"). "May 2" and "mar 3" are too
# often other words to be read as dates.
_DM = re.compile(rf"\b(\d{{1,2}})\s+({_MONTH_RE})\b(?!\s*,?\s*\d)", re.I)
_MD = re.compile(
    rf"\b(?!(?:may|mar)\b)({_MONTH_RE})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*[,/.:-]?\s*\d)", re.I
)
_YEAR = re.compile(r"(?<![\d/-])((?:19|20)\d\d)(?![\d/-])")
_RECENT_AFTER = re.compile(r"\s+(?:kemarin|kmrn|lalu|ini|yesterday|last)\b", re.I)
_EARLIER_EVENT = re.compile(r"\b(?:pernah|dulu|sebelumnya|previously|once|already|earlier)\b", re.I)
_YEAR_PART = re.compile(r"\b(mid|early|late|end|awal|akhir|pertengahan)-(?=(?:19|20)\d\d\b)", re.I)
# "in early 2021", "pada tahun 2021": the year is when the facts happened, even if an act bears it too.
_WHEN_CUE = re.compile(
    r"\b(?:in|on|since|during|until|by|early|mid|late|back in|tahun|pada|sejak|awal|pertengahan|akhir)\s*$",
    re.I,
)


# A year that names an act or its version ("the 2014 Perppu", "the 2023 law's definition") and one that
# only starts a span running to now ("amended since 2017?", "sejak 2019 aktif di partai") are not the
# date the question is about.
_NOT_A_DATE = re.compile(
    # "the 2010 and the 2021 discipline rules": each year of a list before the kind of text.
    r"(?<![\d/-])(?:19|20)\d\d(?=(?:(?:,|\s+and|\s+or|\s+dan|\s+atau)\s+(?:the\s+)?(?:19|20)\d\d)*"
    r"(?:['’]?s)?\s+(?:[a-z]+\s+){0,2}?"
    r"(?:laws?|acts?|perppu|regulations?|decrees?|amendments?|versions?|wording|texts?|undang-undang|codes?|"
    # "the 1945 Constitution": the constitution's name, not a date.
    r"constitution|"
    # "the 2014 rule", "the regent's 2019 circular", "a 1990s textbook": when a text was written.
    r"rules?|circulars?|textbooks?|leaflets?|handbooks?|guidebooks?|commentar(?:y|ies)|"
    # "our 2019 SOP", "a 2017 checklist", "the 2022 template": when a working paper was written.
    r"sops?|memos?|memoranda|checklists?|templates?|slides?|handouts?|guidelines?|manuals?|modules?|"
    r"(?:legal )?opinions?|briefs?)\b)|"
    # "SOP pemberhentian kami (2022)", "daftar periksa kami dari tahun 2019", "Perbup … tahun 2012": the
    # year a working paper or a local rule was written, told after it, is not when the facts happened.
    r"\b(?:sop|memo|pedoman|panduan|juknis|daftar periksa|checklist|templat|template|modul|slide|"
    r"legal opinion|opini hukum|surat edaran|perbup|perwali|pergub|perda)"
    r"(?:\s+\w+){0,3}?\s*\(?\s*(?:(?:dari|sejak)\s+)?(?:tahun\s+)?(?:19|20)\d\d(?![\d/-])|"
    r"\b(?:since|sejak)\s+(?:(?:tahun|the year)\s+)?(?:19|20)\d\d(?![\d/-])|"
    # "still as it was in 2015", "rewritten in 2016", "masih bunyi aslinya dari tahun 2015", "disusun awal
    # 2015": the year a text took its wording, not the time the question is about.
    r"\b(?:as it (?:was|stood|read)|rewritten|re-?worded|entered the law|aslinya|bunyi asli|disusun)\s+"
    r"(?:(?:in|on|dari|pada|sejak)\s+)?(?:(?:early|late|awal|akhir|tahun|the year)\s+)?"
    r"((?:19|20)\d\d)(?![\d/-])",
    re.I,
)
# A year that names a precedent the facts are compared with ("a video like the 2019 South Sulawesi one, in
# the 2024 race", "seperti kasus Sulawesi Selatan 2019 itu"): not when the facts asked about happen.
_PRECEDENT_YEAR = re.compile(
    r"\b(?:like(?! to\b)|as in|similar to|same as|seperti|mirip(?: dengan)?)\s+"
    r"(?:the\s+|that\s+|kasus\s+|perkara\s+|peristiwa\s+)?(?:[a-z-]+\s+){0,4}?((?:19|20)\d\d)(?![\d/-])",
    re.I,
)
# "the 2014 ASN law … the 2023 law": a year with a bare "law" names the version of an act named nearby.
_YEAR_VERSION = re.compile(
    r"\b((?:19|20)\d\d)(?:['’]s)? (?:law|act|regulation|version)\b|"
    # "did the 2021 regulation change anything compared to 2010?": the version of that year
    r"\b(?:compared (?:to|with)|dibanding(?:kan)?(?: dengan)?)(?: the| tahun)? "
    r"((?:19|20)\d\d)\b(?!\s*[-/]\d)",
    re.I,
)


def _valid(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


# A month named without its year, in full ("now, in late September"): short forms ("mar", "des"), the
# English modal "may" and the verb "march" are other words too often.
_SHORT_MONTHS = ("mei", "juni", "june", "juli", "july")
_MONTH_NAMES = [m for m in _MONTHS if (len(m) > 4 and m != "march") or m in _SHORT_MONTHS]
_MONTH_ALONE = re.compile(r"\b(" + "|".join(_MONTH_NAMES) + r")\b(?!\s*\d)", re.I)


def month_after(text: str, last: date) -> date | None:
    """The first month a story names without a year after a date it gave ("20 August 2021 … in late
    September"): of that year, or of the next if the month came before in the year."""
    m = _MONTH_ALONE.search(text)
    if m is None:
        return None
    month = _MONTHS[m.group(1).lower()]
    return _valid(last.year + (month < last.month), month, 15)


# When an office's term ends: "Bupati petahana (masa jabatan habis Feb 2016) bulan Agustus 2015 …", "whose
# term was due to end in early 2016": a date of the office, not of the facts, when the story dates them too.
_TERM_ENDS = re.compile(
    r"\b(?:masa jabatan(?:nya)?|periode(?:nya)?|(?:his|her|whose|the) term(?: of office)?)\s+(?:\w+\s+){0,3}?"
    r"(?:habis|abis|berakhir|selesai|ends?|ended|expires?|expired|runs? out|ran out|due to end)\s+"
    r"(?:(?:pada|di|bulan|tahun|in|on|at|early|late|mid|the|awal|akhir|pertengahan)\s+)*"
    r"(?:\d{1,2}\s+)?(?:[A-Za-z]+\.?\s+)?(?:19|20)\d\d\b",
    re.I,
)


def find_date(text: str) -> tuple[date | None, str | None]:
    """The date the question is about (a full date, a month, or a year read as its middle)."""
    facts = _TERM_ENDS.sub(lambda m: " " * len(m.group(0)), text)
    if facts != text:
        told = _find_date(facts)
        if told[0] is not None:
            return told
    return _find_date(text)


def _find_date(text: str) -> tuple[date | None, str | None]:
    for rx, build in (
        (_ISO, lambda m: _valid(int(m[1]), int(m[2]), int(m[3]))),
        (_DMY, lambda m: _valid(int(m[3]), _MONTHS[m[2].lower()], int(m[1]))),
        (_MDY, lambda m: _valid(int(m[3]), _MONTHS[m[1].lower()], int(m[2]))),
    ):
        m = rx.search(text)
        if m and build(m):
            return build(m), m.group(0)
    m = _MY.search(text)
    if m and not (m.group(1).lower() == "may" and not re.match(r"(?i)may\s+\d{4}", m.group(0))):
        return _valid(int(m[2]), _MONTHS[m[1].lower()], 15), m.group(0)
    # "mid-2020", "late-2018": the hyphen joins a year to its part, not two numbers into a range.
    plain = _YEAR_PART.sub(r"\1 ", text)
    m = _YEAR.search(plain)
    if m and _BEFORE.search(plain[: m.start()]):
        return date(int(m[1]) - 1, 12, 31), m.group(0)  # "sebelum 2021": the last day before that year
    if m:
        day_month = _DM.search(text)
        month_day = _MD.search(text)
        if len(set(_YEAR.findall(plain))) == 1 and (day_month or month_day):
            told_at = day_month or month_day
            if _RECENT_AFTER.match(text, told_at.end()) and _EARLIER_EVENT.search(
                plain, max(0, m.start() - 30), m.end() + 30
            ):
                # "tahun 2019 udah pernah kena hukuman … Nah 27 Desember kemarin dia dateng lagi": the year is
                # the earlier event's; the day told as lately is in a year the story does not say.
                return None, None
            d, mo = (day_month[1], day_month[2]) if day_month else (month_day[2], month_day[1])
            told = _valid(int(m[1]), _MONTHS[mo.lower()], int(d))
            if told:
                return told, told_at.group(0)
        return _valid(int(m[1]), *YEAR_ONLY_DAY), m.group(0)
    return None, None


# -- regulations ------------------------------------------------------------------------------------
def _name_words(name: str) -> str:
    """A name's words as a pattern, spaces and hyphens between them alike."""
    return r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", name.strip()))


def _alias_re(name: str) -> re.Pattern[str]:
    # "UU ASN-nya kan ganti": the name with Indonesian "-nya" after it is still the name.
    return re.compile(r"(?<![\w-])" + _name_words(name) + r"(?:(?=-nya\b)|(?![\w-]))", re.I)


def _versions_listed_re(name: str) -> re.Pattern[str]:
    """Years listed before a name, in the plural or not ("the 2010 and the 2021 discipline regulations"),
    or after it ("UU ASN 2014 dan 2023")."""
    words = _name_words(name)
    years = r"(?:19|20)\d\d(?:(?:\s*,\s*|\s+(?:and|or|dan|atau)\s+)(?:the\s+|tahun\s+)?(?:19|20)\d\d)+"
    return re.compile(
        rf"(?<![\d/-])({years})(?:['’]s)?\s+{words}s?(?![\w-])|(?<![\w-]){words}\s+(?:tahun\s+)?({years})(?![\d/-])",
        re.I,
    )


# English ways of citing an act ("Law 7/2017", "Government Regulation No. 94 of 2021"), and the Indonesian
# kinds cited the English way ("PP 32 of 2018", "UU No. 7 Year 2017").
_EN_JENIS = {
    "law": "uu",
    "act": "uu",
    "government regulation": "pp",
    "presidential regulation": "perpres",
    "government regulation in lieu of law": "perppu",
    "gr": "pp",
    "pp": "pp",
    "uu": "uu",
    "perpres": "perpres",
    "perppu": "perppu",
}
_EN_CITATION = re.compile(
    r"\b(government regulation in lieu of law|government regulation|presidential regulation|law|act|gr|pp|uu|"
    r"perpres|perppu)\s+(?:no\.?\s*|number\s+)?(\d{1,4})\s*"
    r"(?:/|\s+of\s+(?:the\s+)?(?:year\s+)?|\s+year\s+)((?:19|20)\d\d)\b",
    re.I,
)
# "pp 94 2021", "UU 7 2017": kind, number and year with only a space between, as people type them fast.
_SPACED_CITATION = re.compile(
    r"\b(PP|UU|Perpres|Perppu)\s+(?:No\.?\s*|Nomor\s+)?(\d{1,4})\s+((?:19|20)\d\d)\b", re.I
)
_BEFORE = re.compile(r"\b(?:sebelum|before|prior to|pre)\W{0,2}$", re.I)
_OLD = re.compile(r"\b(lama|old|former|previous|earlier|original|asli|sebelumnya)\b", re.I)
_SUCCESSOR_AFTER = re.compile(
    r"\s+(?:law|act|one|regulation|uu|pp)?\s*(?:replaced|superseded|repealed)\b", re.I
)
_SUCCESSOR_BEFORE = re.compile(
    r"\b(?:replaced by|superseded by|repealed by|diganti(?:kan)?(?: oleh| dengan)?|dicabut oleh)\s+"
    r"(?:the\s+)?"
    r"(?:(?:UU|PP|law|act|regulation|undang-undang)\s+)?$",
    re.I,
)
_NEW = re.compile(r"\b(baru|new|current|latest|terbaru|sekarang)\b", re.I)


def _in_force(info: RegInfo) -> bool:
    return info.state not in ("repealed", "replaced")


def in_force_on(info: RegInfo, day: date) -> bool:
    """Whether the regulation stood on the day: enacted by then and not yet repealed or replaced."""
    if info.enacted and day < info.enacted:
        return False
    return _in_force(info) or (info.since is not None and day < info.since)


def _pick(
    cands: list[RegInfo], window: str, day: date | None = None, article: int = 0
) -> tuple[RegInfo, str | None]:
    """The regulation an alias means: by a year next to it, the date asked, old/new, an article number
    only one version reaches ("Article 84 of the ASN law" when today's has 77), else the one in force."""
    # "sebelum 2021", "before 2021": the year bounds the time, it is not the version's.
    years = [y for y in _YEAR.finditer(window) if not _BEFORE.search(window[: y.start()])]
    for y in years:
        # The year of a date names no version not yet in force then ("decided in January 2021. Which
        # discipline regulation applied?" is not PP 94/2021, enacted that August).
        month = _MONTH_BEFORE.search(window[: y.start()])
        when = date(int(y.group(1)), _MONTHS[month.group(1).lower()], 15) if month else None
        hit = [c for c in cands if c.year == int(y.group(1)) and (when is None or in_force_on(c, when))]
        if hit:
            return hit[0], y.group(1)
    if day is not None:
        then = [c for c in cands if in_force_on(c, day)]
        if then:
            return sorted(then, key=lambda c: -c.year)[0], None
    if _OLD.search(window):
        older = sorted(cands, key=lambda c: (_in_force(c), c.year))
        return older[0], None
    ranked = sorted(cands, key=lambda c: (not _in_force(c), -c.year))
    if article and 0 < ranked[0].last_pasal < article:
        reaching = [c for c in ranked if c.last_pasal >= article]
        if reaching:
            return reaching[0], None
    return ranked[0], None


# The article an alias is cited with: "Pasal 84 UU ASN", "Article 84 of the ASN law", "UU ASN Pasal 84".
_ARTICLE_BEFORE = re.compile(
    r"\b(?:pasal|article|art\.?)\s*(\d+)[a-z]?(?:\s*(?:ayat|paragraph|\()\s*\(?\d+\)?)?\s*(?:of\s+)?(?:the\s+)?$",
    re.I,
)
_ARTICLE_AFTER = re.compile(r"\W{0,3}(?:pasal|article|art\.?)\s*(\d+)\b", re.I)


def _article_beside(text: str, start: int, end: int) -> int:
    m = _ARTICLE_BEFORE.search(text[:start]) or _ARTICLE_AFTER.match(text[end:])
    return int(m.group(1)) if m else 0


def _date_beside_aliases(text: str, catalog: dict[str, RegInfo]) -> date | None:
    """A date in the question that is not the year of a regulation's name ("UU ASN 2014")."""
    names = {n for i in catalog.values() for n in (*i.names_id, *i.names_en)}
    for name in sorted(names, key=len, reverse=True):
        for m in _alias_re(name).finditer(text):
            tail = re.match(r"\s*(?:tahun\s+)?(?:19|20)\d\d", text[m.end() :])
            head = re.search(r"(?:19|20)\d\d\s*$", text[: m.start()])
            end = m.end() + (tail.end() if tail else 0)
            start = head.start() if head else m.start()
            text = text[:start] + " " * (end - start) + text[end:]
    return find_date(text)[0]


# "UU 20/2O23": a letter O typed for a zero in a year after a slash or "tahun" (same length, so spans hold).
_LETTER_O_IN_YEAR = re.compile(r"(?:(?<=/)|(?<=tahun ))(?:19|2[0Oo])[0-9Oo]{2}\b", re.I)


def find_regulations(
    text: str,
    catalog: dict[str, RegInfo],
    known: frozenset[str] | set[str] = frozenset(),
    day: date | None = None,
) -> tuple[list[NamedRegulation], list[tuple[int, int]], list[str], dict[str, int | None]]:
    """(regulations named, their spans, problems, years used to pick a version, each with where it stands
    when it stands right beside the name it picked, else None)."""
    text = _LETTER_O_IN_YEAR.sub(lambda m: m.group(0).replace("O", "0").replace("o", "0"), text)
    named: dict[str, NamedRegulation] = {}
    spans: list[tuple[int, int]] = []
    problems: list[str] = []
    years_used: dict[str, int | None] = {}
    misread: dict[str, str] = {}  # act read -> the id the question wrote
    mentions: dict[str, list[str]] = {}  # every way the question names each act

    def use(year: str, at: int | None = None) -> None:
        if years_used.get(year) is None:
            years_used[year] = at

    def add(doc_id: str, said: str) -> None:
        mentions.setdefault(doc_id, []).append(said)
        info = catalog.get(doc_id)
        is_known = doc_id in known or info is not None
        named.setdefault(
            doc_id,
            NamedRegulation(
                id=doc_id,
                said=said,
                citation=format_document_citation(doc_id),
                known=is_known,
                state=info.state if info else ("in_force" if is_known else "unknown"),
                successor=(info.by.split("/", 1)[0] if info and info.by else None),
                since=info.since if info else None,
                read_for=misread.get(doc_id),
            ),
        )

    by_name: dict[str, list[RegInfo]] = {}
    for info in catalog.values():
        for name in (*info.names_id, *info.names_en):
            by_name.setdefault(name.lower(), [])
            if info not in by_name[name.lower()]:
                by_name[name.lower()].append(info)

    def held_as(doc_id: str, said: str) -> str:
        # An act the store holds under another id, cited as such ("Perppu 1/2014", enacted as UU 1/2015).
        if doc_id in catalog or doc_id in known:
            return doc_id
        other = by_name.get(said.lower())
        if other and len(other) == 1:
            return other[0].id
        # "PP 94/2012": no such act, and the one act of that kind and number whose year has the same digits
        # is what was meant.
        head, _, year = doc_id.rpartition("-")
        same_kind = {i for i in (*catalog, *known) if i.rpartition("-")[0] == head}
        swapped = {i for i in same_kind if sorted(i.rpartition("-")[2]) == sorted(year)}
        if not swapped and year.isdigit():
            # "PP 53 Tahun 2011 kalau tidak salah", "UU 10 Tahun 2017 tentang Pilkada": a year one off from
            # that of the one act of that kind and number.
            near = (str(int(year) - 1), str(int(year) + 1))
            swapped = {i for i in same_kind if i.rpartition("-")[2] in near}
        if len(swapped) != 1:
            return doc_id
        (meant,) = swapped
        misread[meant] = doc_id
        return meant

    for c in find_citations(text):
        spans.append((c.start, c.end))
        if c.doc_id is None:
            problems.append(f"'{c.text}' names no regulation that can exist ({c.reason}).")
            continue
        add(_titled_as(text, c.start, held_as(c.doc_id, c.text), catalog, known, misread), c.text)
    # "Law 7 of 2017" and "pp 94 2021": a kind, a number and a year the ingest grammar does not read.
    for rx, kind in ((_EN_CITATION, lambda k: _EN_JENIS[k.lower()]), (_SPACED_CITATION, str.lower)):
        for m in rx.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in spans):
                continue
            spans.append((m.start(), m.end()))
            cited = held_as(f"{kind(m.group(1))}-{int(m.group(2))}-{m.group(3)}", m.group(0))
            add(_titled_as(text, m.start(), cited, catalog, known, misread), m.group(0))
    for m in _BARE_NUMBER.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in spans):
            continue
        # "PP 94 nggak berlaku", "pp 53": a number without its year names the one act of that kind and
        # number the store holds; where it holds several, the year is needed and nothing is read.
        prefix = f"{m.group(1).lower()}-{int(m.group(2))}-"
        held = sorted({i for i in (*catalog, *known) if i.startswith(prefix) and i[len(prefix) :].isdigit()})
        if len(held) == 1:
            spans.append((m.start(), m.end()))
            add(held[0], m.group(0))
    # "the 2010 and 2021 discipline regulations", "the 2014 and the 2023 ASN laws": each year's version.
    for name in sorted(by_name, key=len, reverse=True):
        for m in _versions_listed_re(name).finditer(text):
            if any(s < m.end() and m.start() < e for s, e in spans):
                continue
            listed = _YEAR.findall(m.group(1) or m.group(2))
            versions = [(y, c) for y in listed for c in by_name[name] if c.year == int(y)]
            if len(versions) < 2:
                continue
            spans.append(m.span())
            for year, info in versions:
                use(year)
                add(info.id, m.group(0))
    # "the one the 2023 law replaced", "replaced by the 2023 law": the successor's year, not the named act's.
    unsucceeded = blank_spans(
        text,
        [
            y.span()
            for y in _YEAR.finditer(text)
            if _SUCCESSOR_AFTER.match(text, y.end()) or _SUCCESSOR_BEFORE.search(text[: y.start()])
        ],
    )
    for name in sorted(by_name, key=len, reverse=True):
        for m in _alias_re(name).finditer(text):
            if any(s < m.end() and m.start() < e for s, e in spans):
                continue
            window = unsucceeded[max(0, m.start() - 30) : m.end() + 25]
            # "the 2014 ASN law vs the 2023 ASN law": a year right beside the name is read before others.
            head = re.search(r"((?:19|20)\d\d)\W{0,3}$", text[: m.start()])
            tail = re.match(r"\W{0,3}(?:(?:tahun|of|year)\s+)?((?:19|20)\d\d)", text[m.end() :])
            beside = " ".join(x.group(1) for x in (head, tail) if x)
            article = _article_beside(text, m.start(), m.end())
            info, year = _pick(by_name[name], f"{beside} {window}", day, article)
            if year:
                at = None
                if head and head.group(1) == year:
                    at = head.start(1)
                elif tail and tail.group(1) == year:
                    at = m.end() + tail.start(1)
                use(year, at)
            spans.append((m.start(), m.end()))
            add(info.id, m.group(0))
    for m in _SUBJECT_NAMED.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in spans):
            continue
        found = _by_subject(m, catalog)
        if found is None:
            continue
        cands, end = found
        info, year = _pick(cands, text[m.start() : end + 30], day)
        if year:
            use(year)
        spans.append((m.start(), end))
        add(info.id, text[m.start() : end])
    named_by_year = [(m, "uu") for m in _YEAR_NAMED.finditer(text)]
    named_by_year += [(m, "pp") for m in _YEAR_REGULATION.finditer(text)]
    for m, kind in named_by_year:
        # "after the 2023 law came in" dates the facts; it does not say where the answer is.
        if any(s < m.end() and m.start() < e for s, e in spans) or _WHEN_IT_CAME.search(text, 0, m.start()):
            continue
        year = next(g for g in m.groups() if g)
        if (info := _by_year(year, text, catalog, kind)) is None:
            continue
        use(year)
        spans.append(m.span())
        add(info.id, m.group(0))
    for m in _YEAR_VERSION.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in spans):
            continue
        year = int(m.group(1) or m.group(2))
        # Another version of an act already named, by any name both share.
        for r in list(named.values()):
            info = catalog.get(r.id)
            names = {n.lower() for n in (*info.names_id, *info.names_en)} if info else set()
            kin = [c for n in names for c in by_name.get(n, ()) if c.year == year and c.id not in named]
            if kin:
                spans.append((m.start(), m.end()))
                use(str(year))
                add(kin[0].id, m.group(0))
                break
    for m in _TITLED_ACT.finditer(text):
        if not catalog or any(s < m.end() and m.start() < e for s, e in spans):
            continue
        # "Undang-Undang Netralitas ASN Tahun 2022": an act named by a title and a year, where the store
        # holds no act of that kind and year, is no regulation it can answer from.
        kind = "pp" if re.search(r"\bPP\b|Peraturan|Government", m.group(0)) else "uu"
        year = int(re.search(r"(?:19|20)\d\d", m.group(0)).group(0))  # type: ignore[union-attr]
        ids = [*catalog, *known]
        if any(i.startswith(kind + "-") and i.endswith(f"-{year}") for i in ids):
            continue
        spans.append((m.start(), m.end()))
        problems.append(
            f"No regulation in the store is called '{m.group(0).strip()}': check its title and year, or cite "
            "it by number (e.g. 'UU No. 20 Tahun 2023')."
        )
    if catalog and not named:
        # "Menurut UU Pers, …", "UU Desa katanya sudah direvisi …": asked from a law by a name no act the
        # store holds goes by, and no act it holds named beside it.
        for m in _ASKED_FROM_NAME.finditer(text):
            if any(s < m.end("name") and m.start("name") < e for s, e in spans):
                continue
            spans.append(m.span("name"))
            said = (
                f"No regulation in the store is called '{m.group('name')}': nothing here can answer from it."
            )
            if said not in problems:
                problems.append(said)
    for r in list(named.values()):
        # "Di UU ASN lama maupun yang baru": the replaced act and the one that replaced it.
        at = text.find(r.said)
        both = _AND_THE_NEW.match(text, at + len(r.said)) if r.successor and at >= 0 else None
        if both and (not both.group("year") or r.successor.endswith("-" + both.group("year"))):
            add(r.successor, text[at : both.end()])
    several = bool(_SEVERAL_REGIMES.search(text))
    for doc_id, r in list(named.items()):
        start = text.find(r.said)
        end = start + len(r.said)
        besides = _denied(text, start, _BESIDES, 12) and _ALSO.match(text, end)
        denied = (_denied(text, start, _DENIED_ACT, 20) and not besides) or _among_options(text, start)
        # "A piece claims the SKB sets jail time … odd for a joint decree": doubted where first cited.
        doubted = any(_doubted(text, text.find(said)) for said in mentions.get(doc_id, [r.said]))
        if several or denied or doubted or _SET_ASIDE.match(text, end) or _GONE.match(text, end):
            named[doc_id] = r.model_copy(update={"set_aside": True, "doubted": doubted})
    for doc_id, r in list(named.items()):
        if not r.known and doc_id.startswith("uud-") and _foundation(text, text.find(r.said), len(r.said)):
            # "Pancasila dan UUD 1945 mesti diganti": the state's foundations are what the conduct is about.
            named[doc_id] = r.model_copy(update={"set_aside": True})
        elif not r.known:
            problems.append(
                f"{r.citation} ('{r.said}') is not in the store: nothing here can answer from it."
            )
    return list(named.values()), spans, problems, years_used


# Pancasila beside the constitution: the two named as the state's foundations, what one is loyal to or
# speaks against, not the act a question asks from.
_PANCASILA_BEFORE = re.compile(r"\bPancasila\s*(?:,|dan|and|&)\s*(?:the\s+)?$", re.I)
_PANCASILA_AFTER = re.compile(r"\s*(?:,|dan|and|&)\s*Pancasila\b", re.I)


def _foundation(text: str, start: int, length: int) -> bool:
    """Whether the constitution cited at ``start`` is named with Pancasila as the state's foundations."""
    if start < 0:
        return False
    before = text[max(0, start - 20) : start]
    return bool(_PANCASILA_BEFORE.search(before) or _PANCASILA_AFTER.match(text, start + length))


# The question asks whether what it names still holds, or what holds now: "our 2017 checklist cites PP
# 53/2010; what is the article now?", "can that SOP still be used after UU 20/2023?". An act it names that was
# replaced before the date is then what an old document cites, not what the answer is to come from.
_STILL_ASKED = re.compile(
    r"\b(?:masih|still|sekarang|kini|saat ini|now|nowadays|today|any ?more|no longer|these days|"
    r"(?:telah|sudah) (?:diganti|dicabut)|replaced|repeal(?:ed)?|superseded|pengganti(?:nya)?|survives?|"
    # "PP 94/2021 udah gak berlaku": a claim that an act no longer holds asks whether it does.
    r"(?:tidak|tak|gak|ga|nggak|enggak) (?:lagi )?berlaku|"
    r"yang baru|the new (?:law|act|rules?|regulations?)|"
    # "Is PP 53/2010 the right regulation to cite here?": which act holds is asked, not the old one's rule.
    r"(?:right|correct|proper) (?:regulation|law|act|article|provision|legal basis|basis) to (?:cite|use)|"
    r"(?:dasar hukum|pasal|aturan|peraturan) yang (?:tepat|benar) (?:dikutip|dipakai|dirujuk|digunakan))\b",
    re.I,
)


def asks_still(text: str) -> bool:
    """Whether the question asks if what it names still holds, or what holds now."""
    return bool(_STILL_ASKED.search(text))


# Right after a replaced act's name, its successor named too: "UU ASN lama dan (yang) baru".
_AND_THE_NEW = re.compile(
    r"\s*(?:,\s*)?(?:dan|maupun|atau|serta|or|and)\s+(?:yang\s+|the\s+)?"
    # "the 2014 ASN law or the 2023 one", "UU ASN 2014 atau yang 2023": the successor by its year.
    r"(?:baru|new(?:er)? one|(?:tahun\s+)?(?P<year>(?:19|20)\d\d)(?:\s+one)?)\b",
    re.I,
)


# An act named only to be denied: "jadi yang berlaku cuma kode etik, bukan PP disiplin PNS", "rather than
# PP 94/2021": the question does not ask to be answered from it alone.
_DENIED_ACT = re.compile(
    r"\b(?:bukan|not|instead of|rather than|selain)\s+(?:the\s+|cuma\s+|hanya\s+|only\s+)?$", re.I
)


# "Selain PP 94/2021 kami mau mengacu juga ke SKB": besides the act, not instead of it.
_BESIDES = re.compile(r"\bselain\s+$", re.I)
_ALSO = re.compile(r"[^.?!]{0,80}\b(?:juga|pula)\b", re.I)


# The options of a multiple-choice item: "(a) … (b) …", "a) … b) …".
_OPTION = re.compile(r"(?:^|(?<=[\s:'\"‘“]))\(?([a-eA-E])\)\s")
_OPTIONS_END = re.compile(r"[.?!]?['’\"”](?:\s|$)|[.?!]\s")


def _among_options(text: str, at: int) -> bool:
    """Whether ``at`` falls in the options of a multiple-choice item, which offer acts as readings to weigh,
    not as the act the answer must come from ("(a) jailed under the Elections Law; (b) …")."""
    chain: list[re.Match] = []
    for m in _OPTION.finditer(text):
        if m.group(1).lower() == "abcde"[len(chain)]:
            chain.append(m)
            if len(chain) == 5:
                break
    if len(chain) < 2 or at < chain[0].start():
        return False
    # The options run to the end of the item: its closing quote or the sentence the last option ends.
    end = _OPTIONS_END.search(text, chain[-1].end())
    return at < (end.start() if end else len(text))


# An act named by its kind and what it is about, with or without its year: "UU tahun 2023 tentang ASN",
# "the 2023 Law on the State Civil Apparatus", "the 2004 PP on civil-servant corps spirit and ethics".
_SUBJECT_NAMED = re.compile(
    r"\b(?P<kind>UU|Undang-Undang|PP|Peraturan Pemerintah)"
    r"(?:\s+(?:(?:Nomor|No\.?)\s*)?\d+(?:/(?:19|20)\d\d)?)?"
    r"(?:\s+(?:Tahun\s+)?(?:19|20)\d\d)?\s+tentang\s+(?P<subj>[^.,;:?!]{2,80})|"
    r"\b(?:(?:19|20)\d\d\s+)?(?P<kind_en>Law|Act|Government Regulation|Regulation|PP|GR)"
    # "Law No. 7 of 2019 on Elections": the number and year may come between the kind and its subject.
    r"(?:\s+(?:(?:No\.?|Number)\s*)?\d+(?:\s*/\s*|\s+of\s+)(?:19|20)\d\d)?\s+on\s+"
    r"(?P<subj_en>[^.,;:?!]{2,80})",
    re.I,
)
SUBJECT_SHARE = 0.6  # of the words naming what an act is about, the share its own subject must hold


def _titled_as(
    text: str, at: int, doc_id: str, catalog: dict[str, RegInfo], known, misread: dict[str, str]
) -> str:
    """An act cited as "UU Nomor 23 Tahun 2023 tentang ASN", a number the store holds no act of, with the
    title of the one act of that kind and year it holds, is that act (``misread`` keeps what was written);
    so is the one act of that kind and number with that title, the year slipped ("UU Nomor 7 Tahun 2019
    tentang Pemilu", "PP 94 Tahun 2022 tentang disiplin PNS")."""
    if doc_id in catalog or doc_id in known:
        return doc_id
    titled = _SUBJECT_NAMED.match(text, at)
    found = _by_subject(titled, catalog) if titled else None
    head, _, year = doc_id.rpartition("-")
    meant = [i.id for i in found[0] if str(i.year) == year] if found else []
    if not meant and found:
        meant = [i.id for i in found[0] if i.id.rpartition("-")[0] == head]
    if len(meant) != 1:
        return doc_id
    misread[meant[0]] = doc_id
    return meant[0]


def _by_subject(m: re.Match, catalog: dict[str, RegInfo]) -> tuple[list[RegInfo], int] | None:
    """(the acts of the kind named whose subject best holds the words naming it, where those words end)."""
    said = m.group("kind") or m.group("kind_en")
    kind = "uu" if re.match(r"UU|Undang|Law|Act", said, re.I) else "pp"
    regs = [i for i in catalog.values() if i.id.startswith(kind + "-") and i.subject]
    vocab = frozenset().union(*(i.subject for i in regs))
    group = "subj" if m.group("subj") else "subj_en"
    stems: list[str] = []
    end = m.start(group)
    # The subject runs while its words are words some act's subject uses ("… Apparatus has an article").
    for w in re.finditer(r"[A-Za-z]+", m.group(group)):
        stem = _stem(w.group(0))
        if stem is None:
            continue
        if stem not in vocab:
            break
        stems.append(stem)
        end = m.start(group) + w.end()
    if not stems:
        return None
    share = {i.id: len(set(stems) & i.subject) / len(set(stems)) for i in regs}
    top = max(share.values())
    if top < SUBJECT_SHARE:
        return None
    return [i for i in regs if share[i.id] == top], end


# A law named by its year alone: "the 2014 law", "under the 2023 Act", "UU tahun 2014", "the law of 2023".
_YEAR_NAMED = re.compile(
    r"\b((?:19|20)\d\d)\s+(?:law|act)\b|\b(?:UU|Undang-Undang)\s+(?:Tahun\s+)?((?:19|20)\d\d)\b|"
    r"\b(?:law|act)\s+of\s+((?:19|20)\d\d)\b",
    re.I,
)


_WHEN_IT_CAME = re.compile(
    r"\b(?:after|before|since|until|once|sejak|setelah|sesudah|sebelum)\s+(?:the\s+)?$", re.I
)


# A government regulation named by its year: "the 2010 regulation", "the 2004 code of ethics", "kode etik
# 2004" (not "the 2014 regulation in lieu of law", a Perppu).
_YEAR_REGULATION = re.compile(
    r"\b((?:19|20)\d\d)\s+(?:government\s+)?(?:regulation|code of ethics|ethics code)\b(?!\s+in\s+lieu)|"
    r"\bkode etik (?:tahun )?((?:19|20)\d\d)\b",
    re.I,
)


def _by_year(year: str, text: str, catalog: dict[str, RegInfo], kind: str = "uu") -> RegInfo | None:
    """The law (or, of ``kind`` "pp", the government regulation) a year names: the one of that year the
    store holds or, of several, the one whose subject is known (an amending act has none of its own: it is
    named by the act it amends), or the one whose subject shares most words with the question."""
    laws = [i for i in catalog.values() if i.id.startswith(kind + "-") and i.id.endswith("-" + year)]
    laws = [i for i in laws if i.subject] if len(laws) > 1 else laws
    if len(laws) > 1:
        words = set(_stems(text))
        share = {i.id: len(words & i.subject) for i in laws}
        top = max(share.values())
        laws = [i for i in laws if share[i.id] == top] if top else []
    return laws[0] if len(laws) == 1 else None


# A kind of act and a number, without a year: "PP 94", "uu 20" (not "PP 94/2021", "PP 94 Tahun 2021").
_BARE_NUMBER = re.compile(
    r"\b(PP|UU|Perpres)\s+(?:No\.?\s*|Nomor\s+)?(\d{1,4})\b"
    r"(?!\s*(?:/|[.,]\d|tahun\b|of\b|year\b|(?:19|20)\d\d\b))",
    re.I,
)

# The English names any election law goes by, which name the general elections act only where the
# question is not about a regional election.
_GENERIC_ELECTION_LAW = re.compile(r"(?:the )?elections?[- ](?:law|act)s?", re.I)

# An act named by its kind, a capitalised title and a year, in either language: "Undang-Undang Netralitas
# Aparatur Sipil Negara Tahun 2022", "the 2022 Law on Civil Service Neutrality". The constitution (UUD)
# and a name the catalog knows are found before this is tried.
_TITLE_WORD = r"(?:[A-Z][\w-]*|dan|and|of|the|tentang|on)"
_TITLED_ACT = re.compile(
    r"\b(?:Undang-Undang|UU|Peraturan Pemerintah|PP)\s+(?!Dasar\b|Nomor\b|No\b)(?:tentang\s+)?"
    rf"[A-Z][\w-]*(?:\s+{_TITLE_WORD}){{0,7}}\s+Tahun\s+(?:19|20)\d\d\b|"
    r"\b(?:19|20)\d\d\s+(?:Law|Act|Government Regulation)\s+on\s+"
    rf"[A-Z][\w-]*(?:\s+{_TITLE_WORD}){{0,7}}|"
    r"\b(?:Law|Act|Government Regulation)\s+on\s+"
    rf"[A-Z][\w-]*(?:\s+{_TITLE_WORD}){{0,7}}\s+of\s+(?:19|20)\d\d\b"
)

# A law named by a short name without number or year, where the question asks from it: after "menurut",
# "di", "under the" and the like, opening a sentence, or quoted ("ada 'UU Netralitas ASN' yang disahkan").
# Names the catalog knows are read before this.
_ASKED_FROM_NAME = re.compile(
    r"(?:^|[.?!:;]\s+|\b(?:menurut|berdasarkan|sesuai|pakai|memakai|dengan|di|dalam|under the|"
    r"according to the)\s+|['\"‘“])"
    r"(?P<name>(?-i:(?:UU|Undang-Undang)\s+(?!Nomor\b|No\b|Dasar\b)[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}|"
    r"[A-Z]{2,5}\s+(?:law|Law|act|Act)|"
    # "under the Village Law", "the Press Act": a law's English name in capitals
    r"(?<=the\s)[A-Z][a-z]{3,}(?:\s+[A-Z][a-z]+){0,2}\s+(?:Law|Act))|"
    # "under the anti-corruption law": a law the store does not hold, by its English name in lower case
    r"(?<=the\s)(?:anti-?corruption|corruption|village|press|labou?r|manpower|tax(?:ation)?|health|education|"
    r"teachers(?:['’]? and lecturers)?|regional government|public information|state finance|"
    r"political parties|police|military|armed forces) (?:law|act))\b",
    re.I,
)


NEAR = 40  # characters between a provision's number and the regulation it belongs to
# Words after a regulation's name saying it does not reach the case: "only covers PNS", "tidak berlaku".
_SET_ASIDE = re.compile(
    r"\W{0,3}(?:[\w/-]+\s+){0,3}?(?:only (?:covers|governs|binds|applies to)|"
    r"(?:covers|governs|binds|applies to) only"
    r"(?= (?:pns|asn|pppk|cpns|civil|public|state|village|officials?))|"
    r"hanya (?:berlaku |mengatur |mengikat )?(?:untuk|bagi|buat)|"
    r"(?:does not|doesn't|do not|don't) (?:apply to|cover|bind|govern)|"
    r"(?:tidak|nggak|gak|ga|enggak) (?:berlaku|mengatur|mengikat) (?:untuk|bagi|buat)|bukan untuk)\s+\w|"
    # "kalau PP 94/2021 tidak berlaku untuknya": said not to apply to the one asked about.
    r"\W{0,3}(?:tidak|nggak|gak|ga|enggak) (?:berlaku|mengatur|mengikat) (?:untuk|bagi|buat)(?:nya|ku|mu)\b|"
    # "(bukan PNS, jadi PP 94/2021 tidak berlaku)": said not to apply, at the end of the clause.
    r"\W{0,3}(?:(?:tidak|nggak|gak|ga|enggak) (?:berlaku|kena|menjangkau)|"
    r"(?:does not|doesn't|do not|don't) (?:apply|reach)(?: (?:him|her|them|here))?)(?=\s*[),.;])|"
    # "Waktu itu UU ASN 2023 belum berlaku": named as not yet in force on the date the facts give.
    r"\W{0,3}(?:(?:tahun )?(?:19|20)\d\d\s+)?(?:belum (?:berlaku|terbit|diundangkan|disahkan)|"
    r"(?:was|were|is) not yet (?:in force|in effect|effective|law|enacted|passed)|"
    r"(?:had|has)(?: not|n't) yet (?:taken effect|come into (?:force|effect)|been (?:enacted|passed)))\b",
    re.I,
)


# "Both from the ASN side and the election law side": a regulation named as one of several regimes asked
# about does not narrow the answer to itself.
_DISCIPLINE = "(?:disciplinary|discipline|disiplin)"
_BESIDE = "(?:and|dan|maupun|serta|sama|as well as|atau juga|or)"
_OTHER_REGIME = "(?:law|act|uu|undang-undang|offen[cs]es?|crimes?|pidana|criminal)"
_SEVERAL_REGIMES = re.compile(
    r"\bboth (?:from |under |in )?(?:the )?[\w /-]{2,30}(?:side|law|regulation|regime)s? and\b|"
    # "the discipline rules, the regional elections law, or both?": regimes set side by side.
    r"\b(?:law|regulation|rules|regime|aturan|uu|pp|disiplin|discipline)\b[^?.]{0,40},? (?:or|atau) "
    r"(?:both|dua-duanya|keduanya)\b|"
    r"\b(?:dari )?sisi [\w /-]{2,30} (?:dan|maupun) (?:dari )?sisi\b|"
    # "the disciplinary rules and the regional elections law", "disiplin saja, atau juga kena UU Pemilu?":
    # discipline and another regime asked side by side, whichever of them is named as an act.
    rf"\b{_DISCIPLINE}\b[^.?!]{{0,50}}? {_BESIDE}\b(?: [\w/-]+){{0,6}}? {_OTHER_REGIME}\b|"
    rf"\b{_OTHER_REGIME}\b(?: [\w/-]+){{0,6}},? {_BESIDE}\b(?: [\w-]+){{0,3}}? {_DISCIPLINE}\b|"
    # "Is that right, or what applies to a lurah instead?": the act named is doubted, the rest asked.
    r"\b(?:or|atau) (?:what|which|apa|aturan apa|pasal apa)\b[^.?!]{0,50}?"
    r"\b(?:instead|sebagai gantinya|yang (?:berlaku|kena|tepat))\b|"
    # "... or does some other provision catch it?", "atau ada aturan lain yang kena?": the rest asked too.
    r"\b(?:or|atau) (?:(?:does|do|is there|are there|would|will|ada) )?(?:some |any |an )?(?:other|another) "
    r"(?:provision|rule|law|regulation|article)s?\b|"
    r"\batau (?:ada )?(?:aturan|pasal|ketentuan|uu|undang-undang) lain\b",
    re.I,
)


# Someone else's citation the asker doubts: "A friend says he's in the clear because Article 280(3) of the
# elections law only covers campaign teams. Is he?", "Kepala sekolah bilang saya melanggar 'PP 94 Pasal 5
# huruf n angka 6'. Memangnya …?": the act is named to be checked, not as where the answer must come from.
_REPORTED = re.compile(
    r"\b(?:says?|said|claims?|claimed|argues?|argued|wrote|writes|cites?|cited|citing|quotes?|quoted|quoting|"
    r"told (?:me|us|him|her|them)|reckons?|insists?|insisted|according to|gave the legal basis as|"
    r"(?:i|we)(?:'ve| have| was| were) (?:been )?told|(?:i|we) (?:hear|heard)|apparently|"
    r"bilang|katanya|menulis|ditulis|tertulis|mengutip|dikutip|menyebut(?:kan)?|mengklaim|berdalih|beralasan|"
    r"berbunyi|bunyinya|nulis|"
    r"kata (?:temen|teman|kawan|rekan|orang|atasan|bos|kepala|pak|bu|ibu|bapak|mereka|dia|beliau))\b",
    re.I,
)
_DOUBT = re.compile(
    r"\b(?:is (?:that|this|it|he|she|they) (?:right|correct|true|accurate|so|the case)|is that how it works|"
    r"can (?:i|we) keep|really|wrong|mistaken|(?:is|are) (?:he|she|they)\s*\?|"
    r"benar(?:kah)?|betul(?:kah)?|bener|tepat(?:kah)?|salah|keliru|memangnya|apa iya|emang|"
    # "What actually applied?", "Aturan mana yang sebenarnya berlaku?": the cited one is in doubt.
    r"actually (?:appl|govern|cover|bind|hold|come|provid|regulat)\w*|sounds? (?:off|wrong|odd)|"
    r"(?:sebenarnya|sesungguhnya) (?:berlaku|mengatur|kena|mengikat|ada|diatur)|"
    # "Bukannya PP itu baru ada 2021?", "aturan mana yang semestinya dipakai?": the act cited is questioned.
    r"bukannya|bukankah|(?:semestinya|seharusnya|mestinya) (?:dipakai|berlaku|digunakan|dirujuk)|"
    # "Does that fit a regional election? If not, what should it cite?", "Ini pas gak buat pilkada?"
    r"(?:does|do|would) (?:that|this|it|they) (?:fit|suit|work for)|pas (?:gak|nggak|ngga|ga|tidak)|"
    r"(?:if not|kalau (?:gak|nggak|tidak|bukan)|kalo (?:gak|nggak|bukan)),? "
    r"(?:what|which|harusnya|seharusnya|mestinya|pasal apa|aturan apa))(?!\w)",
    re.I,
)


# A claim about the act itself ("PP 53 is dead", "Article 45 revoked PP 42/2004") is a question of its
# status, answered from the act as the other named acts are.
_STATE_CLAIM = re.compile(
    r"\b(?:dead|gone|revoked?|repeal\w*|replaced|no longer|dicabut|mencabut|diganti|mati|tidak berlaku)\b",
    re.I,
)


# A sentence's end, not the dot of an abbreviation in a citation ("Art. 280(3) jo. Art. 494", "No. 5").
_SENTENCE_END = re.compile(r"(?<!\bjo)(?<!\bart)(?<!\bno)(?<!\bps)(?<!\bpara)[.?!]", re.I)


def _doubted(text: str, start: int) -> bool:
    """Whether the act named at ``start`` is cited in someone's claim, in the same sentence, that the
    question goes on to doubt (not a claim about the act's own standing)."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, start)]
    sentence = ends[-1] if ends else 0
    said = _REPORTED.search(text, sentence, start)
    if not said or not _DOUBT.search(text, start):
        return False
    end = min((i for i in (text.find(c, start) for c in ".?!") if i >= 0), default=len(text))
    return not _STATE_CLAIM.search(text, said.start(), end)


# A regulation named as repealed to ask what came after it: "Law 5/2014 is gone by then, so which rules
# applied?", "karena UU 5/2014 sudah dicabut, aturan apa yang berlaku?" (not "is UU 5/2014 repealed?").
_GONE = re.compile(
    r"\W{0,3}(?:(?:is|was|'s) (?:gone|repealed|no longer (?:in force|valid|applicable))(?: by then| now)?|"
    r"has been repealed|(?:sudah|telah) (?:dicabut|tidak berlaku)|(?:sudah )?(?:nggak|gak|ga) berlaku lagi)"
    r"(?=\s*(?:[,;:—–-]|so\b|jadi\b|maka\b|lalu\b|then\b))",
    re.I,
)


# An English reference to a provision, "Article 87(4)(c)", "Art. 280 paragraph (2) point h": the article's
# number, then its parts in parentheses or by name.
_EN_ARTICLE = re.compile(
    r"\b(?:articles?|art\.|sections?)\s*(\d+[A-Z]?)\b((?:\s*\(\w{1,3}\)|\s+(?:paragraph|para\.|point|letter|item|no\.|"
    r"number)\s*\(?\w{1,3}\)?)*)((?:\s*(?:,|\band\b|&)\s*\d+[A-Z]?\b(?!\s*/))*)",
    re.I,
)
_EN_PART = re.compile(r"(?i)\s*(?:(paragraph|para\.|point|letter|item|no\.|number)\s*)?\(?(\w{1,3})\)?")
# "punished by 14(i)(3)": a number with two or more parts in parentheses is an article's pinpoint.
_BARE_PINPOINT = re.compile(
    r"(?<![\w/.])(\d{1,3}[A-Z]?(?:(?:\(\w{1,3}\)){2,}|\((?:\d{1,2}|[a-zA-Z])\)(?![\w(])))"
)
# A pinpoint of one part is bare only where no word before it already reads it ("Art. 23(b)", "4 point
# 12(a)", "Pasal 5(n)").
_READ_BEFORE = re.compile(
    r"(?:\b(?:art|arts|article|articles|pasal|ps|point|points|angka|item|no|number)\.?)\s*$", re.I
)


# "PP 53, 4 point 12(a)": an article's numbered point written with no word for the article.
_BARE_POINT = re.compile(r"(?<![\w/.])(\d{1,3}[A-Z]?\s+point\s+\d{1,2}(?:\s*\([a-z]\))?)(?![\w(])", re.I)


def _bare(m: re.Match[str]) -> str:
    one_part = m.group(1).count("(") <= 1
    return m.group(0) if one_part and _READ_BEFORE.search(m.string[: m.start()]) else f"Article {m.group(1)}"


def _as_pasal(m: re.Match[str]) -> str:
    """An English article reference in the Indonesian form the citation grammar reads: a number in
    parentheses after the article is its ayat, a letter its huruf, a number after a letter its angka."""
    out, after_letter = f"Pasal {m.group(1)}", False
    for word, part in _EN_PART.findall(m.group(2)):
        if part.isdigit():
            # "point 3" of an article is its angka ("Art. 45 point 3"), as is a number after a letter
            point = word.lower() in ("point", "item", "number", "no.")
            out += f" angka {part}" if after_letter or point else f" ayat ({part})"
        elif part.isalpha() and len(part) == 1:
            out += f" huruf {part.lower()}"
            after_letter = True
    # "Articles 280 and 494": each further number is an article of its own.
    return out + "".join(f" dan Pasal {n}" for n in re.findall(r"\d+[A-Z]?", m.group(3)))


# Pinpoints as people shorten them: "ps 5 hrf n", "psl. 9 ay. 2", "pasal 9 ayat 2" (no parentheses).
_SHORT_PARTS = (
    (re.compile(r"\b(?:ps|psl|pas)\.?\s*(?=\d)", re.I), "Pasal "),
    (re.compile(r"\b(?:hrf|hur)\.?\s*(?=[a-z]\b)", re.I), "huruf "),
    (re.compile(r"\b(?:ay|ayt)\.?\s*(?=\(?\d)", re.I), "ayat "),
    (re.compile(r"\bayat\s+(\d{1,2})\b(?!\s*\))", re.I), r"ayat (\1)"),
)


def named_provisions(
    text: str,
    regs: list[NamedRegulation],
    catalog: dict[str, RegInfo] | None = None,
    day: date | None = None,
) -> tuple[str, ...]:
    """The provisions a question names by number, each under the regulation written nearest to it,
    after ("Pasal 547 UU Pemilu") or before ("UU 7/2017 Pasal 547"), else the only one named; an English
    "Article 87(4)(c)" is read as "Pasal 87 ayat (4) huruf c", a short "ps 5 hrf n" as "Pasal 5 huruf n".
    With no regulation named, a pinpoint is read under the one act of the catalog holding it (in force on
    ``day``, when the facts are dated): "SK Juli 2018: melanggar pasal 4 angka 15 huruf a" is PP 53/2010."""
    for short, full in _SHORT_PARTS:
        text = short.sub(full, text)
    text = _BARE_POINT.sub(_bare, _BARE_PINPOINT.sub(_bare, text))
    text = _EN_ARTICLE.sub(_as_pasal, text)
    placed = [(text.find(r.said), r) for r in regs if r.said and r.said in text]
    said = tuple(r.said for r in regs if r.said)

    def nearest(start: int, end: int) -> tuple[NamedRegulation | None, bool]:
        """The act written nearest the pinpoint, or else the only one named; and whether it is near."""
        gaps = [(at - end, r) for at, r in placed if at >= end] + [
            (start - (at + len(r.said)), r) for at, r in placed if at + len(r.said) <= start
        ]
        near = sorted((g, n, r) for n, (g, r) in enumerate(gaps) if g <= NEAR)
        if near:
            return near[0][2], True
        return (regs[0] if len(regs) == 1 else None), False

    def beyond(reg: NamedRegulation, path: str) -> bool:
        """Whether the act's records end before this pinpoint's Pasal."""
        info = (catalog or {}).get(reg.id)
        number = re.match(r"pasal-(\d+)", path)
        return bool(info and info.last_pasal and number and int(number.group(1)) > info.last_pasal)

    found: list[tuple[int, list[str], NamedRegulation | None]] = []
    for items, end in reference_groups(text, reference_tokens(text)):
        reg, near = nearest(items[0].start, end)
        paths = [provision_path(item.parts) for item in items]
        if reg is not None and not near and all(beyond(reg, p) for p in paths):
            # The only act named, far from pinpoints it cannot hold ("Article 494 with Article 280(3) …
            # since PP 94/2021 covers only PNS"): read under the one act holding them, as if none were named.
            reg = None
        elif reg is not None and not near and not any(_holds((catalog or {}).get(reg.id), p) for p in paths):
            # "The discipline rule '5(n)(6)' … under the 2017 election law": a pinpoint the only act named,
            # written far from it, does not hold is read under the act that does, when one does.
            reg = None if all(_only_holder(p, catalog or {}, day, text, said) for p in paths) else reg
        elif reg is None and regs:
            continue
        found.append((items[0].start, paths, reg))
    for m in _AMENDING_POINT.finditer(text):
        # "Pasal I angka 66 UU 10/2016": a point of an amending act, numbered under its roman article.
        reg, _ = nearest(m.start(), m.end())
        if reg is not None:
            found.append((m.start(), [f"pasal-{m.group(1).lower()}/angka-{m.group(2)}"], reg))
    out: list[str] = []
    for _, paths, reg in sorted(found, key=lambda f: f[0]):
        for path in paths:
            doc = reg.id if reg is not None else _only_holder(path, catalog or {}, day, text, said)
            if doc and path.startswith("pasal-") and f"{doc}/{path}" not in out:
                out.append(f"{doc}/{path}")
    return tuple(out)


_AMENDING_POINT = re.compile(
    r"\b(?:Pasal|Article|Art\.)\s+([IVX]{1,4})\s+(?:angka|point|number|item)\s+(\d{1,3})\b"
)


def _only_holder(
    path: str, catalog: dict[str, RegInfo], day: date | None, text: str = "", said: tuple[str, ...] = ()
) -> str | None:
    """The one act of the catalog whose records hold this provision path or a point under it (of those in
    force on ``day``); of several, the one that bears a name the question gave an act (``said``: "Pasal 134"
    of "UU ASN" is the 2014 version's when today's ends before it) or whose subject its words name most."""
    current = [i for i in catalog.values() if day is None or in_force_on(i, day)]
    holders = [i for i in current if i.paths and _holds(i, path)]
    if len(holders) == 1:
        return holders[0].id
    words = set(_stems(text))
    names = {x.lower() for x in said}

    def fit(i: RegInfo) -> int:
        return len(i.subject & words) + 2 * bool(names & {n.lower() for n in (*i.names_id, *i.names_en)})

    shared = sorted(((fit(i), i.id) for i in holders), reverse=True)
    if len(shared) > 1 and shared[0][0] > shared[1][0]:
        return shared[0][1]
    return None


def _holds(info: RegInfo | None, path: str) -> bool:
    """Whether our records of the act hold this provision path or a point under it (True when unknown)."""
    if info is None or not info.paths:
        return True
    return path in info.paths or any(x.startswith(path + "/") for x in info.paths)


# -- conduct words ------------------------------------------------------------------------------------
_STOP = frozenset(
    (
        "apa apakah bagaimana siapa kapan mengapa kenapa dimana yang dan di ke dari dengan untuk dalam tidak "
        "jika kalau oleh ini itu atau menurut adalah seorang sebagai pada saat masih sudah bagi tersebut "
        "karena akan dapat ada kena dikenai sanksi hukuman dilarang wajib boleh bolehkah harus berlaku "
        "maksud dimaksud apabila sedang telah lalu ia dia mereka kami saya kita para sebuah suatu secara "
        "nya pun lah kah juga hal bisa bisakah dapatkah mana berapa serta atas terhadap antara tentang "
        "the a an of what who whom is are was were does do did can may might must for under to in and or if "
        "which how with by his her their its it this that be been being when where whose should would could "
        "not no any as at on from into about than then there what's law rule rules regulation question "
        "penalty penalties sanction sanctions punishment allowed permitted prohibited forbidden "
        "uu pp undang nomor tahun pasal pertengahan kejadiannya "
        # everyday particles of spoken Indonesian
        "bukan lho kok sih dong deh kan nih tuh aja banget gitu begitu gimana"
    ).split()
)


# How a question asks about a consequence, not what was done: "berat nggak hukumannya?", "kena
# aturan apa?", "how heavy is the penalty?". Matched on a norm's words they pick the norm naming a
# penalty level instead of the conduct.
_FRAMING = frozenset(
    (
        "berat ringan tingkat tingkatnya level hukumannya sanksinya ancamannya ancaman pidananya akibatnya "
        "konsekuensinya aturan aturannya nggak gak enggak ngga heavy light severe serious harsh consequence "
        "consequences face faces "
        # "Is a PPPK bound by the ban too?": whether a rule reaches someone is asked, not done.
        "terikat mengikat berlaku bound binding binds apply applies applicable"
    ).split()
)


# "No T-shirt, no badge", "tanpa atribut", "nggak pakai seragam": what the facts say was absent.
_NEGATED = re.compile(
    r"\b(?:without|tanpa|no|not (?:in|the|a|an|his|her|their|its)|bukan)\s+((?:[\w'-]+\s*){1,3})|"
    # "nggak bawa atribut", "not wearing a party shirt": the verb of what was not done goes with its object
    # ("boleh nggak ikut kampanye?" asks whether he may, and negates nothing)
    r"(?<!boleh )(?<!bisa )(?<!dapat )(?<!benar )(?<!bener )(?<!harus )(?<!perlu )(?<!wajib )"
    r"\b(?:not|tidak|nggak|gak|ga|enggak|tak)\s+((?:wearing|using|bringing|pakai|memakai|bawa|membawa|ikut)"
    r"\s+(?:[\w'-]+\s*){1,3})",
    re.I,
)


def negated_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the words a question says were absent (evidence against a norm, not for it)."""
    return [m.span(1) if m.group(1) is not None else m.span(2) for m in _NEGATED.finditer(text)]


def blank_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with these spans blanked (offsets kept)."""
    chars = list(text)
    for s, e in spans:
        chars[s:e] = " " * (e - s)
    return "".join(chars)


_APPLYING = re.compile(r"\b(?:pakai|pake|memakai|menggunakan|gunakan|use|using|apply|applying)\W*$", re.I)


# "Terima kasih" on a banner thanks someone; its "terima" receives nothing (a bribe taken is "menerima uang").
_THANKS = re.compile(r"\bterima\s*kasih(?:nya)?\b", re.I)


def conduct_words(text: str, spans: list[tuple[int, int]]) -> tuple[str, ...]:
    """The content words of the question outside regulation names, in order, without repeats."""
    kept, last = [], 0
    for s, e in sorted(spans):
        # "Pakai PP disiplin lama", "using the 2023 law": the verb applies the regulation, it is no act.
        kept.append(_APPLYING.sub("", text[last:s]))
        last = max(last, e)
    kept.append(text[last:])
    rest = _THANKS.sub(" ", " ".join(kept))
    out: list[str] = []
    for w in _WORD.findall(rest):
        lw = w.lower()
        if lw in _STOP or lw in _FRAMING or len(lw) < 3 or lw in out:
            continue
        out.append(lw)
    return tuple(out)


# -- another country's law ------------------------------------------------------------------------------
_COUNTRIES = (
    "Malaysia|Singapura|Singapore|Thailand|Filipina|Philippines|Vietnam|Brunei|Timor[- ]Leste|Australia|"
    "Jepang|Japan|Korea Selatan|South Korea|Korea|India|Tiongkok|China|Amerika Serikat|Amerika|"
    "the United States|the US|the USA|Inggris|Britain|the UK|the United Kingdom|Belanda|the Netherlands|"
    "Jerman|Germany|Prancis|France|Kanada|Canada|Brasil|Brazil|Meksiko|Mexico|Argentina|Chile|"
    "Afrika Selatan|South Africa|Mesir|Egypt|Turki|Turkey|Rusia|Russia|Italia|Italy|Spanyol|Spain|"
    "Swedia|Sweden|Norwegia|Norway|Selandia Baru|New Zealand|Pakistan|Bangladesh|Myanmar|Kamboja|Cambodia|"
    "Arab Saudi|Saudi Arabia|Nigeria|Kenya"
)
_DEMONYMS = (
    "Malaysian|Singaporean|Thai|Filipino|Philippine|Vietnamese|Bruneian|Australian|Japanese|Korean|Indian|"
    # "US"/"UK" in capitals only: "tell us the code", "for us civil servants" name no country.
    "Chinese|American|(?-i:US)|British|(?-i:UK)|Dutch|German|French|Canadian|Brazilian|Mexican|Argentine|"
    "Chilean|South African|Egyptian|Turkish|Russian|Italian|Spanish|Swedish|Norwegian|Pakistani|"
    "Bangladeshi|Cambodian|Saudi|Nigerian|Kenyan"
)
# Whose law a question is about: a civil servant, official or law placed in another country ("pegawai
# negeri di Malaysia", "civil servants in Japan", "British civil servants"). A PNS or ASN is Indonesian
# wherever posted, and so is a voter living abroad ("PNS di KBRI Kuala Lumpur", "WNI di Malaysia").
_EMBASSY = r"(?!\s+(?:embassy|consulate|mission))"
_FOREIGN = re.compile(
    rf"\b(?:pegawai negeri|tentara|polisi|hukum|undang-undang|aturan|pemilu|civil servants?|public servants?|"
    rf"government employees?|officials?|law|rules?|elections?)\s+"
    rf"(?:(?:di|dari|negara)\s+|(?:in|of)\s+)({_COUNTRIES})\b{_EMBASSY}"
    # ("a US law firm" asking of Indonesian law is no question of US law)
    rf"|\b({_DEMONYMS})\s+(?:civil servants?|public servants?|government employees?|officials?|"
    rf"law(?!\s+(?:firms?|students?|schools?|professors?|graduates?))|elections?)\b"
    # A foreign statute named by its country ("the US Hatch Act", "the UK Civil Service Code").
    rf"|\b({_DEMONYMS})\s+(?:[\w-]+\s+){{0,3}}(?:Act|Code|Constitution)\b"
    # One country's own rules: "under Canada's federal public service rules", "Japan's civil service law".
    rf"|\b({_COUNTRIES})'s\s+(?:[\w-]+\s+){{0,3}}(?:rules?|laws?|acts?|codes?|constitution|regulations?)\b"
    # A question set in a country from its start: "For our comparison: in the Philippines, how did …".
    # Not an Indonesian mission there ("Di Malaysia, staf KBRI ...", "In Japan, our embassy's PNS ...").
    rf"|(?:^|[:;.]\s+)(?:di|in) (?:the )?({_COUNTRIES}),\s"
    rf"(?![^.?!]{{0,60}}\b(?:kbri|kjri|embassy|consulate))",
    re.I,
)
# Indonesia is a unitary state: a federal employee or government is another country's.
_FEDERAL = re.compile(
    r"\bfederal (?:employees?|civil servants?|public servants?|public service|government|workers?|"
    r"agenc(?:y|ies))\b",
    re.I,
)


def foreign_jurisdiction(text: str) -> str | None:
    """The country whose law the question asks about, when it is not Indonesia (None: Indonesian)."""
    m = _FOREIGN.search(text)
    if m:
        return next(g for g in m.groups() if g)
    return "a federal state" if _FEDERAL.search(text) else None


# -- what the answers do not hold ----------------------------------------------------------------------
# The cards say who must or must not do what, the sanctions, who decides and what a term means. Two kinds
# of question ask for facts no provision states: an election's results, and an amount of pay.
_RESULTS = re.compile(
    r"\b(?:who won|which (?:party|parties|candidates?|pairs?|tickets?) won|"
    r"siapa (?:yang )?(?:menang|pemenang|memenangkan)|siapa pemenang)\b"
    r"|\bhow many\b[^?.]{0,60}\b(?:seats|votes)\b[^?.]{0,40}\b(?:win|won|get|got|take|took)\b"
    r"|\bberapa (?:kursi|suara|persen suara)\b[^?.]{0,40}"
    r"\b(?:diperoleh|didapat|dapat|raih|diraih|meraih|menang|dimenangkan)",
    re.I,
)
# "A civil servant who won a DPD seat": a noun before "who" tells of someone, it does not ask who won.
_TELLS_WHO = re.compile(
    r"\b(?!(?:me|us|know|knows|knew|wonder|wondering|ask|asks|asked|and|but|so|tell|see|check|"
    r"about|out|on)\b)[a-z]+[,]?\s+$",
    re.I,
)


def _asks_results(text: str) -> bool:
    """Whether the question asks for an election's results (who won, the seats or votes someone got)."""
    for m in _RESULTS.finditer(text):
        if not (m.group(0).lower().startswith("who won") and _TELLS_WHO.search(text[: m.start()])):
            return True
    return False


_MONEY = (
    r"\b(?:gaji|tunjangan|tukin|thr|penghasilan|siltap|"
    r"honorarium|honor(?:nya)?|upah|uang (?:makan|harian|saku|transport|lembur|representasi)|lembur|pensiun|"
    r"salary|salaries|pay|allowances?|per diems?|overtime|pensions?|bonus|wages?|income)\b"
)
_PAY = re.compile(
    rf"\b(?:berapa|besaran|nominal|how much|what is the amount of|what(?:'s| is| are| was| were)|who sets|"
    rf"siapa yang (?:menetapkan|menentukan))\b"
    rf"[^?.]{{0,40}}"
    rf"{_MONEY}|{_MONEY}[^?.,]{{0,40}}\b(?:berapa|how much)\b",
    re.I,
)
# A tax's rate or withholding, and a loan's terms, belong to tax and banking law, which the store lacks.
_TAX = re.compile(
    r"\b(?:tarif|rates?|persen|percent|berapa|how much|withh\w*|dipotong|deduct\w*)\b[^?.]{0,40}"
    r"\b(?:pajak\w*|pph|tax(?:es)?)\b"
    r"|\b(?:pajak\w*|pph|tax(?:es)?)\b[^?.,]{0,30}\b(?:berapa|tarif|rates?|persen|percent)\b"
    # "kena pajak reklame daerah ga? tarifnya berapa per meter persegi?": the rate asked next
    r"|\bpajak\w*\b[^.]{0,40}\btarif\w*\s+(?:\w+\s+)?berapa\b",
    re.I,
)
# A building's permits and certificates ("SLF", "PBG", "IMB"): building law. Halls are where campaigns
# meet, so a story may tell of one sealed for want of a certificate and ask only about the siding.
_BUILDING_PERMIT = re.compile(
    r"\b(?:slf|sertifikat laik fungsi|pbg|imb|izin mendirikan bangunan|persetujuan bangunan gedung|"
    r"building permits?|certificates? of (?:occupancy|fitness for use))\b",
    re.I,
)
# A duty to register or report one's own social-media accounts with the agency: an agency's own rules.
_ACCOUNT_REGISTRATION = re.compile(
    r"\bakun\s+(?:medsos|media\s+sosial|sosmed|pribadi)\b[^?.]{0,40}\b(?:wajib|harus|perlu)\s+"
    r"(?:di)?(?:daftar(?:in|kan)?|laporkan|lapor(?:in)?)\b|"
    r"\b(?:register|report|declare|disclose)\s+(?:\w+\s+){0,2}?(?:personal\s+)?social[- ]media\s+accounts?\b",
    re.I,
)
_LOAN = re.compile(
    r"\b(?:kpr|kredit (?:rumah|pemilikan|perumahan)|home loans?|housing loans?|mortgages?|"
    # one's own borrowing, not a programme's loans handed out to a candidate's backers ("mencairkan pinjaman")
    r"pinjaman (?:(?:di |ke |dari )?bank|rumah|online|kpr)|pinjol|(?:ambil|mengajukan|ajukan) pinjaman|"
    # a vehicle on credit taken back by the finance company (not an official car leased or withdrawn)
    r"(?:orang|pihak|perusahaan) leasing|leasing (?:company|firm)|kredit (?:motor|mobil|kendaraan)|"
    r"debt collectors?|fidusia|fiduciary|repossess\w*|agunan|collateral|"
    r"(?:menarik|narik|ditarik|penarikan) (?:motor|mobil|kendaraan)(?:nya)?(?! dinas| operasional))\b",
    re.I,
)
# The village council's own terms and elections belong to the village law, which the store lacks.
# ("Berapa tahun" alone may ask a prison term: "anggota BPD dipidana berapa tahun?" is election law.)
_TERM_OF_OFFICE = (
    r"(?:masa jabatan\w*|berapa periode|menjabat berapa|term of office|terms? in office|how many terms)"
)
# (A neighbourhood's RT or RW head is chosen under regional rules the store lacks as well.)
_VILLAGE_COUNCIL = (
    r"(?:bpd|badan permusyawaratan desa|village (?:consultative|council)|ketua (?:rt|rw)|(?:rt|rw) heads?)"
)
_VILLAGE_COUNCIL_TERMS = re.compile(
    rf"\b{_TERM_OF_OFFICE}\b[^?.]{{0,60}}\b{_VILLAGE_COUNCIL}|\b{_VILLAGE_COUNCIL}\b[^?.]{{0,40}}\b{_TERM_OF_OFFICE}\b",
    re.I,
)
_TRAFFIC = re.compile(
    r"\b(?:tilang|ditilang|traffic (?:tickets?|fines?|offen[cs]es?)|speeding tickets?|"
    r"parking (?:tickets?|fines?))\b",
    re.I,
)
_PRESS = re.compile(
    r"\b(?:uu pers|undang-undang pers|press (?:law|act)|dewan pers|press council|hak jawab|right of reply)\b",
    re.I,
)
_COPYRIGHT = re.compile(r"\b(?:hak cipta|copyright|royalt(?:y|ies|i)|collecting society)\b", re.I)
_DRONE_PERMIT = re.compile(
    r"\bdrones?\b[^?]{0,120}\b(?:izin\w*|permits?|sertifikat|certificate|licen[cs]e|ketinggian|altitude)\b"
    r"|\b(?:izin\w*|permits?)\b[^?.]{0,40}\bdrones?\b",
    re.I,
)
_ASSOCIATION = re.compile(
    r"\b(?:daftar\w*|mendaftarkan|register\w*|registration|akta pendirian)\b[^?.]{0,60}"
    r"\b(?:perkumpulan|yayasan|(?:legal )?associations?|foundations?|ormas)\b",
    re.I,
)
_ZAKAT = re.compile(r"\b(?:zakat|baznas)\b", re.I)
# Whether a document needs a duty stamp ("perlu materai?", "a stamp duty seal on my report"): stamp-duty law.
_STAMP_DUTY = re.compile(r"\b(?:materai|meterai|bea meterai|stamp duty|duty stamp|revenue stamp)\b", re.I)
# What it takes to earn a state honour ("syarat dapat Satyalancana Karya Satya", "the conditions for the
# long-service medal"): the honours law, not held; whether a dismissal takes one away is the ASN law's.
_HONOURS = re.compile(
    r"\b(?:syarat\w*|kriteria)\s+(?:\w+\s+){0,3}?"
    r"(?:satyalancana|satya\s?lencana|tanda kehormatan|tanda jasa)\b|"
    r"\b(?:requirements?|conditions?|criteria|eligibility)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:satyalancana|(?:long-service )?medals?|state honou?rs?|decorations?)\b",
    re.I,
)
# Old-age savings and how a pension is reckoned (the discipline and ASN laws say only when rights are kept).
_OLD_AGE = re.compile(
    r"\b(?:jaminan hari tua\w*|jht|taspen|old-age savings|provident fund)\b|"
    r"\b(?:rumus|formula|hitungan\w*|besaran|calculat\w*)\b[^?.]{0,40}\b(?:pensiun\w*|pensions?)\b|"
    r"\b(?:pensiun\w*|pensions?)\b[^.]{0,60}\b(?:rumus|formula|hitungan\w*|calculat\w*)\b",
    re.I,
)
# A teacher's certification and its professional allowance (the teachers' law).
_TEACHER_CERTIFICATION = re.compile(
    r"\b(?:sertifikasi guru|tunjangan profesi|teacher certification|professional allowance)\b", re.I
)
_VISA = re.compile(
    r"\b(?:visas?|kitas|work permits?|izin (?:tinggal|kerja|peliputan)|"
    r"press (?:accreditation|permits?)|journalist permits?)\b",
    re.I,
)
# A profession's own bodies (advocates' honour council, the medical council), whose codes the store lacks.
_PROFESSION_BODY = re.compile(
    r"\b(?:(?:dewan|majelis) kehormatan (?:organisasi )?(?:advokat|kedokteran|profesi)|"
    r"kode etik (?:profesi )?(?:advokat|kedokteran|dokter)|medical council|bar association|konsil kedokteran|"
    r"doctors'? association|ikatan dokter indonesia|peradi|"
    # the teachers' association's code ("kode etik guru dari PGRI"), not a teacher's duties as a civil servant
    r"kode etik (?:guru|(?:dari |dr |punya )?pgri)|dewan kehormatan guru|"
    r"(?:pgri|teachers'?(?: association)?)['’]?s? code(?: of (?:ethics|conduct))?)\b",
    re.I,
)
# What an organisation's own statutes say ("menurut AD/ART Korpri, bisa membekukan pengurus?"): its articles,
# not a law; asked in the sentences that ask, as a story may say a branch broke them.
_OWN_STATUTES = re.compile(
    r"\b(?:AD/ART|AD-ART|ADART|anggaran dasar(?: dan| &| atau)?(?: anggaran)? rumah tangga|"
    r"(?:its|their|the (?:association|organisation|organization|union|corps)['’]s) "
    r"(?:own )?(?:articles of association|statutes|constitution|bylaws|by-laws))\b",
    re.I,
)
# How the personnel information system is worked (its menus, files and uploads).
_PERSONNEL_SYSTEM = re.compile(r"\b(?:siasn|sapk|format file|file format)\b", re.I)
# What the election body pays its officers' families (a death on duty): its budget rules, not the law here.
_OFFICERS_COMPENSATION = re.compile(
    # (not "santunan anak yatim" handed out with a candidate's picture, which is conduct)
    r"\b(?:santunan|uang duka)\b[^.?!]{0,40}\b(?:petugas|kpps|kpu|meninggal|wafat)\b|"
    r"\b(?:death benefit|compensation (?:to|for) (?:the )?(?:famil\w+|officers?|workers?))\b",
    re.I,
)
# Who held an office at some time, and where they went: people, whom the store does not record.
_OFFICE_HOLDERS = re.compile(
    r"\bsiapa (?:saja )?(?:ketua|anggota)(?:nya)? (?:kasn|bawaslu|kpu|dkpp)\b"
    r"[^.?!]{0,30}\b(?:waktu|saat|pada|tahun)\b|"
    r"(?:^|[:;,.?]\s+)who (?:chaired|headed|led) (?:kasn|bawaslu|the kpu|dkpp|the commission)\b",
    re.I,
)
_WITNESS_PROTECTION = re.compile(r"\b(?:lpsk|witness protection|perlindungan saksi)\b", re.I)
_DEFAMATION = re.compile(r"\b(?:pencemaran nama baik|defamation|defamatory|libel|slander)\b", re.I)
_PERSONAL_DATA = re.compile(
    r"\b(?:pelindungan data pribadi|perlindungan data pribadi|uu pdp|personal data protection|"
    r"data protection (?:law|act))\b|"
    r"\b(?:take ?down|menghapus|hapus|remove)\b[^?.]{0,30}\b(?:video|konten|content|post)\b[^?.]{0,40}"
    r"\b(?:tiktok|youtube|instagram|facebook|platform)\b|"
    r"\b(?:tiktok|youtube|instagram|facebook|platform)\b[^?.]{0,20}\b(?:take ?down|menghapus|hapus|remove)\b"
    r"[^?.]{0,20}\b(?:video|konten|content|post)\b",
    re.I,
)
# The rules of buying for an office (its thresholds, the e-catalogue), not favouring a pair with a contract.
_PROCUREMENT = re.compile(
    r"\b(?:batas|nilai|threshold|limit)\b[^?.]{0,40}\b(?:pengadaan|procurement)\b|"
    r"\b(?:pengadaan|procurement)\b[^?.]{0,40}\b(?:batas|nilai paket|threshold|limit)\b|"
    r"\be-?(?:katalog|catalogue|catalog)\b",
    re.I,
)
# The duty, not the service: "petugas Bea Cukai" names where a civil servant works.
_CUSTOMS = re.compile(r"\b(?:bea masuk|customs dut(?:y|ies)|import dut(?:y|ies)|duty-free|duty free)\b", re.I)
# A school's or health centre's accreditation, not an election monitor's (UU 1/2015 accredits monitors).
_ACCREDITATION = re.compile(
    r"\b(?:akreditasi|re-?accreditation|accreditation)\b(?![^?]{0,60}\b(?:kpu|bawaslu|pemantau\w*|"
    r"observers?|monitor\w*))",
    re.I,
)
# Moving a health-insurance membership or its contribution, not a civil servant's staff rights.
_HEALTH_INSURANCE = re.compile(
    r"\b(?:bpjs(?: kesehatan)?|jkn|health[- ]insurance|asuransi kesehatan)\b[^?]{0,80}"
    r"\b(?:iuran\w*|contributions?|premi\w*|premiums?|kepesertaan|membership|kelas \d|class \d|mandiri|"
    r"self[- ]paying)\b",
    re.I,
)
# How long records are kept; evidence destroyed in a case ("bukti dimusnahkan") is a breach, not this.
_ARCHIVES = re.compile(
    r"\b(?:retensi(?: arsip)?|pemusnahan arsip|retention (?:period|schedule)s?|records? retention|"
    r"archives? retention)\b|"
    r"\b(?:disimpan|kept|retained|stored)\b[^?.]{0,40}\b(?:sebelum|before)\b[^?.]{0,20}"
    r"\b(?:dimusnahkan|destroyed|shredded)\b",
    re.I,
)
# Asking a body for its information, not a civil servant who sits on the information commission.
_PUBLIC_INFORMATION = re.compile(
    r"\b(?:keterbukaan informasi(?: publik)?|permohonan informasi|ppid|freedom[- ]of[- ]information|foi|"
    r"information requests?|information officers?)\b",
    re.I,
)
# How much school operational aid a pupil gets or what share may pay whom ("dana BOS per siswa berapa?"),
# not a campaign paid out of it.
_BOS = (
    r"(?:dana bos|bos reguler|bantuan operasional sekolah|"
    r"school operational (?:aid|assistance|grants?|funds?))"
)
_BOS_AMOUNT = (
    r"(?:per siswa|per (?:pupil|student)|persen|percent|besaran|alokasi|juknis|technical guidelines)"
)
_SCHOOL_FUNDS = re.compile(
    rf"\b{_BOS}\b[^?.]{{0,80}}\b{_BOS_AMOUNT}\b|\b{_BOS_AMOUNT}\b[^?.]{{0,40}}\b{_BOS}\b", re.I
)
# The dates of the election body's stage schedule, and how many voters a polling station takes: its own
# decisions and regulations, not the laws here.
_ELECTION_LOGISTICS = re.compile(
    r"\b(?:tanggal berapa|(?:on )?(?:exactly )?which dates?|what dates?|kapan (?:persisnya|tepatnya))\b"
    r"[^?]{0,120}\b(?:jadwal|tahapan|schedule|timetable)\b|"
    r"\b(?:jadwal (?:tahapan|resmi)|stage schedule|official schedule)\b[^?]{0,60}"
    r"\b(?:tanggal berapa|which dates?|what dates?)\b|"
    # "the exact start and end dates of the campaign period", "on what date did the KPU announce the results"
    r"\b(?:exact|precise|calendar)\s+(?:start\s+and\s+end\s+|start\s+|end\s+|opening\s+and\s+closing\s+)?"
    r"dates?\s+of\b|\bon\s+(?:what|which)\s+(?:exact\s+)?date\s+did\s+(?:the\s+)?(?:kpu|bawaslu)\b|"
    r"\btanggal\s+(?:persis|pasti|tepat)(?:nya)?\b[^?]{0,60}"
    r"\b(?:kampanye|masa tenang|pengumuman|penetapan)\b|"
    r"\b(?:berapa|maximum|maksimal|how many)\b[^?.]{0,40}\b(?:pemilih|voters)\b[^?.]{0,40}"
    r"\b(?:tps|polling stations?)\b|"
    r"\b(?:tps|polling station)\b[^?.]{0,30}\b(?:maksimal|maximum|menampung|capacity)\b[^?.]{0,30}"
    r"\b(?:pemilih|voters)\b",
    re.I,
)
# What a regulation of the election bodies themselves says (an article of a Bawaslu or KPU regulation).
_ELECTION_BODY_REGULATION = (
    r"(?:the\s+)?(?:perbawaslu|pkpu|peraturan (?:bawaslu|kpu|dkpp|kasn|komisi aparatur sipil negara)|"
    r"(?:bawaslu|kpu|dkpp|kasn)(?:['’]s)? (?:own )?(?:campaign )?(?:regulations?|rules))"
)
_ELECTION_BODY_RULES = re.compile(
    rf"\b(?:menurut|according to|under|berdasarkan)\s+{_ELECTION_BODY_REGULATION}\b|"
    rf"\b(?:pasal|article|art\.)\s*\d+\w*(?:\s*\(\d+\))?\s+(?:of\s+)?{_ELECTION_BODY_REGULATION}\b|"
    # "diatur di pasal berapa Peraturan KPU-nya?", "which article of the KPU regulation says this?"
    rf"\b(?:pasal (?:berapa|mana|apa)|which article of|what article of)\s+(?:di\s+|dalam\s+)?"
    rf"{_ELECTION_BODY_REGULATION}|"
    # "diatur di Peraturan KPU nomor berapa?", "which KPU regulation and which article say so?"
    # … and said further off, typed fast: "perbawaslu yg atur tata cara lapor … nomor brp?"
    rf"\b{_ELECTION_BODY_REGULATION}\s+(?:[\w/-]+\s+){{0,10}}?(?:nomor|no\.?)\s+(?:berapa|brp)\b|"
    r"\b(?:which|what)\s+(?:kpu|bawaslu|dkpp)\s+regulations?\b",
    re.I,
)
# What a minister's regulation says ("the Home Affairs regulation on acting regional heads", "which
# ministerial regulation sets …"): the store holds laws and government regulations, no minister's rules.
_MINISTERIAL = (
    r"(?:ministerial regulations?|minister['’]s regulations?|peraturan menteri|permen[a-z]{1,8}|"
    # "the performance management regulation of the ministry for administrative reform"
    r"regulations? of the (?:\w+\s+){0,2}?(?:ministry|minister)|"
    r"(?:ministry|minister)['’]s (?:\w+\s+){0,3}?regulations?)"
)
# What a text says, asked in Indonesian ("isinya apa?", "bunyinya bagaimana?").
_ITS_WORDS = r"isi(?:nya)?|bunyi(?:nya)?"


def _rules_asked(name: str) -> re.Pattern[str]:
    """A question asking what a kind of regulation the store holds none of says (``name``: its names)."""
    return re.compile(
        # "peraturan menteri desa tentang …": the minister's portfolio may come between
        rf"\b{name}\b(?:\s+(?:\w+\s+){{0,3}}?(?:on|about|tentang|soal|ttg)\b|"
        r"[^?.]{0,80}\b(?:says?|said|sets?|lays? down|"
        rf"{_ITS_WORDS}|mengatur|ngatur|atur(?:an)?nya)\b)|"
        rf"\b(?:{_ITS_WORDS})\s+(?:\w+\s+){{0,2}}{name}\b|"
        rf"\b(?:under|according to|menurut|berdasarkan)\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?{name}\b",
        re.I,
    )


_MINISTERIAL_RULES = _rules_asked(_MINISTERIAL)
# What a regulation of the Head of BKN says (the leave procedure PP 11/2017 Pasal 341 leaves to it).
_BKN_RULES = _rules_asked(
    r"(?:peraturan (?:kepala )?(?:bkn|badan kepegawaian negara)|perka(?:ban)? bkn|"
    r"regulations? of the head of (?:the )?bkn|bkn(?:['’]s)? regulations?)"
)
# What the joint regulation of Bawaslu, the police and the prosecutors on Sentra Gakkumdu says.
_GAKKUMDU_RULES = re.compile(
    r"\b(?:peraturan bersama (?:ketua )?(?:bawaslu|kapolri|jaksa agung|(?:tentang )?(?:sentra )?gakkumdu)|"
    r"joint regulation (?:of |on |between )?(?:the )?(?:bawaslu|police|(?:sentra )?gakkumdu))\b",
    re.I,
)
# What a university's own rules say (a rector's regulation, its statute), asked for their words.
_CAMPUS_RULES = re.compile(
    r"\b(?:peraturan rektor|rector['’]?s? regulations?|statuta (?:universitas|kampus)|"
    r"university['’]?s? statute)\b"
    rf"[^?]{{0,240}}\b(?:{_ITS_WORDS}|persisnya|what (?:exactly )?(?:does|do) (?:it|they) say|"
    r"pasal berapa|which article)\b",
    re.I,
)
# The Criminal Code asked of for itself ("how does the KUHP define a pegawai negeri?"), not beside the
# election laws' crimes.
_CRIMINAL_CODE_SAID = r"(?:kuhp|criminal code|kitab undang-undang hukum pidana)"
_CRIMINAL_CODE = re.compile(
    r"^(?![^?]*\b(?:pemilu|pilkada|kampanye|campaign\w*|elections?|netral\w*|neutral\w*)\b)"
    rf"[^?]*\b{_CRIMINAL_CODE_SAID}\b|"
    # its own words asked, in an election story too ("how do the concurrence rules in the KUHP read?")
    rf"\b(?:{_ITS_WORDS})\b[^?]{{0,60}}\b{_CRIMINAL_CODE_SAID}\b|"
    rf"\bhow (?:do|does|did)\b[^?]{{0,60}}\b{_CRIMINAL_CODE_SAID}\b[^?]{{0,40}}\bread\b",
    re.I,
)
# The Code of Criminal Procedure asked by ("under KUHAP, how many days of detention?").
_CRIMINAL_PROCEDURE = re.compile(
    r"\b(?:menurut|under|according to|berdasarkan|in|dalam|di)\s+(?:the\s+)?"
    r"(?:kuhap|criminal procedure code|code of criminal procedure|kitab undang-undang hukum acara pidana)\b",
    re.I,
)
# What a ministry's circular says ("Kemenag punya surat edaran pedoman ceramah … isinya persisnya apa?"):
# the store holds no circular.
_MINISTRY = (
    r"(?:kementerian|kemen[a-z]{2,8}|menteri|ministry|minister['’]?s?|"
    r"mendagri|menpan(?:-?rb)?|mendikbud(?:ristek)?|menkeu|menag|menkes)"
)
_MINISTRY_CIRCULAR = re.compile(
    rf"(?:\b{_MINISTRY}\b[^?.]{{0,40}}\b(?:surat edaran|circular)\b|\bsurat edaran (?:\w+ )?{_MINISTRY}\b)"
    rf"[^?]{{0,200}}\b(?:{_ITS_WORDS}|persisnya|what (?:exactly )?(?:does|do) (?:it|the circular) say)\b",
    re.I,
)
# A ministry's own code of ethics asked for its content ("does the finance ministry's own code of ethics list
# taking sides as a breach?"): each agency sets its code (PP 42/2004), and the store holds none of them.
_MINISTRY_CODE = re.compile(
    rf"\b{_MINISTRY}(?:['’]s)? own (?:internal )?(?:code of (?:ethics|conduct)|ethics code)\b|"
    r"\bkode etik (?:internal |khusus )?(?:kementerian|kemen[a-z]{2,8})\b[^?]{0,120}\b"
    r"(?:isi(?:nya)?|mengatur|memuat|menyebut|sanksi(?:nya)? apa)\b",
    re.I,
)
# A count of people or cases across a region ("berapa jumlah tenaga honorer di Provinsi NTT", "how many
# honorary workers in East Nusa Tenggara province"): statistics, which no provision states.
_HEADCOUNT = re.compile(
    r"\b(?:berapa (?:jumlah|banyak)|how many)\s+(?:[\w-]+\s+){0,3}?(?:tenaga |pegawai |guru )?"
    r"(?:honorer|honorary|workers?|pegawai|pns|asn|pppk|civil servants?|staff|employees?|teachers?|guru|"
    r"orang|people|kasus|cases|pelanggaran|violations?|laporan|reports?)\b[^?.]{0,60}\b(?:di|in) (?:the )?"
    r"(?:[\w ]{0,30}\s)?"
    r"(?:provinsi|province|seluruh|indonesia|nationwide|kabupaten|regency|negara|country)\b|"
    # "figures on how many … were sanctioned …, broken down by province": counts asked by region
    r"\b(?:berapa (?:jumlah|banyak)|how many|jumlah)\b[^?.]{0,120}\b(?:broken down by|per|by|menurut)\s+"
    r"(?:province|provinsi|region|wilayah|daerah|kabupaten)\b",
    re.I,
)
# How a village official is dismissed (its steps and time limits): the village law.
_VILLAGE_DISMISSAL = re.compile(
    r"\b(?:memberhentikan|pemberhentian|diberhentikan|berhentikan|dismiss\w*)\b[^?]{0,60}"
    r"\b(?:perangkat desa|kaur|sekdes|sekretaris desa|kepala dusun|kadus|village officials?)\b"
    r"[^?]{0,80}\b(?:prosedur\w*|tata cara\w*|procedures?|steps?)\b",
    re.I,
)
# Each kind of question another body of law answers: (its cue, what it asks about, that law).
_OTHER_LAW = (
    (_TAX, "a tax (its rate or who withholds it)", "tax law"),
    (_LOAN, "a loan or credit scheme", "banking or housing rules"),
    (_VILLAGE_COUNCIL_TERMS, "a village council's terms of office or election", "village law"),
    (_TRAFFIC, "a traffic offence", "traffic law"),
    (_PRESS, "the press's duties (a right of reply, the press council)", "press law"),
    (_COPYRIGHT, "copyright or licensing a work", "copyright law"),
    (_DRONE_PERMIT, "a permit to fly a drone", "aviation rules"),
    (_ASSOCIATION, "registering an association or foundation", "law on associations"),
    (_ZAKAT, "zakat", "zakat law"),
    (_HONOURS, "what it takes to earn a state honour or medal", "law on honours"),
    (_STAMP_DUTY, "whether a document needs a duty stamp", "stamp-duty law"),
    (_OLD_AGE, "old-age savings or how a pension is reckoned", "pension or social-insurance rules"),
    (_TEACHER_CERTIFICATION, "a teacher's certification or professional allowance", "teachers' law"),
    (_WITNESS_PROTECTION, "witness protection", "witness and victim protection law"),
    (_OFFICE_HOLDERS, "who held an office at some time", "records of people (actors are recorded by role)"),
    (_OFFICERS_COMPENSATION, "pay for an election officer's death or injury", "election budget rules"),
    (
        _PROFESSION_BODY,
        "a profession's own code or ethics body (advocates, doctors, teachers)",
        "rules of professional bodies",
    ),
    (_PERSONNEL_SYSTEM, "how the personnel information system is used", "system manuals"),
    (_OWN_STATUTES, "what an organisation's own statutes (its AD/ART) provide", "organisation's statutes"),
    (_VISA, "a visa or a permit to stay, work or report", "immigration or press-permit rules"),
    (_DEFAMATION, "defamation", "criminal or electronic-information law on defamation"),
    (_PERSONAL_DATA, "personal data or taking content down", "data-protection or platform rules"),
    (_PROCUREMENT, "the rules of procurement", "procurement rules"),
    (_CUSTOMS, "customs or import duty", "customs law"),
    (_ACCREDITATION, "accreditation of a school or health centre", "accreditation rules"),
    (_HEALTH_INSURANCE, "health-insurance membership or contributions", "health-insurance rules"),
    (_ARCHIVES, "how long records are kept", "archives law"),
    (_PUBLIC_INFORMATION, "a request for public information", "public-information law"),
    (_SCHOOL_FUNDS, "school operational aid (its amount or shares)", "education-finance rules"),
    (_ELECTION_LOGISTICS, "the election body's schedule or a polling station's size", "KPU decisions"),
    (
        _ELECTION_BODY_RULES,
        "what a regulation of the KPU, Bawaslu, DKPP or KASN says",
        "regulation of theirs",
    ),
    (
        _GAKKUMDU_RULES,
        "what the joint regulation of Bawaslu, the police and the prosecutors on Sentra Gakkumdu says",
        "joint regulation",
    ),
    (
        _CAMPUS_RULES,
        "what a university's own rules (a rector's regulation, its statute) say",
        "university rules",
    ),
    (_MINISTERIAL_RULES, "what a minister's regulation says", "minister's regulation"),
    (_BKN_RULES, "what a regulation of the Head of BKN says", "regulation of the Head of BKN"),
    (_CRIMINAL_CODE, "what the Criminal Code (KUHP) says", "Criminal Code"),
    (_CRIMINAL_PROCEDURE, "what the Code of Criminal Procedure (KUHAP) says", "Code of Criminal Procedure"),
    (_MINISTRY_CIRCULAR, "what a ministry's circular says", "ministry circular"),
    (_MINISTRY_CODE, "what a ministry's own code of ethics says", "ministry's code of ethics"),
    (_HEADCOUNT, "how many people or cases there are in a region", "statistics"),
    (_VILLAGE_DISMISSAL, "how a village official is dismissed", "village law"),
    (_BUILDING_PERMIT, "a building's permit or certificate", "building law"),
    (_ACCOUNT_REGISTRATION, "registering one's own social-media accounts", "agency rules"),
)
# Zakat bodies, health insurance, visas and requests for public information are also where civil servants
# work and what they handle: a story may tell of a zakat agency's secretary, of state-paid health-insurance
# lists handed to a side or of one side's information request stalled, and ask only about the siding. These
# kinds refuse only when the sentences that ask name them.
_WHERE_ONE_WORKS = (
    _ZAKAT,
    _VISA,
    _HEALTH_INSURANCE,
    _PUBLIC_INFORMATION,
    _OWN_STATUTES,
    _BUILDING_PERMIT,
    _ACCOUNT_REGISTRATION,
)
# Pay asked in rupiah ("the monthly basic salary and allowance, in rupiah, of a camat") is an amount of pay,
# whatever penalty the question also talks about.
_IN_RUPIAH = r"\b(?:in rupiah|dalam rupiah|berapa rupiah)\b"
_PAY_IN_RUPIAH = re.compile(rf"{_MONEY}[^?.]{{0,60}}{_IN_RUPIAH}|{_IN_RUPIAH}[^?.]{{0,60}}{_MONEY}", re.I)
# Who holds an office by name ("who currently chairs Bawaslu?", "siapa ketua KPU sekarang?"): the store holds
# laws and case records, not who sits where.
_OFFICE_HOLDER = re.compile(
    r"\b(?:who (?:currently|now) (?:chairs|heads|leads|runs|is (?:the )?(?:chair|head))|"
    r"(?:address|write to) (?:[\w ]{0,30})by name|"
    r"siapa (?:nama )?(?:ketua|kepala|pimpinan)\b[^?.]{0,40}\b(?:saat ini|sekarang)\b)",
    re.I,
)
# A penalty cutting pay ("berapa persen tunjangan kinerja dipotong?") is a sanction the cards do answer.
_PAY_AS_PENALTY = re.compile(
    r"\b(?:potong|dipotong|pemotongan|cut|cuts|docked|hukuman|sanksi|penalty|penalties|disiplin|discipline|"
    r"denda|dendanya|fines?|pidana|penjara|prison|jail)\b",
    re.I,
)
# "Who won" asks for a result only of an election; who won a court case is in the case records.
_OF_AN_ELECTION = re.compile(
    r"\b(?:pemilu|pilkada|pilpres|pileg|pilgub|pilbup|pilwalkot|pemilihan|elections?|seats?|kursi|votes?|suara)\b",
    re.I,
)


# A private employer and its staff: the store's rules bind the state's servants, not a company's.
_PRIVATE_SECTOR = re.compile(
    r"\b(?:private(?:[- ]sector)? (?:company|companies|firm|firms|employer|employers|business|businesses|"
    r"sector|school|hospital)|perusahaan swasta|karyawan swasta|pegawai swasta|sektor swasta)\b",
    re.I,
)
_STATE_SERVANTS = re.compile(
    r"\b(?:pns|asn|pppk|cpns|civil servants?|public servants?|government (?:employees?|workers?|staff)|"
    r"state (?:employees?|officials?)|bumn|state[- ]owned|aparatur)\b",
    re.I,
)


def unanswerable_kind(text: str) -> str | None:
    """Why the cards cannot answer this kind of question (an election result, an amount of pay), or None."""
    if _PRIVATE_SECTOR.search(text) and not _STATE_SERVANTS.search(text):
        return (
            "The question is about a private employer and its staff; the store holds the rules for civil "
            "servants, state officials and elections, not private employment law."
        )
    if _asks_results(text) and _OF_AN_ELECTION.search(text):
        return (
            "The question asks for an election's results (who won, seats or votes); the store holds laws, "
            "court decisions and case records, not results."
        )
    asked = " ".join(x for x in split_sentences(text) if is_question(x)) or text
    for cue, what, law in _OTHER_LAW:
        if cue.search(asked if cue in _WHERE_ONE_WORKS else text):
            return (
                f"The question asks about {what}; the store holds no {law}, only the rules for civil "
                "servants, state officials and elections."
            )
    if _OFFICE_HOLDER.search(text):
        return (
            "The question asks who holds an office; the store holds laws, court decisions and case records, "
            "not who sits where today."
        )
    if _PAY_IN_RUPIAH.search(text) or (_PAY.search(text) and not _PAY_AS_PENALTY.search(text)):
        return (
            "The question asks for an amount of pay; the answers say who must or must not do what, the "
            "sanctions and who decides, and do not read pay tables."
        )
    return None


# -- the parser -----------------------------------------------------------------------------------------
# Words shortened in chat ("msh berlaku gk?", "udh dicabut", "hukdis"), written out so that every cue reads
# them; not in capitals, where a run of letters may be an acronym ("SY", "DTG").
_CHAT_WORDS = {
    "yg": "yang", "dgn": "dengan", "utk": "untuk", "krn": "karena", "tdk": "tidak", "gk": "nggak",
    "blm": "belum", "sdh": "sudah", "udh": "sudah", "udah": "sudah", "msh": "masih", "skrg": "sekarang",
    "brp": "berapa", "gmn": "bagaimana", "gimana": "bagaimana", "knp": "kenapa", "kpd": "kepada",
    "dlm": "dalam", "sblm": "sebelum", "stlh": "setelah", "tsb": "tersebut", "ttg": "tentang",
    "spt": "seperti", "hrs": "harus", "bkn": "bukan", "jg": "juga", "klo": "kalau", "kalo": "kalau",
    "sy": "saya", "jd": "jadi", "lg": "lagi", "blh": "boleh", "dpt": "dapat", "kmrn": "kemarin",
    "dtg": "datang", "kntr": "kantor", "hukdis": "hukuman disiplin",
}  # fmt: skip
_CHAT_WORD = re.compile(r"(?<![\w./@-])(" + "|".join(_CHAT_WORDS) + r")(?![\w/@-]|\.\w)", re.I)


# "rame2", "masing2": a word doubled by a trailing 2.
_DOUBLED = re.compile(r"\b([a-z]{3,})2\b")


def written_out(text: str) -> str:
    """The question with chat shorthand written out ("msh" -> "masih", "rame2" -> "rame rame")."""

    def out(m: re.Match) -> str:
        word = m.group(1)
        return word if word.isupper() else _CHAT_WORDS[word.lower()]

    return _DOUBLED.sub(r"\1 \1", _CHAT_WORD.sub(out, text))


def parse_question(
    text: str,
    catalog: dict[str, RegInfo] | None = None,
    known: frozenset[str] | set[str] = frozenset(),
    at: date | None = None,
) -> Question:
    """Parse a question; ``at`` (from --at) wins over a date in the question."""
    catalog = catalog or {}
    text = written_out(" ".join((text or "").split()))
    lang = detect_language(text)
    # The date of the facts, read first without the regulations' own years, picks among versions.
    plain = blank_spans(text, [(c.start, c.end) for c in find_citations(text)])
    day = at or _date_beside_aliases(plain, catalog)
    regs, spans, problems, years_used = find_regulations(text, catalog, known, day)
    # A year that names a regulation ("UU 5/2014", "UU ASN 2014") is not the date of the facts.
    masked_text = blank_spans(text, spans)
    for y, pos in years_used.items():
        # The year right beside the name it picked ("… 20 Oktober 2023 … UU ASN 2023 …"), else its first
        # mention.
        if pos is None or masked_text[pos : pos + 4] != y:
            first = re.search(rf"(?<!\d){y}(?!\d)", masked_text)
            pos = first.start() if first else None
        if pos is not None:
            masked_text = masked_text[:pos] + "    " + masked_text[pos + 4 :]
    # Only the year of a phrase telling when a text took its wording is blanked, not the phrase.
    masked_text = blank_spans(
        masked_text, [m.span(1) if m.group(1) else m.span() for m in _NOT_A_DATE.finditer(text)]
    )
    when, said = find_date(blank_spans(masked_text, [m.span(1) for m in _PRECEDENT_YEAR.finditer(text)]))
    if (
        said
        and said.isdigit()
        and any(r.id.endswith("-" + said) for r in regs)
        and not _WHEN_CUE.search(masked_text[: masked_text.find(said)])
    ):
        when, said = None, None  # "the 1974 law (UU 8/1974)": the year of the act, not of the facts
    if at is not None:
        when, said = at, None
    # "Since UU 5/2014 was repealed, which rules applied?" asks about the rules, not the repeal.
    intent = find_intent(_GONE.sub(" ", text) if any(r.set_aside for r in regs) else text)
    actor, actors, roles = find_roles(_PPK_COMMITTEE.sub(_PPK_SPELLED, masked_text))
    unpunished = fails_to_punish(masked_text)
    lenient = too_light(masked_text)
    if unpunished or lenient:  # the superior who did not act is asked about beside the one who breached
        roles = roles + tuple(r for r in SUPERIOR_ROLES if r not in roles)
    denied = negated_spans(text)
    words = conduct_words(text, spans + denied + reach_spans(text))
    term = definition_term(masked_text) if intent == "definition" else None
    if lang == "other":
        problems.append(
            "The question is in neither Indonesian nor English; ask in one of them (e.g. "
            "'Apa sanksi bagi PNS yang ikut kampanye?')."
        )
    if not words and not regs:
        problems.append("The question has no words that describe a conduct, an actor or a regulation.")
    abroad = foreign_jurisdiction(text)
    if abroad:
        problems.append(
            f"The question is about the law of {abroad}; the store holds Indonesian law only (ask about an "
            "Indonesian civil servant, e.g. 'Apa sanksi bagi PNS yang ikut kampanye?')."
        )
    beyond = unanswerable_kind(text)
    if beyond:
        problems.append(beyond)
    problems.extend(_date_problems(when, regs, catalog, text))
    # "Under the regional elections law": the kind of election the named law is for.
    # "The elections" under a law named by number ("UU 1/2015") are the kind that law is for, by the names the
    # catalog knows it by.
    named = " ".join(text[s:e] for s, e in spans)
    known_names = [n for r in regs if r.id in catalog for n in catalog[r.id].names_id]
    named_kind = election_kind(" ".join([named, *known_names]))
    bare = "pilkada" if actor in _REGIONAL_HEADS or named_kind == "pilkada" else "pemilu"
    election = election_kind(masked_text, bare) or election_kind(named)
    told_day = any(rx.fullmatch(said or "") for rx in (_ISO, _DMY, _MDY))
    if election is None and when in _POLLING_DAYS and told_day:
        # "On polling day, 27 November 2024, … at a TPS": the day the whole country voted tells which race.
        election = _POLLING_DAYS[when]
    if election == "pilkada":
        # "Which disciplinary and election-law provisions?" of a regent race: the generic English name is
        # the election law of that race, not the general elections act that bears it.
        regs = [r for r in regs if not _GENERIC_ELECTION_LAW.fullmatch(r.said)]
    runs_again = any(not _NOT_AGAIN.search(m.group(0)) for m in _RUNS_AGAIN_RE.finditer(masked_text))
    if election == "pilkada" and "kepala-daerah" in roles and "petahana" not in roles and runs_again:
        # A regional head running again is the incumbent the regional elections law names (UU 1/2015 Pasal 70
        # ayat (3), Pasal 71 ayat (5)), whether or not the story says "incumbent"; not a deputy or a regent
        # running for another seat, whom other rules bind (Pasal 7 ayat (2) huruf p).
        roles = (*roles, "petahana")
    if "penyelenggara-pemilu" not in roles and sits_on_election_body(masked_text):
        roles = (*roles, "penyelenggara-pemilu")
    return Question(
        text=text,
        lang=lang,
        intent=intent,
        actor=actor,
        actors=actors,
        roles=roles,
        candidacy=_runs_for_office(text) or bool({"calon", "pasangan-calon"} & set(roles)),
        acting=bool(_ACTING.search(text)),
        # an honorary worker and the civil servant who directed him: what each of them broke
        each=len(roles) > 1
        and (unpunished or lenient or bool(_ASKS_EACH.search(masked_text)) or actor == "pegawai-non-asn"),
        repeat=bool(_REPEAT.search(text)),
        twice=bool(_TWICE.search(text)),
        several=bool(_SEVERAL.search(text)),
        sides=sets_sides(text),
        unpunished=unpunished,
        too_light=lenient,
        mobilises=brings_staff(masked_text),
        after_vote=after_the_vote(text),
        uses=campaign_uses(blank_spans(text, denied)) if election != "pemilu" else (),
        remedy=asks_remedy(masked_text),
        criminal=criminal_steps(text),
        election=election,
        other_election=other_election_kind(masked_text, election),
        regulations=tuple(regs),
        at=when,
        at_said=said,
        conduct=words,
        provisions=named_provisions(text, regs, catalog, when),
        term=term,
        problems=tuple(problems),
    )


# "the presidential election law in force at the time", "undang-undang pemilu presiden yang berlaku waktu
# itu": an act asked for as whichever was in force on the date, by what it is about.
_OF_THE_TIME = re.compile(
    r"\W{0,3}(?:[\w-]+\s+){0,2}?(?:in force (?:at the time|then|back then)|then in force|of the (?:time|day)|"
    r"(?:yang )?berlaku (?:pada )?(?:saat|waktu|ketika) itu)\b",
    re.I,
)


def _date_problems(
    when: date | None, regs: list[NamedRegulation], catalog: dict[str, RegInfo], text: str = ""
) -> list[str]:
    if when is None:
        return []
    out: list[str] = []
    enacted = [i.enacted for i in catalog.values() if i.enacted]
    infos = [catalog[r.id] for r in regs if r.id in catalog]
    if infos and any(in_force_on(i, when) for i in infos):
        return out  # one of the regulations named applies on that date: the question can be answered
    # An act named (not set aside) says itself when it came.
    if enacted and when < min(enacted) and not any(r.id in catalog and not r.set_aside for r in regs):
        out.append(
            f"The date asked about ({when.isoformat()}) is before every regulation in the store "
            f"(the earliest dates from {min(enacted).isoformat()})."
        )
        return out
    for r in regs:
        info = catalog.get(r.id)
        if info is None or r.set_aside:  # named as not reaching the case: the date is not asked of it
            continue
        said_at = text.find(r.said)
        if info.enacted and when < info.enacted and not any(c.isdigit() for c in r.said) and said_at >= 0:
            if _OF_THE_TIME.match(text, said_at + len(r.said)):
                # Not this act but the one it later replaced, which the store does not hold.
                out.append(
                    f"'{r.said}' in force on {when.isoformat()} is an earlier act the store does not hold: "
                    f"{r.citation}, the one it holds, was enacted on {info.enacted.isoformat()}."
                )
                continue
        if info.enacted and when < info.enacted:
            out.append(
                f"{r.citation} was enacted on {info.enacted.isoformat()}, after the date asked ({when})."
            )
        if r.state in ("repealed", "replaced") and r.since and when >= r.since:
            succ = f"; ask about {format_document_citation(r.successor)} instead" if r.successor else ""
            out.append(
                f"{r.citation} was {r.state} on {r.since.isoformat()}, before the date asked ({when}){succ}."
            )
    return out


_PASAL_NUMBER = re.compile(r"[^/]+/pasal-(\d+)")


# Words that say nothing of what an act is about: its kind, its age, links between words.
_SUBJECT_STOP = frozenset(
    "the of on and or a an in for its to by as dan atau yang di tentang uu undang pp peraturan pemerintah "
    "perppu law laws act acts regulation regulations government old new former original current lama baru "
    "asli sebelumnya first second amendment amending perubahan pertama kedua".split()
)


def _stem(word: str) -> str | None:
    """A word cut to five letters, the way subjects are compared (None for a word saying nothing of one)."""
    word = word.lower()
    return None if word in _SUBJECT_STOP else word[:5]


def _stems(text: str) -> list[str]:
    """The content words of a text, stemmed as ``_stem`` does."""
    return [s for w in re.findall(r"[a-z]+", text.lower()) if (s := _stem(w))]


def _subject_of(reg, names: tuple[str, ...]) -> frozenset[str]:
    """What a regulation is about: its Indonesian title, the English title's "on …", and its popular names."""
    if getattr(reg, "amends", ()):
        return frozenset()  # an amending act is named by what it amends, which is read as the act amended
    on = re.search(r"\bon (.+)$", getattr(reg, "title_en", None) or "")
    judul = getattr(reg, "judul", None) or ""
    return frozenset(_stems(" ".join([judul, on.group(1) if on else "", *names])))


def catalog_from_corpus(bundle, doc_ids=()) -> dict[str, RegInfo]:
    """The regulation catalog from the curated corpus (status, dates, aliases) plus documents in a store."""
    out: dict[str, RegInfo] = {}
    names: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
    for al in getattr(bundle, "aliases", ()) or ():
        names[al.regulation] = (tuple(al.names_id), tuple(al.names_en))
    for reg in getattr(bundle, "regulations", ()) or ():
        nid, nen = names.get(reg.id, ((), ()))
        held = getattr(reg, "provisions", ())
        numbers = [int(m.group(1)) for p in held if (m := _PASAL_NUMBER.match(p.id))]
        since = reg.status.since
        if since is None and reg.status.by:
            by = bundle.regulation(reg.status.by.split("/", 1)[0])
            since = by.diundangkan or by.ditetapkan if by else None
        out[reg.id] = RegInfo(
            id=reg.id,
            year=reg.tahun,
            state=reg.status.state,
            by=reg.status.by,
            since=since,
            enacted=reg.diundangkan or reg.ditetapkan,
            names_id=nid,
            names_en=nen,
            amends=tuple(reg.amends),
            last_pasal=max(numbers, default=0),
            subject=_subject_of(reg, (*nid, *nen)),
            paths=frozenset(p.id.split("/", 1)[1] for p in held if "/" in p.id),
        )
    for d in doc_ids:
        if d not in out:
            m = re.search(r"-((?:19|20)\d\d)$", d)
            out[d] = RegInfo(id=d, year=int(m.group(1)) if m else 0, state="unknown")
    return out


__all__ = [
    "ASN_ACTORS",
    "NamedRegulation",
    "Question",
    "RegInfo",
    "asks",
    "asks_remedy",
    "asks_still",
    "brings_staff",
    "campaign_uses",
    "catalog_from_corpus",
    "detect_language",
    "election_kind",
    "find_actors",
    "find_date",
    "find_intent",
    "find_regulations",
    "find_roles",
    "without_seats",
    "foreign_jurisdiction",
    "in_force_on",
    "named_provisions",
    "unanswerable_kind",
    "parse_question",
    "sets_sides",
]
