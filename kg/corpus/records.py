"""The curated corpus: typed records for the law on ASN neutrality, their loader and validator.

The corpus adds what no text parser can: regulations with their status and key provisions
summarised in our own words, the norms those provisions carry, the sanctions attached to them,
the institutions and their powers, real cases and the articles that discuss them.

Files
  ``corpus/*.yaml`` (and ``*.yml``, ``*.json``); each file is a mapping with one top-level key
  per record type, each holding a list of records::

      regulations: [...]   institutions: [...]   norms: [...]
      sanctions: [...]     cases: [...]          articles: [...]
      aliases: [...]       (short and popular names of a regulation, for the question parser)
      decisions: [...]     (court decisions that change how provisions read: citator flags)
      figures: [...]       (aggregate case figures as institutions reported them)
      consequences: [...]  (what a sentence or a detention does to an ASN employee's job)

  A file may hold any subset of the keys. Files are read in name order; record ids are unique
  across the whole folder.

Id conventions (checked by the validator)
  regulation   ``{jenis}-{nomor}-{tahun}``: ``pp-94-2021``, ``uu-20-2023``, ``skb-2-2022``.
               Lowercase; dots/slashes of a number become ``-``. A joint decree (SKB) takes the
               number of its first issuer (``skb-2-2022``) and lists all numbers in ``issuers``.
  provision    the regulation id, then the path a parser produces, without BAB/Bagian:
               ``pp-94-2021/pasal-5/huruf-n/angka-4``, ``pp-94-2021/pasal-8/ayat-4``,
               ``uu-1-2015/pasal-187a``, ``uu-10-2016/pasal-i/angka-26``, ``skb-2-2022/diktum-kesatu``.
               Segments: pasal-, ayat-, huruf-, angka-, diktum-, lampiran, bab-, bagian-, paragraf-.
               A provision whose summary describes the wording an amending act gave it keeps the
               id in the amended document (``uu-1-2015/pasal-71/ayat-1``) and names the amending
               act in ``as_amended_by``. A point of the amending act (``uu-10-2016/pasal-i/angka-27``)
               names, in ``rewrites``, the provisions of the amended act it rewrites, inserts or
               repeals (``uu-1-2015/pasal-71``), at the finest level the point itself names. A point of
               a repealed or replaced act names, in ``carried_on_in``, the provisions of the act that
               replaced it (its ``status.by``) that carry the same rule on.
  norm         ``norm:{regulation}/{slug}``  e.g. ``norm:pp-94-2021/larangan-kampanye-fasilitas-negara``
  sanction     ``sanction:{regulation}/{slug}[/{slug}]``  e.g. ``sanction:pp-94-2021/berat/penurunan-jabatan``
  institution  ``inst:{slug}``  e.g. ``inst:bawaslu-kabkota``, ``inst:ppk``
  case         ``case:{slug}``  e.g. ``case:bengkulu-dinkes-2024``
  decision     like a regulation id: ``mk-41-puu-xii-2014``, ``pn-slk-23-pid-sus-2024``
  figure       ``figure:{slug}``  e.g. ``figure:kasn-pemilu-2024``
  consequence  ``consequence:{regulation}/{slug}``  e.g. ``consequence:uu-20-2023/ptdh-kejahatan-jabatan``
  article      ``article:{slug}``  e.g. ``article:prabowoadi-afandi-2021``
  Slugs are ``[a-z0-9]+`` joined by ``-``.

References
  Every id a record names must resolve inside the corpus: a provision id must be listed as a key
  provision of some regulation (or be a regulation id itself, for documents cited as a whole);
  norms, sanctions, institutions, cases and articles must exist. What a point ``rewrites`` must be
  a key provision of an act its regulation ``amends``. A record without a source
  (a norm or sanction without provisions, a power without its provision, a case or a fact
  without an article, an article with neither file, url nor citing footnote) is an error.

Norm annotations of a key provision are not stored on it: norms name the provisions they rest on,
and ``CorpusBundle.norms_for_provision`` computes the other direction (one source of truth).
YAML anchors/aliases may be used to repeat a list (e.g. the same three heavy penalties).

``checked_against_text``: True when the summary was written from the official text in
``../shared/corpus-raw``; False when no text was at hand and the record states what the official
document provides from other knowledge, to be checked. A key provision inherits the flag of its
regulation unless it sets its own (``KeyProvision.checked_against_text`` None = inherit).

Public surface: the record models, ``CorpusBundle`` (with small lookup helpers), ``CorpusIssue``,
``CorpusError``, ``load_corpus``, ``validate_corpus``, ``ingest_corpus``, ``load_store_corpus``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationInfo,
    field_validator,
    model_validator,
)

from kg.harm import Reach
from kg.ids import (
    ARTICLE_ID_RE,
    CASE_ID_RE,
    DOC_ID_RE,
    INSTITUTION_ID_RE,
    NORM_ID_RE,
    PARTIAL_DATE_RE,
    SANCTION_ID_RE,
    doc_of,
    is_doc_id,
    is_provision_id,
)

CORPUS_SCHEMA_VERSION = 1


def _check(pattern: re.Pattern[str], what: str, value: str) -> str:
    if not pattern.match(value):
        raise ValueError(f"malformed {what} id {value!r}")
    return value


def _check_ref(value: str) -> str:
    """A legal reference: a regulation id or a provision id."""
    if not (is_doc_id(value) or is_provision_id(value)):
        raise ValueError(f"malformed provision id {value!r} (want e.g. pp-94-2021/pasal-5/huruf-n)")
    return value


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


# -- vocabularies ------------------------------------------------------------------------------
Jenis = Literal["uu", "perppu", "pp", "perpres", "permen", "perbawaslu", "perkpu", "skb", "se"]
# unknown: the record cannot say (e.g. a joint decree one of whose signatories no longer operates)
RegulationState = Literal["in_force", "amended", "repealed", "replaced", "unknown"]
NormKind = Literal["obligation", "prohibition", "permission", "power"]
Regime = Literal["principle", "discipline", "ethics", "criminal-election", "administrative"]
Addressee = Literal[
    "pns",  # Pegawai Negeri Sipil
    "pppk",  # Pegawai Pemerintah dengan Perjanjian Kerja
    "pegawai-asn",  # both of the above
    "pejabat-asn",  # holders of ASN positions (pimpinan tinggi, administrasi, fungsional)
    "pejabat-negara",
    "pejabat-daerah",
    "kepala-daerah",
    "petahana",  # incumbent regional head running again
    "kepala-desa",
    "perangkat-desa",
    "badan-permusyawaratan-desa",  # a member of the village council (BPD)
    "anggota-tni",
    "anggota-polri",
    "calon",  # a candidate (Pilkada)
    "pasangan-calon",
    "peserta-pemilu",
    "pelaksana-kampanye",
    "tim-kampanye",
    "partai-politik",
    "setiap-orang",
    "penyelenggara-pemilu",  # a member of an election body (KPU, Bawaslu, PPK, PPS, KPPS, supervisors)
    "ppk",  # Pejabat Pembina Kepegawaian, as addressee of a duty
    "pybmh",  # Pejabat yang Berwenang Menghukum
    "atasan-langsung",  # a suspect's direct superior, who must summon and examine (PP 94/2021 Pasal 26-28)
    "instansi-pemerintah",
]
Period = Literal["before", "during", "after"]  # relative to the campaign period
Election = Literal["pemilu", "pilkada"]
# What a campaign was given the use of: the government's property or budget, a school or a place of worship.
CampaignUse = Literal["government-means", "school-or-worship"]
DisciplineLevel = Literal["ringan", "sedang", "berat"]
SanctionKind = Literal[
    "moral",  # PP 42/2004 sanksi moral
    "disciplinary",  # hukuman disiplin (PP 53/2010, PP 94/2021)
    "dismissal",  # pemberhentian as an administrative consequence (e.g. party membership)
    "imprisonment",
    "fine",
    "imprisonment-and-fine",
    "disqualification",  # pembatalan sebagai calon / pasangan calon
    "other",
]
PowerKind = Literal[
    "receives_reports",
    "investigates",
    "recommends",
    "forwards",  # passes findings to another body (e.g. Bawaslu to the ASN authority)
    "decides",
    "imposes",
    "supervises",
    "regulates",
]
# transitional: kept working only until a later act's implementing rules (KASN under UU 20/2023 Pasal 70 (3))
InstitutionState = Literal["active", "transitional", "dissolved", "functions_transferred"]
ArticleKind = Literal["journal", "book", "report", "web", "news", "policy-brief", "thesis"]
# How a provision's reading changed after enactment: by a later act or by a court.
CitatorFlagKind = Literal[
    "amended",
    "repealed",
    "struck_down",
    "conditionally_unconstitutional",
    "conditionally_constitutional",
    "construed",  # the Court gave a reading whose exact form (conditional or not) is not verified
]
RulingResult = Literal[
    "granted",  # struck down
    "conditionally_unconstitutional",
    "conditionally_constitutional",
    "construed",
    "rejected",
    "not_accepted",
    "unknown",
]
Court = Literal["mk", "ma", "pn", "pt", "ptun", "administrative"]
ReportKind = Literal["news", "court-record", "official", "opinion"]
OutcomeKind = Literal[
    "convicted", "acquitted", "administrative-sanction", "no-breach", "decided", "pending", "unknown"
]


# -- regulations -------------------------------------------------------------------------------
class OfficialSource(_Frozen):
    """Where to consult the official text: the issuer and the JDIH / peraturan.go.id listing."""

    issuer: str
    url: str | None = None
    accessed: date | None = None
    note: str | None = None


class RegulationStatus(_Frozen):
    """Whether a regulation is in force; if not, what ended or changed it and from when."""

    state: RegulationState
    by: str | None = None  # the regulation (or provision) that amended/repealed/replaced it
    since: date | None = None
    # A later act's saving clause that keeps this one only where it does not contradict that act
    # (UU 20/2023 Pasal 75 for PP 94/2021): it settles conflicts between the two.
    kept_by: str | None = None
    note_id: str | None = None
    note_en: str | None = None

    _v_by = field_validator("by", "kept_by")(lambda v: v if v is None else _check_ref(v))


class DayRange(_Frozen):
    """The working days of absence a penalty point covers (PP 94/2021 Pasal 9-11: 7 to 10 days a year).

    ``high`` None: that many days or more. ``consecutive``: days in a row rather than a yearly total
    (Pasal 11 ayat (2) huruf d angka 4). ``read_with``: provisions that say how the days are counted or
    what else follows (Pasal 15), cited beside the point.
    """

    low: int = Field(ge=1)
    high: int | None = None
    consecutive: bool = False
    read_with: list[str] = Field(default_factory=list)

    _v_refs = field_validator("read_with")(lambda v: [_check_ref(x) for x in v])


def _provision_ids(ids: list[str], said: str, fix: str) -> None:
    """Raise naming the first of ``ids`` that is not a provision id ("{said} 'x', which is not …: {fix}")."""
    for x in ids:
        if not is_provision_id(x):
            raise ValueError(f"{said} {x!r}, which is not a provision id: {fix}")


class KeyProvision(_Frozen):
    """One provision summarised in our own words (Indonesian and English)."""

    id: str
    citation: str  # as people cite it: "PP No. 94 Tahun 2021, Pasal 5 huruf n angka 4"
    summary_id: str
    summary_en: str
    as_amended_by: str | None = None  # the amending act whose wording the summary describes
    # Where that amendment renumbered the rule: the provision the same rule was in the act as first enacted
    # (UU 1/2015 Pasal 71 ayat (5), the incumbent's cancellation, was ayat (4) before UU 10/2016). Facts
    # dated before the amendment are answered with that number.
    first_numbered: str | None = None
    checked_against_text: bool | None = None  # None = inherit from the regulation
    # Machine-readable scope, where the provision fixes it, so a norm resting on it cannot narrow it
    # unnoticed: who a penal provision punishes, and when (relative to the campaign) a ban runs.
    subjects: list[Addressee] = Field(default_factory=list)
    periods: list[Period] = Field(default_factory=list)
    # On a point of an amending act: the provisions of the amended act it rewrites, inserts or repeals,
    # so a hit on "UU 10/2016 Pasal I angka 27" can be cited as UU 1/2015 Pasal 71 as amended. A point
    # that changes only a provision's elucidation names that provision. The loader checks each target
    # against the regulation's ``amends``.
    rewrites: list[str] = Field(default_factory=list)
    # On a point of a repealed or replaced act: the provisions of the act that replaced it that carry the
    # same rule on (PP 53/2010 Pasal 4 angka 14 lives on in PP 94/2021 Pasal 5 huruf n angka 7). The
    # loader checks each against the regulation's ``status.by``.
    carried_on_in: list[str] = Field(default_factory=list)
    # On a penalty point graded by days of absence: the days it covers (see ``kg.quantities``).
    days_absent: DayRange | None = None
    # On a penalty point graded by how far the breach's harm reached (PP 94/2021 Pasal 9-14): the reaches
    # it covers, so an answer can cite the level the facts tell (see ``kg.harm``).
    harm: list[Reach] = Field(default_factory=list)
    # On a point setting a disciplinary penalty of one level (PP 94/2021 Pasal 13: medium): that level.
    penalty_level: DisciplineLevel | None = None
    # What the provision's elucidation (Penjelasan) adds, in our words: a term it gives its meaning to
    # ("campaign participant" in PP 94/2021 Pasal 5 huruf n angka 3). Found by search with the summary, but
    # not read as the rule itself, so a norm resting on the provision matches its act, not the meaning.
    elucidation_id: str | None = None
    elucidation_en: str | None = None
    note: str | None = None

    @field_validator("id")
    @classmethod
    def _v_id(cls, v: str) -> str:
        if not is_provision_id(v):
            raise ValueError(f"malformed provision id {v!r} (want e.g. pp-94-2021/pasal-5/huruf-n/angka-4)")
        return v

    @field_validator("rewrites")
    @classmethod
    def _v_rewrites(cls, v: list[str], info: ValidationInfo) -> list[str]:
        point = info.data.get("id", "this provision")
        _provision_ids(
            v,
            f"{point} rewrites",
            "name the provision of the amended act, e.g. uu-1-2015/pasal-71 (the act as a whole goes in the "
            "regulation's amends)",
        )
        if len(set(v)) != len(v):
            raise ValueError(f"{point} lists a rewritten provision twice: keep one of each")
        return v

    @field_validator("carried_on_in")
    @classmethod
    def _v_carried(cls, v: list[str], info: ValidationInfo) -> list[str]:
        point = info.data.get("id", "this provision")
        _provision_ids(
            v,
            f"{point} is carried on in",
            "name the provision of the act that replaced it, e.g. pp-94-2021/pasal-5/huruf-n/angka-7",
        )
        return list(dict.fromkeys(v))

    @field_validator("as_amended_by")
    @classmethod
    def _v_amended(cls, v: str | None) -> str | None:
        return v if v is None else _check(DOC_ID_RE, "regulation", v)

    @model_validator(mode="after")
    def _v_first_numbered(self) -> KeyProvision:
        first = self.first_numbered
        if first is None:
            return self
        if not is_provision_id(first) or doc_of(first) != doc_of(self.id):
            raise ValueError(
                f"{self.id}: first_numbered {first!r} must be a provision id of the same act, e.g. "
                "uu-1-2015/pasal-71/ayat-4"
            )
        if self.as_amended_by is None:
            raise ValueError(
                f"{self.id}: first_numbered needs as_amended_by, the act that renumbered the rule"
            )
        return self

    @model_validator(mode="after")
    def _v_days(self) -> KeyProvision:
        r = self.days_absent
        if r is not None and r.high is not None and r.high < r.low:
            raise ValueError(
                f"{self.id}: days_absent runs from {r.low} down to {r.high}: low must not exceed high"
            )
        return self


class Regulation(_Frozen):
    """A law, regulation or decree, its status and its key provisions."""

    id: str
    jenis: Jenis
    nomor: str  # as written: "94", "800-5474", "1447.1/PM.01/K.1/09/2022"
    tahun: int
    judul: str  # the "tentang …" part
    title: str  # as people name it: "Peraturan Pemerintah Nomor 94 Tahun 2021"
    title_en: str | None = None
    ditetapkan: date | None = None
    diundangkan: date | None = None
    ln: str | None = None  # "LN 2021/202"
    tln: str | None = None  # "TLN 6718"
    status: RegulationStatus
    amends: list[str] = Field(default_factory=list)  # regulation ids this act amends
    amended_by: list[str] = Field(default_factory=list)
    issuers: list[str] = Field(default_factory=list)  # for joint decrees: "MenPAN-RB No. 2 Tahun 2022", …
    purpose_id: str | None = None
    purpose_en: str | None = None
    official_source: OfficialSource
    checked_against_text: bool
    provisions: list[KeyProvision] = Field(default_factory=list)

    _v_id = field_validator("id")(lambda v: _check(DOC_ID_RE, "regulation", v))

    @property
    def enacted(self) -> date | None:
        """The day it took effect as our records date it: promulgated (diundangkan), else signed."""
        return self.diundangkan or self.ditetapkan

    @field_validator("amends", "amended_by")
    @classmethod
    def _v_docs(cls, v: list[str]) -> list[str]:
        return [_check(DOC_ID_RE, "regulation", x) for x in v]


# -- norms, sanctions --------------------------------------------------------------------------
class Conditions(_Frozen):
    """When a norm applies: campaign periods, the kind of election, anything else in words."""

    period: list[Period] = Field(default_factory=list)  # empty = at any time
    election: list[Election] = Field(default_factory=list)  # empty = not limited to one
    other_id: str | None = None
    other_en: str | None = None
    # Binds its addressee only as one running for office (nominated, registered or set as a candidate):
    # the duty to resign on candidacy says nothing to a civil servant who merely campaigns for someone.
    candidacy: bool = False
    # Binds its addressee only as one acting in the office (a Pj governor, regent or mayor), not the
    # elected holder: the acting heads' clause of UU 1/2015 Pasal 71 ayat (4) says nothing to an incumbent.
    acting: bool = False
    # Words (either language, our own) of which the facts must name one for the norm to answer: a support
    # letter with an identity-card copy is not in play when the card is only the service a clerk gives.
    needs: list[str] = Field(default_factory=list)
    # A campaign's ban broken by giving it the use of these, whoever gives it: the facts telling such a use
    # bring the ban beside whatever else the act breaks (a camat lending the office car to a regent pair).
    uses: list[CampaignUse] = Field(default_factory=list)


class Norm(_Frozen):
    """A rule someone must, must not, may, or is empowered to follow, resting on provisions."""

    id: str
    kind: NormKind
    addressees: list[Addressee] = Field(min_length=1)
    act_id: str
    act_en: str
    conditions: Conditions = Field(default_factory=Conditions)
    provisions: list[str] = Field(min_length=1)  # the provisions the norm rests on
    sanction_provisions: list[str] = Field(default_factory=list)  # provisions that attach sanctions
    sanctions: list[str] = Field(default_factory=list)
    enforced_by: list[str] = Field(default_factory=list)  # institution ids
    regime: Regime
    # Norms of other acts the same conduct also breaches (a PNS's partial decision is a discipline
    # breach under PP 94/2021 and an election-law breach under UU 7/2017 or UU 1/2015). One way: a
    # ban that breaches the ASN's general duty of neutrality does not make every breach of it that ban.
    same_conduct: list[str] = Field(default_factory=list)
    # For a ban on drawing people into a campaign: whom it bars the addressees from involving. A question
    # telling how one of them took part in that campaign is answered with this ban too (who drew them in).
    involving: list[Addressee] = Field(default_factory=list)
    note: str | None = None

    _v_id = field_validator("id")(lambda v: _check(NORM_ID_RE, "norm", v))

    @field_validator("provisions", "sanction_provisions")
    @classmethod
    def _v_refs(cls, v: list[str]) -> list[str]:
        return [_check_ref(x) for x in v]

    @field_validator("sanctions")
    @classmethod
    def _v_sanctions(cls, v: list[str]) -> list[str]:
        return [_check(SANCTION_ID_RE, "sanction", x) for x in v]

    @field_validator("same_conduct")
    @classmethod
    def _v_same(cls, v: list[str]) -> list[str]:
        return [_check(NORM_ID_RE, "norm", x) for x in v]

    @field_validator("enforced_by")
    @classmethod
    def _v_insts(cls, v: list[str]) -> list[str]:
        return [_check(INSTITUTION_ID_RE, "institution", x) for x in v]


class CriminalRange(_Frozen):
    """A criminal penalty's range: imprisonment in months and fines in rupiah."""

    min_months: int | None = None
    max_months: int | None = None
    min_fine: int | None = None
    max_fine: int | None = None


class PrisonMinimum(_Frozen):
    """The least prison (penjara) term a penal provision threatens, as read in its official text.

    It decides UU 20/2023 Pasal 52 ayat (3) huruf h (a crime whose prison threshold is at least 2 years);
    ``read_in`` names the provision whose official text gave it, so no threshold is recorded unread.
    """

    months: int = Field(ge=1)
    read_in: str

    _v_read = field_validator("read_in")(lambda v: _check_ref(v))


class Sanction(_Frozen):
    """A consequence of breaching a norm: a disciplinary penalty, a moral sanction, a crime's penalty …"""

    id: str
    regime: Regime
    kind: SanctionKind
    level: DisciplineLevel | None = None  # for disciplinary penalties
    description_id: str
    description_en: str
    range: CriminalRange | None = None
    prison_minimum: PrisonMinimum | None = None  # None: not read in an official text at hand
    provisions: list[str] = Field(min_length=1)
    # Slugs that let two regulations' answers to the same situation be compared (see kg.graph.citator):
    # conduct names the situation, consequence what the regulation attaches to it.
    conduct: str | None = None
    consequence: str | None = None
    note: str | None = None

    _v_id = field_validator("id")(lambda v: _check(SANCTION_ID_RE, "sanction", v))
    _v_refs = field_validator("provisions")(lambda v: [_check_ref(x) for x in v])


# -- employment consequences of a criminal process (UU 20/2023 Pasal 52-53) ---------------------
CONSEQUENCE_ID_RE = re.compile(
    r"^consequence:[a-z][a-z0-9]*-[a-z0-9]+(?:-[a-z0-9]+)*-(?:19|20)\d{2}/[a-z0-9]+(?:-[a-z0-9]+)*$"
)
# What in a criminal process sets the consequence going: a final prison sentence (Pasal 52 ayat (3)
# huruf h), a final prison or confinement sentence (huruf i), detention (Pasal 53 ayat (2)), and the end
# of a suspension (ayat (3)).
ConsequenceTrigger = Literal["final-prison-sentence", "final-prison-or-confinement-sentence", "detention"]
ConsequenceEffect = Literal["dismissal", "temporary-suspension", "reinstatement"]


class ConsequenceCondition(_Frozen):
    """What the facts must show for a consequence to follow, as data the answer checks one by one."""

    min_prison_months: int | None = Field(default=None, ge=1)  # the crime's least prison term (huruf h)
    offence_of_office: bool = False  # an offence of office or one connected with the office (huruf i)
    detained_as: list[Literal["suspect", "accused"]] = Field(default_factory=list)  # Pasal 53 ayat (2)

    @model_validator(mode="after")
    def _v_some(self) -> ConsequenceCondition:
        if self.min_prison_months is None and not self.offence_of_office and not self.detained_as:
            raise ValueError("a condition needs min_prison_months, offence_of_office or detained_as")
        return self


class EmploymentConsequence(_Frozen):
    """What a sentence or a detention does to an ASN employee's job, with the condition it needs."""

    id: str  # consequence:{regulation}/{slug}
    regime: Regime = "administrative"
    effect: ConsequenceEffect
    trigger: ConsequenceTrigger
    addressees: list[Addressee] = Field(min_length=1)
    condition: ConsequenceCondition
    dishonourable: bool | None = None  # for a dismissal: whether the law classes it dishonourable
    classed_by: str | None = None  # the provision that classes it (or leaves it out)
    by: str | None = None  # the institution that acts (the PPK reinstates)
    follows: str | None = None  # the consequence this one ends (reinstatement ends a suspension)
    description_id: str
    description_en: str
    provisions: list[str] = Field(min_length=1)
    note: str | None = None

    _v_id = field_validator("id")(lambda v: _check(CONSEQUENCE_ID_RE, "consequence", v))
    _v_refs = field_validator("provisions")(lambda v: [_check_ref(x) for x in v])
    _v_classed = field_validator("classed_by")(lambda v: v if v is None else _check_ref(v))
    _v_by = field_validator("by")(lambda v: v if v is None else _check(INSTITUTION_ID_RE, "institution", v))
    _v_follows = field_validator("follows")(
        lambda v: v if v is None else _check(CONSEQUENCE_ID_RE, "consequence", v)
    )

    @model_validator(mode="after")
    def _v_dismissal(self) -> EmploymentConsequence:
        if (self.effect == "dismissal") != (self.dishonourable is not None):
            raise ValueError("give dishonourable (with classed_by) for a dismissal, and only for one")
        if self.dishonourable is not None and self.classed_by is None:
            raise ValueError("name in classed_by the provision that classes the dismissal")
        return self


# -- institutions ------------------------------------------------------------------------------
# The posts PP 94/2021 Pasal 17-23 split the power to punish by (UU 20/2023 Pasal 14 and 18 give the
# ladder): "jpt-madya-ppk" is a madya executive who is also the agency's PPK (Pasal 17 ayat (1) huruf b),
# "fungsional" a functional official below the ahli utama grade, "angkatan-presiden" any other post the
# President appoints and dismisses (Pasal 17 ayat (2) huruf c).
OffenderPost = Literal[
    "jpt-utama",
    "jpt-madya",
    "jpt-madya-ppk",
    "jpt-pratama",
    "administrator",
    "pengawas",
    "pelaksana",
    "fungsional-ahli-utama",
    "fungsional",
    "angkatan-presiden",
]
# The tier of the agency a power to punish belongs to: a central agency, a province, a regency or city, a
# mission abroad (PP 94/2021 Pasal 18-23 name them).
AgencyTier = Literal["pusat", "provinsi", "kabupaten-kota", "perwakilan"]


# A civil servant's pay grade (golongan/ruang): I/a-I/d, II/a-II/d, III/a-III/d, IV/a-IV/e.
GRADE_RE = re.compile(r"^(?:I|II|III)/[a-d]$|^IV/[a-e]$")
PAY_GRADES = tuple(
    grade
    for grade in (f"{g}/{x}" for g in ("I", "II", "III", "IV") for x in "abcde")
    if GRADE_RE.match(grade)
)


def grade_rank(grade: str) -> int:
    """Where a pay grade stands (I/a lowest, IV/e highest), for comparing grades."""
    group, letter = grade.split("/")
    return ("I", "II", "III", "IV").index(group) * 10 + "abcde".index(letter)


class GradeRange(_Frozen):
    """The pay grades a point of PP 53/2010 Pasal 16-20 reaches among general staff, lowest and highest."""

    low: str
    high: str

    @field_validator("low", "high")
    @classmethod
    def _v_grade(cls, v: str) -> str:
        if not GRADE_RE.match(v):
            raise ValueError(f"malformed pay grade {v!r} (want e.g. II/c or IV/e)")
        return v

    @model_validator(mode="after")
    def _ordered(self) -> GradeRange:
        if grade_rank(self.low) > grade_rank(self.high):
            raise ValueError(f"pay grades {self.low} to {self.high} run backwards: give the lowest first")
        return self

    def holds(self, grade: str) -> bool:
        """Whether the grade lies in the range."""
        return grade_rank(self.low) <= grade_rank(grade) <= grade_rank(self.high)

    def grades(self) -> list[str]:
        """Every pay grade in the range, lowest first."""
        return [g for g in PAY_GRADES if self.holds(g)]


class Power(_Frozen):
    """An institution's power, as an edge that cites the provision granting it."""

    kind: PowerKind
    scope_id: str
    scope_en: str
    provision: str
    towards: list[str] = Field(default_factory=list)  # institutions it acts towards (recommends to …)
    norms: list[str] = Field(default_factory=list)  # norms this power enforces
    sanctions: list[str] = Field(default_factory=list)  # sanctions this power imposes/recommends
    # Where the provision splits the power by the offender's post: the posts it reaches (empty: no split
    # by post), or how many levels below the punishing official they stand (Pasal 19-23 huruf a, b).
    offender_posts: list[OffenderPost] = Field(default_factory=list)
    levels_below: int | None = Field(default=None, ge=1, le=2)
    # Where the provision splits it further by pay grade (PP 53/2010): the grades of the general staff
    # (pelaksana) it reaches; its other posts are not graded.
    staff_grades: GradeRange | None = None
    tiers: list[AgencyTier] = Field(default_factory=list)  # the agencies it holds in (empty: any)
    valid_from: date | None = None
    valid_to: date | None = None  # where a later law took the power away
    ended_by: list[str] = Field(
        default_factory=list
    )  # the acts that took it away, even when the day is unknown
    note: str | None = None

    _v_prov = field_validator("provision")(lambda v: _check_ref(v))
    _v_ended = field_validator("ended_by")(lambda v: [_check_ref(x) for x in v])
    _v_towards = field_validator("towards")(
        lambda v: [_check(INSTITUTION_ID_RE, "institution", x) for x in v]
    )
    _v_norms = field_validator("norms")(lambda v: [_check(NORM_ID_RE, "norm", x) for x in v])
    _v_sanctions = field_validator("sanctions")(lambda v: [_check(SANCTION_ID_RE, "sanction", x) for x in v])

    @model_validator(mode="after")
    def _one_split(self) -> Power:
        """A point reaches either named posts or the staff some levels below, never both."""
        if self.offender_posts and self.levels_below is not None:
            raise ValueError("give offender_posts or levels_below, not both")
        if self.staff_grades is not None and "pelaksana" not in self.offender_posts:
            raise ValueError(
                "staff_grades grade the general staff a point reaches: list pelaksana in offender_posts"
            )
        return self


class InstitutionStatus(_Frozen):
    """Whether an institution still exists; if not, which provision ended it and from when."""

    state: InstitutionState = "active"
    by: str | None = None
    since: date | None = None
    successors: list[str] = Field(default_factory=list)  # institutions that took over its functions
    note_id: str | None = None
    note_en: str | None = None

    _v_by = field_validator("by")(lambda v: v if v is None else _check_ref(v))
    _v_succ = field_validator("successors")(
        lambda v: [_check(INSTITUTION_ID_RE, "institution", x) for x in v]
    )


class Institution(_Frozen):
    """A body or office that supervises, investigates, recommends or imposes."""

    id: str
    name: str
    name_en: str
    abbreviation: str | None = None
    also_named: list[str] = Field(default_factory=list)  # what people call it besides ("Panwascam")
    parent: str | None = None  # e.g. Bawaslu Provinsi -> Bawaslu RI
    status: InstitutionStatus = Field(default_factory=InstitutionStatus)
    sources: list[str] = Field(min_length=1)  # provisions that establish or define it
    powers: list[Power] = Field(default_factory=list)
    # The post its holder occupies, for a superior whose power reaches those some levels below it
    # (PP 94/2021 Pasal 20-23 count the levels from the one punishing).
    holds_post: OffenderPost | None = None
    # Words of which a question must name one for its powers to answer (a body that acts abroad only: a story
    # at home is no matter for it, however its powers' words match).
    needs: list[str] = Field(default_factory=list)
    note: str | None = None

    _v_id = field_validator("id")(lambda v: _check(INSTITUTION_ID_RE, "institution", v))
    _v_parent = field_validator("parent")(
        lambda v: v if v is None else _check(INSTITUTION_ID_RE, "institution", v)
    )
    _v_src = field_validator("sources")(lambda v: [_check_ref(x) for x in v])


# -- cases and articles ------------------------------------------------------------------------
class SourceRef(_Frozen):
    """Where a fact comes from: an article, and where in it."""

    article: str
    footnote: int | None = None
    locator: str | None = None  # section or page, e.g. "Hasil dan Pembahasan 2.a"

    _v_article = field_validator("article")(lambda v: _check(ARTICLE_ID_RE, "article", v))


class CaseActor(_Frozen):
    """A party to a case by role only (never a name)."""

    role_id: str
    role_en: str
    role: Addressee | None = None  # the role as the norms name it, for filtering (kepala-desa, pejabat-asn …)
    count: int | None = None  # None = the source does not say
    employment: Literal["asn", "non-asn", "mixed", "unknown"] = "unknown"


class CaseFact(_Frozen):
    """One statement about a case, in our own words, with its source."""

    statement_id: str
    statement_en: str
    sources: list[SourceRef] = Field(min_length=1)


class WebSource(_Frozen):
    """A public report a fact rests on: the outlet and where in it, as far as it was seen."""

    outlet: str  # "liputan6.com", "SIPP PN Solok"
    locator: str | None = None  # the path or article number seen: "news/read/2268767", "p=3865"
    date: str | None = None  # partial ISO date of the report
    kind: ReportKind = "news"
    note: str | None = None

    @field_validator("date", mode="before")
    @classmethod
    def _v_date(cls, v: Any) -> Any:
        # YAML reads an unquoted 2025-10-18 as a date; a report date is kept as written (it may be partial).
        v = v.isoformat() if isinstance(v, date) else v
        return v if v is None else _check(PARTIAL_DATE_RE, "date (YYYY[-MM[-DD]])", v)


class Sentence(_Frozen):
    """A criminal sentence as reported; a field the report does not give stays None."""

    penalty: Literal["imprisonment", "confinement", "fine-only", "unknown"]
    months: int | None = None
    probation_months: int | None = None  # set when the term is suspended
    fine: int | None = None  # rupiah
    in_default: str | None = None  # the term served if the fine is not paid: "1 month", "10 days"
    each: bool = False  # imposed on each of several defendants
    prosecution_asked_en: str | None = None
    appeal_en: str | None = None


class Ruling(_Frozen):
    """What a court held on one provision, with the reading it gave (our words) and any deadline."""

    provision: str
    result: RulingResult
    reading_id: str | None = None
    reading_en: str | None = None
    deadline: date | None = None
    note: str | None = None

    _v_prov = field_validator("provision")(lambda v: _check_ref(v))

    @property
    def flag(self) -> CitatorFlagKind | None:
        """The citator flag this ruling puts on its provision (None when the provision reads as printed)."""
        return {
            "granted": "struck_down",
            "conditionally_unconstitutional": "conditionally_unconstitutional",
            "conditionally_constitutional": "conditionally_constitutional",
            "construed": "construed",
        }.get(self.result)  # type: ignore[return-value]


class Decision(_Frozen):
    """A court decision that changes how provisions read (an MK judicial review), in our own words."""

    id: str  # mk-41-puu-xii-2014
    court: Court
    court_name: str
    number: str  # as the court writes it: "41/PUU-XII/2014"
    title_id: str
    title_en: str
    filed: date | None = None
    date_read: date | None = None  # a reading applies from this day
    petitioners: list[str] = Field(default_factory=list)  # by role or organisation, never a person's name
    tested: list[str] = Field(default_factory=list)  # provisions under review
    grounds: list[str] = Field(default_factory=list)  # constitutional provisions invoked, as cited
    result_id: str
    result_en: str
    rulings: list[Ruling] = Field(default_factory=list)
    effects_en: list[str] = Field(default_factory=list)  # what followed downstream, as reported
    unknowns: list[str] = Field(default_factory=list)
    reports: list[WebSource] = Field(min_length=1)
    reported_by: ReportKind = "news"
    checked_against_text: bool = False
    note: str | None = None

    _v_id = field_validator("id")(lambda v: _check(DOC_ID_RE, "decision", v))
    _v_tested = field_validator("tested")(lambda v: [_check_ref(x) for x in v])


class Measure(_Frozen):
    """One reported number: what was counted, and the value as reported."""

    label_id: str
    label_en: str
    value: float
    unit: Literal["count", "percent"] = "count"


FIGURE_ID_RE = re.compile(r"^figure:[a-z0-9]+(?:-[a-z0-9]+)*$")


class ReportedFigure(_Frozen):
    """Aggregate figures on neutrality cases as an institution reported them, cited as reported."""

    id: str  # figure:{slug}
    election_en: str  # "Pilkada 2020", "Pemilu 2024"
    as_of: str  # partial ISO date of the statement
    reported_by_en: str  # the institution that gave the figures (KASN, BKN, Bawaslu, Kemendagri)
    measures: list[Measure] = Field(min_length=1)
    report: WebSource
    note: str | None = None

    _v_id = field_validator("id")(lambda v: _check(FIGURE_ID_RE, "figure", v))
    _v_as_of = field_validator("as_of", mode="before")(
        lambda v: _check(
            PARTIAL_DATE_RE, "date (YYYY[-MM[-DD]])", v.isoformat() if isinstance(v, date) else v
        )
    )


class Case(_Frozen):
    """A real neutrality case. Anything the source does not give is 'unknown', never filled in."""

    id: str
    title_id: str
    title_en: str
    date: str  # partial ISO date: "2024", "2024-01", "2024-01-15"
    place: str
    election: Election | Literal["unknown"] = "unknown"
    actors: list[CaseActor] = Field(default_factory=list)
    conduct_id: str
    conduct_en: str
    institutions: list[str] = Field(default_factory=list)
    norms: list[str] = Field(default_factory=list)  # the norms at stake
    facts: list[CaseFact] = Field(default_factory=list)
    outcome_id: str = "tidak diketahui"
    outcome_en: str = "unknown"
    outcome_kind: OutcomeKind = "unknown"
    sentence: Sentence | None = None
    court: Court | None = None
    court_name: str | None = None  # "PN Solok"
    number: str | None = None  # the case number as the court writes it; None = not seen
    decision: str | None = None  # id of a decision record (ingested or curated) for this case
    provisions: list[str] = Field(default_factory=list)  # provisions charged or applied
    unknowns: list[str] = Field(default_factory=list)  # what the sources leave open, in English
    reports: list[WebSource] = Field(default_factory=list)  # public reports (news, court records)
    sources: list[SourceRef] = Field(default_factory=list, validate_default=True)  # articles in the corpus
    reported_by: ReportKind | None = None  # the weakest kind of source an outcome rests on
    checked_against_text: bool | None = None  # False: no judgment text was read
    note: str | None = None

    _v_id = field_validator("id")(lambda v: _check(CASE_ID_RE, "case", v))
    _v_provs = field_validator("provisions")(lambda v: [_check_ref(x) for x in v])
    _v_decision = field_validator("decision")(lambda v: v if v is None else _check(DOC_ID_RE, "decision", v))

    @field_validator("sources")
    @classmethod
    def _v_sourced(cls, v: list[SourceRef], info: ValidationInfo) -> list[SourceRef]:
        if not (v or info.data.get("reports")):
            raise ValueError("a case needs its source: give sources (articles) or reports")
        return v

    _v_date = field_validator("date")(lambda v: _check(PARTIAL_DATE_RE, "date (YYYY[-MM[-DD]])", v))
    _v_insts = field_validator("institutions")(
        lambda v: [_check(INSTITUTION_ID_RE, "institution", x) for x in v]
    )
    _v_norms = field_validator("norms")(lambda v: [_check(NORM_ID_RE, "norm", x) for x in v])


class Citation(_Frozen):
    """A work or law an article cites, with the footnotes that cite it."""

    target: str  # article id, regulation id or provision id
    footnotes: list[int] = Field(default_factory=list)
    locator: str | None = None  # "hlm. 15", "Penjelasan Umum, paragraf 2"

    @field_validator("target")
    @classmethod
    def _v_target(cls, v: str) -> str:
        if ARTICLE_ID_RE.match(v):
            return v
        return _check_ref(v)


class Article(_Frozen):
    """A journal article, book, report or web page, as a bibliographic record."""

    id: str
    kind: ArticleKind
    authors: list[str] = Field(default_factory=list)  # as printed; institutions for corporate authors
    year: int | None = None
    title: str
    venue: str | None = None
    volume: str | None = None
    issue: str | None = None
    pages: str | None = None
    url: str | None = None
    accessed: date | None = None
    file: str | None = None  # path below ../shared where the full text is, e.g. "seed/000_….txt"
    cited_in: list[SourceRef] = Field(default_factory=list)  # the footnotes that cite this work
    discusses: list[str] = Field(default_factory=list)  # regulation, provision and case ids
    cites: list[Citation] = Field(default_factory=list)
    unverified: list[str] = Field(
        default_factory=list
    )  # bibliographic fields not checked (initials-only authors …)
    note: str | None = None

    _v_id = field_validator("id")(lambda v: _check(ARTICLE_ID_RE, "article", v))

    @field_validator("discusses")
    @classmethod
    def _v_discusses(cls, v: list[str]) -> list[str]:
        return [x if CASE_ID_RE.match(x) else _check_ref(x) for x in v]


# -- aliases (the names people use for a regulation) -------------------------------------------
class Alias(_Frozen):
    """Short and popular names of one regulation, in Indonesian and English (our own list).

    Several regulations may share a name ("UU ASN" is UU 5/2014 and UU 20/2023); the year in the
    question, or else the one in force, tells them apart.
    """

    id: str  # ``alias:{regulation}``
    regulation: str
    names_id: list[str] = Field(default_factory=list)
    names_en: list[str] = Field(default_factory=list)
    note: str | None = None

    _v_reg = field_validator("regulation")(lambda v: _check(DOC_ID_RE, "regulation", v))

    @field_validator("id")
    @classmethod
    def _v_id(cls, v: str) -> str:
        if not (v.startswith("alias:") and DOC_ID_RE.match(v.removeprefix("alias:"))):
            raise ValueError(f"malformed alias id {v!r} (want alias:REGULATION, e.g. alias:uu-20-2023)")
        return v


# -- the bundle --------------------------------------------------------------------------------
RECORD_TYPES: dict[str, type[_Frozen]] = {
    "regulations": Regulation,
    "institutions": Institution,
    "norms": Norm,
    "sanctions": Sanction,
    "cases": Case,
    "articles": Article,
    "decisions": Decision,
    "figures": ReportedFigure,
    "aliases": Alias,
    "consequences": EmploymentConsequence,
}


class CorpusBundle(_Frozen):
    """The whole validated corpus, with small lookup helpers for the graph and the answers."""

    schema_version: int = CORPUS_SCHEMA_VERSION
    regulations: tuple[Regulation, ...] = ()
    institutions: tuple[Institution, ...] = ()
    norms: tuple[Norm, ...] = ()
    sanctions: tuple[Sanction, ...] = ()
    cases: tuple[Case, ...] = ()
    articles: tuple[Article, ...] = ()
    decisions: tuple[Decision, ...] = ()
    figures: tuple[ReportedFigure, ...] = ()
    aliases: tuple[Alias, ...] = ()
    consequences: tuple[EmploymentConsequence, ...] = ()
    _idx: dict[str, Any] | None = PrivateAttr(default=None)

    def counts(self) -> dict[str, int]:
        """Records per type, plus key provisions and powers."""
        return {
            "regulations": len(self.regulations),
            "provisions": sum(len(r.provisions) for r in self.regulations),
            "norms": len(self.norms),
            "sanctions": len(self.sanctions),
            "institutions": len(self.institutions),
            "powers": sum(len(i.powers) for i in self.institutions),
            "cases": len(self.cases),
            "articles": len(self.articles),
            "decisions": len(self.decisions),
            "figures": len(self.figures),
            "consequences": len(self.consequences),
        }

    def _index(self) -> dict[str, Any]:
        # Built on demand; the bundle is frozen so the index never goes stale.
        cached = self._idx
        if cached is None:
            cached = {}
            groups = (
                self.regulations,
                self.institutions,
                self.norms,
                self.sanctions,
                self.cases,
                self.decisions,
                self.consequences,
            )
            for group in groups:
                for rec in group:
                    cached[rec.id] = rec
            for a in self.articles:
                cached[a.id] = a
            for reg in self.regulations:
                for p in reg.provisions:
                    cached[p.id] = p
            self._idx = cached
        return cached

    def get(self, rid: str) -> Any:
        """Any record (regulation, provision, norm, sanction, institution, case, article) by id, or None."""
        return self._index().get(rid)

    def regulation(self, doc_id: str) -> Regulation | None:
        """The regulation with this id, or None."""
        rec = self.get(doc_id)
        return rec if isinstance(rec, Regulation) else None

    def provision(self, pid: str) -> KeyProvision | None:
        """The key provision with this id, or None."""
        rec = self.get(pid)
        return rec if isinstance(rec, KeyProvision) else None

    def provisions(self) -> Iterator[tuple[Regulation, KeyProvision]]:
        """Every key provision with its regulation, in file order."""
        for reg in self.regulations:
            for p in reg.provisions:
                yield reg, p

    def is_checked(self, pid: str) -> bool:
        """Whether a provision's (or regulation's) record was checked against the official text."""
        rec = self.get(pid)
        if isinstance(rec, KeyProvision) and rec.checked_against_text is not None:
            return rec.checked_against_text
        reg = self.regulation(doc_of(pid))
        return bool(reg and reg.checked_against_text)

    def all_checked(self, refs: Iterable[str]) -> bool:
        """True when every cited provision or regulation was checked against the official text.

        Use it to flag a norm (``norm.provisions``), a sanction (``sanction.provisions``) or a power
        (``[power.provision]``) that rests on text nobody has checked yet.
        """
        return all(self.is_checked(r) for r in refs)

    def norm(self, nid: str) -> Norm | None:
        rec = self.get(nid)
        return rec if isinstance(rec, Norm) else None

    def sanction(self, sid: str) -> Sanction | None:
        rec = self.get(sid)
        return rec if isinstance(rec, Sanction) else None

    def institution(self, iid: str) -> Institution | None:
        rec = self.get(iid)
        return rec if isinstance(rec, Institution) else None

    def norms_for_provision(self, pid: str, descendants: bool = True) -> list[Norm]:
        """Norms resting on a provision (and, by default, on any provision below it)."""

        def hit(ref: str) -> bool:
            return ref == pid or (descendants and ref.startswith(pid + "/"))

        return [n for n in self.norms if any(hit(r) for r in n.provisions)]

    def sanctions_for_norm(self, nid: str) -> list[Sanction]:
        """The sanctions a norm carries, in the norm's order."""
        norm = self.norm(nid)
        return [s for s in (self.sanction(x) for x in norm.sanctions) if s] if norm else []

    def powers(self) -> Iterator[tuple[Institution, Power]]:
        """Every power edge with its institution."""
        for inst in self.institutions:
            for p in inst.powers:
                yield inst, p

    def imposers_of(self, sid: str) -> list[tuple[Institution, Power]]:
        """Institutions whose 'imposes' power names this sanction."""
        return [(i, p) for i, p in self.powers() if p.kind == "imposes" and sid in p.sanctions]

    def enforcers_of(self, nid: str) -> list[tuple[Institution, Power]]:
        """Power edges that name this norm (any kind: supervises, recommends, imposes …)."""
        return [(i, p) for i, p in self.powers() if nid in p.norms]

    def powers_citing(self, pid: str) -> list[tuple[Institution, Power]]:
        """Power edges granted by this provision or one below it."""
        return [(i, p) for i, p in self.powers() if p.provision == pid or p.provision.startswith(pid + "/")]

    def cases_for_norm(self, nid: str) -> list[Case]:
        return [c for c in self.cases if nid in c.norms]

    def decision(self, did: str) -> Decision | None:
        rec = self.get(did)
        return rec if isinstance(rec, Decision) else None

    def cases_for_provision(self, pid: str) -> list[Case]:
        """Cases that applied a provision (or one below or above it), directly or through a norm at stake."""

        def hit(ref: str) -> bool:
            return ref == pid or ref.startswith(pid + "/") or pid.startswith(ref + "/")

        out = []
        for c in self.cases:
            refs = list(c.provisions)
            for nid in c.norms:
                n = self.norm(nid)
                refs += (n.provisions + n.sanction_provisions) if n else []
            if any(hit(r) for r in refs):
                out.append(c)
        return out

    def referenced_ids(self) -> set[str]:
        """Every provision or regulation id some record cites (for the fidelity checks)."""
        out: set[str] = set()
        for n in self.norms:
            out.update(n.provisions, n.sanction_provisions)
        for s in self.sanctions:
            out.update(s.provisions)
        for c in self.consequences:
            out.update(c.provisions)
        for inst in self.institutions:
            out.update(inst.sources)
            out.update(p.provision for p in inst.powers)
            if inst.status.by:
                out.add(inst.status.by)
        for reg in self.regulations:
            out.update(p.id for p in reg.provisions)
            out.update(x for p in reg.provisions for x in p.rewrites)
            if reg.status.by:
                out.add(reg.status.by)
        return out
